"""Rules of the annual report: the period and its comparison period, changes, targets, cost per job.

Pure arithmetic on ``Decimal``; the report service collects the figures, the builders print them.
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum

from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

#: Longest period an annual report may cover (a multi-year overview of up to five years).
MAX_REPORT_DAYS = 5 * 366

_CENT = Decimal("0.01")
_ONE_DECIMAL = Decimal("0.1")


def _shift_year(day: date, years: int) -> date:
    """The same calendar day ``years`` later (29 February becomes 28 February in a common year)."""
    year = day.year + years
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """The days a report covers, both ends included: a calendar year or any range of days."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                "report.period_reversed",
                "The report period ends ({end}) before it starts ({start}). Swap the two dates.",
                field="period",
                start=self.start,
                end=self.end,
            )
        if self.days > MAX_REPORT_DAYS:
            raise ValidationError(
                "report.period_too_long",
                "A report covers at most five years; {start} to {end} is longer. Choose a shorter period.",
                field="period",
                start=self.start,
                end=self.end,
            )

    @classmethod
    def year(cls, year: int) -> ReportPeriod:
        """1 January to 31 December of ``year``."""
        if not 2000 <= year <= 2100:
            raise ValidationError(
                "report.year_out_of_range",
                "Choose a report year between 2000 and 2100 (not {year}).",
                field="year",
                year=year,
            )
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def days(self) -> int:
        """Number of days in the period."""
        return (self.end - self.start).days + 1

    @property
    def is_calendar_year(self) -> bool:
        """True for exactly 1 January to 31 December of one year."""
        return self.start == date(self.start.year, 1, 1) and self.end == date(self.start.year, 12, 31)

    @property
    def label(self) -> str:
        """German label: ``2025`` for a calendar year, else ``01.03.2025–31.08.2025``."""
        if self.is_calendar_year:
            return str(self.start.year)
        return f"{self.start:%d.%m.%Y}–{self.end:%d.%m.%Y}"

    @property
    def file_stem(self) -> str:
        """A file-name-safe label: ``2025`` or ``2025-03-01_2025-08-31``."""
        if self.is_calendar_year:
            return str(self.start.year)
        return f"{self.start.isoformat()}_{self.end.isoformat()}"

    def previous(self) -> ReportPeriod:
        """The comparison period: the same days one year earlier (the previous year for a year)."""
        return ReportPeriod(_shift_year(self.start, -1), _shift_year(self.end, -1))

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def years(self) -> list[int]:
        """Calendar years the period touches, in order."""
        return list(range(self.start.year, self.end.year + 1))

    def share_of_year(self, year: int) -> Decimal:
        """Fraction of ``year``'s days that lie in the period (exact to 10 places; 1 for a whole year)."""
        first = max(self.start, date(year, 1, 1))
        last = min(self.end, date(year, 12, 31))
        if last < first:
            return Decimal(0)
        inside = (last - first).days + 1
        total = 366 if calendar.isleap(year) else 365
        if inside == total:
            return Decimal(1)
        with localcontext() as context:
            context.prec = 28
            return (Decimal(inside) / Decimal(total)).quantize(Decimal("1E-10"), rounding=ROUND_HALF_UP)

    def day_after(self) -> date:
        """The first day after the period."""
        return self.end + timedelta(days=1)


# ------------------------------------------------------------------------------------------ changes


def change_percent(current: Decimal | int | None, previous: Decimal | int | None) -> Decimal | None:
    """Change from ``previous`` to ``current`` in percent, one decimal; ``None`` without a base (0/none)."""
    if current is None or previous is None or previous == 0:
        return None
    with localcontext() as context:
        context.prec = 28
        change = (Decimal(current) - Decimal(previous)) / abs(Decimal(previous)) * 100
        return change.quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


def average(total: Decimal, count: int) -> Decimal | None:
    """``total / count`` rounded half up to cents; ``None`` for no items."""
    if count <= 0:
        return None
    with localcontext() as context:
        context.prec = 28
        return (total / count).quantize(_CENT, rounding=ROUND_HALF_UP)


def hours(minutes: int) -> Decimal:
    """Minutes as hours with two decimals (90 -> 1.50)."""
    with localcontext() as context:
        context.prec = 28
        return (Decimal(minutes) / 60).quantize(_CENT, rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------------- cost per job


@dataclass(frozen=True, slots=True)
class CostPerJob:
    """Programme cost divided by jobs, with the operands so the report can show the calculation."""

    total_cost: Decimal
    jobs: int
    per_job: Decimal | None


def cost_per_job(total_cost: Decimal, jobs: int) -> CostPerJob:
    """Programme cost per job (heads), half up to cents; ``per_job`` is ``None`` when there is no job."""
    if jobs < 0:
        raise ValueError(f"jobs cannot be negative: {jobs}")
    return CostPerJob(total_cost, jobs, average(total_cost, jobs))


# ---------------------------------------------------------------------------------------- targets


class TargetDirection(StrEnum):
    """Whether a target is a minimum (recommendations) or a maximum (cost per job)."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class TargetState(StrEnum):
    """Outcome of comparing a figure with its target."""

    MET = "met"
    NOT_MET = "not_met"
    NO_VALUE = "no_value"


@dataclass(frozen=True, slots=True)
class TargetCheck:
    """A target for the period (scaled for a part of a year), the actual figure and the outcome."""

    target: Decimal
    actual: Decimal | None
    direction: TargetDirection
    state: TargetState
    scaled: bool

    @property
    def attainment_percent(self) -> Decimal | None:
        """Actual as a percentage of the target, one decimal (for "at most" targets: target/actual)."""
        if self.actual is None or self.target == 0:
            return None
        with localcontext() as context:
            context.prec = 28
            if self.direction is TargetDirection.AT_LEAST:
                ratio = self.actual / self.target * 100
            elif self.actual == 0:
                return None
            else:
                ratio = self.target / self.actual * 100
            return ratio.quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


def check_target(
    annual_target: Decimal | int,
    actual: Decimal | int | None,
    period: ReportPeriod,
    direction: TargetDirection = TargetDirection.AT_LEAST,
    *,
    per_year: bool = True,
) -> TargetCheck:
    """Compare ``actual`` with ``annual_target``; a volume target is scaled to a period other than a year.

    ``per_year`` False marks a rate (cost per job) that is not scaled with the period length.
    """
    target = Decimal(annual_target)
    scaled = False
    if per_year and not period.is_calendar_year:
        with localcontext() as context:
            context.prec = 28
            year_days = Decimal(366 if calendar.isleap(period.start.year) else 365)
            target = (target * Decimal(period.days) / year_days).quantize(_CENT, rounding=ROUND_HALF_UP)
        scaled = True
    if actual is None:
        return TargetCheck(target, None, direction, TargetState.NO_VALUE, scaled)
    value = Decimal(actual)
    met = value >= target if direction is TargetDirection.AT_LEAST else value <= target
    return TargetCheck(target, value, direction, TargetState.MET if met else TargetState.NOT_MET, scaled)
