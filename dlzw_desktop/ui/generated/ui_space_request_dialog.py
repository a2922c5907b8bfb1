# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'space_request_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTreeWidget, QVBoxLayout, QWidget

class Ui_SpaceRequestDialog(object):
    def setupUi(self, SpaceRequestDialog):
        if not SpaceRequestDialog.objectName():
            SpaceRequestDialog.setObjectName(u"SpaceRequestDialog")
        SpaceRequestDialog.setSizeGripEnabled(True)
        self.main_layout = QVBoxLayout(SpaceRequestDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.applicant_group = QGroupBox(SpaceRequestDialog)
        self.applicant_group.setObjectName(u"applicant_group")
        self.applicant_layout = QFormLayout(self.applicant_group)
        self.applicant_layout.setObjectName(u"applicant_layout")
        self.applicant_kind_label = QLabel(self.applicant_group)
        self.applicant_kind_label.setObjectName(u"applicant_kind_label")

        self.applicant_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.applicant_kind_label)

        self.applicant_kind_combo = QComboBox(self.applicant_group)
        self.applicant_kind_combo.setObjectName(u"applicant_kind_combo")

        self.applicant_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicant_kind_combo)

        self.applicant_search_label = QLabel(self.applicant_group)
        self.applicant_search_label.setObjectName(u"applicant_search_label")

        self.applicant_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.applicant_search_label)

        self.applicant_search_edit = QLineEdit(self.applicant_group)
        self.applicant_search_edit.setObjectName(u"applicant_search_edit")
        self.applicant_search_edit.setClearButtonEnabled(True)

        self.applicant_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicant_search_edit)

        self.applicant_label = QLabel(self.applicant_group)
        self.applicant_label.setObjectName(u"applicant_label")

        self.applicant_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.applicant_label)

        self.applicant_combo = QComboBox(self.applicant_group)
        self.applicant_combo.setObjectName(u"applicant_combo")
        self.applicant_combo.setMinimumContentsLength(26)

        self.applicant_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applicant_combo)


        self.left_column.addWidget(self.applicant_group)

        self.wish_group = QGroupBox(SpaceRequestDialog)
        self.wish_group.setObjectName(u"wish_group")
        self.wish_layout = QFormLayout(self.wish_group)
        self.wish_layout.setObjectName(u"wish_layout")
        self.use_label = QLabel(self.wish_group)
        self.use_label.setObjectName(u"use_label")

        self.wish_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.use_label)

        self.use_combo = QComboBox(self.wish_group)
        self.use_combo.setObjectName(u"use_combo")

        self.wish_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.use_combo)

        self.sector_search_label = QLabel(self.wish_group)
        self.sector_search_label.setObjectName(u"sector_search_label")

        self.wish_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sector_search_label)

        self.sector_edit = QLineEdit(self.wish_group)
        self.sector_edit.setObjectName(u"sector_edit")

        self.wish_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sector_edit)

        self.sector_label = QLabel(self.wish_group)
        self.sector_label.setObjectName(u"sector_label")

        self.wish_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector_combo = QComboBox(self.wish_group)
        self.sector_combo.setObjectName(u"sector_combo")
        self.sector_combo.setMinimumContentsLength(26)

        self.wish_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sector_combo)

        self.min_area_label = QLabel(self.wish_group)
        self.min_area_label.setObjectName(u"min_area_label")

        self.wish_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.min_area_label)

        self.min_area_edit = QLineEdit(self.wish_group)
        self.min_area_edit.setObjectName(u"min_area_edit")

        self.wish_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.min_area_edit)

        self.max_area_label = QLabel(self.wish_group)
        self.max_area_label.setObjectName(u"max_area_label")

        self.wish_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.max_area_label)

        self.max_area_edit = QLineEdit(self.wish_group)
        self.max_area_edit.setObjectName(u"max_area_edit")

        self.wish_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.max_area_edit)

        self.max_rent_label = QLabel(self.wish_group)
        self.max_rent_label.setObjectName(u"max_rent_label")

        self.wish_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.max_rent_label)

        self.max_rent_edit = QLineEdit(self.wish_group)
        self.max_rent_edit.setObjectName(u"max_rent_edit")

        self.wish_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.max_rent_edit)

        self.move_in_label = QLabel(self.wish_group)
        self.move_in_label.setObjectName(u"move_in_label")

        self.wish_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.move_in_label)

        self.move_in_edit = QDateEdit(self.wish_group)
        self.move_in_edit.setObjectName(u"move_in_edit")
        self.move_in_edit.setCalendarPopup(True)

        self.wish_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.move_in_edit)


        self.left_column.addWidget(self.wish_group)


        self.columns_layout.addLayout(self.left_column)

        self.features_group = QGroupBox(SpaceRequestDialog)
        self.features_group.setObjectName(u"features_group")
        self.features_layout = QFormLayout(self.features_group)
        self.features_layout.setObjectName(u"features_layout")
        self.must_label = QLabel(self.features_group)
        self.must_label.setObjectName(u"must_label")

        self.features_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.must_label)

        self.must_layout = QVBoxLayout()
        self.must_layout.setObjectName(u"must_layout")
        self.must_ground_floor_check = QCheckBox(self.features_group)
        self.must_ground_floor_check.setObjectName(u"must_ground_floor_check")

        self.must_layout.addWidget(self.must_ground_floor_check)

        self.must_shop_window_check = QCheckBox(self.features_group)
        self.must_shop_window_check.setObjectName(u"must_shop_window_check")

        self.must_layout.addWidget(self.must_shop_window_check)

        self.must_step_free_check = QCheckBox(self.features_group)
        self.must_step_free_check.setObjectName(u"must_step_free_check")

        self.must_layout.addWidget(self.must_step_free_check)


        self.features_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.must_layout)

        self.nice_label = QLabel(self.features_group)
        self.nice_label.setObjectName(u"nice_label")

        self.features_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nice_label)

        self.nice_list = QListWidget(self.features_group)
        self.nice_list.setObjectName(u"nice_list")
        self.nice_list.setMaximumSize(QSize(16777215, 170))

        self.features_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nice_list)


        self.columns_layout.addWidget(self.features_group)

        self.places_group = QGroupBox(SpaceRequestDialog)
        self.places_group.setObjectName(u"places_group")
        self.places_layout = QVBoxLayout(self.places_group)
        self.places_layout.setObjectName(u"places_layout")
        self.places_hint_label = QLabel(self.places_group)
        self.places_hint_label.setObjectName(u"places_hint_label")
        self.places_hint_label.setWordWrap(True)

        self.places_layout.addWidget(self.places_hint_label)

        self.places_tree = QTreeWidget(self.places_group)
        self.places_tree.setObjectName(u"places_tree")
        self.places_tree.header().setVisible(False)

        self.places_layout.addWidget(self.places_tree)


        self.columns_layout.addWidget(self.places_group)


        self.main_layout.addLayout(self.columns_layout)

        self.notes_layout = QHBoxLayout()
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_label = QLabel(SpaceRequestDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.notes_layout.addWidget(self.notes_label)

        self.notes_edit = QPlainTextEdit(SpaceRequestDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 50))

        self.notes_layout.addWidget(self.notes_edit)


        self.main_layout.addLayout(self.notes_layout)

        self.button_box = QDialogButtonBox(SpaceRequestDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.applicant_kind_label.setBuddy(self.applicant_kind_combo)
        self.applicant_search_label.setBuddy(self.applicant_search_edit)
        self.applicant_label.setBuddy(self.applicant_combo)
        self.use_label.setBuddy(self.use_combo)
        self.sector_search_label.setBuddy(self.sector_edit)
        self.sector_label.setBuddy(self.sector_combo)
        self.min_area_label.setBuddy(self.min_area_edit)
        self.max_area_label.setBuddy(self.max_area_edit)
        self.max_rent_label.setBuddy(self.max_rent_edit)
        self.move_in_label.setBuddy(self.move_in_edit)
        self.must_label.setBuddy(self.must_ground_floor_check)
        self.nice_label.setBuddy(self.nice_list)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.applicant_kind_combo, self.applicant_search_edit)
        QWidget.setTabOrder(self.applicant_search_edit, self.applicant_combo)
        QWidget.setTabOrder(self.applicant_combo, self.use_combo)
        QWidget.setTabOrder(self.use_combo, self.sector_edit)
        QWidget.setTabOrder(self.sector_edit, self.sector_combo)
        QWidget.setTabOrder(self.sector_combo, self.min_area_edit)
        QWidget.setTabOrder(self.min_area_edit, self.max_area_edit)
        QWidget.setTabOrder(self.max_area_edit, self.max_rent_edit)
        QWidget.setTabOrder(self.max_rent_edit, self.move_in_edit)
        QWidget.setTabOrder(self.move_in_edit, self.must_ground_floor_check)
        QWidget.setTabOrder(self.must_ground_floor_check, self.must_shop_window_check)
        QWidget.setTabOrder(self.must_shop_window_check, self.must_step_free_check)
        QWidget.setTabOrder(self.must_step_free_check, self.nice_list)
        QWidget.setTabOrder(self.nice_list, self.places_tree)
        QWidget.setTabOrder(self.places_tree, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.button_box)

        self.retranslateUi(SpaceRequestDialog)
    # setupUi

    def retranslateUi(self, SpaceRequestDialog):
        SpaceRequestDialog.setWindowTitle(QCoreApplication.translate("SpaceRequestDialog", u"Space request", None))
        self.applicant_group.setTitle(QCoreApplication.translate("SpaceRequestDialog", u"Who is looking", None))
        self.applicant_kind_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"Re&quest of:", None))
#if QT_CONFIG(accessibility)
        self.applicant_kind_combo.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Kind of applicant", None))
#endif // QT_CONFIG(accessibility)
        self.applicant_search_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"Fi&nd:", None))
#if QT_CONFIG(accessibility)
        self.applicant_search_edit.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Search the applicant by name or case number", None))
#endif // QT_CONFIG(accessibility)
        self.applicant_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"&Applicant:", None))
#if QT_CONFIG(accessibility)
        self.applicant_combo.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Applicant", None))
#endif // QT_CONFIG(accessibility)
        self.wish_group.setTitle(QCoreApplication.translate("SpaceRequestDialog", u"What is wanted", None))
        self.use_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"Intended &use:", None))
#if QT_CONFIG(accessibility)
        self.use_combo.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Intended use", None))
#endif // QT_CONFIG(accessibility)
        self.sector_search_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"Find &sector (WZ):", None))
#if QT_CONFIG(accessibility)
        self.sector_edit.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Search the WZ sector", None))
#endif // QT_CONFIG(accessibility)
        self.sector_edit.setPlaceholderText(QCoreApplication.translate("SpaceRequestDialog", u"e.g. B\u00e4ckerei, Friseur or 96.02", None))
        self.sector_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"S&ector:", None))
#if QT_CONFIG(accessibility)
        self.sector_combo.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"WZ sector of the business", None))
#endif // QT_CONFIG(accessibility)
        self.min_area_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"Area f&rom (m\u00b2):", None))
#if QT_CONFIG(accessibility)
        self.min_area_edit.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Smallest area in square metres", None))
#endif // QT_CONFIG(accessibility)
        self.min_area_edit.setPlaceholderText(QCoreApplication.translate("SpaceRequestDialog", u"empty: no minimum", None))
        self.max_area_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"Area &to (m\u00b2):", None))
#if QT_CONFIG(accessibility)
        self.max_area_edit.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Largest area in square metres", None))
#endif // QT_CONFIG(accessibility)
        self.max_area_edit.setPlaceholderText(QCoreApplication.translate("SpaceRequestDialog", u"empty: no maximum", None))
        self.max_rent_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"Ma&x. rent incl. charges (\u20ac):", None))
#if QT_CONFIG(accessibility)
        self.max_rent_edit.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Highest monthly rent including service charges", None))
#endif // QT_CONFIG(accessibility)
        self.max_rent_edit.setPlaceholderText(QCoreApplication.translate("SpaceRequestDialog", u"empty: no limit", None))
        self.move_in_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"Earliest &move-in:", None))
#if QT_CONFIG(accessibility)
        self.move_in_edit.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Earliest move-in date", None))
#endif // QT_CONFIG(accessibility)
        self.move_in_edit.setDisplayFormat(QCoreApplication.translate("SpaceRequestDialog", u"dd.MM.yyyy", None))
        self.features_group.setTitle(QCoreApplication.translate("SpaceRequestDialog", u"Features", None))
        self.must_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"Must-&haves:", None))
        self.must_ground_floor_check.setText(QCoreApplication.translate("SpaceRequestDialog", u"Ground floor", None))
#if QT_CONFIG(accessibility)
        self.must_ground_floor_check.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Must be on the ground floor", None))
#endif // QT_CONFIG(accessibility)
        self.must_shop_window_check.setText(QCoreApplication.translate("SpaceRequestDialog", u"Shop window", None))
#if QT_CONFIG(accessibility)
        self.must_shop_window_check.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Must have a shop window", None))
#endif // QT_CONFIG(accessibility)
        self.must_step_free_check.setText(QCoreApplication.translate("SpaceRequestDialog", u"Step-free access", None))
#if QT_CONFIG(accessibility)
        self.must_step_free_check.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Must have step-free access", None))
#endif // QT_CONFIG(accessibility)
        self.nice_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"N&ice to have:", None))
#if QT_CONFIG(accessibility)
        self.nice_list.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Features that are nice to have", None))
#endif // QT_CONFIG(accessibility)
        self.places_group.setTitle(QCoreApplication.translate("SpaceRequestDialog", u"Preferred boroughs or districts", None))
        self.places_hint_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"Tick whole boroughs or single districts; nothing ticked means anywhere in Dortmund.", None))
        ___qtreewidgetitem = self.places_tree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SpaceRequestDialog", u"Area", None))
#if QT_CONFIG(accessibility)
        self.places_tree.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Preferred boroughs and districts", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("SpaceRequestDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Notes on the request", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("SpaceRequestDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

