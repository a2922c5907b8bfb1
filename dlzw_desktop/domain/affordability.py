"""Affordability (Kapitaldienstfähigkeit): can the household carry the monthly instalment?

The free monthly amount is household income minus household expenses plus the business's monthly surplus
(which may be negative while a business starts). The verdict compares the instalment with it:

* ``incomplete`` — income, expenses or surplus is not known yet (nothing is guessed);
* ``not_affordable`` — the free amount is zero or negative, or the instalment takes more than
  ``max_ratio`` (default 100 %) of it, i.e. the household would be short every month;
* ``tight`` — the instalment takes more than ``tight_ratio`` (default 70 %) of the free amount, leaving
  too little for irregular costs and a bad month;
* ``affordable`` — otherwise.

Exactly 70 % is still affordable and exactly 100 % (nothing left over) is tight: the thresholds are
"more than". Comparisons are made on exact Decimals; ``ratio`` is rounded only for display.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from dlzw_desktop.domain.money import format_eur, round_cents
from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

TIGHT_RATIO = Decimal("0.70")
MAX_RATIO = Decimal("1.00")
_RATIO_PLACES = Decimal("0.0001")


class AffordabilityVerdict(StrEnum):
    """Outcome of the affordability check, shown next to the instalment."""

    AFFORDABLE = "affordable"
    TIGHT = "tight"
    NOT_AFFORDABLE = "not_affordable"
    INCOMPLETE = "incomplete"


@dataclass(frozen=True, slots=True)
class Affordability:
    """Result of ``assess_affordability``; amounts are ``None`` while an input is missing.

    ``ratio`` is instalment / free amount (0.7 = 70 %), ``None`` when the free amount is not positive.
    ``missing`` names the inputs still to be entered (``household_income``, ``household_expenses``,
    ``business_surplus``).
    """

    verdict: AffordabilityVerdict
    instalment: Decimal
    free_amount: Decimal | None
    headroom: Decimal | None
    ratio: Decimal | None
    missing: tuple[str, ...]
    tight_ratio: Decimal
    max_ratio: Decimal


def assess_affordability(
    household_income: Decimal | None,
    household_expenses: Decimal | None,
    business_surplus: Decimal | None,
    instalment: Decimal,
    *,
    tight_ratio: Decimal = TIGHT_RATIO,
    max_ratio: Decimal = MAX_RATIO,
) -> Affordability:
    """Judge whether ``instalment`` (per month) fits the household; raises ``ValidationError``.

    Income, expenses and the instalment must not be negative; the business surplus may be.
    """
    for name, value in (
        ("household_income", household_income),
        ("household_expenses", household_expenses),
        ("business_surplus", business_surplus),
        ("instalment", instalment),
    ):
        if value is not None and not isinstance(value, Decimal):
            raise TypeError(f"{name} must be Decimal, not {type(value).__name__}")
    if not 0 < tight_ratio <= max_ratio:
        raise ValueError(f"thresholds out of order: 0 < tight_ratio {tight_ratio} <= max_ratio {max_ratio}")
    _not_negative(household_income, "affordability.income_negative", "household_income", "household income")
    _not_negative(
        household_expenses, "affordability.expenses_negative", "household_expenses", "household expenses"
    )
    _not_negative(instalment, "affordability.instalment_negative", "instalment", "monthly instalment")

    missing = tuple(
        name
        for name, value in (
            ("household_income", household_income),
            ("household_expenses", household_expenses),
            ("business_surplus", business_surplus),
        )
        if value is None
    )
    if household_income is None or household_expenses is None or business_surplus is None:
        return Affordability(
            AffordabilityVerdict.INCOMPLETE, instalment, None, None, None, missing, tight_ratio, max_ratio
        )

    free_amount = round_cents(household_income - household_expenses + business_surplus)
    headroom = free_amount - round_cents(instalment)
    ratio = (instalment / free_amount).quantize(_RATIO_PLACES) if free_amount > 0 else None
    if free_amount <= 0 or instalment > max_ratio * free_amount:
        verdict = AffordabilityVerdict.NOT_AFFORDABLE
    elif instalment > tight_ratio * free_amount:
        verdict = AffordabilityVerdict.TIGHT
    else:
        verdict = AffordabilityVerdict.AFFORDABLE
    return Affordability(verdict, instalment, free_amount, headroom, ratio, (), tight_ratio, max_ratio)


def _not_negative(value: Decimal | None, code: str, field: str, label: str) -> None:
    if value is not None and value < 0:
        raise ValidationError(
            code,
            "The {label} must not be negative (you entered {amount}). Enter 0 if there is none.",
            field=field,
            label=label,
            amount=format_eur(value),
        )
