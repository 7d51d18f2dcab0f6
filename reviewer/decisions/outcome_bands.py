"""The bands that turn a pilot's final score into its acceptance outcome, and the star
grade, both campaign settings of an acceptance or mid-term review.

By default a final of 80.00 or more passes (通过), 60.00 to under 80.00 sends the pilot
to rectify and be accepted again (整改后复验), and under 60.00 fails it (不通过). The
secretariat may set its own bands: ordered from the lowest, each from its lower edge
(included) to the next band's (excluded), the top band including 100.00, covering 0 to
100 with no gap and no overlap, in hundredths (scores are stored as Points), and a
higher score never given a worse outcome.

The star grade (一星, 二星, 三星) is the grading the 2012 《国家智慧城市试点暂行管理办法》
names for pilots that pass ("评定等级由低至高分为一星、二星和三星"); no published rule maps a
score to a star, so the thresholds are the secretariat's own and the grade is off until
it sets them. A band or a threshold changes nothing once the results are locked: the
outcomes printed must be the ones the locked results give.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Campaign
from models.enums import AcceptanceOutcome, CampaignKind
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.labels import STAR_GRADES
from reviewer.store import audit
from reviewer.store.result_lock import ensure_unlocked
from reviewer.store.storage import CampaignStore

FAIL, RECTIFY, PASS = AcceptanceOutcome.FAIL, AcceptanceOutcome.RECTIFY, AcceptanceOutcome.PASS
LOWEST, HIGHEST = Decimal("0.00"), Decimal("100.00")
HUNDREDTH = Decimal("0.01")
REVIEWS = frozenset({CampaignKind.ACCEPTANCE, CampaignKind.MIDTERM})


class BandsInvalid(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "The outcome bands are not valid: {problem}")


class GradesInvalid(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "The star thresholds are not valid: {problem}")


class NotAReview(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Outcome bands belong to an acceptance or mid-term review; this campaign is a "
        "selection of pilots.",
    )


@dataclass(frozen=True)
class Band:
    """Finals from `low` (included) to `high` (excluded, unless it is 100.00) have
    `outcome`."""

    outcome: AcceptanceOutcome
    low: Decimal
    high: Decimal

    def holds(self, final: Decimal) -> bool:
        return self.low <= final < self.high or final == self.high == HIGHEST

    def as_json(self) -> dict[str, str]:
        return {"outcome": self.outcome.value, "from": f"{self.low:.2f}", "to": f"{self.high:.2f}"}


DEFAULT_BANDS = (
    Band(FAIL, LOWEST, Decimal("60.00")),
    Band(RECTIFY, Decimal("60.00"), Decimal("80.00")),
    Band(PASS, Decimal("80.00"), HIGHEST),
)


@dataclass(frozen=True)
class OutcomeSettings:
    """A campaign's bands (lowest first) and star thresholds (None: no star grade)."""

    bands: tuple[Band, ...] = DEFAULT_BANDS
    grades: tuple[Decimal, ...] | None = None

    @property
    def is_default(self) -> bool:
        return self.bands == DEFAULT_BANDS

    def outcome(self, final: Decimal) -> AcceptanceOutcome:
        return outcome_of(final, self.bands)

    def grade(self, final: Decimal) -> int | None:
        return grade_of(final, self.outcome(final), self.grades)

    def as_json(self) -> dict[str, Any]:
        return {
            "bands": [band.as_json() for band in self.bands],
            "grades": None if self.grades is None else [f"{g:.2f}" for g in self.grades],
        }


def outcome_of(final: Decimal, bands: Sequence[Band] = DEFAULT_BANDS) -> AcceptanceOutcome:
    """The outcome of the band holding `final` (valid bands hold every final 0 to 100)."""
    for band in bands:
        if band.holds(final):
            return band.outcome
    raise ValueError(f"no band holds {final}")


def grade_of(
    final: Decimal, outcome: AcceptanceOutcome, thresholds: Sequence[Decimal] | None
) -> int | None:
    """The stars (1 to 3) a passed pilot reaches: how many thresholds its final meets.
    None when the grade is off, the pilot did not pass, or it is below the first star."""
    if thresholds is None or outcome is not PASS:
        return None
    stars = sum(1 for threshold in thresholds if final >= threshold)
    return stars or None


def _hundredths(value: Decimal) -> bool:
    return value.is_finite() and value == value.quantize(HUNDREDTH)


def band_problem(bands: Sequence[Band]) -> str:
    """What is wrong with `bands` (lowest first), in the user's words; "" when valid."""
    outcomes = [band.outcome for band in bands]
    if len(bands) < 2 or PASS not in outcomes or len(set(outcomes)) != len(outcomes):
        return QT_TRANSLATE_NOOP(
            "Errors", "give two or three bands, one per outcome, including a pass band"
        )
    if not all(_hundredths(b.low) and _hundredths(b.high) for b in bands):
        return QT_TRANSLATE_NOOP("Errors", "a band edge has more than two decimals")
    if bands[0].low != LOWEST or bands[-1].high != HIGHEST:
        return QT_TRANSLATE_NOOP("Errors", "the bands must cover 0 to 100")
    if any(b.low >= b.high for b in bands) or any(
        before.high != after.low for before, after in itertools.pairwise(bands)
    ):
        return QT_TRANSLATE_NOOP(
            "Errors", "each band must start where the one below it ends, with no gap or overlap"
        )
    if outcomes != sorted(outcomes, key=list(AcceptanceOutcome).index):
        return QT_TRANSLATE_NOOP("Errors", "a higher band may not have a worse outcome")
    return ""


def grade_problem(grades: Sequence[Decimal], bands: Sequence[Band]) -> str:
    """What is wrong with the star thresholds under `bands`; "" when valid."""
    passed = next(band for band in bands if band.outcome is PASS)
    if len(grades) != len(STAR_GRADES):
        return QT_TRANSLATE_NOOP("Errors", "give one threshold for each of the three stars")
    if not all(_hundredths(g) for g in grades):
        return QT_TRANSLATE_NOOP("Errors", "a threshold has more than two decimals")
    if any(a >= b for a, b in itertools.pairwise(grades)):
        return QT_TRANSLATE_NOOP("Errors", "each star needs a higher score than the one before")
    if grades[0] < passed.low or grades[-1] > HIGHEST:
        return QT_TRANSLATE_NOOP("Errors", "the thresholds must lie within the pass band")
    return ""


def _decimal(text: object) -> Decimal:
    try:
        return Decimal(str(text))
    except InvalidOperation:
        return Decimal("NaN")


def _stored(campaign: Campaign) -> OutcomeSettings:
    bands = (
        tuple(
            Band(AcceptanceOutcome(b["outcome"]), _decimal(b["from"]), _decimal(b["to"]))
            for b in campaign.outcome_bands
        )
        if campaign.outcome_bands
        else DEFAULT_BANDS
    )
    grades = (
        None
        if campaign.grade_thresholds is None
        else tuple(_decimal(g) for g in campaign.grade_thresholds)
    )
    return OutcomeSettings(bands, grades)


def settings_in(session: Session) -> OutcomeSettings:
    return _stored(session.scalars(select(Campaign)).one())


def outcome_settings(store: CampaignStore) -> OutcomeSettings:
    """The campaign's bands and star thresholds as stored (the defaults filled in)."""
    with store.reading() as session:
        return settings_in(session)


def save_outcome_settings(store: CampaignStore, settings: OutcomeSettings) -> OutcomeSettings:
    """Store the bands and star thresholds in one transaction with an audit event, after
    checking them; refused for a selection campaign and while the results are locked."""
    bands = tuple(settings.bands)
    problem = band_problem(bands)
    if problem:
        raise BandsInvalid(problem=translate("Errors", problem))
    if settings.grades is not None:
        problem = grade_problem(settings.grades, bands)
        if problem:
            raise GradesInvalid(problem=translate("Errors", problem))
    with store.writing() as session:
        campaign = session.scalars(select(Campaign)).one()
        if campaign.kind not in REVIEWS:
            raise NotAReview()
        ensure_unlocked(session)
        old = _stored(campaign)
        saved = OutcomeSettings(bands, settings.grades)
        stored = saved.as_json()
        campaign.outcome_bands = None if saved.is_default else stored["bands"]
        campaign.grade_thresholds = stored["grades"]
        audit.record(
            session,
            "outcomes.bands",
            entity="campaign",
            entity_id=campaign.id,
            old=old.as_json(),
            new=stored,
        )
        return saved
