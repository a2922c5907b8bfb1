"""A thin table model over frozen rows: columns declared once, numbers right-aligned, raw sort values."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from dlzw_desktop.domain.money import format_eur
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.labels import enum_label

RowT = TypeVar("RowT")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Raw value of a cell (Decimal, date, number, text) for sorting."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
"""The frozen row behind a cell."""

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column(Generic[RowT]):
    """One column: its header, the raw value of a row, and optionally how to show it."""

    title: str
    value: Callable[[RowT], Any]
    text: Callable[[RowT], str] | None = None
    numeric: bool = False
    tooltip: Callable[[RowT], str] | None = None
    colour: Callable[[RowT], QColor | None] | None = None


def display(value: object) -> str:
    """A raw value as people read it in a table: German dates, amounts in euros, enum labels."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return enum_label(value)
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Decimal):
        return format_eur(value)
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(value)


def shown(title: str, value: Callable[[RowT], Any], **options: Any) -> Column[RowT]:
    """A column whose text is ``display`` of its value (dates, euros, labels), unless ``text`` is given."""
    options.setdefault("text", lambda row: display(value(row)))
    return Column(title, value, **options)


def _sortable(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return float(value)  # display sorting only, never arithmetic
    if isinstance(value, date):
        return value.toordinal()
    if isinstance(value, StrEnum):
        return enum_label(value)
    return value


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of one kind under declared columns; ``set_rows`` replaces them all."""

    def __init__(self, columns: Sequence[Column[RowT]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def append_rows(self, rows: Sequence[RowT]) -> None:
        """Add rows at the end (the next page of a list fetched on demand)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in memory by the column's raw value (short lists; long ones sort in SQL)."""
        if not 0 <= column < len(self._columns):
            return
        value = self._columns[column].value

        def key(row: RowT) -> tuple[int, Any]:
            raw = _sortable(value(row))
            return (0, raw.casefold()) if isinstance(raw, str) else (1, raw)

        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    @override
    def headerData(  # noqa: N802 - Qt signature
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.text is not None:
                return column.text(row)
            value = column.value(row)
            if isinstance(value, StrEnum):
                return enum_label(value)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return _sortable(column.value(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(row)
        return None
