# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_conflicts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_SyncConflictsDialog(object):
    def setupUi(self, SyncConflictsDialog):
        if not SyncConflictsDialog.objectName():
            SyncConflictsDialog.setObjectName(u"SyncConflictsDialog")
        SyncConflictsDialog.setMinimumSize(QSize(960, 560))
        self.main_layout = QVBoxLayout(SyncConflictsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(SyncConflictsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.conflicts_label = QLabel(SyncConflictsDialog)
        self.conflicts_label.setObjectName(u"conflicts_label")

        self.filter_layout.addWidget(self.conflicts_label)

        self.filter_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.decided_check = QCheckBox(SyncConflictsDialog)
        self.decided_check.setObjectName(u"decided_check")

        self.filter_layout.addWidget(self.decided_check)


        self.main_layout.addLayout(self.filter_layout)

        self.main_splitter = QSplitter(SyncConflictsDialog)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Vertical)
        self.main_splitter.setChildrenCollapsible(False)
        self.conflicts_table = QTableView(self.main_splitter)
        self.conflicts_table.setObjectName(u"conflicts_table")
        self.conflicts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts_table.setAlternatingRowColors(True)
        self.conflicts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.main_splitter.addWidget(self.conflicts_table)
        self.conflicts_table.horizontalHeader().setStretchLastSection(True)
        self.conflicts_table.verticalHeader().setVisible(False)
        self.decision_widget = QWidget(self.main_splitter)
        self.decision_widget.setObjectName(u"decision_widget")
        self.decision_layout = QVBoxLayout(self.decision_widget)
        self.decision_layout.setObjectName(u"decision_layout")
        self.decision_layout.setContentsMargins(0, 0, 0, 0)
        self.record_label = QLabel(self.decision_widget)
        self.record_label.setObjectName(u"record_label")
        self.record_label.setTextFormat(Qt.TextFormat.PlainText)
        self.record_label.setWordWrap(True)

        self.decision_layout.addWidget(self.record_label)

        self.explanation_label = QLabel(self.decision_widget)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.decision_layout.addWidget(self.explanation_label)

        self.sides_layout = QHBoxLayout()
        self.sides_layout.setObjectName(u"sides_layout")
        self.office_group = QGroupBox(self.decision_widget)
        self.office_group.setObjectName(u"office_group")
        self.office_layout = QVBoxLayout(self.office_group)
        self.office_layout.setObjectName(u"office_layout")
        self.office_text = QPlainTextEdit(self.office_group)
        self.office_text.setObjectName(u"office_text")
        self.office_text.setReadOnly(True)
        self.office_text.setTabChangesFocus(True)

        self.office_layout.addWidget(self.office_text)

        self.office_button = QPushButton(self.office_group)
        self.office_button.setObjectName(u"office_button")

        self.office_layout.addWidget(self.office_button)


        self.sides_layout.addWidget(self.office_group)

        self.laptop_group = QGroupBox(self.decision_widget)
        self.laptop_group.setObjectName(u"laptop_group")
        self.laptop_layout = QVBoxLayout(self.laptop_group)
        self.laptop_layout.setObjectName(u"laptop_layout")
        self.laptop_text = QPlainTextEdit(self.laptop_group)
        self.laptop_text.setObjectName(u"laptop_text")
        self.laptop_text.setReadOnly(True)
        self.laptop_text.setTabChangesFocus(True)

        self.laptop_layout.addWidget(self.laptop_text)

        self.laptop_button = QPushButton(self.laptop_group)
        self.laptop_button.setObjectName(u"laptop_button")

        self.laptop_layout.addWidget(self.laptop_button)


        self.sides_layout.addWidget(self.laptop_group)


        self.decision_layout.addLayout(self.sides_layout)

        self.base_label = QLabel(self.decision_widget)
        self.base_label.setObjectName(u"base_label")
        self.base_label.setTextFormat(Qt.TextFormat.PlainText)
        self.base_label.setWordWrap(True)

        self.decision_layout.addWidget(self.base_label)

        self.edit_layout = QHBoxLayout()
        self.edit_layout.setObjectName(u"edit_layout")
        self.edit_label = QLabel(self.decision_widget)
        self.edit_label.setObjectName(u"edit_label")

        self.edit_layout.addWidget(self.edit_label)

        self.edit_line = QLineEdit(self.decision_widget)
        self.edit_line.setObjectName(u"edit_line")

        self.edit_layout.addWidget(self.edit_line)

        self.edit_combo = QComboBox(self.decision_widget)
        self.edit_combo.setObjectName(u"edit_combo")

        self.edit_layout.addWidget(self.edit_combo)

        self.edit_button = QPushButton(self.decision_widget)
        self.edit_button.setObjectName(u"edit_button")

        self.edit_layout.addWidget(self.edit_button)


        self.decision_layout.addLayout(self.edit_layout)

        self.decision_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.decision_layout.addItem(self.decision_spacer)

        self.main_splitter.addWidget(self.decision_widget)

        self.main_layout.addWidget(self.main_splitter)

        self.button_box = QDialogButtonBox(SyncConflictsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.conflicts_label.setBuddy(self.conflicts_table)
        self.edit_label.setBuddy(self.edit_line)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SyncConflictsDialog)
    # setupUi

    def retranslateUi(self, SyncConflictsDialog):
        SyncConflictsDialog.setWindowTitle(QCoreApplication.translate("SyncConflictsDialog", u"Conflicts between laptop and office", None))
        self.intro_label.setText("")
#if QT_CONFIG(accessibility)
        self.intro_label.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Explanation", None))
#endif // QT_CONFIG(accessibility)
        self.conflicts_label.setText(QCoreApplication.translate("SyncConflictsDialog", u"&Conflicts", None))
        self.decided_check.setText(QCoreApplication.translate("SyncConflictsDialog", u"Show &decided conflicts", None))
#if QT_CONFIG(accessibility)
        self.decided_check.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Show decided conflicts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.conflicts_table.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Conflicts", None))
#endif // QT_CONFIG(accessibility)
        self.record_label.setText("")
#if QT_CONFIG(accessibility)
        self.record_label.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Record and field", None))
#endif // QT_CONFIG(accessibility)
        self.explanation_label.setText("")
#if QT_CONFIG(accessibility)
        self.explanation_label.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.office_group.setTitle(QCoreApplication.translate("SyncConflictsDialog", u"Office", None))
#if QT_CONFIG(accessibility)
        self.office_group.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Office value", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.office_text.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Value in the office", None))
#endif // QT_CONFIG(accessibility)
        self.office_button.setText(QCoreApplication.translate("SyncConflictsDialog", u"Keep &office value", None))
#if QT_CONFIG(accessibility)
        self.office_button.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Keep the office value", None))
#endif // QT_CONFIG(accessibility)
        self.laptop_group.setTitle(QCoreApplication.translate("SyncConflictsDialog", u"Laptop", None))
#if QT_CONFIG(accessibility)
        self.laptop_group.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Laptop value", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.laptop_text.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Value on the laptop", None))
#endif // QT_CONFIG(accessibility)
        self.laptop_button.setText(QCoreApplication.translate("SyncConflictsDialog", u"Take &laptop value", None))
#if QT_CONFIG(accessibility)
        self.laptop_button.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Take the laptop value", None))
#endif // QT_CONFIG(accessibility)
        self.base_label.setText("")
#if QT_CONFIG(accessibility)
        self.base_label.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Value at check-out", None))
#endif // QT_CONFIG(accessibility)
        self.edit_label.setText(QCoreApplication.translate("SyncConflictsDialog", u"Or &enter", None))
#if QT_CONFIG(accessibility)
        self.edit_line.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Value to store instead", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.edit_combo.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Value to store instead", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("SyncConflictsDialog", u"&Save this value", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Save the entered value", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

