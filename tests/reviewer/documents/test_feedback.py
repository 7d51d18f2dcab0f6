"""Feedback letters (反馈意见): the rule that says strong or weak, the draft from the
locked results with no expert in it, the secretariat's edit kept and audited, the CLI."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from models import Score
from models.enums import TrackKind
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, main
from reviewer.decisions.outcomes import commit_decisions
from reviewer.decisions.ranking import DEFAULT_TIE_BREAK, TrackRules, save_rules
from reviewer.documents.feedback import (
    Feedback,
    FeedbackTextEmpty,
    feedback_letters,
    feedback_pdf,
    save_feedback,
)
from reviewer.documents.feedback_points import (
    ConditionFigure,
    Standing,
    condition_points,
    standing,
)
from reviewer.documents.source import ResultsNotLockedForDocuments, read_source
from reviewer.results.reconcile import lock_results
from reviewer.store.audit_export import audit_rows
from reviewer.store.audit_words import audit_names, describe
from reviewer.store.storage import open_campaign

# A comment an expert writes naming themself and their points: what the panel said is
# printed, so this is what the secretariat reads and edits before a letter goes out.
PLANTED = "示范作用论证不足，缺少量化目标"


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("20.00", Standing.STRONG),  # 80 % of 25: a strength from here up
        ("19.99", Standing.ADEQUATE),
        ("15.00", Standing.ADEQUATE),  # 60 %: still met on the whole
        ("14.99", Standing.WEAK),
        (None, Standing.NOT_JUDGED),
    ],
)
def test_a_condition_is_strong_from_80_and_weak_under_60_percent(
    figure: str | None, expected: Standing
) -> None:
    assert standing(None if figure is None else Decimal(figure), Decimal(25)) is expected


def test_the_points_say_each_comment_once_unattributed_in_the_rubrics_order() -> None:
    figures = [
        ConditionFigure("组织保障有力", Decimal("12.5"), Decimal(25)),
        ConditionFigure("政策保障到位", Decimal("18"), Decimal(20)),
    ]
    comments = {"组织保障有力": ["缺少考核机制。", "缺少考核机制", "", "资金来源不明；"]}
    first, second = condition_points(figures, comments)
    assert first.standing is Standing.WEAK and first.comments == ("缺少考核机制", "资金来源不明")
    assert first.line == (
        "组织保障有力：专家组评议得分12.50分（满分25分），该项是方案的薄弱环节，需重点改进。"
        "专家意见：缺少考核机制；资金来源不明。"
    )
    assert second.standing is Standing.STRONG and second.line.endswith("该项是方案的优势。")


@pytest.fixture(scope="module")
def decided(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo locked with quotas (three cities, two departments) and decided, with a
    comment of one expert on 咸阳市, left out of the list."""
    path = tmp_path_factory.mktemp("feedback") / "demo.review"
    shutil.copyfile(demo_master, path)
    with open_campaign(path) as store:
        xianyang = _id(store, "咸阳市")
        with store.writing() as session:
            first = session.scalars(
                select(Score.id).where(Score.application_id == xianyang).order_by(Score.id)
            ).first()
            session.execute(update(Score).where(Score.id == first).values(comment=PLANTED))
        lock = lock_results(store, "专家组会议审定", override_reason="组长同意")
        for kind, quota in ((TrackKind.CITY, 3), (TrackKind.DEPARTMENT, 2)):
            save_rules(store, TrackRules(kind, quota=quota, tie_break=DEFAULT_TIE_BREAK[kind]))
        commit_decisions(store, lock.fingerprint)
    return path


def _id(store: object, applicant: str) -> int:
    from models import Applicant, Application

    with store.reading() as session:  # type: ignore[attr-defined]
        return int(
            session.scalars(
                select(Application.id).join(Applicant).where(Applicant.name == applicant)
            ).one()
        )


def _letter(path: Path, applicant: str) -> Feedback:
    with open_campaign(path, read_only=True) as store:
        return next(f for f in feedback_letters(store) if f.applicant == applicant)


def _forbidden(path: Path, application_id: int) -> tuple[set[str], set[str]]:
    """Every expert's code and name, and every number an expert gave the application
    (their totals and condition sums) that the panel's own figures do not also show."""
    with open_campaign(path, read_only=True) as store:
        source = read_source(store)
    people = {code for code in source.experts} | {e.name for e in source.experts.values()}
    panel = {str(v) for v in (source.results[application_id].get("conditions") or {}).values()}
    numbers: set[str] = set()
    for (_code, scored), criteria in source.scores.items():
        if scored != application_id:
            continue
        by_condition: dict[str, Decimal] = {}
        for score in criteria:
            by_condition[score.condition] = (
                by_condition.get(score.condition, Decimal(0)) + score.value
            )
        for value in [sum(by_condition.values()), *by_condition.values()]:
            numbers |= {f"{value:.2f}", f"{value:.1f}"}
    return people, numbers - panel


def test_a_letter_to_an_applicant_left_out_names_no_expert_and_no_experts_points(
    decided: Path, tmp_path: Path
) -> None:
    letter = _letter(decided, "咸阳市")
    assert not letter.approved and "未列入试点名单" in letter.text
    assert PLANTED in letter.text  # the comment is there, without who wrote it
    people, numbers = _forbidden(decided, letter.application_id)
    assert len(people) == 2 * 8 and len(numbers) > 20  # there is something to find
    with open_campaign(decided, read_only=True) as store:
        pdf = tmp_path / "咸阳市.pdf"
        pdf.write_bytes(feedback_pdf(read_source(store), letter.application_id, letter.text))
    printed = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = re.sub(r"\s+", "", printed)
    assert "关于咸阳市" in flat and "组织保障有力" in flat and PLANTED[:6] in flat
    for text in (letter.text, flat):
        assert not [who for who in people if who in text]
        assert not [n for n in re.findall(r"\d+\.\d+", text) if n in numbers]


def test_an_edit_is_kept_audited_and_told_from_the_draft(decided: Path) -> None:
    letter = _letter(decided, "铜川市")
    with open_campaign(decided) as store:
        with pytest.raises(FeedbackTextEmpty):
            save_feedback(store, letter.application_id, " \x1b\n ")
        saved = save_feedback(store, letter.application_id, letter.draft)
        assert saved.saved and not saved.edited and not saved.stale
        edited = save_feedback(
            store, letter.application_id, letter.draft + "\n另：请于\u202e月底前报送。\r\n"
        )
        rows = [row for row in audit_rows(store) if row.action == "feedback.save"]
        names = audit_names(store)
    assert edited.edited and edited.text.endswith("另：请于月底前报送。")
    assert [describe(row, names) for row in rows[-2:]] == [
        "Applicant 铜川市: feedback letter saved as drafted",
        "Applicant 铜川市: feedback letter saved, edited from the draft",
    ]
    assert _letter(decided, "铜川市").text == edited.text  # the saved text is what prints


def test_the_cli_lists_saves_and_writes_the_letters(
    decided: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "letter.txt"
    text.write_text("宝鸡市人民政府：\n经研究，现将评审意见反馈如下。\n特此函告。\n", "utf-8")
    campaign = str(decided)
    assert main(["feedback", campaign, "--applicant", "宝鸡市", "--text-file", str(text)]) == 0
    capsys.readouterr()
    assert main(["feedback", campaign, "--json"]) == EXIT_OK
    listed = json.loads(capsys.readouterr().out)["letters"]
    assert len(listed) == 15 and {"approved", "edited", "text", "draft"} <= set(listed[0])
    baoji = next(letter for letter in listed if letter["applicant"] == "宝鸡市")
    assert baoji["saved"] and baoji["edited"] and baoji["text"].startswith("宝鸡市人民政府")
    out = tmp_path / "letters"
    assert main(["feedback", campaign, "--draft", "--out", str(out)]) == EXIT_OK
    assert len(list(out.glob("反馈意见-*.pdf"))) == 15
    assert main(["feedback", campaign, "--applicant", "无此单位", "--json"]) == EXIT_REJECTED
    assert main(["feedback", campaign, "--text-file", str(text)]) == 2  # whose letter?


def test_no_letter_before_the_results_are_locked(demo_file: Path) -> None:
    with (
        open_campaign(demo_file, read_only=True) as store,
        pytest.raises(ResultsNotLockedForDocuments),
    ):
        feedback_letters(store)
