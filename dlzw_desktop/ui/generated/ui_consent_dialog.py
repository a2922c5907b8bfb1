# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(760, 560)
        self.main_layout = QVBoxLayout(ConsentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.person_label = QLabel(ConsentDialog)
        self.person_label.setObjectName(u"person_label")
        self.person_label.setWordWrap(True)
        self.person_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.person_label)

        self.consents_table = QTableView(ConsentDialog)
        self.consents_table.setObjectName(u"consents_table")
        self.consents_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents_table.setAlternatingRowColors(True)
        self.consents_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consents_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consents_table.setSortingEnabled(False)
        self.consents_table.horizontalHeader().setStretchLastSection(True)
        self.consents_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.consents_table)

        self.record_group = QGroupBox(ConsentDialog)
        self.record_group.setObjectName(u"record_group")
        self.record_layout = QFormLayout(self.record_group)
        self.record_layout.setObjectName(u"record_layout")
        self.purpose_label = QLabel(self.record_group)
        self.purpose_label.setObjectName(u"purpose_label")
        self.purpose_label.setTextFormat(Qt.TextFormat.PlainText)

        self.record_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_combo = QComboBox(self.record_group)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.record_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purpose_combo)

        self.given_on_label = QLabel(self.record_group)
        self.given_on_label.setObjectName(u"given_on_label")
        self.given_on_label.setTextFormat(Qt.TextFormat.PlainText)

        self.record_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_on_label)

        self.given_on_edit = QLineEdit(self.record_group)
        self.given_on_edit.setObjectName(u"given_on_edit")

        self.record_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given_on_edit)

        self.form_label = QLabel(self.record_group)
        self.form_label.setObjectName(u"form_label")
        self.form_label.setTextFormat(Qt.TextFormat.PlainText)

        self.record_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.form_label)

        self.form_combo = QComboBox(self.record_group)
        self.form_combo.setObjectName(u"form_combo")

        self.record_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.form_combo)

        self.note_label = QLabel(self.record_group)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)

        self.record_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(self.record_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.record_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.record_button = QPushButton(self.record_group)
        self.record_button.setObjectName(u"record_button")

        self.record_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.record_button)


        self.main_layout.addWidget(self.record_group)

        self.withdraw_group = QGroupBox(ConsentDialog)
        self.withdraw_group.setObjectName(u"withdraw_group")
        self.withdraw_layout = QHBoxLayout(self.withdraw_group)
        self.withdraw_layout.setObjectName(u"withdraw_layout")
        self.withdrawn_on_label = QLabel(self.withdraw_group)
        self.withdrawn_on_label.setObjectName(u"withdrawn_on_label")
        self.withdrawn_on_label.setTextFormat(Qt.TextFormat.PlainText)

        self.withdraw_layout.addWidget(self.withdrawn_on_label)

        self.withdrawn_on_edit = QLineEdit(self.withdraw_group)
        self.withdrawn_on_edit.setObjectName(u"withdrawn_on_edit")

        self.withdraw_layout.addWidget(self.withdrawn_on_edit)

        self.withdraw_button = QPushButton(self.withdraw_group)
        self.withdraw_button.setObjectName(u"withdraw_button")

        self.withdraw_layout.addWidget(self.withdraw_button)

        self.spacer_8 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.withdraw_layout.addItem(self.spacer_8)


        self.main_layout.addWidget(self.withdraw_group)

        self.message_label = QLabel(ConsentDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ConsentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.purpose_label.setBuddy(self.purpose_combo)
        self.given_on_label.setBuddy(self.given_on_edit)
        self.form_label.setBuddy(self.form_combo)
        self.note_label.setBuddy(self.note_edit)
        self.withdrawn_on_label.setBuddy(self.withdrawn_on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.consents_table, self.purpose_combo)
        QWidget.setTabOrder(self.purpose_combo, self.given_on_edit)
        QWidget.setTabOrder(self.given_on_edit, self.form_combo)
        QWidget.setTabOrder(self.form_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.record_button)
        QWidget.setTabOrder(self.record_button, self.withdrawn_on_edit)
        QWidget.setTabOrder(self.withdrawn_on_edit, self.withdraw_button)
        QWidget.setTabOrder(self.withdraw_button, self.button_box)

        self.retranslateUi(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Consents \u2013 DLZW Desktop", None))
        self.person_label.setText("")
#if QT_CONFIG(accessibility)
        self.person_label.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consents_table.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Consents per purpose", None))
#endif // QT_CONFIG(accessibility)
        self.record_group.setTitle(QCoreApplication.translate("ConsentDialog", u"Record a consent", None))
        self.purpose_label.setText(QCoreApplication.translate("ConsentDialog", u"P&urpose", None))
#if QT_CONFIG(accessibility)
        self.purpose_combo.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.given_on_label.setText(QCoreApplication.translate("ConsentDialog", u"&Given on", None))
#if QT_CONFIG(accessibility)
        self.given_on_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Date of consent", None))
#endif // QT_CONFIG(accessibility)
        self.given_on_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"dd.mm.yyyy", None))
        self.form_label.setText(QCoreApplication.translate("ConsentDialog", u"&Form", None))
#if QT_CONFIG(accessibility)
        self.form_combo.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Form of consent", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("ConsentDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Note on the consent", None))
#endif // QT_CONFIG(accessibility)
        self.record_button.setText(QCoreApplication.translate("ConsentDialog", u"&Record consent", None))
#if QT_CONFIG(accessibility)
        self.record_button.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Record consent", None))
#endif // QT_CONFIG(accessibility)
        self.withdraw_group.setTitle(QCoreApplication.translate("ConsentDialog", u"Withdraw the selected consent", None))
        self.withdrawn_on_label.setText(QCoreApplication.translate("ConsentDialog", u"&Withdrawn on", None))
#if QT_CONFIG(accessibility)
        self.withdrawn_on_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Date of withdrawal", None))
#endif // QT_CONFIG(accessibility)
        self.withdrawn_on_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"dd.mm.yyyy", None))
        self.withdraw_button.setText(QCoreApplication.translate("ConsentDialog", u"Record wi&thdrawal", None))
#if QT_CONFIG(accessibility)
        self.withdraw_button.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Record withdrawal", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

