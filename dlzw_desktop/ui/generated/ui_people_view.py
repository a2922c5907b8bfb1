# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_PeopleView(object):
    def setupUi(self, PeopleView):
        if not PeopleView.objectName():
            PeopleView.setObjectName(u"PeopleView")
        self.vertical_layout_68 = QVBoxLayout(PeopleView)
        self.vertical_layout_68.setObjectName(u"vertical_layout_68")
        self.vertical_layout_68.setContentsMargins(24, 24, 24, 24)
        self.title_label = QLabel(PeopleView)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.vertical_layout_68.addWidget(self.title_label)

        self.lists_tabs = QTabWidget(PeopleView)
        self.lists_tabs.setObjectName(u"lists_tabs")
        self.persons_tab = QWidget()
        self.persons_tab.setObjectName(u"persons_tab")
        self.vertical_layout_65 = QVBoxLayout(self.persons_tab)
        self.vertical_layout_65.setObjectName(u"vertical_layout_65")
        self.horizontal_layout_64 = QHBoxLayout()
        self.horizontal_layout_64.setObjectName(u"horizontal_layout_64")
        self.person_search_label = QLabel(self.persons_tab)
        self.person_search_label.setObjectName(u"person_search_label")

        self.horizontal_layout_64.addWidget(self.person_search_label)

        self.person_search_edit = QLineEdit(self.persons_tab)
        self.person_search_edit.setObjectName(u"person_search_edit")

        self.horizontal_layout_64.addWidget(self.person_search_edit)

        self.import_button = QPushButton(self.persons_tab)
        self.import_button.setObjectName(u"import_button")

        self.horizontal_layout_64.addWidget(self.import_button)

        self.new_person_button = QPushButton(self.persons_tab)
        self.new_person_button.setObjectName(u"new_person_button")

        self.horizontal_layout_64.addWidget(self.new_person_button)

        self.edit_person_button = QPushButton(self.persons_tab)
        self.edit_person_button.setObjectName(u"edit_person_button")

        self.horizontal_layout_64.addWidget(self.edit_person_button)

        self.consents_button = QPushButton(self.persons_tab)
        self.consents_button.setObjectName(u"consents_button")

        self.horizontal_layout_64.addWidget(self.consents_button)


        self.vertical_layout_65.addLayout(self.horizontal_layout_64)

        self.persons_table = QTableView(self.persons_tab)
        self.persons_table.setObjectName(u"persons_table")
        self.persons_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.persons_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.persons_table.setAlternatingRowColors(True)
        self.persons_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.persons_table.horizontalHeader().setStretchLastSection(True)
        self.persons_table.verticalHeader().setVisible(False)

        self.vertical_layout_65.addWidget(self.persons_table)

        self.lists_tabs.addTab(self.persons_tab, "")
        self.businesses_tab = QWidget()
        self.businesses_tab.setObjectName(u"businesses_tab")
        self.vertical_layout_67 = QVBoxLayout(self.businesses_tab)
        self.vertical_layout_67.setObjectName(u"vertical_layout_67")
        self.horizontal_layout_66 = QHBoxLayout()
        self.horizontal_layout_66.setObjectName(u"horizontal_layout_66")
        self.business_search_label = QLabel(self.businesses_tab)
        self.business_search_label.setObjectName(u"business_search_label")

        self.horizontal_layout_66.addWidget(self.business_search_label)

        self.business_search_edit = QLineEdit(self.businesses_tab)
        self.business_search_edit.setObjectName(u"business_search_edit")

        self.horizontal_layout_66.addWidget(self.business_search_edit)

        self.new_business_button = QPushButton(self.businesses_tab)
        self.new_business_button.setObjectName(u"new_business_button")

        self.horizontal_layout_66.addWidget(self.new_business_button)

        self.edit_business_button = QPushButton(self.businesses_tab)
        self.edit_business_button.setObjectName(u"edit_business_button")

        self.horizontal_layout_66.addWidget(self.edit_business_button)


        self.vertical_layout_67.addLayout(self.horizontal_layout_66)

        self.businesses_table = QTableView(self.businesses_tab)
        self.businesses_table.setObjectName(u"businesses_table")
        self.businesses_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.businesses_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.businesses_table.setAlternatingRowColors(True)
        self.businesses_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.businesses_table.horizontalHeader().setStretchLastSection(True)
        self.businesses_table.verticalHeader().setVisible(False)

        self.vertical_layout_67.addWidget(self.businesses_table)

        self.lists_tabs.addTab(self.businesses_tab, "")

        self.vertical_layout_68.addWidget(self.lists_tabs)

#if QT_CONFIG(shortcut)
        self.person_search_label.setBuddy(self.person_search_edit)
        self.business_search_label.setBuddy(self.business_search_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PeopleView)
    # setupUi

    def retranslateUi(self, PeopleView):
        self.title_label.setText(QCoreApplication.translate("PeopleView", u"People & businesses", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("PeopleView", u"Section title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lists_tabs.setAccessibleName(QCoreApplication.translate("PeopleView", u"People and businesses", None))
#endif // QT_CONFIG(accessibility)
        self.person_search_label.setText(QCoreApplication.translate("PeopleView", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.person_search_edit.setAccessibleName(QCoreApplication.translate("PeopleView", u"Search persons by name", None))
#endif // QT_CONFIG(accessibility)
        self.person_search_edit.setPlaceholderText(QCoreApplication.translate("PeopleView", u"Name \u2026", None))
        self.import_button.setText(QCoreApplication.translate("PeopleView", u"I&mport list\u2026", None))
#if QT_CONFIG(accessibility)
        self.import_button.setAccessibleName(QCoreApplication.translate("PeopleView", u"Import persons and businesses from a list", None))
#endif // QT_CONFIG(accessibility)
        self.new_person_button.setText(QCoreApplication.translate("PeopleView", u"&New person\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_person_button.setAccessibleName(QCoreApplication.translate("PeopleView", u"Record a new person", None))
#endif // QT_CONFIG(accessibility)
        self.edit_person_button.setText(QCoreApplication.translate("PeopleView", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_person_button.setAccessibleName(QCoreApplication.translate("PeopleView", u"Edit the selected person", None))
#endif // QT_CONFIG(accessibility)
        self.consents_button.setText(QCoreApplication.translate("PeopleView", u"&Consents\u2026", None))
#if QT_CONFIG(accessibility)
        self.consents_button.setAccessibleName(QCoreApplication.translate("PeopleView", u"Consents of the selected person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.consents_button.setToolTip(QCoreApplication.translate("PeopleView", u"Record or withdraw the consents of the selected person, per purpose, with date and form", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.persons_table.setAccessibleName(QCoreApplication.translate("PeopleView", u"Persons", None))
#endif // QT_CONFIG(accessibility)
        self.lists_tabs.setTabText(self.lists_tabs.indexOf(self.persons_tab), QCoreApplication.translate("PeopleView", u"People", None))
        self.business_search_label.setText(QCoreApplication.translate("PeopleView", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.business_search_edit.setAccessibleName(QCoreApplication.translate("PeopleView", u"Search businesses by name", None))
#endif // QT_CONFIG(accessibility)
        self.business_search_edit.setPlaceholderText(QCoreApplication.translate("PeopleView", u"Name \u2026", None))
        self.new_business_button.setText(QCoreApplication.translate("PeopleView", u"New &business\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_business_button.setAccessibleName(QCoreApplication.translate("PeopleView", u"Record a new business", None))
#endif // QT_CONFIG(accessibility)
        self.edit_business_button.setText(QCoreApplication.translate("PeopleView", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_business_button.setAccessibleName(QCoreApplication.translate("PeopleView", u"Edit the selected business", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.businesses_table.setAccessibleName(QCoreApplication.translate("PeopleView", u"Businesses", None))
#endif // QT_CONFIG(accessibility)
        self.lists_tabs.setTabText(self.lists_tabs.indexOf(self.businesses_tab), QCoreApplication.translate("PeopleView", u"Businesses", None))
        pass
    # retranslateUi

