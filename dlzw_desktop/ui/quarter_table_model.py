"""Thin table models over frozen rows for the quarters and initiatives section.

A model holds a list of rows and declares its columns once (``Column``): header, display text, a raw
sort value (``SORT_ROLE``), and whether the column is a number (right-aligned). Sorting goes through a
``QSortFilterProxyModel`` with ``SORT_ROLE``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractButton, QTableView

from dlzw_desktop.ui.compat import override

logger = logging.getLogger(__name__)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column: ``header`` is an English source text in the ``QuartersView`` translation context."""

    header: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    number: bool = False


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows of one frozen dataclass type under declared columns."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._columns)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            value = column.sort(row) if column.sort is not None else column.text(row)
            return value if isinstance(value, int | float | str) else str(value)
        if role == ROW_ROLE:
            return row
        return None

    @override
    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._columns):
            return QCoreApplication.translate("QuartersView", self._columns[section].header)
        return None


class RowSortModel(QSortFilterProxyModel):
    """Sorts by the raw values a ``RowTableModel`` gives under ``SORT_ROLE``."""

    def __init__(self, source: RowTableModel[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


def attach(view: QTableView, model: RowTableModel[Any], name: str, *, sortable: bool = True) -> RowSortModel:
    """Show ``model`` in ``view`` (sortable unless the row order means something), columns sized to their
    contents, and name the view's header parts for screen readers."""
    proxy = RowSortModel(model, view)
    view.setModel(proxy)
    view.setSortingEnabled(sortable)
    view.setWordWrap(False)
    model.modelReset.connect(view.resizeColumnsToContents)
    view.setAccessibleName(name)
    view.horizontalHeader().setAccessibleName(name)
    view.verticalHeader().setAccessibleName(name)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    corner = view.findChild(QAbstractButton, "qt_tableview_cornerbutton")
    if corner is not None:
        corner.setAccessibleName(name)
    return proxy


def selected_row(view: QTableView) -> Any:
    """The row object of the current selection, or ``None``."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isSelected(index):
        selected = view.selectionModel().selectedRows()
        if not selected:
            return None
        index = selected[0]
    return index.data(ROW_ROLE)
