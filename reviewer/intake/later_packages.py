"""What intake does differently for a later review's packages (acceptance 验收,
mid-term evaluation 中期评估): only the pilots the selection approved hand one in, the
form must be this review's form, and the package's main document is the pilot's
self-evaluation report (自评价报告), which the checklist looks for instead of a plan.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Applicant, Pilot
from models.enums import CampaignKind
from reviewer.i18n import translate
from reviewer.intake.package_files import PackageFile
from reviewer.labels import label

# Words a self-evaluation report's name or text holds (自评价报告, 自评报告, 自查报告), and
# the 试点工作总结 the approval letter asks for before the period ends (documents/approval.py).
SELF_EVALUATION_WORDS = ("自评价", "自评", "自查", "工作总结")


def pilot_of(session: Session, applicant: Applicant) -> Pilot | None:
    """The carried pilot `applicant` is, if it is one."""
    return session.scalars(select(Pilot).where(Pilot.applicant_id == applicant.id)).one_or_none()


def not_a_pilot(name: str, kind: CampaignKind, source_title: str) -> str:
    """Why a package of `name`, who is not one of the carried pilots, is refused."""
    return translate(
        "Intake",
        "“{applicant}” is not one of the pilots this {review} reviews (the pilots {source} "
        "approved). Correct the name on the form, or import the package into the campaign "
        "it belongs to.",
    ).format(applicant=name, review=label(kind), source=source_title or "—")


def wrong_form(found: CampaignKind, kind: CampaignKind) -> str:
    """Why a form made for another review is refused."""
    return translate(
        "Intake",
        "The form is the {found} form, but this campaign is a {review}. Ask for the form "
        "of this review (Save the Form Template, or reviewer template) and import it again.",
    ).format(found=label(found), review=label(kind))


def self_evaluation_in(documents: list[PackageFile], says: object) -> PackageFile | None:
    """The self-evaluation report among `documents`: the largest whose name or text
    says so; never a document that does not (evidence is not a report). `says(file,
    *words)` reads a file's words."""
    assert callable(says)
    named = [f for f in documents if says(f, *SELF_EVALUATION_WORDS)]
    return max(named, key=lambda f: f.size) if named else None
