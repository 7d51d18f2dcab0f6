"""Taking in application packages: recognise their files, check them, store them.

Each package is one unit of work: it is stored whole or not at all, and one bad package
never stops the others. Importing the same package again changes nothing; a different
package for an application already taken in is held back until the user confirms the
replacement (`replace=True`), and the earlier files stay as history.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import mimetypes
import re
import unicodedata
import zipfile
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Applicant, Application, Campaign, Material, Pilot, Track
from models.base import utc_now
from models.enums import ApplicationStatus, CampaignKind, MaterialKind, TrackKind
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.intake import checklist
from reviewer.intake.applicants import resolve_pending_ties
from reviewer.intake.application_form import (
    CHECKED_FIELDS,
    FormAnswers,
    FormProblem,
    is_application_form,
    read_form,
)
from reviewer.intake.gates import gates_of
from reviewer.intake.later_packages import not_a_pilot, pilot_of, self_evaluation_in, wrong_form
from reviewer.intake.package_files import (
    ZIP_DAMAGE,
    FileKind,
    Package,
    PackageFile,
    PackageUnreadable,
    find_packages,
)
from reviewer.progress import Progress
from reviewer.store import audit
from reviewer.store.blobs import store_blob
from reviewer.store.storage import CampaignStore
from reviewer.system_errors import system_words

MEDIA_TYPES = {
    FileKind.PDF: "application/pdf",
    FileKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileKind.DOC: "application/msword",
    FileKind.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
DOCUMENTS = (FileKind.PDF, FileKind.DOCX, FileKind.DOC)
EXTENSIONS = {
    ".pdf": FileKind.PDF,
    ".docx": FileKind.DOCX,
    ".doc": FileKind.DOC,
    ".xlsx": FileKind.XLSX,
}
# Larger than any plan of scanned pages; a bigger file is refused before it is read.
MAX_FILE_BYTES = 300 << 20


class Outcome(StrEnum):
    IMPORTED = "imported"
    UNCHANGED = "unchanged"
    REPLACED = "replaced"
    NEEDS_CONFIRMATION = "needs_confirmation"
    REJECTED = "rejected"


@dataclass(frozen=True)
class FileReport:
    name: str
    kind: MaterialKind
    size: int
    sha256: str


@dataclass(frozen=True)
class PackageReport:
    """What happened to one package, for the intake report and `reviewer import --json`."""

    label: str
    source: str
    outcome: Outcome
    applicant: str | None = None
    track: TrackKind | None = None
    status: ApplicationStatus | None = None
    checklist: tuple[dict[str, Any], ...] = ()
    problems: tuple[str, ...] = ()
    files: tuple[FileReport, ...] = ()
    skipped: tuple[str, ...] = ()
    application_id: int | None = None
    new_applicant: bool = False
    # Set when the package was refused only because its form names an applicant the
    # campaign does not know: the app then offers to register it and import again.
    unknown_applicant: str | None = None
    # The problems of a field a check reads itself (the districts, the open-data plan):
    # that check's reason says them, so the notes do not say them twice.
    said_by_checks: tuple[str, ...] = ()

    @property
    def reasons(self) -> list[str]:
        return [checklist.describe(item) for item in self.checklist if not item["passed"]]

    @property
    def notes(self) -> list[str]:
        """What to tell the user: the failed checks, then each problem not already said
        in one of them (a failed form check quotes the form's first problem; a check of
        the districts or the open-data plan stands for the problems of its cells)."""
        reasons = self.reasons
        return reasons + [
            p
            for p in self.problems
            if p not in self.said_by_checks and not any(p in r for r in reasons)
        ]

    def as_json(self) -> dict[str, Any]:
        return {
            "package": self.label,
            "source": self.source,
            "outcome": self.outcome.value,
            "applicant": self.applicant,
            "track": self.track.value if self.track else None,
            "status": self.status.value if self.status else None,
            "reasons": self.reasons,
            "problems": list(self.problems),
            "checklist": [
                {"code": i["code"], "passed": i["passed"], "text": checklist.describe(i)}
                for i in self.checklist
            ],
            "files": [
                {"name": f.name, "kind": f.kind.value, "size": f.size, "sha256": f.sha256}
                for f in self.files
            ],
            "skipped": list(self.skipped),
            "application_id": self.application_id,
            "new_applicant": self.new_applicant,
        }


class _Unchanged(Exception):
    """Raised inside a unit of work to roll it back: the package is already stored."""


class _NeedsConfirmation(Exception):
    """Raised inside a unit of work to roll it back: replacing needs the user's yes."""


class PackageRejected(ReviewerError):
    template = QT_TRANSLATE_NOOP("Intake", "{package}: {problem}")


def _normal(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def _docx_text(file: PackageFile, limit: int = 200_000) -> str:
    """The first words of a .docx, to tell a plan from a leading-group document."""
    try:
        with file.open() as stream, zipfile.ZipFile(io.BytesIO(stream.read(8 << 20))) as docx:
            xml = docx.open("word/document.xml").read(limit).decode("utf-8", "ignore")
    # A .docx that cannot be read (damaged, encrypted, another compression) says nothing.
    except (OSError, *ZIP_DAMAGE, KeyError, NotImplementedError, RuntimeError):
        return ""
    return re.sub(r"<[^>]+>", "", xml)[:2000]


@dataclass
class _Sorted:
    form: PackageFile | None = None
    plan: PackageFile | None = None
    leading_group: PackageFile | None = None
    attachments: list[PackageFile] = field(default_factory=list)
    self_evaluation: PackageFile | None = None  # a later review's package


def _sort_files(
    package: Package,
    answers: FormAnswers | None,
    form: PackageFile | None,
    review: CampaignKind = CampaignKind.SELECTION,
) -> _Sorted:
    """Which file is the plan, which the leading-group document (a later review's: the
    self-evaluation report): by content first (document kind, the words of a .docx),
    then by the form's answers (the leading-group document's number in a file name),
    then by the file name."""
    found = _Sorted(form=form)
    documents = [f for f in package.files if f.kind in DOCUMENTS]
    reference = _normal(answers.leading_group_ref) if answers else ""

    def says(file: PackageFile, *words: str) -> bool:
        text = _normal(file.name) + (
            _normal(_docx_text(file)) if file.kind is FileKind.DOCX else ""
        )
        return any(word in text for word in words)

    if review is not CampaignKind.SELECTION:
        found.self_evaluation = self_evaluation_in(documents, says)
        found.attachments = [f for f in package.files if f not in (form, found.self_evaluation)]
        return found
    leading = [
        f for f in documents if says(f, "领导小组") or (reference and reference in _normal(f.name))
    ]
    if leading:
        found.leading_group = leading[0]
    rest = [f for f in documents if f is not found.leading_group]
    plans = [f for f in rest if says(f, "实施方案")] or [f for f in rest if says(f, "方案")]
    if plans:
        found.plan = max(plans, key=lambda f: f.size)
    elif len(rest) == 1:
        found.plan = rest[0]
    found.attachments = [
        f for f in package.files if f not in (found.form, found.plan, found.leading_group)
    ]
    return found


def _answers_json(answers: FormAnswers) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if isinstance(value, date | Decimal):
            return str(value)
        if isinstance(value, tuple):
            return list(value)
        return value

    return {key: plain(value) for key, value in dataclasses.asdict(answers).items()}


def _fingerprint(files: Sequence[tuple[MaterialKind, str]]) -> str:
    joined = "\n".join(sorted(f"{kind.value}:{sha}" for kind, sha in files))
    return hashlib.sha256(joined.encode()).hexdigest()


def _find_applicant(session: Session, name: str) -> Applicant | None:
    wanted = _normal(name)
    for applicant in session.scalars(select(Applicant)):
        if _normal(applicant.name) == wanted:
            return applicant
    return None


def _applicant_named_in(session: Session, label: str) -> Applicant | None:
    """A registered applicant whose name the package's folder or zip name contains."""
    text = _normal(label)
    named = [a for a in session.scalars(select(Applicant)) if _normal(a.name) in text]
    return max(named, key=lambda a: len(a.name)) if named else None


def _title(applicant: str, plan: PackageFile | None) -> str:
    if plan is not None:
        return Path(plan.name).stem
    return f"{applicant}智慧城市试点申报"


@dataclass(frozen=True)
class _Read:
    """A package as read before anything is stored: its files sorted into roles, the
    form's answers (None without a form that reads), and what to say about its files."""

    package: Package
    base: PackageReport
    files: _Sorted
    answers: FormAnswers | None
    form_problems: list[str]
    # Problems in a field a check reads itself, by check: said by that check alone.
    field_problems: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # What the package's files are named against what they hold: not the form's.
    warnings: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """Everything to correct, for the report: the files, the form, each cell."""
        return self.warnings + self.form_problems + self.checked_problems

    @property
    def checked_problems(self) -> list[str]:
        return [message for found in self.field_problems.values() for _code, message in found]


@dataclass(frozen=True)
class _StoredFile:
    file: PackageFile
    kind: MaterialKind
    sha256: str
    size: int


def _import_one(
    store: CampaignStore,
    package: Package,
    replace: bool,
    register_applicants: bool,
    max_file_size: int,
    taken: dict[int, str],
    review: CampaignKind = CampaignKind.SELECTION,
) -> PackageReport:
    base = PackageReport(
        label=package.label,
        source=str(package.source),
        outcome=Outcome.REJECTED,
        skipped=package.skipped,
    )
    refusal = _refused_unread(package, max_file_size)
    if refusal is not None:
        return dataclasses.replace(base, problems=(refusal,))
    warnings = _misnamed(package)
    forms = [f for f in package.files if f.kind is FileKind.XLSX and _is_form(f)]
    if len(forms) > 1:
        problem = translate("Intake", "It holds {count} application forms ({names}); keep one.")
        return dataclasses.replace(
            base,
            problems=(problem.format(count=len(forms), names="、".join(f.name for f in forms)),),
        )
    form = forms[0] if forms else None
    answers, problems = _form_answers(package, form)
    form_problems, field_problems = _split(problems if answers is not None else [], problems)
    sorted_files = _sort_files(package, answers, form if answers else None, review)
    read = _Read(package, base, sorted_files, answers, form_problems, field_problems, warnings)
    return _stored(store, read, replace, register_applicants, taken)


def _split(
    read: list[FormProblem], problems: list[FormProblem]
) -> tuple[list[str], dict[str, list[tuple[str, str]]]]:
    """The form's own problems, and those of a field a check reads itself (`read`: of a
    form whose answers were read), by check, as (code, message): each said only once."""
    by_check: dict[str, list[tuple[str, str]]] = {}
    for found in read:
        if found.field in CHECKED_FIELDS:
            by_check.setdefault(CHECKED_FIELDS[found.field], []).append(
                (found.code, found.message())
            )
    own = [p.message() for p in problems if p not in read or p.field not in CHECKED_FIELDS]
    return own, by_check


def _refused_unread(package: Package, max_file_size: int) -> str | None:
    """Why a package is refused before any of its files is read, or None."""
    if package.problem is not None:
        return package.problem.message()
    if not package.files:
        return translate("Intake", "The package holds no files.")
    oversized = [f for f in package.files if f.size > max_file_size]
    if oversized:
        big = oversized[0]
        return translate(
            "Intake",
            "{file} is {size} MB, more than the {limit} MB a file may have. Ask the applicant "
            "for a smaller copy (compress the scanned pages, or split the plan).",
        ).format(file=big.name, size=big.size >> 20, limit=max_file_size >> 20)
    return None


def _misnamed(package: Package) -> list[str]:
    """A warning for each document whose name says one kind and whose content another."""
    return [
        translate(
            "Intake",
            "{file}: the name says {expected}, but the content is not; "
            "it is kept as an attachment.",
        ).format(file=f.name, expected=expected.value.upper())
        for f in package.files
        if (expected := EXTENSIONS.get(Path(f.name).suffix.lower()))
        and f.kind is not expected
        and expected is not FileKind.XLSX  # a broken workbook is explained below
    ]


def _form_answers(
    package: Package, form: PackageFile | None
) -> tuple[FormAnswers | None, list[FormProblem]]:
    """The form's answers and problems; without a form, why no workbook in the package
    counts as one."""
    if form is not None:
        with form.open() as stream:
            reading = read_form(stream, form.name)
        return reading.answers, list(reading.problems)
    problems: list[FormProblem] = []
    workbooks = [
        f for f in package.files if f.kind is FileKind.XLSX or f.name.lower().endswith(".xlsx")
    ]
    for workbook in workbooks:
        with workbook.open() as stream:
            problems.extend(read_form(stream, workbook.name).problems)
    return None, problems


def _stored(
    store: CampaignStore,
    read: _Read,
    replace: bool,
    register_applicants: bool,
    taken: dict[int, str],
) -> PackageReport:
    """Store the package in one unit of work; what went wrong, if anything, as a report
    of a package that left the campaign as it was."""
    base = read.base
    try:
        with store.writing() as session:
            return _store_package(session, read, replace, register_applicants, taken)
    except _Unchanged as unchanged:
        return unchanged.args[0]
    except _NeedsConfirmation as pending:
        return pending.args[0]
    except PackageRejected as rejected:
        return dataclasses.replace(
            base,
            problems=(*read.warnings, *read.form_problems, rejected.params["problem"]),
            unknown_applicant=rejected.params.get("unknown"),
        )
    except OSError as error:  # a stick pulled out mid-import: nothing of it was stored
        problem = translate(
            "Intake",
            "A file of the package could not be read ({detail}). Check that the disk or USB "
            "stick is connected and import the package again.",
        ).format(detail=system_words(error, reading=True))
        return dataclasses.replace(base, problems=(problem,))
    except ZIP_DAMAGE as error:
        # A member of a zip found damaged only when read whole (its CRC is checked at
        # its end): nothing of the package was stored.
        problem = translate(
            "Intake",
            "A file in the zip is damaged ({detail}). Copy the zip again from the USB "
            "stick, or ask the applicant to re-create it, and import it again.",
        ).format(detail=str(error) or type(error).__name__)
        return dataclasses.replace(base, problems=(problem,))


def _is_form(file: PackageFile) -> bool:
    with file.open() as stream:
        return is_application_form(stream)


def _store_package(
    session: Session,
    read: _Read,
    replace: bool,
    register_applicants: bool,
    taken: dict[int, str],
) -> PackageReport:
    """Store one package, within the caller's unit of work: the applicant, the
    application, its files and checklist, and the audit. Raises to roll back."""
    campaign = session.scalars(select(Campaign)).one()
    later = campaign.kind is not CampaignKind.SELECTION
    if later and read.answers and not _find_applicant(session, read.answers.applicant):
        # Only the carried pilots hand in a later review's package: never registered here.
        raise PackageRejected(
            package=read.package.label,
            problem=not_a_pilot(read.answers.applicant, campaign.kind, campaign.source_title),
        )
    applicant, track_kind, new_applicant = _applicant_of(session, read, register_applicants)
    pilot = _pilot_for(session, read, campaign, applicant)
    track = session.scalars(select(Track).where(Track.kind == track_kind)).one()
    application = _application_taken_in(session, read.package, applicant, track, taken)
    stored = _store_files(session, read.files)
    fingerprint = _fingerprint([(s.kind, s.sha256) for s in stored])
    gates = gates_of(campaign)
    items = checklist.evaluate(
        _facts(read, track_kind, applicant, pilot, campaign.kind),
        campaign.submission_deadline,
        gates,
    )
    status = checklist.status_of(items, gates)
    report = dataclasses.replace(
        read.base,
        applicant=applicant.name,
        track=track_kind,
        status=status,
        checklist=tuple(items),
        problems=tuple(read.problems),
        said_by_checks=tuple(read.checked_problems),
        files=tuple(FileReport(s.file.name, s.kind, s.size, s.sha256) for s in stored),
        new_applicant=new_applicant,
    )
    now = utc_now()
    outcome = Outcome.IMPORTED
    if application is not None:
        report = dataclasses.replace(report, application_id=application.id)
        _replace_package(session, application, report, status, fingerprint, replace, now)
        outcome = Outcome.REPLACED
    else:
        application = Application(track_id=track.id, applicant_id=applicant.id, title="")
        session.add(application)
    application.title = _title(applicant.name, read.files.plan)
    _fill_application(application, read, items, status, now, fingerprint)
    if pilot is not None:
        _as_approved(application, pilot)
    session.flush()
    _add_materials(session, application, stored)
    if outcome is Outcome.IMPORTED:
        audit.record(
            session,
            "application.import",
            entity="application",
            entity_id=application.id,
            new={
                "applicant": applicant.name,
                "track": track_kind.value,
                "status": status.value,
                "files": [s.file.name for s in stored],
                "source": str(read.package.source),
            },
        )
    return dataclasses.replace(report, outcome=outcome, application_id=application.id)


def _applicant_of(
    session: Session, read: _Read, register_applicants: bool
) -> tuple[Applicant, TrackKind, bool]:
    """The applicant and track the package is for, and whether the applicant was
    registered just now: as the form names them, else as the folder or zip name does."""
    answers, package = read.answers, read.package
    if answers is None or not answers.applicant:
        found = _applicant_named_in(session, package.label)
        if found is None:
            raise PackageRejected(
                package=package.label,
                problem=translate(
                    "Intake",
                    "No filled-in application form (申报书) was found and the folder or zip "
                    "name names no registered applicant. Add the application form made from "
                    "Reviewer's template to the package and import it again.",
                ),
            )
        return found, found.kind, False
    applicant = _find_applicant(session, answers.applicant)
    if applicant is not None:
        return applicant, answers.track, False
    if not register_applicants:
        raise PackageRejected(
            package=package.label,
            problem=translate(
                "Intake",
                "The form names “{applicant}”, which is not an applicant of this campaign. "
                "Register it under Applicants (or import with --register-applicants), or "
                "correct the name on the form.",
            ).format(applicant=answers.applicant),
            unknown=answers.applicant.strip(),
        )
    applicant = Applicant(
        code="a-" + hashlib.sha256(_normal(answers.applicant).encode()).hexdigest()[:10],
        kind=answers.track,
        name=answers.applicant.strip(),
    )
    session.add(applicant)
    session.flush()
    resolve_pending_ties(session, applicant)
    return applicant, answers.track, True


def _pilot_for(
    session: Session, read: _Read, campaign: Campaign, applicant: Applicant
) -> Pilot | None:
    """In a later review (acceptance, mid-term): the carried pilot the package is for;
    refused, in words naming it, when the applicant is not one of them or the form is
    another review's. None in a selection."""
    if campaign.kind is CampaignKind.SELECTION:
        if read.answers is not None and read.answers.review is not CampaignKind.SELECTION:
            raise PackageRejected(
                package=read.package.label,
                problem=wrong_form(read.answers.review, campaign.kind),
            )
        return None
    if read.answers is not None and read.answers.review is not campaign.kind:
        raise PackageRejected(
            package=read.package.label, problem=wrong_form(read.answers.review, campaign.kind)
        )
    pilot = pilot_of(session, applicant)
    if pilot is None:
        raise PackageRejected(
            package=read.package.label,
            problem=not_a_pilot(applicant.name, campaign.kind, campaign.source_title),
        )
    return pilot


def _as_approved(application: Application, pilot: Pilot) -> None:
    """A later review's application reads as the plan was approved: its title, domains,
    districts and budget; what the pilot reports stays in the form's answers."""
    application.title = pilot.plan_title
    application.pilot_domains = list(pilot.pilot_domains)
    application.budget_wan = pilot.budget_wan
    if not application.districts:
        application.districts = list(pilot.districts)


def _application_taken_in(
    session: Session,
    package: Package,
    applicant: Applicant,
    track: Track,
    taken: dict[int, str],
) -> Application | None:
    """The application already taken in for this applicant and track, if any; refused
    when this batch already stored another package for it."""
    application = session.scalars(
        select(Application).where(
            Application.applicant_id == applicant.id, Application.track_id == track.id
        )
    ).one_or_none()
    if application is not None and application.id in taken:
        raise PackageRejected(
            package=package.label,
            problem=translate(
                "Intake",
                "This batch holds two packages for {applicant} in this track: {other} and "
                "this one. Keep the right one and import it again.",
            ).format(applicant=applicant.name, other=taken[application.id]),
        )
    return application


def _store_files(session: Session, files: _Sorted) -> list[_StoredFile]:
    """Each file's content stored as a blob: the form, the plan, the leading-group
    document, then the attachments."""
    roles = [
        (files.form, MaterialKind.FORM),
        (files.plan, MaterialKind.PLAN),
        (files.leading_group, MaterialKind.LEADING_GROUP),
    ]
    roles.append((files.self_evaluation, MaterialKind.SELF_EVALUATION))
    roles += [(f, MaterialKind.ATTACHMENT) for f in files.attachments]
    stored: list[_StoredFile] = []
    for file, kind in roles:
        if file is None:
            continue
        sha256, size = store_blob(session, file.open)
        stored.append(_StoredFile(file, kind, sha256, size))
    return stored


def _facts(
    read: _Read,
    track: TrackKind,
    applicant: Applicant,
    pilot: Pilot | None = None,
    review: CampaignKind = CampaignKind.SELECTION,
) -> checklist.PackageFacts:
    """What the call's checklist (of the campaign's kind `review`) is evaluated on."""
    answers, files = read.answers, read.files
    return checklist.PackageFacts(
        track=track,
        applicant_kind=applicant.kind,
        form_found=answers is not None,
        form_problems=read.form_problems,
        plan_file=files.plan.name if files.plan else None,
        leading_group_file=files.leading_group.name if files.leading_group else None,
        districts=answers.districts if answers else (),
        open_data_plan=answers.open_data_plan if answers else "",
        secure_controllable=answers.secure_controllable if answers else None,
        submitted_on=answers.submitted_on if answers else None,
        field_problems=read.field_problems,
        review=review,
        self_evaluation_file=files.self_evaluation.name if files.self_evaluation else None,
        built=answers.built if answers else "",
        invested_wan=answers.invested_wan if answers else None,
        planned_wan=pilot.budget_wan if pilot else None,
    )


def _replace_package(
    session: Session,
    application: Application,
    report: PackageReport,
    status: ApplicationStatus,
    fingerprint: str,
    replace: bool,
    now: datetime,
) -> None:
    """Supersede the application's earlier files by these, with the audit of it; raises
    when the package is the same as before, or replacing it needs the user's yes."""
    if application.package_fingerprint == fingerprint:
        raise _Unchanged(
            dataclasses.replace(report, outcome=Outcome.UNCHANGED, status=application.status)
        )
    if not replace:
        raise _NeedsConfirmation(dataclasses.replace(report, outcome=Outcome.NEEDS_CONFIRMATION))
    old_files = [m.file_name for m in application.materials]
    for material in application.materials:
        session.get_one(Material, material.id).superseded_at = now
    audit.record(
        session,
        "application.replace",
        entity="application",
        entity_id=application.id,
        old={
            "fingerprint": application.package_fingerprint,
            "files": old_files,
            "status": application.status.value,
        },
        new={
            "fingerprint": fingerprint,
            "files": [f.name for f in report.files],
            "status": status.value,
        },
    )


def _fill_application(
    application: Application,
    read: _Read,
    items: list[dict[str, Any]],
    status: ApplicationStatus,
    now: datetime,
    fingerprint: str,
) -> None:
    """The application as this package says: the form's answers, the checklist and the
    status it gives, where the package came from."""
    answers = read.answers
    if answers is not None:
        application.pilot_domains = list(answers.pilot_domains)
        application.districts = list(answers.districts)
        application.budget_wan = int(answers.budget_wan) if answers.budget_wan is not None else None
        application.funding = answers.funding
        application.submitted_on = answers.submitted_on
        application.form_answers = _answers_json(answers)
    application.checklist = items
    application.status = status
    application.status_reasons = checklist.reasons(items)
    application.status_override_reason = ""
    application.received_at = now
    application.package_source = str(read.package.source)
    application.package_fingerprint = fingerprint


def _add_materials(session: Session, application: Application, stored: list[_StoredFile]) -> None:
    """A material row for each stored file, under the application."""
    for s in stored:
        media = MEDIA_TYPES.get(s.file.kind) or mimetypes.guess_type(s.file.name)[0]
        session.add(
            Material(
                application_id=application.id,
                kind=s.kind,
                file_name=s.file.name,
                media_type=media or "application/octet-stream",
                size=s.size,
                sha256=s.sha256,
            )
        )


def import_packages(
    store: CampaignStore,
    paths: Sequence[Path],
    *,
    replace: bool = False,
    register_applicants: bool = False,
    max_file_size: int = MAX_FILE_BYTES,
) -> Generator[Progress, None, list[PackageReport]]:
    """Import the packages found under `paths`; a job whose result is one report each.

    Args:
        replace: replace an application's earlier package by a different one.
        register_applicants: register an applicant the campaign does not know yet, as
            the form names it, instead of refusing its package.
        max_file_size: refuse a package holding a larger file.
    """
    reports: list[PackageReport] = []
    packages: list[Package] = []
    for path in paths:
        try:
            found = find_packages([Path(path)])
        except PackageUnreadable as unreadable:
            found, problem = [], unreadable.message()
        else:
            problem = translate("Intake", "No application package was found in {path}.").format(
                path=path
            )
        if not found:
            reports.append(
                PackageReport(
                    label=Path(path).name,
                    source=str(path),
                    outcome=Outcome.REJECTED,
                    problems=(problem,),
                )
            )
        packages.extend(found)
    total = len(packages)
    with store.reading() as session:
        review = session.scalars(select(Campaign.kind)).one()
    taken: dict[int, str] = {}  # applications this batch stored, with the package's label
    for done, package in enumerate(packages):
        yield Progress(
            done, total, translate("Intake", "Checking {package}").format(package=package.label)
        )
        report = _import_one(
            store, package, replace, register_applicants, max_file_size, taken, review
        )
        if report.application_id is not None and report.outcome in (
            Outcome.IMPORTED,
            Outcome.REPLACED,
        ):
            taken[report.application_id] = report.label
        reports.append(report)
    yield Progress(total, total, translate("Intake", "Done"))
    return reports


def override_status(
    store: CampaignStore, application_id: int, status: ApplicationStatus, reason: str
) -> None:
    """The secretariat sets an application's status itself; the reason is required and
    recorded in the checklist and the audit log."""
    if not reason.strip():
        raise ReasonRequired()
    with store.writing() as session:
        application = session.get_one(Application, application_id)
        old = application.status
        actor = audit.current_actor()
        application.status = status
        application.status_override_reason = reason.strip()
        note = checklist.item(
            "override", True, status=status.value, actor=actor, reason=reason.strip()
        )
        application.status_reasons = [*checklist.reasons(application.checklist), note]
        audit.record(
            session,
            "application.status",
            entity="application",
            entity_id=application_id,
            old={"status": old.value},
            new={"status": status.value},
            reason=reason.strip(),
            actor=actor,
        )


class ReasonRequired(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Intake", "Give a reason: every change of status is recorded with why."
    )
