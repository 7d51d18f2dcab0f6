"""The command-line verb `report`: every document of the review, from the locked results.

`report --json` is a contract scripts read: `fingerprint` (of the locked results),
`documents` (per file `kind`, `name`, `path`, `sha256`; the Word copies are listed as
kinds of their own, `pilot_list_docx`...), `skipped` (per document left out, `kind`
and `reason`: the pilot list waits for the public notice to end and its objections to
close), `fonts` (per role, `role`, `face`, `file`, `fallback` and the faces `refused`
for it) and `notes` (what the reader should know: a public notice counted in weekdays).
An acceptance or mid-term review writes its results notice, an opinion per pilot and
the rectification notices (kinds `acceptance_notice`, `acceptance_opinion`,
`rectification`) instead of the selection's notices; `--rectify-by` sets their deadline.
`--format pdf,docx` (the default) writes the PDFs and the letters' editable Word
copies, `--format pdf` the PDFs alone. Exit 1, with a message, while the results are
not locked.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.cli.arguments import add_campaign_argument, given_path, shown
from reviewer.cli.exits import EXIT_OK
from reviewer.cli.output import print_json, run_job
from reviewer.i18n import translate

if TYPE_CHECKING:
    from reviewer.documents.report import Report


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "a date as YYYY-MM-DD")) from None


def _font(text: str) -> tuple[str, Path]:
    from reviewer.documents.fonts import ROLES

    role, equals, file = text.partition("=")
    if not equals or role not in ROLES or not file:
        raise argparse.ArgumentTypeError(
            translate("Cli", "ROLE=FILE, ROLE one of {roles}").format(roles=", ".join(ROLES))
        )
    return role, Path(file)


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
    report.add_argument(
        "--copy-to",
        metavar="TEXT",
        help=translate(
            "Cli", "the copy recipients (抄送) in the imprint of the notice and public notice"
        ),
    )
    report.add_argument(
        "--rectify-by",
        type=_day,
        metavar="YYYY-MM-DD",
        help=translate(
            "Cli",
            "an acceptance or mid-term review's rectification deadline, printed on its "
            "results notice and rectification notices (default: the re-acceptance round's, "
            "else left blank)",
        ),
    )
    report.add_argument(
        "--font",
        type=_font,
        action="append",
        default=[],
        metavar="ROLE=FILE",
        help=translate(
            "Cli",
            "the font file for a role (title, body, heading1, heading2, table, page_number); "
            "repeatable (default: the faces installed, else the shipped ones)",
        ),
    )


def _record(campaign: Path, written: Report) -> None:
    """Record the documents in the campaign for the archive (政府采购法 §42). The report
    read the campaign read-only, beside a window that may hold it; the campaign is
    opened for writing only now that there is something to record, and a campaign held
    elsewhere is said so, the documents staying written."""
    from reviewer.documents.report import recorded
    from reviewer.errors import CampaignLocked
    from reviewer.store.output_records import record_outputs
    from reviewer.store.storage import open_campaign

    if not written.documents:
        return
    try:
        with open_campaign(campaign) as store:
            record_outputs(store, recorded(written))
    except CampaignLocked:
        print(
            translate(
                "Cli",
                "The campaign is open elsewhere: the documents are written but not recorded "
                "in it for the archive.",
            ),
            file=sys.stderr,
        )


def report(args: argparse.Namespace) -> int:
    from reviewer.documents.official import DocumentOptions
    from reviewer.documents.report import LABELS, writing_report
    from reviewer.store.storage import open_campaign

    options = DocumentOptions(
        args.number, args.date, args.addressees, args.copy_to, rectify_by=args.rectify_by
    )
    with open_campaign(args.campaign, read_only=True) as store:
        job = writing_report(
            store,
            args.out,
            options,
            force=args.force,
            fonts=dict(args.font),
            formats=args.format,
        )
        written: Report = run_job(job)
    _record(args.campaign, written)
    if args.json:
        payload = {
            "fingerprint": written.fingerprint,
            "documents": [
                {"kind": d.kind, "name": d.name, "path": str(d.path), "sha256": d.sha256}
                for d in written.documents
            ],
            "skipped": [{"kind": kind, "reason": why} for kind, why in written.skipped],
            "fonts": [
                {
                    "role": f.role,
                    "face": f.face,
                    "file": None if f.file is None else str(f.file),
                    "fallback": f.fallback,
                    "refused": list(f.refused),
                }
                for f in written.fonts
            ],
            "notes": list(written.notes),
        }
        print_json(payload)
        return EXIT_OK
    for document in written.documents:
        print(shown(document.path))
    for kind, why in written.skipped:
        what = translate("Documents", LABELS[kind])
        print(translate("Cli", "Not written: {what}. {reason}").format(what=what, reason=why))
    # The notes and faces go to stderr: stdout lists the files written, one a line.
    for note in written.notes:
        print(note, file=sys.stderr)
    for face in written.fonts:
        for reason in face.refused:
            print(reason, file=sys.stderr)
        if face.fallback:
            text = translate("Cli", "{role}: no installed face; the shipped {face} served.")
        else:
            text = translate("Cli", "{role}: {face} ({file})")
        print(text.format(role=face.label(), face=face.face, file=face.file), file=sys.stderr)
    return EXIT_OK


def add_feedback_verb(verbs: Any) -> None:
    feedback = verbs.add_parser(
        "feedback",
        help=translate(
            "Cli",
            "the feedback letters (反馈意见) to applicants, from the locked results: print "
            "them, save an edited text, or write them as PDF",
        ),
    )
    add_campaign_argument(feedback)
    feedback.add_argument(
        "--applicant",
        metavar="NAME",
        help=translate("Cli", "only this applicant's letter (default: every applicant's)"),
    )
    feedback.add_argument(
        "--draft",
        action="store_true",
        help=translate("Cli", "the letters as the app composes them, not the texts saved"),
    )
    feedback.add_argument(
        "--text-file",
        type=given_path("--text-file"),
        metavar="FILE",
        help=translate("Cli", "save the letter's text from a UTF-8 text file (needs --applicant)"),
    )
    feedback.add_argument(
        "--out",
        type=given_path("--out"),
        metavar="PATH",
        help=translate(
            "Cli", "write the letters as PDF into the folder PATH (one letter: PATH may be a .pdf)"
        ),
    )
    feedback.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace files already there")
    )
    feedback.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def feedback(args: argparse.Namespace) -> int:
    from reviewer.cli.exits import EXIT_USAGE
    from reviewer.documents.feedback import (
        feedback_letters,
        letters_for,
        read_feedback_file,
        save_feedback,
        write_feedback,
    )
    from reviewer.documents.source import read_source
    from reviewer.store.storage import open_campaign

    if args.text_file is not None and not args.applicant:
        print(translate("Cli", "--text-file needs --applicant NAME."), file=sys.stderr)
        return EXIT_USAGE
    text = None if args.text_file is None else read_feedback_file(args.text_file)
    with open_campaign(args.campaign, read_only=text is None) as store:
        source = read_source(store)
        letters = letters_for(feedback_letters(store, source), args.applicant)
        if text is not None:
            letters = [save_feedback(store, letters[0].application_id, text)]
        written = []
        if args.out is not None:
            written = write_feedback(
                store, source, letters, args.out, draft=args.draft, force=args.force
            )
    if args.json:
        print_json(
            {
                "fingerprint": source.lock.fingerprint,
                "letters": [letter.as_json() for letter in letters],
                "written": [str(path) for path in written],
            }
        )
        return EXIT_OK
    if written:
        for path in written:
            print(shown(path))
        return EXIT_OK
    for letter in letters:
        print(f"== {letter.applicant}")
        print(letter.draft if args.draft else letter.text)
    return EXIT_OK


HANDLERS = {"report": report, "feedback": feedback}
