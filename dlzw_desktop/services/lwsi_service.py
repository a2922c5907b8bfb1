"""LWSI: reference tables (import, versions), inputs from the app, stored computations, index and target.

The indicator itself is defined in docs/lwsi.md and computed by ``domain.lwsi``; this service only
collects its inputs and stores every computation with them (``LwsiComputation.to_record``), so that a
published figure can be reproduced later (``verify``). Inputs from the app:

- supported businesses: a business with a disbursed loan of a case, or one that opened in a matched
  property (match stage "business opened"); it counts from the later of its founding date and the day
  of the payout (opening), and until the day its case was closed as written off;
- FTE: created plus secured FTE of each jobs record of its cases, valid from the day it was recorded
  (the first record also before it); a new record starts a new activity;
- WZ section and statistical district of the business (businesses without either are reported, not
  counted);
- reactivated m²: lettings in the property register (``reactivated_spaces``, as the property service).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dlzw_desktop.db.audit import record_event
from dlzw_desktop.db.models import (
    Business,
    Case,
    District,
    GvaTableValue,
    GvaTableVersion,
    JobsRecord,
    Loan,
    LwsiComputationRecord,
    Match,
    PopulationTableValue,
    PopulationTableVersion,
    Property,
    PropertyStatusChange,
    Quarter,
    QuarterDistrict,
    Sector,
    SettingValue,
    SpaceRequest,
)
from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import CaseOutcome, MatchStage, PropertyStatus
from dlzw_desktop.domain.lwsi import (
    DEFAULT_MULTIPLIER,
    ESTIMATED_GVA_PREFIX,
    ESTIMATED_MULTIPLIER,
    BusinessActivity,
    CalendarQuarter,
    GvaTable,
    LwsiComputation,
    MultiplierSetting,
    Period,
    PopulationTable,
    ReactivatedSpace,
    TargetStatus,
    compute_lwsi,
    index_of,
)
from dlzw_desktop.domain.reporting import ReportPeriod
from dlzw_desktop.errors import NotFound, ValidationError
from dlzw_desktop.reports.annual_data import SUPPRESSED, Chart, Unit, Value
from dlzw_desktop.reports.labels_de import label_de
from dlzw_desktop.services import reference_table_import as importer
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import Permission, requires

logger = logging.getLogger(__name__)

MULTIPLIER_KEY = "lwsi_multiplier"
CITY_BASE_YEAR_KEY = "lwsi_city_base_year"
CITY_NAME = "Gesamtstadt Dortmund"

Progress = Callable[[int, int], None]


# ------------------------------------------------------------------------------------------ rows


@dataclass(frozen=True, slots=True)
class ReferenceTableRow:
    """An imported version of a reference table."""

    id: uuid.UUID
    kind: str  # "gva" or "population"
    edition: int
    source: str
    year: int  # year of the GVA table, year of the population's reference date
    reference_date: date | None
    entries: int
    file_name: str
    sha256: str
    imported_at: datetime
    imported_by: str
    note: str


@dataclass(frozen=True, slots=True)
class LwsiArea:
    """Where the LWSI is shown: a target quarter (Quartier) or the whole city (``id`` None)."""

    id: uuid.UUID | None
    name: str
    base_year: int
    goal_percent: Decimal
    district_ids: frozenset[str] | None


@dataclass(frozen=True, slots=True)
class LwsiQuarterRow:
    """One calendar quarter of an area: the stored figure and the rolling index ending with it."""

    quarter: CalendarQuarter
    computation_id: uuid.UUID
    value: Decimal
    direct_value_added: Decimal
    per_capita: Decimal | None
    business_count: int
    reactivated_m2: Decimal
    estimated_inputs: tuple[str, ...]
    computed_at: datetime
    index: Decimal | None
    status: TargetStatus | None  # None: the index cannot be formed yet (fewer than four quarters)
    index_estimated: bool


@dataclass(frozen=True, slots=True)
class LwsiSeries:
    """The stored LWSI of an area: base year, calendar quarters with index and the latest status."""

    area: LwsiArea
    base_value: Decimal | None
    base_estimated_inputs: tuple[str, ...]
    base_business_count: int
    quarters: tuple[LwsiQuarterRow, ...]
    gva_source: str | None
    multiplier: MultiplierSetting
    skipped_businesses: int

    @property
    def latest(self) -> LwsiQuarterRow | None:
        with_index = [q for q in self.quarters if q.status is not None]
        return with_index[-1] if with_index else None


@dataclass(frozen=True, slots=True)
class ComputationCheck:
    """Whether a stored computation reproduces from its stored inputs."""

    computation_id: uuid.UUID
    stored_value: Decimal
    recomputed_value: Decimal

    @property
    def reproduces(self) -> bool:
        return self.stored_value == self.recomputed_value


def estimated_text(codes: Iterable[str]) -> str:
    """German note naming the estimated inputs ("Multiplikator (Vorgabewert), BWS Abschnitt S (NRW-Ø)")."""
    parts = []
    for code in codes:
        if code == ESTIMATED_MULTIPLIER:
            parts.append("Multiplikator (Vorgabewert ohne Befragung)")
        elif code.startswith(ESTIMATED_GVA_PREFIX):
            parts.append(f"BWS Abschnitt {code[len(ESTIMATED_GVA_PREFIX) :]} (NRW-Durchschnitt)")
        else:
            parts.append(code)
    return ", ".join(parts)


# ------------------------------------------------------------------------------------ app inputs


def reactivated_spaces(session: Session, until: date) -> list[ReactivatedSpace]:
    """Every letting up to ``until`` as reactivated space: the property register's status steps into "let".

    The same definition as ``PropertyService.reactivated_spaces`` (issue 4): area, borough and district
    as at the letting. Lettings without a district count for the whole city only.
    """
    rows = session.execute(
        select(
            PropertyStatusChange.property_id,
            PropertyStatusChange.area_m2,
            PropertyStatusChange.changed_on,
            PropertyStatusChange.district_id,
        )
        .join(Property, Property.id == PropertyStatusChange.property_id)
        .where(
            PropertyStatusChange.to_status == PropertyStatus.LET,
            PropertyStatusChange.deleted_at.is_(None),
            Property.deleted_at.is_(None),
            PropertyStatusChange.changed_on <= until,
        )
        .order_by(PropertyStatusChange.changed_on, PropertyStatusChange.id)
    )
    return [
        ReactivatedSpace(str(pid), Decimal(area), on, "" if district is None else str(district))
        for pid, area, on, district in rows
    ]


@dataclass(frozen=True, slots=True)
class _Support:
    """A supported business: since when, until when, and where."""

    business_id: uuid.UUID
    since: date
    until: date | None


def business_activities(session: Session) -> tuple[list[BusinessActivity], int]:
    """The activities of all supported businesses and how many supported businesses could not be used."""
    supports: dict[uuid.UUID, _Support] = {}

    def support(business_id: uuid.UUID, day: date, until: date | None) -> None:
        current = supports.get(business_id)
        if current is None:
            supports[business_id] = _Support(business_id, day, until)
            return
        ends = None if current.until is None or until is None else max(current.until, until)
        supports[business_id] = _Support(business_id, min(current.since, day), ends)

    for business_id, disbursed, outcome, closed in session.execute(
        select(Case.business_id, func.min(Loan.disbursed_on), Case.outcome, Case.closed_on)
        .join(Loan, Loan.case_id == Case.id)
        .where(Case.deleted_at.is_(None), Loan.deleted_at.is_(None), Loan.disbursed_on.is_not(None))
        .group_by(Case.id, Case.business_id, Case.outcome, Case.closed_on)
    ):
        if disbursed is None:
            continue
        until = closed if outcome == CaseOutcome.WRITTEN_OFF and closed is not None else None
        support(business_id, disbursed, until)
    for request_business, opened, signed in session.execute(
        select(SpaceRequest.business_id, Match.opened_on, Match.lease_signed_on)
        .join(Match, Match.request_id == SpaceRequest.id)
        .where(
            Match.deleted_at.is_(None),
            SpaceRequest.deleted_at.is_(None),
            Match.stage == MatchStage.BUSINESS_OPENED,
            SpaceRequest.business_id.is_not(None),
        )
    ):
        day = opened or signed
        if day is not None and request_business is not None:
            support(request_business, day, None)
    if not supports:
        return [], 0
    ids = list(supports)
    facts = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                Business.id,
                Business.founding_date,
                Business.founding_planned,
                Sector.section,
                Business.district_id,
            )
            .outerjoin(Sector, Business.sector_id == Sector.id)
            .where(Business.id.in_(ids))
        )
    }
    records: dict[uuid.UUID, list[tuple[date, Decimal]]] = {}
    for business_id, recorded_on, created, secured in session.execute(
        select(Case.business_id, JobsRecord.recorded_on, JobsRecord.created_fte, JobsRecord.secured_fte)
        .join(Case, JobsRecord.case_id == Case.id)
        .where(JobsRecord.deleted_at.is_(None), Case.deleted_at.is_(None), Case.business_id.in_(ids))
        .order_by(JobsRecord.recorded_on)
    ):
        records.setdefault(business_id, []).append((recorded_on, Decimal(created) + Decimal(secured)))
    activities: list[BusinessActivity] = []
    skipped = 0
    for business_id, supported in sorted(supports.items(), key=lambda item: str(item[0])):
        founding, planned, section, district = facts.get(business_id, (None, True, None, None))
        timeline = records.get(business_id)
        if section is None or district is None or not timeline:
            skipped += 1
            continue
        start = supported.since
        if founding is not None and not planned and founding > start:
            start = founding
        end = supported.until
        if end is not None and end < start:
            skipped += 1
            continue
        # Each record's FTE holds from its day until the day before the next; the first also before it.
        for index, (recorded_on, fte) in enumerate(timeline):
            begins = start if index == 0 else max(start, recorded_on)
            following = timeline[index + 1][0] if index + 1 < len(timeline) else None
            stops = None if following is None else following - timedelta(days=1)
            if end is not None:
                stops = end if stops is None else min(stops, end)
            if stops is not None and stops < begins:
                continue
            activities.append(
                BusinessActivity(
                    str(business_id), section, fte.quantize(Decimal("0.01")), begins, stops, str(district)
                )
            )
    return activities, skipped


# -------------------------------------------------------------------------------- stored settings


def multiplier_setting(session: Session) -> MultiplierSetting:
    raw = session.scalar(select(SettingValue.value).where(SettingValue.key == MULTIPLIER_KEY))
    if not isinstance(raw, dict):
        return DEFAULT_MULTIPLIER
    return MultiplierSetting(Decimal(str(raw["value"])), bool(raw["estimated"]), str(raw["source"]))


def _city_base_year(session: Session) -> int:
    raw = session.scalar(select(SettingValue.value).where(SettingValue.key == CITY_BASE_YEAR_KEY))
    return int(raw) if raw is not None else today_berlin().year - 1


def _areas(session: Session) -> list[LwsiArea]:
    areas = [LwsiArea(None, CITY_NAME, _city_base_year(session), Decimal(10), None)]
    members: dict[uuid.UUID, set[str]] = {}
    for quarter_id, district_id in session.execute(
        select(QuarterDistrict.quarter_id, QuarterDistrict.district_id).where(
            QuarterDistrict.deleted_at.is_(None)
        )
    ):
        members.setdefault(quarter_id, set()).add(str(district_id))
    for quarter in session.scalars(
        select(Quarter).where(Quarter.deleted_at.is_(None)).order_by(Quarter.name)
    ):
        areas.append(
            LwsiArea(
                quarter.id,
                quarter.name,
                quarter.base_year,
                quarter.lwsi_goal_percent,
                frozenset(members.get(quarter.id, set())),
            )
        )
    return areas


def _area(session: Session, area_id: uuid.UUID | None) -> LwsiArea:
    for area in _areas(session):
        if area.id == area_id:
            return area
    raise NotFound("lwsi.area_not_found", "This quarter no longer exists. Reload the list of areas.")


def _latest_gva(session: Session) -> tuple[GvaTableVersion, GvaTable] | None:
    table = session.scalar(
        select(GvaTableVersion)
        .where(GvaTableVersion.deleted_at.is_(None))
        .order_by(GvaTableVersion.edition.desc())
    )
    if table is None:
        return None
    values = {
        section: value
        for section, value in session.execute(
            select(GvaTableValue.section, GvaTableValue.value).where(
                GvaTableValue.table_id == table.id, GvaTableValue.deleted_at.is_(None)
            )
        )
    }
    return table, GvaTable(source=table.source, year=table.year, values=values, nrw_average=table.nrw_average)


def _latest_population(session: Session) -> tuple[PopulationTableVersion, PopulationTable] | None:
    table = session.scalar(
        select(PopulationTableVersion)
        .where(PopulationTableVersion.deleted_at.is_(None))
        .order_by(PopulationTableVersion.edition.desc())
    )
    if table is None:
        return None
    values = {
        str(district): inhabitants
        for district, inhabitants in session.execute(
            select(PopulationTableValue.district_id, PopulationTableValue.inhabitants).where(
                PopulationTableValue.table_id == table.id, PopulationTableValue.deleted_at.is_(None)
            )
        )
    }
    return table, PopulationTable(source=table.source, reference_date=table.reference_date, values=values)


def _stored(session: Session, area_id: uuid.UUID | None) -> list[LwsiComputationRecord]:
    """The newest stored computation of each period of an area (older ones are kept, not shown)."""
    rows = session.scalars(
        select(LwsiComputationRecord)
        .where(
            LwsiComputationRecord.deleted_at.is_(None),
            LwsiComputationRecord.quarter_id.is_(None)
            if area_id is None
            else LwsiComputationRecord.quarter_id == area_id,
        )
        .order_by(LwsiComputationRecord.created_at)
    )
    newest: dict[tuple[date, date], LwsiComputationRecord] = {}
    for row in rows:
        newest[(row.period_start, row.period_end)] = row
    return sorted(newest.values(), key=lambda r: r.period_start)


def _series(session: Session, area: LwsiArea) -> LwsiSeries:
    stored = _stored(session, area.id)
    base_row = next(
        (r for r in stored if r.is_base_year and r.period_start == date(area.base_year, 1, 1)), None
    )
    quarter_rows = [r for r in stored if r.calendar_quarter is not None]
    computations = {
        r.id: LwsiComputation.from_record(r.record)
        for r in [*quarter_rows, *([base_row] if base_row else [])]
    }
    base = computations[base_row.id] if base_row is not None else None
    by_quarter = {CalendarQuarter.parse(r.calendar_quarter or ""): r for r in quarter_rows}
    rows: list[LwsiQuarterRow] = []
    for quarter, row in sorted(by_quarter.items()):
        computation = computations[row.id]
        window = [quarter]
        for _ in range(3):
            window.append(window[-1].previous())
        index_value: Decimal | None = None
        status: TargetStatus | None = None
        index_estimated = False
        if all(q in by_quarter for q in window):
            try:
                index = index_of(
                    [computations[by_quarter[q].id] for q in window],
                    base,
                    goal_percent=area.goal_percent,
                    as_of=quarter,
                )
            except ValidationError as error:
                logger.info("LWSI index %s %s not formed: %s", area.name, quarter.label, error)
            else:
                index_value, status, index_estimated = index.value, index.status, index.estimated
        rows.append(
            LwsiQuarterRow(
                quarter=quarter,
                computation_id=row.id,
                value=computation.value,
                direct_value_added=computation.direct_value_added,
                per_capita=computation.per_capita,
                business_count=computation.business_count,
                reactivated_m2=computation.reactivated_m2,
                estimated_inputs=computation.estimated_inputs,
                computed_at=row.created_at,
                index=index_value,
                status=status,
                index_estimated=index_estimated,
            )
        )
    latest_any = computations[quarter_rows[-1].id] if quarter_rows else base
    return LwsiSeries(
        area=area,
        base_value=None if base is None else base.value,
        base_estimated_inputs=() if base is None else base.estimated_inputs,
        base_business_count=0 if base is None else base.business_count,
        quarters=tuple(rows),
        gva_source=None if latest_any is None else f"{latest_any.gva.source} ({latest_any.gva.year})",
        multiplier=multiplier_setting(session) if latest_any is None else latest_any.multiplier,
        skipped_businesses=0,
    )


def latest_index(session: Session, quarter_id: uuid.UUID | None) -> tuple[LwsiArea, LwsiQuarterRow] | None:
    """The newest calendar quarter of an area that has an index (stored figures), or ``None``."""
    try:
        area = _area(session, quarter_id)
    except NotFound:
        return None
    latest = _series(session, area).latest
    return None if latest is None else (area, latest)


def last_completed_quarter(today: date) -> CalendarQuarter:
    return CalendarQuarter.of(today).previous()


# ------------------------------------------------------------------------- for the annual report


def lwsi_report_rows(
    session: Session, period: ReportPeriod, *, k: int | None
) -> tuple[tuple[tuple[Value, ...], ...], Chart | None, tuple[str, ...]]:
    """Rows, chart and notes of the LWSI table in the annual report (stored figures only).

    Per area: the last calendar quarter with an index that ends inside the period. With ``k`` (published
    variant) an area whose figures rest on fewer than ``k`` businesses in any of the quarters or the base
    year is not shown (docs/lwsi.md, section 11).
    """
    rows: list[tuple[Value, ...]] = []
    estimated_notes: set[str] = set()
    trend: list[tuple[str, dict[CalendarQuarter, Decimal]]] = []
    end_quarter = CalendarQuarter.of(period.end)
    for area in _areas(session):
        series = _series(session, area)
        usable = [q for q in series.quarters if q.status is not None and q.quarter <= end_quarter]
        if not usable:
            continue
        latest = usable[-1]
        window = [
            r
            for r in series.quarters
            if latest.quarter.previous().previous().previous() <= r.quarter <= latest.quarter
        ]
        four_quarters = sum((r.value for r in window), Decimal("0.00"))
        counts = [r.business_count for r in window] + [series.base_business_count]
        hidden = k is not None and min(counts) < k
        estimated = sorted(
            {c for r in window for c in r.estimated_inputs} | set(series.base_estimated_inputs)
        )
        if estimated:
            estimated_notes.add(estimated_text(estimated))
        rows.append(
            (
                area.name,
                latest.quarter.label,
                SUPPRESSED if hidden else four_quarters,
                SUPPRESSED if hidden else latest.index,
                f"≥ {100 + area.goal_percent:.0f}",
                "geheim gehalten" if hidden else label_de(latest.status) if latest.status else "",
                ("geschätzt: " + estimated_text(estimated)) if estimated else "nein",
            )
        )
        if not hidden:
            trend.append((area.name, {r.quarter: r.index for r in usable if r.index is not None}))
    chart = None
    if trend:
        quarters = sorted({q for _name, values in trend for q in values})[-12:]
        chart = Chart(
            kind="line",
            title="LWSI-Index je Kalenderquartal (Basisjahr = 100)",
            categories=tuple(q.label for q in quarters),
            series=tuple((name, tuple(values.get(q) for q in quarters)) for name, values in trend[:4]),
            unit=Unit.COUNT,
            reference=Decimal(110),
            reference_label="Ziel 110",
        )
    notes = [
        "Index = LWSI der letzten vier Kalenderquartale ÷ LWSI des Basisjahres × 100; Ziel erreicht ab 110 "
        "(docs/lwsi.md). Gezeigt werden gespeicherte Berechnungen.",
    ]
    notes += [f"Geschätzte Eingaben: {text}." for text in sorted(estimated_notes)]
    if k is not None:
        notes.append(
            f"Gebiete mit weniger als {k} geförderten Unternehmen in einem der Zeiträume sind gesperrt."
        )
    return tuple(rows), chart, tuple(notes)


# ------------------------------------------------------------------------------------ the service


def _table_row(table: GvaTableVersion | PopulationTableVersion, entries: int) -> ReferenceTableRow:
    if isinstance(table, GvaTableVersion):
        return ReferenceTableRow(
            table.id, "gva", table.edition, table.source, table.year, None, entries, table.file_name,
            table.sha256, table.created_at, table.created_by, table.note,
        )  # fmt: skip
    return ReferenceTableRow(
        table.id, "population", table.edition, table.source, table.reference_date.year, table.reference_date,
        entries, table.file_name, table.sha256, table.created_at, table.created_by, table.note,
    )  # fmt: skip


def _check_source(source: str) -> str:
    cleaned = " ".join(source.split())
    if len(cleaned) < 3:
        raise ValidationError(
            "lwsi.source_missing",
            "Name the source of the table (publisher, table and date retrieved), so figures can be traced.",
            field="source",
        )
    if len(cleaned) > 500:
        raise ValidationError(
            "lwsi.source_too_long", "Shorten the source to at most 500 characters.", field="source"
        )
    return cleaned


class LwsiService(Service):
    """Reference tables, computations per area and calendar quarter, index and target status."""

    # -- reference tables ---------------------------------------------------------------------------

    @requires(Permission.VIEW_REPORTS)
    def reference_tables(self) -> list[ReferenceTableRow]:
        """All imported versions of both tables, newest first."""
        with self._sessions() as session:
            gva_counts = dict(
                session.execute(
                    select(GvaTableValue.table_id, func.count())
                    .where(GvaTableValue.deleted_at.is_(None))
                    .group_by(GvaTableValue.table_id)
                ).all()
            )
            population_counts = dict(
                session.execute(
                    select(PopulationTableValue.table_id, func.count())
                    .where(PopulationTableValue.deleted_at.is_(None))
                    .group_by(PopulationTableValue.table_id)
                ).all()
            )
            rows = [
                _table_row(t, gva_counts.get(t.id, 0))
                for t in session.scalars(select(GvaTableVersion).where(GvaTableVersion.deleted_at.is_(None)))
            ]
            rows += [
                _table_row(t, population_counts.get(t.id, 0))
                for t in session.scalars(
                    select(PopulationTableVersion).where(PopulationTableVersion.deleted_at.is_(None))
                )
            ]
        return sorted(rows, key=lambda r: (r.kind, -r.edition))

    @requires(Permission.IMPORT_DATA)
    def import_gva_table(self, path: Path, *, source: str, year: int, note: str = "") -> ReferenceTableRow:
        """Import GVA per worker by WZ section for NRW as a new version (older versions stay)."""
        cleaned = _check_source(source)
        if not 1990 <= year <= 2100:
            raise ValidationError(
                "lwsi.table_year",
                "Enter the year the values refer to (1990 to 2100), not {year}.",
                field="year",
                year=year,
            )
        parsed = importer.parse_gva(Path(path))
        GvaTable(source=cleaned, year=year, values=parsed.values, nrw_average=parsed.nrw_average)  # validates
        with self._sessions.begin() as session:
            edition = (session.scalar(select(func.max(GvaTableVersion.edition))) or 0) + 1
            combined = f"Zusammengefasste Bereiche: {', '.join(parsed.combined)}. " if parsed.combined else ""
            table = GvaTableVersion(
                edition=edition,
                source=cleaned,
                year=year,
                nrw_average=parsed.nrw_average,
                file_name=Path(path).name[:255],
                sha256=parsed.sha256,
                note=(combined + note).strip(),
            )
            session.add(table)
            session.flush()
            for section, value in sorted(parsed.values.items()):
                session.add(GvaTableValue(table_id=table.id, section=section, value=value))
            record_event(
                session,
                "gva_tables",
                table.id,
                f"GVA table edition {edition} imported from {table.file_name}",
            )
            session.flush()
            return _table_row(table, len(parsed.values))

    @requires(Permission.IMPORT_DATA)
    def import_population_table(
        self, path: Path, *, source: str, reference_date: date, note: str = ""
    ) -> ReferenceTableRow:
        """Import inhabitants by statistical district (code or name in the first column) as a new version."""
        cleaned = _check_source(source)
        parsed = importer.parse_population(Path(path))
        with self._sessions.begin() as session:
            by_key: dict[str, uuid.UUID] = {}
            for district_id, code, name in session.execute(
                select(District.id, District.code, District.name).where(District.deleted_at.is_(None))
            ):
                by_key[importer.fold(name)] = district_id
                if code:
                    by_key[code.lstrip("0") or "0"] = district_id
            values: dict[uuid.UUID, int] = {}
            unknown: list[str] = []
            for key, inhabitants in parsed.values.items():
                district = by_key.get(key) or by_key.get(key.lstrip("0") or "0")
                if district is None:
                    unknown.append(key)
                    continue
                if district in values:
                    raise ValidationError(
                        "lwsi_import.district_twice",
                        "Line {line}: district '{key}' appears twice. Each district may appear once.",
                        field="file",
                        line="?",
                        key=key,
                    )
                values[district] = inhabitants
            if unknown:
                raise ValidationError(
                    "lwsi_import.unknown_districts",
                    "These districts are not Dortmund statistical districts: {names}. Use the district code "
                    "(e.g. 061) or the exact name.",
                    field="file",
                    names=", ".join(sorted(unknown)[:10]),
                )
            edition = (session.scalar(select(func.max(PopulationTableVersion.edition))) or 0) + 1
            table = PopulationTableVersion(
                edition=edition,
                source=cleaned,
                reference_date=reference_date,
                file_name=Path(path).name[:255],
                sha256=parsed.sha256,
                note=note.strip(),
            )
            session.add(table)
            session.flush()
            for district, inhabitants in values.items():
                session.add(
                    PopulationTableValue(table_id=table.id, district_id=district, inhabitants=inhabitants)
                )
            record_event(
                session,
                "population_tables",
                table.id,
                f"population table edition {edition} imported from {table.file_name}",
            )
            session.flush()
            return _table_row(table, len(values))

    # -- settings ---------------------------------------------------------------------------------

    @requires(Permission.VIEW_REPORTS)
    def multiplier(self) -> MultiplierSetting:
        with self._sessions() as session:
            return multiplier_setting(session)

    @requires(Permission.EDIT_SETTINGS)
    def set_multiplier(self, value: Decimal, *, estimated: bool, source: str) -> MultiplierSetting:
        """Replace the multiplier (e.g. by an LM3 survey result); recompute base years afterwards."""
        setting = MultiplierSetting(value, estimated, source.strip())
        with self._sessions.begin() as session:
            row = session.scalar(select(SettingValue).where(SettingValue.key == MULTIPLIER_KEY))
            stored = {"value": str(setting.value), "estimated": setting.estimated, "source": setting.source}
            if row is None:
                session.add(SettingValue(key=MULTIPLIER_KEY, value=stored))
            else:
                row.value = stored
        return setting

    @requires(Permission.EDIT_SETTINGS)
    def set_city_base_year(self, year: int) -> None:
        if not 2000 <= year <= 2100:
            raise ValidationError(
                "lwsi.base_year",
                "Choose a base year between 2000 and 2100 (not {year}).",
                field="base_year",
                year=year,
            )
        with self._sessions.begin() as session:
            row = session.scalar(select(SettingValue).where(SettingValue.key == CITY_BASE_YEAR_KEY))
            if row is None:
                session.add(SettingValue(key=CITY_BASE_YEAR_KEY, value=year))
            else:
                row.value = year

    # -- computing and reading ----------------------------------------------------------------------

    @requires(Permission.VIEW_REPORTS)
    def areas(self) -> list[LwsiArea]:
        """The whole city first, then the target quarters by name."""
        with self._sessions() as session:
            return _areas(session)

    @requires(Permission.VIEW_REPORTS)
    def compute(
        self,
        area_id: uuid.UUID | None,
        *,
        until: CalendarQuarter | None = None,
        progress: Progress | None = None,
    ) -> LwsiSeries:
        """Compute and store the base year and every calendar quarter from the base year to ``until``.

        ``until`` defaults to the last completed quarter. Each figure is stored with all its inputs (a
        recomputation adds new rows; the newest counts). Raises ``ValidationError`` (``lwsi.no_gva_table``)
        before any GVA table was imported.
        """
        report: Progress = progress or (lambda _d, _t: None)
        last = until or last_completed_quarter(today_berlin())
        with self._sessions() as session:
            area = _area(session, area_id)
            gva = _latest_gva(session)
            if gva is None:
                raise ValidationError(
                    "lwsi.no_gva_table",
                    "Import a table of gross value added per worker by WZ section first (Reports, LWSI, "
                    "Import reference table).",
                )
            gva_row, gva_table = gva
            population = _latest_population(session)
            multiplier = multiplier_setting(session)
            activities, skipped = business_activities(session)
            spaces = reactivated_spaces(session, last.period.end)
        first = CalendarQuarter(area.base_year, 1)
        if last < first:
            raise ValidationError(
                "lwsi.nothing_to_compute",
                "The base year {year} has not been completed yet; quarters can be computed from then on.",
                year=area.base_year,
            )
        quarters = [first]
        while quarters[-1] < last:
            quarters.append(quarters[-1].next())
        periods: list[tuple[Period, CalendarQuarter | None]] = [(Period.year(area.base_year), None)]
        periods += [(q.period, q) for q in quarters]
        results: list[tuple[LwsiComputation, CalendarQuarter | None]] = []
        for index, (period, quarter) in enumerate(periods):
            computation = compute_lwsi(
                activities,
                gva_table,
                multiplier,
                period,
                district_ids=area.district_ids,
                population=None if population is None else population[1],
                spaces=spaces,
            )
            results.append((computation, quarter))
            report(index + 1, len(periods) + 1)
        with self._sessions.begin() as session:
            for computation, quarter in results:
                session.add(
                    LwsiComputationRecord(
                        quarter_id=area.id,
                        period_start=computation.period.start,
                        period_end=computation.period.end,
                        calendar_quarter=None if quarter is None else quarter.label,
                        is_base_year=quarter is None,
                        gva_table_id=gva_row.id,
                        population_table_id=None if population is None else population[0].id,
                        definition_version=computation.version,
                        value=computation.value,
                        direct_value_added=computation.direct_value_added,
                        business_count=computation.business_count,
                        estimated=computation.estimated,
                        record=computation.to_record(),
                    )
                )
            record_event(
                session, "lwsi_computations", area.id, f"LWSI computed for {area.name} up to {last.label}"
            )
        report(len(periods) + 1, len(periods) + 1)
        with self._sessions() as session:
            series = _series(session, area)
        logger.info("LWSI %s: %d figures stored, %d businesses skipped", area.name, len(results), skipped)
        return LwsiSeries(
            series.area,
            series.base_value,
            series.base_estimated_inputs,
            series.base_business_count,
            series.quarters,
            series.gva_source,
            series.multiplier,
            skipped,
        )

    @requires(Permission.VIEW_REPORTS)
    def series(self, area_id: uuid.UUID | None) -> LwsiSeries:
        """The stored figures of an area (nothing is computed)."""
        with self._sessions() as session:
            return _series(session, _area(session, area_id))

    @requires(Permission.VIEW_REPORTS)
    def stored_computation(self, computation_id: uuid.UUID) -> LwsiComputation:
        """A stored computation with all its inputs, exactly as stored."""
        with self._sessions() as session:
            row = session.get(LwsiComputationRecord, computation_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("lwsi.computation_not_found", "This LWSI computation no longer exists.")
            return LwsiComputation.from_record(row.record)

    @requires(Permission.VIEW_REPORTS)
    def verify(self, computation_id: uuid.UUID) -> ComputationCheck:
        """Recompute a stored figure from its stored inputs (it must give the same value)."""
        stored = self.stored_computation(computation_id)
        return ComputationCheck(computation_id, stored.value, stored.recompute().value)
