"""Instalment plan (Tilgungsplan) of a microloan: an annuity after optional interest-only months.

The arithmetic follows what German lenders print on a repayment plan:

* the monthly rate is the nominal annual rate / 12 / 100 (no day count: every month is one twelfth);
* in each of the first ``grace_months`` months (tilgungsfreie Monate) only the interest is paid;
* afterwards the full principal is repaid as an annuity over the remaining ``term - grace`` months;
* the annuity is rounded commercially to cents, each month's interest is the remaining balance times the
  monthly rate rounded to cents, the principal part is the payment minus that interest;
* the last payment absorbs the rounding difference, so the balance ends at exactly 0,00 €. If rounding up
  would repay the loan before the last planned month, that month's payment is reduced to what is still
  owed and the plan ends there (only possible for very small principals over long terms).

Everything is ``Decimal``; floats are refused.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext

from dlzw_desktop.domain.dates import add_months
from dlzw_desktop.domain.money import ZERO, format_eur, round_cents
from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

# A nominal rate above this is almost certainly a typo (79 for 7.9); German usury case law starts far below.
MAX_PLAUSIBLE_RATE_PERCENT = Decimal(30)
# Microloans run a few years; a longer term is a typing error (480 for 48), not a loan this tool plans.
MAX_TERM_MONTHS = 120

_MONTHS_PER_YEAR = 12
_PERCENT = 100


@dataclass(frozen=True, slots=True)
class InstalmentRow:
    """One month of the plan: what is due, how it splits into interest and principal, what remains."""

    number: int
    due_on: date
    payment: Decimal
    interest: Decimal
    principal_part: Decimal
    remaining_balance: Decimal
    interest_only: bool


@dataclass(frozen=True, slots=True)
class InstalmentPlan:
    """A complete repayment plan with its totals; build it with ``instalment_plan``.

    ``total_paid`` is the sum of all monthly payments (principal plus interest); the one-off ``fee`` is
    kept apart because lenders charge it at payout, and ``total_cost`` adds it.
    """

    principal: Decimal
    annual_rate_percent: Decimal
    term_months: int
    grace_months: int
    first_due_on: date
    fee: Decimal
    instalment: Decimal
    grace_payment: Decimal
    rows: tuple[InstalmentRow, ...]
    total_interest: Decimal
    total_paid: Decimal

    @property
    def total_cost(self) -> Decimal:
        """Everything the borrower pays: all instalments plus the fee."""
        return self.total_paid + self.fee

    @property
    def final_payment(self) -> Decimal:
        """The last payment, which carries the rounding difference."""
        return self.rows[-1].payment

    @property
    def last_due_on(self) -> date:
        """Due date of the last payment."""
        return self.rows[-1].due_on


def monthly_rate(annual_rate_percent: Decimal) -> Decimal:
    """Nominal annual rate in percent -> rate per month as a fraction (7.9 -> 0.0065833…)."""
    _require_decimal(annual_rate_percent, "annual_rate_percent")
    return annual_rate_percent / _MONTHS_PER_YEAR / _PERCENT


def annuity(principal: Decimal, annual_rate_percent: Decimal, months: int) -> Decimal:
    """The monthly annuity repaying ``principal`` in ``months`` payments, rounded to cents (half up)."""
    _require_decimal(principal, "principal")
    if months <= 0:
        raise ValueError("an annuity needs at least one month")
    rate = monthly_rate(annual_rate_percent)
    if rate == 0:
        return round_cents(principal / months)
    # 40 digits keep (1 + r) ** n far beyond the cent for any term this module accepts; the form
    # P·r·qⁿ / (qⁿ − 1) avoids a negative power, so an exact half cent (one month at 12 %) stays exact.
    with localcontext() as ctx:
        ctx.prec = 40
        growth = (1 + rate) ** months
        exact = principal * rate * growth / (growth - 1)
    return round_cents(exact)


def check_plan_inputs(
    principal: Decimal,
    annual_rate_percent: Decimal,
    term_months: int,
    grace_months: int,
    fee: Decimal,
) -> None:
    """Raise ``ValidationError`` (``loan.*``) for the first input that cannot make a plan."""
    _require_decimal(principal, "principal")
    _require_decimal(annual_rate_percent, "annual_rate_percent")
    _require_decimal(fee, "fee")
    _require_int(term_months, "term_months")
    _require_int(grace_months, "grace_months")
    if principal <= 0:
        raise ValidationError(
            "loan.principal_not_positive",
            "The loan amount must be more than zero (you entered {amount}).",
            field="principal",
            amount=format_eur(principal),
        )
    if round_cents(principal) != principal:
        raise ValidationError(
            "loan.principal_fraction_of_cent",
            "The loan amount {amount_text} has more than two decimal places. Enter it in euros and cents.",
            field="principal",
            amount_text=str(principal),
        )
    if annual_rate_percent < 0:
        raise ValidationError(
            "loan.rate_negative",
            "The interest rate must not be negative (you entered {rate} %).",
            field="annual_rate_percent",
            rate=_format_percent(annual_rate_percent),
        )
    if annual_rate_percent > MAX_PLAUSIBLE_RATE_PERCENT:
        raise ValidationError(
            "loan.rate_implausible",
            "An interest rate of {rate} % a year is implausible (at most {max_rate} %). "
            "Check the entry: enter the nominal annual rate, e.g. 7,9.",
            field="annual_rate_percent",
            rate=_format_percent(annual_rate_percent),
            max_rate=_format_percent(MAX_PLAUSIBLE_RATE_PERCENT),
        )
    if term_months <= 0:
        raise ValidationError(
            "loan.term_not_positive",
            "The term must be at least one month (you entered {term}).",
            field="term_months",
            term=term_months,
        )
    if term_months > MAX_TERM_MONTHS:
        raise ValidationError(
            "loan.term_implausible",
            "A term of {term} months is longer than {max_term} months. Check the entry: "
            "the term is given in months, e.g. 48 for four years.",
            field="term_months",
            term=term_months,
            max_term=MAX_TERM_MONTHS,
        )
    if grace_months < 0:
        raise ValidationError(
            "loan.grace_negative",
            "The number of repayment-free months must not be negative (you entered {grace}).",
            field="grace_months",
            grace=grace_months,
        )
    if grace_months >= term_months:
        raise ValidationError(
            "loan.grace_not_below_term",
            "The {grace} repayment-free months must be fewer than the term of {term} months, "
            "which includes them. Shorten the repayment-free period or lengthen the term.",
            field="grace_months",
            grace=grace_months,
            term=term_months,
        )
    if fee < 0:
        raise ValidationError(
            "loan.fee_negative",
            "The fee must not be negative (you entered {fee}).",
            field="fee",
            fee=format_eur(fee),
        )
    if round_cents(fee) != fee:
        raise ValidationError(
            "loan.fee_fraction_of_cent",
            "The fee {fee_text} has more than two decimal places. Enter it in euros and cents.",
            field="fee",
            fee_text=str(fee),
        )


def instalment_plan(
    principal: Decimal,
    annual_rate_percent: Decimal,
    term_months: int,
    grace_months: int,
    *,
    first_due_on: date,
    fee: Decimal = ZERO,
) -> InstalmentPlan:
    """The repayment plan; ``term_months`` counts the ``grace_months``. Raises ``ValidationError``.

    Due dates are ``first_due_on`` plus whole months, each computed from ``first_due_on`` (a plan starting
    on 31.01. is due on 28./29.02., then 31.03., never drifting to the 28th).
    """
    check_plan_inputs(principal, annual_rate_percent, term_months, grace_months, fee)
    rate = monthly_rate(annual_rate_percent)
    repayment_months = term_months - grace_months
    instalment = annuity(principal, annual_rate_percent, repayment_months)
    grace_payment = round_cents(principal * rate)

    rows: list[InstalmentRow] = []
    balance = principal
    for index in range(term_months):
        number = index + 1
        due_on = add_months(first_due_on, index)
        interest = round_cents(balance * rate)
        if number <= grace_months:
            rows.append(InstalmentRow(number, due_on, interest, interest, ZERO, balance, interest_only=True))
            continue
        owed = balance + interest
        # The last month, or an earlier one where the rounded-up annuity would overpay, settles the rest.
        payment = owed if number == term_months or instalment >= owed else instalment
        principal_part = payment - interest
        balance -= principal_part
        rows.append(
            InstalmentRow(number, due_on, payment, interest, principal_part, balance, interest_only=False)
        )
        if balance == 0:
            break

    if len(rows) < term_months:
        logger.info("plan of %s over %s months repaid after %s months", principal, term_months, len(rows))
    return InstalmentPlan(
        principal=principal,
        annual_rate_percent=annual_rate_percent,
        term_months=term_months,
        grace_months=grace_months,
        first_due_on=first_due_on,
        fee=fee,
        instalment=instalment,
        grace_payment=grace_payment,
        rows=tuple(rows),
        total_interest=sum((row.interest for row in rows), ZERO),
        total_paid=sum((row.payment for row in rows), ZERO),
    )


def _format_percent(value: Decimal) -> str:
    """German percent number without trailing zeros: 7.90 -> '7,9', 10 -> '10'."""
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


def _require_decimal(value: object, name: str) -> None:
    if not isinstance(value, Decimal):
        raise TypeError(f"{name} must be Decimal, not {type(value).__name__}")


def _require_int(value: object, name: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be int, not {type(value).__name__}")
