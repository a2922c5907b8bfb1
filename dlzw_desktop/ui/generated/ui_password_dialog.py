# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(460, 300)
        self.main_layout = QVBoxLayout(PasswordDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(PasswordDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.current_label = QLabel(PasswordDialog)
        self.current_label.setObjectName(u"current_label")
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_label)

        self.current_edit = QLineEdit(PasswordDialog)
        self.current_edit.setObjectName(u"current_edit")
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_edit.setMaxLength(256)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_edit)

        self.new_label = QLabel(PasswordDialog)
        self.new_label.setObjectName(u"new_label")
        self.new_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_label)

        self.new_edit = QLineEdit(PasswordDialog)
        self.new_edit.setObjectName(u"new_edit")
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_edit.setMaxLength(256)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_edit)

        self.repeat_label = QLabel(PasswordDialog)
        self.repeat_label.setObjectName(u"repeat_label")
        self.repeat_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(PasswordDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setMaxLength(256)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.rules_label = QLabel(PasswordDialog)
        self.rules_label.setObjectName(u"rules_label")
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.rules_label)

        self.message_label = QLabel(PasswordDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.spacer_3 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer_3)

        self.button_box = QDialogButtonBox(PasswordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.current_label.setBuddy(self.current_edit)
        self.new_label.setBuddy(self.new_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.current_edit, self.new_edit)
        QWidget.setTabOrder(self.new_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.button_box)

        self.retranslateUi(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Password \u2013 DLZW Desktop", None))
        self.intro_label.setText("")
#if QT_CONFIG(accessibility)
        self.intro_label.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Introduction", None))
#endif // QT_CONFIG(accessibility)
        self.current_label.setText(QCoreApplication.translate("PasswordDialog", u"&Current password", None))
#if QT_CONFIG(accessibility)
        self.current_edit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.new_label.setText(QCoreApplication.translate("PasswordDialog", u"&New password", None))
#if QT_CONFIG(accessibility)
        self.new_edit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("PasswordDialog", u"&Repeat new password", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Repeat new password", None))
#endif // QT_CONFIG(accessibility)
        self.rules_label.setText("")
#if QT_CONFIG(accessibility)
        self.rules_label.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Password rules", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

