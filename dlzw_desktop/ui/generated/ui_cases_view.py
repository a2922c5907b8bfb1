# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cases_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_CasesView(object):
    def setupUi(self, CasesView):
        if not CasesView.objectName():
            CasesView.setObjectName(u"CasesView")
        self.vertical_layout_10 = QVBoxLayout(CasesView)
        self.vertical_layout_10.setObjectName(u"vertical_layout_10")
        self.vertical_layout_10.setContentsMargins(0, 0, 0, 0)
        self.pages_stack = QStackedWidget(CasesView)
        self.pages_stack.setObjectName(u"pages_stack")
        self.list_page = QWidget()
        self.list_page.setObjectName(u"list_page")
        self.vertical_layout_9 = QVBoxLayout(self.list_page)
        self.vertical_layout_9.setObjectName(u"vertical_layout_9")
        self.vertical_layout_9.setContentsMargins(24, 24, 24, 24)
        self.horizontal_layout_5 = QHBoxLayout()
        self.horizontal_layout_5.setObjectName(u"horizontal_layout_5")
        self.title_label = QLabel(self.list_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.horizontal_layout_5.addWidget(self.title_label)

        self.spacer_4 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_5.addItem(self.spacer_4)

        self.import_button = QPushButton(self.list_page)
        self.import_button.setObjectName(u"import_button")

        self.horizontal_layout_5.addWidget(self.import_button)

        self.new_case_button = QPushButton(self.list_page)
        self.new_case_button.setObjectName(u"new_case_button")

        self.horizontal_layout_5.addWidget(self.new_case_button)


        self.vertical_layout_9.addLayout(self.horizontal_layout_5)

        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(self.list_page)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(self.list_page)
        self.search_edit.setObjectName(u"search_edit")

        self.search_layout.addWidget(self.search_edit)


        self.vertical_layout_9.addLayout(self.search_layout)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.stage_filter_label = QLabel(self.list_page)
        self.stage_filter_label.setObjectName(u"stage_filter_label")

        self.filters_layout.addWidget(self.stage_filter_label)

        self.stage_combo = QComboBox(self.list_page)
        self.stage_combo.setObjectName(u"stage_combo")
        self.stage_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.stage_combo)

        self.advisor_filter_label = QLabel(self.list_page)
        self.advisor_filter_label.setObjectName(u"advisor_filter_label")

        self.filters_layout.addWidget(self.advisor_filter_label)

        self.advisor_combo = QComboBox(self.list_page)
        self.advisor_combo.setObjectName(u"advisor_combo")
        self.advisor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.advisor_combo)

        self.borough_filter_label = QLabel(self.list_page)
        self.borough_filter_label.setObjectName(u"borough_filter_label")

        self.filters_layout.addWidget(self.borough_filter_label)

        self.borough_combo = QComboBox(self.list_page)
        self.borough_combo.setObjectName(u"borough_combo")
        self.borough_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.borough_combo)

        self.year_filter_label = QLabel(self.list_page)
        self.year_filter_label.setObjectName(u"year_filter_label")

        self.filters_layout.addWidget(self.year_filter_label)

        self.year_combo = QComboBox(self.list_page)
        self.year_combo.setObjectName(u"year_combo")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.year_combo)

        self.programme_filter_label = QLabel(self.list_page)
        self.programme_filter_label.setObjectName(u"programme_filter_label")

        self.filters_layout.addWidget(self.programme_filter_label)

        self.programme_combo = QComboBox(self.list_page)
        self.programme_combo.setObjectName(u"programme_combo")
        self.programme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.programme_combo)

        self.spacer_6 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.spacer_6)


        self.vertical_layout_9.addLayout(self.filters_layout)

        self.cases_table = QTableView(self.list_page)
        self.cases_table.setObjectName(u"cases_table")
        self.cases_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases_table.setAlternatingRowColors(True)
        self.cases_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases_table.setSortingEnabled(True)
        self.cases_table.horizontalHeader().setStretchLastSection(True)
        self.cases_table.verticalHeader().setVisible(False)

        self.vertical_layout_9.addWidget(self.cases_table)

        self.horizontal_layout_8 = QHBoxLayout()
        self.horizontal_layout_8.setObjectName(u"horizontal_layout_8")
        self.count_label = QLabel(self.list_page)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.horizontal_layout_8.addWidget(self.count_label)

        self.spacer_7 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_8.addItem(self.spacer_7)

        self.hint_label = QLabel(self.list_page)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.horizontal_layout_8.addWidget(self.hint_label)


        self.vertical_layout_9.addLayout(self.horizontal_layout_8)

        self.pages_stack.addWidget(self.list_page)
        self.case_page = QWidget()
        self.case_page.setObjectName(u"case_page")
        self.case_page_layout = QVBoxLayout(self.case_page)
        self.case_page_layout.setObjectName(u"case_page_layout")
        self.case_page_layout.setContentsMargins(0, 0, 0, 0)
        self.pages_stack.addWidget(self.case_page)

        self.vertical_layout_10.addWidget(self.pages_stack)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.stage_filter_label.setBuddy(self.stage_combo)
        self.advisor_filter_label.setBuddy(self.advisor_combo)
        self.borough_filter_label.setBuddy(self.borough_combo)
        self.year_filter_label.setBuddy(self.year_combo)
        self.programme_filter_label.setBuddy(self.programme_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.stage_combo)
        QWidget.setTabOrder(self.stage_combo, self.advisor_combo)
        QWidget.setTabOrder(self.advisor_combo, self.borough_combo)
        QWidget.setTabOrder(self.borough_combo, self.year_combo)
        QWidget.setTabOrder(self.year_combo, self.programme_combo)
        QWidget.setTabOrder(self.programme_combo, self.cases_table)
        QWidget.setTabOrder(self.cases_table, self.new_case_button)

        self.retranslateUi(CasesView)
    # setupUi

    def retranslateUi(self, CasesView):
        self.title_label.setText(QCoreApplication.translate("CasesView", u"Cases", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("CasesView", u"Section title", None))
#endif // QT_CONFIG(accessibility)
        self.import_button.setText(QCoreApplication.translate("CasesView", u"I&mport list\u2026", None))
#if QT_CONFIG(accessibility)
        self.import_button.setAccessibleName(QCoreApplication.translate("CasesView", u"Import cases or consultations from a list", None))
#endif // QT_CONFIG(accessibility)
        self.new_case_button.setText(QCoreApplication.translate("CasesView", u"&New case\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_case_button.setAccessibleName(QCoreApplication.translate("CasesView", u"Open a new case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(shortcut)
        self.new_case_button.setShortcut(QCoreApplication.translate("CasesView", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.search_label.setText(QCoreApplication.translate("CasesView", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("CasesView", u"Search cases by number, name, business or notes", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CasesView", u"Number, name, business or notes \u2013 results appear as you type", None))
        self.stage_filter_label.setText(QCoreApplication.translate("CasesView", u"Sta&ge", None))
#if QT_CONFIG(accessibility)
        self.stage_combo.setAccessibleName(QCoreApplication.translate("CasesView", u"Filter by stage", None))
#endif // QT_CONFIG(accessibility)
        self.advisor_filter_label.setText(QCoreApplication.translate("CasesView", u"&Advisor", None))
#if QT_CONFIG(accessibility)
        self.advisor_combo.setAccessibleName(QCoreApplication.translate("CasesView", u"Filter by advisor", None))
#endif // QT_CONFIG(accessibility)
        self.borough_filter_label.setText(QCoreApplication.translate("CasesView", u"&Borough", None))
#if QT_CONFIG(accessibility)
        self.borough_combo.setAccessibleName(QCoreApplication.translate("CasesView", u"Filter by borough", None))
#endif // QT_CONFIG(accessibility)
        self.year_filter_label.setText(QCoreApplication.translate("CasesView", u"&Year", None))
#if QT_CONFIG(accessibility)
        self.year_combo.setAccessibleName(QCoreApplication.translate("CasesView", u"Filter by year opened", None))
#endif // QT_CONFIG(accessibility)
        self.programme_filter_label.setText(QCoreApplication.translate("CasesView", u"&Programme", None))
#if QT_CONFIG(accessibility)
        self.programme_combo.setAccessibleName(QCoreApplication.translate("CasesView", u"Filter by loan programme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.cases_table.setAccessibleName(QCoreApplication.translate("CasesView", u"Cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.count_label.setAccessibleName(QCoreApplication.translate("CasesView", u"Number of cases found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hint_label.setAccessibleName(QCoreApplication.translate("CasesView", u"Keyboard hint", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

