"""What the laptop-kit screens call things: record kinds, field names, conflict kinds, and how a stored value
reads (German dates, euros, labels of choices, names of referenced records)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from dlzw_desktop.domain.dates import to_berlin
from dlzw_desktop.domain.merge import Choice, ConflictKind, JsonValue
from dlzw_desktop.domain.money import format_eur, from_cents
from dlzw_desktop.services.sync.records import ValueKind
from dlzw_desktop.services.sync_service import ConflictRow
from dlzw_desktop.ui.i18n import QT_TRANSLATE_NOOP
from dlzw_desktop.ui.labels import enum_label, register_labels

_CONTEXT = "SyncLabels"

register_labels(
    {
        ConflictKind.EDIT: QT_TRANSLATE_NOOP("labels", "Changed on both sides"),
        ConflictKind.DELETE_VS_EDIT: QT_TRANSLATE_NOOP("labels", "Deleted on one side, changed on the other"),
        ConflictKind.MISSING_IN_OFFICE: QT_TRANSLATE_NOOP("labels", "Removed in the office"),
    }
)
register_labels(
    {
        Choice.OFFICE: QT_TRANSLATE_NOOP("labels", "Office value kept"),
        Choice.LAPTOP: QT_TRANSLATE_NOOP("labels", "Laptop value taken"),
        Choice.EDITED: QT_TRANSLATE_NOOP("labels", "Value entered"),
    }
)

TABLES = {
    "persons": QT_TRANSLATE_NOOP("SyncLabels", "Person"),
    "businesses": QT_TRANSLATE_NOOP("SyncLabels", "Business"),
    "business_members": QT_TRANSLATE_NOOP("SyncLabels", "Role in a business"),
    "consents": QT_TRANSLATE_NOOP("SyncLabels", "Consent"),
    "cases": QT_TRANSLATE_NOOP("SyncLabels", "Case"),
    "stage_changes": QT_TRANSLATE_NOOP("SyncLabels", "Workflow step"),
    "consultation_days": QT_TRANSLATE_NOOP("SyncLabels", "Consultation day"),
    "consultation_day_advisors": QT_TRANSLATE_NOOP("SyncLabels", "Advisor of a day"),
    "appointments": QT_TRANSLATE_NOOP("SyncLabels", "Appointment"),
    "consultations": QT_TRANSLATE_NOOP("SyncLabels", "Consultation"),
    "document_requirements": QT_TRANSLATE_NOOP("SyncLabels", "Document"),
    "attachments": QT_TRANSLATE_NOOP("SyncLabels", "Attached file"),
    "jobs_records": QT_TRANSLATE_NOOP("SyncLabels", "Jobs"),
    "reminders": QT_TRANSLATE_NOOP("SyncLabels", "Reminder"),
}

FIELDS = {
    "deleted_at": QT_TRANSLATE_NOOP("SyncLabels", "Deleted"),
    "family_name": QT_TRANSLATE_NOOP("SyncLabels", "Family name"),
    "given_names": QT_TRANSLATE_NOOP("SyncLabels", "Given names"),
    "birth_date": QT_TRANSLATE_NOOP("SyncLabels", "Birth date"),
    "gender": QT_TRANSLATE_NOOP("SyncLabels", "Gender"),
    "migration_background": QT_TRANSLATE_NOOP("SyncLabels", "Migration background"),
    "residence_status": QT_TRANSLATE_NOOP("SyncLabels", "Residence status"),
    "residence_permit_until": QT_TRANSLATE_NOOP("SyncLabels", "Residence permit until"),
    "preferred_languages": QT_TRANSLATE_NOOP("SyncLabels", "Languages"),
    "email": QT_TRANSLATE_NOOP("SyncLabels", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("SyncLabels", "Phone"),
    "street": QT_TRANSLATE_NOOP("SyncLabels", "Street"),
    "postcode": QT_TRANSLATE_NOOP("SyncLabels", "Postcode"),
    "city": QT_TRANSLATE_NOOP("SyncLabels", "City"),
    "district_id": QT_TRANSLATE_NOOP("SyncLabels", "District"),
    "borough_id": QT_TRANSLATE_NOOP("SyncLabels", "Borough"),
    "notes": QT_TRANSLATE_NOOP("SyncLabels", "Notes"),
    "note": QT_TRANSLATE_NOOP("SyncLabels", "Note"),
    "name": QT_TRANSLATE_NOOP("SyncLabels", "Name"),
    "legal_form": QT_TRANSLATE_NOOP("SyncLabels", "Legal form"),
    "sector_id": QT_TRANSLATE_NOOP("SyncLabels", "Sector (WZ 2008)"),
    "founding_date": QT_TRANSLATE_NOOP("SyncLabels", "Founding date"),
    "founding_planned": QT_TRANSLATE_NOOP("SyncLabels", "Founding planned"),
    "employees": QT_TRANSLATE_NOOP("SyncLabels", "Employees"),
    "requested_amount_cents": QT_TRANSLATE_NOOP("SyncLabels", "Requested amount"),
    "purpose": QT_TRANSLATE_NOOP("SyncLabels", "Purpose"),
    "stage": QT_TRANSLATE_NOOP("SyncLabels", "Stage"),
    "outcome": QT_TRANSLATE_NOOP("SyncLabels", "Outcome"),
    "opened_on": QT_TRANSLATE_NOOP("SyncLabels", "Opened on"),
    "closed_on": QT_TRANSLATE_NOOP("SyncLabels", "Closed on"),
    "advisor_id": QT_TRANSLATE_NOOP("SyncLabels", "Advisor"),
    "programme_id": QT_TRANSLATE_NOOP("SyncLabels", "Loan programme"),
    "lender_id": QT_TRANSLATE_NOOP("SyncLabels", "Lender"),
    "source": QT_TRANSLATE_NOOP("SyncLabels", "Source"),
    "household_income_cents": QT_TRANSLATE_NOOP("SyncLabels", "Household income"),
    "household_expenses_cents": QT_TRANSLATE_NOOP("SyncLabels", "Household expenses"),
    "business_surplus_cents": QT_TRANSLATE_NOOP("SyncLabels", "Business surplus"),
    "planned_term_months": QT_TRANSLATE_NOOP("SyncLabels", "Planned term (months)"),
    "planned_grace_months": QT_TRANSLATE_NOOP("SyncLabels", "Grace period (months)"),
    "held_on": QT_TRANSLATE_NOOP("SyncLabels", "Date"),
    "duration_minutes": QT_TRANSLATE_NOOP("SyncLabels", "Duration (minutes)"),
    "place": QT_TRANSLATE_NOOP("SyncLabels", "Place"),
    "topics": QT_TRANSLATE_NOOP("SyncLabels", "Topics"),
    "topic": QT_TRANSLATE_NOOP("SyncLabels", "Concern"),
    "status": QT_TRANSLATE_NOOP("SyncLabels", "Status"),
    "status_on": QT_TRANSLATE_NOOP("SyncLabels", "Status since"),
    "starts_at": QT_TRANSLATE_NOOP("SyncLabels", "Time"),
    "ends_at": QT_TRANSLATE_NOOP("SyncLabels", "Until"),
    "slot_minutes": QT_TRANSLATE_NOOP("SyncLabels", "Slot length (minutes)"),
    "visitor_name": QT_TRANSLATE_NOOP("SyncLabels", "Visitor"),
    "person_id": QT_TRANSLATE_NOOP("SyncLabels", "Person"),
    "case_id": QT_TRANSLATE_NOOP("SyncLabels", "Case"),
    "initiative_id": QT_TRANSLATE_NOOP("SyncLabels", "Partner initiative"),
    "due_on": QT_TRANSLATE_NOOP("SyncLabels", "Due on"),
    "title": QT_TRANSLATE_NOOP("SyncLabels", "Title"),
    "done_at": QT_TRANSLATE_NOOP("SyncLabels", "Done"),
    "given_on": QT_TRANSLATE_NOOP("SyncLabels", "Given on"),
    "withdrawn_on": QT_TRANSLATE_NOOP("SyncLabels", "Withdrawn on"),
    "language": QT_TRANSLATE_NOOP("SyncLabels", "Language"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def table_label(name: str) -> str:
    source = TABLES.get(name)
    return _tr(source) if source else name.replace("_", " ")


def field_label(name: str | None) -> str:
    if name is None:
        return QCoreApplication.translate("SyncLabels", "Whole record")
    source = FIELDS.get(name)
    return _tr(source) if source else name.replace("_", " ")


def _money(value: JsonValue) -> str:
    return (
        format_eur(from_cents(value))
        if isinstance(value, int) and not isinstance(value, bool)
        else str(value)
    )


def _decimal(value: JsonValue) -> str:
    try:
        return str(Decimal(str(value))).replace(".", ",")
    except InvalidOperation:
        return str(value)


def value_text(conflict: ConflictRow, value: JsonValue, field: str | None = None) -> str:
    """A stored value as people read it, for the field of ``conflict`` (or ``field`` of a whole record)."""
    name = field if field is not None else conflict.field_name
    if name == "deleted_at":
        if value is None:
            return QCoreApplication.translate("SyncLabels", "not deleted")
        return QCoreApplication.translate("SyncLabels", "deleted on {date}").format(date=_instant(value))
    if value is None:
        return QCoreApplication.translate("SyncLabels", "(empty)")
    if isinstance(value, dict):  # a whole record: the laptop's changes to a row the office removed
        return "\n".join(
            f"{field_label(key)}: {value_text(conflict, item, key)}" for key, item in value.items()
        )
    if field is not None and field != conflict.field_name:
        return str(value)
    kind = conflict.value_kind
    if kind is ValueKind.MONEY:
        return _money(value)
    if kind is ValueKind.DECIMAL:
        return _decimal(value)
    if kind is ValueKind.DATE and isinstance(value, str):
        return date.fromisoformat(value).strftime("%d.%m.%Y")
    if kind is ValueKind.TIME and isinstance(value, str):
        return time.fromisoformat(value).strftime("%H:%M")
    if kind is ValueKind.INSTANT:
        return _instant(value)
    if kind is ValueKind.BOOLEAN:
        return (
            QCoreApplication.translate("SyncLabels", "yes")
            if value
            else QCoreApplication.translate("SyncLabels", "no")
        )
    if kind is ValueKind.CHOICE:
        member = next((m for m in conflict.choices if m.value == value), None)
        return enum_label(member) if member is not None else str(value)
    if kind is ValueKind.REFERENCE:
        return conflict.references.get(str(value), str(value))
    return str(value)


def _instant(value: JsonValue) -> str:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return to_berlin(moment).strftime("%d.%m.%Y %H:%M")
