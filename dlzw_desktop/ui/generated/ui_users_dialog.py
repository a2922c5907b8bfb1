# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout, QWidget

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(820, 480)
        self.main_layout = QVBoxLayout(UsersDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(UsersDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.intro_label)

        self.users_table = QTableView(UsersDialog)
        self.users_table.setObjectName(u"users_table")
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setAlternatingRowColors(True)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSortingEnabled(True)
        self.users_table.horizontalHeader().setStretchLastSection(True)
        self.users_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.users_table)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.new_button = QPushButton(UsersDialog)
        self.new_button.setObjectName(u"new_button")

        self.actions_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(UsersDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.actions_layout.addWidget(self.edit_button)

        self.reset_password_button = QPushButton(UsersDialog)
        self.reset_password_button.setObjectName(u"reset_password_button")

        self.actions_layout.addWidget(self.reset_password_button)

        self.unlock_button = QPushButton(UsersDialog)
        self.unlock_button.setObjectName(u"unlock_button")

        self.actions_layout.addWidget(self.unlock_button)

        self.active_button = QPushButton(UsersDialog)
        self.active_button.setObjectName(u"active_button")

        self.actions_layout.addWidget(self.active_button)

        self.spacer_5 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.spacer_5)


        self.main_layout.addLayout(self.actions_layout)

        self.timeout_layout = QHBoxLayout()
        self.timeout_layout.setObjectName(u"timeout_layout")
        self.timeout_label = QLabel(UsersDialog)
        self.timeout_label.setObjectName(u"timeout_label")
        self.timeout_label.setTextFormat(Qt.TextFormat.PlainText)

        self.timeout_layout.addWidget(self.timeout_label)

        self.timeout_spin = QSpinBox(UsersDialog)
        self.timeout_spin.setObjectName(u"timeout_spin")
        self.timeout_spin.setMinimum(1)
        self.timeout_spin.setMaximum(480)

        self.timeout_layout.addWidget(self.timeout_spin)

        self.timeout_save_button = QPushButton(UsersDialog)
        self.timeout_save_button.setObjectName(u"timeout_save_button")

        self.timeout_layout.addWidget(self.timeout_save_button)

        self.spacer_6 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeout_layout.addItem(self.spacer_6)


        self.main_layout.addLayout(self.timeout_layout)

        self.message_label = QLabel(UsersDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(UsersDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.timeout_label.setBuddy(self.timeout_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.users_table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.reset_password_button)
        QWidget.setTabOrder(self.reset_password_button, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.active_button)
        QWidget.setTabOrder(self.active_button, self.timeout_spin)
        QWidget.setTabOrder(self.timeout_spin, self.timeout_save_button)
        QWidget.setTabOrder(self.timeout_save_button, self.button_box)

        self.retranslateUi(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users \u2013 DLZW Desktop", None))
        self.intro_label.setText(QCoreApplication.translate("UsersDialog", u"Everybody who works with this database has an account of their own. Deactivated accounts keep their history but can no longer sign in.", None))
#if QT_CONFIG(accessibility)
        self.intro_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Introduction", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.users_table.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Users", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("UsersDialog", u"&New user\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"New user", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(shortcut)
        self.new_button.setShortcut(QCoreApplication.translate("UsersDialog", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.edit_button.setText(QCoreApplication.translate("UsersDialog", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Edit user", None))
#endif // QT_CONFIG(accessibility)
        self.reset_password_button.setText(QCoreApplication.translate("UsersDialog", u"&Assign password\u2026", None))
#if QT_CONFIG(accessibility)
        self.reset_password_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Assign a new password", None))
#endif // QT_CONFIG(accessibility)
        self.unlock_button.setText(QCoreApplication.translate("UsersDialog", u"&Unlock", None))
#if QT_CONFIG(accessibility)
        self.unlock_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Unlock user", None))
#endif // QT_CONFIG(accessibility)
        self.active_button.setText(QCoreApplication.translate("UsersDialog", u"&Deactivate", None))
#if QT_CONFIG(accessibility)
        self.active_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Deactivate or reactivate user", None))
#endif // QT_CONFIG(accessibility)
        self.timeout_label.setText(QCoreApplication.translate("UsersDialog", u"Sign out after this many &minutes without activity", None))
#if QT_CONFIG(accessibility)
        self.timeout_spin.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Session timeout in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.timeout_save_button.setText(QCoreApplication.translate("UsersDialog", u"Sa&ve", None))
#if QT_CONFIG(accessibility)
        self.timeout_save_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Save session timeout", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

