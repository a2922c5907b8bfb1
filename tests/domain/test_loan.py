"""Instalment plans: hand-computed plans, numpy-financial as the reference, bad input, due dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dlzw_desktop.domain.loan import (
    MAX_TERM_MONTHS,
    InstalmentPlan,
    annuity,
    instalment_plan,
    monthly_rate,
)
from dlzw_desktop.domain.money import round_cents
from dlzw_desktop.errors import ValidationError

D = Decimal
CENT = D("0.01")
# The reference works in floats; this slack only covers their representation error, never a cent.
FLOAT_SLACK = 1e-6


def _plan(
    principal: Decimal = Decimal("5000.00"),
    rate: Decimal = Decimal("7.9"),
    term: int = 24,
    grace: int = 0,
    fee: Decimal = Decimal("100.00"),
) -> InstalmentPlan:
    return instalment_plan(principal, rate, term, grace, first_due_on=date(2026, 1, 1), fee=fee)


def _check_bookkeeping(plan: InstalmentPlan) -> None:
    """Every row obeys the rounding rule exactly and the plan repays the principal to the cent."""
    rate = monthly_rate(plan.annual_rate_percent)
    balance = plan.principal
    for index, row in enumerate(plan.rows):
        assert row.number == index + 1
        assert row.interest == round_cents(balance * rate)
        assert row.payment == row.interest + row.principal_part
        assert row.principal_part >= 0
        assert row.remaining_balance == balance - row.principal_part
        assert row.remaining_balance >= 0
        is_last = index == len(plan.rows) - 1
        if row.number <= plan.grace_months:
            assert row.interest_only
            assert row.principal_part == 0
            assert row.payment == plan.grace_payment
        elif not is_last:
            assert row.payment == plan.instalment
        for amount in (row.payment, row.interest, row.principal_part, row.remaining_balance):
            assert amount == round_cents(amount)
        balance = row.remaining_balance
    assert plan.rows[-1].remaining_balance == D("0.00")
    assert sum(row.principal_part for row in plan.rows) == plan.principal
    assert plan.total_interest == sum(row.interest for row in plan.rows)
    assert plan.total_paid == plan.principal + plan.total_interest
    assert plan.total_cost == plan.total_paid + plan.fee


def test_small_plan_computed_by_hand() -> None:
    # 1.000 € at 12 % (1 % a month) over 3 months: annuity 340,0221… -> 340,02; the last month takes 340,03.
    plan = instalment_plan(D("1000.00"), D("12"), 3, 0, first_due_on=date(2026, 3, 1), fee=D("25.00"))
    rows = [
        (r.number, r.due_on, r.payment, r.interest, r.principal_part, r.remaining_balance) for r in plan.rows
    ]
    assert rows == [
        (1, date(2026, 3, 1), D("340.02"), D("10.00"), D("330.02"), D("669.98")),
        (2, date(2026, 4, 1), D("340.02"), D("6.70"), D("333.32"), D("336.66")),
        (3, date(2026, 5, 1), D("340.03"), D("3.37"), D("336.66"), D("0.00")),
    ]
    assert plan.instalment == D("340.02")
    assert plan.final_payment == D("340.03")
    assert plan.total_interest == D("20.07")
    assert plan.total_paid == D("1020.07")
    assert plan.fee == D("25.00")
    assert plan.total_cost == D("1045.07")
    assert plan.last_due_on == date(2026, 5, 1)


def test_grace_months_pay_interest_only_then_the_annuity_runs_over_the_rest() -> None:
    # Two repayment-free months, then 1.000 € over the remaining 3 months as in the plan above.
    plan = instalment_plan(D("1000.00"), D("12"), 5, 2, first_due_on=date(2026, 1, 15))
    assert [r.payment for r in plan.rows] == [D("10.00"), D("10.00"), D("340.02"), D("340.02"), D("340.03")]
    assert [r.interest_only for r in plan.rows] == [True, True, False, False, False]
    assert [r.remaining_balance for r in plan.rows[:2]] == [D("1000.00"), D("1000.00")]
    assert plan.grace_payment == D("10.00")
    assert plan.total_interest == D("40.07")
    _check_bookkeeping(plan)


def test_mikrokreditfonds_typical_loan() -> None:
    # 10.000 € at 7,9 % over 48 months: numpy-financial gives 243,6601 € a month.
    plan = instalment_plan(D("10000.00"), D("7.9"), 48, 0, first_due_on=date(2026, 2, 1), fee=D("100.00"))
    assert plan.instalment == D("243.66")
    assert len(plan.rows) == 48
    assert plan.rows[0].interest == D("65.83")  # 10.000 × 7,9 % / 12 = 65,8333…
    _check_bookkeeping(plan)


@settings(max_examples=200, deadline=None)
@given(
    principal_cents=st.integers(50_000, 2_500_000),
    rate_hundredths=st.integers(1, 1_500),
    term=st.integers(6, 60),
    grace=st.integers(0, 6),
    first=st.dates(date(2025, 1, 1), date(2032, 12, 31)),
)
def test_plan_matches_numpy_financial(
    principal_cents: int, rate_hundredths: int, term: int, grace: int, first: date
) -> None:
    grace = min(grace, term - 1)
    principal = D(principal_cents) / 100
    rate_percent = D(rate_hundredths) / 100
    plan = instalment_plan(principal, rate_percent, term, grace, first_due_on=first, fee=D("100.00"))
    _check_bookkeeping(plan)
    assert len(plan.rows) == term

    r = rate_hundredths / 100 / 1200
    n = term - grace
    pv = principal_cents / 100
    exact_annuity = float(-npf.pmt(r, n, pv))
    assert abs(float(plan.instalment) - exact_annuity) <= 0.005 + FLOAT_SLACK

    def drift_bound(k: int) -> float:
        # Each month's payment and interest are rounded by at most half a cent; the balance carries
        # both errors on with interest, so after k repayments it is off by at most this much.
        return 0.01 * ((1 + r) ** k - 1) / r

    for row in plan.rows:
        if row.interest_only:
            assert abs(float(row.interest) - pv * r) <= 0.005 + FLOAT_SLACK
            continue
        k = row.number - grace
        reference_interest = float(-npf.ipmt(r, k, n, pv))
        reference_principal = float(-npf.ppmt(r, k, n, pv))
        reference_balance = pv * (1 + r) ** k - exact_annuity * ((1 + r) ** k - 1) / r
        previous_drift = drift_bound(k - 1)
        assert abs(float(row.interest) - reference_interest) <= 0.005 + r * previous_drift + FLOAT_SLACK
        if row.number < term:
            assert abs(float(row.payment) - exact_annuity) <= 0.005 + FLOAT_SLACK
            assert abs(float(row.principal_part) - reference_principal) <= (
                0.01 + r * previous_drift + FLOAT_SLACK
            )
            assert abs(float(row.remaining_balance) - reference_balance) <= drift_bound(k) + FLOAT_SLACK
        else:
            assert abs(float(row.payment) - exact_annuity) <= (0.005 + (1 + r) * previous_drift + FLOAT_SLACK)
            assert row.remaining_balance == D("0.00")


@settings(max_examples=200, deadline=None)
@given(
    principal_cents=st.integers(1, 5_000_000),
    rate_thousandths=st.integers(0, 30_000),
    term=st.integers(1, MAX_TERM_MONTHS),
    grace=st.integers(0, 24),
)
def test_any_valid_plan_repays_exactly_and_never_overpays(
    principal_cents: int, rate_thousandths: int, term: int, grace: int
) -> None:
    grace = min(grace, term - 1)
    plan = instalment_plan(
        D(principal_cents) / 100, D(rate_thousandths) / 1000, term, grace, first_due_on=date(2027, 6, 30)
    )
    _check_bookkeeping(plan)
    assert len(plan.rows) <= term
    due = [row.due_on for row in plan.rows]
    assert due == sorted(set(due))


def test_zero_rate_divides_the_principal_and_the_last_payment_takes_the_rest() -> None:
    plan = instalment_plan(D("1000.00"), D("0"), 7, 1, first_due_on=date(2026, 1, 1))
    assert plan.instalment == D("166.67")
    assert float(plan.instalment) == pytest.approx(float(-npf.pmt(0.0, 6, 1000.0)), abs=0.005)
    assert plan.rows[0].payment == D("0.00")
    assert plan.rows[0].interest_only
    assert [r.payment for r in plan.rows[1:]] == [D("166.67")] * 5 + [D("166.65")]
    assert plan.total_interest == D("0.00")
    assert plan.total_paid == D("1000.00")
    _check_bookkeeping(plan)


def test_half_cents_round_up_commercially_not_to_even() -> None:
    # 100,05 € over 10 months is 10,005 € a month: commercial rounding gives 10,01 € (banker's: 10,00 €).
    plan = instalment_plan(D("100.05"), D("0"), 10, 0, first_due_on=date(2026, 1, 1))
    assert plan.instalment == D("10.01")
    assert plan.final_payment == D("9.96")
    # 1.000,50 € at 12 % owes 10,005 € interest in a repayment-free month.
    assert instalment_plan(D("1000.50"), D("12"), 4, 1, first_due_on=date(2026, 1, 1)).grace_payment == D(
        "10.01"
    )


def test_tiny_loan_over_a_long_term_ends_when_repaid_instead_of_overpaying() -> None:
    # 1,00 € over 60 months rounds the instalment up to 0,02 €: it is repaid after 50 payments.
    plan = instalment_plan(D("1.00"), D("0"), 60, 0, first_due_on=date(2026, 1, 1))
    assert plan.instalment == D("0.02")
    assert len(plan.rows) == 50
    _check_bookkeeping(plan)


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (date(2026, 1, 31), [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]),
        (date(2028, 1, 31), [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30)]),
        (date(2026, 11, 30), [date(2026, 11, 30), date(2026, 12, 30), date(2027, 1, 30), date(2027, 2, 28)]),
    ],
)
def test_due_dates_keep_the_day_of_month_and_clamp_at_month_end(first: date, expected: list[date]) -> None:
    plan = instalment_plan(D("2000.00"), D("7.9"), 4, 1, first_due_on=first)
    assert [row.due_on for row in plan.rows] == expected


def test_annuity_helper() -> None:
    assert annuity(D("10000.00"), D("7.9"), 42) == D("273.30")
    assert annuity(D("100.00"), D("0"), 3) == D("33.33")
    # One month at 1 %: 1.000,50 × 1,01 = 1.010,505 exactly, which rounds up.
    assert annuity(D("1000.50"), D("12"), 1) == D("1010.51")
    with pytest.raises(ValueError):
        annuity(D("100.00"), D("5"), 0)


@pytest.mark.parametrize(
    ("kwargs", "code", "field", "text"),
    [
        ({"principal": D("0")}, "loan.principal_not_positive", "principal", "more than zero"),
        ({"principal": D("-500.00")}, "loan.principal_not_positive", "principal", "-500,00\u00a0€"),
        ({"principal": D("100.005")}, "loan.principal_fraction_of_cent", "principal", "100.005"),
        ({"rate": D("-0.5")}, "loan.rate_negative", "annual_rate_percent", "-0,5 %"),
        ({"rate": D("79")}, "loan.rate_implausible", "annual_rate_percent", "79 %"),
        ({"term": 0}, "loan.term_not_positive", "term_months", "at least one month"),
        ({"term": -12}, "loan.term_not_positive", "term_months", "-12"),
        ({"term": 480}, "loan.term_implausible", "term_months", "480 months"),
        ({"grace": -1}, "loan.grace_negative", "grace_months", "-1"),
        ({"term": 6, "grace": 6}, "loan.grace_not_below_term", "grace_months", "6 repayment-free"),
        ({"term": 6, "grace": 9}, "loan.grace_not_below_term", "grace_months", "term of 6 months"),
        ({"fee": D("-1.00")}, "loan.fee_negative", "fee", "-1,00\u00a0€"),
        ({"fee": D("0.001")}, "loan.fee_fraction_of_cent", "fee", "0.001"),
    ],
)
def test_bad_input_is_refused_with_a_message_that_names_it(
    kwargs: dict[str, Any], code: str, field: str, text: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        _plan(**kwargs)
    assert caught.value.code == code
    assert caught.value.field == field
    assert text in str(caught.value)


def test_the_largest_plausible_inputs_are_accepted() -> None:
    plan = instalment_plan(
        D("25000.00"), D("30"), MAX_TERM_MONTHS, MAX_TERM_MONTHS - 1, first_due_on=date(2026, 1, 1)
    )
    assert len(plan.rows) == MAX_TERM_MONTHS
    _check_bookkeeping(plan)


@pytest.mark.parametrize(
    "call",
    [
        lambda: instalment_plan(5000.0, D("7.9"), 24, 0, first_due_on=date(2026, 1, 1)),  # type: ignore[arg-type]
        lambda: instalment_plan(D("5000"), 7.9, 24, 0, first_due_on=date(2026, 1, 1)),  # type: ignore[arg-type]
        lambda: instalment_plan(D("5000"), D("7.9"), 24.0, 0, first_due_on=date(2026, 1, 1)),  # type: ignore[arg-type]
        lambda: instalment_plan(D("5000"), D("7.9"), True, 0, first_due_on=date(2026, 1, 1)),
        lambda: instalment_plan(D("5000"), D("7.9"), 24, 0, first_due_on=date(2026, 1, 1), fee=100),  # type: ignore[arg-type]
    ],
)
def test_floats_and_other_types_are_a_programming_error(call: Callable[[], object]) -> None:
    with pytest.raises(TypeError):
        call()


def test_plan_is_immutable() -> None:
    plan = instalment_plan(D("1000.00"), D("5"), 6, 0, first_due_on=date(2026, 1, 1))
    with pytest.raises(AttributeError):
        plan.fee = D("0")  # type: ignore[misc]
    assert isinstance(plan.rows, tuple)
