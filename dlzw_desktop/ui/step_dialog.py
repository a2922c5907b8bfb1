"""One step of a status or stage: where to, on which day, why; the view says what the step does."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QWidget

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.generated.ui_step_dialog import Ui_StepDialog
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.property_inputs import add_item, current_value, get_date, name_buttons
from dlzw_desktop.ui.workers import run_in_background


@dataclass(frozen=True, slots=True)
class StepChoice:
    """What the user chose."""

    target: StrEnum
    on: date
    reason: str
    note: str


class StepDialog(QDialog):
    """Choose the next status or stage; ``submit`` runs in the background and may refuse with a message.

    Signals: ``step_done(object)`` with what ``submit`` returned.
    """

    step_done = Signal(object)

    def __init__(
        self,
        *,
        title: str,
        info: str,
        targets: Sequence[StrEnum],
        reason_required: Callable[[StrEnum], bool],
        hints: Mapping[StrEnum, str],
        submit: Callable[[StepChoice], Any],
        show_note: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_StepDialog()
        self._ui.setupUi(self)
        name_buttons(self._ui.button_box)
        self._reason_required = reason_required
        self._hints = hints
        self._submit = submit
        self.setWindowTitle(title)
        self._ui.info_label.setText(info)
        for target in targets:
            add_item(self._ui.target_combo, enum_label(target), target)
        today = today_berlin()
        self._ui.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self._ui.date_edit.setDate(QDate(today.year, today.month, today.day))
        self._ui.note_edit.setVisible(show_note)
        self._ui.note_label.setVisible(show_note)
        self._ui.target_combo.currentIndexChanged.connect(self._on_target_combo_current_index_changed)
        self._ui.button_box.accepted.connect(self.accept)
        self._ui.button_box.rejected.connect(self.reject)
        self._on_target_combo_current_index_changed()

    def _on_target_combo_current_index_changed(self) -> None:
        target = current_value(self._ui.target_combo)
        if target is None:
            return
        required = self._reason_required(target)
        self._ui.reason_label.setText(self.tr("&Reason (required):") if required else self.tr("&Reason:"))
        self._ui.hint_label.setText(self._hints.get(target, ""))

    def choice(self) -> StepChoice:
        day = get_date(self._ui.date_edit)
        assert day is not None
        return StepChoice(
            target=current_value(self._ui.target_combo),
            on=day,
            reason=self._ui.reason_edit.toPlainText().strip(),
            note=self._ui.note_edit.text().strip(),
        )

    @override
    def accept(self) -> None:
        choice = self.choice()
        self.setEnabled(False)
        run_in_background(lambda: self._submit(choice), self._on_done, self._on_failed, context=self)

    def _on_done(self, result: object) -> None:
        self.setEnabled(True)
        self.step_done.emit(result)
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self._ui.reason_edit.setFocus()
        show_error(self, error)
