"""Registering and editing applicants and experts: unique names, one panel leader, audited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from models import AuditEvent, Expert
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.intake.applicants import (
    ApplicantInvalid,
    ApplicantRow,
    list_applicants,
    save_applicant,
)
from reviewer.panel.expert_rows import list_experts
from reviewer.panel.experts import (
    ExpertDraft,
    ExpertInvalid,
    TieDraft,
    expert_draft,
    save_expert,
)
from reviewer.store.storage import CampaignStore
from reviewer.vocabulary import TieRelation, TrackKind


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CampaignStore]:
    opened = new_campaign(tmp_path / "c.review", CampaignSettings("t"))
    yield opened
    opened.close()


def _events(store: CampaignStore, action: str) -> list[AuditEvent]:
    with store.reading() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_applicants_are_added_edited_and_audited(store: CampaignStore) -> None:
    xian = save_applicant(
        store, ApplicantRow(None, "", TrackKind.CITY, " 西安市 ", region="西安市")
    )
    assert xian.id is not None and xian.code.startswith("a-") and xian.name == "西安市"
    save_applicant(
        store, ApplicantRow(xian.id, xian.code, TrackKind.CITY, "西安市", contact="王建国")
    )
    (row,) = list_applicants(store)
    assert (row.name, row.contact, row.applications) == ("西安市", "王建国", 0)
    assert len(_events(store, "applicant.add")) == 1
    (update,) = _events(store, "applicant.update")
    assert update.old["contact"] == "" and update.new["contact"] == "王建国"
    save_applicant(store, row)  # nothing changed, nothing recorded
    assert len(_events(store, "applicant.update")) == 1


@pytest.mark.parametrize("name", ["", "西安市", "西 安 市", "西安市"])
def test_an_applicant_name_is_unique_and_required(store: CampaignStore, name: str) -> None:
    save_applicant(store, ApplicantRow(None, "xian", TrackKind.CITY, "西安市"))
    with pytest.raises(ApplicantInvalid):
        save_applicant(store, ApplicantRow(None, "other", TrackKind.CITY, name))
    assert len(list_applicants(store)) == 1


def test_experts_with_ties_and_a_single_leader(store: CampaignStore) -> None:
    baoji = save_applicant(store, ApplicantRow(None, "baoji", TrackKind.CITY, "宝鸡市"))
    assert baoji.id is not None
    first = save_expert(store, ExpertDraft(None, "E01", "张维民", "西安交通大学", is_leader=True))
    second = save_expert(
        store,
        ExpertDraft(
            None,
            "E02",
            "李秋萍",
            is_leader=True,
            ties=(TieDraft(baoji.id, TieRelation.EMPLOYMENT, "兼任顾问"),),
        ),
    )
    rows = {r.code: r for r in list_experts(store)}
    assert not rows["E01"].is_leader and rows["E02"].is_leader
    assert rows["E02"].ties == ("宝鸡市: Works or worked for it",)
    draft = expert_draft(store, second)
    assert draft.ties == (TieDraft(baoji.id, TieRelation.EMPLOYMENT, "兼任顾问"),)
    save_expert(store, ExpertDraft(second, "E02", "李秋萍", ties=()))
    assert list_experts(store)[1].ties == ()
    (update,) = _events(store, "expert.update")
    assert update.old["ties"] and update.new["ties"] == []
    with pytest.raises(ExpertInvalid):
        save_expert(store, ExpertDraft(None, "E01", "重号专家"))
    with store.reading() as session:
        assert len(session.scalars(select(Expert)).all()) == 2
    assert first != second
