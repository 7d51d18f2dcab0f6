"""Fuzzing the readers of files people hand in: hypothesis profiles and the valid inputs
every fuzzer mutates, built once per session.

Two profiles. "ci" (the default) is small, derandomized and writes nothing: the same
examples every run, so CI is reproducible and the whole set stays well under a minute on
two cores. "long" (`REVIEWER_FUZZ=long`) is for thorough local runs: many more examples,
random seeds, and failures remembered between runs. Hypothesis keeps its files (the
example database, caches) in the system's temporary folder, never in the repository.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.database import DirectoryBasedExampleDatabase

from tests.fuzz.mutations import Seed

if TYPE_CHECKING:
    from reviewer.store.storage import CampaignStore

HOME = Path(tempfile.gettempdir()) / "reviewer-hypothesis"
set_hypothesis_home_dir(HOME)

_SHARED = {
    # Reading a workbook or opening a campaign takes tens of milliseconds; no deadline.
    "deadline": None,
    # The autouse fixtures (settings in a temporary folder) are the same for every
    # example; the campaigns fuzzed are session fixtures copied where a target writes.
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
    "print_blob": True,
}
settings.register_profile("ci", max_examples=30, derandomize=True, database=None, **_SHARED)  # type: ignore[arg-type]
settings.register_profile(
    "long",
    max_examples=2000,
    database=DirectoryBasedExampleDatabase(HOME / "examples"),
    **_SHARED,  # type: ignore[arg-type]
)
settings.load_profile(os.environ.get("REVIEWER_FUZZ", "ci"))


def share(fraction: float) -> settings:
    """A costly fuzzer's part of the profile's examples (each opens a workbook or a
    campaign), so the whole set keeps to its time in CI and scales in long runs."""
    return settings(max_examples=max(5, int(settings.default.max_examples * fraction)))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/fuzz/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.fuzz)


@dataclass(frozen=True)
class Corpus:
    """Valid inputs of every reader, and the campaign that issued them."""

    campaign: Path  # the demo campaign after issuing E07's kit and E06's score sheet
    kit: Path  # E07's kit, every application scored, the conflict check done
    kit_secret: str
    score_file: bytes  # the signed score file E07's kit wrote
    score_sheet: bytes  # E06's score sheet, every 得分 cell filled in
    form: bytes  # a filled-in application form of a registered applicant
    form_template: bytes
    rubric: bytes  # the city track's rubric exported to .xlsx
    package: Path  # a folder holding one city's package (form, plan, leading group)


def _score_kit(kit_path: Path) -> None:
    """Every assigned criterion scored in one transaction: save_score's one commit per
    value would cost seconds for ~250 values."""
    from sqlalchemy import delete, select

    from models import Kit, Score, ScoringRound
    from reviewer.scoring.expert_scoring import (
        accept_commitment,
        confirm_conflicts,
        kit_state,
        scoring_form,
    )
    from reviewer.store.storage import open_campaign

    with open_campaign(kit_path) as kit:
        confirm_conflicts(kit, {})
        accept_commitment(kit)
        forms = [scoring_form(kit, a.application_id) for a in kit_state(kit).assignments]
        with kit.writing() as session:
            own = session.scalars(select(Kit)).one()
            round_ = session.scalars(
                select(ScoringRound).where(ScoringRound.number == own.round_number)
            ).one()
            session.execute(delete(Score))
            for form in forms:
                for entry in form.entries:
                    criterion = entry.criterion
                    session.add(
                        Score(
                            expert_id=own.expert_id,
                            application_id=form.application_id,
                            criterion_id=criterion.id,
                            round_id=round_.id,
                            value=criterion.max_points if criterion.is_veto else criterion.step,
                            comment="理由",
                        )
                    )


def _filled_sheet(data: bytes) -> bytes:
    import io

    from openpyxl import load_workbook

    from reviewer.scoring.score_workbook import META_SHEET, SCORE_SHEET

    workbook = load_workbook(io.BytesIO(data))
    sheet = workbook[SCORE_SHEET]
    for row in workbook[META_SHEET].iter_rows(values_only=True):
        if row[3] == "points":
            sheet[str(row[0])] = 1
        elif row[3] == "comment":
            sheet[str(row[0])] = "理由"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="session")
def corpus(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    from sqlalchemy import select

    from models import Kit
    from reviewer.demo.campaign import write_packages
    from reviewer.intake.application_form import form_template
    from reviewer.rubrics.catalog import current_rubrics, definition_of
    from reviewer.rubrics.workbook import rubric_workbook
    from reviewer.scoring.kits import export_kit
    from reviewer.scoring.score_files import write_score_file
    from reviewer.scoring.score_workbook import score_workbook
    from reviewer.store.storage import open_campaign
    from reviewer.vocabulary import TrackKind

    folder = tmp_path_factory.mktemp("fuzz-corpus")
    campaign = folder / "campaign.review"
    shutil.copyfile(demo_master, campaign)
    kit = folder / "E07.review"
    with open_campaign(campaign) as store:
        export_kit(store, "E07", kit)
        sheet = score_workbook(store, "E06")
        city = next(v for v in current_rubrics(store) if v.track is TrackKind.CITY)
        rubric = rubric_workbook(definition_of(city))
    _score_kit(kit)
    with open_campaign(kit) as store:
        score_file = write_score_file(store).data
        with store.reading() as session:
            secret = session.scalars(select(Kit.secret)).one()
    # The job writes a package after each progress report: two reports, one package.
    (folder / "packages").mkdir()
    job = write_packages(folder / "packages")
    next(job), next(job)
    job.close()
    (package,) = (p for p in (folder / "packages").iterdir() if p.is_dir())
    (form,) = package.glob("*.xlsx")
    return Corpus(
        campaign=campaign,
        kit=kit,
        kit_secret=secret,
        score_file=Seed(score_file),
        score_sheet=Seed(_filled_sheet(sheet)),
        form=Seed(form.read_bytes()),
        form_template=Seed(form_template(TrackKind.CITY)),
        rubric=Seed(rubric),
        package=package,
    )


class Working:
    """A writable copy of a campaign for a target that writes. `commits()` tells whether
    anything was committed since it was last asked (SQLite's data_version, seen from a
    connection of our own); `reset()` copies the campaign again after an example changed
    it, so every example starts from the same campaign."""

    def __init__(self, master: Path, folder: Path) -> None:
        self.master, self.path = master, folder / master.name
        self._open()

    def _open(self) -> None:
        from reviewer.store.storage import open_campaign

        shutil.copyfile(self.master, self.path)
        self.store = open_campaign(self.path)
        self._watch = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        self.commits()

    def commits(self) -> int:
        """A number that changes whenever another connection commits."""
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def reset(self) -> None:
        self.close()
        self._open()

    def close(self) -> None:
        self._watch.close()
        self.store.close()


@pytest.fixture(scope="module")
def working(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Working]:
    """This module's writable copy of the corpus campaign."""
    copy = Working(corpus.campaign, tmp_path_factory.mktemp("fuzz-working"))
    yield copy
    copy.close()


@pytest.fixture(scope="module")
def reading(corpus: Corpus) -> Iterator[CampaignStore]:
    """The corpus campaign open read-only, for targets that only read."""
    from reviewer.store.storage import open_campaign

    with open_campaign(corpus.campaign, read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for the files one module's examples write."""
    return tmp_path_factory.mktemp("fuzz-scratch")
