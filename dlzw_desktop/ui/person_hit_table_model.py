"""People found in the data-protection dialog, with their state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from dlzw_desktop.services.data_protection_service import PersonHit
from dlzw_desktop.ui.row_table_model import Column, RowTableModel
from dlzw_desktop.ui.security_format import date_text


def _state(hit: PersonHit) -> str:
    parts = []
    if hit.anonymised:
        parts.append(QCoreApplication.translate("PersonHitTableModel", "anonymised"))
    if hit.restricted:
        parts.append(QCoreApplication.translate("PersonHitTableModel", "restricted"))
    if hit.legal_hold:
        parts.append(QCoreApplication.translate("PersonHitTableModel", "legal hold"))
    return ", ".join(parts)


class PersonHitTableModel(RowTableModel[PersonHit]):
    """Columns: name, birth date, city, cases, state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("PersonHitTableModel", "Name"), lambda h: h.name),
                Column(
                    QCoreApplication.translate("PersonHitTableModel", "Born"),
                    lambda h: h.birth_date.isoformat() if h.birth_date else "",
                    text=lambda h: date_text(h.birth_date),
                ),
                Column(QCoreApplication.translate("PersonHitTableModel", "City"), lambda h: h.city),
                Column(
                    QCoreApplication.translate("PersonHitTableModel", "Cases"),
                    lambda h: ", ".join(h.case_numbers),
                ),
                Column(QCoreApplication.translate("PersonHitTableModel", "State"), _state),
            ],
            parent,
        )
