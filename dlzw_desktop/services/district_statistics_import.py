"""Reading a district statistics table (CSV or XLSX) as the city publishes it.

Expected shape: one row per district (or the whole city), a column naming the district (name or number),
optionally a year column, and one column per figure (population, residents with a migration background,
businesses, trade registrations, vacant units; German or English headings, see
``domain.neighbourhood.INDICATOR_HEADINGS``). Borough rows (subtotals) are skipped; the German statistical
marks "." (secret), "-" (nothing) and "x" leave a cell empty. Anything else that cannot be read stops the
import with the first problems named, so a half-read table never enters the database.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from dlzw_desktop.domain.neighbourhood import (
    CITY_NAMES,
    INDICATOR_HEADINGS,
    DistrictIndicator,
    StatisticValue,
)
from dlzw_desktop.domain.similarity import fold
from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
MAX_COLUMNS = 60
_DISTRICT_HEADINGS = ("bezirk", "statistischer bezirk", "stat. bezirk", "district", "name", "gebiet", "raum")
_CODE_HEADINGS = ("bezirksnummer", "nummer", "nr", "nr.", "code", "kennziffer", "schlussel", "bezirk nr")
_YEAR_HEADINGS = ("jahr", "year", "stichtag", "berichtsjahr")
_EMPTY_MARKS = {"", ".", "-", "–", "x", "…", "..."}
_GERMAN_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def _problem(kind: str, row: int, text: str, count: int) -> ValidationError:
    """The error for the first problem of a table; ``count`` says how many rows have one."""
    params = {"row": row, "text": text, "count": count}
    if kind == "unknown_district":
        return ValidationError(
            "statistics.unknown_district",
            "Row {row}: '{text}' is not one of Dortmund's statistical districts ({count} problem(s) in the "
            "file). Correct the names and import again.",
            field="path",
            **params,
        )
    if kind == "no_year":
        return ValidationError(
            "statistics.no_year",
            "Row {row}: the year '{text}' is not plausible ({count} problem(s) in the file). Enter years "
            "like 2025 and import again.",
            field="path",
            **params,
        )
    if kind == "negative":
        return ValidationError(
            "statistics.negative",
            "Row {row}: the figure {text} is negative ({count} problem(s) in the file). Correct the cell "
            "and import again.",
            field="path",
            **params,
        )
    if kind == "twice":
        return ValidationError(
            "statistics.twice",
            "Row {row}: '{text}' appears twice for the same year ({count} problem(s) in the file). Label "
            "borough subtotals 'Stadtbezirk …' and import again.",
            field="path",
            **params,
        )
    return ValidationError(
        "statistics.not_a_number",
        "Row {row}: '{text}' is not a number ({count} problem(s) in the file). Correct the cell and "
        "import again.",
        field="path",
        **params,
    )


@dataclass(frozen=True, slots=True)
class ParsedStatistics:
    """What a table yields: the figures, and what was skipped on purpose."""

    values: tuple[StatisticValue, ...]
    indicators: tuple[DistrictIndicator, ...]
    years: tuple[int, ...]
    skipped_rows: tuple[str, ...]  # borough subtotals and empty rows, by their label


def read_table(path: Path) -> list[list[object]]:
    """The cells of the first sheet (XLSX) or of a CSV file (delimiter and encoding detected)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(
            "statistics.unreadable", "The file {name} cannot be read.", field="path", name=path.name
        ) from exc
    if size > MAX_BYTES:
        raise ValidationError(
            "statistics.too_large",
            "The file {name} is larger than 5 MB, far too large for a district table. Check the file.",
            field="path",
            name=path.name,
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() in (".csv", ".txt"):
        return _read_csv(path)
    raise ValidationError(
        "statistics.unsupported_file",
        "Choose a CSV or XLSX file (the file {name} is neither).",
        field="path",
        name=path.name,
    )


def _read_csv(path: Path) -> list[list[object]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            content = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise ValidationError(
            "statistics.encoding", "The file's text encoding is not supported.", field="path"
        )
    sample = content[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[object]] = []
    for row in csv.reader(io.StringIO(content), dialect):
        rows.append(list(row[:MAX_COLUMNS]))
        if len(rows) > MAX_ROWS:
            break
    return rows


def _read_xlsx(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook  # noqa: PLC0415 - only needed for XLSX files

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise ValidationError(
            "statistics.unreadable", "The file {name} cannot be read as XLSX.", field="path", name=path.name
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        rows: list[list[object]] = []
        for row in sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                break
        return rows
    finally:
        workbook.close()


def _heading(value: object) -> str:
    return " ".join(fold(str(value or "")).replace("_", " ").split())


def parse_number(value: object) -> Decimal | None:
    """A figure from a cell: numbers as they are, German text ``12.345`` or ``12,5``; marks -> None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))  # the shortest text that round-trips, not the binary expansion
    if isinstance(value, Decimal):
        return value
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if text in _EMPTY_MARKS:
        return None
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        text = text.replace(",", ".")
    elif _GERMAN_THOUSANDS.match(text):
        text = text.replace(".", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not number.is_finite():
        raise ValueError(text)
    return number


def _year(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value.year
    text = str(value).strip()
    match = re.search(r"(19|20)\d{2}", text)
    return int(match.group(0)) if match else None


def parse_statistics(
    rows: Sequence[Sequence[object]],
    *,
    districts: Mapping[str, uuid.UUID],
    district_codes: Mapping[str, uuid.UUID],
    boroughs: Iterable[str],
    source: str,
    default_year: int | None,
) -> ParsedStatistics:
    """Turn the table into figures. ``districts`` maps folded names, ``district_codes`` numbers to ids.

    Raises ``ValidationError`` naming the first problems when the table cannot be read as a whole.
    """
    source = " ".join(source.split())
    if not source:
        raise ValidationError(
            "statistics.source_missing",
            "Enter the source of the figures (publisher, table, date retrieved), e.g. "
            "'Dortmunder Statistik, Bevölkerung nach Bezirken, abgerufen 03.2026'.",
            field="source",
        )
    header_index = next((i for i, row in enumerate(rows[:20]) if any(_heading(c) for c in row)), None)
    if header_index is None:
        raise ValidationError("statistics.empty", "The file contains no table.", field="path")
    header = [_heading(cell) for cell in rows[header_index]]
    name_col = next((i for i, h in enumerate(header) if h in _DISTRICT_HEADINGS), None)
    code_col = next((i for i, h in enumerate(header) if h in _CODE_HEADINGS), None)
    year_col = next((i for i, h in enumerate(header) if h in _YEAR_HEADINGS), None)
    indicator_cols: dict[int, DistrictIndicator] = {}
    for index, heading in enumerate(header):
        for indicator, names in INDICATOR_HEADINGS.items():
            if heading in names and indicator not in indicator_cols.values():
                indicator_cols[index] = indicator
    if name_col is None and code_col is None:
        raise ValidationError(
            "statistics.no_district_column",
            "The table needs a column 'Bezirk' (district name) or 'Bezirksnummer'. Rename the column "
            "heading and import again.",
            field="path",
        )
    if not indicator_cols:
        raise ValidationError(
            "statistics.no_figures",
            "No column with known figures was found. Name the columns e.g. 'Einwohner', "
            "'Migrationshintergrund', 'Betriebe', 'Gewerbeanmeldungen' or 'Leerstände'.",
            field="path",
        )
    if year_col is None and default_year is None:
        raise ValidationError(
            "statistics.year_missing",
            "The table has no 'Jahr' column. Enter the year the figures refer to.",
            field="year",
        )
    borough_names = {fold(name) for name in boroughs} | {f"stadtbezirk {fold(name)}" for name in boroughs}
    values: dict[tuple[uuid.UUID | None, DistrictIndicator, int], StatisticValue] = {}
    skipped: list[str] = []
    problems: list[tuple[str, int, str]] = []  # (kind, row number, the text that did not fit)
    for number, row in enumerate(rows[header_index + 1 :], start=header_index + 2):
        cells = list(row) + [None] * (len(header) - len(row))
        label = str(cells[name_col] or "").strip() if name_col is not None else ""
        code = str(cells[code_col] or "").strip() if code_col is not None else ""
        if not label and not code:
            continue
        folded = " ".join(fold(label).split())
        district_id: uuid.UUID | None
        if folded in CITY_NAMES:
            district_id = None
        elif code and code.isdigit() and str(int(code)) in district_codes:
            district_id = district_codes[str(int(code))]
        elif folded in districts:
            district_id = districts[folded]
        elif folded in borough_names or folded.startswith("stadtbezirk"):
            skipped.append(label)
            continue
        else:
            problems.append(("unknown_district", number, label or code))
            continue
        year = _year(cells[year_col]) if year_col is not None else None
        year = year or default_year
        if year is None or not 1990 <= year <= 2100:
            problems.append(("no_year", number, str(cells[year_col]) if year_col is not None else ""))
            continue
        for index, indicator in indicator_cols.items():
            try:
                value = parse_number(cells[index])
            except ValueError:
                problems.append(("not_a_number", number, str(cells[index])))
                continue
            if value is None:
                continue
            if value < 0:
                problems.append(("negative", number, str(cells[index])))
                continue
            key = (district_id, indicator, year)
            if key in values:
                problems.append(("twice", number, label or code))
                continue
            values[key] = StatisticValue(
                district_id, indicator, year, value.quantize(Decimal("0.01")), source[:300]
            )
    if problems:
        kind, row_number, text = problems[0]
        raise _problem(kind, row_number, text, len(problems))
    if not values:
        raise ValidationError(
            "statistics.nothing_found",
            "The table contains no figures for Dortmund's districts.",
            field="path",
        )
    found = tuple(values.values())
    return ParsedStatistics(
        values=found,
        indicators=tuple(sorted({v.indicator for v in found}, key=list(DistrictIndicator).index)),
        years=tuple(sorted({v.year for v in found})),
        skipped_rows=tuple(skipped),
    )
