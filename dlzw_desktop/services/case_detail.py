"""Everything the case view shows, as frozen rows, and the internals the case services share: the
workflow facts of a case, moving it through the workflow, and the jobs follow-up reminders.

Not a service itself: ``CaseService``, ``ConsultationService``, ``DocumentService``,
``RecommendationService``, ``LoanService`` and ``ReminderService`` build on it, each within its own unit
of work.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dlzw_desktop.db.models import (
    Attachment,
    Business,
    Case,
    Consultation,
    DocumentRequirement,
    JobsRecord,
    Lender,
    Loan,
    LoanProgramme,
    Recommendation,
    Reminder,
    RepaymentEntry,
    StageChange,
    User,
)
from dlzw_desktop.domain.affordability import Affordability, assess_affordability
from dlzw_desktop.domain.dates import add_months, today_berlin, utc_now
from dlzw_desktop.domain.enums import (
    BusinessRole,
    CaseOutcome,
    CaseSource,
    CaseStage,
    ConsultationPlace,
    DocumentKind,
    DocumentStatus,
    JobsOccasion,
    LenderDecision,
    ReminderKind,
    RepaymentStatus,
)
from dlzw_desktop.domain.followups import (
    JobsFollowUp,
    jobs_follow_ups,
    open_jobs_follow_ups,
    reminder_origin_key,
)
from dlzw_desktop.domain.loan import InstalmentPlan, instalment_plan
from dlzw_desktop.domain.money import ZERO
from dlzw_desktop.domain.programme import ProgrammeRules, follow_up_possible_from, programme_in_force
from dlzw_desktop.domain.workflow import (
    CaseFacts,
    RecommendationFacts,
    allowed_next,
    check_reversal,
    check_transition,
    closing_outcomes,
    failing_guards,
    missing_documents,
    reversal_target,
)
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.editing import Entity, load
from dlzw_desktop.services.intake_service import BusinessRow, business_row
from dlzw_desktop.services.programme_service import ProgrammeRow, programme_family, programme_row

logger = logging.getLogger(__name__)

# Stages in which nothing waits for the advisor; they are never "stuck".
RESTING_STAGES = frozenset({CaseStage.CLOSED, CaseStage.MONITORING})


@dataclass(frozen=True, slots=True)
class ConsultationRow:
    """A logged consultation."""

    id: uuid.UUID
    version: int
    case_id: uuid.UUID | None
    held_on: date
    duration_minutes: int
    advisor_id: uuid.UUID | None
    advisor_name: str | None
    place: ConsultationPlace
    language: str
    topics: str
    notes: str
    person_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    """A file in the attachment store."""

    id: uuid.UUID
    requirement_id: uuid.UUID | None
    original_name: str
    size_bytes: int
    media_type: str
    sha256: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One checklist item with its files; ``required`` when the programme requires it."""

    id: uuid.UUID
    version: int
    kind: DocumentKind
    status: DocumentStatus
    status_on: date | None
    note: str
    required: bool
    attachments: tuple[AttachmentRow, ...]


@dataclass(frozen=True, slots=True)
class RecommendationRow:
    """The case's recommendation to the lender."""

    id: uuid.UUID
    version: int
    amount: Decimal
    term_months: int
    grace_months: int
    interest_rate_percent: Decimal
    fee: Decimal
    recommended_on: date
    is_follow_up: bool
    summary: str
    author: str
    signed_off_by: str | None
    signed_off_at: datetime | None
    sent_on: date | None
    lender_id: uuid.UUID | None
    lender_name: str | None
    programme_id: uuid.UUID | None

    @property
    def signed_off(self) -> bool:
        return self.signed_off_by is not None


@dataclass(frozen=True, slots=True)
class LoanRow:
    """The lender's decision and payout."""

    id: uuid.UUID
    version: int
    decision: LenderDecision
    decided_on: date
    amount: Decimal | None
    term_months: int | None
    grace_months: int | None
    interest_rate_percent: Decimal | None
    conditions: str
    disbursed_on: date | None
    lender_id: uuid.UUID | None
    lender_name: str | None


@dataclass(frozen=True, slots=True)
class RepaymentRow:
    """One month of loan monitoring."""

    id: uuid.UUID
    version: int
    month: date
    status: RepaymentStatus
    arrears: Decimal | None
    note: str


@dataclass(frozen=True, slots=True)
class JobsRow:
    """Jobs counted at one occasion."""

    id: uuid.UUID
    version: int
    occasion: JobsOccasion
    recorded_on: date
    created_heads: int
    created_fte: Decimal
    secured_heads: int
    secured_fte: Decimal
    note: str


@dataclass(frozen=True, slots=True)
class ReminderRow:
    """A Wiedervorlage, with its case for lists."""

    id: uuid.UUID
    version: int
    case_id: uuid.UUID | None
    case_number: str | None
    business_name: str | None
    kind: ReminderKind
    due_on: date
    title: str
    note: str
    assigned_to_id: uuid.UUID | None
    assigned_to_name: str | None
    done_at: datetime | None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True, slots=True)
class StageChangeRow:
    """One step of the case's workflow history."""

    at: datetime
    from_stage: CaseStage | None
    to_stage: CaseStage
    by: str
    reason: str
    is_reversal: bool


@dataclass(frozen=True, slots=True)
class NextStep:
    """A stage the case may move on to, with what still blocks it (empty: possible now)."""

    stage: CaseStage
    problems: tuple[ValidationError, ...]

    @property
    def possible(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """A case with everything the case view shows (tabs: overview, people, consultations, documents,
    affordability, recommendation and loan, jobs)."""

    id: uuid.UUID
    version: int
    number: str
    provisional: bool
    stage: CaseStage
    stage_since: datetime
    outcome: CaseOutcome | None
    opened_on: date
    closed_on: date | None
    source: CaseSource
    requested_amount: Decimal
    purpose: str
    notes: str
    advisor_id: uuid.UUID | None
    advisor_name: str | None
    programme: ProgrammeRow | None
    previous_case_id: uuid.UUID | None
    household_income: Decimal | None
    household_expenses: Decimal | None
    business_surplus: Decimal | None
    planned_term_months: int | None
    planned_grace_months: int | None
    business: BusinessRow
    consultations: tuple[ConsultationRow, ...]
    documents: tuple[DocumentRow, ...]
    missing_documents: tuple[DocumentKind, ...]
    recommendation: RecommendationRow | None
    loan: LoanRow | None
    repayments: tuple[RepaymentRow, ...]
    jobs: tuple[JobsRow, ...]
    reminders: tuple[ReminderRow, ...]
    history: tuple[StageChangeRow, ...]
    next_steps: tuple[NextStep, ...]
    back_to: CaseStage | None
    closing_outcomes: tuple[CaseOutcome, ...]
    previous_loans_total: Decimal
    follow_up_possible_from: date | None
    jobs_due: tuple[JobsFollowUp, ...]
    plan: InstalmentPlan | None
    plan_problem: ValidationError | None
    affordability: Affordability | None

    @property
    def consultation_minutes(self) -> int:
        return sum(c.duration_minutes for c in self.consultations)

    @property
    def founders(self) -> str:
        return ", ".join(m.person_name for m in self.business.members if m.role is not BusinessRole.GUARANTOR)


# --- loading --------------------------------------------------------------------------------------------


def user_names(session: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return {u.id: u.display_name for u in session.scalars(select(User).where(User.id.in_(wanted)))}


def current_recommendation(session: Session, case_id: uuid.UUID) -> Recommendation | None:
    return session.scalar(
        select(Recommendation)
        .where(Recommendation.case_id == case_id, Recommendation.deleted_at.is_(None))
        .order_by(Recommendation.created_at.desc())
        .limit(1)
    )


def current_loan(session: Session, case_id: uuid.UUID) -> Loan | None:
    return session.scalar(
        select(Loan)
        .where(Loan.case_id == case_id, Loan.deleted_at.is_(None))
        .order_by(Loan.created_at.desc())
        .limit(1)
    )


def repayments_of(session: Session, loan_id: uuid.UUID) -> list[RepaymentEntry]:
    return list(
        session.scalars(
            select(RepaymentEntry)
            .where(RepaymentEntry.loan_id == loan_id, RepaymentEntry.deleted_at.is_(None))
            .order_by(RepaymentEntry.month)
        )
    )


def document_items(session: Session, case_id: uuid.UUID) -> list[DocumentRequirement]:
    return list(
        session.scalars(
            select(DocumentRequirement).where(
                DocumentRequirement.case_id == case_id, DocumentRequirement.deleted_at.is_(None)
            )
        )
    )


@dataclass(frozen=True, slots=True)
class _PreviousLoans:
    total: Decimal
    disbursed_on: date | None
    repayments: tuple[tuple[date, RepaymentStatus], ...]


def previous_loans(
    session: Session, business_id: uuid.UUID, exclude_case_id: uuid.UUID | None = None
) -> _PreviousLoans:
    """Loans paid out to the business in its other cases (for caps and the follow-up rule)."""
    loans = session.scalars(
        select(Loan)
        .join(Case, Case.id == Loan.case_id)
        .where(
            Case.business_id == business_id,
            Case.id != (exclude_case_id or uuid.UUID(int=0)),
            Case.deleted_at.is_(None),
            Loan.deleted_at.is_(None),
            Loan.decision == LenderDecision.APPROVED,
            Loan.disbursed_on.is_not(None),
        )
        .order_by(Loan.disbursed_on)
    ).all()
    if not loans:
        return _PreviousLoans(ZERO, None, ())
    total = sum((loan.amount or ZERO for loan in loans), ZERO)
    latest = loans[-1]
    history = tuple((r.month, r.status) for r in repayments_of(session, latest.id))
    return _PreviousLoans(total, latest.disbursed_on, history)


def required_kinds(session: Session, case: Case) -> tuple[DocumentKind, ...]:
    if case.programme_id is None:
        return ()
    programme = session.get(LoanProgramme, case.programme_id)
    return programme_row(programme).draft.required_documents if programme is not None else ()


def case_facts(session: Session, case: Case, *, outcome: CaseOutcome | None = None) -> CaseFacts:
    """The workflow's snapshot of ``case`` (documents, recommendation, programme history, decision)."""
    rec = current_recommendation(session, case.id)
    loan = current_loan(session, case.id)
    rec_facts = None
    if rec is not None:
        previous = previous_loans(session, case.business_id, case.id)
        rec_facts = RecommendationFacts(
            amount=rec.amount,
            term_months=rec.term_months,
            grace_months=rec.grace_months,
            recommended_on=rec.recommended_on,
            author=rec.author,
            signed_off_by=rec.signed_off_by,
            is_follow_up=rec.is_follow_up_loan,
            previous_loans_total=previous.total,
            previous_disbursed_on=previous.disbursed_on,
            previous_repayments=previous.repayments,
        )
    return CaseFacts(
        required_documents=required_kinds(session, case),
        documents=tuple((d.kind, d.status) for d in document_items(session, case.id)),
        recommendation=rec_facts,
        programmes=tuple(programme_family(session, case.programme_id)),
        decision=loan.decision if loan is not None else None,
        disbursed_on=loan.disbursed_on if loan is not None else None,
        outcome=outcome,
    )


def closed_from(session: Session, case: Case) -> CaseStage | None:
    """The stage a closed case was closed from (from its history)."""
    last = session.scalar(
        select(StageChange)
        .where(StageChange.case_id == case.id, StageChange.to_stage == CaseStage.CLOSED)
        .order_by(StageChange.changed_at.desc())
        .limit(1)
    )
    return last.from_stage if last is not None else None


def move_case(
    session: Session,
    case: Case,
    to_stage: CaseStage,
    *,
    actor: str,
    reason: str = "",
    outcome: CaseOutcome | None = None,
    on: date | None = None,
) -> None:
    """Move ``case`` forward (guards checked, stage change recorded); raises ``ValidationError``."""
    check_transition(case.stage, to_stage, case_facts(session, case, outcome=outcome))
    now = utc_now()
    session.add(
        StageChange(
            case_id=case.id,
            from_stage=case.stage,
            to_stage=to_stage,
            changed_at=now,
            changed_by=actor,
            reason=reason,
        )
    )
    case.stage = to_stage
    case.stage_since = now
    if to_stage is CaseStage.CLOSED:
        case.outcome = outcome
        case.closed_on = max(on or today_berlin(), case.opened_on)


def reverse_case(session: Session, case: Case, *, actor: str, reason: str) -> CaseStage:
    """Move ``case`` one step back with a reason (audited as a reversal); returns the new stage."""
    origin = closed_from(session, case) if case.stage is CaseStage.CLOSED else None
    if case.stage is CaseStage.CLOSED and origin is None:
        raise ValidationError(
            "workflow.reopen_unknown_origin",
            "The stage this case was closed from is not recorded, so it cannot be reopened automatically. "
            "Ask an administrator.",
            field="stage",
        )
    target = reversal_target(case.stage, closed_from=origin)
    if target is None:
        check_reversal(case.stage, case.stage, reason)  # raises workflow.reversal_not_possible
        raise AssertionError("unreachable")
    check_reversal(case.stage, target, reason, closed_from=origin)
    now = utc_now()
    session.add(
        StageChange(
            case_id=case.id,
            from_stage=case.stage,
            to_stage=target,
            changed_at=now,
            changed_by=actor,
            reason=reason.strip(),
            is_reversal=True,
        )
    )
    if case.stage is CaseStage.CLOSED:
        case.outcome = None
        case.closed_on = None
    case.stage = target
    case.stage_since = now
    return target


def ensure_jobs_reminders(
    session: Session,
    case: Case,
    disbursed_on: date,
    *,
    existing_keys: set[str] | None = None,
    recorded: set[JobsOccasion] | None = None,
) -> int:
    """Create the 6/12/24-month jobs reminders of ``case`` that do not exist yet; returns how many.

    Idempotent through ``Reminder.origin_key`` (unique), whoever calls it and how often. Bulk callers
    pass the keys that exist and the occasions already counted, to save two queries per case.
    """
    keys = {reminder_origin_key(case.id, f.occasion): f for f in jobs_follow_ups(disbursed_on)}
    if existing_keys is None:
        existing_keys = set(
            session.scalars(select(Reminder.origin_key).where(Reminder.origin_key.in_(list(keys))))
        )
    if recorded is None:
        recorded = set(
            session.scalars(
                select(JobsRecord.occasion).where(
                    JobsRecord.case_id == case.id, JobsRecord.deleted_at.is_(None)
                )
            )
        )
    added = 0
    for key, follow_up in keys.items():
        if key in existing_keys:
            continue
        session.add(
            Reminder(
                case_id=case.id,
                assigned_to_id=case.advisor_id,
                kind=ReminderKind.JOBS_FOLLOW_UP,
                due_on=follow_up.due_on,
                title=f"Arbeitsplätze erfassen ({_OCCASION_TITLES[follow_up.occasion]})",
                origin_key=key,
                done_at=utc_now() if follow_up.occasion in recorded else None,
            )
        )
        added += 1
    return added


# Stored titles of automatic reminders are German: they are data that every user of the office reads.
_OCCASION_TITLES = {
    JobsOccasion.MONTH_6: "6 Monate nach Auszahlung",
    JobsOccasion.MONTH_12: "12 Monate nach Auszahlung",
    JobsOccasion.MONTH_24: "24 Monate nach Auszahlung",
}


def reminder_rows(session: Session, query: object) -> list[ReminderRow]:
    """``ReminderRow``s for a select of ``Reminder`` (case and assignee joined in)."""
    reminders = list(session.scalars(query))  # type: ignore[call-overload]
    cases = {
        c.id: c
        for c in session.scalars(select(Case).where(Case.id.in_({r.case_id for r in reminders if r.case_id})))
    }
    businesses = {
        b.id: b.name
        for b in session.scalars(
            select(Business).where(Business.id.in_({c.business_id for c in cases.values()}))
        )
    }
    names = user_names(session, {r.assigned_to_id for r in reminders})
    rows = []
    for r in reminders:
        case = cases.get(r.case_id) if r.case_id else None
        rows.append(
            ReminderRow(
                id=r.id,
                version=r.version,
                case_id=r.case_id,
                case_number=case.number if case else None,
                business_name=businesses.get(case.business_id) if case else None,
                kind=r.kind,
                due_on=r.due_on,
                title=r.title,
                note=r.note,
                assigned_to_id=r.assigned_to_id,
                assigned_to_name=names.get(r.assigned_to_id) if r.assigned_to_id else None,
                done_at=r.done_at,
            )
        )
    return rows


def first_due_after(day: date) -> date:
    """First instalment: the first day of the month after ``day`` (payout, or today while planning)."""
    return add_months(day.replace(day=1), 1)


def _plan(
    case: Case, rec: Recommendation | None, loan: Loan | None, rules: ProgrammeRules | None
) -> tuple[InstalmentPlan | None, ValidationError | None]:
    """The instalment plan of the loan as approved, else as recommended, else as requested."""
    amount: Decimal | None
    if loan is not None and loan.decision is LenderDecision.APPROVED and loan.amount is not None:
        amount = loan.amount
        term = loan.term_months or (rec.term_months if rec else case.planned_term_months)
        grace = loan.grace_months if loan.grace_months is not None else (rec.grace_months if rec else 0)
        rate = loan.interest_rate_percent
        if rate is None:
            rate = rec.interest_rate_percent if rec else (rules.interest_rate_percent if rules else None)
        fee = rec.fee if rec is not None else (rules.fee if rules else ZERO)
    elif rec is not None:
        amount, term, grace, rate, fee = (
            rec.amount,
            rec.term_months,
            rec.grace_months,
            Decimal(rec.interest_rate_percent),
            rec.fee,
        )
    else:
        amount, term = case.requested_amount, case.planned_term_months
        grace = case.planned_grace_months or 0
        rate = rules.interest_rate_percent if rules else None
        fee = rules.fee if rules else ZERO
    if not amount or term is None or rate is None:
        return None, None
    start = loan.disbursed_on if loan is not None and loan.disbursed_on else today_berlin()
    try:
        plan = instalment_plan(
            amount, Decimal(rate), term, grace or 0, first_due_on=first_due_after(start), fee=fee
        )
    except ValidationError as problem:
        return None, problem
    return plan, None


def load_detail(session: Session, case_id: uuid.UUID) -> CaseDetail:
    """The whole case as the case view shows it; raises ``NotFound``."""
    case = load(session, Case, case_id, what=Entity.CASE)
    business = load(session, Business, case.business_id, what=Entity.BUSINESS)
    programme = session.get(LoanProgramme, case.programme_id) if case.programme_id else None
    programme_view = programme_row(programme) if programme is not None else None
    consultations = list(
        session.scalars(
            select(Consultation)
            .where(Consultation.case_id == case.id, Consultation.deleted_at.is_(None))
            .order_by(Consultation.held_on, Consultation.created_at)
        )
    )
    items = document_items(session, case.id)
    attachments = list(
        session.scalars(
            select(Attachment)
            .where(Attachment.case_id == case.id, Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at)
        )
    )
    rec = current_recommendation(session, case.id)
    loan = current_loan(session, case.id)
    repayments = repayments_of(session, loan.id) if loan is not None else []
    jobs = list(
        session.scalars(
            select(JobsRecord).where(JobsRecord.case_id == case.id, JobsRecord.deleted_at.is_(None))
        )
    )
    reminders = reminder_rows(
        session,
        select(Reminder)
        .where(Reminder.case_id == case.id, Reminder.deleted_at.is_(None))
        .order_by(Reminder.done_at.is_not(None), Reminder.due_on),
    )
    history = session.scalars(
        select(StageChange).where(StageChange.case_id == case.id).order_by(StageChange.changed_at)
    )
    lenders = {
        lender.id: lender.name
        for lender in session.scalars(
            select(Lender).where(Lender.id.in_({x.lender_id for x in (rec, loan) if x and x.lender_id}))
        )
    }
    names = user_names(session, {case.advisor_id, *(c.advisor_id for c in consultations)})
    required = programme_view.draft.required_documents if programme_view else ()
    facts = case_facts(session, case)
    origin = closed_from(session, case) if case.stage is CaseStage.CLOSED else None
    try:
        back_to = reversal_target(case.stage, closed_from=origin)
    except ValueError:
        back_to = None
    family = list(facts.programmes)
    rules_now: ProgrammeRules | None
    try:
        rules_now = programme_in_force(family, today_berlin()) if family else None
    except ValidationError:
        rules_now = programme_view.rules if programme_view else None
    if rules_now is None and programme_view is not None:
        rules_now = programme_view.rules
    follow_up_from = None
    if loan is not None and loan.disbursed_on is not None and rules_now is not None:
        follow_up_from = follow_up_possible_from(
            loan.disbursed_on, [(r.month, r.status) for r in repayments], rules_now
        )
    jobs_due: tuple[JobsFollowUp, ...] = ()
    if loan is not None and loan.disbursed_on is not None:
        jobs_due = open_jobs_follow_ups(loan.disbursed_on, [j.occasion for j in jobs], on=today_berlin())
    plan, plan_problem = _plan(case, rec, loan, programme_view.rules if programme_view else rules_now)
    affordability = None
    if plan is not None:
        try:
            affordability = assess_affordability(
                case.household_income, case.household_expenses, case.business_surplus, plan.instalment
            )
        except ValidationError as problem:
            plan_problem = problem
    previous = previous_loans(session, case.business_id, case.id)
    by_requirement: dict[uuid.UUID | None, list[AttachmentRow]] = {}
    for a in attachments:
        by_requirement.setdefault(a.requirement_id, []).append(
            AttachmentRow(
                a.id, a.requirement_id, a.original_name, a.size_bytes, a.media_type, a.sha256, a.created_at,
                a.created_by,
            )
        )  # fmt: skip
    kind_order = {kind: index for index, kind in enumerate(DocumentKind)}
    documents = sorted(
        (
            DocumentRow(
                d.id,
                d.version,
                d.kind,
                d.status,
                d.status_on,
                d.note,
                d.kind in required,
                tuple(by_requirement.get(d.id, ())),
            )
            for d in items
        ),
        key=lambda row: (not row.required, kind_order[row.kind]),
    )
    return CaseDetail(
        id=case.id,
        version=case.version,
        number=case.number,
        provisional=case.provisional,
        stage=case.stage,
        stage_since=case.stage_since,
        outcome=case.outcome,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        source=case.source,
        requested_amount=case.requested_amount,
        purpose=case.purpose,
        notes=case.notes,
        advisor_id=case.advisor_id,
        advisor_name=names.get(case.advisor_id) if case.advisor_id else None,
        programme=programme_view,
        previous_case_id=case.previous_case_id,
        household_income=case.household_income,
        household_expenses=case.household_expenses,
        business_surplus=case.business_surplus,
        planned_term_months=case.planned_term_months,
        planned_grace_months=case.planned_grace_months,
        business=business_row(session, business),
        consultations=tuple(
            ConsultationRow(
                c.id,
                c.version,
                c.case_id,
                c.held_on,
                c.duration_minutes,
                c.advisor_id,
                names.get(c.advisor_id) if c.advisor_id else None,
                c.place,
                c.language,
                c.topics,
                c.notes,
                c.person_id,
            )
            for c in consultations
        ),
        documents=tuple(documents),
        missing_documents=missing_documents(facts),
        recommendation=None
        if rec is None
        else RecommendationRow(
            rec.id,
            rec.version,
            rec.amount,
            rec.term_months,
            rec.grace_months,
            Decimal(rec.interest_rate_percent),
            rec.fee,
            rec.recommended_on,
            rec.is_follow_up_loan,
            rec.summary,
            rec.author,
            rec.signed_off_by,
            rec.signed_off_at,
            rec.sent_on,
            rec.lender_id,
            lenders.get(rec.lender_id) if rec.lender_id else None,
            rec.programme_id,
        ),
        loan=None
        if loan is None
        else LoanRow(
            loan.id,
            loan.version,
            loan.decision,
            loan.decided_on,
            loan.amount,
            loan.term_months,
            loan.grace_months,
            Decimal(loan.interest_rate_percent) if loan.interest_rate_percent is not None else None,
            loan.conditions,
            loan.disbursed_on,
            loan.lender_id,
            lenders.get(loan.lender_id) if loan.lender_id else None,
        ),
        repayments=tuple(
            RepaymentRow(r.id, r.version, r.month, r.status, r.arrears, r.note) for r in repayments
        ),
        jobs=tuple(
            sorted(
                (
                    JobsRow(
                        j.id,
                        j.version,
                        j.occasion,
                        j.recorded_on,
                        j.created_heads,
                        Decimal(j.created_fte),
                        j.secured_heads,
                        Decimal(j.secured_fte),
                        j.note,
                    )
                    for j in jobs
                ),
                key=lambda row: list(JobsOccasion).index(row.occasion),
            )
        ),
        reminders=tuple(reminders),
        history=tuple(
            StageChangeRow(h.changed_at, h.from_stage, h.to_stage, h.changed_by, h.reason, h.is_reversal)
            for h in history
        ),
        next_steps=tuple(
            NextStep(stage, failing_guards(case.stage, stage, facts))
            for stage in allowed_next(case.stage)
            if stage is not CaseStage.CLOSED
        ),
        back_to=back_to,
        closing_outcomes=tuple(o for o in CaseOutcome if o in closing_outcomes(case.stage)),
        previous_loans_total=previous.total,
        follow_up_possible_from=follow_up_from,
        jobs_due=jobs_due,
        plan=plan,
        plan_problem=plan_problem,
        affordability=affordability,
    )


def count_minutes(session: Session, year: int) -> tuple[int, int, int]:
    """(consultations, minutes, distinct persons or cases) of ``year``; for programme costs."""
    start, end = date(year, 1, 1), date(year + 1, 1, 1)
    row = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(Consultation.duration_minutes), 0),
            func.count(func.distinct(func.coalesce(Consultation.person_id, Consultation.case_id))),
        ).where(Consultation.deleted_at.is_(None), Consultation.held_on >= start, Consultation.held_on < end)
    ).one()
    return int(row[0]), int(row[1]), int(row[2])
