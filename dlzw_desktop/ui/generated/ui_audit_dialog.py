# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(1100, 640)
        self.main_layout = QVBoxLayout(AuditDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_group = QGroupBox(AuditDialog)
        self.filter_group.setObjectName(u"filter_group")
        self.filter_layout = QGridLayout(self.filter_group)
        self.filter_layout.setObjectName(u"filter_layout")
        self.case_label = QLabel(self.filter_group)
        self.case_label.setObjectName(u"case_label")
        self.case_label.setTextFormat(Qt.TextFormat.PlainText)

        self.filter_layout.addWidget(self.case_label, 0, 0, 1, 1)

        self.case_edit = QLineEdit(self.filter_group)
        self.case_edit.setObjectName(u"case_edit")

        self.filter_layout.addWidget(self.case_edit, 0, 1, 1, 1)

        self.person_label = QLabel(self.filter_group)
        self.person_label.setObjectName(u"person_label")
        self.person_label.setTextFormat(Qt.TextFormat.PlainText)

        self.filter_layout.addWidget(self.person_label, 0, 2, 1, 1)

        self.person_edit = QLineEdit(self.filter_group)
        self.person_edit.setObjectName(u"person_edit")

        self.filter_layout.addWidget(self.person_edit, 0, 3, 1, 1)

        self.user_label = QLabel(self.filter_group)
        self.user_label.setObjectName(u"user_label")
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)

        self.filter_layout.addWidget(self.user_label, 0, 4, 1, 1)

        self.user_combo = QComboBox(self.filter_group)
        self.user_combo.setObjectName(u"user_combo")

        self.filter_layout.addWidget(self.user_combo, 0, 5, 1, 1)

        self.from_label = QLabel(self.filter_group)
        self.from_label.setObjectName(u"from_label")
        self.from_label.setTextFormat(Qt.TextFormat.PlainText)

        self.filter_layout.addWidget(self.from_label, 1, 0, 1, 1)

        self.from_edit = QLineEdit(self.filter_group)
        self.from_edit.setObjectName(u"from_edit")

        self.filter_layout.addWidget(self.from_edit, 1, 1, 1, 1)

        self.to_label = QLabel(self.filter_group)
        self.to_label.setObjectName(u"to_label")
        self.to_label.setTextFormat(Qt.TextFormat.PlainText)

        self.filter_layout.addWidget(self.to_label, 1, 2, 1, 1)

        self.to_edit = QLineEdit(self.filter_group)
        self.to_edit.setObjectName(u"to_edit")

        self.filter_layout.addWidget(self.to_edit, 1, 3, 1, 1)

        self.apply_button = QPushButton(self.filter_group)
        self.apply_button.setObjectName(u"apply_button")

        self.filter_layout.addWidget(self.apply_button, 1, 4, 1, 1)

        self.reset_button = QPushButton(self.filter_group)
        self.reset_button.setObjectName(u"reset_button")

        self.filter_layout.addWidget(self.reset_button, 1, 5, 1, 1)


        self.main_layout.addWidget(self.filter_group)

        self.audit_table = QTableView(AuditDialog)
        self.audit_table.setObjectName(u"audit_table")
        self.audit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit_table.setAlternatingRowColors(True)
        self.audit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.audit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit_table.setSortingEnabled(False)
        self.audit_table.horizontalHeader().setStretchLastSection(True)
        self.audit_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.audit_table)

        self.status_label = QLabel(AuditDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.verify_button = QPushButton(AuditDialog)
        self.verify_button.setObjectName(u"verify_button")

        self.buttons_layout.addWidget(self.verify_button)

        self.export_button = QPushButton(AuditDialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)

        self.spacer_7 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.spacer_7)

        self.button_box = QDialogButtonBox(AuditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.case_label.setBuddy(self.case_edit)
        self.person_label.setBuddy(self.person_edit)
        self.user_label.setBuddy(self.user_combo)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.case_edit, self.person_edit)
        QWidget.setTabOrder(self.person_edit, self.user_combo)
        QWidget.setTabOrder(self.user_combo, self.from_edit)
        QWidget.setTabOrder(self.from_edit, self.to_edit)
        QWidget.setTabOrder(self.to_edit, self.apply_button)
        QWidget.setTabOrder(self.apply_button, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.audit_table)
        QWidget.setTabOrder(self.audit_table, self.verify_button)
        QWidget.setTabOrder(self.verify_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.button_box)

        self.retranslateUi(AuditDialog)

        self.apply_button.setDefault(True)

    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit trail \u2013 DLZW Desktop", None))
        self.filter_group.setTitle(QCoreApplication.translate("AuditDialog", u"Filter", None))
        self.case_label.setText(QCoreApplication.translate("AuditDialog", u"&Case", None))
#if QT_CONFIG(accessibility)
        self.case_edit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Case number", None))
#endif // QT_CONFIG(accessibility)
        self.case_edit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"MK-2026-0042", None))
        self.person_label.setText(QCoreApplication.translate("AuditDialog", u"&Person", None))
#if QT_CONFIG(accessibility)
        self.person_edit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Person's name", None))
#endif // QT_CONFIG(accessibility)
        self.person_edit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"Name", None))
        self.user_label.setText(QCoreApplication.translate("AuditDialog", u"&User", None))
#if QT_CONFIG(accessibility)
        self.user_combo.setAccessibleName(QCoreApplication.translate("AuditDialog", u"User", None))
#endif // QT_CONFIG(accessibility)
        self.from_label.setText(QCoreApplication.translate("AuditDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.from_edit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.from_edit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"dd.mm.yyyy", None))
        self.to_label.setText(QCoreApplication.translate("AuditDialog", u"&To", None))
#if QT_CONFIG(accessibility)
        self.to_edit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.to_edit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"dd.mm.yyyy", None))
        self.apply_button.setText(QCoreApplication.translate("AuditDialog", u"&Show", None))
#if QT_CONFIG(accessibility)
        self.apply_button.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Apply filter", None))
#endif // QT_CONFIG(accessibility)
        self.reset_button.setText(QCoreApplication.translate("AuditDialog", u"&Reset", None))
#if QT_CONFIG(accessibility)
        self.reset_button.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Reset filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.audit_table.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Audit entries", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.verify_button.setText(QCoreApplication.translate("AuditDialog", u"Check &integrity", None))
#if QT_CONFIG(accessibility)
        self.verify_button.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Check the integrity of the audit trail", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("AuditDialog", u"E&xport to Excel\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Export to Excel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(shortcut)
        self.export_button.setShortcut(QCoreApplication.translate("AuditDialog", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

