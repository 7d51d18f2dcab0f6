"""A reviewed demo campaign to archive: a returned score file taken in, the results
locked, the documents written; made once per module (the report takes seconds)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from reviewer.documents.report import write_report
from reviewer.results.reconcile import lock_results
from reviewer.scoring.returns.importing import ScoreOutcome, import_score_file
from reviewer.store.storage import open_campaign
from tests.reviewer.scoring.returns.test_importing import _file, _scored_kit


@dataclass(frozen=True)
class Reviewed:
    campaign: Path
    documents: Path
    returned: Path  # the score file E07 handed in


@pytest.fixture(scope="module")
def reviewed(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Reviewed:
    folder = tmp_path_factory.mktemp("reviewed")
    campaign = folder / "demo.review"
    shutil.copyfile(demo_master, campaign)
    kit = _scored_kit(campaign, folder, "E07")
    returned = _file(kit, folder, "E07-1.json")
    with open_campaign(campaign) as store:
        assert import_score_file(store, returned).outcome is ScoreOutcome.IMPORTED
        lock_results(store, "专家组会议审定", override_reason="组长同意")
        write_report(store, folder / "documents", formats=("pdf",))
    return Reviewed(campaign, folder / "documents", returned)
