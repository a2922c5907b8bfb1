# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_costs_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout, QWidget

class Ui_ProgrammeCostsView(object):
    def setupUi(self, ProgrammeCostsView):
        if not ProgrammeCostsView.objectName():
            ProgrammeCostsView.setObjectName(u"ProgrammeCostsView")
        self.main_layout = QVBoxLayout(ProgrammeCostsView)
        self.main_layout.setObjectName(u"main_layout")
        self.year_layout = QHBoxLayout()
        self.year_layout.setObjectName(u"year_layout")
        self.year_label = QLabel(ProgrammeCostsView)
        self.year_label.setObjectName(u"year_label")

        self.year_layout.addWidget(self.year_label)

        self.year_spin = QSpinBox(ProgrammeCostsView)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)
        self.year_spin.setValue(2025)

        self.year_layout.addWidget(self.year_spin)

        self.year_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.year_layout.addItem(self.year_spacer)


        self.main_layout.addLayout(self.year_layout)

        self.staff_group = QGroupBox(ProgrammeCostsView)
        self.staff_group.setObjectName(u"staff_group")
        self.staff_layout = QGridLayout(self.staff_group)
        self.staff_layout.setObjectName(u"staff_layout")
        self.staff_time_label = QLabel(self.staff_group)
        self.staff_time_label.setObjectName(u"staff_time_label")
        self.staff_time_label.setWordWrap(True)
        self.staff_time_label.setTextFormat(Qt.TextFormat.PlainText)

        self.staff_layout.addWidget(self.staff_time_label, 0, 0, 1, 4)

        self.rate_label = QLabel(self.staff_group)
        self.rate_label.setObjectName(u"rate_label")

        self.staff_layout.addWidget(self.rate_label, 1, 0, 1, 1)

        self.rate_edit = QLineEdit(self.staff_group)
        self.rate_edit.setObjectName(u"rate_edit")
        self.rate_edit.setMaxLength(12)
        self.rate_edit.setMaximumSize(QSize(140, 16777215))

        self.staff_layout.addWidget(self.rate_edit, 1, 1, 1, 1)

        self.freeze_rate_button = QPushButton(self.staff_group)
        self.freeze_rate_button.setObjectName(u"freeze_rate_button")

        self.staff_layout.addWidget(self.freeze_rate_button, 1, 2, 1, 1)

        self.reset_rate_button = QPushButton(self.staff_group)
        self.reset_rate_button.setObjectName(u"reset_rate_button")

        self.staff_layout.addWidget(self.reset_rate_button, 1, 3, 1, 1)


        self.main_layout.addWidget(self.staff_group)

        self.items_group = QGroupBox(ProgrammeCostsView)
        self.items_group.setObjectName(u"items_group")
        self.items_layout = QVBoxLayout(self.items_group)
        self.items_layout.setObjectName(u"items_layout")
        self.items_table = QTableView(self.items_group)
        self.items_table.setObjectName(u"items_table")
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_table.setSortingEnabled(True)
        self.items_table.setAlternatingRowColors(True)

        self.items_layout.addWidget(self.items_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_button = QPushButton(self.items_group)
        self.add_button.setObjectName(u"add_button")

        self.buttons_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(self.items_group)
        self.edit_button.setObjectName(u"edit_button")

        self.buttons_layout.addWidget(self.edit_button)

        self.delete_button = QPushButton(self.items_group)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons_layout.addWidget(self.delete_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.export_button = QPushButton(self.items_group)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)


        self.items_layout.addLayout(self.buttons_layout)


        self.main_layout.addWidget(self.items_group)

        self.summary_group = QGroupBox(ProgrammeCostsView)
        self.summary_group.setObjectName(u"summary_group")
        self.summary_layout = QVBoxLayout(self.summary_group)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_label = QLabel(self.summary_group)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summary_layout.addWidget(self.summary_label)


        self.main_layout.addWidget(self.summary_group)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.rate_label.setBuddy(self.rate_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year_spin, self.rate_edit)
        QWidget.setTabOrder(self.rate_edit, self.freeze_rate_button)
        QWidget.setTabOrder(self.freeze_rate_button, self.reset_rate_button)
        QWidget.setTabOrder(self.reset_rate_button, self.items_table)
        QWidget.setTabOrder(self.items_table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.export_button)

        self.retranslateUi(ProgrammeCostsView)
    # setupUi

    def retranslateUi(self, ProgrammeCostsView):
        self.year_label.setText(QCoreApplication.translate("ProgrammeCostsView", u"&Year", None))
#if QT_CONFIG(accessibility)
        self.year_spin.setAccessibleName(QCoreApplication.translate("ProgrammeCostsView", u"Year of the programme costs", None))
#endif // QT_CONFIG(accessibility)
        self.staff_group.setTitle(QCoreApplication.translate("ProgrammeCostsView", u"Staff time from the consultations", None))
#if QT_CONFIG(accessibility)
        self.staff_time_label.setAccessibleName(QCoreApplication.translate("ProgrammeCostsView", u"Staff time and its cost", None))
#endif // QT_CONFIG(accessibility)
        self.rate_label.setText(QCoreApplication.translate("ProgrammeCostsView", u"Hourly &rate for this year (\u20ac)", None))
#if QT_CONFIG(accessibility)
        self.rate_edit.setAccessibleName(QCoreApplication.translate("ProgrammeCostsView", u"Hourly rate for this year", None))
#endif // QT_CONFIG(accessibility)
        self.freeze_rate_button.setText(QCoreApplication.translate("ProgrammeCostsView", u"F&ix rate for this year", None))
#if QT_CONFIG(accessibility)
        self.freeze_rate_button.setAccessibleName(QCoreApplication.translate("ProgrammeCostsView", u"Fix the hourly rate for this year", None))
#endif // QT_CONFIG(accessibility)
        self.reset_rate_button.setText(QCoreApplication.translate("ProgrammeCostsView", u"Use the rate from &Settings", None))
#if QT_CONFIG(accessibility)
        self.reset_rate_button.setAccessibleName(QCoreApplication.translate("ProgrammeCostsView", u"Use the hourly rate from Settings", None))
#endif // QT_CONFIG(accessibility)
        self.items_group.setTitle(QCoreApplication.translate("ProgrammeCostsView", u"Further cost items of the year", None))
#if QT_CONFIG(accessibility)
        self.items_table.setAccessibleName(QCoreApplication.translate("ProgrammeCostsView", u"Cost items", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("ProgrammeCostsView", u"&New\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("ProgrammeCostsView", u"Add a cost item", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("ProgrammeCostsView", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("ProgrammeCostsView", u"Edit the selected cost item", None))
#endif // QT_CONFIG(accessibility)
        self.delete_button.setText(QCoreApplication.translate("ProgrammeCostsView", u"&Delete", None))
#if QT_CONFIG(accessibility)
        self.delete_button.setAccessibleName(QCoreApplication.translate("ProgrammeCostsView", u"Delete the selected cost item", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("ProgrammeCostsView", u"E&xport to Excel\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleName(QCoreApplication.translate("ProgrammeCostsView", u"Export the cost items to Excel", None))
#endif // QT_CONFIG(accessibility)
        self.summary_group.setTitle(QCoreApplication.translate("ProgrammeCostsView", u"Cost per job", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("ProgrammeCostsView", u"Programme cost per job", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

