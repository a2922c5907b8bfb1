"""What is due, for the Übersicht: today's and overdue reminders, cases waiting for a second person's
sign-off, and cases stuck in their stage longer than the shared setting allows.

Embedded in ``forms/overview_view.ui`` (a promoted widget); ``attach(services)`` gives it its data.
Enter or a double click opens the case in the Fälle section.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.ui.generated.ui_reminders_panel import Ui_RemindersPanel
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.workers import run_in_background

if TYPE_CHECKING:
    from dlzw_desktop.services.registry import Services
    from dlzw_desktop.services.reminder_service import Agenda

logger = logging.getLogger(__name__)


class RemindersPanel(QWidget):
    """Signals: ``case_requested(object)`` with a case id to open; ``refreshed()`` after new data."""

    case_requested = Signal(object)
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._ui = Ui_RemindersPanel()
        self._ui.setupUi(self)
        self._ui.panel_hint_label.setText(self.tr("Enter or a double click opens the case."))
        for listing in (self._ui.due_list, self._ui.sign_off_list, self._ui.stale_list):
            listing.itemActivated.connect(self._on_item_activated)
        self._ui.done_button.clicked.connect(self._on_done_button_clicked)

    def attach(self, services: Services) -> None:
        """Use ``services``; the owner calls ``refresh`` (the Übersicht does on showing and on F5)."""
        self._services = services

    def refresh(self) -> None:
        services = self._services
        if services is None:
            return
        run_in_background(services.reminders.agenda, self._on_agenda, self._on_failed, context=self)

    def _on_agenda(self, agenda: Agenda) -> None:
        today = today_berlin()
        overdue = self.tr("overdue")
        self._ui.due_group.setTitle(self.tr("Due today and overdue ({count})").format(count=len(agenda.due)))
        self._fill(
            self._ui.due_list,
            [
                (
                    f"{r.due_on:%d.%m.%Y}"
                    + (f" ({overdue})" if r.due_on < today else "")
                    + f" · {r.title}"
                    + (f" · {r.case_number} {r.business_name or ''}" if r.case_number else ""),
                    r.case_id,
                    r.id,
                )
                for r in agenda.due
            ],
            self.tr("Nothing due. Well done."),
        )
        self._ui.sign_off_group.setTitle(
            self.tr("Waiting for sign-off ({count})").format(count=len(agenda.awaiting_sign_off))
        )
        self._fill(
            self._ui.sign_off_list,
            [
                (
                    self.tr("{number} · {business} · written by {author}").format(
                        number=c.number, business=c.business_name, author=c.author or ""
                    ),
                    c.id,
                    None,
                )
                for c in agenda.awaiting_sign_off
            ],
            self.tr("No recommendation is waiting for sign-off."),
        )
        self._ui.stale_group.setTitle(
            self.tr("In the same stage for more than {days} days ({count})").format(
                days=agenda.stale_days, count=len(agenda.stale)
            )
        )
        self._fill(
            self._ui.stale_list,
            [
                (
                    self.tr("{number} · {business} · {stage} for {days} days").format(
                        number=c.number,
                        business=c.business_name,
                        stage=enum_label(c.stage),
                        days=c.days_in_stage,
                    ),
                    c.id,
                    None,
                )
                for c in agenda.stale
            ],
            self.tr("No case is stuck."),
        )
        self.refreshed.emit()

    def _fill(
        self, listing: QListWidget, entries: list[tuple[str, uuid.UUID | None, uuid.UUID | None]], empty: str
    ) -> None:
        listing.clear()
        for text, case_id, reminder_id in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, reminder_id)
            listing.addItem(item)
        if not entries:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            listing.addItem(item)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.case_requested.emit(case_id)
            window = self.window()
            if hasattr(window, "open_case"):
                window.open_case(case_id)

    def _on_done_button_clicked(self) -> None:
        item = self._ui.due_list.currentItem()
        services = self._services
        reminder_id = item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else None
        if services is None or reminder_id is None:
            return
        run_in_background(
            lambda: services.reminders.complete(reminder_id),
            lambda _row: self.refresh(),
            self._on_failed,
            context=self,
        )

    def _on_failed(self, error: BaseException) -> None:
        show_error(self, error)
