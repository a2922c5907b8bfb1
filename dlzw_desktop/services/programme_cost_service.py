"""Programme costs per year (Programmkosten): cost items, the staff time from consultations, cost per job.

The cost of a year is the staff time of the consultations held (hours x the hourly rate of that year)
plus the stored items (material, overhead, a share of loan losses, other, further staff costs). The
hourly rate of a year is frozen per year once set, so a later change of the rate in Settings does not
change a past year's figures; without one the rate from Settings applies.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dlzw_desktop.db.audit import record_event
from dlzw_desktop.db.models import Consultation, ProgrammeCost, SettingValue
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import CostKind
from dlzw_desktop.domain.money import ZERO, format_eur, round_cents
from dlzw_desktop.domain.reporting import ReportPeriod, cost_per_job, hours
from dlzw_desktop.errors import ConflictError, NotFound, ValidationError
from dlzw_desktop.services.annual_report_queries import (
    consultation_minutes_by_year,
    jobs,
    jobs_total,
    written_off_amount,
)
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import Permission, requires
from dlzw_desktop.services.settings_service import SharedSettings

logger = logging.getLogger(__name__)

#: Free-form setting holding the hourly rate frozen per year: {"2025": "62.00", ...}.
HOURLY_RATES_KEY = "programme_cost_hourly_rates"

_MAX_AMOUNT = Decimal("100000000")


@dataclass(frozen=True, slots=True)
class CostItemRow:
    """A stored cost item as the list shows it."""

    id: uuid.UUID
    version: int
    year: int
    kind: CostKind
    description: str
    amount: Decimal
    details: dict[str, Any]


@dataclass(frozen=True, slots=True)
class CostItemDraft:
    """What the user enters for a cost item."""

    year: int
    kind: CostKind
    description: str
    amount: Decimal
    details: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class CostLine:
    """One line of a cost calculation: German text, the amount counted and how it was computed."""

    kind: CostKind
    description: str
    amount: Decimal
    calculation: str
    computed: bool  # staff time from consultations (not a stored item)


@dataclass(frozen=True, slots=True)
class CostSummary:
    """Programme cost of a period: the lines and their total (items of a year prorated to the period)."""

    lines: tuple[CostLine, ...]
    total: Decimal
    consultation_minutes: int


@dataclass(frozen=True, slots=True)
class CostPerJobSummary:
    """Programme cost of a year divided by the jobs created and secured (latest follow-ups in the year)."""

    year: int
    total: Decimal
    jobs_created: int
    jobs_secured: int
    per_job_created: Decimal | None
    per_job_secured: Decimal | None


@dataclass(frozen=True, slots=True)
class StaffTime:
    """Consultation time of a year and the hourly rate that applies to it."""

    year: int
    minutes: int
    hours: Decimal
    hourly_rate: Decimal
    rate_frozen: bool
    amount: Decimal


def _german_amount(value: Decimal) -> str:
    return format_eur(value)


def _german_number(value: Decimal, places: int = 2) -> str:
    text = f"{value:,.{places}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def stored_hourly_rates(session: Session) -> dict[int, Decimal]:
    """The hourly rates frozen per year."""
    row = session.scalar(select(SettingValue.value).where(SettingValue.key == HOURLY_RATES_KEY))
    if not isinstance(row, dict):
        return {}
    return {int(year): Decimal(str(rate)) for year, rate in row.items()}


def default_hourly_rate(session: Session) -> Decimal:
    """The hourly rate from Settings (``SharedSettings.staff_hourly_rate``)."""
    raw = session.scalar(select(SettingValue.value).where(SettingValue.key == "staff_hourly_rate"))
    return SharedSettings().staff_hourly_rate if raw is None else Decimal(str(raw))


def cost_summary(
    session: Session, period: ReportPeriod, minutes_by_year: dict[int, int] | None = None
) -> CostSummary:
    """The programme cost of ``period``: staff time of its consultations plus prorated stored items."""
    rates = stored_hourly_rates(session)
    fallback = default_hourly_rate(session)
    lines: list[CostLine] = []
    if minutes_by_year is None:  # the annual report passes what it has counted already
        minutes_by_year = consultation_minutes_by_year(session, period)
    for year in period.years():
        minutes = minutes_by_year.get(year, 0)
        rate = rates.get(year, fallback)
        worked = hours(minutes)
        amount = round_cents(worked * rate)
        suffix = f" ({year})" if len(period.years()) > 1 else ""
        lines.append(
            CostLine(
                CostKind.STAFF,
                f"Beratungszeit laut erfassten Beratungen{suffix}",
                amount,
                f"{_german_number(worked)} h × {_german_amount(rate)}/h",
                computed=True,
            )
        )
    items = session.scalars(
        select(ProgrammeCost)
        .where(ProgrammeCost.deleted_at.is_(None), ProgrammeCost.year.in_(period.years()))
        .order_by(ProgrammeCost.year, ProgrammeCost.kind, ProgrammeCost.description)
    )
    for item in items:
        share = period.share_of_year(item.year)
        amount = round_cents(item.amount * share)
        if share == 1:
            calculation = _german_amount(item.amount)
        else:
            calculation = (
                f"{_german_amount(item.amount)} × {_german_number(share * 100, 1)} % "
                f"(Anteil des Zeitraums am Jahr {item.year})"
            )
        lines.append(CostLine(item.kind, item.description, amount, calculation, computed=False))
    total = sum((line.amount for line in lines), ZERO)
    return CostSummary(tuple(lines), total, sum(minutes_by_year.values()))


def _row(item: ProgrammeCost) -> CostItemRow:
    return CostItemRow(
        item.id, item.version, item.year, item.kind, item.description, item.amount, dict(item.details or {})
    )


def _check_draft(draft: CostItemDraft) -> None:
    if not 2000 <= draft.year <= 2100:
        raise ValidationError(
            "programme_cost.year_out_of_range",
            "Choose a year between 2000 and 2100 for the cost item (not {year}).",
            field="year",
            year=draft.year,
        )
    if not isinstance(draft.amount, Decimal) or draft.amount < 0:
        raise ValidationError(
            "programme_cost.amount_negative",
            "A cost item must be 0 EUR or more. Enter the amount without a minus sign.",
            field="amount",
        )
    if draft.amount >= _MAX_AMOUNT:
        raise ValidationError(
            "programme_cost.amount_too_large",
            "{amount} EUR is not a plausible yearly cost item. Check the amount.",
            field="amount",
            amount=draft.amount,
        )
    if not draft.description.strip():
        raise ValidationError(
            "programme_cost.description_missing",
            "Describe the cost item (e.g. 'Rent of the advice office'), so the report can name it.",
            field="description",
        )
    if len(draft.description) > 300:
        raise ValidationError(
            "programme_cost.description_too_long",
            "Shorten the description to at most 300 characters.",
            field="description",
        )


class ProgrammeCostService(Service):
    """Cost items of the microfinance programme per year, the hourly rate per year and the cost summary."""

    @requires(Permission.VIEW_REPORTS)
    def items(self, year: int) -> list[CostItemRow]:
        """The stored cost items of ``year``, by kind and description."""
        with self._sessions() as session:
            rows = session.scalars(
                select(ProgrammeCost)
                .where(ProgrammeCost.deleted_at.is_(None), ProgrammeCost.year == year)
                .order_by(ProgrammeCost.kind, ProgrammeCost.description)
            )
            return [_row(item) for item in rows]

    @requires(Permission.VIEW_REPORTS)
    def years(self) -> list[int]:
        """Years that have cost items or consultations, newest first."""
        with self._sessions() as session:
            cost_years = set(
                session.scalars(
                    select(ProgrammeCost.year).where(ProgrammeCost.deleted_at.is_(None)).distinct()
                )
            )
            first, last = session.execute(
                select(func.min(Consultation.held_on), func.max(Consultation.held_on)).where(
                    Consultation.deleted_at.is_(None)
                )
            ).one()
        years = set(cost_years)
        if first is not None and last is not None:
            years |= set(range(first.year, last.year + 1))
        return sorted(years, reverse=True)

    @requires(Permission.EDIT_PROGRAMMES)
    def add_item(self, draft: CostItemDraft) -> CostItemRow:
        _check_draft(draft)
        with self._sessions.begin() as session:
            item = ProgrammeCost(
                year=draft.year,
                kind=draft.kind,
                description=draft.description.strip(),
                amount=round_cents(draft.amount),
                details=dict(draft.details or {}),
            )
            session.add(item)
            session.flush()
            return _row(item)

    @requires(Permission.EDIT_PROGRAMMES)
    def update_item(self, item_id: uuid.UUID, seen_version: int, draft: CostItemDraft) -> CostItemRow:
        """Change an item; raises ``ConflictError`` when someone else changed it since it was read."""
        _check_draft(draft)
        with self._sessions.begin() as session:
            item = self._live(session, item_id)
            if item.version != seen_version:
                raise ConflictError(
                    "programme_cost.changed_meanwhile",
                    "Someone else changed this cost item in the meantime. Reload it and enter your change "
                    "again.",
                    mine={"description": draft.description, "amount": draft.amount},
                    theirs={"description": item.description, "amount": item.amount},
                )
            item.year = draft.year
            item.kind = draft.kind
            item.description = draft.description.strip()
            item.amount = round_cents(draft.amount)
            if draft.details is not None:
                item.details = dict(draft.details)
            session.flush()
            return _row(item)

    @requires(Permission.EDIT_PROGRAMMES)
    def delete_item(self, item_id: uuid.UUID, seen_version: int) -> None:
        """Mark an item as deleted (it stays in the audit trail)."""
        with self._sessions.begin() as session:
            item = self._live(session, item_id)
            if item.version != seen_version:
                raise ConflictError(
                    "programme_cost.changed_meanwhile",
                    "Someone else changed this cost item in the meantime. Reload it and enter your change "
                    "again.",
                )
            item.deleted_at = utc_now()

    @requires(Permission.VIEW_REPORTS)
    def staff_time(self, year: int) -> StaffTime:
        """Consultation hours of ``year`` and the hourly rate that applies (frozen or from Settings)."""
        with self._sessions() as session:
            rates = stored_hourly_rates(session)
            rate = rates.get(year, default_hourly_rate(session))
            minutes = consultation_minutes_by_year(session, ReportPeriod.year(year)).get(year, 0)
        worked = hours(minutes)
        return StaffTime(year, minutes, worked, rate, year in rates, round_cents(worked * rate))

    @requires(Permission.EDIT_PROGRAMMES)
    def set_hourly_rate(self, year: int, rate: Decimal | None) -> StaffTime:
        """Freeze the hourly rate of ``year`` (``None`` returns to the rate from Settings)."""
        ReportPeriod.year(year)
        if rate is not None and (not isinstance(rate, Decimal) or rate < 0 or rate > Decimal(10000)):
            raise ValidationError(
                "programme_cost.rate_implausible",
                "Enter an hourly rate between 0 and 10.000 EUR.",
                field="hourly_rate",
            )
        with self._sessions.begin() as session:
            setting = session.scalar(select(SettingValue).where(SettingValue.key == HOURLY_RATES_KEY))
            current = dict(setting.value) if setting is not None and isinstance(setting.value, dict) else {}
            if rate is None:
                current.pop(str(year), None)
            else:
                current[str(year)] = str(round_cents(rate))
            if setting is None:
                session.add(SettingValue(key=HOURLY_RATES_KEY, value=current))
            else:
                setting.value = current
            record_event(session, "programme_costs", None, f"hourly rate {year}: {rate}")
        return self.staff_time(year)

    @requires(Permission.VIEW_REPORTS)
    def summary(self, year: int) -> CostSummary:
        """The cost of ``year`` line by line, as the annual report shows it."""
        with self._sessions() as session:
            return cost_summary(session, ReportPeriod.year(year))

    @requires(Permission.VIEW_REPORTS)
    def per_job(self, year: int) -> CostPerJobSummary:
        """Cost per job created and secured in ``year``, as the annual report computes it."""
        period = ReportPeriod.year(year)
        with self._sessions() as session:
            summary = cost_summary(session, period)
            totals = jobs_total(jobs(session, period))
        created, secured = totals.created_heads, totals.secured_heads
        return CostPerJobSummary(
            year,
            summary.total,
            created,
            secured,
            cost_per_job(summary.total, created).per_job,
            cost_per_job(summary.total, secured).per_job,
        )

    @requires(Permission.VIEW_REPORTS)
    def written_off(self, year: int) -> Decimal:
        """Balances written off in ``year`` (basis for the loan-loss share)."""
        with self._sessions() as session:
            return written_off_amount(session, year)

    def _live(self, session: Session, item_id: uuid.UUID) -> ProgrammeCost:
        item = session.get(ProgrammeCost, item_id)
        if item is None or item.deleted_at is not None:
            raise NotFound("programme_cost.not_found", "This cost item no longer exists. Reload the list.")
        return item
