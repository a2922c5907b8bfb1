# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(620, 520)
        self.main_layout = QVBoxLayout(AboutDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(AboutDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.title_label)

        self.description_label = QLabel(AboutDialog)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.description_label)

        self.sources_label = QLabel(AboutDialog)
        self.sources_label.setObjectName(u"sources_label")

        self.main_layout.addWidget(self.sources_label)

        self.sources_text = QPlainTextEdit(AboutDialog)
        self.sources_text.setObjectName(u"sources_text")
        self.sources_text.setReadOnly(True)

        self.main_layout.addWidget(self.sources_text)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.sources_label.setBuddy(self.sources_text)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About DLZW Desktop", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Application name and version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.description_label.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.sources_label.setText(QCoreApplication.translate("AboutDialog", u"Reference data and licences", None))
#if QT_CONFIG(accessibility)
        self.sources_text.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Reference data sources and licences", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

