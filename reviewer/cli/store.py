"""The command-line verbs of the campaign file itself: `copy` (to a file or a database
server) and `backups` (list a campaign's automatic backups, restore one).

`backups --json` is a list, newest first, of `name`, `path`, `taken_at` (UTC, ISO 8601),
`reason` (merge, lock, report, scores, restore) and `size` in bytes. `--restore NAME`
puts that backup in place of the campaign, after backing the campaign up as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reviewer.cli.arguments import add_campaign_argument, campaign_file, given_location, shown
from reviewer.cli.exits import EXIT_OK
from reviewer.cli.output import print_json
from reviewer.i18n import translate


def add_copy_verb(verbs: Any) -> None:
    copy = verbs.add_parser(
        "copy",
        help=translate(
            "Cli",
            "copy a campaign to a file, or into an empty database (postgresql://...) on a server",
        ),
    )
    add_campaign_argument(copy)
    copy.add_argument("destination", type=given_location("DESTINATION"), metavar="DESTINATION")
    copy.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace DESTINATION if it exists")
    )


def _copy(args: argparse.Namespace) -> int:
    from reviewer.store.outputs import check_destination
    from reviewer.store.storage import copy_campaign, open_campaign

    if isinstance(args.destination, Path):  # another campaign, yes; never this one
        check_destination(
            args.destination, force=args.force, campaign=campaign_file(args), replaces_campaign=True
        )
    with open_campaign(args.campaign, read_only=True) as store:
        copy_campaign(store, args.destination, overwrite=args.force)
    print(translate("Cli", "Copied the campaign to {path}").format(path=shown(args.destination)))
    return EXIT_OK


def add_backups_verb(verbs: Any) -> None:
    backups = verbs.add_parser(
        "backups",
        help=translate("Cli", "list the campaign's automatic backups, or restore one"),
    )
    backups.add_argument("campaign", type=given_location("CAMPAIGN"), metavar="CAMPAIGN")
    backups.add_argument(
        "--restore",
        metavar="NAME",
        help=translate("Cli", "put the backup NAME in place of the campaign"),
    )
    backups.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _backups(args: argparse.Namespace) -> int:
    from reviewer.store.backups import BackupsNeedAFile, find_backup, list_backups, restore_backup
    from reviewer.store.server import is_database_url
    from reviewer.store.storage import check_file, open_campaign

    if is_database_url(str(args.campaign)):
        raise BackupsNeedAFile()
    check_file(args.campaign)
    if args.restore:
        chosen = find_backup(args.campaign, args.restore)
        store = open_campaign(args.campaign)
        try:
            before = restore_backup(store, chosen)
        finally:
            store.close()
        print(translate("Cli", "Restored {name}.").format(name=chosen.name))
        if before.backup is not None:
            print(
                translate("Cli", "The campaign as it was is in {name}.").format(
                    name=before.backup.name
                )
            )
        return EXIT_OK
    found = list_backups(args.campaign)
    if args.json:
        print_json([b.as_json() for b in found])
        return EXIT_OK
    if not found:
        print(translate("Cli", "No backups yet."))
    for backup in found:
        when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        size = f"{backup.size / 1_000_000:.1f} MB"
        print(f"{backup.name}  {when}  {backup.reason_text()}  {size}")
    return EXIT_OK


HANDLERS = {"copy": _copy, "backups": _backups}
