# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_case_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout

class Ui_NewCaseDialog(object):
    def setupUi(self, NewCaseDialog):
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        NewCaseDialog.setMinimumSize(QSize(560, 0))
        self.vertical_layout_63 = QVBoxLayout(NewCaseDialog)
        self.vertical_layout_63.setObjectName(u"vertical_layout_63")
        self.business_group = QGroupBox(NewCaseDialog)
        self.business_group.setObjectName(u"business_group")
        self.vertical_layout_62 = QVBoxLayout(self.business_group)
        self.vertical_layout_62.setObjectName(u"vertical_layout_62")
        self.horizontal_layout_61 = QHBoxLayout()
        self.horizontal_layout_61.setObjectName(u"horizontal_layout_61")
        self.find_business_label = QLabel(self.business_group)
        self.find_business_label.setObjectName(u"find_business_label")

        self.horizontal_layout_61.addWidget(self.find_business_label)

        self.business_edit = QLineEdit(self.business_group)
        self.business_edit.setObjectName(u"business_edit")

        self.horizontal_layout_61.addWidget(self.business_edit)

        self.new_business_button = QPushButton(self.business_group)
        self.new_business_button.setObjectName(u"new_business_button")

        self.horizontal_layout_61.addWidget(self.new_business_button)


        self.vertical_layout_62.addLayout(self.horizontal_layout_61)

        self.businesses_list = QListWidget(self.business_group)
        self.businesses_list.setObjectName(u"businesses_list")
        self.businesses_list.setAlternatingRowColors(True)

        self.vertical_layout_62.addWidget(self.businesses_list)


        self.vertical_layout_63.addWidget(self.business_group)

        self.case_form = QFormLayout()
        self.case_form.setObjectName(u"case_form")
        self.advisor_label = QLabel(NewCaseDialog)
        self.advisor_label.setObjectName(u"advisor_label")

        self.case_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.advisor_label)

        self.advisor_combo = QComboBox(NewCaseDialog)
        self.advisor_combo.setObjectName(u"advisor_combo")
        self.advisor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.case_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.advisor_combo)

        self.source_label = QLabel(NewCaseDialog)
        self.source_label.setObjectName(u"source_label")

        self.case_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_combo = QComboBox(NewCaseDialog)
        self.source_combo.setObjectName(u"source_combo")
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.case_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.source_combo)

        self.amount_label = QLabel(NewCaseDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.case_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_edit = QLineEdit(NewCaseDialog)
        self.amount_edit.setObjectName(u"amount_edit")

        self.case_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amount_edit)

        self.purpose_label = QLabel(NewCaseDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.case_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_edit = QPlainTextEdit(NewCaseDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")
        self.purpose_edit.setTabChangesFocus(True)
        self.purpose_edit.setMaximumSize(QSize(16777215, 60))

        self.case_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purpose_edit)

        self.opened_label = QLabel(NewCaseDialog)
        self.opened_label.setObjectName(u"opened_label")

        self.case_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.opened_label)

        self.opened_edit = QLineEdit(NewCaseDialog)
        self.opened_edit.setObjectName(u"opened_edit")

        self.case_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.opened_edit)


        self.vertical_layout_63.addLayout(self.case_form)

        self.button_box = QDialogButtonBox(NewCaseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.vertical_layout_63.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.find_business_label.setBuddy(self.business_edit)
        self.advisor_label.setBuddy(self.advisor_combo)
        self.source_label.setBuddy(self.source_combo)
        self.amount_label.setBuddy(self.amount_edit)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.opened_label.setBuddy(self.opened_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog):
        NewCaseDialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"New case", None))
        self.business_group.setTitle(QCoreApplication.translate("NewCaseDialog", u"Business", None))
        self.find_business_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Find", None))
#if QT_CONFIG(accessibility)
        self.business_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Find a recorded business by name", None))
#endif // QT_CONFIG(accessibility)
        self.business_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Type the name of the business \u2026", None))
        self.new_business_button.setText(QCoreApplication.translate("NewCaseDialog", u"&New business\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_business_button.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Record a new business", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.businesses_list.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Matching businesses", None))
#endif // QT_CONFIG(accessibility)
        self.advisor_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Advisor", None))
#if QT_CONFIG(accessibility)
        self.advisor_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Advisor in charge", None))
#endif // QT_CONFIG(accessibility)
        self.source_label.setText(QCoreApplication.translate("NewCaseDialog", u"S&ource", None))
#if QT_CONFIG(accessibility)
        self.source_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"How the client came", None))
#endif // QT_CONFIG(accessibility)
        self.amount_label.setText(QCoreApplication.translate("NewCaseDialog", u"Requested a&mount (EUR)", None))
#if QT_CONFIG(accessibility)
        self.amount_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Requested amount in euros", None))
#endif // QT_CONFIG(accessibility)
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"e.g. 8.500,00", None))
        self.purpose_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Purpose", None))
#if QT_CONFIG(accessibility)
        self.purpose_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Purpose of the loan", None))
#endif // QT_CONFIG(accessibility)
        self.opened_label.setText(QCoreApplication.translate("NewCaseDialog", u"Op&ened on", None))
#if QT_CONFIG(accessibility)
        self.opened_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Date of the first contact", None))
#endif // QT_CONFIG(accessibility)
        self.opened_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"DD.MM.YYYY", None))
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

