# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'owner_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_OwnerDialog(object):
    def setupUi(self, OwnerDialog):
        if not OwnerDialog.objectName():
            OwnerDialog.setObjectName(u"OwnerDialog")
        OwnerDialog.setMinimumSize(QSize(380, 0))
        self.main_layout = QVBoxLayout(OwnerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.kind_label = QLabel(OwnerDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(OwnerDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.name_label = QLabel(OwnerDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(OwnerDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.given_names_label = QLabel(OwnerDialog)
        self.given_names_label.setObjectName(u"given_names_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.given_names_label)

        self.given_names_edit = QLineEdit(OwnerDialog)
        self.given_names_edit.setObjectName(u"given_names_edit")
        self.given_names_edit.setMaxLength(200)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.given_names_edit)

        self.phone_label = QLabel(OwnerDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(OwnerDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(60)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(OwnerDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(OwnerDialog)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(254)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email_edit)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(OwnerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.name_label.setBuddy(self.name_edit)
        self.given_names_label.setBuddy(self.given_names_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.given_names_edit)
        QWidget.setTabOrder(self.given_names_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.button_box)

        self.retranslateUi(OwnerDialog)
    # setupUi

    def retranslateUi(self, OwnerDialog):
        OwnerDialog.setWindowTitle(QCoreApplication.translate("OwnerDialog", u"New owner", None))
        self.kind_label.setText(QCoreApplication.translate("OwnerDialog", u"&Owner is:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("OwnerDialog", u"Person or business", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("OwnerDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("OwnerDialog", u"Family name or company name", None))
#endif // QT_CONFIG(accessibility)
        self.given_names_label.setText(QCoreApplication.translate("OwnerDialog", u"&Given names:", None))
#if QT_CONFIG(accessibility)
        self.given_names_edit.setAccessibleName(QCoreApplication.translate("OwnerDialog", u"Given names", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("OwnerDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("OwnerDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("OwnerDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("OwnerDialog", u"E-mail address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("OwnerDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

