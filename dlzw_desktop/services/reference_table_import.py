"""Reading LWSI reference tables from CSV or XLSX files, defensively (files come from outside).

Two tables are read: gross value added per worker by WZ section (NRW) and inhabitants by statistical
district. Both are two columns, key and value, with any header and footnote rows around them: a row is
data when its value cell holds a number. Anything doubtful is refused with a message that names the
line and says what to do; nothing is guessed. Limits protect against hostile files: at most 5 MiB on
disk, 50 MiB unpacked for XLSX (zip bombs), 10,000 rows, no formulas evaluated (cached values only),
XML parsed with defusedxml (openpyxl uses it when installed).
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import math
import re
import unicodedata
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from dlzw_desktop.domain.lwsi import WZ_SECTIONS
from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ZIP_ENTRIES = 500
MAX_ROWS = 10_000
MAX_GVA = Decimal(10_000_000)
MAX_INHABITANTS = 1_000_000

#: Keys of the row holding the value for all sections together (the NRW average).
_AVERAGE_KEYS = {
    "insgesamt",
    "alle wirtschaftsbereiche",
    "alle abschnitte",
    "gesamt",
    "a-u",
    "a–u",
    "nrw",
    "total",
    "all",
    "all sections",
}
_SECTION_KEY = re.compile(r"^([A-U])(?:\s*[-–]\s*([A-U]))?(?=$|[\s.,;:)])")
_GERMAN_NUMBER = re.compile(r"^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^-?\d+(?:,\d+)?$")
_PLAIN_NUMBER = re.compile(r"^-?\d+\.\d+$")


@dataclass(frozen=True, slots=True)
class RawRow:
    """A data row: its line in the file (1-based), the key text and the value as read."""

    line: int
    key: str
    value: Decimal


@dataclass(frozen=True, slots=True)
class ParsedGva:
    """A GVA table read from a file."""

    values: Mapping[str, Decimal]
    nrw_average: Decimal
    combined: tuple[str, ...]  # keys like "G-I" whose value was given to every section of the range
    sha256: str
    rows: int


@dataclass(frozen=True, slots=True)
class ParsedPopulation:
    """A population table read from a file: inhabitants by district key (code or folded name)."""

    values: Mapping[str, int]
    sha256: str
    rows: int


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name ("Hörde" and "HOERDE" stay apart, "hörde" matches)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().strip())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")


# ------------------------------------------------------------------------------------------ reading


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(
            "lwsi_import.unreadable",
            "The file {name} cannot be opened ({reason}).",
            field="file",
            name=path.name,
            reason=str(exc),
        ) from exc
    if size == 0:
        raise ValidationError(
            "lwsi_import.empty",
            "The file {name} is empty. Choose the exported table.",
            field="file",
            name=path.name,
        )
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            "lwsi_import.too_large",
            "The file {name} is larger than 5 MB. A reference table has a few dozen rows: export only the "
            "table itself.",
            field="file",
            name=path.name,
        )
    return path.read_bytes()


def _number(value: object) -> Decimal | None:
    """A number from a cell: int/float/Decimal, or text in German ("52.000,5") or plain ("52000.5")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if not isinstance(value, str):
        return None
    text = value.strip().replace("\u00a0", "").replace(" ", "").replace("€", "").replace("EUR", "")
    if not text:
        return None
    try:
        if _GERMAN_NUMBER.match(text):
            return Decimal(text.replace(".", "").replace(",", "."))
        if _PLAIN_NUMBER.match(text):
            return Decimal(text)
    except InvalidOperation:
        return None
    return None


def _csv_rows(data: bytes, name: str) -> Iterator[tuple[int, list[object]]]:
    if b"\x00" in data:
        raise ValidationError(
            "lwsi_import.binary",
            "The file {name} is not a text (CSV) file. Save the table as CSV or XLSX and try again.",
            field="file",
            name=name,
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything; kept for clarity
        raise ValidationError(
            "lwsi_import.encoding",
            "The file {name} is neither UTF-8 nor Windows text.",
            field="file",
            name=name,
        )
    sample = text[:4096]
    # German exports separate with semicolons (the comma is the decimal sign); otherwise tab or comma.
    delimiter = ";" if ";" in sample else ("\t" if "\t" in sample else ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for line, row in enumerate(reader, start=1):
            if line > MAX_ROWS:
                raise ValidationError(
                    "lwsi_import.too_many_rows",
                    "The file {name} has more than 10.000 rows. Export only the reference table.",
                    field="file",
                    name=name,
                )
            yield line, list(row)
    except csv.Error as exc:
        raise ValidationError(
            "lwsi_import.bad_csv",
            "The file {name} is not a readable CSV table ({reason}). Save it again as CSV (semicolon "
            "separated).",
            field="file",
            name=name,
            reason=str(exc),
        ) from exc


def _check_zip(data: bytes, name: str) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ValidationError(
            "lwsi_import.not_xlsx",
            "The file {name} is not an Excel workbook (.xlsx). Save it as .xlsx or .csv and try again.",
            field="file",
            name=name,
        ) from exc
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
            raise ValidationError(
                "lwsi_import.xlsx_too_large",
                "The workbook {name} unpacks to more than 50 MB. Copy the reference table into a new, small "
                "workbook and import that.",
                field="file",
                name=name,
            )
        if "xl/workbook.xml" not in {e.filename for e in entries}:
            raise ValidationError(
                "lwsi_import.not_xlsx",
                "The file {name} is not an Excel workbook (.xlsx). Save it as .xlsx or .csv and try again.",
                field="file",
                name=name,
            )


def _xlsx_rows(data: bytes, name: str) -> Iterator[tuple[int, list[object]]]:
    from openpyxl import load_workbook  # noqa: PLC0415 - only for XLSX imports

    _check_zip(data, name)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # hostile or damaged input: any parser failure means "cannot read"
        raise ValidationError(
            "lwsi_import.unreadable_xlsx",
            "The workbook {name} cannot be read ({reason}). Open it in Excel, save it again as .xlsx and "
            "try once more.",
            field="file",
            name=name,
            reason=type(exc).__name__,
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        for line, row in enumerate(sheet.iter_rows(values_only=True, max_col=2), start=1):
            if line > MAX_ROWS:
                raise ValidationError(
                    "lwsi_import.too_many_rows",
                    "The file {name} has more than 10.000 rows. Export only the reference table.",
                    field="file",
                    name=name,
                )
            yield line, list(row)
    except ValidationError:
        raise
    except Exception as exc:  # hostile or damaged input
        raise ValidationError(
            "lwsi_import.unreadable_xlsx",
            "The workbook {name} cannot be read ({reason}). Open it in Excel, save it again as .xlsx and "
            "try once more.",
            field="file",
            name=name,
            reason=type(exc).__name__,
        ) from exc
    finally:
        workbook.close()


def read_rows(path: Path) -> tuple[list[RawRow], str]:
    """The data rows of a two-column table file and the file's SHA-256."""
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw = _xlsx_rows(data, path.name)
    elif suffix in (".csv", ".txt"):
        raw = _csv_rows(data, path.name)
    else:
        raise ValidationError(
            "lwsi_import.unknown_format",
            "DLZW Desktop reads reference tables as .csv or .xlsx, not {suffix}. Save the table in one of "
            "these formats.",
            field="file",
            suffix=suffix or "(ohne Endung)",
        )
    rows: list[RawRow] = []
    for line, cells in raw:
        if len(cells) < 2:
            continue
        key, value = cells[0], _number(cells[1])
        if value is None or key is None:
            continue  # a header, a footnote or an empty row
        rows.append(RawRow(line, str(key).strip(), value))
    if not rows:
        raise ValidationError(
            "lwsi_import.no_data",
            "The file {name} contains no rows with a key in the first column and a number in the second. "
            "Arrange the table in two columns and try again.",
            field="file",
            name=path.name,
        )
    return rows, hashlib.sha256(data).hexdigest()


# -------------------------------------------------------------------------------------- the tables


def parse_gva(path: Path) -> ParsedGva:
    """Gross value added per worker by WZ section; ranges like "G-I" give every section the value."""
    rows, digest = read_rows(path)
    values: dict[str, Decimal] = {}
    average: Decimal | None = None
    combined: list[str] = []
    for row in rows:
        if row.value <= 0 or row.value >= MAX_GVA:
            raise ValidationError(
                "lwsi_import.gva_implausible",
                "Line {line}: {value} EUR per worker is not plausible for '{key}'. Values lie above 0 and "
                "below 10 million EUR.",
                field="file",
                line=row.line,
                value=row.value,
                key=row.key[:60],
            )
        value = row.value.quantize(Decimal("0.01"))
        if fold(row.key) in _AVERAGE_KEYS or fold(row.key).startswith("insgesamt"):
            if average is not None:
                raise ValidationError(
                    "lwsi_import.average_twice",
                    "Line {line}: the value for all sections ('{key}') appears twice. Keep one.",
                    field="file",
                    line=row.line,
                    key=row.key[:60],
                )
            average = value
            continue
        match = _SECTION_KEY.match(row.key)
        if match is None:
            raise ValidationError(
                "lwsi_import.unknown_section",
                "Line {line}: '{key}' is not a WZ 2008 section. Start the first column with the section "
                "letter (A to U, or a range like G-I) or write 'Insgesamt' for all sections.",
                field="file",
                line=row.line,
                key=row.key[:60],
            )
        first, last = match.group(1), match.group(2) or match.group(1)
        if last < first:
            first, last = last, first
        sections = [chr(c) for c in range(ord(first), ord(last) + 1)]
        if len(sections) > 1:
            combined.append(f"{first}-{last}")
        for section in sections:
            assert section in WZ_SECTIONS
            if section in values:
                raise ValidationError(
                    "lwsi_import.section_twice",
                    "Line {line}: section {section} already has a value. Each section may appear once.",
                    field="file",
                    line=row.line,
                    section=section,
                )
            values[section] = value
    if average is None:
        raise ValidationError(
            "lwsi_import.average_missing",
            "The table has no value for all sections together. Add a row 'Insgesamt' with the NRW value "
            "per worker; it stands in for sections without a value.",
            field="file",
        )
    return ParsedGva(values, average, tuple(combined), digest, len(rows))


def parse_population(path: Path) -> ParsedPopulation:
    """Inhabitants by district (first column: district code such as 00 or 061, or the district name)."""
    rows, digest = read_rows(path)
    values: dict[str, int] = {}
    for row in rows:
        if row.value != row.value.to_integral_value() or not 0 <= row.value <= MAX_INHABITANTS:
            raise ValidationError(
                "lwsi_import.population_implausible",
                "Line {line}: {value} is not a plausible number of inhabitants for '{key}'. Enter whole "
                "numbers from 0 to 1,000,000.",
                field="file",
                line=row.line,
                value=row.value,
                key=row.key[:60],
            )
        key = fold(row.key)
        if not key:
            continue
        if key in values:
            raise ValidationError(
                "lwsi_import.district_twice",
                "Line {line}: district '{key}' appears twice. Each district may appear once.",
                field="file",
                line=row.line,
                key=row.key[:60],
            )
        values[key] = int(row.value)
    return ParsedPopulation(values, digest, len(rows))
