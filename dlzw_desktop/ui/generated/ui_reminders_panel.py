# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reminders_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_RemindersPanel(object):
    def setupUi(self, RemindersPanel):
        if not RemindersPanel.objectName():
            RemindersPanel.setObjectName(u"RemindersPanel")
        self.vertical_layout_81 = QVBoxLayout(RemindersPanel)
        self.vertical_layout_81.setObjectName(u"vertical_layout_81")
        self.vertical_layout_81.setContentsMargins(0, 0, 0, 0)
        self.due_group = QGroupBox(RemindersPanel)
        self.due_group.setObjectName(u"due_group")
        self.vertical_layout_77 = QVBoxLayout(self.due_group)
        self.vertical_layout_77.setObjectName(u"vertical_layout_77")
        self.due_list = QListWidget(self.due_group)
        self.due_list.setObjectName(u"due_list")
        self.due_list.setAlternatingRowColors(True)
        self.due_list.setMinimumSize(QSize(0, 40))

        self.vertical_layout_77.addWidget(self.due_list)

        self.horizontal_layout_76 = QHBoxLayout()
        self.horizontal_layout_76.setObjectName(u"horizontal_layout_76")
        self.done_button = QPushButton(self.due_group)
        self.done_button.setObjectName(u"done_button")

        self.horizontal_layout_76.addWidget(self.done_button)

        self.panel_hint_label = QLabel(self.due_group)
        self.panel_hint_label.setObjectName(u"panel_hint_label")
        self.panel_hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.horizontal_layout_76.addWidget(self.panel_hint_label)

        self.spacer_75 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_76.addItem(self.spacer_75)


        self.vertical_layout_77.addLayout(self.horizontal_layout_76)


        self.vertical_layout_81.addWidget(self.due_group)

        self.horizontal_layout_80 = QHBoxLayout()
        self.horizontal_layout_80.setObjectName(u"horizontal_layout_80")
        self.sign_off_group = QGroupBox(RemindersPanel)
        self.sign_off_group.setObjectName(u"sign_off_group")
        self.vertical_layout_78 = QVBoxLayout(self.sign_off_group)
        self.vertical_layout_78.setObjectName(u"vertical_layout_78")
        self.sign_off_list = QListWidget(self.sign_off_group)
        self.sign_off_list.setObjectName(u"sign_off_list")
        self.sign_off_list.setAlternatingRowColors(True)
        self.sign_off_list.setMinimumSize(QSize(0, 40))

        self.vertical_layout_78.addWidget(self.sign_off_list)


        self.horizontal_layout_80.addWidget(self.sign_off_group)

        self.stale_group = QGroupBox(RemindersPanel)
        self.stale_group.setObjectName(u"stale_group")
        self.vertical_layout_79 = QVBoxLayout(self.stale_group)
        self.vertical_layout_79.setObjectName(u"vertical_layout_79")
        self.stale_list = QListWidget(self.stale_group)
        self.stale_list.setObjectName(u"stale_list")
        self.stale_list.setAlternatingRowColors(True)
        self.stale_list.setMinimumSize(QSize(0, 40))

        self.vertical_layout_79.addWidget(self.stale_list)


        self.horizontal_layout_80.addWidget(self.stale_group)


        self.vertical_layout_81.addLayout(self.horizontal_layout_80)

        self.vertical_layout_81.setStretch(0, 3)
        self.vertical_layout_81.setStretch(1, 2)

        self.retranslateUi(RemindersPanel)
    # setupUi

    def retranslateUi(self, RemindersPanel):
        self.due_group.setTitle(QCoreApplication.translate("RemindersPanel", u"Due today and overdue", None))
#if QT_CONFIG(accessibility)
        self.due_list.setAccessibleName(QCoreApplication.translate("RemindersPanel", u"Reminders due today and overdue", None))
#endif // QT_CONFIG(accessibility)
        self.done_button.setText(QCoreApplication.translate("RemindersPanel", u"Mark &done", None))
#if QT_CONFIG(accessibility)
        self.done_button.setAccessibleName(QCoreApplication.translate("RemindersPanel", u"Mark the selected reminder as done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.panel_hint_label.setAccessibleName(QCoreApplication.translate("RemindersPanel", u"How to open a case", None))
#endif // QT_CONFIG(accessibility)
        self.sign_off_group.setTitle(QCoreApplication.translate("RemindersPanel", u"Waiting for sign-off", None))
#if QT_CONFIG(accessibility)
        self.sign_off_list.setAccessibleName(QCoreApplication.translate("RemindersPanel", u"Cases waiting for sign-off", None))
#endif // QT_CONFIG(accessibility)
        self.stale_group.setTitle(QCoreApplication.translate("RemindersPanel", u"Stuck in their stage", None))
#if QT_CONFIG(accessibility)
        self.stale_list.setAccessibleName(QCoreApplication.translate("RemindersPanel", u"Cases stuck in their stage", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

