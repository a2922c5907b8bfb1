"""Display names of the import's kinds, fields, row actions and duplicate reasons, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dlzw_desktop.services.importing.mapping import ImportKind, TargetField
from dlzw_desktop.services.importing.plan import DuplicateMatch, DuplicateReason, RowAction, RowStatus
from dlzw_desktop.ui.i18n import QT_TRANSLATE_NOOP
from dlzw_desktop.ui.labels import register_labels

register_labels(
    {
        ImportKind.PERSONS: QT_TRANSLATE_NOOP("labels", "Persons and businesses"),
        ImportKind.CASES: QT_TRANSLATE_NOOP("labels", "Cases"),
        ImportKind.CONSULTATIONS: QT_TRANSLATE_NOOP("labels", "Consultations"),
        ImportKind.PROPERTIES: QT_TRANSLATE_NOOP("labels", "Vacant properties"),
    }
)
register_labels(
    {
        RowAction.IMPORT: QT_TRANSLATE_NOOP("labels", "Import"),
        RowAction.LINK: QT_TRANSLATE_NOOP("labels", "Link to existing"),
        RowAction.SKIP: QT_TRANSLATE_NOOP("labels", "Skip"),
    }
)
register_labels(
    {
        RowStatus.READY: QT_TRANSLATE_NOOP("labels", "Ready"),
        RowStatus.WARNING: QT_TRANSLATE_NOOP("labels", "Note"),
        RowStatus.DUPLICATE: QT_TRANSLATE_NOOP("labels", "Duplicate"),
        RowStatus.ERROR: QT_TRANSLATE_NOOP("labels", "Error"),
    }
)
register_labels(
    {
        DuplicateReason.BIRTH_DATE: QT_TRANSLATE_NOOP("labels", "similar name, same birth date"),
        DuplicateReason.ADDRESS: QT_TRANSLATE_NOOP("labels", "similar name, same address"),
        DuplicateReason.NUMBER: QT_TRANSLATE_NOOP("labels", "same case number"),
        DuplicateReason.SAME_DAY: QT_TRANSLATE_NOOP("labels", "same day"),
        DuplicateReason.OPEN_CASE: QT_TRANSLATE_NOOP("labels", "the business has an open case"),
        DuplicateReason.SAME_UNIT: QT_TRANSLATE_NOOP("labels", "same address and floor"),
        DuplicateReason.SAME_NAME: QT_TRANSLATE_NOOP("labels", "same name (no address to compare)"),
    }
)

FIELD_LABELS = (
    QT_TRANSLATE_NOOP("import_fields", "Family name"),
    QT_TRANSLATE_NOOP("import_fields", "Given names"),
    QT_TRANSLATE_NOOP("import_fields", "Date of birth"),
    QT_TRANSLATE_NOOP("import_fields", "Gender"),
    QT_TRANSLATE_NOOP("import_fields", "Migration background"),
    QT_TRANSLATE_NOOP("import_fields", "Residence status"),
    QT_TRANSLATE_NOOP("import_fields", "Residence permit valid until"),
    QT_TRANSLATE_NOOP("import_fields", "Languages"),
    QT_TRANSLATE_NOOP("import_fields", "E-mail"),
    QT_TRANSLATE_NOOP("import_fields", "Phone"),
    QT_TRANSLATE_NOOP("import_fields", "Street"),
    QT_TRANSLATE_NOOP("import_fields", "Postcode"),
    QT_TRANSLATE_NOOP("import_fields", "City"),
    QT_TRANSLATE_NOOP("import_fields", "District"),
    QT_TRANSLATE_NOOP("import_fields", "Notes"),
    QT_TRANSLATE_NOOP("import_fields", "Business name"),
    QT_TRANSLATE_NOOP("import_fields", "Legal form"),
    QT_TRANSLATE_NOOP("import_fields", "Sector (WZ 2008)"),
    QT_TRANSLATE_NOOP("import_fields", "Founding date"),
    QT_TRANSLATE_NOOP("import_fields", "Founding planned"),
    QT_TRANSLATE_NOOP("import_fields", "Employees"),
    QT_TRANSLATE_NOOP("import_fields", "Business street"),
    QT_TRANSLATE_NOOP("import_fields", "Business postcode"),
    QT_TRANSLATE_NOOP("import_fields", "Business city"),
    QT_TRANSLATE_NOOP("import_fields", "Role in the business"),
    QT_TRANSLATE_NOOP("import_fields", "Business borough"),
    QT_TRANSLATE_NOOP("import_fields", "Business district"),
    QT_TRANSLATE_NOOP("import_fields", "Business notes"),
    QT_TRANSLATE_NOOP("import_fields", "Case number"),
    QT_TRANSLATE_NOOP("import_fields", "Applicant's family name"),
    QT_TRANSLATE_NOOP("import_fields", "Applicant's given names"),
    QT_TRANSLATE_NOOP("import_fields", "Opened on"),
    QT_TRANSLATE_NOOP("import_fields", "Requested amount"),
    QT_TRANSLATE_NOOP("import_fields", "Purpose"),
    QT_TRANSLATE_NOOP("import_fields", "Source"),
    QT_TRANSLATE_NOOP("import_fields", "Stage"),
    QT_TRANSLATE_NOOP("import_fields", "Outcome"),
    QT_TRANSLATE_NOOP("import_fields", "Closed on"),
    QT_TRANSLATE_NOOP("import_fields", "Household income"),
    QT_TRANSLATE_NOOP("import_fields", "Household expenses"),
    QT_TRANSLATE_NOOP("import_fields", "Business surplus"),
    QT_TRANSLATE_NOOP("import_fields", "Term (months)"),
    QT_TRANSLATE_NOOP("import_fields", "Grace period (months)"),
    QT_TRANSLATE_NOOP("import_fields", "Advisor"),
    QT_TRANSLATE_NOOP("import_fields", "Lender"),
    QT_TRANSLATE_NOOP("import_fields", "Date"),
    QT_TRANSLATE_NOOP("import_fields", "Duration (minutes)"),
    QT_TRANSLATE_NOOP("import_fields", "Place"),
    QT_TRANSLATE_NOOP("import_fields", "Language"),
    QT_TRANSLATE_NOOP("import_fields", "Topics"),
    QT_TRANSLATE_NOOP("import_fields", "Client's family name"),
    QT_TRANSLATE_NOOP("import_fields", "Client's given names"),
    QT_TRANSLATE_NOOP("import_fields", "Borough"),
    QT_TRANSLATE_NOOP("import_fields", "Ground floor"),
    QT_TRANSLATE_NOOP("import_fields", "Floor"),
    QT_TRANSLATE_NOOP("import_fields", "Area (m²)"),
    QT_TRANSLATE_NOOP("import_fields", "Rooms"),
    QT_TRANSLATE_NOOP("import_fields", "Cold rent"),
    QT_TRANSLATE_NOOP("import_fields", "Service charges"),
    QT_TRANSLATE_NOOP("import_fields", "Uses"),
    QT_TRANSLATE_NOOP("import_fields", "Shop window"),
    QT_TRANSLATE_NOOP("import_fields", "Step-free"),
    QT_TRANSLATE_NOOP("import_fields", "Condition"),
    QT_TRANSLATE_NOOP("import_fields", "Renovation needs"),
    QT_TRANSLATE_NOOP("import_fields", "Renovation cost"),
    QT_TRANSLATE_NOOP("import_fields", "Vacant since"),
    QT_TRANSLATE_NOOP("import_fields", "Reason for vacancy"),
    QT_TRANSLATE_NOOP("import_fields", "Owner"),
    QT_TRANSLATE_NOOP("import_fields", "Owner's consent"),
    QT_TRANSLATE_NOOP("import_fields", "Consent given on"),
    QT_TRANSLATE_NOOP("import_fields", "Status"),
    QT_TRANSLATE_NOOP("import_fields", "Let on"),
)
"""Every field label of ``mapping.FIELDS``, for the translation tools (``tests/ui`` checks the list)."""


def field_label(target: TargetField) -> str:
    """The field's name in the user's language."""
    return QCoreApplication.translate("import_fields", target.label)


def duplicate_text(match: DuplicateMatch) -> str:
    """A duplicate as one line: where it is, how sure, what it is and why."""
    from dlzw_desktop.ui.labels import enum_label  # noqa: PLC0415 - after the labels are registered

    where = (
        QCoreApplication.translate("ImportDialog", "in row {row}").format(row=match.row)
        if match.row is not None
        else QCoreApplication.translate("ImportDialog", "in the database")
    )
    certainty = (
        QCoreApplication.translate("ImportDialog", "certain")
        if match.confident
        else QCoreApplication.translate("ImportDialog", "possible")
    )
    reasons = ", ".join(enum_label(reason) for reason in match.reasons)
    template = QCoreApplication.translate(
        "ImportDialog", "Duplicate {where} ({certainty}): {label} – {reasons}"
    )
    return template.format(where=where, certainty=certainty, label=match.label, reasons=reasons)
