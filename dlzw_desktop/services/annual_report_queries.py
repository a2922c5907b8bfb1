"""The figures of the annual report, read from the database (read-only; definitions in docs/jahresbericht.md).

Every function takes an open read session and the report period and returns plain values. Rows marked
as deleted are never counted, and nothing of a deleted case is counted. Definitions in short:

- consultations: held in the period; persons = distinct persons consulted (the person of the
  consultation, otherwise the main founder of the case's business);
- new cases: opened in the period; cases in the period: opened by its end and not closed before its start;
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
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import Select, and_, func, or_, select
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
    CaseOutcome,
    CaseSource,
    CaseStage,
    Gender,
    JobsOccasion,
    LenderDecision,
    MigrationBackground,
    RepaymentStatus,
)
from dlzw_desktop.domain.money import ZERO
from dlzw_desktop.domain.reporting import ReportPeriod
from dlzw_desktop.domain.statistics import AgeGroup, LeadTimeSummary, age_group, summarize_lead_times
from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

FOLLOW_UPS = (JobsOccasion.MONTH_6, JobsOccasion.MONTH_12, JobsOccasion.MONTH_24)
_OCCASION_ORDER = {occasion: index for index, occasion in enumerate(JobsOccasion)}


def end_instant(period: ReportPeriod) -> datetime:
    """The first instant after the period: midnight at its end in Dortmund, as UTC."""
    return datetime.combine(period.day_after(), time(0), BERLIN).astimezone(UTC)


def _live_cases() -> Select[tuple[uuid.UUID]]:
    return select(Case.id).where(Case.deleted_at.is_(None))


# ------------------------------------------------------------------------------------ person facts


@dataclass(frozen=True, slots=True)
class FounderFacts:
    """The statistical attributes of a business's main founder."""

    person_id: uuid.UUID
    gender: Gender
    migration_background: MigrationBackground
    birth_date: date | None


_ROLE_PRIORITY = {BusinessRole.FOUNDER: 0, BusinessRole.CO_FOUNDER: 1}


def main_founders(session: Session, business_ids: Select[tuple[uuid.UUID]]) -> dict[uuid.UUID, FounderFacts]:
    """Main founder per business among ``business_ids`` (founder before co-founder, earliest recorded)."""
    rows = session.execute(
        select(
            BusinessMember.business_id,
            BusinessMember.role,
            BusinessMember.created_at,
            BusinessMember.id,
            Person.id,
            Person.gender,
            Person.migration_background,
            Person.birth_date,
        )
        .join(Person, BusinessMember.person_id == Person.id)
        .where(
            BusinessMember.deleted_at.is_(None),
            BusinessMember.role.in_([BusinessRole.FOUNDER, BusinessRole.CO_FOUNDER]),
            BusinessMember.business_id.in_(business_ids),
        )
    )
    best: dict[uuid.UUID, tuple[tuple[int, datetime, str], FounderFacts]] = {}
    for business_id, role, created_at, member_id, person_id, gender, migration, birth in rows:
        key = (_ROLE_PRIORITY[BusinessRole(role)], created_at, str(member_id))
        current = best.get(business_id)
        if current is None or key < current[0]:
            best[business_id] = (
                key,
                FounderFacts(person_id, Gender(gender), MigrationBackground(migration), birth),
            )
    return {business_id: facts for business_id, (_key, facts) in best.items()}


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the breakdowns need of a case."""

    case_id: uuid.UUID
    number: str
    business_id: uuid.UUID
    business_name: str
    opened_on: date
    closed_on: date | None
    source: CaseSource
    stage: CaseStage
    stage_since: datetime
    outcome: CaseOutcome | None
    requested: Decimal
    borough_id: uuid.UUID | None
    section: str | None
    founder: FounderFacts | None

    @property
    def age_group(self) -> AgeGroup:
        birth = None if self.founder is None else self.founder.birth_date
        try:
            return age_group(birth, self.opened_on)
        except ValidationError:
            logger.warning("case %s: birth date after the opening date, counted as not stated", self.number)
            return AgeGroup.NOT_STATED


def case_facts(session: Session, case_ids: Select[tuple[uuid.UUID]]) -> dict[uuid.UUID, CaseFacts]:
    """Facts of the (live) cases among ``case_ids``, with their main founders."""
    business_ids = select(Case.business_id).where(Case.id.in_(case_ids))
    founders = main_founders(session, business_ids)
    rows = session.execute(
        select(
            Case.id,
            Case.number,
            Case.business_id,
            Business.name,
            Case.opened_on,
            Case.closed_on,
            Case.source,
            Case.stage,
            Case.stage_since,
            Case.outcome,
            Case.requested_amount,
            Business.borough_id,
            Sector.section,
        )
        .join(Business, Case.business_id == Business.id)
        .outerjoin(Sector, Business.sector_id == Sector.id)
        .where(Case.deleted_at.is_(None), Case.id.in_(case_ids))
    )
    facts: dict[uuid.UUID, CaseFacts] = {}
    for row in rows:
        facts[row[0]] = CaseFacts(
            case_id=row[0],
            number=row[1],
            business_id=row[2],
            business_name=row[3],
            opened_on=row[4],
            closed_on=row[5],
            source=CaseSource(row[6]),
            stage=CaseStage(row[7]),
            stage_since=row[8],
            outcome=None if row[9] is None else CaseOutcome(row[9]),
            requested=row[10],
            borough_id=row[11],
            section=row[12],
            founder=founders.get(row[2]),
        )
    return facts


def boroughs(session: Session) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of the boroughs in their display order."""
    return [
        (row[0], row[1])
        for row in session.execute(
            select(Borough.id, Borough.name)
            .where(Borough.deleted_at.is_(None))
            .order_by(Borough.display_order)
        )
    ]


# ---------------------------------------------------------------------------------- consultations


@dataclass(frozen=True, slots=True)
class ConsultationTotals:
    """Consultations held in a period."""

    count: int
    minutes: int
    persons: int


def consultations(session: Session, period: ReportPeriod) -> ConsultationTotals:
    rows = session.execute(
        select(Consultation.person_id, Consultation.case_id, Consultation.duration_minutes, Case.business_id)
        .outerjoin(Case, Consultation.case_id == Case.id)
        .where(
            Consultation.deleted_at.is_(None),
            Consultation.held_on.between(period.start, period.end),
            Case.deleted_at.is_(None),
        )
    ).all()
    persons: set[uuid.UUID] = {row[0] for row in rows if row[0] is not None}
    without_person = {row[3] for row in rows if row[0] is None and row[3] is not None}
    if without_person:
        founders = main_founders(session, select(Business.id).where(Business.id.in_(without_person)))
        persons |= {founders[b].person_id for b in without_person if b in founders}
    return ConsultationTotals(len(rows), sum(int(row[2]) for row in rows), len(persons))


# -------------------------------------------------------------------------------------------- cases


def new_case_ids(period: ReportPeriod) -> Select[tuple[uuid.UUID]]:
    return _live_cases().where(Case.opened_on.between(period.start, period.end))


def active_case_ids(period: ReportPeriod) -> Select[tuple[uuid.UUID]]:
    """Cases of the period: opened by its end and not closed before its start."""
    return _live_cases().where(
        Case.opened_on <= period.end, or_(Case.closed_on.is_(None), Case.closed_on >= period.start)
    )


def count_new_cases(session: Session, period: ReportPeriod) -> int:
    return session.scalar(select(func.count()).select_from(new_case_ids(period).subquery())) or 0


def stages_at_end(
    session: Session, period: ReportPeriod, facts: Iterable[CaseFacts]
) -> dict[uuid.UUID, CaseStage]:
    """Stage of each case at the end of the period (see the module docstring)."""
    instant = end_instant(period)
    active = active_case_ids(period)
    last_change = (
        select(StageChange.case_id, func.max(StageChange.changed_at).label("at"))
        .where(
            StageChange.deleted_at.is_(None),
            StageChange.changed_at < instant,
            StageChange.case_id.in_(active),
        )
        .group_by(StageChange.case_id)
        .subquery()
    )
    stages: dict[uuid.UUID, CaseStage] = {}
    for case_id, to_stage in session.execute(
        select(StageChange.case_id, StageChange.to_stage)
        .join(
            last_change,
            and_(StageChange.case_id == last_change.c.case_id, StageChange.changed_at == last_change.c.at),
        )
        .where(StageChange.deleted_at.is_(None))
    ):
        stages[case_id] = CaseStage(to_stage)
    with_history = set(
        session.scalars(
            select(StageChange.case_id)
            .where(StageChange.deleted_at.is_(None), StageChange.case_id.in_(active))
            .distinct()
        )
    )
    for fact in facts:
        if fact.case_id in stages:
            continue
        if fact.case_id not in with_history and fact.stage_since < instant:
            stages[fact.case_id] = fact.stage
        else:
            stages[fact.case_id] = CaseStage.ENQUIRY
    return stages


# ------------------------------------------------------------------------------- recommendations


@dataclass(frozen=True, slots=True)
class RecommendationFact:
    """A recommendation counted in the period."""

    id: uuid.UUID
    case_id: uuid.UUID
    sent_on: date
    amount: Decimal
    follow_up: bool
    lender: str | None


def recommendations(session: Session, period: ReportPeriod) -> list[RecommendationFact]:
    rows = session.execute(
        select(
            Recommendation.id,
            Recommendation.case_id,
            Recommendation.sent_on,
            Recommendation.amount,
            Recommendation.is_follow_up_loan,
            Lender.name,
        )
        .join(Case, Recommendation.case_id == Case.id)
        .outerjoin(Lender, Recommendation.lender_id == Lender.id)
        .where(
            Recommendation.deleted_at.is_(None),
            Case.deleted_at.is_(None),
            Recommendation.signed_off_by.is_not(None),
            Recommendation.sent_on.between(period.start, period.end),
        )
        .order_by(Recommendation.sent_on, Recommendation.id)
    )
    return [RecommendationFact(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]


def first_consultations(session: Session, case_ids: Select[tuple[uuid.UUID]]) -> dict[uuid.UUID, date]:
    """Day of the first consultation of each case among ``case_ids``."""
    return {
        row[0]: row[1]
        for row in session.execute(
            select(Consultation.case_id, func.min(Consultation.held_on))
            .where(Consultation.deleted_at.is_(None), Consultation.case_id.in_(case_ids))
            .group_by(Consultation.case_id)
        )
    }


@dataclass(frozen=True, slots=True)
class LeadTimes:
    """Lead times first consultation -> recommendation sent, and how many had no consultation."""

    summary: LeadTimeSummary
    without_consultation: int


def lead_times(recommended: list[RecommendationFact], first: dict[uuid.UUID, date]) -> LeadTimes:
    days: list[int] = []
    missing = 0
    for fact in recommended:
        start = first.get(fact.case_id)
        if start is None or start > fact.sent_on:
            missing += 1
            continue
        days.append((fact.sent_on - start).days)
    return LeadTimes(summarize_lead_times(days), missing)


# ------------------------------------------------------------------------------------------ loans


@dataclass(frozen=True, slots=True)
class LoanTotals:
    """Lender decisions and payouts in a period."""

    approved: int
    declined: int
    payouts: int
    payout_volume: Decimal


def loans(session: Session, period: ReportPeriod) -> LoanTotals:
    decided = dict.fromkeys(LenderDecision, 0)
    for decision, count in session.execute(
        select(Loan.decision, func.count())
        .join(Case, Loan.case_id == Case.id)
        .where(
            Loan.deleted_at.is_(None),
            Case.deleted_at.is_(None),
            Loan.decided_on.between(period.start, period.end),
        )
        .group_by(Loan.decision)
    ):
        decided[LenderDecision(decision)] = count
    count, volume = session.execute(
        select(func.count(), func.sum(Loan.amount))
        .join(Case, Loan.case_id == Case.id)
        .where(
            Loan.deleted_at.is_(None),
            Case.deleted_at.is_(None),
            Loan.disbursed_on.between(period.start, period.end),
        )
    ).one()
    return LoanTotals(
        decided[LenderDecision.APPROVED], decided[LenderDecision.DECLINED], count, volume or ZERO
    )


# ------------------------------------------------------------------------------------------- jobs


@dataclass(frozen=True, slots=True)
class JobsFact:
    """The jobs follow-up of a case that counts for the period."""

    case_id: uuid.UUID
    occasion: JobsOccasion
    recorded_on: date
    created_heads: int
    created_fte: Decimal
    secured_heads: int
    secured_fte: Decimal


def jobs(session: Session, period: ReportPeriod) -> dict[uuid.UUID, JobsFact]:
    """Per case the latest follow-up recorded in the period."""
    return latest_jobs(
        session,
        and_(JobsRecord.recorded_on >= period.start, JobsRecord.recorded_on <= period.end),
    )


def latest_jobs(session: Session, condition: object) -> dict[uuid.UUID, JobsFact]:
    latest: dict[uuid.UUID, JobsFact] = {}
    for row in session.execute(
        select(
            JobsRecord.case_id,
            JobsRecord.occasion,
            JobsRecord.recorded_on,
            JobsRecord.created_heads,
            JobsRecord.created_fte,
            JobsRecord.secured_heads,
            JobsRecord.secured_fte,
        )
        .join(Case, JobsRecord.case_id == Case.id)
        .where(
            JobsRecord.deleted_at.is_(None),
            Case.deleted_at.is_(None),
            JobsRecord.occasion.in_(FOLLOW_UPS),
            condition,  # type: ignore[arg-type]
        )
    ):
        fact = JobsFact(
            row[0], JobsOccasion(row[1]), row[2], row[3], Decimal(row[4]), row[5], Decimal(row[6])
        )
        current = latest.get(fact.case_id)
        if current is None or (fact.recorded_on, _OCCASION_ORDER[fact.occasion]) > (
            current.recorded_on,
            _OCCASION_ORDER[current.occasion],
        ):
            latest[fact.case_id] = fact
    return latest


# ------------------------------------------------------------------------------ arrears, write-offs


@dataclass(frozen=True, slots=True)
class ArrearsTotals:
    """Loans in arrears at the end of the period and write-offs in it."""

    arrears_loans: int
    arrears_amount: Decimal
    write_offs: int
    write_off_amount: Decimal


def _month_start(day: date) -> date:
    return day.replace(day=1)


def arrears_at_end(session: Session, period: ReportPeriod) -> dict[uuid.UUID, Decimal]:
    """Case id -> arrears of its loan(s) whose latest entry in the period shows arrears."""
    window = RepaymentEntry.month.between(_month_start(period.start), period.end)
    last = (
        select(RepaymentEntry.loan_id, func.max(RepaymentEntry.month).label("month"))
        .where(RepaymentEntry.deleted_at.is_(None), window)
        .group_by(RepaymentEntry.loan_id)
        .subquery()
    )
    result: dict[uuid.UUID, Decimal] = {}
    for case_id, arrears in session.execute(
        select(Loan.case_id, RepaymentEntry.arrears)
        .join(last, and_(RepaymentEntry.loan_id == last.c.loan_id, RepaymentEntry.month == last.c.month))
        .join(Loan, RepaymentEntry.loan_id == Loan.id)
        .join(Case, Loan.case_id == Case.id)
        .where(
            RepaymentEntry.deleted_at.is_(None),
            Loan.deleted_at.is_(None),
            Case.deleted_at.is_(None),
            RepaymentEntry.status == RepaymentStatus.ARREARS,
        )
    ):
        result[case_id] = result.get(case_id, ZERO) + (arrears or ZERO)
    return result


def arrears(session: Session, period: ReportPeriod) -> ArrearsTotals:
    window = RepaymentEntry.month.between(_month_start(period.start), period.end)
    last = (
        select(RepaymentEntry.loan_id, func.max(RepaymentEntry.month).label("month"))
        .where(RepaymentEntry.deleted_at.is_(None), window)
        .group_by(RepaymentEntry.loan_id)
        .subquery()
    )
    live = and_(Loan.deleted_at.is_(None), Case.deleted_at.is_(None), RepaymentEntry.deleted_at.is_(None))
    count, amount = session.execute(
        select(func.count(), func.sum(RepaymentEntry.arrears))
        .join(last, and_(RepaymentEntry.loan_id == last.c.loan_id, RepaymentEntry.month == last.c.month))
        .join(Loan, RepaymentEntry.loan_id == Loan.id)
        .join(Case, Loan.case_id == Case.id)
        .where(live, RepaymentEntry.status == RepaymentStatus.ARREARS)
    ).one()
    written_loans, written_amount = session.execute(
        select(func.count(func.distinct(RepaymentEntry.loan_id)), func.sum(RepaymentEntry.arrears))
        .join(Loan, RepaymentEntry.loan_id == Loan.id)
        .join(Case, Loan.case_id == Case.id)
        .where(live, window, RepaymentEntry.status == RepaymentStatus.WRITTEN_OFF)
    ).one()
    return ArrearsTotals(count, amount or ZERO, written_loans, written_amount or ZERO)


# ---------------------------------------------------------------------------- per-case for the sheet


@dataclass(frozen=True, slots=True)
class LoanFact:
    """The latest lender decision of a case up to the period end."""

    decision: LenderDecision
    decided_on: date
    amount: Decimal | None
    disbursed_on: date | None


def latest_loans(session: Session, period: ReportPeriod) -> dict[uuid.UUID, LoanFact]:
    result: dict[uuid.UUID, tuple[tuple[date, str], LoanFact]] = {}
    for row in session.execute(
        select(Loan.case_id, Loan.id, Loan.decision, Loan.decided_on, Loan.amount, Loan.disbursed_on).where(
            Loan.deleted_at.is_(None),
            Loan.decided_on <= period.end,
            Loan.case_id.in_(active_case_ids(period)),
        )
    ):
        disbursed = row[5] if row[5] is not None and row[5] <= period.end else None
        fact = LoanFact(LenderDecision(row[2]), row[3], row[4], disbursed)
        key = (row[3], str(row[1]))
        current = result.get(row[0])
        if current is None or key > current[0]:
            result[row[0]] = (key, fact)
    return {case_id: fact for case_id, (_key, fact) in result.items()}


def latest_recommendations(session: Session, period: ReportPeriod) -> dict[uuid.UUID, RecommendationFact]:
    result: dict[uuid.UUID, RecommendationFact] = {}
    for row in session.execute(
        select(
            Recommendation.id,
            Recommendation.case_id,
            Recommendation.sent_on,
            Recommendation.amount,
            Recommendation.is_follow_up_loan,
        )
        .where(
            Recommendation.deleted_at.is_(None),
            Recommendation.signed_off_by.is_not(None),
            Recommendation.sent_on <= period.end,
            Recommendation.case_id.in_(active_case_ids(period)),
        )
        .order_by(Recommendation.sent_on, Recommendation.id)
    ):
        result[row[1]] = RecommendationFact(row[0], row[1], row[2], row[3], bool(row[4]), None)
    return result


def month_counts(dates: Iterable[date]) -> dict[tuple[int, int], int]:
    counts: dict[tuple[int, int], int] = {}
    for day in dates:
        counts[(day.year, day.month)] = counts.get((day.year, day.month), 0) + 1
    return counts


def payout_dates(session: Session, period: ReportPeriod) -> list[date]:
    return list(
        session.scalars(
            select(Loan.disbursed_on)
            .join(Case, Loan.case_id == Case.id)
            .where(
                Loan.deleted_at.is_(None),
                Case.deleted_at.is_(None),
                Loan.disbursed_on.between(period.start, period.end),
            )
        )
    )


def iter_chunks(ids: list[uuid.UUID], size: int = 500) -> Iterator[list[uuid.UUID]]:
    for index in range(0, len(ids), size):
        yield ids[index : index + size]
