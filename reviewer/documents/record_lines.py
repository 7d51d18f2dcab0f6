"""The lines of the review's record that the findings and the score summary print: the
experts' written explanations of deviating scores and the panel leader's leave to lock
over the ones left open (87号令 §45), and each change after compilation with its ground
(87号令 §64). Printed in Chinese, as the documents are, from the locked results.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta, timezone
from decimal import Decimal

from models.enums import ChangeGround
from reviewer.documents.official import chinese_date
from reviewer.documents.source import ReportSource

# The grounds in the words of 87号令 §64.
GROUNDS = {
    ChangeGround.SUM_ERROR: "分值汇总计算错误",
    ChangeGround.OUT_OF_RANGE: "分项评分超出评分标准规定的分值范围",
    ChangeGround.OBJECTIVE_INCONSISTENT: "客观评审因素评分不一致",
    ChangeGround.ABNORMAL: "经评审委员会认定评分畸高、畸低",
    ChangeGround.OTHER: "其他",
}
_SHOWN = 3  # items named before "等N项"
_CHINA = timezone(timedelta(hours=8))


def items_text(items: Iterable[str]) -> str:
    """总分、C1.1、C1.2等18项: the first few items named, the rest counted."""
    named = ["总分" if item in ("", "total") else item for item in items]
    if len(named) <= _SHOWN:
        return "、".join(named)
    return "、".join(named[:_SHOWN]) + f"等{len(named)}项"


def _who(source: ReportSource, code: str) -> str:
    expert = source.experts.get(code)
    return f"{expert.name if expert else code}（{code}）"


def explanation_lines(source: ReportSource, application_id: int) -> list[str]:
    """Each written explanation entered for the application, with who wrote it and when."""
    return [
        f"{_who(source, e.expert_code)}对{items_text(e.items)}的评分偏离作出书面说明"
        f"（{chinese_date(e.written_on)}）：{e.text}"
        for e in source.explanations.get(application_id, ())
    ]


def override_line(source: ReportSource, application_id: int) -> str | None:
    """The panel leader's leave to lock while this application's deviations were open."""
    lock = source.lock
    mine = [d for d in lock.open_deviations if d.get("application_id") == application_id]
    if not lock.override_by or not mine:
        return None
    by_expert: dict[str, list[str]] = {}
    for item in mine:
        if item.get("kind", "deviation") == "deviation":
            by_expert.setdefault(str(item["expert"]), []).append(str(item["item"]))
    open_items = []
    if by_expert:
        listed = "；".join(
            f"{_who(source, code)}{items_text(items)}" for code, items in by_expert.items()
        )
        open_items.append(f"以下偏离评分既未复核也未书面说明：{listed}。")
    open_items += [
        f"评审专家组{item['size']}名，不符合专家组规则（财政部令第87号第四十七条）。"
        for item in mine
        if item.get("kind") == "panel_rule"
    ]
    code, _space, name = lock.override_by.partition(" ")
    return (
        f"{''.join(open_items)}经评审组长{name}（{code}）同意锁定结果，"
        f"理由：{_ended(lock.override_reason)}"
    )


def _ended(text: str) -> str:
    """A sentence ended with a full stop unless it ends with one of its own."""
    return text if text.endswith(("。", "！", "？", ".", "!", "?")) else f"{text}。"


def ground_text(ground: ChangeGround | None, text: str) -> str:
    if ground is None:
        return "未说明依据"
    return f"其他：{text}" if ground is ChangeGround.OTHER else GROUNDS[ground]


def _final(value: str | None) -> str:
    return "—" if value is None else f"{Decimal(value):.2f}"


def change_lines(source: ReportSource, application_id: int) -> list[str]:
    """Each change after compilation that moved this application's final score."""
    return [
        f"{chinese_date(change.unlocked_at.astimezone(_CHINA).date())}解锁修改，"
        f"依据：{ground_text(change.ground, change.ground_text)}（财政部令第87号第六十四条）；"
        f"理由：{change.reason.rstrip('。.')}；最终得分由{_final(before)}改为{_final(after)}。"
        for change in source.changes
        if application_id in change.finals
        for before, after in [change.finals[application_id]]
    ]
