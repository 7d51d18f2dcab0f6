"""Intake: packages are recognised, checked and stored whole; the same package twice
changes nothing; a corrected package replaces the earlier one only when asked."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Applicant, Application, AuditEvent, Material
from reviewer.campaign import overview
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, main
from reviewer.errors import ReviewerError
from reviewer.intake.application_form import FormAnswers, filled_form
from reviewer.intake.importing import Outcome, PackageReport, import_packages, override_status
from reviewer.rubrics.catalog import default_definition
from reviewer.store.storage import CampaignStore, open_campaign
from reviewer.vocabulary import ApplicationStatus, MaterialKind, TrackKind

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def answers(applicant: str, track: TrackKind = TrackKind.CITY, **changes: object) -> FormAnswers:
    codes = [c["code"] for c in default_definition(track)["conditions"]]
    city = track is TrackKind.CITY
    base = FormAnswers(
        applicant=applicant,
        track=track,
        contact="王建国",
        phone="029-86781234",
        email="",
        pilot_domains=("智慧城管",) if city else ("智慧医疗",),
        districts=("甲区", "乙县") if city else (),
        self_assessment={code: "已建立工作机制。" for code in codes},
        budget_wan=Decimal("3200"),
        fiscal_share_percent=40,
        funding="财政资金与社会资本",
        open_data_plan="开放交通、环境等政务数据集。",
        secure_controllable=True,
        secure_statement="采用国产软硬件。",
        leading_group_ref="市政办发〔2014〕38号" if city else "",
        declared=True,
        submitted_on=date(2014, 7, 18),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def package(
    folder: Path, form: FormAnswers | None, *, plan: bytes = PDF, leading_group: bool = True
) -> Path:
    folder.mkdir(parents=True)
    if form is not None:
        (folder / "申报书.xlsx").write_bytes(filled_form(form))
    (folder / "智慧城市试点实施方案.pdf").write_bytes(plan)
    if leading_group:
        (folder / "领导小组成立文件.pdf").write_bytes(PDF + b"% leading group\n")
    return folder


def run(
    store: CampaignStore, *paths: Path, replace: bool = False, register: bool = True
) -> list[PackageReport]:
    job = import_packages(store, list(paths), replace=replace, register_applicants=register)
    while True:
        try:
            next(job)
        except StopIteration as finished:
            reports: list[PackageReport] = finished.value
            return reports


@pytest.fixture
def store(tmp_path: Path) -> CampaignStore:
    settings = CampaignSettings(title="测试评审", submission_deadline=date(2014, 7, 20))
    opened = new_campaign(tmp_path / "c.review", settings)
    yield opened  # type: ignore[misc]
    opened.close()


def counts(store: CampaignStore) -> tuple[int, int, int, int]:
    with store.reading() as session:
        return (
            session.scalar(select(func.count(Applicant.id))) or 0,
            session.scalar(select(func.count(Application.id))) or 0,
            session.scalar(select(func.count(Material.id))) or 0,
            session.scalar(select(func.count(AuditEvent.id))) or 0,
        )


def test_a_folder_of_packages_is_taken_in_with_a_checklist_each(
    store: CampaignStore, tmp_path: Path
) -> None:
    batch = tmp_path / "收件"
    package(batch / "西安市", answers("西安市"))
    package(batch / "商洛市", answers("商洛市", submitted_on=date(2014, 7, 23)))
    package(batch / "铜川市", answers("铜川市"), leading_group=False)
    package(
        batch / "卫计委",
        answers("陕西省卫生和计划生育委员会", TrackKind.DEPARTMENT, secure_controllable=False),
        leading_group=False,
    )
    reports = {r.applicant: r for r in run(store, batch)}

    assert {r.outcome for r in reports.values()} == {Outcome.IMPORTED}
    assert reports["西安市"].status is ApplicationStatus.COMPLETE
    assert reports["西安市"].new_applicant
    assert reports["商洛市"].status is ApplicationStatus.LATE
    assert "after the deadline of 2014-07-20" in reports["商洛市"].reasons[0]
    assert reports["铜川市"].status is ApplicationStatus.INCOMPLETE
    assert reports["铜川市"].reasons == ["Incomplete: The leading-group document is missing."]
    department = reports["陕西省卫生和计划生育委员会"]
    assert department.track is TrackKind.DEPARTMENT
    assert department.status is ApplicationStatus.INELIGIBLE
    kinds = {f.kind for f in reports["西安市"].files}
    assert kinds == {MaterialKind.FORM, MaterialKind.PLAN, MaterialKind.LEADING_GROUP}
    with store.reading() as session:
        xian = session.scalars(
            select(Application).join(Applicant).where(Applicant.name == "西安市")
        ).one()
        assert xian.districts == ["甲区", "乙县"] and xian.budget_wan == 3200
        assert xian.form_answers["contact"] == "王建国"
        assert all(item["passed"] for item in xian.checklist)


def test_the_same_package_twice_changes_nothing(store: CampaignStore, tmp_path: Path) -> None:
    folder = package(tmp_path / "西安市", answers("西安市"))
    assert run(store, folder)[0].outcome is Outcome.IMPORTED
    before = counts(store)
    (again,) = run(store, folder)
    assert again.outcome is Outcome.UNCHANGED
    assert counts(store) == before


def test_a_corrected_package_replaces_the_earlier_one_only_when_confirmed(
    store: CampaignStore, tmp_path: Path
) -> None:
    first = package(tmp_path / "v1" / "西安市", answers("西安市"), leading_group=False)
    (imported,) = run(store, first)
    assert imported.status is ApplicationStatus.INCOMPLETE
    corrected = package(tmp_path / "v2" / "西安市", answers("西安市"), plan=PDF + b"% v2\n")
    before = counts(store)
    (held,) = run(store, corrected)
    assert held.outcome is Outcome.NEEDS_CONFIRMATION
    assert counts(store) == before

    (replaced,) = run(store, corrected, replace=True)
    assert replaced.outcome is Outcome.REPLACED
    assert replaced.status is ApplicationStatus.COMPLETE
    assert replaced.application_id == imported.application_id
    with store.reading() as session:
        materials = session.scalars(select(Material)).all()
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "application.replace")
        ).one()
    assert sum(m.superseded_at is not None for m in materials) == 2  # the earlier form and plan
    assert sum(m.superseded_at is None for m in materials) == 3
    assert event.old["status"] == "incomplete" and event.new["status"] == "complete"


def test_a_bad_package_is_rejected_and_the_others_still_go_in(
    store: CampaignStore, tmp_path: Path
) -> None:
    batch = tmp_path / "收件"
    package(batch / "西安市", answers("西安市"))
    package(batch / "不明单位", None)
    (batch / "宝鸡市.zip").write_bytes(b"PK\x03\x04 this zip was cut short")
    reports = {r.label: r for r in run(store, batch)}
    assert reports["西安市"].outcome is Outcome.IMPORTED
    assert reports["不明单位"].outcome is Outcome.REJECTED
    assert "No filled-in application form" in reports["不明单位"].problems[-1]
    assert reports["宝鸡市.zip"].outcome is Outcome.REJECTED
    assert "damaged" in reports["宝鸡市.zip"].problems[0]
    assert counts(store)[1] == 1


def test_a_package_without_a_form_is_matched_to_its_registered_applicant_by_name(
    store: CampaignStore, tmp_path: Path
) -> None:
    with store.writing() as session:
        session.add(Applicant(code="xian", kind=TrackKind.CITY, name="西安市"))
    (report,) = run(store, package(tmp_path / "西安市报送材料", None))
    assert report.outcome is Outcome.IMPORTED and report.applicant == "西安市"
    assert report.status is ApplicationStatus.INCOMPLETE
    assert report.reasons == ["Incomplete: The application form is missing."]


def test_form_problems_are_reported_by_cell(store: CampaignStore, tmp_path: Path) -> None:
    form = answers("杨凌示范区", contact="")
    (report,) = run(store, package(tmp_path / "杨凌", form))
    assert report.status is ApplicationStatus.INCOMPLETE
    assert any("cell" in problem and "申报书" in problem for problem in report.problems)
    assert any("联系人" in reason for reason in report.reasons)


def test_a_zip_package_with_chinese_names_is_taken_in(store: CampaignStore, tmp_path: Path) -> None:
    archive = tmp_path / "西安市.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("西安市/申报书.xlsx", filled_form(answers("西安市")))
        zipped.writestr("西安市/西安市智慧城市试点实施方案.pdf", PDF)
        zipped.writestr("西安市/领导小组成立文件.pdf", PDF + b"%lg\n")
    (report,) = run(store, archive)
    assert report.outcome is Outcome.IMPORTED and report.status is ApplicationStatus.COMPLETE
    names = {f.name for f in report.files}
    assert "西安市智慧城市试点实施方案.pdf" in names


def test_overriding_a_status_needs_a_reason_and_is_audited(
    store: CampaignStore, tmp_path: Path
) -> None:
    (report,) = run(
        store, package(tmp_path / "商洛市", answers("商洛市", submitted_on=date(2014, 7, 23)))
    )
    assert report.application_id is not None
    with pytest.raises(ReviewerError):
        override_status(store, report.application_id, ApplicationStatus.COMPLETE, "  ")
    override_status(store, report.application_id, ApplicationStatus.COMPLETE, "邮戳日期为7月19日")
    with store.reading() as session:
        application = session.get_one(Application, report.application_id)
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "application.status")
        ).one()
    assert application.status is ApplicationStatus.COMPLETE
    assert application.status_override_reason == "邮戳日期为7月19日"
    assert (event.old, event.new, event.reason) == (
        {"status": "late"},
        {"status": "complete"},
        "邮戳日期为7月19日",
    )


def test_cli_import_reports_json_and_exits_1_when_a_package_is_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.review"
    new_campaign(path, CampaignSettings("t", submission_deadline=date(2014, 7, 20))).close()
    good = package(tmp_path / "西安市", answers("西安市"))
    assert main(["import", str(path), str(good), "--json"]) == EXIT_REJECTED  # unknown 西安市
    capsys.readouterr()
    assert main(["import", str(path), str(good), "--json", "--register-applicants"]) == EXIT_OK
    (entry,) = json.loads(capsys.readouterr().out)
    assert {"applicant", "track", "status", "reasons", "files"} <= set(entry)
    assert (entry["applicant"], entry["track"], entry["status"]) == ("西安市", "city", "complete")
    bad = package(tmp_path / "无名", None)
    assert main(["import", str(path), str(bad), str(good)]) == EXIT_REJECTED
    printed = capsys.readouterr()  # the refused package on stderr, the others on stdout
    assert "x 无名" in printed.err and "= 西安市" in printed.out
    assert "无名" not in printed.out
    with open_campaign(path, read_only=True) as store:
        assert overview.info(store)["applications"] == 1
