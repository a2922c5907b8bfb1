"""Jobs follow-ups after payout: due dates, month ends, what is still open, reminder keys."""

from __future__ import annotations

import calendar
import uuid
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dlzw_desktop.domain.enums import JobsOccasion
from dlzw_desktop.domain.followups import (
    JobsFollowUp,
    jobs_follow_ups,
    open_jobs_follow_ups,
    reminder_origin_key,
)

J = JobsOccasion


def test_follow_ups_fall_6_12_and_24_months_after_payout() -> None:
    assert jobs_follow_ups(date(2026, 3, 10)) == (
        JobsFollowUp(J.MONTH_6, date(2026, 9, 10)),
        JobsFollowUp(J.MONTH_12, date(2027, 3, 10)),
        JobsFollowUp(J.MONTH_24, date(2028, 3, 10)),
    )


def test_month_end_payout_clamps_to_the_last_day() -> None:
    assert [f.due_on for f in jobs_follow_ups(date(2025, 8, 31))] == [
        date(2026, 2, 28),
        date(2026, 8, 31),
        date(2027, 8, 31),
    ]
    # 29.02. of a leap year: the yearly follow-ups fall on 28.02.
    assert [f.due_on for f in jobs_follow_ups(date(2028, 2, 29))] == [
        date(2028, 8, 29),
        date(2029, 2, 28),
        date(2030, 2, 28),
    ]


def test_open_follow_ups_are_the_due_ones_not_yet_recorded() -> None:
    paid = date(2026, 1, 15)
    assert open_jobs_follow_ups(paid, [], on=date(2026, 7, 14)) == ()
    assert [f.occasion for f in open_jobs_follow_ups(paid, [], on=date(2026, 7, 15))] == [J.MONTH_6]
    assert [f.occasion for f in open_jobs_follow_ups(paid, [J.INTAKE], on=date(2027, 2, 1))] == [
        J.MONTH_6,
        J.MONTH_12,
    ]
    assert [f.occasion for f in open_jobs_follow_ups(paid, [J.MONTH_6], on=date(2027, 1, 15))] == [J.MONTH_12]
    assert open_jobs_follow_ups(paid, list(J), on=date(2030, 1, 1)) == ()


def test_reminder_keys_are_stable_and_distinct() -> None:
    case_id = uuid.UUID("12345678-1234-5678-1234-567812345678")
    keys = {reminder_origin_key(case_id, f.occasion) for f in jobs_follow_ups(date(2026, 1, 1))}
    assert len(keys) == 3
    assert (
        reminder_origin_key(case_id, J.MONTH_6)
        == "jobs_follow_up:12345678-1234-5678-1234-567812345678:month_6"
    )
    assert all(len(key) <= 120 for key in keys)  # fits Reminder.origin_key


@settings(max_examples=200, deadline=None)
@given(paid=st.dates(date(2000, 1, 1), date(2090, 12, 31)))
def test_follow_ups_are_ordered_and_never_early(paid: date) -> None:
    follow_ups = jobs_follow_ups(paid)
    due = [f.due_on for f in follow_ups]
    assert due == sorted(due)
    for follow_up, months in zip(follow_ups, (6, 12, 24), strict=True):
        year, month0 = divmod(paid.year * 12 + paid.month - 1 + months, 12)
        assert (follow_up.due_on.year, follow_up.due_on.month) == (year, month0 + 1)
        assert follow_up.due_on.day == min(paid.day, calendar.monthrange(year, month0 + 1)[1])
