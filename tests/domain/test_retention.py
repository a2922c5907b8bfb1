"""Retention rules: when a person is due, and a coarser birth date that keeps every age group."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dlzw_desktop.domain.retention import (
    CaseClosing,
    RecordType,
    RetentionRules,
    generalised_birth_date,
    person_due_on,
)
from dlzw_desktop.domain.rotation import backups_to_keep
from dlzw_desktop.domain.statistics import age_group
from dlzw_desktop.errors import ValidationError

RULES = RetentionRules.defaults()


def test_an_open_case_keeps_the_person() -> None:
    assert person_due_on(RULES, [CaseClosing(None, False)], date(2020, 1, 1)) is None


def test_the_longest_period_decides() -> None:
    due = person_due_on(
        RULES, [CaseClosing(date(2020, 6, 30), True), CaseClosing(date(2023, 1, 15), False)], None
    )
    assert due == date(2030, 6, 30)  # 120 months after the case with a loan


def test_a_contact_without_case_counts_from_the_last_contact() -> None:
    assert person_due_on(RULES, [], date(2024, 2, 29)) == date(2026, 2, 28)


def test_rules_are_validated() -> None:
    with pytest.raises(ValidationError):
        RULES.with_months({RecordType.ATTACHMENT: 0})
    with pytest.raises(ValidationError) as caught:
        RULES.with_months({RecordType.CASE_WITH_LOAN: 12})
    assert caught.value.code == "retention.loan_shorter"
    assert RULES.with_months({RecordType.ATTACHMENT: 6}).months[RecordType.ATTACHMENT] == 6
    assert (
        RetentionRules.of({"attachment": 3, "unknown": 5, "appointment": "x"}).months[RecordType.APPOINTMENT]
        == 12
    )


@given(
    birth=st.dates(min_value=date(1940, 1, 1), max_value=date(2005, 12, 31)),
    offsets=st.lists(st.integers(min_value=6570, max_value=30000), min_size=1, max_size=5),
)
def test_the_generalised_birth_date_keeps_every_age_group(birth: date, offsets: list[int]) -> None:
    references = [date.fromordinal(birth.toordinal() + offset) for offset in offsets]
    references = [day for day in references if day.year < 2100]
    coarse = generalised_birth_date(birth, references)
    assert coarse.year == birth.year
    assert [age_group(coarse, day) for day in references] == [age_group(birth, day) for day in references]


def test_the_birth_date_becomes_coarse_where_possible() -> None:
    assert generalised_birth_date(date(1990, 3, 17), [date(2026, 5, 4)]) == date(1990, 7, 1)
    # Turned 25 on 10.05.2026: on 12.05.2026 the person is 25, so 1 July would make them 24.
    assert generalised_birth_date(date(2001, 5, 10), [date(2026, 5, 12)]) == date(2001, 1, 1)


def test_rotation_keeps_7_days_4_weeks_12_months() -> None:
    moments = [datetime.fromordinal(date(2025, 1, 1).toordinal() + n).replace(hour=18) for n in range(500)]
    kept = sorted(backups_to_keep(moments), reverse=True)
    newest = max(moments)
    assert kept[0] == newest
    days = {m.date() for m in kept}
    assert all(date.fromordinal(newest.toordinal() - n) in days for n in range(7))
    months = {(m.year, m.month) for m in kept}
    assert len(months) == 12
    assert len(kept) <= 7 + 4 + 12
    assert backups_to_keep([]) == set()
