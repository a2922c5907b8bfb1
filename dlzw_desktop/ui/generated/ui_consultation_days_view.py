# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_days_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_ConsultationDaysView(object):
    def setupUi(self, ConsultationDaysView):
        if not ConsultationDaysView.objectName():
            ConsultationDaysView.setObjectName(u"ConsultationDaysView")
        self.main_layout = QVBoxLayout(ConsultationDaysView)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 24, 24, 24)
        self.title_label = QLabel(ConsultationDaysView)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.title_label)

        self.kit_frame = QFrame(ConsultationDaysView)
        self.kit_frame.setObjectName(u"kit_frame")
        self.kit_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.kit_layout = QHBoxLayout(self.kit_frame)
        self.kit_layout.setObjectName(u"kit_layout")
        self.kit_label = QLabel(self.kit_frame)
        self.kit_label.setObjectName(u"kit_label")
        self.kit_label.setWordWrap(True)
        self.kit_label.setTextFormat(Qt.TextFormat.PlainText)

        self.kit_layout.addWidget(self.kit_label)

        self.pending_label = QLabel(self.kit_frame)
        self.pending_label.setObjectName(u"pending_label")
        self.pending_label.setTextFormat(Qt.TextFormat.PlainText)

        self.kit_layout.addWidget(self.pending_label)

        self.write_package_button = QPushButton(self.kit_frame)
        self.write_package_button.setObjectName(u"write_package_button")

        self.kit_layout.addWidget(self.write_package_button)


        self.main_layout.addWidget(self.kit_frame)

        self.office_actions_widget = QWidget(ConsultationDaysView)
        self.office_actions_widget.setObjectName(u"office_actions_widget")
        self.office_actions_layout = QHBoxLayout(self.office_actions_widget)
        self.office_actions_layout.setObjectName(u"office_actions_layout")
        self.office_actions_layout.setContentsMargins(0, 0, 0, 0)
        self.new_day_button = QPushButton(self.office_actions_widget)
        self.new_day_button.setObjectName(u"new_day_button")

        self.office_actions_layout.addWidget(self.new_day_button)

        self.edit_day_button = QPushButton(self.office_actions_widget)
        self.edit_day_button.setObjectName(u"edit_day_button")

        self.office_actions_layout.addWidget(self.edit_day_button)

        self.delete_day_button = QPushButton(self.office_actions_widget)
        self.delete_day_button.setObjectName(u"delete_day_button")

        self.office_actions_layout.addWidget(self.delete_day_button)

        self.office_actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.office_actions_layout.addItem(self.office_actions_spacer)

        self.check_out_button = QPushButton(self.office_actions_widget)
        self.check_out_button.setObjectName(u"check_out_button")

        self.office_actions_layout.addWidget(self.check_out_button)

        self.refresh_kit_button = QPushButton(self.office_actions_widget)
        self.refresh_kit_button.setObjectName(u"refresh_kit_button")

        self.office_actions_layout.addWidget(self.refresh_kit_button)

        self.import_button = QPushButton(self.office_actions_widget)
        self.import_button.setObjectName(u"import_button")

        self.office_actions_layout.addWidget(self.import_button)

        self.conflicts_button = QPushButton(self.office_actions_widget)
        self.conflicts_button.setObjectName(u"conflicts_button")

        self.office_actions_layout.addWidget(self.conflicts_button)


        self.main_layout.addWidget(self.office_actions_widget)

        self.main_splitter = QSplitter(ConsultationDaysView)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.days_widget = QWidget(self.main_splitter)
        self.days_widget.setObjectName(u"days_widget")
        self.days_layout = QVBoxLayout(self.days_widget)
        self.days_layout.setObjectName(u"days_layout")
        self.days_layout.setContentsMargins(0, 0, 0, 0)
        self.days_header_layout = QHBoxLayout()
        self.days_header_layout.setObjectName(u"days_header_layout")
        self.days_label = QLabel(self.days_widget)
        self.days_label.setObjectName(u"days_label")

        self.days_header_layout.addWidget(self.days_label)

        self.days_header_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.days_header_layout.addItem(self.days_header_spacer)

        self.show_past_check = QCheckBox(self.days_widget)
        self.show_past_check.setObjectName(u"show_past_check")
        self.show_past_check.setChecked(True)

        self.days_header_layout.addWidget(self.show_past_check)


        self.days_layout.addLayout(self.days_header_layout)

        self.days_table = QTableView(self.days_widget)
        self.days_table.setObjectName(u"days_table")
        self.days_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.days_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.days_table.setAlternatingRowColors(True)
        self.days_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days_table.horizontalHeader().setStretchLastSection(True)
        self.days_table.verticalHeader().setVisible(False)

        self.days_layout.addWidget(self.days_table)

        self.main_splitter.addWidget(self.days_widget)
        self.day_widget = QWidget(self.main_splitter)
        self.day_widget.setObjectName(u"day_widget")
        self.day_layout = QVBoxLayout(self.day_widget)
        self.day_layout.setObjectName(u"day_layout")
        self.day_layout.setContentsMargins(0, 0, 0, 0)
        self.day_title_label = QLabel(self.day_widget)
        self.day_title_label.setObjectName(u"day_title_label")
        self.day_title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.day_layout.addWidget(self.day_title_label)

        self.day_facts_label = QLabel(self.day_widget)
        self.day_facts_label.setObjectName(u"day_facts_label")
        self.day_facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.day_facts_label.setWordWrap(True)

        self.day_layout.addWidget(self.day_facts_label)

        self.appointments_label = QLabel(self.day_widget)
        self.appointments_label.setObjectName(u"appointments_label")

        self.day_layout.addWidget(self.appointments_label)

        self.appointments_table = QTableView(self.day_widget)
        self.appointments_table.setObjectName(u"appointments_table")
        self.appointments_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appointments_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.appointments_table.setAlternatingRowColors(True)
        self.appointments_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.appointments_table.horizontalHeader().setStretchLastSection(True)
        self.appointments_table.verticalHeader().setVisible(False)

        self.day_layout.addWidget(self.appointments_table)

        self.appointment_actions_layout = QHBoxLayout()
        self.appointment_actions_layout.setObjectName(u"appointment_actions_layout")
        self.book_button = QPushButton(self.day_widget)
        self.book_button.setObjectName(u"book_button")

        self.appointment_actions_layout.addWidget(self.book_button)

        self.walk_in_button = QPushButton(self.day_widget)
        self.walk_in_button.setObjectName(u"walk_in_button")

        self.appointment_actions_layout.addWidget(self.walk_in_button)

        self.consultation_button = QPushButton(self.day_widget)
        self.consultation_button.setObjectName(u"consultation_button")

        self.appointment_actions_layout.addWidget(self.consultation_button)

        self.attended_button = QPushButton(self.day_widget)
        self.attended_button.setObjectName(u"attended_button")

        self.appointment_actions_layout.addWidget(self.attended_button)

        self.no_show_button = QPushButton(self.day_widget)
        self.no_show_button.setObjectName(u"no_show_button")

        self.appointment_actions_layout.addWidget(self.no_show_button)

        self.cancel_appointment_button = QPushButton(self.day_widget)
        self.cancel_appointment_button.setObjectName(u"cancel_appointment_button")

        self.appointment_actions_layout.addWidget(self.cancel_appointment_button)

        self.appointment_actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.appointment_actions_layout.addItem(self.appointment_actions_spacer)


        self.day_layout.addLayout(self.appointment_actions_layout)

        self.exports_layout = QHBoxLayout()
        self.exports_layout.setObjectName(u"exports_layout")
        self.pdf_button = QPushButton(self.day_widget)
        self.pdf_button.setObjectName(u"pdf_button")

        self.exports_layout.addWidget(self.pdf_button)

        self.ics_button = QPushButton(self.day_widget)
        self.ics_button.setObjectName(u"ics_button")

        self.exports_layout.addWidget(self.ics_button)

        self.exports_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exports_layout.addItem(self.exports_spacer)


        self.day_layout.addLayout(self.exports_layout)

        self.day_layout.setStretch(3, 1)
        self.main_splitter.addWidget(self.day_widget)

        self.main_layout.addWidget(self.main_splitter)

        self.status_label = QLabel(ConsultationDaysView)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.days_label.setBuddy(self.days_table)
        self.appointments_label.setBuddy(self.appointments_table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsultationDaysView)
    # setupUi

    def retranslateUi(self, ConsultationDaysView):
        self.title_label.setText(QCoreApplication.translate("ConsultationDaysView", u"Consultation days", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Section title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kit_frame.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Laptop kit", None))
#endif // QT_CONFIG(accessibility)
        self.kit_label.setText(QCoreApplication.translate("ConsultationDaysView", u"Laptop kit", None))
#if QT_CONFIG(accessibility)
        self.kit_label.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Laptop kit", None))
#endif // QT_CONFIG(accessibility)
        self.pending_label.setText("")
#if QT_CONFIG(accessibility)
        self.pending_label.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Changes not yet checked in", None))
#endif // QT_CONFIG(accessibility)
        self.write_package_button.setText(QCoreApplication.translate("ConsultationDaysView", u"Write check-in &package\u2026", None))
#if QT_CONFIG(accessibility)
        self.write_package_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Write a check-in package for the office", None))
#endif // QT_CONFIG(accessibility)
        self.new_day_button.setText(QCoreApplication.translate("ConsultationDaysView", u"&New day\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_day_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Plan a new consultation day", None))
#endif // QT_CONFIG(accessibility)
        self.edit_day_button.setText(QCoreApplication.translate("ConsultationDaysView", u"&Edit day\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_day_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Edit the selected consultation day", None))
#endif // QT_CONFIG(accessibility)
        self.delete_day_button.setText(QCoreApplication.translate("ConsultationDaysView", u"&Delete day", None))
#if QT_CONFIG(accessibility)
        self.delete_day_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Delete the selected consultation day", None))
#endif // QT_CONFIG(accessibility)
        self.check_out_button.setText(QCoreApplication.translate("ConsultationDaysView", u"Check &out laptop kit\u2026", None))
#if QT_CONFIG(accessibility)
        self.check_out_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Check out a laptop kit for consultation days", None))
#endif // QT_CONFIG(accessibility)
        self.refresh_kit_button.setText(QCoreApplication.translate("ConsultationDaysView", u"&Refresh kit\u2026", None))
#if QT_CONFIG(accessibility)
        self.refresh_kit_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Refresh a laptop kit from the office", None))
#endif // QT_CONFIG(accessibility)
        self.import_button.setText(QCoreApplication.translate("ConsultationDaysView", u"Import pac&kage\u2026", None))
#if QT_CONFIG(accessibility)
        self.import_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Import a laptop's check-in package", None))
#endif // QT_CONFIG(accessibility)
        self.conflicts_button.setText(QCoreApplication.translate("ConsultationDaysView", u"Conflict&s\u2026", None))
#if QT_CONFIG(accessibility)
        self.conflicts_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Decide conflicts between laptop and office", None))
#endif // QT_CONFIG(accessibility)
        self.days_label.setText(QCoreApplication.translate("ConsultationDaysView", u"Consultation da&ys", None))
        self.show_past_check.setText(QCoreApplication.translate("ConsultationDaysView", u"Show &past days", None))
#if QT_CONFIG(accessibility)
        self.show_past_check.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Show past consultation days", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.days_table.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Consultation days", None))
#endif // QT_CONFIG(accessibility)
        self.day_title_label.setText("")
#if QT_CONFIG(accessibility)
        self.day_title_label.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Consultation day", None))
#endif // QT_CONFIG(accessibility)
        self.day_facts_label.setText("")
#if QT_CONFIG(accessibility)
        self.day_facts_label.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Details of the day", None))
#endif // QT_CONFIG(accessibility)
        self.appointments_label.setText(QCoreApplication.translate("ConsultationDaysView", u"Appo&intments", None))
#if QT_CONFIG(accessibility)
        self.appointments_table.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Appointments of the day", None))
#endif // QT_CONFIG(accessibility)
        self.book_button.setText(QCoreApplication.translate("ConsultationDaysView", u"&Book\u2026", None))
#if QT_CONFIG(accessibility)
        self.book_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Book a slot", None))
#endif // QT_CONFIG(accessibility)
        self.walk_in_button.setText(QCoreApplication.translate("ConsultationDaysView", u"&Walk-in\u2026", None))
#if QT_CONFIG(accessibility)
        self.walk_in_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Record a walk-in", None))
#endif // QT_CONFIG(accessibility)
        self.consultation_button.setText(QCoreApplication.translate("ConsultationDaysView", u"Record &consultation\u2026", None))
#if QT_CONFIG(accessibility)
        self.consultation_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Record the consultation of the selected appointment", None))
#endif // QT_CONFIG(accessibility)
        self.attended_button.setText(QCoreApplication.translate("ConsultationDaysView", u"&Attended", None))
#if QT_CONFIG(accessibility)
        self.attended_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Mark the selected appointment as attended", None))
#endif // QT_CONFIG(accessibility)
        self.no_show_button.setText(QCoreApplication.translate("ConsultationDaysView", u"Did no&t come", None))
#if QT_CONFIG(accessibility)
        self.no_show_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Mark that the person did not come", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_appointment_button.setText(QCoreApplication.translate("ConsultationDaysView", u"Cancel appoint&ment", None))
#if QT_CONFIG(accessibility)
        self.cancel_appointment_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Cancel the selected appointment", None))
#endif // QT_CONFIG(accessibility)
        self.pdf_button.setText(QCoreApplication.translate("ConsultationDaysView", u"Appointment &list (PDF)\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdf_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Save the appointment list as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.ics_button.setText(QCoreApplication.translate("ConsultationDaysView", u"E&xport calendar file (.ics)\u2026", None))
#if QT_CONFIG(accessibility)
        self.ics_button.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Save the booked appointments as a calendar file", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("ConsultationDaysView", u"Last action", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

