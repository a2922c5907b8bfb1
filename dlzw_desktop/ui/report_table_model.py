"""A thin table model over frozen rows with declared columns, for the lists of the Berichte section.

Numbers are right-aligned and shown German style; the raw value (``Decimal``, ``date``, ``int``) is
available under ``SORT_ROLE`` for sorting and for the Excel export (``ui.list_export``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from dlzw_desktop.domain.dates import to_berlin
from dlzw_desktop.domain.money import format_eur
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.labels import enum_label

logger = logging.getLogger(__name__)

#: Raw value of a cell (the same role number the other list models of the application use).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row object of a cell.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class Kind(StrEnum):
    """How a column shows its values."""

    TEXT = "text"
    EUR = "eur"
    INTEGER = "integer"
    DECIMAL = "decimal"
    PERCENT = "percent"
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True, slots=True)
class ReportColumn(Generic[R]):
    """A column: its (translated) title, how to get the value from a row and how to show it."""

    title: str
    value: Callable[[R], Any]
    kind: Kind = Kind.TEXT
    places: int = 2
    tooltip: Callable[[R], str | None] | None = None


def display_text(value: Any, kind: Kind, places: int = 2) -> str:
    """The on-screen text of a raw value (German formats through the current QLocale)."""
    if value is None:
        return ""
    locale = QLocale()
    if isinstance(value, StrEnum):
        return enum_label(value)
    if kind is Kind.EUR and isinstance(value, Decimal):
        return format_eur(value)
    if kind is Kind.PERCENT and isinstance(value, Decimal | int):
        return f"{locale.toString(float(value), 'f', 1)} %"
    if kind is Kind.DECIMAL and isinstance(value, Decimal | int | float):
        return locale.toString(float(value), "f", places)
    if kind is Kind.INTEGER and isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, datetime):
        return to_berlin(value).strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


class ReportTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind shown in declared columns; ``set_rows`` replaces them all."""

    def __init__(self, columns: Sequence[ReportColumn[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(column.value(row), column.kind, column.places)
        if role == SORT_ROLE:
            value = column.value(row)
            return enum_label(value) if isinstance(value, StrEnum) else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in (Kind.EUR, Kind.INTEGER, Kind.DECIMAL, Kind.PERCENT):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    @override
    def headerData(  # noqa: N802 - Qt signature
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].kind in (
                Kind.EUR,
                Kind.INTEGER,
                Kind.DECIMAL,
                Kind.PERCENT,
            ):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportSortProxy(QSortFilterProxyModel):
    """Sorts by the raw values under ``SORT_ROLE`` (numbers as numbers, dates as dates)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @override
    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt signature
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
