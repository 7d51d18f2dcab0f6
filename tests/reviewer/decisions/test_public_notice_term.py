"""Working days of the public notice and of replies, on China's statutory calendar."""

from __future__ import annotations

from datetime import date

import pytest

from reviewer.decisions.public_notice_term import (
    count_working_days,
    known_years,
    notice_term,
    reply_deadline,
)


def test_a_notice_over_national_day_2014_skips_the_holiday_week() -> None:
    """国办发明电〔2013〕28号: 国庆节 1–7 October 2014 off, Sunday 28 September and
    Saturday 11 October worked. Counted by hand from Monday 29 September: 29 Sep (1),
    30 Sep (2), [1–7 Oct holiday], 8 Oct (3), 9 Oct (4), 10 Oct (5)."""
    term = notice_term(date(2014, 9, 29), 5)
    assert term.last == date(2014, 10, 10)
    assert term.days == (
        date(2014, 9, 29),
        date(2014, 9, 30),
        date(2014, 10, 8),
        date(2014, 10, 9),
        date(2014, 10, 10),
    )
    assert term.exact
    # Counting Monday to Friday would have ended on Friday 3 October, a holiday.
    assert count_working_days(date(2014, 9, 29), 5).last != date(2014, 10, 3)


def test_the_adjusted_working_days_of_2014_count() -> None:
    # Saturday 11 October 2014 was worked: a sixth day falls on it, not on Monday 13th.
    assert notice_term(date(2014, 9, 29), 6).last == date(2014, 10, 11)
    # Sunday 28 September 2014 was worked: a notice published that day counts it.
    assert notice_term(date(2014, 9, 28), 1).last == date(2014, 9, 28)
    # Published on a holiday, a notice's first day is the next working day.
    assert notice_term(date(2014, 10, 1), 1).last == date(2014, 10, 8)


def test_a_reply_is_due_counting_from_the_day_after_receipt() -> None:
    # Received Tuesday 30 September 2014: 8, 9, 10 October (民法典 §201).
    assert reply_deadline(date(2014, 9, 30), 3).last == date(2014, 10, 10)
    assert reply_deadline(date(2014, 10, 8), 3).last == date(2014, 10, 11)


def test_a_year_the_calendar_does_not_know_counts_monday_to_friday() -> None:
    unknown = known_years().stop + 1
    start = date(unknown, 9, 28)
    while start.weekday() != 0:  # a Monday
        start = date.fromordinal(start.toordinal() + 1)
    term = notice_term(start, 5)
    assert term.last == date.fromordinal(start.toordinal() + 4)  # that Friday
    assert term.weekday_years == (unknown,)
    assert not term.exact
    assert 2014 in known_years() and 2004 in known_years()


def test_a_term_across_into_an_unknown_year_names_only_that_year() -> None:
    last_known = known_years().stop - 1
    term = notice_term(date(last_known, 12, 28), 10)
    assert term.weekday_years == (last_known + 1,)


@pytest.mark.parametrize("days", [0, -1, 61])
def test_a_term_out_of_range_is_refused(days: int) -> None:
    with pytest.raises(ValueError):
        notice_term(date(2014, 9, 29), days)
