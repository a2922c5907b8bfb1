"""Display texts shared by the security and data-protection dialogs (dates, users, audit values)."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QTableView

from dlzw_desktop.domain.dates import to_berlin
from dlzw_desktop.domain.money import format_eur
from dlzw_desktop.ui.i18n import QT_TRANSLATE_NOOP
from dlzw_desktop.ui.labels import enum_label

_ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("audit", "created"),
    "update": QT_TRANSLATE_NOOP("audit", "changed"),
    "delete": QT_TRANSLATE_NOOP("audit", "deleted"),
    "restore": QT_TRANSLATE_NOOP("audit", "restored"),
    "purge": QT_TRANSLATE_NOOP("audit", "removed for good"),
    "event": QT_TRANSLATE_NOOP("audit", "event"),
}
_ENTITIES = {
    "cases": QT_TRANSLATE_NOOP("audit", "Case"),
    "persons": QT_TRANSLATE_NOOP("audit", "Person"),
    "businesses": QT_TRANSLATE_NOOP("audit", "Business"),
    "business_members": QT_TRANSLATE_NOOP("audit", "Role in a business"),
    "consents": QT_TRANSLATE_NOOP("audit", "Consent"),
    "consultations": QT_TRANSLATE_NOOP("audit", "Consultation"),
    "users": QT_TRANSLATE_NOOP("audit", "User"),
    "settings": QT_TRANSLATE_NOOP("audit", "Setting"),
    "recommendations": QT_TRANSLATE_NOOP("audit", "Recommendation"),
    "loans": QT_TRANSLATE_NOOP("audit", "Loan"),
    "document_requirements": QT_TRANSLATE_NOOP("audit", "Document"),
    "attachments": QT_TRANSLATE_NOOP("audit", "File"),
    "stage_changes": QT_TRANSLATE_NOOP("audit", "Stage change"),
    "reminders": QT_TRANSLATE_NOOP("audit", "Reminder"),
    "properties": QT_TRANSLATE_NOOP("audit", "Property"),
    "space_requests": QT_TRANSLATE_NOOP("audit", "Space request"),
    "matches": QT_TRANSLATE_NOOP("audit", "Match"),
    "loan_programmes": QT_TRANSLATE_NOOP("audit", "Loan programme"),
    "lenders": QT_TRANSLATE_NOOP("audit", "Lender"),
    "jobs_records": QT_TRANSLATE_NOOP("audit", "Jobs"),
    "audit_log": QT_TRANSLATE_NOOP("audit", "Audit trail"),
}


def _translated(source: str) -> str:
    return QCoreApplication.translate("audit", source)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_text(value: date | None) -> str:
    return "" if value is None else QLocale().toString(qdate(value), "dd.MM.yyyy")


def moment_text(value: datetime | None) -> str:
    if value is None:
        return ""
    local = to_berlin(value)
    return f"{date_text(local.date())} {local:%H:%M:%S}"


def action_text(action: str) -> str:
    source = _ACTIONS.get(action)
    return action if source is None else _translated(source)


def entity_text(entity: str) -> str:
    source = _ENTITIES.get(entity)
    return entity.replace("_", " ") if source is None else _translated(source)


_FIELDS = {
    "family_name": QT_TRANSLATE_NOOP("fields", "family name"),
    "given_names": QT_TRANSLATE_NOOP("fields", "given names"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "date of birth"),
    "gender": QT_TRANSLATE_NOOP("fields", "gender"),
    "migration_background": QT_TRANSLATE_NOOP("fields", "migration background"),
    "residence_status": QT_TRANSLATE_NOOP("fields", "residence status"),
    "email": QT_TRANSLATE_NOOP("fields", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("fields", "phone"),
    "street": QT_TRANSLATE_NOOP("fields", "street"),
    "postcode": QT_TRANSLATE_NOOP("fields", "postcode"),
    "city": QT_TRANSLATE_NOOP("fields", "city"),
    "district_id": QT_TRANSLATE_NOOP("fields", "district"),
    "borough_id": QT_TRANSLATE_NOOP("fields", "borough"),
    "sector_id": QT_TRANSLATE_NOOP("fields", "sector"),
    "notes": QT_TRANSLATE_NOOP("fields", "notes"),
    "note": QT_TRANSLATE_NOOP("fields", "note"),
    "name": QT_TRANSLATE_NOOP("fields", "name"),
    "number": QT_TRANSLATE_NOOP("fields", "case number"),
    "stage": QT_TRANSLATE_NOOP("fields", "stage"),
    "outcome": QT_TRANSLATE_NOOP("fields", "outcome"),
    "requested_amount_cents": QT_TRANSLATE_NOOP("fields", "requested amount"),
    "amount_cents": QT_TRANSLATE_NOOP("fields", "amount"),
    "purpose": QT_TRANSLATE_NOOP("fields", "purpose"),
    "opened_on": QT_TRANSLATE_NOOP("fields", "opened on"),
    "closed_on": QT_TRANSLATE_NOOP("fields", "closed on"),
    "advisor_id": QT_TRANSLATE_NOOP("fields", "advisor"),
    "business_id": QT_TRANSLATE_NOOP("fields", "business"),
    "person_id": QT_TRANSLATE_NOOP("fields", "person"),
    "case_id": QT_TRANSLATE_NOOP("fields", "case"),
    "lender_id": QT_TRANSLATE_NOOP("fields", "lender"),
    "programme_id": QT_TRANSLATE_NOOP("fields", "loan programme"),
    "deleted_at": QT_TRANSLATE_NOOP("fields", "deleted at"),
    "given_on": QT_TRANSLATE_NOOP("fields", "given on"),
    "withdrawn_on": QT_TRANSLATE_NOOP("fields", "withdrawn on"),
    "form": QT_TRANSLATE_NOOP("fields", "form"),
    "role": QT_TRANSLATE_NOOP("fields", "role"),
    "username": QT_TRANSLATE_NOOP("fields", "user name"),
    "display_name": QT_TRANSLATE_NOOP("fields", "name"),
    "active": QT_TRANSLATE_NOOP("fields", "active"),
    "password_hash": QT_TRANSLATE_NOOP("fields", "password"),
    "password_changed_at": QT_TRANSLATE_NOOP("fields", "password changed at"),
    "must_change_password": QT_TRANSLATE_NOOP("fields", "must choose a password"),
    "failed_attempts": QT_TRANSLATE_NOOP("fields", "failed sign-ins"),
    "locked_until": QT_TRANSLATE_NOOP("fields", "locked until"),
    "last_sign_in_at": QT_TRANSLATE_NOOP("fields", "last sign-in"),
    "legal_hold": QT_TRANSLATE_NOOP("fields", "legal hold"),
    "restricted_at": QT_TRANSLATE_NOOP("fields", "restricted at"),
    "anonymised_at": QT_TRANSLATE_NOOP("fields", "anonymised at"),
    "held_on": QT_TRANSLATE_NOOP("fields", "held on"),
    "duration_minutes": QT_TRANSLATE_NOOP("fields", "duration (minutes)"),
    "topics": QT_TRANSLATE_NOOP("fields", "topics"),
    "status": QT_TRANSLATE_NOOP("fields", "status"),
    "value": QT_TRANSLATE_NOOP("fields", "value"),
    "key": QT_TRANSLATE_NOOP("fields", "setting"),
}


def field_text(name: str) -> str:
    """A column name as readers say it, translated where known (``requested_amount_cents`` ->
    ``beantragter Betrag``), else spelled out (``planned_term_months`` -> ``planned term months``)."""
    source = _FIELDS.get(name)
    if source is not None:
        return QCoreApplication.translate("fields", source)
    base = name.removesuffix("_cents").removesuffix("_id")
    return base.replace("_", " ")


def value_text(value: Any) -> str:
    """A typed audit value in the user's language."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("audit", "yes") if value else QCoreApplication.translate("audit", "no")
        )
    if isinstance(value, StrEnum):
        return enum_label(value)
    if isinstance(value, Decimal):
        return format_eur(value) if value == value.quantize(Decimal("0.01")) else str(value).replace(".", ",")
    if isinstance(value, datetime):
        return moment_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def name_buttons(box: QDialogButtonBox) -> None:
    """Give the standard buttons of a button box their text as accessible name (screen readers)."""
    for button in box.buttons():
        button.setAccessibleName(button.text().replace("&", ""))


def name_table_parts(table: QTableView) -> None:
    """Name the headers and the corner button Qt puts into a table view (screen readers announce them)."""
    table.horizontalHeader().setAccessibleName(QCoreApplication.translate("audit", "Column headers"))
    table.verticalHeader().setAccessibleName(QCoreApplication.translate("audit", "Row headers"))
    for button in table.findChildren(QAbstractButton):
        if not button.accessibleName():
            button.setAccessibleName(QCoreApplication.translate("audit", "Select all"))
