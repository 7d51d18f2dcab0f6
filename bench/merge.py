"""Merging a large panel: 500 signed score files, 1,000,000 scores (10,000 applications x
5 experts x 20 criteria), imported and reconciled.

Baseline, in the same run: inserting the same 1,000,000 rows into a SQLite file with a
bare `sqlite3` executemany in one transaction. The measured part runs in a child process
(`reviewer` code only: the batch import the app and `reviewer scores` run, with its
automatic backup, then `merge_results`) so its peak
memory is its own.
"""

from __future__ import annotations

import json
import random
import secrets
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from reviewer.rubrics.catalog import RubricView
    from reviewer.store.storage import CampaignStore

APPLICATIONS, EXPERTS, PER_APPLICATION, CRITERIA = 10_000, 500, 5, 20
QUICK = {"applications": 1_000, "experts": 50}

CHILD = """
import json, resource, sys, time
from pathlib import Path
from reviewer.results.merge import merge_results
from reviewer.scoring.returns.importing import import_score_files
from reviewer.store.storage import open_campaign
campaign, folder = Path(sys.argv[1]), Path(sys.argv[2])
files = sorted(folder.glob("*.json"))
start = time.perf_counter()
with open_campaign(campaign) as store:
    reports = import_score_files(store, files)
    imported = time.perf_counter()
    results = merge_results(store)
done = time.perf_counter()
bad = [r.message for r in reports if r.outcome.value != "imported"]
print(json.dumps({
    "seconds": done - start, "import_s": imported - start, "merge_s": done - imported,
    "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "rejected": bad[:3], "applications": len(results.applications),
}))
"""


def _rubric(criteria: int) -> dict[str, Any]:
    points = 100 // criteria
    return {
        "track": "city",
        "title": "bench",
        "total_points": str(points * criteria),
        "gates": [],
        "conditions": [
            {
                "code": f"C{c + 1}",
                "name": f"条件{c + 1}",
                "criteria": [
                    {"code": f"C{c + 1}.{k + 1}", "name": "指标", "max_points": str(points)}
                    for k in range(criteria // 4)
                ],
            }
            for c in range(4)
        ],
    }


@dataclass(frozen=True)
class _Panel:
    """What the score files are made from: the campaign's uid, the applications' and
    experts' ids, each expert's assigned applications (indexes into `applications`) and
    each expert's kit."""

    uid: str
    applications: list[int]
    experts: list[int]
    assigned: dict[int, list[int]]
    kits: list[dict[str, Any]]


def build(work: Path, applications: int, experts: int) -> tuple[Path, Path, list[tuple]]:
    """A campaign with the panel assigned and kits issued, and the experts' signed score
    files; also the rows the baseline inserts."""
    from reviewer.campaign.setup import CampaignSettings, new_campaign
    from reviewer.rubrics.catalog import current_rubrics
    from reviewer.rubrics.versions import replace_rubric

    campaign = work / "bench.review"
    store = new_campaign(campaign, CampaignSettings("bench", submission_deadline=date(2014, 7, 20)))
    replace_rubric(store, _rubric(CRITERIA))
    city = current_rubrics(store)[0]
    panel = _panel(store, applications, experts)
    store.close()
    files = work / "returned"
    files.mkdir()
    baseline_rows = _score_files(files, panel, city)
    per_expert = applications * PER_APPLICATION // experts
    assert per_expert * experts == len(baseline_rows) // CRITERIA
    return campaign, files, baseline_rows


def _panel(store: CampaignStore, applications: int, experts: int) -> _Panel:
    """The applications, the experts, PER_APPLICATION experts assigned to each
    application, and a kit per expert: inserted in bulk, in one unit of work."""
    from sqlalchemy import insert, select

    from models import Campaign, Kit

    with store.writing() as session:
        uid = session.scalars(select(Campaign.uid)).one()
        app_ids = _applications(session, applications)
        expert_ids, assigned = _assignments(session, experts, app_ids)
        kits = [
            {
                "uid": str(uuid.uuid4()),
                "expert_id": expert_ids[e],
                "round_number": 1,
                "secret": secrets.token_hex(32),
                "last_sequence": 0,
            }
            for e in range(experts)
        ]
        session.execute(insert(Kit), kits)
    return _Panel(uid, app_ids, expert_ids, assigned, kits)


def _applications(session: Session, applications: int) -> list[int]:
    """An applicant and a complete city application for each; their ids in order."""
    from sqlalchemy import insert, select

    from models import Applicant, Application, Track
    from models.enums import ApplicationStatus, TrackKind

    track = session.scalars(select(Track.id).where(Track.kind == TrackKind.CITY)).one()
    session.execute(
        insert(Applicant),
        [
            {"code": f"a{a}", "kind": TrackKind.CITY, "name": f"申报{a}"}
            for a in range(applications)
        ],
    )
    ids = dict(session.execute(select(Applicant.code, Applicant.id)).all())
    session.execute(
        insert(Application),
        [
            {
                "track_id": track,
                "applicant_id": ids[f"a{a}"],
                "title": "方案",
                "status": ApplicationStatus.COMPLETE,
            }
            for a in range(applications)
        ],
    )
    return [row[0] for row in session.execute(select(Application.id).order_by(Application.id))]


def _assignments(
    session: Session, experts: int, app_ids: list[int]
) -> tuple[list[int], dict[int, list[int]]]:
    """The experts, in groups of PER_APPLICATION that share their applications; the
    experts' ids and each one's applications (indexes into `app_ids`)."""
    from sqlalchemy import insert, select

    from models import Assignment, Expert

    session.execute(
        insert(Expert), [{"code": f"E{e:03d}", "name": f"专家{e}"} for e in range(experts)]
    )
    expert_ids = [row[0] for row in session.execute(select(Expert.id).order_by(Expert.id))]
    groups = experts // PER_APPLICATION
    assigned: dict[int, list[int]] = {e: [] for e in range(experts)}
    for a in range(len(app_ids)):
        for j in range(PER_APPLICATION):
            assigned[(a % groups) * PER_APPLICATION + j].append(a)
    session.execute(
        insert(Assignment),
        [
            {"expert_id": expert_ids[e], "application_id": app_ids[a]}
            for e, apps in assigned.items()
            for a in apps
        ],
    )
    return expert_ids, assigned


def _score_files(files: Path, panel: _Panel, city: RubricView) -> list[tuple]:
    """Each expert's signed score file, random points on every criterion of every
    assigned application; the same scores as rows for the baseline."""
    from reviewer.scoring.score_file_format import FORMAT, VERSION, sign

    rng = random.Random(20141128)
    baseline_rows = []
    for e, kit in enumerate(panel.kits):
        scores = []
        for a in panel.assigned[e]:
            for criterion in city.criteria:
                value = rng.randrange(0, int(criterion.max_points * 2) + 1) / 2
                scores.append(
                    {
                        "application_id": panel.applications[a],
                        "applicant": f"申报{a}",
                        "criterion_id": criterion.id,
                        "criterion": criterion.code,
                        "value": f"{value:g}",
                        "comment": "理由" if value in (0, 5) else "",
                    }
                )
                baseline_rows.append(
                    (
                        panel.experts[e],
                        panel.applications[a],
                        criterion.id,
                        1,
                        f"{value:g}",
                        "",
                        "2014",
                    )
                )
        payload = {
            "format": FORMAT,
            "version": VERSION,
            "campaign": panel.uid,
            "kit": kit["uid"],
            "expert": f"E{e:03d}",
            "round": 1,
            "rubrics": {"city": city.version, "department": 1},
            "sequence": 1,
            "created_at": "2014-08-01T09:00:00+08:00",
            "conflicts": [],
            "scores": scores,
        }
        signed = {**payload, "signature": sign(kit["secret"], payload)}
        (files / f"E{e:03d}.json").write_text(json.dumps(signed, ensure_ascii=False))
    return baseline_rows


def baseline(work: Path, rows: list[tuple]) -> float:
    """Seconds for a bare sqlite3 executemany of the same rows, one transaction."""
    path = work / "baseline.sqlite"
    start = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE score (id INTEGER PRIMARY KEY, expert_id INT, application_id INT, "
        "criterion_id INT, round_id INT, value TEXT, comment TEXT, entered_at TEXT, "
        "UNIQUE (expert_id, application_id, criterion_id, round_id))"
    )
    with db:
        db.executemany(
            "INSERT INTO score (expert_id, application_id, criterion_id, round_id, value, "
            "comment, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    db.close()
    return time.perf_counter() - start


def run(applications: int = APPLICATIONS, experts: int = EXPERTS) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="reviewer-bench-merge-") as folder:
        work = Path(folder)
        campaign, files, rows = build(work, applications, experts)
        base = baseline(work, rows)
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(campaign), str(files)],
            check=True,
            capture_output=True,
            text=True,
        )
        figures = json.loads(child.stdout)
    if figures["rejected"] or figures["applications"] != applications:
        raise RuntimeError(f"the merge did not take every file: {figures}")
    maxrss = figures["maxrss"]
    peak_mb = maxrss / (1 << 20) if sys.platform == "darwin" else maxrss / 1024
    return {
        "scores": len(rows),
        "files": experts,
        "baseline_s": base,
        "measured_s": figures["seconds"],
        "import_s": figures["import_s"],
        "merge_s": figures["merge_s"],
        "ratio": figures["seconds"] / base,
        "peak_mb": peak_mb,
    }
