# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget, QWizard, QWizardPage

class Ui_FirstStartWizard(object):
    def setupUi(self, FirstStartWizard):
        if not FirstStartWizard.objectName():
            FirstStartWizard.setObjectName(u"FirstStartWizard")
        FirstStartWizard.resize(700, 480)
        FirstStartWizard.setMinimumSize(QSize(600, 440))
        FirstStartWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        FirstStartWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.organisation_page = QWizardPage()
        self.organisation_page.setObjectName(u"organisation_page")
        self.organisation_layout = QVBoxLayout(self.organisation_page)
        self.organisation_layout.setObjectName(u"organisation_layout")
        self.organisation_form = QFormLayout()
        self.organisation_form.setObjectName(u"organisation_form")
        self.organisation_name_label = QLabel(self.organisation_page)
        self.organisation_name_label.setObjectName(u"organisation_name_label")
        self.organisation_name_label.setTextFormat(Qt.TextFormat.PlainText)

        self.organisation_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_name_label)

        self.organisation_name_edit = QLineEdit(self.organisation_page)
        self.organisation_name_edit.setObjectName(u"organisation_name_edit")
        self.organisation_name_edit.setMaxLength(200)

        self.organisation_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_name_edit)

        self.organisation_unit_label = QLabel(self.organisation_page)
        self.organisation_unit_label.setObjectName(u"organisation_unit_label")
        self.organisation_unit_label.setTextFormat(Qt.TextFormat.PlainText)

        self.organisation_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisation_unit_label)

        self.organisation_unit_edit = QLineEdit(self.organisation_page)
        self.organisation_unit_edit.setObjectName(u"organisation_unit_edit")
        self.organisation_unit_edit.setMaxLength(200)

        self.organisation_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_unit_edit)

        self.letterhead_address_label = QLabel(self.organisation_page)
        self.letterhead_address_label.setObjectName(u"letterhead_address_label")
        self.letterhead_address_label.setTextFormat(Qt.TextFormat.PlainText)

        self.organisation_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letterhead_address_label)

        self.letterhead_address_edit = QPlainTextEdit(self.organisation_page)
        self.letterhead_address_edit.setObjectName(u"letterhead_address_edit")
        self.letterhead_address_edit.setTabChangesFocus(True)
        self.letterhead_address_edit.setMaximumSize(QSize(16777215, 110))

        self.organisation_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letterhead_address_edit)

        self.letterhead_contact_label = QLabel(self.organisation_page)
        self.letterhead_contact_label.setObjectName(u"letterhead_contact_label")
        self.letterhead_contact_label.setTextFormat(Qt.TextFormat.PlainText)

        self.organisation_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.letterhead_contact_label)

        self.letterhead_contact_edit = QLineEdit(self.organisation_page)
        self.letterhead_contact_edit.setObjectName(u"letterhead_contact_edit")
        self.letterhead_contact_edit.setMaxLength(200)

        self.organisation_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.letterhead_contact_edit)


        self.organisation_layout.addLayout(self.organisation_form)

        self.organisation_hint_label = QLabel(self.organisation_page)
        self.organisation_hint_label.setObjectName(u"organisation_hint_label")
        self.organisation_hint_label.setWordWrap(True)
        self.organisation_hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.organisation_layout.addWidget(self.organisation_hint_label)

        self.organisation_message_label = QLabel(self.organisation_page)
        self.organisation_message_label.setObjectName(u"organisation_message_label")
        self.organisation_message_label.setWordWrap(True)
        self.organisation_message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.organisation_layout.addWidget(self.organisation_message_label)

        self.organisation_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.organisation_layout.addItem(self.organisation_spacer)

        FirstStartWizard.addPage(self.organisation_page)
        self.database_page = QWizardPage()
        self.database_page.setObjectName(u"database_page")
        self.database_layout = QVBoxLayout(self.database_page)
        self.database_layout.setObjectName(u"database_layout")
        self.local_radio = QRadioButton(self.database_page)
        self.local_radio.setObjectName(u"local_radio")
        self.local_radio.setChecked(True)

        self.database_layout.addWidget(self.local_radio)

        self.local_box = QWidget(self.database_page)
        self.local_box.setObjectName(u"local_box")
        self.local_layout = QGridLayout(self.local_box)
        self.local_layout.setObjectName(u"local_layout")
        self.local_layout.setContentsMargins(24, 0, 0, 6)
        self.path_label = QLabel(self.local_box)
        self.path_label.setObjectName(u"path_label")
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)

        self.local_layout.addWidget(self.path_label, 0, 0, 1, 1)

        self.path_edit = QLineEdit(self.local_box)
        self.path_edit.setObjectName(u"path_edit")

        self.local_layout.addWidget(self.path_edit, 0, 1, 1, 1)

        self.browse_button = QPushButton(self.local_box)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.local_layout.addWidget(self.browse_button, 0, 2, 1, 1)

        self.local_hint_label = QLabel(self.local_box)
        self.local_hint_label.setObjectName(u"local_hint_label")
        self.local_hint_label.setWordWrap(True)
        self.local_hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.local_layout.addWidget(self.local_hint_label, 1, 1, 1, 2)


        self.database_layout.addWidget(self.local_box)

        self.server_radio = QRadioButton(self.database_page)
        self.server_radio.setObjectName(u"server_radio")

        self.database_layout.addWidget(self.server_radio)

        self.server_box = QWidget(self.database_page)
        self.server_box.setObjectName(u"server_box")
        self.server_layout = QGridLayout(self.server_box)
        self.server_layout.setObjectName(u"server_layout")
        self.server_layout.setContentsMargins(24, 0, 0, 6)
        self.url_label = QLabel(self.server_box)
        self.url_label.setObjectName(u"url_label")
        self.url_label.setTextFormat(Qt.TextFormat.PlainText)

        self.server_layout.addWidget(self.url_label, 0, 0, 1, 1)

        self.url_edit = QLineEdit(self.server_box)
        self.url_edit.setObjectName(u"url_edit")

        self.server_layout.addWidget(self.url_edit, 0, 1, 1, 1)

        self.test_button = QPushButton(self.server_box)
        self.test_button.setObjectName(u"test_button")
        self.test_button.setAutoDefault(False)

        self.server_layout.addWidget(self.test_button, 0, 2, 1, 1)

        self.password_label = QLabel(self.server_box)
        self.password_label.setObjectName(u"password_label")
        self.password_label.setTextFormat(Qt.TextFormat.PlainText)

        self.server_layout.addWidget(self.password_label, 1, 0, 1, 1)

        self.password_edit = QLineEdit(self.server_box)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.server_layout.addWidget(self.password_edit, 1, 1, 1, 1)

        self.server_hint_label = QLabel(self.server_box)
        self.server_hint_label.setObjectName(u"server_hint_label")
        self.server_hint_label.setWordWrap(True)
        self.server_hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.server_layout.addWidget(self.server_hint_label, 2, 1, 1, 2)


        self.database_layout.addWidget(self.server_box)

        self.busy_bar = QProgressBar(self.database_page)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(QSize(16777215, 6))

        self.database_layout.addWidget(self.busy_bar)

        self.status_label = QLabel(self.database_page)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self.database_layout.addWidget(self.status_label)

        self.database_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.database_layout.addItem(self.database_spacer)

        FirstStartWizard.addPage(self.database_page)
        self.demo_page = QWizardPage()
        self.demo_page.setObjectName(u"demo_page")
        self.demo_layout = QVBoxLayout(self.demo_page)
        self.demo_layout.setObjectName(u"demo_layout")
        self.demo_label = QLabel(self.demo_page)
        self.demo_label.setObjectName(u"demo_label")
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextFormat(Qt.TextFormat.PlainText)

        self.demo_layout.addWidget(self.demo_label)

        self.demo_check = QCheckBox(self.demo_page)
        self.demo_check.setObjectName(u"demo_check")

        self.demo_layout.addWidget(self.demo_check)

        self.demo_warning_label = QLabel(self.demo_page)
        self.demo_warning_label.setObjectName(u"demo_warning_label")
        self.demo_warning_label.setWordWrap(True)
        self.demo_warning_label.setTextFormat(Qt.TextFormat.PlainText)

        self.demo_layout.addWidget(self.demo_warning_label)

        self.demo_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.demo_layout.addItem(self.demo_spacer)

        FirstStartWizard.addPage(self.demo_page)
        self.summary_page = QWizardPage()
        self.summary_page.setObjectName(u"summary_page")
        self.summary_layout = QVBoxLayout(self.summary_page)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_grid = QGridLayout()
        self.summary_grid.setObjectName(u"summary_grid")
        self.summary_grid.setVerticalSpacing(10)
        self.summary_grid.setHorizontalSpacing(12)
        self.summary_organisation_caption = QLabel(self.summary_page)
        self.summary_organisation_caption.setObjectName(u"summary_organisation_caption")
        self.summary_organisation_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.summary_grid.addWidget(self.summary_organisation_caption, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.summary_organisation_label = QLabel(self.summary_page)
        self.summary_organisation_label.setObjectName(u"summary_organisation_label")
        self.summary_organisation_label.setWordWrap(True)
        self.summary_organisation_label.setTextFormat(Qt.TextFormat.PlainText)

        self.summary_grid.addWidget(self.summary_organisation_label, 0, 1, 1, 1)

        self.summary_database_caption = QLabel(self.summary_page)
        self.summary_database_caption.setObjectName(u"summary_database_caption")
        self.summary_database_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.summary_grid.addWidget(self.summary_database_caption, 1, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.summary_database_label = QLabel(self.summary_page)
        self.summary_database_label.setObjectName(u"summary_database_label")
        self.summary_database_label.setWordWrap(True)
        self.summary_database_label.setTextFormat(Qt.TextFormat.PlainText)

        self.summary_grid.addWidget(self.summary_database_label, 1, 1, 1, 1)

        self.summary_demo_caption = QLabel(self.summary_page)
        self.summary_demo_caption.setObjectName(u"summary_demo_caption")
        self.summary_demo_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.summary_grid.addWidget(self.summary_demo_caption, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.summary_demo_label = QLabel(self.summary_page)
        self.summary_demo_label.setObjectName(u"summary_demo_label")
        self.summary_demo_label.setWordWrap(True)
        self.summary_demo_label.setTextFormat(Qt.TextFormat.PlainText)

        self.summary_grid.addWidget(self.summary_demo_label, 2, 1, 1, 1)

        self.summary_grid.setColumnStretch(1, 1)

        self.summary_layout.addLayout(self.summary_grid)

        self.summary_gap = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.summary_layout.addItem(self.summary_gap)

        self.summary_next_label = QLabel(self.summary_page)
        self.summary_next_label.setObjectName(u"summary_next_label")
        self.summary_next_label.setWordWrap(True)
        self.summary_next_label.setTextFormat(Qt.TextFormat.PlainText)

        self.summary_layout.addWidget(self.summary_next_label)

        self.summary_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summary_layout.addItem(self.summary_spacer)

        FirstStartWizard.addPage(self.summary_page)
#if QT_CONFIG(shortcut)
        self.organisation_name_label.setBuddy(self.organisation_name_edit)
        self.organisation_unit_label.setBuddy(self.organisation_unit_edit)
        self.letterhead_address_label.setBuddy(self.letterhead_address_edit)
        self.letterhead_contact_label.setBuddy(self.letterhead_contact_edit)
        self.path_label.setBuddy(self.path_edit)
        self.url_label.setBuddy(self.url_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation_name_edit, self.organisation_unit_edit)
        QWidget.setTabOrder(self.organisation_unit_edit, self.letterhead_address_edit)
        QWidget.setTabOrder(self.letterhead_address_edit, self.letterhead_contact_edit)
        QWidget.setTabOrder(self.letterhead_contact_edit, self.local_radio)
        QWidget.setTabOrder(self.local_radio, self.path_edit)
        QWidget.setTabOrder(self.path_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.server_radio)
        QWidget.setTabOrder(self.server_radio, self.url_edit)
        QWidget.setTabOrder(self.url_edit, self.test_button)
        QWidget.setTabOrder(self.test_button, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.demo_check)

        self.retranslateUi(FirstStartWizard)
    # setupUi

    def retranslateUi(self, FirstStartWizard):
        FirstStartWizard.setWindowTitle(QCoreApplication.translate("FirstStartWizard", u"Set up DLZW Desktop", None))
        self.organisation_page.setTitle(QCoreApplication.translate("FirstStartWizard", u"Welcome to DLZW Desktop", None))
        self.organisation_page.setSubTitle(QCoreApplication.translate("FirstStartWizard", u"Set up DLZW Desktop in a few steps. First, the organisation: its name and letterhead head every letter, expos\u00e9 and report.", None))
        self.organisation_name_label.setText(QCoreApplication.translate("FirstStartWizard", u"&Organisation name", None))
#if QT_CONFIG(accessibility)
        self.organisation_name_edit.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Organisation name", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_unit_label.setText(QCoreApplication.translate("FirstStartWizard", u"Organisational &unit", None))
#if QT_CONFIG(accessibility)
        self.organisation_unit_edit.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Organisational unit", None))
#endif // QT_CONFIG(accessibility)
        self.letterhead_address_label.setText(QCoreApplication.translate("FirstStartWizard", u"Letterhead &address", None))
#if QT_CONFIG(accessibility)
        self.letterhead_address_edit.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Letterhead address", None))
#endif // QT_CONFIG(accessibility)
        self.letterhead_address_edit.setPlaceholderText(QCoreApplication.translate("FirstStartWizard", u"Street and number\n"
"Postcode and town", None))
        self.letterhead_contact_label.setText(QCoreApplication.translate("FirstStartWizard", u"&Contact line", None))
#if QT_CONFIG(accessibility)
        self.letterhead_contact_edit.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Contact line of the letterhead", None))
#endif // QT_CONFIG(accessibility)
        self.letterhead_contact_edit.setPlaceholderText(QCoreApplication.translate("FirstStartWizard", u"Telephone \u00b7 e-mail \u00b7 website", None))
        self.organisation_hint_label.setText(QCoreApplication.translate("FirstStartWizard", u"These details are stored in the database and shared by everyone who uses it. You can change them later under Settings.", None))
#if QT_CONFIG(accessibility)
        self.organisation_hint_label.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Note on the organisation", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_message_label.setText("")
#if QT_CONFIG(accessibility)
        self.organisation_message_label.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.database_page.setTitle(QCoreApplication.translate("FirstStartWizard", u"Where should the data be stored?", None))
        self.database_page.setSubTitle(QCoreApplication.translate("FirstStartWizard", u"In a file on this computer for a single workstation, or in a shared PostgreSQL database for several workstations in the office.", None))
        self.local_radio.setText(QCoreApplication.translate("FirstStartWizard", u"&Local file on this computer (one workstation)", None))
        self.path_label.setText(QCoreApplication.translate("FirstStartWizard", u"&File", None))
#if QT_CONFIG(accessibility)
        self.path_edit.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Database file", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("FirstStartWizard", u"B&rowse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Choose the database file", None))
#endif // QT_CONFIG(accessibility)
        self.local_hint_label.setText(QCoreApplication.translate("FirstStartWizard", u"An existing DLZW database at this place is opened as it is. Do not use a network drive: several workstations share a PostgreSQL database.", None))
#if QT_CONFIG(accessibility)
        self.local_hint_label.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Note on the file", None))
#endif // QT_CONFIG(accessibility)
        self.server_radio.setText(QCoreApplication.translate("FirstStartWizard", u"Shared database on a &server (PostgreSQL)", None))
        self.url_label.setText(QCoreApplication.translate("FirstStartWizard", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.url_edit.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Address of the PostgreSQL database", None))
#endif // QT_CONFIG(accessibility)
        self.url_edit.setPlaceholderText(QCoreApplication.translate("FirstStartWizard", u"postgresql://dbserver/dlzw", None))
        self.test_button.setText(QCoreApplication.translate("FirstStartWizard", u"&Test connection", None))
#if QT_CONFIG(accessibility)
        self.test_button.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Test the connection", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("FirstStartWizard", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Password of the database login", None))
#endif // QT_CONFIG(accessibility)
        self.password_edit.setPlaceholderText(QCoreApplication.translate("FirstStartWizard", u"only if the server asks for one", None))
        self.server_hint_label.setText(QCoreApplication.translate("FirstStartWizard", u"A login other than your Windows user name goes in front of the server, like login@dbserver. Leave the password empty when the administration has set up a password file or Windows sign-in for you.", None))
#if QT_CONFIG(accessibility)
        self.server_hint_label.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Note on the server address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Checking", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Result of the check", None))
#endif // QT_CONFIG(accessibility)
        self.demo_page.setTitle(QCoreApplication.translate("FirstStartWizard", u"Demo data for trying it out", None))
        self.demo_page.setSubTitle(QCoreApplication.translate("FirstStartWizard", u"Load fictitious examples to learn DLZW Desktop, or start with an empty database.", None))
        self.demo_label.setText("")
#if QT_CONFIG(accessibility)
        self.demo_label.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"About demo data", None))
#endif // QT_CONFIG(accessibility)
        self.demo_check.setText(QCoreApplication.translate("FirstStartWizard", u"&Load demo data", None))
#if QT_CONFIG(accessibility)
        self.demo_check.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Load demo data", None))
#endif // QT_CONFIG(accessibility)
        self.demo_warning_label.setText(QCoreApplication.translate("FirstStartWizard", u"Do not load demo data into the database you will use for real cases: the examples would be counted in reports. You can load them later into a practice database with File > Load demo data.", None))
#if QT_CONFIG(accessibility)
        self.demo_warning_label.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Warning about demo data", None))
#endif // QT_CONFIG(accessibility)
        self.summary_page.setTitle(QCoreApplication.translate("FirstStartWizard", u"Ready to start", None))
        self.summary_page.setSubTitle(QCoreApplication.translate("FirstStartWizard", u"Check your choices. Finish stores them and opens the database.", None))
        self.summary_organisation_caption.setText(QCoreApplication.translate("FirstStartWizard", u"Organisation:", None))
        self.summary_organisation_label.setText("")
#if QT_CONFIG(accessibility)
        self.summary_organisation_label.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.summary_database_caption.setText(QCoreApplication.translate("FirstStartWizard", u"Database:", None))
        self.summary_database_label.setText("")
#if QT_CONFIG(accessibility)
        self.summary_database_label.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Database", None))
#endif // QT_CONFIG(accessibility)
        self.summary_demo_caption.setText(QCoreApplication.translate("FirstStartWizard", u"Demo data:", None))
        self.summary_demo_label.setText("")
#if QT_CONFIG(accessibility)
        self.summary_demo_label.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Demo data", None))
#endif // QT_CONFIG(accessibility)
        self.summary_next_label.setText("")
#if QT_CONFIG(accessibility)
        self.summary_next_label.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"What happens next", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

