"""A list as shown on screen, written to a one-sheet workbook (``ui.list_export``, ``ExportService``)."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

#: Number formats a list column can ask for (the same as the annual report's).
EUR_FORMAT = '#,##0.00 "€"'
INT_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.0 %"
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"

CHUNK_ROWS = 500

ProgressFn = Callable[[int, int], None]


@dataclass(slots=True)
class ListTable:
    """Headings, rows of values (numbers, dates, text) and one number format per column."""

    title: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    formats: list[str | None] = field(default_factory=list)


def _sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip("' ") or "Liste"
    return cleaned[:31]


def write_list_xlsx(table: ListTable, path: Path, progress: ProgressFn | None = None) -> Path:
    """Write ``table`` to ``path`` through a temporary file: a failed or cancelled run leaves nothing.

    ``progress(done, total)`` is called every few hundred rows and may raise to cancel.
    """
    from openpyxl import Workbook  # noqa: PLC0415 - openpyxl loads only when something is exported

    from dlzw_desktop.reports.xlsx import FastSheetWriter, discard_write_only, save_workbook  # noqa: PLC0415

    report: ProgressFn = progress or (lambda _d, _t: None)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    partial = Path(temporary)
    workbook = Workbook(write_only=True)
    workbook.properties.title = table.title
    workbook.properties.creator = "DLZW Desktop"
    formats = table.formats or [None] * len(table.headers)
    widths = [min(max(len(h) + 4, 12), 50) for h in table.headers]
    writer = FastSheetWriter(workbook, _sheet_title(table.title), table.headers, formats, widths)
    try:
        total = len(table.rows)
        for number, row in enumerate(table.rows, start=1):
            writer.append(row)
            if number % CHUNK_ROWS == 0:
                report(number, total)
        writer.finish()
        report(total, total)
        save_workbook(workbook, partial)
        partial.replace(path)
    except BaseException:
        writer.discard()
        discard_write_only(workbook)
        partial.unlink(missing_ok=True)
        raise
    logger.debug("list %r written to %s (%d rows)", table.title, path, len(table.rows))
    return path
