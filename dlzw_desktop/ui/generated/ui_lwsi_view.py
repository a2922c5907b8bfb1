# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lwsi_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_LwsiView(object):
    def setupUi(self, LwsiView):
        if not LwsiView.objectName():
            LwsiView.setObjectName(u"LwsiView")
        self.main_layout = QVBoxLayout(LwsiView)
        self.main_layout.setObjectName(u"main_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.area_label = QLabel(LwsiView)
        self.area_label.setObjectName(u"area_label")

        self.toolbar_layout.addWidget(self.area_label)

        self.area_combo = QComboBox(LwsiView)
        self.area_combo.setObjectName(u"area_combo")
        self.area_combo.setMinimumContentsLength(24)

        self.toolbar_layout.addWidget(self.area_combo)

        self.compute_button = QPushButton(LwsiView)
        self.compute_button.setObjectName(u"compute_button")

        self.toolbar_layout.addWidget(self.compute_button)

        self.progress_bar = QProgressBar(LwsiView)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setVisible(False)

        self.toolbar_layout.addWidget(self.progress_bar)

        self.toolbar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.import_button = QPushButton(LwsiView)
        self.import_button.setObjectName(u"import_button")

        self.toolbar_layout.addWidget(self.import_button)


        self.main_layout.addLayout(self.toolbar_layout)

        self.status_label = QLabel(LwsiView)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.status_label)

        self.estimated_label = QLabel(LwsiView)
        self.estimated_label.setObjectName(u"estimated_label")
        self.estimated_label.setWordWrap(True)
        self.estimated_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.estimated_label)

        self.splitter = QSplitter(LwsiView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.chart_view = QChartView(self.splitter)
        self.chart_view.setObjectName(u"chart_view")
        self.chart_view.setMinimumSize(QSize(300, 220))
        self.splitter.addWidget(self.chart_view)
        self.tables_widget = QWidget(self.splitter)
        self.tables_widget.setObjectName(u"tables_widget")
        self.tables_layout = QVBoxLayout(self.tables_widget)
        self.tables_layout.setObjectName(u"tables_layout")
        self.tables_layout.setContentsMargins(0, 0, 0, 0)
        self.quarters_header_layout = QHBoxLayout()
        self.quarters_header_layout.setObjectName(u"quarters_header_layout")
        self.quarters_label = QLabel(self.tables_widget)
        self.quarters_label.setObjectName(u"quarters_label")

        self.quarters_header_layout.addWidget(self.quarters_label)

        self.quarters_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quarters_header_layout.addItem(self.quarters_spacer)

        self.export_quarters_button = QPushButton(self.tables_widget)
        self.export_quarters_button.setObjectName(u"export_quarters_button")

        self.quarters_header_layout.addWidget(self.export_quarters_button)


        self.tables_layout.addLayout(self.quarters_header_layout)

        self.quarters_table = QTableView(self.tables_widget)
        self.quarters_table.setObjectName(u"quarters_table")
        self.quarters_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quarters_table.setSortingEnabled(True)
        self.quarters_table.setAlternatingRowColors(True)

        self.tables_layout.addWidget(self.quarters_table)

        self.tables_header_layout = QHBoxLayout()
        self.tables_header_layout.setObjectName(u"tables_header_layout")
        self.reference_label = QLabel(self.tables_widget)
        self.reference_label.setObjectName(u"reference_label")

        self.tables_header_layout.addWidget(self.reference_label)

        self.reference_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tables_header_layout.addItem(self.reference_spacer)

        self.export_references_button = QPushButton(self.tables_widget)
        self.export_references_button.setObjectName(u"export_references_button")

        self.tables_header_layout.addWidget(self.export_references_button)


        self.tables_layout.addLayout(self.tables_header_layout)

        self.reference_table = QTableView(self.tables_widget)
        self.reference_table.setObjectName(u"reference_table")
        self.reference_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reference_table.setSortingEnabled(True)
        self.reference_table.setAlternatingRowColors(True)

        self.tables_layout.addWidget(self.reference_table)

        self.splitter.addWidget(self.tables_widget)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.area_label.setBuddy(self.area_combo)
        self.quarters_label.setBuddy(self.quarters_table)
        self.reference_label.setBuddy(self.reference_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.area_combo, self.compute_button)
        QWidget.setTabOrder(self.compute_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.quarters_table)
        QWidget.setTabOrder(self.quarters_table, self.export_quarters_button)
        QWidget.setTabOrder(self.export_quarters_button, self.reference_table)
        QWidget.setTabOrder(self.reference_table, self.export_references_button)

        self.retranslateUi(LwsiView)
    # setupUi

    def retranslateUi(self, LwsiView):
        self.area_label.setText(QCoreApplication.translate("LwsiView", u"Ar&ea", None))
#if QT_CONFIG(accessibility)
        self.area_combo.setAccessibleName(QCoreApplication.translate("LwsiView", u"Area of the indicator", None))
#endif // QT_CONFIG(accessibility)
        self.compute_button.setText(QCoreApplication.translate("LwsiView", u"Co&mpute", None))
#if QT_CONFIG(tooltip)
        self.compute_button.setToolTip(QCoreApplication.translate("LwsiView", u"Compute the base year and every quarter up to the last completed one, and store them with their inputs", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.compute_button.setAccessibleName(QCoreApplication.translate("LwsiView", u"Compute the indicator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("LwsiView", u"Computation progress", None))
#endif // QT_CONFIG(accessibility)
        self.import_button.setText(QCoreApplication.translate("LwsiView", u"&Import reference table\u2026", None))
#if QT_CONFIG(accessibility)
        self.import_button.setAccessibleName(QCoreApplication.translate("LwsiView", u"Import a reference table", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("LwsiView", u"Target status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.estimated_label.setAccessibleName(QCoreApplication.translate("LwsiView", u"Estimated inputs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chart_view.setAccessibleName(QCoreApplication.translate("LwsiView", u"Trend of the indicator", None))
#endif // QT_CONFIG(accessibility)
        self.quarters_label.setText(QCoreApplication.translate("LwsiView", u"&Quarters", None))
        self.export_quarters_button.setText(QCoreApplication.translate("LwsiView", u"E&xport to Excel\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_quarters_button.setAccessibleName(QCoreApplication.translate("LwsiView", u"Export the quarters to Excel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.quarters_table.setAccessibleName(QCoreApplication.translate("LwsiView", u"Indicator per calendar quarter", None))
#endif // QT_CONFIG(accessibility)
        self.reference_label.setText(QCoreApplication.translate("LwsiView", u"&Reference tables", None))
        self.export_references_button.setText(QCoreApplication.translate("LwsiView", u"Export &table list\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_references_button.setAccessibleName(QCoreApplication.translate("LwsiView", u"Export the reference tables to Excel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reference_table.setAccessibleName(QCoreApplication.translate("LwsiView", u"Imported reference tables", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

