"""Converting a list inside the sandbox process, and the checked encoding its typed rows travel in.

A streamed import (``ImportService.import_file``) asks the sandbox child to do all the work that needs
only the file: find the header row, settle the column mapping, convert every cell (German numbers and
dates, choices, problems) and check the founders' list against its own earlier rows for duplicates. The
parent keeps what needs the database (references, duplicates against recorded data, writing). Both sides
run the same code (``BatchConverter``, ``FileDuplicates``), so the result is the one an import in a
single process gets (``tests/services/test_import_streaming.py`` compares them).

The child sends JSON only, never pickled objects. A batch is column by column: each mapped field's values
in the form of its field type (text, whole numbers, dates as day numbers, decimals as text, flags, choices
as their stored values). The parent checks every column against its field type before it builds rows:
types, lengths of text, known choice values, valid days. A child subverted by a parser bug can make the
parent refuse the file (``import.reader_failed``), not hand it an object or a value no conversion yields.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from itertools import repeat
from types import MappingProxyType
from typing import Any

from dlzw_desktop.errors import DlzwError
from dlzw_desktop.services.importing.convert import BatchConverter, ImportedRow, Problem, Severity
from dlzw_desktop.services.importing.mapping import (
    ColumnMapping,
    FieldType,
    ImportKind,
    TargetField,
    fields_of,
    suggest_mapping,
)
from dlzw_desktop.services.importing.plan import DuplicateEntity, DuplicateMatch, DuplicateReason
from dlzw_desktop.services.importing.raw import (
    HEADER_SEARCH_ROWS,
    RawRow,
    SourceInfo,
    WireRow,
    guess_header_index,
    no_data,
    raw_rows,
    rejection,
)
from dlzw_desktop.services.importing.similar import FileDuplicates, FileMatches, RowProbes, day_text

logger = logging.getLogger(__name__)

_TEXT_TYPES = frozenset(
    {FieldType.TEXT, FieldType.EMAIL, FieldType.POSTCODE, FieldType.LANGUAGE, FieldType.LANGUAGES}
)
_WHOLE_TYPES = frozenset({FieldType.INTEGER, FieldType.MINUTES})
_DECIMAL_TYPES = frozenset(
    {FieldType.DECIMAL, FieldType.MONEY}
)  # money is converted to euros, rounded to cents
_STR_OR_NONE = frozenset({str, type(None)})
_INT_OR_NONE = frozenset({int, type(None)})
_BOOL_OR_NONE = frozenset({bool, type(None)})
_INT = frozenset({int})
_MAX_TEXT = 100_000  # no field's converted text is longer (the reader's cell limit)


@dataclass(frozen=True, slots=True)
class ConvertRequest:
    """What the parent asks the child to convert with (pickled parent -> child only).

    ``mapping_json``: a column mapping to use as it is; else ``saved_json``: a saved mapping applied by
    column title with the rest suggested; neither: suggested from the column titles alone.
    """

    kind: ImportKind
    today: date
    mapping_json: str | None = None
    saved_json: str | None = None
    header_row: int | None = None


@dataclass(frozen=True, slots=True)
class Layout:
    """The header row and the column mapping the child settled on."""

    header: tuple[str, ...]
    header_number: int
    mapping: ColumnMapping


@dataclass(frozen=True, slots=True)
class ConvertedBatch:
    """Converted rows in file order, the conversion's problems, and the duplicates within the file by row
    number (None for lists the planner checks itself)."""

    rows: list[ImportedRow]
    problems: list[Problem]
    file_matches: dict[int, FileMatches] | None


@dataclass(frozen=True, slots=True)
class Totals:
    """Counted by the child over the whole file."""

    skipped_empty_rows: int
    problems_omitted: int


def header_index(rows: list[RawRow], header_row: int | None) -> int:
    """The index of the header among the first rows: the row numbered ``header_row``, else guessed."""
    if header_row is None:
        return guess_header_index(rows)
    for index, row in enumerate(rows):
        if row.number == header_row:
            return index
    raise rejection(
        "import.header_row_invalid",
        "Choose one of the rows of the file as the header row.",
        index=header_row,
    )


def _mapping_of(request: ConvertRequest, header: tuple[str, ...]) -> ColumnMapping:
    if request.mapping_json is not None:
        return ColumnMapping.from_json(request.mapping_json)
    saved = ColumnMapping.from_json(request.saved_json) if request.saved_json is not None else None
    return suggest_mapping(request.kind, header, saved=saved)


def mapped_fields(mapping: ColumnMapping) -> list[tuple[int, TargetField]]:
    """(position in a row's values, field) of the fields with a column, in the order a batch sends them."""
    return [
        (position, target)
        for position, target in enumerate(fields_of(mapping.kind))
        if mapping.column_of(target.key) is not None
    ]


# --- the child ------------------------------------------------------------------------------------------


def _encoded(values: list[Any], field_type: FieldType) -> list[Any]:
    if field_type is FieldType.DATE:
        return [None if value is None else value.toordinal() for value in values]
    if field_type in _DECIMAL_TYPES:
        return [None if value is None else str(value) for value in values]
    return values  # text, whole numbers, flags; choices are str enums and travel as their values


def _param(value: object) -> str | int:
    """A problem's parameter as it can travel (the report shows parameters as text anyway)."""
    if type(value) in (str, int):
        return value  # type: ignore[return-value]
    if isinstance(value, date):
        return day_text(value)
    return str(value)


def _match_wire(match: DuplicateMatch) -> list[Any]:
    return [match.entity.value, match.label, [r.value for r in match.reasons], match.score, match.confident,
            match.row]  # fmt: skip


@contextmanager
def _not_the_file() -> Iterator[None]:
    """A failure of the conversion itself is not the file's fault: the sources would call it damaged."""
    try:
        yield
    except (DlzwError, MemoryError):
        raise
    except Exception as exc:
        logger.exception("converting in the import sandbox failed")
        raise rejection("import.reader_failed", "", detail=type(exc).__name__) from exc


class ChildConverter:
    """In the sandbox child: takes the rows a source reads, converts them and sends typed batches.

    ``send(message)`` delivers one JSON-able message to the parent.
    """

    def __init__(self, request: ConvertRequest, send: Callable[[dict[str, Any]], None]) -> None:
        self._request = request
        self._send = send
        self._info: SourceInfo | None = None
        self._buffer: list[RawRow] = []
        self._converter: BatchConverter | None = None
        self._fields: list[tuple[int, TargetField]] = []
        self._file_check = FileDuplicates() if request.kind is ImportKind.PERSONS else None
        self._probes = RowProbes()
        self.read = 0

    def info(self, info: SourceInfo) -> None:
        self._info = info
        self._send({"t": "info", "info": info.to_wire()})

    def rows(self, batch: list[WireRow], done: int) -> None:
        raw = raw_rows(batch)
        self.read += len(raw)
        with _not_the_file():
            if self._converter is None:
                self._buffer.extend(raw)
                if len(self._buffer) < HEADER_SEARCH_ROWS:
                    return
                raw = self._start()
            self._convert(raw, done)

    def finish(self) -> None:
        """After the last row: convert what waited for the header search, then send the totals."""
        if self._converter is None:
            if not self._buffer:
                raise no_data()
            with _not_the_file():
                self._convert(self._start(), self.read)
        assert self._converter is not None
        self._send(
            {
                "t": "totals",
                "skipped_empty_rows": self._converter.skipped_empty_rows,
                "problems_omitted": self._converter.problems_omitted,
            }
        )

    def _start(self) -> list[RawRow]:
        rows, self._buffer = self._buffer, []
        index = header_index(rows, self._request.header_row)
        header = tuple((value or "").strip() for value in rows[index].values)
        mapping = _mapping_of(self._request, header)
        self._converter = BatchConverter(
            header,
            mapping,
            date1904=bool(self._info and self._info.date1904),
            today=self._request.today,
        )
        self._fields = mapped_fields(mapping)
        self._send({"t": "layout", "header": list(header), "header_number": rows[index].number,
                    "mapping": mapping.to_json()})  # fmt: skip
        return rows[index + 1 :]

    def _convert(self, raw: list[RawRow], done: int) -> None:
        assert self._converter is not None
        rows = self._converter.convert(raw)
        problems = self._converter.take_problems()
        matches: list[list[Any]] = []
        if self._file_check is not None:
            check, probes = self._file_check.check, self._probes
            for row in rows:
                people, businesses = check(*probes(row))
                if people or businesses:
                    matches.append(
                        [row.number, [_match_wire(m) for m in people], [_match_wire(m) for m in businesses]]
                    )
        columns = list(zip(*[row.values for row in rows], strict=True)) if rows else []
        sent = []
        for position, target in self._fields:
            values = list(columns[position]) if rows else []
            default = target.default
            if default is not None:  # the field's default travels as null (it may be of another type)
                values = [None if value is default else value for value in values]
            sent.append(_encoded(values, target.field_type))
        self._send(
            {
                "t": "typed",
                "numbers": [row.number for row in rows],
                "flags": [row.has_errors + 2 * row.has_warnings for row in rows],
                "columns": sent,
                "problems": [
                    [
                        p.row,
                        p.column,
                        p.header,
                        p.value,
                        p.code,
                        p.message,
                        {key: _param(value) for key, value in p.params.items()},
                        p.severity.value,
                        p.field,
                    ]
                    for p in problems
                ],
                "matches": matches,
                "done": done,
            }
        )


# --- the parent -----------------------------------------------------------------------------------------


def _fail(what: str) -> TypeError:
    return TypeError(f"malformed converted batch: {what}")


def layout_from_wire(message: Mapping[str, Any], kind: ImportKind) -> Layout:
    """The child's layout message, checked."""
    header, number, mapping_json = message.get("header"), message.get("header_number"), message.get("mapping")
    if (
        not isinstance(header, list)
        or not _STR_OR_NONE.issuperset(map(type, header))
        or type(number) is not int
        or not isinstance(mapping_json, str)
    ):
        raise _fail("layout")
    mapping = ColumnMapping.from_json(mapping_json)
    if mapping.kind is not kind:
        raise _fail("mapping of another kind")
    return Layout(tuple(text or "" for text in header), number, mapping)


def _choices(enum: type[StrEnum] | None) -> Mapping[str, StrEnum]:
    if enum is None:  # pragma: no cover - the field table pairs choices with an enum
        raise TypeError("field without choices")
    return {member.value: member for member in enum}


def _column_decoder(target: TargetField) -> Callable[[list[Any]], list[Any]]:
    field_type = target.field_type
    limit = target.max_length or _MAX_TEXT
    if field_type in _TEXT_TYPES:

        def text(values: list[Any]) -> list[Any]:
            if (
                not _STR_OR_NONE.issuperset(map(type, values))
                or max(map(len, filter(None, values)), default=0) > limit
            ):
                raise _fail(target.key)
            return values

        return text
    if field_type in _WHOLE_TYPES:

        def whole(values: list[Any]) -> list[Any]:
            if not _INT_OR_NONE.issuperset(map(type, values)):
                raise _fail(target.key)
            return values

        return whole
    if field_type is FieldType.BOOLEAN:

        def flag(values: list[Any]) -> list[Any]:
            if not _BOOL_OR_NONE.issuperset(map(type, values)):
                raise _fail(target.key)
            return values

        return flag
    if field_type is FieldType.DATE:

        def day(values: list[Any]) -> list[Any]:
            if not _INT_OR_NONE.issuperset(map(type, values)):
                raise _fail(target.key)
            if None not in values:
                return list(map(date.fromordinal, values))  # ValueError outside 1..9999
            return [None if value is None else date.fromordinal(value) for value in values]

        return day
    if field_type in _DECIMAL_TYPES:

        def decimal(values: list[Any]) -> list[Any]:
            if not _STR_OR_NONE.issuperset(map(type, values)):
                raise _fail(target.key)
            decoded = [None if value is None else Decimal(value) for value in values]  # ArithmeticError
            if not all(value.is_finite() for value in decoded if value is not None):
                raise _fail(target.key)
            return decoded

        return decimal
    members = _choices(target.choices)
    if field_type is FieldType.CHOICE:

        def choice(values: list[Any]) -> list[Any]:
            if not _STR_OR_NONE.issuperset(map(type, values)):
                raise _fail(target.key)
            return [None if value is None else members[value] for value in values]  # KeyError: unknown

        return choice

    def several(values: list[Any]) -> list[Any]:  # CHOICES: lists of values
        decoded: list[tuple[StrEnum, ...] | None] = []
        for value in values:
            if value is None:
                decoded.append(None)
            elif type(value) is list and _STR_OR_NONE.issuperset(map(type, value)) and None not in value:
                decoded.append(tuple([members[item] for item in value]))
            else:
                raise _fail(target.key)
        return decoded

    return several


def _problem_from_wire(item: Any) -> Problem:
    if type(item) is not list or len(item) != 9:
        raise _fail("problem")
    row, column, header, value, code, message, params, severity, field = item
    if (
        type(row) is not int
        or not _STR_OR_NONE.issuperset((type(column), type(header), type(value), type(field)))
        or type(code) is not str
        or type(message) is not str
        or type(params) is not dict
        or not all(type(v) in (str, int) for v in params.values())
    ):
        raise _fail("problem")
    return Problem(
        row, column, header, value, code, message, MappingProxyType(params), Severity(severity), field
    )


def _match_from_wire(item: Any) -> DuplicateMatch:
    if type(item) is not list or len(item) != 6:
        raise _fail("match")
    entity, label, reasons, score, confident, row = item
    if (
        type(label) is not str
        or type(reasons) is not list
        or type(score) is not int
        or type(confident) is not bool
        or type(row) is not int
    ):
        raise _fail("match")
    return DuplicateMatch(
        DuplicateEntity(entity), label, tuple(map(DuplicateReason, reasons)), score, confident, row=row
    )


class BatchDecoder:
    """In the parent: checks the child's typed batches and builds the rows (see the module docstring)."""

    def __init__(self, layout: Layout) -> None:
        targets = fields_of(layout.mapping.kind)
        self.fields = tuple(target.key for target in targets)
        self._field_index: Mapping[str, int] = MappingProxyType({key: i for i, key in enumerate(self.fields)})
        self._defaults = tuple(target.default for target in targets)
        self._mapped = [  # (position, decoder, default)
            (position, _column_decoder(target), target.default)
            for position, target in mapped_fields(layout.mapping)
        ]
        self._checks_file = layout.mapping.kind is ImportKind.PERSONS

    def decode(self, message: Mapping[str, Any]) -> ConvertedBatch:
        numbers, flags, columns = message.get("numbers"), message.get("flags"), message.get("columns")
        problems, matches = message.get("problems"), message.get("matches")
        if (
            type(numbers) is not list
            or type(flags) is not list
            or type(columns) is not list
            or type(problems) is not list
            or type(matches) is not list
            or len(flags) != len(numbers)
            or len(columns) != len(self._mapped)
            or not _INT.issuperset(map(type, numbers))
            or not _INT.issuperset(map(type, flags))
        ):
            raise _fail("rows")
        count = len(numbers)
        full: list[Any] = [repeat(default, count) for default in self._defaults]
        for (position, decode, default), values in zip(self._mapped, columns, strict=True):
            if type(values) is not list or len(values) != count:
                raise _fail("column length")
            decoded = decode(values)
            full[position] = decoded if default is None else [default if v is None else v for v in decoded]
        field_index = self._field_index
        rows = (
            [
                ImportedRow(number, values, bool(flag & 1), bool(flag & 2), field_index)
                for number, flag, values in zip(numbers, flags, zip(*full, strict=False), strict=True)
            ]
            if count
            else []
        )
        file_matches: dict[int, FileMatches] | None = None
        if self._checks_file:
            file_matches = {}
            for item in matches:
                if type(item) is not list or len(item) != 3 or type(item[0]) is not int:
                    raise _fail("matches")
                number, people, businesses = item
                if type(people) is not list or type(businesses) is not list:
                    raise _fail("matches")
                file_matches[number] = (
                    [_match_from_wire(m) for m in people],
                    [_match_from_wire(m) for m in businesses],
                )
        return ConvertedBatch(rows, [_problem_from_wire(item) for item in problems], file_matches)


def totals_from_wire(message: Mapping[str, Any]) -> Totals:
    skipped, omitted = message.get("skipped_empty_rows"), message.get("problems_omitted")
    if type(skipped) is not int or type(omitted) is not int:
        raise _fail("totals")
    return Totals(skipped, omitted)
