"""An acceptance review from the command line: new --acceptance-of a decided selection,
the acceptance form template, its packages imported, info --json; then the acceptance
campaign scored, merged and locked by the same services as a selection."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from models import (
    Applicant,
    Application,
    Assignment,
    AuditEvent,
    Criterion,
    Pilot,
    Rubric,
    Score,
    ScoringRound,
    Track,
)
from models.enums import CampaignKind
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from reviewer.intake.application_form import read_form
from reviewer.panel.assignments import assign_panel
from reviewer.results.merge import merge_results
from reviewer.results.reconcile import current_lock, lock_results
from reviewer.rubrics.catalog import lock_scored
from reviewer.store.storage import CampaignStore, open_campaign
from tests.later_review import acceptance_answers, acceptance_package, lock_and_decide


@pytest.fixture(scope="module")
def decided(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("decided") / "selection.review"
    shutil.copyfile(demo_master, path)
    return path, lock_and_decide(path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str, code: int = EXIT_OK) -> str:
    assert main(list(argv)) == code, capsys.readouterr()
    return capsys.readouterr().out


def test_new_acceptance_of_then_template_import_and_info(
    decided: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    selection, approved = decided
    target = tmp_path / "acceptance.review"
    made = json.loads(_run(capsys, "new", str(target), "--acceptance-of", str(selection), "--json"))
    assert made["kind"] == "acceptance" and made["title"].endswith("验收")
    assert sorted(made["pilots"]) == approved
    assert made["source"]["title"] and len(made["source"]["fingerprint"]) == 64
    form = tmp_path / "form.xlsx"
    _run(capsys, "template", str(form), "--review", "acceptance")
    with form.open("rb") as stream:
        assert read_form(stream, form.name).answers.review is CampaignKind.ACCEPTANCE  # type: ignore[union-attr]
    package = acceptance_package(tmp_path / "西安市", acceptance_answers("西安市"))
    imported = json.loads(_run(capsys, "import", str(target), str(package), "--json"))
    assert imported[0]["status"] == "complete"
    info = json.loads(_run(capsys, "info", str(target), "--json"))
    assert info["kind"] == "acceptance"


def test_refusals_in_words_and_usage(
    decided: tuple[Path, list[str]],
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = str(tmp_path / "a.review")
    assert main(["new", target, "--acceptance-of", str(demo_file)]) == EXIT_REJECTED
    assert "are not locked, so no pilot is approved yet" in capsys.readouterr().err
    missing = str(tmp_path / "none.review")
    assert main(["new", target, "--acceptance-of", missing]) == EXIT_REJECTED
    assert not Path(target).exists()
    assert main(["new", target, "--midterm", "--title", "x"]) == EXIT_USAGE
    assert main(["new", target, "--title", "x"]) == EXIT_USAGE
    assert "--authority, --deadline" in capsys.readouterr().err
    midterm = json.loads(
        _run(capsys, "new", target, "--acceptance-of", str(decided[0]), "--midterm", "--json")
    )
    assert midterm["kind"] == "midterm" and midterm["title"].endswith("中期评估")
    _run(capsys, "new", target, "--acceptance-of", str(decided[0]), code=EXIT_REJECTED)


def test_pilots_lists_the_letters_and_records_a_number_and_date(
    decided: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The selection prints its 批复 with the serial blank: the review records it as the
    registry issued it, and the pilot period runs from the letter's date."""
    selection, approved = decided
    target = str(tmp_path / "acceptance.review")
    _run(capsys, "new", target, "--acceptance-of", str(selection))
    listed = json.loads(_run(capsys, "pilots", target, "--json"))["pilots"]
    assert sorted(p["applicant"] for p in listed) == approved
    assert all(p["approval_number"] == "" for p in listed)
    first = listed[0]["applicant"]
    argv = ["pilots", target, "--applicant", first, "--approval-number", " 陕工信发〔2014〕101号 "]
    recorded = json.loads(_run(capsys, *argv, "--approval-date", "2014-08-05", "--json"))
    assert recorded["recorded"]["approval_number"] == "陕工信发〔2014〕101号"
    assert (recorded["recorded"]["period_start"], recorded["recorded"]["period_end"]) == (
        "2014-08-05",
        "2015-08-05",
    )
    assert main(["pilots", target, "--applicant", "咸阳市", "--approval-number", "x"]) == (
        EXIT_REJECTED
    )
    assert "is not one of this review's pilots" in capsys.readouterr().err
    assert main([*argv[:4], "--approval-number", "a\tb"]) == EXIT_REJECTED
    assert main(["pilots", target, "--approval-number", "x"]) == EXIT_USAGE
    assert main(["pilots", str(selection)]) == EXIT_REJECTED
    assert "is a selection" in capsys.readouterr().err
    shown = json.loads(_run(capsys, "pilots", target, "--json"))["pilots"]
    assert shown[0]["approval_number"] == "陕工信发〔2014〕101号"


def _score_everything(store: CampaignStore) -> None:
    """Every assigned expert scores every criterion at 80 % (90 % for one applicant), as
    their returned score files would put them in the campaign."""
    with store.writing() as session:
        round_one = session.scalars(select(ScoringRound)).one()
        criteria = {
            rubric.track_id: [k for c in rubric.conditions for k in c.criteria]
            for rubric in session.scalars(select(Rubric))
        }
        for assignment in session.scalars(select(Assignment)):
            application = session.get_one(Application, assignment.application_id)
            share = Decimal("0.9") if application.applicant.name == "西安市" else Decimal("0.8")
            for criterion in criteria[application.track_id]:
                session.add(
                    Score(
                        expert_id=assignment.expert_id,
                        application_id=application.id,
                        criterion_id=criterion.id,
                        round_id=round_one.id,
                        value=(criterion.max_points * share).quantize(Decimal("0.5")),
                    )
                )
        lock_scored(session, [k.id for k in session.scalars(select(Criterion))])


def test_an_acceptance_campaign_is_scored_merged_and_locked_as_a_selection_is(
    decided: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "acceptance.review"
    made = json.loads(
        _run(capsys, "new", str(target), "--acceptance-of", str(decided[0]), "--json")
    )
    with open_campaign(target, read_only=True) as store, store.reading() as session:
        tracks = session.execute(
            select(Applicant.name, Track.kind)
            .join(Pilot, Pilot.applicant_id == Applicant.id)
            .join(Track, Track.id == Pilot.track_id)
        ).all()
    batch = tmp_path / "packages"
    for name, kind in tracks:
        acceptance_package(batch / name, acceptance_answers(name, kind))
    _run(capsys, "import", str(target), str(batch))
    with open_campaign(target) as store:
        assign_panel(store)
        _score_everything(store)
        results = merge_results(store)
        finals = {r.applicant: r.final for r in results.applications}
        assert finals["西安市"] == Decimal("90.00")
        assert set(finals) == set(made["pilots"])
        lock = lock_results(store, "专家组审定验收结果", override_reason="组长同意")
        assert current_lock(store) is not None and lock.fingerprint
        with store.reading() as session:
            actions = {e.action for e in session.scalars(select(AuditEvent))}
    assert {"campaign.later_review", "application.import", "results.lock"} <= actions
