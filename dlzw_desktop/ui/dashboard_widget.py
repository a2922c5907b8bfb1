"""Übersicht dashboard: this year's figures against their targets, the pipeline, the LWSI trend, reminders.

Four QtCharts charts, filled off the GUI thread through the report and LWSI services. Embedded in the
overview; ``refresh()`` reloads everything.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from dlzw_desktop.domain.enums import CaseStage
from dlzw_desktop.domain.money import format_eur
from dlzw_desktop.errors import PermissionDenied
from dlzw_desktop.services.lwsi_service import LwsiSeries
from dlzw_desktop.services.report_service import DashboardFigures
from dlzw_desktop.ui.generated.ui_dashboard_widget import Ui_DashboardWidget
from dlzw_desktop.ui.labels import stage_label
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.workers import run_in_background

if TYPE_CHECKING:
    from dlzw_desktop.services.registry import Services

logger = logging.getLogger(__name__)

BRAND = QColor("#0b5d7a")
ACCENT = QColor("#e39b2d")
ALERT = QColor("#c0392b")
OK = QColor("#3c8d40")


def replace_chart(view: QChartView, chart: QChart) -> None:
    """Show ``chart`` in ``view`` and delete the chart shown before (the view only releases it)."""
    old = view.chart()
    view.setChart(chart)
    if old is not None and old is not chart:
        old.deleteLater()


def _small_labels(axis: QBarCategoryAxis) -> None:
    font = QFont(axis.labelsFont())
    font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.0))
    axis.setLabelsFont(font)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setBackgroundRoundness(4)
    chart.legend().setVisible(False)
    return chart


class DashboardWidget(QWidget):
    """Key figures against targets, pipeline by stage, LWSI trend and reminders as charts.

    Signals: ``loaded()`` once the figures are shown.
    """

    loaded = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_DashboardWidget()
        self._ui.setupUi(self)
        for view in self._views():
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.figures: DashboardFigures | None = None
        self.lwsi: LwsiSeries | None = None
        self._ui.summary_label.setText(self.tr("Loading this year's figures…"))
        self.refresh()

    def chart_views(self) -> list[QChartView]:
        """The charts in reading order."""
        return self._views()

    def _views(self) -> list[QChartView]:
        return [
            self._ui.targets_chart_view,
            self._ui.pipeline_chart_view,
            self._ui.lwsi_chart_view,
            self._ui.reminders_chart_view,
        ]

    def refresh(self) -> None:
        reports, lwsi = self._services.reports, self._services.lwsi
        run_in_background(reports.dashboard, self._on_figures, self._on_failed, context=self)
        run_in_background(lambda: lwsi.series(None), self._on_lwsi, self._on_lwsi_failed, context=self)

    # -- figures -----------------------------------------------------------------------------------

    def _on_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        locale = QLocale()
        per_job = "–" if figures.cost_per_job is None else format_eur(figures.cost_per_job)
        self._ui.summary_label.setText(
            self.tr(
                "{year} so far: {count} of {target} recommendations, {volume} of {volume_target} "
                "recommended; {payouts} payouts; {jobs} jobs created; programme cost per job {per_job} "
                "(target at most {per_job_target})."
            ).format(
                year=figures.year,
                count=locale.toString(figures.recommendations),
                target=locale.toString(figures.recommendations_target),
                volume=format_eur(figures.recommended_volume),
                volume_target=format_eur(figures.volume_target),
                payouts=locale.toString(figures.payouts),
                jobs=locale.toString(figures.jobs_created),
                per_job=per_job,
                per_job_target=format_eur(figures.cost_per_job_target),
            )
        )
        self._draw_targets(figures)
        self._draw_pipeline(figures)
        self._draw_reminders(figures)
        self.loaded.emit()

    def _draw_targets(self, figures: DashboardFigures) -> None:
        chart = _chart(self.tr("{year}: share of the target reached").format(year=figures.year))

        def share(actual: Decimal | int, target: Decimal | int) -> float:
            return 0.0 if not target else float(Decimal(actual) / Decimal(target) * 100)

        entries = [
            (self.tr("Recommendations"), share(figures.recommendations, figures.recommendations_target)),
            (self.tr("Volume"), share(figures.recommended_volume, figures.volume_target)),
        ]
        if figures.cost_per_job is not None and figures.cost_per_job > 0:
            # "At most" target: 100 % when the cost per job is at the target, more when it is lower.
            entries.append(
                (self.tr("Cost per job"), float(figures.cost_per_job_target / figures.cost_per_job * 100))
            )
        reached = QBarSet(self.tr("Reached (%)"))
        reached.setColor(BRAND)
        for _name, value in entries:
            reached.append(round(value))  # whole per cent: Qt's label format knows no German decimals
        series = QHorizontalBarSeries()
        series.append(reached)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        # Outside the bar end: a short bar (far from its target) still shows its value in full.
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        reached.setLabelColor(QColor("#333333"))
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([name for name, _value in entries])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        axis = QValueAxis()
        axis.setRange(0, max([130.0] + [value * 1.25 for _name, value in entries]))
        axis.setLabelFormat("%.0f %%")
        axis.applyNiceNumbers()
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        goal = QLineSeries()
        goal.setName(self.tr("Target"))
        pen = QPen(ALERT, 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        goal.setPen(pen)
        goal.append(100, -0.5)
        goal.append(100, len(entries) - 0.5)
        chart.addSeries(goal)
        position = QValueAxis()
        position.setRange(-0.5, len(entries) - 0.5)
        position.setVisible(False)
        chart.addAxis(position, Qt.AlignmentFlag.AlignRight)
        goal.attachAxis(axis)
        goal.attachAxis(position)
        replace_chart(self._ui.targets_chart_view, chart)

    def _draw_pipeline(self, figures: DashboardFigures) -> None:
        stages = [s for s in CaseStage if s is not CaseStage.CLOSED]
        open_cases = sum(figures.pipeline[s] for s in stages)
        chart = _chart(self.tr("Open cases by stage ({count})").format(count=QLocale().toString(open_cases)))
        counts = QBarSet(self.tr("Cases"))
        counts.setColor(BRAND)
        for stage in stages:
            counts.append(figures.pipeline[stage])
        series = QBarSeries()
        series.append(counts)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([stage_label(s) for s in stages])
        font = QFont(categories.labelsFont())
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.0))
        categories.setLabelsFont(font)
        # Upright labels get the height of the chart instead of the width of one bar: no eliding.
        categories.setLabelsAngle(-90)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        axis = QValueAxis()
        axis.setRange(0, max([1] + [figures.pipeline[s] for s in stages]) * 1.2)
        axis.setLabelFormat("%.0f")
        axis.applyNiceNumbers()
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        replace_chart(self._ui.pipeline_chart_view, chart)

    def _draw_reminders(self, figures: DashboardFigures) -> None:
        chart = _chart(self.tr("Open reminders"))
        values = [
            (self.tr("Overdue"), figures.reminders_overdue, ALERT),
            (self.tr("Today"), figures.reminders_due_today, ACCENT),
            (self.tr("Next 7 days"), figures.reminders_next_7_days, BRAND),
            (self.tr("Later"), figures.reminders_later, OK),
        ]
        # One set per bucket, stacked: each bucket shows one bar in its own colour.
        series = QStackedBarSeries()
        series.setLabelsVisible(True)
        for index, (name, count, colour) in enumerate(values):
            bar = QBarSet(name)
            bar.setColor(colour)
            for position in range(len(values)):
                bar.append(count if position == index else 0)
            series.append(bar)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([name for name, _count, _colour in values])
        _small_labels(categories)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        axis = QValueAxis()
        axis.setRange(0, max([1] + [count for _name, count, _colour in values]) * 1.2)
        axis.setLabelFormat("%.0f")
        axis.applyNiceNumbers()
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        replace_chart(self._ui.reminders_chart_view, chart)

    # -- LWSI --------------------------------------------------------------------------------------

    def _on_lwsi(self, series: LwsiSeries) -> None:
        self.lwsi = series
        estimated = any(q.estimated_inputs for q in series.quarters)
        title = (
            self.tr("LWSI index, whole city (estimated)") if estimated else self.tr("LWSI index, whole city")
        )
        chart = _chart(title)
        rows = [q for q in series.quarters if q.index is not None][-8:]
        if not rows:
            chart.setTitle(self.tr("LWSI: no index computed yet (Reports → LWSI)"))
        line = QLineSeries()
        line.setName(self.tr("Index"))
        line.setPen(QPen(BRAND, 2.5))
        line.setPointsVisible(True)
        for position, row in enumerate(rows):
            line.append(position, float(row.index or 0))
        goal = QLineSeries()
        goal_value = float(100 + series.area.goal_percent)
        pen = QPen(ALERT, 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        goal.setPen(pen)
        goal.append(-0.5, goal_value)
        goal.append(max(len(rows) - 0.5, 0.5), goal_value)
        chart.addSeries(line)
        chart.addSeries(goal)
        categories = QBarCategoryAxis()
        # Short labels ("Q3/25") fit under the points.
        categories.append([f"Q{row.quarter.quarter}/{row.quarter.year % 100:02d}" for row in rows] or [""])
        _small_labels(categories)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        position_axis = QValueAxis()
        position_axis.setRange(-0.5, max(len(rows) - 0.5, 0.5))
        position_axis.setVisible(False)
        chart.addAxis(position_axis, Qt.AlignmentFlag.AlignTop)
        values = [float(row.index or 0) for row in rows]
        axis = QValueAxis()
        axis.setRange(min([*values, goal_value, 100.0]) * 0.9, max([*values, goal_value]) * 1.1)
        axis.setLabelFormat("%.0f")
        axis.applyNiceNumbers()
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        for item in (line, goal):
            item.attachAxis(position_axis)
            item.attachAxis(axis)
        replace_chart(self._ui.lwsi_chart_view, chart)

    def _on_lwsi_failed(self, error: BaseException) -> None:
        if isinstance(error, PermissionDenied):
            replace_chart(self._ui.lwsi_chart_view, _chart(self.tr("LWSI: not available for your role")))
            return
        self._on_failed(error)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, PermissionDenied):
            self._ui.summary_label.setText(self.tr("The key figures are not available for your role."))
            return
        show_error(self, error)
