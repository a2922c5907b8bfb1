# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiative_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_InitiativeDialog(object):
    def setupUi(self, InitiativeDialog):
        if not InitiativeDialog.objectName():
            InitiativeDialog.setObjectName(u"InitiativeDialog")
        self.main_layout = QVBoxLayout(InitiativeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(InitiativeDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(InitiativeDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.kind_label = QLabel(InitiativeDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(InitiativeDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.quarter_label = QLabel(InitiativeDialog)
        self.quarter_label.setObjectName(u"quarter_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quarter_label)

        self.quarter_combo = QComboBox(InitiativeDialog)
        self.quarter_combo.setObjectName(u"quarter_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quarter_combo)

        self.notes_label = QLabel(InitiativeDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(InitiativeDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.columns_layout.addLayout(self.form_layout)

        self.districts_group = QGroupBox(InitiativeDialog)
        self.districts_group.setObjectName(u"districts_group")
        self.districts_layout = QVBoxLayout(self.districts_group)
        self.districts_layout.setObjectName(u"districts_layout")
        self.districts_filter_layout = QHBoxLayout()
        self.districts_filter_layout.setObjectName(u"districts_filter_layout")
        self.districts_filter_label = QLabel(self.districts_group)
        self.districts_filter_label.setObjectName(u"districts_filter_label")

        self.districts_filter_layout.addWidget(self.districts_filter_label)

        self.districts_filter_edit = QLineEdit(self.districts_group)
        self.districts_filter_edit.setObjectName(u"districts_filter_edit")
        self.districts_filter_edit.setClearButtonEnabled(True)

        self.districts_filter_layout.addWidget(self.districts_filter_edit)


        self.districts_layout.addLayout(self.districts_filter_layout)

        self.districts_list = QListWidget(self.districts_group)
        self.districts_list.setObjectName(u"districts_list")
        self.districts_list.setMinimumSize(QSize(260, 240))

        self.districts_layout.addWidget(self.districts_list)

        self.districts_count_label = QLabel(self.districts_group)
        self.districts_count_label.setObjectName(u"districts_count_label")
        self.districts_count_label.setWordWrap(True)
        self.districts_count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.districts_layout.addWidget(self.districts_count_label)


        self.columns_layout.addWidget(self.districts_group)


        self.main_layout.addLayout(self.columns_layout)

        self.hint_label = QLabel(InitiativeDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(InitiativeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.quarter_label.setBuddy(self.quarter_combo)
        self.notes_label.setBuddy(self.notes_edit)
        self.districts_filter_label.setBuddy(self.districts_filter_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.quarter_combo)
        QWidget.setTabOrder(self.quarter_combo, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.districts_filter_edit)
        QWidget.setTabOrder(self.districts_filter_edit, self.districts_list)

        self.retranslateUi(InitiativeDialog)
    # setupUi

    def retranslateUi(self, InitiativeDialog):
        InitiativeDialog.setWindowTitle(QCoreApplication.translate("InitiativeDialog", u"Initiative", None))
        self.name_label.setText(QCoreApplication.translate("InitiativeDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Name of the initiative", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("InitiativeDialog", u"&Type", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Type of initiative", None))
#endif // QT_CONFIG(accessibility)
        self.quarter_label.setText(QCoreApplication.translate("InitiativeDialog", u"&Quarter", None))
#if QT_CONFIG(accessibility)
        self.quarter_combo.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Quarter of the initiative", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("InitiativeDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Notes on the initiative", None))
#endif // QT_CONFIG(accessibility)
        self.districts_group.setTitle(QCoreApplication.translate("InitiativeDialog", u"Statistical districts", None))
        self.districts_filter_label.setText(QCoreApplication.translate("InitiativeDialog", u"&Filter", None))
#if QT_CONFIG(accessibility)
        self.districts_filter_edit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Filter districts by name", None))
#endif // QT_CONFIG(accessibility)
        self.districts_filter_edit.setPlaceholderText(QCoreApplication.translate("InitiativeDialog", u"e.g. H\u00f6rde", None))
#if QT_CONFIG(accessibility)
        self.districts_list.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Districts of the initiative", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.districts_count_label.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Number of ticked districts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hint_label.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Hint", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("InitiativeDialog", u"Choose a quarter, tick districts, or both.", None))
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

