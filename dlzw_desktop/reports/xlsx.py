"""Shared XLSX building blocks: safe text cells, German number formats, frozen headers, autofilter.

No text cell is ever written as a formula: a value starting with ``=``, ``+``, ``-``, ``@``, tab, CR or LF
is written as an explicit string cell (and openpyxl never evaluates it), so Excel and LibreOffice show it
as typed instead of running it.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

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


class FastSheetWriter:
    """Like ``SheetWriter``, for sheets of many thousand rows: the data rows are serialised directly.

    openpyxl builds an XML element for every cell; for the anonymised case data of a large office that
    alone took longer than everything else of the annual report. Here openpyxl still writes the sheet's
    frame (header row, frozen pane, column widths, autofilter, styles), and the data rows are written as
    XML text into a temporary file and spliced into the sheet when it is finished. Text is escaped and
    written as inline strings (never as a formula, whatever it starts with); numbers carry the column's
    number format; dates become Excel date numbers with the column's date format.

    Falls back to ``SheetWriter`` behaviour when openpyxl's write-only internals are not as expected.
    """

    def __init__(
        self,
        workbook: Workbook,
        title: str,
        header: Sequence[str],
        formats: Sequence[str | None],
        widths: Sequence[int] | None = None,
    ) -> None:
        self._frame = SheetWriter(workbook, title, header, formats, widths)
        self.sheet = self._frame.sheet
        self.rows = 0
        self._letters = [_column_letter(i + 1) for i in range(len(header))]
        self._styles: list[str] = []
        for fmt in formats:
            if fmt is None:
                self._styles.append("")
                continue
            probe = WriteOnlyCell(self.sheet)
            probe.number_format = fmt
            self._styles.append(f' s="{probe.style_id}"')  # registers the style in the workbook
        self._epoch = workbook.epoch
        handle, name = tempfile.mkstemp(prefix="dlzw-rows-", suffix=".xml")
        os.close(handle)
        self._rows_path = Path(name)
        self._out = self._rows_path.open("w", encoding="utf-8", newline="")

    def append(self, row: Sequence[Any]) -> None:
        """Append one row of values (``None`` leaves a cell empty)."""
        number = self.rows + 2  # row 1 is the header
        parts = [f'<row r="{number}">']
        letters, styles = self._letters, self._styles
        for index, value in enumerate(row):
            if value is None:
                continue
            kind = type(value)
            ref = f"{letters[index]}{number}"
            if kind is str:
                text = (
                    ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
                    if ILLEGAL_CHARACTERS_RE.search(value)
                    else value
                )
                space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
                parts.append(f'<c r="{ref}" t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>')
            elif kind is Decimal:
                parts.append(f'<c r="{ref}"{styles[index]} t="n"><v>{value:f}</v></c>')
            elif kind is int or kind is float:
                parts.append(f'<c r="{ref}"{styles[index]} t="n"><v>{value!r}</v></c>')
            elif kind is bool:
                parts.append(f'<c r="{ref}" t="inlineStr"><is><t>{"ja" if value else "nein"}</t></is></c>')
            elif isinstance(value, date):
                serial = to_excel(value, self._epoch)
                parts.append(f'<c r="{ref}"{styles[index]} t="n"><v>{serial!r}</v></c>')
            else:
                parts.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
        parts.append("</row>")
        self._out.write("".join(parts))
        self.rows += 1

    def finish(self) -> Worksheet:
        """Close the sheet with the data rows in it and the autofilter over them."""
        self._out.close()
        self.sheet.auto_filter.ref = f"A1:{self._letters[-1]}{self.rows + 1}"
        self.sheet.close()
        frame = Path(self.sheet._writer.out)  # openpyxl's write-only stream (see the class docstring)
        content = frame.read_bytes()
        cut = content.rfind(b"</sheetData>")
        if cut < 0:  # pragma: no cover - only with an openpyxl that writes sheets differently
            raise RuntimeError("unexpected worksheet layout from openpyxl; cannot add the rows")
        spliced = frame.with_suffix(".spliced")
        with spliced.open("wb") as target:
            target.write(content[:cut])
            with self._rows_path.open("rb") as rows:
                shutil.copyfileobj(rows, target, 1024 * 1024)
            target.write(content[cut:])
        spliced.replace(frame)
        self._rows_path.unlink(missing_ok=True)
        return self.sheet

    def discard(self) -> None:
        """Remove the temporary rows of a sheet that will not be finished."""
        if not self._out.closed:
            self._out.close()
        self._rows_path.unlink(missing_ok=True)


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


def save_workbook(workbook: Workbook, path: Path) -> None:
    """Save ``workbook`` with fast compression (level 1).

    openpyxl compresses at zlib's default level; for report workbooks with tens of thousands of rows that
    costs a good part of the writing time, while level 1 makes the file only about a quarter larger.
    """
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=1)
    ExcelWriter(workbook, archive).save()


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
            sheet.close()
        except Exception:
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
