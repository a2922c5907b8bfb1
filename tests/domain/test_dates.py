"""Dates typed the German way, impossible dates, and birth dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from dlzw_desktop.domain.dates import add_months, age_on, check_birth_date, parse_date, to_berlin
from dlzw_desktop.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.12.2026", date(2026, 12, 31)),
        ("1.2.2024", date(2024, 2, 1)),
        ("29.02.2024", date(2024, 2, 29)),
        ("05.03.26", date(2026, 3, 5)),
        ("2026-12-31", date(2026, 12, 31)),
    ],
)
def test_german_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_day_and_month_only_means_the_current_year() -> None:
    assert parse_date("24.12.", default_year=2027) == date(2027, 12, 24)


@pytest.mark.parametrize(
    ("text", "code", "hint"),
    [
        ("31.04.2026", "date.no_such_day", "30"),
        ("31.04.", "date.no_such_day", "30"),
        ("29.02.2025", "date.not_leap_year", "2025"),
        ("12.13.2026", "date.no_such_month", "13"),
        ("morgen", "date.invalid", "TT.MM.JJJJ"),
        ("", "date.empty", ""),
    ],
)
def test_impossible_dates_are_explained(text: str, code: str, hint: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, default_year=2026)
    assert caught.value.code == code
    assert hint.replace("TT.MM.JJJJ", "DD.MM.YYYY") in str(caught.value)


def test_birth_dates_in_the_future_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check_birth_date(date(2030, 1, 1), today=date(2026, 11, 25))
    assert caught.value.code == "birth_date.future"
    assert check_birth_date(date(1990, 1, 1), today=date(2026, 11, 25)) == date(1990, 1, 1)


def test_months_are_added_to_the_last_day() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 15), 14) == date(2028, 1, 15)


def test_age_and_berlin_time() -> None:
    assert age_on(date(2000, 11, 26), date(2026, 11, 25)) == 25
    summer = to_berlin(datetime(2026, 7, 1, 10, 0, tzinfo=UTC))
    assert summer.hour == 12
    winter = to_berlin(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    assert winter.hour == 11
