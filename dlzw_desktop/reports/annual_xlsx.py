"""The annual report as an Excel workbook: the same figures as real numeric cells, one sheet per table.

Every sheet has a bold frozen header row and an autofilter over its data rows (a total row follows
after one empty row, outside the filter, so sorting never mixes it into the data). Numbers carry
German-style formats (``#,##0.00 €``; Excel shows them with the reader's separators), percentages are
stored as fractions with a percent format, suppressed cells hold the text "." and text cells are never
formulas (``reports.xlsx.safe_cell``). The workbook is written in openpyxl's write-only mode, streaming
the anonymised case rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from dlzw_desktop.reports.annual_data import SUPPRESSED, AnnualReport, Column, Table, Unit, Value
from dlzw_desktop.reports.formatting import format_date
from dlzw_desktop.reports.xlsx import (
    DATE_FORMAT,
    EUR_FORMAT,
    INT_FORMAT,
    PERCENT_FORMAT,
    FastSheetWriter,
    SheetWriter,
    discard_write_only,
    safe_cell,
    save_workbook,
)

logger = logging.getLogger(__name__)

TWO_DECIMALS = "#,##0.00"

_FORMATS: dict[Unit, str | None] = {
    Unit.COUNT: INT_FORMAT,
    Unit.EUR: EUR_FORMAT,
    Unit.HOURS: TWO_DECIMALS,
    Unit.DAYS: TWO_DECIMALS,
    Unit.FTE: TWO_DECIMALS,
    Unit.PERCENT: PERCENT_FORMAT,
    Unit.TEXT: None,
    Unit.DATE: DATE_FORMAT,
}

Progress = Callable[[int, int], None]


def cell_value(value: Value, unit: Unit) -> Any:
    """What a report value becomes in a cell: a number (percent as a fraction), text, a date or empty."""
    if value is SUPPRESSED:
        return str(SUPPRESSED)
    if isinstance(value, Decimal) and unit is Unit.PERCENT:
        return value / 100
    if isinstance(value, int) and not isinstance(value, bool) and unit is Unit.PERCENT:
        return Decimal(value) / 100
    return value


class _SheetWriter:
    """A ``SheetWriter`` for report values: suppressed cells as ".", percentages as fractions."""

    def __init__(self, workbook: Workbook, title: str, columns: Sequence[Column]) -> None:
        self.columns = columns
        self.units = [c.unit for c in columns]
        self.writer = SheetWriter(
            workbook,
            title,
            [c.title for c in columns],
            [_FORMATS[c.unit] for c in columns],
            [c.width for c in columns],
        )
        self.sheet = self.writer.sheet

    def append(self, row: Sequence[Value]) -> None:
        units = self.units
        self.writer.append([cell_value(value, units[index]) for index, value in enumerate(row)])

    def finish(self, total: Sequence[Value] | None = None) -> Worksheet:
        units = self.units
        converted = None if total is None else [cell_value(v, units[i]) for i, v in enumerate(total)]
        return self.writer.finish(converted)


def _table_sheet(workbook: Workbook, table: Table) -> None:
    writer = _SheetWriter(workbook, table.sheet, table.columns)
    for row in table.rows:
        writer.append(row)
    writer.finish(table.total)


def _key_figures_sheet(workbook: Workbook, report: AnnualReport) -> None:
    columns = (
        Column("Kennzahl", Unit.TEXT, 62),
        Column(f"Berichtszeitraum {report.period_label}", Unit.TEXT, 22),
        Column(f"Vergleichszeitraum {report.previous_label}", Unit.TEXT, 22),
        Column("Veränderung", Unit.TEXT, 16),
        Column("Veränderung in %", Unit.TEXT, 16),
    )
    writer = _SheetWriter(workbook, "Kennzahlen", columns)
    sheet = writer.sheet
    for figure in report.key_figures:
        fmt = _FORMATS[figure.unit]
        cells: list[Any] = [safe_cell(sheet, figure.label)]
        for value, unit in (
            (figure.value, figure.unit),
            (figure.previous, figure.unit),
            (figure.change, figure.unit),
            (figure.change_percent, Unit.PERCENT),
        ):
            raw = cell_value(value, unit)
            if raw is None:
                cells.append(None)
            elif isinstance(raw, str):
                cells.append(safe_cell(sheet, raw))
            else:
                cells.append(safe_cell(sheet, raw, _FORMATS[unit] if unit is Unit.PERCENT else fmt))
        sheet.append(cells)
        writer.writer.rows += 1
    writer.finish()


def _targets_sheet(workbook: Workbook, report: AnnualReport) -> None:
    columns = (
        Column("Ziel", Unit.TEXT, 52),
        Column("Zielwert", Unit.TEXT, 16),
        Column("Ist", Unit.TEXT, 16),
        Column("Erreichung", Unit.PERCENT, 12),
        Column("Status", Unit.TEXT, 40),
    )
    writer = _SheetWriter(workbook, "Ziele", columns)
    sheet = writer.sheet
    for target in report.targets:
        fmt = _FORMATS[target.unit]
        cells: list[Any] = [safe_cell(sheet, target.label)]
        for value in (target.target, target.actual):
            raw = cell_value(value, target.unit)
            cells.append(
                None if raw is None else safe_cell(sheet, raw, None if isinstance(raw, str) else fmt)
            )
        attainment = cell_value(target.attainment_percent, Unit.PERCENT)
        cells.append(
            None
            if attainment is None
            else safe_cell(sheet, attainment, None if isinstance(attainment, str) else PERCENT_FORMAT)
        )
        cells.append(safe_cell(sheet, target.status))
        sheet.append(cells)
        writer.writer.rows += 1
    writer.finish()


def _notes_sheet(workbook: Workbook, report: AnnualReport) -> None:
    writer = _SheetWriter(
        workbook, "Hinweise", (Column("Angabe", Unit.TEXT, 26), Column("Inhalt", Unit.TEXT, 120))
    )
    variant = (
        f"Veröffentlichungsfassung, Geheimhaltung k = {report.k}" if report.published else "Interne Fassung"
    )
    facts: list[tuple[str, str]] = [
        ("Bericht", report.title),
        ("Herausgeber", f"{report.letterhead.organisation}, {report.letterhead.unit}"),
        ("Berichtszeitraum", report.period_label),
        ("Vergleichszeitraum", report.previous_label),
        ("Fassung", variant),
        ("Erstellt am", format_date(report.generated_on)),
    ]
    if report.generated_by:
        facts.append(("Erstellt von", report.generated_by))
    facts += [("Hinweis", note) for note in report.notes]
    for label, content in facts:
        writer.append((label, content))
    writer.finish()


def _case_sheet(workbook: Workbook, report: AnnualReport, progress: Progress) -> None:
    sheet_data = report.case_sheet
    assert sheet_data is not None
    # The largest sheet by far: its rows are serialised directly (FastSheetWriter). Case rows exist only
    # in the internal variant and carry no suppressed cells or percentages, so they go in as they are.
    writer = FastSheetWriter(
        workbook,
        "Falldaten (anonymisiert)",
        [c.title for c in sheet_data.columns],
        [_FORMATS[c.unit] for c in sheet_data.columns],
        [c.width for c in sheet_data.columns],
    )
    total = max(sheet_data.count, 1)
    step = max(total // 50, 500)
    try:
        for index, row in enumerate(sheet_data.rows, start=1):
            writer.append(row)
            if index % step == 0:
                progress(index, total)
        writer.finish()
    except BaseException:
        writer.discard()
        raise
    progress(total, total)


def write_annual_xlsx(report: AnnualReport, path: Path, *, progress: Progress | None = None) -> None:
    """Write ``report`` as a workbook to ``path``; ``progress(done, total)`` follows the case rows."""
    report_progress: Progress = progress or (lambda _d, _t: None)
    workbook = Workbook(write_only=True)
    workbook.properties.title = report.title
    workbook.properties.creator = "DLZW Desktop"
    try:
        _key_figures_sheet(workbook, report)
        _targets_sheet(workbook, report)
        for table in _tables(report):
            _table_sheet(workbook, table)
        if report.case_sheet is not None:
            _case_sheet(workbook, report, report_progress)
        if report.identified is not None:
            _table_sheet(workbook, report.identified)
        _notes_sheet(workbook, report)
    except BaseException:
        discard_write_only(workbook)
        raise
    save_workbook(workbook, path)
    logger.debug("annual report workbook written: %s", path)


def _tables(report: AnnualReport) -> Iterable[Table]:
    for section in report.sections:
        yield from section.tables
