"""Berichte: the annual report, the programme costs and the LWSI, one tab each (created when first shown)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from dlzw_desktop.ui.generated.ui_reports_view import Ui_ReportsView

if TYPE_CHECKING:
    from dlzw_desktop.services.registry import Services
    from dlzw_desktop.ui.settings_store import SettingsStore

logger = logging.getLogger(__name__)


class ReportsView(QWidget):
    """Holds the three report areas; each tab is built on its first visit so the section opens fast."""

    def __init__(
        self, services: Services, store: SettingsStore | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._store = store
        self._ui = Ui_ReportsView()
        self._ui.setupUi(self)
        font = QFont(self._ui.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._ui.title_label.setFont(font)
        self._pages: dict[int, QWidget] = {}
        self._ui.reports_tabs.currentChanged.connect(self._on_reports_tabs_current_changed)
        self._on_reports_tabs_current_changed(self._ui.reports_tabs.currentIndex())

    def page(self, index: int) -> QWidget:
        """The widget of tab ``index`` (0 annual report, 1 programme costs, 2 LWSI), built if needed."""
        if index not in self._pages:
            self._pages[index] = self._build(index)
        return self._pages[index]

    def show_tab(self, index: int) -> QWidget:
        self._ui.reports_tabs.setCurrentIndex(index)
        return self.page(index)

    def _build(self, index: int) -> QWidget:
        if index == 0:
            from dlzw_desktop.ui.annual_report_view import AnnualReportView  # noqa: PLC0415 - on first visit

            widget: QWidget = AnnualReportView(self._services, self._store, self)
            layout = self._ui.annual_layout
        elif index == 1:
            from dlzw_desktop.ui.programme_costs_view import ProgrammeCostsView  # noqa: PLC0415

            widget = ProgrammeCostsView(self._services, self)
            layout = self._ui.costs_layout
        else:
            from dlzw_desktop.ui.lwsi_view import LwsiView  # noqa: PLC0415

            widget = LwsiView(self._services, self)
            layout = self._ui.lwsi_layout
        layout.addWidget(widget)
        return widget

    def _on_reports_tabs_current_changed(self, index: int) -> None:
        if index >= 0:
            self.page(index)
