"""Counting the working days of a public notice (公示) and of a reply to an objection.

A pilot list's notice runs for a number of working days set per campaign (5 by default;
practice.md, "Public notice": pilot lists are usually published for 5 to 7 days and no
national rule fixes it). Working days are China's: Monday to Friday, less the statutory
holidays, plus the weekend days made working days to bridge them (调休). The State
Council publishes those every year (for 2014: 国办发明电〔2013〕28号), so they are read
from the maintained `chinese-calendar` package, which knows the years it was published
with. For a year it does not know, Monday to Friday are counted and the result says so,
so that a date on screen or on paper is never presented as more certain than it is.

How the days are counted:

- a notice's first day is the day it is published, when that is a working day (a notice
  "公示期为5个工作日" published on Monday 29 September 2014 runs 29 and 30 September and
  8, 9 and 10 October: 1 to 7 October are the National Day holiday, and the adjusted
  working days 28 September and 11 October fall outside it);
- a reply is due a number of working days after the objection was received, the day of
  receipt not counted (民法典 §201: a term counted in days starts on the next day; and
  §203: a term whose last day is a holiday ends on the next working day, which counting
  working days gives by itself). 招标投标法实施条例 §54 gives tender objections 3 days,
  the default here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar

# A pilot list's public notice runs 5 working days unless the campaign sets another term.
DEFAULT_TERM_DAYS = 5
# Objections are answered within 3 days of receipt (招标投标法实施条例 §54), here counted
# in working days unless the campaign sets another term.
DEFAULT_REPLY_DAYS = 3
# A term longer than this is a typing error, not a notice (and would count for years).
MAX_DAYS = 60


@dataclass(frozen=True)
class WorkingDays:
    """Working days counted from a date: the last one, every one, and the years whose
    holidays were not known (Monday to Friday counted instead)."""

    first: date
    last: date
    days: tuple[date, ...]
    weekday_years: tuple[int, ...]

    @property
    def exact(self) -> bool:
        """Every day was counted with the statutory calendar."""
        return not self.weekday_years


def known_years() -> range:
    """The years the installed `chinese-calendar` knows the holidays of."""
    known = {day.year for day in chinese_calendar.holidays} | {
        day.year for day in chinese_calendar.workdays
    }
    return range(min(known), max(known) + 1)


def is_working_day(day: date) -> tuple[bool, bool]:
    """Whether `day` is a working day, and whether the statutory calendar said so (False:
    its year is unknown and Monday to Friday are taken as working days)."""
    try:
        return bool(chinese_calendar.is_workday(day)), True
    except NotImplementedError:  # the package raises this for a year it has no data for
        return day.weekday() < 5, False


def count_working_days(first: date, count: int) -> WorkingDays:
    """The first `count` working days on or after `first`."""
    if not 1 <= count <= MAX_DAYS:
        raise ValueError(f"a term of {count} working days is outside 1..{MAX_DAYS}")
    days: list[date] = []
    unknown: set[int] = set()
    day = first
    while len(days) < count:
        working, known = is_working_day(day)
        if not known:
            unknown.add(day.year)
        if working:
            days.append(day)
        day += timedelta(days=1)
    return WorkingDays(first, days[-1], tuple(days), tuple(sorted(unknown)))


def notice_term(start: date, days: int = DEFAULT_TERM_DAYS) -> WorkingDays:
    """The working days of a notice published on `start`, which counts when it is a
    working day; `last` is the notice's final day."""
    return count_working_days(start, days)


def reply_deadline(received: date, days: int = DEFAULT_REPLY_DAYS) -> WorkingDays:
    """The working days for answering an objection received on `received`, counted from
    the next day (民法典 §201); `last` is the day the reply is due."""
    return count_working_days(received + timedelta(days=1), days)
