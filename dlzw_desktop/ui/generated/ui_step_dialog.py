# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_StepDialog(object):
    def setupUi(self, StepDialog):
        if not StepDialog.objectName():
            StepDialog.setObjectName(u"StepDialog")
        StepDialog.setMinimumSize(QSize(460, 0))
        self.main_layout = QVBoxLayout(StepDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.info_label = QLabel(StepDialog)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)

        self.main_layout.addWidget(self.info_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.target_label = QLabel(StepDialog)
        self.target_label.setObjectName(u"target_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target_combo = QComboBox(StepDialog)
        self.target_combo.setObjectName(u"target_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.target_combo)

        self.date_label = QLabel(StepDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(StepDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.reason_label = QLabel(StepDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(StepDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumSize(QSize(16777215, 80))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.note_label = QLabel(StepDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(StepDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(StepDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(StepDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.target_label.setBuddy(self.target_combo)
        self.date_label.setBuddy(self.date_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.target_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.button_box)

        self.retranslateUi(StepDialog)
    # setupUi

    def retranslateUi(self, StepDialog):
        StepDialog.setWindowTitle(QCoreApplication.translate("StepDialog", u"Next step", None))
        self.info_label.setText("")
#if QT_CONFIG(accessibility)
        self.info_label.setAccessibleName(QCoreApplication.translate("StepDialog", u"What this step is about", None))
#endif // QT_CONFIG(accessibility)
        self.target_label.setText(QCoreApplication.translate("StepDialog", u"&New stage:", None))
#if QT_CONFIG(accessibility)
        self.target_combo.setAccessibleName(QCoreApplication.translate("StepDialog", u"Next status or stage", None))
#endif // QT_CONFIG(accessibility)
        self.date_label.setText(QCoreApplication.translate("StepDialog", u"&On:", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("StepDialog", u"Day of the step", None))
#endif // QT_CONFIG(accessibility)
        self.date_edit.setDisplayFormat(QCoreApplication.translate("StepDialog", u"dd.MM.yyyy", None))
        self.reason_label.setText(QCoreApplication.translate("StepDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("StepDialog", u"Reason for the step", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("StepDialog", u"N&ote:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("StepDialog", u"Note, e.g. time and place of the viewing", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText("")
#if QT_CONFIG(accessibility)
        self.hint_label.setAccessibleName(QCoreApplication.translate("StepDialog", u"What happens when the step is saved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("StepDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

