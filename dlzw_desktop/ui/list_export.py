"""Export any list to Excel exactly as it is shown: filtered, sorted and with the visible columns in order.

``ListExporter.export_view(view, ...)`` reads the view's model (the proxy the user sorted and filtered)
on the GUI thread in small chunks, so the window stays responsive, then writes the workbook in the
background. Both phases show progress and can be cancelled; a cancelled or failed export leaves no file.
Cells keep their raw values where the model offers them (the proxy's sort role, else ``SORT_ROLE``):
amounts stay numbers with a euro format, dates stay dates, text never becomes a formula.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QProgressDialog,
    QTableView,
    QWidget,
)

from dlzw_desktop.domain.dates import to_berlin
from dlzw_desktop.errors import UserError
from dlzw_desktop.reports.list_xlsx import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    DECIMAL_FORMAT,
    EUR_FORMAT,
    INT_FORMAT,
    PERCENT_FORMAT,
    ListTable,
)
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.workers import Pool, TaskCancelled, TaskHandle, run_in_background

if TYPE_CHECKING:
    from dlzw_desktop.services.registry import Services

logger = logging.getLogger(__name__)

#: The role under which list models of this application give raw values (see ui.report_table_model).
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
CHUNK_ROWS = 500
FETCH_TIMEOUT_MS = 120_000
"""How long to wait for the next page of a list that loads page by page."""


ProgressFn = Callable[[int, int], None]


def _raw_role(model: QAbstractItemModel) -> int:
    if isinstance(model, QSortFilterProxyModel) and model.sortRole() != Qt.ItemDataRole.DisplayRole:
        return int(model.sortRole())
    return int(RAW_ROLE)


def visible_columns(view: QAbstractItemView) -> list[int]:
    """Logical column numbers in the order the user sees them, hidden ones left out."""
    model = view.model()
    count = model.columnCount()
    header: QHeaderView | None = view.horizontalHeader() if isinstance(view, QTableView) else None
    if header is None:
        return list(range(count))
    return [
        header.logicalIndex(visual)
        for visual in range(count)
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]


def _is_list(widget: QWidget) -> bool:
    """A list or table the user reads (a header view is an item view too, but not a list)."""
    return isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView)


def pick_list(section: QWidget, focus: QWidget | None) -> QAbstractItemView | None:
    """The list of ``section`` to export: the one with the keyboard focus (or holding it), else the only
    list with rows on screen; None when that is not clear (several lists and none focused) or none shown.
    """
    widget = focus
    while widget is not None and widget is not section:
        if _is_list(widget) and section.isAncestorOf(widget):
            return widget  # type: ignore[return-value]
        widget = widget.parentWidget()
    shown = [
        view
        for view in section.findChildren(QAbstractItemView)
        if _is_list(view)
        and view.isVisible()
        and view.model() is not None
        and view.model().rowCount() > 0
        and view.model().columnCount() > 0
    ]
    return shown[0] if len(shown) == 1 else None


def file_stem(*parts: str) -> str:
    """A file name (no suffix) from ``parts``: words joined by underscores, no path or shell characters."""
    text = " ".join(part for part in parts if part)
    stem = re.sub(r"[^\w\-]+", "_", text, flags=re.UNICODE).strip("_")
    return stem[:80] or "Liste"


_DATE_TEXT = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})")
_DATETIME_TEXT = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}),? (\d{2}):(\d{2})")
_NUMBER_TEXT = re.compile(r"[-+\u2212]?[\d.,\s\u00a0\u202f]*\d[\d.,\s\u00a0\u202f]*(\s*(€|%|EUR))?")


def _shown_date(text: str) -> date | datetime | None:
    """The date (or date and time) a cell shows in German notation, if it shows one."""
    try:
        if found := _DATETIME_TEXT.fullmatch(text):
            day, month, year, hour, minute = (int(g) for g in found.groups())
            return datetime(year, month, day, hour, minute)  # noqa: DTZ001 - local time as shown, for Excel
        if found := _DATE_TEXT.fullmatch(text):
            day, month, year = (int(g) for g in found.groups())
            return date(year, month, day)
    except ValueError:
        return None
    return None


def cell_for_export(raw: Any, display: Any) -> tuple[Any, str | None]:
    """(value, number format) of one cell: the raw value where it is a plain type, else the shown text.

    The raw value is a sort key in some models (a date as its day number, a name in lower case): where it
    does not agree with what the cell shows, the shown text wins, read back as a date where it is one.
    """
    text = "" if display is None else str(display)
    if isinstance(raw, (QDateTime, QDate)):
        raw = raw.toPython()
    if isinstance(raw, Enum) or raw is None:
        return (text or None), None
    if isinstance(raw, bool):
        return ("ja" if raw else "nein"), None
    if isinstance(raw, datetime):
        moment = to_berlin(raw).replace(tzinfo=None) if raw.tzinfo is not None else raw
        return moment, DATETIME_FORMAT
    if isinstance(raw, date):
        return raw, DATE_FORMAT
    if isinstance(raw, int | float | Decimal) and text:
        shown = _shown_date(text)
        if shown is not None:  # a date sorted by its day number
            return shown, DATETIME_FORMAT if isinstance(shown, datetime) else DATE_FORMAT
        if not _NUMBER_TEXT.fullmatch(text.strip()):
            return text, None  # a label sorted by a rank: export what is shown
    if isinstance(raw, int):
        return raw, INT_FORMAT
    if isinstance(raw, Decimal | float):
        number = raw if isinstance(raw, Decimal) else Decimal(repr(raw))
        if "€" in text:
            return number, EUR_FORMAT
        if text.rstrip().endswith("%"):
            return number / 100, PERCENT_FORMAT
        return number, DECIMAL_FORMAT
    if isinstance(raw, str):
        return (text or raw), None
    return (text or None), None


def snapshot_rows(
    model: QAbstractItemModel, columns: Sequence[int], first: int, last: int, raw_role: int
) -> tuple[list[list[Any]], list[str | None]]:
    """Rows ``first``..``last - 1`` of ``model`` (GUI thread) and the format each cell asked for."""
    rows: list[list[Any]] = []
    formats: list[str | None] = [None] * len(columns)
    display_role = Qt.ItemDataRole.DisplayRole
    for row in range(first, last):
        values: list[Any] = []
        for position, column in enumerate(columns):
            index = model.index(row, column)
            value, fmt = cell_for_export(model.data(index, raw_role), model.data(index, display_role))
            if fmt is not None and formats[position] is None:
                formats[position] = fmt
            values.append(value)
        rows.append(values)
    return rows, formats


class _PageWait(QObject):
    """Waits until a model that fetches rows on demand has changed after ``fetchMore``.

    Signal: ``done(bool)``: True when rows arrived or the model was reset (read on), False on timeout.
    """

    done = Signal(bool)

    def __init__(self, model: QAbstractItemModel, timeout_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._model = model
        self._count = model.rowCount()
        self._finished = False
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.check)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start(timeout_ms)

    def check(self, *_args: object) -> None:
        if self._finished:
            return
        if self._model.rowCount() != self._count:
            self._finish(True)

    def _on_timeout(self) -> None:
        if not self._finished:
            self._finish(self._model.rowCount() != self._count)

    def _finish(self, grown: bool) -> None:
        self._finished = True
        self._timer.stop()
        for signal in (
            self._model.rowsInserted,
            self._model.rowsRemoved,
            self._model.modelReset,
            self._model.layoutChanged,
        ):
            signal.disconnect(self.check)
        # Deliver from the event loop, not from inside the model's signal.
        QTimer.singleShot(0, lambda: self.done.emit(grown))


class ListExporter(QObject):
    """Exports the list of a view to an Excel workbook with progress and cancel.

    Signals: ``exported(object)`` with the written path; ``cancelled()``; ``failed(object)`` with the error
    (already shown to the user).
    """

    exported = Signal(object)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self._task: TaskHandle | None = None
        self._snapshot: ListTable | None = None
        self._stopped = False

    @property
    def busy(self) -> bool:
        return self._dialog is not None

    def export_view(
        self, view: QAbstractItemView, *, title: str, suggested_name: str, path: Path | None = None
    ) -> None:
        """Export what ``view`` shows; asks for the file name unless ``path`` is given."""
        if self.busy:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self._parent,
                self.tr("Export to Excel"),
                str(Path.home() / f"{suggested_name}.xlsx"),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return
            path = Path(chosen if chosen.lower().endswith(".xlsx") else f"{chosen}.xlsx")
        model = view.model()
        if model is None:
            return
        columns = visible_columns(view)
        headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        total = model.rowCount()
        self._snapshot = ListTable(title, headers, [], [None] * len(columns))
        self._stopped = False
        dialog = QProgressDialog(
            self.tr("Reading the list…"), self.tr("Cancel"), 0, max(total * 2, 1), self._parent
        )
        dialog.setWindowTitle(self.tr("Export to Excel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        raw_role = _raw_role(model)
        self._read_chunk(model, columns, raw_role, first=0, total=total, path=path)

    def cancel(self) -> None:
        """Stop the export (reading or writing); nothing is written."""
        self._stopped = True
        if self._task is not None:
            self._task.cancel()

    def _read_chunk(
        self,
        model: QAbstractItemModel,
        columns: list[int],
        raw_role: int,
        *,
        first: int,
        total: int,
        path: Path,
    ) -> None:
        if self._stopped or self._snapshot is None:
            self._finish()
            self.cancelled.emit()
            return
        if model.rowCount() != total:
            # The list changed under the export (a refresh): start again rather than mix two states.
            logger.info("list changed during export; reading it again")
            self._snapshot.rows.clear()
            first, total = 0, model.rowCount()
        last = min(first + CHUNK_ROWS, total)
        rows, formats = snapshot_rows(model, columns, first, last, raw_role)
        self._snapshot.rows.extend(rows)
        self._snapshot.formats = [
            old or new for old, new in zip(self._snapshot.formats, formats, strict=True)
        ]
        if self._dialog is not None:
            self._dialog.setMaximum(max(total * 2, 1))
            self._dialog.setValue(last)
        if last < total:
            # Let the event loop breathe between chunks: the window stays responsive.
            QTimer.singleShot(
                0, lambda: self._read_chunk(model, columns, raw_role, first=last, total=total, path=path)
            )
            return
        if model.canFetchMore(QModelIndex()):
            # A list loaded page by page (the case list): the export takes all of it, not only the
            # pages the user has scrolled through.
            self._fetch_more(model, columns, raw_role, first=last, total=total, path=path)
            return
        self._write(path, len(self._snapshot.rows))

    def _fetch_more(
        self,
        model: QAbstractItemModel,
        columns: list[int],
        raw_role: int,
        *,
        first: int,
        total: int,
        path: Path,
    ) -> None:
        """Ask ``model`` for its next page and go on reading when it arrives (now or later)."""
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Loading more rows of the list…"))
        waiting = _PageWait(model, FETCH_TIMEOUT_MS, self)

        def arrived(grown: bool) -> None:
            waiting.deleteLater()
            if self._stopped or self._snapshot is None:
                self._finish()
                self.cancelled.emit()
                return
            if not grown:
                self._on_failed(
                    UserError(
                        "export.list_incomplete",
                        "The list did not load its remaining rows in time; nothing was exported. "
                        "Please try again.",
                    )
                )
                return
            if self._dialog is not None:
                self._dialog.setLabelText(self.tr("Reading the list…"))
            count = model.rowCount()
            # More rows: read on from where we were. Fewer or reset: _read_chunk starts again.
            self._read_chunk(
                model, columns, raw_role, first=first, total=count if count > total else total, path=path
            )

        waiting.done.connect(arrived)
        model.fetchMore(QModelIndex())
        waiting.check()

    def _write(self, path: Path, total: int) -> None:
        snapshot = self._snapshot
        assert snapshot is not None
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Writing {path}…").format(path=path.name))

        exports = self._services.exports

        def work(progress: ProgressFn) -> Path:
            return exports.write_list(snapshot, path, progress=progress)

        def on_progress(done: int, _total: int) -> None:
            if self._dialog is not None:
                self._dialog.setValue(total + done)

        self._task = run_in_background(
            work, self._on_written, self._on_failed, context=self, progress=on_progress, pool=Pool.GENERAL
        )

    def _on_written(self, path: Path) -> None:
        self._finish()
        logger.info("list exported to %s", path)
        self.exported.emit(path)

    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, TaskCancelled):
            self.cancelled.emit()
            return
        show_error(self._parent, error)
        self.failed.emit(error)

    def _finish(self) -> None:
        self._task = None
        self._snapshot = None
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
