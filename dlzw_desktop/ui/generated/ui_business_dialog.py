# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'business_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout

class Ui_BusinessDialog(object):
    def setupUi(self, BusinessDialog):
        if not BusinessDialog.objectName():
            BusinessDialog.setObjectName(u"BusinessDialog")
        BusinessDialog.setMinimumSize(QSize(640, 0))
        self.vertical_layout_60 = QVBoxLayout(BusinessDialog)
        self.vertical_layout_60.setObjectName(u"vertical_layout_60")
        self.business_form = QFormLayout()
        self.business_form.setObjectName(u"business_form")
        self.name_label = QLabel(BusinessDialog)
        self.name_label.setObjectName(u"name_label")

        self.business_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(BusinessDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(300)

        self.business_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.legal_form_label = QLabel(BusinessDialog)
        self.legal_form_label.setObjectName(u"legal_form_label")

        self.business_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legal_form_label)

        self.legal_form_combo = QComboBox(BusinessDialog)
        self.legal_form_combo.setObjectName(u"legal_form_combo")
        self.legal_form_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.business_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legal_form_combo)

        self.sector_label = QLabel(BusinessDialog)
        self.sector_label.setObjectName(u"sector_label")

        self.business_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector_edit = QLineEdit(BusinessDialog)
        self.sector_edit.setObjectName(u"sector_edit")

        self.business_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sector_edit)

        self.founding_label = QLabel(BusinessDialog)
        self.founding_label.setObjectName(u"founding_label")

        self.business_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.founding_label)

        self.founding_layout = QHBoxLayout()
        self.founding_layout.setObjectName(u"founding_layout")
        self.founding_edit = QLineEdit(BusinessDialog)
        self.founding_edit.setObjectName(u"founding_edit")

        self.founding_layout.addWidget(self.founding_edit)

        self.planned_check = QCheckBox(BusinessDialog)
        self.planned_check.setObjectName(u"planned_check")

        self.founding_layout.addWidget(self.planned_check)


        self.business_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.founding_layout)

        self.employees_label = QLabel(BusinessDialog)
        self.employees_label.setObjectName(u"employees_label")

        self.business_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.employees_label)

        self.employees_spin = QSpinBox(BusinessDialog)
        self.employees_spin.setObjectName(u"employees_spin")
        self.employees_spin.setMinimum(0)
        self.employees_spin.setMaximum(9999)

        self.business_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.employees_spin)

        self.street_label = QLabel(BusinessDialog)
        self.street_label.setObjectName(u"street_label")

        self.business_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street_edit = QLineEdit(BusinessDialog)
        self.street_edit.setObjectName(u"street_edit")
        self.street_edit.setMaxLength(200)

        self.business_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.street_edit)

        self.postcode_label = QLabel(BusinessDialog)
        self.postcode_label.setObjectName(u"postcode_label")

        self.business_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.postcode_label)

        self.postcode_layout = QHBoxLayout()
        self.postcode_layout.setObjectName(u"postcode_layout")
        self.postcode_edit = QLineEdit(BusinessDialog)
        self.postcode_edit.setObjectName(u"postcode_edit")
        self.postcode_edit.setPlaceholderText(u"44137")
        self.postcode_edit.setMaxLength(5)

        self.postcode_layout.addWidget(self.postcode_edit)

        self.area_hint_label = QLabel(BusinessDialog)
        self.area_hint_label.setObjectName(u"area_hint_label")
        self.area_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.area_hint_label.setWordWrap(True)

        self.postcode_layout.addWidget(self.area_hint_label)


        self.business_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.postcode_layout)

        self.city_label = QLabel(BusinessDialog)
        self.city_label.setObjectName(u"city_label")

        self.business_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(BusinessDialog)
        self.city_edit.setObjectName(u"city_edit")
        self.city_edit.setPlaceholderText(u"Dortmund")
        self.city_edit.setMaxLength(100)

        self.business_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.borough_label = QLabel(BusinessDialog)
        self.borough_label.setObjectName(u"borough_label")

        self.business_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.borough_label)

        self.borough_combo = QComboBox(BusinessDialog)
        self.borough_combo.setObjectName(u"borough_combo")
        self.borough_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.business_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.borough_combo)

        self.district_label = QLabel(BusinessDialog)
        self.district_label.setObjectName(u"district_label")

        self.business_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.district_label)

        self.district_combo = QComboBox(BusinessDialog)
        self.district_combo.setObjectName(u"district_combo")
        self.district_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.business_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.district_combo)

        self.business_notes_label = QLabel(BusinessDialog)
        self.business_notes_label.setObjectName(u"business_notes_label")

        self.business_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.business_notes_label)

        self.notes_edit = QPlainTextEdit(BusinessDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 50))

        self.business_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.vertical_layout_60.addLayout(self.business_form)

        self.members_group = QGroupBox(BusinessDialog)
        self.members_group.setObjectName(u"members_group")
        self.vertical_layout_56 = QVBoxLayout(self.members_group)
        self.vertical_layout_56.setObjectName(u"vertical_layout_56")
        self.members_table = QTableView(self.members_group)
        self.members_table.setObjectName(u"members_table")
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_table.setAlternatingRowColors(True)
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.horizontalHeader().setStretchLastSection(True)
        self.members_table.verticalHeader().setVisible(False)

        self.vertical_layout_56.addWidget(self.members_table)

        self.horizontal_layout_55 = QHBoxLayout()
        self.horizontal_layout_55.setObjectName(u"horizontal_layout_55")
        self.person_label = QLabel(self.members_group)
        self.person_label.setObjectName(u"person_label")

        self.horizontal_layout_55.addWidget(self.person_label)

        self.person_edit = QLineEdit(self.members_group)
        self.person_edit.setObjectName(u"person_edit")

        self.horizontal_layout_55.addWidget(self.person_edit)

        self.role_label = QLabel(self.members_group)
        self.role_label.setObjectName(u"role_label")

        self.horizontal_layout_55.addWidget(self.role_label)

        self.role_combo = QComboBox(self.members_group)
        self.role_combo.setObjectName(u"role_combo")
        self.role_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.horizontal_layout_55.addWidget(self.role_combo)

        self.add_member_button = QPushButton(self.members_group)
        self.add_member_button.setObjectName(u"add_member_button")

        self.horizontal_layout_55.addWidget(self.add_member_button)

        self.new_person_button = QPushButton(self.members_group)
        self.new_person_button.setObjectName(u"new_person_button")

        self.horizontal_layout_55.addWidget(self.new_person_button)

        self.remove_member_button = QPushButton(self.members_group)
        self.remove_member_button.setObjectName(u"remove_member_button")

        self.horizontal_layout_55.addWidget(self.remove_member_button)


        self.vertical_layout_56.addLayout(self.horizontal_layout_55)


        self.vertical_layout_60.addWidget(self.members_group)

        self.duplicates_group = QGroupBox(BusinessDialog)
        self.duplicates_group.setObjectName(u"duplicates_group")
        self.vertical_layout_59 = QVBoxLayout(self.duplicates_group)
        self.vertical_layout_59.setObjectName(u"vertical_layout_59")
        self.duplicates_label = QLabel(self.duplicates_group)
        self.duplicates_label.setObjectName(u"duplicates_label")
        self.duplicates_label.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicates_label.setWordWrap(True)

        self.vertical_layout_59.addWidget(self.duplicates_label)

        self.duplicates_list = QListWidget(self.duplicates_group)
        self.duplicates_list.setObjectName(u"duplicates_list")
        self.duplicates_list.setAlternatingRowColors(True)

        self.vertical_layout_59.addWidget(self.duplicates_list)

        self.horizontal_layout_58 = QHBoxLayout()
        self.horizontal_layout_58.setObjectName(u"horizontal_layout_58")
        self.use_existing_button = QPushButton(self.duplicates_group)
        self.use_existing_button.setObjectName(u"use_existing_button")

        self.horizontal_layout_58.addWidget(self.use_existing_button)

        self.create_anyway_button = QPushButton(self.duplicates_group)
        self.create_anyway_button.setObjectName(u"create_anyway_button")

        self.horizontal_layout_58.addWidget(self.create_anyway_button)

        self.spacer_57 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_58.addItem(self.spacer_57)


        self.vertical_layout_59.addLayout(self.horizontal_layout_58)


        self.vertical_layout_60.addWidget(self.duplicates_group)

        self.button_box = QDialogButtonBox(BusinessDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.vertical_layout_60.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.legal_form_label.setBuddy(self.legal_form_combo)
        self.sector_label.setBuddy(self.sector_edit)
        self.founding_label.setBuddy(self.founding_edit)
        self.employees_label.setBuddy(self.employees_spin)
        self.street_label.setBuddy(self.street_edit)
        self.postcode_label.setBuddy(self.postcode_edit)
        self.city_label.setBuddy(self.city_edit)
        self.borough_label.setBuddy(self.borough_combo)
        self.district_label.setBuddy(self.district_combo)
        self.business_notes_label.setBuddy(self.notes_edit)
        self.person_label.setBuddy(self.person_edit)
        self.role_label.setBuddy(self.role_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BusinessDialog)
    # setupUi

    def retranslateUi(self, BusinessDialog):
        BusinessDialog.setWindowTitle(QCoreApplication.translate("BusinessDialog", u"Business", None))
        self.name_label.setText(QCoreApplication.translate("BusinessDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Name of the business", None))
#endif // QT_CONFIG(accessibility)
        self.legal_form_label.setText(QCoreApplication.translate("BusinessDialog", u"&Legal form", None))
#if QT_CONFIG(accessibility)
        self.legal_form_combo.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Legal form", None))
#endif // QT_CONFIG(accessibility)
        self.sector_label.setText(QCoreApplication.translate("BusinessDialog", u"&Sector (WZ 2008)", None))
#if QT_CONFIG(accessibility)
        self.sector_edit.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"WZ 2008 class: type part of its name", None))
#endif // QT_CONFIG(accessibility)
        self.sector_edit.setPlaceholderText(QCoreApplication.translate("BusinessDialog", u"e.g. hairdresser, bakery, restaurant", None))
        self.founding_label.setText(QCoreApplication.translate("BusinessDialog", u"&Founded on", None))
#if QT_CONFIG(accessibility)
        self.founding_edit.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Founding date", None))
#endif // QT_CONFIG(accessibility)
        self.founding_edit.setPlaceholderText(QCoreApplication.translate("BusinessDialog", u"DD.MM.YYYY", None))
        self.planned_check.setText(QCoreApplication.translate("BusinessDialog", u"planned", None))
#if QT_CONFIG(accessibility)
        self.planned_check.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Founding is planned", None))
#endif // QT_CONFIG(accessibility)
        self.employees_label.setText(QCoreApplication.translate("BusinessDialog", u"Emplo&yees", None))
#if QT_CONFIG(accessibility)
        self.employees_spin.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Employees", None))
#endif // QT_CONFIG(accessibility)
        self.street_label.setText(QCoreApplication.translate("BusinessDialog", u"S&treet", None))
#if QT_CONFIG(accessibility)
        self.street_edit.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Street and number", None))
#endif // QT_CONFIG(accessibility)
        self.postcode_label.setText(QCoreApplication.translate("BusinessDialog", u"&Postcode", None))
#if QT_CONFIG(accessibility)
        self.postcode_edit.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.area_hint_label.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Area suggested from the postcode", None))
#endif // QT_CONFIG(accessibility)
        self.city_label.setText(QCoreApplication.translate("BusinessDialog", u"&City", None))
#if QT_CONFIG(accessibility)
        self.city_edit.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.borough_label.setText(QCoreApplication.translate("BusinessDialog", u"&Borough", None))
#if QT_CONFIG(accessibility)
        self.borough_combo.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Borough", None))
#endif // QT_CONFIG(accessibility)
        self.district_label.setText(QCoreApplication.translate("BusinessDialog", u"&District", None))
#if QT_CONFIG(accessibility)
        self.district_combo.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Statistical district", None))
#endif // QT_CONFIG(accessibility)
        self.business_notes_label.setText(QCoreApplication.translate("BusinessDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Notes on the business", None))
#endif // QT_CONFIG(accessibility)
        self.members_group.setTitle(QCoreApplication.translate("BusinessDialog", u"People", None))
#if QT_CONFIG(accessibility)
        self.members_table.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"People of the business", None))
#endif // QT_CONFIG(accessibility)
        self.person_label.setText(QCoreApplication.translate("BusinessDialog", u"P&erson", None))
#if QT_CONFIG(accessibility)
        self.person_edit.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Find a recorded person by name", None))
#endif // QT_CONFIG(accessibility)
        self.person_edit.setPlaceholderText(QCoreApplication.translate("BusinessDialog", u"Type a name \u2026", None))
        self.role_label.setText(QCoreApplication.translate("BusinessDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Role in the business", None))
#endif // QT_CONFIG(accessibility)
        self.add_member_button.setText(QCoreApplication.translate("BusinessDialog", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.add_member_button.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Add the person in this role", None))
#endif // QT_CONFIG(accessibility)
        self.new_person_button.setText(QCoreApplication.translate("BusinessDialog", u"Ne&w person\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_person_button.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Record a new person", None))
#endif // QT_CONFIG(accessibility)
        self.remove_member_button.setText(QCoreApplication.translate("BusinessDialog", u"Re&move", None))
#if QT_CONFIG(accessibility)
        self.remove_member_button.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Remove the selected person", None))
#endif // QT_CONFIG(accessibility)
        self.duplicates_group.setTitle(QCoreApplication.translate("BusinessDialog", u"Already recorded?", None))
#if QT_CONFIG(accessibility)
        self.duplicates_label.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Possible duplicates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.duplicates_list.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Businesses that look the same", None))
#endif // QT_CONFIG(accessibility)
        self.use_existing_button.setText(QCoreApplication.translate("BusinessDialog", u"&Use the selected business", None))
#if QT_CONFIG(accessibility)
        self.use_existing_button.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Use the selected existing business", None))
#endif // QT_CONFIG(accessibility)
        self.create_anyway_button.setText(QCoreApplication.translate("BusinessDialog", u"It is another business \u2013 record new", None))
#if QT_CONFIG(accessibility)
        self.create_anyway_button.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Record a new business anyway", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("BusinessDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

