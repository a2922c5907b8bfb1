# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_table_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

class Ui_ReferenceTableImportDialog(object):
    def setupUi(self, ReferenceTableImportDialog):
        if not ReferenceTableImportDialog.objectName():
            ReferenceTableImportDialog.setObjectName(u"ReferenceTableImportDialog")
        ReferenceTableImportDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(ReferenceTableImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.kind_label = QLabel(ReferenceTableImportDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ReferenceTableImportDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.file_label = QLabel(ReferenceTableImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(ReferenceTableImportDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(ReferenceTableImportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.file_layout)

        self.source_label = QLabel(ReferenceTableImportDialog)
        self.source_label.setObjectName(u"source_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_edit = QLineEdit(ReferenceTableImportDialog)
        self.source_edit.setObjectName(u"source_edit")
        self.source_edit.setMaxLength(500)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.source_edit)

        self.year_label = QLabel(ReferenceTableImportDialog)
        self.year_label.setObjectName(u"year_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin = QSpinBox(ReferenceTableImportDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(1990)
        self.year_spin.setMaximum(2100)
        self.year_spin.setValue(2022)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.reference_date_label = QLabel(ReferenceTableImportDialog)
        self.reference_date_label.setObjectName(u"reference_date_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reference_date_label)

        self.reference_date_edit = QDateEdit(ReferenceTableImportDialog)
        self.reference_date_edit.setObjectName(u"reference_date_edit")
        self.reference_date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reference_date_edit)

        self.note_label = QLabel(ReferenceTableImportDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(ReferenceTableImportDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(ReferenceTableImportDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(ReferenceTableImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.file_label.setBuddy(self.file_edit)
        self.source_label.setBuddy(self.source_edit)
        self.year_label.setBuddy(self.year_spin)
        self.reference_date_label.setBuddy(self.reference_date_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.file_edit)
        QWidget.setTabOrder(self.file_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.source_edit)
        QWidget.setTabOrder(self.source_edit, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.reference_date_edit)
        QWidget.setTabOrder(self.reference_date_edit, self.note_edit)

        self.retranslateUi(ReferenceTableImportDialog)
    # setupUi

    def retranslateUi(self, ReferenceTableImportDialog):
        ReferenceTableImportDialog.setWindowTitle(QCoreApplication.translate("ReferenceTableImportDialog", u"Import reference table", None))
        self.kind_label.setText(QCoreApplication.translate("ReferenceTableImportDialog", u"&Table", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ReferenceTableImportDialog", u"Kind of reference table", None))
#endif // QT_CONFIG(accessibility)
        self.file_label.setText(QCoreApplication.translate("ReferenceTableImportDialog", u"&File", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ReferenceTableImportDialog", u"File to import", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("ReferenceTableImportDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("ReferenceTableImportDialog", u"Choose the file", None))
#endif // QT_CONFIG(accessibility)
        self.source_label.setText(QCoreApplication.translate("ReferenceTableImportDialog", u"&Source", None))
#if QT_CONFIG(accessibility)
        self.source_edit.setAccessibleName(QCoreApplication.translate("ReferenceTableImportDialog", u"Source of the table", None))
#endif // QT_CONFIG(accessibility)
        self.year_label.setText(QCoreApplication.translate("ReferenceTableImportDialog", u"&Year of the values", None))
#if QT_CONFIG(accessibility)
        self.year_spin.setAccessibleName(QCoreApplication.translate("ReferenceTableImportDialog", u"Year of the values", None))
#endif // QT_CONFIG(accessibility)
        self.reference_date_label.setText(QCoreApplication.translate("ReferenceTableImportDialog", u"Reference &date", None))
#if QT_CONFIG(accessibility)
        self.reference_date_edit.setAccessibleName(QCoreApplication.translate("ReferenceTableImportDialog", u"Reference date of the population", None))
#endif // QT_CONFIG(accessibility)
        self.reference_date_edit.setDisplayFormat(QCoreApplication.translate("ReferenceTableImportDialog", u"dd.MM.yyyy", None))
        self.note_label.setText(QCoreApplication.translate("ReferenceTableImportDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("ReferenceTableImportDialog", u"Note on the table", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hint_label.setAccessibleName(QCoreApplication.translate("ReferenceTableImportDialog", u"How the file must look", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

