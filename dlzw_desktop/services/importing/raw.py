"""Plain data of a read file: limits, raw rows of text cells, and the result handed to the mapping step.

Everything here crosses the process boundary of the sandbox as JSON, so it is built from ``str``, ``int``,
``bool`` and ``None`` only: nothing the file could have turned into an object travels back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

WireRow = tuple[int, list[str], str]
"""A row as a source delivers it: (row number as the user sees it, cell texts with "" for an empty cell,
one kind letter per cell). ``RawRow`` turns "" into None."""

CELL_SEPARATOR = "\x00"
"""Joins cell texts on the pipe: XML cannot hold NUL and CSV files with NUL bytes are refused, so no cell
contains it (and the parent checks the cell count, so a violation fails loudly rather than shifting)."""

HEADER_SEARCH_ROWS = 10


class FileKind(StrEnum):
    """The file formats the importer reads."""

    XLSX = "xlsx"
    CSV = "csv"


class CellKind(StrEnum):
    """What a raw cell held in the file; one letter per cell in ``RawRow.kinds``."""

    EMPTY = " "
    TEXT = "s"
    NUMBER = "n"  # decimal text as Python writes it ("1234.5", "42"), never locale formatted
    DATE = "d"  # ISO date or datetime ("2026-01-31", "2026-01-31T10:15:00")
    TIME = "t"  # ISO time ("01:30:00")
    BOOLEAN = "b"  # "1" or "0"
    FORMULA = "f"  # the formula's text ("=B2*12"), never its value
    ERROR = "e"  # an Excel error value such as "#DIV/0!"


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Caps that keep a hostile or oversized file from exhausting memory or time."""

    max_file_mb: int = 200
    max_uncompressed_mb: int = 200
    max_compression_ratio: int = 100
    ratio_checked_from_mb: int = 1  # small parts may compress well without harm
    max_zip_members: int = 2000
    max_rows: int = 200_000  # data rows, the header row not counted
    max_columns: int = 200
    max_line_chars: int = 1_000_000
    max_field_chars: int = 100_000
    max_xml_prolog_bytes: int = 65_536


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What the reader learnt about the file before its rows."""

    file_kind: FileKind
    sheet_name: str | None = None
    sheet_names: tuple[str, ...] = ()
    encoding: str | None = None
    delimiter: str | None = None
    date1904: bool = False
    total_rows: int | None = None  # an estimate for progress only; None when unknown

    def to_wire(self) -> dict[str, Any]:
        return {
            "file_kind": self.file_kind.value,
            "sheet_name": self.sheet_name,
            "sheet_names": list(self.sheet_names),
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "date1904": self.date1904,
            "total_rows": self.total_rows,
        }

    @classmethod
    def from_wire(cls, data: object) -> SourceInfo:
        """Rebuild from the sandbox's JSON, checking every type (the child is not trusted)."""
        if not isinstance(data, dict):
            raise TypeError("source info must be an object")
        names = data.get("sheet_names", [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise TypeError("sheet_names must be a list of str")
        total = data.get("total_rows")
        if total is not None and (type(total) is not int or total < 0):
            raise TypeError("total_rows must be a non-negative int")
        return cls(
            file_kind=FileKind(_opt_str(data, "file_kind")),
            sheet_name=_opt_str(data, "sheet_name"),
            sheet_names=tuple(names),
            encoding=_opt_str(data, "encoding"),
            delimiter=_opt_str(data, "delimiter"),
            date1904=data.get("date1904") is True,
            total_rows=total,
        )


def _opt_str(data: dict[str, Any], key: str) -> Any:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{key} must be str or null")
    return value


@dataclass(frozen=True, slots=True)
class RawRow:
    """One non-blank row as read: its number as the user sees it, cell texts (None = empty), kinds."""

    number: int
    values: tuple[str | None, ...]
    kinds: str  # one CellKind letter per value

    def kind(self, column: int) -> CellKind:
        return CellKind(self.kinds[column]) if column < len(self.kinds) else CellKind.EMPTY


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A file read into raw rows; ``header_index`` points at the row holding the column titles."""

    info: SourceInfo
    rows: tuple[RawRow, ...]  # non-blank rows in file order, header included
    header_index: int = 0

    @property
    def header(self) -> RawRow:
        return self.rows[self.header_index]

    @property
    def header_texts(self) -> tuple[str, ...]:
        """The column titles as text ("" for an empty title cell), for the mapping step."""
        return tuple((v or "").strip() for v in self.header.values)

    @property
    def data_rows(self) -> Sequence[RawRow]:
        return self.rows[self.header_index + 1 :]

    def with_header(self, index: int) -> ReadResult:
        """The same rows with another header row (the user picked it in the preview)."""
        if not 0 <= index < len(self.rows):
            raise ValidationError(
                "import.header_row_invalid",
                "Choose one of the rows of the file as the header row.",
                index=index,
            )
        return replace(self, header_index=index)


def guess_header_index(rows: Sequence[RawRow]) -> int:
    """The first leading row with at least half as many text cells as the fullest leading row.

    Titles above a list ("Teilnehmerliste 2025") hold one or two cells and are skipped; data rows below
    the header may hold as many text cells as the header, so the first row that is full enough wins.
    """
    counts = [row.kinds.count(CellKind.TEXT) for row in rows[:HEADER_SEARCH_ROWS]]
    if not counts or max(counts) == 0:
        return 0
    needed = (max(counts) + 1) // 2
    return next(index for index, count in enumerate(counts) if count >= needed)


def rejection(code: str, message: str, **params: Any) -> ValidationError:
    """A ``ValidationError`` for a file the importer refuses (code ``import.*``)."""
    return ValidationError(code, message, **params)


class RowBatcher:
    """Collects wire rows and hands them on in batches bounded by row count and text size.

    The first batch is small (``first_rows``): whoever waits for the rows can start on them while the
    rest of the file is read.
    """

    def __init__(
        self,
        flush: Callable[[list[WireRow], int], None],
        *,
        max_rows: int = 2000,
        max_chars: int = 4_000_000,
        first_rows: int = 200,
    ) -> None:
        self._flush = flush
        self._max_rows = max_rows
        self._rows = min(first_rows, max_rows)
        self._max_chars = max_chars
        self._batch: list[WireRow] = []
        self._chars = 0
        self.done = 0

    def add(self, row: WireRow, chars: int) -> None:
        self._batch.append(row)
        self._chars += chars
        self.done += 1
        if len(self._batch) >= self._rows or self._chars >= self._max_chars:
            self.flush()

    def flush(self) -> None:
        if self._batch:
            batch, self._batch, self._chars = self._batch, [], 0
            self._rows = self._max_rows
            self._flush(batch, self.done)


def raw_rows(batch: list[WireRow]) -> list[RawRow]:
    """A source's batch as rows (empty cell texts become None)."""
    return [
        RawRow(number, tuple([value or None for value in values]) if " " in kinds else tuple(values), kinds)
        for number, values, kinds in batch
    ]


def no_data() -> ValidationError:
    return rejection(
        "import.no_data",
        "The file contains no rows with data. Check that you chose the right file (and worksheet).",
    )
