# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reminder_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

class Ui_ReminderDialog(object):
    def setupUi(self, ReminderDialog):
        if not ReminderDialog.objectName():
            ReminderDialog.setObjectName(u"ReminderDialog")
        ReminderDialog.setMinimumSize(QSize(420, 0))
        self.vertical_layout_74 = QVBoxLayout(ReminderDialog)
        self.vertical_layout_74.setObjectName(u"vertical_layout_74")
        self.form_layout_73 = QFormLayout()
        self.form_layout_73.setObjectName(u"form_layout_73")
        self.due_label = QLabel(ReminderDialog)
        self.due_label.setObjectName(u"due_label")

        self.form_layout_73.setWidget(0, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due_edit = QLineEdit(ReminderDialog)
        self.due_edit.setObjectName(u"due_edit")

        self.form_layout_73.setWidget(0, QFormLayout.ItemRole.FieldRole, self.due_edit)

        self.title_label = QLabel(ReminderDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout_73.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(ReminderDialog)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(300)

        self.form_layout_73.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.assignee_label = QLabel(ReminderDialog)
        self.assignee_label.setObjectName(u"assignee_label")

        self.form_layout_73.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assignee_label)

        self.assignee_combo = QComboBox(ReminderDialog)
        self.assignee_combo.setObjectName(u"assignee_combo")
        self.assignee_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.form_layout_73.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assignee_combo)

        self.note_label = QLabel(ReminderDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout_73.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(ReminderDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumSize(QSize(16777215, 80))

        self.form_layout_73.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.vertical_layout_74.addLayout(self.form_layout_73)

        self.button_box = QDialogButtonBox(ReminderDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.vertical_layout_74.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.due_label.setBuddy(self.due_edit)
        self.title_label.setBuddy(self.title_edit)
        self.assignee_label.setBuddy(self.assignee_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReminderDialog)
    # setupUi

    def retranslateUi(self, ReminderDialog):
        ReminderDialog.setWindowTitle(QCoreApplication.translate("ReminderDialog", u"Reminder", None))
        self.due_label.setText(QCoreApplication.translate("ReminderDialog", u"&Due on", None))
#if QT_CONFIG(accessibility)
        self.due_edit.setAccessibleName(QCoreApplication.translate("ReminderDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.due_edit.setPlaceholderText(QCoreApplication.translate("ReminderDialog", u"DD.MM.YYYY", None))
        self.title_label.setText(QCoreApplication.translate("ReminderDialog", u"&Task", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("ReminderDialog", u"What is to be done", None))
#endif // QT_CONFIG(accessibility)
        self.assignee_label.setText(QCoreApplication.translate("ReminderDialog", u"&For", None))
#if QT_CONFIG(accessibility)
        self.assignee_combo.setAccessibleName(QCoreApplication.translate("ReminderDialog", u"Who the reminder is for", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("ReminderDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("ReminderDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("ReminderDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

