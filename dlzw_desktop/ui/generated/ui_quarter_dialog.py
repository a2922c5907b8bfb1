# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quarter_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

class Ui_QuarterDialog(object):
    def setupUi(self, QuarterDialog):
        if not QuarterDialog.objectName():
            QuarterDialog.setObjectName(u"QuarterDialog")
        self.main_layout = QVBoxLayout(QuarterDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(QuarterDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(QuarterDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.base_year_label = QLabel(QuarterDialog)
        self.base_year_label.setObjectName(u"base_year_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.base_year_label)

        self.base_year_spin = QSpinBox(QuarterDialog)
        self.base_year_spin.setObjectName(u"base_year_spin")
        self.base_year_spin.setMinimum(2000)
        self.base_year_spin.setMaximum(2100)
        self.base_year_spin.setValue(2025)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.base_year_spin)

        self.status_label = QLabel(QuarterDialog)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(QuarterDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.responsible_label = QLabel(QuarterDialog)
        self.responsible_label.setObjectName(u"responsible_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.responsible_label)

        self.responsible_combo = QComboBox(QuarterDialog)
        self.responsible_combo.setObjectName(u"responsible_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.responsible_combo)

        self.lwsi_goal_label = QLabel(QuarterDialog)
        self.lwsi_goal_label.setObjectName(u"lwsi_goal_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lwsi_goal_label)

        self.lwsi_goal_spin = QDoubleSpinBox(QuarterDialog)
        self.lwsi_goal_spin.setObjectName(u"lwsi_goal_spin")
        self.lwsi_goal_spin.setPrefix(u"+")
        self.lwsi_goal_spin.setSuffix(u" %")
        self.lwsi_goal_spin.setDecimals(2)
        self.lwsi_goal_spin.setMinimum(0.010000000000000)
        self.lwsi_goal_spin.setMaximum(100.000000000000000)
        self.lwsi_goal_spin.setValue(10.000000000000000)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lwsi_goal_spin)

        self.goal_units_label = QLabel(QuarterDialog)
        self.goal_units_label.setObjectName(u"goal_units_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.goal_units_label)

        self.goal_units_spin = QSpinBox(QuarterDialog)
        self.goal_units_spin.setObjectName(u"goal_units_spin")
        self.goal_units_spin.setMaximum(100000)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.goal_units_spin)

        self.goal_loans_label = QLabel(QuarterDialog)
        self.goal_loans_label.setObjectName(u"goal_loans_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.goal_loans_label)

        self.goal_loans_spin = QSpinBox(QuarterDialog)
        self.goal_loans_spin.setObjectName(u"goal_loans_spin")
        self.goal_loans_spin.setMaximum(100000)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.goal_loans_spin)

        self.goal_jobs_label = QLabel(QuarterDialog)
        self.goal_jobs_label.setObjectName(u"goal_jobs_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.goal_jobs_label)

        self.goal_jobs_spin = QSpinBox(QuarterDialog)
        self.goal_jobs_spin.setObjectName(u"goal_jobs_spin")
        self.goal_jobs_spin.setMaximum(100000)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.goal_jobs_spin)

        self.allow_overlap_check = QCheckBox(QuarterDialog)
        self.allow_overlap_check.setObjectName(u"allow_overlap_check")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.allow_overlap_check)

        self.notes_label = QLabel(QuarterDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(QuarterDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.columns_layout.addLayout(self.form_layout)

        self.districts_group = QGroupBox(QuarterDialog)
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

        self.hint_label = QLabel(QuarterDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(QuarterDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.base_year_label.setBuddy(self.base_year_spin)
        self.status_label.setBuddy(self.status_combo)
        self.responsible_label.setBuddy(self.responsible_combo)
        self.lwsi_goal_label.setBuddy(self.lwsi_goal_spin)
        self.goal_units_label.setBuddy(self.goal_units_spin)
        self.goal_loans_label.setBuddy(self.goal_loans_spin)
        self.goal_jobs_label.setBuddy(self.goal_jobs_spin)
        self.notes_label.setBuddy(self.notes_edit)
        self.districts_filter_label.setBuddy(self.districts_filter_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.base_year_spin)
        QWidget.setTabOrder(self.base_year_spin, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.responsible_combo)
        QWidget.setTabOrder(self.responsible_combo, self.lwsi_goal_spin)
        QWidget.setTabOrder(self.lwsi_goal_spin, self.goal_units_spin)
        QWidget.setTabOrder(self.goal_units_spin, self.goal_loans_spin)
        QWidget.setTabOrder(self.goal_loans_spin, self.goal_jobs_spin)
        QWidget.setTabOrder(self.goal_jobs_spin, self.allow_overlap_check)
        QWidget.setTabOrder(self.allow_overlap_check, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.districts_filter_edit)
        QWidget.setTabOrder(self.districts_filter_edit, self.districts_list)

        self.retranslateUi(QuarterDialog)
    # setupUi

    def retranslateUi(self, QuarterDialog):
        QuarterDialog.setWindowTitle(QCoreApplication.translate("QuarterDialog", u"Quarter", None))
        self.name_label.setText(QCoreApplication.translate("QuarterDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Name of the quarter", None))
#endif // QT_CONFIG(accessibility)
        self.base_year_label.setText(QCoreApplication.translate("QuarterDialog", u"&Base year", None))
#if QT_CONFIG(accessibility)
        self.base_year_spin.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Base year", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("QuarterDialog", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Status of the quarter", None))
#endif // QT_CONFIG(accessibility)
        self.responsible_label.setText(QCoreApplication.translate("QuarterDialog", u"&Responsible advisor", None))
#if QT_CONFIG(accessibility)
        self.responsible_combo.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Responsible advisor", None))
#endif // QT_CONFIG(accessibility)
        self.lwsi_goal_label.setText(QCoreApplication.translate("QuarterDialog", u"&LWSI goal", None))
#if QT_CONFIG(accessibility)
        self.lwsi_goal_spin.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"LWSI goal in percent", None))
#endif // QT_CONFIG(accessibility)
        self.goal_units_label.setText(QCoreApplication.translate("QuarterDialog", u"Reactivated &units (goal)", None))
#if QT_CONFIG(accessibility)
        self.goal_units_spin.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Goal: reactivated units", None))
#endif // QT_CONFIG(accessibility)
        self.goal_units_spin.setSpecialValueText(QCoreApplication.translate("QuarterDialog", u"no goal", None))
        self.goal_loans_label.setText(QCoreApplication.translate("QuarterDialog", u"Recomm&ended loans (goal)", None))
#if QT_CONFIG(accessibility)
        self.goal_loans_spin.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Goal: recommended loans", None))
#endif // QT_CONFIG(accessibility)
        self.goal_loans_spin.setSpecialValueText(QCoreApplication.translate("QuarterDialog", u"no goal", None))
        self.goal_jobs_label.setText(QCoreApplication.translate("QuarterDialog", u"&Jobs (goal)", None))
#if QT_CONFIG(accessibility)
        self.goal_jobs_spin.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Goal: jobs created or secured", None))
#endif // QT_CONFIG(accessibility)
        self.goal_jobs_spin.setSpecialValueText(QCoreApplication.translate("QuarterDialog", u"no goal", None))
        self.allow_overlap_check.setText(QCoreApplication.translate("QuarterDialog", u"Allow &overlapping with other quarters", None))
#if QT_CONFIG(accessibility)
        self.allow_overlap_check.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Allow overlapping with other quarters", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("QuarterDialog", u"Note&s", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Notes on the quarter", None))
#endif // QT_CONFIG(accessibility)
        self.districts_group.setTitle(QCoreApplication.translate("QuarterDialog", u"Statistical districts", None))
        self.districts_filter_label.setText(QCoreApplication.translate("QuarterDialog", u"&Filter", None))
#if QT_CONFIG(accessibility)
        self.districts_filter_edit.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Filter districts by name", None))
#endif // QT_CONFIG(accessibility)
        self.districts_filter_edit.setPlaceholderText(QCoreApplication.translate("QuarterDialog", u"e.g. H\u00f6rde", None))
#if QT_CONFIG(accessibility)
        self.districts_list.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Districts of the quarter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.districts_count_label.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Number of ticked districts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hint_label.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Hint", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("QuarterDialog", u"A district can be in two quarters at once only when both allow overlapping.", None))
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("QuarterDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

