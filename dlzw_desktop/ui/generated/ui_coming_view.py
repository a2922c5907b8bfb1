# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coming_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ComingView(object):
    def setupUi(self, ComingView):
        if not ComingView.objectName():
            ComingView.setObjectName(u"ComingView")
        self.main_layout = QVBoxLayout(ComingView)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 24, 24, 24)
        self.title_label = QLabel(ComingView)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.title_label)

        self.description_label = QLabel(ComingView)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.description_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)


        self.retranslateUi(ComingView)
    # setupUi

    def retranslateUi(self, ComingView):
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("ComingView", u"Section title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.description_label.setAccessibleName(QCoreApplication.translate("ComingView", u"What this section will offer", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

