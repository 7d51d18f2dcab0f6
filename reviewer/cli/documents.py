"""The command-line verb `report`: every document of the review, from the locked results.

`report --json` is a contract scripts read: `fingerprint` (of the locked results),
`documents` (per file `kind`, `name`, `path`, `sha256`; the Word copies are listed as
kinds of their own, `pilot_list_docx`...) and `skipped` (per document left out, `kind`
and `reason`). `--format pdf,docx` (the default) writes the PDFs and the letters' editable
Word copies, `--format pdf` the PDFs alone. Exit 1, with a message, while the results are
not locked.
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


def _formats(text: str) -> tuple[str, ...]:
    from reviewer.documents.report import FORMATS

    chosen = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",")))
    if not chosen or any(part not in FORMATS for part in chosen):
        raise argparse.ArgumentTypeError(
            translate("Cli", "pdf, docx or both, separated by a comma")
        ) from None
    return chosen


def add_report_verb(verbs: Any) -> None:
    report = verbs.add_parser(
        "report",
        help=translate(
            "Cli",
            "write every document (pilot list, approval letters, score tables...) as PDF, "
            "the letters also as Word, from the locked results",
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
        "--format",
        type=_formats,
        default=("pdf", "docx"),
        metavar="pdf,docx",
        help=translate(
            "Cli",
            "pdf: the PDFs; docx: editable Word copies of the letters (default: both)",
        ),
    )
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


def report(args: argparse.Namespace) -> int:
    from reviewer.documents.official import DocumentOptions
    from reviewer.documents.report import LABELS, Report, writing_report
    from reviewer.store.storage import open_campaign

    options = DocumentOptions(args.number, args.date, args.addressees)
    with open_campaign(args.campaign, read_only=True) as store:
        job = writing_report(store, args.out, options, force=args.force, formats=args.format)
        written: Report = run_job(job)
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
