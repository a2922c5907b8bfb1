"""Annual microfinance report (PDF and Excel) and the figures of the Übersicht dashboard.

A read-only use case: it reads the database directly through the models (``annual_report_queries``),
assembles an ``AnnualReport`` (plain data) and hands it to the PDF and XLSX builders. The published
variant applies disclosure control (``domain.disclosure``) and leaves out everything that names a case,
a business or a person.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dlzw_desktop.db.audit import record_event
from dlzw_desktop.db.engine import Sessions
from dlzw_desktop.db.models import Case, Reminder, SettingValue
from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.disclosure import DisclosureRule, protect_breakdown
from dlzw_desktop.domain.enums import (
    CaseOutcome,
    CaseSource,
    CaseStage,
    ConsultationPlace,
    Gender,
    JobsOccasion,
    LenderDecision,
    MigrationBackground,
)
from dlzw_desktop.domain.money import ZERO
from dlzw_desktop.domain.reporting import (
    ReportPeriod,
    TargetCheck,
    TargetDirection,
    TargetState,
    average,
    change_percent,
    check_target,
    cost_per_job,
    hours,
)
from dlzw_desktop.domain.statistics import AgeGroup, approval_rate
from dlzw_desktop.errors import StorageError, ValidationError
from dlzw_desktop.reports.annual_data import (
    SUPPRESSED,
    AnnualReport,
    CaseSheet,
    Chart,
    Column,
    KeyFigure,
    Section,
    Table,
    TargetRow,
    Unit,
    Value,
)
from dlzw_desktop.reports.formatting import format_eur, format_int, format_value
from dlzw_desktop.reports.labels_de import NOT_ASSIGNED, label_de, section_label
from dlzw_desktop.services import annual_report_queries as q
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import Permission, requires
from dlzw_desktop.services.programme_cost_service import CostSummary, cost_summary
from dlzw_desktop.services.settings_service import SharedSettings

if TYPE_CHECKING:
    from dlzw_desktop.reports.pdf import Letterhead

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
_T = TypeVar("_T")

_MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")


@dataclass(frozen=True, slots=True)
class AnnualReportFiles:
    """The files written for one annual report."""

    pdf: Path | None
    xlsx: Path | None
    period: ReportPeriod
    published: bool


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    """This year's key figures against targets, the pipeline and reminders for the Übersicht."""

    year: int
    recommendations: int
    recommendations_target: int
    recommended_volume: Decimal
    volume_target: Decimal
    payouts: int
    payout_volume: Decimal
    jobs_created: int
    cost_per_job: Decimal | None
    cost_per_job_target: Decimal
    pipeline: dict[CaseStage, int]
    reminders_overdue: int
    reminders_due_today: int
    reminders_next_7_days: int
    reminders_later: int


# ------------------------------------------------------------------------------------- the figures


@dataclass(frozen=True, slots=True)
class _Headline:
    """The headline figures of one period, before disclosure control."""

    consultations: q.ConsultationTotals
    new_cases: int
    recommended: list[q.RecommendationFact]
    lead: q.LeadTimes
    loans: q.LoanTotals
    jobs: dict[JobsOccasion, q.JobsTotals]
    arrears: q.ArrearsTotals
    costs: CostSummary

    @property
    def volume(self) -> Decimal:
        return sum((r.amount for r in self.recommended), ZERO)

    def split(self, follow_up: bool) -> tuple[int, Decimal]:
        chosen = [r for r in self.recommended if r.follow_up is follow_up]
        return len(chosen), sum((r.amount for r in chosen), ZERO)

    @property
    def jobs_total(self) -> q.JobsTotals:
        return q.jobs_total(self.jobs)


def _headline(session: Session, period: ReportPeriod) -> _Headline:
    recommended = q.recommendations(session, period)
    consultations = q.consultations(session, period)
    return _Headline(
        consultations=consultations,
        new_cases=q.count_new_cases(session, period),
        recommended=recommended,
        lead=q.lead_times(recommended),
        loans=q.loans(session, period),
        jobs=q.jobs(session, period),
        arrears=q.arrears(session, period),
        costs=cost_summary(session, period, consultations.minutes_by_year),
    )


class _Disclosure:
    """Disclosure control of one report: primary suppression of small counts and linked values."""

    def __init__(self, published: bool, k: int) -> None:
        self.rule = DisclosureRule(enabled=published, k=k)

    @property
    def on(self) -> bool:
        return self.rule.enabled

    def small(self, count: int) -> bool:
        return 1 <= count <= self.rule.threshold

    def count(self, count: int) -> Value:
        return SUPPRESSED if self.small(count) else count

    def linked(self, count: int, value: Value) -> Value:
        """A value that belongs to ``count`` cases (an amount, an average): hidden with the count."""
        return SUPPRESSED if self.small(count) else value

    def breakdown(
        self, counts: Sequence[int], values: Mapping[str, Sequence[Decimal]] | None = None
    ) -> tuple[list[Value], Value, dict[str, tuple[list[Value], Value]]]:
        """Counts and parallel values of a 1-D breakdown with total, suppressed as published."""
        protected = protect_breakdown(counts, self.rule, values)

        def published(cells: Sequence[Value], total: Value) -> tuple[list[Value], Value]:
            return [SUPPRESSED if c is None else c for c in cells], SUPPRESSED if total is None else total

        cells, total = published(protected.counts.cells, protected.counts.total)
        parallel = {
            name: published(breakdown.cells, breakdown.total) for name, breakdown in protected.values.items()
        }
        return cells, total, parallel


def _is_value(value: Value) -> bool:
    return value is not None and value is not SUPPRESSED


def _change(current: Value, previous: Value) -> tuple[Value, Value]:
    if current is SUPPRESSED or previous is SUPPRESSED:
        return SUPPRESSED, SUPPRESSED
    if not isinstance(current, int | Decimal) or not isinstance(previous, int | Decimal):
        return None, None
    return current - previous, change_percent(current, previous)


@dataclass(frozen=True, slots=True)
class _Published:
    """Headline figures of one period as printed (after disclosure control)."""

    values: dict[str, Value]


def _publish_headline(h: _Headline, d: _Disclosure) -> _Published:
    rec = len(h.recommended)
    first_count, first_volume = h.split(False)
    follow_count, follow_volume = h.split(True)
    split_hidden = d.small(first_count) or d.small(follow_count)
    approved, declined = h.loans.approved, h.loans.declined
    decisions_hidden = d.small(approved) or d.small(declined)
    rate = approval_rate(approved, declined)
    total_jobs = h.jobs_total
    job_cases = total_jobs.cases
    created = total_jobs.created_heads
    secured = total_jobs.secured_heads
    per_created = cost_per_job(h.costs.total, created).per_job
    per_secured = cost_per_job(h.costs.total, secured).per_job
    lead = h.lead.summary
    lead_hidden = d.on and lead.count < d.rule.k
    values: dict[str, Value] = {
        "consultations": d.count(h.consultations.count),
        "consultation_hours": d.linked(h.consultations.count, hours(h.consultations.minutes)),
        "persons": d.count(h.consultations.persons),
        "new_cases": d.count(h.new_cases),
        "recommendations": d.count(rec),
        "recommended_volume": d.linked(rec, h.volume),
        "recommended_average": d.linked(rec, average(h.volume, rec)),
        "first_loans": SUPPRESSED if split_hidden else first_count,
        "first_volume": SUPPRESSED if split_hidden else first_volume,
        "follow_up_loans": SUPPRESSED if split_hidden else follow_count,
        "follow_up_volume": SUPPRESSED if split_hidden else follow_volume,
        "approved": SUPPRESSED if decisions_hidden else approved,
        "declined": SUPPRESSED if decisions_hidden else declined,
        "approval_rate": SUPPRESSED if decisions_hidden else rate,
        "payouts": d.count(h.loans.payouts),
        "payout_volume": d.linked(h.loans.payouts, h.loans.payout_volume),
        "lead_time_q1": SUPPRESSED if lead_hidden else lead.lower_quartile,
        "lead_time_median": SUPPRESSED if lead_hidden else lead.median,
        "lead_time_q3": SUPPRESSED if lead_hidden else lead.upper_quartile,
        "jobs_created_heads": d.linked(job_cases, created),
        "jobs_created_fte": d.linked(job_cases, total_jobs.created_fte),
        "jobs_secured_heads": d.linked(job_cases, secured),
        "jobs_secured_fte": d.linked(job_cases, total_jobs.secured_fte),
        "arrears_loans": d.count(h.arrears.arrears_loans),
        "arrears_amount": d.linked(h.arrears.arrears_loans, h.arrears.arrears_amount),
        "write_offs": d.count(h.arrears.write_offs),
        "write_off_amount": d.linked(h.arrears.write_offs, h.arrears.write_off_amount),
        "programme_cost": h.costs.total,
        "cost_per_job_created": d.linked(job_cases, per_created),
        "cost_per_job_secured": d.linked(job_cases, per_secured),
    }
    return _Published(values)


#: key, label, unit of the headline figures, in print order.
KEY_FIGURES: tuple[tuple[str, str, Unit], ...] = (
    ("consultations", "Beratungen", Unit.COUNT),
    ("consultation_hours", "Beratungsstunden", Unit.HOURS),
    ("persons", "Beratene Personen", Unit.COUNT),
    ("new_cases", "Neue Fälle", Unit.COUNT),
    ("recommendations", "Empfehlungen", Unit.COUNT),
    ("recommended_volume", "Empfohlenes Kreditvolumen", Unit.EUR),
    ("recommended_average", "Durchschnittlicher empfohlener Kredit", Unit.EUR),
    ("first_loans", "davon Erstkredite", Unit.COUNT),
    ("first_volume", "Volumen Erstkredite", Unit.EUR),
    ("follow_up_loans", "davon Folgekredite", Unit.COUNT),
    ("follow_up_volume", "Volumen Folgekredite", Unit.EUR),
    ("approved", "Bewilligungen durch Kreditgeber", Unit.COUNT),
    ("declined", "Ablehnungen durch Kreditgeber", Unit.COUNT),
    ("approval_rate", "Bewilligungsquote", Unit.PERCENT),
    ("payouts", "Auszahlungen", Unit.COUNT),
    ("payout_volume", "Ausgezahltes Volumen", Unit.EUR),
    ("lead_time_q1", "Durchlaufzeit Erstberatung bis Empfehlung, unteres Quartil (Tage)", Unit.DAYS),
    ("lead_time_median", "Durchlaufzeit Erstberatung bis Empfehlung, Median (Tage)", Unit.DAYS),
    ("lead_time_q3", "Durchlaufzeit Erstberatung bis Empfehlung, oberes Quartil (Tage)", Unit.DAYS),
    ("jobs_created_heads", "Arbeitsplätze geschaffen (Köpfe)", Unit.COUNT),
    ("jobs_created_fte", "Arbeitsplätze geschaffen (VZÄ)", Unit.FTE),
    ("jobs_secured_heads", "Arbeitsplätze gesichert (Köpfe)", Unit.COUNT),
    ("jobs_secured_fte", "Arbeitsplätze gesichert (VZÄ)", Unit.FTE),
    ("arrears_loans", "Kredite im Zahlungsrückstand am Periodenende", Unit.COUNT),
    ("arrears_amount", "Zahlungsrückstände am Periodenende", Unit.EUR),
    ("write_offs", "Abgeschriebene Kredite", Unit.COUNT),
    ("write_off_amount", "Abgeschriebener Betrag", Unit.EUR),
    ("programme_cost", "Programmkosten", Unit.EUR),
    ("cost_per_job_created", "Programmkosten je geschaffenem Arbeitsplatz", Unit.EUR),
    ("cost_per_job_secured", "Programmkosten je gesichertem Arbeitsplatz", Unit.EUR),
)

KEY_FIGURE_LABELS = {key: label for key, label, _unit in KEY_FIGURES}


def _key_figures(current: _Published, previous: _Published) -> tuple[KeyFigure, ...]:
    figures = []
    for key, label, unit in KEY_FIGURES:
        value, before = current.values[key], previous.values[key]
        change, change_pct = _change(value, before)
        figures.append(KeyFigure(key, label, unit, value, before, change, change_pct))
    return tuple(figures)


# ------------------------------------------------------------------------------------- the sections


def _share(count: Value, total: Value) -> Value:
    """Percentage of a category in its total (hidden when either is hidden)."""
    if count is SUPPRESSED or total is SUPPRESSED:
        return SUPPRESSED
    if not isinstance(count, int) or not isinstance(total, int) or total == 0:
        return None
    return (Decimal(100 * count) / Decimal(total)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _chart_values(values: Sequence[Value]) -> tuple[int | Decimal | None, ...]:
    return tuple(v if isinstance(v, int | Decimal) and not isinstance(v, bool) else None for v in values)


class _Builder:
    """Assembles the report of one period inside one read session."""

    def __init__(
        self,
        sessions: Sessions,
        session: Session,
        period: ReportPeriod,
        *,
        settings: SharedSettings,
        disclosure: _Disclosure,
        generated_by: str | None,
        progress: Progress,
    ) -> None:
        self.sessions = sessions
        self.session = session
        self.period = period
        self.settings = settings
        self.d = disclosure
        self.generated_by = generated_by
        self.progress = progress

    def build(self, *, case_sheet: bool) -> AnnualReport:
        period, d = self.period, self.d
        # The three big reads are independent: the comparison period and the case facts run on two
        # further connections while this one reads the period's totals. The database works while Python
        # waits (sqlite3 and psycopg release the GIL), which roughly halves the time on two cores.
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="annual-report") as pool:
            previous_job = pool.submit(self._read, _headline, period.previous())
            facts_job = pool.submit(self._read, q.case_facts, period)
            current = _headline(self.session, period)
            self.progress(10, 100)
            previous = previous_job.result()
            self.progress(20, 100)
            active = facts_job.result()
        self.progress(30, 100)
        published_now = _publish_headline(current, d)
        published_before = _publish_headline(previous, d)
        key_figures = _key_figures(published_now, published_before)
        for rec in current.recommended:
            if rec.case_id not in active:  # sent in the period means open in it; guard against odd data
                active[rec.case_id] = _unknown_case(rec)
        new_ids = {f.case_id for f in active.values() if period.contains(f.opened_on)}
        targets, target_chart = self._targets(current, published_now)
        sections = [
            self._consultation_section(current, published_now),
            self._cases_section(active, new_ids),
            self._recommendation_section(current, published_now),
            self._breakdown_section(active, new_ids, current),
            self._jobs_section(current),
            self._arrears_section(published_now),
            self._cost_section(current, published_now),
        ]
        lwsi = self._lwsi_section()
        if lwsi is not None:
            sections.append(lwsi)
        self.progress(35, 100)
        sheet = None
        if case_sheet and not d.on:
            sheet = self._case_sheet(active)
        identified = None if d.on else self._identified(current)
        return AnnualReport(
            title=f"Jahresbericht Mikrofinanzierung {period.label}",
            period_label=period.label,
            previous_label=period.previous().label,
            letterhead=_letterhead(
                self.settings.organisation_name,
                self.settings.organisation_unit,
                self.settings.letterhead_address,
                self.settings.letterhead_contact,
            ),
            generated_on=today_berlin(),
            generated_by=None if d.on else self.generated_by,
            published=d.on,
            k=d.rule.k if d.on else None,
            key_figures=key_figures,
            targets=targets,
            target_chart=target_chart,
            sections=tuple(sections),
            notes=self._notes(current),
            identified=identified,
            case_sheet=sheet,
        )

    def _read(self, read: Callable[[Session, ReportPeriod], _T], period: ReportPeriod) -> _T:
        """Run ``read`` in its own read session (for a worker thread of ``build``)."""
        with self.sessions() as session:
            return read(session, period)

    # -- targets ---------------------------------------------------------------------------------

    def _targets(self, h: _Headline, p: _Published) -> tuple[tuple[TargetRow, ...], Chart | None]:
        s = self.settings

        def actual(key: str) -> Decimal | int | None:
            value = p.values[key]
            return value if isinstance(value, int | Decimal) else None

        checks: list[tuple[str, Unit, TargetCheck, Value]] = [
            (
                "Empfehlungen",
                Unit.COUNT,
                check_target(s.target_recommendations_per_year, actual("recommendations"), self.period),
                p.values["recommendations"],
            ),
            (
                "Empfohlenes Kreditvolumen",
                Unit.EUR,
                check_target(s.target_recommended_volume, actual("recommended_volume"), self.period),
                p.values["recommended_volume"],
            ),
            (
                "Programmkosten je geschaffenem Arbeitsplatz (höchstens)",
                Unit.EUR,
                check_target(
                    s.target_cost_per_job,
                    actual("cost_per_job_created"),
                    self.period,
                    TargetDirection.AT_MOST,
                    per_year=False,
                ),
                p.values["cost_per_job_created"],
            ),
        ]
        rows = []
        for label, unit, check, shown in checks:
            target: Value = (
                int(check.target)
                if unit is Unit.COUNT and check.target == int(check.target)
                else check.target
            )
            status = label_de(check.state)
            if check.scaled:
                status += " (Ziel anteilig für den Zeitraum)"
            rows.append(
                TargetRow(
                    label=label,
                    unit=unit,
                    target=target,
                    actual=shown,
                    attainment_percent=SUPPRESSED if shown is SUPPRESSED else check.attainment_percent,
                    status="geheim gehalten" if shown is SUPPRESSED else status,
                    met=None if check.state is TargetState.NO_VALUE else check.state is TargetState.MET,
                )
            )
        chart = Chart(
            kind="hbar",
            title="Zielerreichung in Prozent des Ziels",
            categories=tuple(r.label for r in rows),
            series=(("Erreichung (%)", _chart_values([r.attainment_percent for r in rows])),),
            unit=Unit.PERCENT,
            reference=Decimal(100),
            reference_label="Ziel",
        )
        return tuple(rows), chart

    # -- consultations -----------------------------------------------------------------------------

    def _consultation_section(self, h: _Headline, p: _Published) -> Section:
        by_place = h.consultations.by_place
        places = list(ConsultationPlace)
        counts = [by_place[place][0] for place in places]
        hour_values = [hours(by_place[place][1]) for place in places]
        cells, total, parallel = self.d.breakdown(counts, {"hours": hour_values})
        hour_cells, hour_total = parallel["hours"]
        names = {
            ConsultationPlace.OFFICE: "im Büro",
            ConsultationPlace.CONSULTATION_DAY: "am Sprechtag",
            ConsultationPlace.ON_SITE: "vor Ort",
            ConsultationPlace.PHONE: "telefonisch",
            ConsultationPlace.VIDEO: "per Video",
        }
        table = Table(
            sheet="Beratungen",
            title="Beratungen nach Ort",
            columns=(
                Column("Ort", Unit.TEXT, 24),
                Column("Beratungen", Unit.COUNT),
                Column("Stunden", Unit.HOURS),
            ),
            rows=tuple((names[place], cells[i], hour_cells[i]) for i, place in enumerate(places)),
            total=("Insgesamt", total, hour_total),
        )
        persons = p.values["persons"]
        text = (
            f"Im Berichtszeitraum wurden {_text(p.values['consultations'])} Beratungen mit zusammen "
            f"{_text(p.values['consultation_hours'], Unit.HOURS)} Stunden geführt; beraten wurden "
            f"{_text(persons)} verschiedene Personen."
        )
        return Section("Beratung", paragraphs=(text,), tables=(table,))

    # -- cases -----------------------------------------------------------------------------------

    def _cases_section(self, active: dict[q.Key, q.CaseFacts], new_ids: set[q.Key]) -> Section:
        sources = list(CaseSource)
        by_source = Counter(active[i].source for i in new_ids)
        source_counts = [by_source[s.value] for s in sources]
        cells, total, _ = self.d.breakdown(source_counts)
        source_rows = tuple((label_de(s), cells[i], _share(cells[i], total)) for i, s in enumerate(sources))
        source_table = Table(
            sheet="Zugang",
            title="Neue Fälle nach Zugangsweg",
            columns=(
                Column("Zugangsweg", Unit.TEXT, 28),
                Column("Neue Fälle", Unit.COUNT),
                Column("Anteil", Unit.PERCENT),
            ),
            rows=source_rows,
            total=("Insgesamt", total, Decimal(100) if _is_value(total) and total else None),
            chart=Chart(
                kind="hbar",
                title="Neue Fälle nach Zugangsweg",
                categories=tuple(label_de(s) for s in sources),
                series=(("Neue Fälle", _chart_values(cells)),),
            ),
        )
        stage_list = list(CaseStage)
        by_stage = Counter(f.stage for f in active.values())
        stage_counts = [by_stage[stage.value] for stage in stage_list]
        stage_cells, stage_total, _ = self.d.breakdown(stage_counts)
        stage_table = Table(
            sheet="Stand",
            title=f"Fälle des Zeitraums nach Stand am {self.period.end:%d.%m.%Y}",
            columns=(Column("Stand", Unit.TEXT, 26), Column("Fälle", Unit.COUNT)),
            rows=tuple((label_de(stage), stage_cells[i]) for i, stage in enumerate(stage_list)),
            total=("Insgesamt", stage_total),
            notes=(
                "Gezählt sind alle Fälle, die im Zeitraum offen waren (bis zum Ende eröffnet, nicht vor "
                "Beginn abgeschlossen).",
            ),
            chart=Chart(
                kind="bar",
                title="Fälle nach Stand am Periodenende",
                categories=tuple(label_de(s) for s in stage_list),
                series=(("Fälle", _chart_values(stage_cells)),),
            ),
        )
        outcomes = list(CaseOutcome)
        closed = [f for f in active.values() if f.stage == CaseStage.CLOSED]
        outcome_counts = [sum(1 for f in closed if f.outcome == o) for o in outcomes]
        without = len(closed) - sum(outcome_counts)
        outcome_cells, outcome_total, _ = self.d.breakdown([*outcome_counts, without])
        outcome_labels = [label_de(o) for o in outcomes] + ["ohne Angabe"]
        outcome_table = Table(
            sheet="Abschluss",
            title="Abgeschlossene Fälle nach Ergebnis",
            columns=(Column("Ergebnis", Unit.TEXT, 28), Column("Fälle", Unit.COUNT)),
            rows=tuple((label, outcome_cells[i]) for i, label in enumerate(outcome_labels)),
            total=("Insgesamt", outcome_total),
        )
        return Section("Fälle", tables=(source_table, stage_table, outcome_table))

    # -- recommendations, decisions, payouts, lead time -------------------------------------------

    def _recommendation_section(self, h: _Headline, p: _Published) -> Section:
        first_count, first_volume = h.split(False)
        follow_count, follow_volume = h.split(True)
        cells, total, parallel = self.d.breakdown(
            [first_count, follow_count], {"volume": [first_volume, follow_volume]}
        )
        volumes, volume_total = parallel["volume"]

        def avg(count: Value, volume: Value) -> Value:
            if isinstance(count, int) and isinstance(volume, Decimal):
                return average(volume, count)
            return SUPPRESSED if SUPPRESSED in (count, volume) else None

        rec_table = Table(
            sheet="Empfehlungen",
            title="Empfehlungen an Kreditgeber",
            columns=(
                Column("Art", Unit.TEXT, 20),
                Column("Anzahl", Unit.COUNT),
                Column("Volumen", Unit.EUR),
                Column("Durchschnitt", Unit.EUR),
            ),
            rows=(
                ("Erstkredite", cells[0], volumes[0], avg(cells[0], volumes[0])),
                ("Folgekredite", cells[1], volumes[1], avg(cells[1], volumes[1])),
            ),
            total=("Insgesamt", total, volume_total, avg(total, volume_total)),
            notes=(
                "Gezählt werden Empfehlungen mit Freigabe (Vier-Augen-Prinzip) am Tag der Übermittlung an "
                "den Kreditgeber.",
            ),
        )
        decision_table = Table(
            sheet="Entscheidungen",
            title="Entscheidungen der Kreditgeber und Auszahlungen",
            columns=(
                Column("Kennzahl", Unit.TEXT, 30),
                Column("Anzahl", Unit.COUNT),
                Column("Betrag", Unit.EUR),
                Column("Quote", Unit.PERCENT),
            ),
            rows=(
                ("Bewilligt", p.values["approved"], None, None),
                ("Abgelehnt", p.values["declined"], None, None),
                ("Bewilligungsquote", None, None, p.values["approval_rate"]),
                ("Auszahlungen", p.values["payouts"], p.values["payout_volume"], None),
            ),
            notes=(
                "Bewilligungsquote = Bewilligungen ÷ (Bewilligungen + Ablehnungen) der im Zeitraum "
                "getroffenen Entscheidungen.",
            ),
        )
        lead = h.lead
        lead_table = Table(
            sheet="Durchlaufzeit",
            title="Durchlaufzeit von der Erstberatung bis zur Empfehlung",
            columns=(Column("Kennzahl", Unit.TEXT, 26), Column("Tage", Unit.DAYS)),
            rows=(
                ("Unteres Quartil", p.values["lead_time_q1"]),
                ("Median", p.values["lead_time_median"]),
                ("Oberes Quartil", p.values["lead_time_q3"]),
            ),
            notes=(self._lead_note(lead),),
        )
        months = self._months()
        rec_months = q.month_counts(r.sent_on for r in h.recommended)
        pay_months = q.month_counts(q.payout_dates(self.session, self.period))
        categories = tuple(f"{_MONTHS[m - 1]} {y % 100:02d}" for y, m in months)
        # Protected with their totals: the year's totals are printed elsewhere in the report.
        rec_series, _, _ = self.d.breakdown([rec_months.get(m, 0) for m in months])
        pay_series, _, _ = self.d.breakdown([pay_months.get(m, 0) for m in months])
        monthly = Table(
            sheet="Monate",
            title="Empfehlungen und Auszahlungen je Monat",
            columns=(
                Column("Monat", Unit.TEXT, 12),
                Column("Empfehlungen", Unit.COUNT),
                Column("Auszahlungen", Unit.COUNT),
            ),
            rows=tuple((categories[i], rec_series[i], pay_series[i]) for i in range(len(months))),
            chart=Chart(
                kind="bar",
                title="Empfehlungen und Auszahlungen je Monat",
                categories=categories,
                series=(
                    ("Empfehlungen", _chart_values(rec_series)),
                    ("Auszahlungen", _chart_values(pay_series)),
                ),
            ),
        )
        return Section(
            "Empfehlungen, Entscheidungen und Auszahlungen",
            tables=(rec_table, decision_table, lead_table, monthly),
        )

    def _lead_note(self, lead: q.LeadTimes) -> str:
        note = f"Grundlage: {_text(self.d.count(lead.summary.count))} Empfehlungen mit erfasster Erstberatung"
        if lead.without_consultation:
            missing = _text(self.d.count(lead.without_consultation))
            note += f"; {missing} ohne erfasste Erstberatung nicht berücksichtigt"
        return note + ". Quartile nach der inklusiven Methode (wie QUARTILE.INKL in Excel)."

    def _months(self) -> list[tuple[int, int]]:
        months = []
        year, month = self.period.start.year, self.period.start.month
        while (year, month) <= (self.period.end.year, self.period.end.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    # -- breakdowns --------------------------------------------------------------------------------

    def _breakdown_section(
        self, active: dict[q.Key, q.CaseFacts], new_ids: set[q.Key], h: _Headline
    ) -> Section:
        recommended = h.recommended
        borough_list = q.boroughs(self.session)
        borough_names = {bid: name for bid, name in borough_list}
        sections_seen = sorted(
            {s for s in (active[i].section for i in new_ids) if s}
            | {s for s in (active[r.case_id].section for r in recommended) if s}
        )

        dimensions: list[tuple[str, str, str, list[tuple[Any, str]], Callable[[q.CaseFacts], Any]]] = [
            (
                "Stadtbezirk",
                "Stadtbezirk",
                "Stadtbezirk des Unternehmens",
                [(bid, name) for bid, name in borough_list] + [(None, NOT_ASSIGNED)],
                lambda f: f.borough_id if f.borough_id in borough_names else None,
            ),
            (
                "WZ-Abschnitt",
                "WZ-Abschnitt",
                "Wirtschaftszweig (WZ 2008, Abschnitt)",
                [(s, section_label(s)) for s in sections_seen] + [(None, NOT_ASSIGNED)],
                lambda f: f.section,
            ),
            (
                "Geschlecht",
                "Geschlecht",
                "Geschlecht der Gründerin / des Gründers",
                [(g, label_de(g)) for g in Gender],
                lambda f: f.gender or Gender.NOT_STATED,
            ),
            (
                "Migrationshintergrund",
                "Migrationshintergrund",
                "Migrationshintergrund der Gründerin / des Gründers",
                [(m, label_de(m)) for m in MigrationBackground],
                lambda f: f.migration_background or MigrationBackground.NOT_STATED,
            ),
            (
                "Altersgruppe",
                "Altersgruppe",
                "Alter der Gründerin / des Gründers bei Aufnahme des Falls",
                [(a, label_de(a)) for a in AgeGroup],
                lambda f: f.age_group,
            ),
        ]
        tables = []
        for sheet, column, title, categories, key_of in dimensions:
            keys = [key for key, _label in categories]
            index = {key: i for i, key in enumerate(keys)}
            new_counts = [0] * len(keys)
            rec_counts = [0] * len(keys)
            rec_volume = [ZERO] * len(keys)
            for case_id in new_ids:
                new_counts[index[key_of(active[case_id])]] += 1
            for rec in recommended:
                position = index[key_of(active[rec.case_id])]
                rec_counts[position] += 1
                rec_volume[position] += rec.amount
            new_cells, new_total, _ = self.d.breakdown(new_counts)
            rec_cells, rec_total, parallel = self.d.breakdown(rec_counts, {"volume": rec_volume})
            volume_cells, volume_total = parallel["volume"]
            labels = [label for _key, label in categories]
            tables.append(
                Table(
                    sheet=sheet,
                    title=f"Nach {title}",
                    columns=(
                        Column(column, Unit.TEXT, 34),
                        Column("Neue Fälle", Unit.COUNT),
                        Column("Empfehlungen", Unit.COUNT),
                        Column("Empfohlenes Volumen", Unit.EUR, 20),
                    ),
                    rows=tuple(
                        (labels[i], new_cells[i], rec_cells[i], volume_cells[i]) for i in range(len(labels))
                    ),
                    total=("Insgesamt", new_total, rec_total, volume_total),
                    chart=Chart(
                        kind="hbar",
                        title=f"Neue Fälle und Empfehlungen nach {column}",
                        categories=tuple(labels),
                        series=(
                            ("Neue Fälle", _chart_values(new_cells)),
                            ("Empfehlungen", _chart_values(rec_cells)),
                        ),
                    )
                    if sheet in ("Stadtbezirk", "Geschlecht", "Altersgruppe")
                    else None,
                )
            )
        return Section(
            "Aufgliederungen",
            paragraphs=(
                "Neue Fälle sind die im Zeitraum eröffneten Fälle, Empfehlungen die im Zeitraum "
                "übermittelten. Merkmale von Personen beziehen sich auf die Gründerin bzw. den Gründer des "
                "Unternehmens.",
            ),
            tables=tuple(tables),
        )

    # -- jobs, arrears, costs ----------------------------------------------------------------------

    def _jobs_section(self, h: _Headline) -> Section:
        occasions = list(q.FOLLOW_UPS)
        counts = [h.jobs[o].cases for o in occasions]
        values = {
            "created_heads": [Decimal(h.jobs[o].created_heads) for o in occasions],
            "created_fte": [h.jobs[o].created_fte for o in occasions],
            "secured_heads": [Decimal(h.jobs[o].secured_heads) for o in occasions],
            "secured_fte": [h.jobs[o].secured_fte for o in occasions],
        }
        cells, count_total, parallel = self.d.breakdown(counts, values)

        def as_int(value: Value) -> Value:
            return int(value) if isinstance(value, Decimal) else value

        rows = tuple(
            (
                label_de(o),
                cells[i],
                as_int(parallel["created_heads"][0][i]),
                parallel["created_fte"][0][i],
                as_int(parallel["secured_heads"][0][i]),
                parallel["secured_fte"][0][i],
            )
            for i, o in enumerate(occasions)
        )
        table = Table(
            sheet="Arbeitsplätze",
            title="Arbeitsplätze laut Nacherhebung",
            columns=(
                Column("Letzte Nacherhebung", Unit.TEXT, 22),
                Column("Betriebe", Unit.COUNT),
                Column("Geschaffen (Köpfe)", Unit.COUNT),
                Column("Geschaffen (VZÄ)", Unit.FTE),
                Column("Gesichert (Köpfe)", Unit.COUNT),
                Column("Gesichert (VZÄ)", Unit.FTE),
            ),
            rows=rows,
            total=(
                "Insgesamt",
                count_total,
                as_int(parallel["created_heads"][1]),
                parallel["created_fte"][1],
                as_int(parallel["secured_heads"][1]),
                parallel["secured_fte"][1],
            ),
            notes=(
                "Je Unternehmen zählt die letzte im Zeitraum erfasste Nacherhebung (6, 12 oder 24 Monate "
                "nach der Auszahlung); VZÄ = Vollzeitäquivalente.",
            ),
        )
        return Section("Arbeitsplätze", tables=(table,))

    def _arrears_section(self, p: _Published) -> Section:
        table = Table(
            sheet="Rückstände",
            title="Zahlungsrückstände und Abschreibungen",
            columns=(
                Column("Kennzahl", Unit.TEXT, 36),
                Column("Kredite", Unit.COUNT),
                Column("Betrag", Unit.EUR),
            ),
            rows=(
                (
                    f"Im Rückstand am {self.period.end:%d.%m.%Y}",
                    p.values["arrears_loans"],
                    p.values["arrears_amount"],
                ),
                ("Im Zeitraum abgeschrieben", p.values["write_offs"], p.values["write_off_amount"]),
            ),
            notes=(
                "Rückstand: letzte Monatsmeldung des Kredits im Zeitraum zeigt einen Rückstand. "
                "Abschreibung: als abgeschrieben gemeldete Restforderung.",
            ),
        )
        return Section("Rückstände und Abschreibungen", tables=(table,))

    def _cost_section(self, h: _Headline, p: _Published) -> Section:
        lines = tuple(
            (label_de(line.kind), line.description, line.calculation, line.amount) for line in h.costs.lines
        )
        cost_table = Table(
            sheet="Programmkosten",
            title="Programmkosten",
            columns=(
                Column("Kostenart", Unit.TEXT, 20),
                Column("Beschreibung", Unit.TEXT, 40),
                Column("Berechnung", Unit.TEXT, 40),
                Column("Betrag", Unit.EUR),
            ),
            rows=lines,
            total=("Insgesamt", "", "", h.costs.total),
        )
        created = p.values["jobs_created_heads"]
        secured = p.values["jobs_secured_heads"]

        def calculation(jobs: Value, per_job: Value) -> str:
            if jobs is SUPPRESSED:
                return "geheim gehalten (weniger als k Unternehmen)"
            if not isinstance(jobs, int) or jobs == 0:
                return f"{format_eur(h.costs.total)} ÷ 0 Arbeitsplätze: nicht berechenbar"
            assert isinstance(per_job, Decimal)
            return f"{format_eur(h.costs.total)} ÷ {format_int(jobs)} Arbeitsplätze = {format_eur(per_job)}"

        per_job_table = Table(
            sheet="Kosten je Arbeitsplatz",
            title="Programmkosten je Arbeitsplatz",
            columns=(
                Column("Kennzahl", Unit.TEXT, 30),
                Column("Kosten", Unit.EUR, 20),
                Column("Arbeitsplätze", Unit.COUNT, 22),
                Column("je Arbeitsplatz", Unit.EUR, 23),
                Column("Rechnung", Unit.TEXT, 50),
            ),
            rows=(
                (
                    "je geschaffenem Arbeitsplatz",
                    h.costs.total,
                    created,
                    p.values["cost_per_job_created"],
                    calculation(created, p.values["cost_per_job_created"]),
                ),
                (
                    "je gesichertem Arbeitsplatz",
                    h.costs.total,
                    secured,
                    p.values["cost_per_job_secured"],
                    calculation(secured, p.values["cost_per_job_secured"]),
                ),
            ),
            notes=(
                "Beratungszeit = Dauer der im Zeitraum erfassten Beratungen × Stundensatz des Jahres. "
                "Jahreskosten werden bei einem Zeitraum, der kein Kalenderjahr ist, anteilig nach Tagen "
                "angesetzt. "
                "Arbeitsplätze in Köpfen laut letzter Nacherhebung im Zeitraum.",
            ),
        )
        return Section("Programmkosten je Arbeitsplatz", tables=(cost_table, per_job_table))

    def _lwsi_section(self) -> Section | None:
        from dlzw_desktop.services.lwsi_service import lwsi_report_rows  # noqa: PLC0415 - optional section

        rows, chart, notes = lwsi_report_rows(
            self.session, self.period, k=self.d.rule.k if self.d.on else None
        )
        if not rows:
            return None
        table = Table(
            sheet="LWSI",
            title="Lokaler Wertschöpfungsindikator (LWSI)",
            columns=(
                Column("Gebiet", Unit.TEXT, 28),
                Column("Stand", Unit.TEXT, 10),
                Column("LWSI letzte 4 Quartale", Unit.EUR, 20),
                Column("Index (Basisjahr = 100)", Unit.DAYS, 14),
                Column("Ziel", Unit.TEXT, 10),
                Column("Status", Unit.TEXT, 22),
                Column("Geschätzt", Unit.TEXT, 30),
            ),
            rows=rows,
            notes=notes,
            chart=chart,
        )
        return Section("Lokale Wertschöpfung", tables=(table,))

    # -- anonymised case data, identified list ------------------------------------------------------

    def _case_sheet(self, active: dict[q.Key, q.CaseFacts]) -> CaseSheet:
        borough_names = dict(q.boroughs(self.session))
        columns = (
            Column("Lfd. Nr.", Unit.COUNT, 9),
            Column("Eröffnet (Monat)", Unit.TEXT, 12),
            Column("Zugangsweg", Unit.TEXT, 22),
            Column("Stand am Periodenende", Unit.TEXT, 20),
            Column("Ergebnis", Unit.TEXT, 18),
            Column("Stadtbezirk", Unit.TEXT, 18),
            Column("WZ-Abschnitt", Unit.TEXT, 8),
            Column("Geschlecht", Unit.TEXT, 12),
            Column("Migrationshintergrund", Unit.TEXT, 16),
            Column("Altersgruppe", Unit.TEXT, 16),
            Column("Beantragt", Unit.EUR, 14),
            Column("Empfohlen", Unit.EUR, 14),
            Column("Folgekredit", Unit.TEXT, 10),
            Column("Empfehlung (Monat)", Unit.TEXT, 12),
            Column("Tage Erstberatung bis Empfehlung", Unit.COUNT, 14),
            Column("Entscheidung", Unit.TEXT, 12),
            Column("Ausgezahlt", Unit.EUR, 14),
            Column("Auszahlung (Monat)", Unit.TEXT, 12),
            Column("AP geschaffen", Unit.COUNT, 10),
            Column("VZÄ geschaffen", Unit.FTE, 10),
            Column("AP gesichert", Unit.COUNT, 10),
            Column("VZÄ gesichert", Unit.FTE, 10),
            Column("Rückstand am Periodenende", Unit.EUR, 14),
        )
        # Sorted by month of opening and then by a key that carries no meaning (the random UUID), so the
        # running number cannot be matched to the order in which cases were recorded.
        order = sorted(active.values(), key=lambda f: (f.opened_on.year, f.opened_on.month, str(f.case_id)))

        def month(day: date | None) -> str | None:
            return None if day is None else f"{day.year}-{day.month:02d}"

        source = _labels(CaseSource)
        stage = _labels(CaseStage)
        outcome = _labels(CaseOutcome)
        gender = _labels(Gender)
        migration = _labels(MigrationBackground)
        decision = _labels(LenderDecision)
        not_stated_gender = gender[Gender.NOT_STATED.value]
        not_stated_migration = migration[MigrationBackground.NOT_STATED.value]

        def rows() -> Iterator[tuple[Value, ...]]:
            for number, fact in enumerate(order, start=1):
                sent, first = fact.sent_on, fact.first_consultation
                yield (
                    number,
                    month(fact.opened_on),
                    source[fact.source],
                    stage[fact.stage],
                    outcome[fact.outcome] if fact.stage == "closed" and fact.outcome else None,
                    borough_names.get(fact.borough_id, NOT_ASSIGNED),
                    fact.section or NOT_ASSIGNED,
                    gender[fact.gender] if fact.gender else not_stated_gender,
                    migration[fact.migration_background]
                    if fact.migration_background
                    else not_stated_migration,
                    label_de(fact.age_group),
                    fact.requested,
                    fact.recommended,
                    None if fact.follow_up is None else ("ja" if fact.follow_up else "nein"),
                    month(sent),
                    (sent - first).days if sent is not None and first is not None and first <= sent else None,
                    None if fact.decision is None else decision[fact.decision],
                    fact.paid_out,
                    month(fact.disbursed_on),
                    fact.created_heads,
                    fact.created_fte,
                    fact.secured_heads,
                    fact.secured_fte,
                    fact.arrears,
                )

        return CaseSheet(columns=columns, rows=rows(), count=len(order))

    def _identified(self, h: _Headline) -> Table:
        rows = tuple(
            (
                r.number,
                r.business_name,
                r.sent_on,
                r.amount,
                "Folgekredit" if r.follow_up else "Erstkredit",
                r.lender or "",
            )
            for r in h.recommended
        )
        return Table(
            sheet="Empfehlungen (intern)",
            title="Anhang (nur intern): Empfohlene Kredite im Zeitraum",
            columns=(
                Column("Fall", Unit.TEXT, 25),
                Column("Unternehmen", Unit.TEXT, 40),
                Column("Datum", Unit.DATE, 18),
                Column("Betrag", Unit.EUR, 22),
                Column("Art", Unit.TEXT, 17),
                Column("Kreditgeber", Unit.TEXT, 42),
            ),
            rows=rows,
            total=("Insgesamt", "", None, h.volume, "", ""),
            notes=("Enthält Fallnummern und Namen von Unternehmen: nicht zur Weitergabe bestimmt.",),
        )

    def _notes(self, h: _Headline) -> tuple[str, ...]:
        notes = [
            f"Berichtszeitraum {self.period.label}, Vergleichszeitraum {self.period.previous().label} "
            "(dieselben Tage ein Jahr früher).",
            "Gelöschte Datensätze werden nicht gezählt. Definitionen aller Kennzahlen: Handbuch, Kapitel "
            "„Jahresbericht“ (docs/jahresbericht.md).",
        ]
        if self.d.on:
            notes.append(
                f"Veröffentlichungsfassung: Fallzahlen von 1 bis {self.d.rule.k - 1} und Felder, aus denen "
                "sie sich zurückrechnen ließen, sind gesperrt. „.“ = Zahlenwert geheim zu halten (weniger "
                f"als {self.d.rule.k} Fälle oder Rückrechnung möglich). Beträge und Durchschnitte zu "
                "gesperrten Fallzahlen sind mitgesperrt. Die Fassung enthält keine Fallnummern, Namen oder "
                "fallbezogenen Einzeldaten."
            )
        else:
            notes.append(
                "Interne Fassung: enthält im Anhang Fallnummern und Unternehmensnamen. Für die Weitergabe "
                "die Veröffentlichungsfassung erstellen."
            )
        return tuple(notes)


@functools.cache
def _labels(enum: type[StrEnum]) -> dict[str, str]:
    """German labels of an enum by stored value (the case facts carry the plain values)."""
    return {member.value: label_de(member) for member in enum}


def _unknown_case(rec: q.RecommendationFact) -> q.CaseFacts:
    """Facts for a recommended case that is not a case of the period (inconsistent data): all unknown."""
    return q.CaseFacts(
        case_id=rec.case_id,
        opened_on=rec.sent_on,
        source=CaseSource.OTHER.value,
        stage=CaseStage.RECOMMENDED.value,
        outcome=None,
        requested=ZERO,
        borough_id=None,
        section=None,
        gender=None,
        migration_background=None,
        age_group=AgeGroup.NOT_STATED,
        recommended=rec.amount,
        follow_up=rec.follow_up,
        sent_on=rec.sent_on,
        first_consultation=rec.first_consultation,
        decision=None,
        paid_out=None,
        disbursed_on=None,
        created_heads=None,
        created_fte=None,
        secured_heads=None,
        secured_fte=None,
        arrears=None,
    )


def _text(value: Value, unit: Unit = Unit.COUNT) -> str:
    return format_value(value, unit)


# -------------------------------------------------------------------------------------- the service


def _atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file in the same folder, so a cancelled or failed run leaves nothing."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    path = Path(temporary)
    try:
        write(path)
        path.replace(target)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _letterhead(organisation: str, unit: str, address: str, contact: str) -> Letterhead:
    from dlzw_desktop.reports.pdf import Letterhead  # noqa: PLC0415 - reportlab only when a report is built

    return Letterhead(organisation, unit, address, contact)


def _shared(session: Session) -> SharedSettings:
    stored = {key: value for key, value in session.execute(select(SettingValue.key, SettingValue.value))}
    defaults = SharedSettings()
    values: dict[str, Any] = {}
    for f in dataclasses.fields(SharedSettings):
        if f.name in stored:
            default = getattr(defaults, f.name)
            raw = stored[f.name]
            values[f.name] = Decimal(str(raw)) if isinstance(default, Decimal) else type(default)(raw)
    return SharedSettings(**values)


class ReportService(Service):
    """The annual report (PDF and XLSX, internal or published) and the dashboard figures."""

    @requires(Permission.VIEW_REPORTS)
    def annual_report(
        self, period: ReportPeriod, *, published: bool = False, k: int | None = None, case_rows: bool = False
    ) -> AnnualReport:
        """The report's figures; with ``case_rows`` also the anonymised case rows (read into memory)."""
        with self._sessions() as session:
            settings = _shared(session)
            disclosure = _Disclosure(published, k if k is not None else settings.publication_min_cell)
            builder = _Builder(
                self._sessions,
                session,
                period,
                settings=settings,
                disclosure=disclosure,
                generated_by=self._who(),
                progress=lambda _d, _t: None,
            )
            report = builder.build(case_sheet=case_rows)
            if report.case_sheet is not None:
                rows = list(report.case_sheet.rows)
                report.case_sheet.rows = iter(rows)
            return report

    @requires(Permission.VIEW_REPORTS)
    def write_annual_report(
        self,
        period: ReportPeriod,
        out_dir: Path,
        *,
        published: bool = False,
        k: int | None = None,
        pdf: bool = True,
        xlsx: bool = True,
        progress: Progress | None = None,
    ) -> AnnualReportFiles:
        """Write the annual report as PDF and/or XLSX into ``out_dir`` (files are replaced atomically).

        ``progress(done, total)`` is called as the work advances (and may raise to cancel: nothing is
        left behind then). Raises ``ValidationError`` for a folder that cannot be used, ``StorageError``
        when writing fails.
        """
        from dlzw_desktop.reports.annual_pdf import write_annual_pdf  # noqa: PLC0415 - reportlab is heavy
        from dlzw_desktop.reports.annual_xlsx import write_annual_xlsx  # noqa: PLC0415

        if not pdf and not xlsx:
            raise ValidationError("report.no_format", "Choose PDF, Excel or both.", field="format")
        folder = Path(out_dir)
        if not folder.is_dir():
            raise ValidationError(
                "report.no_folder",
                "The folder {folder} does not exist. Choose an existing folder for the report.",
                field="out_dir",
                folder=str(folder),
            )
        report_progress: Progress = progress or (lambda _d, _t: None)
        stem = f"Jahresbericht_Mikrofinanzierung_{period.file_stem}" + (
            "_Veroeffentlichung" if published else ""
        )
        pdf_path = folder / f"{stem}.pdf" if pdf else None
        xlsx_path = folder / f"{stem}.xlsx" if xlsx else None
        with self._sessions() as session:
            settings = _shared(session)
            disclosure = _Disclosure(published, k if k is not None else settings.publication_min_cell)
            builder = _Builder(
                self._sessions,
                session,
                period,
                settings=settings,
                disclosure=disclosure,
                generated_by=self._who(),
                progress=report_progress,
            )
            report = builder.build(case_sheet=xlsx)
            try:
                if pdf_path is not None:
                    _atomic_write(pdf_path, lambda p: write_annual_pdf(report, p))
                report_progress(50, 100)
                if xlsx_path is not None:

                    def sheet_progress(done: int, total: int) -> None:
                        report_progress(50 + (50 * done) // max(total, 1), 100)

                    _atomic_write(xlsx_path, lambda p: write_annual_xlsx(report, p, progress=sheet_progress))
            except OSError as exc:
                raise StorageError(
                    "report.write_failed",
                    "The report could not be written to {folder} ({reason}). Check free space and write "
                    "permission, or choose another folder.",
                    folder=str(folder),
                    reason=exc.strerror or str(exc),
                ) from exc
        report_progress(100, 100)
        with self._sessions.begin() as session:
            record_event(
                session,
                "annual_report",
                None,
                f"annual report {period.label} written" + (" (published variant)" if published else ""),
                details={
                    "period_start": period.start.isoformat(),
                    "period_end": period.end.isoformat(),
                    "published": published,
                    "k": disclosure.rule.k if published else None,
                    "files": [str(p) for p in (pdf_path, xlsx_path) if p is not None],
                },
            )
        logger.info("annual report %s written to %s", period.label, folder)
        return AnnualReportFiles(pdf_path, xlsx_path, period, published)

    @requires(Permission.VIEW_REPORTS)
    def dashboard(self, year: int | None = None) -> DashboardFigures:
        """This year's figures against the targets, the pipeline by stage and the reminders."""
        today = today_berlin()
        period = ReportPeriod.year(year or today.year)
        with self._sessions() as session:
            settings = _shared(session)
            recommended = q.recommendations(session, period)
            loans = q.loans(session, period)
            created = q.jobs_total(q.jobs(session, period)).created_heads
            costs = cost_summary(session, period)
            pipeline = dict.fromkeys(CaseStage, 0)
            for stage, count in session.execute(
                select(Case.stage, func.count()).where(Case.deleted_at.is_(None)).group_by(Case.stage)
            ):
                pipeline[CaseStage(stage)] = count
            open_reminders = select(Reminder.due_on).where(
                Reminder.deleted_at.is_(None), Reminder.done_at.is_(None)
            )
            due = list(session.scalars(open_reminders))
        week = date.fromordinal(today.toordinal() + 7)
        return DashboardFigures(
            year=period.start.year,
            recommendations=len(recommended),
            recommendations_target=settings.target_recommendations_per_year,
            recommended_volume=sum((r.amount for r in recommended), ZERO),
            volume_target=settings.target_recommended_volume,
            payouts=loans.payouts,
            payout_volume=loans.payout_volume,
            jobs_created=created,
            cost_per_job=cost_per_job(costs.total, created).per_job,
            cost_per_job_target=settings.target_cost_per_job,
            pipeline=pipeline,
            reminders_overdue=sum(1 for d in due if d < today),
            reminders_due_today=sum(1 for d in due if d == today),
            reminders_next_7_days=sum(1 for d in due if today < d <= week),
            reminders_later=sum(1 for d in due if d > week),
        )

    def _who(self) -> str:
        principal = self._context.user.principal
        return principal.display_name or principal.username
