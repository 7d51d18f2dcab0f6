"""Declarative base and the column types every table shares."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Constraint names are fixed so that migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CENTS = Decimal("0.01")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Points(TypeDecorator[Decimal]):
    """Score points as exact decimals, stored as whole hundredths.

    SQLite has no decimal type and floats would turn 7.5 + 0.1 into 7.6000000001 on a
    printed score sheet; hundredths are exact and still sort and sum in SQL. A value
    with more than two decimals is refused rather than silently rounded.
    """

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        exact = Decimal(str(value)) if not isinstance(value, Decimal) else value
        hundredths = exact * 100
        if hundredths != hundredths.to_integral_value():
            raise ValueError(f"points must have at most two decimals: {value}")
        return int(hundredths)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(CENTS, rounding=ROUND_HALF_UP)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored in UTC and handed back timezone-aware.

    SQLite keeps no zone; without this a naive time read back could not be compared with
    an aware one, and an audit trail must say unambiguously when something happened.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must carry a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)
