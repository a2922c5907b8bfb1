"""Two people saved the same record: show both versions field by field and let the user choose.

Generic: give it a ``ConflictError`` (its ``mine`` and ``theirs``), labels for the fields and, where the
form knows them, the values the user started from (``base``). Fields only the other person changed
default to theirs, fields only this user changed default to mine; where both changed, nothing is chosen
until the user picks, and the dialog cannot be confirmed before. Nothing is overwritten unless chosen.

    values = resolve_conflict(self, error, labels={"phone": self.tr("Phone")}, base=loaded_values)
    if values is not None:
        service.update(..., version=error.params["version"], **values)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dlzw_desktop.domain.dates import to_berlin
from dlzw_desktop.errors import ConflictError
from dlzw_desktop.ui import case_labels
from dlzw_desktop.ui.generated.ui_conflict_dialog import Ui_ConflictDialog
from dlzw_desktop.ui.row_table_model import display

_UNKNOWN = object()
MINE, THEIRS = 0, 1


@dataclass(frozen=True, slots=True)
class ConflictField:
    """One field saved differently; ``base`` is what the user started from (``_UNKNOWN`` if not known)."""

    key: str
    label: str
    mine: Any
    theirs: Any
    base: Any = _UNKNOWN

    @property
    def default(self) -> int | None:
        """Which side is chosen before the user picks (None: both changed, the user must choose)."""
        if self.base is _UNKNOWN:
            return None
        if self.mine == self.base:
            return THEIRS
        if self.theirs == self.base:
            return MINE
        return None


def conflict_fields(
    error: ConflictError, labels: Mapping[str, str], base: Mapping[str, Any] | None = None
) -> list[ConflictField]:
    """The fields of ``error`` whose two values differ, in the order of ``labels`` (then the rest)."""
    keys = [key for key in labels if key in error.mine] + [key for key in error.mine if key not in labels]
    return [
        ConflictField(
            key,
            labels.get(key, key.replace("_", " ")),
            error.mine[key],
            error.theirs.get(key),
            _UNKNOWN if base is None or key not in base else base[key],
        )
        for key in keys
        if error.mine[key] != error.theirs.get(key)
    ]


class ConflictDialog(QDialog):
    """Mine versus theirs, one row per field, a choice per row."""

    def __init__(
        self,
        fields: list[ConflictField],
        *,
        who: str = "",
        when: datetime | None = None,
        format_value: Callable[[str, Any], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_ConflictDialog()
        self._ui.setupUi(self)
        case_labels.name_buttons(self._ui.button_box)
        self._fields = fields
        self._format = format_value or (lambda _key, value: display(value))
        moment = to_berlin(when).strftime("%d.%m.%Y %H:%M") if when else ""
        self._ui.intro_label.setText(
            self.tr(
                "{who} saved this record at {when} while you were editing it. Below are the fields you both "
                "changed differently: choose for each whether to keep your value or theirs."
            ).format(who=who or self.tr("Someone else"), when=moment or self.tr("the same time"))
        )
        self._ui.hint_label.setText(
            self.tr("Nothing is saved until you confirm; fields you did not change keep the stored value.")
        )
        table: QTableWidget = self._ui.fields_table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your value"), self.tr("Stored value")])
        table.setRowCount(len(fields))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._groups: list[QButtonGroup] = []
        for row, field in enumerate(fields):
            table.setItem(row, 0, QTableWidgetItem(field.label))
            group = QButtonGroup(self)
            group.setExclusive(True)
            for column, value in ((1, field.mine), (2, field.theirs)):
                radio = QRadioButton(self._format(field.key, value) or self.tr("(empty)"), table)
                radio.setAccessibleName(
                    (
                        self.tr("Keep my value for {field}")
                        if column == 1
                        else self.tr("Take the stored value for {field}")
                    ).format(field=field.label)
                )
                group.addButton(radio, column - 1)
                table.setCellWidget(row, column, radio)
            if field.default is not None:
                group.button(field.default).setChecked(True)
            group.idClicked.connect(self._update_ok)
            self._groups.append(group)
        table.resizeRowsToContents()
        self._ui.all_mine_button.clicked.connect(lambda: self._choose_all(MINE))
        self._ui.all_theirs_button.clicked.connect(lambda: self._choose_all(THEIRS))
        self._ui.button_box.accepted.connect(self.accept)
        self._ui.button_box.rejected.connect(self.reject)
        ok = self._ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save my choice"))
        ok.setAccessibleName(ok.text())
        self._update_ok()

    def _choose_all(self, side: int) -> None:
        for group in self._groups:
            group.button(side).setChecked(True)
        self._update_ok()

    def _update_ok(self, *_args: object) -> None:
        done = all(group.checkedId() >= 0 for group in self._groups)
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(done)

    def choose(self, key: str, side: int) -> None:
        """Choose mine (0) or theirs (1) for ``key`` (for keyboard users and tests)."""
        index = next(i for i, field in enumerate(self._fields) if field.key == key)
        self._groups[index].button(side).setChecked(True)
        self._update_ok()

    def choices(self) -> dict[str, Any]:
        """Chosen value per differing field (only meaningful once every row has a choice)."""
        return {
            field.key: field.mine if group.checkedId() == MINE else field.theirs
            for field, group in zip(self._fields, self._groups, strict=True)
        }


def merged_values(error: ConflictError, choices: Mapping[str, Any]) -> dict[str, Any]:
    """All fields of the save: the chosen values where they differed, the common value elsewhere."""
    return {key: choices.get(key, value) for key, value in error.mine.items()}


def resolve_conflict(
    parent: QWidget | None,
    error: ConflictError,
    labels: Mapping[str, str],
    *,
    base: Mapping[str, Any] | None = None,
    format_value: Callable[[str, Any], str] | None = None,
) -> dict[str, Any] | None:
    """Show the dialog modally; all values to save (see ``merged_values``), or None if cancelled."""
    fields = conflict_fields(error, labels, base)
    if not fields:
        return dict(error.mine)
    at = error.params.get("at")
    dialog = ConflictDialog(
        fields,
        who=str(error.params.get("by", "")),
        when=at if isinstance(at, datetime) else None,
        format_value=format_value,
        parent=parent,
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return merged_values(error, dialog.choices())
