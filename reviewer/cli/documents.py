"""The command-line verb `report`: every document of the review, from the locked results.

`report --json` is a contract scripts read: `fingerprint` (of the locked results),
`documents` (per file `kind`, `name`, `path`, `sha256`) and `skipped` (per document left
out, `kind` and `reason`). Exit 1, with a message, while the results are not locked.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from reviewer.cli.arguments import add_campaign_argument, given_path, shown
from reviewer.cli.exits import EXIT_OK
from reviewer.cli.output import print_json, run_job
from reviewer.i18n import translate


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "a date as YYYY-MM-DD")) from None


def add_report_verb(verbs: Any) -> None:
    report = verbs.add_parser(
        "report",
        help=translate(
            "Cli",
            "write every document (pilot list, approval letters, score tables...) as PDF "
            "from the locked results",
        ),
    )
    add_campaign_argument(report)
    report.add_argument("--out", type=given_path("--out"), required=True, metavar="DIR")
    report.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "replace the documents an earlier report wrote into DIR"),
    )
    report.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    report.add_argument(
        "--number",
        metavar="TEXT",
        help=translate(
            "Cli", "the pilot-list notice's document number (default: the call's series)"
        ),
    )
    report.add_argument(
        "--date",
        type=_day,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the documents' date (default: the day the results were locked)"),
    )
    report.add_argument(
        "--addressees",
        metavar="TEXT",
        help=translate("Cli", "the notice's addressees (default: those of the call)"),
    )
    report.add_argument(
        "--copy-to",
        metavar="TEXT",
        help=translate(
            "Cli", "the copy recipients (抄送) in the imprint of the notice and public notice"
        ),
    )


def report(args: argparse.Namespace) -> int:
    from reviewer.documents.official import DocumentOptions
    from reviewer.documents.report import LABELS, Report, writing_report
    from reviewer.store.storage import open_campaign

    options = DocumentOptions(args.number, args.date, args.addressees, args.copy_to)
    with open_campaign(args.campaign, read_only=True) as store:
        written: Report = run_job(writing_report(store, args.out, options, force=args.force))
    if args.json:
        payload = {
            "fingerprint": written.fingerprint,
            "documents": [
                {"kind": d.kind, "name": d.name, "path": str(d.path), "sha256": d.sha256}
                for d in written.documents
            ],
            "skipped": [{"kind": kind, "reason": why} for kind, why in written.skipped],
        }
        print_json(payload)
        return EXIT_OK
    for document in written.documents:
        print(shown(document.path))
    for kind, why in written.skipped:
        what = translate("Documents", LABELS[kind])
        print(translate("Cli", "Not written: {what}. {reason}").format(what=what, reason=why))
    return EXIT_OK


HANDLERS = {"report": report}
