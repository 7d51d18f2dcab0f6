"""A power cut while the documents are written: no cut-off document under a real name,
and the campaign unharmed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from reviewer.documents.report import write_report
from reviewer.store.storage import open_campaign
from tests.kill import READY, RUNS, integrity, kill_at_random, needs_sigkill
from tests.reviewer.documents.test_documents import _decide

# The child writes every document into the same folder over and over, printing after
# each whole report.
REPORTER = """
    from pathlib import Path
    from reviewer.documents.report import write_report
    from reviewer.store.storage import open_campaign
    store = open_campaign(Path({campaign!r}))
    print({ready!r}, flush=True)
    number = 0
    while True:
        number += 1
        write_report(store, Path({out!r}), force=True)
        print("report", number, flush=True)
"""


@pytest.fixture(scope="module")
def decided_report(
    demo_master: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str]]:
    """The decided demo, and the digest of each document its report holds."""
    folder = tmp_path_factory.mktemp("decided")
    campaign = folder / "demo.review"
    shutil.copyfile(demo_master, campaign)
    _decide(campaign)
    with open_campaign(campaign) as store:
        report = write_report(store, folder / "reference")
    return campaign, {d.name: d.sha256 for d in report.documents}


@needs_sigkill
@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_mid_report_leaves_only_whole_documents(
    decided_report: tuple[Path, dict[str, str]], tmp_path: Path, run: int
) -> None:
    master, digests = decided_report
    campaign, out = tmp_path / "demo.review", tmp_path / "documents"
    shutil.copyfile(master, campaign)
    script = REPORTER.format(campaign=str(campaign), out=str(out), ready=READY)
    killed = kill_at_random(script, run=run, window=6.0)
    with open_campaign(campaign) as store:
        assert integrity(store) == "ok", killed
    written = {p.name: p for p in out.iterdir()} if out.exists() else {}
    documents = {name: path for name, path in written.items() if not name.startswith(".")}
    assert set(documents) <= set(digests), killed
    if killed.lines:  # a whole report was written: every document is there
        assert set(documents) == set(digests), killed
    for name, path in documents.items():  # each one whole: the same bytes as the reference
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digests[name], (killed, name)
    assert all(name.startswith(".partial-") for name in set(written) - set(documents))
