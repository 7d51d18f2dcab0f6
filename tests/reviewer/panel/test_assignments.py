"""Assigning the panel: every expert or k per application, never across a conflict."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from models import Applicant, Application, Assignment, ConflictDeclaration, Expert, Score
from reviewer.panel.assignments import PanelTooSmall, ReasonMissing, assign_panel, declare_conflict
from reviewer.store.storage import open_campaign
from reviewer.vocabulary import ConflictSource


def _pairs(path: Path) -> set[tuple[str, str]]:
    with open_campaign(path, read_only=True) as store, store.reading() as session:
        rows = session.execute(
            select(Expert.code, Applicant.name)
            .select_from(Assignment)
            .join(Expert, Expert.id == Assignment.expert_id)
            .join(Application, Application.id == Assignment.application_id)
            .join(Applicant, Applicant.id == Application.applicant_id)
        ).all()
    return {(code, name) for code, name in rows}


def test_everyone_scores_everything_but_their_conflicts(demo_file: Path) -> None:
    before = _pairs(demo_file)
    with open_campaign(demo_file) as store:
        summary = assign_panel(store)
    assert summary.applications == 15 and summary.conflicts == 1
    assert summary.assignments == 15 * 7 - 1
    assert _pairs(demo_file) == before  # the demo was already assigned this way
    assert ("E06", "宝鸡市") not in before


def test_k_per_application_spreads_the_load_and_respects_conflicts(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        with store.writing() as session:
            session.execute(delete(Score))
        summary = assign_panel(store, per_application=5)
    pairs = _pairs(demo_file)
    per_application = Counter(name for _code, name in pairs)
    assert set(per_application.values()) == {5} and len(per_application) == 15
    loads = summary.per_expert.values()
    assert max(loads) - min(loads) <= 1 and sum(loads) == 75
    assert ("E06", "宝鸡市") not in pairs


def test_reassigning_keeps_every_assignment_that_has_scores(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        with store.reading() as session:
            scored = set(
                session.execute(select(Score.expert_id, Score.application_id).distinct()).all()
            )
        summary = assign_panel(store, per_application=3)
        with store.reading() as session:
            kept = set(
                session.execute(select(Assignment.expert_id, Assignment.application_id)).all()
            )
    assert scored <= kept
    assert summary.kept_with_scores == len(scored)


def test_too_small_a_panel_is_refused_and_nothing_changes(demo_file: Path) -> None:
    before = _pairs(demo_file)
    with open_campaign(demo_file) as store, pytest.raises(PanelTooSmall) as refused:
        assign_panel(store, per_application=7)  # 宝鸡市 has only 6 experts without a tie
    assert "宝鸡市" in refused.value.message()
    assert _pairs(demo_file) == before


def test_an_expert_declares_a_conflict(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        with store.reading() as session:
            expert = session.scalars(select(Expert).where(Expert.code == "E07")).one()
            application = session.scalars(
                select(Application).join(Applicant).where(Applicant.name == "西安市")
            ).one()
        with pytest.raises(ReasonMissing):
            declare_conflict(store, expert.id, application.id, " ")
        declare_conflict(store, expert.id, application.id, "曾参与该市方案编制")
        with store.reading() as session:
            declared = session.scalars(
                select(ConflictDeclaration).where(ConflictDeclaration.expert_id == expert.id)
            ).one()
        assert declared.source is ConflictSource.DECLARED
        assign_panel(store)  # reassigning never puts the expert back
    assert ("E07", "西安市") not in _pairs(demo_file)
