"""Microloan cases and everything that hangs off them: programmes, lenders, consultations, documents,
recommendations, loans, monitoring, jobs, reminders and programme costs."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, BigInteger, CheckConstraint, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dlzw_desktop.db.base import Base, Tracked
from dlzw_desktop.db.models.people import Business
from dlzw_desktop.db.types import Money, UTCDateTime, enum_type
from dlzw_desktop.domain.enums import (
    CaseOutcome,
    CaseSource,
    CaseStage,
    ConsultationPlace,
    CostKind,
    DocumentKind,
    DocumentStatus,
    JobsOccasion,
    LenderDecision,
    ReminderKind,
    RepaymentStatus,
)


class LoanProgramme(Tracked, Base):
    """Kreditprogramm: caps, term, rate and fee with validity dates, and the documents it requires."""

    __tablename__ = "loan_programmes"
    __table_args__ = (
        CheckConstraint("first_loan_cap_cents > 0", name="first_loan_cap_positive"),
        CheckConstraint("total_cap_cents >= first_loan_cap_cents", name="total_cap_covers_first"),
        CheckConstraint("max_term_months > 0", name="max_term_positive"),
        CheckConstraint("interest_rate_percent >= 0", name="rate_not_negative"),
        CheckConstraint("fee_cents >= 0", name="fee_not_negative"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="validity_ordered"),
        CheckConstraint(
            "max_grace_months >= 0 AND max_grace_months < max_term_months", name="grace_below_term"
        ),
        CheckConstraint("follow_up_after_months >= 0", name="follow_up_not_negative"),
    )

    name: Mapped[str] = mapped_column(String(200))
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    first_loan_cap: Mapped[Decimal] = mapped_column("first_loan_cap_cents", Money)
    total_cap: Mapped[Decimal] = mapped_column("total_cap_cents", Money)
    max_term_months: Mapped[int]
    max_grace_months: Mapped[int] = mapped_column(default=6)
    interest_rate_percent: Mapped[Decimal] = mapped_column(Numeric(6, 3))
    fee: Mapped[Decimal] = mapped_column("fee_cents", Money)
    follow_up_after_months: Mapped[int] = mapped_column(default=6)
    required_documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    optional_documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")


class Lender(Tracked, Base):
    """Kreditgeber / MFI: the institute that decides and pays out."""

    __tablename__ = "lenders"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    contact_person: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(60))


class CaseNumberSequence(Tracked, Base):
    """Last office case number handed out per year (MK-YYYY-NNNN)."""

    __tablename__ = "case_number_sequences"
    __table_args__ = (
        CheckConstraint("year >= 2000 AND year <= 2999", name="year_plausible"),
        CheckConstraint("last_number >= 0", name="last_number_not_negative"),
    )

    year: Mapped[int] = mapped_column(unique=True)
    last_number: Mapped[int] = mapped_column(default=0)


class Case(Tracked, Base):
    """Fall / Vorgang: one microloan request of a business, from first contact to close."""

    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint("requested_amount_cents >= 0", name="requested_amount_not_negative"),
        CheckConstraint("household_income_cents IS NULL OR household_income_cents >= 0", name="income_ok"),
        CheckConstraint(
            "household_expenses_cents IS NULL OR household_expenses_cents >= 0", name="expenses_ok"
        ),
        CheckConstraint("planned_term_months IS NULL OR planned_term_months > 0", name="term_positive"),
        CheckConstraint("planned_grace_months IS NULL OR planned_grace_months >= 0", name="grace_ok"),
        CheckConstraint("stage <> 'closed' OR outcome IS NOT NULL", name="closed_has_outcome"),
        CheckConstraint("stage = 'closed' OR outcome IS NULL", name="outcome_only_when_closed"),
        CheckConstraint("stage <> 'closed' OR closed_on IS NOT NULL", name="closed_has_date"),
        CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="closed_after_opened"),
        CheckConstraint("length(number) > 0", name="number_not_empty"),
        CheckConstraint(
            "planned_grace_months IS NULL OR planned_term_months IS NULL "
            "OR planned_grace_months < planned_term_months",
            name="grace_below_term",
        ),
    )

    number: Mapped[str] = mapped_column(String(24), unique=True)
    provisional: Mapped[bool] = mapped_column(default=False)
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id"), index=True)
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    programme_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("loan_programmes.id"))
    lender_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lenders.id"))
    previous_case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"))
    source: Mapped[CaseSource] = mapped_column(enum_type(CaseSource), default=CaseSource.OTHER)
    requested_amount: Mapped[Decimal] = mapped_column("requested_amount_cents", Money, default=Decimal(0))
    purpose: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[CaseStage] = mapped_column(enum_type(CaseStage), default=CaseStage.ENQUIRY, index=True)
    stage_since: Mapped[datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[CaseOutcome | None] = mapped_column(enum_type(CaseOutcome))
    opened_on: Mapped[date] = mapped_column(index=True)
    closed_on: Mapped[date | None]
    household_income: Mapped[Decimal | None] = mapped_column("household_income_cents", Money)
    household_expenses: Mapped[Decimal | None] = mapped_column("household_expenses_cents", Money)
    business_surplus: Mapped[Decimal | None] = mapped_column("business_surplus_cents", Money)
    planned_term_months: Mapped[int | None]
    planned_grace_months: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    business: Mapped[Business] = relationship()


class StageChange(Tracked, Base):
    """One workflow transition of a case: who, when, why; reversals are flagged."""

    __tablename__ = "stage_changes"
    __table_args__ = (
        CheckConstraint("NOT is_reversal OR length(trim(reason)) > 0", name="reversal_has_reason"),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    from_stage: Mapped[CaseStage | None] = mapped_column(enum_type(CaseStage, "from_stage"))
    to_stage: Mapped[CaseStage] = mapped_column(enum_type(CaseStage, "to_stage"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    is_reversal: Mapped[bool] = mapped_column(default=False)


class Consultation(Tracked, Base):
    """Beratung: a logged conversation; its minutes feed the programme cost."""

    __tablename__ = "consultations"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0 AND duration_minutes <= 1440", name="duration_plausible"),
    )

    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"), index=True)
    consultation_day_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultation_days.id"))
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    held_on: Mapped[date] = mapped_column(index=True)
    duration_minutes: Mapped[int]
    place: Mapped[ConsultationPlace] = mapped_column(enum_type(ConsultationPlace))
    language: Mapped[str] = mapped_column(String(10), default="de")
    topics: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class DocumentRequirement(Tracked, Base):
    """One checklist item of a case, from the programme's list."""

    __tablename__ = "document_requirements"
    __table_args__ = (
        UniqueConstraint("case_id", "kind"),
        CheckConstraint(
            "status IN ('missing', 'not_applicable') OR status_on IS NOT NULL", name="status_has_date"
        ),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[DocumentKind] = mapped_column(enum_type(DocumentKind))
    status: Mapped[DocumentStatus] = mapped_column(enum_type(DocumentStatus), default=DocumentStatus.MISSING)
    status_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")


class Attachment(Tracked, Base):
    """A file in the attachment store, under a generated name, with its checksum."""

    __tablename__ = "attachments"
    __table_args__ = (CheckConstraint("size_bytes >= 0", name="size_not_negative"),)

    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    requirement_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("document_requirements.id"))
    property_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("properties.id"), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(80), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")


class Recommendation(Tracked, Base):
    """Empfehlung to the lender; counts as sent only after a second person's sign-off."""

    __tablename__ = "recommendations"
    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint("term_months > 0", name="term_positive"),
        CheckConstraint("grace_months >= 0", name="grace_not_negative"),
        CheckConstraint("fee_cents >= 0", name="fee_not_negative"),
        CheckConstraint("grace_months < term_months", name="grace_below_term"),
        CheckConstraint("interest_rate_percent >= 0", name="rate_not_negative"),
        # Four eyes in the database too: the author can never be the one who signs off.
        CheckConstraint("signed_off_by IS NULL OR lower(signed_off_by) <> lower(author)", name="four_eyes"),
        CheckConstraint(
            "(signed_off_by IS NULL AND signed_off_at IS NULL) "
            "OR (signed_off_by IS NOT NULL AND signed_off_at IS NOT NULL)",
            name="sign_off_complete",
        ),
        CheckConstraint("sent_on IS NULL OR signed_off_by IS NOT NULL", name="sent_after_sign_off"),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    programme_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("loan_programmes.id"))
    lender_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lenders.id"))
    amount: Mapped[Decimal] = mapped_column("amount_cents", Money)
    term_months: Mapped[int]
    grace_months: Mapped[int] = mapped_column(default=0)
    interest_rate_percent: Mapped[Decimal] = mapped_column(Numeric(6, 3))
    fee: Mapped[Decimal] = mapped_column("fee_cents", Money, default=Decimal(0))
    recommended_on: Mapped[date] = mapped_column(index=True)
    is_follow_up_loan: Mapped[bool] = mapped_column(default=False)
    summary: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(64))
    signed_off_by: Mapped[str | None] = mapped_column(String(64))
    signed_off_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_on: Mapped[date | None]


class Loan(Tracked, Base):
    """DLZW's mirror of the lender's loan: decision, amount, payout."""

    __tablename__ = "loans"
    __table_args__ = (
        CheckConstraint("amount_cents IS NULL OR amount_cents > 0", name="amount_positive"),
        CheckConstraint("disbursed_on IS NULL OR disbursed_on >= decided_on", name="payout_after_decision"),
        CheckConstraint("decision = 'approved' OR disbursed_on IS NULL", name="payout_only_approved"),
        CheckConstraint("term_months IS NULL OR term_months > 0", name="term_positive"),
        CheckConstraint(
            "grace_months IS NULL OR term_months IS NULL OR grace_months < term_months",
            name="grace_below_term",
        ),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    recommendation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("recommendations.id"))
    lender_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lenders.id"))
    decision: Mapped[LenderDecision] = mapped_column(enum_type(LenderDecision))
    decided_on: Mapped[date] = mapped_column(index=True)
    amount: Mapped[Decimal | None] = mapped_column("amount_cents", Money)
    term_months: Mapped[int | None]
    grace_months: Mapped[int | None]
    interest_rate_percent: Mapped[Decimal | None] = mapped_column(Numeric(6, 3))
    conditions: Mapped[str] = mapped_column(Text, default="")
    disbursed_on: Mapped[date | None] = mapped_column(index=True)


class RepaymentEntry(Tracked, Base):
    """Monthly monitoring of a loan: on time, arrears (with amount), rescheduled, written off."""

    __tablename__ = "repayment_entries"
    __table_args__ = (
        UniqueConstraint("loan_id", "month"),
        CheckConstraint("arrears_cents IS NULL OR arrears_cents >= 0", name="arrears_not_negative"),
        CheckConstraint("status <> 'arrears' OR arrears_cents > 0", name="arrears_have_amount"),
    )

    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loans.id"), index=True)
    month: Mapped[date]  # first day of the month
    status: Mapped[RepaymentStatus] = mapped_column(enum_type(RepaymentStatus))
    arrears: Mapped[Decimal | None] = mapped_column("arrears_cents", Money)
    note: Mapped[str] = mapped_column(Text, default="")


class JobsRecord(Tracked, Base):
    """Jobs created and secured (heads and FTE) at intake and at 6, 12 and 24 months after payout."""

    __tablename__ = "jobs_records"
    __table_args__ = (
        UniqueConstraint("case_id", "occasion"),
        CheckConstraint(
            "created_heads >= 0 AND secured_heads >= 0 AND created_fte >= 0 AND secured_fte >= 0",
            name="counts_not_negative",
        ),
        # One head works at most one full-time equivalent.
        CheckConstraint(
            "created_fte <= created_heads AND secured_fte <= secured_heads", name="fte_within_heads"
        ),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    occasion: Mapped[JobsOccasion] = mapped_column(enum_type(JobsOccasion))
    recorded_on: Mapped[date]
    created_heads: Mapped[int] = mapped_column(default=0)
    created_fte: Mapped[Decimal] = mapped_column(Numeric(7, 2), default=Decimal(0))
    secured_heads: Mapped[int] = mapped_column(default=0)
    secured_fte: Mapped[Decimal] = mapped_column(Numeric(7, 2), default=Decimal(0))
    note: Mapped[str] = mapped_column(Text, default="")


class Reminder(Tracked, Base):
    """Wiedervorlage: a dated follow-up task on a case, property or initiative."""

    __tablename__ = "reminders"
    __table_args__ = (CheckConstraint("length(title) > 0", name="title_not_empty"),)

    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    property_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("properties.id"))
    initiative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("initiatives.id"))
    assigned_to_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[ReminderKind] = mapped_column(enum_type(ReminderKind), default=ReminderKind.MANUAL)
    due_on: Mapped[date] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(300))
    note: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    origin_key: Mapped[str | None] = mapped_column(String(120), unique=True)  # idempotent automatic ones


class ProgrammeCost(Tracked, Base):
    """One cost item of the microfinance programme in a year (for cost per job)."""

    __tablename__ = "programme_costs"
    __table_args__ = (CheckConstraint("amount_cents >= 0", name="amount_not_negative"),)

    year: Mapped[int] = mapped_column(index=True)
    kind: Mapped[CostKind] = mapped_column(enum_type(CostKind))
    description: Mapped[str] = mapped_column(String(300), default="")
    amount: Mapped[Decimal] = mapped_column("amount_cents", Money)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
