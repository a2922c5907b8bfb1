"""Übersicht: what the database holds, loaded off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from dlzw_desktop.domain.enums import CaseStage
from dlzw_desktop.services.overview_service import OverviewFigures
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.generated.ui_overview_view import Ui_OverviewView
from dlzw_desktop.ui.labels import stage_label
from dlzw_desktop.ui.messages import show_error

if TYPE_CHECKING:  # QtCharts loads after the first display
    from dlzw_desktop.ui.dashboard_widget import DashboardWidget
from dlzw_desktop.ui.workers import run_in_background


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewView", text)


class OverviewView(QWidget):
    """Key figures and cases per stage; refreshes on F5 and whenever it is shown."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_OverviewView()
        self._ui.setupUi(self)
        font = QFont(self._ui.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._ui.title_label.setFont(font)
        principal = services.context.user.principal
        self._ui.greeting_label.setText(
            self.tr("Welcome, {name}. Here is where things stand.").format(name=principal.display_name)
        )
        self._figure_labels: dict[str, QLabel] = {}
        for key, text in (
            ("persons", self.tr("People")),
            ("businesses", self.tr("Businesses")),
            ("cases", self.tr("Cases")),
            ("open_cases", self.tr("Open cases")),
            ("vacant_properties", self.tr("Vacant properties")),
            ("reminders_due", self.tr("Reminders due")),
        ):
            self._figure_labels[key] = self._add_row(self._ui.figures_layout, text)
        self._stage_labels: dict[CaseStage, QLabel] = {}
        for stage in CaseStage:
            self._stage_labels[stage] = self._add_row(self._ui.stages_layout, stage_label(stage))
        self._ui.refresh_button.clicked.connect(self.refresh)
        self._ui.reminders_panel.attach(services)
        self._dashboard: DashboardWidget | None = None
        # The charts (QtCharts) load after the overview itself is on screen.
        QTimer.singleShot(0, self._add_dashboard)
        self.refresh()

    def _add_dashboard(self) -> None:
        from dlzw_desktop.ui.dashboard_widget import DashboardWidget  # noqa: PLC0415 - after first display

        self._dashboard = DashboardWidget(self._services, self)
        self._ui.dashboard_layout.addWidget(self._dashboard)
        # Tab walks down the page: the charts come before the refresh button below them.
        QWidget.setTabOrder(self._dashboard.chart_views()[-1], self._ui.refresh_button)

    def _add_row(self, layout, text: str) -> QLabel:  # type: ignore[no-untyped-def]
        value = QLabel("…", self)
        value.setAccessibleName(text)
        caption = QLabel(text, self)
        caption.setBuddy(value)
        layout.addRow(caption, value)
        return value

    def refresh(self) -> None:
        self._ui.refresh_button.setEnabled(False)
        self._ui.reminders_panel.refresh()
        if self._dashboard is not None:
            self._dashboard.refresh()
        run_in_background(self._services.overview.figures, self._on_figures, self._on_failed, context=self)

    def _on_figures(self, figures: OverviewFigures) -> None:
        locale = QLocale()
        for key, label in self._figure_labels.items():
            label.setText(locale.toString(getattr(figures, key)))
        for stage, label in self._stage_labels.items():
            label.setText(locale.toString(figures.cases_by_stage[stage]))
        self._ui.refresh_button.setEnabled(True)

    def _on_failed(self, error: BaseException) -> None:
        self._ui.refresh_button.setEnabled(True)
        show_error(self, error)
