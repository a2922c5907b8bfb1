"""Record the consultation held in an appointment (duration, topics, notes)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from dlzw_desktop.services.consultation_day_service import AppointmentRow, DayRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.generated.ui_appointment_consultation_dialog import Ui_AppointmentConsultationDialog
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.neighbourhood_widgets import name_buttons
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)


class AppointmentConsultationDialog(QDialog):
    """Log the conversation of an appointment as a consultation (on the day, at the day's place).

    Signals: ``saved(AppointmentRow)`` after the consultation was stored.
    """

    saved = Signal(object)

    def __init__(
        self, services: Services, day: DayRow, appointment: AppointmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._appointment = appointment
        self._ui = Ui_AppointmentConsultationDialog()
        self._ui.setupUi(self)
        ui = self._ui
        name_buttons(ui.button_box)
        who = appointment.name
        if appointment.case_number:
            who = f"{who} · {appointment.case_number}"
        ui.who_label.setText(
            self.tr("Consultation with {who} on {date} at {place}").format(
                who=who, date=day.held_on.strftime("%d.%m.%Y"), place=day.place
            )
        )
        ui.minutes_spin.setValue(day.slot_minutes)
        ui.topics_edit.setText(appointment.topic)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.minutes_spin.setFocus()

    def _on_button_box_accepted(self) -> None:
        ui = self._ui
        appointment = self._appointment
        minutes, topics, notes = ui.minutes_spin.value(), ui.topics_edit.text(), ui.notes_edit.toPlainText()
        days = self._services.consultation_days
        ui.button_box.setEnabled(False)
        run_in_background(
            lambda: days.record_consultation(appointment.id, appointment.version, minutes, topics, notes),
            self._on_saved,
            self._on_failed,
            context=self,
        )

    def _on_saved(self, row: AppointmentRow) -> None:
        self.saved.emit(row)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        show_error(self, error)
