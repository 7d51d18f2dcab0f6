"""The demo campaign holds what the issue promises, and every score is one a rubric allows."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import select

from models import (
    Applicant,
    Application,
    ConflictDeclaration,
    Criterion,
    Expert,
    Material,
    Score,
)
from reviewer.campaign import overview
from reviewer.demo.campaign import write_demo
from reviewer.progress import Progress
from reviewer.store.storage import open_campaign
from reviewer.vocabulary import ApplicationStatus, MaterialKind, TrackKind

CITIES = [
    "西安市",
    "铜川市",
    "宝鸡市",
    "咸阳市",
    "渭南市",
    "延安市",
    "汉中市",
    "榆林市",
    "安康市",
    "商洛市",
    "杨凌示范区",
    "韩城市",
]


def test_the_demo_has_the_calls_applicants_experts_and_a_partial_round(demo_file: Path) -> None:
    with open_campaign(demo_file, read_only=True) as store:
        info = overview.info(store)
        with store.reading() as session:
            cities = session.scalars(
                select(Applicant.name)
                .where(Applicant.kind == TrackKind.CITY)
                .order_by(Applicant.id)
            ).all()
            experts = [
                (e.is_leader, len(e.ties))
                for e in session.scalars(select(Expert).where(Expert.is_reserve.is_(False)))
            ]
            reserves = session.scalars(select(Expert.code).where(Expert.is_reserve)).all()
            conflicts = session.scalars(select(ConflictDeclaration)).all()
            statuses = Counter(session.scalars(select(Application.status)))
    assert cities == CITIES
    assert info["tracks"] == {
        "city": {
            "name": "市级智慧城市区域试点",
            "applications": 12,
            "by_status": {
                "received": 0,
                "complete": 10,
                "incomplete": 1,
                "late": 1,
                "ineligible": 0,
            },
        },
        "department": {
            "name": "省级部门智慧城市业务应用试点",
            "applications": 5,
            "by_status": {
                "received": 0,
                "complete": 5,
                "incomplete": 0,
                "late": 0,
                "ineligible": 0,
            },
        },
    }
    assert len(experts) == 7 and sum(leader for leader, _ties in experts) == 1
    assert reserves == ["E08"]  # on the list, assigned to nothing (panel/rules proposes it)
    assert sum(ties for _leader, ties in experts) == 1 and len(conflicts) == 1
    assert statuses[ApplicationStatus.LATE] == 1
    scoring = info["scoring"]
    assert isinstance(scoring, dict)
    assert 0 < scoring["assignments_done"] < scoring["assignments"]


def test_demo_scores_lie_on_each_criterions_step_and_range(demo_file: Path) -> None:
    with open_campaign(demo_file, read_only=True) as store, store.reading() as session:
        rows = session.execute(select(Score, Criterion).join(Criterion)).all()
        conflicted = {
            (c.expert_id, c.application_id) for c in session.scalars(select(ConflictDeclaration))
        }
    assert len(rows) > 500
    for score, criterion in rows:
        assert 0 <= score.value <= criterion.max_points
        assert score.value % criterion.step == 0
        assert (score.expert_id, score.application_id) not in conflicted


def test_every_package_has_its_materials_and_cities_their_leading_group_document(
    demo_file: Path,
) -> None:
    with open_campaign(demo_file, read_only=True) as store, store.reading() as session:
        kinds: dict[int, set[MaterialKind]] = {}
        for application_id, kind in session.execute(select(Material.application_id, Material.kind)):
            kinds.setdefault(application_id, set()).add(kind)
        tracks = dict(session.execute(select(Application.id, Application.track_id)).all())
    assert len(kinds) == 17
    for application_id, found in kinds.items():
        assert {MaterialKind.FORM, MaterialKind.PLAN} <= found
        if tracks[application_id] == 1:
            assert MaterialKind.LEADING_GROUP in found


def test_the_demo_is_reproducible_to_the_byte_of_its_materials(
    demo_file: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.review"
    reports = list(write_demo(again))
    assert all(isinstance(r, Progress) for r in reports)
    assert reports[-1].done == reports[-1].total
    hashes = []
    for path in (demo_file, again):
        with open_campaign(path, read_only=True) as store, store.reading() as session:
            hashes.append(sorted(session.scalars(select(Material.sha256))))
    assert hashes[0] == hashes[1]


def test_stopping_the_demo_job_early_writes_nothing(tmp_path: Path) -> None:
    job = write_demo(tmp_path / "demo.review")
    next(job)
    next(job)
    job.close()
    assert list(tmp_path.iterdir()) == []
