"""A kit holds one expert's part of the campaign and nothing of anyone else's."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import (
    Applicant,
    Application,
    AuditEvent,
    Campaign,
    Expert,
    Kit,
    Material,
    Score,
)
from reviewer.errors import CampaignFileExists
from reviewer.scoring.kits import NothingAssigned, UnknownExpert, export_kit
from reviewer.store.storage import open_campaign
from reviewer.vocabulary import CampaignRole


def test_a_kit_is_a_campaign_file_with_only_that_experts_part(
    demo_campaign: Path | str, tmp_path: Path
) -> None:
    kit_path = tmp_path / "E06.review"
    with open_campaign(demo_campaign) as store:
        summary = export_kit(store, "E06", kit_path)
        with store.reading() as session:
            issued = session.scalars(select(Kit)).one()
            others = session.scalars(select(Expert.name).where(Expert.code != "E06")).all()
            assert session.scalars(select(AuditEvent).where(AuditEvent.action == "kit.issue")).one()
    assert summary.applications == 14  # 15 complete applications but 宝鸡市, a conflict
    assert (issued.uid, issued.round_number) == (summary.uid, 1)
    with open_campaign(kit_path, read_only=True) as kit, kit.reading() as session:
        assert session.scalars(select(Campaign.role)).one() is CampaignRole.KIT
        assert session.scalars(select(Expert.code)).all() == ["E06"]
        (own,) = session.scalars(select(Kit)).all()
        assert (own.uid, own.secret) == (issued.uid, issued.secret)
        assert session.scalar(select(func.count(Application.id))) == 14
        assert "宝鸡市" not in session.scalars(select(Applicant.name)).all()
        assert set(session.scalars(select(Score.expert_id))) <= {own.expert_id}
        assert session.scalar(select(func.count(Score.id))) > 0  # E06's own work goes along
        assert session.scalar(select(func.count(AuditEvent.id))) == 0
        plans = session.scalar(select(func.count(Material.id)))
        assert plans == 9 * 3 + 5 * 2  # nine cities with 3 files, five departments with 2
    raw = kit_path.read_bytes()
    for name in others:  # VACUUM leaves no trace of other experts in the file's pages
        assert name.encode() not in raw


def test_kits_are_refused_for_unknown_or_unassigned_experts_and_never_overwrite(
    demo_campaign: Path | str, tmp_path: Path
) -> None:
    with open_campaign(demo_campaign) as store:
        with pytest.raises(UnknownExpert):
            export_kit(store, "E99", tmp_path / "x.review")
        with pytest.raises(NothingAssigned):  # the demo's reserve, on no panel
            export_kit(store, "E08", tmp_path / "x.review")
        (tmp_path / "E01.review").write_text("keep me")
        with pytest.raises(CampaignFileExists):
            export_kit(store, "E01", tmp_path / "E01.review")
        with store.reading() as session:
            assert session.scalar(select(func.count(Kit.id))) == 0
    assert (tmp_path / "E01.review").read_text() == "keep me"
    leftover = {p.name for p in tmp_path.iterdir()} - {"demo.review"}
    assert leftover == {"E01.review"}
