"""Amounts typed the German way, and what users get for everything else."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dlzw_desktop.domain.money import (
    format_eur,
    format_plain,
    from_cents,
    parse_amount,
    round_cents,
    to_cents,
)
from dlzw_desktop.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", "1234.56"),
        ("1234,56", "1234.56"),
        ("1234", "1234.00"),
        ("1.234", "1234.00"),
        ("0,5", "0.50"),
        ("12.500,00 €", "12500.00"),
        ("  25.000 EUR ", "25000.00"),
        ("1\u00a0234,56", "1234.56"),
    ],
)
def test_german_amounts_are_understood(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1,234.56", "amount.english_format"),
        ("1234.56", "amount.english_format"),
        ("-5", "amount.negative"),
        ("abc", "amount.invalid"),
        ("", "amount.empty"),
        ("12,345", "amount.english_format"),
        ("1.23.4", "amount.invalid"),
        ("=1+1", "amount.invalid"),
    ],
)
def test_bad_amounts_say_what_to_do(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, field="amount")
    assert caught.value.code == code
    assert caught.value.field == "amount"
    assert "1.234,56" in str(caught.value) or code in ("amount.negative", "amount.empty")


def test_negative_amounts_when_allowed() -> None:
    assert parse_amount("-5,10", allow_negative=True) == Decimal("-5.10")


def test_rounding_is_commercial() -> None:
    assert round_cents(Decimal("0.005")) == Decimal("0.01")
    assert round_cents(Decimal("2.675")) == Decimal("2.68")  # float would give 2.67
    assert round_cents(Decimal("-0.005")) == Decimal("-0.01")


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        round_cents(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        from_cents(1.0)  # type: ignore[arg-type]


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_cents_round_trip(cents: int) -> None:
    assert to_cents(from_cents(cents)) == cents


@given(st.integers(min_value=0, max_value=10**11))
def test_formatted_amounts_parse_back(cents: int) -> None:
    amount = from_cents(cents)
    assert parse_amount(format_eur(amount)) == amount


def test_german_formatting() -> None:
    assert format_plain(Decimal("1234567.8")) == "1.234.567,80"
    assert format_eur(Decimal("-5")) == "-5,00\u00a0€"


def test_absurdly_long_amounts_are_refused_not_crashed() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount("1" * 40)
    assert caught.value.code == "amount.too_large"
    assert parse_amount("9.999.999.999.999,99") == Decimal("9999999999999.99")
