"""Affordability: free amount, headroom, ratio and the verdict at and around its thresholds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dlzw_desktop.domain.affordability import (
    TIGHT_RATIO,
    AffordabilityVerdict,
    assess_affordability,
)
from dlzw_desktop.errors import ValidationError

D = Decimal
V = AffordabilityVerdict


def test_typical_household_is_affordable() -> None:
    result = assess_affordability(D("2400.00"), D("1900.00"), D("350.00"), D("243.66"))
    assert result.free_amount == D("850.00")
    assert result.headroom == D("606.34")
    assert result.ratio == D("0.2867")
    assert result.verdict is V.AFFORDABLE
    assert result.missing == ()


@pytest.mark.parametrize(
    ("instalment", "verdict"),
    [
        (D("0.00"), V.AFFORDABLE),
        (D("700.00"), V.AFFORDABLE),  # exactly 70 % of 1.000 €
        (D("700.01"), V.TIGHT),
        (D("1000.00"), V.TIGHT),  # nothing left, but not short
        (D("1000.01"), V.NOT_AFFORDABLE),
    ],
)
def test_verdict_thresholds_are_more_than(instalment: Decimal, verdict: AffordabilityVerdict) -> None:
    result = assess_affordability(D("3000.00"), D("2500.00"), D("500.00"), instalment)
    assert result.free_amount == D("1000.00")
    assert result.verdict is verdict
    assert result.headroom == D("1000.00") - instalment


def test_thresholds_can_be_set_by_the_caller() -> None:
    strict = assess_affordability(
        D("3000"), D("2500"), D("500"), D("600"), tight_ratio=D("0.5"), max_ratio=D("0.9")
    )
    assert strict.verdict is V.TIGHT
    assert (strict.tight_ratio, strict.max_ratio) == (D("0.5"), D("0.9"))
    assert assess_affordability(D("3000"), D("2500"), D("500"), D("950"), max_ratio=D("0.9")).verdict is (
        V.NOT_AFFORDABLE
    )


def test_business_loss_can_make_the_loan_unaffordable() -> None:
    result = assess_affordability(D("1800.00"), D("1500.00"), D("-400.00"), D("150.00"))
    assert result.free_amount == D("-100.00")
    assert result.headroom == D("-250.00")
    assert result.ratio is None
    assert result.verdict is V.NOT_AFFORDABLE


def test_zero_free_amount_is_not_affordable_even_for_a_tiny_instalment() -> None:
    for instalment in (D("10.00"), D("0.00")):
        result = assess_affordability(D("1500.00"), D("1500.00"), D("0.00"), instalment)
        assert result.verdict is V.NOT_AFFORDABLE
        assert result.ratio is None


@pytest.mark.parametrize(
    ("income", "expenses", "surplus", "missing"),
    [
        (None, D("1000"), D("100"), ("household_income",)),
        (D("2000"), None, D("100"), ("household_expenses",)),
        (D("2000"), D("1000"), None, ("business_surplus",)),
        (None, None, None, ("household_income", "household_expenses", "business_surplus")),
    ],
)
def test_missing_inputs_give_incomplete_and_name_what_to_enter(
    income: Decimal | None, expenses: Decimal | None, surplus: Decimal | None, missing: tuple[str, ...]
) -> None:
    result = assess_affordability(income, expenses, surplus, D("200.00"))
    assert result.verdict is V.INCOMPLETE
    assert result.missing == missing
    assert (result.free_amount, result.headroom, result.ratio) == (None, None, None)


@pytest.mark.parametrize(
    ("args", "code", "field"),
    [
        ((D("-1"), D("0"), D("0"), D("100")), "affordability.income_negative", "household_income"),
        ((D("100"), D("-5"), D("0"), D("100")), "affordability.expenses_negative", "household_expenses"),
        ((D("100"), D("0"), D("0"), D("-100")), "affordability.instalment_negative", "instalment"),
        ((None, D("-5"), None, D("100")), "affordability.expenses_negative", "household_expenses"),
    ],
)
def test_negative_entries_are_refused(
    args: tuple[Decimal | None, Decimal | None, Decimal | None, Decimal], code: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        assess_affordability(*args)
    assert caught.value.code == code
    assert caught.value.field == field
    assert "must not be negative" in str(caught.value)


def test_floats_and_disordered_thresholds_are_programming_errors() -> None:
    with pytest.raises(TypeError):
        assess_affordability(2000.0, D("1000"), D("0"), D("100"))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        assess_affordability(D("2000"), D("1000"), D("0"), D("100"), tight_ratio=D("0.9"), max_ratio=D("0.8"))


money = st.integers(0, 1_000_000).map(lambda cents: D(cents) / 100)


@settings(max_examples=200, deadline=None)
@given(
    income=money,
    expenses=money,
    surplus=st.integers(-500_000, 500_000).map(lambda cents: D(cents) / 100),
    instalment=money,
)
def test_verdict_agrees_with_the_headroom(
    income: Decimal, expenses: Decimal, surplus: Decimal, instalment: Decimal
) -> None:
    result = assess_affordability(income, expenses, surplus, instalment)
    assert result.free_amount == income - expenses + surplus
    assert result.headroom == result.free_amount - instalment
    if result.verdict is V.NOT_AFFORDABLE:
        assert result.headroom < 0 or result.free_amount <= 0
    else:
        assert result.headroom >= 0
    if result.verdict is V.AFFORDABLE:
        assert instalment <= TIGHT_RATIO * result.free_amount
    # A larger instalment never makes the verdict better.
    order = [V.AFFORDABLE, V.TIGHT, V.NOT_AFFORDABLE]
    worse = assess_affordability(income, expenses, surplus, instalment + D("50.00"))
    assert order.index(worse.verdict) >= order.index(result.verdict)
