# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appointment_consultation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout

class Ui_AppointmentConsultationDialog(object):
    def setupUi(self, AppointmentConsultationDialog):
        if not AppointmentConsultationDialog.objectName():
            AppointmentConsultationDialog.setObjectName(u"AppointmentConsultationDialog")
        AppointmentConsultationDialog.setMinimumSize(QSize(460, 300))
        self.main_layout = QVBoxLayout(AppointmentConsultationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.who_label = QLabel(AppointmentConsultationDialog)
        self.who_label.setObjectName(u"who_label")
        self.who_label.setTextFormat(Qt.TextFormat.PlainText)
        self.who_label.setWordWrap(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.who_label)

        self.minutes_label = QLabel(AppointmentConsultationDialog)
        self.minutes_label.setObjectName(u"minutes_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minutes_label)

        self.minutes_spin = QSpinBox(AppointmentConsultationDialog)
        self.minutes_spin.setObjectName(u"minutes_spin")
        self.minutes_spin.setMinimum(1)
        self.minutes_spin.setMaximum(1440)
        self.minutes_spin.setValue(30)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minutes_spin)

        self.topics_label = QLabel(AppointmentConsultationDialog)
        self.topics_label.setObjectName(u"topics_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.topics_label)

        self.topics_edit = QLineEdit(AppointmentConsultationDialog)
        self.topics_edit.setObjectName(u"topics_edit")
        self.topics_edit.setMaxLength(500)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.topics_edit)

        self.notes_label = QLabel(AppointmentConsultationDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(AppointmentConsultationDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(AppointmentConsultationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.minutes_label.setBuddy(self.minutes_spin)
        self.topics_label.setBuddy(self.topics_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AppointmentConsultationDialog)
    # setupUi

    def retranslateUi(self, AppointmentConsultationDialog):
        AppointmentConsultationDialog.setWindowTitle(QCoreApplication.translate("AppointmentConsultationDialog", u"Record consultation", None))
        self.who_label.setText("")
#if QT_CONFIG(accessibility)
        self.who_label.setAccessibleName(QCoreApplication.translate("AppointmentConsultationDialog", u"Who was advised", None))
#endif // QT_CONFIG(accessibility)
        self.minutes_label.setText(QCoreApplication.translate("AppointmentConsultationDialog", u"&Duration", None))
#if QT_CONFIG(accessibility)
        self.minutes_spin.setAccessibleName(QCoreApplication.translate("AppointmentConsultationDialog", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.minutes_spin.setSuffix(QCoreApplication.translate("AppointmentConsultationDialog", u" min", None))
        self.topics_label.setText(QCoreApplication.translate("AppointmentConsultationDialog", u"&Topics", None))
#if QT_CONFIG(accessibility)
        self.topics_edit.setAccessibleName(QCoreApplication.translate("AppointmentConsultationDialog", u"Topics", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("AppointmentConsultationDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("AppointmentConsultationDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("AppointmentConsultationDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

