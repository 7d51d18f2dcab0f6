"""argparse's own words (usage:, error:, the following arguments are required, …) in the
user's language, like every other message of the command line.

argparse says them through `gettext`, bound in its module as `_` and `ngettext`; while the
command line builds its parser and reads the arguments, those two names are pointed at
the app's `translate`, so a usage error (exit 2) and `--help` read in the language the
user chose. The texts are listed here for lupdate, in the "Argparse" context; a text
some other Python's argparse says and this list lacks stays English, never wrong.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Argparse"

# As argparse writes them (Python 3.11 to 3.13), %-placeholders and all.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "subcommands"),
)
# Not named `translate`, so lupdate does not read the variable argument as a text.
_translate = translate


def _gettext(text: str | None) -> Any:
    return _translate(CONTEXT, text) if text else text


def _ngettext(singular: str, plural: str, count: int) -> str:
    return _translate(CONTEXT, singular if count == 1 else plural)


class Parser(argparse.ArgumentParser):
    """argparse's parser, its help's section headings ending in a full-width colon where
    they are Chinese ("选项：", not "选项:"): argparse adds an ASCII one after the title."""

    def format_help(self) -> str:
        text = super().format_help()
        for group in self._action_groups:
            title = group.title
            if title and not title.isascii():
                text = text.replace(f"\n{title}:\n", f"\n{title}：\n")
        return text


@contextlib.contextmanager
def translated_usage() -> Iterator[None]:
    """argparse's words through the app's translation while the parser is built and used."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
