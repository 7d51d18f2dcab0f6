"""The command-line verb of a later review's pilots: `pilots` lists the pilots an
acceptance or mid-term review carries, with their approval letters (批复) and pilot
periods, and records a letter's number and date as the registry issued it (the
selection prints the 批复 with the serial left blank).

`pilots --json` is a contract scripts read: `pilots`, each with `pilot_id`, `applicant`,
`track`, `application_id` (null until the package is in), `plan_title`,
`selection_final`, `selection_rank`, `approval_number` ("" until recorded),
`approval_date`, `period_start`, `period_end`; with `--applicant`, also `recorded`
(that pilot, as recorded).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from reviewer.cli.arguments import add_campaign_argument
from reviewer.cli.exits import EXIT_OK, EXIT_REJECTED, EXIT_USAGE
from reviewer.cli.output import print_json
from reviewer.i18n import translate

if TYPE_CHECKING:
    from reviewer.decisions.later_reviews import PilotFacts


def add_pilots_verb(verbs: Any) -> None:
    pilots = verbs.add_parser(
        "pilots",
        help=translate(
            "Cli",
            "list a later review's pilots with their approval letters, or record a letter's "
            "number and date",
        ),
    )
    add_campaign_argument(pilots)
    pilots.add_argument(
        "--applicant",
        metavar="NAME",
        help=translate("Cli", "the pilot whose approval letter to record"),
    )
    pilots.add_argument(
        "--approval-number",
        metavar="TEXT",
        help=translate("Cli", "the approval letter's number, as the registry wrote it"),
    )
    pilots.add_argument(
        "--approval-date",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the date the letter was issued (the pilot period runs from it)"),
    )
    pilots.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _pilot_json(pilot: PilotFacts) -> dict[str, Any]:
    return {
        "pilot_id": pilot.pilot_id,
        "applicant": pilot.applicant,
        "track": pilot.track.value,
        "application_id": pilot.application_id,
        "plan_title": pilot.plan_title,
        "selection_final": None if pilot.selection_final is None else str(pilot.selection_final),
        "selection_rank": pilot.selection_rank,
        "approval_number": pilot.approval_number,
        "approval_date": pilot.approval_date.isoformat(),
        "period_start": pilot.period_start.isoformat(),
        "period_end": pilot.period_end.isoformat(),
    }


def _line(pilot: PilotFacts) -> str:
    from reviewer.labels import label

    number = pilot.approval_number or translate("Cli", "(number not recorded)")
    period = f"{pilot.period_start.isoformat()}–{pilot.period_end.isoformat()}"
    return "\t".join(
        (pilot.applicant, label(pilot.track), number, pilot.approval_date.isoformat(), period)
    )


def pilots(args: argparse.Namespace) -> int:
    from models.enums import CampaignKind
    from reviewer.decisions.later_reviews import (
        kind_of,
        pilot_named,
        pilots_in,
        record_approval_letter,
    )
    from reviewer.store.storage import open_campaign

    recording = args.approval_number is not None or args.approval_date is not None
    if recording and (args.applicant is None or args.approval_number is None):
        print(
            translate(
                "Cli",
                "--approval-number needs --applicant NAME, and --approval-date needs both.",
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    with open_campaign(args.campaign, read_only=not recording) as store:
        if kind_of(store) is CampaignKind.SELECTION:
            print(
                translate(
                    "Cli",
                    "This campaign is a selection: its pilots are carried by the acceptance "
                    "or mid-term review made from it (reviewer new --acceptance-of).",
                ),
                file=sys.stderr,
            )
            return EXIT_REJECTED
        recorded = None
        if recording:
            pilot = pilot_named(store, args.applicant)
            recorded = record_approval_letter(
                store, pilot.pilot_id, args.approval_number, args.approval_date
            )
        carried = pilots_in(store)
    if args.json:
        shown: dict[str, Any] = {"pilots": [_pilot_json(p) for p in carried]}
        if recorded is not None:
            shown["recorded"] = _pilot_json(recorded)
        print_json(shown)
        return EXIT_OK
    if recorded is not None:
        print(
            translate(
                "Cli", "Recorded the approval letter of {applicant}: {number} of {date}."
            ).format(
                applicant=recorded.applicant,
                number=recorded.approval_number,
                date=recorded.approval_date.isoformat(),
            )
        )
    for pilot in carried:
        print(_line(pilot))
    return EXIT_OK


HANDLERS = {"pilots": pilots}
