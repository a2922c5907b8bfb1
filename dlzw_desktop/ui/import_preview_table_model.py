"""The rows of an import preview: number, status, what happens to the row, the record, the first note."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from dlzw_desktop.services.importing.convert import Problem
from dlzw_desktop.services.importing.plan import PlannedRow, RowAction, RowStatus
from dlzw_desktop.ui import import_labels
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.row_table_model import ROW_ROLE, SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex
ROW, STATUS, ACTION, RECORD, NOTE = range(5)
_STATUS_COLOURS = {RowStatus.ERROR: QColor("#b3261e"), RowStatus.DUPLICATE: QColor("#8a5a00")}


class ImportPreviewTableModel(QAbstractTableModel):
    """Frozen ``PlannedRow``s and the action chosen for each (``set_action`` changes it)."""

    def __init__(self, describe: Callable[[Problem], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._rows: list[PlannedRow] = []
        self._actions: dict[int, RowAction] = {}
        self._positions: dict[int, int] = {}
        self._titles = (
            QCoreApplication.translate("ImportPreviewTableModel", "Row"),
            QCoreApplication.translate("ImportPreviewTableModel", "Status"),
            QCoreApplication.translate("ImportPreviewTableModel", "Will be"),
            QCoreApplication.translate("ImportPreviewTableModel", "Record"),
            QCoreApplication.translate("ImportPreviewTableModel", "Note"),
        )

    def set_rows(self, rows: Sequence[PlannedRow], actions: Mapping[int, RowAction]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._actions = dict(actions)
        self._positions = {row.number: position for position, row in enumerate(self._rows)}
        self.endResetModel()

    def set_action(self, numbers: Iterable[int], action: RowAction) -> None:
        """Choose ``action`` for the rows ``numbers`` where the row allows it."""
        for number in numbers:
            position = self._positions.get(number)
            if position is None or action not in self._rows[position].actions:
                continue
            self._actions[number] = action
            index = self.index(position, ACTION)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def action(self, number: int) -> RowAction | None:
        return self._actions.get(number)

    def row_at(self, position: int) -> PlannedRow | None:
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def note(self, row: PlannedRow) -> str:
        if row.problems:
            first = next((p for p in row.problems if p.severity.value == "error"), row.problems[0])
            return self._describe(first)
        if row.duplicates:
            return import_labels.duplicate_text(row.duplicates[0])
        return ""

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._titles)

    @override
    def headerData(  # noqa: N802 - Qt signature
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == ROW:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        column = index.column()
        if not 0 <= column < len(self._titles):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._value(row, column, sort=role == SORT_ROLE)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTE:
            return self.note(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return _STATUS_COLOURS.get(row.status)
        return None

    def _value(self, row: PlannedRow, column: int, *, sort: bool) -> Any:
        if column == ROW:
            return row.number if sort else str(row.number)
        if column == STATUS:
            return enum_label(row.status)
        if column == ACTION:
            action = self._actions.get(row.number, row.default_action)
            return enum_label(action)
        if column == RECORD:
            return row.summary
        return self.note(row)
