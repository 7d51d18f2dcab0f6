"""A scored rubric is locked; a change makes a new version, and the secretariat decides
what the scores already given mean for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from models import AuditEvent, Score
from reviewer.campaign import overview
from reviewer.rubrics import catalog
from reviewer.rubrics.catalog import definition_of
from reviewer.rubrics.versions import (
    ExistingScores,
    ExistingScoresUndecided,
    plan_rubric_change,
    replace_rubric,
)
from reviewer.scoring.expert_scoring import (
    accept_commitment,
    confirm_conflicts,
    kit_state,
    save_score,
    scoring_form,
)
from reviewer.scoring.kits import export_kit
from reviewer.scoring.returns.checks import ScoreFileRejected, verify_score_file
from reviewer.scoring.score_files import write_score_file
from reviewer.store.storage import CampaignStore, open_campaign


def _city(store: CampaignStore) -> dict[str, Any]:
    return definition_of(catalog.current_rubrics(store)[0])


def _rescaled(definition: dict[str, Any]) -> dict[str, Any]:
    """C1.1's bands moved (优 5.5–7, 良 5–5): its scale changes, the total does not."""
    bands = definition["conditions"][0]["criteria"][0]["bands"]
    assert (bands[0]["min"], bands[1]["min"], bands[1]["max"]) == ("6", "5", "5.5")
    bands[0]["min"], bands[1]["max"] = "5.5", "5"
    return definition


def _scores(store: CampaignStore) -> int:
    with store.reading() as session:
        return int(session.scalar(select(func.count(Score.id))))


def test_a_change_to_a_scored_rubric_waits_for_a_decision(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        assert catalog.current_rubrics(store)[0].locked  # the demo's city scores use it
        plan = plan_rubric_change(store, _rescaled(_city(store)))
        assert plan.needs_decision and plan.current_version == 1 and plan.next_version == 2
        assert plan.unchanged_criteria == 16  # every criterion but C1.1
        with pytest.raises(ExistingScoresUndecided) as undecided:
            replace_rubric(store, _rescaled(_city(store)))
        assert f"{plan.scores} scores from {plan.experts} experts" in str(undecided.value)
        assert catalog.current_rubrics(store)[0].version == 1


def test_scoring_again_keeps_the_old_scores_with_the_old_version(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        before = overview.overview(store).progress
        scores = _scores(store)
        assert replace_rubric(store, _rescaled(_city(store)), ExistingScores.SCORE_AGAIN) == 2
        views = catalog.current_rubrics(store)
        after = overview.overview(store).progress
        assert _scores(store) == scores  # nothing given is lost
    assert views[0].version == 2 and not views[0].locked
    assert views[1].version == 1  # the department track is untouched
    assert after.done < before.done and after.total == before.total


def test_carrying_over_moves_the_scores_of_unchanged_criteria(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        plan = plan_rubric_change(store, _rescaled(_city(store)))
        scores = _scores(store)
        replace_rubric(store, _rescaled(_city(store)), ExistingScores.CARRY_OVER)
        assert _scores(store) == scores + plan.carried_scores
        new = catalog.current_rubrics(store)[0]
        assert new.version == 2 and new.locked  # the scores carried over use it
        with store.reading() as session:
            on_new = {
                code: session.scalar(select(func.count(Score.id)).where(Score.criterion_id == k.id))
                for code, k in ((k.code, k) for k in new.criteria)
            }
            entry = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "rubric.replace")
            ).one()
    assert on_new["C1.1"] == 0 and all(on_new[k] for k in on_new if k != "C1.1")
    assert sum(on_new.values()) == plan.carried_scores
    assert entry.new["carried_scores"] == plan.carried_scores
    assert entry.new["existing_scores"] == "carry-over"


def test_a_wording_change_carries_every_score(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        changed = _city(store)
        changed["conditions"][0]["criteria"][0]["bands"][0]["descriptor"] = "新的优档描述"
        changed["conditions"][0]["criteria"][0]["name"] = "市委、市政府重视程度"
        before = overview.overview(store).progress
        replace_rubric(store, changed, ExistingScores.CARRY_OVER)
        after = overview.overview(store).progress
        city = catalog.current_rubrics(store)[0]
    assert city.criteria[0].bands[0].descriptor == "新的优档描述"
    assert (after.done, after.total) == (before.done, before.total)


def test_a_score_file_from_the_old_version_is_refused(demo_file: Path, tmp_path: Path) -> None:
    kit_path = tmp_path / "E06.review"
    with open_campaign(demo_file) as store:
        export_kit(store, "E06", kit_path)
    with open_campaign(kit_path) as kit:
        confirm_conflicts(kit, {})
        accept_commitment(kit)
        for assignment in kit_state(kit).assignments:
            for entry in scoring_form(kit, assignment.application_id).entries:
                if entry.value is None:
                    step = entry.criterion.step
                    save_score(kit, assignment.application_id, entry.criterion.id, step)
                elif entry.value in (0, entry.criterion.max_points) and not entry.comment:
                    save_score(
                        kit, assignment.application_id, entry.criterion.id, entry.value, "因"
                    )
        data = write_score_file(kit).data
    assert json.loads(data)["rubrics"]["city"] == 1
    with open_campaign(demo_file) as store:
        replace_rubric(store, _rescaled(_city(store)), ExistingScores.CARRY_OVER)
        with pytest.raises(ScoreFileRejected) as refused:
            verify_score_file(store, data, "E06.json")
    assert "version 1 of the rubric" in str(refused.value)
    assert "new kit" in str(refused.value)
