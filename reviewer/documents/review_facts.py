"""What the documents of a later review (验收 acceptance, 中期评估 mid-term evaluation) are
made of: the report's reading of the locked results, each pilot's outcome on them
(`acceptance_outcomes.pilot_outcomes`), the pilot as the selection approved it (the
approved plan, the approval letter, the pilot period) and the words of the review's kind.

The acceptance documents (验收意见, 验收结果通知, 整改通知) and the mid-term ones (中期评估意见,
中期评估结果通知, 整改通知) are the same documents under their own titles. Only a pilot
with an outcome on the locked results gets them: one the results leave without a final
(unscored, ineligible) has no outcome to state, and the secretariat deals with it apart.

The points to rectify are drawn from the panel's view of each condition
(`feedback_points.condition_points`, as the feedback letters are): the conditions it
judges weak (under 60 % of their maximum), or, when none is, every condition short of a
strength (under 80 %), each with the experts' comments, unattributed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.enums import AcceptanceOutcome, CampaignKind
from reviewer.decisions.acceptance_outcomes import AcceptanceOutcomes, PilotOutcome, pilot_outcomes
from reviewer.decisions.later_reviews import PilotFacts, kind_of, pilots_in
from reviewer.documents.feedback import comments_of, figures_of
from reviewer.documents.feedback_points import ConditionPoint, Standing, condition_points
from reviewer.documents.official import DocumentOptions, chinese_date, subject
from reviewer.documents.source import ApplicationFacts, ReportSource
from reviewer.store.storage import CampaignStore

# The official words, which are Chinese whatever the interface's language.
OUTCOME_WORDS = {
    AcceptanceOutcome.PASS: "通过",
    AcceptanceOutcome.RECTIFY: "整改后复验",
    AcceptanceOutcome.FAIL: "不通过",
}
GRADE_WORDS = ("一星", "二星", "三星")  # 2012《国家智慧城市试点暂行管理办法》's star grades
# A deadline not yet set prints blank, for the secretariat to fill in by hand.
BLANK_DATE = "＿＿＿＿年＿＿月＿＿日"


@dataclass(frozen=True)
class ReviewWords:
    """验收 or 中期评估, and the titles made of it."""

    review: str

    @property
    def opinion(self) -> str:
        return f"{self.review}意见"

    @property
    def notice(self) -> str:
        return f"{self.review}结果通知"

    @property
    def rectification(self) -> str:
        return "整改通知"


WORDS = {
    CampaignKind.ACCEPTANCE: ReviewWords("验收"),
    CampaignKind.MIDTERM: ReviewWords("中期评估"),
}


@dataclass(frozen=True)
class ReviewedPilot:
    """One pilot with an outcome: the application reviewed, its outcome, and the pilot
    as approved (None for an application the campaign carries no pilot row for)."""

    facts: ApplicationFacts
    outcome: PilotOutcome
    pilot: PilotFacts | None

    @property
    def final(self) -> str:
        return "—" if self.outcome.final is None else f"{self.outcome.final:.2f}"

    @property
    def verdict(self) -> str:
        """通过（二星）, 整改后复验, 不通过."""
        assert self.outcome.outcome is not None
        grade = self.outcome.grade
        return OUTCOME_WORDS[self.outcome.outcome] + (
            f"（{GRADE_WORDS[grade - 1]}）" if grade else ""
        )

    @property
    def reaccepted(self) -> bool:
        """Whether its outcome now is a re-acceptance's (复验)."""
        return any(step.reaccepted for step in self.outcome.history)


@dataclass(frozen=True)
class ReviewSource:
    """The later review's documents' reading: the report's source, the outcomes on the
    same lock, the pilots with an outcome (track by track, best first) and the words."""

    source: ReportSource
    outcomes: AcceptanceOutcomes
    pilots: tuple[ReviewedPilot, ...]
    words: ReviewWords
    rectify_by: date | None  # the deadline the secretariat gave for the documents

    def subject(self) -> str:
        """2015年陕西省智慧城市试点验收: the campaign's title with the review's word."""
        named = subject(self.source)
        return named if named.endswith(self.words.review) else named + self.words.review

    def with_outcome(self, outcome: AcceptanceOutcome) -> list[ReviewedPilot]:
        return [p for p in self.pilots if p.outcome.outcome is outcome]

    def deadline(self, pilot: ReviewedPilot | None = None) -> str:
        """The rectification deadline: the one given for the documents, else the pilot's
        re-acceptance round's, else blank."""
        day = self.rectify_by or (pilot.outcome.rectify_by if pilot else None)
        if day is None and pilot is None:
            days = {p.outcome.rectify_by for p in self.with_outcome(AcceptanceOutcome.RECTIFY)}
            day = days.pop() if len(days) == 1 else None
        return BLANK_DATE if day is None else chinese_date(day)

    def points(self, pilot: ReviewedPilot) -> list[ConditionPoint]:
        key = pilot.facts.id
        return condition_points(figures_of(self.source, key), comments_of(self.source, key))


def to_rectify(points: list[ConditionPoint]) -> list[ConditionPoint]:
    """The points to rectify: the weak conditions, or, when none is weak, every judged
    condition short of a strength (see the module's docstring)."""
    weak = [p for p in points if p.standing is Standing.WEAK]
    return weak or [p for p in points if p.standing is Standing.ADEQUATE]


def is_review_campaign(store: CampaignStore) -> bool:
    return kind_of(store) in WORDS


def read_review(
    store: CampaignStore, source: ReportSource, options: DocumentOptions
) -> ReviewSource:
    """The later review's reading on the lock `source` was read on."""
    outcomes = pilot_outcomes(store)
    assert outcomes.fingerprint == source.lock.fingerprint, "read on another lock"
    by_application = {p.application_id: p for p in pilots_in(store) if p.application_id}
    pilots = tuple(
        ReviewedPilot(
            source.applications[o.application_id], o, by_application.get(o.application_id)
        )
        for o in outcomes.pilots
        if o.outcome is not None and o.application_id in source.applications
    )
    return ReviewSource(source, outcomes, pilots, WORDS[kind_of(store)], options.rectify_by)
