"""Plan or change a consultation day; the rules (hours, slots, area) live in ConsultationDayService."""

from __future__ import annotations

import logging
import uuid
from datetime import time

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QListWidgetItem, QWidget

from dlzw_desktop.domain.consultation_days import slot_times
from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.errors import UserError, ValidationError
from dlzw_desktop.services.consultation_day_service import DayDetail, DayDraft, DayRow
from dlzw_desktop.services.initiative_service import InitiativeRow
from dlzw_desktop.services.reference_service import BoroughRow, DistrictRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.user_service import UserRow
from dlzw_desktop.ui.generated.ui_consultation_day_dialog import Ui_ConsultationDayDialog
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.neighbourhood_widgets import from_qdate, name_buttons, to_qdate
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data equals ``value`` (the first item if none does).

    ``QComboBox.findData`` compares Python objects by identity: an equal UUID from another query is missed.
    """
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
    combo.setCurrentIndex(0 if combo.count() else -1)


class ConsultationDayDialog(QDialog):
    """Plan a new day (``day`` None) or edit one; saves through the service itself.

    Signals: ``saved(DayDetail)`` after the day was stored.
    """

    saved = Signal(object)

    def __init__(self, services: Services, day: DayRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._day = day
        self._districts: list[DistrictRow] = []
        self._ui = Ui_ConsultationDayDialog()
        self._ui.setupUi(self)
        ui = self._ui
        name_buttons(ui.button_box)
        self.setWindowTitle(self.tr("Change consultation day") if day else self.tr("Plan a consultation day"))
        ui.held_on_edit.setDate(to_qdate(day.held_on if day else today_berlin()))
        ui.held_on_edit.setMinimumDate(QDate(2000, 1, 1))
        ui.borough_combo.addItem(self.tr("(not set)"), None)
        ui.district_combo.addItem(self.tr("(not set)"), None)
        ui.initiative_combo.addItem(self.tr("(none)"), None)
        if day is not None:
            ui.place_edit.setText(day.place)
            ui.starts_edit.setTime(QTime(day.starts_at.hour, day.starts_at.minute))
            ui.ends_edit.setTime(QTime(day.ends_at.hour, day.ends_at.minute))
            ui.slot_spin.setValue(day.slot_minutes)
            ui.notes_edit.setPlainText(day.notes)
        for widget in (ui.starts_edit, ui.ends_edit):
            widget.timeChanged.connect(lambda _t: self._update_slots_hint())
        ui.slot_spin.valueChanged.connect(lambda _v: self._update_slots_hint())
        ui.borough_combo.currentIndexChanged.connect(lambda _i: self._fill_districts())
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.button_box.setEnabled(False)
        self._update_slots_hint()
        run_in_background(
            lambda: (
                services.reference.boroughs(),
                services.reference.districts(),
                services.initiatives.initiatives(),
                services.users.advisors(),
            ),
            self._on_loaded,
            self._on_failed,
            context=self,
        )

    def _on_loaded(
        self, loaded: tuple[list[BoroughRow], list[DistrictRow], list[InitiativeRow], list[UserRow]]
    ) -> None:
        boroughs, districts, initiatives, advisors = loaded
        ui = self._ui
        day = self._day
        self._districts = districts
        for borough in boroughs:
            ui.borough_combo.addItem(borough.name, borough.id)
        for initiative in initiatives:
            ui.initiative_combo.addItem(initiative.name, initiative.id)
        chosen = set(day.advisor_ids) if day else set()
        if day is None and self._services.context.user.principal.user_id is not None:
            chosen = {self._services.context.user.principal.user_id}
        known = {advisor.id for advisor in advisors}
        for advisor in advisors:
            self._add_advisor(advisor.id, advisor.display_name, advisor.id in chosen)
        if day is not None:
            for user_id, name in zip(day.advisor_ids, day.advisor_names, strict=True):
                if user_id not in known:  # a former advisor stays selectable for this day
                    self._add_advisor(user_id, name, True)
            select_data(ui.borough_combo, day.borough_id)
            self._fill_districts()
            select_data(ui.district_combo, day.district_id)
            select_data(ui.initiative_combo, day.initiative_id)
        else:
            self._fill_districts()
        ui.button_box.setEnabled(True)
        ui.place_edit.setFocus()

    def _add_advisor(self, user_id: uuid.UUID, name: str, checked: bool) -> None:
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, user_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._ui.advisors_list.addItem(item)

    def _fill_districts(self) -> None:
        combo = self._ui.district_combo
        current = combo.currentData()
        borough = self._ui.borough_combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(not set)"), None)
        for district in self._districts:
            if borough is None or district.borough_id == borough:
                label = district.name if borough is not None else f"{district.name} ({district.borough_name})"
                combo.addItem(label, district.id)
        select_data(combo, current)
        combo.blockSignals(False)

    def _update_slots_hint(self) -> None:
        ui = self._ui
        try:
            count = len(
                slot_times(_time(ui.starts_edit.time()), _time(ui.ends_edit.time()), ui.slot_spin.value())
            )
        except ValidationError:
            ui.slots_hint_label.setText(self.tr("No slot fits between these times."))
            return
        ui.slots_hint_label.setText(self.tr("Appointment slots per advisor: {count}").format(count=count))

    def _advisor_ids(self) -> tuple[uuid.UUID, ...]:
        items = self._ui.advisors_list
        return tuple(
            items.item(row).data(ID_ROLE)
            for row in range(items.count())
            if items.item(row).checkState() == Qt.CheckState.Checked
        )

    def draft(self) -> DayDraft:
        ui = self._ui
        return DayDraft(
            held_on=from_qdate(ui.held_on_edit.date()),
            place=ui.place_edit.text(),
            starts_at=_time(ui.starts_edit.time()),
            ends_at=_time(ui.ends_edit.time()),
            slot_minutes=ui.slot_spin.value(),
            borough_id=ui.borough_combo.currentData(),
            district_id=ui.district_combo.currentData(),
            initiative_id=ui.initiative_combo.currentData(),
            advisor_ids=self._advisor_ids(),
            notes=ui.notes_edit.toPlainText(),
        )

    def _on_button_box_accepted(self) -> None:
        draft = self.draft()
        days = self._services.consultation_days
        day = self._day
        self._ui.button_box.setEnabled(False)
        if day is None:
            run_in_background(lambda: days.create_day(draft), self._on_saved, self._on_failed, context=self)
        else:
            run_in_background(
                lambda: days.update_day(day.id, day.version, draft),
                self._on_saved,
                self._on_failed,
                context=self,
            )

    def _on_saved(self, detail: DayDetail) -> None:
        self.saved.emit(detail)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        if isinstance(error, UserError):
            focus = {
                "place": self._ui.place_edit,
                "ends_at": self._ui.ends_edit,
                "starts_at": self._ui.starts_edit,
                "slot_minutes": self._ui.slot_spin,
                "district_id": self._ui.district_combo,
                "borough_id": self._ui.borough_combo,
            }.get(getattr(error, "field", None) or "")
            if focus is not None:
                focus.setFocus()
        show_error(self, error)
