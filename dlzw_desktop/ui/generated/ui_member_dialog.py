# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        self.main_layout = QVBoxLayout(MemberDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(MemberDialog)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(MemberDialog)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)


        self.main_layout.addLayout(self.search_layout)

        self.results_list = QListWidget(MemberDialog)
        self.results_list.setObjectName(u"results_list")
        self.results_list.setMinimumSize(QSize(420, 160))

        self.main_layout.addWidget(self.results_list)

        self.chosen_label = QLabel(MemberDialog)
        self.chosen_label.setObjectName(u"chosen_label")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.chosen_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.role_label = QLabel(MemberDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(MemberDialog)
        self.role_combo.setObjectName(u"role_combo")
        self.role_combo.setEditable(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.contact_check = QCheckBox(MemberDialog)
        self.contact_check.setObjectName(u"contact_check")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact_check)


        self.main_layout.addLayout(self.form_layout)

        self.consent_group = QGroupBox(MemberDialog)
        self.consent_group.setObjectName(u"consent_group")
        self.consent_layout = QVBoxLayout(self.consent_group)
        self.consent_layout.setObjectName(u"consent_layout")
        self.consent_state_label = QLabel(self.consent_group)
        self.consent_state_label.setObjectName(u"consent_state_label")
        self.consent_state_label.setWordWrap(True)
        self.consent_state_label.setTextFormat(Qt.TextFormat.PlainText)

        self.consent_layout.addWidget(self.consent_state_label)

        self.consent_row_layout = QHBoxLayout()
        self.consent_row_layout.setObjectName(u"consent_row_layout")
        self.record_consent_check = QCheckBox(self.consent_group)
        self.record_consent_check.setObjectName(u"record_consent_check")

        self.consent_row_layout.addWidget(self.record_consent_check)

        self.consent_date_edit = QDateEdit(self.consent_group)
        self.consent_date_edit.setObjectName(u"consent_date_edit")
        self.consent_date_edit.setCalendarPopup(True)
        self.consent_date_edit.setDisplayFormat(u"dd.MM.yyyy")

        self.consent_row_layout.addWidget(self.consent_date_edit)

        self.consent_form_label = QLabel(self.consent_group)
        self.consent_form_label.setObjectName(u"consent_form_label")

        self.consent_row_layout.addWidget(self.consent_form_label)

        self.consent_form_combo = QComboBox(self.consent_group)
        self.consent_form_combo.setObjectName(u"consent_form_combo")

        self.consent_row_layout.addWidget(self.consent_form_combo)

        self.consent_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consent_row_layout.addItem(self.consent_spacer)


        self.consent_layout.addLayout(self.consent_row_layout)


        self.main_layout.addWidget(self.consent_group)

        self.button_box = QDialogButtonBox(MemberDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.role_label.setBuddy(self.role_combo)
        self.consent_form_label.setBuddy(self.consent_form_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.results_list)
        QWidget.setTabOrder(self.results_list, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.contact_check)
        QWidget.setTabOrder(self.contact_check, self.record_consent_check)
        QWidget.setTabOrder(self.record_consent_check, self.consent_date_edit)
        QWidget.setTabOrder(self.consent_date_edit, self.consent_form_combo)

        self.retranslateUi(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Member", None))
        self.search_label.setText(QCoreApplication.translate("MemberDialog", u"&Search person or business", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Search people and businesses by name", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"at least 2 letters of the name", None))
#if QT_CONFIG(accessibility)
        self.results_list.setAccessibleName(QCoreApplication.translate("MemberDialog", u"People and businesses found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chosen_label.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Chosen member", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("MemberDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Role in the initiative", None))
#endif // QT_CONFIG(accessibility)
        self.contact_check.setText(QCoreApplication.translate("MemberDialog", u"&Contact person of the initiative", None))
#if QT_CONFIG(accessibility)
        self.contact_check.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Contact person of the initiative", None))
#endif // QT_CONFIG(accessibility)
        self.consent_group.setTitle(QCoreApplication.translate("MemberDialog", u"Consent to invitations from local initiatives", None))
#if QT_CONFIG(accessibility)
        self.consent_state_label.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Recorded consent", None))
#endif // QT_CONFIG(accessibility)
        self.record_consent_check.setText(QCoreApplication.translate("MemberDialog", u"Record consent &given on", None))
#if QT_CONFIG(accessibility)
        self.record_consent_check.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Record consent to invitations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consent_date_edit.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Day the consent was given", None))
#endif // QT_CONFIG(accessibility)
        self.consent_form_label.setText(QCoreApplication.translate("MemberDialog", u"&Form", None))
#if QT_CONFIG(accessibility)
        self.consent_form_combo.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Form of the consent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

