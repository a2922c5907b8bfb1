# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matching_settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

class Ui_MatchingSettingsDialog(object):
    def setupUi(self, MatchingSettingsDialog):
        if not MatchingSettingsDialog.objectName():
            MatchingSettingsDialog.setObjectName(u"MatchingSettingsDialog")
        self.main_layout = QVBoxLayout(MatchingSettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.weights_group = QGroupBox(MatchingSettingsDialog)
        self.weights_group.setObjectName(u"weights_group")
        self.weights_layout = QFormLayout(self.weights_group)
        self.weights_layout.setObjectName(u"weights_layout")
        self.size_weight_label = QLabel(self.weights_group)
        self.size_weight_label.setObjectName(u"size_weight_label")

        self.weights_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.size_weight_label)

        self.size_weight_spin = QDoubleSpinBox(self.weights_group)
        self.size_weight_spin.setObjectName(u"size_weight_spin")
        self.size_weight_spin.setMinimum(0.000000000000000)
        self.size_weight_spin.setMaximum(10.000000000000000)
        self.size_weight_spin.setSingleStep(0.500000000000000)
        self.size_weight_spin.setDecimals(1)

        self.weights_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.size_weight_spin)

        self.rent_weight_label = QLabel(self.weights_group)
        self.rent_weight_label.setObjectName(u"rent_weight_label")

        self.weights_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rent_weight_label)

        self.rent_weight_spin = QDoubleSpinBox(self.weights_group)
        self.rent_weight_spin.setObjectName(u"rent_weight_spin")
        self.rent_weight_spin.setMinimum(0.000000000000000)
        self.rent_weight_spin.setMaximum(10.000000000000000)
        self.rent_weight_spin.setSingleStep(0.500000000000000)
        self.rent_weight_spin.setDecimals(1)

        self.weights_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rent_weight_spin)

        self.location_weight_label = QLabel(self.weights_group)
        self.location_weight_label.setObjectName(u"location_weight_label")

        self.weights_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.location_weight_label)

        self.location_weight_spin = QDoubleSpinBox(self.weights_group)
        self.location_weight_spin.setObjectName(u"location_weight_spin")
        self.location_weight_spin.setMinimum(0.000000000000000)
        self.location_weight_spin.setMaximum(10.000000000000000)
        self.location_weight_spin.setSingleStep(0.500000000000000)
        self.location_weight_spin.setDecimals(1)

        self.weights_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.location_weight_spin)

        self.features_weight_label = QLabel(self.weights_group)
        self.features_weight_label.setObjectName(u"features_weight_label")

        self.weights_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.features_weight_label)

        self.features_weight_spin = QDoubleSpinBox(self.weights_group)
        self.features_weight_spin.setObjectName(u"features_weight_spin")
        self.features_weight_spin.setMinimum(0.000000000000000)
        self.features_weight_spin.setMaximum(10.000000000000000)
        self.features_weight_spin.setSingleStep(0.500000000000000)
        self.features_weight_spin.setDecimals(1)

        self.weights_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.features_weight_spin)

        self.demand_weight_label = QLabel(self.weights_group)
        self.demand_weight_label.setObjectName(u"demand_weight_label")

        self.weights_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.demand_weight_label)

        self.demand_weight_spin = QDoubleSpinBox(self.weights_group)
        self.demand_weight_spin.setObjectName(u"demand_weight_spin")
        self.demand_weight_spin.setMinimum(0.000000000000000)
        self.demand_weight_spin.setMaximum(10.000000000000000)
        self.demand_weight_spin.setSingleStep(0.500000000000000)
        self.demand_weight_spin.setDecimals(1)

        self.weights_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.demand_weight_spin)

        self.renovation_weight_label = QLabel(self.weights_group)
        self.renovation_weight_label.setObjectName(u"renovation_weight_label")

        self.weights_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.renovation_weight_label)

        self.renovation_weight_spin = QDoubleSpinBox(self.weights_group)
        self.renovation_weight_spin.setObjectName(u"renovation_weight_spin")
        self.renovation_weight_spin.setMinimum(0.000000000000000)
        self.renovation_weight_spin.setMaximum(10.000000000000000)
        self.renovation_weight_spin.setSingleStep(0.500000000000000)
        self.renovation_weight_spin.setDecimals(1)

        self.weights_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.renovation_weight_spin)


        self.columns_layout.addWidget(self.weights_group)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.filters_group = QGroupBox(MatchingSettingsDialog)
        self.filters_group.setObjectName(u"filters_group")
        self.filters_layout = QFormLayout(self.filters_group)
        self.filters_layout.setObjectName(u"filters_layout")
        self.area_tolerance_label = QLabel(self.filters_group)
        self.area_tolerance_label.setObjectName(u"area_tolerance_label")

        self.filters_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.area_tolerance_label)

        self.area_tolerance_spin = QDoubleSpinBox(self.filters_group)
        self.area_tolerance_spin.setObjectName(u"area_tolerance_spin")
        self.area_tolerance_spin.setMinimum(0.000000000000000)
        self.area_tolerance_spin.setMaximum(50.000000000000000)
        self.area_tolerance_spin.setSingleStep(1.000000000000000)
        self.area_tolerance_spin.setDecimals(0)

        self.filters_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.area_tolerance_spin)

        self.rent_tolerance_label = QLabel(self.filters_group)
        self.rent_tolerance_label.setObjectName(u"rent_tolerance_label")

        self.filters_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rent_tolerance_label)

        self.rent_tolerance_spin = QDoubleSpinBox(self.filters_group)
        self.rent_tolerance_spin.setObjectName(u"rent_tolerance_spin")
        self.rent_tolerance_spin.setMinimum(0.000000000000000)
        self.rent_tolerance_spin.setMaximum(50.000000000000000)
        self.rent_tolerance_spin.setSingleStep(1.000000000000000)
        self.rent_tolerance_spin.setDecimals(0)

        self.filters_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rent_tolerance_spin)

        self.grace_label = QLabel(self.filters_group)
        self.grace_label.setObjectName(u"grace_label")

        self.filters_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.grace_label)

        self.grace_spin = QSpinBox(self.filters_group)
        self.grace_spin.setObjectName(u"grace_spin")
        self.grace_spin.setMinimum(0)
        self.grace_spin.setMaximum(730)

        self.filters_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.grace_spin)


        self.right_column.addWidget(self.filters_group)

        self.fund_group = QGroupBox(MatchingSettingsDialog)
        self.fund_group.setObjectName(u"fund_group")
        self.fund_layout = QFormLayout(self.fund_group)
        self.fund_layout.setObjectName(u"fund_layout")
        self.fund_enabled_label = QLabel(self.fund_group)
        self.fund_enabled_label.setObjectName(u"fund_enabled_label")

        self.fund_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fund_enabled_label)

        self.fund_enabled_check = QCheckBox(self.fund_group)
        self.fund_enabled_check.setObjectName(u"fund_enabled_check")

        self.fund_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fund_enabled_check)

        self.fund_area_label = QLabel(self.fund_group)
        self.fund_area_label.setObjectName(u"fund_area_label")

        self.fund_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fund_area_label)

        self.fund_area_spin = QDoubleSpinBox(self.fund_group)
        self.fund_area_spin.setObjectName(u"fund_area_spin")
        self.fund_area_spin.setMinimum(1.000000000000000)
        self.fund_area_spin.setMaximum(5000.000000000000000)
        self.fund_area_spin.setSingleStep(10.000000000000000)
        self.fund_area_spin.setDecimals(0)

        self.fund_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fund_area_spin)

        self.fund_floor_label = QLabel(self.fund_group)
        self.fund_floor_label.setObjectName(u"fund_floor_label")

        self.fund_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fund_floor_label)

        self.fund_ground_floor_check = QCheckBox(self.fund_group)
        self.fund_ground_floor_check.setObjectName(u"fund_ground_floor_check")

        self.fund_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fund_ground_floor_check)

        self.fund_demand_label = QLabel(self.fund_group)
        self.fund_demand_label.setObjectName(u"fund_demand_label")

        self.fund_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fund_demand_label)

        self.fund_demand_spin = QDoubleSpinBox(self.fund_group)
        self.fund_demand_spin.setObjectName(u"fund_demand_spin")
        self.fund_demand_spin.setMinimum(0.000000000000000)
        self.fund_demand_spin.setMaximum(100.000000000000000)
        self.fund_demand_spin.setSingleStep(5.000000000000000)
        self.fund_demand_spin.setDecimals(0)

        self.fund_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fund_demand_spin)

        self.fund_months_label = QLabel(self.fund_group)
        self.fund_months_label.setObjectName(u"fund_months_label")

        self.fund_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fund_months_label)

        self.fund_months_spin = QSpinBox(self.fund_group)
        self.fund_months_spin.setObjectName(u"fund_months_spin")
        self.fund_months_spin.setMinimum(1)
        self.fund_months_spin.setMaximum(120)

        self.fund_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fund_months_spin)


        self.right_column.addWidget(self.fund_group)


        self.columns_layout.addLayout(self.right_column)


        self.main_layout.addLayout(self.columns_layout)

        self.hint_label = QLabel(MatchingSettingsDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.defaults_button = QPushButton(MatchingSettingsDialog)
        self.defaults_button.setObjectName(u"defaults_button")

        self.buttons_layout.addWidget(self.defaults_button)

        self.button_box = QDialogButtonBox(MatchingSettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.size_weight_label.setBuddy(self.size_weight_spin)
        self.rent_weight_label.setBuddy(self.rent_weight_spin)
        self.location_weight_label.setBuddy(self.location_weight_spin)
        self.features_weight_label.setBuddy(self.features_weight_spin)
        self.demand_weight_label.setBuddy(self.demand_weight_spin)
        self.renovation_weight_label.setBuddy(self.renovation_weight_spin)
        self.area_tolerance_label.setBuddy(self.area_tolerance_spin)
        self.rent_tolerance_label.setBuddy(self.rent_tolerance_spin)
        self.grace_label.setBuddy(self.grace_spin)
        self.fund_enabled_label.setBuddy(self.fund_enabled_check)
        self.fund_area_label.setBuddy(self.fund_area_spin)
        self.fund_floor_label.setBuddy(self.fund_ground_floor_check)
        self.fund_demand_label.setBuddy(self.fund_demand_spin)
        self.fund_months_label.setBuddy(self.fund_months_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.size_weight_spin, self.rent_weight_spin)
        QWidget.setTabOrder(self.rent_weight_spin, self.location_weight_spin)
        QWidget.setTabOrder(self.location_weight_spin, self.features_weight_spin)
        QWidget.setTabOrder(self.features_weight_spin, self.demand_weight_spin)
        QWidget.setTabOrder(self.demand_weight_spin, self.renovation_weight_spin)
        QWidget.setTabOrder(self.renovation_weight_spin, self.area_tolerance_spin)
        QWidget.setTabOrder(self.area_tolerance_spin, self.rent_tolerance_spin)
        QWidget.setTabOrder(self.rent_tolerance_spin, self.grace_spin)
        QWidget.setTabOrder(self.grace_spin, self.fund_enabled_check)
        QWidget.setTabOrder(self.fund_enabled_check, self.fund_area_spin)
        QWidget.setTabOrder(self.fund_area_spin, self.fund_ground_floor_check)
        QWidget.setTabOrder(self.fund_ground_floor_check, self.fund_demand_spin)
        QWidget.setTabOrder(self.fund_demand_spin, self.fund_months_spin)
        QWidget.setTabOrder(self.fund_months_spin, self.defaults_button)
        QWidget.setTabOrder(self.defaults_button, self.button_box)

        self.retranslateUi(MatchingSettingsDialog)
    # setupUi

    def retranslateUi(self, MatchingSettingsDialog):
        MatchingSettingsDialog.setWindowTitle(QCoreApplication.translate("MatchingSettingsDialog", u"Matching settings", None))
        self.weights_group.setTitle(QCoreApplication.translate("MatchingSettingsDialog", u"Weights of the score parts (0 switches a part off)", None))
        self.size_weight_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"&Size:", None))
#if QT_CONFIG(accessibility)
        self.size_weight_spin.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Weight of the size fit", None))
#endif // QT_CONFIG(accessibility)
        self.rent_weight_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"&Rent:", None))
#if QT_CONFIG(accessibility)
        self.rent_weight_spin.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Weight of the rent fit", None))
#endif // QT_CONFIG(accessibility)
        self.location_weight_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"Lo&cation:", None))
#if QT_CONFIG(accessibility)
        self.location_weight_spin.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Weight of the location preference", None))
#endif // QT_CONFIG(accessibility)
        self.features_weight_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"Fea&tures:", None))
#if QT_CONFIG(accessibility)
        self.features_weight_spin.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Weight of the wished features", None))
#endif // QT_CONFIG(accessibility)
        self.demand_weight_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"&Demand profile:", None))
#if QT_CONFIG(accessibility)
        self.demand_weight_spin.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Weight of the fit with the district's demand", None))
#endif // QT_CONFIG(accessibility)
        self.renovation_weight_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"Re&novation effort:", None))
#if QT_CONFIG(accessibility)
        self.renovation_weight_spin.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Weight of the renovation effort", None))
#endif // QT_CONFIG(accessibility)
        self.filters_group.setTitle(QCoreApplication.translate("MatchingSettingsDialog", u"Tolerances of the hard filters", None))
        self.area_tolerance_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"&Area may differ by:", None))
#if QT_CONFIG(accessibility)
        self.area_tolerance_spin.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Tolerance of the size range in percent", None))
#endif // QT_CONFIG(accessibility)
        self.area_tolerance_spin.setSuffix(QCoreApplication.translate("MatchingSettingsDialog", u" %", None))
        self.rent_tolerance_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"Rent may e&xceed by:", None))
#if QT_CONFIG(accessibility)
        self.rent_tolerance_spin.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Tolerance of the rent limit in percent", None))
#endif // QT_CONFIG(accessibility)
        self.rent_tolerance_spin.setSuffix(QCoreApplication.translate("MatchingSettingsDialog", u" %", None))
        self.grace_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"Move-in &grace:", None))
#if QT_CONFIG(accessibility)
        self.grace_spin.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Days a property may become free after the wished move-in", None))
#endif // QT_CONFIG(accessibility)
        self.grace_spin.setSuffix(QCoreApplication.translate("MatchingSettingsDialog", u" days", None))
        self.fund_group.setTitle(QCoreApplication.translate("MatchingSettingsDialog", u"Anmietungs-Fonds (the city rents a unit and sublets it cheaply to a founder)", None))
        self.fund_enabled_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"&Fund:", None))
        self.fund_enabled_check.setText(QCoreApplication.translate("MatchingSettingsDialog", u"Flag matches the fund can take", None))
#if QT_CONFIG(accessibility)
        self.fund_enabled_check.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Flag matches the Anmietungs-Fonds can take", None))
#endif // QT_CONFIG(accessibility)
        self.fund_area_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"&Largest area:", None))
#if QT_CONFIG(accessibility)
        self.fund_area_spin.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Largest area the fund rents, in square metres", None))
#endif // QT_CONFIG(accessibility)
        self.fund_area_spin.setSuffix(QCoreApplication.translate("MatchingSettingsDialog", u" m\u00b2", None))
        self.fund_floor_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"Ground fl&oor:", None))
        self.fund_ground_floor_check.setText(QCoreApplication.translate("MatchingSettingsDialog", u"Only units on the ground floor", None))
#if QT_CONFIG(accessibility)
        self.fund_ground_floor_check.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"The fund rents only units on the ground floor", None))
#endif // QT_CONFIG(accessibility)
        self.fund_demand_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"Fits the &profile from:", None))
#if QT_CONFIG(accessibility)
        self.fund_demand_spin.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Least demand fit in percent for the fund", None))
#endif // QT_CONFIG(accessibility)
        self.fund_demand_spin.setSuffix(QCoreApplication.translate("MatchingSettingsDialog", u" %", None))
        self.fund_months_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"Longest s&ublease:", None))
#if QT_CONFIG(accessibility)
        self.fund_months_spin.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Longest sublease in months", None))
#endif // QT_CONFIG(accessibility)
        self.fund_months_spin.setSuffix(QCoreApplication.translate("MatchingSettingsDialog", u" months", None))
        self.hint_label.setText(QCoreApplication.translate("MatchingSettingsDialog", u"The settings apply to everyone who uses this database. Changing them needs the permission to change settings.", None))
        self.defaults_button.setText(QCoreApplication.translate("MatchingSettingsDialog", u"R&estore defaults", None))
#if QT_CONFIG(accessibility)
        self.defaults_button.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Restore the default settings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("MatchingSettingsDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

