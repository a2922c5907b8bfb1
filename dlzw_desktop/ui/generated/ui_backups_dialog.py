# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(720, 440)
        self.main_layout = QVBoxLayout(BackupsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(BackupsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.intro_label)

        self.backups_table = QTableView(BackupsDialog)
        self.backups_table.setObjectName(u"backups_table")
        self.backups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups_table.setAlternatingRowColors(True)
        self.backups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups_table.setSortingEnabled(True)
        self.backups_table.horizontalHeader().setStretchLastSection(True)
        self.backups_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.backups_table)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.backup_now_button = QPushButton(BackupsDialog)
        self.backup_now_button.setObjectName(u"backup_now_button")

        self.actions_layout.addWidget(self.backup_now_button)

        self.restore_button = QPushButton(BackupsDialog)
        self.restore_button.setObjectName(u"restore_button")

        self.actions_layout.addWidget(self.restore_button)

        self.restore_file_button = QPushButton(BackupsDialog)
        self.restore_file_button.setObjectName(u"restore_file_button")

        self.actions_layout.addWidget(self.restore_file_button)

        self.spacer_14 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.spacer_14)


        self.main_layout.addLayout(self.actions_layout)

        self.message_label = QLabel(BackupsDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(BackupsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.backups_table, self.backup_now_button)
        QWidget.setTabOrder(self.backup_now_button, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.restore_file_button)
        QWidget.setTabOrder(self.restore_file_button, self.button_box)

        self.retranslateUi(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups \u2013 DLZW Desktop", None))
        self.intro_label.setText("")
#if QT_CONFIG(accessibility)
        self.intro_label.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Introduction", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backups_table.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backups", None))
#endif // QT_CONFIG(accessibility)
        self.backup_now_button.setText(QCoreApplication.translate("BackupsDialog", u"&Back up now", None))
#if QT_CONFIG(accessibility)
        self.backup_now_button.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Back up now", None))
#endif // QT_CONFIG(accessibility)
        self.restore_button.setText(QCoreApplication.translate("BackupsDialog", u"&Restore selected\u2026", None))
#if QT_CONFIG(accessibility)
        self.restore_button.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Restore the selected backup", None))
#endif // QT_CONFIG(accessibility)
        self.restore_file_button.setText(QCoreApplication.translate("BackupsDialog", u"Restore from &file\u2026", None))
#if QT_CONFIG(accessibility)
        self.restore_file_button.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Restore from a file", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

