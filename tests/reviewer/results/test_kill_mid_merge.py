"""A power cut while merging, and while the merge's automatic backup is written: the
campaign keeps every note saved, and every backup listed is a whole campaign."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.results.reconcile import notes
from reviewer.store.backups import backups_folder, list_backups
from reviewer.store.storage import open_campaign
from tests.kill import READY, RUNS, file_integrity, integrity, kill_at_random, needs_sigkill

# The child adds a discussion note (a change, so the next merge backs up) and merges,
# over and over, printing "note N" after each note's commit and "merged N" after each
# merge with its backup.
MERGER = """
    from pathlib import Path
    from reviewer.results.reconcile import add_note
    from reviewer.results.merge import merge_results
    from reviewer.store.storage import open_campaign
    store = open_campaign(Path({campaign!r}))
    application = merge_results(store).applications[0].application_id
    print({ready!r}, flush=True)
    number = 0
    while True:
        number += 1
        add_note(store, application, f"note {{number}}")
        print("note", number, flush=True)
        merge_results(store)
        print("merged", number, flush=True)
"""


def _notes(path: Path) -> list[str]:
    with open_campaign(path, read_only=True) as store:
        return [note.text for note in notes(store)]


@needs_sigkill
@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_mid_merge_keeps_the_notes_and_whole_backups(demo_file: Path, run: int) -> None:
    killed = kill_at_random(
        MERGER.format(campaign=str(demo_file), ready=READY), run=run, window=3.0
    )
    saved = [f"note {line.split()[1]}" for line in killed.lines if line.startswith("note")]
    merged = sum(line.startswith("merged") for line in killed.lines)
    with open_campaign(demo_file) as store:
        assert integrity(store) == "ok", killed
        kept = [note.text for note in notes(store)]
    assert kept[: len(saved)] == saved and len(kept) <= len(saved) + 1, killed
    backups = list_backups(demo_file)
    # One backup before the first note, then one per merge after a note (the newest ten).
    assert len(backups) >= min(merged + 1, 10), killed
    for backup in backups:
        assert file_integrity(backup.path) == "ok", (killed, backup.name)
        in_backup = _notes(backup.path)
        assert in_backup == [f"note {n}" for n in range(1, len(in_backup) + 1)], killed
    # Anything else in the folder is the marker or a copy cut off by the kill, hidden
    # under a temporary name and never listed.
    others = {p.name for p in backups_folder(demo_file).iterdir()} - {b.name for b in backups}
    assert all(name == ".latest.json" or name.startswith(".partial-") for name in others)
