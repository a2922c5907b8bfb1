# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'error_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.resize(560, 360)
        self.main_layout = QVBoxLayout(ErrorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.message_label = QLabel(ErrorDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.details_label = QLabel(ErrorDialog)
        self.details_label.setObjectName(u"details_label")

        self.main_layout.addWidget(self.details_label)

        self.details_text = QPlainTextEdit(ErrorDialog)
        self.details_text.setObjectName(u"details_text")
        self.details_text.setReadOnly(True)

        self.main_layout.addWidget(self.details_text)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.copy_button = QPushButton(ErrorDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.buttons_layout.addWidget(self.copy_button)

        self.log_folder_button = QPushButton(ErrorDialog)
        self.log_folder_button.setObjectName(u"log_folder_button")

        self.buttons_layout.addWidget(self.log_folder_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(ErrorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.details_label.setBuddy(self.details_text)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ErrorDialog)
    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"Unexpected error", None))
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("ErrorDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.details_label.setText(QCoreApplication.translate("ErrorDialog", u"Technical details (also written to the log file)", None))
#if QT_CONFIG(accessibility)
        self.details_text.setAccessibleName(QCoreApplication.translate("ErrorDialog", u"Technical details", None))
#endif // QT_CONFIG(accessibility)
        self.copy_button.setText(QCoreApplication.translate("ErrorDialog", u"&Copy details", None))
#if QT_CONFIG(accessibility)
        self.copy_button.setAccessibleName(QCoreApplication.translate("ErrorDialog", u"Copy details", None))
#endif // QT_CONFIG(accessibility)
        self.log_folder_button.setText(QCoreApplication.translate("ErrorDialog", u"Open &log folder", None))
#if QT_CONFIG(accessibility)
        self.log_folder_button.setAccessibleName(QCoreApplication.translate("ErrorDialog", u"Open log folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("ErrorDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

