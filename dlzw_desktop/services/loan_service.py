"""After the recommendation: the lender's decision, the payout, monthly monitoring and the jobs counts
at intake and 6, 12 and 24 months after payout (whose reminders are created at payout)."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from dlzw_desktop.db.models import Case, JobsRecord, Lender, Loan, Reminder, RepaymentEntry
from dlzw_desktop.domain.dates import add_months, today_berlin, utc_now
from dlzw_desktop.domain.enums import CaseStage, JobsOccasion, LenderDecision, RepaymentStatus
from dlzw_desktop.domain.followups import FOLLOW_UP_MONTHS, reminder_origin_key
from dlzw_desktop.domain.money import format_eur
from dlzw_desktop.domain.programme import check_loan_terms, programme_in_force
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.case_detail import (
    CaseDetail,
    current_loan,
    current_recommendation,
    ensure_jobs_reminders,
    load_detail,
    move_case,
    previous_loans,
)
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.editing import (
    Entity,
    InputField,
    apply,
    clean_text,
    ensure_version,
    flush_checked,
    load,
    load_for_update,
)
from dlzw_desktop.services.permissions import Permission, requires
from dlzw_desktop.services.programme_service import programme_family

logger = logging.getLogger(__name__)

_FTE_PLACES = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class DecisionDraft:
    """The lender's decision. For an approval, empty terms mean "as recommended"."""

    decision: LenderDecision
    decided_on: date
    amount: Decimal | None = None
    term_months: int | None = None
    grace_months: int | None = None
    interest_rate_percent: Decimal | None = None
    conditions: str = ""
    lender_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class JobsDraft:
    """Jobs created and secured, in heads and full-time equivalents."""

    recorded_on: date
    created_heads: int
    created_fte: Decimal
    secured_heads: int
    secured_fte: Decimal
    note: str = ""


def _not_future(day: date, field: str) -> None:
    if day > today_berlin():
        raise ValidationError(
            "date.in_future",
            "The date {date} lies in the future. Enter the day it happened.",
            field=field,
            date=day,
        )


def _check_jobs(draft: JobsDraft) -> None:
    for heads, fte, kind in (
        (draft.created_heads, draft.created_fte, "created"),
        (draft.secured_heads, draft.secured_fte, "secured"),
    ):
        if heads < 0 or fte < 0:
            raise ValidationError(
                "jobs.negative",
                "Numbers of jobs cannot be negative. Enter 0 where there are none.",
                field=f"{kind}_heads",
            )
        if fte.quantize(_FTE_PLACES) != fte:
            raise ValidationError(
                "jobs.fte_places",
                "Enter full-time equivalents with at most two decimal places, e.g. 1,5.",
                field=f"{kind}_fte",
            )
        if fte > heads:
            raise ValidationError(
                "jobs.fte_above_heads",
                "{fte} full-time equivalents cannot come from {heads} people: one person works at most one "
                "full-time equivalent. Check both numbers.",
                field=f"{kind}_fte",
                fte=fte,
                heads=heads,
            )


class LoanService(Service):
    """Record the lender's decision and payout, monitor repayment, count jobs."""

    @requires(Permission.EDIT_CASES)
    def record_decision(self, case_id: uuid.UUID, version: int, draft: DecisionDraft) -> CaseDetail:
        """Record the lender's decision on the signed-off recommendation and move the case to approved
        or declined (``version`` is the case's, as seen)."""
        actor = self._context.user.actor()
        with self._sessions.begin() as session:
            case = load_for_update(session, Case, case_id, what=Entity.CASE)
            ensure_version(case, version, {"stage": draft.decision.value})
            rec = current_recommendation(session, case.id)
            if case.stage is not CaseStage.RECOMMENDED or rec is None:
                raise ValidationError(
                    "loan.decision_stage",
                    "The lender's decision is recorded for a recommended case (this one is in {stage}).",
                    field="stage",
                    stage=case.stage,
                )
            if rec.signed_off_by is None:
                raise ValidationError(
                    "workflow.signed_off",
                    "Before the lender's decision can be recorded, a second person must sign off the "
                    "recommendation written by {author}.",
                    field="stage",
                    author=rec.author,
                )
            _not_future(draft.decided_on, "decided_on")
            if rec.sent_on is not None and draft.decided_on < rec.sent_on:
                raise ValidationError(
                    "loan.decided_before_sent",
                    "The decision date {date} lies before the recommendation was sent ({sent}).",
                    field="decided_on",
                    date=draft.decided_on,
                    sent=rec.sent_on,
                )
            if draft.lender_id is not None:
                load(session, Lender, draft.lender_id, what=Entity.LENDER)
            values: dict[str, object] = {
                "decision": draft.decision,
                "decided_on": draft.decided_on,
                "conditions": clean_text(draft.conditions, field=InputField.CONDITIONS, max_length=5000),
                "lender_id": draft.lender_id or rec.lender_id,
                "recommendation_id": rec.id,
            }
            if draft.decision is LenderDecision.APPROVED:
                amount = draft.amount if draft.amount is not None else rec.amount
                term = draft.term_months if draft.term_months is not None else rec.term_months
                grace = draft.grace_months if draft.grace_months is not None else rec.grace_months
                rate = draft.interest_rate_percent
                rules = programme_in_force(programme_family(session, case.programme_id), rec.recommended_on)
                previous = previous_loans(session, case.business_id, case.id)
                check_loan_terms(
                    rules,
                    amount,
                    term,
                    grace,
                    on=rec.recommended_on,
                    previous_loans_total=previous.total,
                    is_follow_up=previous.total > 0,
                )
                values |= {
                    "amount": amount,
                    "term_months": term,
                    "grace_months": grace,
                    "interest_rate_percent": rate if rate is not None else rec.interest_rate_percent,
                }
            else:
                values |= {
                    "amount": None,
                    "term_months": None,
                    "grace_months": None,
                    "interest_rate_percent": None,
                }
            loan = current_loan(session, case.id)
            if loan is None:
                loan = Loan(case_id=case.id, **values)
                session.add(loan)
            else:
                apply(loan, values)
            session.flush()
            target = CaseStage.APPROVED if draft.decision is LenderDecision.APPROVED else CaseStage.DECLINED
            move_case(session, case, target, actor=actor, reason="Entscheidung des Kreditgebers erfasst")
            flush_checked(session, case, {"stage": target})
            return load_detail(session, case.id)

    @requires(Permission.EDIT_CASES)
    def record_payout(self, case_id: uuid.UUID, version: int, disbursed_on: date) -> CaseDetail:
        """Record the payout date, move the case to disbursed and create the jobs follow-up reminders."""
        actor = self._context.user.actor()
        with self._sessions.begin() as session:
            case = load_for_update(session, Case, case_id, what=Entity.CASE)
            ensure_version(case, version, {"stage": CaseStage.DISBURSED})
            loan = current_loan(session, case.id)
            if case.stage is not CaseStage.APPROVED or loan is None:
                raise ValidationError(
                    "loan.payout_stage",
                    "A payout is recorded for an approved case (this one is in {stage}).",
                    field="stage",
                    stage=case.stage,
                )
            _not_future(disbursed_on, "disbursed_on")
            if disbursed_on < loan.decided_on:
                raise ValidationError(
                    "loan.payout_before_decision",
                    "The payout date {date} lies before the lender's decision ({decided}).",
                    field="disbursed_on",
                    date=disbursed_on,
                    decided=loan.decided_on,
                )
            loan.disbursed_on = disbursed_on
            session.flush()
            move_case(session, case, CaseStage.DISBURSED, actor=actor, reason="Auszahlung erfasst")
            ensure_jobs_reminders(session, case, disbursed_on)
            flush_checked(session, case, {"stage": CaseStage.DISBURSED})
            return load_detail(session, case.id)

    @requires(Permission.EDIT_CASES)
    def record_repayment(
        self,
        case_id: uuid.UUID,
        month: date,
        status: RepaymentStatus,
        *,
        arrears: Decimal | None = None,
        note: str = "",
    ) -> CaseDetail:
        """Record (or correct) one month of monitoring. The first entry moves a disbursed case to
        monitoring."""
        actor = self._context.user.actor()
        first_of_month = month.replace(day=1)
        with self._sessions.begin() as session:
            case = load_for_update(session, Case, case_id, what=Entity.CASE)
            loan = current_loan(session, case.id)
            if loan is None or loan.disbursed_on is None:
                raise ValidationError(
                    "loan.not_disbursed",
                    "Repayment is monitored once the loan has been paid out. Record the payout first.",
                    field="month",
                )
            if first_of_month < loan.disbursed_on.replace(day=1):
                raise ValidationError(
                    "loan.month_before_payout",
                    "The month {month} lies before the payout on {disbursed}.",
                    field="month",
                    month=first_of_month.strftime("%m.%Y"),
                    disbursed=loan.disbursed_on,
                )
            if first_of_month > today_berlin().replace(day=1):
                raise ValidationError(
                    "loan.month_in_future",
                    "The month {month} has not begun yet.",
                    field="month",
                    month=first_of_month.strftime("%m.%Y"),
                )
            if status is RepaymentStatus.ARREARS and (arrears is None or arrears <= 0):
                raise ValidationError(
                    "loan.arrears_amount_missing",
                    "Enter the amount in arrears (more than 0,00 €).",
                    field="arrears",
                )
            if status is not RepaymentStatus.ARREARS and arrears:
                raise ValidationError(
                    "loan.arrears_without_status",
                    "An amount in arrears ({amount}) belongs to the status 'in arrears'. Choose it, or "
                    "clear the amount.",
                    field="arrears",
                    amount=format_eur(arrears),
                )
            entry = session.scalar(
                select(RepaymentEntry).where(
                    RepaymentEntry.loan_id == loan.id, RepaymentEntry.month == first_of_month
                )
            )
            values = {
                "status": status,
                "arrears": arrears if status is RepaymentStatus.ARREARS else None,
                "note": clean_text(note, field=InputField.NOTES, max_length=2000),
                "deleted_at": None,
            }
            if entry is None:
                session.add(RepaymentEntry(loan_id=loan.id, month=first_of_month, **values))
            else:
                apply(entry, values)
            session.flush()
            if case.stage is CaseStage.DISBURSED:
                move_case(session, case, CaseStage.MONITORING, actor=actor, reason="Begleitung begonnen")
                session.flush()
            return load_detail(session, case.id)

    @requires(Permission.EDIT_CASES)
    def record_jobs(
        self, case_id: uuid.UUID, occasion: JobsOccasion, draft: JobsDraft, *, version: int | None = None
    ) -> CaseDetail:
        """Record (or correct, with the ``version`` seen) the jobs count of one occasion; a follow-up
        count completes its reminder."""
        _check_jobs(draft)
        _not_future(draft.recorded_on, "recorded_on")
        with self._sessions.begin() as session:
            case = load_for_update(session, Case, case_id, what=Entity.CASE)
            if occasion is not JobsOccasion.INTAKE:
                loan = current_loan(session, case.id)
                if loan is None or loan.disbursed_on is None:
                    raise ValidationError(
                        "jobs.before_payout",
                        "Jobs are counted at {occasion} once the loan has been paid out. Record the payout "
                        "first, or count the jobs at intake.",
                        field="occasion",
                        occasion=occasion,
                    )
                earliest = add_months(loan.disbursed_on, FOLLOW_UP_MONTHS[occasion])
                if draft.recorded_on < loan.disbursed_on:
                    raise ValidationError(
                        "jobs.recorded_before_payout",
                        "The count date {date} lies before the payout; the follow-up is due on {due}.",
                        field="recorded_on",
                        date=draft.recorded_on,
                        due=earliest,
                    )
            values = {
                "recorded_on": draft.recorded_on,
                "created_heads": draft.created_heads,
                "created_fte": draft.created_fte,
                "secured_heads": draft.secured_heads,
                "secured_fte": draft.secured_fte,
                "note": clean_text(draft.note, field=InputField.NOTES, max_length=2000),
            }
            record = session.scalar(
                select(JobsRecord).where(JobsRecord.case_id == case.id, JobsRecord.occasion == occasion)
            )
            if record is None:
                record = JobsRecord(case_id=case.id, occasion=occasion, **values)
                session.add(record)
            else:
                ensure_version(record, version, values)
                apply(record, values)
                record.deleted_at = None
            flush_checked(session, record, values)
            if occasion is not JobsOccasion.INTAKE:
                reminder = session.scalar(
                    select(Reminder).where(Reminder.origin_key == reminder_origin_key(case.id, occasion))
                )
                if reminder is not None and reminder.done_at is None:
                    reminder.done_at = utc_now()
                    session.flush()
            return load_detail(session, case.id)
