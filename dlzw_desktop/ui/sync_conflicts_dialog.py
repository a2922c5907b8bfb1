"""Decide the conflicts between laptops and the office: both values side by side, keep the office's, take
the laptop's, or enter the right one. Every decision is audited by the service."""

from __future__ import annotations

import logging
from datetime import time

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget

from dlzw_desktop.domain.dates import parse_date
from dlzw_desktop.domain.merge import Choice, ConflictKind, JsonValue
from dlzw_desktop.domain.money import parse_amount, to_cents
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.sync.records import ValueKind
from dlzw_desktop.services.sync_service import ConflictRow
from dlzw_desktop.ui.consultation_day_dialog import select_data
from dlzw_desktop.ui.consultation_day_table_model import conflict_model
from dlzw_desktop.ui.generated.ui_sync_conflicts_dialog import Ui_SyncConflictsDialog
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.neighbourhood_widgets import name_buttons
from dlzw_desktop.ui.sync_labels import field_label, table_label, value_text
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)

_TYPED = (
    ValueKind.TEXT,
    ValueKind.INTEGER,
    ValueKind.DECIMAL,
    ValueKind.MONEY,
    ValueKind.DATE,
    ValueKind.TIME,
)


def typed_value(conflict: ConflictRow, text: str) -> JsonValue:
    """What a person typed, as the stored value of the conflict's field (``ValidationError`` if none)."""
    raw = text.strip()
    kind = conflict.value_kind
    if kind is ValueKind.TEXT:
        return raw or None
    if not raw:
        return None
    if kind is ValueKind.INTEGER:
        if not raw.lstrip("-").isdigit():
            raise ValidationError("sync.whole_number", "Enter a whole number.", field="value")
        return int(raw)
    if kind is ValueKind.MONEY:
        return to_cents(parse_amount(raw, field="value"))
    if kind is ValueKind.DECIMAL:
        return str(parse_amount(raw, allow_negative=True, field="value"))
    if kind is ValueKind.DATE:
        return parse_date(raw, field="value").isoformat()
    if kind is ValueKind.TIME:
        try:
            hours, minutes = (int(part) for part in raw.replace(".", ":").split(":"))
            return time(hours, minutes).isoformat()
        except ValueError as exc:
            raise ValidationError("sync.time", "Enter a time as HH:MM, e.g. 10:30.", field="value") from exc
    raise ValidationError("sync.not_editable", "Choose the office or the laptop value for this field.")


def _edit_text(conflict: ConflictRow) -> str:
    """The laptop value in the form a person would type it (the starting point for an edit)."""
    value = conflict.laptop_value
    if value is None:
        return ""
    if conflict.value_kind in (ValueKind.TEXT, ValueKind.INTEGER):
        return str(value)
    return value_text(conflict, value)


class SyncConflictsDialog(QDialog):
    """Open conflicts on top (decided ones on request); the selected one side by side below.

    Signals: ``decided()`` after each decision (the section updates its counter).
    """

    decided = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_SyncConflictsDialog()
        self._ui.setupUi(self)
        ui = self._ui
        name_buttons(ui.button_box)
        ui.intro_label.setText(
            self.tr(
                "Here the laptop and the office changed the same thing differently, or one side deleted "
                "what the other changed. The office value stays until you decide. Compare both values and "
                "keep the office value, take the laptop value, or enter the right one."
            )
        )
        bold = QFont(ui.record_label.font())
        bold.setBold(True)
        ui.record_label.setFont(bold)
        for box in (ui.office_text, ui.laptop_text):
            box.setMaximumHeight(110)
        self._model = conflict_model(self)
        ui.conflicts_table.setModel(self._model)
        ui.conflicts_table.selectionModel().selectionChanged.connect(
            self._on_conflicts_table_selection_changed
        )
        ui.decided_check.toggled.connect(lambda _checked: self.refresh())
        ui.office_button.clicked.connect(lambda: self._decide(Choice.OFFICE))
        ui.laptop_button.clicked.connect(lambda: self._decide(Choice.LAPTOP))
        ui.edit_button.clicked.connect(lambda: self._decide(Choice.EDITED))
        ui.edit_line.returnPressed.connect(lambda: self._decide(Choice.EDITED))
        ui.button_box.rejected.connect(self.reject)
        ui.button_box.accepted.connect(self.accept)
        self._show(None)
        self.refresh()

    def refresh(self, select: object = None) -> None:
        include = self._ui.decided_check.isChecked()
        sync = self._services.sync

        def show(rows: list[ConflictRow]) -> None:
            self._model.set_rows(rows)
            self._ui.conflicts_table.resizeColumnsToContents()
            wanted = next((i for i, row in enumerate(rows) if row.id == select), None)
            if wanted is None:
                wanted = next((i for i, row in enumerate(rows) if row.is_open), 0 if rows else None)
            if wanted is not None:
                self._ui.conflicts_table.selectRow(wanted)
            else:
                self._show(None)

        run_in_background(
            lambda: sync.conflicts(include_resolved=include), show, self._on_failed, context=self
        )

    def current(self) -> ConflictRow | None:
        index = self._ui.conflicts_table.currentIndex()
        return self._model.row_at(index.row()) if index.isValid() else None

    def _on_conflicts_table_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._show(self.current())

    def _show(self, conflict: ConflictRow | None) -> None:
        ui = self._ui
        ui.decision_widget.setEnabled(conflict is not None)
        if conflict is None:
            for label in (ui.record_label, ui.explanation_label, ui.base_label):
                label.setText("")
            ui.office_text.setPlainText("")
            ui.laptop_text.setPlainText("")
            ui.edit_line.clear()
            ui.edit_combo.clear()
            if not self._model.rows():
                ui.record_label.setText(self.tr("No conflicts are waiting for a decision."))
            return
        ui.record_label.setText(
            self.tr("{record} {name} – {field} (laptop kit {kit})").format(
                record=table_label(conflict.table_name),
                name=conflict.record_label,
                field=field_label(conflict.field_name),
                kit=conflict.kit_code,
            )
        )
        explanations = {
            ConflictKind.EDIT: self.tr("Both sides changed this field after the kit was checked out."),
            ConflictKind.DELETE_VS_EDIT: self.tr(
                "One side deleted the record while the other changed it, so nothing was deleted. Decide "
                "whether it stays or goes."
            ),
            ConflictKind.MISSING_IN_OFFICE: self.tr(
                "The record was removed from the office database (data protection) after the kit was "
                "checked out; the laptop's changes cannot be applied."
            ),
        }
        ui.explanation_label.setText(explanations[conflict.kind])
        office = conflict.office_value if conflict.office_row_exists else None
        ui.office_text.setPlainText(
            value_text(conflict, office) if conflict.office_row_exists else self.tr("(record removed)")
        )
        ui.laptop_text.setPlainText(value_text(conflict, conflict.laptop_value))
        if conflict.base_known and conflict.kind is not ConflictKind.MISSING_IN_OFFICE:
            ui.base_label.setText(
                self.tr("At check-out the value was: {value}").format(
                    value=value_text(conflict, conflict.base_value)
                )
            )
        else:
            ui.base_label.setText(self.tr("Both sides created this record independently."))
        is_open = conflict.is_open
        editable = conflict.kind is ConflictKind.EDIT and conflict.value_kind in (
            *_TYPED,
            ValueKind.BOOLEAN,
            ValueKind.CHOICE,
        )
        ui.office_button.setEnabled(is_open)
        ui.laptop_button.setEnabled(is_open and conflict.kind is not ConflictKind.MISSING_IN_OFFICE)
        combo = conflict.value_kind in (ValueKind.BOOLEAN, ValueKind.CHOICE)
        ui.edit_line.setVisible(not combo)
        ui.edit_combo.setVisible(combo)
        for widget in (ui.edit_label, ui.edit_line, ui.edit_combo, ui.edit_button):
            widget.setEnabled(is_open and editable)
        ui.edit_combo.clear()
        if conflict.value_kind is ValueKind.BOOLEAN:
            ui.edit_combo.addItem(self.tr("yes"), True)
            ui.edit_combo.addItem(self.tr("no"), False)
        elif conflict.value_kind is ValueKind.CHOICE:
            for member in conflict.choices:
                ui.edit_combo.addItem(enum_label(member), member.value)
        select_data(ui.edit_combo, conflict.laptop_value)
        ui.edit_line.setText(_edit_text(conflict))
        if not is_open and conflict.resolution is not None:
            ui.explanation_label.setText(
                self.tr("Decided by {user} on {date}: {decision} ({value}).").format(
                    user=conflict.resolved_by or "",
                    date=conflict.resolved_at.strftime("%d.%m.%Y") if conflict.resolved_at else "",
                    decision=enum_label(conflict.resolution),
                    value=value_text(conflict, conflict.resolved_value),
                )
            )

    def _decide(self, choice: Choice) -> None:
        conflict = self.current()
        if conflict is None or not conflict.is_open:
            return
        value: JsonValue = None
        if choice is Choice.EDITED:
            if conflict.value_kind in (ValueKind.BOOLEAN, ValueKind.CHOICE):
                value = self._ui.edit_combo.currentData()
            else:
                try:
                    value = typed_value(conflict, self._ui.edit_line.text())
                except ValidationError as error:
                    show_error(self, error)
                    self._ui.edit_line.setFocus()
                    return
        sync = self._services.sync
        self._ui.decision_widget.setEnabled(False)
        run_in_background(
            lambda: sync.resolve_conflict(conflict.id, conflict.version, choice, value),
            self._on_decided,
            self._on_failed,
            context=self,
        )

    def _on_decided(self, row: ConflictRow) -> None:
        self.decided.emit()
        self.refresh(select=None if not self._ui.decided_check.isChecked() else row.id)

    def _on_failed(self, error: BaseException) -> None:
        self._ui.decision_widget.setEnabled(True)
        show_error(self, error)
        self.refresh()
