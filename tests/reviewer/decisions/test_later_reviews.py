"""Acceptance and mid-term campaigns made from a locked, decided selection: exactly the
approved pilots, the reference to the selection, the refusals in words."""

from __future__ import annotations

import shutil
from datetime import date, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from models import Applicant, AuditEvent, Campaign, Expert, Pilot, ResultLock, Rubric
from models.enums import CampaignKind, DecisionOutcome, TrackKind
from reviewer.decisions.later_reviews import (
    DecisionsNotCommitted,
    NotASelection,
    SelectionNotLocked,
    default_rubric,
    new_later_review,
)
from reviewer.decisions.outcomes import decision_sheet, stage
from reviewer.rubrics.checks import check_definition
from reviewer.store.storage import CampaignFileExists, open_campaign
from tests.later_review import lock_and_decide

CHINA = timezone(timedelta(hours=8))
ACCEPTANCE, MIDTERM = CampaignKind.ACCEPTANCE, CampaignKind.MIDTERM


@pytest.fixture(scope="module")
def decided(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The demo locked and decided, once for the module; tests copy it."""
    path = tmp_path_factory.mktemp("decided") / "selection.review"
    shutil.copyfile(demo_master, path)
    return path, lock_and_decide(path)


@pytest.fixture
def selection(decided: tuple[Path, list[str]], tmp_path: Path) -> Path:
    path = tmp_path / "selection.review"
    shutil.copyfile(decided[0], path)
    return path


def test_the_acceptance_campaign_holds_exactly_the_approved_pilots(
    selection: Path, decided: tuple[Path, list[str]], tmp_path: Path
) -> None:
    target = tmp_path / "acceptance.review"
    with open_campaign(selection, read_only=True) as source:
        with source.reading() as session:
            lock = session.scalars(select(ResultLock)).one()
            uid = session.scalars(select(Campaign.uid)).one()
            experts = sorted(session.scalars(select(Expert.code)))
        store = new_later_review(
            target, source, ACCEPTANCE, "2015年智慧城市试点验收", date(2015, 8, 1)
        )
    with store, store.reading() as session:
        campaign = session.scalars(select(Campaign)).one()
        assert campaign.kind is ACCEPTANCE
        assert (campaign.source_uid, campaign.source_fingerprint) == (uid, lock.fingerprint)
        assert campaign.source_title and campaign.submission_deadline == date(2015, 8, 1)
        pilots = session.scalars(select(Pilot)).all()
        names = sorted(session.get_one(Applicant, p.applicant_id).name for p in pilots)
        assert names == decided[1] and len(names) >= 2
        assert sorted(session.scalars(select(Applicant.name))) == names
        first = min(pilots, key=lambda p: (p.track_id, p.selection_rank or 0))
        assert first.selection_rank == 1 and first.plan_title and first.approval_number == ""
        assert first.approval_date == lock.locked_at.astimezone(CHINA).date()
        assert (first.period_months, first.period_start) == (12, first.approval_date)
        assert first.period_end.year == first.period_start.year + 1
        assert sorted(session.scalars(select(Expert.code))) == experts
        titles = {r.title for r in session.scalars(select(Rubric))}
        assert titles == {"智慧城市试点验收评分细则（默认）"}
        events = [e.action for e in session.scalars(select(AuditEvent))]
        assert "campaign.later_review" in events


@pytest.mark.parametrize("track", list(TrackKind))
def test_the_default_rubrics_are_valid_and_the_midterm_has_its_own_title(track: TrackKind) -> None:
    definition = default_rubric(track, MIDTERM)
    check_definition(definition)
    assert definition["title"] == "智慧城市试点中期评估评分细则（默认）"
    districts = any(g["name"] == "2个区县应用落地" for g in definition["gates"])
    assert districts is (track is TrackKind.CITY)


def test_an_unlocked_selection_is_refused_in_words(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "acceptance.review"
    with (
        open_campaign(demo_file, read_only=True) as source,
        pytest.raises(SelectionNotLocked) as refused,
    ):
        new_later_review(target, source, ACCEPTANCE, "验收", None)
    assert "not locked" in refused.value.message()
    assert not target.exists()


def test_a_selection_with_decisions_to_commit_is_refused(selection: Path, tmp_path: Path) -> None:
    with open_campaign(selection) as store:
        line = next(iter(decision_sheet(store).lines()))
        stage(store, line.line.application_id, DecisionOutcome.DEFER, "待补充材料")
    with (
        open_campaign(selection, read_only=True) as source,
        pytest.raises(DecisionsNotCommitted) as refused,
    ):
        new_later_review(tmp_path / "a.review", source, ACCEPTANCE, "验收", None)
    assert "1 decision to commit" in refused.value.message()


def test_an_existing_target_is_never_overwritten_and_a_review_is_no_selection(
    selection: Path, tmp_path: Path
) -> None:
    target = tmp_path / "acceptance.review"
    target.write_bytes(b"mine")
    with open_campaign(selection, read_only=True) as source, pytest.raises(CampaignFileExists):
        new_later_review(target, source, ACCEPTANCE, "验收", None)
    assert target.read_bytes() == b"mine"
    other = tmp_path / "midterm.review"
    with open_campaign(selection, read_only=True) as source:
        new_later_review(other, source, MIDTERM, "中期评估", None).close()
    with open_campaign(other, read_only=True) as later, pytest.raises(NotASelection):
        new_later_review(tmp_path / "again.review", later, ACCEPTANCE, "验收", None)


def test_the_pilots_are_read_in_rank_order_and_their_letter_is_recorded(
    selection: Path, tmp_path: Path
) -> None:
    from reviewer.decisions.later_reviews import pilots_in, record_approval_letter
    from reviewer.store.audit_export import audit_rows
    from reviewer.store.audit_words import describe

    with open_campaign(selection, read_only=True) as source:
        store = new_later_review(tmp_path / "a.review", source, ACCEPTANCE, "验收", None)
    with store:
        pilots = pilots_in(store)
        city = [p for p in pilots if p.track is TrackKind.CITY]
        assert [p.selection_rank for p in city] == [1, 2, 3]
        assert all(p.application_id is None and p.approval_number == "" for p in pilots)
        recorded = record_approval_letter(
            store, city[0].pilot_id, "陕工信发〔2014〕231号", date(2014, 9, 1)
        )
        assert recorded.approval_number == "陕工信发〔2014〕231号"
        assert (recorded.period_start, recorded.period_end) == (date(2014, 9, 1), date(2015, 9, 1))
        words = [describe(row) for row in audit_rows(store)]
    assert any("陕工信发〔2014〕231号" in line for line in words)


def test_an_experts_kit_is_refused_in_words(demo_file: Path, tmp_path: Path) -> None:
    from reviewer.decisions.later_reviews import SelectionIsAKit
    from reviewer.scoring.kits import export_kit

    kit = tmp_path / "E06.review"
    with open_campaign(demo_file) as store:
        export_kit(store, "E06", kit)
    with (
        open_campaign(kit, read_only=True) as source,
        pytest.raises(SelectionIsAKit) as refused,
    ):
        new_later_review(tmp_path / "a.review", source, ACCEPTANCE, "验收", None)
    assert "scoring kit" in refused.value.message()


def test_the_overview_counts_the_pilots_still_to_hand_in_their_package(
    selection: Path, tmp_path: Path
) -> None:
    """Before any package arrives every carried pilot is waiting, and the overview says so
    (a selection has no pilots, and says nothing of them)."""
    from reviewer.campaign.overview import info, overview

    with open_campaign(selection, read_only=True) as source:
        store = new_later_review(
            tmp_path / "acceptance.review", source, ACCEPTANCE, "验收", date(2015, 8, 1)
        )
        assert overview(source).pilots == 0
    with store:
        figures = info(store)
        standing = overview(store)
    assert figures["pilots"] == figures["pilots_waiting"] == standing.pilots > 0
    assert any(str(standing.pilots) in line and "package" in line for line in standing.attention)
