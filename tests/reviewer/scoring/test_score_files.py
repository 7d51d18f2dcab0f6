"""Score files: written from a kit, signed, and refused when tampered with."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text

from models import Applicant, Application, Assignment, Expert, Kit, Score
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.scoring.expert_scoring import (
    accept_commitment,
    confirm_conflicts,
    kit_state,
    save_score,
    scoring_form,
)
from reviewer.scoring.kits import export_kit
from reviewer.scoring.returns.checks import ScoreFileRejected, verify_score_file
from reviewer.scoring.returns.importing import ScoreOutcome, import_score_file
from reviewer.scoring.score_file_format import sign
from reviewer.scoring.score_files import ScoringIncomplete, write_score_file
from reviewer.store.storage import CampaignStore, open_campaign


def _comment_extremes(kit: CampaignStore) -> None:
    """Give every veto vote and extreme score the comment the expert would be asked for."""
    for assignment in kit_state(kit).assignments:
        for entry in scoring_form(kit, assignment.application_id).entries:
            extreme = entry.value in (Decimal(0), entry.criterion.max_points)
            if entry.value is not None and extreme and not entry.comment:
                save_score(kit, assignment.application_id, entry.criterion.id, entry.value, "理由")


@pytest.fixture
def issued(demo_file: Path, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """The demo campaign and the kit of E06 (tied to 宝鸡市, half way through)."""
    kit_path = tmp_path / "E06.review"
    with open_campaign(demo_file) as store:
        export_kit(store, "E06", kit_path)
    yield demo_file, kit_path


def _finish(kit: CampaignStore) -> None:
    if not kit_state(kit).conflicts_confirmed:
        confirm_conflicts(kit, {})
        accept_commitment(kit)
    for assignment in kit_state(kit).assignments:
        for entry in scoring_form(kit, assignment.application_id).entries:
            if entry.value is None:
                save_score(kit, assignment.application_id, entry.criterion.id, entry.criterion.step)
    _comment_extremes(kit)


def test_a_finished_kit_writes_a_file_the_campaign_accepts(issued: tuple[Path, Path]) -> None:
    campaign, kit_path = issued
    with open_campaign(kit_path) as kit:
        with pytest.raises(ScoringIncomplete) as incomplete:
            write_score_file(kit)
        assert "conflict-of-interest check" in incomplete.value.message()
        confirm_conflicts(kit, {})
        accept_commitment(kit)
        with pytest.raises(ScoringIncomplete) as incomplete:
            write_score_file(kit)
        assert "(0/17)" in incomplete.value.message()
        _finish(kit)
        first = write_score_file(kit)
        second = write_score_file(kit)
    assert (first.sequence, second.sequence) == (1, 2)
    with open_campaign(campaign) as store:
        verified = verify_score_file(store, second.data, "E06.json")
    assert verified.sequence == 2
    assert len(verified.columns) == 9 * 17 + 5 * 15  # 9 cities x 17 criteria, 5 departments x 15


@pytest.fixture
def signed(issued: tuple[Path, Path]) -> tuple[Path, dict[str, object], str]:
    campaign, kit_path = issued
    with open_campaign(kit_path) as kit:
        _finish(kit)
        data = write_score_file(kit).data
        with kit.reading() as session:
            secret = session.scalars(select(Kit.secret)).one()
    return campaign, json.loads(data), secret


def _refused(campaign: Path, payload: dict[str, object], file_name: str = "E06.json") -> str:
    with open_campaign(campaign) as store, pytest.raises(ScoreFileRejected) as refused:
        verify_score_file(store, json.dumps(payload, ensure_ascii=False).encode(), file_name)
    return refused.value.message()


def test_a_changed_value_breaks_the_signature(signed: tuple[Path, dict[str, object], str]) -> None:
    campaign, payload, _secret = signed
    scores = payload["scores"]
    assert isinstance(scores, list)
    scores[0]["value"] = "0.5" if scores[0]["value"] != "0.5" else "1"
    assert "altered after the expert signed it" in _refused(campaign, payload)


def test_a_flipped_byte_is_refused(signed: tuple[Path, dict[str, object], str]) -> None:
    campaign, payload, _secret = signed
    raw = bytearray(json.dumps(payload, ensure_ascii=False).encode())
    raw[len(raw) // 2] ^= 0x01
    with open_campaign(campaign) as store, pytest.raises(ScoreFileRejected) as refused:
        verify_score_file(store, bytes(raw), "E06.json")
    assert "E06.json is refused" in refused.value.message()


def test_a_file_presented_as_another_experts(signed: tuple[Path, dict[str, object], str]) -> None:
    campaign, payload, _secret = signed
    payload["expert"] = "E01"
    assert "presented as E01's" in _refused(campaign, payload)


def test_an_older_file_is_refused_once_a_newer_one_is_in(
    signed: tuple[Path, dict[str, object], str],
) -> None:
    campaign, payload, _secret = signed
    with open_campaign(campaign) as store, store.writing() as session:
        session.scalars(select(Kit)).one().last_sequence = int(str(payload["sequence"]))
    assert "older than (or the same as)" in _refused(campaign, payload)


def test_a_file_from_another_campaign(
    signed: tuple[Path, dict[str, object], str], tmp_path: Path
) -> None:
    _campaign, payload, _secret = signed
    other = tmp_path / "other.review"
    settings = CampaignSettings("另一评审", submission_deadline=date(2014, 7, 20))
    new_campaign(other, settings).close()
    assert "comes from another campaign" in _refused(other, payload)


def test_a_conflicted_application_added_by_hand_is_refused_even_when_re_signed(
    signed: tuple[Path, dict[str, object], str],
) -> None:
    """The expert holds the kit's secret, so a hand-edited file can be re-signed; the
    campaign's own record of the conflict still refuses it."""
    campaign, payload, secret = signed
    with open_campaign(campaign, read_only=True) as store, store.reading() as session:
        baoji = session.scalars(
            select(Application).join(Applicant).where(Applicant.name == "宝鸡市")
        ).one()
    scores = payload["scores"]
    assert isinstance(scores, list)
    scores.append(
        {
            "application_id": baoji.id,
            "applicant": "宝鸡市",
            "criterion_id": scores[0]["criterion_id"],
            "criterion": scores[0]["criterion"],
            "value": "5",
            "comment": "",
        }
    )
    payload.pop("signature")
    payload["signature"] = sign(secret, payload)
    assert "scores 宝鸡市, from which the expert is recused" in _refused(campaign, payload)


def test_not_a_score_file(issued: tuple[Path, Path]) -> None:
    campaign, _kit = issued
    with open_campaign(campaign) as store, pytest.raises(ScoreFileRejected) as refused:
        verify_score_file(store, b"\x89PNG not json", "photo.png")
    assert refused.value.message() == "photo.png is refused: it is not a Reviewer score file."


def _re_signed(payload: dict[str, object], secret: str) -> dict[str, object]:
    payload.pop("signature")
    payload["signature"] = sign(secret, payload)
    return payload


def _unassigned(campaign: Path) -> int:
    """An application E06 is neither assigned to nor recused from."""
    with open_campaign(campaign, read_only=True) as store, store.reading() as session:
        e06 = session.scalars(select(Expert.id).where(Expert.code == "E06")).one()
        taken = select(Assignment.application_id).where(Assignment.expert_id == e06)
        return (
            session.scalars(
                select(Application.id)
                .join(Applicant)
                .where(Application.id.not_in(taken), Applicant.name != "宝鸡市")
                .order_by(Application.id)
            ).first()
            or 0
        )


@pytest.mark.parametrize("value", ["0.3", "-1", "99", "NaN", "one", True, None])
def test_a_value_the_rubric_does_not_allow_is_refused_even_when_re_signed(
    signed: tuple[Path, dict[str, object], str], value: object
) -> None:
    campaign, payload, secret = signed
    scores = payload["scores"]
    assert isinstance(scores, list)
    scores[3]["value"] = value
    message = _refused(campaign, _re_signed(payload, secret))
    entry = scores[3]
    if isinstance(value, bool) or value is None:  # not a number at all: the file's shape
        assert "its field “scores” is missing or not what Reviewer writes there" in message
    else:
        assert f"its score for {entry['applicant']} {entry['criterion']} is not one" in message


def test_an_application_not_assigned_is_refused_and_the_first_problem_is_named(
    signed: tuple[Path, dict[str, object], str],
) -> None:
    campaign, payload, secret = signed
    scores = payload["scores"]
    assert isinstance(scores, list)
    stranger = _unassigned(campaign)
    assert stranger
    scores.append({**scores[0], "application_id": stranger, "applicant": "某市"})
    assert "scores 某市, which is not assigned to the expert" in _refused(
        campaign, _re_signed(payload, secret)
    )
    scores[1]["value"] = "0.25"  # an earlier problem is the one named
    assert f"its score for {scores[1]['applicant']} {scores[1]['criterion']}" in _refused(
        campaign, _re_signed(payload, secret)
    )


def test_values_written_another_way_are_the_same_points(
    signed: tuple[Path, dict[str, object], str], tmp_path: Path
) -> None:
    """ "1.50", "1.5" and the JSON number 1.5 are one value: the file is checked and
    stored by what the figures mean, not how they are spelt."""
    campaign, payload, secret = signed
    scores = payload["scores"]
    assert isinstance(scores, list)
    for entry, value in zip(scores[:3], ["1.50", 1.5, 1], strict=True):
        entry["value"] = value
    path = tmp_path / "E06.json"
    path.write_text(json.dumps(_re_signed(payload, secret), ensure_ascii=False))
    with open_campaign(campaign) as store:
        report = import_score_file(store, path)
        with store.reading() as session:
            stored = {
                (s.application_id, s.criterion_id): s.value
                for s in session.scalars(select(Score).join(Expert).where(Expert.code == "E06"))
            }
            # Stored as the ORM stores a time (microseconds always written), so it sorts.
            times = session.scalars(text("SELECT DISTINCT entered_at FROM score")).all()
    assert report.outcome is ScoreOutcome.IMPORTED
    first = [stored[(e["application_id"], e["criterion_id"])] for e in scores[:3]]
    assert first == [Decimal("1.5"), Decimal("1.5"), Decimal(1)]
    assert len(stored) == len(scores)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", t) for t in times)
