"""The arguments the verbs share: CAMPAIGN (a campaign file, or a database), and the
names of files and folders.

`reviewer info panel.review`, `reviewer info postgresql://server/panel_a` and
`reviewer info --db postgresql://server/panel_a` name a campaign the same way, so a
script written for a file works on a server by changing one argument.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from reviewer.cli.output import escaped_name
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.store.location import campaign_location as campaign_location
from reviewer.store.location import is_database_url
from reviewer.store.server import display_url


class EmptyPath(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The name given for {what} is empty. Give the name of a file or folder."
    )


def given_path(what: str) -> Callable[[str], Path]:
    """An argument naming a file or folder. An empty one ("" from a script whose
    variable was unset) is refused, exit 1, rather than read as the current folder."""

    def path(text: str) -> Path:
        if not text:
            raise EmptyPath(what=what)  # not a ValueError: argparse lets it through
        return Path(text)

    return path


def given_location(what: str) -> Callable[[str], Path | str]:
    """An argument naming a campaign: a file, or a database's URL; not empty."""

    def location(text: str) -> Path | str:
        if not text:
            raise EmptyPath(what=what)
        return campaign_location(text)

    return location


def shown(location: Path | str) -> str:
    """A file's or a campaign's location as printed: a database's URL without its
    password, a file's name with its control characters escaped."""
    return display_url(location) if isinstance(location, str) else escaped_name(location)


def campaign_file(args: argparse.Namespace) -> Path | None:
    """The campaign file the verb works on, which its outputs must never overwrite;
    None for a campaign in a database."""
    return args.campaign if isinstance(args.campaign, Path) else None


def add_campaign_argument(parser: argparse.ArgumentParser, *, rest: str | None = None) -> None:
    """Add CAMPAIGN, and `--db URL` in its place. `rest` names the verb's trailing list
    of positional arguments (import's PATH...), which CAMPAIGN must not swallow."""
    parser.add_argument("campaign", nargs="?", type=given_location("CAMPAIGN"), metavar="CAMPAIGN")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=translate(
            "Cli",
            "the campaign in a database (postgresql://user@server/database) instead of a file",
        ),
    )
    parser.set_defaults(campaign_parser=parser, campaign_rest=rest)


def resolve_campaign(args: argparse.Namespace) -> None:
    """Put the campaign `--db` names in `args.campaign`; a usage error (exit 2) when there
    is neither a CAMPAIGN nor `--db`, or both."""
    parser: argparse.ArgumentParser | None = getattr(args, "campaign_parser", None)
    if parser is None:
        return
    if args.db is None:
        if args.campaign is None:
            parser.error(translate("Cli", "give a CAMPAIGN file or --db URL"))
        return
    if args.campaign is not None:
        if args.campaign_rest is None:
            parser.error(translate("Cli", "give a CAMPAIGN file or --db URL, not both"))
        # With --db, what argparse took for CAMPAIGN is the first of the trailing list.
        getattr(args, args.campaign_rest).insert(0, Path(str(args.campaign)))
    if not is_database_url(args.db):
        parser.error(
            translate("Cli", "--db takes a database URL: postgresql://user@server/database")
        )
    args.campaign = args.db
