# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_cost_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

class Ui_ProgrammeCostDialog(object):
    def setupUi(self, ProgrammeCostDialog):
        if not ProgrammeCostDialog.objectName():
            ProgrammeCostDialog.setObjectName(u"ProgrammeCostDialog")
        ProgrammeCostDialog.setMinimumSize(QSize(460, 0))
        self.main_layout = QVBoxLayout(ProgrammeCostDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.kind_label = QLabel(ProgrammeCostDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ProgrammeCostDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.description_label = QLabel(ProgrammeCostDialog)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QLineEdit(ProgrammeCostDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaxLength(300)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.amount_label = QLabel(ProgrammeCostDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_edit = QLineEdit(ProgrammeCostDialog)
        self.amount_edit.setObjectName(u"amount_edit")
        self.amount_edit.setMaxLength(20)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amount_edit)

        self.write_offs_button = QPushButton(ProgrammeCostDialog)
        self.write_offs_button.setObjectName(u"write_offs_button")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.write_offs_button)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(ProgrammeCostDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.description_label.setBuddy(self.description_edit)
        self.amount_label.setBuddy(self.amount_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.amount_edit)
        QWidget.setTabOrder(self.amount_edit, self.write_offs_button)

        self.retranslateUi(ProgrammeCostDialog)
    # setupUi

    def retranslateUi(self, ProgrammeCostDialog):
        ProgrammeCostDialog.setWindowTitle(QCoreApplication.translate("ProgrammeCostDialog", u"Cost item", None))
        self.kind_label.setText(QCoreApplication.translate("ProgrammeCostDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ProgrammeCostDialog", u"Kind of cost", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("ProgrammeCostDialog", u"&Description", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("ProgrammeCostDialog", u"Description of the cost item", None))
#endif // QT_CONFIG(accessibility)
        self.amount_label.setText(QCoreApplication.translate("ProgrammeCostDialog", u"&Amount (\u20ac)", None))
#if QT_CONFIG(accessibility)
        self.amount_edit.setAccessibleName(QCoreApplication.translate("ProgrammeCostDialog", u"Amount in euros", None))
#endif // QT_CONFIG(accessibility)
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("ProgrammeCostDialog", u"e.g. 1.234,56", None))
#if QT_CONFIG(accessibility)
        self.write_offs_button.setAccessibleName(QCoreApplication.translate("ProgrammeCostDialog", u"Take the write-offs of the year", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

