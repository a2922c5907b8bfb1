"""The chart of a quarter's local economy: supported businesses by WZ section, quarter against city."""

from __future__ import annotations

import logging

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from dlzw_desktop.domain.neighbourhood import percent
from dlzw_desktop.services.local_economy_service import LocalEconomyPicture

logger = logging.getLogger(__name__)


class LocalEconomyChart(QChartView):
    """Shares of the supported businesses per WZ section in the quarter and in the whole city (percent)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(
            QCoreApplication.translate(
                "LocalEconomyChart", "Chart: supported businesses by sector, quarter and city"
            )
        )
        self.setMinimumHeight(240)
        self.show_picture(None)

    def show_picture(self, picture: LocalEconomyPicture | None) -> None:
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        if picture is None or picture.city_supported == 0:
            chart.setTitle(QCoreApplication.translate("LocalEconomyChart", "No supported businesses yet"))
            self.setChart(chart)
            return
        chart.setTitle(
            QCoreApplication.translate("LocalEconomyChart", "Supported businesses by WZ section (share in %)")
        )
        quarter_set = QBarSet(picture.quarter_name)
        city_set = QBarSet(QCoreApplication.translate("LocalEconomyChart", "Dortmund"))
        quarter_set.setColor(QColor("#0b5d7a"))
        city_set.setColor(QColor("#9ab8c4"))
        categories = []
        top = 0.0
        for section in picture.sections:
            categories.append(section.section or QCoreApplication.translate("LocalEconomyChart", "n/a"))
            # Bar heights are drawing coordinates, not figures: a float is right here.
            mine = float(percent(section.quarter, picture.supported) or 0)
            theirs = float(percent(section.city, picture.city_supported) or 0)
            quarter_set.append(mine)
            city_set.append(theirs)
            top = max(top, mine, theirs)
        series = QBarSeries()
        series.append(quarter_set)
        series.append(city_set)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        y_axis = QValueAxis()
        y_axis.setRange(0, max(10.0, round(top / 10 + 0.5) * 10))
        y_axis.setLabelFormat("%d %%")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        self.setChart(chart)
