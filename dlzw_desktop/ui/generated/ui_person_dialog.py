# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.setMinimumSize(QSize(520, 0))
        self.vertical_layout_54 = QVBoxLayout(PersonDialog)
        self.vertical_layout_54.setObjectName(u"vertical_layout_54")
        self.person_form = QFormLayout()
        self.person_form.setObjectName(u"person_form")
        self.family_name_label = QLabel(PersonDialog)
        self.family_name_label.setObjectName(u"family_name_label")

        self.person_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.family_name_label)

        self.family_name_edit = QLineEdit(PersonDialog)
        self.family_name_edit.setObjectName(u"family_name_edit")
        self.family_name_edit.setMaxLength(200)

        self.person_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.family_name_edit)

        self.given_names_label = QLabel(PersonDialog)
        self.given_names_label.setObjectName(u"given_names_label")

        self.person_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_names_label)

        self.given_names_edit = QLineEdit(PersonDialog)
        self.given_names_edit.setObjectName(u"given_names_edit")
        self.given_names_edit.setMaxLength(200)

        self.person_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given_names_edit)

        self.birth_date_label = QLabel(PersonDialog)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.person_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date_edit = QLineEdit(PersonDialog)
        self.birth_date_edit.setObjectName(u"birth_date_edit")

        self.person_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birth_date_edit)

        self.languages_label = QLabel(PersonDialog)
        self.languages_label.setObjectName(u"languages_label")

        self.person_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languages_label)

        self.languages_edit = QLineEdit(PersonDialog)
        self.languages_edit.setObjectName(u"languages_edit")

        self.person_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languages_edit)

        self.phone_label = QLabel(PersonDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.person_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(PersonDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(60)

        self.person_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(PersonDialog)
        self.email_label.setObjectName(u"email_label")

        self.person_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(PersonDialog)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(254)

        self.person_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.street_label = QLabel(PersonDialog)
        self.street_label.setObjectName(u"street_label")

        self.person_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street_edit = QLineEdit(PersonDialog)
        self.street_edit.setObjectName(u"street_edit")
        self.street_edit.setMaxLength(200)

        self.person_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.street_edit)

        self.postcode_label = QLabel(PersonDialog)
        self.postcode_label.setObjectName(u"postcode_label")

        self.person_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.postcode_label)

        self.postcode_edit = QLineEdit(PersonDialog)
        self.postcode_edit.setObjectName(u"postcode_edit")
        self.postcode_edit.setPlaceholderText(u"44137")
        self.postcode_edit.setMaxLength(5)

        self.person_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.postcode_edit)

        self.city_label = QLabel(PersonDialog)
        self.city_label.setObjectName(u"city_label")

        self.person_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(PersonDialog)
        self.city_edit.setObjectName(u"city_edit")
        self.city_edit.setPlaceholderText(u"Dortmund")
        self.city_edit.setMaxLength(100)

        self.person_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.residence_label = QLabel(PersonDialog)
        self.residence_label.setObjectName(u"residence_label")

        self.person_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.residence_label)

        self.residence_combo = QComboBox(PersonDialog)
        self.residence_combo.setObjectName(u"residence_combo")
        self.residence_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.person_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.residence_combo)

        self.permit_until_label = QLabel(PersonDialog)
        self.permit_until_label.setObjectName(u"permit_until_label")

        self.person_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.permit_until_label)

        self.permit_until_edit = QLineEdit(PersonDialog)
        self.permit_until_edit.setObjectName(u"permit_until_edit")

        self.person_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.permit_until_edit)

        self.gender_label = QLabel(PersonDialog)
        self.gender_label.setObjectName(u"gender_label")

        self.person_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender_combo = QComboBox(PersonDialog)
        self.gender_combo.setObjectName(u"gender_combo")
        self.gender_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.person_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.gender_combo)

        self.migration_label = QLabel(PersonDialog)
        self.migration_label.setObjectName(u"migration_label")

        self.person_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.migration_label)

        self.migration_combo = QComboBox(PersonDialog)
        self.migration_combo.setObjectName(u"migration_combo")
        self.migration_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.person_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.migration_combo)

        self.person_notes_label = QLabel(PersonDialog)
        self.person_notes_label.setObjectName(u"person_notes_label")

        self.person_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.person_notes_label)

        self.notes_edit = QPlainTextEdit(PersonDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.person_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.vertical_layout_54.addLayout(self.person_form)

        self.duplicates_group = QGroupBox(PersonDialog)
        self.duplicates_group.setObjectName(u"duplicates_group")
        self.vertical_layout_53 = QVBoxLayout(self.duplicates_group)
        self.vertical_layout_53.setObjectName(u"vertical_layout_53")
        self.duplicates_label = QLabel(self.duplicates_group)
        self.duplicates_label.setObjectName(u"duplicates_label")
        self.duplicates_label.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicates_label.setWordWrap(True)

        self.vertical_layout_53.addWidget(self.duplicates_label)

        self.duplicates_list = QListWidget(self.duplicates_group)
        self.duplicates_list.setObjectName(u"duplicates_list")
        self.duplicates_list.setAlternatingRowColors(True)

        self.vertical_layout_53.addWidget(self.duplicates_list)

        self.horizontal_layout_52 = QHBoxLayout()
        self.horizontal_layout_52.setObjectName(u"horizontal_layout_52")
        self.use_existing_button = QPushButton(self.duplicates_group)
        self.use_existing_button.setObjectName(u"use_existing_button")

        self.horizontal_layout_52.addWidget(self.use_existing_button)

        self.create_anyway_button = QPushButton(self.duplicates_group)
        self.create_anyway_button.setObjectName(u"create_anyway_button")

        self.horizontal_layout_52.addWidget(self.create_anyway_button)

        self.spacer_51 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_52.addItem(self.spacer_51)


        self.vertical_layout_53.addLayout(self.horizontal_layout_52)


        self.vertical_layout_54.addWidget(self.duplicates_group)

        self.button_box = QDialogButtonBox(PersonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.vertical_layout_54.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.family_name_label.setBuddy(self.family_name_edit)
        self.given_names_label.setBuddy(self.given_names_edit)
        self.birth_date_label.setBuddy(self.birth_date_edit)
        self.languages_label.setBuddy(self.languages_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.street_label.setBuddy(self.street_edit)
        self.postcode_label.setBuddy(self.postcode_edit)
        self.city_label.setBuddy(self.city_edit)
        self.residence_label.setBuddy(self.residence_combo)
        self.permit_until_label.setBuddy(self.permit_until_edit)
        self.gender_label.setBuddy(self.gender_combo)
        self.migration_label.setBuddy(self.migration_combo)
        self.person_notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.family_name_label.setText(QCoreApplication.translate("PersonDialog", u"&Family name", None))
#if QT_CONFIG(accessibility)
        self.family_name_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Family name", None))
#endif // QT_CONFIG(accessibility)
        self.given_names_label.setText(QCoreApplication.translate("PersonDialog", u"&Given names", None))
#if QT_CONFIG(accessibility)
        self.given_names_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Given names", None))
#endif // QT_CONFIG(accessibility)
        self.birth_date_label.setText(QCoreApplication.translate("PersonDialog", u"&Birth date", None))
#if QT_CONFIG(accessibility)
        self.birth_date_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Birth date", None))
#endif // QT_CONFIG(accessibility)
        self.birth_date_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"DD.MM.YYYY", None))
        self.languages_label.setText(QCoreApplication.translate("PersonDialog", u"&Languages", None))
#if QT_CONFIG(accessibility)
        self.languages_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Preferred languages as codes", None))
#endif // QT_CONFIG(accessibility)
        self.languages_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. de, tr", None))
        self.phone_label.setText(QCoreApplication.translate("PersonDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("PersonDialog", u"E-&mail", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.street_label.setText(QCoreApplication.translate("PersonDialog", u"&Street", None))
#if QT_CONFIG(accessibility)
        self.street_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Street and number", None))
#endif // QT_CONFIG(accessibility)
        self.postcode_label.setText(QCoreApplication.translate("PersonDialog", u"P&ostcode", None))
#if QT_CONFIG(accessibility)
        self.postcode_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.city_label.setText(QCoreApplication.translate("PersonDialog", u"&City", None))
#if QT_CONFIG(accessibility)
        self.city_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.residence_label.setText(QCoreApplication.translate("PersonDialog", u"&Residence status", None))
#if QT_CONFIG(accessibility)
        self.residence_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Residence status", None))
#endif // QT_CONFIG(accessibility)
        self.permit_until_label.setText(QCoreApplication.translate("PersonDialog", u"Permit &valid until", None))
#if QT_CONFIG(accessibility)
        self.permit_until_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Residence permit valid until", None))
#endif // QT_CONFIG(accessibility)
        self.permit_until_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"DD.MM.YYYY", None))
        self.gender_label.setText(QCoreApplication.translate("PersonDialog", u"G&ender (voluntary)", None))
#if QT_CONFIG(accessibility)
        self.gender_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Gender, voluntary", None))
#endif // QT_CONFIG(accessibility)
        self.migration_label.setText(QCoreApplication.translate("PersonDialog", u"Migration bac&kground (voluntary)", None))
#if QT_CONFIG(accessibility)
        self.migration_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Migration background, voluntary", None))
#endif // QT_CONFIG(accessibility)
        self.person_notes_label.setText(QCoreApplication.translate("PersonDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Notes on the person", None))
#endif // QT_CONFIG(accessibility)
        self.duplicates_group.setTitle(QCoreApplication.translate("PersonDialog", u"Already recorded?", None))
#if QT_CONFIG(accessibility)
        self.duplicates_label.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Possible duplicates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.duplicates_list.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Persons that look the same", None))
#endif // QT_CONFIG(accessibility)
        self.use_existing_button.setText(QCoreApplication.translate("PersonDialog", u"&Use the selected person", None))
#if QT_CONFIG(accessibility)
        self.use_existing_button.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Use the selected existing person", None))
#endif // QT_CONFIG(accessibility)
        self.create_anyway_button.setText(QCoreApplication.translate("PersonDialog", u"It is someone &else \u2013 record new", None))
#if QT_CONFIG(accessibility)
        self.create_anyway_button.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Record a new person anyway", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

