"""The import dialog: a list (XLSX or CSV) taken step by step into the database.

Steps: kind and file → worksheet and header row → column assignment (suggested, saved ones reusable) →
preview of every row with its problems and duplicates (import, link or skip per row) → import with
progress. Reading runs in the sandbox process through a worker thread, checking and writing on the
database thread: the dialog never blocks, and every long step can be cancelled (an import cancelled
keeps nothing).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from dlzw_desktop.errors import DlzwError
from dlzw_desktop.services.import_service import SavedMapping
from dlzw_desktop.services.importing.convert import Problem
from dlzw_desktop.services.importing.mapping import (
    ColumnMapping,
    ImportKind,
    TargetField,
    fields_of,
    suggest_mapping,
)
from dlzw_desktop.services.importing.plan import ImportPlan, ImportResult, PlannedRow, RowAction, RowStatus
from dlzw_desktop.services.importing.problems_xlsx import german_message
from dlzw_desktop.services.importing.raw import CellKind, RawRow, ReadResult
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui import import_labels
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.generated.ui_import_dialog import Ui_ImportDialog
from dlzw_desktop.ui.import_preview_table_model import ImportPreviewTableModel
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.row_table_model import Column, RowTableModel
from dlzw_desktop.ui.workers import Pool, TaskCancelled, TaskHandle, run_in_background

logger = logging.getLogger(__name__)

SOURCE, LAYOUT, MAPPING, PREVIEW, IMPORT = range(5)
RAW_ROWS_SHOWN = 30
FILTERS = ("all", "notes", "duplicates", "errors")


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index > 0:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def raw_text(row: RawRow, index: int) -> str:
    """A cell as read, the way people write it: German dates and numbers, ja/nein; text as it is."""
    value = row.values[index] if index < len(row.values) else None
    if value is None:
        return ""
    kind = row.kind(index)
    if kind is CellKind.DATE:
        day = f"{value[8:10]}.{value[5:7]}.{value[0:4]}"
        clock = value[11:16]
        return day if not clock or clock == "00:00" else f"{day} {clock}"
    if kind is CellKind.NUMBER:
        return value.replace(".", ",")
    if kind is CellKind.BOOLEAN:
        return "ja" if value == "1" else "nein"
    return value


def _cell_of(index: int) -> Callable[[RawRow], str]:
    def cell(row: RawRow) -> str:
        return raw_text(row, index)

    return cell


class ImportDialog(QDialog):
    """Import a list step by step (see the module docstring).

    Signals: ``imported(ImportResult)`` after a list was written.
    """

    imported = Signal(object)

    def __init__(
        self, services: Services, kind: ImportKind = ImportKind.PERSONS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_ImportDialog()
        self._ui.setupUi(self)
        self.resize(980, 680)
        ui = self._ui
        font = QFont(ui.step_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        ui.step_label.setFont(font)
        self._table: ReadResult | None = None
        self._header_index = 0
        self._mapping: ColumnMapping | None = None
        self._saved: list[SavedMapping] = []
        self._plan: ImportPlan | None = None
        self._choices: dict[int, RowAction] = {}
        self._result: ImportResult | None = None
        self._task: TaskHandle | None = None
        self._german = QLocale().language() == QLocale.Language.German
        for kind_item in ImportKind:
            ui.kind_combo.addItem(enum_label(kind_item), kind_item)
        ui.kind_combo.setCurrentIndex(list(ImportKind).index(kind))
        for key, text in zip(
            FILTERS,
            (
                self.tr("All rows"),
                self.tr("Rows with notes or problems"),
                self.tr("Duplicates"),
                self.tr("Errors"),
            ),
            strict=True,
        ):
            ui.filter_combo.addItem(text, key)
        self._raw_model = RowTableModel[RawRow]([], self)
        ui.raw_table.setModel(self._raw_model)
        self._preview_model = ImportPreviewTableModel(self.describe, self)
        ui.preview_table.setModel(self._preview_model)
        ui.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = ui.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 110, 170, 280)):
            ui.preview_table.setColumnWidth(column, width)
        ui.preview_splitter.setSizes([420, 140])
        mapping_header = ui.mapping_table.horizontalHeader()
        ui.mapping_table.setColumnCount(3)
        ui.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Column of the file"), self.tr("Example")]
        )
        mapping_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        mapping_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        mapping_header.setStretchLastSection(True)
        ui.mapping_table.setColumnWidth(1, 300)
        ui.mapping_table.verticalHeader().setVisible(False)
        for bar in (ui.read_progress, ui.preview_progress, ui.import_progress):
            bar.setVisible(False)
        ui.result_report_button.setVisible(False)
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.file_edit.textChanged.connect(lambda _text: self._update_buttons())
        ui.file_edit.returnPressed.connect(self.next_step)
        ui.back_button.clicked.connect(self.previous_step)
        ui.next_button.clicked.connect(self.next_step)
        ui.cancel_button.clicked.connect(self.reject)
        ui.sheet_combo.activated.connect(self._on_sheet_combo_activated)
        ui.header_row_spin.valueChanged.connect(self._on_header_row_spin_value_changed)
        ui.apply_saved_button.clicked.connect(self._on_apply_saved_button_clicked)
        ui.delete_saved_button.clicked.connect(self._on_delete_saved_button_clicked)
        ui.save_mapping_button.clicked.connect(self._on_save_mapping_button_clicked)
        ui.filter_combo.currentIndexChanged.connect(lambda _index: self._show_preview_rows())
        ui.preview_table.selectionModel().selectionChanged.connect(lambda *_args: self._show_details())
        ui.import_rows_button.clicked.connect(lambda: self._choose(RowAction.IMPORT))
        ui.link_rows_button.clicked.connect(lambda: self._choose(RowAction.LINK))
        ui.skip_rows_button.clicked.connect(lambda: self._choose(RowAction.SKIP))
        ui.report_button.clicked.connect(self._on_report_button_clicked)
        ui.result_report_button.clicked.connect(self._on_report_button_clicked)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.next_step)
        ui.next_button.setDefault(True)
        self._go(SOURCE)

    # -- public driving (buttons, tests) ------------------------------------------------------------

    @property
    def kind(self) -> ImportKind:
        return ImportKind(self._ui.kind_combo.currentData())  # Qt hands the enum back as its text

    @property
    def page(self) -> int:
        return int(self._ui.pages_stack.currentIndex())

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def plan(self) -> ImportPlan | None:
        return self._plan

    @property
    def mapping(self) -> ColumnMapping | None:
        return self._mapping

    @property
    def import_result(self) -> ImportResult | None:
        return self._result

    def set_path(self, path: Path) -> None:
        self._ui.file_edit.setText(str(path))

    def open_path(self) -> str:
        """The file to import (a dialog; tests replace it)."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the list to import"),
            "",
            self.tr(
                "Lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)"
            ),
        )
        return path

    def report_path(self) -> str:
        """Where to save the report (a dialog; tests replace it)."""
        suggested = f"{Path(self._ui.file_edit.text()).stem}-Importbericht.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        return path

    def choose_rows(self, numbers: list[int], action: RowAction) -> None:
        """Choose ``action`` for the rows ``numbers`` (where allowed)."""
        self._preview_model.set_action(numbers, action)
        for number in numbers:
            chosen = self._preview_model.action(number)
            if chosen is not None:
                self._choices[number] = chosen
        self._show_summary()

    def describe(self, problem: Problem) -> str:
        """A problem as the user reads it: the German sentence of the report, or the English message."""
        return german_message(problem) if self._german else problem.message

    # -- steps ---------------------------------------------------------------------------------------

    def _go(self, page: int) -> None:
        ui = self._ui
        ui.pages_stack.setCurrentIndex(page)
        titles = {
            SOURCE: self.tr("Step 1 of 5: the list"),
            LAYOUT: self.tr("Step 2 of 5: worksheet and column titles"),
            MAPPING: self.tr("Step 3 of 5: columns"),
            PREVIEW: self.tr("Step 4 of 5: check every row"),
            IMPORT: self.tr("Step 5 of 5: import"),
        }
        ui.step_label.setText(titles[page])
        self._update_buttons()
        focus = {
            SOURCE: ui.file_edit,
            LAYOUT: ui.header_row_spin,
            MAPPING: ui.mapping_table,
            PREVIEW: ui.preview_table,
            IMPORT: ui.next_button,
        }[page]
        focus.setFocus()

    def _update_buttons(self) -> None:
        ui = self._ui
        page, busy = self.page, self.busy
        done = self._result is not None
        ui.back_button.setEnabled(not busy and (SOURCE < page < IMPORT or (page == IMPORT and not done)))
        ready = {
            SOURCE: bool(ui.file_edit.text().strip()),
            LAYOUT: self._table is not None,
            MAPPING: self._mapping is not None and not self._mapping.missing_required(),
            PREVIEW: self._plan is not None and self._importable() > 0,
            IMPORT: done,
        }[page]
        ui.next_button.setEnabled(ready and not busy)
        ui.next_button.setText(
            self.tr("&Import")
            if page == PREVIEW
            else self.tr("&Close")
            if page == IMPORT
            else self.tr("&Next >")
        )
        ui.cancel_button.setText(self.tr("Stop") if busy else self.tr("Cancel"))
        ui.cancel_button.setEnabled(not done or busy)
        for widget in (ui.kind_combo, ui.file_edit, ui.browse_button, ui.sheet_combo, ui.header_row_spin):
            widget.setEnabled(not busy)

    def next_step(self) -> None:
        if not self._ui.next_button.isEnabled():
            return
        page = self.page
        if page == SOURCE:
            self._read()
        elif page == LAYOUT:
            self._enter_mapping()
        elif page == MAPPING:
            self._check()
        elif page == PREVIEW:
            self._go(IMPORT)
            self._write()
        elif page == IMPORT:
            self.accept()

    def previous_step(self) -> None:
        if self.busy or self.page == SOURCE or self._result is not None:
            return
        self._go(self.page - 1)

    @override
    def reject(self) -> None:
        """Esc and Cancel: stop the running step first; close when nothing runs."""
        if self._task is not None:
            self._task.cancel()
            return
        super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._task is not None:
            self._task.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # -- step 1: reading ---------------------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> None:
        path = self.open_path()
        if path:
            self.set_path(Path(path))
            self._ui.next_button.setFocus()

    def _read(self, sheet: str | None = None) -> None:
        ui = self._ui
        path = Path(ui.file_edit.text().strip())
        ui.source_message_label.setText(
            self.tr("Reading {name} in a protected process…").format(name=path.name)
        )
        ui.read_progress.setVisible(True)
        ui.read_progress.setRange(0, 0)
        self._plan = None
        self._start(
            lambda progress: self._services.imports.read(path, sheet=sheet, progress=progress),
            self._on_read,
            self._on_read_failed,
            progress=lambda done, total: self._progress(ui.read_progress, done, total),
            pool=Pool.GENERAL,
        )

    def _on_read(self, table: ReadResult) -> None:
        ui = self._ui
        self._task = None
        ui.read_progress.setVisible(False)
        self._table = table
        self._header_index = table.header_index
        ui.source_message_label.setText(self.tr("{rows} rows read.").format(rows=len(table.rows)))
        ui.sheet_combo.blockSignals(True)
        ui.sheet_combo.clear()
        for name in table.info.sheet_names or ((table.info.sheet_name,) if table.info.sheet_name else ()):
            ui.sheet_combo.addItem(name, name)
        if table.info.sheet_name:
            ui.sheet_combo.setCurrentIndex(max(ui.sheet_combo.findData(table.info.sheet_name), 0))
        ui.sheet_combo.setEnabled(ui.sheet_combo.count() > 1)
        ui.sheet_combo.blockSignals(False)
        self._show_raw_rows()
        self._go(LAYOUT)

    def _on_read_failed(self, error: BaseException) -> None:
        ui = self._ui
        self._task = None
        ui.read_progress.setVisible(False)
        if isinstance(error, TaskCancelled):
            ui.source_message_label.setText(self.tr("Reading was stopped."))
        elif isinstance(error, DlzwError):
            ui.source_message_label.setText(user_message(error))
        else:
            ui.source_message_label.setText(self.tr("The file could not be read."))
            show_error(self, error)
        self._update_buttons()

    # -- step 2: worksheet and header row -----------------------------------------------------------------

    def _show_raw_rows(self) -> None:
        table = self._table
        if table is None:
            return
        shown = list(table.rows[:RAW_ROWS_SHOWN])
        width = max((len(row.values) for row in shown), default=0)
        columns: list[Column[RawRow]] = [Column(self.tr("Row"), lambda row: row.number, numeric=True)]
        for index in range(min(width, 60)):
            columns.append(Column(_letter(index), _cell_of(index)))
        model = RowTableModel[RawRow](columns, self)
        model.set_rows(shown)
        self._ui.raw_table.setModel(model)
        self._raw_model = model
        spin = self._ui.header_row_spin
        spin.blockSignals(True)
        spin.setRange(table.rows[0].number, table.rows[min(len(table.rows), 20) - 1].number)
        spin.setValue(table.rows[self._header_index].number)
        spin.blockSignals(False)
        self._mark_header()

    def _mark_header(self) -> None:
        selection = self._ui.raw_table.selectionModel()
        index = self._raw_model.index(self._header_index, 0)
        selection.select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._ui.raw_table.scrollTo(index)

    def _on_header_row_spin_value_changed(self, number: int) -> None:
        table = self._table
        if table is None:
            return
        position = next((i for i, row in enumerate(table.rows) if row.number >= number), 0)
        self._header_index = position
        self._mapping = None
        self._mark_header()

    def _on_sheet_combo_activated(self, _index: int) -> None:
        sheet = self._ui.sheet_combo.currentData()
        if self._table is not None and sheet != self._table.info.sheet_name:
            self._go(SOURCE)
            self._read(sheet)

    # -- step 3: columns ----------------------------------------------------------------------------------

    def _header(self) -> tuple[str, ...]:
        assert self._table is not None
        return self._table.with_header(self._header_index).header_texts

    def _enter_mapping(self) -> None:
        if self._mapping is None or self._mapping.kind is not self.kind:
            self._mapping = suggest_mapping(self.kind, self._header())
        self._fill_mapping_table()
        self._go(MAPPING)
        self._load_saved()

    def _load_saved(self, select: str | None = None) -> None:
        kind = self.kind

        def show(saved: list[SavedMapping]) -> None:
            self._saved = saved
            combo = self._ui.saved_combo
            combo.clear()
            for item in saved:
                combo.addItem(item.name, item.name)
            if select is not None:
                combo.setCurrentIndex(max(combo.findData(select), 0))
            has = combo.count() > 0
            for widget in (combo, self._ui.apply_saved_button, self._ui.delete_saved_button):
                widget.setEnabled(has)

        run_in_background(
            lambda: self._services.imports.saved_mappings(kind), show, self._on_failed, context=self
        )

    def _fill_mapping_table(self) -> None:
        mapping = self._mapping
        assert mapping is not None and self._table is not None
        header = self._header()
        data = self._table.with_header(self._header_index).data_rows
        targets = fields_of(mapping.kind)
        table = self._ui.mapping_table
        table.setRowCount(len(targets))
        for position, target in enumerate(targets):
            text = import_labels.field_label(target) + (" *" if target.required else "")
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(position, 0, item)
            combo = QComboBox(table)
            combo.setAccessibleName(
                self.tr("Column for {field}").format(field=import_labels.field_label(target))
            )
            combo.addItem(self.tr("— not imported —"), None)
            for index, title in enumerate(header):
                combo.addItem(f"{_letter(index)}: {title}" if title else _letter(index), index)
            chosen = mapping.column_of(target.key)
            combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else 0)
            combo.currentIndexChanged.connect(
                lambda _i, key=target.key, box=combo: self._on_column_chosen(key, box)
            )
            table.setCellWidget(position, 1, combo)
            example = QTableWidgetItem(self._example(data, chosen))
            example.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(position, 2, example)
        self._show_missing()

    @staticmethod
    def _example(rows: Any, column: int | None) -> str:
        if column is None:
            return ""
        for row in rows[:200]:
            if column < len(row.values) and row.values[column]:
                return raw_text(row, column)[:80]
        return ""

    def _on_column_chosen(self, key: str, combo: QComboBox) -> None:
        if self._mapping is None:
            return
        column = combo.currentData()
        title = self._header()[column] if column is not None else ""
        before = self._mapping
        self._mapping = before.with_column(key, column, title)
        self._plan = None
        if column is not None and before.field_of(column) not in (None, key):
            self._fill_mapping_table()  # the column left the field that had it
        else:
            self._show_missing()
            data = self._table.with_header(self._header_index).data_rows if self._table else []
            targets = [t.key for t in fields_of(self._mapping.kind)]
            item = self._ui.mapping_table.item(targets.index(key), 2)
            if item is not None:
                item.setText(self._example(data, column))

    def _show_missing(self) -> None:
        mapping = self._mapping
        missing: tuple[TargetField, ...] = mapping.missing_required() if mapping else ()
        text = ""
        if missing:
            names = ", ".join(import_labels.field_label(target) for target in missing)
            text = self.tr("Still needed: a column for {fields}.").format(fields=names)
        self._ui.missing_label.setText(text)
        self._update_buttons()

    def _on_apply_saved_button_clicked(self) -> None:
        name = self._ui.saved_combo.currentData()
        saved = next((item for item in self._saved if item.name == name), None)
        if saved is None or self._table is None:
            return
        self._mapping = suggest_mapping(self.kind, self._header(), saved=saved.mapping)
        self._plan = None
        self._fill_mapping_table()

    def _on_delete_saved_button_clicked(self) -> None:
        name = self._ui.saved_combo.currentData()
        if name is None:
            return
        run_in_background(
            lambda: self._services.imports.delete_mapping(name),
            lambda _none: self._load_saved(),
            self._on_failed,
            context=self,
        )

    def _on_save_mapping_button_clicked(self) -> None:
        mapping = self._mapping
        name = self._ui.mapping_name_edit.text()
        if mapping is None:
            return
        run_in_background(
            lambda: self._services.imports.save_mapping(name, mapping),
            lambda saved: self._load_saved(select=saved.name),
            self._on_failed,
            context=self,
        )

    # -- step 4: the preview --------------------------------------------------------------------------------

    def _check(self) -> None:
        table, mapping = self._table, self._mapping
        assert table is not None and mapping is not None
        ui = self._ui
        table = table.with_header(self._header_index)
        name = Path(ui.file_edit.text()).name
        self._go(PREVIEW)
        ui.summary_label.setText(self.tr("Checking every row against the database…"))
        ui.preview_progress.setVisible(True)
        self._preview_model.set_rows([], {})
        self._start(
            lambda progress: self._services.imports.preview(
                table, mapping, file_name=name, progress=progress
            ),
            self._on_checked,
            self._on_check_failed,
            progress=lambda done, total: self._progress(ui.preview_progress, done, total),
        )

    def _on_checked(self, plan: ImportPlan) -> None:
        self._task = None
        self._ui.preview_progress.setVisible(False)
        self._plan = plan
        self._choices = {}
        self._show_preview_rows()
        self._show_summary()
        if self._preview_model.rowCount():
            self._ui.preview_table.selectRow(0)

    def _on_check_failed(self, error: BaseException) -> None:
        self._task = None
        self._ui.preview_progress.setVisible(False)
        if isinstance(error, TaskCancelled):
            self._go(MAPPING)
            return
        self._ui.summary_label.setText(user_message(error) if isinstance(error, DlzwError) else "")
        self._on_failed(error)
        self._go(MAPPING)

    def _actions(self) -> dict[int, RowAction]:
        plan = self._plan
        if plan is None:
            return {}
        return {
            row.number: action for row, action in zip(plan.rows, plan.actions_of(self._choices), strict=True)
        }

    def _importable(self) -> int:
        return sum(1 for action in self._actions().values() if action is not RowAction.SKIP)

    def _show_preview_rows(self) -> None:
        plan = self._plan
        if plan is None:
            return
        shown = self._ui.filter_combo.currentData()
        rows: list[PlannedRow] = list(plan.rows)
        if shown == "notes":
            rows = [row for row in rows if row.problems or row.duplicates]
        elif shown == "duplicates":
            rows = [row for row in rows if row.duplicates]
        elif shown == "errors":
            rows = [row for row in rows if row.has_errors]
        self._preview_model.set_rows(rows, self._actions())
        self._show_details()

    def _show_summary(self) -> None:
        plan = self._plan
        if plan is None:
            return
        actions = self._actions()
        imported = sum(1 for action in actions.values() if action is RowAction.IMPORT)
        linked = sum(1 for action in actions.values() if action is RowAction.LINK)
        skipped = sum(1 for row in plan.rows if actions[row.number] is RowAction.SKIP and not row.has_errors)
        text = self.tr(
            "{rows} rows with data: {ready} ready, {notes} with notes, {duplicates} duplicates, {errors} "
            "with errors (these are not imported).\nWill be imported: {imported} as new, {linked} linked to "
            "existing records; {skipped} skipped."
        ).format(
            rows=plan.total_rows,
            ready=plan.count(RowStatus.READY),
            notes=plan.count(RowStatus.WARNING),
            duplicates=plan.count(RowStatus.DUPLICATE),
            errors=plan.error_rows,
            imported=imported,
            linked=linked,
            skipped=skipped,
        )
        if plan.skipped_empty_rows:
            text += " " + self.tr("{empty} empty rows were left out.").format(empty=plan.skipped_empty_rows)
        self._ui.summary_label.setText(text)
        self._update_buttons()

    def _selected_rows(self) -> list[PlannedRow]:
        rows = []
        for index in self._ui.preview_table.selectionModel().selectedRows():
            row = self._preview_model.row_at(index.row())
            if row is not None:
                rows.append(row)
        return rows

    def _show_details(self) -> None:
        ui = self._ui
        selected = self._selected_rows()
        lines: list[str] = []
        for row in selected[:20]:
            lines.append(self.tr("Row {row}: {record}").format(row=row.number, record=row.summary))
            for problem in row.problems:
                where = f"{problem.column} ({problem.header})" if problem.column and problem.header else ""
                lines.append(f"  • {where + ': ' if where else ''}{self.describe(problem)}")
            for match in row.duplicates:
                lines.append(f"  • {import_labels.duplicate_text(match)}")
        ui.details_text.setPlainText("\n".join(lines))
        allowed = {action for row in selected for action in row.actions}
        ui.import_rows_button.setEnabled(RowAction.IMPORT in allowed)
        ui.link_rows_button.setEnabled(RowAction.LINK in allowed)
        ui.skip_rows_button.setEnabled(RowAction.SKIP in allowed and not all(r.has_errors for r in selected))

    def _choose(self, action: RowAction) -> None:
        self.choose_rows([row.number for row in self._selected_rows()], action)

    def _on_report_button_clicked(self) -> None:
        plan = self._plan
        if plan is None:
            return
        path = self.report_path()
        if not path:
            return
        choices = dict(self._choices)
        run_in_background(
            lambda: self._services.imports.write_report(plan, Path(path), choices),
            self._on_report_written,
            self._on_failed,
            context=self,
            pool=Pool.GENERAL,
        )

    def _on_report_written(self, written: Path) -> None:
        text = self.tr("Report saved: {path}").format(path=written)
        if self.page == IMPORT:
            self._ui.result_label.setText(self._ui.result_label.text() + "\n" + text)
        else:
            self._ui.summary_label.setText(self._ui.summary_label.text() + "\n" + text)

    # -- step 5: writing ------------------------------------------------------------------------------------

    def _write(self) -> None:
        plan = self._plan
        assert plan is not None
        ui = self._ui
        choices = dict(self._choices)
        actions = self._actions()
        linked = sum(1 for action in actions.values() if action is RowAction.LINK)
        total = sum(1 for action in actions.values() if action is not RowAction.SKIP)
        ui.import_summary_label.setText(
            self.tr(
                "Importing {count} rows of {name} ({linked} linked to existing records). All rows are "
                "written together: if you stop, or a row cannot be written, nothing is kept."
            ).format(count=total, name=plan.file_name, linked=linked)
        )
        ui.result_label.setText("")
        ui.import_progress.setVisible(True)
        self._start(
            lambda progress: self._services.imports.commit(plan, choices, progress=progress),
            self._on_written,
            self._on_write_failed,
            progress=lambda done, total: self._progress(ui.import_progress, done, total),
        )

    def _on_written(self, result: ImportResult) -> None:
        ui = self._ui
        self._task = None
        self._result = result
        ui.import_progress.setValue(ui.import_progress.maximum())
        created = ", ".join(f"{count} {self._table_label(table)}" for table, count in result.created.items())
        ui.result_label.setText(
            self.tr(
                "Imported: {imported} rows ({linked} linked to existing records). Recorded: {created}."
            ).format(imported=result.imported, linked=result.linked, created=created or "—")
        )
        ui.result_report_button.setVisible(True)
        self._update_buttons()
        self.imported.emit(result)

    def _on_write_failed(self, error: BaseException) -> None:
        ui = self._ui
        self._task = None
        ui.import_progress.setVisible(False)
        if isinstance(error, TaskCancelled):
            ui.result_label.setText(self.tr("The import was stopped. Nothing was written."))
        elif isinstance(error, DlzwError):
            ui.result_label.setText(user_message(error))
        else:
            ui.result_label.setText(self.tr("The import failed. Nothing was written."))
            show_error(self, error)
        self._update_buttons()  # Back leads to the preview: choose again, or correct the file

    def _table_label(self, table: str) -> str:
        names = {
            "persons": self.tr("persons"),
            "businesses": self.tr("businesses"),
            "business_members": self.tr("roles in businesses"),
            "cases": self.tr("cases"),
            "stage_changes": self.tr("stage entries"),
            "document_requirements": self.tr("checklist items"),
            "consultations": self.tr("consultations"),
            "properties": self.tr("properties"),
            "property_status_changes": self.tr("status entries"),
        }
        return names.get(table, table)

    # -- plumbing ---------------------------------------------------------------------------------------

    def _start(
        self, fn: Any, on_done: Any, on_error: Any, *, progress: Any, pool: Pool = Pool.DATABASE
    ) -> None:
        self._task = run_in_background(fn, on_done, on_error, context=self, progress=progress, pool=pool)
        self._update_buttons()

    @staticmethod
    def _progress(bar: Any, done: int, total: int) -> None:
        if total > 0:
            bar.setRange(0, total)
            bar.setValue(min(done, total))
        else:
            bar.setRange(0, 0)

    def _on_failed(self, error: BaseException) -> None:
        show_error(self, error)
