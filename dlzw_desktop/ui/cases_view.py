"""Fälle: the case list with search as you type, filters and sortable columns, and the case view.

Typing never blocks: each keystroke restarts a short timer; when it fires, the query runs on the database
thread. Only the newest query's answer is shown, and while one runs, newer text waits for it instead of
queueing up behind it. Pages of 200 rows are fetched as the list scrolls.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from dlzw_desktop.domain.enums import CaseStage
from dlzw_desktop.services.case_search import CasePage, CaseQuery, CaseSort
from dlzw_desktop.services.programme_service import ProgrammeRow
from dlzw_desktop.services.reference_service import BoroughRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.user_service import UserRow
from dlzw_desktop.ui import case_labels  # noqa: F401 - registers the labels of the case screens
from dlzw_desktop.ui.case_labels import add_choice, choice
from dlzw_desktop.ui.case_table_model import CaseTableModel
from dlzw_desktop.ui.case_view import CaseView
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.generated.ui_cases_view import Ui_CasesView
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.new_case_dialog import NewCaseDialog
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)

PAGE_SIZE = 200
DEBOUNCE_MS = 200
OPEN_STAGES = "open"


class CasesView(QWidget):
    """Signals: ``results_shown(int)`` with the number of rows on screen after each answer."""

    results_shown = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_CasesView()
        self._ui.setupUi(self)
        ui = self._ui
        font = QFont(ui.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        ui.title_label.setFont(font)
        self._model = CaseTableModel(self)
        ui.cases_table.setModel(self._model)
        ui.cases_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = ui.cases_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(False)  # the default order (newest first) is no column's
        header.setStretchLastSection(False)
        for column, width in enumerate((112, 220, 190, 140, 100, 125, 135, 95, 85)):
            ui.cases_table.setColumnWidth(column, width)
        for column in (1, 2):  # business and founders take the room there is
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        rows = ui.cases_table.verticalHeader()
        rows.setDefaultSectionSize(ui.cases_table.fontMetrics().height() + 8)
        self._query = CaseQuery(limit=PAGE_SIZE)
        self._generation = 0
        self._running = False
        self._pending = False
        self._count_generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._case_view = CaseView(services, ui.case_page)
        ui.case_page_layout.addWidget(self._case_view)
        self._case_view.back_requested.connect(self.show_list)
        self._case_view.case_changed.connect(lambda _case: self._set_stale())
        self._stale = False
        ui.hint_label.setText(self.tr("Enter opens a case · Ctrl+F search · Ctrl+N new case"))
        ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        ui.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        for combo in (ui.stage_combo, ui.advisor_combo, ui.borough_combo, ui.year_combo, ui.programme_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.cases_table.activated.connect(self._on_cases_table_activated)
        ui.new_case_button.clicked.connect(self.new_case)
        self._model.more_requested.connect(self._on_model_more_requested)
        self._model.sort_requested.connect(self._on_model_sort_requested)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self._fill_stage_filter()
        run_in_background(self._load_filters, self._on_filters, self._on_failed, context=self)
        self.refresh()

    # -- filters ---------------------------------------------------------------------------------------

    def _fill_stage_filter(self) -> None:
        combo = self._ui.stage_combo
        combo.blockSignals(True)
        add_choice(combo, self.tr("All stages"), None)
        add_choice(combo, self.tr("Open cases"), OPEN_STAGES)
        for stage in CaseStage:
            add_choice(combo, enum_label(stage), stage)
        combo.blockSignals(False)

    def _load_filters(self) -> tuple[list[UserRow], list[BoroughRow], list[int], list[ProgrammeRow]]:
        services = self._services
        return (
            services.users.advisors(),
            services.reference.boroughs(),
            services.cases.years(),
            services.programmes.programmes(),
        )

    def _on_filters(
        self, loaded: tuple[list[UserRow], list[BoroughRow], list[int], list[ProgrammeRow]]
    ) -> None:
        advisors, boroughs, years, programmes = loaded
        ui = self._ui
        fills = (
            (ui.advisor_combo, self.tr("All advisors"), [(a.display_name, a.id) for a in advisors]),
            (ui.borough_combo, self.tr("All boroughs"), [(b.name, b.id) for b in boroughs]),
            (ui.year_combo, self.tr("All years"), [(str(y), y) for y in years]),
            (ui.programme_combo, self.tr("All programmes"), [(p.name, p.id) for p in programmes]),
        )
        names: set[str] = set()
        for combo, everything, items in fills:
            combo.blockSignals(True)
            combo.clear()
            add_choice(combo, everything, None)
            for text, value in items:
                if combo is ui.programme_combo and text in names:
                    continue  # one entry per programme, whatever its periods
                names.add(text)
                add_choice(combo, text, value)
            combo.blockSignals(False)

    def _on_filter_changed(self, _index: int) -> None:
        self.refresh()

    def _current_query(self) -> CaseQuery:
        ui = self._ui
        stage = choice(ui.stage_combo)
        if stage == OPEN_STAGES:
            stages: tuple[CaseStage, ...] = tuple(s for s in CaseStage if s is not CaseStage.CLOSED)
        elif isinstance(stage, CaseStage):
            stages = (stage,)
        else:
            stages = ()
        programme = choice(ui.programme_combo)
        programme_ids: uuid.UUID | None = programme if isinstance(programme, uuid.UUID) else None
        return replace(
            self._query,
            text=ui.search_edit.text(),
            stages=stages,
            advisor_id=choice(ui.advisor_combo),
            borough_id=choice(ui.borough_combo),
            year=choice(ui.year_combo),
            programme_id=programme_ids,
            offset=0,
        )

    # -- searching -------------------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_search_edit_return_pressed(self) -> None:
        if self._model.rowCount() and not self._timer.isActive() and not self._running:
            self.open_case(self._model.rows()[0].id)
        else:
            self._timer.start(0)

    def focus_search(self) -> None:
        """Ctrl+F: back to the list, cursor in the search box."""
        if self._ui.pages_stack.currentWidget() is not self._ui.list_page:
            self._case_view.leave(self._focus_search_now)
            return
        self._focus_search_now()

    def search_for(self, text: str) -> None:
        """List the cases matching ``text`` (after the open case may be left)."""

        def show() -> None:
            ui = self._ui
            filters = (ui.stage_combo, ui.advisor_combo, ui.borough_combo, ui.year_combo, ui.programme_combo)
            for combo in filters:
                combo.blockSignals(True)  # every matching case, whatever the filters were
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self._focus_search_now()
            ui.search_edit.setText(text)
            self.refresh()

        if self._ui.pages_stack.currentWidget() is not self._ui.list_page:
            self._case_view.leave(show)
            return
        show()

    def _focus_search_now(self) -> None:
        self.show_list()
        self._ui.search_edit.setFocus()
        self._ui.search_edit.selectAll()

    def refresh(self) -> None:
        """Run the current query (the newest wins; one at a time)."""
        self._timer.stop()
        self._query = self._current_query()
        self._generation += 1
        if self._running:
            self._pending = True
            return
        self._start(self._query, self._generation, append=False)

    def _start(self, query: CaseQuery, generation: int, *, append: bool) -> None:
        self._running = True
        run_in_background(
            lambda: self._services.cases.search(query),
            lambda page: self._on_page(page, generation, append),
            self._on_search_failed,
            context=self,
        )

    def _on_page(self, page: CasePage, generation: int, append: bool) -> None:
        self._running = False
        if self._pending:
            self._pending = False
            self._start(self._query, self._generation, append=False)
            return
        if generation != self._generation:
            return
        self._model.set_page(page.rows, has_more=page.has_more, append=append)
        if not append:
            self._ui.cases_table.scrollToTop()
            self._count()
        self.results_shown.emit(self._model.rowCount())

    def _count(self) -> None:
        self._count_generation += 1
        generation, query = self._count_generation, self._query
        shown = self._model.rowCount()
        if not self._model.canFetchMore():
            self._show_count(shown, generation)
            return
        self._ui.count_label.setText(self.tr("More than {count} cases").format(count=shown))
        run_in_background(
            lambda: self._services.cases.count(query),
            lambda total: self._show_count(total, generation),
            self._on_failed,
            context=self,
        )

    def _show_count(self, total: int, generation: int) -> None:
        if generation == self._count_generation:
            text = (
                self.tr("1 case")
                if total == 1
                else self.tr("{count} cases").format(count=f"{total:,}".replace(",", "."))
            )
            self._ui.count_label.setText(text)

    def _on_search_failed(self, error: BaseException) -> None:
        self._running = False
        self._pending = False
        self._on_failed(error)

    def _on_model_more_requested(self) -> None:
        query = replace(self._query, offset=self._model.rowCount())
        self._start(query, self._generation, append=True)

    def _on_model_sort_requested(self, sort: CaseSort, descending: bool) -> None:
        self._query = replace(self._query, sort=sort, descending=descending)
        self._ui.cases_table.horizontalHeader().setSortIndicatorShown(True)
        self.refresh()

    def _set_stale(self) -> None:
        self._stale = True

    # -- opening cases ---------------------------------------------------------------------------------

    def _on_cases_table_activated(self, index: QModelIndex) -> None:
        row = self._model.row_at(index.row())
        if row is not None:
            self.open_case(row.id)

    def open_case(self, case_id: uuid.UUID) -> None:
        """Show the case view with the case ``case_id`` (after the open one may be left)."""

        def show() -> None:
            self._case_view.load(case_id)
            self._ui.pages_stack.setCurrentWidget(self._ui.case_page)
            self._case_view.setFocus()

        if self._ui.pages_stack.currentWidget() is self._ui.case_page:
            self._case_view.leave(show)
        else:
            show()

    def show_list(self) -> None:
        self._ui.pages_stack.setCurrentWidget(self._ui.list_page)
        if self._stale:
            self._stale = False
            self.refresh()
        self._ui.cases_table.setFocus()

    @property
    def case_view(self) -> CaseView:
        return self._case_view

    @property
    def model(self) -> CaseTableModel:
        return self._model

    def new_case(self) -> None:
        """Ctrl+N: the new-case dialog; the new case opens when it is created."""
        dialog = NewCaseDialog(self._services, self)
        dialog.setObjectName("new_case_dialog")
        dialog.opened.connect(self._on_new_case_opened)
        dialog.open()

    def _on_new_case_opened(self, case: object) -> None:
        self._stale = True
        self.open_case(case.id)  # type: ignore[attr-defined]

    def _on_failed(self, error: BaseException) -> None:
        show_error(self, error)

    @override
    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale and self._ui.pages_stack.currentWidget() is self._ui.list_page:
            self._stale = False
            self.refresh()
