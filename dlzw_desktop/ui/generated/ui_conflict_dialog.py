# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.setMinimumSize(QSize(640, 360))
        self.vertical_layout_3 = QVBoxLayout(ConflictDialog)
        self.vertical_layout_3.setObjectName(u"vertical_layout_3")
        self.intro_label = QLabel(ConflictDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.vertical_layout_3.addWidget(self.intro_label)

        self.fields_table = QTableWidget(ConflictDialog)
        self.fields_table.setObjectName(u"fields_table")
        self.fields_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fields_table.verticalHeader().setVisible(False)

        self.vertical_layout_3.addWidget(self.fields_table)

        self.horizontal_layout_2 = QHBoxLayout()
        self.horizontal_layout_2.setObjectName(u"horizontal_layout_2")
        self.all_mine_button = QPushButton(ConflictDialog)
        self.all_mine_button.setObjectName(u"all_mine_button")

        self.horizontal_layout_2.addWidget(self.all_mine_button)

        self.all_theirs_button = QPushButton(ConflictDialog)
        self.all_theirs_button.setObjectName(u"all_theirs_button")

        self.horizontal_layout_2.addWidget(self.all_theirs_button)

        self.spacer_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_2.addItem(self.spacer_1)


        self.vertical_layout_3.addLayout(self.horizontal_layout_2)

        self.hint_label = QLabel(ConflictDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)

        self.vertical_layout_3.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(ConflictDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.vertical_layout_3.addWidget(self.button_box)


        self.retranslateUi(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Someone else saved in the meantime", None))
#if QT_CONFIG(accessibility)
        self.intro_label.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fields_table.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Fields saved differently", None))
#endif // QT_CONFIG(accessibility)
        self.all_mine_button.setText(QCoreApplication.translate("ConflictDialog", u"Keep &all mine", None))
#if QT_CONFIG(accessibility)
        self.all_mine_button.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Keep all my values", None))
#endif // QT_CONFIG(accessibility)
        self.all_theirs_button.setText(QCoreApplication.translate("ConflictDialog", u"Take all &theirs", None))
#if QT_CONFIG(accessibility)
        self.all_theirs_button.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Take all stored values", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hint_label.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"What to do", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

