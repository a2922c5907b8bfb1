# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_admin_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_FirstAdminDialog(object):
    def setupUi(self, FirstAdminDialog):
        if not FirstAdminDialog.objectName():
            FirstAdminDialog.setObjectName(u"FirstAdminDialog")
        FirstAdminDialog.resize(500, 360)
        self.main_layout = QVBoxLayout(FirstAdminDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(FirstAdminDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.username_label = QLabel(FirstAdminDialog)
        self.username_label.setObjectName(u"username_label")
        self.username_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(FirstAdminDialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(64)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.display_name_label = QLabel(FirstAdminDialog)
        self.display_name_label.setObjectName(u"display_name_label")
        self.display_name_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(FirstAdminDialog)
        self.display_name_edit.setObjectName(u"display_name_edit")
        self.display_name_edit.setMaxLength(200)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.password_label = QLabel(FirstAdminDialog)
        self.password_label.setObjectName(u"password_label")
        self.password_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(FirstAdminDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.repeat_label = QLabel(FirstAdminDialog)
        self.repeat_label.setObjectName(u"repeat_label")
        self.repeat_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(FirstAdminDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setMaxLength(256)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeat_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.rules_label = QLabel(FirstAdminDialog)
        self.rules_label.setObjectName(u"rules_label")
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.rules_label)

        self.message_label = QLabel(FirstAdminDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.spacer_2 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer_2)

        self.button_box = QDialogButtonBox(FirstAdminDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.password_label.setBuddy(self.password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_edit, self.display_name_edit)
        QWidget.setTabOrder(self.display_name_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.button_box)

        self.retranslateUi(FirstAdminDialog)
    # setupUi

    def retranslateUi(self, FirstAdminDialog):
        FirstAdminDialog.setWindowTitle(QCoreApplication.translate("FirstAdminDialog", u"Create the administrator \u2013 DLZW Desktop", None))
        self.intro_label.setText(QCoreApplication.translate("FirstAdminDialog", u"This database has no user accounts yet. Create the administrator account now: from then on everybody signs in with a user name and password. The administrator creates the accounts of colleagues.", None))
#if QT_CONFIG(accessibility)
        self.intro_label.setAccessibleName(QCoreApplication.translate("FirstAdminDialog", u"Introduction", None))
#endif // QT_CONFIG(accessibility)
        self.username_label.setText(QCoreApplication.translate("FirstAdminDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("FirstAdminDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.username_edit.setPlaceholderText(QCoreApplication.translate("FirstAdminDialog", u"e.g. a.yilmaz", None))
        self.display_name_label.setText(QCoreApplication.translate("FirstAdminDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.display_name_edit.setAccessibleName(QCoreApplication.translate("FirstAdminDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.display_name_edit.setPlaceholderText(QCoreApplication.translate("FirstAdminDialog", u"e.g. Ay\u015fe Y\u0131lmaz", None))
        self.password_label.setText(QCoreApplication.translate("FirstAdminDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("FirstAdminDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("FirstAdminDialog", u"&Repeat password", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("FirstAdminDialog", u"Repeat password", None))
#endif // QT_CONFIG(accessibility)
        self.rules_label.setText("")
#if QT_CONFIG(accessibility)
        self.rules_label.setAccessibleName(QCoreApplication.translate("FirstAdminDialog", u"Password rules", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("FirstAdminDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("FirstAdminDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

