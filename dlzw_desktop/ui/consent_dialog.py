"""Consents of one person per purpose: record with date and form, withdraw with a date.

The person view opens it with ``open_consent_dialog(services, person_id, parent)``.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from dlzw_desktop.domain.dates import parse_date, today_berlin
from dlzw_desktop.domain.enums import ConsentForm, ConsentPurpose
from dlzw_desktop.errors import DlzwError
from dlzw_desktop.services.consent_service import ConsentStatus
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.consent_table_model import ConsentTableModel
from dlzw_desktop.ui.generated.ui_consent_dialog import Ui_ConsentDialog
from dlzw_desktop.ui.labels import enum_items
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.security_format import date_text, name_buttons, name_table_parts
from dlzw_desktop.ui.workers import run_in_background


class ConsentDialog(QDialog):
    """One line per purpose (history in the tooltip); changes go through ``ConsentService``."""

    def __init__(self, services: Services, person_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._person_id = person_id
        self._ui = Ui_ConsentDialog()
        self._ui.setupUi(self)
        self._model = ConsentTableModel(self)
        self._ui.consents_table.setModel(self._model)
        self._ui.consents_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self._ui.consents_table.selectionModel().selectionChanged.connect(self._update_buttons)
        for label, member in enum_items(ConsentPurpose):
            self._ui.purpose_combo.addItem(label, member)
        for label, member in enum_items(ConsentForm):
            self._ui.form_combo.addItem(label, member)
        today = date_text(today_berlin())
        self._ui.given_on_edit.setText(today)
        self._ui.withdrawn_on_edit.setText(today)
        self._ui.record_button.clicked.connect(self._on_record_button_clicked)
        self._ui.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        name_buttons(self._ui.button_box)
        name_table_parts(self._ui.consents_table)
        self._ui.button_box.rejected.connect(self.reject)
        self._update_buttons()
        run_in_background(
            lambda: services.consents.person_name(person_id), self._on_name, self._on_failed, context=self
        )
        self.reload()

    def _on_name(self, name: str) -> None:
        self._ui.person_label.setText(self.tr("Consents of {name}").format(name=name))
        self.setWindowTitle(self.tr("Consents of {name} – DLZW Desktop").format(name=name))

    def reload(self) -> None:
        person = self._person_id
        run_in_background(
            lambda: self._services.consents.status(person), self._on_loaded, self._on_failed, context=self
        )

    def _on_loaded(self, statuses: list[ConsentStatus]) -> None:
        selected = self._selected()
        self._model.set_rows(statuses)
        if selected is not None:
            row = [s.purpose for s in statuses].index(selected.purpose)
            self._ui.consents_table.selectRow(row)
        self._update_buttons()

    def _selected(self) -> ConsentStatus | None:
        indexes = self._ui.consents_table.selectionModel().selectedRows()
        return self._model.row_at(indexes[0].row()) if indexes else None

    def _update_buttons(self, *_args: object) -> None:
        status = self._selected()
        self._ui.withdraw_button.setEnabled(status is not None and status.given)
        if status is not None:
            self._ui.purpose_combo.setCurrentIndex(self._ui.purpose_combo.findData(status.purpose))

    def _on_record_button_clicked(self) -> None:
        try:
            given_on = parse_date(self._ui.given_on_edit.text(), field="given_on")
        except DlzwError as error:
            self._ui.message_label.setText(user_message(error))
            self._ui.given_on_edit.setFocus()
            return
        purpose = self._ui.purpose_combo.currentData()
        form = self._ui.form_combo.currentData()
        note = self._ui.note_edit.text()
        person = self._person_id
        run_in_background(
            lambda: self._services.consents.record(person, purpose, given_on, form, note),
            lambda _row: self._done(self.tr("Consent recorded.")),
            self._on_failed,
            context=self,
        )

    def _on_withdraw_button_clicked(self) -> None:
        status = self._selected()
        if status is None or status.current is None:
            return
        try:
            day = parse_date(self._ui.withdrawn_on_edit.text(), field="withdrawn_on")
        except DlzwError as error:
            self._ui.message_label.setText(user_message(error))
            self._ui.withdrawn_on_edit.setFocus()
            return
        current = status.current
        run_in_background(
            lambda: self._services.consents.withdraw(current.id, current.version, day),
            lambda _row: self._done(self.tr("Withdrawal recorded.")),
            self._on_failed,
            context=self,
        )

    def _done(self, message: str) -> None:
        self._ui.message_label.setText(message)
        self._ui.note_edit.clear()
        self.reload()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, DlzwError):
            self._ui.message_label.setText(user_message(error))
            self.reload()  # after a conflict: show what is stored now
            return
        show_error(self, error)


def open_consent_dialog(
    services: Services, person_id: uuid.UUID, parent: QWidget | None = None
) -> ConsentDialog:
    """Open the consents of a person (window-modal, non-blocking) and return the dialog."""
    dialog = ConsentDialog(services, person_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
