"""The command-line verbs of the secretariat's registry: `applicants` (list them, import
an applicant list workbook) and `status` (set a package's status by hand, with a reason).

`applicants --json` is a contract scripts read: a list, one entry per applicant, with
`id`, `code`, `name`, `track` (city or department), `region`, `contact`, `phone` and
`applications`; with --import, an object: `import` (`added`, `unchanged`,
`ties_resolved`, `problems`) and `applicants`, that list. `status --json` gives
`application_id`, `applicant`, `old` and `status`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from reviewer.cli.arguments import add_campaign_argument, given_path, shown
from reviewer.cli.exits import EXIT_OK, EXIT_REJECTED
from reviewer.cli.output import print_json
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, counted, translate
from reviewer.vocabulary import ApplicationStatus

if TYPE_CHECKING:
    from reviewer.intake.applicants import ApplicantRow
    from reviewer.intake.applications import ApplicationRow

# The statuses the secretariat may set (the Set status dialog's): never back to received.
SETTABLE = tuple(s for s in ApplicationStatus if s is not ApplicationStatus.RECEIVED)


class ApplicationNotFound(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No application is known as “{application}”. Give its number or its applicant's "
        "name; the applications are: {candidates}.",
    )


class ApplicationAmbiguous(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "“{application}” could be any of: {candidates}. Give the application's number or "
        "the applicant's full name.",
    )


def _status(text: str) -> ApplicationStatus:
    """STATUS by the enum's name or value (a unique beginning will do), or its label in
    the user's language: complete, INCOMPLETE, inel, 材料不全."""
    from reviewer.labels import label

    wanted = text.strip().casefold()
    names = {s: {s.value, s.name.casefold(), label(s).casefold()} for s in SETTABLE}
    exact = [s for s, words in names.items() if wanted in words]
    found = exact or ([s for s in SETTABLE if s.value.startswith(wanted)] if wanted else [])
    if len(found) == 1:
        return found[0]
    candidates = ", ".join(f"{s.value} ({label(s)})" for s in (found or SETTABLE))
    problem = (
        translate("Cli", "“{value}” could be any of: {candidates}")
        if found
        else translate("Cli", "“{value}” is not a status; choose from: {candidates}")
    )
    raise argparse.ArgumentTypeError(problem.format(value=text, candidates=candidates))


def add_registry_verbs(verbs: Any) -> None:
    applicants = verbs.add_parser(
        "applicants",
        help=translate(
            "Cli", "list the registered applicants, or register those an .xlsx applicant list names"
        ),
    )
    add_campaign_argument(applicants)
    applicants.add_argument(
        "--import",
        dest="import_file",
        type=given_path("FILE.xlsx"),
        metavar="FILE.xlsx",
        help=translate(
            "Cli", "register the applicants the list names (all or none: nothing if any is wrong)"
        ),
    )
    applicants.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    status = verbs.add_parser(
        "status",
        help=translate(
            "Cli", "set an application's status by hand, with the reason, for the record"
        ),
    )
    add_campaign_argument(status)
    status.add_argument(
        "--application",
        required=True,
        metavar="ID_OR_NAME",
        help=translate("Cli", "the application, by its id or its applicant's name"),
    )
    status.add_argument(
        "--set",
        dest="status",
        required=True,
        type=_status,
        metavar="STATUS",
        help=translate("Cli", "complete, incomplete, late or ineligible"),
    )
    status.add_argument(
        "--reason", required=True, metavar="TEXT", help=translate("Cli", "why, for the record")
    )
    status.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _applicant_json(row: ApplicantRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "code": row.code,
        "name": row.name,
        "track": row.kind.value,
        "region": row.region,
        "contact": row.contact,
        "phone": row.phone,
        "applications": row.applications,
    }


def _applicants(args: argparse.Namespace) -> int:
    from reviewer.inputs.files import open_input
    from reviewer.intake.applicant_list import MAX_APPLICANT_LIST_BYTES, import_applicant_list
    from reviewer.intake.applicants import list_applicants
    from reviewer.labels import label
    from reviewer.store.storage import open_campaign

    report = None
    with open_campaign(args.campaign, read_only=args.import_file is None) as store:
        if args.import_file is not None:
            from reviewer.inputs.files import Inputs

            limit, what = MAX_APPLICANT_LIST_BYTES, Inputs.APPLICANT_LIST
            with open_input(args.import_file, limit=limit, what=what) as stream:
                report = import_applicant_list(store, stream, args.import_file.name)
        rows = list_applicants(store)
    listing = [_applicant_json(row) for row in rows]
    if args.json:
        print_json(
            listing if report is None else {"import": report.as_json(), "applicants": listing}
        )
    else:
        if report is not None and report.ok:
            print(
                translate(
                    "Cli",
                    "Applicants registered: {added}, already registered: {same}; ties of the "
                    "expert list resolved: {ties}",
                ).format(
                    added=len(report.added), same=len(report.unchanged), ties=report.ties_resolved
                )
            )
        for row in rows if report is None or report.ok else ():
            facts = [row.code, row.name, label(row.kind), row.region]
            print("\t".join([*facts, str(row.applications)]))
    if report is not None and not report.ok:
        print(
            counted(
                translate(
                    "Cli",
                    "{file}: {n} {n:problem|problems}; no applicant was registered. Correct "
                    "the list and import it again.",
                ),
                file=shown(args.import_file),
                n=len(report.problems),
            ),
            file=sys.stderr,
        )
    for problem in report.problems if report is not None else ():
        print(f"    - {problem.message()}", file=sys.stderr)
    return EXIT_REJECTED if report is not None and not report.ok else EXIT_OK


def _named(rows: list[ApplicationRow], key: str) -> ApplicationRow:
    """The application `key` names: its id, its applicant's name (spaces and width
    aside), else the one applicant whose name holds it; refused, naming the candidates,
    when none or several do."""
    from reviewer.intake.applicants import _key

    key = key.strip()
    if key.isdigit():
        found = [row for row in rows if row.id == int(key)]
    else:
        found = [row for row in rows if _key(row.applicant) == _key(key)] or [
            row for row in rows if _key(key) in _key(row.applicant)
        ]
    if len(found) == 1:
        return found[0]
    named = "、".join(f"{row.id} {row.applicant}" for row in (found or rows))
    if found:
        raise ApplicationAmbiguous(application=key, candidates=named)
    raise ApplicationNotFound(application=key, candidates=named or "-")


def _set_status(args: argparse.Namespace) -> int:
    from reviewer.intake.applications import list_applications
    from reviewer.intake.importing import override_status
    from reviewer.labels import label
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        row = _named(list_applications(store), args.application)
        override_status(store, row.id, args.status, args.reason)
    if args.json:
        print_json(
            {
                "application_id": row.id,
                "applicant": row.applicant,
                "old": row.status.value,
                "status": args.status.value,
            }
        )
        return EXIT_OK
    print(
        translate("Cli", "{applicant}: {old} → {new}").format(
            applicant=row.applicant, old=label(row.status), new=label(args.status)
        )
    )
    return EXIT_OK


HANDLERS = {"applicants": _applicants, "status": _set_status}
