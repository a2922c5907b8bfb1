"""Define or change a target quarter; the rules (overlap, goals) live in QuarterService."""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from dlzw_desktop.domain.enums import QuarterStatus
from dlzw_desktop.errors import UserError
from dlzw_desktop.services.quarter_service import QuarterDraft, QuarterRow
from dlzw_desktop.services.reference_service import DistrictRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.user_service import UserRow
from dlzw_desktop.ui.generated.ui_quarter_dialog import Ui_QuarterDialog
from dlzw_desktop.ui.labels import enum_items
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.neighbourhood_widgets import (
    checked_ids,
    connect_district_picker,
    fill_districts,
    name_buttons,
)
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)


class QuarterDialog(QDialog):
    """Create (``quarter`` None) or edit a quarter; saves through the service itself.

    Signals: ``saved(QuarterRow)`` after the quarter was stored.
    """

    saved = Signal(object)

    def __init__(
        self, services: Services, quarter: QuarterRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._quarter = quarter
        self._ui = Ui_QuarterDialog()
        self._ui.setupUi(self)
        name_buttons(self._ui.button_box)
        self.setWindowTitle(self.tr("Edit quarter") if quarter else self.tr("New quarter"))
        for text, member in enum_items(QuarterStatus):
            self._ui.status_combo.addItem(text, member)
        self._ui.status_combo.setCurrentIndex(self._ui.status_combo.findData(QuarterStatus.ACTIVE))
        self._ui.responsible_combo.addItem(self.tr("(nobody yet)"), None)
        connect_district_picker(
            self._ui.districts_filter_edit,
            self._ui.districts_list,
            self._ui.districts_count_label,
            self.tr("{count} district(s) ticked"),
        )
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        self._ui.button_box.setEnabled(False)
        if quarter is not None:
            self._show(quarter)
        run_in_background(
            lambda: (services.reference.districts(), services.users.advisors()),
            self._on_loaded,
            self._on_failed,
            context=self,
        )

    def _show(self, quarter: QuarterRow) -> None:
        ui = self._ui
        ui.name_edit.setText(quarter.name)
        ui.base_year_spin.setValue(quarter.base_year)
        ui.status_combo.setCurrentIndex(ui.status_combo.findData(quarter.status))
        ui.lwsi_goal_spin.setValue(float(quarter.lwsi_goal_percent))
        ui.goal_units_spin.setValue(quarter.goal_reactivated_units or 0)
        ui.goal_loans_spin.setValue(quarter.goal_recommended_loans or 0)
        ui.goal_jobs_spin.setValue(quarter.goal_jobs or 0)
        ui.allow_overlap_check.setChecked(quarter.allow_overlap)
        ui.notes_edit.setPlainText(quarter.notes)

    def _on_loaded(self, loaded: tuple[list[DistrictRow], list[UserRow]]) -> None:
        districts, advisors = loaded
        for advisor in advisors:
            self._ui.responsible_combo.addItem(advisor.display_name, advisor.id)
        if self._quarter is not None and self._quarter.responsible_id is not None:
            index = self._ui.responsible_combo.findData(self._quarter.responsible_id)
            if index < 0:  # a former advisor: keep them selectable for this quarter
                self._ui.responsible_combo.addItem(
                    self._quarter.responsible_name, self._quarter.responsible_id
                )
                index = self._ui.responsible_combo.count() - 1
            self._ui.responsible_combo.setCurrentIndex(index)
        fill_districts(
            self._ui.districts_list, districts, self._quarter.district_ids if self._quarter else ()
        )
        self._ui.districts_filter_edit.setText("")
        self._ui.districts_count_label.setText(
            self.tr("{count} district(s) ticked").format(count=len(checked_ids(self._ui.districts_list)))
        )
        self._ui.button_box.setEnabled(True)
        self._ui.name_edit.setFocus()

    def draft(self) -> QuarterDraft:
        ui = self._ui

        def goal(value: int) -> int | None:
            return value or None  # 0 is shown as "no goal"

        return QuarterDraft(
            name=ui.name_edit.text(),
            base_year=ui.base_year_spin.value(),
            district_ids=checked_ids(ui.districts_list),
            # The spin box holds two decimals; the text round-trips them exactly (no float in the draft).
            lwsi_goal_percent=Decimal(f"{ui.lwsi_goal_spin.value():.2f}"),
            goal_reactivated_units=goal(ui.goal_units_spin.value()),
            goal_recommended_loans=goal(ui.goal_loans_spin.value()),
            goal_jobs=goal(ui.goal_jobs_spin.value()),
            responsible_id=ui.responsible_combo.currentData(),
            status=ui.status_combo.currentData(),
            allow_overlap=ui.allow_overlap_check.isChecked(),
            notes=ui.notes_edit.toPlainText(),
        )

    def _on_button_box_accepted(self) -> None:
        draft = self.draft()
        quarters = self._services.quarters
        quarter = self._quarter
        self._ui.button_box.setEnabled(False)
        if quarter is None:
            run_in_background(
                lambda: quarters.create_quarter(draft), self._on_saved, self._on_failed, context=self
            )
        else:
            run_in_background(
                lambda: quarters.update_quarter(quarter.id, quarter.version, draft),
                self._on_saved,
                self._on_failed,
                context=self,
            )

    def _on_saved(self, row: QuarterRow) -> None:
        self.saved.emit(row)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        if isinstance(error, UserError):
            if getattr(error, "field", None) == "name" or error.code == "quarter.name_taken":
                self._ui.name_edit.setFocus()
            elif getattr(error, "field", None) == "district_ids" or error.code == "quarter.district_overlap":
                self._ui.districts_list.setFocus()
        show_error(self, error)
