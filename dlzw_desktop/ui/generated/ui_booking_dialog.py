# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'booking_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QTimeEdit, QVBoxLayout

class Ui_BookingDialog(object):
    def setupUi(self, BookingDialog):
        if not BookingDialog.objectName():
            BookingDialog.setObjectName(u"BookingDialog")
        BookingDialog.setMinimumSize(QSize(520, 420))
        self.main_layout = QVBoxLayout(BookingDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.time_label = QLabel(BookingDialog)
        self.time_label.setObjectName(u"time_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.time_label)

        self.time_combo = QComboBox(BookingDialog)
        self.time_combo.setObjectName(u"time_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.time_combo)

        self.arrived_label = QLabel(BookingDialog)
        self.arrived_label.setObjectName(u"arrived_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.arrived_label)

        self.arrived_edit = QTimeEdit(BookingDialog)
        self.arrived_edit.setObjectName(u"arrived_edit")
        self.arrived_edit.setDisplayFormat(u"HH:mm")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.arrived_edit)

        self.search_label = QLabel(BookingDialog)
        self.search_label.setObjectName(u"search_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.search_label)

        self.search_edit = QLineEdit(BookingDialog)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.search_edit)

        self.results_label = QLabel(BookingDialog)
        self.results_label.setObjectName(u"results_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.results_label)

        self.results_list = QListWidget(BookingDialog)
        self.results_list.setObjectName(u"results_list")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.results_list)

        self.visitor_label = QLabel(BookingDialog)
        self.visitor_label.setObjectName(u"visitor_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.visitor_label)

        self.visitor_edit = QLineEdit(BookingDialog)
        self.visitor_edit.setObjectName(u"visitor_edit")
        self.visitor_edit.setMaxLength(200)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.visitor_edit)

        self.topic_label = QLabel(BookingDialog)
        self.topic_label.setObjectName(u"topic_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.topic_label)

        self.topic_edit = QLineEdit(BookingDialog)
        self.topic_edit.setObjectName(u"topic_edit")
        self.topic_edit.setMaxLength(300)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.topic_edit)

        self.chosen_label = QLabel(BookingDialog)
        self.chosen_label.setObjectName(u"chosen_label")
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen_label.setWordWrap(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.chosen_label)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(BookingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.time_label.setBuddy(self.time_combo)
        self.arrived_label.setBuddy(self.arrived_edit)
        self.search_label.setBuddy(self.search_edit)
        self.results_label.setBuddy(self.results_list)
        self.visitor_label.setBuddy(self.visitor_edit)
        self.topic_label.setBuddy(self.topic_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BookingDialog)
    # setupUi

    def retranslateUi(self, BookingDialog):
        BookingDialog.setWindowTitle(QCoreApplication.translate("BookingDialog", u"Book a slot", None))
        self.time_label.setText(QCoreApplication.translate("BookingDialog", u"&Time", None))
#if QT_CONFIG(accessibility)
        self.time_combo.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Slot", None))
#endif // QT_CONFIG(accessibility)
        self.arrived_label.setText(QCoreApplication.translate("BookingDialog", u"&Arrived at", None))
#if QT_CONFIG(accessibility)
        self.arrived_edit.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Arrival time", None))
#endif // QT_CONFIG(accessibility)
        self.search_label.setText(QCoreApplication.translate("BookingDialog", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Search persons and cases", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("BookingDialog", u"Name, case number or business \u2026", None))
        self.results_label.setText(QCoreApplication.translate("BookingDialog", u"&Found", None))
#if QT_CONFIG(accessibility)
        self.results_list.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Persons and cases found", None))
#endif // QT_CONFIG(accessibility)
        self.visitor_label.setText(QCoreApplication.translate("BookingDialog", u"&Or name", None))
#if QT_CONFIG(accessibility)
        self.visitor_edit.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Name of a visitor not yet recorded", None))
#endif // QT_CONFIG(accessibility)
        self.topic_label.setText(QCoreApplication.translate("BookingDialog", u"Co&ncern", None))
#if QT_CONFIG(accessibility)
        self.topic_edit.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Concern", None))
#endif // QT_CONFIG(accessibility)
        self.topic_edit.setPlaceholderText(QCoreApplication.translate("BookingDialog", u"e.g. financing, documents, finding premises", None))
        self.chosen_label.setText("")
#if QT_CONFIG(accessibility)
        self.chosen_label.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Chosen person or case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

