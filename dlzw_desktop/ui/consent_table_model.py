"""Consents of one person: one line per purpose, with the current state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from dlzw_desktop.services.consent_service import ConsentStatus
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.row_table_model import Column, RowTableModel
from dlzw_desktop.ui.security_format import date_text


def _state(status: ConsentStatus) -> str:
    if status.current is None:
        return QCoreApplication.translate("ConsentTableModel", "not given")
    if status.current.withdrawn_on is not None:
        return QCoreApplication.translate("ConsentTableModel", "withdrawn")
    return QCoreApplication.translate("ConsentTableModel", "given")


def _history(status: ConsentStatus) -> str:
    lines = []
    for row in status.history:
        line = f"{date_text(row.given_on)} {enum_label(row.form)}"
        if row.withdrawn_on is not None:
            line += " – " + QCoreApplication.translate("ConsentTableModel", "withdrawn on {day}").format(
                day=date_text(row.withdrawn_on)
            )
        lines.append(line)
    return "\n".join(lines)


class ConsentTableModel(RowTableModel[ConsentStatus]):
    """Columns: purpose, state, given on, form, withdrawn on, note (history as tooltip)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("ConsentTableModel", "Purpose"),
                    lambda s: enum_label(s.purpose),
                    tooltip=_history,
                ),
                Column(QCoreApplication.translate("ConsentTableModel", "State"), _state, tooltip=_history),
                Column(
                    QCoreApplication.translate("ConsentTableModel", "Given on"),
                    lambda s: s.current.given_on.isoformat() if s.current else "",
                    text=lambda s: date_text(s.current.given_on) if s.current else "",
                ),
                Column(
                    QCoreApplication.translate("ConsentTableModel", "Form"),
                    lambda s: enum_label(s.current.form) if s.current else "",
                ),
                Column(
                    QCoreApplication.translate("ConsentTableModel", "Withdrawn on"),
                    lambda s: date_text(s.current.withdrawn_on) if s.current else "",
                ),
                Column(
                    QCoreApplication.translate("ConsentTableModel", "Note"),
                    lambda s: s.current.note if s.current else "",
                ),
            ],
            parent,
        )
