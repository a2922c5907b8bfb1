# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_widget.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout

class Ui_DashboardWidget(object):
    def setupUi(self, DashboardWidget):
        if not DashboardWidget.objectName():
            DashboardWidget.setObjectName(u"DashboardWidget")
        self.main_layout = QVBoxLayout(DashboardWidget)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(DashboardWidget)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.summary_label)

        self.charts_layout = QGridLayout()
        self.charts_layout.setObjectName(u"charts_layout")
        self.targets_chart_view = QChartView(DashboardWidget)
        self.targets_chart_view.setObjectName(u"targets_chart_view")
        self.targets_chart_view.setMinimumSize(QSize(280, 250))

        self.charts_layout.addWidget(self.targets_chart_view, 0, 0, 1, 1)

        self.pipeline_chart_view = QChartView(DashboardWidget)
        self.pipeline_chart_view.setObjectName(u"pipeline_chart_view")
        self.pipeline_chart_view.setMinimumSize(QSize(280, 250))

        self.charts_layout.addWidget(self.pipeline_chart_view, 0, 1, 1, 1)

        self.lwsi_chart_view = QChartView(DashboardWidget)
        self.lwsi_chart_view.setObjectName(u"lwsi_chart_view")
        self.lwsi_chart_view.setMinimumSize(QSize(280, 250))

        self.charts_layout.addWidget(self.lwsi_chart_view, 1, 0, 1, 1)

        self.reminders_chart_view = QChartView(DashboardWidget)
        self.reminders_chart_view.setObjectName(u"reminders_chart_view")
        self.reminders_chart_view.setMinimumSize(QSize(280, 250))

        self.charts_layout.addWidget(self.reminders_chart_view, 1, 1, 1, 1)


        self.main_layout.addLayout(self.charts_layout)


        self.retranslateUi(DashboardWidget)
    # setupUi

    def retranslateUi(self, DashboardWidget):
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("DashboardWidget", u"Key figures of the year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targets_chart_view.setAccessibleName(QCoreApplication.translate("DashboardWidget", u"This year's figures against their targets", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pipeline_chart_view.setAccessibleName(QCoreApplication.translate("DashboardWidget", u"Open cases by stage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lwsi_chart_view.setAccessibleName(QCoreApplication.translate("DashboardWidget", u"Trend of the local value-creation indicator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reminders_chart_view.setAccessibleName(QCoreApplication.translate("DashboardWidget", u"Open reminders by due date", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

