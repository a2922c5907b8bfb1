"""Global search (Ctrl+K): a command palette over the main window.

Type to search cases, persons, businesses and properties at once; the arrow keys choose a result while
the cursor stays in the search box; Enter opens it in its section; Esc closes. With an empty box the
palette lists the recently opened records. Each keystroke restarts a short timer; the search runs on the
database thread; only the newest query's answer is shown, and while one runs, newer text waits for it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsDropShadowEffect,
    QLineEdit,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.search_service import MIN_QUERY_LENGTH, HitKind, SearchHit, SearchResults
from dlzw_desktop.ui import case_labels, property_labels  # noqa: F401 - register stage and status labels
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.generated.ui_global_search_popup import Ui_GlobalSearchPopup
from dlzw_desktop.ui.icons import KIND_ICONS, icon
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.recent_items import RecentItem, recent_in, replaced
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 150
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class MoreRequest:
    """The "show all hits in the section" row: search ``text`` in the section of ``kind``."""

    kind: str
    text: str


class _HitDelegate(QStyledItemDelegate):
    """Draws a result as its title, the subtitle dimmed beside it, and the status on the right."""

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        subtitle = index.data(SUBTITLE_ROLE)
        status = index.data(STATUS_ROLE)
        if not subtitle and not status:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        title = item.text
        item.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        main = item.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = QColor(main)
        dim.setAlphaF(0.65)
        metrics = item.fontMetrics
        painter.save()
        rect = QRect(text_rect).adjusted(0, 0, -8, 0)
        if status:
            width = metrics.horizontalAdvance(status) + 8
            painter.setPen(dim)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, status)
            rect.setRight(rect.right() - width)
        shown_title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(main)
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown_title)
        rest = rect.adjusted(metrics.horizontalAdvance(shown_title) + 12, 0, 0, 0)
        if subtitle and rest.width() > 20:
            painter.setPen(dim)
            painter.drawText(
                rest,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, rest.width()),
            )
        painter.restore()


class GlobalSearchPopup(QFrame):
    """Signals: ``record_chosen(RecentItem)`` when a result is opened; ``more_requested(MoreRequest)``
    to list every hit of one kind in its section; ``results_shown(int)`` with the number of records
    listed after each answer (or after the recent ones were listed)."""

    record_chosen = Signal(object)
    more_requested = Signal(object)
    results_shown = Signal(int)

    def __init__(self, services: Services, store: SettingsStore, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._store = store
        self._ui = Ui_GlobalSearchPopup()
        self._ui.setupUi(self)
        ui = self._ui
        self.setObjectName("global_search_popup")
        self._database = services.info.location()
        self._generation = 0
        self._running = False
        self._pending = False
        self._open_when_shown = False
        self._shown_text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        ui.search_edit.addAction(icon("actions/search"), QLineEdit.ActionPosition.LeadingPosition)
        ui.results_list.setItemDelegate(_HitDelegate(ui.results_list))
        ui.results_list.setIconSize(QSize(18, 18))
        ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        ui.search_edit.installEventFilter(self)
        ui.results_list.installEventFilter(self)
        ui.results_list.itemActivated.connect(self._on_results_list_item_activated)
        ui.results_list.itemClicked.connect(self._on_results_list_item_activated)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(28)
        shadow.setOffset(0, 6)
        shadow.setColor(QColor(0, 0, 0, 110))
        self.setGraphicsEffect(shadow)
        parent.installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        self.hide()

    # -- showing -----------------------------------------------------------------------------------

    def popup(self) -> None:
        """Show the palette over the window with the cursor in the search box (the text kept, selected)."""
        self._place()
        self.show()
        self.raise_()
        edit = self._ui.search_edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if edit.text():
            edit.clear()  # shows the recent records
        else:
            self._show_recent()
        self._refresh_recent()

    def _place(self) -> None:
        """Centre the palette near the top of the window, as high as its rows need (within the window)."""
        parent = self.parentWidget()
        assert parent is not None
        ui = self._ui
        width = min(680, max(320, parent.width() - 80))
        rows = sum(ui.results_list.sizeHintForRow(r) for r in range(ui.results_list.count()))
        margins = ui.main_layout.contentsMargins()
        spacing = ui.main_layout.spacing()
        wanted = (
            margins.top()
            + ui.search_edit.sizeHint().height()
            + spacing
            + max(rows, 3 * self.fontMetrics().height())
            + 2 * ui.results_list.frameWidth()
            + 4
            + spacing
            + ui.hint_label.sizeHint().height()
            + margins.bottom()
        )
        top = 56
        height = max(160, min(wanted, parent.height() - top - 40, 560))
        self.setGeometry((parent.width() - width) // 2, top, width, height)

    @property
    def search_edit(self) -> QLineEdit:
        edit: QLineEdit = self._ui.search_edit
        return edit

    def rows(self) -> list[tuple[str, str]]:
        """What the list shows, as (kind of row, text): ``header``, a ``HitKind`` value or ``more``."""
        shown = []
        for row in range(self._ui.results_list.count()):
            item = self._ui.results_list.item(row)
            payload = item.data(PAYLOAD_ROLE)
            kind = (
                payload.kind
                if isinstance(payload, RecentItem)
                else "more"
                if isinstance(payload, MoreRequest)
                else "header"
            )
            shown.append((kind, item.text()))
        return shown

    @property
    def shown_text(self) -> str:
        """The search whose results are listed ("" while the recent records are)."""
        return self._shown_text

    def current_text(self) -> str | None:
        item = self._ui.results_list.currentItem()
        return None if item is None else item.text()

    # -- searching ---------------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, text: str) -> None:
        if len(text.strip()) < MIN_QUERY_LENGTH:
            self._timer.stop()
            self._generation += 1  # an answer still on its way is for older text
            self._show_recent()
            return
        self._timer.start()

    def _search(self) -> None:
        self._generation += 1
        if self._running:
            self._pending = True
            return
        self._start(self._ui.search_edit.text(), self._generation)

    def _start(self, text: str, generation: int) -> None:
        self._running = True
        run_in_background(
            lambda: self._services.search.search(text),
            lambda results: self._on_results(results, generation),
            self._on_search_failed,
            context=self,
        )

    def _on_results(self, results: SearchResults, generation: int) -> None:
        self._running = False
        if self._pending:
            self._pending = False
            self._start(self._ui.search_edit.text(), self._generation)
            return
        if generation != self._generation:
            return
        self._show_results(results)

    def _on_search_failed(self, error: BaseException) -> None:
        self._running = False
        self._pending = False
        show_error(self.window(), error)

    # -- the list ----------------------------------------------------------------------------------

    def _kind_title(self, kind: str) -> str:
        return {
            HitKind.CASE.value: self.tr("Cases"),
            HitKind.PERSON.value: self.tr("People"),
            HitKind.BUSINESS.value: self.tr("Businesses"),
            HitKind.PROPERTY.value: self.tr("Properties"),
        }[kind]

    def _kind_name(self, kind: str) -> str:
        return {
            HitKind.CASE.value: self.tr("Case"),
            HitKind.PERSON.value: self.tr("Person"),
            HitKind.BUSINESS.value: self.tr("Business"),
            HitKind.PROPERTY.value: self.tr("Property"),
        }[kind]

    def _more_text(self, kind: str) -> str:
        return {
            HitKind.CASE.value: self.tr("Show all matching cases…"),
            HitKind.PERSON.value: self.tr("Show all matching people…"),
            HitKind.BUSINESS.value: self.tr("Show all matching businesses…"),
            HitKind.PROPERTY.value: self.tr("Show all matching properties…"),
        }[kind]

    def _add_header(self, text: str) -> None:
        item = QListWidgetItem(text, self._ui.results_list)
        font = QFont(self._ui.results_list.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: the arrow keys skip it

    def _add_record(self, record: RecentItem, status: str = "", *, with_kind: bool = False) -> None:
        item = QListWidgetItem(icon(KIND_ICONS[record.kind]), record.title, self._ui.results_list)
        subtitle = record.subtitle
        if with_kind:
            subtitle = " · ".join(p for p in (self._kind_name(record.kind), subtitle) if p)
        item.setData(PAYLOAD_ROLE, record)
        item.setData(SUBTITLE_ROLE, subtitle)
        item.setData(STATUS_ROLE, status)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole, ", ".join(p for p in (record.title, subtitle, status) if p)
        )
        item.setToolTip("\n".join(p for p in (record.title, subtitle, status) if p))

    def _show_recent(self) -> None:
        results = self._ui.results_list
        results.clear()
        self._shown_text = ""
        recent = self._recent()
        if recent:
            self._add_header(self.tr("Recently opened"))
            for record in recent:
                self._add_record(record, with_kind=True)
        else:
            self._add_header(self.tr("Type at least two characters to search."))
        self._select_first()
        self.results_shown.emit(len(recent))

    def _recent(self) -> list[RecentItem]:
        return recent_in(self._store.load().recent_items, self._database)

    def _refresh_recent(self) -> None:
        """Bring the recent records up to date: today's titles, without the ones deleted since."""
        recent = self._recent()
        if not recent:
            return
        records = [(HitKind(r.kind), r.id) for r in recent]
        run_in_background(
            lambda: self._services.search.current_hits(records),
            lambda hits: self._on_recent_refreshed(recent, hits),
            lambda error: logger.warning("recent items not refreshed: %s", error),
            context=self,
        )

    def _on_recent_refreshed(self, before: list[RecentItem], hits: tuple[SearchHit, ...]) -> None:
        if self._recent() != before:
            return  # something was opened meanwhile; the next popup refreshes again
        current = [recent_record(hit, self._database) for hit in hits]
        self._store.update(recent_items=replaced(self._store.load().recent_items, self._database, current))
        if self.isVisible() and len(self._ui.search_edit.text().strip()) < MIN_QUERY_LENGTH:
            row = self._ui.results_list.currentRow()
            self._show_recent()
            if 0 <= row < self._ui.results_list.count():
                self._ui.results_list.setCurrentRow(row)

    def _show_results(self, results: SearchResults) -> None:
        widget = self._ui.results_list
        widget.clear()
        self._shown_text = results.text
        for kind in HitKind:
            hits = results.of(kind)
            if not hits:
                continue
            self._add_header(self._kind_title(kind.value))
            for hit in hits:
                status = enum_label(hit.status) if hit.status is not None else ""
                self._add_record(recent_record(hit, self._database), status)
            if kind in results.more:
                more = QListWidgetItem(self._more_text(kind.value), widget)
                more.setData(PAYLOAD_ROLE, MoreRequest(kind.value, results.text))
                font = QFont(widget.font())
                font.setItalic(True)
                more.setFont(font)
        if not results.hits:
            self._add_header(self.tr("Nothing found for “{text}”.").format(text=results.text))
        self._select_first()
        self.results_shown.emit(len(results.hits))
        if self._open_when_shown:
            self._open_when_shown = False
            self._open_current()

    def _select_first(self) -> None:
        widget = self._ui.results_list
        widget.setCurrentRow(-1)
        self._move(1)
        if self.isVisible():
            self._place()
        widget.scrollToTop()

    def _move(self, step: int) -> None:
        """Select the next selectable row ``step`` rows away (headers are skipped; stops at the ends)."""
        widget = self._ui.results_list
        row = widget.currentRow()
        selectable = [
            r for r in range(widget.count()) if widget.item(r).flags() & Qt.ItemFlag.ItemIsSelectable
        ]
        if not selectable:
            return
        if row < 0:
            target = selectable[0] if step > 0 else selectable[-1]
        elif step > 0:
            after = [r for r in selectable if r > row]
            target = after[min(step, len(after)) - 1] if after else row
        else:
            before = [r for r in selectable if r < row]
            target = before[-min(-step, len(before))] if before else row
        widget.setCurrentRow(target)
        widget.scrollToItem(widget.item(target))

    def _open_current(self) -> None:
        item = self._ui.results_list.currentItem()
        if item is not None:
            self._on_results_list_item_activated(item)

    def _on_results_list_item_activated(self, item: QListWidgetItem) -> None:
        payload = item.data(PAYLOAD_ROLE)
        if isinstance(payload, RecentItem):
            self.hide()
            self.record_chosen.emit(payload)
        elif isinstance(payload, MoreRequest):
            self.hide()
            self.more_requested.emit(payload)

    # -- keyboard and focus ------------------------------------------------------------------------

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget():
            if event.type() == QEvent.Type.Resize and self.isVisible():
                self._place()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.close_popup()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or self._running:
                # Enter before the answer: search now and open the first hit of the answer, not a stale one
                self._open_when_shown = True
                if self._timer.isActive():
                    self._timer.stop()
                    self._search()
                return True
            self._open_current()
            return True
        if watched is self._ui.search_edit:
            steps = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5,
            }
            if key in steps:
                self._move(steps[key])
                return True
        return False

    def close_popup(self) -> None:
        """Hide the palette and give the focus back to the window."""
        self.hide()
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Clicking elsewhere in the window closes the palette, as a popup would.
        if self.isVisible() and new is not None and new is not self and not self.isAncestorOf(new):
            self.hide()


def recent_record(hit: SearchHit, database: str) -> RecentItem:
    """The recent-items entry for a hit in ``database`` (titles as the palette shows them)."""
    return RecentItem(hit.kind.value, hit.id, hit.title, hit.subtitle, database)
