"""Translation hooks for the domain layer, which must not import Qt.

Messages are written in English and marked with `translate` or `QT_TRANSLATE_NOOP` so
`pyside6-lupdate` finds them. The UI installs Qt's translator here at start-up (CLI and
GUI alike), so a message raised deep in a service reaches the user in their language.

A message about a count says its English plural in the source text, as a choice in the
count's field: "{n} {n:application is|applications are} late." and fills it with
`counted(text, n=3)` rather than `str.format`. English reads "1 application is" / "3
applications are"; Chinese has no plural, so its translation writes only "{n}". (Qt's own
"%n" forms were tried: lupdate misses them in `translate(...)` calls here, and a message
can hold only one count.)
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable

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


class _CountedFormatter(string.Formatter):
    """`str.format` where a field's spec "one|many" picks the form for the count."""

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return one if _is_one(value) else many
        return str(super().format_field(value, format_spec))


def _is_one(value: object) -> bool:
    """A count of one, however it came: 1, "1" (read back from a stored record), 1.0."""
    try:
        return float(str(value)) == 1
    except ValueError:
        return False


_COUNTED = _CountedFormatter()


def counted(text: str, /, **fields: object) -> str:
    """Fill `text`'s fields like `str.format`; "{n:one|many}" says "one" when n == 1."""
    return _COUNTED.format(text, **fields)


def labelled(name: str, value: object) -> str:
    """`name: value` with the language's colon ("申报单位：咸阳市" in Chinese, GB/T 15834)."""
    return translate("Punctuation", "{name}: {value}").format(name=name, value=value)


def joined(parts: Iterable[str], separator: str = "; ") -> str:
    """Parts in a row with the language's separator: "; " or ", " in English, "；" or "，"
    in Chinese, so no ASCII sign stands between Chinese words."""
    separators = {
        "; ": translate("Punctuation", "; "),
        ", ": translate("Punctuation", ", "),
    }
    return separators[separator].join(parts)
