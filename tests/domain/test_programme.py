"""Loan programmes: consistency of rules, the programme in force, caps and the follow-up waiting time."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dlzw_desktop.domain.dates import add_months
from dlzw_desktop.domain.enums import DocumentKind, RepaymentStatus
from dlzw_desktop.domain.programme import (
    MIKROKREDITFONDS_DEUTSCHLAND,
    ProgrammeRules,
    check_follow_up_allowed,
    check_loan_terms,
    follow_up_possible_from,
    loan_terms_problems,
    programme_in_force,
)
from dlzw_desktop.errors import ValidationError

D = Decimal
MKF = MIKROKREDITFONDS_DEUTSCHLAND
NBSP = "\u00a0"
ON = date(2026, 5, 4)


def _rules(**changes: Any) -> ProgrammeRules:
    return dataclasses.replace(MKF, **changes)


def test_mikrokreditfonds_rules() -> None:
    assert (MKF.first_loan_cap, MKF.total_cap, MKF.max_term_months) == (D("10000"), D("25000"), 48)
    assert (MKF.interest_rate_percent, MKF.fee, MKF.follow_up_after_months) == (D("7.9"), D("100"), 6)
    assert set(MKF.required_documents) == {
        DocumentKind.BUSINESS_PLAN,
        DocumentKind.LIQUIDITY_PLAN,
        DocumentKind.PROFITABILITY_PLAN,
        DocumentKind.HOUSEHOLD_BUDGET,
        DocumentKind.ID_DOCUMENT,
        DocumentKind.TRADE_REGISTRATION,
        DocumentKind.CREDIT_SELF_DISCLOSURE,
    }
    assert set(MKF.optional_documents) == {
        DocumentKind.PERMITS,
        DocumentKind.REFERENCES,
        DocumentKind.RESIDENCE_PERMIT,
    }
    assert MKF.in_force_on(ON)


# --- which programme is in force ------------------------------------------------------------------------

OLD = _rules(name="MKF 2020", valid_from=date(2020, 1, 1), valid_to=date(2025, 12, 31))
NEW = _rules(name="MKF 2026", valid_from=date(2026, 1, 1), valid_to=None, first_loan_cap=D("12000.00"))


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2020, 1, 1), OLD),  # first day counts
        (date(2025, 12, 31), OLD),  # last day counts
        (date(2026, 1, 1), NEW),
        (date(2040, 6, 1), NEW),  # open-ended
    ],
)
def test_programme_in_force_respects_both_ends_of_validity(on: date, expected: ProgrammeRules) -> None:
    assert programme_in_force([NEW, OLD], on) is expected


def test_no_programme_in_force_names_the_date() -> None:
    with pytest.raises(ValidationError) as caught:
        programme_in_force([OLD, NEW], date(2019, 12, 31))
    assert caught.value.code == "programme.none_in_force"
    assert caught.value.params["date"] == "31.12.2019"
    assert "31.12.2019" in str(caught.value)
    with pytest.raises(ValidationError, match="No loan programme"):
        programme_in_force([], ON)


def test_overlapping_programmes_are_not_resolved_silently() -> None:
    overlapping = _rules(name="Sonderprogramm", valid_from=date(2026, 3, 1), valid_to=date(2026, 6, 30))
    with pytest.raises(ValidationError) as caught:
        programme_in_force([NEW, overlapping], ON)
    assert caught.value.code == "programme.overlapping"
    assert "MKF 2026, Sonderprogramm" in str(caught.value)
    assert programme_in_force([NEW, overlapping], date(2026, 7, 1)) is NEW


# --- rules must be consistent ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"name": "  "}, "programme.name_empty"),
        ({"valid_to": date(2019, 12, 31)}, "programme.validity_reversed"),
        ({"first_loan_cap": D("0")}, "programme.first_cap_invalid"),
        ({"first_loan_cap": D("100.001")}, "programme.first_cap_invalid"),
        ({"total_cap": D("9999.99")}, "programme.total_cap_invalid"),
        ({"max_term_months": 0}, "programme.max_term_invalid"),
        ({"max_grace_months": 48}, "programme.max_grace_invalid"),
        ({"max_grace_months": -1}, "programme.max_grace_invalid"),
        ({"interest_rate_percent": D("-1")}, "programme.rate_invalid"),
        ({"fee": D("-100")}, "programme.fee_invalid"),
        ({"follow_up_after_months": -6}, "programme.follow_up_invalid"),
        ({"optional_documents": (DocumentKind.BUSINESS_PLAN,)}, "programme.documents_repeated"),
    ],
)
def test_inconsistent_programme_rules_are_refused(changes: dict[str, Any], code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _rules(**changes)
    assert caught.value.code == code


def test_programme_amounts_must_be_decimal() -> None:
    with pytest.raises(TypeError):
        _rules(fee=100.0)


# --- loan terms -----------------------------------------------------------------------------------------


def test_first_loan_within_caps_passes() -> None:
    check_loan_terms(MKF, D("10000.00"), 48, 6, on=ON)
    check_loan_terms(MKF, D("0.01"), 1, 0, on=ON)
    assert loan_terms_problems(MKF, D("5000.00"), 36, 3, on=ON) == ()


def test_first_loan_over_cap_message() -> None:
    with pytest.raises(ValidationError) as caught:
        check_loan_terms(MKF, D("12000.00"), 36, 0, on=ON)
    assert caught.value.code == "loan.first_loan_cap_exceeded"
    assert caught.value.field == "amount"
    assert str(caught.value) == (
        f"The first loan may be at most 10.000,00{NBSP}€ under Mikrokreditfonds Deutschland "
        f"(you entered 12.000,00{NBSP}€)."
    )


def test_one_cent_over_the_first_loan_cap_is_refused() -> None:
    with pytest.raises(ValidationError, match="first loan may be at most"):
        check_loan_terms(MKF, D("10000.01"), 36, 0, on=ON)


def test_follow_up_loan_counts_earlier_loans_against_the_total_cap() -> None:
    check_loan_terms(MKF, D("15000.00"), 48, 0, on=ON, previous_loans_total=D("10000.00"), is_follow_up=True)
    with pytest.raises(ValidationError) as caught:
        check_loan_terms(
            MKF, D("15000.01"), 48, 0, on=ON, previous_loans_total=D("10000.00"), is_follow_up=True
        )
    assert caught.value.code == "loan.total_cap_exceeded"
    assert caught.value.params["remaining"] == f"15.000,00{NBSP}€"
    assert "may be at most 15.000,00" in str(caught.value)


def test_follow_up_after_reaching_the_total_cap_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check_loan_terms(
            MKF, D("500.00"), 12, 0, on=ON, previous_loans_total=D("25000.00"), is_follow_up=True
        )
    assert caught.value.code == "loan.total_cap_reached"


def test_follow_up_may_exceed_the_first_loan_cap() -> None:
    # The first-loan cap limits only the first loan; a follow-up is bounded by the total cap.
    check_loan_terms(MKF, D("12000.00"), 48, 0, on=ON, previous_loans_total=D("5000.00"), is_follow_up=True)


@pytest.mark.parametrize(
    ("terms", "kwargs", "code", "field"),
    [
        ((D("0"), 24, 0), {}, "loan.amount_not_positive", "amount"),
        ((D("-1000"), 24, 0), {}, "loan.amount_not_positive", "amount"),
        ((D("5000"), 0, 0), {}, "loan.term_not_positive", "term_months"),
        ((D("5000"), 49, 0), {}, "loan.term_too_long", "term_months"),
        ((D("5000"), 24, -1), {}, "loan.grace_negative", "grace_months"),
        ((D("5000"), 24, 7), {}, "loan.grace_too_long", "grace_months"),
        ((D("5000"), 6, 6), {}, "loan.grace_not_below_term", "grace_months"),
        ((D("5000"), 24, 0), {"is_follow_up": True}, "loan.follow_up_without_previous", "is_follow_up"),
        ((D("5000"), 24, 0), {"previous_loans_total": D("3000")}, "loan.previous_loans_on_first_loan", None),
        ((D("5000"), 24, 0), {"previous_loans_total": D("-1")}, "loan.previous_total_negative", None),
        ((D("5000"), 24, 0), {"on": date(2019, 12, 31)}, "programme.not_in_force", "programme"),
    ],
)
def test_bad_loan_terms(
    terms: tuple[Decimal, int, int], kwargs: dict[str, Any], code: str, field: str | None
) -> None:
    with pytest.raises(ValidationError) as caught:
        check_loan_terms(MKF, *terms, **{"on": ON, **kwargs})
    assert caught.value.code == code
    if field is not None:
        assert caught.value.field == field


def test_term_beyond_cap_message_names_programme_and_entry() -> None:
    with pytest.raises(ValidationError) as caught:
        check_loan_terms(MKF, D("5000"), 60, 0, on=ON)
    assert (
        str(caught.value)
        == "The term may be at most 48 months under Mikrokreditfonds Deutschland (you entered 60)."
    )


def test_all_problems_are_listed_for_the_form() -> None:
    problems = loan_terms_problems(MKF, D("30000.00"), 60, 12, on=date(2019, 1, 1))
    assert [p.code for p in problems] == [
        "programme.not_in_force",
        "loan.first_loan_cap_exceeded",
        "loan.term_too_long",
        "loan.grace_too_long",
    ]
    assert "from 01.01.2020" in str(problems[0])


def test_amounts_must_be_decimal() -> None:
    with pytest.raises(TypeError):
        check_loan_terms(MKF, 5000.0, 24, 0, on=ON)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(
    amount_cents=st.integers(-100, 3_000_000),
    previous_cents=st.integers(0, 3_000_000),
    term=st.integers(-2, 70),
    grace=st.integers(-2, 10),
)
def test_terms_pass_exactly_when_every_cap_holds(
    amount_cents: int, previous_cents: int, term: int, grace: int
) -> None:
    amount = D(amount_cents) / 100
    previous = D(previous_cents) / 100
    follow_up = previous > 0
    expected_ok = (
        amount > 0
        and (amount + previous <= MKF.total_cap if follow_up else amount <= MKF.first_loan_cap)
        and 0 < term <= MKF.max_term_months
        and 0 <= grace <= MKF.max_grace_months
        and grace < term
    )
    problems = loan_terms_problems(
        MKF, amount, term, grace, on=ON, previous_loans_total=previous, is_follow_up=follow_up
    )
    assert (problems == ()) is expected_ok


# --- follow-up loans ------------------------------------------------------------------------------------

PAID_OUT = date(2026, 1, 15)
OK = RepaymentStatus.ON_TIME


def _months(start: date, statuses: list[RepaymentStatus]) -> list[tuple[date, RepaymentStatus]]:
    first = start.replace(day=1)
    return [(add_months(first, i), status) for i, status in enumerate(statuses)]


def test_follow_up_possible_six_months_after_payout_when_repayment_is_clean() -> None:
    history = _months(PAID_OUT, [OK] * 6)
    assert follow_up_possible_from(PAID_OUT, history, MKF) == date(2026, 7, 15)
    check_follow_up_allowed(PAID_OUT, history, MKF, on=date(2026, 7, 15))


def test_follow_up_one_day_too_early_is_refused_with_the_date() -> None:
    with pytest.raises(ValidationError) as caught:
        check_follow_up_allowed(PAID_OUT, _months(PAID_OUT, [OK] * 6), MKF, on=date(2026, 7, 14))
    assert caught.value.code == "loan.follow_up_too_early"
    assert caught.value.params["possible_from"] == "15.07.2026"
    assert str(caught.value) == (
        "A follow-up loan needs 6 months of trouble-free repayment after the payout on 15.01.2026 under "
        "Mikrokreditfonds Deutschland: it is possible from 15.07.2026, not on 14.07.2026."
    )


@pytest.mark.parametrize("trouble", [RepaymentStatus.ARREARS, RepaymentStatus.RESCHEDULED])
def test_troubled_month_restarts_the_clock(trouble: RepaymentStatus) -> None:
    # Arrears in March 2026: six clean months count from 01.04.2026.
    history = _months(PAID_OUT, [OK, OK, trouble, OK, OK, OK, OK])
    assert follow_up_possible_from(PAID_OUT, history, MKF) == date(2026, 10, 1)
    with pytest.raises(ValidationError) as caught:
        check_follow_up_allowed(PAID_OUT, history, MKF, on=date(2026, 9, 30))
    assert caught.value.code == "loan.follow_up_too_early_after_trouble"
    assert caught.value.params["trouble_month"] == "03.2026"
    check_follow_up_allowed(PAID_OUT, history, MKF, on=date(2026, 10, 1))


def test_latest_troubled_month_counts_whatever_the_order() -> None:
    history = [
        (date(2026, 8, 1), RepaymentStatus.ARREARS),
        (date(2026, 3, 1), RepaymentStatus.ARREARS),
        (date(2026, 5, 1), OK),
    ]
    assert follow_up_possible_from(PAID_OUT, history, MKF) == date(2027, 3, 1)
    assert follow_up_possible_from(PAID_OUT, dict(history).items(), MKF) == date(2027, 3, 1)


def test_trouble_in_the_payout_month_restarts_but_a_month_before_payout_does_not() -> None:
    assert follow_up_possible_from(PAID_OUT, [(date(2026, 1, 20), RepaymentStatus.ARREARS)], MKF) == date(
        2026, 8, 1
    )
    assert follow_up_possible_from(PAID_OUT, [(date(2025, 12, 1), RepaymentStatus.ARREARS)], MKF) == date(
        2026, 7, 15
    )


def test_written_off_loan_blocks_follow_up() -> None:
    history = _months(PAID_OUT, [OK, OK, RepaymentStatus.WRITTEN_OFF])
    assert follow_up_possible_from(PAID_OUT, history, MKF) is None
    with pytest.raises(ValidationError) as caught:
        check_follow_up_allowed(PAID_OUT, history, MKF, on=date(2030, 1, 1))
    assert caught.value.code == "loan.follow_up_blocked"
    assert "15.01.2026" in str(caught.value)


def test_payout_at_month_end_waits_until_the_clamped_day() -> None:
    assert follow_up_possible_from(date(2025, 8, 31), [], MKF) == date(2026, 2, 28)
    assert follow_up_possible_from(date(2025, 8, 31), [], _rules(follow_up_after_months=12)) == date(
        2026, 8, 31
    )


@settings(max_examples=200, deadline=None)
@given(
    paid_out=st.dates(date(2024, 1, 1), date(2028, 12, 31)),
    statuses=st.lists(
        st.sampled_from([OK, RepaymentStatus.ARREARS, RepaymentStatus.RESCHEDULED]), max_size=30
    ),
)
def test_follow_up_needs_the_full_clean_period_after_the_last_trouble(
    paid_out: date, statuses: list[RepaymentStatus]
) -> None:
    history = _months(paid_out, statuses)
    possible = follow_up_possible_from(paid_out, history, MKF)
    assert possible is not None
    assert possible >= add_months(paid_out, 6)
    troubled = [month for month, status in history if status is not OK]
    if troubled:
        assert possible == max(add_months(max(troubled), 7), add_months(paid_out, 6))
    # No troubled month lies within the six months before the follow-up date.
    assert all(add_months(month, 1) <= add_months(possible, -6) for month in troubled)
    # One more troubled month, recorded later, can only postpone it.
    later = [*history, (add_months(paid_out.replace(day=1), len(statuses)), RepaymentStatus.ARREARS)]
    later_possible = follow_up_possible_from(paid_out, later, MKF)
    assert later_possible is not None
    assert later_possible >= possible
