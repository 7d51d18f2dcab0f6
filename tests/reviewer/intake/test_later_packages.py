"""A later review's packages: taken in like applications with the acceptance checklist,
only from the carried pilots, only on this review's form."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from models import Application, Material
from models.enums import CampaignKind, MaterialKind, TrackKind
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.decisions.later_reviews import new_later_review
from reviewer.intake.application_form import form_template, read_form
from reviewer.intake.gates import gate_settings
from reviewer.intake.importing import Outcome
from reviewer.store.storage import CampaignStore, open_campaign
from reviewer.vocabulary import ApplicationStatus
from tests.later_review import acceptance_answers, acceptance_package, lock_and_decide
from tests.reviewer.intake.test_importing import answers, package, run


@pytest.fixture(scope="module")
def acceptance_master(
    demo_master: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[str]]:
    """An acceptance campaign made from the decided demo, once for the module."""
    folder = tmp_path_factory.mktemp("acceptance")
    selection = folder / "selection.review"
    shutil.copyfile(demo_master, selection)
    approved = lock_and_decide(selection)
    with open_campaign(selection, read_only=True) as source:
        new_later_review(
            folder / "acceptance.review", source, CampaignKind.ACCEPTANCE, "试点验收", None
        ).close()
    return folder / "acceptance.review", approved


@pytest.fixture
def store(acceptance_master: tuple[Path, list[str]], tmp_path: Path) -> Iterator[CampaignStore]:
    path = tmp_path / "acceptance.review"
    shutil.copyfile(acceptance_master[0], path)
    with open_campaign(path) as opened:
        yield opened


def test_a_pilots_package_is_taken_in_with_the_acceptance_checklist(
    store: CampaignStore, tmp_path: Path
) -> None:
    (report,) = run(store, acceptance_package(tmp_path / "西安市", acceptance_answers("西安市")))
    assert report.outcome is Outcome.IMPORTED, report.notes
    assert report.status is ApplicationStatus.COMPLETE
    codes = [item["code"] for item in report.checklist]
    assert codes == [
        "track",
        "form",
        "form_valid",
        "self_evaluation",
        "built",
        "investment",
        "districts",
        "open_data_delivered",
        "secure",
    ]
    investment = next(i for i in report.checklist if i["code"] == "investment")
    with store.reading() as session:
        application = session.scalars(select(Application)).one()
        kinds = {m.kind for m in session.scalars(select(Material))}
        assert application.title  # the approved plan's title, not the file's name
        assert investment["planned"] == str(application.budget_wan)
    assert investment["invested"] == "2800"
    assert MaterialKind.SELF_EVALUATION in kinds


def test_without_a_report_it_is_incomplete_and_no_open_data_makes_it_ineligible(
    store: CampaignStore, tmp_path: Path
) -> None:
    missing = acceptance_package(tmp_path / "a", acceptance_answers("西安市"), report=False)
    closed = acceptance_package(tmp_path / "b", acceptance_answers("榆林市", open_data_plan="无"))
    first, second = run(store, missing, closed)
    assert first.status is ApplicationStatus.INCOMPLETE
    assert first.reasons == ["Incomplete: The self-evaluation report (自评价报告) is missing."]
    assert second.status is ApplicationStatus.INELIGIBLE
    assert "no open data delivered" in second.reasons[0]


def test_a_package_of_no_carried_pilot_is_refused_naming_it(
    store: CampaignStore, tmp_path: Path
) -> None:
    (report,) = run(store, acceptance_package(tmp_path / "x", acceptance_answers("铜川市")))
    assert report.outcome is Outcome.REJECTED and report.unknown_applicant is None
    assert "“铜川市” is not one of the pilots this Acceptance review reviews" in report.problems[-1]


def test_a_selection_form_is_refused_in_an_acceptance_and_the_other_way(
    store: CampaignStore, tmp_path: Path
) -> None:
    (report,) = run(store, package(tmp_path / "s", answers("西安市")))
    assert report.outcome is Outcome.REJECTED
    assert "The form is the Selection form" in report.problems[-1]
    with new_campaign(tmp_path / "selection.review", CampaignSettings(title="遴选")) as selection:
        (report,) = run(selection, acceptance_package(tmp_path / "a", acceptance_answers("西安市")))
    assert report.outcome is Outcome.REJECTED
    assert "The form is the Acceptance review form" in report.problems[-1]


def test_the_acceptance_form_reads_back_and_the_midterm_has_its_own_words(
    tmp_path: Path,
) -> None:
    path = tmp_path / "form.xlsx"
    path.write_bytes(form_template(TrackKind.DEPARTMENT, CampaignKind.MIDTERM))
    with path.open("rb") as stream:
        reading = read_form(stream, path.name)
    assert reading.answers is not None and reading.answers.review is CampaignKind.MIDTERM
    assert form_template(TrackKind.CITY) != form_template(TrackKind.CITY, CampaignKind.ACCEPTANCE)


def test_the_gates_of_an_acceptance_are_its_own(store: CampaignStore) -> None:
    settings = {s.code: s.gate for s in gate_settings(store)}
    assert settings == {
        "track": True,
        "districts": True,
        "open_data_delivered": True,
        "secure": True,
        "form": False,
        "self_evaluation": False,
    }
