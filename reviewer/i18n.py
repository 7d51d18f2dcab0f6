"""Translation hooks for the domain layer, which must not import Qt.

Messages are written in English and marked with `translate` or `QT_TRANSLATE_NOOP` so
`pyside6-lupdate` finds them. The UI installs Qt's translator here at start-up (CLI and
GUI alike), so a message raised deep in a service reaches the user in their language.

A message about a count passes it as `n` and writes "%n" for it (Qt's plural forms):
`translate("Overview", "%n application(s) are late.", n=count)`. The English plurals
("1 application is", "2 applications are") come from resources/translations/reviewer_en.ts,
the Chinese one from reviewer_zh_CN.ts; lupdate finds the call by its literal arguments.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, text) or, for a count, (context, text, disambiguation, n).
Translator = Callable[..., str]


def _untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _untranslated


def install_translator(translator: Translator | None) -> None:
    """Route `translate` through `translator`; None restores the English source text."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language; with `n` >= 0 the plural form for n, "%n" filled."""
    if n < 0 and disambiguation is None:
        return _translator(context, text)
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction without translating it yet (it is stored, then shown)."""
    return text
