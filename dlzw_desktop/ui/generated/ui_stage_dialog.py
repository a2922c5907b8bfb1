# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stage_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout

class Ui_StageDialog(object):
    def setupUi(self, StageDialog):
        if not StageDialog.objectName():
            StageDialog.setObjectName(u"StageDialog")
        StageDialog.setMinimumSize(QSize(460, 0))
        self.vertical_layout_72 = QVBoxLayout(StageDialog)
        self.vertical_layout_72.setObjectName(u"vertical_layout_72")
        self.question_label = QLabel(StageDialog)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setWordWrap(True)

        self.vertical_layout_72.addWidget(self.question_label)

        self.form_layout_71 = QFormLayout()
        self.form_layout_71.setObjectName(u"form_layout_71")
        self.outcome_label = QLabel(StageDialog)
        self.outcome_label.setObjectName(u"outcome_label")

        self.form_layout_71.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_combo = QComboBox(StageDialog)
        self.outcome_combo.setObjectName(u"outcome_combo")
        self.outcome_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.form_layout_71.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome_combo)

        self.reason_label = QLabel(StageDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout_71.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(StageDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumSize(QSize(16777215, 90))

        self.form_layout_71.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.vertical_layout_72.addLayout(self.form_layout_71)

        self.button_box = QDialogButtonBox(StageDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.vertical_layout_72.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StageDialog)
    # setupUi

    def retranslateUi(self, StageDialog):
        StageDialog.setWindowTitle(QCoreApplication.translate("StageDialog", u"Change stage", None))
#if QT_CONFIG(accessibility)
        self.question_label.setAccessibleName(QCoreApplication.translate("StageDialog", u"What will happen", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_label.setText(QCoreApplication.translate("StageDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcome_combo.setAccessibleName(QCoreApplication.translate("StageDialog", u"Outcome of the case", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("StageDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("StageDialog", u"Reason, kept in the case history", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("StageDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

