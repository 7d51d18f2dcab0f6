"""Closed vocabularies stored as short strings.

Stored as their English value, never as the Chinese label: labels are translated at
display time, so a campaign file reads the same in every UI language.
"""

from enum import StrEnum

from sqlalchemy import Enum


class CampaignRole(StrEnum):
    CAMPAIGN = "campaign"
    KIT = "kit"


class CampaignKind(StrEnum):
    """Which review of the pilots a campaign is: the selection of pilots (遴选), or a later
    review of pilots already approved by a selection campaign: the acceptance at the end
    of the pilot period (验收) or the mid-term evaluation (中期评估)."""

    SELECTION = "selection"
    ACCEPTANCE = "acceptance"
    MIDTERM = "midterm"


class AcceptanceOutcome(StrEnum):
    """A pilot's outcome in an acceptance (验收) or mid-term review, from its final score
    and the campaign's bands: passed (通过), sent to rectify and be accepted again
    (整改后复验), or failed (不通过)."""

    FAIL = "fail"
    RECTIFY = "rectify"
    PASS = "pass"


class TrackKind(StrEnum):
    CITY = "city"
    DEPARTMENT = "department"


class ApplicationStatus(StrEnum):
    RECEIVED = "received"
    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    LATE = "late"
    INELIGIBLE = "ineligible"


class MaterialKind(StrEnum):
    FORM = "form"
    PLAN = "plan"
    LEADING_GROUP = "leading_group"
    ATTACHMENT = "attachment"
    # An acceptance or mid-term package's self-evaluation report (自评价报告).
    SELF_EVALUATION = "self_evaluation"


class BandLevel(StrEnum):
    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"


class TieRelation(StrEnum):
    EMPLOYMENT = "employment"
    BOARD = "board"
    CONTROL = "control"
    FAMILY = "family"
    OTHER = "other"


class ConflictSource(StrEnum):
    TIE = "tie"
    DECLARED = "declared"


class ReportSignature(StrEnum):
    """How a panel member answered the review report (评审报告): 政府采购法实施条例 §41
    (each member signs; one who disagrees signs and writes the reasons, otherwise agrees)."""

    SIGNED = "signed"
    DISSENT = "dissent"  # signed, with a different opinion and its reasons in writing
    NOT_SIGNED = "not_signed"  # neither signed nor gave reasons: recorded as such


class AggregationMethod(StrEnum):
    TRIMMED_MEAN = "trimmed_mean"
    MEAN = "mean"
    MEDIAN = "median"


class DecisionOutcome(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    DEFER = "defer"


class ChangeGround(StrEnum):
    """The grounds on which locked results may change after compilation (87号令 §64),
    and "other", which must say what it is."""

    SUM_ERROR = "sum-error"  # 分值汇总计算错误
    OUT_OF_RANGE = "out-of-range"  # 分项评分超出评分标准规定的分值范围
    OBJECTIVE_INCONSISTENT = "objective-inconsistent"  # 客观评审因素评分不一致
    ABNORMAL = "abnormal"  # 经评审委员会认定评分畸高、畸低
    OTHER = "other"


def enum_column(enum: type[StrEnum]) -> Enum:
    """A VARCHAR column checked in Python against `enum`'s values.

    No CHECK constraint in the database: SQLite cannot alter one in place, so adding a
    value later would mean rebuilding the table in a migration.
    """
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        length=24,
        values_callable=lambda members: [member.value for member in members],
    )
