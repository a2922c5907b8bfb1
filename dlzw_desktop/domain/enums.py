"""Enumerations of the domain; their values are stored in the database and never renamed."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a signed-in user may do (see services.permissions)."""

    ADVISOR = "advisor"
    LEAD = "lead"
    REPORTING = "reporting"
    ADMIN = "admin"


class CaseStage(StrEnum):
    """Stages of a microloan case, in workflow order (transitions live in domain.workflow)."""

    ENQUIRY = "enquiry"
    CONSULTING = "consulting"
    DOCUMENTS_COMPLETE = "documents_complete"
    ASSESSMENT = "assessment"
    RECOMMENDED = "recommended"
    APPROVED = "approved"
    DECLINED = "declined"
    DISBURSED = "disbursed"
    MONITORING = "monitoring"
    CLOSED = "closed"


class CaseOutcome(StrEnum):
    """Why a closed case was closed."""

    REPAID = "repaid"
    WRITTEN_OFF = "written_off"
    WITHDRAWN = "withdrawn"
    NOT_ELIGIBLE = "not_eligible"
    DECLINED = "declined"


class CaseSource(StrEnum):
    """How the client came to DLZW."""

    CONSULTATION_DAY = "consultation_day"
    IHK = "ihk"
    HWK = "hwk"
    JOB_CENTRE = "job_centre"
    EMPLOYMENT_AGENCY = "employment_agency"
    INITIATIVE = "initiative"
    BANK = "bank"
    WEBSITE = "website"
    WORD_OF_MOUTH = "word_of_mouth"
    OTHER = "other"


class Gender(StrEnum):
    """Voluntary statistical field."""

    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    NOT_STATED = "not_stated"


class MigrationBackground(StrEnum):
    """Voluntary statistical field; "not stated" is counted separately, never guessed."""

    YES = "yes"
    NO = "no"
    NOT_STATED = "not_stated"


class ResidenceStatus(StrEnum):
    """Residence or work-permit status, where relevant for the loan."""

    NOT_RELEVANT = "not_relevant"
    GERMAN = "german"
    EU = "eu"
    SETTLEMENT_PERMIT = "settlement_permit"
    RESIDENCE_PERMIT_SELF_EMPLOYMENT = "residence_permit_self_employment"
    RESIDENCE_PERMIT_OTHER = "residence_permit_other"
    NOT_STATED = "not_stated"


class LegalForm(StrEnum):
    """Legal form of a business."""

    SOLE_TRADER = "sole_trader"
    FREELANCER = "freelancer"
    EK = "ek"
    GBR = "gbr"
    UG = "ug"
    GMBH = "gmbh"
    OTHER = "other"


class BusinessRole(StrEnum):
    """A person's role in a business."""

    FOUNDER = "founder"
    CO_FOUNDER = "co_founder"
    GUARANTOR = "guarantor"


class ConsultationPlace(StrEnum):
    """Where a consultation took place."""

    OFFICE = "office"
    CONSULTATION_DAY = "consultation_day"
    ON_SITE = "on_site"
    PHONE = "phone"
    VIDEO = "video"


class DocumentKind(StrEnum):
    """Kinds of documents a loan programme may require."""

    BUSINESS_PLAN = "business_plan"
    LIQUIDITY_PLAN = "liquidity_plan"
    PROFITABILITY_PLAN = "profitability_plan"
    HOUSEHOLD_BUDGET = "household_budget"
    ID_DOCUMENT = "id_document"
    PERMITS = "permits"
    TRADE_REGISTRATION = "trade_registration"
    REFERENCES = "references"
    CREDIT_SELF_DISCLOSURE = "credit_self_disclosure"
    RESIDENCE_PERMIT = "residence_permit"
    OTHER = "other"


class DocumentStatus(StrEnum):
    """State of one checklist item."""

    MISSING = "missing"
    REQUESTED = "requested"
    RECEIVED = "received"
    CHECKED = "checked"
    NOT_APPLICABLE = "not_applicable"


class LenderDecision(StrEnum):
    """The lender's decision on a recommendation."""

    APPROVED = "approved"
    DECLINED = "declined"


class RepaymentStatus(StrEnum):
    """Monthly monitoring of a loan."""

    ON_TIME = "on_time"
    ARREARS = "arrears"
    RESCHEDULED = "rescheduled"
    WRITTEN_OFF = "written_off"


class JobsOccasion(StrEnum):
    """When jobs were counted: at intake and 6, 12, 24 months after payout."""

    INTAKE = "intake"
    MONTH_6 = "month_6"
    MONTH_12 = "month_12"
    MONTH_24 = "month_24"


class ReminderKind(StrEnum):
    """Where a reminder came from."""

    MANUAL = "manual"
    JOBS_FOLLOW_UP = "jobs_follow_up"
    MEETING_ACTION = "meeting_action"
    DOCUMENTS = "documents"


class PropertyUse(StrEnum):
    """Uses a vacant unit allows."""

    RETAIL = "retail"
    GASTRONOMY = "gastronomy"
    OFFICE = "office"
    WORKSHOP = "workshop"
    CREATIVE = "creative"
    SERVICES = "services"
    OTHER = "other"


class PropertyStatus(StrEnum):
    """Life of a vacant unit."""

    VACANT = "vacant"
    RESERVED = "reserved"
    LET = "let"
    REACTIVATED = "reactivated"
    WITHDRAWN = "withdrawn"


class PropertyCondition(StrEnum):
    """Condition of a unit, driving the renovation effort in matching."""

    READY = "ready"
    MINOR_WORK = "minor_work"
    RENOVATION = "renovation"
    MAJOR_RENOVATION = "major_renovation"


class MatchStage(StrEnum):
    """Pipeline of a proposed pairing of a space request and a property."""

    PROPOSED = "proposed"
    OWNER_CONTACTED = "owner_contacted"
    VIEWING = "viewing"
    LEASE_SIGNED = "lease_signed"
    BUSINESS_OPENED = "business_opened"
    REJECTED = "rejected"


class SpaceRequestStatus(StrEnum):
    """Whether a space request is still being served."""

    OPEN = "open"
    FULFILLED = "fulfilled"
    WITHDRAWN = "withdrawn"


class QuarterStatus(StrEnum):
    """Status of a target quarter."""

    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"


class InitiativeKind(StrEnum):
    """Type of a local initiative (Standortgemeinschaft)."""

    TRADERS = "traders"
    RETAIL = "retail"
    CREATIVE = "creative"
    OWNERS = "owners"
    MIXED = "mixed"


class AppointmentStatus(StrEnum):
    """State of a slot on a consultation day."""

    BOOKED = "booked"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class ConsentPurpose(StrEnum):
    """Purposes a person can consent to (DSGVO Art. 6/7)."""

    ADVICE = "advice"
    LENDER_TRANSFER = "lender_transfer"
    OWNER_CONTACT = "owner_contact"
    STATISTICS = "statistics"
    INITIATIVE_CONTACT = "initiative_contact"


class ConsentForm(StrEnum):
    """How consent was given."""

    WRITTEN = "written"
    ELECTRONIC = "electronic"
    ORAL = "oral"


class CostKind(StrEnum):
    """Items of the yearly programme cost."""

    STAFF = "staff"
    MATERIAL = "material"
    OVERHEAD = "overhead"
    LOAN_LOSSES = "loan_losses"
    OTHER = "other"
