"""CSV reading for the importer: encoding detection, separator sniffing, bounded streaming.

Encodings: a UTF-8 byte order mark wins; else the whole file must decode as strict UTF-8; else it is
read as Windows-1252 (what German Excel writes for "CSV (Trennzeichen-getrennt)"). A file that holds
valid UTF-8 umlauts *and* bytes that are not UTF-8 mixes two encodings and is refused rather than
garbled. Separators: semicolon (German Excel), comma or tab, counted outside quotes in the first lines.
Every line and field is length-capped while reading, so one endless line cannot exhaust memory.
"""

from __future__ import annotations

import codecs
import csv
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from dlzw_desktop.services.importing.raw import (
    CellKind,
    FileKind,
    ReadLimits,
    RowBatcher,
    SourceInfo,
    rejection,
)
from dlzw_desktop.services.importing.xlsx_source import (
    MB,
    RowSink,
    file_size,
    too_many_columns,
    too_many_rows,
)

if TYPE_CHECKING:
    from _csv import Reader as CsvReader

logger = logging.getLogger(__name__)

SEPARATORS = (";", ",", "\t")
SNIFF_LINES = 10
_CHUNK = MB
_SEPARATOR_HINT = re.compile(r"^sep=([;,\t|])\r?\n?$")
# UTF-8 sequences that are letters or typography in practice (German, Turkish, Polish, Cyrillic, Arabic,
# quotes, dashes, euro). In Windows-1252 text these byte pairs read as "Ã¼"-style garbage, so finding
# them next to invalid UTF-8 means two encodings were mixed.
_UTF8_LETTERS = re.compile(
    rb"[\xc3-\xc5\xd0-\xd9][\x80-\xbf]|\xe2[\x80-\x82][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_SAVE_AS_UTF8 = "Save the list in Excel as 'CSV UTF-8 (comma delimited)' and import that file."


def detect_encoding(path: Path) -> str:
    """``utf-8-sig``, ``utf-8`` or ``cp1252`` for the file; rejects binary, UTF-16 and mixed files."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    utf8_ok = True
    utf8_letters = False
    cp1252_ok = True
    first_bad_line: int | None = None
    lines_before = 0
    with path.open("rb") as fh:
        chunk = fh.read(_CHUNK)
        if chunk.startswith(
            (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        ):
            raise rejection(
                "import.csv_encoding",
                "The file is saved as {encoding}, which the import does not read. " + _SAVE_AS_UTF8,
                encoding="UTF-16",
            )
        bom = chunk.startswith(codecs.BOM_UTF8)
        if bom:
            chunk = chunk[len(codecs.BOM_UTF8) :]
        while chunk:
            if b"\x00" in chunk:
                raise rejection(
                    "import.csv_binary",
                    "The file contains NUL bytes, so it is not a text (CSV) file. " + _SAVE_AS_UTF8,
                    line=lines_before + chunk[: chunk.index(b"\x00")].count(b"\n") + 1,
                )
            if utf8_ok:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    utf8_ok = False
                    first_bad_line = lines_before + chunk[: max(exc.start, 0)].count(b"\n") + 1
            utf8_letters = utf8_letters or _UTF8_LETTERS.search(chunk) is not None
            cp1252_ok = cp1252_ok and _CP1252_UNDEFINED.search(chunk) is None
            lines_before += chunk.count(b"\n")
            chunk = fh.read(_CHUNK)
    if utf8_ok:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8_ok = False
            first_bad_line = lines_before + 1
    if utf8_ok:
        return "utf-8-sig" if bom else "utf-8"
    if bom or utf8_letters:
        raise rejection(
            "import.csv_mixed_encoding",
            "The file mixes two text encodings (UTF-8 and Windows-1252, first at line {line}), so umlauts "
            "would be garbled. " + _SAVE_AS_UTF8,
            line=first_bad_line or 1,
        )
    if not cp1252_ok:
        raise rejection(
            "import.csv_encoding",
            "The file is saved as {encoding}, which the import does not read. " + _SAVE_AS_UTF8,
            encoding="unknown",
        )
    return "cp1252"


def sniff_separator(lines: list[str]) -> str:
    """The separator that occurs most often outside quotes in the first lines; ties go to ";"."""
    counts = dict.fromkeys(SEPARATORS, 0)
    for line in lines[:SNIFF_LINES]:
        quoted = False
        for char in line:
            if char == '"':
                quoted = not quoted
            elif not quoted and char in counts:
                counts[char] += 1
    best = max(SEPARATORS, key=lambda sep: counts[sep])  # max keeps the first of equals: ";"
    return best if counts[best] else ";"


def _bounded_lines(fh: IO[str], limits: ReadLimits) -> Iterator[str]:
    number = 0
    while True:
        line = fh.readline(limits.max_line_chars + 1)
        if not line:
            return
        number += 1
        if len(line) > limits.max_line_chars:
            raise rejection(
                "import.csv_line_too_long",
                "Line {line} is longer than {limit} characters. Check that the file really is a list saved "
                "as CSV; " + _SAVE_AS_UTF8,
                line=number,
                limit=limits.max_line_chars,
            )
        yield line


def stream_csv(path: Path, limits: ReadLimits, sink: RowSink) -> None:
    """Detect encoding and separator, then stream the non-blank records into ``sink``."""
    file_size(path, limits)
    encoding = detect_encoding(path)
    previous_limit = csv.field_size_limit(limits.max_field_chars)
    try:
        with path.open("r", encoding=encoding, newline="", errors="strict") as fh:
            lines = _bounded_lines(fh, limits)
            head: list[str] = []
            for line in lines:
                head.append(line)
                if len(head) >= SNIFF_LINES:
                    break
            hint = _SEPARATOR_HINT.match(head[0]) if head else None
            if hint:
                # Excel's own "sep=;" first line names the separator; Excel does not show it as a row.
                separator = hint.group(1)
                del head[0]
            else:
                separator = sniff_separator([line for line in head if line.strip()])
            sink.info(SourceInfo(file_kind=FileKind.CSV, encoding=encoding, delimiter=separator))
            batcher = RowBatcher(sink.rows)
            records = csv.reader(_chain(head, lines), delimiter=separator, quotechar='"', doublequote=True)
            _stream_records(records, limits, batcher)
            batcher.flush()
    finally:
        csv.field_size_limit(previous_limit)


def _chain(head: list[str], rest: Iterator[str]) -> Iterator[str]:
    yield from head
    yield from rest


def _stream_records(records: CsvReader, limits: ReadLimits, batcher: RowBatcher) -> None:
    max_columns = limits.max_columns
    row_cap = limits.max_rows + 1
    text_kind, formula_kind, empty_kind = CellKind.TEXT.value, CellKind.FORMULA.value, CellKind.EMPTY.value
    non_blank = 0
    number = 0
    try:
        for record in records:
            # Excel shows one row per record, so a quoted field spanning lines still counts as one row.
            number += 1
            if len(record) > max_columns:
                beyond = next((i for i in range(max_columns, len(record)) if record[i]), None)
                if beyond is not None:
                    raise too_many_columns(number, beyond + 1, limits)
                del record[max_columns:]
            while record and not record[-1]:
                record.pop()
            if not record:
                continue
            non_blank += 1
            if non_blank > row_cap:
                raise too_many_rows(limits)
            kinds = "".join(
                (formula_kind if field[0] == "=" else text_kind) if field else empty_kind for field in record
            )
            batcher.add((number, record, kinds), sum(map(len, record)))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise rejection(
                "import.csv_field_too_long",
                'A field in line {line} is longer than {limit} characters; often a closing quote (") is '
                "missing. Correct the file and import it again.",
                line=records.line_num,
                limit=limits.max_field_chars,
            ) from exc
        raise rejection(
            "import.csv_malformed",
            "Line {line} of the file is not valid CSV. " + _SAVE_AS_UTF8,
            line=records.line_num,
        ) from exc
