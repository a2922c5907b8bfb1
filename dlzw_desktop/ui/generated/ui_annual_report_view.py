# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'annual_report_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QSpinBox, QToolButton, QVBoxLayout, QWidget

class Ui_AnnualReportView(object):
    def setupUi(self, AnnualReportView):
        if not AnnualReportView.objectName():
            AnnualReportView.setObjectName(u"AnnualReportView")
        self.main_layout = QHBoxLayout(AnnualReportView)
        self.main_layout.setObjectName(u"main_layout")
        self.options_layout = QVBoxLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.period_group = QGroupBox(AnnualReportView)
        self.period_group.setObjectName(u"period_group")
        self.period_layout = QGridLayout(self.period_group)
        self.period_layout.setObjectName(u"period_layout")
        self.year_radio = QRadioButton(self.period_group)
        self.year_radio.setObjectName(u"year_radio")
        self.year_radio.setChecked(True)

        self.period_layout.addWidget(self.year_radio, 0, 0, 1, 1)

        self.year_spin = QSpinBox(self.period_group)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)
        self.year_spin.setValue(2025)

        self.period_layout.addWidget(self.year_spin, 0, 1, 1, 3)

        self.range_radio = QRadioButton(self.period_group)
        self.range_radio.setObjectName(u"range_radio")

        self.period_layout.addWidget(self.range_radio, 1, 0, 1, 1)

        self.from_date_edit = QDateEdit(self.period_group)
        self.from_date_edit.setObjectName(u"from_date_edit")
        self.from_date_edit.setCalendarPopup(True)

        self.period_layout.addWidget(self.from_date_edit, 1, 1, 1, 1)

        self.to_label = QLabel(self.period_group)
        self.to_label.setObjectName(u"to_label")

        self.period_layout.addWidget(self.to_label, 1, 2, 1, 1)

        self.to_date_edit = QDateEdit(self.period_group)
        self.to_date_edit.setObjectName(u"to_date_edit")
        self.to_date_edit.setCalendarPopup(True)

        self.period_layout.addWidget(self.to_date_edit, 1, 3, 1, 1)


        self.options_layout.addWidget(self.period_group)

        self.variant_group = QGroupBox(AnnualReportView)
        self.variant_group.setObjectName(u"variant_group")
        self.variant_layout = QFormLayout(self.variant_group)
        self.variant_layout.setObjectName(u"variant_layout")
        self.published_check = QCheckBox(self.variant_group)
        self.published_check.setObjectName(u"published_check")

        self.variant_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.published_check)

        self.k_label = QLabel(self.variant_group)
        self.k_label.setObjectName(u"k_label")

        self.variant_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.k_label)

        self.k_spin = QSpinBox(self.variant_group)
        self.k_spin.setObjectName(u"k_spin")
        self.k_spin.setMinimum(2)
        self.k_spin.setMaximum(20)
        self.k_spin.setValue(3)

        self.variant_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.k_spin)

        self.variant_hint_label = QLabel(self.variant_group)
        self.variant_hint_label.setObjectName(u"variant_hint_label")
        self.variant_hint_label.setWordWrap(True)
        self.variant_hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.variant_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.variant_hint_label)


        self.options_layout.addWidget(self.variant_group)

        self.output_group = QGroupBox(AnnualReportView)
        self.output_group.setObjectName(u"output_group")
        self.output_layout = QGridLayout(self.output_group)
        self.output_layout.setObjectName(u"output_layout")
        self.pdf_check = QCheckBox(self.output_group)
        self.pdf_check.setObjectName(u"pdf_check")
        self.pdf_check.setChecked(True)

        self.output_layout.addWidget(self.pdf_check, 0, 0, 1, 1)

        self.xlsx_check = QCheckBox(self.output_group)
        self.xlsx_check.setObjectName(u"xlsx_check")
        self.xlsx_check.setChecked(True)

        self.output_layout.addWidget(self.xlsx_check, 0, 1, 1, 2)

        self.folder_label = QLabel(self.output_group)
        self.folder_label.setObjectName(u"folder_label")

        self.output_layout.addWidget(self.folder_label, 1, 0, 1, 1)

        self.folder_edit = QLineEdit(self.output_group)
        self.folder_edit.setObjectName(u"folder_edit")

        self.output_layout.addWidget(self.folder_edit, 1, 1, 1, 1)

        self.choose_folder_button = QPushButton(self.output_group)
        self.choose_folder_button.setObjectName(u"choose_folder_button")

        self.output_layout.addWidget(self.choose_folder_button, 1, 2, 1, 1)


        self.options_layout.addWidget(self.output_group)

        self.run_layout = QHBoxLayout()
        self.run_layout.setObjectName(u"run_layout")
        self.generate_button = QPushButton(AnnualReportView)
        self.generate_button.setObjectName(u"generate_button")

        self.run_layout.addWidget(self.generate_button)

        self.cancel_button = QPushButton(AnnualReportView)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setEnabled(False)

        self.run_layout.addWidget(self.cancel_button)


        self.options_layout.addLayout(self.run_layout)

        self.progress_bar = QProgressBar(AnnualReportView)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(False)

        self.options_layout.addWidget(self.progress_bar)

        self.status_label = QLabel(AnnualReportView)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.options_layout.addWidget(self.status_label)

        self.files_layout = QHBoxLayout()
        self.files_layout.setObjectName(u"files_layout")
        self.open_pdf_button = QPushButton(AnnualReportView)
        self.open_pdf_button.setObjectName(u"open_pdf_button")
        self.open_pdf_button.setEnabled(False)

        self.files_layout.addWidget(self.open_pdf_button)

        self.open_xlsx_button = QPushButton(AnnualReportView)
        self.open_xlsx_button.setObjectName(u"open_xlsx_button")
        self.open_xlsx_button.setEnabled(False)

        self.files_layout.addWidget(self.open_xlsx_button)

        self.show_folder_button = QPushButton(AnnualReportView)
        self.show_folder_button.setObjectName(u"show_folder_button")
        self.show_folder_button.setEnabled(False)

        self.files_layout.addWidget(self.show_folder_button)


        self.options_layout.addLayout(self.files_layout)

        self.options_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.options_layout.addItem(self.options_spacer)


        self.main_layout.addLayout(self.options_layout)

        self.preview_layout = QVBoxLayout()
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_toolbar_layout = QHBoxLayout()
        self.preview_toolbar_layout.setObjectName(u"preview_toolbar_layout")
        self.preview_label = QLabel(AnnualReportView)
        self.preview_label.setObjectName(u"preview_label")

        self.preview_toolbar_layout.addWidget(self.preview_label)

        self.preview_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preview_toolbar_layout.addItem(self.preview_spacer)

        self.page_label = QLabel(AnnualReportView)
        self.page_label.setObjectName(u"page_label")

        self.preview_toolbar_layout.addWidget(self.page_label)

        self.previous_page_button = QToolButton(AnnualReportView)
        self.previous_page_button.setObjectName(u"previous_page_button")

        self.preview_toolbar_layout.addWidget(self.previous_page_button)

        self.next_page_button = QToolButton(AnnualReportView)
        self.next_page_button.setObjectName(u"next_page_button")

        self.preview_toolbar_layout.addWidget(self.next_page_button)

        self.zoom_combo = QComboBox(AnnualReportView)
        self.zoom_combo.setObjectName(u"zoom_combo")

        self.preview_toolbar_layout.addWidget(self.zoom_combo)


        self.preview_layout.addLayout(self.preview_toolbar_layout)

        self.pdf_view = QPdfView(AnnualReportView)
        self.pdf_view.setObjectName(u"pdf_view")
        self.pdf_view.setMinimumSize(QSize(420, 300))

        self.preview_layout.addWidget(self.pdf_view)

        self.preview_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.preview_layout)

#if QT_CONFIG(shortcut)
        self.to_label.setBuddy(self.to_date_edit)
        self.k_label.setBuddy(self.k_spin)
        self.folder_label.setBuddy(self.folder_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year_radio, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.range_radio)
        QWidget.setTabOrder(self.range_radio, self.from_date_edit)
        QWidget.setTabOrder(self.from_date_edit, self.to_date_edit)
        QWidget.setTabOrder(self.to_date_edit, self.published_check)
        QWidget.setTabOrder(self.published_check, self.k_spin)
        QWidget.setTabOrder(self.k_spin, self.pdf_check)
        QWidget.setTabOrder(self.pdf_check, self.xlsx_check)
        QWidget.setTabOrder(self.xlsx_check, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.choose_folder_button)
        QWidget.setTabOrder(self.choose_folder_button, self.generate_button)
        QWidget.setTabOrder(self.generate_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.open_pdf_button)
        QWidget.setTabOrder(self.open_pdf_button, self.open_xlsx_button)
        QWidget.setTabOrder(self.open_xlsx_button, self.show_folder_button)
        QWidget.setTabOrder(self.show_folder_button, self.pdf_view)

        self.retranslateUi(AnnualReportView)

        self.generate_button.setDefault(True)

    # setupUi

    def retranslateUi(self, AnnualReportView):
        self.period_group.setTitle(QCoreApplication.translate("AnnualReportView", u"Period", None))
        self.year_radio.setText(QCoreApplication.translate("AnnualReportView", u"Calendar &year", None))
#if QT_CONFIG(accessibility)
        self.year_radio.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Report a calendar year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.year_spin.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Report year", None))
#endif // QT_CONFIG(accessibility)
        self.range_radio.setText(QCoreApplication.translate("AnnualReportView", u"Date &range", None))
#if QT_CONFIG(accessibility)
        self.range_radio.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Report a range of days", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.from_date_edit.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"First day of the report", None))
#endif // QT_CONFIG(accessibility)
        self.from_date_edit.setDisplayFormat(QCoreApplication.translate("AnnualReportView", u"dd.MM.yyyy", None))
        self.to_label.setText(QCoreApplication.translate("AnnualReportView", u"&to", None))
#if QT_CONFIG(accessibility)
        self.to_date_edit.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Last day of the report", None))
#endif // QT_CONFIG(accessibility)
        self.to_date_edit.setDisplayFormat(QCoreApplication.translate("AnnualReportView", u"dd.MM.yyyy", None))
        self.variant_group.setTitle(QCoreApplication.translate("AnnualReportView", u"Variant", None))
        self.published_check.setText(QCoreApplication.translate("AnnualReportView", u"P&ublished variant (for reports that leave the agency)", None))
#if QT_CONFIG(accessibility)
        self.published_check.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Published variant", None))
#endif // QT_CONFIG(accessibility)
        self.k_label.setText(QCoreApplication.translate("AnnualReportView", u"Smallest count shown (&k)", None))
#if QT_CONFIG(accessibility)
        self.k_spin.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Smallest count shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.variant_hint_label.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Variant explanation", None))
#endif // QT_CONFIG(accessibility)
        self.output_group.setTitle(QCoreApplication.translate("AnnualReportView", u"Output", None))
        self.pdf_check.setText(QCoreApplication.translate("AnnualReportView", u"P&DF", None))
#if QT_CONFIG(accessibility)
        self.pdf_check.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Write a PDF", None))
#endif // QT_CONFIG(accessibility)
        self.xlsx_check.setText(QCoreApplication.translate("AnnualReportView", u"&Excel workbook", None))
#if QT_CONFIG(accessibility)
        self.xlsx_check.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Write an Excel workbook", None))
#endif // QT_CONFIG(accessibility)
        self.folder_label.setText(QCoreApplication.translate("AnnualReportView", u"F&older", None))
#if QT_CONFIG(accessibility)
        self.folder_edit.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Folder for the report files", None))
#endif // QT_CONFIG(accessibility)
        self.choose_folder_button.setText(QCoreApplication.translate("AnnualReportView", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.choose_folder_button.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Choose the folder", None))
#endif // QT_CONFIG(accessibility)
        self.generate_button.setText(QCoreApplication.translate("AnnualReportView", u"&Generate report", None))
#if QT_CONFIG(accessibility)
        self.generate_button.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Generate the report", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_button.setText(QCoreApplication.translate("AnnualReportView", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancel_button.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Cancel the report", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Report progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Report status", None))
#endif // QT_CONFIG(accessibility)
        self.open_pdf_button.setText(QCoreApplication.translate("AnnualReportView", u"Open &PDF in the system viewer", None))
#if QT_CONFIG(accessibility)
        self.open_pdf_button.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Open the PDF with the system viewer", None))
#endif // QT_CONFIG(accessibility)
        self.open_xlsx_button.setText(QCoreApplication.translate("AnnualReportView", u"Open &workbook", None))
#if QT_CONFIG(accessibility)
        self.open_xlsx_button.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Open the Excel workbook", None))
#endif // QT_CONFIG(accessibility)
        self.show_folder_button.setText(QCoreApplication.translate("AnnualReportView", u"&Show folder", None))
#if QT_CONFIG(accessibility)
        self.show_folder_button.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Show the folder of the report", None))
#endif // QT_CONFIG(accessibility)
        self.preview_label.setText(QCoreApplication.translate("AnnualReportView", u"Preview", None))
#if QT_CONFIG(accessibility)
        self.preview_label.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Preview heading", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.page_label.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Current page", None))
#endif // QT_CONFIG(accessibility)
        self.previous_page_button.setText(QCoreApplication.translate("AnnualReportView", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.previous_page_button.setToolTip(QCoreApplication.translate("AnnualReportView", u"Previous page (Page Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previous_page_button.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Previous page", None))
#endif // QT_CONFIG(accessibility)
        self.next_page_button.setText(QCoreApplication.translate("AnnualReportView", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.next_page_button.setToolTip(QCoreApplication.translate("AnnualReportView", u"Next page (Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.next_page_button.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Next page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.zoom_combo.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Zoom of the preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pdf_view.setAccessibleName(QCoreApplication.translate("AnnualReportView", u"Preview of the PDF report", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

