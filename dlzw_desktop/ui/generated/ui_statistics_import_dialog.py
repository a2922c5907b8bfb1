# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statistics_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

class Ui_StatisticsImportDialog(object):
    def setupUi(self, StatisticsImportDialog):
        if not StatisticsImportDialog.objectName():
            StatisticsImportDialog.setObjectName(u"StatisticsImportDialog")
        self.main_layout = QVBoxLayout(StatisticsImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(StatisticsImportDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.file_label = QLabel(StatisticsImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(StatisticsImportDialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(StatisticsImportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_layout)

        self.source_label = QLabel(StatisticsImportDialog)
        self.source_label.setObjectName(u"source_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_edit = QLineEdit(StatisticsImportDialog)
        self.source_edit.setObjectName(u"source_edit")
        self.source_edit.setMaxLength(300)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.source_edit)

        self.year_label = QLabel(StatisticsImportDialog)
        self.year_label.setObjectName(u"year_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin = QSpinBox(StatisticsImportDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(1989)
        self.year_spin.setMaximum(2100)
        self.year_spin.setValue(1989)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.year_spin)


        self.main_layout.addLayout(self.form_layout)

        self.stored_label = QLabel(StatisticsImportDialog)
        self.stored_label.setObjectName(u"stored_label")
        self.stored_label.setWordWrap(True)
        self.stored_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.stored_label)

        self.button_box = QDialogButtonBox(StatisticsImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
        self.source_label.setBuddy(self.source_edit)
        self.year_label.setBuddy(self.year_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.browse_button, self.source_edit)
        QWidget.setTabOrder(self.source_edit, self.year_spin)

        self.retranslateUi(StatisticsImportDialog)
    # setupUi

    def retranslateUi(self, StatisticsImportDialog):
        StatisticsImportDialog.setWindowTitle(QCoreApplication.translate("StatisticsImportDialog", u"Import district statistics", None))
#if QT_CONFIG(accessibility)
        self.explanation_label.setAccessibleName(QCoreApplication.translate("StatisticsImportDialog", u"How the table should look", None))
#endif // QT_CONFIG(accessibility)
        self.explanation_label.setText(QCoreApplication.translate("StatisticsImportDialog", u"A CSV or XLSX table with one row per statistical district (and optionally one for Dortmund as a whole): a column 'Bezirk', optionally 'Jahr', and columns such as 'Einwohner', 'Migrationshintergrund', 'Betriebe', 'Gewerbeanmeldungen' or 'Leerst\u00e4nde'. Figures of the same district, figure and year are replaced.", None))
        self.file_label.setText(QCoreApplication.translate("StatisticsImportDialog", u"&File", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("StatisticsImportDialog", u"File to import", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("StatisticsImportDialog", u"&Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("StatisticsImportDialog", u"Choose the file", None))
#endif // QT_CONFIG(accessibility)
        self.source_label.setText(QCoreApplication.translate("StatisticsImportDialog", u"&Source", None))
#if QT_CONFIG(accessibility)
        self.source_edit.setAccessibleName(QCoreApplication.translate("StatisticsImportDialog", u"Source of the figures", None))
#endif // QT_CONFIG(accessibility)
        self.source_edit.setPlaceholderText(QCoreApplication.translate("StatisticsImportDialog", u"Publisher, table, date retrieved", None))
        self.year_label.setText(QCoreApplication.translate("StatisticsImportDialog", u"&Year", None))
#if QT_CONFIG(accessibility)
        self.year_spin.setAccessibleName(QCoreApplication.translate("StatisticsImportDialog", u"Year the figures refer to", None))
#endif // QT_CONFIG(accessibility)
        self.year_spin.setSpecialValueText(QCoreApplication.translate("StatisticsImportDialog", u"from the table's 'Jahr' column", None))
#if QT_CONFIG(accessibility)
        self.stored_label.setAccessibleName(QCoreApplication.translate("StatisticsImportDialog", u"District statistics already stored", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("StatisticsImportDialog", u"Import or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

