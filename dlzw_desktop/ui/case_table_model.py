"""The case list as a table: pages of ``CaseListRow`` fetched on demand, sorted in SQL.

``fetchMore`` and ``sort`` never touch the database themselves: they emit ``more_requested`` and
``sort_requested``, the view asks the service off the GUI thread and hands the rows back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from dlzw_desktop.domain.enums import CaseStage
from dlzw_desktop.services.case_search import CaseListRow, CaseSort
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.row_table_model import Column, RowTableModel, shown


def case_columns() -> list[tuple[Column[CaseListRow], CaseSort]]:
    """The columns of the case list with the SQL sort each one asks for."""
    return [
        (shown(QCoreApplication.translate("CaseTableModel", "Number"), lambda r: r.number), CaseSort.NUMBER),
        (
            shown(QCoreApplication.translate("CaseTableModel", "Business"), lambda r: r.business_name),
            CaseSort.BUSINESS,
        ),
        (
            shown(QCoreApplication.translate("CaseTableModel", "Founders"), lambda r: r.person_names),
            CaseSort.PERSONS,
        ),
        (shown(QCoreApplication.translate("CaseTableModel", "Stage"), lambda r: r.stage), CaseSort.STAGE),
        (
            shown(QCoreApplication.translate("CaseTableModel", "In stage since"), lambda r: r.stage_since),
            CaseSort.STAGE_SINCE,
        ),
        (
            shown(QCoreApplication.translate("CaseTableModel", "Advisor"), lambda r: r.advisor_name),
            CaseSort.ADVISOR,
        ),
        (
            shown(QCoreApplication.translate("CaseTableModel", "Borough"), lambda r: r.borough_name),
            CaseSort.BOROUGH,
        ),
        (
            shown(
                QCoreApplication.translate("CaseTableModel", "Requested"),
                lambda r: r.requested_amount,
                numeric=True,
            ),
            CaseSort.AMOUNT,
        ),
        (
            shown(QCoreApplication.translate("CaseTableModel", "Opened"), lambda r: r.opened_on),
            CaseSort.OPENED,
        ),
    ]


class CaseTableModel(RowTableModel[CaseListRow]):
    """Signals: ``more_requested()`` when the view scrolls to the end of a page that has more;
    ``sort_requested(object, bool)`` with the ``CaseSort`` and whether descending."""

    more_requested = Signal()
    sort_requested = Signal(object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        declared = case_columns()
        super().__init__([column for column, _ in declared], parent)
        self._sorts = [sort for _, sort in declared]
        self._has_more = False
        self._loading = False

    def set_page(self, rows: tuple[CaseListRow, ...], *, has_more: bool, append: bool) -> None:
        self._loading = False
        self._has_more = has_more
        if append:
            self.append_rows(rows)
        else:
            self.set_rows(rows)

    @override
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._has_more and not self._loading

    @override
    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._loading = True
            self.more_requested.emit()

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._sorts):
            self.sort_requested.emit(self._sorts[column], order == Qt.SortOrder.DescendingOrder)

    def stage_of(self, row: int) -> CaseStage | None:
        found = self.row_at(row)
        return found.stage if found is not None else None
