# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'global_search_popup.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

class Ui_GlobalSearchPopup(object):
    def setupUi(self, GlobalSearchPopup):
        if not GlobalSearchPopup.objectName():
            GlobalSearchPopup.setObjectName(u"GlobalSearchPopup")
        GlobalSearchPopup.resize(640, 420)
        GlobalSearchPopup.setFrameShape(QFrame.Shape.StyledPanel)
        GlobalSearchPopup.setFrameShadow(QFrame.Shadow.Raised)
        GlobalSearchPopup.setAutoFillBackground(True)
        self.main_layout = QVBoxLayout(GlobalSearchPopup)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(10, 10, 10, 8)
        self.search_edit = QLineEdit(GlobalSearchPopup)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.main_layout.addWidget(self.search_edit)

        self.results_list = QListWidget(GlobalSearchPopup)
        self.results_list.setObjectName(u"results_list")
        self.results_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.results_list.setFrameShape(QFrame.Shape.NoFrame)
        self.results_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_list.setUniformItemSizes(False)

        self.main_layout.addWidget(self.results_list)

        self.hint_label = QLabel(GlobalSearchPopup)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.hint_label)

        QWidget.setTabOrder(self.search_edit, self.results_list)

        self.retranslateUi(GlobalSearchPopup)
    # setupUi

    def retranslateUi(self, GlobalSearchPopup):
#if QT_CONFIG(accessibility)
        GlobalSearchPopup.setAccessibleName(QCoreApplication.translate("GlobalSearchPopup", u"Search everywhere", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("GlobalSearchPopup", u"Search everywhere", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleDescription(QCoreApplication.translate("GlobalSearchPopup", u"Type a case number, a name, a business or a street; arrow keys choose a result, Enter opens it.", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("GlobalSearchPopup", u"Search cases, people, businesses and properties\u2026", None))
#if QT_CONFIG(accessibility)
        self.results_list.setAccessibleName(QCoreApplication.translate("GlobalSearchPopup", u"Search results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hint_label.setAccessibleName(QCoreApplication.translate("GlobalSearchPopup", u"Keyboard hint", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("GlobalSearchPopup", u"\u2191 \u2193 choose \u00b7 Enter opens \u00b7 Esc closes", None))
    # retranslateUi

