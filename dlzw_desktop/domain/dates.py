"""Dates and times: parsing German input, the Berlin time zone, calendar helpers."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from dlzw_desktop.errors import ValidationError

BERLIN = ZoneInfo("Europe/Berlin")

_GERMAN_DATE = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2}|\d{4})?$")
_ISO_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")


def utc_now() -> datetime:
    """The current instant, timezone-aware UTC (what is stored)."""
    return datetime.now(UTC)


def today_berlin() -> date:
    """Today's date in Dortmund."""
    return datetime.now(BERLIN).date()


def to_berlin(moment: datetime) -> datetime:
    """A stored UTC instant as local Dortmund time (for display)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: timestamps must be timezone-aware")
    return moment.astimezone(BERLIN)


def parse_date(text: str, *, field: str | None = None, default_year: int | None = None) -> date:
    """Parse "31.12.2026", "31.12.26", "31.12." (current year) or ISO "2026-12-31".

    Raises ``ValidationError`` (``date.empty``, ``date.invalid``, ``date.no_such_day``) with a message that
    names the problem, e.g. that 29.02.2025 does not exist because 2025 is not a leap year.
    """
    raw = text.strip()
    if not raw:
        raise ValidationError("date.empty", "Please enter a date.", field=field)
    match = _GERMAN_DATE.match(raw) or _ISO_DATE.match(raw)
    if match is None:
        raise ValidationError(
            "date.invalid",
            "'{text}' is not a date. Write it as DD.MM.YYYY, e.g. 31.12.2026.",
            field=field,
            text=raw,
        )
    day, month = int(match.group("d")), int(match.group("m"))
    year_text = match.group("y")
    if year_text is None:
        year = default_year if default_year is not None else today_berlin().year
    elif len(year_text) == 2:
        year = 2000 + int(year_text)
    else:
        year = int(year_text)
    if not 1 <= month <= 12:
        raise ValidationError(
            "date.no_such_month",
            "'{text}': there is no month {month}.",
            field=field,
            text=raw,
            month=month,
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        if month == 2 and day == 29:
            raise ValidationError(
                "date.not_leap_year",
                "'{text}': {year} is not a leap year, February has 28 days.",
                field=field,
                text=raw,
                year=year,
            )
        raise ValidationError(
            "date.no_such_day",
            "'{text}': this month has only {last} days.",
            field=field,
            text=raw,
            last=last,
        )
    return date(year, month, day)


def check_birth_date(value: date, *, today: date | None = None, field: str | None = "birth_date") -> date:
    """A birth date must lie in the past and describe a plausibly living adult or minor (<= 120 years)."""
    today = today or today_berlin()
    if value > today:
        raise ValidationError(
            "birth_date.future",
            "The birth date {date} lies in the future. Please check the year.",
            field=field,
            date=value.strftime("%d.%m.%Y"),
        )
    if today.year - value.year > 120:
        raise ValidationError(
            "birth_date.implausible",
            "The birth date {date} is more than 120 years ago. Please check the year.",
            field=field,
            date=value.strftime("%d.%m.%Y"),
        )
    return value


def add_months(start: date, months: int) -> date:
    """``start`` plus whole months, clamped to the month's last day (31.01. + 1 -> 28./29.02.)."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def age_on(birth: date, on: date) -> int:
    """Completed years of age on a date."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def calendar_quarter(day: date) -> tuple[int, int]:
    """(year, quarter 1-4) of a date."""
    return day.year, (day.month - 1) // 3 + 1
