"""Einstellungen: this workstation's preferences and the organisation's shared settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from dlzw_desktop.domain.money import format_plain, parse_amount
from dlzw_desktop.errors import UserError
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.settings_service import SharedSettings
from dlzw_desktop.ui.generated.ui_settings_view import Ui_SettingsView
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.workers import run_in_background


class SettingsView(QWidget):
    """Edits preferences; shared settings are saved through ``SettingsService`` (permission checked there).

    Signals: ``saved()`` after the settings were stored; ``backup_requested()`` and
    ``database_change_requested()`` are handled by the window's database controller.
    """

    saved = Signal()
    backup_requested = Signal()
    database_change_requested = Signal()

    def __init__(self, services: Services, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._store = store
        self._ui = Ui_SettingsView()
        self._ui.setupUi(self)
        font = QFont(self._ui.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._ui.title_label.setFont(font)
        self._ui.language_combo.addItem(self.tr("As the system (German unless English)"), "system")
        self._ui.language_combo.addItem("Deutsch", "de")
        self._ui.language_combo.addItem("English", "en")
        self._ui.save_button.clicked.connect(self._on_save_button_clicked)
        self._ui.backup_button.clicked.connect(self._on_backup_button_clicked)
        self._ui.change_database_button.clicked.connect(self._on_change_database_button_clicked)
        self._load()

    def _load(self) -> None:
        preferences = self._store.load()
        index = self._ui.language_combo.findData(preferences.language)
        self._ui.language_combo.setCurrentIndex(max(index, 0))
        self._ui.database_edit.setText(self._services.info.location())
        run_in_background(self._services.settings.shared, self._show_shared, self._on_failed, context=self)

    def _show_shared(self, shared: SharedSettings) -> None:
        self._ui.organisation_name_edit.setText(shared.organisation_name)
        self._ui.organisation_unit_edit.setText(shared.organisation_unit)
        self._ui.letterhead_address_edit.setPlainText(shared.letterhead_address)
        self._ui.letterhead_contact_edit.setText(shared.letterhead_contact)
        self._ui.hourly_rate_edit.setText(format_plain(shared.staff_hourly_rate))
        self._ui.stale_days_spin.setValue(shared.stale_stage_days)

    def _on_save_button_clicked(self) -> None:
        self._store.update(language=self._ui.language_combo.currentData())
        try:
            rate = parse_amount(self._ui.hourly_rate_edit.text(), field="staff_hourly_rate")
        except UserError as error:
            self._ui.hourly_rate_edit.setFocus()
            show_error(self, error)
            return
        changes = {
            "organisation_name": self._ui.organisation_name_edit.text().strip(),
            "organisation_unit": self._ui.organisation_unit_edit.text().strip(),
            "letterhead_address": self._ui.letterhead_address_edit.toPlainText().strip(),
            "letterhead_contact": self._ui.letterhead_contact_edit.text().strip(),
            "staff_hourly_rate": rate,
            "stale_stage_days": self._ui.stale_days_spin.value(),
        }
        self._ui.save_button.setEnabled(False)
        run_in_background(
            lambda: self._services.settings.update_shared(**changes),
            self._on_saved,
            self._on_failed,
            context=self,
        )

    def _on_saved(self, shared: SharedSettings) -> None:
        self._ui.save_button.setEnabled(True)
        self._show_shared(shared)
        self.saved.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.save_button.setEnabled(True)
        field = getattr(error, "field", None) or ""
        inputs = {
            "organisation_name": self._ui.organisation_name_edit,
            "organisation_unit": self._ui.organisation_unit_edit,
            "letterhead_address": self._ui.letterhead_address_edit,
            "letterhead_contact": self._ui.letterhead_contact_edit,
        }
        if field in inputs:
            inputs[field].setFocus()
        show_error(self, error)

    def _on_backup_button_clicked(self) -> None:
        self.backup_requested.emit()

    def _on_change_database_button_clicked(self) -> None:
        self.database_change_requested.emit()
