# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'property_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

class Ui_PropertyDialog(object):
    def setupUi(self, PropertyDialog):
        if not PropertyDialog.objectName():
            PropertyDialog.setObjectName(u"PropertyDialog")
        PropertyDialog.setSizeGripEnabled(True)
        self.main_layout = QVBoxLayout(PropertyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.location_group = QGroupBox(PropertyDialog)
        self.location_group.setObjectName(u"location_group")
        self.location_layout = QFormLayout(self.location_group)
        self.location_layout.setObjectName(u"location_layout")
        self.street_label = QLabel(self.location_group)
        self.street_label.setObjectName(u"street_label")

        self.location_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street_edit = QLineEdit(self.location_group)
        self.street_edit.setObjectName(u"street_edit")
        self.street_edit.setMaxLength(200)

        self.location_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.street_edit)

        self.postcode_label = QLabel(self.location_group)
        self.postcode_label.setObjectName(u"postcode_label")

        self.location_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postcode_label)

        self.postcode_edit = QLineEdit(self.location_group)
        self.postcode_edit.setObjectName(u"postcode_edit")
        self.postcode_edit.setMaxLength(5)

        self.location_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postcode_edit)

        self.borough_label = QLabel(self.location_group)
        self.borough_label.setObjectName(u"borough_label")

        self.location_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.borough_label)

        self.borough_combo = QComboBox(self.location_group)
        self.borough_combo.setObjectName(u"borough_combo")

        self.location_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.borough_combo)

        self.district_label = QLabel(self.location_group)
        self.district_label.setObjectName(u"district_label")

        self.location_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.district_label)

        self.district_combo = QComboBox(self.location_group)
        self.district_combo.setObjectName(u"district_combo")

        self.location_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.district_combo)

        self.area_label = QLabel(self.location_group)
        self.area_label.setObjectName(u"area_label")

        self.location_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.area_label)

        self.area_edit = QLineEdit(self.location_group)
        self.area_edit.setObjectName(u"area_edit")

        self.location_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.area_edit)

        self.rooms_label = QLabel(self.location_group)
        self.rooms_label.setObjectName(u"rooms_label")

        self.location_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rooms_label)

        self.rooms_spin = QSpinBox(self.location_group)
        self.rooms_spin.setObjectName(u"rooms_spin")
        self.rooms_spin.setMinimum(0)
        self.rooms_spin.setMaximum(500)

        self.location_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rooms_spin)

        self.floor_label = QLabel(self.location_group)
        self.floor_label.setObjectName(u"floor_label")

        self.location_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.floor_label)

        self.ground_floor_check = QCheckBox(self.location_group)
        self.ground_floor_check.setObjectName(u"ground_floor_check")

        self.location_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ground_floor_check)

        self.floor_note_label = QLabel(self.location_group)
        self.floor_note_label.setObjectName(u"floor_note_label")

        self.location_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.floor_note_label)

        self.floor_note_edit = QLineEdit(self.location_group)
        self.floor_note_edit.setObjectName(u"floor_note_edit")
        self.floor_note_edit.setMaxLength(60)

        self.location_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.floor_note_edit)


        self.left_column.addWidget(self.location_group)

        self.owner_group = QGroupBox(PropertyDialog)
        self.owner_group.setObjectName(u"owner_group")
        self.owner_layout = QFormLayout(self.owner_group)
        self.owner_layout.setObjectName(u"owner_layout")
        self.owner_search_label = QLabel(self.owner_group)
        self.owner_search_label.setObjectName(u"owner_search_label")

        self.owner_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.owner_search_label)

        self.owner_search_edit = QLineEdit(self.owner_group)
        self.owner_search_edit.setObjectName(u"owner_search_edit")
        self.owner_search_edit.setClearButtonEnabled(True)

        self.owner_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.owner_search_edit)

        self.owner_label = QLabel(self.owner_group)
        self.owner_label.setObjectName(u"owner_label")

        self.owner_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner_choice_layout = QHBoxLayout()
        self.owner_choice_layout.setObjectName(u"owner_choice_layout")
        self.owner_combo = QComboBox(self.owner_group)
        self.owner_combo.setObjectName(u"owner_combo")
        self.owner_combo.setMinimumContentsLength(24)

        self.owner_choice_layout.addWidget(self.owner_combo)

        self.new_owner_button = QPushButton(self.owner_group)
        self.new_owner_button.setObjectName(u"new_owner_button")

        self.owner_choice_layout.addWidget(self.new_owner_button)

        self.owner_choice_layout.setStretch(0, 1)

        self.owner_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.owner_choice_layout)

        self.consent_label = QLabel(self.owner_group)
        self.consent_label.setObjectName(u"consent_label")

        self.owner_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consent_label)

        self.consent_check = QCheckBox(self.owner_group)
        self.consent_check.setObjectName(u"consent_check")

        self.owner_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consent_check)

        self.consent_date_label = QLabel(self.owner_group)
        self.consent_date_label.setObjectName(u"consent_date_label")

        self.owner_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.consent_date_label)

        self.consent_date_edit = QDateEdit(self.owner_group)
        self.consent_date_edit.setObjectName(u"consent_date_edit")
        self.consent_date_edit.setCalendarPopup(True)

        self.owner_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.consent_date_edit)


        self.left_column.addWidget(self.owner_group)


        self.columns_layout.addLayout(self.left_column)

        self.use_group = QGroupBox(PropertyDialog)
        self.use_group.setObjectName(u"use_group")
        self.use_layout = QFormLayout(self.use_group)
        self.use_layout.setObjectName(u"use_layout")
        self.uses_label = QLabel(self.use_group)
        self.uses_label.setObjectName(u"uses_label")

        self.use_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.uses_label)

        self.uses_list = QListWidget(self.use_group)
        self.uses_list.setObjectName(u"uses_list")
        self.uses_list.setMaximumSize(QSize(16777215, 170))

        self.use_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.uses_list)

        self.shop_window_label = QLabel(self.use_group)
        self.shop_window_label.setObjectName(u"shop_window_label")

        self.use_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shop_window_label)

        self.shop_window_check = QCheckBox(self.use_group)
        self.shop_window_check.setObjectName(u"shop_window_check")

        self.use_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shop_window_check)

        self.step_free_label = QLabel(self.use_group)
        self.step_free_label.setObjectName(u"step_free_label")

        self.use_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.step_free_label)

        self.step_free_check = QCheckBox(self.use_group)
        self.step_free_check.setObjectName(u"step_free_check")

        self.use_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.step_free_check)

        self.features_label = QLabel(self.use_group)
        self.features_label.setObjectName(u"features_label")

        self.use_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.features_label)

        self.extra_features_list = QListWidget(self.use_group)
        self.extra_features_list.setObjectName(u"extra_features_list")
        self.extra_features_list.setMaximumSize(QSize(16777215, 130))

        self.use_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.extra_features_list)


        self.columns_layout.addWidget(self.use_group)

        self.rent_group = QGroupBox(PropertyDialog)
        self.rent_group.setObjectName(u"rent_group")
        self.rent_layout = QFormLayout(self.rent_group)
        self.rent_layout.setObjectName(u"rent_layout")
        self.cold_rent_label = QLabel(self.rent_group)
        self.cold_rent_label.setObjectName(u"cold_rent_label")

        self.rent_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cold_rent_label)

        self.cold_rent_edit = QLineEdit(self.rent_group)
        self.cold_rent_edit.setObjectName(u"cold_rent_edit")

        self.rent_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cold_rent_edit)

        self.service_charges_label = QLabel(self.rent_group)
        self.service_charges_label.setObjectName(u"service_charges_label")

        self.rent_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.service_charges_label)

        self.service_charges_edit = QLineEdit(self.rent_group)
        self.service_charges_edit.setObjectName(u"service_charges_edit")

        self.rent_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.service_charges_edit)

        self.condition_label = QLabel(self.rent_group)
        self.condition_label.setObjectName(u"condition_label")

        self.rent_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.condition_label)

        self.condition_combo = QComboBox(self.rent_group)
        self.condition_combo.setObjectName(u"condition_combo")

        self.rent_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.condition_combo)

        self.renovation_cost_label = QLabel(self.rent_group)
        self.renovation_cost_label.setObjectName(u"renovation_cost_label")

        self.rent_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.renovation_cost_label)

        self.renovation_cost_edit = QLineEdit(self.rent_group)
        self.renovation_cost_edit.setObjectName(u"renovation_cost_edit")

        self.rent_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.renovation_cost_edit)

        self.renovation_needs_label = QLabel(self.rent_group)
        self.renovation_needs_label.setObjectName(u"renovation_needs_label")

        self.rent_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.renovation_needs_label)

        self.renovation_needs_edit = QPlainTextEdit(self.rent_group)
        self.renovation_needs_edit.setObjectName(u"renovation_needs_edit")
        self.renovation_needs_edit.setTabChangesFocus(True)
        self.renovation_needs_edit.setMaximumSize(QSize(16777215, 60))

        self.rent_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.renovation_needs_edit)

        self.vacant_since_label = QLabel(self.rent_group)
        self.vacant_since_label.setObjectName(u"vacant_since_label")

        self.rent_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.vacant_since_label)

        self.vacant_since_edit = QDateEdit(self.rent_group)
        self.vacant_since_edit.setObjectName(u"vacant_since_edit")
        self.vacant_since_edit.setCalendarPopup(True)

        self.rent_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.vacant_since_edit)

        self.vacancy_reason_label = QLabel(self.rent_group)
        self.vacancy_reason_label.setObjectName(u"vacancy_reason_label")

        self.rent_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.vacancy_reason_label)

        self.vacancy_reason_edit = QLineEdit(self.rent_group)
        self.vacancy_reason_edit.setObjectName(u"vacancy_reason_edit")
        self.vacancy_reason_edit.setMaxLength(500)

        self.rent_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.vacancy_reason_edit)


        self.columns_layout.addWidget(self.rent_group)


        self.main_layout.addLayout(self.columns_layout)

        self.notes_layout = QHBoxLayout()
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_label = QLabel(PropertyDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.notes_layout.addWidget(self.notes_label)

        self.notes_edit = QPlainTextEdit(PropertyDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 50))

        self.notes_layout.addWidget(self.notes_edit)


        self.main_layout.addLayout(self.notes_layout)

        self.button_box = QDialogButtonBox(PropertyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.street_label.setBuddy(self.street_edit)
        self.postcode_label.setBuddy(self.postcode_edit)
        self.borough_label.setBuddy(self.borough_combo)
        self.district_label.setBuddy(self.district_combo)
        self.area_label.setBuddy(self.area_edit)
        self.rooms_label.setBuddy(self.rooms_spin)
        self.floor_label.setBuddy(self.ground_floor_check)
        self.floor_note_label.setBuddy(self.floor_note_edit)
        self.owner_search_label.setBuddy(self.owner_search_edit)
        self.owner_label.setBuddy(self.owner_combo)
        self.consent_label.setBuddy(self.consent_check)
        self.consent_date_label.setBuddy(self.consent_date_edit)
        self.uses_label.setBuddy(self.uses_list)
        self.shop_window_label.setBuddy(self.shop_window_check)
        self.step_free_label.setBuddy(self.step_free_check)
        self.features_label.setBuddy(self.extra_features_list)
        self.cold_rent_label.setBuddy(self.cold_rent_edit)
        self.service_charges_label.setBuddy(self.service_charges_edit)
        self.condition_label.setBuddy(self.condition_combo)
        self.renovation_cost_label.setBuddy(self.renovation_cost_edit)
        self.renovation_needs_label.setBuddy(self.renovation_needs_edit)
        self.vacant_since_label.setBuddy(self.vacant_since_edit)
        self.vacancy_reason_label.setBuddy(self.vacancy_reason_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.street_edit, self.postcode_edit)
        QWidget.setTabOrder(self.postcode_edit, self.borough_combo)
        QWidget.setTabOrder(self.borough_combo, self.district_combo)
        QWidget.setTabOrder(self.district_combo, self.area_edit)
        QWidget.setTabOrder(self.area_edit, self.rooms_spin)
        QWidget.setTabOrder(self.rooms_spin, self.ground_floor_check)
        QWidget.setTabOrder(self.ground_floor_check, self.floor_note_edit)
        QWidget.setTabOrder(self.floor_note_edit, self.owner_search_edit)
        QWidget.setTabOrder(self.owner_search_edit, self.owner_combo)
        QWidget.setTabOrder(self.owner_combo, self.new_owner_button)
        QWidget.setTabOrder(self.new_owner_button, self.consent_check)
        QWidget.setTabOrder(self.consent_check, self.consent_date_edit)
        QWidget.setTabOrder(self.consent_date_edit, self.uses_list)
        QWidget.setTabOrder(self.uses_list, self.shop_window_check)
        QWidget.setTabOrder(self.shop_window_check, self.step_free_check)
        QWidget.setTabOrder(self.step_free_check, self.extra_features_list)
        QWidget.setTabOrder(self.extra_features_list, self.cold_rent_edit)
        QWidget.setTabOrder(self.cold_rent_edit, self.service_charges_edit)
        QWidget.setTabOrder(self.service_charges_edit, self.condition_combo)
        QWidget.setTabOrder(self.condition_combo, self.renovation_cost_edit)
        QWidget.setTabOrder(self.renovation_cost_edit, self.renovation_needs_edit)
        QWidget.setTabOrder(self.renovation_needs_edit, self.vacant_since_edit)
        QWidget.setTabOrder(self.vacant_since_edit, self.vacancy_reason_edit)
        QWidget.setTabOrder(self.vacancy_reason_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.button_box)

        self.retranslateUi(PropertyDialog)
    # setupUi

    def retranslateUi(self, PropertyDialog):
        PropertyDialog.setWindowTitle(QCoreApplication.translate("PropertyDialog", u"Property", None))
        self.location_group.setTitle(QCoreApplication.translate("PropertyDialog", u"Location and space", None))
        self.street_label.setText(QCoreApplication.translate("PropertyDialog", u"&Street and no.:", None))
#if QT_CONFIG(accessibility)
        self.street_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Street and house number", None))
#endif // QT_CONFIG(accessibility)
        self.postcode_label.setText(QCoreApplication.translate("PropertyDialog", u"&Postcode:", None))
#if QT_CONFIG(accessibility)
        self.postcode_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.postcode_edit.setPlaceholderText(QCoreApplication.translate("PropertyDialog", u"44137", None))
        self.borough_label.setText(QCoreApplication.translate("PropertyDialog", u"&Borough:", None))
#if QT_CONFIG(accessibility)
        self.borough_combo.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Borough", None))
#endif // QT_CONFIG(accessibility)
        self.district_label.setText(QCoreApplication.translate("PropertyDialog", u"&District:", None))
#if QT_CONFIG(accessibility)
        self.district_combo.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Statistical district", None))
#endif // QT_CONFIG(accessibility)
        self.area_label.setText(QCoreApplication.translate("PropertyDialog", u"&Area (m\u00b2):", None))
#if QT_CONFIG(accessibility)
        self.area_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Usable area in square metres", None))
#endif // QT_CONFIG(accessibility)
        self.area_edit.setPlaceholderText(QCoreApplication.translate("PropertyDialog", u"85,5", None))
        self.rooms_label.setText(QCoreApplication.translate("PropertyDialog", u"Roo&ms:", None))
#if QT_CONFIG(accessibility)
        self.rooms_spin.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Number of rooms (0 = not known)", None))
#endif // QT_CONFIG(accessibility)
        self.rooms_spin.setSpecialValueText(QCoreApplication.translate("PropertyDialog", u"not known", None))
        self.floor_label.setText(QCoreApplication.translate("PropertyDialog", u"&Floor:", None))
        self.ground_floor_check.setText(QCoreApplication.translate("PropertyDialog", u"Ground floor", None))
#if QT_CONFIG(accessibility)
        self.ground_floor_check.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"On the ground floor", None))
#endif // QT_CONFIG(accessibility)
        self.floor_note_label.setText(QCoreApplication.translate("PropertyDialog", u"F&loor note:", None))
#if QT_CONFIG(accessibility)
        self.floor_note_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Floor note, e.g. first floor with lift", None))
#endif // QT_CONFIG(accessibility)
        self.owner_group.setTitle(QCoreApplication.translate("PropertyDialog", u"Owner and consent to the listing", None))
        self.owner_search_label.setText(QCoreApplication.translate("PropertyDialog", u"Find owner:", None))
#if QT_CONFIG(accessibility)
        self.owner_search_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Search owners by name", None))
#endif // QT_CONFIG(accessibility)
        self.owner_search_edit.setPlaceholderText(QCoreApplication.translate("PropertyDialog", u"Name of the person or company", None))
        self.owner_label.setText(QCoreApplication.translate("PropertyDialog", u"&Owner:", None))
#if QT_CONFIG(accessibility)
        self.owner_combo.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Owner of the property", None))
#endif // QT_CONFIG(accessibility)
        self.new_owner_button.setText(QCoreApplication.translate("PropertyDialog", u"&New owner\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_owner_button.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Record a new owner", None))
#endif // QT_CONFIG(accessibility)
        self.consent_label.setText(QCoreApplication.translate("PropertyDialog", u"&Consent:", None))
        self.consent_check.setText(QCoreApplication.translate("PropertyDialog", u"The owner consents to the listing", None))
#if QT_CONFIG(accessibility)
        self.consent_check.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"The owner consents to the listing", None))
#endif // QT_CONFIG(accessibility)
        self.consent_date_label.setText(QCoreApplication.translate("PropertyDialog", u"Consent &given on:", None))
#if QT_CONFIG(accessibility)
        self.consent_date_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Day the owner consented", None))
#endif // QT_CONFIG(accessibility)
        self.consent_date_edit.setDisplayFormat(QCoreApplication.translate("PropertyDialog", u"dd.MM.yyyy", None))
        self.use_group.setTitle(QCoreApplication.translate("PropertyDialog", u"Uses and features", None))
        self.uses_label.setText(QCoreApplication.translate("PropertyDialog", u"Possible &uses:", None))
#if QT_CONFIG(accessibility)
        self.uses_list.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Possible uses", None))
#endif // QT_CONFIG(accessibility)
        self.shop_window_label.setText(QCoreApplication.translate("PropertyDialog", u"Shop &window:", None))
        self.shop_window_check.setText(QCoreApplication.translate("PropertyDialog", u"Shop window", None))
#if QT_CONFIG(accessibility)
        self.shop_window_check.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Has a shop window", None))
#endif // QT_CONFIG(accessibility)
        self.step_free_label.setText(QCoreApplication.translate("PropertyDialog", u"Step-fr&ee:", None))
        self.step_free_check.setText(QCoreApplication.translate("PropertyDialog", u"Step-free access", None))
#if QT_CONFIG(accessibility)
        self.step_free_check.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Has step-free access", None))
#endif // QT_CONFIG(accessibility)
        self.features_label.setText(QCoreApplication.translate("PropertyDialog", u"Further fea&tures:", None))
#if QT_CONFIG(accessibility)
        self.extra_features_list.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Further features", None))
#endif // QT_CONFIG(accessibility)
        self.rent_group.setTitle(QCoreApplication.translate("PropertyDialog", u"Rent, condition and vacancy", None))
        self.cold_rent_label.setText(QCoreApplication.translate("PropertyDialog", u"Cold &rent (\u20ac/month):", None))
#if QT_CONFIG(accessibility)
        self.cold_rent_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Cold rent in euros a month", None))
#endif // QT_CONFIG(accessibility)
        self.cold_rent_edit.setPlaceholderText(QCoreApplication.translate("PropertyDialog", u"850,00", None))
        self.service_charges_label.setText(QCoreApplication.translate("PropertyDialog", u"Service c&harges (\u20ac/month):", None))
#if QT_CONFIG(accessibility)
        self.service_charges_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Service charges in euros a month", None))
#endif // QT_CONFIG(accessibility)
        self.service_charges_edit.setPlaceholderText(QCoreApplication.translate("PropertyDialog", u"150,00", None))
        self.condition_label.setText(QCoreApplication.translate("PropertyDialog", u"Condition:", None))
#if QT_CONFIG(accessibility)
        self.condition_combo.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Condition", None))
#endif // QT_CONFIG(accessibility)
        self.renovation_cost_label.setText(QCoreApplication.translate("PropertyDialog", u"Renovation cost (&\u20ac):", None))
#if QT_CONFIG(accessibility)
        self.renovation_cost_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Estimated renovation cost in euros", None))
#endif // QT_CONFIG(accessibility)
        self.renovation_cost_edit.setPlaceholderText(QCoreApplication.translate("PropertyDialog", u"empty if not known", None))
        self.renovation_needs_label.setText(QCoreApplication.translate("PropertyDialog", u"Renovat&ion needs:", None))
#if QT_CONFIG(accessibility)
        self.renovation_needs_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Renovation needs", None))
#endif // QT_CONFIG(accessibility)
        self.vacant_since_label.setText(QCoreApplication.translate("PropertyDialog", u"&Vacant since:", None))
#if QT_CONFIG(accessibility)
        self.vacant_since_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Vacant since", None))
#endif // QT_CONFIG(accessibility)
        self.vacant_since_edit.setDisplayFormat(QCoreApplication.translate("PropertyDialog", u"dd.MM.yyyy", None))
        self.vacancy_reason_label.setText(QCoreApplication.translate("PropertyDialog", u"Reason for vacanc&y:", None))
#if QT_CONFIG(accessibility)
        self.vacancy_reason_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Reason for the vacancy", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("PropertyDialog", u"Internal notes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Internal notes (never printed in the expos\u00e9)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("PropertyDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

