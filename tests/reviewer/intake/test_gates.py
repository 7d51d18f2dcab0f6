"""The call's gates (二(一), 二(二)): a form naming fewer than two districts or stating no
open-data plan is ineligible, citing the clause; a required cell left empty is incomplete;
one reason per failed condition; the campaign's setting decides gate or completeness."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from models import Application, AuditEvent
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, main
from reviewer.intake.checklist import says_none
from reviewer.intake.gates import gate_settings, set_gates
from reviewer.intake.importing import PackageReport, override_status
from reviewer.results.reconcile import lock_results
from reviewer.store.result_lock import ResultsLocked
from reviewer.store.storage import CampaignStore, open_campaign
from reviewer.vocabulary import ApplicationStatus
from tests.reviewer.intake.test_importing import answers, package, run

DISTRICT_CLAUSE = "the call, 二(二): each pilot city chooses 2 districts/counties"
OPEN_DATA_CLAUSE = "the call, 二(一) and 二(二): every pilot must carry out open-data work"


@pytest.fixture
def store(tmp_path: Path) -> CampaignStore:
    settings = CampaignSettings(title="测试评审", submission_deadline=date(2014, 7, 20))
    opened = new_campaign(tmp_path / "c.review", settings)
    yield opened  # type: ignore[misc]
    opened.close()


def _one(store: CampaignStore, folder: Path, **changes: object) -> PackageReport:
    (report,) = run(store, package(folder, answers(folder.name, **changes)))
    return report


def test_one_district_is_ineligible_citing_the_district_condition_once(
    store: CampaignStore, tmp_path: Path
) -> None:
    report = _one(store, tmp_path / "杨凌示范区", districts=("杨陵区",))
    assert report.status is ApplicationStatus.INELIGIBLE
    assert report.reasons == [
        f"Not eligible ({DISTRICT_CLAUSE}): Names 1 district or county; the call asks for 2."
    ]
    assert report.notes == report.reasons  # the empty second cell is not said again


def test_no_open_data_plan_is_ineligible_citing_open_data(
    store: CampaignStore, tmp_path: Path
) -> None:
    report = _one(store, tmp_path / "铜川市", open_data_plan="暂不开展。")
    assert report.status is ApplicationStatus.INELIGIBLE
    (reason,) = report.reasons
    assert reason.startswith(f"Not eligible ({OPEN_DATA_CLAUSE}): ")
    assert "“暂不开展。”" in reason


def test_an_empty_required_cell_where_the_form_states_nothing_is_incomplete(
    store: CampaignStore, tmp_path: Path
) -> None:
    report = _one(store, tmp_path / "宝鸡市", districts=(), open_data_plan="")
    assert report.status is ApplicationStatus.INCOMPLETE
    codes = [item["code"] for item in report.checklist if not item["passed"]]
    assert codes == ["districts", "open_data"]  # not also the form's own check
    assert all(r.startswith("Incomplete: ") for r in report.reasons)
    assert "(试点区县一): this required field is empty" in report.reasons[0]
    assert "(开放数据工作计划): this required field is empty" in report.reasons[1]


def test_both_gates_failed_give_two_reasons_and_no_duplicate(
    store: CampaignStore, tmp_path: Path
) -> None:
    report = _one(store, tmp_path / "韩城市", districts=("新城街道", "无"), open_data_plan="无")
    assert report.status is ApplicationStatus.INELIGIBLE
    assert len(report.reasons) == 2 and len(set(report.reasons)) == 2
    assert DISTRICT_CLAUSE in report.reasons[0] and OPEN_DATA_CLAUSE in report.reasons[1]
    with store.reading() as session:
        stored = session.scalars(select(Application)).one()
        assert [r["code"] for r in stored.status_reasons] == ["districts", "open_data"]


def test_the_setting_switches_a_check_to_completeness_and_back_in_one_audited_write(
    store: CampaignStore, tmp_path: Path
) -> None:
    one = _one(store, tmp_path / "杨凌示范区", districts=("杨陵区",))
    complete = _one(store, tmp_path / "西安市")
    gates = {s.code for s in gate_settings(store) if s.gate}
    assert gates == {"track", "districts", "open_data", "secure"}

    changes = set_gates(store, gates - {"districts"})
    assert [(c.applicant, c.old, c.new) for c in changes] == [
        ("杨凌示范区", ApplicationStatus.INELIGIBLE, ApplicationStatus.INCOMPLETE)
    ]
    with store.reading() as session:
        status = {a.id: a.status for a in session.scalars(select(Application))}
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "campaign.gates"))
        (audited,) = event.all()
        reasons = session.get_one(Application, one.application_id).status_reasons
    assert status[complete.application_id] is ApplicationStatus.COMPLETE
    assert audited.old["gates"] == ["track", "districts", "open_data", "secure"]
    assert audited.new["statuses"] == [
        {"application": one.application_id, "old": "ineligible", "new": "incomplete"}
    ]
    assert [r["effect"] for r in reasons] == ["incomplete"]
    set_gates(store, gates)
    with store.reading() as session:
        again = session.get_one(Application, one.application_id).status
    assert again is ApplicationStatus.INELIGIBLE


def test_a_status_set_by_hand_survives_the_setting(store: CampaignStore, tmp_path: Path) -> None:
    report = _one(store, tmp_path / "杨凌示范区", districts=("杨陵区",))
    assert report.application_id is not None
    override_status(
        store, report.application_id, ApplicationStatus.COMPLETE, "示范区仅辖1个区，经研究同意"
    )
    assert set_gates(store, ["track"]) == []
    set_gates(store, ["track", "districts", "open_data", "secure"])
    with store.reading() as session:
        application = session.get_one(Application, report.application_id)
    assert application.status is ApplicationStatus.COMPLETE
    assert application.status_reasons[-1]["code"] == "override"


def test_cli_gates_reads_and_sets_the_setting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.review"
    new_campaign(path, CampaignSettings("t", submission_deadline=date(2014, 7, 20))).close()
    with open_campaign(path) as store:
        _one(store, tmp_path / "杨凌示范区", districts=("杨陵区",))
    assert main(["gates", str(path), "--completeness", "districts", "--json"]) == EXIT_OK
    printed = json.loads(capsys.readouterr().out)
    assert printed["gates"] == ["track", "open_data", "secure"]
    assert printed["changed"] == [
        {"application_id": 1, "applicant": "杨凌示范区", "old": "ineligible", "new": "incomplete"}
    ]
    assert {c["code"]: c["gate"] for c in printed["checks"]}["districts"] is False
    assert main(["gates", str(path), "--gate", "leading_group"]) == EXIT_OK
    assert "leading_group" in capsys.readouterr().out
    assert main(["gates", str(path), "--gate", "budget"]) == EXIT_REJECTED


@pytest.mark.parametrize(
    ("text", "none"),
    [("无", True), ("暂不开展开放数据工作。", True), ("/", True), ("不断推进数据开放", False)],
)
def test_what_reads_as_stating_none(text: str, none: bool) -> None:
    assert says_none(text) is none


def test_the_setting_is_refused_while_the_results_are_locked(demo_file: Path) -> None:
    """Judging packages anew would change what was locked: unlock first (87号令 §64)."""
    with open_campaign(demo_file) as store:
        lock_results(store, "审定", override_reason="组长同意")
        before = {s.code: s.gate for s in gate_settings(store)}
        with pytest.raises(ResultsLocked):
            set_gates(store, [])
        assert {s.code: s.gate for s in gate_settings(store)} == before
