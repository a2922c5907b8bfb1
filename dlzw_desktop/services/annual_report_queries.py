"""The figures of the annual report, read from the database (read-only; definitions in docs/jahresbericht.md).

Every function takes an open read session and the report period and returns plain values. Rows marked
as deleted are never counted, and nothing of a deleted case is counted. Definitions in short:

- consultations: held in the period; persons = distinct persons consulted (the person of the
  consultation, otherwise the main founder of the case's business);
- new cases: opened in the period; cases of the period: opened by its end and not closed before its start;
- stage at the end: the target stage of the last stage change before the day after the period (Berlin
  time); a case without any recorded change is in its current stage if it got there before that, else in
  "enquiry";
- recommendations: signed off (four-eyes) and sent to the lender in the period (``sent_on``);
- lender decisions: ``decided_on`` in the period; payouts: ``disbursed_on`` in the period;
- lead time: days from the case's first consultation to the day the recommendation was sent;
- jobs: per case the latest follow-up (6, 12 or 24 months) recorded in the period;
- arrears: loans whose latest monthly entry up to the period end lies in the period and shows arrears;
  write-offs: monthly entries "written off" in the period (the balance written off);
- person attributes come from the main founder (role founder, else co-founder; the earliest recorded),
  the age group from the age on the day the case was opened.

Speed matters (the report must be ready in seconds on 100,000 cases): totals are summed in SQL, and the
per-case facts come in one query that returns plain values. Row keys are the raw key values of the
driver (hex text on SQLite, ``UUID`` on PostgreSQL): converting hundreds of thousands of keys into
``uuid.UUID`` objects would cost more than all the SQL.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    case,
    exists,
    extract,
    func,
    literal,
    or_,
    select,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session

from dlzw_desktop.db.models import (
    Borough,
    Business,
    BusinessMember,
    Case,
    Consultation,
    JobsRecord,
    Lender,
    Loan,
    Person,
    Recommendation,
    RepaymentEntry,
    Sector,
    StageChange,
)
from dlzw_desktop.domain.dates import BERLIN
from dlzw_desktop.domain.enums import (
    BusinessRole,
    ConsultationPlace,
    JobsOccasion,
    LenderDecision,
    RepaymentStatus,
)
from dlzw_desktop.domain.money import ZERO, from_cents
from dlzw_desktop.domain.reporting import ReportPeriod
from dlzw_desktop.domain.statistics import AgeGroup, LeadTimeSummary, summarize_lead_times

logger = logging.getLogger(__name__)

FOLLOW_UPS = (JobsOccasion.MONTH_6, JobsOccasion.MONTH_12, JobsOccasion.MONTH_24)

Key = Any  # a raw row key: str (SQLite) or uuid.UUID (PostgreSQL)


def raw(column: Any) -> ColumnElement[Any]:
    """A key column as the driver returns it, without conversion to ``uuid.UUID``."""
    return type_coerce(column, String())


def cents(column: Any) -> ColumnElement[Any]:
    """A money column as integer cents (converted to euros only where a row is used)."""
    return type_coerce(column, Integer())


def _euros(value: Any) -> Decimal:
    return ZERO if value is None else from_cents(int(value))


def end_instant(period: ReportPeriod) -> datetime:
    """The first instant after the period: midnight at its end in Dortmund, as UTC."""
    return datetime.combine(period.day_after(), time(0), BERLIN).astimezone(UTC)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def live_case(case_column: Any) -> Any:
    """The (non-null) case of ``case_column`` is not deleted.

    Written as NOT IN the deleted cases: the database builds that small set once, where a correlated
    EXISTS would look up the case for every row (measured: the largest single cost of the report).
    """
    deleted = Case.__table__.alias("deleted_case")
    return case_column.not_in(select(deleted.c.id).where(deleted.c.deleted_at.is_not(None)))


def main_founder_of(business_id: Any) -> Any:
    """Scalar subquery: the main founder's person id of a business (founder before co-founder)."""
    return (
        select(BusinessMember.person_id)
        .where(
            BusinessMember.business_id == business_id,
            BusinessMember.deleted_at.is_(None),
            BusinessMember.role.in_([BusinessRole.FOUNDER, BusinessRole.CO_FOUNDER]),
        )
        .order_by(
            case((BusinessMember.role == BusinessRole.FOUNDER, 0), else_=1),
            BusinessMember.created_at,
            BusinessMember.id,
        )
        .limit(1)
        .scalar_subquery()
    )


def boroughs(session: Session) -> list[tuple[Key, str]]:
    """(raw id, name) of the boroughs in their display order."""
    return [
        (row[0], row[1])
        for row in session.execute(
            select(raw(Borough.id), Borough.name)
            .where(Borough.deleted_at.is_(None))
            .order_by(Borough.display_order)
        )
    ]


# ---------------------------------------------------------------------------------- consultations


@dataclass(frozen=True, slots=True)
class ConsultationTotals:
    """Consultations held in a period: totals, and count and minutes by place and by calendar year."""

    count: int
    minutes: int
    persons: int
    by_place: dict[ConsultationPlace, tuple[int, int]]
    minutes_by_year: dict[int, int]


def _consultations_in(period: ReportPeriod) -> Any:
    return and_(
        Consultation.deleted_at.is_(None),
        Consultation.held_on.between(period.start, period.end),
        or_(Consultation.case_id.is_(None), live_case(Consultation.case_id)),
    )


def consultations(session: Session, period: ReportPeriod) -> ConsultationTotals:
    where = _consultations_in(period)
    year = extract("year", Consultation.held_on)
    by_place = dict.fromkeys(ConsultationPlace, (0, 0))
    by_year: dict[int, int] = {}
    for place, held_in, count, minutes in session.execute(
        select(Consultation.place, year, func.count(), func.sum(Consultation.duration_minutes))
        .where(where)
        .group_by(Consultation.place, year)
    ):
        key = ConsultationPlace(place)
        by_place[key] = (by_place[key][0] + int(count), by_place[key][1] + int(minutes or 0))
        by_year[int(held_in)] = by_year.get(int(held_in), 0) + int(minutes or 0)
    named = select(Consultation.person_id.label("person")).where(where, Consultation.person_id.is_not(None))
    founders = (
        select(main_founder_of(Case.business_id).label("person"))
        .select_from(Consultation)
        .join(Case, Consultation.case_id == Case.id)
        .where(where, Consultation.person_id.is_(None))
    )
    people = union(named, founders).subquery()
    persons = session.scalar(select(func.count()).select_from(people).where(people.c.person.is_not(None)))
    return ConsultationTotals(
        count=sum(count for count, _minutes in by_place.values()),
        minutes=sum(by_year.values()),
        persons=int(persons or 0),
        by_place=by_place,
        minutes_by_year=by_year,
    )


def consultation_minutes_by_year(session: Session, period: ReportPeriod) -> dict[int, int]:
    """Minutes of the consultations held in the period, by calendar year."""
    year = extract("year", Consultation.held_on)
    return {
        int(y): int(m or 0)
        for y, m in session.execute(
            select(year, func.sum(Consultation.duration_minutes))
            .where(_consultations_in(period))
            .group_by(year)
        )
    }


# -------------------------------------------------------------------------------------------- cases


def count_new_cases(session: Session, period: ReportPeriod) -> int:
    return (
        session.scalar(
            select(func.count()).where(
                Case.deleted_at.is_(None), Case.opened_on.between(period.start, period.end)
            )
        )
        or 0
    )


def active_cases(period: ReportPeriod) -> Any:
    """Condition of the cases of the period: opened by its end and not closed before its start."""
    return and_(
        Case.deleted_at.is_(None),
        Case.opened_on <= period.end,
        or_(Case.closed_on.is_(None), Case.closed_on >= period.start),
    )


# ------------------------------------------------------------------------------- recommendations


@dataclass(frozen=True, slots=True)
class RecommendationFact:
    """A recommendation counted in the period, with the case's first consultation (for the lead time)."""

    case_id: Key
    number: str
    business_name: str
    sent_on: date
    amount: Decimal
    follow_up: bool
    lender: str | None
    first_consultation: date | None


def first_consultation_of(case_id: Any) -> Any:
    return (
        select(func.min(Consultation.held_on))
        .where(Consultation.case_id == case_id, Consultation.deleted_at.is_(None))
        .scalar_subquery()
    )


def recommendations(session: Session, period: ReportPeriod) -> list[RecommendationFact]:
    first = first_consultation_of(Recommendation.case_id)
    rows = session.execute(
        select(
            raw(Recommendation.case_id),
            Case.number,
            Business.name,
            Recommendation.sent_on,
            cents(Recommendation.amount),
            Recommendation.is_follow_up_loan,
            Lender.name,
            type_coerce(first, Consultation.held_on.type),
        )
        .join(Case, Recommendation.case_id == Case.id)
        .join(Business, Case.business_id == Business.id)
        .outerjoin(Lender, Recommendation.lender_id == Lender.id)
        .where(
            Recommendation.deleted_at.is_(None),
            Case.deleted_at.is_(None),
            Recommendation.signed_off_by.is_not(None),
            Recommendation.sent_on.between(period.start, period.end),
        )
        .order_by(Recommendation.sent_on, Recommendation.id)
    )
    return [
        RecommendationFact(r[0], r[1], r[2], r[3], from_cents(int(r[4])), bool(r[5]), r[6], r[7])
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class LeadTimes:
    """Lead times first consultation -> recommendation sent, and how many had no consultation."""

    summary: LeadTimeSummary
    without_consultation: int


def lead_times(recommended: Iterable[RecommendationFact]) -> LeadTimes:
    days: list[int] = []
    missing = 0
    for fact in recommended:
        start = fact.first_consultation
        if start is None or start > fact.sent_on:
            missing += 1
            continue
        days.append((fact.sent_on - start).days)
    return LeadTimes(summarize_lead_times(days), missing)


def month_counts(dates: Iterable[date]) -> dict[tuple[int, int], int]:
    counts: dict[tuple[int, int], int] = {}
    for day in dates:
        counts[(day.year, day.month)] = counts.get((day.year, day.month), 0) + 1
    return counts


# ------------------------------------------------------------------------------------------ loans


@dataclass(frozen=True, slots=True)
class LoanTotals:
    """Lender decisions and payouts in a period."""

    approved: int
    declined: int
    payouts: int
    payout_volume: Decimal


def _live_loan() -> Any:
    return and_(Loan.deleted_at.is_(None), live_case(Loan.case_id))


def loans(session: Session, period: ReportPeriod) -> LoanTotals:
    decided = dict.fromkeys(LenderDecision, 0)
    for decision, count in session.execute(
        select(Loan.decision, func.count())
        .where(_live_loan(), Loan.decided_on.between(period.start, period.end))
        .group_by(Loan.decision)
    ):
        decided[LenderDecision(decision)] = int(count)
    count, volume = session.execute(
        select(func.count(), func.sum(cents(Loan.amount))).where(
            _live_loan(), Loan.disbursed_on.between(period.start, period.end)
        )
    ).one()
    return LoanTotals(
        decided[LenderDecision.APPROVED], decided[LenderDecision.DECLINED], int(count), _euros(volume)
    )


def payout_dates(session: Session, period: ReportPeriod) -> list[date]:
    return list(
        session.scalars(
            select(Loan.disbursed_on).where(_live_loan(), Loan.disbursed_on.between(period.start, period.end))
        )
    )


# ------------------------------------------------------------------------------------------- jobs


@dataclass(frozen=True, slots=True)
class JobsTotals:
    """Jobs of the cases whose latest follow-up in the period was at one occasion (or all together)."""

    cases: int
    created_heads: int
    created_fte: Decimal
    secured_heads: int
    secured_fte: Decimal

    def __add__(self, other: JobsTotals) -> JobsTotals:
        return JobsTotals(
            self.cases + other.cases,
            self.created_heads + other.created_heads,
            self.created_fte + other.created_fte,
            self.secured_heads + other.secured_heads,
            self.secured_fte + other.secured_fte,
        )


NO_JOBS = JobsTotals(0, 0, Decimal("0.00"), 0, Decimal("0.00"))


def _occasion_rank(column: Any) -> Any:
    return case(*((column == occasion, index) for index, occasion in enumerate(JobsOccasion)), else_=-1)


def latest_follow_up(until: date, since: date | None = None) -> Any:
    """Condition: the jobs record is the latest follow-up of its case recorded up to ``until``
    (and from ``since``)."""
    later = JobsRecord.__table__.alias("later")
    window = [later.c.recorded_on <= until]
    own = [JobsRecord.recorded_on <= until]
    if since is not None:
        window.append(later.c.recorded_on >= since)
        own.append(JobsRecord.recorded_on >= since)
    return and_(
        JobsRecord.deleted_at.is_(None),
        JobsRecord.occasion.in_(FOLLOW_UPS),
        *own,
        ~exists().where(
            later.c.case_id == JobsRecord.case_id,
            later.c.deleted_at.is_(None),
            later.c.occasion.in_([o.value for o in FOLLOW_UPS]),
            *window,
            or_(
                later.c.recorded_on > JobsRecord.recorded_on,
                and_(
                    later.c.recorded_on == JobsRecord.recorded_on,
                    _occasion_rank(later.c.occasion) > _occasion_rank(JobsRecord.occasion),
                ),
            ),
        ),
    )


def jobs(session: Session, period: ReportPeriod) -> dict[JobsOccasion, JobsTotals]:
    """Jobs by the occasion of each case's latest follow-up recorded in the period."""
    result = dict.fromkeys(FOLLOW_UPS, NO_JOBS)
    for occasion, count, created_heads, created_fte, secured_heads, secured_fte in session.execute(
        select(
            JobsRecord.occasion,
            func.count(),
            func.sum(JobsRecord.created_heads),
            func.sum(JobsRecord.created_fte),
            func.sum(JobsRecord.secured_heads),
            func.sum(JobsRecord.secured_fte),
        )
        .where(latest_follow_up(period.end, period.start), live_case(JobsRecord.case_id))
        .group_by(JobsRecord.occasion)
    ):
        result[JobsOccasion(occasion)] = JobsTotals(
            int(count),
            int(created_heads or 0),
            Decimal(created_fte or 0).quantize(Decimal("0.01")),
            int(secured_heads or 0),
            Decimal(secured_fte or 0).quantize(Decimal("0.01")),
        )
    return result


def jobs_total(by_occasion: dict[JobsOccasion, JobsTotals]) -> JobsTotals:
    total = NO_JOBS
    for value in by_occasion.values():
        total = total + value
    return total


# ------------------------------------------------------------------------------ arrears, write-offs


@dataclass(frozen=True, slots=True)
class ArrearsTotals:
    """Loans in arrears at the end of the period and write-offs in it."""

    arrears_loans: int
    arrears_amount: Decimal
    write_offs: int
    write_off_amount: Decimal


def _in_arrears_at_end(period: ReportPeriod) -> Any:
    """Subquery (loan_id, arrears): loans whose latest monthly entry in the period shows arrears.

    Starts from the few arrears entries and checks on the (loan, month) index that no later entry of the
    period follows (measured four times faster than ranking all entries with a window function).
    """
    first_month = _month_start(period.start)
    later = RepaymentEntry.__table__.alias("later_entry")
    return (
        select(RepaymentEntry.loan_id, cents(RepaymentEntry.arrears).label("arrears"))
        .where(
            RepaymentEntry.deleted_at.is_(None),
            RepaymentEntry.status == RepaymentStatus.ARREARS,
            RepaymentEntry.month.between(first_month, period.end),
            ~exists().where(
                later.c.loan_id == RepaymentEntry.loan_id,
                later.c.deleted_at.is_(None),
                later.c.month > RepaymentEntry.month,
                later.c.month <= period.end,
            ),
        )
        .subquery()
    )


def arrears(session: Session, period: ReportPeriod) -> ArrearsTotals:
    owing = _in_arrears_at_end(period)
    count, amount = session.execute(
        select(func.count(), func.sum(owing.c.arrears))
        .join(Loan, Loan.id == owing.c.loan_id)
        .where(_live_loan())
    ).one()
    written_loans, written_amount = session.execute(
        select(func.count(func.distinct(RepaymentEntry.loan_id)), func.sum(cents(RepaymentEntry.arrears)))
        .join(Loan, RepaymentEntry.loan_id == Loan.id)
        .where(
            RepaymentEntry.deleted_at.is_(None),
            _live_loan(),
            RepaymentEntry.month.between(_month_start(period.start), period.end),
            RepaymentEntry.status == RepaymentStatus.WRITTEN_OFF,
        )
    ).one()
    return ArrearsTotals(int(count), _euros(amount), int(written_loans), _euros(written_amount))


def written_off_amount(session: Session, year: int) -> Decimal:
    """Sum of the balances written off in ``year``."""
    return arrears(session, ReportPeriod.year(year)).write_off_amount


# ------------------------------------------------------------------------------ per-case facts


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the breakdowns and the anonymised case sheet need of one case of the period."""

    case_id: Key
    opened_on: date
    source: str
    stage: str  # at the end of the period
    outcome: str | None
    requested: Decimal
    borough_id: Key | None
    section: str | None
    gender: str | None
    migration_background: str | None
    age_group: AgeGroup
    recommended: Decimal | None
    follow_up: bool | None
    sent_on: date | None
    first_consultation: date | None
    decision: str | None
    paid_out: Decimal | None
    disbursed_on: date | None
    created_heads: int | None
    created_fte: Decimal | None
    secured_heads: int | None
    secured_fte: Decimal | None
    arrears: Decimal | None


def _age_group(birth: date | None, on: date) -> AgeGroup:
    if birth is None or birth > on:
        return AgeGroup.NOT_STATED
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if age < 25:
        return AgeGroup.UNDER_25
    if age < 35:
        return AgeGroup.FROM_25_TO_34
    if age < 45:
        return AgeGroup.FROM_35_TO_44
    if age < 55:
        return AgeGroup.FROM_45_TO_54
    return AgeGroup.FROM_55


def _latest(session: Session, query: Select[Any]) -> dict[Key, tuple[Any, ...]]:
    """Rows keyed by their first column; for a key seen twice the later row wins (order the query)."""
    return {row[0]: tuple(row[1:]) for row in session.execute(query)}


def case_facts(session: Session, period: ReportPeriod) -> dict[Key, CaseFacts]:
    """The facts of every case of the period (latest values up to the period end).

    Several simple queries merged by case key: each runs on its own index, where one query joining
    them all made the database plan far worse (measured 5 s against 1.5 s on 100,000 cases).
    """
    end = period.end
    instant = end_instant(period)
    in_period = select(Case.id).where(active_cases(period))
    last_stage = (
        select(StageChange.to_stage)
        .where(
            StageChange.case_id == Case.id,
            StageChange.deleted_at.is_(None),
            StageChange.changed_at < instant,
        )
        .order_by(StageChange.changed_at.desc(), StageChange.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    has_history = exists().where(StageChange.case_id == Case.id, StageChange.deleted_at.is_(None))
    # coalesce evaluates the fallback only without a change before the end (the subquery runs once).
    stage = func.coalesce(
        type_coerce(last_stage, String()),
        case(
            (and_(~has_history, Case.stage_since < instant), type_coerce(Case.stage, String())),
            else_=literal("enquiry"),
        ),
    )
    founder = main_founder_of(Case.business_id)
    recommendations = _latest(
        session,
        select(
            raw(Recommendation.case_id),
            cents(Recommendation.amount),
            Recommendation.is_follow_up_loan,
            Recommendation.sent_on,
        )
        .where(
            Recommendation.deleted_at.is_(None),
            Recommendation.signed_off_by.is_not(None),
            Recommendation.sent_on <= end,
            Recommendation.case_id.in_(in_period),
        )
        .order_by(Recommendation.sent_on, Recommendation.id),
    )
    loans = _latest(
        session,
        select(raw(Loan.case_id), type_coerce(Loan.decision, String()), cents(Loan.amount), Loan.disbursed_on)
        .where(Loan.deleted_at.is_(None), Loan.decided_on <= end, Loan.case_id.in_(in_period))
        .order_by(Loan.decided_on, Loan.id),
    )
    jobs = _latest(
        session,
        select(
            raw(JobsRecord.case_id),
            JobsRecord.created_heads,
            JobsRecord.created_fte,
            JobsRecord.secured_heads,
            JobsRecord.secured_fte,
        ).where(latest_follow_up(end), JobsRecord.case_id.in_(in_period)),
    )
    first = _latest(
        session,
        select(raw(Consultation.case_id), func.min(Consultation.held_on))
        .where(Consultation.deleted_at.is_(None), Consultation.case_id.in_(in_period))
        .group_by(Consultation.case_id),
    )
    owing = _in_arrears_at_end(period)
    owed = _latest(
        session,
        select(raw(Loan.case_id), func.sum(owing.c.arrears))
        .join(owing, owing.c.loan_id == Loan.id)
        .where(Loan.deleted_at.is_(None), Loan.case_id.in_(in_period))
        .group_by(Loan.case_id),
    )
    query = (
        select(
            raw(Case.id),
            Case.opened_on,
            type_coerce(Case.source, String()),
            stage,
            type_coerce(Case.outcome, String()),
            cents(Case.requested_amount),
            raw(Business.borough_id),
            Sector.section,
            type_coerce(Person.gender, String()),
            type_coerce(Person.migration_background, String()),
            Person.birth_date,
        )
        .join(Business, Case.business_id == Business.id)
        .outerjoin(Sector, Business.sector_id == Sector.id)
        .outerjoin(Person, Person.id == founder)
        .where(active_cases(period))
    )
    none: tuple[Any, ...] = (None, None, None, None)
    facts: dict[Key, CaseFacts] = {}
    for r in session.execute(query):
        key, opened = r[0], r[1]
        rec = recommendations.get(key, none)
        loan = loans.get(key, none)
        job = jobs.get(key, none)
        disbursed = loan[2] if loan[2] is not None and loan[2] <= end else None
        owed_cents = owed.get(key, (None,))[0]
        facts[key] = CaseFacts(
            case_id=key,
            opened_on=opened,
            source=r[2],
            stage=r[3],
            outcome=r[4],
            requested=from_cents(int(r[5] or 0)),
            borough_id=r[6],
            section=r[7],
            gender=r[8],
            migration_background=r[9],
            age_group=_age_group(r[10], opened),
            recommended=None if rec[0] is None else from_cents(int(rec[0])),
            follow_up=None if rec[1] is None else bool(rec[1]),
            sent_on=rec[2],
            first_consultation=first.get(key, (None,))[0],
            decision=loan[0],
            paid_out=None if loan[1] is None or disbursed is None else from_cents(int(loan[1])),
            disbursed_on=disbursed,
            created_heads=job[0],
            created_fte=None if job[1] is None else Decimal(job[1]).quantize(Decimal("0.01")),
            secured_heads=job[2],
            secured_fte=None if job[3] is None else Decimal(job[3]).quantize(Decimal("0.01")),
            arrears=None if owed_cents is None else from_cents(int(owed_cents)),
        )
    return facts
