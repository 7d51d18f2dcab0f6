"""The command-line verbs of the review report (评审报告): `report-signatures` lists the
panel with each member's answer to the report on the current lock, `report-signature`
enters one member's answer from the signed paper.

`report-signatures --json` is a contract scripts read: `lock` (the fingerprint or null)
and `members`, each with `expert`, `name`, `leader`, `answer` (signed | dissent |
not_signed, or null until entered), `reasons`, `recorded_by`, `recorded_at`.
"""

from __future__ import annotations

import argparse
from typing import Any

from models.enums import ReportSignature
from reviewer.cli.arguments import add_campaign_argument
from reviewer.cli.exits import EXIT_OK
from reviewer.cli.output import print_json
from reviewer.i18n import translate

ANSWERS = {"signed": ReportSignature.SIGNED, "dissent": ReportSignature.DISSENT}
ANSWERS["not-signed"] = ReportSignature.NOT_SIGNED


def add_review_report_verbs(verbs: Any) -> None:
    listing = verbs.add_parser(
        "report-signatures",
        help=translate("Cli", "the panel and each member's answer to the review report"),
    )
    add_campaign_argument(listing)
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    entering = verbs.add_parser(
        "report-signature",
        help=translate("Cli", "enter a member's answer to the review report, from the paper"),
    )
    add_campaign_argument(entering)
    entering.add_argument(
        "--expert", required=True, metavar="CODE", help=translate("Cli", "the member's code")
    )
    entering.add_argument(
        "--answer",
        required=True,
        choices=[*ANSWERS, "none"],
        help=translate(
            "Cli",
            "signed; dissent (signed with a different opinion: give --reasons); not-signed "
            "(neither signed nor gave reasons); none takes an entry back",
        ),
    )
    entering.add_argument(
        "--reasons",
        default="",
        metavar="TEXT",
        help=translate("Cli", "the reasons the member wrote, as on the paper"),
    )


def report_signatures(args: argparse.Namespace) -> int:
    from reviewer.results.reconcile import current_lock
    from reviewer.results.report_signatures import report_signers
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign, read_only=True) as store:
        lock = current_lock(store)
        members = report_signers(store)
    if args.json:
        print_json(
            {
                "lock": lock.fingerprint if lock else None,
                "members": [m.as_json() for m in members],
            }
        )
        return EXIT_OK
    if lock is None:
        print(translate("Cli", "The results are not locked: there is no report to sign yet."))
    for member in members:
        answer = member.answer.value if member.answer else "-"
        print(f"{member.code}\t{member.name}\t{answer}\t{member.reasons}")
    return EXIT_OK


def report_signature(args: argparse.Namespace) -> int:
    from reviewer.results.report_signatures import record_answer
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        record_answer(store, args.expert, ANSWERS.get(args.answer), args.reasons)
    print(
        translate("Cli", "Entered {expert}'s answer to the review report.").format(
            expert=args.expert
        )
    )
    return EXIT_OK


HANDLERS = {"report-signatures": report_signatures, "report-signature": report_signature}
