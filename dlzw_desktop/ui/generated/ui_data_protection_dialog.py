# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'data_protection_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_DataProtectionDialog(object):
    def setupUi(self, DataProtectionDialog):
        if not DataProtectionDialog.objectName():
            DataProtectionDialog.setObjectName(u"DataProtectionDialog")
        DataProtectionDialog.resize(900, 600)
        self.main_layout = QVBoxLayout(DataProtectionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(DataProtectionDialog)
        self.tabs.setObjectName(u"tabs")
        self.people_tab = QWidget()
        self.people_tab.setObjectName(u"people_tab")
        self.people_layout = QVBoxLayout(self.people_tab)
        self.people_layout.setObjectName(u"people_layout")
        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(self.people_tab)
        self.search_label.setObjectName(u"search_label")
        self.search_label.setTextFormat(Qt.TextFormat.PlainText)

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(self.people_tab)
        self.search_edit.setObjectName(u"search_edit")

        self.search_layout.addWidget(self.search_edit)

        self.search_button = QPushButton(self.people_tab)
        self.search_button.setObjectName(u"search_button")

        self.search_layout.addWidget(self.search_button)


        self.people_layout.addLayout(self.search_layout)

        self.persons_table = QTableView(self.people_tab)
        self.persons_table.setObjectName(u"persons_table")
        self.persons_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.persons_table.setAlternatingRowColors(True)
        self.persons_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.persons_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.persons_table.setSortingEnabled(True)
        self.persons_table.horizontalHeader().setStretchLastSection(True)
        self.persons_table.verticalHeader().setVisible(False)

        self.people_layout.addWidget(self.persons_table)

        self.person_actions_layout = QHBoxLayout()
        self.person_actions_layout.setObjectName(u"person_actions_layout")
        self.export_button = QPushButton(self.people_tab)
        self.export_button.setObjectName(u"export_button")

        self.person_actions_layout.addWidget(self.export_button)

        self.consents_button = QPushButton(self.people_tab)
        self.consents_button.setObjectName(u"consents_button")

        self.person_actions_layout.addWidget(self.consents_button)

        self.legal_hold_button = QPushButton(self.people_tab)
        self.legal_hold_button.setObjectName(u"legal_hold_button")

        self.person_actions_layout.addWidget(self.legal_hold_button)

        self.erase_button = QPushButton(self.people_tab)
        self.erase_button.setObjectName(u"erase_button")

        self.person_actions_layout.addWidget(self.erase_button)

        self.spacer_9 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.person_actions_layout.addItem(self.spacer_9)


        self.people_layout.addLayout(self.person_actions_layout)

        self.tabs.addTab(self.people_tab, "")
        self.retention_tab = QWidget()
        self.retention_tab.setObjectName(u"retention_tab")
        self.retention_layout = QVBoxLayout(self.retention_tab)
        self.retention_layout.setObjectName(u"retention_layout")
        self.retention_intro_label = QLabel(self.retention_tab)
        self.retention_intro_label.setObjectName(u"retention_intro_label")
        self.retention_intro_label.setWordWrap(True)
        self.retention_intro_label.setTextFormat(Qt.TextFormat.PlainText)

        self.retention_layout.addWidget(self.retention_intro_label)

        self.rules_layout = QFormLayout()
        self.rules_layout.setObjectName(u"rules_layout")
        self.case_with_loan_label = QLabel(self.retention_tab)
        self.case_with_loan_label.setObjectName(u"case_with_loan_label")
        self.case_with_loan_label.setTextFormat(Qt.TextFormat.PlainText)

        self.rules_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.case_with_loan_label)

        self.case_with_loan_spin = QSpinBox(self.retention_tab)
        self.case_with_loan_spin.setObjectName(u"case_with_loan_spin")
        self.case_with_loan_spin.setMinimum(1)
        self.case_with_loan_spin.setMaximum(360)

        self.rules_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.case_with_loan_spin)

        self.case_without_loan_label = QLabel(self.retention_tab)
        self.case_without_loan_label.setObjectName(u"case_without_loan_label")
        self.case_without_loan_label.setTextFormat(Qt.TextFormat.PlainText)

        self.rules_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.case_without_loan_label)

        self.case_without_loan_spin = QSpinBox(self.retention_tab)
        self.case_without_loan_spin.setObjectName(u"case_without_loan_spin")
        self.case_without_loan_spin.setMinimum(1)
        self.case_without_loan_spin.setMaximum(360)

        self.rules_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.case_without_loan_spin)

        self.contact_label = QLabel(self.retention_tab)
        self.contact_label.setObjectName(u"contact_label")
        self.contact_label.setTextFormat(Qt.TextFormat.PlainText)

        self.rules_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact_spin = QSpinBox(self.retention_tab)
        self.contact_spin.setObjectName(u"contact_spin")
        self.contact_spin.setMinimum(1)
        self.contact_spin.setMaximum(360)

        self.rules_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact_spin)

        self.attachment_label = QLabel(self.retention_tab)
        self.attachment_label.setObjectName(u"attachment_label")
        self.attachment_label.setTextFormat(Qt.TextFormat.PlainText)

        self.rules_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attachment_label)

        self.attachment_spin = QSpinBox(self.retention_tab)
        self.attachment_spin.setObjectName(u"attachment_spin")
        self.attachment_spin.setMinimum(1)
        self.attachment_spin.setMaximum(360)

        self.rules_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attachment_spin)

        self.appointment_label = QLabel(self.retention_tab)
        self.appointment_label.setObjectName(u"appointment_label")
        self.appointment_label.setTextFormat(Qt.TextFormat.PlainText)

        self.rules_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.appointment_label)

        self.appointment_spin = QSpinBox(self.retention_tab)
        self.appointment_spin.setObjectName(u"appointment_spin")
        self.appointment_spin.setMinimum(1)
        self.appointment_spin.setMaximum(360)

        self.rules_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.appointment_spin)

        self.space_request_label = QLabel(self.retention_tab)
        self.space_request_label.setObjectName(u"space_request_label")
        self.space_request_label.setTextFormat(Qt.TextFormat.PlainText)

        self.rules_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.space_request_label)

        self.space_request_spin = QSpinBox(self.retention_tab)
        self.space_request_spin.setObjectName(u"space_request_spin")
        self.space_request_spin.setMinimum(1)
        self.space_request_spin.setMaximum(360)

        self.rules_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.space_request_spin)


        self.retention_layout.addLayout(self.rules_layout)

        self.rules_buttons_layout = QHBoxLayout()
        self.rules_buttons_layout.setObjectName(u"rules_buttons_layout")
        self.save_rules_button = QPushButton(self.retention_tab)
        self.save_rules_button.setObjectName(u"save_rules_button")

        self.rules_buttons_layout.addWidget(self.save_rules_button)

        self.spacer_10 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rules_buttons_layout.addItem(self.spacer_10)


        self.retention_layout.addLayout(self.rules_buttons_layout)

        self.last_run_label = QLabel(self.retention_tab)
        self.last_run_label.setObjectName(u"last_run_label")
        self.last_run_label.setWordWrap(True)
        self.last_run_label.setTextFormat(Qt.TextFormat.PlainText)

        self.retention_layout.addWidget(self.last_run_label)

        self.run_layout = QHBoxLayout()
        self.run_layout.setObjectName(u"run_layout")
        self.preview_button = QPushButton(self.retention_tab)
        self.preview_button.setObjectName(u"preview_button")

        self.run_layout.addWidget(self.preview_button)

        self.run_button = QPushButton(self.retention_tab)
        self.run_button.setObjectName(u"run_button")

        self.run_layout.addWidget(self.run_button)

        self.spacer_11 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.run_layout.addItem(self.spacer_11)


        self.retention_layout.addLayout(self.run_layout)

        self.plan_list = QListWidget(self.retention_tab)
        self.plan_list.setObjectName(u"plan_list")

        self.retention_layout.addWidget(self.plan_list)

        self.tabs.addTab(self.retention_tab, "")
        self.records_tab = QWidget()
        self.records_tab.setObjectName(u"records_tab")
        self.records_layout = QVBoxLayout(self.records_tab)
        self.records_layout.setObjectName(u"records_layout")
        self.records_intro_label = QLabel(self.records_tab)
        self.records_intro_label.setObjectName(u"records_intro_label")
        self.records_intro_label.setWordWrap(True)
        self.records_intro_label.setTextFormat(Qt.TextFormat.PlainText)

        self.records_layout.addWidget(self.records_intro_label)

        self.records_buttons_layout = QHBoxLayout()
        self.records_buttons_layout.setObjectName(u"records_buttons_layout")
        self.record_pdf_button = QPushButton(self.records_tab)
        self.record_pdf_button.setObjectName(u"record_pdf_button")

        self.records_buttons_layout.addWidget(self.record_pdf_button)

        self.record_markdown_button = QPushButton(self.records_tab)
        self.record_markdown_button.setObjectName(u"record_markdown_button")

        self.records_buttons_layout.addWidget(self.record_markdown_button)

        self.spacer_12 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.records_buttons_layout.addItem(self.spacer_12)


        self.records_layout.addLayout(self.records_buttons_layout)

        self.spacer_13 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.records_layout.addItem(self.spacer_13)

        self.tabs.addTab(self.records_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.message_label = QLabel(DataProtectionDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(DataProtectionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.case_with_loan_label.setBuddy(self.case_with_loan_spin)
        self.case_without_loan_label.setBuddy(self.case_without_loan_spin)
        self.contact_label.setBuddy(self.contact_spin)
        self.attachment_label.setBuddy(self.attachment_spin)
        self.appointment_label.setBuddy(self.appointment_spin)
        self.space_request_label.setBuddy(self.space_request_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DataProtectionDialog)

        self.search_button.setDefault(True)

    # setupUi

    def retranslateUi(self, DataProtectionDialog):
        DataProtectionDialog.setWindowTitle(QCoreApplication.translate("DataProtectionDialog", u"Data protection \u2013 DLZW Desktop", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Data protection tasks", None))
#endif // QT_CONFIG(accessibility)
        self.search_label.setText(QCoreApplication.translate("DataProtectionDialog", u"&Find person", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Name or e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("DataProtectionDialog", u"Name or e-mail", None))
        self.search_button.setText(QCoreApplication.translate("DataProtectionDialog", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.search_button.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Search", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.persons_table.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"People found", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("DataProtectionDialog", u"&Information (Art. 15)\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Export information on the person (Art. 15)", None))
#endif // QT_CONFIG(accessibility)
        self.consents_button.setText(QCoreApplication.translate("DataProtectionDialog", u"&Consents\u2026", None))
#if QT_CONFIG(accessibility)
        self.consents_button.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Consents of the person", None))
#endif // QT_CONFIG(accessibility)
        self.legal_hold_button.setText(QCoreApplication.translate("DataProtectionDialog", u"&Legal hold\u2026", None))
#if QT_CONFIG(accessibility)
        self.legal_hold_button.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Set or lift legal hold", None))
#endif // QT_CONFIG(accessibility)
        self.erase_button.setText(QCoreApplication.translate("DataProtectionDialog", u"&Erase (Art. 17)\u2026", None))
#if QT_CONFIG(accessibility)
        self.erase_button.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Erase the person (Art. 17)", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.people_tab), QCoreApplication.translate("DataProtectionDialog", u"&People", None))
        self.retention_intro_label.setText(QCoreApplication.translate("DataProtectionDialog", u"How long each kind of record is kept, in months. Once everything about a person is past its period, the yearly run anonymises the person: names, contact details, notes and files go; what the statistics count stays. People under a legal hold are restricted instead.", None))
#if QT_CONFIG(accessibility)
        self.retention_intro_label.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Introduction", None))
#endif // QT_CONFIG(accessibility)
        self.case_with_loan_label.setText(QCoreApplication.translate("DataProtectionDialog", u"Cases with a recommendation or loan", None))
#if QT_CONFIG(accessibility)
        self.case_with_loan_spin.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Cases with a recommendation or loan", None))
#endif // QT_CONFIG(accessibility)
        self.case_with_loan_spin.setSuffix(QCoreApplication.translate("DataProtectionDialog", u" months", None))
        self.case_without_loan_label.setText(QCoreApplication.translate("DataProtectionDialog", u"Cases without a loan", None))
#if QT_CONFIG(accessibility)
        self.case_without_loan_spin.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Cases without a loan", None))
#endif // QT_CONFIG(accessibility)
        self.case_without_loan_spin.setSuffix(QCoreApplication.translate("DataProtectionDialog", u" months", None))
        self.contact_label.setText(QCoreApplication.translate("DataProtectionDialog", u"People without a case (from the last contact)", None))
#if QT_CONFIG(accessibility)
        self.contact_spin.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"People without a case (from the last contact)", None))
#endif // QT_CONFIG(accessibility)
        self.contact_spin.setSuffix(QCoreApplication.translate("DataProtectionDialog", u" months", None))
        self.attachment_label.setText(QCoreApplication.translate("DataProtectionDialog", u"Files of closed cases", None))
#if QT_CONFIG(accessibility)
        self.attachment_spin.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Files of closed cases", None))
#endif // QT_CONFIG(accessibility)
        self.attachment_spin.setSuffix(QCoreApplication.translate("DataProtectionDialog", u" months", None))
        self.appointment_label.setText(QCoreApplication.translate("DataProtectionDialog", u"Names on consultation-day appointments", None))
#if QT_CONFIG(accessibility)
        self.appointment_spin.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Names on consultation-day appointments", None))
#endif // QT_CONFIG(accessibility)
        self.appointment_spin.setSuffix(QCoreApplication.translate("DataProtectionDialog", u" months", None))
        self.space_request_label.setText(QCoreApplication.translate("DataProtectionDialog", u"Notes of finished space requests", None))
#if QT_CONFIG(accessibility)
        self.space_request_spin.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Notes of finished space requests", None))
#endif // QT_CONFIG(accessibility)
        self.space_request_spin.setSuffix(QCoreApplication.translate("DataProtectionDialog", u" months", None))
        self.save_rules_button.setText(QCoreApplication.translate("DataProtectionDialog", u"Sa&ve periods", None))
#if QT_CONFIG(accessibility)
        self.save_rules_button.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Save retention periods", None))
#endif // QT_CONFIG(accessibility)
        self.last_run_label.setText("")
#if QT_CONFIG(accessibility)
        self.last_run_label.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Last retention run", None))
#endif // QT_CONFIG(accessibility)
        self.preview_button.setText(QCoreApplication.translate("DataProtectionDialog", u"Show what is &due", None))
#if QT_CONFIG(accessibility)
        self.preview_button.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Show what is due", None))
#endif // QT_CONFIG(accessibility)
        self.run_button.setText(QCoreApplication.translate("DataProtectionDialog", u"Ru&n now\u2026", None))
#if QT_CONFIG(accessibility)
        self.run_button.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Run the retention now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.plan_list.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"What the run would do", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.retention_tab), QCoreApplication.translate("DataProtectionDialog", u"&Retention", None))
        self.records_intro_label.setText(QCoreApplication.translate("DataProtectionDialog", u"The record of processing activities (Art. 30 GDPR) describes purposes, people concerned, kinds of data, recipients, retention periods and the technical and organisational measures. It uses this database's organisation settings and retention periods.", None))
#if QT_CONFIG(accessibility)
        self.records_intro_label.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Introduction", None))
#endif // QT_CONFIG(accessibility)
        self.record_pdf_button.setText(QCoreApplication.translate("DataProtectionDialog", u"Export as P&DF\u2026", None))
#if QT_CONFIG(accessibility)
        self.record_pdf_button.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Export the record as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.record_markdown_button.setText(QCoreApplication.translate("DataProtectionDialog", u"Export as &Markdown\u2026", None))
#if QT_CONFIG(accessibility)
        self.record_markdown_button.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Export the record as Markdown", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.records_tab), QCoreApplication.translate("DataProtectionDialog", u"Rec&ord of processing", None))
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("DataProtectionDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

