"""Found or change a local initiative: name, type, quarter and/or districts."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from dlzw_desktop.domain.enums import InitiativeKind
from dlzw_desktop.errors import UserError
from dlzw_desktop.services.initiative_service import InitiativeDraft, InitiativeRow
from dlzw_desktop.services.quarter_service import QuarterRow
from dlzw_desktop.services.reference_service import DistrictRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.generated.ui_initiative_dialog import Ui_InitiativeDialog
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


class InitiativeDialog(QDialog):
    """Create (``initiative`` None) or edit an initiative; saves through InitiativeService.

    Signals: ``saved(InitiativeRow)``.
    """

    saved = Signal(object)

    def __init__(
        self,
        services: Services,
        initiative: InitiativeRow | None = None,
        parent: QWidget | None = None,
        *,
        quarter_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._initiative = initiative
        self._preset_quarter = initiative.quarter_id if initiative else quarter_id
        self._ui = Ui_InitiativeDialog()
        self._ui.setupUi(self)
        name_buttons(self._ui.button_box)
        self.setWindowTitle(self.tr("Edit initiative") if initiative else self.tr("New initiative"))
        for text, member in enum_items(InitiativeKind):
            self._ui.kind_combo.addItem(text, member)
        self._ui.kind_combo.setCurrentIndex(self._ui.kind_combo.findData(InitiativeKind.MIXED))
        self._ui.quarter_combo.addItem(self.tr("(no quarter: districts only)"), None)
        connect_district_picker(
            self._ui.districts_filter_edit,
            self._ui.districts_list,
            self._ui.districts_count_label,
            self.tr("{count} district(s) ticked"),
        )
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        self._ui.button_box.setEnabled(False)
        if initiative is not None:
            self._ui.name_edit.setText(initiative.name)
            self._ui.kind_combo.setCurrentIndex(self._ui.kind_combo.findData(initiative.kind))
            self._ui.notes_edit.setPlainText(initiative.notes)
        run_in_background(
            lambda: (services.reference.districts(), services.quarters.quarters()),
            self._on_loaded,
            self._on_failed,
            context=self,
        )

    def _on_loaded(self, loaded: tuple[list[DistrictRow], list[QuarterRow]]) -> None:
        districts, quarters = loaded
        for quarter in quarters:
            self._ui.quarter_combo.addItem(quarter.name, quarter.id)
        index = self._ui.quarter_combo.findData(self._preset_quarter) if self._preset_quarter else 0
        self._ui.quarter_combo.setCurrentIndex(max(index, 0))
        fill_districts(
            self._ui.districts_list, districts, self._initiative.district_ids if self._initiative else ()
        )
        self._ui.districts_count_label.setText(
            self.tr("{count} district(s) ticked").format(count=len(checked_ids(self._ui.districts_list)))
        )
        self._ui.button_box.setEnabled(True)
        self._ui.name_edit.setFocus()

    def draft(self) -> InitiativeDraft:
        return InitiativeDraft(
            name=self._ui.name_edit.text(),
            kind=self._ui.kind_combo.currentData(),
            quarter_id=self._ui.quarter_combo.currentData(),
            district_ids=checked_ids(self._ui.districts_list),
            notes=self._ui.notes_edit.toPlainText(),
        )

    def _on_button_box_accepted(self) -> None:
        draft = self.draft()
        service = self._services.initiatives
        initiative = self._initiative
        self._ui.button_box.setEnabled(False)
        if initiative is None:
            run_in_background(
                lambda: service.create_initiative(draft), self._on_saved, self._on_failed, context=self
            )
        else:
            run_in_background(
                lambda: service.update_initiative(initiative.id, initiative.version, draft),
                self._on_saved,
                self._on_failed,
                context=self,
            )

    def _on_saved(self, row: InitiativeRow) -> None:
        self.saved.emit(row)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        if isinstance(error, UserError) and getattr(error, "field", None) == "name":
            self._ui.name_edit.setFocus()
        elif isinstance(error, UserError) and getattr(error, "field", None) == "quarter_id":
            self._ui.quarter_combo.setFocus()
        show_error(self, error)
