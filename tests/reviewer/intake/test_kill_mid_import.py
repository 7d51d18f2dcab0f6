"""A power cut while packages are imported: each package is in whole or not at all, and
every package reported as imported is there."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Applicant, Application, AuditEvent, Material
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.demo.campaign import write_packages
from reviewer.intake.importing import import_packages
from reviewer.store.storage import CampaignStore, open_campaign
from tests.kill import READY, RUNS, integrity, kill_at_random, needs_sigkill

# The child imports the demo's packages one by one and prints each package's folder after
# its commit; then it goes over them again (nothing left to change) until killed.
IMPORTER = """
    from pathlib import Path
    from reviewer.intake.importing import Outcome, import_packages
    from reviewer.store.storage import open_campaign
    store = open_campaign(Path({campaign!r}))
    packages = sorted(Path({packages!r}).iterdir())
    print({ready!r}, flush=True)
    while True:
        for package in packages:
            job = import_packages(store, [package], register_applicants=True)
            try:
                while True:
                    next(job)
            except StopIteration as finished:
                if finished.value[0].outcome is Outcome.IMPORTED:
                    print(package.name, flush=True)
"""


def _import(store: CampaignStore, package: Path) -> None:
    job = import_packages(store, [package], register_applicants=True)
    for _progress in job:
        pass


def _contents(store: CampaignStore) -> dict[str, tuple[int, int]]:
    """Per applicant: the application's current materials and its import events."""
    with store.reading() as session:
        rows = session.execute(select(Application.id, Applicant.name).join(Applicant)).all()
        found = {}
        for application_id, name in rows:
            materials = session.scalar(
                select(func.count(Material.id)).where(
                    Material.application_id == application_id, Material.superseded_at.is_(None)
                )
            )
            events = session.scalar(
                select(func.count(AuditEvent.id)).where(
                    AuditEvent.action == "application.import",
                    AuditEvent.entity_id == str(application_id),
                )
            )
            found[name] = (materials or 0, events or 0)
        return found


@pytest.fixture(scope="module")
def intake_master(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:
    """An empty campaign, the demo's packages, and what importing them all gives."""
    folder = tmp_path_factory.mktemp("intake")
    packages = folder / "packages"
    packages.mkdir()
    for _progress in write_packages(packages):
        pass
    settings = CampaignSettings(title="测试评审", submission_deadline=date(2014, 7, 20))
    empty = folder / "empty.review"
    new_campaign(empty, settings).close()
    reference = folder / "reference.review"
    shutil.copyfile(empty, reference)
    with open_campaign(reference) as store:
        for package in sorted(packages.iterdir()):
            _import(store, package)
        whole = _contents(store)
    assert len(whole) == 17 and all(events == 1 for _m, events in whole.values())
    return empty, packages, whole


@needs_sigkill
@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_mid_import_leaves_whole_packages_only(
    intake_master: tuple[Path, Path, dict], tmp_path: Path, run: int
) -> None:
    empty, packages, whole = intake_master
    campaign = tmp_path / "c.review"
    shutil.copyfile(empty, campaign)
    script = IMPORTER.format(campaign=str(campaign), packages=str(packages), ready=READY)
    killed = kill_at_random(script, run=run, window=0.9)
    with open_campaign(campaign) as store:
        assert integrity(store) == "ok", killed
        found = _contents(store)
    assert set(killed.lines) <= set(found), killed  # every reported package is there
    assert len(set(found) - set(killed.lines)) <= 1, killed  # and the one under way
    for name, contents in found.items():
        assert contents == whole[name], (killed, name)  # each one whole, with its event
