# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'properties_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget

from dlzw_desktop.ui.borough_map_widget import BoroughMapWidget

class Ui_PropertiesView(object):
    def setupUi(self, PropertiesView):
        if not PropertiesView.objectName():
            PropertiesView.setObjectName(u"PropertiesView")
        self.main_layout = QVBoxLayout(PropertiesView)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(12, 12, 12, 12)
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(PropertiesView)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.borough_filter_label = QLabel(PropertiesView)
        self.borough_filter_label.setObjectName(u"borough_filter_label")

        self.header_layout.addWidget(self.borough_filter_label)

        self.borough_filter_combo = QComboBox(PropertiesView)
        self.borough_filter_combo.setObjectName(u"borough_filter_combo")
        self.borough_filter_combo.setMinimumContentsLength(14)

        self.header_layout.addWidget(self.borough_filter_combo)

        self.search_label = QLabel(PropertiesView)
        self.search_label.setObjectName(u"search_label")

        self.header_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(PropertiesView)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.header_layout.addWidget(self.search_edit)

        self.refresh_button = QPushButton(PropertiesView)
        self.refresh_button.setObjectName(u"refresh_button")

        self.header_layout.addWidget(self.refresh_button)

        self.import_button = QPushButton(PropertiesView)
        self.import_button.setObjectName(u"import_button")

        self.header_layout.addWidget(self.import_button)

        self.settings_button = QPushButton(PropertiesView)
        self.settings_button.setObjectName(u"settings_button")

        self.header_layout.addWidget(self.settings_button)


        self.main_layout.addLayout(self.header_layout)

        self.filter_hint_label = QLabel(PropertiesView)
        self.filter_hint_label.setObjectName(u"filter_hint_label")
        self.filter_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.filter_hint_label)

        self.message_label = QLabel(PropertiesView)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setOpenExternalLinks(True)
        self.message_label.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.message_label)

        self.sections_tabs = QTabWidget(PropertiesView)
        self.sections_tabs.setObjectName(u"sections_tabs")
        self.properties_tab = QWidget()
        self.properties_tab.setObjectName(u"properties_tab")
        self.properties_tab_layout = QVBoxLayout(self.properties_tab)
        self.properties_tab_layout.setObjectName(u"properties_tab_layout")
        self.properties_toolbar = QHBoxLayout()
        self.properties_toolbar.setObjectName(u"properties_toolbar")
        self.new_property_button = QPushButton(self.properties_tab)
        self.new_property_button.setObjectName(u"new_property_button")

        self.properties_toolbar.addWidget(self.new_property_button)

        self.edit_property_button = QPushButton(self.properties_tab)
        self.edit_property_button.setObjectName(u"edit_property_button")

        self.properties_toolbar.addWidget(self.edit_property_button)

        self.status_button = QPushButton(self.properties_tab)
        self.status_button.setObjectName(u"status_button")

        self.properties_toolbar.addWidget(self.status_button)

        self.photos_button = QPushButton(self.properties_tab)
        self.photos_button.setObjectName(u"photos_button")

        self.properties_toolbar.addWidget(self.photos_button)

        self.expose_button = QPushButton(self.properties_tab)
        self.expose_button.setObjectName(u"expose_button")

        self.properties_toolbar.addWidget(self.expose_button)

        self.find_requests_button = QPushButton(self.properties_tab)
        self.find_requests_button.setObjectName(u"find_requests_button")

        self.properties_toolbar.addWidget(self.find_requests_button)

        self.properties_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.properties_toolbar.addItem(self.properties_spacer)

        self.property_status_label = QLabel(self.properties_tab)
        self.property_status_label.setObjectName(u"property_status_label")

        self.properties_toolbar.addWidget(self.property_status_label)

        self.property_status_combo = QComboBox(self.properties_tab)
        self.property_status_combo.setObjectName(u"property_status_combo")

        self.properties_toolbar.addWidget(self.property_status_combo)


        self.properties_tab_layout.addLayout(self.properties_toolbar)

        self.properties_splitter = QSplitter(self.properties_tab)
        self.properties_splitter.setObjectName(u"properties_splitter")
        self.properties_splitter.setOrientation(Qt.Orientation.Vertical)
        self.properties_splitter.setChildrenCollapsible(False)
        self.properties_table = QTableView(self.properties_splitter)
        self.properties_table.setObjectName(u"properties_table")
        self.properties_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.properties_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.properties_table.setSortingEnabled(True)
        self.properties_table.setAlternatingRowColors(True)
        self.properties_table.setWordWrap(False)
        self.properties_splitter.addWidget(self.properties_table)
        self.property_candidates_widget = QWidget(self.properties_splitter)
        self.property_candidates_widget.setObjectName(u"property_candidates_widget")
        self.property_candidates_layout = QVBoxLayout(self.property_candidates_widget)
        self.property_candidates_layout.setObjectName(u"property_candidates_layout")
        self.property_candidates_layout.setContentsMargins(0, 0, 0, 0)
        self.property_candidates_label = QLabel(self.property_candidates_widget)
        self.property_candidates_label.setObjectName(u"property_candidates_label")
        self.property_candidates_label.setWordWrap(True)

        self.property_candidates_layout.addWidget(self.property_candidates_label)

        self.property_candidates_table = QTableView(self.property_candidates_widget)
        self.property_candidates_table.setObjectName(u"property_candidates_table")
        self.property_candidates_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.property_candidates_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.property_candidates_table.setSortingEnabled(True)
        self.property_candidates_table.setAlternatingRowColors(True)
        self.property_candidates_table.setWordWrap(False)

        self.property_candidates_layout.addWidget(self.property_candidates_table)

        self.property_candidate_layout = QHBoxLayout()
        self.property_candidate_layout.setObjectName(u"property_candidate_layout")
        self.property_candidate_explanation_label = QLabel(self.property_candidates_widget)
        self.property_candidate_explanation_label.setObjectName(u"property_candidate_explanation_label")
        self.property_candidate_explanation_label.setWordWrap(True)
        self.property_candidate_explanation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.property_candidate_layout.addWidget(self.property_candidate_explanation_label)

        self.propose_request_button = QPushButton(self.property_candidates_widget)
        self.propose_request_button.setObjectName(u"propose_request_button")

        self.property_candidate_layout.addWidget(self.propose_request_button)

        self.property_candidate_layout.setStretch(0, 1)

        self.property_candidates_layout.addLayout(self.property_candidate_layout)

        self.properties_splitter.addWidget(self.property_candidates_widget)

        self.properties_tab_layout.addWidget(self.properties_splitter)

        self.sections_tabs.addTab(self.properties_tab, "")
        self.requests_tab = QWidget()
        self.requests_tab.setObjectName(u"requests_tab")
        self.requests_tab_layout = QVBoxLayout(self.requests_tab)
        self.requests_tab_layout.setObjectName(u"requests_tab_layout")
        self.requests_toolbar = QHBoxLayout()
        self.requests_toolbar.setObjectName(u"requests_toolbar")
        self.new_request_button = QPushButton(self.requests_tab)
        self.new_request_button.setObjectName(u"new_request_button")

        self.requests_toolbar.addWidget(self.new_request_button)

        self.edit_request_button = QPushButton(self.requests_tab)
        self.edit_request_button.setObjectName(u"edit_request_button")

        self.requests_toolbar.addWidget(self.edit_request_button)

        self.close_request_button = QPushButton(self.requests_tab)
        self.close_request_button.setObjectName(u"close_request_button")

        self.requests_toolbar.addWidget(self.close_request_button)

        self.find_properties_button = QPushButton(self.requests_tab)
        self.find_properties_button.setObjectName(u"find_properties_button")

        self.requests_toolbar.addWidget(self.find_properties_button)

        self.requests_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requests_toolbar.addItem(self.requests_spacer)

        self.request_status_label = QLabel(self.requests_tab)
        self.request_status_label.setObjectName(u"request_status_label")

        self.requests_toolbar.addWidget(self.request_status_label)

        self.request_status_combo = QComboBox(self.requests_tab)
        self.request_status_combo.setObjectName(u"request_status_combo")

        self.requests_toolbar.addWidget(self.request_status_combo)


        self.requests_tab_layout.addLayout(self.requests_toolbar)

        self.requests_splitter = QSplitter(self.requests_tab)
        self.requests_splitter.setObjectName(u"requests_splitter")
        self.requests_splitter.setOrientation(Qt.Orientation.Vertical)
        self.requests_splitter.setChildrenCollapsible(False)
        self.requests_table = QTableView(self.requests_splitter)
        self.requests_table.setObjectName(u"requests_table")
        self.requests_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requests_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requests_table.setSortingEnabled(True)
        self.requests_table.setAlternatingRowColors(True)
        self.requests_table.setWordWrap(False)
        self.requests_splitter.addWidget(self.requests_table)
        self.request_candidates_widget = QWidget(self.requests_splitter)
        self.request_candidates_widget.setObjectName(u"request_candidates_widget")
        self.request_candidates_layout = QVBoxLayout(self.request_candidates_widget)
        self.request_candidates_layout.setObjectName(u"request_candidates_layout")
        self.request_candidates_layout.setContentsMargins(0, 0, 0, 0)
        self.request_candidates_label = QLabel(self.request_candidates_widget)
        self.request_candidates_label.setObjectName(u"request_candidates_label")
        self.request_candidates_label.setWordWrap(True)

        self.request_candidates_layout.addWidget(self.request_candidates_label)

        self.request_candidates_table = QTableView(self.request_candidates_widget)
        self.request_candidates_table.setObjectName(u"request_candidates_table")
        self.request_candidates_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.request_candidates_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.request_candidates_table.setSortingEnabled(True)
        self.request_candidates_table.setAlternatingRowColors(True)
        self.request_candidates_table.setWordWrap(False)

        self.request_candidates_layout.addWidget(self.request_candidates_table)

        self.request_candidate_layout = QHBoxLayout()
        self.request_candidate_layout.setObjectName(u"request_candidate_layout")
        self.request_candidate_explanation_label = QLabel(self.request_candidates_widget)
        self.request_candidate_explanation_label.setObjectName(u"request_candidate_explanation_label")
        self.request_candidate_explanation_label.setWordWrap(True)
        self.request_candidate_explanation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.request_candidate_layout.addWidget(self.request_candidate_explanation_label)

        self.propose_property_button = QPushButton(self.request_candidates_widget)
        self.propose_property_button.setObjectName(u"propose_property_button")

        self.request_candidate_layout.addWidget(self.propose_property_button)

        self.request_candidate_layout.setStretch(0, 1)

        self.request_candidates_layout.addLayout(self.request_candidate_layout)

        self.requests_splitter.addWidget(self.request_candidates_widget)

        self.requests_tab_layout.addWidget(self.requests_splitter)

        self.sections_tabs.addTab(self.requests_tab, "")
        self.matches_tab = QWidget()
        self.matches_tab.setObjectName(u"matches_tab")
        self.matches_tab_layout = QVBoxLayout(self.matches_tab)
        self.matches_tab_layout.setObjectName(u"matches_tab_layout")
        self.matches_toolbar = QHBoxLayout()
        self.matches_toolbar.setObjectName(u"matches_toolbar")
        self.advance_match_button = QPushButton(self.matches_tab)
        self.advance_match_button.setObjectName(u"advance_match_button")

        self.matches_toolbar.addWidget(self.advance_match_button)

        self.reject_match_button = QPushButton(self.matches_tab)
        self.reject_match_button.setObjectName(u"reject_match_button")

        self.matches_toolbar.addWidget(self.reject_match_button)

        self.matches_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matches_toolbar.addItem(self.matches_spacer)

        self.match_stage_label = QLabel(self.matches_tab)
        self.match_stage_label.setObjectName(u"match_stage_label")

        self.matches_toolbar.addWidget(self.match_stage_label)

        self.match_stage_combo = QComboBox(self.matches_tab)
        self.match_stage_combo.setObjectName(u"match_stage_combo")

        self.matches_toolbar.addWidget(self.match_stage_combo)


        self.matches_tab_layout.addLayout(self.matches_toolbar)

        self.matches_table = QTableView(self.matches_tab)
        self.matches_table.setObjectName(u"matches_table")
        self.matches_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches_table.setSortingEnabled(True)
        self.matches_table.setAlternatingRowColors(True)
        self.matches_table.setWordWrap(False)

        self.matches_tab_layout.addWidget(self.matches_table)

        self.match_detail_label = QLabel(self.matches_tab)
        self.match_detail_label.setObjectName(u"match_detail_label")
        self.match_detail_label.setWordWrap(True)
        self.match_detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.matches_tab_layout.addWidget(self.match_detail_label)

        self.reactivated_label = QLabel(self.matches_tab)
        self.reactivated_label.setObjectName(u"reactivated_label")

        self.matches_tab_layout.addWidget(self.reactivated_label)

        self.sections_tabs.addTab(self.matches_tab, "")
        self.demand_tab = QWidget()
        self.demand_tab.setObjectName(u"demand_tab")
        self.demand_tab_layout = QVBoxLayout(self.demand_tab)
        self.demand_tab_layout.setObjectName(u"demand_tab_layout")
        self.demand_area_layout = QHBoxLayout()
        self.demand_area_layout.setObjectName(u"demand_area_layout")
        self.demand_area_label = QLabel(self.demand_tab)
        self.demand_area_label.setObjectName(u"demand_area_label")

        self.demand_area_layout.addWidget(self.demand_area_label)

        self.demand_area_combo = QComboBox(self.demand_tab)
        self.demand_area_combo.setObjectName(u"demand_area_combo")
        self.demand_area_combo.setMinimumContentsLength(28)

        self.demand_area_layout.addWidget(self.demand_area_combo)

        self.demand_area_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.demand_area_layout.addItem(self.demand_area_spacer)


        self.demand_tab_layout.addLayout(self.demand_area_layout)

        self.demand_hint_label = QLabel(self.demand_tab)
        self.demand_hint_label.setObjectName(u"demand_hint_label")
        self.demand_hint_label.setWordWrap(True)

        self.demand_tab_layout.addWidget(self.demand_hint_label)

        self.demand_table = QTableView(self.demand_tab)
        self.demand_table.setObjectName(u"demand_table")
        self.demand_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.demand_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.demand_table.setSortingEnabled(True)
        self.demand_table.setAlternatingRowColors(True)
        self.demand_table.setWordWrap(False)

        self.demand_tab_layout.addWidget(self.demand_table)

        self.demand_form_layout = QGridLayout()
        self.demand_form_layout.setObjectName(u"demand_form_layout")
        self.sector_label = QLabel(self.demand_tab)
        self.sector_label.setObjectName(u"sector_label")

        self.demand_form_layout.addWidget(self.sector_label, 0, 0, 1, 1)

        self.sector_edit = QLineEdit(self.demand_tab)
        self.sector_edit.setObjectName(u"sector_edit")

        self.demand_form_layout.addWidget(self.sector_edit, 0, 1, 1, 1)

        self.sector_combo = QComboBox(self.demand_tab)
        self.sector_combo.setObjectName(u"sector_combo")
        self.sector_combo.setMinimumContentsLength(30)

        self.demand_form_layout.addWidget(self.sector_combo, 0, 2, 1, 1)

        self.weight_label = QLabel(self.demand_tab)
        self.weight_label.setObjectName(u"weight_label")

        self.demand_form_layout.addWidget(self.weight_label, 1, 0, 1, 1)

        self.weight_spin = QDoubleSpinBox(self.demand_tab)
        self.weight_spin.setObjectName(u"weight_spin")
        self.weight_spin.setDecimals(1)
        self.weight_spin.setMinimum(0.100000000000000)
        self.weight_spin.setMaximum(10.000000000000000)
        self.weight_spin.setSingleStep(0.500000000000000)
        self.weight_spin.setValue(1.000000000000000)

        self.demand_form_layout.addWidget(self.weight_spin, 1, 1, 1, 1)

        self.demand_note_label = QLabel(self.demand_tab)
        self.demand_note_label.setObjectName(u"demand_note_label")

        self.demand_form_layout.addWidget(self.demand_note_label, 2, 0, 1, 1)

        self.demand_note_edit = QLineEdit(self.demand_tab)
        self.demand_note_edit.setObjectName(u"demand_note_edit")
        self.demand_note_edit.setMaxLength(500)

        self.demand_form_layout.addWidget(self.demand_note_edit, 2, 1, 1, 2)

        self.demand_buttons_layout = QHBoxLayout()
        self.demand_buttons_layout.setObjectName(u"demand_buttons_layout")
        self.add_demand_button = QPushButton(self.demand_tab)
        self.add_demand_button.setObjectName(u"add_demand_button")

        self.demand_buttons_layout.addWidget(self.add_demand_button)

        self.update_demand_button = QPushButton(self.demand_tab)
        self.update_demand_button.setObjectName(u"update_demand_button")

        self.demand_buttons_layout.addWidget(self.update_demand_button)

        self.remove_demand_button = QPushButton(self.demand_tab)
        self.remove_demand_button.setObjectName(u"remove_demand_button")

        self.demand_buttons_layout.addWidget(self.remove_demand_button)

        self.demand_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.demand_buttons_layout.addItem(self.demand_buttons_spacer)


        self.demand_form_layout.addLayout(self.demand_buttons_layout, 3, 1, 1, 2)


        self.demand_tab_layout.addLayout(self.demand_form_layout)

        self.sections_tabs.addTab(self.demand_tab, "")
        self.map_tab = QWidget()
        self.map_tab.setObjectName(u"map_tab")
        self.map_tab_layout = QHBoxLayout(self.map_tab)
        self.map_tab_layout.setObjectName(u"map_tab_layout")
        self.borough_map = BoroughMapWidget(self.map_tab)
        self.borough_map.setObjectName(u"borough_map")

        self.map_tab_layout.addWidget(self.borough_map)

        self.map_side_layout = QVBoxLayout()
        self.map_side_layout.setObjectName(u"map_side_layout")
        self.map_form_layout = QFormLayout()
        self.map_form_layout.setObjectName(u"map_form_layout")
        self.metric_label = QLabel(self.map_tab)
        self.metric_label.setObjectName(u"metric_label")

        self.map_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.metric_label)

        self.metric_combo = QComboBox(self.map_tab)
        self.metric_combo.setObjectName(u"metric_combo")

        self.map_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.metric_combo)

        self.year_label = QLabel(self.map_tab)
        self.year_label.setObjectName(u"year_label")

        self.map_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin = QSpinBox(self.map_tab)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.map_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.year_spin)


        self.map_side_layout.addLayout(self.map_form_layout)

        self.map_table = QTableView(self.map_tab)
        self.map_table.setObjectName(u"map_table")
        self.map_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.map_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.map_table.setSortingEnabled(True)
        self.map_table.setAlternatingRowColors(True)
        self.map_table.setWordWrap(False)

        self.map_side_layout.addWidget(self.map_table)

        self.map_source_label = QLabel(self.map_tab)
        self.map_source_label.setObjectName(u"map_source_label")
        self.map_source_label.setWordWrap(True)

        self.map_side_layout.addWidget(self.map_source_label)

        self.map_buttons_layout = QHBoxLayout()
        self.map_buttons_layout.setObjectName(u"map_buttons_layout")
        self.import_map_button = QPushButton(self.map_tab)
        self.import_map_button.setObjectName(u"import_map_button")

        self.map_buttons_layout.addWidget(self.import_map_button)

        self.remove_map_button = QPushButton(self.map_tab)
        self.remove_map_button.setObjectName(u"remove_map_button")

        self.map_buttons_layout.addWidget(self.remove_map_button)


        self.map_side_layout.addLayout(self.map_buttons_layout)


        self.map_tab_layout.addLayout(self.map_side_layout)

        self.map_tab_layout.setStretch(0, 3)
        self.map_tab_layout.setStretch(1, 2)
        self.sections_tabs.addTab(self.map_tab, "")

        self.main_layout.addWidget(self.sections_tabs)

#if QT_CONFIG(shortcut)
        self.borough_filter_label.setBuddy(self.borough_filter_combo)
        self.search_label.setBuddy(self.search_edit)
        self.property_status_label.setBuddy(self.property_status_combo)
        self.request_status_label.setBuddy(self.request_status_combo)
        self.match_stage_label.setBuddy(self.match_stage_combo)
        self.demand_area_label.setBuddy(self.demand_area_combo)
        self.sector_label.setBuddy(self.sector_edit)
        self.weight_label.setBuddy(self.weight_spin)
        self.demand_note_label.setBuddy(self.demand_note_edit)
        self.metric_label.setBuddy(self.metric_combo)
        self.year_label.setBuddy(self.year_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.borough_filter_combo, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.settings_button)
        QWidget.setTabOrder(self.settings_button, self.sections_tabs)
        QWidget.setTabOrder(self.sections_tabs, self.new_property_button)
        QWidget.setTabOrder(self.new_property_button, self.edit_property_button)
        QWidget.setTabOrder(self.edit_property_button, self.status_button)
        QWidget.setTabOrder(self.status_button, self.photos_button)
        QWidget.setTabOrder(self.photos_button, self.expose_button)
        QWidget.setTabOrder(self.expose_button, self.find_requests_button)
        QWidget.setTabOrder(self.find_requests_button, self.property_status_combo)
        QWidget.setTabOrder(self.property_status_combo, self.properties_table)
        QWidget.setTabOrder(self.properties_table, self.property_candidates_table)
        QWidget.setTabOrder(self.property_candidates_table, self.propose_request_button)
        QWidget.setTabOrder(self.propose_request_button, self.new_request_button)
        QWidget.setTabOrder(self.new_request_button, self.edit_request_button)
        QWidget.setTabOrder(self.edit_request_button, self.close_request_button)
        QWidget.setTabOrder(self.close_request_button, self.find_properties_button)
        QWidget.setTabOrder(self.find_properties_button, self.request_status_combo)
        QWidget.setTabOrder(self.request_status_combo, self.requests_table)
        QWidget.setTabOrder(self.requests_table, self.request_candidates_table)
        QWidget.setTabOrder(self.request_candidates_table, self.propose_property_button)
        QWidget.setTabOrder(self.propose_property_button, self.advance_match_button)
        QWidget.setTabOrder(self.advance_match_button, self.reject_match_button)
        QWidget.setTabOrder(self.reject_match_button, self.match_stage_combo)
        QWidget.setTabOrder(self.match_stage_combo, self.matches_table)
        QWidget.setTabOrder(self.matches_table, self.demand_area_combo)
        QWidget.setTabOrder(self.demand_area_combo, self.demand_table)
        QWidget.setTabOrder(self.demand_table, self.sector_edit)
        QWidget.setTabOrder(self.sector_edit, self.sector_combo)
        QWidget.setTabOrder(self.sector_combo, self.weight_spin)
        QWidget.setTabOrder(self.weight_spin, self.demand_note_edit)
        QWidget.setTabOrder(self.demand_note_edit, self.add_demand_button)
        QWidget.setTabOrder(self.add_demand_button, self.update_demand_button)
        QWidget.setTabOrder(self.update_demand_button, self.remove_demand_button)
        QWidget.setTabOrder(self.remove_demand_button, self.borough_map)
        QWidget.setTabOrder(self.borough_map, self.metric_combo)
        QWidget.setTabOrder(self.metric_combo, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.map_table)
        QWidget.setTabOrder(self.map_table, self.import_map_button)
        QWidget.setTabOrder(self.import_map_button, self.remove_map_button)

        self.retranslateUi(PropertiesView)

        self.sections_tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PropertiesView):
        self.title_label.setText(QCoreApplication.translate("PropertiesView", u"Properties", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Section title", None))
#endif // QT_CONFIG(accessibility)
        self.borough_filter_label.setText(QCoreApplication.translate("PropertiesView", u"&Borough:", None))
#if QT_CONFIG(accessibility)
        self.borough_filter_combo.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Show properties, requests and matches of this borough", None))
#endif // QT_CONFIG(accessibility)
        self.search_label.setText(QCoreApplication.translate("PropertiesView", u"Sea&rch:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Search by street, applicant or sector", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("PropertiesView", u"Street, applicant, sector\u2026", None))
        self.refresh_button.setText(QCoreApplication.translate("PropertiesView", u"Refresh", None))
#if QT_CONFIG(accessibility)
        self.refresh_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Refresh the lists", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(shortcut)
        self.refresh_button.setShortcut(QCoreApplication.translate("PropertiesView", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.import_button.setText(QCoreApplication.translate("PropertiesView", u"Import list\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("PropertiesView", u"Import vacant properties from a list (File \u203a Import list\u2026, Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.import_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Import vacant properties from a list", None))
#endif // QT_CONFIG(accessibility)
        self.settings_button.setText(QCoreApplication.translate("PropertiesView", u"Matching se&ttings\u2026", None))
#if QT_CONFIG(accessibility)
        self.settings_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Weights and rules of the matching", None))
#endif // QT_CONFIG(accessibility)
        self.filter_hint_label.setText("")
#if QT_CONFIG(accessibility)
        self.filter_hint_label.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Active borough filter", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Result of the last action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sections_tabs.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Parts of the properties section", None))
#endif // QT_CONFIG(accessibility)
        self.new_property_button.setText(QCoreApplication.translate("PropertiesView", u"&New property\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_property_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Record a new property", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(shortcut)
        self.new_property_button.setShortcut(QCoreApplication.translate("PropertiesView", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.edit_property_button.setText(QCoreApplication.translate("PropertiesView", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_property_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Edit the selected property", None))
#endif // QT_CONFIG(accessibility)
        self.status_button.setText(QCoreApplication.translate("PropertiesView", u"Change &status\u2026", None))
#if QT_CONFIG(accessibility)
        self.status_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Change the status of the selected property", None))
#endif // QT_CONFIG(accessibility)
        self.photos_button.setText(QCoreApplication.translate("PropertiesView", u"&Photos\u2026", None))
#if QT_CONFIG(accessibility)
        self.photos_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Photos of the selected property", None))
#endif // QT_CONFIG(accessibility)
        self.expose_button.setText(QCoreApplication.translate("PropertiesView", u"E&xpos\u00e9\u2026", None))
#if QT_CONFIG(accessibility)
        self.expose_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Save an expos\u00e9 of the selected property as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.find_requests_button.setText(QCoreApplication.translate("PropertiesView", u"F&ind requests", None))
#if QT_CONFIG(accessibility)
        self.find_requests_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Rank the open requests for the selected property", None))
#endif // QT_CONFIG(accessibility)
        self.property_status_label.setText(QCoreApplication.translate("PropertiesView", u"Sho&w:", None))
#if QT_CONFIG(accessibility)
        self.property_status_combo.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Which properties to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.properties_table.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Properties", None))
#endif // QT_CONFIG(accessibility)
        self.property_candidates_label.setText(QCoreApplication.translate("PropertiesView", u"Select a property and choose \u201cFind requests\u201d to see which open requests it suits.", None))
#if QT_CONFIG(accessibility)
        self.property_candidates_table.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Ranked candidates with score parts", None))
#endif // QT_CONFIG(accessibility)
        self.property_candidate_explanation_label.setText("")
#if QT_CONFIG(accessibility)
        self.property_candidate_explanation_label.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Explanation of the selected candidate", None))
#endif // QT_CONFIG(accessibility)
        self.propose_request_button.setText(QCoreApplication.translate("PropertiesView", u"Propose to this app&licant", None))
#if QT_CONFIG(accessibility)
        self.propose_request_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Propose the property to the selected applicant", None))
#endif // QT_CONFIG(accessibility)
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.properties_tab), QCoreApplication.translate("PropertiesView", u"Pr&operties", None))
        self.new_request_button.setText(QCoreApplication.translate("PropertiesView", u"&New request\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_request_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Record a new space request", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(shortcut)
        self.new_request_button.setShortcut(QCoreApplication.translate("PropertiesView", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.edit_request_button.setText(QCoreApplication.translate("PropertiesView", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_request_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Edit the selected request", None))
#endif // QT_CONFIG(accessibility)
        self.close_request_button.setText(QCoreApplication.translate("PropertiesView", u"C&lose or reopen\u2026", None))
#if QT_CONFIG(accessibility)
        self.close_request_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Close or reopen the selected request", None))
#endif // QT_CONFIG(accessibility)
        self.find_properties_button.setText(QCoreApplication.translate("PropertiesView", u"F&ind properties", None))
#if QT_CONFIG(accessibility)
        self.find_properties_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Rank the vacant properties for the selected request", None))
#endif // QT_CONFIG(accessibility)
        self.request_status_label.setText(QCoreApplication.translate("PropertiesView", u"Sho&w:", None))
#if QT_CONFIG(accessibility)
        self.request_status_combo.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Which requests to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.requests_table.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Space requests", None))
#endif // QT_CONFIG(accessibility)
        self.request_candidates_label.setText(QCoreApplication.translate("PropertiesView", u"Select a request and choose \u201cFind properties\u201d to see the vacant properties that suit it.", None))
#if QT_CONFIG(accessibility)
        self.request_candidates_table.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Ranked candidates with score parts", None))
#endif // QT_CONFIG(accessibility)
        self.request_candidate_explanation_label.setText("")
#if QT_CONFIG(accessibility)
        self.request_candidate_explanation_label.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Explanation of the selected candidate", None))
#endif // QT_CONFIG(accessibility)
        self.propose_property_button.setText(QCoreApplication.translate("PropertiesView", u"Pro&pose this property", None))
#if QT_CONFIG(accessibility)
        self.propose_property_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Propose the selected property to the applicant", None))
#endif // QT_CONFIG(accessibility)
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.requests_tab), QCoreApplication.translate("PropertiesView", u"Re&quests", None))
        self.advance_match_button.setText(QCoreApplication.translate("PropertiesView", u"Next &stage\u2026", None))
#if QT_CONFIG(accessibility)
        self.advance_match_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Move the selected match to its next stage", None))
#endif // QT_CONFIG(accessibility)
        self.reject_match_button.setText(QCoreApplication.translate("PropertiesView", u"Re&ject\u2026", None))
#if QT_CONFIG(accessibility)
        self.reject_match_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Reject the selected match with a reason", None))
#endif // QT_CONFIG(accessibility)
        self.match_stage_label.setText(QCoreApplication.translate("PropertiesView", u"Sho&w:", None))
#if QT_CONFIG(accessibility)
        self.match_stage_combo.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Which matches to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.matches_table.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Matches", None))
#endif // QT_CONFIG(accessibility)
        self.match_detail_label.setText("")
#if QT_CONFIG(accessibility)
        self.match_detail_label.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Details of the selected match", None))
#endif // QT_CONFIG(accessibility)
        self.reactivated_label.setText("")
#if QT_CONFIG(accessibility)
        self.reactivated_label.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Reactivated space this year", None))
#endif // QT_CONFIG(accessibility)
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.matches_tab), QCoreApplication.translate("PropertiesView", u"&Matches", None))
        self.demand_area_label.setText(QCoreApplication.translate("PropertiesView", u"Ar&ea:", None))
#if QT_CONFIG(accessibility)
        self.demand_area_combo.setAccessibleName(QCoreApplication.translate("PropertiesView", u"District or quarter whose demand profile is shown", None))
#endif // QT_CONFIG(accessibility)
        self.demand_hint_label.setText(QCoreApplication.translate("PropertiesView", u"Offers the residents of this area miss, as WZ codes with a weight from above 0 to 10 (10 = missed badly). Matching favours founders whose sector fills a gap; a quarter\u2019s entries apply to all its districts.", None))
#if QT_CONFIG(accessibility)
        self.demand_table.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Missed offers of the area", None))
#endif // QT_CONFIG(accessibility)
        self.sector_label.setText(QCoreApplication.translate("PropertiesView", u"M&issed offer (WZ):", None))
#if QT_CONFIG(accessibility)
        self.sector_edit.setAccessibleName(QCoreApplication.translate("PropertiesView", u"WZ sector of the missed offer", None))
#endif // QT_CONFIG(accessibility)
        self.sector_edit.setPlaceholderText(QCoreApplication.translate("PropertiesView", u"Type e.g. B\u00e4ckerei or 47.24", None))
#if QT_CONFIG(accessibility)
        self.sector_combo.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Matching WZ sectors", None))
#endif // QT_CONFIG(accessibility)
        self.weight_label.setText(QCoreApplication.translate("PropertiesView", u"&Weight:", None))
#if QT_CONFIG(accessibility)
        self.weight_spin.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Weight of the missed offer", None))
#endif // QT_CONFIG(accessibility)
        self.demand_note_label.setText(QCoreApplication.translate("PropertiesView", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.demand_note_edit.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Note on the missed offer", None))
#endif // QT_CONFIG(accessibility)
        self.add_demand_button.setText(QCoreApplication.translate("PropertiesView", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.add_demand_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Add the missed offer to the profile", None))
#endif // QT_CONFIG(accessibility)
        self.update_demand_button.setText(QCoreApplication.translate("PropertiesView", u"Save wei&ght", None))
#if QT_CONFIG(accessibility)
        self.update_demand_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Save the weight and note of the selected entry", None))
#endif // QT_CONFIG(accessibility)
        self.remove_demand_button.setText(QCoreApplication.translate("PropertiesView", u"De&lete", None))
#if QT_CONFIG(accessibility)
        self.remove_demand_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Remove the selected entry from the profile", None))
#endif // QT_CONFIG(accessibility)
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.demand_tab), QCoreApplication.translate("PropertiesView", u"&Demand profiles", None))
#if QT_CONFIG(accessibility)
        self.borough_map.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Map of the boroughs; arrow keys choose a borough, Enter filters the lists by it", None))
#endif // QT_CONFIG(accessibility)
        self.metric_label.setText(QCoreApplication.translate("PropertiesView", u"Sho&w:", None))
#if QT_CONFIG(accessibility)
        self.metric_combo.setAccessibleName(QCoreApplication.translate("PropertiesView", u"What the map colours", None))
#endif // QT_CONFIG(accessibility)
        self.year_label.setText(QCoreApplication.translate("PropertiesView", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.year_spin.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Year of the reactivated space", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.map_table.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Figures per borough", None))
#endif // QT_CONFIG(accessibility)
        self.map_source_label.setText("")
#if QT_CONFIG(accessibility)
        self.map_source_label.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Where the map comes from", None))
#endif // QT_CONFIG(accessibility)
        self.import_map_button.setText(QCoreApplication.translate("PropertiesView", u"&Import boundaries\u2026", None))
#if QT_CONFIG(accessibility)
        self.import_map_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Import borough boundaries from a GeoJSON file", None))
#endif // QT_CONFIG(accessibility)
        self.remove_map_button.setText(QCoreApplication.translate("PropertiesView", u"Use schematic ma&p", None))
#if QT_CONFIG(accessibility)
        self.remove_map_button.setAccessibleName(QCoreApplication.translate("PropertiesView", u"Forget the imported boundaries and show the schematic map", None))
#endif // QT_CONFIG(accessibility)
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.map_tab), QCoreApplication.translate("PropertiesView", u"Distri&ct map", None))
        pass
    # retranslateUi

