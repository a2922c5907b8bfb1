"""The one place where reports format numbers, money and dates the German way."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from dlzw_desktop.domain.dates import to_berlin
from dlzw_desktop.domain.money import format_eur, format_plain
from dlzw_desktop.reports.annual_data import SUPPRESSED, Unit, Value

__all__ = [
    "format_date",
    "format_datetime",
    "format_decimal",
    "format_eur",
    "format_int",
    "format_percent",
    "format_plain",
    "format_value",
]

#: Printed for a cell that has no value (e.g. no lead time without recommendations).
NO_VALUE = "–"


def format_int(value: int) -> str:
    """``12345`` -> ``12.345``."""
    return f"{value:,}".replace(",", ".")


def format_decimal(value: Decimal, places: int = 1) -> str:
    """A decimal number with German separators, rounded half up: ``1234.56`` -> ``1.234,6``."""
    quantum = Decimal(1).scaleb(-places)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    integer, _, fraction = f"{abs(rounded):f}".partition(".")
    grouped = format_int(int(integer))
    return f"{sign}{grouped},{fraction}" if places > 0 else f"{sign}{grouped}"


def format_percent(value: Decimal, places: int = 1) -> str:
    """``12.5`` (already in percent) -> ``12,5 %``."""
    return f"{format_decimal(value, places)}\u00a0%"


def format_date(value: date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")


def format_datetime(value: datetime | None) -> str:
    """A stored UTC instant as Dortmund local time."""
    return "" if value is None else to_berlin(value).strftime("%d.%m.%Y %H:%M")


def format_value(value: Value, unit: Unit) -> str:
    """A report cell as printed: German numbers, "." for a suppressed cell, "–" for no value."""
    if value is SUPPRESSED:
        return str(SUPPRESSED)
    if value is None:
        return NO_VALUE
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, int) and unit in (Unit.COUNT, Unit.TEXT):
        return format_int(value)
    number = Decimal(value) if isinstance(value, int) else value
    assert isinstance(number, Decimal)
    if unit is Unit.EUR:
        return format_eur(number)
    if unit is Unit.PERCENT:
        return format_percent(number)
    if unit is Unit.DAYS:
        return _trimmed(number)
    if unit in (Unit.HOURS, Unit.FTE):
        return format_decimal(number, 2)
    return format_decimal(number, 2)


def _trimmed(value: Decimal) -> str:
    """Up to two decimals without trailing zeros: 12 -> "12", 12.5 -> "12,5", 12.75 -> "12,75"."""
    text = format_decimal(value, 2)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text
