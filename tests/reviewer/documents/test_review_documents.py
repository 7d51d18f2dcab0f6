"""The documents of a later review: 验收意见 per pilot, the 验收结果通知 and the 整改通知
(and their mid-term titles), from the locked results, for a pilot of each outcome; a
selection's documents unchanged."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from models import Application, Campaign, Pilot
from models.enums import AcceptanceOutcome, CampaignKind
from reviewer.decisions.outcome_bands import Band, OutcomeSettings, save_outcome_settings
from reviewer.documents.official import DocumentOptions
from reviewer.documents.report import Report, write_report
from reviewer.documents.review_facts import BLANK_DATE
from reviewer.results.reconcile import lock_results
from reviewer.store import audit
from reviewer.store.storage import CampaignStore, open_campaign
from tests.reviewer.decisions.test_acceptance_outcomes import make_acceptance

D = Decimal
FAIL, RECTIFY, PASS = AcceptanceOutcome.FAIL, AcceptanceOutcome.RECTIFY, AcceptanceOutcome.PASS
# On the demo's results with these bands: 西安市 90.50 passes with two stars, 咸阳市
# 76.13 must rectify, 铜川市 61.38 fails.
BANDS = (Band(FAIL, D(0), D(65)), Band(RECTIFY, D(65), D(80)), Band(PASS, D(80), D(100)))
STARS = (D("85.00"), D("90.00"), D("95.00"))
PILOTS = {"西安市": "陕工信发〔2014〕101号", "咸阳市": "", "铜川市": "陕工信发〔2014〕103号"}
DEADLINE = date(2015, 12, 31)


def add_pilots(store: CampaignStore) -> None:
    """Record three of the demo's applicants as pilots the selection approved, as a
    later review carries them (`later_reviews._add_pilots`), in one audited write."""
    with store.writing() as session:
        for application in session.scalars(select(Application)):
            if application.applicant.name in PILOTS:
                session.add(
                    Pilot(
                        applicant_id=application.applicant_id,
                        track_id=application.track_id,
                        source_application_id=application.id,
                        plan_title=application.title,
                        approved_on=date(2014, 7, 30),
                        approval_number=PILOTS[application.applicant.name],
                        approval_date=date(2014, 7, 30),
                        period_months=12,
                        period_start=date(2014, 7, 30),
                        period_end=date(2015, 7, 30),
                    )
                )
        audit.record(session, "test.pilots", entity="campaign", new={"pilots": list(PILOTS)})


def text_of(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, timeout=60
    )
    return done.stdout.decode()


def _reviewed(path: Path, kind: CampaignKind) -> None:
    with open_campaign(path) as store:
        make_acceptance(store, kind)
        add_pilots(store)
        save_outcome_settings(store, OutcomeSettings(BANDS, STARS))
        lock_results(store, "专家组审定", override_reason="组长同意")


@pytest.fixture(scope="module")
def written(
    demo_master: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Report, Report, list[str]]:
    """The acceptance review's documents (PDF only) and the mid-term's, written once for
    the module, and the names of the experts."""
    folder = tmp_path_factory.mktemp("review_documents")
    reports = []
    for kind in (CampaignKind.ACCEPTANCE, CampaignKind.MIDTERM):
        path = folder / f"{kind.value}.review"
        shutil.copyfile(demo_master, path)
        _reviewed(path, kind)
        options = DocumentOptions(rectify_by=DEADLINE if kind is CampaignKind.ACCEPTANCE else None)
        with open_campaign(path, read_only=True) as store:
            reports.append(write_report(store, folder / kind.value, options, formats=("pdf",)))
    with open_campaign(demo_master, read_only=True) as store:
        from models import Expert

        with store.reading() as session:
            experts = list(session.scalars(select(Expert.name)))
    return reports[0], reports[1], experts


def _named(report: Report, kind: str) -> dict[str, Path]:
    return {d.name: d.path for d in report.documents if d.kind == kind}


def test_an_acceptance_writes_its_own_documents_not_the_selections(
    written: tuple[Report, Report, list[str]],
) -> None:
    acceptance = written[0]
    kinds = {d.kind for d in acceptance.documents}
    assert {"acceptance_notice", "acceptance_opinion", "rectification"} <= kinds
    assert not kinds & {"pilot_list", "approval", "public_notice"}
    assert not acceptance.skipped
    assert list(_named(acceptance, "acceptance_notice")) == ["验收结果通知.pdf"]
    opinions = _named(acceptance, "acceptance_opinion")
    assert "验收意见-01-西安市.pdf" in opinions and len(opinions) == 15
    rectify = _named(acceptance, "rectification")
    assert all(name.startswith("整改通知-") for name in rectify)
    assert any(name.endswith("咸阳市.pdf") for name in rectify)
    assert not any("西安市" in name or "铜川市" in name for name in rectify)


def test_the_results_notice_lists_each_outcome_with_its_grade_and_names_no_expert(
    written: tuple[Report, Report, list[str]],
) -> None:
    acceptance, _midterm, experts = written
    text = text_of(_named(acceptance, "acceptance_notice")["验收结果通知.pdf"])
    flat = "".join(text.split())
    assert "陕西省工业和信息化厅文件" in flat and "号" in flat.split("关于")[0]
    assert "关于2014年陕西省智慧城市试点验收结果的通知" in flat
    assert "西安市评定为二星" in flat
    assert "咸阳市" in flat and "需整改后复验" in flat and "2015年12月31日前" in flat
    assert "铜川市" in flat and "未通过验收" in flat
    assert "通过（二星）" in flat and "整改后复验" in flat and "不通过" in flat
    assert not [name for name in experts if name in flat]


def test_an_opinion_per_pilot_of_each_outcome(
    written: tuple[Report, Report, list[str]],
) -> None:
    opinions = _named(written[0], "acceptance_opinion")
    by_pilot = {name.split("-")[-1].removesuffix(".pdf"): path for name, path in opinions.items()}
    passed = "".join(text_of(by_pilot["西安市"]).split())
    assert "验收意见" in passed and "验收结论为：通过（二星）" in passed
    assert "陕工信发〔2014〕101号" in passed and "2014年7月30日至2015年7月30日" in passed
    assert "专家组评议得分" in passed and "专家组组长（签字）" in passed
    rectify = "".join(text_of(by_pilot["咸阳市"]).split())
    assert "整改后复验" in rectify and "三、需整改的问题" in rectify
    assert "2015年12月31日前" in rectify and "文号未登记" in rectify
    failed = "".join(text_of(by_pilot["铜川市"]).split())
    assert "验收结论为：不通过" in failed and "需整改的问题" not in failed


def test_the_rectification_notice_gives_points_deadline_and_materials_and_no_expert(
    written: tuple[Report, Report, list[str]],
) -> None:
    acceptance, _midterm, experts = written
    (path,) = [p for n, p in _named(acceptance, "rectification").items() if "咸阳市" in n]
    flat = "".join(text_of(path).split())
    assert "咸阳市人民政府：" in flat
    assert "关于咸阳市2014年陕西省智慧城市试点验收整改的通知" in flat
    assert "一、需要整改的问题" in flat and "（一）" in flat
    assert "请于2015年12月31日前完成整改" in flat
    assert "整改情况报告" in flat and "自评价报告" in flat and "复验" in flat
    assert not [name for name in experts if name in flat]


def test_a_midterm_has_its_own_titles_and_a_blank_deadline_unless_given(
    written: tuple[Report, Report, list[str]],
) -> None:
    midterm = written[1]
    assert list(_named(midterm, "acceptance_notice")) == ["中期评估结果通知.pdf"]
    assert any(n.startswith("中期评估意见-") for n in _named(midterm, "acceptance_opinion"))
    notice = "".join(text_of(_named(midterm, "acceptance_notice")["中期评估结果通知.pdf"]).split())
    assert "中期评估结果的通知" in notice and "未通过中期评估" in notice
    assert "".join(BLANK_DATE.split()) in notice


def test_a_selection_writes_the_same_documents_as_before(demo_master: Path, tmp_path: Path) -> None:
    path = tmp_path / "selection.review"
    shutil.copyfile(demo_master, path)
    with open_campaign(path) as store:
        lock_results(store, "专家组审定", override_reason="组长同意")
        with store.reading() as session:
            assert session.scalars(select(Campaign.kind)).one() is CampaignKind.SELECTION
        report = write_report(store, tmp_path / "out", formats=("docx",))
    kinds = {d.kind for d in report.documents}
    assert not kinds & {"acceptance_notice", "acceptance_opinion", "rectification"}
    assert {kind for kind, _why in report.skipped} == {"pilot_list", "approval", "public_notice"}
