# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QStackedWidget, QTableView, QTableWidget, QVBoxLayout, QWidget

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        self.main_layout = QVBoxLayout(ImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.step_label = QLabel(ImportDialog)
        self.step_label.setObjectName(u"step_label")

        self.main_layout.addWidget(self.step_label)

        self.pages_stack = QStackedWidget(ImportDialog)
        self.pages_stack.setObjectName(u"pages_stack")
        self.source_page = QWidget()
        self.source_page.setObjectName(u"source_page")
        self.source_layout = QVBoxLayout(self.source_page)
        self.source_layout.setObjectName(u"source_layout")
        self.source_form = QFormLayout()
        self.source_form.setObjectName(u"source_form")
        self.kind_label = QLabel(self.source_page)
        self.kind_label.setObjectName(u"kind_label")

        self.source_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(self.source_page)
        self.kind_combo.setObjectName(u"kind_combo")

        self.source_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.file_label = QLabel(self.source_page)
        self.file_label.setObjectName(u"file_label")

        self.source_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(self.source_page)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(self.source_page)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.source_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.file_layout)


        self.source_layout.addLayout(self.source_form)

        self.formats_label = QLabel(self.source_page)
        self.formats_label.setObjectName(u"formats_label")
        self.formats_label.setWordWrap(True)
        self.formats_label.setTextFormat(Qt.TextFormat.PlainText)

        self.source_layout.addWidget(self.formats_label)

        self.read_progress = QProgressBar(self.source_page)
        self.read_progress.setObjectName(u"read_progress")
        self.read_progress.setValue(0)
        self.read_progress.setTextVisible(True)

        self.source_layout.addWidget(self.read_progress)

        self.source_message_label = QLabel(self.source_page)
        self.source_message_label.setObjectName(u"source_message_label")
        self.source_message_label.setWordWrap(True)
        self.source_message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.source_layout.addWidget(self.source_message_label)

        self.source_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.source_layout.addItem(self.source_spacer)

        self.pages_stack.addWidget(self.source_page)
        self.layout_page = QWidget()
        self.layout_page.setObjectName(u"layout_page")
        self.layout_layout = QVBoxLayout(self.layout_page)
        self.layout_layout.setObjectName(u"layout_layout")
        self.layout_form = QFormLayout()
        self.layout_form.setObjectName(u"layout_form")
        self.sheet_label = QLabel(self.layout_page)
        self.sheet_label.setObjectName(u"sheet_label")

        self.layout_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sheet_label)

        self.sheet_combo = QComboBox(self.layout_page)
        self.sheet_combo.setObjectName(u"sheet_combo")

        self.layout_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sheet_combo)

        self.header_row_label = QLabel(self.layout_page)
        self.header_row_label.setObjectName(u"header_row_label")

        self.layout_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.header_row_label)

        self.header_row_spin = QSpinBox(self.layout_page)
        self.header_row_spin.setObjectName(u"header_row_spin")
        self.header_row_spin.setMinimum(1)
        self.header_row_spin.setMaximum(1000000)

        self.layout_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.header_row_spin)


        self.layout_layout.addLayout(self.layout_form)

        self.raw_label = QLabel(self.layout_page)
        self.raw_label.setObjectName(u"raw_label")
        self.raw_label.setWordWrap(True)
        self.raw_label.setTextFormat(Qt.TextFormat.PlainText)

        self.layout_layout.addWidget(self.raw_label)

        self.raw_table = QTableView(self.layout_page)
        self.raw_table.setObjectName(u"raw_table")
        self.raw_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raw_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.raw_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout_layout.addWidget(self.raw_table)

        self.pages_stack.addWidget(self.layout_page)
        self.mapping_page = QWidget()
        self.mapping_page.setObjectName(u"mapping_page")
        self.mapping_layout = QVBoxLayout(self.mapping_page)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_hint_label = QLabel(self.mapping_page)
        self.mapping_hint_label.setObjectName(u"mapping_hint_label")
        self.mapping_hint_label.setWordWrap(True)
        self.mapping_hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.mapping_layout.addWidget(self.mapping_hint_label)

        self.saved_layout = QHBoxLayout()
        self.saved_layout.setObjectName(u"saved_layout")
        self.saved_label = QLabel(self.mapping_page)
        self.saved_label.setObjectName(u"saved_label")

        self.saved_layout.addWidget(self.saved_label)

        self.saved_combo = QComboBox(self.mapping_page)
        self.saved_combo.setObjectName(u"saved_combo")

        self.saved_layout.addWidget(self.saved_combo)

        self.apply_saved_button = QPushButton(self.mapping_page)
        self.apply_saved_button.setObjectName(u"apply_saved_button")

        self.saved_layout.addWidget(self.apply_saved_button)

        self.delete_saved_button = QPushButton(self.mapping_page)
        self.delete_saved_button.setObjectName(u"delete_saved_button")

        self.saved_layout.addWidget(self.delete_saved_button)

        self.saved_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saved_layout.addItem(self.saved_spacer)


        self.mapping_layout.addLayout(self.saved_layout)

        self.mapping_table = QTableWidget(self.mapping_page)
        self.mapping_table.setObjectName(u"mapping_table")
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.mapping_layout.addWidget(self.mapping_table)

        self.save_layout = QHBoxLayout()
        self.save_layout.setObjectName(u"save_layout")
        self.mapping_name_label = QLabel(self.mapping_page)
        self.mapping_name_label.setObjectName(u"mapping_name_label")

        self.save_layout.addWidget(self.mapping_name_label)

        self.mapping_name_edit = QLineEdit(self.mapping_page)
        self.mapping_name_edit.setObjectName(u"mapping_name_edit")
        self.mapping_name_edit.setMaxLength(80)

        self.save_layout.addWidget(self.mapping_name_edit)

        self.save_mapping_button = QPushButton(self.mapping_page)
        self.save_mapping_button.setObjectName(u"save_mapping_button")

        self.save_layout.addWidget(self.save_mapping_button)


        self.mapping_layout.addLayout(self.save_layout)

        self.missing_label = QLabel(self.mapping_page)
        self.missing_label.setObjectName(u"missing_label")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)

        self.mapping_layout.addWidget(self.missing_label)

        self.pages_stack.addWidget(self.mapping_page)
        self.preview_page = QWidget()
        self.preview_page.setObjectName(u"preview_page")
        self.preview_layout = QVBoxLayout(self.preview_page)
        self.preview_layout.setObjectName(u"preview_layout")
        self.summary_label = QLabel(self.preview_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.preview_layout.addWidget(self.summary_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_label = QLabel(self.preview_page)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.filter_combo = QComboBox(self.preview_page)
        self.filter_combo.setObjectName(u"filter_combo")

        self.filter_layout.addWidget(self.filter_combo)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.report_button = QPushButton(self.preview_page)
        self.report_button.setObjectName(u"report_button")

        self.filter_layout.addWidget(self.report_button)


        self.preview_layout.addLayout(self.filter_layout)

        self.preview_splitter = QSplitter(self.preview_page)
        self.preview_splitter.setObjectName(u"preview_splitter")
        self.preview_splitter.setOrientation(Qt.Orientation.Vertical)
        self.preview_table = QTableView(self.preview_splitter)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_splitter.addWidget(self.preview_table)
        self.details_text = QPlainTextEdit(self.preview_splitter)
        self.details_text.setObjectName(u"details_text")
        self.details_text.setReadOnly(True)
        self.details_text.setTabChangesFocus(True)
        self.preview_splitter.addWidget(self.details_text)

        self.preview_layout.addWidget(self.preview_splitter)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.action_label = QLabel(self.preview_page)
        self.action_label.setObjectName(u"action_label")

        self.action_layout.addWidget(self.action_label)

        self.import_rows_button = QPushButton(self.preview_page)
        self.import_rows_button.setObjectName(u"import_rows_button")

        self.action_layout.addWidget(self.import_rows_button)

        self.link_rows_button = QPushButton(self.preview_page)
        self.link_rows_button.setObjectName(u"link_rows_button")

        self.action_layout.addWidget(self.link_rows_button)

        self.skip_rows_button = QPushButton(self.preview_page)
        self.skip_rows_button.setObjectName(u"skip_rows_button")

        self.action_layout.addWidget(self.skip_rows_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_layout.addItem(self.action_spacer)


        self.preview_layout.addLayout(self.action_layout)

        self.preview_progress = QProgressBar(self.preview_page)
        self.preview_progress.setObjectName(u"preview_progress")
        self.preview_progress.setValue(0)
        self.preview_progress.setTextVisible(True)

        self.preview_layout.addWidget(self.preview_progress)

        self.pages_stack.addWidget(self.preview_page)
        self.import_page = QWidget()
        self.import_page.setObjectName(u"import_page")
        self.import_layout = QVBoxLayout(self.import_page)
        self.import_layout.setObjectName(u"import_layout")
        self.import_summary_label = QLabel(self.import_page)
        self.import_summary_label.setObjectName(u"import_summary_label")
        self.import_summary_label.setWordWrap(True)
        self.import_summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.import_layout.addWidget(self.import_summary_label)

        self.import_progress = QProgressBar(self.import_page)
        self.import_progress.setObjectName(u"import_progress")
        self.import_progress.setValue(0)
        self.import_progress.setTextVisible(True)

        self.import_layout.addWidget(self.import_progress)

        self.result_label = QLabel(self.import_page)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)

        self.import_layout.addWidget(self.result_label)

        self.result_layout = QHBoxLayout()
        self.result_layout.setObjectName(u"result_layout")
        self.result_report_button = QPushButton(self.import_page)
        self.result_report_button.setObjectName(u"result_report_button")

        self.result_layout.addWidget(self.result_report_button)

        self.result_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.result_layout.addItem(self.result_spacer)


        self.import_layout.addLayout(self.result_layout)

        self.import_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.import_layout.addItem(self.import_spacer)

        self.pages_stack.addWidget(self.import_page)

        self.main_layout.addWidget(self.pages_stack)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.back_button = QPushButton(ImportDialog)
        self.back_button.setObjectName(u"back_button")

        self.button_layout.addWidget(self.back_button)

        self.next_button = QPushButton(ImportDialog)
        self.next_button.setObjectName(u"next_button")

        self.button_layout.addWidget(self.next_button)

        self.cancel_button = QPushButton(ImportDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.file_label.setBuddy(self.file_edit)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.header_row_label.setBuddy(self.header_row_spin)
        self.saved_label.setBuddy(self.saved_combo)
        self.mapping_name_label.setBuddy(self.mapping_name_edit)
        self.filter_label.setBuddy(self.filter_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import a list", None))
        self.step_label.setText("")
#if QT_CONFIG(accessibility)
        self.step_label.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Step of the import", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("ImportDialog", u"&What the list holds", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Kind of list", None))
#endif // QT_CONFIG(accessibility)
        self.file_label.setText(QCoreApplication.translate("ImportDialog", u"&File", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"File to import", None))
#endif // QT_CONFIG(accessibility)
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"An Excel workbook (.xlsx) or a CSV file", None))
        self.browse_button.setText(QCoreApplication.translate("ImportDialog", u"&Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Choose the file", None))
#endif // QT_CONFIG(accessibility)
        self.formats_label.setText(QCoreApplication.translate("ImportDialog", u"Excel workbooks (.xlsx) and CSV files (UTF-8, UTF-8 with BOM or Windows-1252; commas or semicolons) can be imported. The file is read in a separate, protected process: files that are damaged, contain macros or try to exhaust the computer are refused.", None))
#if QT_CONFIG(accessibility)
        self.formats_label.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Which files can be imported", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.read_progress.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Reading the file", None))
#endif // QT_CONFIG(accessibility)
        self.source_message_label.setText("")
#if QT_CONFIG(accessibility)
        self.source_message_label.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Message about the file", None))
#endif // QT_CONFIG(accessibility)
        self.sheet_label.setText(QCoreApplication.translate("ImportDialog", u"&Worksheet", None))
#if QT_CONFIG(accessibility)
        self.sheet_combo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Worksheet to import", None))
#endif // QT_CONFIG(accessibility)
        self.header_row_label.setText(QCoreApplication.translate("ImportDialog", u"Column &titles in row", None))
#if QT_CONFIG(accessibility)
        self.header_row_spin.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Row holding the column titles", None))
#endif // QT_CONFIG(accessibility)
        self.raw_label.setText(QCoreApplication.translate("ImportDialog", u"The first rows of the file (the row with the column titles is marked):", None))
#if QT_CONFIG(accessibility)
        self.raw_table.setAccessibleName(QCoreApplication.translate("ImportDialog", u"First rows of the file", None))
#endif // QT_CONFIG(accessibility)
        self.mapping_hint_label.setText(QCoreApplication.translate("ImportDialog", u"Choose for each field the column of the file that holds it. The suggestion comes from the column titles; fields marked * are required.", None))
#if QT_CONFIG(accessibility)
        self.mapping_hint_label.setAccessibleName(QCoreApplication.translate("ImportDialog", u"How to assign the columns", None))
#endif // QT_CONFIG(accessibility)
        self.saved_label.setText(QCoreApplication.translate("ImportDialog", u"Saved &assignment", None))
#if QT_CONFIG(accessibility)
        self.saved_combo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Saved column assignments", None))
#endif // QT_CONFIG(accessibility)
        self.apply_saved_button.setText(QCoreApplication.translate("ImportDialog", u"A&pply", None))
#if QT_CONFIG(accessibility)
        self.apply_saved_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Apply the saved column assignment", None))
#endif // QT_CONFIG(accessibility)
        self.delete_saved_button.setText(QCoreApplication.translate("ImportDialog", u"&Delete", None))
#if QT_CONFIG(accessibility)
        self.delete_saved_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Delete the saved column assignment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mapping_table.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Column of the file for each field", None))
#endif // QT_CONFIG(accessibility)
        self.mapping_name_label.setText(QCoreApplication.translate("ImportDialog", u"Save &as", None))
#if QT_CONFIG(accessibility)
        self.mapping_name_edit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Name of the column assignment", None))
#endif // QT_CONFIG(accessibility)
        self.mapping_name_edit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"e.g. Liste vom Jobcenter", None))
        self.save_mapping_button.setText(QCoreApplication.translate("ImportDialog", u"&Save assignment", None))
#if QT_CONFIG(accessibility)
        self.save_mapping_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Save the column assignment", None))
#endif // QT_CONFIG(accessibility)
        self.missing_label.setText("")
#if QT_CONFIG(accessibility)
        self.missing_label.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Fields still without a column", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText("")
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Result of the check", None))
#endif // QT_CONFIG(accessibility)
        self.filter_label.setText(QCoreApplication.translate("ImportDialog", u"S&how", None))
#if QT_CONFIG(accessibility)
        self.filter_combo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Rows shown", None))
#endif // QT_CONFIG(accessibility)
        self.report_button.setText(QCoreApplication.translate("ImportDialog", u"Save &report (XLSX)\u2026", None))
#if QT_CONFIG(accessibility)
        self.report_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Save the list of problems as an Excel file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview_table.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Rows of the file and what happens to them", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.details_text.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Problems and duplicates of the selected row", None))
#endif // QT_CONFIG(accessibility)
        self.action_label.setText(QCoreApplication.translate("ImportDialog", u"Selected rows:", None))
        self.import_rows_button.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
#if QT_CONFIG(accessibility)
        self.import_rows_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import the selected rows", None))
#endif // QT_CONFIG(accessibility)
        self.link_rows_button.setText(QCoreApplication.translate("ImportDialog", u"&Link to existing", None))
#if QT_CONFIG(accessibility)
        self.link_rows_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Use the existing records for the selected rows", None))
#endif // QT_CONFIG(accessibility)
        self.skip_rows_button.setText(QCoreApplication.translate("ImportDialog", u"S&kip", None))
#if QT_CONFIG(accessibility)
        self.skip_rows_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Skip the selected rows", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview_progress.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Checking the rows", None))
#endif // QT_CONFIG(accessibility)
        self.import_summary_label.setText("")
#if QT_CONFIG(accessibility)
        self.import_summary_label.setAccessibleName(QCoreApplication.translate("ImportDialog", u"What will be imported", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.import_progress.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Importing", None))
#endif // QT_CONFIG(accessibility)
        self.result_label.setText("")
#if QT_CONFIG(accessibility)
        self.result_label.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Result of the import", None))
#endif // QT_CONFIG(accessibility)
        self.result_report_button.setText(QCoreApplication.translate("ImportDialog", u"Save &report (XLSX)\u2026", None))
#if QT_CONFIG(accessibility)
        self.result_report_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Save the report of the import as an Excel file", None))
#endif // QT_CONFIG(accessibility)
        self.back_button.setText(QCoreApplication.translate("ImportDialog", u"< &Back", None))
#if QT_CONFIG(accessibility)
        self.back_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Back to the previous step", None))
#endif // QT_CONFIG(accessibility)
        self.next_button.setText(QCoreApplication.translate("ImportDialog", u"&Next >", None))
#if QT_CONFIG(accessibility)
        self.next_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Next step", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_button.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancel_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

