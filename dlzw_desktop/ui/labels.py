"""Translated display names of domain enums: one place, so every view, filter and message says the same.

``enum_label(member)`` gives the label in the user's language; ``enum_items(cls)`` the (label, member)
pairs for a combo box, in declaration order.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from dlzw_desktop.domain import enums as e
from dlzw_desktop.services.permissions import Permission
from dlzw_desktop.ui.i18n import QT_TRANSLATE_NOOP

# Pairs, not a dict literal: members of different enums with the same value ("other", "withdrawn")
# are equal as strings and would overwrite each other's labels as dict keys.
_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (e.Role.ADVISOR, QT_TRANSLATE_NOOP("labels", "Advisor")),
    (e.Role.LEAD, QT_TRANSLATE_NOOP("labels", "Team lead")),
    (e.Role.REPORTING, QT_TRANSLATE_NOOP("labels", "Reporting")),
    (e.Role.ADMIN, QT_TRANSLATE_NOOP("labels", "Administrator")),
    (e.CaseStage.ENQUIRY, QT_TRANSLATE_NOOP("labels", "Enquiry")),
    (e.CaseStage.CONSULTING, QT_TRANSLATE_NOOP("labels", "Consulting")),
    (e.CaseStage.DOCUMENTS_COMPLETE, QT_TRANSLATE_NOOP("labels", "Documents complete")),
    (e.CaseStage.ASSESSMENT, QT_TRANSLATE_NOOP("labels", "Assessment")),
    (e.CaseStage.RECOMMENDED, QT_TRANSLATE_NOOP("labels", "Recommended")),
    (e.CaseStage.APPROVED, QT_TRANSLATE_NOOP("labels", "Approved")),
    (e.CaseStage.DECLINED, QT_TRANSLATE_NOOP("labels", "Declined")),
    (e.CaseStage.DISBURSED, QT_TRANSLATE_NOOP("labels", "Disbursed")),
    (e.CaseStage.MONITORING, QT_TRANSLATE_NOOP("labels", "Monitoring")),
    (e.CaseStage.CLOSED, QT_TRANSLATE_NOOP("labels", "Closed")),
    (e.CaseOutcome.REPAID, QT_TRANSLATE_NOOP("labels", "Repaid")),
    (e.CaseOutcome.WRITTEN_OFF, QT_TRANSLATE_NOOP("labels", "Written off")),
    (e.CaseOutcome.WITHDRAWN, QT_TRANSLATE_NOOP("labels", "Withdrawn")),
    (e.CaseOutcome.NOT_ELIGIBLE, QT_TRANSLATE_NOOP("labels", "Not eligible")),
    (e.CaseOutcome.DECLINED, QT_TRANSLATE_NOOP("labels", "Declined by the lender")),
    (e.CaseSource.CONSULTATION_DAY, QT_TRANSLATE_NOOP("labels", "Consultation day")),
    (e.CaseSource.IHK, QT_TRANSLATE_NOOP("labels", "Chamber of commerce (IHK)")),
    (e.CaseSource.HWK, QT_TRANSLATE_NOOP("labels", "Chamber of crafts (HWK)")),
    (e.CaseSource.JOB_CENTRE, QT_TRANSLATE_NOOP("labels", "Job centre")),
    (e.CaseSource.EMPLOYMENT_AGENCY, QT_TRANSLATE_NOOP("labels", "Employment agency")),
    (e.CaseSource.INITIATIVE, QT_TRANSLATE_NOOP("labels", "Local initiative")),
    (e.CaseSource.BANK, QT_TRANSLATE_NOOP("labels", "Bank")),
    (e.CaseSource.WEBSITE, QT_TRANSLATE_NOOP("labels", "Website")),
    (e.CaseSource.WORD_OF_MOUTH, QT_TRANSLATE_NOOP("labels", "Word of mouth")),
    (e.CaseSource.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (e.Gender.FEMALE, QT_TRANSLATE_NOOP("labels", "Female")),
    (e.Gender.MALE, QT_TRANSLATE_NOOP("labels", "Male")),
    (e.Gender.DIVERSE, QT_TRANSLATE_NOOP("labels", "Diverse")),
    (e.Gender.NOT_STATED, QT_TRANSLATE_NOOP("labels", "Not stated")),
    (e.MigrationBackground.YES, QT_TRANSLATE_NOOP("labels", "Yes")),
    (e.MigrationBackground.NO, QT_TRANSLATE_NOOP("labels", "No")),
    (e.MigrationBackground.NOT_STATED, QT_TRANSLATE_NOOP("labels", "Not stated")),
    (e.ResidenceStatus.NOT_RELEVANT, QT_TRANSLATE_NOOP("labels", "Not relevant")),
    (e.ResidenceStatus.GERMAN, QT_TRANSLATE_NOOP("labels", "German citizen")),
    (e.ResidenceStatus.EU, QT_TRANSLATE_NOOP("labels", "EU/EEA citizen")),
    (e.ResidenceStatus.SETTLEMENT_PERMIT, QT_TRANSLATE_NOOP("labels", "Settlement permit")),
    (
        e.ResidenceStatus.RESIDENCE_PERMIT_SELF_EMPLOYMENT,
        QT_TRANSLATE_NOOP("labels", "Residence permit allowing self-employment"),
    ),
    (e.ResidenceStatus.RESIDENCE_PERMIT_OTHER, QT_TRANSLATE_NOOP("labels", "Other residence permit")),
    (e.ResidenceStatus.NOT_STATED, QT_TRANSLATE_NOOP("labels", "Not stated")),
    (e.LegalForm.SOLE_TRADER, QT_TRANSLATE_NOOP("labels", "Sole trader")),
    (e.LegalForm.FREELANCER, QT_TRANSLATE_NOOP("labels", "Freelancer")),
    (e.LegalForm.EK, QT_TRANSLATE_NOOP("labels", "Registered merchant (e.K.)")),
    (e.LegalForm.GBR, QT_TRANSLATE_NOOP("labels", "Civil-law partnership (GbR)")),
    (e.LegalForm.UG, QT_TRANSLATE_NOOP("labels", "UG (haftungsbeschränkt)")),
    (e.LegalForm.GMBH, QT_TRANSLATE_NOOP("labels", "GmbH")),
    (e.LegalForm.OTHER, QT_TRANSLATE_NOOP("labels", "Other legal form")),
    (e.BusinessRole.FOUNDER, QT_TRANSLATE_NOOP("labels", "Founder")),
    (e.BusinessRole.CO_FOUNDER, QT_TRANSLATE_NOOP("labels", "Co-founder")),
    (e.BusinessRole.GUARANTOR, QT_TRANSLATE_NOOP("labels", "Guarantor")),
    (e.ConsultationPlace.OFFICE, QT_TRANSLATE_NOOP("labels", "At the DLZW office")),
    (e.ConsultationPlace.CONSULTATION_DAY, QT_TRANSLATE_NOOP("labels", "On a consultation day")),
    (e.ConsultationPlace.ON_SITE, QT_TRANSLATE_NOOP("labels", "On site")),
    (e.ConsultationPlace.PHONE, QT_TRANSLATE_NOOP("labels", "By phone")),
    (e.ConsultationPlace.VIDEO, QT_TRANSLATE_NOOP("labels", "By video call")),
    (e.DocumentKind.BUSINESS_PLAN, QT_TRANSLATE_NOOP("labels", "Business plan")),
    (e.DocumentKind.LIQUIDITY_PLAN, QT_TRANSLATE_NOOP("labels", "Liquidity plan")),
    (e.DocumentKind.PROFITABILITY_PLAN, QT_TRANSLATE_NOOP("labels", "Profitability plan")),
    (e.DocumentKind.HOUSEHOLD_BUDGET, QT_TRANSLATE_NOOP("labels", "Household budget")),
    (e.DocumentKind.ID_DOCUMENT, QT_TRANSLATE_NOOP("labels", "Identity document")),
    (e.DocumentKind.PERMITS, QT_TRANSLATE_NOOP("labels", "Permits")),
    (e.DocumentKind.TRADE_REGISTRATION, QT_TRANSLATE_NOOP("labels", "Trade registration")),
    (e.DocumentKind.REFERENCES, QT_TRANSLATE_NOOP("labels", "References or guarantees")),
    (e.DocumentKind.CREDIT_SELF_DISCLOSURE, QT_TRANSLATE_NOOP("labels", "Credit self-disclosure")),
    (e.DocumentKind.RESIDENCE_PERMIT, QT_TRANSLATE_NOOP("labels", "Residence permit")),
    (e.DocumentKind.OTHER, QT_TRANSLATE_NOOP("labels", "Other document")),
    (e.DocumentStatus.MISSING, QT_TRANSLATE_NOOP("labels", "Missing")),
    (e.DocumentStatus.REQUESTED, QT_TRANSLATE_NOOP("labels", "Requested")),
    (e.DocumentStatus.RECEIVED, QT_TRANSLATE_NOOP("labels", "Received")),
    (e.DocumentStatus.CHECKED, QT_TRANSLATE_NOOP("labels", "Checked")),
    (e.DocumentStatus.NOT_APPLICABLE, QT_TRANSLATE_NOOP("labels", "Not applicable")),
    (e.LenderDecision.APPROVED, QT_TRANSLATE_NOOP("labels", "Approved")),
    (e.LenderDecision.DECLINED, QT_TRANSLATE_NOOP("labels", "Declined")),
    (e.RepaymentStatus.ON_TIME, QT_TRANSLATE_NOOP("labels", "On time")),
    (e.RepaymentStatus.ARREARS, QT_TRANSLATE_NOOP("labels", "In arrears")),
    (e.RepaymentStatus.RESCHEDULED, QT_TRANSLATE_NOOP("labels", "Rescheduled")),
    (e.RepaymentStatus.WRITTEN_OFF, QT_TRANSLATE_NOOP("labels", "Written off")),
    (e.JobsOccasion.INTAKE, QT_TRANSLATE_NOOP("labels", "At intake")),
    (e.JobsOccasion.MONTH_6, QT_TRANSLATE_NOOP("labels", "6 months after payout")),
    (e.JobsOccasion.MONTH_12, QT_TRANSLATE_NOOP("labels", "12 months after payout")),
    (e.JobsOccasion.MONTH_24, QT_TRANSLATE_NOOP("labels", "24 months after payout")),
    (e.ReminderKind.MANUAL, QT_TRANSLATE_NOOP("labels", "Reminder")),
    (e.ReminderKind.JOBS_FOLLOW_UP, QT_TRANSLATE_NOOP("labels", "Jobs follow-up")),
    (e.ReminderKind.MEETING_ACTION, QT_TRANSLATE_NOOP("labels", "Action from a meeting")),
    (e.ReminderKind.DOCUMENTS, QT_TRANSLATE_NOOP("labels", "Documents")),
    (e.PropertyUse.RETAIL, QT_TRANSLATE_NOOP("labels", "Retail")),
    (e.PropertyUse.GASTRONOMY, QT_TRANSLATE_NOOP("labels", "Gastronomy")),
    (e.PropertyUse.OFFICE, QT_TRANSLATE_NOOP("labels", "Office")),
    (e.PropertyUse.WORKSHOP, QT_TRANSLATE_NOOP("labels", "Workshop or crafts")),
    (e.PropertyUse.CREATIVE, QT_TRANSLATE_NOOP("labels", "Creative industries")),
    (e.PropertyUse.SERVICES, QT_TRANSLATE_NOOP("labels", "Services")),
    (e.PropertyUse.OTHER, QT_TRANSLATE_NOOP("labels", "Other use")),
    (e.PropertyStatus.VACANT, QT_TRANSLATE_NOOP("labels", "Vacant")),
    (e.PropertyStatus.RESERVED, QT_TRANSLATE_NOOP("labels", "Reserved")),
    (e.PropertyStatus.LET, QT_TRANSLATE_NOOP("labels", "Let")),
    (e.PropertyStatus.REACTIVATED, QT_TRANSLATE_NOOP("labels", "Reactivated")),
    (e.PropertyStatus.WITHDRAWN, QT_TRANSLATE_NOOP("labels", "Withdrawn")),
    (e.PropertyCondition.READY, QT_TRANSLATE_NOOP("labels", "Ready to use")),
    (e.PropertyCondition.MINOR_WORK, QT_TRANSLATE_NOOP("labels", "Minor work needed")),
    (e.PropertyCondition.RENOVATION, QT_TRANSLATE_NOOP("labels", "Needs renovation")),
    (e.PropertyCondition.MAJOR_RENOVATION, QT_TRANSLATE_NOOP("labels", "Needs major renovation")),
    (e.MatchStage.PROPOSED, QT_TRANSLATE_NOOP("labels", "Proposed")),
    (e.MatchStage.OWNER_CONTACTED, QT_TRANSLATE_NOOP("labels", "Owner contacted")),
    (e.MatchStage.VIEWING, QT_TRANSLATE_NOOP("labels", "Viewing")),
    (e.MatchStage.LEASE_SIGNED, QT_TRANSLATE_NOOP("labels", "Lease signed")),
    (e.MatchStage.BUSINESS_OPENED, QT_TRANSLATE_NOOP("labels", "Business opened")),
    (e.MatchStage.REJECTED, QT_TRANSLATE_NOOP("labels", "Rejected")),
    (e.SpaceRequestStatus.OPEN, QT_TRANSLATE_NOOP("labels", "Open")),
    (e.SpaceRequestStatus.FULFILLED, QT_TRANSLATE_NOOP("labels", "Fulfilled")),
    (e.SpaceRequestStatus.WITHDRAWN, QT_TRANSLATE_NOOP("labels", "Withdrawn")),
    (e.QuarterStatus.PLANNED, QT_TRANSLATE_NOOP("labels", "Planned")),
    (e.QuarterStatus.ACTIVE, QT_TRANSLATE_NOOP("labels", "Active")),
    (e.QuarterStatus.COMPLETED, QT_TRANSLATE_NOOP("labels", "Completed")),
    (e.InitiativeKind.TRADERS, QT_TRANSLATE_NOOP("labels", "Traders")),
    (e.InitiativeKind.RETAIL, QT_TRANSLATE_NOOP("labels", "Retail")),
    (e.InitiativeKind.CREATIVE, QT_TRANSLATE_NOOP("labels", "Creative industries")),
    (e.InitiativeKind.OWNERS, QT_TRANSLATE_NOOP("labels", "Property owners")),
    (e.InitiativeKind.MIXED, QT_TRANSLATE_NOOP("labels", "Mixed")),
    (e.AppointmentStatus.BOOKED, QT_TRANSLATE_NOOP("labels", "Booked")),
    (e.AppointmentStatus.ATTENDED, QT_TRANSLATE_NOOP("labels", "Attended")),
    (e.AppointmentStatus.NO_SHOW, QT_TRANSLATE_NOOP("labels", "Did not come")),
    (e.AppointmentStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
    (e.ConsentPurpose.ADVICE, QT_TRANSLATE_NOOP("labels", "Advice")),
    (e.ConsentPurpose.LENDER_TRANSFER, QT_TRANSLATE_NOOP("labels", "Passing data to the lender")),
    (e.ConsentPurpose.OWNER_CONTACT, QT_TRANSLATE_NOOP("labels", "Contact by property owners")),
    (e.ConsentPurpose.STATISTICS, QT_TRANSLATE_NOOP("labels", "Statistics")),
    (e.ConsentPurpose.INITIATIVE_CONTACT, QT_TRANSLATE_NOOP("labels", "Invitations from local initiatives")),
    (e.ConsentForm.WRITTEN, QT_TRANSLATE_NOOP("labels", "In writing")),
    (e.ConsentForm.ELECTRONIC, QT_TRANSLATE_NOOP("labels", "Electronically")),
    (e.ConsentForm.ORAL, QT_TRANSLATE_NOOP("labels", "Orally (noted)")),
    (e.CostKind.STAFF, QT_TRANSLATE_NOOP("labels", "Staff time")),
    (e.CostKind.MATERIAL, QT_TRANSLATE_NOOP("labels", "Material")),
    (e.CostKind.OVERHEAD, QT_TRANSLATE_NOOP("labels", "Overhead")),
    (e.CostKind.LOAN_LOSSES, QT_TRANSLATE_NOOP("labels", "Share of loan losses")),
    (e.CostKind.OTHER, QT_TRANSLATE_NOOP("labels", "Other costs")),
    (Permission.VIEW_CASES, QT_TRANSLATE_NOOP("labels", "view cases")),
    (Permission.EDIT_CASES, QT_TRANSLATE_NOOP("labels", "edit cases")),
    (Permission.DELETE_CASES, QT_TRANSLATE_NOOP("labels", "delete cases")),
    (Permission.SIGN_OFF, QT_TRANSLATE_NOOP("labels", "sign off recommendations")),
    (Permission.VIEW_PROPERTIES, QT_TRANSLATE_NOOP("labels", "view properties")),
    (Permission.EDIT_PROPERTIES, QT_TRANSLATE_NOOP("labels", "edit properties")),
    (Permission.VIEW_REPORTS, QT_TRANSLATE_NOOP("labels", "view reports")),
    (Permission.EXPORT_DATA, QT_TRANSLATE_NOOP("labels", "export data")),
    (Permission.EDIT_PROGRAMMES, QT_TRANSLATE_NOOP("labels", "edit loan programmes")),
    (Permission.EDIT_SETTINGS, QT_TRANSLATE_NOOP("labels", "change settings")),
    (Permission.MANAGE_USERS, QT_TRANSLATE_NOOP("labels", "manage users")),
    (Permission.VIEW_AUDIT, QT_TRANSLATE_NOOP("labels", "view the audit trail")),
    (Permission.DATA_PROTECTION, QT_TRANSLATE_NOOP("labels", "data protection tasks")),
    (Permission.BACKUP, QT_TRANSLATE_NOOP("labels", "make backups")),
    (Permission.IMPORT_DATA, QT_TRANSLATE_NOOP("labels", "import data")),
    (Permission.SYNC, QT_TRANSLATE_NOOP("labels", "check laptops out and in")),
    (Permission.RESTORE, QT_TRANSLATE_NOOP("labels", "restore a backup")),
    (Permission.MANAGE_QUARTERS, QT_TRANSLATE_NOOP("labels", "define target quarters")),
    (Permission.EDIT_INITIATIVES, QT_TRANSLATE_NOOP("labels", "edit local initiatives and their meetings")),
)
_LABELS: dict[tuple[type[StrEnum], str], str] = {
    (type(member), member.value): text for member, text in _PAIRS
}


def register_labels(labels: dict[StrEnum, str]) -> None:
    """Add labels for enums declared outside ``domain.enums`` (mark them with ``QT_TRANSLATE_NOOP``).

    Members of two enums with the same value must be registered in separate calls (see ``_PAIRS``)."""
    _LABELS.update({(type(member), member.value): text for member, text in labels.items()})


def enum_label(member: StrEnum) -> str:
    """The member's label in the user's language; its value with spaces if it has no label yet."""
    source = _LABELS.get((type(member), member.value))
    if source is None:
        return member.value.replace("_", " ")
    return QCoreApplication.translate("labels", source)


def stage_label(stage: e.CaseStage) -> str:
    return enum_label(stage)


def enum_items(members: Iterable[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(label, member) pairs for a combo box, in the given order."""
    return [(enum_label(member), member) for member in members]
