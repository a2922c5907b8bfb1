"""Berichte → Programmkosten: cost items per year, the staff time from consultations, cost per job."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import CostKind
from dlzw_desktop.domain.money import format_eur, format_plain, parse_amount
from dlzw_desktop.errors import UserError, ValidationError
from dlzw_desktop.services.programme_cost_service import (
    CostItemDraft,
    CostItemRow,
    CostPerJobSummary,
    StaffTime,
)
from dlzw_desktop.ui.generated.ui_programme_cost_dialog import Ui_ProgrammeCostDialog
from dlzw_desktop.ui.generated.ui_programme_costs_view import Ui_ProgrammeCostsView
from dlzw_desktop.ui.labels import enum_items, enum_label
from dlzw_desktop.ui.list_export import ListExporter
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.property_inputs import name_buttons
from dlzw_desktop.ui.report_table_model import ROW_ROLE, Kind, ReportColumn, ReportSortProxy, ReportTableModel
from dlzw_desktop.ui.workers import run_in_background

if TYPE_CHECKING:
    from dlzw_desktop.services.registry import Services

logger = logging.getLogger(__name__)


class ProgrammeCostDialog(QDialog):
    """Enter or change one cost item; the loan-loss share can start from the year's write-offs."""

    def __init__(
        self,
        services: Services,
        year: int,
        item: CostItemRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._year = year
        self._item = item
        self._ui = Ui_ProgrammeCostDialog()
        self._ui.setupUi(self)
        self.setWindowTitle(
            self.tr("Cost item {year}").format(year=year) if item is None else self.tr("Change cost item")
        )
        kinds = [k for k in CostKind if k is not CostKind.STAFF] + [CostKind.STAFF]
        for label, kind in enum_items(kinds):
            self._ui.kind_combo.addItem(label, kind)
        self._written_off: Decimal | None = None
        self._ui.write_offs_button.setText(self.tr("Take the write-offs of {year}…").format(year=year))
        self._ui.write_offs_button.clicked.connect(self._on_write_offs_button_clicked)
        self._ui.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        name_buttons(self._ui.button_box)
        self._ui.button_box.accepted.connect(self._on_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        if item is not None:
            self._ui.kind_combo.setCurrentIndex(self._ui.kind_combo.findData(item.kind))
            self._ui.description_edit.setText(item.description)
            self._ui.amount_edit.setText(format_plain(item.amount))
        self._on_kind_combo_current_index_changed(self._ui.kind_combo.currentIndex())
        self.saved_item: CostItemRow | None = None

    def draft(self) -> CostItemDraft:
        """What the user entered; raises ``ValidationError`` for an amount that is not one."""
        amount = parse_amount(self._ui.amount_edit.text(), field="amount")
        return CostItemDraft(
            year=self._year,
            kind=self._ui.kind_combo.currentData(),
            description=self._ui.description_edit.text(),
            amount=amount,
            details=None if self._item is None else self._item.details,
        )

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        self._ui.write_offs_button.setVisible(self._ui.kind_combo.currentData() == CostKind.LOAN_LOSSES)

    def _on_write_offs_button_clicked(self) -> None:
        self._ui.write_offs_button.setEnabled(False)
        run_in_background(
            lambda: self._services.programme_costs.written_off(self._year),
            self._on_written_off,
            self._on_failed,
            context=self,
        )

    def _on_written_off(self, amount: Decimal) -> None:
        self._ui.write_offs_button.setEnabled(True)
        self._ui.amount_edit.setText(format_plain(amount))
        if not self._ui.description_edit.text().strip():
            self._ui.description_edit.setText(
                self.tr("Loan losses {year} (written off: {amount})").format(
                    year=self._year, amount=format_eur(amount)
                )
            )
        self._ui.amount_edit.setFocus()
        self._ui.amount_edit.selectAll()

    def _on_accepted(self) -> None:
        try:
            draft = self.draft()
        except UserError as error:
            self._ui.amount_edit.setFocus()
            show_error(self, error)
            return
        self._ui.button_box.setEnabled(False)
        costs = self._services.programme_costs
        item = self._item
        if item is None:
            run_in_background(lambda: costs.add_item(draft), self._on_saved, self._on_failed, context=self)
        else:
            run_in_background(
                lambda: costs.update_item(item.id, item.version, draft),
                self._on_saved,
                self._on_failed,
                context=self,
            )

    def _on_saved(self, row: CostItemRow) -> None:
        self.saved_item = row
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        self._ui.write_offs_button.setEnabled(True)
        show_error(self, error)


class ProgrammeCostsView(QWidget):
    """Cost items of a year with the staff time of its consultations and the cost per job.

    Signals: ``changed()`` after an item or the hourly rate was saved.
    """

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_ProgrammeCostsView()
        self._ui.setupUi(self)
        self._model: ReportTableModel[CostItemRow] = ReportTableModel(
            [
                ReportColumn(self.tr("Kind"), lambda r: enum_label(r.kind)),
                ReportColumn(self.tr("Description"), lambda r: r.description),
                ReportColumn(self.tr("Amount"), lambda r: r.amount, Kind.EUR),
            ],
            self,
        )
        self._proxy = ReportSortProxy(self)
        self._proxy.setSourceModel(self._model)
        table = self._ui.items_table
        table.setModel(self._proxy)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(1, table.horizontalHeader().ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.doubleClicked.connect(self._on_items_table_double_clicked)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._exporter = ListExporter(services, self)
        self._ui.year_spin.setValue(today_berlin().year - 1)
        self._ui.year_spin.valueChanged.connect(self.refresh)
        self._ui.add_button.clicked.connect(self._on_add_button_clicked)
        self._ui.edit_button.clicked.connect(self._on_edit_button_clicked)
        self._ui.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._ui.export_button.clicked.connect(self._on_export_button_clicked)
        self._ui.freeze_rate_button.clicked.connect(self._on_freeze_rate_button_clicked)
        self._ui.reset_rate_button.clicked.connect(self._on_reset_rate_button_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self._on_add_button_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), table, self._on_delete_button_clicked)
        self._update_buttons()
        self.refresh()

    @property
    def year(self) -> int:
        return int(self._ui.year_spin.value())

    def refresh(self) -> None:
        """Reload items, staff time and cost per job of the selected year."""
        year = self.year
        costs = self._services.programme_costs
        run_in_background(lambda: costs.items(year), self._on_items, self._on_failed, context=self)
        run_in_background(lambda: costs.staff_time(year), self._on_staff_time, self._on_failed, context=self)
        run_in_background(lambda: costs.per_job(year), self._on_per_job, self._on_failed, context=self)

    def _on_items(self, items: list[CostItemRow]) -> None:
        self._model.set_rows(items)
        self._ui.items_table.resizeColumnToContents(0)
        self._ui.items_table.resizeColumnToContents(2)
        self._update_buttons()

    def _on_staff_time(self, staff: StaffTime) -> None:
        source = self.tr("fixed for this year") if staff.rate_frozen else self.tr("from Settings")
        self._ui.staff_time_label.setText(
            self.tr(
                "Consultations in {year}: {hours} hours × {rate} per hour ({source}) = {amount}. "
                "This line is computed; it is not entered as an item."
            ).format(
                year=staff.year,
                hours=format_plain(staff.hours),
                rate=format_eur(staff.hourly_rate),
                source=source,
                amount=format_eur(staff.amount),
            )
        )
        self._ui.rate_edit.setText(format_plain(staff.hourly_rate))
        self._ui.reset_rate_button.setEnabled(staff.rate_frozen)

    def _on_per_job(self, summary: CostPerJobSummary) -> None:
        lines = [
            self.tr("Programme cost {year}: {total}").format(
                year=summary.year, total=format_eur(summary.total)
            )
        ]
        for label, jobs, per_job in (
            (self.tr("per job created"), summary.jobs_created, summary.per_job_created),
            (self.tr("per job secured"), summary.jobs_secured, summary.per_job_secured),
        ):
            if per_job is None:
                lines.append(self.tr("Cost {label}: no jobs recorded in the follow-ups of {year}").format(
                    label=label, year=summary.year))  # fmt: skip
            else:
                lines.append(
                    self.tr("Cost {label}: {total} ÷ {jobs} = {per_job}").format(
                        label=label, total=format_eur(summary.total), jobs=jobs, per_job=format_eur(per_job)
                    )
                )
        self._ui.summary_label.setText("\n".join(lines))

    def _selected(self) -> CostItemRow | None:
        indexes = self._ui.items_table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, CostItemRow) else None

    def _update_buttons(self, *_args: object) -> None:
        selected = self._selected() is not None
        self._ui.edit_button.setEnabled(selected)
        self._ui.delete_button.setEnabled(selected)
        self._ui.export_button.setEnabled(self._model.rowCount() > 0)

    def _open_dialog(self, item: CostItemRow | None) -> None:
        dialog = ProgrammeCostDialog(self._services, self.year, item, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()

    def _on_add_button_clicked(self) -> None:
        self._open_dialog(None)

    def _on_edit_button_clicked(self) -> None:
        item = self._selected()
        if item is not None:
            self._open_dialog(item)

    def _on_items_table_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, CostItemRow):
            self._open_dialog(row)

    def _on_delete_button_clicked(self) -> None:
        item = self._selected()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete cost item"),
            self.tr("Delete the cost item “{description}” ({amount})?").format(
                description=item.description, amount=format_eur(item.amount)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        costs = self._services.programme_costs
        run_in_background(
            lambda: costs.delete_item(item.id, item.version),
            lambda _r: self._after_change(),
            self._on_failed,
            context=self,
        )

    def _rate(self) -> Decimal | None:
        try:
            return parse_amount(self._ui.rate_edit.text(), field="hourly_rate")
        except ValidationError as error:
            self._ui.rate_edit.setFocus()
            show_error(self, error)
            return None

    def _on_freeze_rate_button_clicked(self) -> None:
        rate = self._rate()
        if rate is None:
            return
        year, costs = self.year, self._services.programme_costs
        run_in_background(
            lambda: costs.set_hourly_rate(year, rate),
            lambda _r: self._after_change(),
            self._on_failed,
            context=self,
        )

    def _on_reset_rate_button_clicked(self) -> None:
        year, costs = self.year, self._services.programme_costs
        run_in_background(
            lambda: costs.set_hourly_rate(year, None),
            lambda _r: self._after_change(),
            self._on_failed,
            context=self,
        )

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def _on_export_button_clicked(self) -> None:
        if self._model.rowCount():
            self._exporter.export_view(
                self._ui.items_table,
                title=self.tr("Programme costs {year}").format(year=self.year),
                suggested_name=f"Programmkosten_{self.year}",
            )

    def _on_failed(self, error: BaseException) -> None:
        show_error(self, error)
