"""Tests of the annual report's lead-time quartiles, age groups and approval rate."""

from __future__ import annotations

import statistics
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dlzw_desktop.domain.statistics import (
    AgeGroup,
    LeadTimeSummary,
    age_group,
    approval_rate,
    lead_time_days,
    summarize_lead_times,
    tally_age_groups,
)
from dlzw_desktop.errors import ValidationError

# ------------------------------------------------------------------------------------- lead times


def test_lead_time_counts_calendar_days() -> None:
    assert lead_time_days(date(2026, 1, 30), date(2026, 3, 2)) == 31  # 1 + 28 + 2
    assert lead_time_days(date(2026, 5, 5), date(2026, 5, 5)) == 0
    with pytest.raises(ValidationError) as error:
        lead_time_days(date(2026, 5, 5), date(2026, 5, 4))
    assert error.value.code == "statistics.negative_lead_time"


def test_quartiles_of_an_odd_count() -> None:
    # Sorted 10, 20, 30, 40, 50; positions (5 - 1) x 0.25 / 0.5 / 0.75 = 1, 2, 3: exactly 20, 30, 40.
    assert summarize_lead_times([50, 10, 40, 20, 30]) == LeadTimeSummary(
        5, Decimal(20), Decimal(30), Decimal(40)
    )


def test_quartiles_of_an_even_count_interpolate() -> None:
    # 1, 2, 3, 4: positions 0.75, 1.5, 2.25 -> 1 + 0.75 x 1 = 1.75; 2.5; 3 + 0.25 x 1 = 3.25
    summary = summarize_lead_times([4, 3, 2, 1])
    assert (summary.lower_quartile, summary.median, summary.upper_quartile) == (
        Decimal("1.75"),
        Decimal("2.5"),
        Decimal("3.25"),
    )


def test_quartiles_of_one_and_of_no_lead_time() -> None:
    assert summarize_lead_times([12]) == LeadTimeSummary(1, Decimal(12), Decimal(12), Decimal(12))
    assert summarize_lead_times([]) == LeadTimeSummary(0, None, None, None)


def test_negative_lead_times_are_a_bug() -> None:
    with pytest.raises(ValueError, match="0 or more"):
        summarize_lead_times([3, -1])


@given(st.lists(st.integers(0, 400), min_size=2, max_size=60))
def test_quartiles_match_python_inclusive_method(days: list[int]) -> None:
    summary = summarize_lead_times(days)
    expected = statistics.quantiles([Fraction(d) for d in days], n=4, method="inclusive")
    assert [summary.lower_quartile, summary.median, summary.upper_quartile] == [
        Decimal(q.numerator) / Decimal(q.denominator) for q in expected
    ]
    assert summary.median == Decimal(str(statistics.median(days)))
    assert summary.count == len(days)


# ------------------------------------------------------------------------------------- age groups

REFERENCE = date(2026, 6, 30)


@pytest.mark.parametrize(
    ("birth", "group"),
    [
        (date(2001, 7, 1), AgeGroup.UNDER_25),  # 25 tomorrow
        (date(2001, 6, 30), AgeGroup.FROM_25_TO_34),  # 25 today
        (date(1991, 7, 1), AgeGroup.FROM_25_TO_34),  # 34
        (date(1991, 6, 30), AgeGroup.FROM_35_TO_44),
        (date(1981, 6, 30), AgeGroup.FROM_45_TO_54),
        (date(1971, 7, 1), AgeGroup.FROM_45_TO_54),  # 54
        (date(1971, 6, 30), AgeGroup.FROM_55),
        (date(1940, 1, 1), AgeGroup.FROM_55),
        (date(2010, 1, 1), AgeGroup.UNDER_25),
        (None, AgeGroup.NOT_STATED),
    ],
)
def test_age_group_boundaries(birth: date | None, group: AgeGroup) -> None:
    assert age_group(birth, REFERENCE) is group


def test_leap_day_birthday_counts_from_first_of_march() -> None:
    born = date(2000, 2, 29)
    assert age_group(born, date(2025, 2, 28)) is AgeGroup.UNDER_25
    assert age_group(born, date(2025, 3, 1)) is AgeGroup.FROM_25_TO_34


def test_birth_after_reference_is_a_data_error() -> None:
    with pytest.raises(ValidationError) as error:
        age_group(date(2026, 7, 1), REFERENCE)
    assert error.value.code == "statistics.born_after_reference"


def test_tally_lists_every_group_in_report_order() -> None:
    tally = tally_age_groups([AgeGroup.FROM_55, AgeGroup.UNDER_25, AgeGroup.FROM_55])
    assert list(tally) == list(AgeGroup)
    assert tally[AgeGroup.FROM_55] == 2
    assert tally[AgeGroup.UNDER_25] == 1
    assert tally[AgeGroup.NOT_STATED] == 0


# ---------------------------------------------------------------------------------- approval rate


@pytest.mark.parametrize(
    ("approved", "declined", "rate"),
    [
        (2, 1, "66.7"),  # 66.666...
        (1, 5, "16.7"),  # 16.666...
        (1, 15, "6.3"),  # 6.25 exactly: half up (half even would give 6.2)
        (0, 5, "0.0"),
        (7, 0, "100.0"),
    ],
)
def test_approval_rate(approved: int, declined: int, rate: str) -> None:
    assert approval_rate(approved, declined) == Decimal(rate)
    assert str(approval_rate(approved, declined)) == rate


def test_no_decisions_give_no_rate() -> None:
    assert approval_rate(0, 0) is None
