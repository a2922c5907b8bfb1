# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout

class Ui_ConsultationDialog(object):
    def setupUi(self, ConsultationDialog):
        if not ConsultationDialog.objectName():
            ConsultationDialog.setObjectName(u"ConsultationDialog")
        ConsultationDialog.setMinimumSize(QSize(480, 0))
        self.vertical_layout_70 = QVBoxLayout(ConsultationDialog)
        self.vertical_layout_70.setObjectName(u"vertical_layout_70")
        self.form_layout_69 = QFormLayout()
        self.form_layout_69.setObjectName(u"form_layout_69")
        self.held_label = QLabel(ConsultationDialog)
        self.held_label.setObjectName(u"held_label")

        self.form_layout_69.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_label)

        self.held_edit = QLineEdit(ConsultationDialog)
        self.held_edit.setObjectName(u"held_edit")

        self.form_layout_69.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_edit)

        self.minutes_label = QLabel(ConsultationDialog)
        self.minutes_label.setObjectName(u"minutes_label")

        self.form_layout_69.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minutes_label)

        self.minutes_spin = QSpinBox(ConsultationDialog)
        self.minutes_spin.setObjectName(u"minutes_spin")
        self.minutes_spin.setMinimum(1)
        self.minutes_spin.setMaximum(600)

        self.form_layout_69.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minutes_spin)

        self.place_label = QLabel(ConsultationDialog)
        self.place_label.setObjectName(u"place_label")

        self.form_layout_69.setWidget(2, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_combo = QComboBox(ConsultationDialog)
        self.place_combo.setObjectName(u"place_combo")
        self.place_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.form_layout_69.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place_combo)

        self.advisor_label = QLabel(ConsultationDialog)
        self.advisor_label.setObjectName(u"advisor_label")

        self.form_layout_69.setWidget(3, QFormLayout.ItemRole.LabelRole, self.advisor_label)

        self.advisor_combo = QComboBox(ConsultationDialog)
        self.advisor_combo.setObjectName(u"advisor_combo")
        self.advisor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.form_layout_69.setWidget(3, QFormLayout.ItemRole.FieldRole, self.advisor_combo)

        self.language_label = QLabel(ConsultationDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout_69.setWidget(4, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_edit = QLineEdit(ConsultationDialog)
        self.language_edit.setObjectName(u"language_edit")
        self.language_edit.setPlaceholderText(u"de")
        self.language_edit.setMaxLength(3)

        self.form_layout_69.setWidget(4, QFormLayout.ItemRole.FieldRole, self.language_edit)

        self.topics_label = QLabel(ConsultationDialog)
        self.topics_label.setObjectName(u"topics_label")

        self.form_layout_69.setWidget(5, QFormLayout.ItemRole.LabelRole, self.topics_label)

        self.topics_edit = QLineEdit(ConsultationDialog)
        self.topics_edit.setObjectName(u"topics_edit")
        self.topics_edit.setMaxLength(500)

        self.form_layout_69.setWidget(5, QFormLayout.ItemRole.FieldRole, self.topics_edit)

        self.notes_label = QLabel(ConsultationDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout_69.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(ConsultationDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 120))

        self.form_layout_69.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.vertical_layout_70.addLayout(self.form_layout_69)

        self.button_box = QDialogButtonBox(ConsultationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.vertical_layout_70.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.held_label.setBuddy(self.held_edit)
        self.minutes_label.setBuddy(self.minutes_spin)
        self.place_label.setBuddy(self.place_combo)
        self.advisor_label.setBuddy(self.advisor_combo)
        self.language_label.setBuddy(self.language_edit)
        self.topics_label.setBuddy(self.topics_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsultationDialog)
    # setupUi

    def retranslateUi(self, ConsultationDialog):
        ConsultationDialog.setWindowTitle(QCoreApplication.translate("ConsultationDialog", u"Consultation", None))
        self.held_label.setText(QCoreApplication.translate("ConsultationDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.held_edit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Date of the consultation", None))
#endif // QT_CONFIG(accessibility)
        self.held_edit.setPlaceholderText(QCoreApplication.translate("ConsultationDialog", u"DD.MM.YYYY", None))
        self.minutes_label.setText(QCoreApplication.translate("ConsultationDialog", u"&Minutes", None))
#if QT_CONFIG(accessibility)
        self.minutes_spin.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.minutes_spin.setSuffix(QCoreApplication.translate("ConsultationDialog", u" min", None))
        self.place_label.setText(QCoreApplication.translate("ConsultationDialog", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.place_combo.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Place of the consultation", None))
#endif // QT_CONFIG(accessibility)
        self.advisor_label.setText(QCoreApplication.translate("ConsultationDialog", u"&Advisor", None))
#if QT_CONFIG(accessibility)
        self.advisor_combo.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Advisor", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("ConsultationDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.language_edit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Language of the consultation", None))
#endif // QT_CONFIG(accessibility)
        self.topics_label.setText(QCoreApplication.translate("ConsultationDialog", u"&Topics", None))
#if QT_CONFIG(accessibility)
        self.topics_edit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Topics", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("ConsultationDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Notes on the consultation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

