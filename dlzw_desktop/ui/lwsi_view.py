"""Berichte → LWSI: the indicator per area and calendar quarter, its trend, target status and inputs."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.lwsi import ESTIMATED_GVA_PREFIX, ESTIMATED_MULTIPLIER, TargetStatus
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.lwsi_service import LwsiArea, LwsiQuarterRow, LwsiSeries, ReferenceTableRow
from dlzw_desktop.ui.dashboard_widget import replace_chart
from dlzw_desktop.ui.generated.ui_lwsi_view import Ui_LwsiView
from dlzw_desktop.ui.generated.ui_reference_table_import_dialog import Ui_ReferenceTableImportDialog
from dlzw_desktop.ui.list_export import ListExporter
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.property_inputs import name_buttons
from dlzw_desktop.ui.report_table_model import Kind, ReportColumn, ReportSortProxy, ReportTableModel
from dlzw_desktop.ui.workers import Pool, ProgressFn, run_in_background

if TYPE_CHECKING:
    from dlzw_desktop.services.registry import Services

logger = logging.getLogger(__name__)

BRAND = QColor("#0b5d7a")
ACCENT = QColor("#e39b2d")


class ReferenceTableImportDialog(QDialog):
    """Import a GVA or population table from CSV/XLSX with its source and year (a new version each time)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_ReferenceTableImportDialog()
        self._ui.setupUi(self)
        self._ui.kind_combo.addItem(self.tr("Gross value added per worker by WZ section (NRW)"), "gva")
        self._ui.kind_combo.addItem(self.tr("Population by statistical district"), "population")
        self._ui.reference_date_edit.setDate(QDate(today_berlin().year - 1, 12, 31))
        self._ui.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self._ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        name_buttons(self._ui.button_box)
        self._ui.button_box.accepted.connect(self._on_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        self._on_kind_combo_current_index_changed(0)
        self.imported: ReferenceTableRow | None = None

    @property
    def kind(self) -> str:
        return str(self._ui.kind_combo.currentData())

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        gva = self.kind == "gva"
        self._ui.year_spin.setEnabled(gva)
        self._ui.reference_date_edit.setEnabled(not gva)
        if gva:
            self._ui.hint_label.setText(
                self.tr(
                    "Two columns: the WZ section (a letter from A to U, or a range such as G-I) and the "
                    "gross value added per worker in euros per year. Add a row 'Insgesamt' with the value "
                    "for all sections; it stands in for sections without a value. Header and footnote rows "
                    "are skipped. CSV (semicolon) or XLSX, at most 5 MB."
                )
            )
        else:
            self._ui.hint_label.setText(
                self.tr(
                    "Two columns: the statistical district (code such as 061, or the name) and the number "
                    "of inhabitants. Header and footnote rows are skipped. CSV (semicolon) or XLSX, at most "
                    "5 MB."
                )
            )

    def _on_browse_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Reference table"), "", self.tr("Tables (*.csv *.xlsx *.txt)")
        )
        if chosen:
            self._ui.file_edit.setText(chosen)

    def set_values(self, *, kind: str, path: Path, source: str, year: int | None = None) -> None:
        """Fill the form (for tests and for a table dropped onto the view)."""
        self._ui.kind_combo.setCurrentIndex(self._ui.kind_combo.findData(kind))
        self._ui.file_edit.setText(str(path))
        self._ui.source_edit.setText(source)
        if year is not None:
            self._ui.year_spin.setValue(year)

    def _on_accepted(self) -> None:
        path = Path(self._ui.file_edit.text().strip())
        if not self._ui.file_edit.text().strip():
            self._ui.file_edit.setFocus()
            show_error(
                self, ValidationError("lwsi_import.no_file", "Choose the file to import.", field="file")
            )
            return
        source = self._ui.source_edit.text()
        note = self._ui.note_edit.text()
        lwsi = self._services.lwsi
        if self.kind == "gva":
            year = self._ui.year_spin.value()

            def work() -> ReferenceTableRow:
                return lwsi.import_gva_table(path, source=source, year=year, note=note)

        else:
            reference: date = self._ui.reference_date_edit.date().toPython()

            def work() -> ReferenceTableRow:
                return lwsi.import_population_table(path, source=source, reference_date=reference, note=note)

        self._ui.button_box.setEnabled(False)
        run_in_background(work, self._on_imported, self._on_failed, context=self)

    def _on_imported(self, row: ReferenceTableRow) -> None:
        self.imported = row
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        show_error(self, error)


class LwsiView(QWidget):
    """The LWSI of the city or a target quarter: quarters, index trend, +10 % target, estimated inputs.

    Signals: ``computed(object)`` with the ``LwsiSeries`` after a computation.
    """

    computed = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_LwsiView()
        self._ui.setupUi(self)
        self._series: LwsiSeries | None = None
        font = QFont(self._ui.status_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self._ui.status_label.setFont(font)
        self._quarters: ReportTableModel[LwsiQuarterRow] = ReportTableModel(
            [
                ReportColumn(self.tr("Quarter"), lambda r: r.quarter.label),
                ReportColumn(self.tr("LWSI"), lambda r: r.value, Kind.EUR),
                ReportColumn(self.tr("Direct value added"), lambda r: r.direct_value_added, Kind.EUR),
                ReportColumn(self.tr("Per inhabitant"), lambda r: r.per_capita, Kind.EUR),
                ReportColumn(self.tr("Businesses"), lambda r: r.business_count, Kind.INTEGER),
                ReportColumn(self.tr("Reactivated m²"), lambda r: r.reactivated_m2, Kind.DECIMAL),
                ReportColumn(self.tr("Index (4 quarters)"), lambda r: r.index, Kind.DECIMAL, places=1),
                ReportColumn(self.tr("Target"), lambda r: self._status_text(r.status)),
                ReportColumn(self.tr("Estimated inputs"), lambda r: self.estimated_text(r.estimated_inputs)),
            ],
            self,
        )
        self._tables: ReportTableModel[ReferenceTableRow] = ReportTableModel(
            [
                ReportColumn(
                    self.tr("Table"),
                    lambda r: self.tr("GVA per worker") if r.kind == "gva" else self.tr("Population"),
                ),
                ReportColumn(self.tr("Version"), lambda r: r.edition, Kind.INTEGER),
                ReportColumn(self.tr("Year"), lambda r: str(r.year)),
                ReportColumn(self.tr("Entries"), lambda r: r.entries, Kind.INTEGER),
                ReportColumn(self.tr("Source"), lambda r: r.source),
                ReportColumn(self.tr("File"), lambda r: r.file_name),
                ReportColumn(self.tr("Imported"), lambda r: r.imported_at, Kind.DATETIME),
                ReportColumn(self.tr("By"), lambda r: r.imported_by),
            ],
            self,
        )
        for table, model in (
            (self._ui.quarters_table, self._quarters),
            (self._ui.reference_table, self._tables),
        ):
            proxy = ReportSortProxy(self)
            proxy.setSourceModel(model)
            table.setModel(proxy)
            table.verticalHeader().setVisible(False)
        self._ui.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._exporter = ListExporter(services, self)
        self._ui.area_combo.currentIndexChanged.connect(self._on_area_combo_current_index_changed)
        self._ui.compute_button.clicked.connect(self._on_compute_button_clicked)
        self._ui.import_button.clicked.connect(self._on_import_button_clicked)
        self._ui.export_quarters_button.clicked.connect(self._on_export_quarters_button_clicked)
        self._ui.export_references_button.clicked.connect(self._on_export_references_button_clicked)
        self._draw_chart(None)
        self.refresh()

    # -- texts -------------------------------------------------------------------------------------

    def estimated_text(self, codes: Iterable[str]) -> str:
        """The estimated inputs in words ("" when none is estimated)."""
        parts = []
        for code in codes:
            if code == ESTIMATED_MULTIPLIER:
                parts.append(self.tr("multiplier (default without survey)"))
            elif code.startswith(ESTIMATED_GVA_PREFIX):
                parts.append(self.tr("GVA of section {section} (NRW average)").format(
                    section=code[len(ESTIMATED_GVA_PREFIX):]))  # fmt: skip
            else:
                parts.append(code)
        return ", ".join(parts)

    def _status_text(self, status: TargetStatus | None) -> str:
        if status is None:
            return self.tr("fewer than four quarters")
        return {
            TargetStatus.MET: self.tr("met"),
            TargetStatus.NOT_MET: self.tr("not met"),
            TargetStatus.NO_BASE: self.tr("no base"),
        }[status]

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        lwsi = self._services.lwsi
        run_in_background(lwsi.areas, self._on_areas, self._on_failed, context=self)
        run_in_background(lwsi.reference_tables, self._tables.set_rows, self._on_failed, context=self)

    def _on_areas(self, areas: list[LwsiArea]) -> None:
        current = self._ui.area_combo.currentData()
        self._ui.area_combo.blockSignals(True)
        self._ui.area_combo.clear()
        for area in areas:
            label = area.name if area.id is not None else self.tr("Whole city")
            self._ui.area_combo.addItem(
                self.tr("{name} (base year {year})").format(name=label, year=area.base_year), area
            )
        index = next(
            (
                i
                for i in range(self._ui.area_combo.count())
                if current and self._ui.area_combo.itemData(i).id == current.id
            ),
            0,
        )
        self._ui.area_combo.setCurrentIndex(index)
        self._ui.area_combo.blockSignals(False)
        self._load_series()

    def _area(self) -> LwsiArea | None:
        area = self._ui.area_combo.currentData()
        return area if isinstance(area, LwsiArea) else None

    def _on_area_combo_current_index_changed(self, _index: int) -> None:
        self._load_series()

    def _load_series(self) -> None:
        area = self._area()
        if area is None:
            return
        lwsi = self._services.lwsi
        run_in_background(lambda: lwsi.series(area.id), self._show_series, self._on_failed, context=self)

    def _show_series(self, series: LwsiSeries) -> None:
        self._series = series
        self._quarters.set_rows(series.quarters)
        self._ui.quarters_table.resizeColumnsToContents()
        latest = series.latest
        name = series.area.name if series.area.id is not None else self.tr("Whole city")
        goal = 100 + series.area.goal_percent
        if not series.quarters:
            self._ui.status_label.setText(
                self.tr(
                    "{area}: nothing computed yet. Import a GVA table if needed, then choose Compute."
                ).format(area=name)
            )
        elif latest is None or latest.index is None:
            self._ui.status_label.setText(
                self.tr(
                    "{area}: no index yet – it needs four computed quarters and a base year with value."
                ).format(area=name)
            )
        else:
            self._ui.status_label.setText(
                self.tr(
                    "{area}: index {index} after {quarter} (base year {year} = 100); "
                    "target ≥ {goal}: {status}"
                ).format(
                    area=name,
                    index=_german(latest.index, 1),
                    quarter=latest.quarter.label,
                    year=series.area.base_year,
                    goal=_german(Decimal(goal), 0),
                    status=self._status_text(latest.status),
                )
            )
        estimated = sorted(
            {c for q in series.quarters for c in q.estimated_inputs} | set(series.base_estimated_inputs)
        )
        if estimated:
            self._ui.estimated_label.setText(
                self.tr("Estimated inputs: {inputs}. Source of the GVA values: {source}.").format(
                    inputs=self.estimated_text(estimated), source=series.gva_source or "–"
                )
            )
        else:
            self._ui.estimated_label.setText(
                self.tr("No estimated inputs. Source of the GVA values: {source}.").format(
                    source=series.gva_source or "–"
                )
            )
        self._draw_chart(series)

    # -- chart -------------------------------------------------------------------------------------

    def _draw_chart(self, series: LwsiSeries | None) -> None:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        rows = list(series.quarters[-12:]) if series is not None else []
        estimated = series is not None and any(q.estimated_inputs for q in series.quarters)
        chart.setTitle(
            self.tr("LWSI per quarter and index (estimated)")
            if estimated
            else self.tr("LWSI per quarter and index")
        )
        categories = [r.quarter.label for r in rows]
        values = QBarSet(self.tr("LWSI in thousand €"))
        values.setColor(BRAND)
        for row in rows:
            values.append(float(row.value) / 1000)
        bars = QBarSeries()
        bars.append(values)
        chart.addSeries(bars)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories or [""])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_x)
        axis_value = QValueAxis()
        axis_value.setLabelFormat("%.0f")
        axis_value.setTitleText(self.tr("thousand €"))
        axis_value.setMin(0)
        axis_value.setMax(max([float(r.value) / 1000 for r in rows] + [1.0]) * 1.15)
        axis_value.applyNiceNumbers()
        chart.addAxis(axis_value, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_value)
        index_line = QLineSeries()
        index_line.setName(self.tr("Index (base year = 100)"))
        index_line.setPen(QPen(ACCENT, 2.5))
        goal_line = QLineSeries()
        goal = 110.0 if series is None else float(100 + series.area.goal_percent)
        goal_line.setName(self.tr("Target {goal}").format(goal=_german(Decimal(goal), 0)))
        pen = QPen(QColor("#c0392b"), 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        goal_line.setPen(pen)
        indexes = []
        for position, row in enumerate(rows):
            if row.index is not None:
                index_line.append(position, float(row.index))
                indexes.append(float(row.index))
        goal_line.append(-0.5, goal)
        goal_line.append(max(len(rows) - 0.5, 0.5), goal)
        chart.addSeries(index_line)
        chart.addSeries(goal_line)
        axis_index = QValueAxis()
        axis_index.setTitleText(self.tr("Index"))
        axis_index.setLabelFormat("%.0f")
        axis_index.setMin(min([*indexes, goal, 100.0]) * 0.9)
        axis_index.setMax(max([*indexes, goal]) * 1.08)
        axis_index.applyNiceNumbers()
        chart.addAxis(axis_index, Qt.AlignmentFlag.AlignRight)
        position_axis = QValueAxis()
        position_axis.setRange(-0.5, max(len(rows) - 0.5, 0.5))
        position_axis.setVisible(False)
        chart.addAxis(position_axis, Qt.AlignmentFlag.AlignTop)
        for line in (index_line, goal_line):
            line.attachAxis(position_axis)
            line.attachAxis(axis_index)
        replace_chart(self._ui.chart_view, chart)

    # -- actions -----------------------------------------------------------------------------------

    def _on_compute_button_clicked(self) -> None:
        area = self._area()
        if area is None:
            return
        lwsi = self._services.lwsi

        def work(progress: ProgressFn) -> LwsiSeries:
            return lwsi.compute(area.id, progress=progress)

        self._ui.compute_button.setEnabled(False)
        self._ui.progress_bar.setVisible(True)
        self._ui.progress_bar.setValue(0)
        run_in_background(
            work,
            self._on_computed,
            self._on_compute_failed,
            context=self,
            progress=self._on_progress,
            pool=Pool.GENERAL,
        )

    def _on_progress(self, done: int, total: int) -> None:
        self._ui.progress_bar.setMaximum(max(total, 1))
        self._ui.progress_bar.setValue(done)

    def _on_computed(self, series: LwsiSeries) -> None:
        self._ui.compute_button.setEnabled(True)
        self._ui.progress_bar.setVisible(False)
        self._show_series(series)
        if series.skipped_businesses:
            self._ui.estimated_label.setText(
                self._ui.estimated_label.text()
                + " "
                + self.tr(
                    "{count} supported businesses without WZ section, district or jobs count were left out."
                ).format(count=series.skipped_businesses)
            )
        self.computed.emit(series)

    def _on_compute_failed(self, error: BaseException) -> None:
        self._ui.compute_button.setEnabled(True)
        self._ui.progress_bar.setVisible(False)
        show_error(self, error)

    def _on_import_button_clicked(self) -> None:
        dialog = ReferenceTableImportDialog(self._services, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _on_export_quarters_button_clicked(self) -> None:
        area = self._area()
        if self._quarters.rowCount() and area is not None:
            name = area.name if area.id is not None else self.tr("Whole city")
            self._exporter.export_view(
                self._ui.quarters_table, title=f"LWSI {name}", suggested_name=f"LWSI_{name}".replace(" ", "_")
            )

    def _on_export_references_button_clicked(self) -> None:
        if self._tables.rowCount():
            self._exporter.export_view(
                self._ui.reference_table,
                title=self.tr("Reference tables"),
                suggested_name="LWSI_Referenztabellen",
            )

    def _on_failed(self, error: BaseException) -> None:
        show_error(self, error)


def _german(value: Decimal, places: int) -> str:
    return QLocale().toString(float(value), "f", places)
