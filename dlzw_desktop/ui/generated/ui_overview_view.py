# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from dlzw_desktop.ui.reminders_panel import RemindersPanel

class Ui_OverviewView(object):
    def setupUi(self, OverviewView):
        if not OverviewView.objectName():
            OverviewView.setObjectName(u"OverviewView")
        self.main_layout = QVBoxLayout(OverviewView)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.overview_scroll_area = QScrollArea(OverviewView)
        self.overview_scroll_area.setObjectName(u"overview_scroll_area")
        self.overview_scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.overview_scroll_area.setWidgetResizable(True)
        self.overview_contents = QWidget()
        self.overview_contents.setObjectName(u"overview_contents")
        self.contents_layout = QVBoxLayout(self.overview_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.contents_layout.setContentsMargins(24, 24, 24, 24)
        self.title_label = QLabel(self.overview_contents)
        self.title_label.setObjectName(u"title_label")

        self.contents_layout.addWidget(self.title_label)

        self.greeting_label = QLabel(self.overview_contents)
        self.greeting_label.setObjectName(u"greeting_label")
        self.greeting_label.setTextFormat(Qt.TextFormat.PlainText)
        self.greeting_label.setWordWrap(True)

        self.contents_layout.addWidget(self.greeting_label)

        self.figures_group = QGroupBox(self.overview_contents)
        self.figures_group.setObjectName(u"figures_group")
        self.figures_layout = QFormLayout(self.figures_group)
        self.figures_layout.setObjectName(u"figures_layout")

        self.contents_layout.addWidget(self.figures_group)

        self.stages_and_due_layout = QHBoxLayout()
        self.stages_and_due_layout.setObjectName(u"stages_and_due_layout")
        self.stages_group = QGroupBox(self.overview_contents)
        self.stages_group.setObjectName(u"stages_group")
        self.stages_layout = QFormLayout(self.stages_group)
        self.stages_layout.setObjectName(u"stages_layout")

        self.stages_and_due_layout.addWidget(self.stages_group)

        self.reminders_panel = RemindersPanel(self.overview_contents)
        self.reminders_panel.setObjectName(u"reminders_panel")

        self.stages_and_due_layout.addWidget(self.reminders_panel)

        self.stages_and_due_layout.setStretch(1, 1)

        self.contents_layout.addLayout(self.stages_and_due_layout)

        self.dashboard_group = QGroupBox(self.overview_contents)
        self.dashboard_group.setObjectName(u"dashboard_group")
        self.dashboard_layout = QVBoxLayout(self.dashboard_group)
        self.dashboard_layout.setObjectName(u"dashboard_layout")

        self.contents_layout.addWidget(self.dashboard_group)

        self.refresh_button = QPushButton(self.overview_contents)
        self.refresh_button.setObjectName(u"refresh_button")

        self.contents_layout.addWidget(self.refresh_button)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.overview_scroll_area.setWidget(self.overview_contents)

        self.main_layout.addWidget(self.overview_scroll_area)


        self.retranslateUi(OverviewView)
    # setupUi

    def retranslateUi(self, OverviewView):
#if QT_CONFIG(accessibility)
        self.overview_scroll_area.setAccessibleName(QCoreApplication.translate("OverviewView", u"Overview", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("OverviewView", u"Overview", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("OverviewView", u"Section title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.greeting_label.setAccessibleName(QCoreApplication.translate("OverviewView", u"Greeting", None))
#endif // QT_CONFIG(accessibility)
        self.figures_group.setTitle(QCoreApplication.translate("OverviewView", u"In this database", None))
#if QT_CONFIG(accessibility)
        self.figures_group.setAccessibleName(QCoreApplication.translate("OverviewView", u"Key figures", None))
#endif // QT_CONFIG(accessibility)
        self.stages_group.setTitle(QCoreApplication.translate("OverviewView", u"Cases by stage", None))
#if QT_CONFIG(accessibility)
        self.stages_group.setAccessibleName(QCoreApplication.translate("OverviewView", u"Cases by stage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reminders_panel.setAccessibleName(QCoreApplication.translate("OverviewView", u"What is due", None))
#endif // QT_CONFIG(accessibility)
        self.dashboard_group.setTitle(QCoreApplication.translate("OverviewView", u"This year", None))
#if QT_CONFIG(accessibility)
        self.dashboard_group.setAccessibleName(QCoreApplication.translate("OverviewView", u"Dashboard", None))
#endif // QT_CONFIG(accessibility)
        self.refresh_button.setText(QCoreApplication.translate("OverviewView", u"&Refresh", None))
#if QT_CONFIG(accessibility)
        self.refresh_button.setAccessibleName(QCoreApplication.translate("OverviewView", u"Refresh overview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(shortcut)
        self.refresh_button.setShortcut(QCoreApplication.translate("OverviewView", u"F5", None))
#endif // QT_CONFIG(shortcut)
        pass
    # retranslateUi

