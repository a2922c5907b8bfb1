"""Money: ``Decimal`` euros in Python, integer cents in storage, one rounding rule.

Amounts are rounded commercially (half up) to whole cents. Floats are refused everywhere: a float that
reaches this module is a bug.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from dlzw_desktop.errors import ValidationError

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
MAX_DIGITS = 13  # up to 9.999.999.999.999,99 €: far above any programme, far below Decimal's limits

# German input: optional thousands dots in groups of three, optional decimal comma with 1-2 digits.
_GERMAN_AMOUNT = re.compile(r"^(?P<int>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<frac>\d{1,2}))?$")
# English-looking input such as 1,234.56 or 1234.56: refused under German settings, never guessed.
_ENGLISH_AMOUNT = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d{1,2}$")


def round_cents(value: Decimal) -> Decimal:
    """Round to whole cents, half up (kaufmännische Rundung)."""
    if not isinstance(value, Decimal):
        raise TypeError(f"money must be Decimal, not {type(value).__name__}")
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(value: Decimal) -> int:
    """Euros as Decimal -> integer cents (rounded half up)."""
    return int(round_cents(value) * 100)


def from_cents(cents: int) -> Decimal:
    """Integer cents -> euros as Decimal with two places."""
    if not isinstance(cents, int) or isinstance(cents, bool):
        raise TypeError(f"cents must be int, not {type(cents).__name__}")
    return (Decimal(cents) / 100).quantize(CENT)


def parse_amount(text: str, *, allow_negative: bool = False, field: str | None = None) -> Decimal:
    """Parse an amount typed in German format ("1.234,56", "1234,5", "1234", "1.234,56 €").

    Raises ``ValidationError`` with code ``amount.empty``, ``amount.invalid``, ``amount.english_format``
    or ``amount.negative``; the message tells the user how to write it.
    """
    raw = text.strip().replace("\u00a0", " ").replace("€", "").replace("EUR", "").strip()
    raw = raw.replace(" ", "")
    if not raw:
        raise ValidationError("amount.empty", "Please enter an amount.", field=field)
    negative = raw.startswith("-")
    if negative:
        raw = raw[1:]
    if _ENGLISH_AMOUNT.match(raw) and not _GERMAN_AMOUNT.match(raw):
        raise ValidationError(
            "amount.english_format",
            "'{text}' looks like an English number. Write amounts the German way, e.g. 1.234,56.",
            field=field,
            text=text.strip(),
        )
    match = _GERMAN_AMOUNT.match(raw)
    if match is None:
        raise ValidationError(
            "amount.invalid",
            "'{text}' is not an amount. Write it like 1.234,56 (dot for thousands, comma for cents).",
            field=field,
            text=text.strip(),
        )
    if _ENGLISH_AMOUNT.match(raw) and "," not in raw:
        # "1.234" is a German thousand; "1.23" is an English decimal: refused above.
        pass
    integer = match.group("int").replace(".", "")
    if len(integer) > MAX_DIGITS:
        raise ValidationError(
            "amount.too_large",
            "'{text}' is far too large for an amount. Please check the number of digits.",
            field=field,
            text=text.strip(),
        )
    frac = match.group("frac") or "0"
    try:
        value = Decimal(f"{integer}.{frac}")
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
        raise ValidationError("amount.invalid", "Not an amount.", field=field, text=text) from exc
    if negative:
        if not allow_negative:
            raise ValidationError(
                "amount.negative",
                "The amount must not be negative (you entered {text}).",
                field=field,
                text=text.strip(),
            )
        value = -value
    return round_cents(value)


def format_plain(value: Decimal) -> str:
    """German number with two decimals and thousands dots, without currency: ``1.234,56``."""
    quantized = round_cents(value)
    sign = "-" if quantized < 0 else ""
    integer, _, frac = f"{abs(quantized):.2f}".partition(".")
    groups: list[str] = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    return f"{sign}{'.'.join(groups)},{frac}"


def format_eur(value: Decimal) -> str:
    """German currency text: ``1.234,56 €`` (non-breaking space before the sign)."""
    return f"{format_plain(value)}\u00a0€"
