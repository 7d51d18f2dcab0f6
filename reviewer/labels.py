"""Words shown for the stored vocabularies, in the user's language.

Values are stored in English (`models.enums`); these are the labels a person reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from models.enums import (
    AcceptanceOutcome,
    AggregationMethod,
    ApplicationStatus,
    BandLevel,
    CampaignKind,
    ChangeGround,
    ConflictSource,
    DecisionOutcome,
    MaterialKind,
    TieRelation,
    TrackKind,
)
from reviewer.i18n import QT_TRANSLATE_NOOP, translate

_LABELS: dict[StrEnum, str] = {
    TrackKind.CITY: QT_TRANSLATE_NOOP("Labels", "City pilot"),
    TrackKind.DEPARTMENT: QT_TRANSLATE_NOOP("Labels", "Department pilot"),
    ApplicationStatus.RECEIVED: QT_TRANSLATE_NOOP("Labels", "Received"),
    ApplicationStatus.COMPLETE: QT_TRANSLATE_NOOP("Labels", "Complete"),
    ApplicationStatus.INCOMPLETE: QT_TRANSLATE_NOOP("Labels", "Incomplete"),
    ApplicationStatus.LATE: QT_TRANSLATE_NOOP("Labels", "Late"),
    ApplicationStatus.INELIGIBLE: QT_TRANSLATE_NOOP("Labels", "Ineligible"),
    MaterialKind.FORM: QT_TRANSLATE_NOOP("Labels", "Application form"),
    MaterialKind.PLAN: QT_TRANSLATE_NOOP("Labels", "Implementation plan"),
    MaterialKind.LEADING_GROUP: QT_TRANSLATE_NOOP("Labels", "Leading-group document"),
    MaterialKind.ATTACHMENT: QT_TRANSLATE_NOOP("Labels", "Attachment"),
    MaterialKind.SELF_EVALUATION: QT_TRANSLATE_NOOP("Labels", "Self-evaluation report"),
    CampaignKind.SELECTION: QT_TRANSLATE_NOOP("Labels", "Selection"),
    CampaignKind.ACCEPTANCE: QT_TRANSLATE_NOOP("Labels", "Acceptance review"),
    CampaignKind.MIDTERM: QT_TRANSLATE_NOOP("Labels", "Mid-term evaluation"),
    BandLevel.EXCELLENT: QT_TRANSLATE_NOOP("Labels", "Excellent"),
    BandLevel.GOOD: QT_TRANSLATE_NOOP("Labels", "Good"),
    BandLevel.FAIR: QT_TRANSLATE_NOOP("Labels", "Fair"),
    BandLevel.POOR: QT_TRANSLATE_NOOP("Labels", "Poor"),
    TieRelation.EMPLOYMENT: QT_TRANSLATE_NOOP("Labels", "Works or worked for it"),
    TieRelation.BOARD: QT_TRANSLATE_NOOP("Labels", "Sits or sat on its board"),
    TieRelation.CONTROL: QT_TRANSLATE_NOOP("Labels", "Controls it"),
    TieRelation.FAMILY: QT_TRANSLATE_NOOP("Labels", "Relative of its legal representative"),
    TieRelation.OTHER: QT_TRANSLATE_NOOP("Labels", "Other tie"),
    ConflictSource.TIE: QT_TRANSLATE_NOOP("Labels", "Known tie"),
    ConflictSource.DECLARED: QT_TRANSLATE_NOOP("Labels", "Declared by the expert"),
    AggregationMethod.TRIMMED_MEAN: QT_TRANSLATE_NOOP(
        "Labels", "Trimmed mean (drop highest and lowest)"
    ),
    AggregationMethod.MEAN: QT_TRANSLATE_NOOP("Labels", "Mean"),
    AggregationMethod.MEDIAN: QT_TRANSLATE_NOOP("Labels", "Median"),
    DecisionOutcome.APPROVE: QT_TRANSLATE_NOOP("Labels", "Approve"),
    DecisionOutcome.REJECT: QT_TRANSLATE_NOOP("Labels", "Reject"),
    DecisionOutcome.DEFER: QT_TRANSLATE_NOOP("Labels", "Defer"),
    AcceptanceOutcome.PASS: QT_TRANSLATE_NOOP("Labels", "Pass"),
    AcceptanceOutcome.RECTIFY: QT_TRANSLATE_NOOP("Labels", "Rectify, then re-accept"),
    AcceptanceOutcome.FAIL: QT_TRANSLATE_NOOP("Labels", "Fail"),
}


# The star grades of a pilot that passes, lowest first (the 2012 《国家智慧城市试点暂行管理
# 办法》: "评定等级由低至高分为一星、二星和三星").
STAR_GRADES = (
    QT_TRANSLATE_NOOP("Labels", "One star"),
    QT_TRANSLATE_NOOP("Labels", "Two stars"),
    QT_TRANSLATE_NOOP("Labels", "Three stars"),
)


def grade_label(stars: int | None) -> str:
    """一星 to 三星 for 1 to 3 stars; "" for no grade."""
    return "" if not stars else translate("Labels", STAR_GRADES[stars - 1])


def label(value: StrEnum) -> str:
    return translate("Labels", _LABELS[value])


# The grounds as the user reads them (87号令 §64); kept apart from `labels`, whose table
# is keyed by value and already holds another "other".
GROUND_LABELS: dict[ChangeGround, str] = {
    ChangeGround.SUM_ERROR: QT_TRANSLATE_NOOP("Results", "Adding-up error"),
    ChangeGround.OUT_OF_RANGE: QT_TRANSLATE_NOOP("Results", "Sub-score outside the rubric's range"),
    ChangeGround.OBJECTIVE_INCONSISTENT: QT_TRANSLATE_NOOP(
        "Results", "Inconsistent scoring of an objective item"
    ),
    ChangeGround.ABNORMAL: QT_TRANSLATE_NOOP(
        "Results", "Score judged abnormally high or low by the panel"
    ),
    ChangeGround.OTHER: QT_TRANSLATE_NOOP("Results", "Other"),
}


def ground_label(ground: ChangeGround) -> str:
    return translate("Results", GROUND_LABELS[ground])


# The official names of the call's two tracks, as printed on documents.
TRACK_NAMES = {
    TrackKind.CITY: "市级智慧城市区域试点",
    TrackKind.DEPARTMENT: "省级部门智慧城市业务应用试点",
}


# Each such check's short name, for the campaign's settings
# (intake's checklist) and the audit log's words.
CHECK_NAMES: dict[str, str] = {
    "track": QT_TRANSLATE_NOOP("Checks", "The applicant may apply in the track"),
    "districts": QT_TRANSLATE_NOOP("Checks", "Two districts/counties"),
    "open_data": QT_TRANSLATE_NOOP("Checks", "Open-data work"),
    "secure": QT_TRANSLATE_NOOP("Checks", "Secure and controllable technology"),
    "form": QT_TRANSLATE_NOOP("Checks", "The application form"),
    "plan": QT_TRANSLATE_NOOP("Checks", "The implementation plan"),
    "leading_group": QT_TRANSLATE_NOOP("Checks", "The leading-group document"),
    "open_data_delivered": QT_TRANSLATE_NOOP("Checks", "Open data delivered"),
    "self_evaluation": QT_TRANSLATE_NOOP("Checks", "The self-evaluation report"),
}


@dataclass(frozen=True)
class Wan:
    """An amount in 万元 (ten thousand yuan), the unit application forms state budgets in.

    Formatted as it is ("5800"), and as `.millions` ("58") for English, which counts in
    millions: the Chinese translation of "{amount.millions} million yuan" is "{amount} 万元".
    """

    wan: Decimal

    def __format__(self, spec: str) -> str:
        return format(self.wan.normalize(), spec or "f")

    @property
    def millions(self) -> str:
        return format((self.wan / 100).normalize(), ",f")


def money_in_wan(wan: int | Decimal) -> str:
    """A budget stated in 万元, said naturally: "5800 万元", "58 million yuan"."""
    return translate("Labels", "{amount.millions} million yuan").format(amount=Wan(Decimal(wan)))
