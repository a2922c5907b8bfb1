# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kit_checkout_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QVBoxLayout

class Ui_KitCheckoutDialog(object):
    def setupUi(self, KitCheckoutDialog):
        if not KitCheckoutDialog.objectName():
            KitCheckoutDialog.setObjectName(u"KitCheckoutDialog")
        KitCheckoutDialog.setMinimumSize(QSize(560, 480))
        self.main_layout = QVBoxLayout(KitCheckoutDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.intro_label = QLabel(KitCheckoutDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.intro_label)

        self.days_label = QLabel(KitCheckoutDialog)
        self.days_label.setObjectName(u"days_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days_list = QListWidget(KitCheckoutDialog)
        self.days_list.setObjectName(u"days_list")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.days_list)

        self.advisor_label = QLabel(KitCheckoutDialog)
        self.advisor_label.setObjectName(u"advisor_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.advisor_label)

        self.advisor_combo = QComboBox(KitCheckoutDialog)
        self.advisor_combo.setObjectName(u"advisor_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.advisor_combo)

        self.path_label = QLabel(KitCheckoutDialog)
        self.path_label.setObjectName(u"path_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.path_label)

        self.path_layout = QHBoxLayout()
        self.path_layout.setObjectName(u"path_layout")
        self.path_edit = QLineEdit(KitCheckoutDialog)
        self.path_edit.setObjectName(u"path_edit")

        self.path_layout.addWidget(self.path_edit)

        self.browse_button = QPushButton(KitCheckoutDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.path_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.path_layout)

        self.passphrase_label = QLabel(KitCheckoutDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(KitCheckoutDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.repeat_label = QLabel(KitCheckoutDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(KitCheckoutDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeat_edit)

        self.hint_label = QLabel(KitCheckoutDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.hint_label)

        self.progress_bar = QProgressBar(KitCheckoutDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(False)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.progress_bar)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(KitCheckoutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.days_label.setBuddy(self.days_list)
        self.advisor_label.setBuddy(self.advisor_combo)
        self.path_label.setBuddy(self.path_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KitCheckoutDialog)
    # setupUi

    def retranslateUi(self, KitCheckoutDialog):
        KitCheckoutDialog.setWindowTitle(QCoreApplication.translate("KitCheckoutDialog", u"Check out laptop kit", None))
        self.intro_label.setText("")
#if QT_CONFIG(accessibility)
        self.intro_label.setAccessibleName(QCoreApplication.translate("KitCheckoutDialog", u"What happens", None))
#endif // QT_CONFIG(accessibility)
        self.days_label.setText(QCoreApplication.translate("KitCheckoutDialog", u"&Days", None))
#if QT_CONFIG(accessibility)
        self.days_list.setAccessibleName(QCoreApplication.translate("KitCheckoutDialog", u"Consultation days for the kit", None))
#endif // QT_CONFIG(accessibility)
        self.advisor_label.setText(QCoreApplication.translate("KitCheckoutDialog", u"Ad&visor", None))
#if QT_CONFIG(accessibility)
        self.advisor_combo.setAccessibleName(QCoreApplication.translate("KitCheckoutDialog", u"Advisor who takes the laptop", None))
#endif // QT_CONFIG(accessibility)
        self.path_label.setText(QCoreApplication.translate("KitCheckoutDialog", u"&File", None))
#if QT_CONFIG(accessibility)
        self.path_edit.setAccessibleName(QCoreApplication.translate("KitCheckoutDialog", u"Kit file", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("KitCheckoutDialog", u"&Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("KitCheckoutDialog", u"Choose the kit file", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("KitCheckoutDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("KitCheckoutDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("KitCheckoutDialog", u"&Repeat", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("KitCheckoutDialog", u"Repeat the passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText("")
#if QT_CONFIG(accessibility)
        self.hint_label.setAccessibleName(QCoreApplication.translate("KitCheckoutDialog", u"Hint", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("KitCheckoutDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("KitCheckoutDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

