"""Loan programmes (Kreditprogramme): their rules, which one is in force, and checks of loan terms."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dlzw_desktop.domain.dates import add_months
from dlzw_desktop.domain.enums import DocumentKind, RepaymentStatus
from dlzw_desktop.domain.money import ZERO, format_eur, round_cents
from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

# Months that restart the follow-up clock; a written-off month blocks follow-up loans for good.
TROUBLED_STATUSES = frozenset({RepaymentStatus.ARREARS, RepaymentStatus.RESCHEDULED})


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


@dataclass(frozen=True, slots=True)
class ProgrammeRules:
    """The rule set of one loan programme over its validity period (``valid_to`` inclusive, None = open).

    Constructing one checks that the rules are consistent (``ValidationError`` with ``programme.*`` codes),
    so an administrator's typo cannot become the basis of a recommendation.
    """

    name: str
    valid_from: date
    valid_to: date | None
    first_loan_cap: Decimal
    total_cap: Decimal
    max_term_months: int
    max_grace_months: int
    interest_rate_percent: Decimal
    fee: Decimal
    follow_up_after_months: int
    required_documents: tuple[DocumentKind, ...]
    optional_documents: tuple[DocumentKind, ...] = ()

    def __post_init__(self) -> None:
        for amount in (self.first_loan_cap, self.total_cap, self.interest_rate_percent, self.fee):
            if not isinstance(amount, Decimal):
                raise TypeError(f"programme amounts must be Decimal, not {type(amount).__name__}")
        if not self.name.strip():
            raise ValidationError("programme.name_empty", "Please give the programme a name.", field="name")
        problems: list[tuple[str, str, str]] = []
        if self.valid_to is not None and self.valid_to < self.valid_from:
            problems.append(("valid_to", "programme.validity_reversed", "its end lies before its start"))
        if self.first_loan_cap <= 0 or round_cents(self.first_loan_cap) != self.first_loan_cap:
            problems.append(("first_loan_cap", "programme.first_cap_invalid", "the first-loan cap"))
        if self.total_cap < self.first_loan_cap or round_cents(self.total_cap) != self.total_cap:
            problems.append(("total_cap", "programme.total_cap_invalid", "the total cap"))
        if self.max_term_months <= 0:
            problems.append(("max_term_months", "programme.max_term_invalid", "the maximum term"))
        if not 0 <= self.max_grace_months < self.max_term_months:
            problems.append(("max_grace_months", "programme.max_grace_invalid", "the repayment-free months"))
        if self.interest_rate_percent < 0:
            problems.append(("interest_rate_percent", "programme.rate_invalid", "the interest rate"))
        if self.fee < 0 or round_cents(self.fee) != self.fee:
            problems.append(("fee", "programme.fee_invalid", "the fee"))
        if self.follow_up_after_months < 0:
            problems.append(("follow_up_after_months", "programme.follow_up_invalid", "the follow-up wait"))
        kinds = self.required_documents + self.optional_documents
        if len(set(kinds)) != len(kinds):
            problems.append(("required_documents", "programme.documents_repeated", "the document list"))
        if problems:
            field, code, what = problems[0]
            raise ValidationError(
                code,
                "The programme {programme} cannot be saved: check {what}. A cap must be more than zero "
                "(the total cap at least the first-loan cap), the repayment-free months fewer than the "
                "maximum term, nothing negative, and each document listed once.",
                field=field,
                programme=self.name,
                what=what,
            )

    def in_force_on(self, day: date) -> bool:
        """Whether the programme applies on ``day``."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def validity_text(self) -> str:
        """E.g. 'from 01.01.2024' or 'from 01.01.2024 to 31.12.2025'."""
        if self.valid_to is None:
            return f"from {_day(self.valid_from)}"
        return f"from {_day(self.valid_from)} to {_day(self.valid_to)}"


MIKROKREDITFONDS_DEUTSCHLAND = ProgrammeRules(
    name="Mikrokreditfonds Deutschland",
    # The start of validity is the seed value for a new installation; administrators record the
    # programme's real history (and later rule changes) as further entries with their own dates.
    valid_from=date(2020, 1, 1),
    valid_to=None,
    first_loan_cap=Decimal("10000.00"),
    total_cap=Decimal("25000.00"),
    max_term_months=48,
    max_grace_months=6,
    interest_rate_percent=Decimal("7.9"),
    fee=Decimal("100.00"),
    follow_up_after_months=6,
    required_documents=(
        DocumentKind.BUSINESS_PLAN,
        DocumentKind.LIQUIDITY_PLAN,
        DocumentKind.PROFITABILITY_PLAN,
        DocumentKind.HOUSEHOLD_BUDGET,
        DocumentKind.ID_DOCUMENT,
        DocumentKind.TRADE_REGISTRATION,
        DocumentKind.CREDIT_SELF_DISCLOSURE,
    ),
    optional_documents=(DocumentKind.PERMITS, DocumentKind.REFERENCES, DocumentKind.RESIDENCE_PERMIT),
)


def programme_in_force(programmes: Iterable[ProgrammeRules], on: date) -> ProgrammeRules:
    """The one programme in force on ``on``.

    Raises ``ValidationError`` ``programme.none_in_force`` when none applies and ``programme.overlapping``
    when two apply (their validity periods must be corrected; nothing is picked silently).
    """
    matching = [rules for rules in programmes if rules.in_force_on(on)]
    if not matching:
        raise ValidationError(
            "programme.none_in_force",
            "No loan programme is in force on {date}. Ask an administrator to record the programme "
            "valid on that date, or check the date.",
            field="programme",
            date=_day(on),
        )
    if len(matching) > 1:
        raise ValidationError(
            "programme.overlapping",
            "Several loan programmes are in force on {date} ({names}). Ask an administrator to correct "
            "their validity dates so that only one applies.",
            field="programme",
            date=_day(on),
            names=", ".join(rules.name for rules in matching),
        )
    return matching[0]


def loan_terms_problems(
    rules: ProgrammeRules,
    amount: Decimal,
    term_months: int,
    grace_months: int,
    *,
    on: date,
    previous_loans_total: Decimal = ZERO,
    is_follow_up: bool = False,
) -> tuple[ValidationError, ...]:
    """Every way the proposed loan breaks ``rules`` on ``on``, in the order a form shows them.

    ``previous_loans_total`` is the sum of the business's earlier loans under the programme; it counts
    against ``total_cap``. A first loan is limited by ``first_loan_cap``.
    """
    for value in (amount, previous_loans_total):
        if not isinstance(value, Decimal):
            raise TypeError(f"amounts must be Decimal, not {type(value).__name__}")
    found: list[ValidationError] = []
    programme = rules.name
    if not rules.in_force_on(on):
        found.append(
            ValidationError(
                "programme.not_in_force",
                "{programme} applies {validity}, not on {date}. Choose the programme in force on that date.",
                field="programme",
                programme=programme,
                validity=rules.validity_text,
                date=_day(on),
            )
        )
    if amount <= 0:
        found.append(
            ValidationError(
                "loan.amount_not_positive",
                "The loan amount must be more than zero (you entered {amount}).",
                field="amount",
                amount=format_eur(amount),
            )
        )
    if previous_loans_total < 0:
        found.append(
            ValidationError(
                "loan.previous_total_negative",
                "The total of earlier loans cannot be negative (you entered {previous}).",
                field="previous_loans_total",
                previous=format_eur(previous_loans_total),
            )
        )
    elif is_follow_up and previous_loans_total == 0:
        found.append(
            ValidationError(
                "loan.follow_up_without_previous",
                "A follow-up loan needs an earlier loan. Enter the earlier loans or record this one as a "
                "first loan.",
                field="is_follow_up",
            )
        )
    elif not is_follow_up and previous_loans_total > 0:
        found.append(
            ValidationError(
                "loan.previous_loans_on_first_loan",
                "This business already had loans of {previous}. Record the new loan as a follow-up loan.",
                field="is_follow_up",
                previous=format_eur(previous_loans_total),
            )
        )
    if amount > 0 and not is_follow_up and amount > rules.first_loan_cap:
        found.append(
            ValidationError(
                "loan.first_loan_cap_exceeded",
                "The first loan may be at most {cap} under {programme} (you entered {amount}).",
                field="amount",
                cap=format_eur(rules.first_loan_cap),
                programme=programme,
                amount=format_eur(amount),
            )
        )
    if amount > 0 and is_follow_up and previous_loans_total >= 0:
        remaining = rules.total_cap - previous_loans_total
        if remaining <= 0:
            found.append(
                ValidationError(
                    "loan.total_cap_reached",
                    "The earlier loans of {previous} already reach the total of {cap} allowed under "
                    "{programme}: no further loan is possible under this programme.",
                    field="amount",
                    previous=format_eur(previous_loans_total),
                    cap=format_eur(rules.total_cap),
                    programme=programme,
                )
            )
        elif amount > remaining:
            found.append(
                ValidationError(
                    "loan.total_cap_exceeded",
                    "All loans together may be at most {cap} under {programme}. After earlier loans of "
                    "{previous} this loan may be at most {remaining} (you entered {amount}).",
                    field="amount",
                    cap=format_eur(rules.total_cap),
                    programme=programme,
                    previous=format_eur(previous_loans_total),
                    remaining=format_eur(remaining),
                    amount=format_eur(amount),
                )
            )
    if term_months <= 0:
        found.append(
            ValidationError(
                "loan.term_not_positive",
                "The term must be at least one month (you entered {term}).",
                field="term_months",
                term=term_months,
            )
        )
    elif term_months > rules.max_term_months:
        found.append(
            ValidationError(
                "loan.term_too_long",
                "The term may be at most {max_term} months under {programme} (you entered {term}).",
                field="term_months",
                max_term=rules.max_term_months,
                programme=programme,
                term=term_months,
            )
        )
    if grace_months < 0:
        found.append(
            ValidationError(
                "loan.grace_negative",
                "The number of repayment-free months must not be negative (you entered {grace}).",
                field="grace_months",
                grace=grace_months,
            )
        )
    elif grace_months > rules.max_grace_months:
        found.append(
            ValidationError(
                "loan.grace_too_long",
                "At most {max_grace} repayment-free months are allowed under {programme} "
                "(you entered {grace}).",
                field="grace_months",
                max_grace=rules.max_grace_months,
                programme=programme,
                grace=grace_months,
            )
        )
    elif term_months > 0 and grace_months >= term_months:
        found.append(
            ValidationError(
                "loan.grace_not_below_term",
                "The {grace} repayment-free months must be fewer than the term of {term} months, "
                "which includes them. Shorten the repayment-free period or lengthen the term.",
                field="grace_months",
                grace=grace_months,
                term=term_months,
            )
        )
    return tuple(found)


def check_loan_terms(
    rules: ProgrammeRules,
    amount: Decimal,
    term_months: int,
    grace_months: int,
    *,
    on: date,
    previous_loans_total: Decimal = ZERO,
    is_follow_up: bool = False,
) -> None:
    """Raise the first of ``loan_terms_problems`` (a ``ValidationError``), if any."""
    problems = loan_terms_problems(
        rules,
        amount,
        term_months,
        grace_months,
        on=on,
        previous_loans_total=previous_loans_total,
        is_follow_up=is_follow_up,
    )
    if problems:
        raise problems[0]


def follow_up_possible_from(
    disbursed_on: date,
    repayment_history: Iterable[tuple[date, RepaymentStatus]],
    rules: ProgrammeRules,
) -> date | None:
    """The first day a follow-up loan may be recommended, or ``None`` if it never may.

    The rule: a follow-up loan needs ``rules.follow_up_after_months`` months of trouble-free repayment.

    * The clock starts on the payout date: with 6 months, payout on 15.01. allows a follow-up from 15.07.
    * A month with arrears or rescheduling restarts the clock on the first day of the following month:
      arrears in March restart it on 01.04., so the follow-up is possible from 01.10.
    * A written-off month blocks follow-up loans for this loan altogether (``None``).
    * Months without an entry count as trouble-free: the result is the earliest date on the assumption
      that repayment goes on without trouble, and moves when a troubled month is recorded.

    ``repayment_history`` holds (month, status) pairs (any day of the month; ``mapping.items()`` works).
    """
    clock = _follow_up_clock(disbursed_on, repayment_history)
    if clock is None:
        return None
    start, _ = clock
    return add_months(start, rules.follow_up_after_months)


def check_follow_up_allowed(
    disbursed_on: date,
    repayment_history: Iterable[tuple[date, RepaymentStatus]],
    rules: ProgrammeRules,
    *,
    on: date,
) -> None:
    """Raise ``ValidationError`` when a follow-up loan cannot be recommended on ``on`` (rule above).

    Codes: ``loan.follow_up_blocked`` (the earlier loan was written off), ``loan.follow_up_too_early``
    (counted from payout) and ``loan.follow_up_too_early_after_trouble`` (counted from a troubled month).
    """
    clock = _follow_up_clock(disbursed_on, repayment_history)
    if clock is None:
        raise ValidationError(
            "loan.follow_up_blocked",
            "A follow-up loan is not possible under {programme}: the earlier loan paid out on {disbursed} "
            "was written off.",
            field="is_follow_up",
            programme=rules.name,
            disbursed=_day(disbursed_on),
        )
    start, trouble_month = clock
    possible_from = add_months(start, rules.follow_up_after_months)
    if on >= possible_from:
        return
    params = {
        "months": rules.follow_up_after_months,
        "programme": rules.name,
        "possible_from": _day(possible_from),
        "date": _day(on),
        "disbursed": _day(disbursed_on),
    }
    if trouble_month is None:
        raise ValidationError(
            "loan.follow_up_too_early",
            "A follow-up loan needs {months} months of trouble-free repayment after the payout on "
            "{disbursed} under {programme}: it is possible from {possible_from}, not on {date}.",
            field="recommended_on",
            **params,
        )
    raise ValidationError(
        "loan.follow_up_too_early_after_trouble",
        "A follow-up loan needs {months} months of trouble-free repayment under {programme}; after the "
        "repayment problem in {trouble_month} it is possible from {possible_from}, not on {date}.",
        field="recommended_on",
        trouble_month=trouble_month.strftime("%m.%Y"),
        **params,
    )


def _follow_up_clock(
    disbursed_on: date, repayment_history: Iterable[tuple[date, RepaymentStatus]]
) -> tuple[date, date | None] | None:
    """(start of the trouble-free period, troubled month that set it or None), or None if written off."""
    last_trouble: date | None = None
    for month, status in repayment_history:
        if status == RepaymentStatus.WRITTEN_OFF:
            return None
        if status in TROUBLED_STATUSES:
            first_of_month = month.replace(day=1)
            if last_trouble is None or first_of_month > last_trouble:
                last_trouble = first_of_month
    if last_trouble is not None and add_months(last_trouble, 1) > disbursed_on:
        return add_months(last_trouble, 1), last_trouble
    return disbursed_on, None
