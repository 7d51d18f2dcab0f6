"""The `reviewer` program: a command-line verb, or else the desktop app.

Lives in `ui/` because both paths need Qt: the verbs print their messages through the
same translations as the windows.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def _is_command(args: Sequence[str]) -> bool:
    """Whether `args` ask for a verb. The desktop app's own arguments (none, its options,
    a campaign's path or URL) are told apart without importing the verbs, which import
    most of Reviewer: the window should show before that (ui/campaign_loading.py)."""
    if not args or (args[0] not in ("-h", "--help", "--version") and args[0].startswith("-")):
        return False
    if any(mark in args[0] for mark in ("/", "\\", ".", ":")):  # no verb has these
        return False
    from reviewer.cli import main as cli

    return cli.is_command(args)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _is_command(args):
        from reviewer.cli import main as cli
        from ui.i18n import install_language
        from ui.settings import Settings

        install_language(Settings().language)
        return cli.main(args)
    # No cyclic garbage collection until the first campaign shows, which turns it on
    # again (ui.campaign_loading): the start makes objects by the hundred thousand and
    # none of them is garbage yet.
    gc.disable()
    from ui.app import run

    return run(args)


if __name__ == "__main__":
    # In the packaged app, a worker process (reviewer.scoring.returns.read_ahead) starts as
    # this program again; freeze_support runs it as the worker instead of the app. Imported
    # here, not above: the installed `reviewer` command calls main() and needs no such thing;
    # and only when frozen, where alone it does anything (multiprocessing costs a start 15 ms).
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
