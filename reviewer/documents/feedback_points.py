"""The panel's view of an application, condition by condition: what it did well, what it
must improve. A pure function of the panel's condition figures and the experts' comments,
so that the feedback letter (反馈意见) and, later, an acceptance review's 整改通知 (the
points to rectify) say it alike.

The rule, documented here and in docs/cli.md: a condition's standing is the panel's
figure for it as a share of its maximum.

- at least 80 % (`STRONG_SHARE`): a strength (优势);
- under 60 % (`WEAK_SHARE`): a weakness to improve (不足);
- in between: met on the whole (基本符合);
- no figure (nothing scored, an ineligible application): not judged.

80 and 60 are the bands the call's own review and the acceptance practice use for
通过 / 整改 / 不通过 (issue 18's default acceptance bands: ≥ 80 通过, under 60 不通过),
applied to each condition's share rather than to the total.

Only the panel's figures and the comments' words go in: no expert is named and no
expert's own points are given. The same comment written by several experts is said once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

STRONG_SHARE = Decimal("0.80")
WEAK_SHARE = Decimal("0.60")
# What ends a comment's own sentence; the line supplies its own punctuation.
_ENDINGS = "。；;，,.、 \n"


class Standing(StrEnum):
    STRONG = "strong"
    ADEQUATE = "adequate"
    WEAK = "weak"
    NOT_JUDGED = "not_judged"


# The words of the official text, which is written in Chinese whatever the interface.
_JUDGEMENTS = {
    Standing.STRONG: "该项是方案的优势",
    Standing.ADEQUATE: "该项基本符合要求",
    Standing.WEAK: "该项是方案的薄弱环节，需重点改进",
    Standing.NOT_JUDGED: "该项未作评价",
}


@dataclass(frozen=True)
class ConditionFigure:
    """One condition of the rubric with the panel's figure for it (None: none)."""

    name: str
    figure: Decimal | None
    maximum: Decimal


@dataclass(frozen=True)
class ConditionPoint:
    """What the panel says of one condition: its standing and the sentence saying it."""

    name: str
    standing: Standing
    share: Decimal | None
    comments: tuple[str, ...]
    line: str


def standing(figure: Decimal | None, maximum: Decimal) -> Standing:
    """The condition's standing by the rule above."""
    if figure is None or maximum <= 0:
        return Standing.NOT_JUDGED
    share = figure / maximum
    if share >= STRONG_SHARE:
        return Standing.STRONG
    if share < WEAK_SHARE:
        return Standing.WEAK
    return Standing.ADEQUATE


def distinct_comments(comments: Sequence[str]) -> tuple[str, ...]:
    """The comments in order, each said once, without their closing punctuation and
    without empty ones."""
    kept: dict[str, None] = {}
    for comment in comments:
        words = " ".join(comment.split()).rstrip(_ENDINGS)
        if words:
            kept.setdefault(words, None)
    return tuple(kept)


def _points(value: Decimal) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def condition_points(
    figures: Sequence[ConditionFigure], comments: Mapping[str, Sequence[str]]
) -> list[ConditionPoint]:
    """A point per condition, in the rubric's order: `comments` are the experts' comments
    on the condition's criteria, by condition name, unattributed."""
    points = []
    for condition in figures:
        said = distinct_comments(comments.get(condition.name, ()))
        judged = standing(condition.figure, condition.maximum)
        share, figure = None, ""
        if condition.figure is not None and judged is not Standing.NOT_JUDGED:
            share = condition.figure / condition.maximum
            figure = (
                f"专家组评议得分{condition.figure:.2f}分（满分{_points(condition.maximum)}分），"
            )
        remarks = f"专家意见：{'；'.join(said)}。" if said else ""
        line = f"{condition.name}：{figure}{_JUDGEMENTS[judged]}。{remarks}"
        points.append(ConditionPoint(condition.name, judged, share, said, line))
    return points
