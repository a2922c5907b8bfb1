"""Small statistics for the annual report: lead-time quartiles, age groups and the approval rate."""

from __future__ import annotations

import logging
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum
from fractions import Fraction

from dlzw_desktop.domain.dates import age_on
from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

_ONE_DECIMAL = Decimal("0.1")


# ------------------------------------------------------------------------------------- lead times


def lead_time_days(start: date, end: date) -> int:
    """Calendar days from ``start`` to ``end`` (same day = 0), e.g. first contact to lender decision.

    Raises ``ValidationError`` (``statistics.negative_lead_time``) when ``end`` lies before ``start``.
    """
    if end < start:
        raise ValidationError(
            "statistics.negative_lead_time",
            "The end date {end} lies before the start date {start}. Correct the dates of the case.",
            start=start.strftime("%d.%m.%Y"),
            end=end.strftime("%d.%m.%Y"),
        )
    return (end - start).days


@dataclass(frozen=True, slots=True)
class LeadTimeSummary:
    """Median and quartiles of lead times in days (``None`` when there are no lead times).

    Values are exact: the inclusive method yields multiples of 0.25 days, e.g. ``Decimal("12.75")``.
    """

    count: int
    lower_quartile: Decimal | None
    median: Decimal | None
    upper_quartile: Decimal | None


def _to_decimal(value: Fraction) -> Decimal:
    # Denominators are 1, 2 or 4 here, so the division is exact.
    return Decimal(value.numerator) / Decimal(value.denominator)


def summarize_lead_times(days: Iterable[int]) -> LeadTimeSummary:
    """Quartiles by Python's ``statistics.quantiles(n=4, method="inclusive")``.

    The inclusive method sorts the n values x[0] <= ... <= x[n-1] and puts quartile p (0.25, 0.5, 0.75)
    at position (n - 1) * p, interpolating linearly between the two neighbouring values. This is
    Hyndman and Fan's type 7, the same as Excel's QUARTILE.INC (QUARTILE) and numpy's default, so a
    reader can check the figures in the spreadsheet. The median is the middle quartile. One value is
    its own median and quartiles.
    """
    values = sorted(days)
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"lead times are whole days of 0 or more, not {value!r}")
    if not values:
        return LeadTimeSummary(0, None, None, None)
    if len(values) == 1:
        only = Decimal(values[0])
        return LeadTimeSummary(1, only, only, only)
    # Fractions keep the interpolation exact (ints would give floats).
    q1, q2, q3 = statistics.quantiles([Fraction(v) for v in values], n=4, method="inclusive")
    return LeadTimeSummary(len(values), _to_decimal(q1), _to_decimal(q2), _to_decimal(q3))


# ------------------------------------------------------------------------------------- age groups


class AgeGroup(StrEnum):
    """Age groups of the annual report, in report order."""

    UNDER_25 = "under_25"
    FROM_25_TO_34 = "25_to_34"
    FROM_35_TO_44 = "35_to_44"
    FROM_45_TO_54 = "45_to_54"
    FROM_55 = "55_plus"
    NOT_STATED = "not_stated"


def age_group(birth_date: date | None, reference: date) -> AgeGroup:
    """The group of a person's completed years of age on ``reference`` (no birth date: not stated).

    Raises ``ValidationError`` (``statistics.born_after_reference``) for a birth date after the
    reference date, which is a data error in the person's record.
    """
    if birth_date is None:
        return AgeGroup.NOT_STATED
    if birth_date > reference:
        raise ValidationError(
            "statistics.born_after_reference",
            "The birth date {birth} lies after the reference date {reference}. Correct the birth date.",
            field="birth_date",
            birth=birth_date.strftime("%d.%m.%Y"),
            reference=reference.strftime("%d.%m.%Y"),
        )
    age = age_on(birth_date, reference)
    if age < 25:
        return AgeGroup.UNDER_25
    if age < 35:
        return AgeGroup.FROM_25_TO_34
    if age < 45:
        return AgeGroup.FROM_35_TO_44
    if age < 55:
        return AgeGroup.FROM_45_TO_54
    return AgeGroup.FROM_55


def tally_age_groups(groups: Iterable[AgeGroup]) -> dict[AgeGroup, int]:
    """Counts per age group, every group present (0 included) and in report order."""
    counts = dict.fromkeys(AgeGroup, 0)
    for group in groups:
        counts[group] += 1
    return counts


# ---------------------------------------------------------------------------------- approval rate


def approval_rate(approved: int, declined: int) -> Decimal | None:
    """Approved decisions as a percentage of all lender decisions, one decimal, half up.

    Cases still open or withdrawn are no decisions and are not counted. ``None`` when there was no
    decision at all (a rate of 0.0 would claim that every request was declined).
    """
    if approved < 0 or declined < 0:
        raise ValueError(f"decision counts cannot be negative: {approved}, {declined}")
    decisions = approved + declined
    if decisions == 0:
        return None
    # A tie such as 6.25 % is an exact decimal quotient, so it is rounded up, never down by precision.
    with localcontext() as context:
        context.prec = 28
        return (Decimal(100 * approved) / Decimal(decisions)).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)
