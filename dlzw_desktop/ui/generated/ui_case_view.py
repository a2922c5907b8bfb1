# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_CaseView(object):
    def setupUi(self, CaseView):
        if not CaseView.objectName():
            CaseView.setObjectName(u"CaseView")
        self.vertical_layout_50 = QVBoxLayout(CaseView)
        self.vertical_layout_50.setObjectName(u"vertical_layout_50")
        self.vertical_layout_50.setContentsMargins(24, 24, 24, 24)
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.back_button = QPushButton(CaseView)
        self.back_button.setObjectName(u"back_button")

        self.header_layout.addWidget(self.back_button)

        self.title_label = QLabel(CaseView)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.header_layout.addWidget(self.title_label)

        self.spacer_48 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.spacer_48)

        self.stage_label = QLabel(CaseView)
        self.stage_label.setObjectName(u"stage_label")
        self.stage_label.setTextFormat(Qt.TextFormat.PlainText)

        self.header_layout.addWidget(self.stage_label)


        self.vertical_layout_50.addLayout(self.header_layout)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.next_stage_button = QPushButton(CaseView)
        self.next_stage_button.setObjectName(u"next_stage_button")

        self.actions_layout.addWidget(self.next_stage_button)

        self.move_back_button = QPushButton(CaseView)
        self.move_back_button.setObjectName(u"move_back_button")

        self.actions_layout.addWidget(self.move_back_button)

        self.close_case_button = QPushButton(CaseView)
        self.close_case_button.setObjectName(u"close_case_button")

        self.actions_layout.addWidget(self.close_case_button)

        self.spacer_49 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.spacer_49)


        self.vertical_layout_50.addLayout(self.actions_layout)

        self.blocker_label = QLabel(CaseView)
        self.blocker_label.setObjectName(u"blocker_label")
        self.blocker_label.setTextFormat(Qt.TextFormat.PlainText)
        self.blocker_label.setWordWrap(True)

        self.vertical_layout_50.addWidget(self.blocker_label)

        self.tabs_widget = QTabWidget(CaseView)
        self.tabs_widget.setObjectName(u"tabs_widget")
        self.overview_tab = QWidget()
        self.overview_tab.setObjectName(u"overview_tab")
        self.vertical_layout_16 = QVBoxLayout(self.overview_tab)
        self.vertical_layout_16.setObjectName(u"vertical_layout_16")
        self.overview_form = QFormLayout()
        self.overview_form.setObjectName(u"overview_form")
        self.advisor_label = QLabel(self.overview_tab)
        self.advisor_label.setObjectName(u"advisor_label")

        self.overview_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.advisor_label)

        self.advisor_combo = QComboBox(self.overview_tab)
        self.advisor_combo.setObjectName(u"advisor_combo")
        self.advisor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.overview_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.advisor_combo)

        self.source_label = QLabel(self.overview_tab)
        self.source_label.setObjectName(u"source_label")

        self.overview_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_combo = QComboBox(self.overview_tab)
        self.source_combo.setObjectName(u"source_combo")
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.overview_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.source_combo)

        self.amount_label = QLabel(self.overview_tab)
        self.amount_label.setObjectName(u"amount_label")

        self.overview_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_edit = QLineEdit(self.overview_tab)
        self.amount_edit.setObjectName(u"amount_edit")

        self.overview_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amount_edit)

        self.purpose_label = QLabel(self.overview_tab)
        self.purpose_label.setObjectName(u"purpose_label")

        self.overview_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_edit = QPlainTextEdit(self.overview_tab)
        self.purpose_edit.setObjectName(u"purpose_edit")
        self.purpose_edit.setTabChangesFocus(True)
        self.purpose_edit.setMaximumSize(QSize(16777215, 70))

        self.overview_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purpose_edit)

        self.programme_label = QLabel(self.overview_tab)
        self.programme_label.setObjectName(u"programme_label")

        self.overview_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.programme_label)

        self.programme_combo = QComboBox(self.overview_tab)
        self.programme_combo.setObjectName(u"programme_combo")
        self.programme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.overview_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.programme_combo)

        self.opened_label = QLabel(self.overview_tab)
        self.opened_label.setObjectName(u"opened_label")

        self.overview_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.opened_label)

        self.opened_edit = QLineEdit(self.overview_tab)
        self.opened_edit.setObjectName(u"opened_edit")

        self.overview_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.opened_edit)

        self.notes_label = QLabel(self.overview_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.overview_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.overview_tab)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 90))

        self.overview_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.vertical_layout_16.addLayout(self.overview_form)

        self.horizontal_layout_12 = QHBoxLayout()
        self.horizontal_layout_12.setObjectName(u"horizontal_layout_12")
        self.save_overview_button = QPushButton(self.overview_tab)
        self.save_overview_button.setObjectName(u"save_overview_button")

        self.horizontal_layout_12.addWidget(self.save_overview_button)

        self.revert_overview_button = QPushButton(self.overview_tab)
        self.revert_overview_button.setObjectName(u"revert_overview_button")

        self.horizontal_layout_12.addWidget(self.revert_overview_button)

        self.spacer_11 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_12.addItem(self.spacer_11)

        self.follow_up_label = QLabel(self.overview_tab)
        self.follow_up_label.setObjectName(u"follow_up_label")
        self.follow_up_label.setTextFormat(Qt.TextFormat.PlainText)

        self.horizontal_layout_12.addWidget(self.follow_up_label)


        self.vertical_layout_16.addLayout(self.horizontal_layout_12)

        self.reminders_group = QGroupBox(self.overview_tab)
        self.reminders_group.setObjectName(u"reminders_group")
        self.vertical_layout_15 = QVBoxLayout(self.reminders_group)
        self.vertical_layout_15.setObjectName(u"vertical_layout_15")
        self.reminders_table = QTableView(self.reminders_group)
        self.reminders_table.setObjectName(u"reminders_table")
        self.reminders_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reminders_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reminders_table.setAlternatingRowColors(True)
        self.reminders_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reminders_table.horizontalHeader().setStretchLastSection(True)
        self.reminders_table.verticalHeader().setVisible(False)

        self.vertical_layout_15.addWidget(self.reminders_table)

        self.horizontal_layout_14 = QHBoxLayout()
        self.horizontal_layout_14.setObjectName(u"horizontal_layout_14")
        self.add_reminder_button = QPushButton(self.reminders_group)
        self.add_reminder_button.setObjectName(u"add_reminder_button")

        self.horizontal_layout_14.addWidget(self.add_reminder_button)

        self.done_reminder_button = QPushButton(self.reminders_group)
        self.done_reminder_button.setObjectName(u"done_reminder_button")

        self.horizontal_layout_14.addWidget(self.done_reminder_button)

        self.spacer_13 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_14.addItem(self.spacer_13)


        self.vertical_layout_15.addLayout(self.horizontal_layout_14)


        self.vertical_layout_16.addWidget(self.reminders_group)

        self.tabs_widget.addTab(self.overview_tab, "")
        self.people_tab = QWidget()
        self.people_tab.setObjectName(u"people_tab")
        self.vertical_layout_23 = QVBoxLayout(self.people_tab)
        self.vertical_layout_23.setObjectName(u"vertical_layout_23")
        self.business_group = QGroupBox(self.people_tab)
        self.business_group.setObjectName(u"business_group")
        self.vertical_layout_19 = QVBoxLayout(self.business_group)
        self.vertical_layout_19.setObjectName(u"vertical_layout_19")
        self.business_label = QLabel(self.business_group)
        self.business_label.setObjectName(u"business_label")
        self.business_label.setTextFormat(Qt.TextFormat.PlainText)
        self.business_label.setWordWrap(True)

        self.vertical_layout_19.addWidget(self.business_label)

        self.horizontal_layout_18 = QHBoxLayout()
        self.horizontal_layout_18.setObjectName(u"horizontal_layout_18")
        self.edit_business_button = QPushButton(self.business_group)
        self.edit_business_button.setObjectName(u"edit_business_button")

        self.horizontal_layout_18.addWidget(self.edit_business_button)

        self.spacer_17 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_18.addItem(self.spacer_17)


        self.vertical_layout_19.addLayout(self.horizontal_layout_18)


        self.vertical_layout_23.addWidget(self.business_group)

        self.members_group = QGroupBox(self.people_tab)
        self.members_group.setObjectName(u"members_group")
        self.vertical_layout_22 = QVBoxLayout(self.members_group)
        self.vertical_layout_22.setObjectName(u"vertical_layout_22")
        self.members_table = QTableView(self.members_group)
        self.members_table.setObjectName(u"members_table")
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_table.setAlternatingRowColors(True)
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.horizontalHeader().setStretchLastSection(True)
        self.members_table.verticalHeader().setVisible(False)

        self.vertical_layout_22.addWidget(self.members_table)

        self.horizontal_layout_21 = QHBoxLayout()
        self.horizontal_layout_21.setObjectName(u"horizontal_layout_21")
        self.add_member_button = QPushButton(self.members_group)
        self.add_member_button.setObjectName(u"add_member_button")

        self.horizontal_layout_21.addWidget(self.add_member_button)

        self.edit_person_button = QPushButton(self.members_group)
        self.edit_person_button.setObjectName(u"edit_person_button")

        self.horizontal_layout_21.addWidget(self.edit_person_button)

        self.remove_member_button = QPushButton(self.members_group)
        self.remove_member_button.setObjectName(u"remove_member_button")

        self.horizontal_layout_21.addWidget(self.remove_member_button)

        self.spacer_20 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_21.addItem(self.spacer_20)


        self.vertical_layout_22.addLayout(self.horizontal_layout_21)


        self.vertical_layout_23.addWidget(self.members_group)

        self.tabs_widget.addTab(self.people_tab, "")
        self.consultations_tab = QWidget()
        self.consultations_tab.setObjectName(u"consultations_tab")
        self.vertical_layout_26 = QVBoxLayout(self.consultations_tab)
        self.vertical_layout_26.setObjectName(u"vertical_layout_26")
        self.consultations_table = QTableView(self.consultations_tab)
        self.consultations_table.setObjectName(u"consultations_table")
        self.consultations_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consultations_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consultations_table.setAlternatingRowColors(True)
        self.consultations_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consultations_table.horizontalHeader().setStretchLastSection(True)
        self.consultations_table.verticalHeader().setVisible(False)

        self.vertical_layout_26.addWidget(self.consultations_table)

        self.horizontal_layout_25 = QHBoxLayout()
        self.horizontal_layout_25.setObjectName(u"horizontal_layout_25")
        self.add_consultation_button = QPushButton(self.consultations_tab)
        self.add_consultation_button.setObjectName(u"add_consultation_button")

        self.horizontal_layout_25.addWidget(self.add_consultation_button)

        self.edit_consultation_button = QPushButton(self.consultations_tab)
        self.edit_consultation_button.setObjectName(u"edit_consultation_button")

        self.horizontal_layout_25.addWidget(self.edit_consultation_button)

        self.delete_consultation_button = QPushButton(self.consultations_tab)
        self.delete_consultation_button.setObjectName(u"delete_consultation_button")

        self.horizontal_layout_25.addWidget(self.delete_consultation_button)

        self.spacer_24 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_25.addItem(self.spacer_24)

        self.minutes_label = QLabel(self.consultations_tab)
        self.minutes_label.setObjectName(u"minutes_label")
        self.minutes_label.setTextFormat(Qt.TextFormat.PlainText)

        self.horizontal_layout_25.addWidget(self.minutes_label)


        self.vertical_layout_26.addLayout(self.horizontal_layout_25)

        self.tabs_widget.addTab(self.consultations_tab, "")
        self.documents_tab = QWidget()
        self.documents_tab.setObjectName(u"documents_tab")
        self.vertical_layout_31 = QVBoxLayout(self.documents_tab)
        self.vertical_layout_31.setObjectName(u"vertical_layout_31")
        self.documents_table = QTableView(self.documents_tab)
        self.documents_table.setObjectName(u"documents_table")
        self.documents_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents_table.setAlternatingRowColors(True)
        self.documents_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents_table.horizontalHeader().setStretchLastSection(True)
        self.documents_table.verticalHeader().setVisible(False)

        self.vertical_layout_31.addWidget(self.documents_table)

        self.horizontal_layout_28 = QHBoxLayout()
        self.horizontal_layout_28.setObjectName(u"horizontal_layout_28")
        self.status_label = QLabel(self.documents_tab)
        self.status_label.setObjectName(u"status_label")

        self.horizontal_layout_28.addWidget(self.status_label)

        self.status_combo = QComboBox(self.documents_tab)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.horizontal_layout_28.addWidget(self.status_combo)

        self.status_date_label = QLabel(self.documents_tab)
        self.status_date_label.setObjectName(u"status_date_label")

        self.horizontal_layout_28.addWidget(self.status_date_label)

        self.status_date_edit = QLineEdit(self.documents_tab)
        self.status_date_edit.setObjectName(u"status_date_edit")

        self.horizontal_layout_28.addWidget(self.status_date_edit)

        self.set_status_button = QPushButton(self.documents_tab)
        self.set_status_button.setObjectName(u"set_status_button")

        self.horizontal_layout_28.addWidget(self.set_status_button)

        self.spacer_27 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_28.addItem(self.spacer_27)


        self.vertical_layout_31.addLayout(self.horizontal_layout_28)

        self.horizontal_layout_30 = QHBoxLayout()
        self.horizontal_layout_30.setObjectName(u"horizontal_layout_30")
        self.attach_button = QPushButton(self.documents_tab)
        self.attach_button.setObjectName(u"attach_button")

        self.horizontal_layout_30.addWidget(self.attach_button)

        self.open_file_button = QPushButton(self.documents_tab)
        self.open_file_button.setObjectName(u"open_file_button")

        self.horizontal_layout_30.addWidget(self.open_file_button)

        self.spacer_29 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_30.addItem(self.spacer_29)

        self.add_document_label = QLabel(self.documents_tab)
        self.add_document_label.setObjectName(u"add_document_label")

        self.horizontal_layout_30.addWidget(self.add_document_label)

        self.add_document_combo = QComboBox(self.documents_tab)
        self.add_document_combo.setObjectName(u"add_document_combo")
        self.add_document_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.horizontal_layout_30.addWidget(self.add_document_combo)

        self.add_document_button = QPushButton(self.documents_tab)
        self.add_document_button.setObjectName(u"add_document_button")

        self.horizontal_layout_30.addWidget(self.add_document_button)


        self.vertical_layout_31.addLayout(self.horizontal_layout_30)

        self.documents_hint_label = QLabel(self.documents_tab)
        self.documents_hint_label.setObjectName(u"documents_hint_label")
        self.documents_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.documents_hint_label.setWordWrap(True)

        self.vertical_layout_31.addWidget(self.documents_hint_label)

        self.tabs_widget.addTab(self.documents_tab, "")
        self.affordability_tab = QWidget()
        self.affordability_tab.setObjectName(u"affordability_tab")
        self.horizontal_layout_37 = QHBoxLayout(self.affordability_tab)
        self.horizontal_layout_37.setObjectName(u"horizontal_layout_37")
        self.vertical_layout_35 = QVBoxLayout()
        self.vertical_layout_35.setObjectName(u"vertical_layout_35")
        self.affordability_form = QFormLayout()
        self.affordability_form.setObjectName(u"affordability_form")
        self.income_label = QLabel(self.affordability_tab)
        self.income_label.setObjectName(u"income_label")

        self.affordability_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.income_label)

        self.income_edit = QLineEdit(self.affordability_tab)
        self.income_edit.setObjectName(u"income_edit")

        self.affordability_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.income_edit)

        self.expenses_label = QLabel(self.affordability_tab)
        self.expenses_label.setObjectName(u"expenses_label")

        self.affordability_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.expenses_label)

        self.expenses_edit = QLineEdit(self.affordability_tab)
        self.expenses_edit.setObjectName(u"expenses_edit")

        self.affordability_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.expenses_edit)

        self.surplus_label = QLabel(self.affordability_tab)
        self.surplus_label.setObjectName(u"surplus_label")

        self.affordability_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.surplus_label)

        self.surplus_edit = QLineEdit(self.affordability_tab)
        self.surplus_edit.setObjectName(u"surplus_edit")

        self.affordability_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.surplus_edit)

        self.term_label = QLabel(self.affordability_tab)
        self.term_label.setObjectName(u"term_label")

        self.affordability_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.term_label)

        self.term_spin = QSpinBox(self.affordability_tab)
        self.term_spin.setObjectName(u"term_spin")
        self.term_spin.setMinimum(0)
        self.term_spin.setMaximum(120)

        self.affordability_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.term_spin)

        self.grace_label = QLabel(self.affordability_tab)
        self.grace_label.setObjectName(u"grace_label")

        self.affordability_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.grace_label)

        self.grace_spin = QSpinBox(self.affordability_tab)
        self.grace_spin.setObjectName(u"grace_spin")
        self.grace_spin.setMinimum(0)
        self.grace_spin.setMaximum(60)

        self.affordability_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.grace_spin)


        self.vertical_layout_35.addLayout(self.affordability_form)

        self.horizontal_layout_33 = QHBoxLayout()
        self.horizontal_layout_33.setObjectName(u"horizontal_layout_33")
        self.save_affordability_button = QPushButton(self.affordability_tab)
        self.save_affordability_button.setObjectName(u"save_affordability_button")

        self.horizontal_layout_33.addWidget(self.save_affordability_button)

        self.spacer_32 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_33.addItem(self.spacer_32)


        self.vertical_layout_35.addLayout(self.horizontal_layout_33)

        self.verdict_label = QLabel(self.affordability_tab)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_label.setWordWrap(True)

        self.vertical_layout_35.addWidget(self.verdict_label)

        self.spacer_34 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.vertical_layout_35.addItem(self.spacer_34)


        self.horizontal_layout_37.addLayout(self.vertical_layout_35)

        self.vertical_layout_36 = QVBoxLayout()
        self.vertical_layout_36.setObjectName(u"vertical_layout_36")
        self.plan_table = QTableView(self.affordability_tab)
        self.plan_table.setObjectName(u"plan_table")
        self.plan_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plan_table.setAlternatingRowColors(True)
        self.plan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_table.horizontalHeader().setStretchLastSection(True)
        self.plan_table.verticalHeader().setVisible(False)

        self.vertical_layout_36.addWidget(self.plan_table)

        self.chart_container = QWidget(self.affordability_tab)
        self.chart_container.setObjectName(u"chart_container")
        self.chart_container.setMinimumSize(QSize(300, 220))
        self.chart_layout = QVBoxLayout(self.chart_container)
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_layout.setContentsMargins(0, 0, 0, 0)

        self.vertical_layout_36.addWidget(self.chart_container)

        self.vertical_layout_36.setStretch(0, 3)
        self.vertical_layout_36.setStretch(1, 2)

        self.horizontal_layout_37.addLayout(self.vertical_layout_36)

        self.horizontal_layout_37.setStretch(0, 1)
        self.horizontal_layout_37.setStretch(1, 2)
        self.tabs_widget.addTab(self.affordability_tab, "")
        self.recommendation_tab = QWidget()
        self.recommendation_tab.setObjectName(u"recommendation_tab")
        self.vertical_layout_44 = QVBoxLayout(self.recommendation_tab)
        self.vertical_layout_44.setObjectName(u"vertical_layout_44")
        self.recommendation_group = QGroupBox(self.recommendation_tab)
        self.recommendation_group.setObjectName(u"recommendation_group")
        self.vertical_layout_40 = QVBoxLayout(self.recommendation_group)
        self.vertical_layout_40.setObjectName(u"vertical_layout_40")
        self.recommendation_grid = QGridLayout()
        self.recommendation_grid.setObjectName(u"recommendation_grid")
        self.rec_amount_label = QLabel(self.recommendation_group)
        self.rec_amount_label.setObjectName(u"rec_amount_label")

        self.recommendation_grid.addWidget(self.rec_amount_label, 0, 0, 1, 1)

        self.rec_amount_edit = QLineEdit(self.recommendation_group)
        self.rec_amount_edit.setObjectName(u"rec_amount_edit")

        self.recommendation_grid.addWidget(self.rec_amount_edit, 0, 1, 1, 1)

        self.rec_term_label = QLabel(self.recommendation_group)
        self.rec_term_label.setObjectName(u"rec_term_label")

        self.recommendation_grid.addWidget(self.rec_term_label, 0, 2, 1, 1)

        self.rec_term_spin = QSpinBox(self.recommendation_group)
        self.rec_term_spin.setObjectName(u"rec_term_spin")
        self.rec_term_spin.setMinimum(1)
        self.rec_term_spin.setMaximum(120)

        self.recommendation_grid.addWidget(self.rec_term_spin, 0, 3, 1, 1)

        self.rec_grace_label = QLabel(self.recommendation_group)
        self.rec_grace_label.setObjectName(u"rec_grace_label")

        self.recommendation_grid.addWidget(self.rec_grace_label, 0, 4, 1, 1)

        self.rec_grace_spin = QSpinBox(self.recommendation_group)
        self.rec_grace_spin.setObjectName(u"rec_grace_spin")
        self.rec_grace_spin.setMinimum(0)
        self.rec_grace_spin.setMaximum(60)

        self.recommendation_grid.addWidget(self.rec_grace_spin, 0, 5, 1, 1)

        self.rec_date_label = QLabel(self.recommendation_group)
        self.rec_date_label.setObjectName(u"rec_date_label")

        self.recommendation_grid.addWidget(self.rec_date_label, 1, 0, 1, 1)

        self.rec_date_edit = QLineEdit(self.recommendation_group)
        self.rec_date_edit.setObjectName(u"rec_date_edit")

        self.recommendation_grid.addWidget(self.rec_date_edit, 1, 1, 1, 1)

        self.lender_label = QLabel(self.recommendation_group)
        self.lender_label.setObjectName(u"lender_label")

        self.recommendation_grid.addWidget(self.lender_label, 1, 2, 1, 1)

        self.lender_combo = QComboBox(self.recommendation_group)
        self.lender_combo.setObjectName(u"lender_combo")
        self.lender_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.recommendation_grid.addWidget(self.lender_combo, 1, 3, 1, 3)

        self.summary_label = QLabel(self.recommendation_group)
        self.summary_label.setObjectName(u"summary_label")

        self.recommendation_grid.addWidget(self.summary_label, 2, 0, 1, 1)

        self.summary_edit = QPlainTextEdit(self.recommendation_group)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumSize(QSize(16777215, 80))

        self.recommendation_grid.addWidget(self.summary_edit, 2, 1, 1, 5)


        self.vertical_layout_40.addLayout(self.recommendation_grid)

        self.horizontal_layout_39 = QHBoxLayout()
        self.horizontal_layout_39.setObjectName(u"horizontal_layout_39")
        self.save_recommendation_button = QPushButton(self.recommendation_group)
        self.save_recommendation_button.setObjectName(u"save_recommendation_button")

        self.horizontal_layout_39.addWidget(self.save_recommendation_button)

        self.sign_off_button = QPushButton(self.recommendation_group)
        self.sign_off_button.setObjectName(u"sign_off_button")

        self.horizontal_layout_39.addWidget(self.sign_off_button)

        self.letter_button = QPushButton(self.recommendation_group)
        self.letter_button.setObjectName(u"letter_button")

        self.horizontal_layout_39.addWidget(self.letter_button)

        self.package_button = QPushButton(self.recommendation_group)
        self.package_button.setObjectName(u"package_button")

        self.horizontal_layout_39.addWidget(self.package_button)

        self.spacer_38 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_39.addItem(self.spacer_38)


        self.vertical_layout_40.addLayout(self.horizontal_layout_39)

        self.recommendation_status_label = QLabel(self.recommendation_group)
        self.recommendation_status_label.setObjectName(u"recommendation_status_label")
        self.recommendation_status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recommendation_status_label.setWordWrap(True)

        self.vertical_layout_40.addWidget(self.recommendation_status_label)


        self.vertical_layout_44.addWidget(self.recommendation_group)

        self.decision_group = QGroupBox(self.recommendation_tab)
        self.decision_group.setObjectName(u"decision_group")
        self.decision_grid = QGridLayout(self.decision_group)
        self.decision_grid.setObjectName(u"decision_grid")
        self.decision_label = QLabel(self.decision_group)
        self.decision_label.setObjectName(u"decision_label")

        self.decision_grid.addWidget(self.decision_label, 0, 0, 1, 1)

        self.decision_combo = QComboBox(self.decision_group)
        self.decision_combo.setObjectName(u"decision_combo")
        self.decision_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.decision_grid.addWidget(self.decision_combo, 0, 1, 1, 1)

        self.decided_label = QLabel(self.decision_group)
        self.decided_label.setObjectName(u"decided_label")

        self.decision_grid.addWidget(self.decided_label, 0, 2, 1, 1)

        self.decided_edit = QLineEdit(self.decision_group)
        self.decided_edit.setObjectName(u"decided_edit")

        self.decision_grid.addWidget(self.decided_edit, 0, 3, 1, 1)

        self.loan_amount_label = QLabel(self.decision_group)
        self.loan_amount_label.setObjectName(u"loan_amount_label")

        self.decision_grid.addWidget(self.loan_amount_label, 0, 4, 1, 1)

        self.loan_amount_edit = QLineEdit(self.decision_group)
        self.loan_amount_edit.setObjectName(u"loan_amount_edit")

        self.decision_grid.addWidget(self.loan_amount_edit, 0, 5, 1, 1)

        self.conditions_label = QLabel(self.decision_group)
        self.conditions_label.setObjectName(u"conditions_label")

        self.decision_grid.addWidget(self.conditions_label, 1, 0, 1, 1)

        self.conditions_edit = QLineEdit(self.decision_group)
        self.conditions_edit.setObjectName(u"conditions_edit")

        self.decision_grid.addWidget(self.conditions_edit, 1, 1, 1, 3)

        self.record_decision_button = QPushButton(self.decision_group)
        self.record_decision_button.setObjectName(u"record_decision_button")

        self.decision_grid.addWidget(self.record_decision_button, 1, 4, 1, 2)

        self.payout_label = QLabel(self.decision_group)
        self.payout_label.setObjectName(u"payout_label")

        self.decision_grid.addWidget(self.payout_label, 2, 0, 1, 1)

        self.payout_edit = QLineEdit(self.decision_group)
        self.payout_edit.setObjectName(u"payout_edit")

        self.decision_grid.addWidget(self.payout_edit, 2, 1, 1, 1)

        self.record_payout_button = QPushButton(self.decision_group)
        self.record_payout_button.setObjectName(u"record_payout_button")

        self.decision_grid.addWidget(self.record_payout_button, 2, 2, 1, 2)

        self.loan_status_label = QLabel(self.decision_group)
        self.loan_status_label.setObjectName(u"loan_status_label")
        self.loan_status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.loan_status_label.setWordWrap(True)

        self.decision_grid.addWidget(self.loan_status_label, 2, 4, 1, 2)


        self.vertical_layout_44.addWidget(self.decision_group)

        self.monitoring_group = QGroupBox(self.recommendation_tab)
        self.monitoring_group.setObjectName(u"monitoring_group")
        self.vertical_layout_43 = QVBoxLayout(self.monitoring_group)
        self.vertical_layout_43.setObjectName(u"vertical_layout_43")
        self.repayments_table = QTableView(self.monitoring_group)
        self.repayments_table.setObjectName(u"repayments_table")
        self.repayments_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.repayments_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.repayments_table.setAlternatingRowColors(True)
        self.repayments_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.repayments_table.horizontalHeader().setStretchLastSection(True)
        self.repayments_table.verticalHeader().setVisible(False)

        self.vertical_layout_43.addWidget(self.repayments_table)

        self.horizontal_layout_42 = QHBoxLayout()
        self.horizontal_layout_42.setObjectName(u"horizontal_layout_42")
        self.month_label = QLabel(self.monitoring_group)
        self.month_label.setObjectName(u"month_label")

        self.horizontal_layout_42.addWidget(self.month_label)

        self.month_edit = QLineEdit(self.monitoring_group)
        self.month_edit.setObjectName(u"month_edit")

        self.horizontal_layout_42.addWidget(self.month_edit)

        self.repayment_status_label = QLabel(self.monitoring_group)
        self.repayment_status_label.setObjectName(u"repayment_status_label")

        self.horizontal_layout_42.addWidget(self.repayment_status_label)

        self.repayment_status_combo = QComboBox(self.monitoring_group)
        self.repayment_status_combo.setObjectName(u"repayment_status_combo")
        self.repayment_status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.horizontal_layout_42.addWidget(self.repayment_status_combo)

        self.arrears_label = QLabel(self.monitoring_group)
        self.arrears_label.setObjectName(u"arrears_label")

        self.horizontal_layout_42.addWidget(self.arrears_label)

        self.arrears_edit = QLineEdit(self.monitoring_group)
        self.arrears_edit.setObjectName(u"arrears_edit")

        self.horizontal_layout_42.addWidget(self.arrears_edit)

        self.record_repayment_button = QPushButton(self.monitoring_group)
        self.record_repayment_button.setObjectName(u"record_repayment_button")

        self.horizontal_layout_42.addWidget(self.record_repayment_button)

        self.spacer_41 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontal_layout_42.addItem(self.spacer_41)


        self.vertical_layout_43.addLayout(self.horizontal_layout_42)

        self.follow_up_loan_label = QLabel(self.monitoring_group)
        self.follow_up_loan_label.setObjectName(u"follow_up_loan_label")
        self.follow_up_loan_label.setTextFormat(Qt.TextFormat.PlainText)
        self.follow_up_loan_label.setWordWrap(True)

        self.vertical_layout_43.addWidget(self.follow_up_loan_label)


        self.vertical_layout_44.addWidget(self.monitoring_group)

        self.tabs_widget.addTab(self.recommendation_tab, "")
        self.jobs_tab = QWidget()
        self.jobs_tab.setObjectName(u"jobs_tab")
        self.vertical_layout_46 = QVBoxLayout(self.jobs_tab)
        self.vertical_layout_46.setObjectName(u"vertical_layout_46")
        self.jobs_table = QTableView(self.jobs_tab)
        self.jobs_table.setObjectName(u"jobs_table")
        self.jobs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs_table.setAlternatingRowColors(True)
        self.jobs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobs_table.horizontalHeader().setStretchLastSection(True)
        self.jobs_table.verticalHeader().setVisible(False)

        self.vertical_layout_46.addWidget(self.jobs_table)

        self.jobs_group = QGroupBox(self.jobs_tab)
        self.jobs_group.setObjectName(u"jobs_group")
        self.jobs_grid = QGridLayout(self.jobs_group)
        self.jobs_grid.setObjectName(u"jobs_grid")
        self.occasion_label = QLabel(self.jobs_group)
        self.occasion_label.setObjectName(u"occasion_label")

        self.jobs_grid.addWidget(self.occasion_label, 0, 0, 1, 1)

        self.occasion_combo = QComboBox(self.jobs_group)
        self.occasion_combo.setObjectName(u"occasion_combo")
        self.occasion_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.jobs_grid.addWidget(self.occasion_combo, 0, 1, 1, 1)

        self.jobs_date_label = QLabel(self.jobs_group)
        self.jobs_date_label.setObjectName(u"jobs_date_label")

        self.jobs_grid.addWidget(self.jobs_date_label, 0, 2, 1, 1)

        self.jobs_date_edit = QLineEdit(self.jobs_group)
        self.jobs_date_edit.setObjectName(u"jobs_date_edit")

        self.jobs_grid.addWidget(self.jobs_date_edit, 0, 3, 1, 1)

        self.created_heads_label = QLabel(self.jobs_group)
        self.created_heads_label.setObjectName(u"created_heads_label")

        self.jobs_grid.addWidget(self.created_heads_label, 1, 0, 1, 1)

        self.created_heads_spin = QSpinBox(self.jobs_group)
        self.created_heads_spin.setObjectName(u"created_heads_spin")
        self.created_heads_spin.setMinimum(0)
        self.created_heads_spin.setMaximum(999)

        self.jobs_grid.addWidget(self.created_heads_spin, 1, 1, 1, 1)

        self.created_fte_label = QLabel(self.jobs_group)
        self.created_fte_label.setObjectName(u"created_fte_label")

        self.jobs_grid.addWidget(self.created_fte_label, 1, 2, 1, 1)

        self.created_fte_edit = QLineEdit(self.jobs_group)
        self.created_fte_edit.setObjectName(u"created_fte_edit")

        self.jobs_grid.addWidget(self.created_fte_edit, 1, 3, 1, 1)

        self.secured_heads_label = QLabel(self.jobs_group)
        self.secured_heads_label.setObjectName(u"secured_heads_label")

        self.jobs_grid.addWidget(self.secured_heads_label, 2, 0, 1, 1)

        self.secured_heads_spin = QSpinBox(self.jobs_group)
        self.secured_heads_spin.setObjectName(u"secured_heads_spin")
        self.secured_heads_spin.setMinimum(0)
        self.secured_heads_spin.setMaximum(999)

        self.jobs_grid.addWidget(self.secured_heads_spin, 2, 1, 1, 1)

        self.secured_fte_label = QLabel(self.jobs_group)
        self.secured_fte_label.setObjectName(u"secured_fte_label")

        self.jobs_grid.addWidget(self.secured_fte_label, 2, 2, 1, 1)

        self.secured_fte_edit = QLineEdit(self.jobs_group)
        self.secured_fte_edit.setObjectName(u"secured_fte_edit")

        self.jobs_grid.addWidget(self.secured_fte_edit, 2, 3, 1, 1)

        self.record_jobs_button = QPushButton(self.jobs_group)
        self.record_jobs_button.setObjectName(u"record_jobs_button")

        self.jobs_grid.addWidget(self.record_jobs_button, 3, 0, 1, 2)

        self.jobs_due_label = QLabel(self.jobs_group)
        self.jobs_due_label.setObjectName(u"jobs_due_label")
        self.jobs_due_label.setTextFormat(Qt.TextFormat.PlainText)
        self.jobs_due_label.setWordWrap(True)

        self.jobs_grid.addWidget(self.jobs_due_label, 3, 2, 1, 2)


        self.vertical_layout_46.addWidget(self.jobs_group)

        self.spacer_45 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.vertical_layout_46.addItem(self.spacer_45)

        self.tabs_widget.addTab(self.jobs_tab, "")
        self.timeline_tab = QWidget()
        self.timeline_tab.setObjectName(u"timeline_tab")
        self.vertical_layout_47 = QVBoxLayout(self.timeline_tab)
        self.vertical_layout_47.setObjectName(u"vertical_layout_47")
        self.timeline_list = QListWidget(self.timeline_tab)
        self.timeline_list.setObjectName(u"timeline_list")
        self.timeline_list.setAlternatingRowColors(True)

        self.vertical_layout_47.addWidget(self.timeline_list)

        self.tabs_widget.addTab(self.timeline_tab, "")

        self.vertical_layout_50.addWidget(self.tabs_widget)

#if QT_CONFIG(shortcut)
        self.advisor_label.setBuddy(self.advisor_combo)
        self.source_label.setBuddy(self.source_combo)
        self.amount_label.setBuddy(self.amount_edit)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.programme_label.setBuddy(self.programme_combo)
        self.opened_label.setBuddy(self.opened_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.status_label.setBuddy(self.status_combo)
        self.status_date_label.setBuddy(self.status_date_edit)
        self.add_document_label.setBuddy(self.add_document_combo)
        self.income_label.setBuddy(self.income_edit)
        self.expenses_label.setBuddy(self.expenses_edit)
        self.surplus_label.setBuddy(self.surplus_edit)
        self.term_label.setBuddy(self.term_spin)
        self.grace_label.setBuddy(self.grace_spin)
        self.rec_amount_label.setBuddy(self.rec_amount_edit)
        self.rec_term_label.setBuddy(self.rec_term_spin)
        self.rec_grace_label.setBuddy(self.rec_grace_spin)
        self.rec_date_label.setBuddy(self.rec_date_edit)
        self.lender_label.setBuddy(self.lender_combo)
        self.summary_label.setBuddy(self.summary_edit)
        self.decision_label.setBuddy(self.decision_combo)
        self.decided_label.setBuddy(self.decided_edit)
        self.loan_amount_label.setBuddy(self.loan_amount_edit)
        self.conditions_label.setBuddy(self.conditions_edit)
        self.payout_label.setBuddy(self.payout_edit)
        self.month_label.setBuddy(self.month_edit)
        self.repayment_status_label.setBuddy(self.repayment_status_combo)
        self.arrears_label.setBuddy(self.arrears_edit)
        self.occasion_label.setBuddy(self.occasion_combo)
        self.jobs_date_label.setBuddy(self.jobs_date_edit)
        self.created_heads_label.setBuddy(self.created_heads_spin)
        self.created_fte_label.setBuddy(self.created_fte_edit)
        self.secured_heads_label.setBuddy(self.secured_heads_spin)
        self.secured_fte_label.setBuddy(self.secured_fte_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseView)
    # setupUi

    def retranslateUi(self, CaseView):
        self.back_button.setText(QCoreApplication.translate("CaseView", u"\u2190 &Cases", None))
#if QT_CONFIG(accessibility)
        self.back_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Back to the case list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("CaseView", u"Case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stage_label.setAccessibleName(QCoreApplication.translate("CaseView", u"Stage of the case", None))
#endif // QT_CONFIG(accessibility)
        self.next_stage_button.setText(QCoreApplication.translate("CaseView", u"&Next stage\u2026", None))
#if QT_CONFIG(accessibility)
        self.next_stage_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Move the case to the next stage", None))
#endif // QT_CONFIG(accessibility)
        self.move_back_button.setText(QCoreApplication.translate("CaseView", u"Step &back\u2026", None))
#if QT_CONFIG(accessibility)
        self.move_back_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Move the case one step back", None))
#endif // QT_CONFIG(accessibility)
        self.close_case_button.setText(QCoreApplication.translate("CaseView", u"C&lose case\u2026", None))
#if QT_CONFIG(accessibility)
        self.close_case_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Close the case with an outcome", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.blocker_label.setAccessibleName(QCoreApplication.translate("CaseView", u"What the next step needs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs_widget.setAccessibleName(QCoreApplication.translate("CaseView", u"Case tabs", None))
#endif // QT_CONFIG(accessibility)
        self.advisor_label.setText(QCoreApplication.translate("CaseView", u"&Advisor", None))
#if QT_CONFIG(accessibility)
        self.advisor_combo.setAccessibleName(QCoreApplication.translate("CaseView", u"Advisor in charge", None))
#endif // QT_CONFIG(accessibility)
        self.source_label.setText(QCoreApplication.translate("CaseView", u"Sourc&e", None))
#if QT_CONFIG(accessibility)
        self.source_combo.setAccessibleName(QCoreApplication.translate("CaseView", u"How the client came", None))
#endif // QT_CONFIG(accessibility)
        self.amount_label.setText(QCoreApplication.translate("CaseView", u"Requested a&mount (EUR)", None))
#if QT_CONFIG(accessibility)
        self.amount_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Requested amount in euros", None))
#endif // QT_CONFIG(accessibility)
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"e.g. 8.500,00", None))
        self.purpose_label.setText(QCoreApplication.translate("CaseView", u"&Purpose", None))
#if QT_CONFIG(accessibility)
        self.purpose_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Purpose of the loan", None))
#endif // QT_CONFIG(accessibility)
        self.programme_label.setText(QCoreApplication.translate("CaseView", u"Pro&gramme", None))
#if QT_CONFIG(accessibility)
        self.programme_combo.setAccessibleName(QCoreApplication.translate("CaseView", u"Loan programme", None))
#endif // QT_CONFIG(accessibility)
        self.opened_label.setText(QCoreApplication.translate("CaseView", u"&Opened on", None))
#if QT_CONFIG(accessibility)
        self.opened_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Date the case was opened", None))
#endif // QT_CONFIG(accessibility)
        self.opened_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"DD.MM.YYYY", None))
        self.notes_label.setText(QCoreApplication.translate("CaseView", u"No&tes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Notes on the case", None))
#endif // QT_CONFIG(accessibility)
        self.save_overview_button.setText(QCoreApplication.translate("CaseView", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.save_overview_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Save the case", None))
#endif // QT_CONFIG(accessibility)
        self.revert_overview_button.setText(QCoreApplication.translate("CaseView", u"&Undo changes", None))
#if QT_CONFIG(accessibility)
        self.revert_overview_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Undo unsaved changes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.follow_up_label.setAccessibleName(QCoreApplication.translate("CaseView", u"Follow-up loan", None))
#endif // QT_CONFIG(accessibility)
        self.reminders_group.setTitle(QCoreApplication.translate("CaseView", u"Reminders", None))
#if QT_CONFIG(accessibility)
        self.reminders_table.setAccessibleName(QCoreApplication.translate("CaseView", u"Reminders of this case", None))
#endif // QT_CONFIG(accessibility)
        self.add_reminder_button.setText(QCoreApplication.translate("CaseView", u"Add &reminder\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_reminder_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Add a reminder", None))
#endif // QT_CONFIG(accessibility)
        self.done_reminder_button.setText(QCoreApplication.translate("CaseView", u"Mark &done", None))
#if QT_CONFIG(accessibility)
        self.done_reminder_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Mark the selected reminder as done", None))
#endif // QT_CONFIG(accessibility)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.overview_tab), QCoreApplication.translate("CaseView", u"Overview", None))
        self.business_group.setTitle(QCoreApplication.translate("CaseView", u"Business", None))
#if QT_CONFIG(accessibility)
        self.business_label.setAccessibleName(QCoreApplication.translate("CaseView", u"Business details", None))
#endif // QT_CONFIG(accessibility)
        self.edit_business_button.setText(QCoreApplication.translate("CaseView", u"Edit b&usiness\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_business_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Edit the business", None))
#endif // QT_CONFIG(accessibility)
        self.members_group.setTitle(QCoreApplication.translate("CaseView", u"People", None))
#if QT_CONFIG(accessibility)
        self.members_table.setAccessibleName(QCoreApplication.translate("CaseView", u"People of the business", None))
#endif // QT_CONFIG(accessibility)
        self.add_member_button.setText(QCoreApplication.translate("CaseView", u"&Add person\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_member_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Add a person to the business", None))
#endif // QT_CONFIG(accessibility)
        self.edit_person_button.setText(QCoreApplication.translate("CaseView", u"&Edit person\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_person_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Edit the selected person", None))
#endif // QT_CONFIG(accessibility)
        self.remove_member_button.setText(QCoreApplication.translate("CaseView", u"&Remove from business", None))
#if QT_CONFIG(accessibility)
        self.remove_member_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Remove the selected person from the business", None))
#endif // QT_CONFIG(accessibility)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.people_tab), QCoreApplication.translate("CaseView", u"People", None))
#if QT_CONFIG(accessibility)
        self.consultations_table.setAccessibleName(QCoreApplication.translate("CaseView", u"Consultations", None))
#endif // QT_CONFIG(accessibility)
        self.add_consultation_button.setText(QCoreApplication.translate("CaseView", u"&Record consultation\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_consultation_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Record a consultation", None))
#endif // QT_CONFIG(accessibility)
        self.edit_consultation_button.setText(QCoreApplication.translate("CaseView", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_consultation_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Edit the selected consultation", None))
#endif // QT_CONFIG(accessibility)
        self.delete_consultation_button.setText(QCoreApplication.translate("CaseView", u"&Delete", None))
#if QT_CONFIG(accessibility)
        self.delete_consultation_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Delete the selected consultation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minutes_label.setAccessibleName(QCoreApplication.translate("CaseView", u"Consultation time", None))
#endif // QT_CONFIG(accessibility)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.consultations_tab), QCoreApplication.translate("CaseView", u"Consultations", None))
#if QT_CONFIG(accessibility)
        self.documents_table.setAccessibleName(QCoreApplication.translate("CaseView", u"Document checklist", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("CaseView", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("CaseView", u"Status of the selected document", None))
#endif // QT_CONFIG(accessibility)
        self.status_date_label.setText(QCoreApplication.translate("CaseView", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.status_date_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Date of the status", None))
#endif // QT_CONFIG(accessibility)
        self.status_date_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"DD.MM.YYYY", None))
        self.set_status_button.setText(QCoreApplication.translate("CaseView", u"&Set status", None))
#if QT_CONFIG(accessibility)
        self.set_status_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Set the status of the selected document", None))
#endif // QT_CONFIG(accessibility)
        self.attach_button.setText(QCoreApplication.translate("CaseView", u"Attach f&ile\u2026", None))
#if QT_CONFIG(accessibility)
        self.attach_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Attach a file to the selected document", None))
#endif // QT_CONFIG(accessibility)
        self.open_file_button.setText(QCoreApplication.translate("CaseView", u"&Open file", None))
#if QT_CONFIG(accessibility)
        self.open_file_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Open the file of the selected document", None))
#endif // QT_CONFIG(accessibility)
        self.add_document_label.setText(QCoreApplication.translate("CaseView", u"Add to chec&klist", None))
#if QT_CONFIG(accessibility)
        self.add_document_combo.setAccessibleName(QCoreApplication.translate("CaseView", u"Document to add to the checklist", None))
#endif // QT_CONFIG(accessibility)
        self.add_document_button.setText(QCoreApplication.translate("CaseView", u"Add", None))
#if QT_CONFIG(accessibility)
        self.add_document_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Add the document to the checklist", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.documents_hint_label.setAccessibleName(QCoreApplication.translate("CaseView", u"What is still missing", None))
#endif // QT_CONFIG(accessibility)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.documents_tab), QCoreApplication.translate("CaseView", u"Documents", None))
        self.income_label.setText(QCoreApplication.translate("CaseView", u"Household &income / month", None))
#if QT_CONFIG(accessibility)
        self.income_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Household income per month in euros", None))
#endif // QT_CONFIG(accessibility)
        self.income_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"e.g. 1.450,00", None))
        self.expenses_label.setText(QCoreApplication.translate("CaseView", u"Household &expenses / month", None))
#if QT_CONFIG(accessibility)
        self.expenses_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Household expenses per month in euros", None))
#endif // QT_CONFIG(accessibility)
        self.expenses_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"e.g. 1.100,00", None))
        self.surplus_label.setText(QCoreApplication.translate("CaseView", u"Business s&urplus / month", None))
#if QT_CONFIG(accessibility)
        self.surplus_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Monthly surplus of the business in euros (may be negative)", None))
#endif // QT_CONFIG(accessibility)
        self.surplus_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"e.g. 600,00", None))
        self.term_label.setText(QCoreApplication.translate("CaseView", u"Term (months)", None))
#if QT_CONFIG(accessibility)
        self.term_spin.setAccessibleName(QCoreApplication.translate("CaseView", u"Planned term in months", None))
#endif // QT_CONFIG(accessibility)
        self.grace_label.setText(QCoreApplication.translate("CaseView", u"Repayment-free &months", None))
#if QT_CONFIG(accessibility)
        self.grace_spin.setAccessibleName(QCoreApplication.translate("CaseView", u"Repayment-free months", None))
#endif // QT_CONFIG(accessibility)
        self.save_affordability_button.setText(QCoreApplication.translate("CaseView", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.save_affordability_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Save the household budget", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verdict_label.setAccessibleName(QCoreApplication.translate("CaseView", u"Affordability verdict", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.plan_table.setAccessibleName(QCoreApplication.translate("CaseView", u"Instalment plan", None))
#endif // QT_CONFIG(accessibility)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.affordability_tab), QCoreApplication.translate("CaseView", u"Affordability", None))
        self.recommendation_group.setTitle(QCoreApplication.translate("CaseView", u"Recommendation to the lender", None))
        self.rec_amount_label.setText(QCoreApplication.translate("CaseView", u"&Amount (EUR)", None))
#if QT_CONFIG(accessibility)
        self.rec_amount_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Recommended amount in euros", None))
#endif // QT_CONFIG(accessibility)
        self.rec_amount_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"e.g. 8.500,00", None))
        self.rec_term_label.setText(QCoreApplication.translate("CaseView", u"Term (months)", None))
#if QT_CONFIG(accessibility)
        self.rec_term_spin.setAccessibleName(QCoreApplication.translate("CaseView", u"Recommended term in months", None))
#endif // QT_CONFIG(accessibility)
        self.rec_grace_label.setText(QCoreApplication.translate("CaseView", u"Repayment-free &months", None))
#if QT_CONFIG(accessibility)
        self.rec_grace_spin.setAccessibleName(QCoreApplication.translate("CaseView", u"Recommended repayment-free months", None))
#endif // QT_CONFIG(accessibility)
        self.rec_date_label.setText(QCoreApplication.translate("CaseView", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.rec_date_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Date of the recommendation", None))
#endif // QT_CONFIG(accessibility)
        self.rec_date_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"DD.MM.YYYY", None))
        self.lender_label.setText(QCoreApplication.translate("CaseView", u"Lende&r", None))
#if QT_CONFIG(accessibility)
        self.lender_combo.setAccessibleName(QCoreApplication.translate("CaseView", u"Lender", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText(QCoreApplication.translate("CaseView", u"Assessment s&ummary", None))
#if QT_CONFIG(accessibility)
        self.summary_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Assessment summary for the lender", None))
#endif // QT_CONFIG(accessibility)
        self.save_recommendation_button.setText(QCoreApplication.translate("CaseView", u"Save rec&ommendation", None))
#if QT_CONFIG(accessibility)
        self.save_recommendation_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Save the recommendation", None))
#endif // QT_CONFIG(accessibility)
        self.sign_off_button.setText(QCoreApplication.translate("CaseView", u"Si&gn off (second person)", None))
#if QT_CONFIG(accessibility)
        self.sign_off_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Sign off the recommendation", None))
#endif // QT_CONFIG(accessibility)
        self.letter_button.setText(QCoreApplication.translate("CaseView", u"Recommendation letter (&PDF)\u2026", None))
#if QT_CONFIG(accessibility)
        self.letter_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Create the recommendation letter as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.package_button.setText(QCoreApplication.translate("CaseView", u"Pac&kage for the lender\u2026", None))
#if QT_CONFIG(accessibility)
        self.package_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Export the recommendation package for the lender", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recommendation_status_label.setAccessibleName(QCoreApplication.translate("CaseView", u"State of the recommendation", None))
#endif // QT_CONFIG(accessibility)
        self.decision_group.setTitle(QCoreApplication.translate("CaseView", u"Lender's decision and payout", None))
        self.decision_label.setText(QCoreApplication.translate("CaseView", u"D&ecision", None))
#if QT_CONFIG(accessibility)
        self.decision_combo.setAccessibleName(QCoreApplication.translate("CaseView", u"Lender's decision", None))
#endif // QT_CONFIG(accessibility)
        self.decided_label.setText(QCoreApplication.translate("CaseView", u"Decided on", None))
#if QT_CONFIG(accessibility)
        self.decided_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Date of the lender's decision", None))
#endif // QT_CONFIG(accessibility)
        self.decided_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"DD.MM.YYYY", None))
        self.loan_amount_label.setText(QCoreApplication.translate("CaseView", u"Approved amount", None))
#if QT_CONFIG(accessibility)
        self.loan_amount_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Approved amount in euros (empty: as recommended)", None))
#endif // QT_CONFIG(accessibility)
        self.loan_amount_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"as recommended", None))
        self.conditions_label.setText(QCoreApplication.translate("CaseView", u"Condition&s", None))
#if QT_CONFIG(accessibility)
        self.conditions_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Conditions of the lender", None))
#endif // QT_CONFIG(accessibility)
        self.record_decision_button.setText(QCoreApplication.translate("CaseView", u"Record dec&ision", None))
#if QT_CONFIG(accessibility)
        self.record_decision_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Record the lender's decision", None))
#endif // QT_CONFIG(accessibility)
        self.payout_label.setText(QCoreApplication.translate("CaseView", u"Paid out on", None))
#if QT_CONFIG(accessibility)
        self.payout_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Date of the payout", None))
#endif // QT_CONFIG(accessibility)
        self.payout_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"DD.MM.YYYY", None))
        self.record_payout_button.setText(QCoreApplication.translate("CaseView", u"Record pa&yout", None))
#if QT_CONFIG(accessibility)
        self.record_payout_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Record the payout", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.loan_status_label.setAccessibleName(QCoreApplication.translate("CaseView", u"State of the loan", None))
#endif // QT_CONFIG(accessibility)
        self.monitoring_group.setTitle(QCoreApplication.translate("CaseView", u"Monthly monitoring", None))
#if QT_CONFIG(accessibility)
        self.repayments_table.setAccessibleName(QCoreApplication.translate("CaseView", u"Repayment months", None))
#endif // QT_CONFIG(accessibility)
        self.month_label.setText(QCoreApplication.translate("CaseView", u"Month", None))
#if QT_CONFIG(accessibility)
        self.month_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Month monitored", None))
#endif // QT_CONFIG(accessibility)
        self.month_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"MM.YYYY", None))
        self.repayment_status_label.setText(QCoreApplication.translate("CaseView", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.repayment_status_combo.setAccessibleName(QCoreApplication.translate("CaseView", u"Repayment status", None))
#endif // QT_CONFIG(accessibility)
        self.arrears_label.setText(QCoreApplication.translate("CaseView", u"Arrears (EUR)", None))
#if QT_CONFIG(accessibility)
        self.arrears_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Amount in arrears in euros", None))
#endif // QT_CONFIG(accessibility)
        self.record_repayment_button.setText(QCoreApplication.translate("CaseView", u"Record month", None))
#if QT_CONFIG(accessibility)
        self.record_repayment_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Record the month", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.follow_up_loan_label.setAccessibleName(QCoreApplication.translate("CaseView", u"When a follow-up loan becomes possible", None))
#endif // QT_CONFIG(accessibility)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.recommendation_tab), QCoreApplication.translate("CaseView", u"Recommendation and loan", None))
#if QT_CONFIG(accessibility)
        self.jobs_table.setAccessibleName(QCoreApplication.translate("CaseView", u"Jobs created and secured", None))
#endif // QT_CONFIG(accessibility)
        self.jobs_group.setTitle(QCoreApplication.translate("CaseView", u"Record a count", None))
        self.occasion_label.setText(QCoreApplication.translate("CaseView", u"&When", None))
#if QT_CONFIG(accessibility)
        self.occasion_combo.setAccessibleName(QCoreApplication.translate("CaseView", u"Occasion of the count", None))
#endif // QT_CONFIG(accessibility)
        self.jobs_date_label.setText(QCoreApplication.translate("CaseView", u"Counted &on", None))
#if QT_CONFIG(accessibility)
        self.jobs_date_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Date of the count", None))
#endif // QT_CONFIG(accessibility)
        self.jobs_date_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"DD.MM.YYYY", None))
        self.created_heads_label.setText(QCoreApplication.translate("CaseView", u"Jobs c&reated (people)", None))
#if QT_CONFIG(accessibility)
        self.created_heads_spin.setAccessibleName(QCoreApplication.translate("CaseView", u"Jobs created, people", None))
#endif // QT_CONFIG(accessibility)
        self.created_fte_label.setText(QCoreApplication.translate("CaseView", u"Created (FT&E)", None))
#if QT_CONFIG(accessibility)
        self.created_fte_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Jobs created, full-time equivalents", None))
#endif // QT_CONFIG(accessibility)
        self.created_fte_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"e.g. 1,5", None))
        self.secured_heads_label.setText(QCoreApplication.translate("CaseView", u"Jobs &secured (people)", None))
#if QT_CONFIG(accessibility)
        self.secured_heads_spin.setAccessibleName(QCoreApplication.translate("CaseView", u"Jobs secured, people", None))
#endif // QT_CONFIG(accessibility)
        self.secured_fte_label.setText(QCoreApplication.translate("CaseView", u"Secured (F&TE)", None))
#if QT_CONFIG(accessibility)
        self.secured_fte_edit.setAccessibleName(QCoreApplication.translate("CaseView", u"Jobs secured, full-time equivalents", None))
#endif // QT_CONFIG(accessibility)
        self.secured_fte_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"e.g. 1,0", None))
        self.record_jobs_button.setText(QCoreApplication.translate("CaseView", u"Record co&unt", None))
#if QT_CONFIG(accessibility)
        self.record_jobs_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Record the jobs count", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.jobs_due_label.setAccessibleName(QCoreApplication.translate("CaseView", u"Jobs counts due", None))
#endif // QT_CONFIG(accessibility)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.jobs_tab), QCoreApplication.translate("CaseView", u"Jobs", None))
#if QT_CONFIG(accessibility)
        self.timeline_list.setAccessibleName(QCoreApplication.translate("CaseView", u"Everything that happened in this case", None))
#endif // QT_CONFIG(accessibility)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.timeline_tab), QCoreApplication.translate("CaseView", u"Timeline", None))
        pass
    # retranslateUi

