# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

class Ui_ReportsView(object):
    def setupUi(self, ReportsView):
        if not ReportsView.objectName():
            ReportsView.setObjectName(u"ReportsView")
        self.main_layout = QVBoxLayout(ReportsView)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.title_label = QLabel(ReportsView)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.reports_tabs = QTabWidget(ReportsView)
        self.reports_tabs.setObjectName(u"reports_tabs")
        self.annual_page = QWidget()
        self.annual_page.setObjectName(u"annual_page")
        self.annual_layout = QVBoxLayout(self.annual_page)
        self.annual_layout.setObjectName(u"annual_layout")
        self.annual_layout.setContentsMargins(0, 0, 0, 0)
        self.reports_tabs.addTab(self.annual_page, "")
        self.costs_page = QWidget()
        self.costs_page.setObjectName(u"costs_page")
        self.costs_layout = QVBoxLayout(self.costs_page)
        self.costs_layout.setObjectName(u"costs_layout")
        self.costs_layout.setContentsMargins(0, 0, 0, 0)
        self.reports_tabs.addTab(self.costs_page, "")
        self.lwsi_page = QWidget()
        self.lwsi_page.setObjectName(u"lwsi_page")
        self.lwsi_layout = QVBoxLayout(self.lwsi_page)
        self.lwsi_layout.setObjectName(u"lwsi_layout")
        self.lwsi_layout.setContentsMargins(0, 0, 0, 0)
        self.reports_tabs.addTab(self.lwsi_page, "")

        self.main_layout.addWidget(self.reports_tabs)


        self.retranslateUi(ReportsView)
    # setupUi

    def retranslateUi(self, ReportsView):
        self.title_label.setText(QCoreApplication.translate("ReportsView", u"Reports", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("ReportsView", u"Section title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reports_tabs.setAccessibleName(QCoreApplication.translate("ReportsView", u"Report areas", None))
#endif // QT_CONFIG(accessibility)
        self.reports_tabs.setTabText(self.reports_tabs.indexOf(self.annual_page), QCoreApplication.translate("ReportsView", u"&Annual report", None))
        self.reports_tabs.setTabText(self.reports_tabs.indexOf(self.costs_page), QCoreApplication.translate("ReportsView", u"Programme &costs", None))
        self.reports_tabs.setTabText(self.reports_tabs.indexOf(self.lwsi_page), QCoreApplication.translate("ReportsView", u"&LWSI", None))
        pass
    # retranslateUi

