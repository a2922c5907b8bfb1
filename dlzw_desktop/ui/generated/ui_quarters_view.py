# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quarters_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_QuartersView(object):
    def setupUi(self, QuartersView):
        if not QuartersView.objectName():
            QuartersView.setObjectName(u"QuartersView")
        self.main_layout = QVBoxLayout(QuartersView)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.title_label = QLabel(QuartersView)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(QuartersView)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.intro_label)

        self.section_tabs = QTabWidget(QuartersView)
        self.section_tabs.setObjectName(u"section_tabs")
        self.quarters_tab = QWidget()
        self.quarters_tab.setObjectName(u"quarters_tab")
        self.quarters_tab_layout = QVBoxLayout(self.quarters_tab)
        self.quarters_tab_layout.setObjectName(u"quarters_tab_layout")
        self.quarters_toolbar_layout = QHBoxLayout()
        self.quarters_toolbar_layout.setObjectName(u"quarters_toolbar_layout")
        self.status_filter_label = QLabel(self.quarters_tab)
        self.status_filter_label.setObjectName(u"status_filter_label")

        self.quarters_toolbar_layout.addWidget(self.status_filter_label)

        self.status_filter_combo = QComboBox(self.quarters_tab)
        self.status_filter_combo.setObjectName(u"status_filter_combo")

        self.quarters_toolbar_layout.addWidget(self.status_filter_combo)

        self.quarters_toolbar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quarters_toolbar_layout.addItem(self.quarters_toolbar_spacer)

        self.new_quarter_button = QPushButton(self.quarters_tab)
        self.new_quarter_button.setObjectName(u"new_quarter_button")

        self.quarters_toolbar_layout.addWidget(self.new_quarter_button)

        self.edit_quarter_button = QPushButton(self.quarters_tab)
        self.edit_quarter_button.setObjectName(u"edit_quarter_button")

        self.quarters_toolbar_layout.addWidget(self.edit_quarter_button)

        self.delete_quarter_button = QPushButton(self.quarters_tab)
        self.delete_quarter_button.setObjectName(u"delete_quarter_button")

        self.quarters_toolbar_layout.addWidget(self.delete_quarter_button)


        self.quarters_tab_layout.addLayout(self.quarters_toolbar_layout)

        self.quarters_splitter = QSplitter(self.quarters_tab)
        self.quarters_splitter.setObjectName(u"quarters_splitter")
        self.quarters_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.quarters_splitter.setChildrenCollapsible(False)
        self.quarters_table = QTableView(self.quarters_splitter)
        self.quarters_table.setObjectName(u"quarters_table")
        self.quarters_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quarters_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.quarters_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quarters_table.setAlternatingRowColors(True)
        self.quarters_splitter.addWidget(self.quarters_table)
        self.quarter_page_widget = QWidget(self.quarters_splitter)
        self.quarter_page_widget.setObjectName(u"quarter_page_widget")
        self.quarter_page_layout = QVBoxLayout(self.quarter_page_widget)
        self.quarter_page_layout.setObjectName(u"quarter_page_layout")
        self.quarter_page_layout.setContentsMargins(0, 0, 0, 0)
        self.quarter_title_label = QLabel(self.quarter_page_widget)
        self.quarter_title_label.setObjectName(u"quarter_title_label")
        self.quarter_title_label.setWordWrap(True)
        self.quarter_title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.quarter_page_layout.addWidget(self.quarter_title_label)

        self.quarter_summary_label = QLabel(self.quarter_page_widget)
        self.quarter_summary_label.setObjectName(u"quarter_summary_label")
        self.quarter_summary_label.setWordWrap(True)
        self.quarter_summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.quarter_page_layout.addWidget(self.quarter_summary_label)

        self.goals_group = QGroupBox(self.quarter_page_widget)
        self.goals_group.setObjectName(u"goals_group")
        self.goals_layout = QGridLayout(self.goals_group)
        self.goals_layout.setObjectName(u"goals_layout")
        self.lwsi_caption_label = QLabel(self.goals_group)
        self.lwsi_caption_label.setObjectName(u"lwsi_caption_label")

        self.goals_layout.addWidget(self.lwsi_caption_label, 0, 0, 1, 1)

        self.lwsi_value_label = QLabel(self.goals_group)
        self.lwsi_value_label.setObjectName(u"lwsi_value_label")
        self.lwsi_value_label.setWordWrap(True)
        self.lwsi_value_label.setTextFormat(Qt.TextFormat.PlainText)

        self.goals_layout.addWidget(self.lwsi_value_label, 0, 1, 1, 2)

        self.reactivated_caption_label = QLabel(self.goals_group)
        self.reactivated_caption_label.setObjectName(u"reactivated_caption_label")

        self.goals_layout.addWidget(self.reactivated_caption_label, 1, 0, 1, 1)

        self.reactivated_bar = QProgressBar(self.goals_group)
        self.reactivated_bar.setObjectName(u"reactivated_bar")
        self.reactivated_bar.setTextVisible(False)

        self.goals_layout.addWidget(self.reactivated_bar, 1, 1, 1, 1)

        self.reactivated_value_label = QLabel(self.goals_group)
        self.reactivated_value_label.setObjectName(u"reactivated_value_label")

        self.goals_layout.addWidget(self.reactivated_value_label, 1, 2, 1, 1)

        self.loans_caption_label = QLabel(self.goals_group)
        self.loans_caption_label.setObjectName(u"loans_caption_label")

        self.goals_layout.addWidget(self.loans_caption_label, 2, 0, 1, 1)

        self.loans_bar = QProgressBar(self.goals_group)
        self.loans_bar.setObjectName(u"loans_bar")
        self.loans_bar.setTextVisible(False)

        self.goals_layout.addWidget(self.loans_bar, 2, 1, 1, 1)

        self.loans_value_label = QLabel(self.goals_group)
        self.loans_value_label.setObjectName(u"loans_value_label")

        self.goals_layout.addWidget(self.loans_value_label, 2, 2, 1, 1)

        self.jobs_caption_label = QLabel(self.goals_group)
        self.jobs_caption_label.setObjectName(u"jobs_caption_label")

        self.goals_layout.addWidget(self.jobs_caption_label, 3, 0, 1, 1)

        self.jobs_bar = QProgressBar(self.goals_group)
        self.jobs_bar.setObjectName(u"jobs_bar")
        self.jobs_bar.setTextVisible(False)

        self.goals_layout.addWidget(self.jobs_bar, 3, 1, 1, 1)

        self.jobs_value_label = QLabel(self.goals_group)
        self.jobs_value_label.setObjectName(u"jobs_value_label")

        self.goals_layout.addWidget(self.jobs_value_label, 3, 2, 1, 1)


        self.quarter_page_layout.addWidget(self.goals_group)

        self.contents_tabs = QTabWidget(self.quarter_page_widget)
        self.contents_tabs.setObjectName(u"contents_tabs")
        self.cases_page = QWidget()
        self.cases_page.setObjectName(u"cases_page")
        self.cases_page_layout = QVBoxLayout(self.cases_page)
        self.cases_page_layout.setObjectName(u"cases_page_layout")
        self.cases_table = QTableView(self.cases_page)
        self.cases_table.setObjectName(u"cases_table")
        self.cases_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases_table.setAlternatingRowColors(True)

        self.cases_page_layout.addWidget(self.cases_table)

        self.contents_tabs.addTab(self.cases_page, "")
        self.businesses_page = QWidget()
        self.businesses_page.setObjectName(u"businesses_page")
        self.businesses_page_layout = QVBoxLayout(self.businesses_page)
        self.businesses_page_layout.setObjectName(u"businesses_page_layout")
        self.businesses_table = QTableView(self.businesses_page)
        self.businesses_table.setObjectName(u"businesses_table")
        self.businesses_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.businesses_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.businesses_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.businesses_table.setAlternatingRowColors(True)

        self.businesses_page_layout.addWidget(self.businesses_table)

        self.contents_tabs.addTab(self.businesses_page, "")
        self.properties_page = QWidget()
        self.properties_page.setObjectName(u"properties_page")
        self.properties_page_layout = QVBoxLayout(self.properties_page)
        self.properties_page_layout.setObjectName(u"properties_page_layout")
        self.properties_table = QTableView(self.properties_page)
        self.properties_table.setObjectName(u"properties_table")
        self.properties_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.properties_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.properties_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.properties_table.setAlternatingRowColors(True)

        self.properties_page_layout.addWidget(self.properties_table)

        self.contents_tabs.addTab(self.properties_page, "")
        self.days_page = QWidget()
        self.days_page.setObjectName(u"days_page")
        self.days_page_layout = QVBoxLayout(self.days_page)
        self.days_page_layout.setObjectName(u"days_page_layout")
        self.days_table = QTableView(self.days_page)
        self.days_table.setObjectName(u"days_table")
        self.days_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.days_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.days_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days_table.setAlternatingRowColors(True)

        self.days_page_layout.addWidget(self.days_table)

        self.contents_tabs.addTab(self.days_page, "")
        self.quarter_initiatives_page = QWidget()
        self.quarter_initiatives_page.setObjectName(u"quarter_initiatives_page")
        self.quarter_initiatives_page_layout = QVBoxLayout(self.quarter_initiatives_page)
        self.quarter_initiatives_page_layout.setObjectName(u"quarter_initiatives_page_layout")
        self.quarter_initiatives_table = QTableView(self.quarter_initiatives_page)
        self.quarter_initiatives_table.setObjectName(u"quarter_initiatives_table")
        self.quarter_initiatives_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quarter_initiatives_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.quarter_initiatives_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quarter_initiatives_table.setAlternatingRowColors(True)

        self.quarter_initiatives_page_layout.addWidget(self.quarter_initiatives_table)

        self.contents_tabs.addTab(self.quarter_initiatives_page, "")

        self.quarter_page_layout.addWidget(self.contents_tabs)

        self.quarters_splitter.addWidget(self.quarter_page_widget)

        self.quarters_tab_layout.addWidget(self.quarters_splitter)

        self.section_tabs.addTab(self.quarters_tab, "")
        self.initiatives_tab = QWidget()
        self.initiatives_tab.setObjectName(u"initiatives_tab")
        self.initiatives_tab_layout = QVBoxLayout(self.initiatives_tab)
        self.initiatives_tab_layout.setObjectName(u"initiatives_tab_layout")
        self.initiatives_toolbar_layout = QHBoxLayout()
        self.initiatives_toolbar_layout.setObjectName(u"initiatives_toolbar_layout")
        self.initiative_quarter_label = QLabel(self.initiatives_tab)
        self.initiative_quarter_label.setObjectName(u"initiative_quarter_label")

        self.initiatives_toolbar_layout.addWidget(self.initiative_quarter_label)

        self.initiative_quarter_combo = QComboBox(self.initiatives_tab)
        self.initiative_quarter_combo.setObjectName(u"initiative_quarter_combo")

        self.initiatives_toolbar_layout.addWidget(self.initiative_quarter_combo)

        self.initiatives_toolbar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.initiatives_toolbar_layout.addItem(self.initiatives_toolbar_spacer)

        self.new_initiative_button = QPushButton(self.initiatives_tab)
        self.new_initiative_button.setObjectName(u"new_initiative_button")

        self.initiatives_toolbar_layout.addWidget(self.new_initiative_button)

        self.edit_initiative_button = QPushButton(self.initiatives_tab)
        self.edit_initiative_button.setObjectName(u"edit_initiative_button")

        self.initiatives_toolbar_layout.addWidget(self.edit_initiative_button)

        self.delete_initiative_button = QPushButton(self.initiatives_tab)
        self.delete_initiative_button.setObjectName(u"delete_initiative_button")

        self.initiatives_toolbar_layout.addWidget(self.delete_initiative_button)


        self.initiatives_tab_layout.addLayout(self.initiatives_toolbar_layout)

        self.initiatives_splitter = QSplitter(self.initiatives_tab)
        self.initiatives_splitter.setObjectName(u"initiatives_splitter")
        self.initiatives_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.initiatives_splitter.setChildrenCollapsible(False)
        self.initiatives_table = QTableView(self.initiatives_splitter)
        self.initiatives_table.setObjectName(u"initiatives_table")
        self.initiatives_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.initiatives_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.initiatives_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.initiatives_table.setAlternatingRowColors(True)
        self.initiatives_splitter.addWidget(self.initiatives_table)
        self.initiative_page_widget = QWidget(self.initiatives_splitter)
        self.initiative_page_widget.setObjectName(u"initiative_page_widget")
        self.initiative_page_layout = QVBoxLayout(self.initiative_page_widget)
        self.initiative_page_layout.setObjectName(u"initiative_page_layout")
        self.initiative_page_layout.setContentsMargins(0, 0, 0, 0)
        self.initiative_title_label = QLabel(self.initiative_page_widget)
        self.initiative_title_label.setObjectName(u"initiative_title_label")
        self.initiative_title_label.setWordWrap(True)
        self.initiative_title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.initiative_page_layout.addWidget(self.initiative_title_label)

        self.initiative_summary_label = QLabel(self.initiative_page_widget)
        self.initiative_summary_label.setObjectName(u"initiative_summary_label")
        self.initiative_summary_label.setWordWrap(True)
        self.initiative_summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.initiative_page_layout.addWidget(self.initiative_summary_label)

        self.initiative_tabs = QTabWidget(self.initiative_page_widget)
        self.initiative_tabs.setObjectName(u"initiative_tabs")
        self.members_page = QWidget()
        self.members_page.setObjectName(u"members_page")
        self.members_page_layout = QVBoxLayout(self.members_page)
        self.members_page_layout.setObjectName(u"members_page_layout")
        self.members_table = QTableView(self.members_page)
        self.members_table.setObjectName(u"members_table")
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.setAlternatingRowColors(True)

        self.members_page_layout.addWidget(self.members_table)

        self.members_buttons_layout = QHBoxLayout()
        self.members_buttons_layout.setObjectName(u"members_buttons_layout")
        self.add_member_button = QPushButton(self.members_page)
        self.add_member_button.setObjectName(u"add_member_button")

        self.members_buttons_layout.addWidget(self.add_member_button)

        self.edit_member_button = QPushButton(self.members_page)
        self.edit_member_button.setObjectName(u"edit_member_button")

        self.members_buttons_layout.addWidget(self.edit_member_button)

        self.remove_member_button = QPushButton(self.members_page)
        self.remove_member_button.setObjectName(u"remove_member_button")

        self.members_buttons_layout.addWidget(self.remove_member_button)

        self.members_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.members_buttons_layout.addItem(self.members_buttons_spacer)

        self.export_members_button = QPushButton(self.members_page)
        self.export_members_button.setObjectName(u"export_members_button")

        self.members_buttons_layout.addWidget(self.export_members_button)

        self.export_invitations_button = QPushButton(self.members_page)
        self.export_invitations_button.setObjectName(u"export_invitations_button")

        self.members_buttons_layout.addWidget(self.export_invitations_button)


        self.members_page_layout.addLayout(self.members_buttons_layout)

        self.initiative_tabs.addTab(self.members_page, "")
        self.meetings_page = QWidget()
        self.meetings_page.setObjectName(u"meetings_page")
        self.meetings_page_layout = QVBoxLayout(self.meetings_page)
        self.meetings_page_layout.setObjectName(u"meetings_page_layout")
        self.meetings_table = QTableView(self.meetings_page)
        self.meetings_table.setObjectName(u"meetings_table")
        self.meetings_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetings_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetings_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meetings_table.setAlternatingRowColors(True)

        self.meetings_page_layout.addWidget(self.meetings_table)

        self.meetings_buttons_layout = QHBoxLayout()
        self.meetings_buttons_layout.setObjectName(u"meetings_buttons_layout")
        self.new_meeting_button = QPushButton(self.meetings_page)
        self.new_meeting_button.setObjectName(u"new_meeting_button")

        self.meetings_buttons_layout.addWidget(self.new_meeting_button)

        self.edit_meeting_button = QPushButton(self.meetings_page)
        self.edit_meeting_button.setObjectName(u"edit_meeting_button")

        self.meetings_buttons_layout.addWidget(self.edit_meeting_button)

        self.delete_meeting_button = QPushButton(self.meetings_page)
        self.delete_meeting_button.setObjectName(u"delete_meeting_button")

        self.meetings_buttons_layout.addWidget(self.delete_meeting_button)

        self.meetings_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meetings_buttons_layout.addItem(self.meetings_buttons_spacer)

        self.minutes_pdf_button = QPushButton(self.meetings_page)
        self.minutes_pdf_button.setObjectName(u"minutes_pdf_button")

        self.meetings_buttons_layout.addWidget(self.minutes_pdf_button)


        self.meetings_page_layout.addLayout(self.meetings_buttons_layout)

        self.initiative_tabs.addTab(self.meetings_page, "")
        self.reminders_page = QWidget()
        self.reminders_page.setObjectName(u"reminders_page")
        self.reminders_page_layout = QVBoxLayout(self.reminders_page)
        self.reminders_page_layout.setObjectName(u"reminders_page_layout")
        self.reminders_table = QTableView(self.reminders_page)
        self.reminders_table.setObjectName(u"reminders_table")
        self.reminders_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reminders_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reminders_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reminders_table.setAlternatingRowColors(True)

        self.reminders_page_layout.addWidget(self.reminders_table)

        self.reminders_buttons_layout = QHBoxLayout()
        self.reminders_buttons_layout.setObjectName(u"reminders_buttons_layout")
        self.reminder_done_button = QPushButton(self.reminders_page)
        self.reminder_done_button.setObjectName(u"reminder_done_button")

        self.reminders_buttons_layout.addWidget(self.reminder_done_button)

        self.show_done_check = QCheckBox(self.reminders_page)
        self.show_done_check.setObjectName(u"show_done_check")

        self.reminders_buttons_layout.addWidget(self.show_done_check)

        self.reminders_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reminders_buttons_layout.addItem(self.reminders_buttons_spacer)


        self.reminders_page_layout.addLayout(self.reminders_buttons_layout)

        self.initiative_tabs.addTab(self.reminders_page, "")

        self.initiative_page_layout.addWidget(self.initiative_tabs)

        self.initiatives_splitter.addWidget(self.initiative_page_widget)

        self.initiatives_tab_layout.addWidget(self.initiatives_splitter)

        self.section_tabs.addTab(self.initiatives_tab, "")
        self.economy_tab = QWidget()
        self.economy_tab.setObjectName(u"economy_tab")
        self.economy_tab_layout = QVBoxLayout(self.economy_tab)
        self.economy_tab_layout.setObjectName(u"economy_tab_layout")
        self.economy_toolbar_layout = QHBoxLayout()
        self.economy_toolbar_layout.setObjectName(u"economy_toolbar_layout")
        self.economy_quarter_label = QLabel(self.economy_tab)
        self.economy_quarter_label.setObjectName(u"economy_quarter_label")

        self.economy_toolbar_layout.addWidget(self.economy_quarter_label)

        self.economy_quarter_combo = QComboBox(self.economy_tab)
        self.economy_quarter_combo.setObjectName(u"economy_quarter_combo")

        self.economy_toolbar_layout.addWidget(self.economy_quarter_combo)

        self.economy_toolbar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.economy_toolbar_layout.addItem(self.economy_toolbar_spacer)

        self.import_statistics_button = QPushButton(self.economy_tab)
        self.import_statistics_button.setObjectName(u"import_statistics_button")

        self.economy_toolbar_layout.addWidget(self.import_statistics_button)

        self.export_picture_button = QPushButton(self.economy_tab)
        self.export_picture_button.setObjectName(u"export_picture_button")

        self.economy_toolbar_layout.addWidget(self.export_picture_button)


        self.economy_tab_layout.addLayout(self.economy_toolbar_layout)

        self.economy_splitter = QSplitter(self.economy_tab)
        self.economy_splitter.setObjectName(u"economy_splitter")
        self.economy_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.economy_splitter.setChildrenCollapsible(False)
        self.economy_left_widget = QWidget(self.economy_splitter)
        self.economy_left_widget.setObjectName(u"economy_left_widget")
        self.economy_left_layout = QVBoxLayout(self.economy_left_widget)
        self.economy_left_layout.setObjectName(u"economy_left_layout")
        self.economy_left_layout.setContentsMargins(0, 0, 0, 0)
        self.economy_figures_table = QTableView(self.economy_left_widget)
        self.economy_figures_table.setObjectName(u"economy_figures_table")
        self.economy_figures_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.economy_figures_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.economy_figures_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.economy_figures_table.setAlternatingRowColors(True)

        self.economy_left_layout.addWidget(self.economy_figures_table)

        self.languages_table = QTableView(self.economy_left_widget)
        self.languages_table.setObjectName(u"languages_table")
        self.languages_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.languages_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.languages_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.languages_table.setAlternatingRowColors(True)

        self.economy_left_layout.addWidget(self.languages_table)

        self.economy_left_layout.setStretch(0, 3)
        self.economy_left_layout.setStretch(1, 2)
        self.economy_splitter.addWidget(self.economy_left_widget)
        self.economy_right_widget = QWidget(self.economy_splitter)
        self.economy_right_widget.setObjectName(u"economy_right_widget")
        self.economy_right_layout = QVBoxLayout(self.economy_right_widget)
        self.economy_right_layout.setObjectName(u"economy_right_layout")
        self.economy_right_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_container = QWidget(self.economy_right_widget)
        self.chart_container.setObjectName(u"chart_container")
        self.chart_container.setMinimumSize(QSize(320, 260))
        self.chart_layout = QVBoxLayout(self.chart_container)
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_layout.setContentsMargins(0, 0, 0, 0)

        self.economy_right_layout.addWidget(self.chart_container)

        self.references_table = QTableView(self.economy_right_widget)
        self.references_table.setObjectName(u"references_table")
        self.references_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.references_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.references_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.references_table.setAlternatingRowColors(True)

        self.economy_right_layout.addWidget(self.references_table)

        self.statistics_label = QLabel(self.economy_right_widget)
        self.statistics_label.setObjectName(u"statistics_label")
        self.statistics_label.setWordWrap(True)
        self.statistics_label.setTextFormat(Qt.TextFormat.PlainText)

        self.economy_right_layout.addWidget(self.statistics_label)

        self.economy_splitter.addWidget(self.economy_right_widget)

        self.economy_tab_layout.addWidget(self.economy_splitter)

        self.section_tabs.addTab(self.economy_tab, "")

        self.main_layout.addWidget(self.section_tabs)

        self.status_label = QLabel(QuartersView)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.status_label)

#if QT_CONFIG(shortcut)
        self.status_filter_label.setBuddy(self.status_filter_combo)
        self.initiative_quarter_label.setBuddy(self.initiative_quarter_combo)
        self.economy_quarter_label.setBuddy(self.economy_quarter_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QuartersView)
    # setupUi

    def retranslateUi(self, QuartersView):
        self.title_label.setText(QCoreApplication.translate("QuartersView", u"Quarters & initiatives", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("QuartersView", u"Section title", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("QuartersView", u"Target quarters with their goals, local initiatives with their members and meetings, and the local economy picture of each quarter next to the city.", None))
#if QT_CONFIG(accessibility)
        self.intro_label.setAccessibleName(QCoreApplication.translate("QuartersView", u"Section introduction", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.section_tabs.setAccessibleName(QCoreApplication.translate("QuartersView", u"Quarters, initiatives and local economy", None))
#endif // QT_CONFIG(accessibility)
        self.status_filter_label.setText(QCoreApplication.translate("QuartersView", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status_filter_combo.setAccessibleName(QCoreApplication.translate("QuartersView", u"Show quarters with status", None))
#endif // QT_CONFIG(accessibility)
        self.new_quarter_button.setText(QCoreApplication.translate("QuartersView", u"&New quarter\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_quarter_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"New quarter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(shortcut)
        self.new_quarter_button.setShortcut(QCoreApplication.translate("QuartersView", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.edit_quarter_button.setText(QCoreApplication.translate("QuartersView", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_quarter_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Edit the selected quarter", None))
#endif // QT_CONFIG(accessibility)
        self.delete_quarter_button.setText(QCoreApplication.translate("QuartersView", u"Delete", None))
#if QT_CONFIG(accessibility)
        self.delete_quarter_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Delete the selected quarter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.quarters_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Quarters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.quarter_title_label.setAccessibleName(QCoreApplication.translate("QuartersView", u"Quarter name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.quarter_summary_label.setAccessibleName(QCoreApplication.translate("QuartersView", u"Quarter summary", None))
#endif // QT_CONFIG(accessibility)
        self.goals_group.setTitle(QCoreApplication.translate("QuartersView", u"Progress against the goals (since 1 January of the base year)", None))
        self.lwsi_caption_label.setText(QCoreApplication.translate("QuartersView", u"LWSI", None))
#if QT_CONFIG(accessibility)
        self.lwsi_value_label.setAccessibleName(QCoreApplication.translate("QuartersView", u"LWSI progress", None))
#endif // QT_CONFIG(accessibility)
        self.reactivated_caption_label.setText(QCoreApplication.translate("QuartersView", u"Reactivated units", None))
#if QT_CONFIG(accessibility)
        self.reactivated_bar.setAccessibleName(QCoreApplication.translate("QuartersView", u"Reactivated units against the goal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reactivated_value_label.setAccessibleName(QCoreApplication.translate("QuartersView", u"Reactivated units", None))
#endif // QT_CONFIG(accessibility)
        self.loans_caption_label.setText(QCoreApplication.translate("QuartersView", u"Recommended loans", None))
#if QT_CONFIG(accessibility)
        self.loans_bar.setAccessibleName(QCoreApplication.translate("QuartersView", u"Recommended loans against the goal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.loans_value_label.setAccessibleName(QCoreApplication.translate("QuartersView", u"Recommended loans", None))
#endif // QT_CONFIG(accessibility)
        self.jobs_caption_label.setText(QCoreApplication.translate("QuartersView", u"Jobs created or secured", None))
#if QT_CONFIG(accessibility)
        self.jobs_bar.setAccessibleName(QCoreApplication.translate("QuartersView", u"Jobs against the goal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.jobs_value_label.setAccessibleName(QCoreApplication.translate("QuartersView", u"Jobs created or secured", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contents_tabs.setAccessibleName(QCoreApplication.translate("QuartersView", u"Everything in the quarter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.cases_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Cases in the quarter", None))
#endif // QT_CONFIG(accessibility)
        self.contents_tabs.setTabText(self.contents_tabs.indexOf(self.cases_page), QCoreApplication.translate("QuartersView", u"Cases", None))
#if QT_CONFIG(accessibility)
        self.businesses_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Businesses in the quarter", None))
#endif // QT_CONFIG(accessibility)
        self.contents_tabs.setTabText(self.contents_tabs.indexOf(self.businesses_page), QCoreApplication.translate("QuartersView", u"Businesses", None))
#if QT_CONFIG(accessibility)
        self.properties_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Properties in the quarter", None))
#endif // QT_CONFIG(accessibility)
        self.contents_tabs.setTabText(self.contents_tabs.indexOf(self.properties_page), QCoreApplication.translate("QuartersView", u"Properties", None))
#if QT_CONFIG(accessibility)
        self.days_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Consultation days in the quarter", None))
#endif // QT_CONFIG(accessibility)
        self.contents_tabs.setTabText(self.contents_tabs.indexOf(self.days_page), QCoreApplication.translate("QuartersView", u"Consultation days", None))
#if QT_CONFIG(accessibility)
        self.quarter_initiatives_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Initiatives in the quarter", None))
#endif // QT_CONFIG(accessibility)
        self.contents_tabs.setTabText(self.contents_tabs.indexOf(self.quarter_initiatives_page), QCoreApplication.translate("QuartersView", u"Initiatives", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.quarters_tab), QCoreApplication.translate("QuartersView", u"&Quarters", None))
        self.initiative_quarter_label.setText(QCoreApplication.translate("QuartersView", u"Q&uarter", None))
#if QT_CONFIG(accessibility)
        self.initiative_quarter_combo.setAccessibleName(QCoreApplication.translate("QuartersView", u"Show initiatives in quarter", None))
#endif // QT_CONFIG(accessibility)
        self.new_initiative_button.setText(QCoreApplication.translate("QuartersView", u"Ne&w initiative\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_initiative_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"New initiative", None))
#endif // QT_CONFIG(accessibility)
        self.edit_initiative_button.setText(QCoreApplication.translate("QuartersView", u"E&dit initiative\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_initiative_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Edit the selected initiative", None))
#endif // QT_CONFIG(accessibility)
        self.delete_initiative_button.setText(QCoreApplication.translate("QuartersView", u"Delete initiative", None))
#if QT_CONFIG(accessibility)
        self.delete_initiative_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Delete the selected initiative", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.initiatives_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Initiatives", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.initiative_title_label.setAccessibleName(QCoreApplication.translate("QuartersView", u"Initiative name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.initiative_summary_label.setAccessibleName(QCoreApplication.translate("QuartersView", u"Initiative summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.initiative_tabs.setAccessibleName(QCoreApplication.translate("QuartersView", u"Initiative details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.members_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Members", None))
#endif // QT_CONFIG(accessibility)
        self.add_member_button.setText(QCoreApplication.translate("QuartersView", u"&Add member\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_member_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Add a member", None))
#endif // QT_CONFIG(accessibility)
        self.edit_member_button.setText(QCoreApplication.translate("QuartersView", u"Chan&ge member\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_member_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Change the selected member", None))
#endif // QT_CONFIG(accessibility)
        self.remove_member_button.setText(QCoreApplication.translate("QuartersView", u"Remove member", None))
#if QT_CONFIG(accessibility)
        self.remove_member_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Remove the selected member", None))
#endif // QT_CONFIG(accessibility)
        self.export_members_button.setText(QCoreApplication.translate("QuartersView", u"Me&mber list (XLSX)\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_members_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Export the member list", None))
#endif // QT_CONFIG(accessibility)
        self.export_invitations_button.setText(QCoreApplication.translate("QuartersView", u"Invitati&on list (XLSX)\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_invitations_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Export the invitation list", None))
#endif // QT_CONFIG(accessibility)
        self.initiative_tabs.setTabText(self.initiative_tabs.indexOf(self.members_page), QCoreApplication.translate("QuartersView", u"Members", None))
#if QT_CONFIG(accessibility)
        self.meetings_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Meetings", None))
#endif // QT_CONFIG(accessibility)
        self.new_meeting_button.setText(QCoreApplication.translate("QuartersView", u"Record &meeting\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_meeting_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Record a meeting", None))
#endif // QT_CONFIG(accessibility)
        self.edit_meeting_button.setText(QCoreApplication.translate("QuartersView", u"Change meeting\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_meeting_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Change the selected meeting", None))
#endif // QT_CONFIG(accessibility)
        self.delete_meeting_button.setText(QCoreApplication.translate("QuartersView", u"Delete meeting", None))
#if QT_CONFIG(accessibility)
        self.delete_meeting_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Delete the selected meeting", None))
#endif // QT_CONFIG(accessibility)
        self.minutes_pdf_button.setText(QCoreApplication.translate("QuartersView", u"Minutes (&PDF)\u2026", None))
#if QT_CONFIG(accessibility)
        self.minutes_pdf_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Save the minutes of the selected meeting as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.initiative_tabs.setTabText(self.initiative_tabs.indexOf(self.meetings_page), QCoreApplication.translate("QuartersView", u"Meetings", None))
#if QT_CONFIG(accessibility)
        self.reminders_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Reminders of the initiative", None))
#endif // QT_CONFIG(accessibility)
        self.reminder_done_button.setText(QCoreApplication.translate("QuartersView", u"Mar&k as done", None))
#if QT_CONFIG(accessibility)
        self.reminder_done_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Mark the selected reminder as done", None))
#endif // QT_CONFIG(accessibility)
        self.show_done_check.setText(QCoreApplication.translate("QuartersView", u"Show done reminders", None))
#if QT_CONFIG(accessibility)
        self.show_done_check.setAccessibleName(QCoreApplication.translate("QuartersView", u"Show done reminders", None))
#endif // QT_CONFIG(accessibility)
        self.initiative_tabs.setTabText(self.initiative_tabs.indexOf(self.reminders_page), QCoreApplication.translate("QuartersView", u"Reminders", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.initiatives_tab), QCoreApplication.translate("QuartersView", u"&Initiatives", None))
        self.economy_quarter_label.setText(QCoreApplication.translate("QuartersView", u"Qu&arter", None))
#if QT_CONFIG(accessibility)
        self.economy_quarter_combo.setAccessibleName(QCoreApplication.translate("QuartersView", u"Quarter of the local economy picture", None))
#endif // QT_CONFIG(accessibility)
        self.import_statistics_button.setText(QCoreApplication.translate("QuartersView", u"Import district &statistics\u2026", None))
#if QT_CONFIG(accessibility)
        self.import_statistics_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Import district statistics", None))
#endif // QT_CONFIG(accessibility)
        self.export_picture_button.setText(QCoreApplication.translate("QuartersView", u"E&xport (XLSX)\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_picture_button.setAccessibleName(QCoreApplication.translate("QuartersView", u"Export the local economy picture", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.economy_figures_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Key figures of the quarter and the city", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languages_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Languages advice was given in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.references_table.setAccessibleName(QCoreApplication.translate("QuartersView", u"Reference figures from district statistics", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statistics_label.setAccessibleName(QCoreApplication.translate("QuartersView", u"District statistics in use", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.economy_tab), QCoreApplication.translate("QuartersView", u"&Local economy", None))
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("QuartersView", u"Result of the last action", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

