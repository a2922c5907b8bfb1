# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        self.main_layout = QVBoxLayout(MeetingDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.held_on_label = QLabel(MeetingDialog)
        self.held_on_label.setObjectName(u"held_on_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_on_label)

        self.held_on_edit = QDateEdit(MeetingDialog)
        self.held_on_edit.setObjectName(u"held_on_edit")
        self.held_on_edit.setCalendarPopup(True)
        self.held_on_edit.setDisplayFormat(u"dd.MM.yyyy")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_on_edit)

        self.participants_label = QLabel(MeetingDialog)
        self.participants_label.setObjectName(u"participants_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.participants_label)

        self.participants_edit = QPlainTextEdit(MeetingDialog)
        self.participants_edit.setObjectName(u"participants_edit")
        self.participants_edit.setTabChangesFocus(True)
        self.participants_edit.setMaximumSize(QSize(16777215, 56))

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.participants_edit)

        self.minutes_label = QLabel(MeetingDialog)
        self.minutes_label.setObjectName(u"minutes_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minutes_label)

        self.minutes_edit = QPlainTextEdit(MeetingDialog)
        self.minutes_edit.setObjectName(u"minutes_edit")
        self.minutes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minutes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.actions_group = QGroupBox(MeetingDialog)
        self.actions_group.setObjectName(u"actions_group")
        self.actions_layout = QVBoxLayout(self.actions_group)
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_table = QTableWidget(self.actions_group)
        self.actions_table.setObjectName(u"actions_table")
        self.actions_table.setMaximumSize(QSize(16777215, 120))
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.actions_layout.addWidget(self.actions_table)

        self.action_entry_layout = QHBoxLayout()
        self.action_entry_layout.setObjectName(u"action_entry_layout")
        self.action_text_label = QLabel(self.actions_group)
        self.action_text_label.setObjectName(u"action_text_label")

        self.action_entry_layout.addWidget(self.action_text_label)

        self.action_text_edit = QLineEdit(self.actions_group)
        self.action_text_edit.setObjectName(u"action_text_edit")

        self.action_entry_layout.addWidget(self.action_text_edit)

        self.action_owner_label = QLabel(self.actions_group)
        self.action_owner_label.setObjectName(u"action_owner_label")

        self.action_entry_layout.addWidget(self.action_owner_label)

        self.action_owner_combo = QComboBox(self.actions_group)
        self.action_owner_combo.setObjectName(u"action_owner_combo")
        self.action_owner_combo.setEditable(True)

        self.action_entry_layout.addWidget(self.action_owner_combo)

        self.action_due_label = QLabel(self.actions_group)
        self.action_due_label.setObjectName(u"action_due_label")

        self.action_entry_layout.addWidget(self.action_due_label)

        self.action_due_edit = QDateEdit(self.actions_group)
        self.action_due_edit.setObjectName(u"action_due_edit")
        self.action_due_edit.setCalendarPopup(True)
        self.action_due_edit.setDisplayFormat(u"dd.MM.yyyy")

        self.action_entry_layout.addWidget(self.action_due_edit)

        self.add_action_button = QPushButton(self.actions_group)
        self.add_action_button.setObjectName(u"add_action_button")

        self.action_entry_layout.addWidget(self.add_action_button)

        self.remove_action_button = QPushButton(self.actions_group)
        self.remove_action_button.setObjectName(u"remove_action_button")

        self.action_entry_layout.addWidget(self.remove_action_button)

        self.action_entry_layout.setStretch(1, 3)
        self.action_entry_layout.setStretch(3, 2)

        self.actions_layout.addLayout(self.action_entry_layout)


        self.main_layout.addWidget(self.actions_group)

        self.offers_group = QGroupBox(MeetingDialog)
        self.offers_group.setObjectName(u"offers_group")
        self.offers_layout = QVBoxLayout(self.offers_group)
        self.offers_layout.setObjectName(u"offers_layout")
        self.offers_table = QTableWidget(self.offers_group)
        self.offers_table.setObjectName(u"offers_table")
        self.offers_table.setMaximumSize(QSize(16777215, 110))
        self.offers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.offers_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.offers_layout.addWidget(self.offers_table)

        self.offer_search_layout = QHBoxLayout()
        self.offer_search_layout.setObjectName(u"offer_search_layout")
        self.offer_search_label = QLabel(self.offers_group)
        self.offer_search_label.setObjectName(u"offer_search_label")

        self.offer_search_layout.addWidget(self.offer_search_label)

        self.offer_search_edit = QLineEdit(self.offers_group)
        self.offer_search_edit.setObjectName(u"offer_search_edit")
        self.offer_search_edit.setClearButtonEnabled(True)

        self.offer_search_layout.addWidget(self.offer_search_edit)

        self.offer_sector_combo = QComboBox(self.offers_group)
        self.offer_sector_combo.setObjectName(u"offer_sector_combo")
        self.offer_sector_combo.setMinimumSize(QSize(260, 0))

        self.offer_search_layout.addWidget(self.offer_sector_combo)

        self.offer_search_layout.setStretch(1, 1)
        self.offer_search_layout.setStretch(2, 2)

        self.offers_layout.addLayout(self.offer_search_layout)

        self.offer_entry_layout = QHBoxLayout()
        self.offer_entry_layout.setObjectName(u"offer_entry_layout")
        self.offer_district_label = QLabel(self.offers_group)
        self.offer_district_label.setObjectName(u"offer_district_label")

        self.offer_entry_layout.addWidget(self.offer_district_label)

        self.offer_district_combo = QComboBox(self.offers_group)
        self.offer_district_combo.setObjectName(u"offer_district_combo")

        self.offer_entry_layout.addWidget(self.offer_district_combo)

        self.offer_weight_label = QLabel(self.offers_group)
        self.offer_weight_label.setObjectName(u"offer_weight_label")

        self.offer_entry_layout.addWidget(self.offer_weight_label)

        self.offer_weight_spin = QDoubleSpinBox(self.offers_group)
        self.offer_weight_spin.setObjectName(u"offer_weight_spin")
        self.offer_weight_spin.setDecimals(1)
        self.offer_weight_spin.setMinimum(0.500000000000000)
        self.offer_weight_spin.setMaximum(10.000000000000000)
        self.offer_weight_spin.setSingleStep(0.500000000000000)
        self.offer_weight_spin.setValue(1.000000000000000)

        self.offer_entry_layout.addWidget(self.offer_weight_spin)

        self.offer_note_label = QLabel(self.offers_group)
        self.offer_note_label.setObjectName(u"offer_note_label")

        self.offer_entry_layout.addWidget(self.offer_note_label)

        self.offer_note_edit = QLineEdit(self.offers_group)
        self.offer_note_edit.setObjectName(u"offer_note_edit")

        self.offer_entry_layout.addWidget(self.offer_note_edit)

        self.add_offer_button = QPushButton(self.offers_group)
        self.add_offer_button.setObjectName(u"add_offer_button")

        self.offer_entry_layout.addWidget(self.add_offer_button)

        self.remove_offer_button = QPushButton(self.offers_group)
        self.remove_offer_button.setObjectName(u"remove_offer_button")

        self.offer_entry_layout.addWidget(self.remove_offer_button)

        self.offer_entry_layout.setStretch(1, 1)
        self.offer_entry_layout.setStretch(5, 2)

        self.offers_layout.addLayout(self.offer_entry_layout)


        self.main_layout.addWidget(self.offers_group)

        self.button_box = QDialogButtonBox(MeetingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.held_on_label.setBuddy(self.held_on_edit)
        self.participants_label.setBuddy(self.participants_edit)
        self.minutes_label.setBuddy(self.minutes_edit)
        self.action_text_label.setBuddy(self.action_text_edit)
        self.action_owner_label.setBuddy(self.action_owner_combo)
        self.action_due_label.setBuddy(self.action_due_edit)
        self.offer_search_label.setBuddy(self.offer_search_edit)
        self.offer_district_label.setBuddy(self.offer_district_combo)
        self.offer_weight_label.setBuddy(self.offer_weight_spin)
        self.offer_note_label.setBuddy(self.offer_note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.held_on_edit, self.participants_edit)
        QWidget.setTabOrder(self.participants_edit, self.minutes_edit)
        QWidget.setTabOrder(self.minutes_edit, self.action_text_edit)
        QWidget.setTabOrder(self.action_text_edit, self.action_owner_combo)
        QWidget.setTabOrder(self.action_owner_combo, self.action_due_edit)
        QWidget.setTabOrder(self.action_due_edit, self.add_action_button)
        QWidget.setTabOrder(self.add_action_button, self.actions_table)
        QWidget.setTabOrder(self.actions_table, self.remove_action_button)
        QWidget.setTabOrder(self.remove_action_button, self.offer_search_edit)
        QWidget.setTabOrder(self.offer_search_edit, self.offer_sector_combo)
        QWidget.setTabOrder(self.offer_sector_combo, self.offer_district_combo)
        QWidget.setTabOrder(self.offer_district_combo, self.offer_weight_spin)
        QWidget.setTabOrder(self.offer_weight_spin, self.offer_note_edit)
        QWidget.setTabOrder(self.offer_note_edit, self.add_offer_button)
        QWidget.setTabOrder(self.add_offer_button, self.offers_table)
        QWidget.setTabOrder(self.offers_table, self.remove_offer_button)

        self.retranslateUi(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
        self.held_on_label.setText(QCoreApplication.translate("MeetingDialog", u"Meeting &date", None))
#if QT_CONFIG(accessibility)
        self.held_on_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Date of the meeting", None))
#endif // QT_CONFIG(accessibility)
        self.participants_label.setText(QCoreApplication.translate("MeetingDialog", u"&Participants", None))
#if QT_CONFIG(accessibility)
        self.participants_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Participants", None))
#endif // QT_CONFIG(accessibility)
        self.minutes_label.setText(QCoreApplication.translate("MeetingDialog", u"&Minutes", None))
#if QT_CONFIG(accessibility)
        self.minutes_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Minutes", None))
#endif // QT_CONFIG(accessibility)
        self.actions_group.setTitle(QCoreApplication.translate("MeetingDialog", u"Agreed actions (each becomes a reminder)", None))
#if QT_CONFIG(accessibility)
        self.actions_table.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Agreed actions", None))
#endif // QT_CONFIG(accessibility)
        self.action_text_label.setText(QCoreApplication.translate("MeetingDialog", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.action_text_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"What was agreed", None))
#endif // QT_CONFIG(accessibility)
        self.action_owner_label.setText(QCoreApplication.translate("MeetingDialog", u"Ow&ner", None))
#if QT_CONFIG(accessibility)
        self.action_owner_combo.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Who does it (advisor or name)", None))
#endif // QT_CONFIG(accessibility)
        self.action_due_label.setText(QCoreApplication.translate("MeetingDialog", u"D&ue", None))
#if QT_CONFIG(accessibility)
        self.action_due_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Due date of the action", None))
#endif // QT_CONFIG(accessibility)
        self.add_action_button.setText(QCoreApplication.translate("MeetingDialog", u"Add a&ction", None))
#if QT_CONFIG(accessibility)
        self.add_action_button.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Add the action", None))
#endif // QT_CONFIG(accessibility)
        self.remove_action_button.setText(QCoreApplication.translate("MeetingDialog", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.remove_action_button.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Remove the selected action", None))
#endif // QT_CONFIG(accessibility)
        self.offers_group.setTitle(QCoreApplication.translate("MeetingDialog", u"Offers the neighbourhood misses (they feed the demand profile used by matching)", None))
#if QT_CONFIG(accessibility)
        self.offers_table.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Missing offers", None))
#endif // QT_CONFIG(accessibility)
        self.offer_search_label.setText(QCoreApplication.translate("MeetingDialog", u"&Sector", None))
#if QT_CONFIG(accessibility)
        self.offer_search_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Search WZ 2008 sector", None))
#endif // QT_CONFIG(accessibility)
        self.offer_search_edit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"e.g. B\u00e4ckerei or 10.71", None))
#if QT_CONFIG(accessibility)
        self.offer_sector_combo.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Matching WZ 2008 sectors", None))
#endif // QT_CONFIG(accessibility)
        self.offer_district_label.setText(QCoreApplication.translate("MeetingDialog", u"Dis&trict", None))
#if QT_CONFIG(accessibility)
        self.offer_district_combo.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"District that misses the offer", None))
#endif // QT_CONFIG(accessibility)
        self.offer_weight_label.setText(QCoreApplication.translate("MeetingDialog", u"&Weight", None))
#if QT_CONFIG(accessibility)
        self.offer_weight_spin.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Weight (1 missed, 10 missed badly)", None))
#endif // QT_CONFIG(accessibility)
        self.offer_note_label.setText(QCoreApplication.translate("MeetingDialog", u"N&ote", None))
#if QT_CONFIG(accessibility)
        self.offer_note_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Note on the missing offer", None))
#endif // QT_CONFIG(accessibility)
        self.add_offer_button.setText(QCoreApplication.translate("MeetingDialog", u"Add o&ffer", None))
#if QT_CONFIG(accessibility)
        self.add_offer_button.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Add the missing offer", None))
#endif // QT_CONFIG(accessibility)
        self.remove_offer_button.setText(QCoreApplication.translate("MeetingDialog", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.remove_offer_button.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Remove the selected missing offer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

