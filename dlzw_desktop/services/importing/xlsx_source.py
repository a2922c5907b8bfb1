"""XLSX reading for the importer: container checks, an XML pre-scan, then openpyxl streaming.

The checks run before openpyxl sees the file, cheapest first: the file's first bytes (PDF, encrypted or
old binary Office files), the ZIP end record (member count, directory size), the central directory
(encryption, compression method, uncompressed total, per-member ratio, macros, other formats), then
the prolog of every XML part (no ``<!DOCTYPE``, hence no entities). openpyxl then reads the workbook's
small parts (sheets, relationships, styles) through defusedxml, and ``xlsx_stream`` the shared strings and
the sheet's cells with a hardened expat parser, giving exactly the values of openpyxl's read-only
iteration with formulas kept as text; nothing is ever evaluated. This module is meant to run inside the
sandbox process (see ``reader.read_in_sandbox``).
"""

from __future__ import annotations

import codecs
import functools
import importlib
import logging
import re
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any, Protocol
from xml.etree.ElementTree import ParseError
from xml.parsers.expat import ExpatError

import openpyxl.xml
from openpyxl.reader.excel import ExcelReader
from openpyxl.xml import functions
from openpyxl.xml.constants import SHARED_STRINGS

from dlzw_desktop.errors import StorageError, ValidationError
from dlzw_desktop.services.importing.raw import (
    CellKind,
    FileKind,
    ReadLimits,
    RowBatcher,
    SourceInfo,
    WireRow,
    rejection,
)
from dlzw_desktop.services.importing.xlsx_stream import SharedStrings, iter_sheet_values

logger = logging.getLogger(__name__)

MB = 1024 * 1024

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # OLE compound file: encrypted OOXML or .xls
PDF_MAGIC = b"%PDF-"

EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"}
)
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")  # control bytes text files do not hold
MACRO_EXTENSIONS = frozenset({".xlsm", ".xltm", ".xlam"})

_EOCD = struct.Struct("<4s4H2LH")
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")
_MAX_DIRECTORY_BYTES_PER_MEMBER = 1024
_SAFE_XML_ENCODINGS = frozenset(
    {"utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii", "iso-8859-1", "latin1"}
)
_XML_ENCODING_DECL = re.compile(r"""encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_ENCRYPTED_STREAM_NAMES = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_LEGACY_WORKBOOK_NAMES = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))


class RowSink(Protocol):
    """Where a source delivers what it read (a pipe to the parent, or a list in tests)."""

    def info(self, info: SourceInfo) -> None: ...

    def rows(self, batch: list[WireRow], done: int) -> None: ...


# --- first bytes ---------------------------------------------------------------------------------------


def file_size(path: Path, limits: ReadLimits) -> int:
    """The file's size; rejects a missing, empty or oversized file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise rejection(
            "import.file_unreadable",
            "The file '{name}' cannot be opened. Check that it still exists and that you may read it.",
            name=path.name,
        ) from exc
    if size == 0:
        raise rejection(
            "import.empty", "The file '{name}' is empty. Choose the file with the list.", name=path.name
        )
    if size > limits.max_file_mb * MB:
        raise rejection(
            "import.file_too_large",
            "The file is {size_mb} MB; at most {limit_mb} MB can be imported. Split the list into smaller "
            "files.",
            size_mb=round(size / MB),
            limit_mb=limits.max_file_mb,
        )
    return size


def _wrong_type(detected: str) -> ValidationError:
    return rejection(
        "import.wrong_type",
        "The file is not an Excel workbook (.xlsx) but {detected}. Open it in its program, save the list "
        "as an Excel workbook (.xlsx) or as CSV, and import that file.",
        detected=detected,
    )


def _corrupt(detail: str) -> ValidationError:
    return rejection(
        "import.corrupt",
        "The file is damaged or incomplete (for example, a download was interrupted). Open it in Excel; if "
        "that works, save it again and import the new copy.",
        detail=detail,
    )


def check_magic(head: bytes, fh: IO[bytes], size: int) -> None:
    """Reject everything that is not a ZIP container, naming what it is where that helps the user."""
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        return
    if head.startswith(CFB_MAGIC):
        raise _compound_file_error(fh, size)
    if head.startswith(PDF_MAGIC):
        raise _wrong_type("pdf")
    if head and not _BINARY_BYTES.search(head):
        raise _wrong_type("text")  # typically a CSV file saved under an .xlsx name
    raise _wrong_type("unknown")


def _compound_file_error(fh: IO[bytes], size: int) -> ValidationError:
    """An OLE compound file is either a password-protected OOXML workbook or an old .xls file.

    Both store stream names as UTF-16 in the directory; a bounded scan for the names tells them apart
    without parsing the format.
    """
    fh.seek(0)
    overlap = b""
    legacy = False
    read = 0
    while read < size:
        chunk = fh.read(MB)
        if not chunk:
            break
        read += len(chunk)
        window = overlap + chunk
        if any(name in window for name in _ENCRYPTED_STREAM_NAMES):
            return rejection(
                "import.encrypted",
                "The workbook is protected with a password. Open it in Excel, remove the password "
                "(File > Info > Protect Workbook), save it, and import it again.",
            )
        legacy = legacy or any(name in window for name in _LEGACY_WORKBOOK_NAMES)
        overlap = window[-64:]
    if legacy:
        return rejection(
            "import.legacy_xls",
            "This is an old Excel 97-2003 workbook (.xls). Open it in Excel, save it as an Excel workbook "
            "(.xlsx), and import the new file.",
        )
    return _wrong_type("ole")


# --- the ZIP container ---------------------------------------------------------------------------------


def _directory_counts(fh: IO[bytes], size: int) -> tuple[int, int]:
    """Member count and central directory size from the end record, before zipfile reads the directory."""
    tail_size = min(size, _EOCD.size + 0xFFFF)
    fh.seek(size - tail_size)
    tail = fh.read(tail_size)
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or pos + _EOCD.size > len(tail):
        raise _corrupt("no end of central directory")
    _, _, _, _, entries, directory_size, directory_offset, _ = _EOCD.unpack_from(tail, pos)
    if 0xFFFF not in (entries,) and 0xFFFFFFFF not in (directory_size, directory_offset):
        return entries, directory_size
    locator_at = size - tail_size + pos - _ZIP64_LOCATOR.size
    if locator_at < 0:
        raise _corrupt("zip64 locator missing")
    fh.seek(locator_at)
    signature, _, zip64_at, _ = _ZIP64_LOCATOR.unpack(fh.read(_ZIP64_LOCATOR.size))
    if signature != b"PK\x06\x07" or zip64_at > size - _ZIP64_EOCD.size:
        raise _corrupt("zip64 locator invalid")
    fh.seek(zip64_at)
    record = _ZIP64_EOCD.unpack(fh.read(_ZIP64_EOCD.size))
    if record[0] != b"PK\x06\x06":
        raise _corrupt("zip64 end record invalid")
    return record[7], record[8]


def _too_many_members(count: int, limits: ReadLimits) -> ValidationError:
    return rejection(
        "import.zip_too_many_members",
        "The workbook consists of {count} parts, at most {limit} are accepted. Copy the list into a new "
        "workbook, save it, and import that file.",
        count=count,
        limit=limits.max_zip_members,
    )


def open_checked_zip(fh: IO[bytes], size: int, limits: ReadLimits) -> zipfile.ZipFile:
    """Open the container after checking its directory; the caller closes the returned archive."""
    entries, directory_size = _directory_counts(fh, size)
    if entries > limits.max_zip_members:
        raise _too_many_members(entries, limits)
    if directory_size > max(entries, 1) * _MAX_DIRECTORY_BYTES_PER_MEMBER or directory_size > size:
        raise _corrupt("central directory too large")
    fh.seek(0)
    try:
        archive = zipfile.ZipFile(fh)
    except (zipfile.BadZipFile, EOFError, ValueError, OSError) as exc:
        raise _corrupt(type(exc).__name__) from exc
    try:
        _check_members(archive, limits)
    except BaseException:
        archive.close()
        raise
    return archive


def _check_members(archive: zipfile.ZipFile, limits: ReadLimits) -> None:
    infos = archive.infolist()
    if len(infos) > limits.max_zip_members:
        raise _too_many_members(len(infos), limits)
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise rejection(
                "import.encrypted",
                "The workbook is protected with a password. Open it in Excel, remove the password "
                "(File > Info > Protect Workbook), save it, and import it again.",
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # bzip2 and lzma decompress without an output bound in zipfile; Excel never uses them.
            raise rejection(
                "import.zip_unsupported",
                "Part '{member}' of the workbook uses a compression method Excel does not use. Save the "
                "file again from Excel and import the new copy.",
                member=info.filename[:200],
            )
        total += info.file_size
    if total > limits.max_uncompressed_mb * MB:
        raise rejection(
            "import.zip_too_large",
            "The workbook unpacks to {size_mb} MB, more than the {limit_mb} MB that can be imported. Split "
            "the list into smaller workbooks.",
            size_mb=total // MB,
            limit_mb=limits.max_uncompressed_mb,
        )
    ratio_from = limits.ratio_checked_from_mb * MB
    for info in infos:
        if info.file_size >= ratio_from and info.file_size > limits.max_compression_ratio * max(
            info.compress_size, 1
        ):
            raise rejection(
                "import.zip_ratio",
                "Part '{member}' of the workbook is compressed {ratio}:1, far more than Excel ever does; "
                "such files are made to exhaust memory. Save the list again from Excel and import the new "
                "file.",
                member=info.filename[:200],
                ratio=info.file_size // max(info.compress_size, 1),
            )
    names = {info.filename.lower(): info for info in infos}
    if any(name.endswith("vbaproject.bin") or name.startswith("xl/macrosheets/") for name in names):
        raise _macros()
    if "xl/workbook.bin" in names:
        raise _wrong_type("xlsb")
    mimetype = names.get("mimetype")
    if (
        mimetype is not None
        and mimetype.file_size < 200
        and archive.read(mimetype).startswith(b"application/vnd.oasis.opendocument")
    ):
        raise _wrong_type("ods")
    if "[content_types].xml" not in names:
        raise _wrong_type("docx" if "word/document.xml" in names else "zip")


def _macros() -> ValidationError:
    return rejection(
        "import.macros",
        "The workbook contains macros (.xlsm). Macros are never imported: save it in Excel as "
        "'Excel workbook (*.xlsx)' without macros and import that file.",
    )


# --- XML pre-scan --------------------------------------------------------------------------------------


def _decode_head(head: bytes) -> str | None:
    """The start of a part as text for the prolog scan, or None when the part is not XML (an image)."""
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    )
    for bom, encoding in boms:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, "replace")
    patterns = (
        (b"<\0\0\0", "utf-32-le"),
        (b"\0\0\0<", "utf-32-be"),
        (b"<\0", "utf-16-le"),
        (b"\0<", "utf-16-be"),
    )
    for pattern, encoding in patterns:
        if head.startswith(pattern):
            return head.decode(encoding, "replace")
    if head.lstrip(b" \t\r\n").startswith(b"<"):
        # Markup is ASCII in every encoding Excel writes; latin-1 maps bytes 1:1 for the scan.
        return head.decode("latin-1")
    return None


def prolog_is_safe(head: bytes, *, complete: bool) -> bool:
    """True when the XML prolog reaches the root element without a DOCTYPE or other declaration.

    Entities (billion laughs, external entities) can only be declared in a DOCTYPE, which must come
    before the root element, so scanning the prolog is enough. ``complete`` says ``head`` is the whole
    part; a prolog that does not end within the scanned window of an incomplete part is refused.
    """
    text = _decode_head(head)
    if text is None:
        return True
    pos, end = 0, len(text)
    while True:
        while pos < end and text[pos] in " \t\r\n\ufeff":
            pos += 1
        if pos >= end:
            return complete
        if text.startswith("<?", pos):
            close = text.find("?>", pos + 2)
            if close < 0:
                return complete
            declaration = text[pos + 2 : close]
            if declaration.startswith("xml"):
                match = _XML_ENCODING_DECL.search(declaration)
                if match and match.group(1).lower() not in _SAFE_XML_ENCODINGS:
                    return False  # e.g. UTF-7 would hide a DOCTYPE from this scan
            pos = close + 2
        elif text.startswith("<!--", pos):
            close = text.find("-->", pos + 4)
            if close < 0:
                return complete
            pos = close + 3
        else:
            # "<!DOCTYPE", "<!ENTITY", "<!ELEMENT" ... are never written by Excel; anything else is the
            # root element or text the XML parser rejects as malformed.
            return not text.startswith("<!", pos)


def prescan_xml(archive: zipfile.ZipFile, limits: ReadLimits) -> None:
    """Refuse any part whose prolog declares a DOCTYPE, whatever the part is called."""
    window = limits.max_xml_prolog_bytes
    for info in archive.infolist():
        if info.is_dir() or info.file_size == 0:
            continue
        try:
            with archive.open(info) as member:
                head = member.read(window)
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError, ValueError) as exc:
            raise _corrupt(type(exc).__name__) from exc
        if not prolog_is_safe(head, complete=info.file_size <= window):
            raise rejection(
                "import.xml_unsafe",
                "Part '{member}' of the workbook contains an XML document type declaration. Excel never "
                "writes one, and it can be used to attack the computer. Save the file again from Excel and "
                "import the new copy.",
                member=info.filename[:200],
            )


def _check_content_types(archive: zipfile.ZipFile) -> None:
    info = archive.getinfo("[Content_Types].xml")
    if info.file_size > MB:
        raise _corrupt("content types too large")
    if b"macroenabled" in archive.read(info).lower():
        raise _macros()


# --- openpyxl ------------------------------------------------------------------------------------------

_DEFUSED_ITERPARSE_USERS = ("openpyxl.worksheet._reader", "openpyxl.reader.strings")
_FROMSTRING_USERS = (
    "openpyxl.reader.excel",
    "openpyxl.reader.workbook",
    "openpyxl.reader.drawings",
    "openpyxl.styles.stylesheet",
    "openpyxl.packaging.manifest",
)


def xml_parsers_hardened() -> bool:
    """True when every parser openpyxl uses for reading refuses entities.

    openpyxl switches to defusedxml's ``iterparse`` when defusedxml is installed (unless the environment
    variable ``OPENPYXL_DEFUSEDXML`` says otherwise) and uses lxml with ``resolve_entities=False`` or
    defusedxml's ``fromstring`` for small parts. This checks the functions the reading modules actually
    bound at import time.
    """
    if not openpyxl.xml.DEFUSEDXML:
        return False
    for name in _DEFUSED_ITERPARSE_USERS:
        module = importlib.import_module(name)
        if not getattr(module.iterparse, "__module__", "").startswith("defusedxml"):
            return False
    for name in _FROMSTRING_USERS:
        parse = importlib.import_module(name).fromstring
        if isinstance(parse, functools.partial):
            if parse.keywords.get("parser") is not getattr(functions, "safe_parser", None):
                return False
        elif not getattr(parse, "__module__", "").startswith("defusedxml"):
            return False
    return True


def _caused_by_defusedxml(exc: BaseException) -> bool:
    """defusedxml refused an entity somewhere down the chain (openpyxl re-raises it as ValueError)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if type(current).__module__.startswith("defusedxml"):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _is_out_of_memory(exc: BaseException) -> bool:
    return isinstance(exc, MemoryError) or "out of memory" in str(exc).lower()


def _column_letter(index: int) -> str:
    """Excel column letters of a 1-based index (1 -> A, 27 -> AA)."""
    letters = ""
    while index > 0:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def too_many_columns(row: int, column: int, limits: ReadLimits) -> ValidationError:
    """Rejection for data beyond the column cap (``column`` is 1-based)."""
    return rejection(
        "import.too_many_columns",
        "Row {row} has data in column {column}; at most {limit} columns can be imported. Delete the columns "
        "you do not need and import again.",
        row=row,
        column=_column_letter(column),
        limit=limits.max_columns,
    )


def too_many_rows(limits: ReadLimits) -> ValidationError:
    """Rejection for more data rows than the cap."""
    return rejection(
        "import.too_many_rows",
        "The list has more than {limit} rows. Split it into files of at most {limit} rows each and import "
        "them one after the other.",
        limit=limits.max_rows,
    )


_NUMBER, _BOOLEAN, _DATE, _TIME, _FORMULA = (
    CellKind.NUMBER.value,
    CellKind.BOOLEAN.value,
    CellKind.DATE.value,
    CellKind.TIME.value,
    CellKind.FORMULA.value,
)


def _cell_text(value: Any) -> tuple[str, str]:
    """Text and kind letter of a non-string cell value from openpyxl (strings take a faster path)."""
    vtype = type(value)
    if vtype is int or vtype is float:
        return repr(value), _NUMBER
    if vtype is bool:
        return ("1" if value else "0"), _BOOLEAN
    if vtype is datetime or vtype is date:
        return value.isoformat(), _DATE
    if vtype is time:
        return value.isoformat(), _TIME
    if vtype is timedelta:
        seconds = int(value.total_seconds())
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}", _TIME
    # ArrayFormula, DataTableFormula: keep the formula text, never a value.
    text = getattr(value, "text", None)
    return (text if isinstance(text, str) and text else "="), _FORMULA


def stream_xlsx(path: Path, limits: ReadLimits, sheet: str | None, sink: RowSink) -> None:
    """Check the workbook, then stream one worksheet's non-blank rows into ``sink``.

    Raises ``ValidationError`` (``import.*``) for anything refused; ``MemoryError`` passes through.
    """
    size = file_size(path, limits)
    with path.open("rb") as fh:
        check_magic(fh.read(512), fh, size)
        if path.suffix.lower() in MACRO_EXTENSIONS:
            raise _macros()
        with open_checked_zip(fh, size, limits) as archive:
            prescan_xml(archive, limits)
            _check_content_types(archive)
        fh.seek(0)
        try:
            # openpyxl warns about features it drops (data validation extensions, odd styles, dates out of
            # range); none of that matters for reading values. catch_warnings is process-wide: this runs
            # in the sandbox child, or in-process only in tests and benchmarks.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                _stream_workbook(fh, limits, sheet, sink)
        except (ValidationError, MemoryError):
            raise
        except Exception as exc:
            if _is_out_of_memory(exc):
                raise MemoryError from exc
            if _caused_by_defusedxml(exc):
                raise rejection(
                    "import.xml_unsafe",
                    "Part '{member}' of the workbook contains an XML document type declaration. Excel "
                    "never writes one, and it can be used to attack the computer. Save the file again from "
                    "Excel and import the new copy.",
                    member="?",
                ) from exc
            if not isinstance(
                exc,
                (
                    zipfile.BadZipFile,
                    EOFError,
                    zlib.error,
                    KeyError,
                    ValueError,
                    TypeError,
                    IndexError,
                    AttributeError,
                    OSError,
                    ParseError,
                    ExpatError,
                ),
            ):
                logger.warning("unexpected %s while reading a workbook", type(exc).__name__, exc_info=True)
            raise _corrupt(type(exc).__name__) from exc


def _stream_workbook(fh: IO[bytes], limits: ReadLimits, sheet: str | None, sink: RowSink) -> None:
    if not xml_parsers_hardened():
        raise StorageError(
            "import.xml_parser_unsafe",
            "The installation lacks the protected XML parser (defusedxml), so workbooks cannot be read "
            "safely. Ask your administrator to repair the installation.",
        )
    reader = _WorkbookReader(fh, read_only=True, keep_vba=False, data_only=False, keep_links=False)
    reader.read()
    workbook = reader.wb
    try:
        worksheets = list(workbook.worksheets)
        names = tuple(str(ws.title) for ws in worksheets)
        if not worksheets:
            raise rejection("import.no_sheet", "The workbook contains no worksheet. Choose another file.")
        if sheet is not None:
            if sheet not in names:
                raise rejection(
                    "import.sheet_not_found", "There is no worksheet named '{sheet}'.", sheet=sheet
                )
            worksheet = worksheets[names.index(sheet)]
        else:
            active = workbook.active
            visible = [ws for ws in worksheets if ws.sheet_state == "visible"] or worksheets
            worksheet = active if active in visible else visible[0]
        claimed = worksheet.max_row
        total = claimed if isinstance(claimed, int) and 0 < claimed <= limits.max_rows + 1 else None
        # The dimension element is the file's claim, not a fact: drop it so that openpyxl neither pads
        # rows to a forged width nor yields a million empty rows after the data.
        worksheet.reset_dimensions()
        sink.info(
            SourceInfo(
                file_kind=FileKind.XLSX,
                sheet_name=str(worksheet.title),
                sheet_names=names,
                date1904=bool(workbook.epoch.year == 1904),
                total_rows=total,
            )
        )
        batcher = RowBatcher(sink.rows)
        strings = reader.shared_strings
        with workbook._archive.open(worksheet._worksheet_path) as source:
            rows = iter_sheet_values(
                source,
                strings,
                epoch=workbook.epoch,
                date_formats=workbook._date_formats,
                timedelta_formats=workbook._timedelta_formats,
            )
            _stream_rows(rows, limits, batcher.add)
        if isinstance(strings, SharedStrings):
            strings.finish()  # the strings no row needed: a damaged or unsafe table is refused all the same
        batcher.flush()
    finally:
        reader.close_strings()
        workbook.close()


class _WorkbookReader(ExcelReader):  # type: ignore[misc]
    """openpyxl's reader with the shared strings read by ``xlsx_stream`` as the rows need them (same
    strings, a fraction of the time, and no wait for the whole table before the first row); everything
    else (workbook, relationships, styles) is openpyxl's own."""

    _strings_source: IO[bytes] | None = None

    def read_strings(self) -> None:
        part = self.package.find(SHARED_STRINGS)
        if part is not None:
            self._strings_source = self.archive.open(part.PartName[1:])
            self.shared_strings = SharedStrings(self._strings_source)

    def close_strings(self) -> None:
        if self._strings_source is not None:
            self._strings_source.close()


def _stream_rows(rows: Any, limits: ReadLimits, add: Callable[[WireRow, int], None]) -> None:
    """The hot loop: one pass over (row number, value tuple) pairs, building wire rows."""
    max_columns = limits.max_columns
    row_cap = limits.max_rows + 1  # the header row does not count
    text_kind, formula_kind, error_kind, empty_kind = (
        CellKind.TEXT.value,
        CellKind.FORMULA.value,
        CellKind.ERROR.value,
        CellKind.EMPTY.value,
    )
    errors = EXCEL_ERRORS
    non_blank = 0
    for number, row in rows:
        if not row:
            continue
        cells = row
        if len(row) > max_columns:
            beyond = next((i for i in range(max_columns, len(row)) if row[i] is not None), None)
            if beyond is not None:
                raise too_many_columns(number, beyond + 1, limits)
            cells = row[:max_columns]
        values: list[str] = []
        kinds: list[str] = []
        put_value = values.append
        put_kind = kinds.append
        chars = 0
        last = -1
        for value in cells:
            if value is None:
                put_value("")
                put_kind(empty_kind)
                continue
            if type(value) is str:
                if not value:
                    put_value("")
                    put_kind(empty_kind)
                    continue
                first = value[0]
                if first == "=":
                    put_kind(formula_kind)
                elif first == "#" and value in errors:
                    put_kind(error_kind)
                else:
                    put_kind(text_kind)
                put_value(value)
                chars += len(value)
            else:
                text, kind = _cell_text(value)
                put_value(text)
                put_kind(kind)
                chars += len(text)
            last = len(values)
        if last < 0:
            continue
        non_blank += 1
        if non_blank > row_cap:
            raise too_many_rows(limits)
        if last < len(values):
            del values[last:], kinds[last:]
        add((number, values, "".join(kinds)), chars)
