"""Helpers for the tests of later reviews (acceptance 验收, mid-term 中期评估): the demo
locked and decided, and an acceptance package as a pilot hands it in."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

from models.enums import CampaignKind, DecisionOutcome, TrackKind
from reviewer.decisions.outcomes import commit_decisions, decision_sheet
from reviewer.decisions.ranking import TrackRules, save_rules
from reviewer.intake.application_form import FormAnswers, filled_form
from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign
from tests.reviewer.intake.test_importing import answers

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def lock_and_decide(path: Path) -> list[str]:
    """Lock the demo (a city quota of 3) and commit the ranking's proposal; returns the
    approved applicants' names, sorted."""
    with open_campaign(path) as store:
        save_rules(store, TrackRules(TrackKind.CITY, Decimal("65.00"), 3, ("C3", "C1")))
        lock_results(store, "专家组审定", override_reason="组长同意")
        commit_decisions(store, decision_sheet(store).ranking.fingerprint)
        sheet = decision_sheet(store)
    return sorted(d.line.applicant for d in sheet.lines() if d.pending is DecisionOutcome.APPROVE)


def acceptance_answers(
    applicant: str,
    track: TrackKind = TrackKind.CITY,
    review: CampaignKind = CampaignKind.ACCEPTANCE,
    **changes: object,
) -> FormAnswers:
    """An acceptance form as a pilot fills it in, every check passing."""
    base = dataclasses.replace(
        answers(applicant, track),
        pilot_domains=(),
        self_assessment={},
        budget_wan=None,
        fiscal_share_percent=None,
        funding="财政资金已全部到位",
        open_data_plan="已开放交通、环境等政务数据集32个。",
        leading_group_ref="",
        submitted_on=date(2015, 7, 18),
        review=review,
        built="智慧城管平台、城市一卡通已上线运行。",
        invested_wan=Decimal("2800"),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def acceptance_package(folder: Path, form: FormAnswers | None, *, report: bool = True) -> Path:
    """A pilot's acceptance package: the form, the self-evaluation report, evidence."""
    folder.mkdir(parents=True)
    if form is not None:
        (folder / "验收申请表.xlsx").write_bytes(filled_form(form))
    if report:
        (folder / "试点工作自评价报告.pdf").write_bytes(PDF)
    (folder / "建设成果证明材料.pdf").write_bytes(PDF + b"% evidence\n" * 40)
    return folder
