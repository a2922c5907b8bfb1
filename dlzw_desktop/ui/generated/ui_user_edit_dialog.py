# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_edit_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_UserEditDialog(object):
    def setupUi(self, UserEditDialog):
        if not UserEditDialog.objectName():
            UserEditDialog.setObjectName(u"UserEditDialog")
        UserEditDialog.resize(460, 360)
        self.main_layout = QVBoxLayout(UserEditDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.username_label = QLabel(UserEditDialog)
        self.username_label.setObjectName(u"username_label")
        self.username_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(UserEditDialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(64)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.display_name_label = QLabel(UserEditDialog)
        self.display_name_label.setObjectName(u"display_name_label")
        self.display_name_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(UserEditDialog)
        self.display_name_edit.setObjectName(u"display_name_edit")
        self.display_name_edit.setMaxLength(200)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.email_label = QLabel(UserEditDialog)
        self.email_label.setObjectName(u"email_label")
        self.email_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(UserEditDialog)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(254)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.role_label = QLabel(UserEditDialog)
        self.role_label.setObjectName(u"role_label")
        self.role_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(UserEditDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.password_label = QLabel(UserEditDialog)
        self.password_label.setObjectName(u"password_label")
        self.password_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(UserEditDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.repeat_label = QLabel(UserEditDialog)
        self.repeat_label.setObjectName(u"repeat_label")
        self.repeat_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(UserEditDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setMaxLength(256)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeat_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.rules_label = QLabel(UserEditDialog)
        self.rules_label.setObjectName(u"rules_label")
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.rules_label)

        self.message_label = QLabel(UserEditDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.spacer_4 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer_4)

        self.button_box = QDialogButtonBox(UserEditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.email_label.setBuddy(self.email_edit)
        self.role_label.setBuddy(self.role_combo)
        self.password_label.setBuddy(self.password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_edit, self.display_name_edit)
        QWidget.setTabOrder(self.display_name_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.button_box)

        self.retranslateUi(UserEditDialog)
    # setupUi

    def retranslateUi(self, UserEditDialog):
        UserEditDialog.setWindowTitle(QCoreApplication.translate("UserEditDialog", u"User \u2013 DLZW Desktop", None))
        self.username_label.setText(QCoreApplication.translate("UserEditDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.username_edit.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"e.g. b.becker", None))
        self.display_name_label.setText(QCoreApplication.translate("UserEditDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.display_name_edit.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("UserEditDialog", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"E-mail address", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("UserEditDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("UserEditDialog", u"First &password", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"First password", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("UserEditDialog", u"Repea&t password", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Repeat password", None))
#endif // QT_CONFIG(accessibility)
        self.rules_label.setText("")
#if QT_CONFIG(accessibility)
        self.rules_label.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Password rules", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

