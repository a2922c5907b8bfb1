# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_day_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, QTime, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QSpinBox, QTimeEdit, QVBoxLayout

class Ui_ConsultationDayDialog(object):
    def setupUi(self, ConsultationDayDialog):
        if not ConsultationDayDialog.objectName():
            ConsultationDayDialog.setObjectName(u"ConsultationDayDialog")
        ConsultationDayDialog.setMinimumSize(QSize(720, 0))
        self.main_layout = QVBoxLayout(ConsultationDayDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.held_on_label = QLabel(ConsultationDayDialog)
        self.held_on_label.setObjectName(u"held_on_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_on_label)

        self.held_on_edit = QDateEdit(ConsultationDayDialog)
        self.held_on_edit.setObjectName(u"held_on_edit")
        self.held_on_edit.setCalendarPopup(True)
        self.held_on_edit.setDisplayFormat(u"dd.MM.yyyy")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_on_edit)

        self.place_label = QLabel(ConsultationDayDialog)
        self.place_label.setObjectName(u"place_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_edit = QLineEdit(ConsultationDayDialog)
        self.place_edit.setObjectName(u"place_edit")
        self.place_edit.setMaxLength(300)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.borough_label = QLabel(ConsultationDayDialog)
        self.borough_label.setObjectName(u"borough_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.borough_label)

        self.borough_combo = QComboBox(ConsultationDayDialog)
        self.borough_combo.setObjectName(u"borough_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.borough_combo)

        self.district_label = QLabel(ConsultationDayDialog)
        self.district_label.setObjectName(u"district_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.district_label)

        self.district_combo = QComboBox(ConsultationDayDialog)
        self.district_combo.setObjectName(u"district_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.district_combo)

        self.initiative_label = QLabel(ConsultationDayDialog)
        self.initiative_label.setObjectName(u"initiative_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.initiative_label)

        self.initiative_combo = QComboBox(ConsultationDayDialog)
        self.initiative_combo.setObjectName(u"initiative_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.initiative_combo)

        self.starts_label = QLabel(ConsultationDayDialog)
        self.starts_label.setObjectName(u"starts_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.starts_label)

        self.starts_edit = QTimeEdit(ConsultationDayDialog)
        self.starts_edit.setObjectName(u"starts_edit")
        self.starts_edit.setDisplayFormat(u"HH:mm")
        self.starts_edit.setTime(QTime(10, 0, 0))

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.starts_edit)

        self.ends_label = QLabel(ConsultationDayDialog)
        self.ends_label.setObjectName(u"ends_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ends_label)

        self.ends_edit = QTimeEdit(ConsultationDayDialog)
        self.ends_edit.setObjectName(u"ends_edit")
        self.ends_edit.setDisplayFormat(u"HH:mm")
        self.ends_edit.setTime(QTime(14, 0, 0))

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ends_edit)

        self.slot_label = QLabel(ConsultationDayDialog)
        self.slot_label.setObjectName(u"slot_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.slot_label)

        self.slot_spin = QSpinBox(ConsultationDayDialog)
        self.slot_spin.setObjectName(u"slot_spin")
        self.slot_spin.setMinimum(5)
        self.slot_spin.setMaximum(240)
        self.slot_spin.setSingleStep(5)
        self.slot_spin.setValue(30)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.slot_spin)

        self.slots_hint_label = QLabel(ConsultationDayDialog)
        self.slots_hint_label.setObjectName(u"slots_hint_label")
        self.slots_hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.slots_hint_label)

        self.notes_label = QLabel(ConsultationDayDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(ConsultationDayDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 80))

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.columns_layout.addLayout(self.form_layout)

        self.advisors_layout = QVBoxLayout()
        self.advisors_layout.setObjectName(u"advisors_layout")
        self.advisors_label = QLabel(ConsultationDayDialog)
        self.advisors_label.setObjectName(u"advisors_label")

        self.advisors_layout.addWidget(self.advisors_label)

        self.advisors_list = QListWidget(ConsultationDayDialog)
        self.advisors_list.setObjectName(u"advisors_list")

        self.advisors_layout.addWidget(self.advisors_list)


        self.columns_layout.addLayout(self.advisors_layout)


        self.main_layout.addLayout(self.columns_layout)

        self.button_box = QDialogButtonBox(ConsultationDayDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.held_on_label.setBuddy(self.held_on_edit)
        self.place_label.setBuddy(self.place_edit)
        self.borough_label.setBuddy(self.borough_combo)
        self.district_label.setBuddy(self.district_combo)
        self.initiative_label.setBuddy(self.initiative_combo)
        self.starts_label.setBuddy(self.starts_edit)
        self.ends_label.setBuddy(self.ends_edit)
        self.slot_label.setBuddy(self.slot_spin)
        self.notes_label.setBuddy(self.notes_edit)
        self.advisors_label.setBuddy(self.advisors_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsultationDayDialog)
    # setupUi

    def retranslateUi(self, ConsultationDayDialog):
        ConsultationDayDialog.setWindowTitle(QCoreApplication.translate("ConsultationDayDialog", u"Consultation day", None))
        self.held_on_label.setText(QCoreApplication.translate("ConsultationDayDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.held_on_edit.setAccessibleName(QCoreApplication.translate("ConsultationDayDialog", u"Date of the consultation day", None))
#endif // QT_CONFIG(accessibility)
        self.place_label.setText(QCoreApplication.translate("ConsultationDayDialog", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.place_edit.setAccessibleName(QCoreApplication.translate("ConsultationDayDialog", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.place_edit.setPlaceholderText(QCoreApplication.translate("ConsultationDayDialog", u"e.g. Quartiersb\u00fcro Nordmarkt, Mallinckrodtstra\u00dfe 12", None))
        self.borough_label.setText(QCoreApplication.translate("ConsultationDayDialog", u"&Borough", None))
#if QT_CONFIG(accessibility)
        self.borough_combo.setAccessibleName(QCoreApplication.translate("ConsultationDayDialog", u"Borough", None))
#endif // QT_CONFIG(accessibility)
        self.district_label.setText(QCoreApplication.translate("ConsultationDayDialog", u"Di&strict", None))
#if QT_CONFIG(accessibility)
        self.district_combo.setAccessibleName(QCoreApplication.translate("ConsultationDayDialog", u"Statistical district", None))
#endif // QT_CONFIG(accessibility)
        self.initiative_label.setText(QCoreApplication.translate("ConsultationDayDialog", u"Partner &initiative", None))
#if QT_CONFIG(accessibility)
        self.initiative_combo.setAccessibleName(QCoreApplication.translate("ConsultationDayDialog", u"Partner initiative", None))
#endif // QT_CONFIG(accessibility)
        self.starts_label.setText(QCoreApplication.translate("ConsultationDayDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.starts_edit.setAccessibleName(QCoreApplication.translate("ConsultationDayDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.ends_label.setText(QCoreApplication.translate("ConsultationDayDialog", u"&Until", None))
#if QT_CONFIG(accessibility)
        self.ends_edit.setAccessibleName(QCoreApplication.translate("ConsultationDayDialog", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.slot_label.setText(QCoreApplication.translate("ConsultationDayDialog", u"Slot &length", None))
#if QT_CONFIG(accessibility)
        self.slot_spin.setAccessibleName(QCoreApplication.translate("ConsultationDayDialog", u"Slot length in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.slot_spin.setSuffix(QCoreApplication.translate("ConsultationDayDialog", u" min", None))
        self.slots_hint_label.setText("")
#if QT_CONFIG(accessibility)
        self.slots_hint_label.setAccessibleName(QCoreApplication.translate("ConsultationDayDialog", u"Number of slots", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("ConsultationDayDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ConsultationDayDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.advisors_label.setText(QCoreApplication.translate("ConsultationDayDialog", u"&Advisors", None))
#if QT_CONFIG(accessibility)
        self.advisors_list.setAccessibleName(QCoreApplication.translate("ConsultationDayDialog", u"Advisors of the day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("ConsultationDayDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

