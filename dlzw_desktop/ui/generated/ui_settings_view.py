# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_SettingsView(object):
    def setupUi(self, SettingsView):
        if not SettingsView.objectName():
            SettingsView.setObjectName(u"SettingsView")
        self.main_layout = QVBoxLayout(SettingsView)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 24, 24, 24)
        self.title_label = QLabel(SettingsView)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.workstation_group = QGroupBox(SettingsView)
        self.workstation_group.setObjectName(u"workstation_group")
        self.workstation_layout = QFormLayout(self.workstation_group)
        self.workstation_layout.setObjectName(u"workstation_layout")
        self.language_label = QLabel(self.workstation_group)
        self.language_label.setObjectName(u"language_label")

        self.workstation_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.workstation_group)
        self.language_combo.setObjectName(u"language_combo")

        self.workstation_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.database_label = QLabel(self.workstation_group)
        self.database_label.setObjectName(u"database_label")

        self.workstation_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_layout = QHBoxLayout()
        self.database_layout.setObjectName(u"database_layout")
        self.database_edit = QLineEdit(self.workstation_group)
        self.database_edit.setObjectName(u"database_edit")
        self.database_edit.setReadOnly(True)

        self.database_layout.addWidget(self.database_edit)

        self.change_database_button = QPushButton(self.workstation_group)
        self.change_database_button.setObjectName(u"change_database_button")

        self.database_layout.addWidget(self.change_database_button)


        self.workstation_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.database_layout)

        self.restart_hint_label = QLabel(self.workstation_group)
        self.restart_hint_label.setObjectName(u"restart_hint_label")
        self.restart_hint_label.setWordWrap(True)

        self.workstation_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.restart_hint_label)


        self.main_layout.addWidget(self.workstation_group)

        self.organisation_group = QGroupBox(SettingsView)
        self.organisation_group.setObjectName(u"organisation_group")
        self.organisation_layout = QFormLayout(self.organisation_group)
        self.organisation_layout.setObjectName(u"organisation_layout")
        self.organisation_name_label = QLabel(self.organisation_group)
        self.organisation_name_label.setObjectName(u"organisation_name_label")

        self.organisation_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_name_label)

        self.organisation_name_edit = QLineEdit(self.organisation_group)
        self.organisation_name_edit.setObjectName(u"organisation_name_edit")
        self.organisation_name_edit.setMaxLength(200)

        self.organisation_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_name_edit)

        self.organisation_unit_label = QLabel(self.organisation_group)
        self.organisation_unit_label.setObjectName(u"organisation_unit_label")

        self.organisation_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisation_unit_label)

        self.organisation_unit_edit = QLineEdit(self.organisation_group)
        self.organisation_unit_edit.setObjectName(u"organisation_unit_edit")
        self.organisation_unit_edit.setMaxLength(200)

        self.organisation_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_unit_edit)

        self.letterhead_address_label = QLabel(self.organisation_group)
        self.letterhead_address_label.setObjectName(u"letterhead_address_label")

        self.organisation_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letterhead_address_label)

        self.letterhead_address_edit = QPlainTextEdit(self.organisation_group)
        self.letterhead_address_edit.setObjectName(u"letterhead_address_edit")
        self.letterhead_address_edit.setTabChangesFocus(True)
        self.letterhead_address_edit.setMaximumSize(QSize(16777215, 70))

        self.organisation_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letterhead_address_edit)

        self.letterhead_contact_label = QLabel(self.organisation_group)
        self.letterhead_contact_label.setObjectName(u"letterhead_contact_label")

        self.organisation_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.letterhead_contact_label)

        self.letterhead_contact_edit = QLineEdit(self.organisation_group)
        self.letterhead_contact_edit.setObjectName(u"letterhead_contact_edit")
        self.letterhead_contact_edit.setMaxLength(300)

        self.organisation_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.letterhead_contact_edit)

        self.hourly_rate_label = QLabel(self.organisation_group)
        self.hourly_rate_label.setObjectName(u"hourly_rate_label")

        self.organisation_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hourly_rate_label)

        self.hourly_rate_edit = QLineEdit(self.organisation_group)
        self.hourly_rate_edit.setObjectName(u"hourly_rate_edit")

        self.organisation_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hourly_rate_edit)

        self.stale_days_label = QLabel(self.organisation_group)
        self.stale_days_label.setObjectName(u"stale_days_label")

        self.organisation_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.stale_days_label)

        self.stale_days_spin = QSpinBox(self.organisation_group)
        self.stale_days_spin.setObjectName(u"stale_days_spin")
        self.stale_days_spin.setMinimum(1)
        self.stale_days_spin.setMaximum(999)

        self.organisation_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.stale_days_spin)


        self.main_layout.addWidget(self.organisation_group)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.backup_button = QPushButton(SettingsView)
        self.backup_button.setObjectName(u"backup_button")

        self.buttons_layout.addWidget(self.backup_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(SettingsView)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.database_label.setBuddy(self.database_edit)
        self.organisation_name_label.setBuddy(self.organisation_name_edit)
        self.organisation_unit_label.setBuddy(self.organisation_unit_edit)
        self.letterhead_address_label.setBuddy(self.letterhead_address_edit)
        self.letterhead_contact_label.setBuddy(self.letterhead_contact_edit)
        self.hourly_rate_label.setBuddy(self.hourly_rate_edit)
        self.stale_days_label.setBuddy(self.stale_days_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language_combo, self.change_database_button)
        QWidget.setTabOrder(self.change_database_button, self.organisation_name_edit)
        QWidget.setTabOrder(self.organisation_name_edit, self.organisation_unit_edit)
        QWidget.setTabOrder(self.organisation_unit_edit, self.letterhead_address_edit)
        QWidget.setTabOrder(self.letterhead_address_edit, self.letterhead_contact_edit)
        QWidget.setTabOrder(self.letterhead_contact_edit, self.hourly_rate_edit)
        QWidget.setTabOrder(self.hourly_rate_edit, self.stale_days_spin)
        QWidget.setTabOrder(self.stale_days_spin, self.save_button)
        QWidget.setTabOrder(self.save_button, self.backup_button)

        self.retranslateUi(SettingsView)
    # setupUi

    def retranslateUi(self, SettingsView):
        self.title_label.setText(QCoreApplication.translate("SettingsView", u"Settings", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("SettingsView", u"Section title", None))
#endif // QT_CONFIG(accessibility)
        self.workstation_group.setTitle(QCoreApplication.translate("SettingsView", u"This workstation", None))
        self.language_label.setText(QCoreApplication.translate("SettingsView", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("SettingsView", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.database_label.setText(QCoreApplication.translate("SettingsView", u"&Database", None))
#if QT_CONFIG(accessibility)
        self.database_edit.setAccessibleName(QCoreApplication.translate("SettingsView", u"Database location", None))
#endif // QT_CONFIG(accessibility)
        self.change_database_button.setText(QCoreApplication.translate("SettingsView", u"&Change\u2026", None))
#if QT_CONFIG(accessibility)
        self.change_database_button.setAccessibleName(QCoreApplication.translate("SettingsView", u"Change database", None))
#endif // QT_CONFIG(accessibility)
        self.restart_hint_label.setText(QCoreApplication.translate("SettingsView", u"Language changes take effect after a restart.", None))
#if QT_CONFIG(accessibility)
        self.restart_hint_label.setAccessibleName(QCoreApplication.translate("SettingsView", u"Restart hint", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_group.setTitle(QCoreApplication.translate("SettingsView", u"Organisation (shared by all users of this database)", None))
        self.organisation_name_label.setText(QCoreApplication.translate("SettingsView", u"&Organisation", None))
#if QT_CONFIG(accessibility)
        self.organisation_name_edit.setAccessibleName(QCoreApplication.translate("SettingsView", u"Organisation name", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_unit_label.setText(QCoreApplication.translate("SettingsView", u"&Unit", None))
#if QT_CONFIG(accessibility)
        self.organisation_unit_edit.setAccessibleName(QCoreApplication.translate("SettingsView", u"Organisational unit", None))
#endif // QT_CONFIG(accessibility)
        self.letterhead_address_label.setText(QCoreApplication.translate("SettingsView", u"Letterhead &address", None))
#if QT_CONFIG(accessibility)
        self.letterhead_address_edit.setAccessibleName(QCoreApplication.translate("SettingsView", u"Letterhead address", None))
#endif // QT_CONFIG(accessibility)
        self.letterhead_contact_label.setText(QCoreApplication.translate("SettingsView", u"Letterhead co&ntact", None))
#if QT_CONFIG(accessibility)
        self.letterhead_contact_edit.setAccessibleName(QCoreApplication.translate("SettingsView", u"Letterhead contact line", None))
#endif // QT_CONFIG(accessibility)
        self.hourly_rate_label.setText(QCoreApplication.translate("SettingsView", u"Staff hourly ra&te (EUR)", None))
#if QT_CONFIG(accessibility)
        self.hourly_rate_edit.setAccessibleName(QCoreApplication.translate("SettingsView", u"Staff hourly rate in euros", None))
#endif // QT_CONFIG(accessibility)
        self.hourly_rate_edit.setPlaceholderText(QCoreApplication.translate("SettingsView", u"62,00", None))
        self.stale_days_label.setText(QCoreApplication.translate("SettingsView", u"Flag cases unchanged for (da&ys)", None))
#if QT_CONFIG(accessibility)
        self.stale_days_spin.setAccessibleName(QCoreApplication.translate("SettingsView", u"Days after which a case counts as stuck in its stage", None))
#endif // QT_CONFIG(accessibility)
        self.backup_button.setText(QCoreApplication.translate("SettingsView", u"&Back up now\u2026", None))
#if QT_CONFIG(accessibility)
        self.backup_button.setAccessibleName(QCoreApplication.translate("SettingsView", u"Back up the database now", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("SettingsView", u"&Save settings", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("SettingsView", u"Save settings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(shortcut)
        self.save_button.setShortcut(QCoreApplication.translate("SettingsView", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        pass
    # retranslateUi

