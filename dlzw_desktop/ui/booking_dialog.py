"""Book a person or case into a slot of a consultation day, or record a walk-in."""

from __future__ import annotations

import logging
from datetime import time

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from dlzw_desktop.errors import UserError
from dlzw_desktop.services.consultation_day_service import (
    AppointmentRow,
    BookableRow,
    BookingDraft,
    DayDetail,
)
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.consultation_day_dialog import select_data
from dlzw_desktop.ui.generated.ui_booking_dialog import Ui_BookingDialog
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.neighbourhood_widgets import name_buttons
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)

ROW_ROLE = Qt.ItemDataRole.UserRole


class BookingDialog(QDialog):
    """Choose a slot (or the arrival time of a walk-in), then a person or case found by name, number or
    business, or just the visitor's name; saves through the service itself.

    Signals: ``saved(AppointmentRow)`` after the appointment was stored.
    """

    saved = Signal(object)

    def __init__(
        self,
        services: Services,
        detail: DayDetail,
        *,
        walk_in: bool = False,
        slot: time | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._detail = detail
        self._walk_in = walk_in
        self._chosen: BookableRow | None = None
        self._ui = Ui_BookingDialog()
        self._ui.setupUi(self)
        ui = self._ui
        name_buttons(ui.button_box)
        day = detail.day
        title = self.tr("Record a walk-in") if walk_in else self.tr("Book a slot")
        self.setWindowTitle(f"{title} – {day.held_on:%d.%m.%Y} {day.place}")
        for slot_row in detail.slots:
            if slot_row.capacity == 0:
                continue
            text = f"{slot_row.starts_at:%H:%M}–{slot_row.ends_at:%H:%M}"
            if slot_row.free <= 0:
                text = self.tr("{slot} (taken)").format(slot=text)
            ui.time_combo.addItem(text, slot_row.starts_at)
            if slot_row.free <= 0:
                model_item = ui.time_combo.model().index(ui.time_combo.count() - 1, 0)
                ui.time_combo.model().setData(model_item, 0, Qt.ItemDataRole.UserRole - 1)  # disabled
        free = [s.starts_at for s in detail.slots if s.free > 0 and s.capacity > 0]
        wanted = slot if slot in free else (free[0] if free else None)
        if wanted is not None:
            select_data(ui.time_combo, wanted)
        for widget in (ui.time_label, ui.time_combo):
            widget.setVisible(not walk_in)
        for widget in (ui.arrived_label, ui.arrived_edit):
            widget.setVisible(walk_in)
        ui.arrived_edit.setTime(QTime.currentTime())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._search)
        ui.search_edit.textChanged.connect(lambda _t: self._timer.start())
        ui.results_list.currentItemChanged.connect(self._on_results_list_current_item_changed)
        ui.visitor_edit.textEdited.connect(self._on_visitor_edit_text_edited)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        self._show_chosen()
        ui.search_edit.setFocus()

    def _search(self) -> None:
        text = self._ui.search_edit.text()
        if not text.strip():
            self._ui.results_list.clear()
            return
        days = self._services.consultation_days

        def show(rows: list[BookableRow]) -> None:
            if self._ui.search_edit.text() != text:
                return  # an answer for older text
            self._ui.results_list.clear()
            for row in rows:
                kind = self.tr("Person") if row.person_id else self.tr("Case")
                detail = f" · {row.detail}" if row.detail else ""
                item = QListWidgetItem(f"{kind}: {row.label}{detail}")
                item.setData(ROW_ROLE, row)
                self._ui.results_list.addItem(item)

        run_in_background(lambda: days.search_bookable(text), show, self._on_failed, context=self)

    def _on_results_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: object
    ) -> None:
        self._chosen = current.data(ROW_ROLE) if current is not None else None
        if self._chosen is not None:
            self._ui.visitor_edit.clear()
        self._show_chosen()

    def _on_visitor_edit_text_edited(self, text: str) -> None:
        if text.strip():
            self._chosen = None
            self._ui.results_list.clearSelection()
            self._ui.results_list.setCurrentItem(None)
        self._show_chosen()

    def _show_chosen(self) -> None:
        chosen = self._chosen
        if chosen is not None:
            text = self.tr("For: {name}").format(
                name=f"{chosen.label} ({chosen.detail})" if chosen.detail else chosen.label
            )
        elif self._ui.visitor_edit.text().strip():
            text = self.tr("For: {name} (not yet recorded as a person)").format(
                name=self._ui.visitor_edit.text().strip()
            )
        else:
            text = self.tr("Search for a person or case, or type the visitor's name.")
        self._ui.chosen_label.setText(text)

    def draft(self) -> BookingDraft:
        ui = self._ui
        if self._walk_in:
            arrived = ui.arrived_edit.time()
            starts = time(arrived.hour(), arrived.minute())
        else:
            data = ui.time_combo.currentData()
            starts = data if isinstance(data, time) else time(0, 0)
        chosen = self._chosen
        return BookingDraft(
            starts_at=starts,
            person_id=chosen.person_id if chosen else None,
            case_id=chosen.case_id if chosen else None,
            visitor_name="" if chosen else ui.visitor_edit.text(),
            topic=ui.topic_edit.text(),
        )

    def _on_button_box_accepted(self) -> None:
        draft = self.draft()
        days = self._services.consultation_days
        day_id = self._detail.day.id
        self._ui.button_box.setEnabled(False)
        action = days.record_walk_in if self._walk_in else days.book
        run_in_background(lambda: action(day_id, draft), self._on_saved, self._on_failed, context=self)

    def _on_saved(self, row: AppointmentRow) -> None:
        self.saved.emit(row)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        if isinstance(error, UserError) and getattr(error, "field", None) == "visitor_name":
            self._ui.search_edit.setFocus()
        show_error(self, error)
