"""Translation hooks for the domain layer, which must not import Qt.

Messages are written in English and marked with `translate` or `QT_TRANSLATE_NOOP` so
`pyside6-lupdate` finds them. The UI installs Qt's translator here at start-up (CLI and
GUI alike), so a message raised deep in a service reaches the user in their language.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _untranslated(context: str, text: str) -> str:
    return text


_translator: Translator = _untranslated


def install_translator(translator: Translator | None) -> None:
    """Route `translate` through `translator`; None restores the English source text."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction without translating it yet (it is stored, then shown)."""
    return text
