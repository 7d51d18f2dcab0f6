"""The command-line verb of the campaign as a whole: `info`, its figures.

`info --json` is a contract scripts read: the figures `reviewer.campaign.overview.info`
gives.
"""

from __future__ import annotations

import argparse
from typing import Any

from reviewer.cli.arguments import add_campaign_argument
from reviewer.cli.exits import EXIT_OK
from reviewer.cli.output import print_json
from reviewer.i18n import joined, translate


def add_info_verb(verbs: Any) -> None:
    info = verbs.add_parser("info", help=translate("Cli", "print a campaign's figures"))
    add_campaign_argument(info)
    info.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _info(args: argparse.Namespace) -> int:
    from reviewer.campaign import overview
    from reviewer.labels import label
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign, read_only=True) as store:
        if args.json:
            print_json(overview.info(store))
            return EXIT_OK
        view = overview.overview(store)
    lines = [
        view.title,
        translate("Cli", "Applications: {n}").format(n=view.applications),
    ]
    for track in view.tracks:
        counts = joined((f"{label(s)} {n}" for s, n in track.by_status.items() if n), ", ")
        lines.append(f"  {label(track.kind)}: {track.applications} ({counts})")
    lines += [
        translate("Cli", "Experts: {n}").format(n=view.experts),
        translate("Cli", "Scores: {n}").format(n=view.scores),
        translate("Cli", "Scoring round {round}: {done} of {total} assignments done").format(
            round=view.current_round, done=view.progress.done, total=view.progress.total
        ),
    ]
    lines += [f"! {note}" for note in view.attention]
    print("\n".join(lines))
    return EXIT_OK


HANDLERS = {"info": _info}
