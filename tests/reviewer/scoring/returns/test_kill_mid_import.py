"""A power cut while returned score files are imported: an expert's file is in whole or
not at all, and every file reported as imported is there."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import AuditEvent, Expert, Score
from reviewer.scoring.expert_scoring import kit_state, save_score, scoring_form
from reviewer.scoring.returns.importing import import_score_files
from reviewer.store.storage import CampaignStore, open_campaign
from tests.kill import READY, RUNS, integrity, kill_at_random, needs_sigkill
from tests.reviewer.scoring.returns.test_importing import _file, _scored_kit

EXPERTS = ("E05", "E06", "E07")
ROUNDS = 4  # score files per expert, each a little different from the one before
# The child imports the files in turn, each as a batch of its own (so each is backed up
# before), printing the file's number after its commit; then it goes over them again
# (each now refused as older) until killed.
IMPORTER = """
    from pathlib import Path
    from reviewer.scoring.returns.importing import ScoreOutcome, import_score_files
    from reviewer.store.storage import open_campaign
    store = open_campaign(Path({campaign!r}))
    files = {files!r}
    print({ready!r}, flush=True)
    while True:
        for number, name in enumerate(files, start=1):
            (report,) = import_score_files(store, [Path(name)])
            if report.outcome is ScoreOutcome.IMPORTED:
                print(number, flush=True)
"""
State = dict[str, tuple[int, str, int]]


def _state(store: CampaignStore) -> State:
    """Per expert: how many scores, their sum, and the score files imported."""
    with store.reading() as session:
        found = {}
        for expert_id, code in session.execute(select(Expert.id, Expert.code)):
            count, total = session.execute(
                select(func.count(Score.id), func.sum(Score.value)).where(
                    Score.expert_id == expert_id
                )
            ).one()
            events = session.scalar(
                select(func.count(AuditEvent.id)).where(
                    AuditEvent.action == "scores.import", AuditEvent.entity_id == code
                )
            )
            found[code] = (count or 0, str(total), events or 0)
        return found


def _rescore(kit_path: Path, turn: int) -> None:
    """Change one value of the kit, so that its next score file differs."""
    with open_campaign(kit_path) as kit:
        assignment = kit_state(kit).assignments[0]
        entry = next(
            e
            for e in scoring_form(kit, assignment.application_id).entries
            if not e.criterion.is_veto
        )
        value = entry.criterion.step * (1 + turn % 2)
        save_score(kit, assignment.application_id, entry.criterion.id, value, f"第{turn}轮")


@pytest.fixture(scope="module")
def returned(
    demo_master: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[str], list[State]]:
    """The demo, ROUNDS score files from each of three experts in the order they are
    imported, and the campaign's state after importing none, one, two... of them."""
    folder = tmp_path_factory.mktemp("returned")
    campaign = folder / "demo.review"
    shutil.copyfile(demo_master, campaign)
    kits = {code: _scored_kit(campaign, folder, code) for code in EXPERTS}
    files = []
    for turn in range(ROUNDS):
        for code, kit in kits.items():
            _rescore(kit, turn)
            files.append(str(_file(kit, folder, f"{code}-{turn}.json")))
    reference = folder / "reference.review"
    shutil.copyfile(campaign, reference)
    with open_campaign(reference) as store:
        states = [_state(store)]
        for name in files:
            import_score_files(store, [Path(name)])
            states.append(_state(store))
    assert len({json.dumps(state, sort_keys=True) for state in states}) == len(files) + 1
    return campaign, files, states


@needs_sigkill
@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_mid_score_import_leaves_whole_files_only(
    returned: tuple[Path, list[str], list[State]], tmp_path: Path, run: int
) -> None:
    master, files, states = returned
    campaign = tmp_path / "demo.review"
    shutil.copyfile(master, campaign)
    script = IMPORTER.format(campaign=str(campaign), files=files, ready=READY)
    killed = kill_at_random(script, run=run, window=0.5)
    with open_campaign(campaign) as store:
        assert integrity(store) == "ok", killed
        found = _state(store)
    last = int(killed.lines[-1]) if killed.lines else 0
    assert killed.lines == [str(n) for n in range(1, last + 1)], killed
    # Every file reported is in, whole; the one under way is in whole or not at all.
    assert found in states[last : last + 2], (killed, found)
