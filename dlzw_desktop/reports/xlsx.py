"""Shared XLSX building blocks: safe text cells, German number formats, frozen headers, autofilter.

No text cell is ever written as a formula: a value starting with ``=``, ``+``, ``-``, ``@``, tab, CR or LF
is written as an explicit string cell (and openpyxl never evaluates it), so Excel and LibreOffice show it
as typed instead of running it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

logger = logging.getLogger(__name__)

EUR_FORMAT = '#,##0.00 "€"'
INT_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.0"
PERCENT_FORMAT = "0.0 %"
DATE_FORMAT = "DD.MM.YYYY"

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="0B5D7A")


def safe_cell(sheet: Worksheet, value: Any, number_format: str | None = None) -> WriteOnlyCell:
    """A write-only cell: numbers stay numbers, text never becomes a formula."""
    cell = WriteOnlyCell(sheet)
    if isinstance(value, str):
        cell.value = clean_text(value)
        if value.startswith(_FORMULA_STARTS):
            cell.data_type = "s"  # an explicit string, never a formula
    elif isinstance(value, Decimal):
        cell.value = value  # openpyxl writes Decimal as a number without float rounding on our side
        cell.number_format = number_format or EUR_FORMAT
    elif isinstance(value, bool):
        cell.value = "ja" if value else "nein"
    elif isinstance(value, int):
        cell.value = value
        cell.number_format = number_format or INT_FORMAT
    elif isinstance(value, datetime | date):
        cell.value = value
        cell.number_format = number_format or DATE_FORMAT
    else:
        cell.value = value
    if number_format is not None and value is not None:
        cell.number_format = number_format
    return cell


def clean_text(value: str) -> str:
    """Text without the control characters a workbook cannot hold (they would make saving fail)."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value) if ILLEGAL_CHARACTERS_RE.search(value) else value


class SheetWriter:
    """Streams rows into a new sheet of a write-only workbook: typed cells, per-column number formats,
    a bold frozen header row and an autofilter over the data rows.

    Text never becomes a formula: a value starting with ``=`` (the only start openpyxl turns into a formula)
    is written as an explicit string cell; other text is passed on as text. Numbers, dates and Decimals get
    the column's number format through one preformatted cell per column that is refilled for each row (the
    row is serialised before the next one is appended), which keeps styled writing close to the speed of
    unstyled writing.
    """

    def __init__(
        self,
        workbook: Workbook,
        title: str,
        header: Sequence[str],
        formats: Sequence[str | None],
        widths: Sequence[int] | None = None,
    ) -> None:
        self.sheet: Worksheet = workbook.create_sheet(title=title[:31])
        self.rows = 0
        self._width = len(header)
        self.sheet.freeze_panes = "A2"
        for index, width in enumerate(widths or [18] * len(header)):
            self.sheet.column_dimensions[_column_letter(index + 1)].width = width
        self.sheet.append(header_cells(self.sheet, header))
        self._templates: list[WriteOnlyCell | None] = []
        for fmt in formats:
            template = None
            if fmt is not None:
                template = WriteOnlyCell(self.sheet)
                template.number_format = fmt
            self._templates.append(template)

    def append(self, row: Sequence[Any]) -> None:
        """Append one row; ``None`` leaves a cell empty."""
        sheet, templates = self.sheet, self._templates
        cells: list[Any] = []
        for index, value in enumerate(row):
            kind = type(value)
            if value is None:
                cells.append(None)
            elif kind is str:
                if value.startswith(_FORMULA_STARTS) or ILLEGAL_CHARACTERS_RE.search(value):
                    cells.append(safe_cell(sheet, value))
                else:
                    cells.append(value)
            elif kind is bool:
                cells.append("ja" if value else "nein")
            elif templates[index] is not None and kind in (int, Decimal, date, datetime):
                template = templates[index]
                template.value = value  # type: ignore[union-attr]
                cells.append(template)
            else:
                cells.append(safe_cell(sheet, value))
        sheet.append(cells)
        self.rows += 1

    def finish(self, total: Sequence[Any] | None = None) -> Worksheet:
        """Set the autofilter over header and data rows; a ``total`` row follows after an empty row."""
        self.sheet.auto_filter.ref = f"A1:{_column_letter(self._width)}{self.rows + 1}"
        if total is not None:
            self.sheet.append([])
            self.append(total)
        return self.sheet


def header_cells(sheet: Worksheet, names: Sequence[str]) -> list[WriteOnlyCell]:
    cells = []
    for name in names:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cells.append(cell)
    return cells


def add_table_sheet(
    workbook: Workbook,
    title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    formats: Sequence[str | None] | None = None,
    widths: Sequence[int] | None = None,
) -> Worksheet:
    """A sheet with a bold frozen header row, an autofilter over all rows and typed cells.

    ``workbook`` must be write-only (``Workbook(write_only=True)``); rows are streamed.
    """
    sheet = workbook.create_sheet(title=title[:31])
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths or [18] * len(header)):
        sheet.column_dimensions[_column_letter(index + 1)].width = width
    sheet.append(header_cells(sheet, header))
    count = 0
    for row in rows:
        fmt = formats or [None] * len(row)
        sheet.append([safe_cell(sheet, value, fmt[i]) for i, value in enumerate(row)])
        count += 1
    sheet.auto_filter.ref = f"A1:{_column_letter(len(header))}{count + 1}"
    return sheet


def discard_write_only(workbook: Workbook) -> None:
    """Close and delete the temporary files of a write-only workbook that will not be saved.

    A write-only sheet streams into a temporary file through an open generator; abandoned mid-way (an
    error, a cancelled export) it would complain when garbage-collected and leave the file behind.
    """
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        try:
            sheet.close()  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - best effort on a sheet that is being thrown away anyway
            logger.debug("closing an abandoned sheet failed", exc_info=True)
        try:
            writer.cleanup()
        except OSError:
            logger.debug("removing the temporary file of an abandoned sheet failed", exc_info=True)


def _column_letter(index: int) -> str:
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
