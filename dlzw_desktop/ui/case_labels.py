"""Translated names for what the case screens show: the record kinds and fields named in messages, the
fields of the conflict dialog and the timeline, and helpers that read German input from widgets.

Importing this module registers the labels (``ui.labels.register_labels``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWidget

from dlzw_desktop.domain.affordability import AffordabilityVerdict
from dlzw_desktop.domain.dates import parse_date
from dlzw_desktop.domain.money import parse_amount
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.case_service import TimelineKind
from dlzw_desktop.services.editing import Entity, InputField
from dlzw_desktop.ui.i18n import QT_TRANSLATE_NOOP
from dlzw_desktop.ui.labels import register_labels

register_labels(
    {
        Entity.CASE: QT_TRANSLATE_NOOP("labels", "case"),
        Entity.PERSON: QT_TRANSLATE_NOOP("labels", "person"),
        Entity.BUSINESS: QT_TRANSLATE_NOOP("labels", "business"),
        Entity.MEMBER: QT_TRANSLATE_NOOP("labels", "role in the business"),
        Entity.CONSULTATION: QT_TRANSLATE_NOOP("labels", "consultation"),
        Entity.DOCUMENT: QT_TRANSLATE_NOOP("labels", "checklist item"),
        Entity.ATTACHMENT: QT_TRANSLATE_NOOP("labels", "file"),
        Entity.RECOMMENDATION: QT_TRANSLATE_NOOP("labels", "recommendation"),
        Entity.LOAN: QT_TRANSLATE_NOOP("labels", "loan"),
        Entity.REPAYMENT: QT_TRANSLATE_NOOP("labels", "monitoring month"),
        Entity.JOBS_RECORD: QT_TRANSLATE_NOOP("labels", "jobs count"),
        Entity.REMINDER: QT_TRANSLATE_NOOP("labels", "reminder"),
        Entity.PROGRAMME: QT_TRANSLATE_NOOP("labels", "loan programme"),
        Entity.LENDER: QT_TRANSLATE_NOOP("labels", "lender"),
        Entity.USER: QT_TRANSLATE_NOOP("labels", "user"),
        InputField.FAMILY_NAME: QT_TRANSLATE_NOOP("labels", "Family name"),
        InputField.GIVEN_NAMES: QT_TRANSLATE_NOOP("labels", "Given names"),
        InputField.EMAIL: QT_TRANSLATE_NOOP("labels", "E-mail"),
        InputField.PHONE: QT_TRANSLATE_NOOP("labels", "Phone"),
        InputField.STREET: QT_TRANSLATE_NOOP("labels", "Street"),
        InputField.POSTCODE: QT_TRANSLATE_NOOP("labels", "Postcode"),
        InputField.CITY: QT_TRANSLATE_NOOP("labels", "City"),
        InputField.NOTES: QT_TRANSLATE_NOOP("labels", "Notes"),
        InputField.BUSINESS_NAME: QT_TRANSLATE_NOOP("labels", "Name of the business"),
        InputField.PURPOSE: QT_TRANSLATE_NOOP("labels", "Purpose"),
        InputField.TOPICS: QT_TRANSLATE_NOOP("labels", "Topics"),
        InputField.REASON: QT_TRANSLATE_NOOP("labels", "Reason"),
        InputField.SUMMARY: QT_TRANSLATE_NOOP("labels", "Assessment summary"),
        InputField.CONDITIONS: QT_TRANSLATE_NOOP("labels", "Conditions"),
        InputField.TITLE: QT_TRANSLATE_NOOP("labels", "Task"),
        InputField.PROGRAMME_NAME: QT_TRANSLATE_NOOP("labels", "Name of the programme"),
        InputField.LENDER_NAME: QT_TRANSLATE_NOOP("labels", "Name of the lender"),
        InputField.CONTACT_PERSON: QT_TRANSLATE_NOOP("labels", "Contact person"),
        InputField.LANGUAGES: QT_TRANSLATE_NOOP("labels", "Languages"),
        TimelineKind.STAGE: QT_TRANSLATE_NOOP("labels", "Stage"),
        TimelineKind.CONSULTATION: QT_TRANSLATE_NOOP("labels", "Consultation"),
        TimelineKind.CHANGE: QT_TRANSLATE_NOOP("labels", "Change"),
        TimelineKind.EVENT: QT_TRANSLATE_NOOP("labels", "Event"),
        AffordabilityVerdict.AFFORDABLE: QT_TRANSLATE_NOOP("labels", "Affordable"),
        AffordabilityVerdict.TIGHT: QT_TRANSLATE_NOOP("labels", "Tight"),
        AffordabilityVerdict.NOT_AFFORDABLE: QT_TRANSLATE_NOOP("labels", "Not affordable"),
        AffordabilityVerdict.INCOMPLETE: QT_TRANSLATE_NOOP(
            "labels", "Incomplete: enter the household budget"
        ),
    }
)

# Field names of stored records, as the conflict dialog and the timeline show them.
_FIELDS = {
    "family_name": QT_TRANSLATE_NOOP("fields", "Family name"),
    "given_names": QT_TRANSLATE_NOOP("fields", "Given names"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "Birth date"),
    "gender": QT_TRANSLATE_NOOP("fields", "Gender"),
    "migration_background": QT_TRANSLATE_NOOP("fields", "Migration background"),
    "residence_status": QT_TRANSLATE_NOOP("fields", "Residence status"),
    "residence_permit_until": QT_TRANSLATE_NOOP("fields", "Permit valid until"),
    "preferred_languages": QT_TRANSLATE_NOOP("fields", "Languages"),
    "email": QT_TRANSLATE_NOOP("fields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "street": QT_TRANSLATE_NOOP("fields", "Street"),
    "postcode": QT_TRANSLATE_NOOP("fields", "Postcode"),
    "city": QT_TRANSLATE_NOOP("fields", "City"),
    "district_id": QT_TRANSLATE_NOOP("fields", "District"),
    "borough_id": QT_TRANSLATE_NOOP("fields", "Borough"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "legal_form": QT_TRANSLATE_NOOP("fields", "Legal form"),
    "sector_id": QT_TRANSLATE_NOOP("fields", "Sector"),
    "founding_date": QT_TRANSLATE_NOOP("fields", "Founded on"),
    "founding_planned": QT_TRANSLATE_NOOP("fields", "Founding planned"),
    "employees": QT_TRANSLATE_NOOP("fields", "Employees"),
    "business_id": QT_TRANSLATE_NOOP("fields", "Business"),
    "advisor_id": QT_TRANSLATE_NOOP("fields", "Advisor"),
    "source": QT_TRANSLATE_NOOP("fields", "Source"),
    "requested_amount": QT_TRANSLATE_NOOP("fields", "Requested amount"),
    "purpose": QT_TRANSLATE_NOOP("fields", "Purpose"),
    "programme_id": QT_TRANSLATE_NOOP("fields", "Programme"),
    "opened_on": QT_TRANSLATE_NOOP("fields", "Opened on"),
    "previous_case_id": QT_TRANSLATE_NOOP("fields", "Earlier case"),
    "household_income": QT_TRANSLATE_NOOP("fields", "Household income"),
    "household_expenses": QT_TRANSLATE_NOOP("fields", "Household expenses"),
    "business_surplus": QT_TRANSLATE_NOOP("fields", "Business surplus"),
    "planned_term_months": QT_TRANSLATE_NOOP("fields", "Planned term"),
    "planned_grace_months": QT_TRANSLATE_NOOP("fields", "Planned repayment-free months"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "status_on": QT_TRANSLATE_NOOP("fields", "Status date"),
    "note": QT_TRANSLATE_NOOP("fields", "Note"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    "amount": QT_TRANSLATE_NOOP("fields", "Amount"),
    "term_months": QT_TRANSLATE_NOOP("fields", "Term (months)"),
    "grace_months": QT_TRANSLATE_NOOP("fields", "Repayment-free months"),
    "interest_rate_percent": QT_TRANSLATE_NOOP("fields", "Interest rate"),
    "fee": QT_TRANSLATE_NOOP("fields", "Fee"),
    "recommended_on": QT_TRANSLATE_NOOP("fields", "Recommended on"),
    "summary": QT_TRANSLATE_NOOP("fields", "Assessment summary"),
    "author": QT_TRANSLATE_NOOP("fields", "Written by"),
    "signed_off_by": QT_TRANSLATE_NOOP("fields", "Signed off by"),
    "signed_off_at": QT_TRANSLATE_NOOP("fields", "Signed off at"),
    "sent_on": QT_TRANSLATE_NOOP("fields", "Sent on"),
    "lender_id": QT_TRANSLATE_NOOP("fields", "Lender"),
    "is_follow_up_loan": QT_TRANSLATE_NOOP("fields", "Follow-up loan"),
    "decision": QT_TRANSLATE_NOOP("fields", "Decision"),
    "decided_on": QT_TRANSLATE_NOOP("fields", "Decided on"),
    "conditions": QT_TRANSLATE_NOOP("fields", "Conditions"),
    "disbursed_on": QT_TRANSLATE_NOOP("fields", "Paid out on"),
    "month": QT_TRANSLATE_NOOP("fields", "Month"),
    "arrears": QT_TRANSLATE_NOOP("fields", "Arrears"),
    "occasion": QT_TRANSLATE_NOOP("fields", "Occasion"),
    "recorded_on": QT_TRANSLATE_NOOP("fields", "Counted on"),
    "created_heads": QT_TRANSLATE_NOOP("fields", "Jobs created (people)"),
    "created_fte": QT_TRANSLATE_NOOP("fields", "Jobs created (FTE)"),
    "secured_heads": QT_TRANSLATE_NOOP("fields", "Jobs secured (people)"),
    "secured_fte": QT_TRANSLATE_NOOP("fields", "Jobs secured (FTE)"),
    "due_on": QT_TRANSLATE_NOOP("fields", "Due on"),
    "title": QT_TRANSLATE_NOOP("fields", "Task"),
    "assigned_to_id": QT_TRANSLATE_NOOP("fields", "For"),
    "done_at": QT_TRANSLATE_NOOP("fields", "Done at"),
    "original_name": QT_TRANSLATE_NOOP("fields", "File"),
    "size_bytes": QT_TRANSLATE_NOOP("fields", "Size"),
    "number": QT_TRANSLATE_NOOP("fields", "Case number"),
    "held_on": QT_TRANSLATE_NOOP("fields", "Date"),
    "duration_minutes": QT_TRANSLATE_NOOP("fields", "Minutes"),
    "place": QT_TRANSLATE_NOOP("fields", "Place"),
    "topics": QT_TRANSLATE_NOOP("fields", "Topics"),
    "stage": QT_TRANSLATE_NOOP("fields", "Stage"),
}

_ENTITIES = {
    "cases": QT_TRANSLATE_NOOP("fields", "Case"),
    "document_requirements": QT_TRANSLATE_NOOP("fields", "Document"),
    "attachments": QT_TRANSLATE_NOOP("fields", "File"),
    "recommendations": QT_TRANSLATE_NOOP("fields", "Recommendation"),
    "loans": QT_TRANSLATE_NOOP("fields", "Loan"),
    "repayment_entries": QT_TRANSLATE_NOOP("fields", "Monitoring"),
    "jobs_records": QT_TRANSLATE_NOOP("fields", "Jobs"),
    "reminders": QT_TRANSLATE_NOOP("fields", "Reminder"),
}


# The workflow's guard messages (domain.workflow builds them through a helper the message collector of
# ui.devtools does not see); the case view shows them, so they are marked here for translation.
WORKFLOW_GUARD_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "errors",
        "To move this case to {to_stage}, first mark all required documents as received or checked: "
        "missing are {missing}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "To move this case to {to_stage}, first write the recommendation (amount, term and "
        "repayment-free months).",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "To move this case to {to_stage}, first record the date the lender paid out the loan."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The recommendation was signed off by its author {author}. Ask a second person to sign it off before "
        "the lender's decision is recorded.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "To move this case to {to_stage}, first record the lender's decision with its date."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The lender's recorded decision is {decision}: move the case to {decision} instead, or correct the "
        "recorded decision.",
    ),
    QT_TRANSLATE_NOOP("errors", "To close this case, first choose its outcome: {allowed}."),
    QT_TRANSLATE_NOOP(
        "errors", "A case in stage {from_stage} cannot be closed as {outcome}. Choose one of: {allowed}."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "To move this case to {to_stage}, first correct the recommendation: {problem}"
    ),
)

# Notes of audit events written by the services, shown in the timeline.
TIMELINE_NOTES = (
    QT_TRANSLATE_NOOP("timeline", "recommendation signed off"),
    QT_TRANSLATE_NOOP("timeline", "recommendation letter generated"),
    QT_TRANSLATE_NOOP("timeline", "file exported"),
)


def field_label(key: str) -> str:
    """The translated name of a stored field (its key with spaces when unknown)."""
    source = _FIELDS.get(key)
    return QCoreApplication.translate("fields", source) if source else key.replace("_", " ")


def entity_label(table: str) -> str:
    source = _ENTITIES.get(table)
    return QCoreApplication.translate("fields", source) if source else table.replace("_", " ")


# --- reading German input ---------------------------------------------------------------------------------


def read_amount(
    edit: QLineEdit, field: str, *, required: bool = True, allow_negative: bool = False
) -> Decimal | None:
    """The amount typed in ``edit`` ("1.234,56"); ``ValidationError`` says how to write it."""
    text = edit.text().strip()
    if not text and not required:
        return None
    return parse_amount(text, allow_negative=allow_negative, field=field)


def read_date(edit: QLineEdit, field: str, *, required: bool = True) -> date | None:
    """The date typed in ``edit`` ("31.12.2026", "31.12." …); ``ValidationError`` names the problem."""
    text = edit.text().strip()
    if not text and not required:
        return None
    return parse_date(text, field=field)


def read_month(edit: QLineEdit, field: str) -> date:
    """A month typed as "03.2026" (or a full date); the first day of it."""
    text = edit.text().strip()
    if text.count(".") == 1 and text.split(".")[1].isdigit() and len(text.split(".")[1]) == 4:
        text = f"01.{text}"
    return parse_date(text, field=field).replace(day=1)


def read_fte(edit: QLineEdit, field: str) -> Decimal:
    """Full-time equivalents typed as "1,5" (empty means 0)."""
    text = edit.text().strip().replace(",", ".") or "0"
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            "jobs.fte_invalid",
            "'{text}' is not a number of full-time equivalents. Write it like 1,5.",
            field=field,
            text=edit.text().strip(),
        ) from None
    if not value.is_finite():
        raise ValidationError(
            "jobs.fte_invalid",
            "'{text}' is not a number of full-time equivalents. Write it like 1,5.",
            field=field,
            text=edit.text().strip(),
        )
    return value


def focus_field(fields: dict[str, QWidget], error: ValidationError) -> None:
    """Put the cursor into the input the error is about, if it is on screen."""
    widget = fields.get(error.field or "")
    if widget is None:
        return
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()


# --- combo boxes holding Python values --------------------------------------------------------------------


class _Boxed:
    """Keeps a value as the very Python object it is: Qt turns a StrEnum into a plain str otherwise, and
    finds a UUID only if it is the identical object."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value


def add_choice(combo: QComboBox, text: str, value: object) -> None:
    """Add an item whose value ``choice`` gives back unchanged (enum member, UUID, int, None)."""
    combo.addItem(text, _Boxed(value))


def item_value(combo: QComboBox, index: int) -> Any:
    data = combo.itemData(index)
    return data.value if isinstance(data, _Boxed) else data


def choice(combo: QComboBox) -> Any:
    """The value of the current item (see ``add_choice``)."""
    return item_value(combo, combo.currentIndex())


def select_choice(combo: QComboBox, value: object) -> bool:
    """Make the item with ``value`` current; False (and the first item current) when there is none."""
    for index in range(combo.count()):
        if item_value(combo, index) == value:
            combo.setCurrentIndex(index)
            return True
    if combo.count():
        combo.setCurrentIndex(0)
    return False


def choice_index(combo: QComboBox, value: object) -> int:
    return next((i for i in range(combo.count()) if item_value(combo, i) == value), -1)


def name_buttons(box: QDialogButtonBox) -> None:
    """Give a button box's standard buttons (OK, Cancel …) their text as accessible name."""
    for button in box.buttons():
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))
