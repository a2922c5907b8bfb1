"""Bulk inserts for imports: time-ordered ids, rows written through the driver, and their audit entries.

An import of 200,000 rows cannot afford an ORM object per row. ``insert_rows`` writes plain dicts of
column values in one ``executemany``: on SQLite through the driver, with every value converted exactly as
SQLAlchemy's column types store it (``sqlite_insert`` prepares the parameters, ``execute_many`` runs them,
so the two can happen in different threads); on PostgreSQL through SQLAlchemy Core. ``row_audit_entries``
builds the ``insert`` audit rows in the format of the ORM hook (``db/audit.py``), one per imported row;
on SQLite ``row_audit_rows`` gives the same rows with their changes already as the canonical text the
hash chain covers, and ``append_audit_rows`` seals them into the chain in one tight loop.

``OrderedIds`` hands out UUIDs whose leading bits are the time (the layout of UUID version 7): a batch of
new rows then lands at the end of every index on ``id`` instead of at random pages, which keeps a large
import several times faster on SQLite. They are as unique as random UUIDs across offices and laptops.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
import uuid
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import cache, lru_cache
from itertools import chain, compress, repeat
from json.encoder import encode_basestring as _encode_string
from operator import attrgetter, is_not, methodcaller
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    Numeric,
    Table,
    Time,
    Uuid,
    insert,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError

from dlzw_desktop.db.audit import append_event_row, json_value
from dlzw_desktop.db.base import Base
from dlzw_desktop.db.models.system import AuditEntry
from dlzw_desktop.db.types import AuditJSON, Money, UTCDateTime
from dlzw_desktop.domain.audit_chain import (
    CHAIN_VERSION,
    ChainFields,
    canonical_json,
    content_hash,
    epoch_microseconds,
    field,
    row_hash,
)
from dlzw_desktop.domain.money import to_cents

Row = dict[str, Any]
# Not in an insert's ``changes``: the tracking columns, and the id (the entry's ``entity_id`` holds it).
_AUDIT_SKIPPED = frozenset(
    {"id", "created_at", "created_by", "updated_at", "updated_by", "version", "deleted_at"}
)


class OrderedIds:
    """Time-ordered UUIDs (version 7 layout: 48 bits of Unix milliseconds, then a counter that starts at a
    random value), increasing within one generator."""

    def __init__(self) -> None:
        millis = int(time.time() * 1000) & ((1 << 48) - 1)
        self._high = (millis << 80) | (0x7 << 76) | (0x2 << 62)
        self._counter = int.from_bytes(os.urandom(9)) >> 2  # 70 random bits, room to count up

    def next(self) -> uuid.UUID:
        self._counter += 1
        counter = self._counter
        # 12 bits after the version nibble, then the variant (10xx) and 62 more bits of the counter.
        value = self._high | ((counter >> 62) & 0xFFF) << 64 | (counter & _LOW_62)
        # uuid.UUID(int=value) without its argument checks (the value is a 128-bit int by construction):
        # an import makes four ids a row.
        made = _new_object(uuid.UUID)
        _set_attribute(made, "int", value)
        _set_attribute(made, "is_safe", uuid.SafeUUID.unknown)
        return made


_LOW_62 = (1 << 62) - 1
_new_object = object.__new__
_set_attribute = object.__setattr__


_TIMESTAMPS: dict[datetime, str] = {}
_TIMESTAMPS_KEPT = 200_000


def _timestamp(value: datetime | None) -> str | None:
    """SQLAlchemy's SQLite storage of a UTCDateTime; memoised (an import stamps every row alike, demo
    rows share many instants)."""
    if value is None:
        return None
    stored = _TIMESTAMPS.get(value)
    if stored is None:
        if len(_TIMESTAMPS) > _TIMESTAMPS_KEPT:
            _TIMESTAMPS.clear()
        if value.tzinfo is UTC:  # the usual case: the ISO text without its "+00:00"
            stored = value.isoformat(" ", "microseconds")[:-6]
        else:
            stored = value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
        _TIMESTAMPS[value] = stored
    return stored


def storage_converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    """How SQLAlchemy's SQLite dialect stores a value of this column, as one function (None: as is).

    ``tests/db/test_bulk_storage.py`` and ``tests/services/test_demo_service.py`` check that rows written
    this way are byte-identical to SQLAlchemy's.
    """
    column_type = column.type
    if isinstance(column_type, Money):
        return lambda v: None if v is None else to_cents(v)
    if isinstance(column_type, UTCDateTime):
        return _timestamp
    if isinstance(column_type, Uuid):
        return lambda v: None if v is None else v.hex
    if isinstance(column_type, Enum):
        # ``_value_``, not ``value``: the property costs a descriptor call per cell of millions
        return lambda v: None if v is None else (v._value_ if isinstance(v, StrEnum) else v)
    if isinstance(column_type, Boolean):
        return lambda v: None if v is None else int(v)
    if isinstance(column_type, AuditJSON):  # the chain hashes the stored text: its canonical form
        return lambda v: None if v is None else canonical_json(v)
    if isinstance(column_type, JSON):
        return lambda v: None if v is None else json.dumps(v)
    if isinstance(column_type, Numeric) and not isinstance(column_type, Integer | Float):
        return lambda v: None if v is None else float(v)
    if isinstance(column_type, DateTime):  # every timestamp of the schema is a UTCDateTime
        raise TypeError(f"naive DateTime column {column}")
    if isinstance(column_type, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(column_type, Time):
        return lambda v: None if v is None else v.isoformat("microseconds")
    return None


ColumnConverter = Callable[[list[Any]], list[Any]]


def column_converter(column: Column[Any]) -> ColumnConverter | None:
    """``storage_converter`` for a whole column of values (None: stored as they are).

    Identifiers, dates, enum members and flags are converted by functions that run in C as long as the
    column holds no None (they fail on the first one, and the column is then converted value by value):
    a large load converts millions of them.
    """
    each = storage_converter(column)
    if each is None:
        return None
    column_type = column.type
    fast: Callable[[list[Any]], list[Any]] | None = None
    if isinstance(column_type, Uuid):
        fast = _uuid_hex_column
    elif isinstance(column_type, Enum):
        fast = _enum_value_column
    elif isinstance(column_type, Boolean):
        fast = _int_column
    elif isinstance(column_type, Date) and not isinstance(column_type, DateTime):
        fast = _date_column
    elif isinstance(column_type, UTCDateTime):
        return _timestamp_column
    if fast is None:
        return lambda values: list(map(each, values))

    def convert(values: list[Any]) -> list[Any]:
        try:
            return fast(values)
        except (AttributeError, TypeError):  # a None (or a value of another kind) in the column
            return list(map(each, values))

    return convert


_uuid_int = attrgetter("int")
_enum_value = attrgetter("_value_")
_to_16_bytes = methodcaller("to_bytes", 16, "big")


def _uuid_hex_column(values: list[Any]) -> list[Any]:
    # UUID.hex is "%032x" % int: the 16 big-endian bytes in lower-case hex.
    try:
        return list(map(bytes.hex, map(_to_16_bytes, map(_uuid_int, values))))
    except AttributeError:  # None has no ``int``
        if None not in values:
            raise
    present = list(map(is_not, values, repeat(None)))  # optional references: NULL where None
    stored = iter(_uuid_hex_column(list(compress(values, present))))
    return [next(stored) if there else None for there in present]


def _timestamp_column(values: list[Any]) -> list[Any]:
    """``_timestamp`` of every value: the memo looked up in C (None stays None), the rest one by one."""
    stored = list(map(_TIMESTAMPS.get, values))
    if None in stored:
        for position in [index for index, text in enumerate(stored) if text is None]:
            stored[position] = _timestamp(values[position])
    return stored


def _enum_value_column(values: list[Any]) -> list[Any]:
    if not all(issubclass(kind, StrEnum) for kind in set(map(type, values))):
        raise TypeError("not only members of text enums")
    return list(map(_enum_value, values))


def _int_column(values: list[Any]) -> list[Any]:
    return list(map(int, values))  # int(None): TypeError


def _date_column(values: list[Any]) -> list[Any]:
    if set(map(type, values)) != _DATE_ONLY:
        raise TypeError("not only dates")
    return list(map(date.isoformat, values))


_DATE_ONLY = {date}


@cache
def _column_names(table: Table) -> dict[str, str]:
    """Model attribute name -> column name (they differ for money: ``amount`` is ``amount_cents``)."""
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return {attr.key: attr.columns[0].key for attr in mapper.column_attrs}
    return {column.key: column.key for column in table.c}


@cache
def _sqlite_plan(table: Table, keys: tuple[str, ...]) -> tuple[str, tuple[Callable[[Any], Any] | None, ...]]:
    names = _column_names(table)
    columns = [names.get(key, key) for key in keys]
    values = ", ".join("?" for _ in keys)
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({values})"
    return sql, tuple(storage_converter(table.c[column]) for column in columns)


@cache
def _column_plan(table: Table, keys: tuple[str, ...]) -> tuple[ColumnConverter | None, ...]:
    """``column_converter`` of each of ``keys`` (model attribute names)."""
    names = _column_names(table)
    return tuple(column_converter(table.c[names.get(key, key)]) for key in keys)


def insert_rows(
    connection: Connection, table: Table, rows: Sequence[Row], constants: Mapping[str, Any] | None = None
) -> None:
    """Insert ``rows`` (dicts with the same keys: model attribute names) into ``table`` in one statement.

    ``constants`` are columns with the same value in every row (the change-tracking columns of an import).
    """
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        fixed = dict(constants or {})
        names = _column_names(table)
        connection.execute(
            insert(table), [{names.get(k, k): v for k, v in {**row, **fixed}.items()} for row in rows]
        )
        return
    execute_rows(connection, sqlite_insert(table, rows, constants))


@dataclass(frozen=True, slots=True)
class SqliteRows:
    """An ``INSERT … VALUES (?, …)`` of ``_sqlite_plan`` and its parameters column by column: each column
    a list of ``count`` values as SQLite stores them (``execute_rows`` runs it)."""

    sql: str
    columns: tuple[list[Any], ...]
    count: int


def sqlite_insert(
    table: Table, rows: Sequence[Row], constants: Mapping[str, Any] | None = None
) -> SqliteRows:
    """The statement and driver parameters that insert ``rows`` on SQLite (``insert_rows``' work before
    the database: every value converted as SQLAlchemy's column type stores it), for ``execute_rows``."""
    fixed = dict(constants or {})
    keys = tuple(rows[0])
    sql, converters = _sqlite_plan(table, keys + tuple(fixed))
    count = len(rows)
    columns: list[list[Any]] = []
    for key, convert in zip(keys, _column_plan(table, keys), strict=True):  # column by column
        values = [row[key] for row in rows]
        columns.append(values if convert is None else convert(values))
    for value, convert in zip(fixed.values(), converters[len(keys) :], strict=True):
        columns.append([value if convert is None else convert(value)] * count)
    return SqliteRows(sql, tuple(columns), count)


def execute_rows(connection: Connection, rows: SqliteRows) -> None:
    """Run ``rows`` through the SQLite driver (its errors pass through) as multi-row inserts of up to
    ``MULTI_ROW_LIMIT`` rows each.

    The driver's ``executemany`` releases and takes back the GIL around every row: beside a busy thread
    (a streamed import prepares the next batch meanwhile) each row then waits for its turn. One statement
    per chunk runs its rows in one step, outside the GIL, and costs SQLite less work per row as well. The
    chunk's parameters are laid out row after row by slice assignment, column by column, in C.
    """
    if not rows.count:
        return
    driver = _driver(connection)
    width = len(rows.columns)
    per_statement = _rows_per_statement(driver, width)
    cursor = driver.cursor()
    try:
        for start in range(0, rows.count, per_statement):
            size = min(per_statement, rows.count - start)
            flat: list[Any] = [None] * (size * width)
            for position, column in enumerate(rows.columns):
                flat[position::width] = column[start : start + size]
            cursor.execute(_multi_row(rows.sql, size), flat)
    finally:
        cursor.close()


def execute_many(connection: Connection, sql: str, parameters: Sequence[Sequence[Any]]) -> None:
    """``execute_rows`` for parameters row by row."""
    if not parameters:
        return
    driver = _driver(connection)
    per_statement = _rows_per_statement(driver, len(parameters[0]))
    cursor = driver.cursor()
    try:
        for start in range(0, len(parameters), per_statement):
            chunk = parameters[start : start + per_statement]
            cursor.execute(_multi_row(sql, len(chunk)), list(chain.from_iterable(chunk)))
    finally:
        cursor.close()


def _driver(connection: Connection) -> Any:
    """The DB-API connection: sqlite3's, or SQLCipher's for an encrypted laptop kit."""
    return connection.connection.driver_connection


def _rows_per_statement(driver: Any, width: int) -> int:
    getlimit = getattr(driver, "getlimit", None)  # sqlite3 since Python 3.11; SQLCipher's has none
    variables = getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) if getlimit else _SAFE_VARIABLE_LIMIT
    return max(1, min(MULTI_ROW_LIMIT, variables // width))


_SAFE_VARIABLE_LIMIT = 999  # SQLite's limit of parameters per statement before 3.32, the lowest in use


def is_environment_error(exc: BaseException) -> bool:
    """Locked, full, read-only, unreachable: not a row's fault (``translate_db_error`` says what to do).
    Driver errors as they come from ``execute_rows`` or wrapped by SQLAlchemy, of either SQLite driver."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    return isinstance(original, sqlite3.OperationalError) or type(original).__name__ == "OperationalError"


def driver_errors() -> tuple[type[Exception], ...]:
    """The exception classes of the drivers ``execute_rows`` may run on (SQLCipher's once it is loaded):
    their errors pass through unwrapped."""
    cipher_module = sys.modules.get("sqlcipher3.dbapi2")
    if cipher_module is None:
        return (sqlite3.Error,)
    return (sqlite3.Error, cipher_module.Error)


MULTI_ROW_LIMIT = 500  # rows per statement: SQLite compiles each size once (the driver caches statements)


@lru_cache(maxsize=64)
def _multi_row(sql: str, rows: int) -> str:
    """``INSERT … VALUES (?, …)`` for ``rows`` rows (one statement)."""
    head, separator, values = sql.rpartition(" VALUES ")
    if not separator or not values.startswith("(") or not values.endswith(")"):
        raise ValueError(f"not a plain INSERT … VALUES statement: {sql[:80]}")
    return f"{head} VALUES {','.join(repeat(values, rows))}"


def tracked_constants(now: datetime, actor: str) -> Row:
    """The change-tracking columns of new rows, the same for all rows of one import (``id`` apart)."""
    return {
        "created_at": now,
        "created_by": actor,
        "updated_at": now,
        "updated_by": actor,
        "version": 1,
        "deleted_at": None,
    }


def tracked(row_id: uuid.UUID, now: datetime, actor: str) -> Row:
    """The change-tracking columns of a new row."""
    return {"id": row_id, **tracked_constants(now, actor)}


def _json_column(values: list[Any]) -> list[Any]:
    """Audit (JSON) form of one column's values; the common types without a Python call per value."""
    sample = next((v for v in values if v is not None), None)
    if sample is None or (isinstance(sample, bool | int | str) and not isinstance(sample, StrEnum)):
        return values
    if isinstance(sample, StrEnum):
        return [None if v is None else v._value_ for v in values]  # _value_: no descriptor call
    if isinstance(sample, uuid.UUID | Decimal):
        return [None if v is None else str(v) for v in values]
    if isinstance(sample, date):  # datetime too
        return [None if v is None else v.isoformat() for v in values]
    return [json_value(v) for v in values]


def row_audit_entries(
    records: Mapping[str, Sequence[tuple[int, Row]]],
    *,
    order: Sequence[str],
    primary: str,
    links: Mapping[str, tuple[str | None, str | None]],
    actor: str,
    at: datetime,
    ids: OrderedIds,
    note: str,
) -> list[Row]:
    """One ``insert`` audit row per imported row of a file, for all the records that row created.

    ``records`` holds, per table, (row number, column values) of the new records. The entry describes the
    row's record of table ``primary`` (or, without one, its first record) in the format of
    ``db/audit.py``: ``changes`` maps each non-empty field to ``[None, value]``. The row's other records
    are added under ``"<table>:<id>"`` with their non-empty fields. ``links`` names, per table, the
    columns holding the case and the person a record belongs to ("id" for cases and persons themselves);
    the note names the row ("<note>, Zeile 17").
    """
    per_row: dict[int, Row] = {}
    tables = sorted((t for t in order if records.get(t)), key=lambda t: t != primary)
    for table in tables:
        entries = records[table]
        rows = [values for _, values in entries]
        keys = [key for key in rows[0] if key not in _AUDIT_SKIPPED]
        columns = [_json_column([row[key] for row in rows]) for key in keys]
        case_key, person_key = links.get(table, (None, None))
        for (number, row), values in zip(entries, zip(*columns, strict=True), strict=True):
            entry = per_row.get(number)
            if entry is None:
                per_row[number] = {
                    "id": ids.next(),
                    "at": at,
                    "actor": actor,
                    "action": "insert",
                    "entity": table,
                    "entity_id": row["id"],
                    "case_id": row[case_key] if case_key else None,
                    "person_id": row[person_key] if person_key else None,
                    "changes": {
                        key: [None, value]
                        for key, value in zip(keys, values, strict=True)
                        if value is not None and value not in ("", [])
                    },
                    "note": f"{note}, Zeile {number}"[:500],
                    "prev_hash": None,
                    "row_hash": None,
                }
                continue
            entry["changes"][f"{table}:{row['id']}"] = {
                key: value
                for key, value in zip(keys, values, strict=True)
                if value is not None and value not in ("", [])
            }
            if entry["case_id"] is None and case_key:
                entry["case_id"] = row[case_key]
            if entry["person_id"] is None and person_key:
                entry["person_id"] = row[person_key]
    return [per_row[number] for number in sorted(per_row)]


AuditRow = tuple[uuid.UUID, datetime, str, str, str, Any, Any, Any, str, str]
"""An audit row before it is sealed: id, at, actor, action, entity, entity_id, case_id, person_id, changes
(canonical JSON text), note."""


def row_audit_rows(
    records: Mapping[str, Sequence[tuple[int, Row]]],
    *,
    order: Sequence[str],
    primary: str,
    links: Mapping[str, tuple[str | None, str | None]],
    actor: str,
    at: datetime,
    ids: OrderedIds,
    note: str,
) -> list[AuditRow]:
    """``row_audit_entries`` as rows for ``append_audit_rows`` (SQLite), quicker: each row's changes are
    written straight as the canonical JSON text the chain hashes, without a dict per record on the way."""
    return [
        (ids.next(), at, actor, "insert", entity, entity_id, case_id, person_id, changes,
         f"{note}, Zeile {number}")
        for number, entity, entity_id, case_id, person_id, changes in _row_audit_texts(
            records, order=order, primary=primary, links=links
        )
    ]  # fmt: skip


def append_audit_rows(connection: Connection, rows: Sequence[AuditRow]) -> None:
    """Append audit rows on SQLite after the trail's last row, sealed into its chain (the caller holds the
    write lock, so the last row is the last one when they land)."""
    if not rows:
        return
    table = AuditEntry.__table__
    assert isinstance(table, Table)
    head = connection.execute(
        select(table.c.seq, table.c.row_hash).order_by(table.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (int(head[0]) + 1, head[1]) if head is not None else (1, None)
    _seal_sqlite(connection, table, rows, seq, prev)


def audited_by_triggers(connection: Connection) -> bool:
    """PostgreSQL with the security objects installed: its triggers audit every record."""
    return bool(connection.exec_driver_sql("SELECT to_regproc('dlzw_audit_event') IS NOT NULL").scalar())


_TRUE_FALSE = ("false", "true")


def _encoded_column(values: list[Any]) -> list[str | None]:
    """Each value of a column as ``canonical_json`` writes it inside the changes (None: left out, as
    ``row_audit_entries`` leaves out None, "" and []), the common types by the JSON module's own string
    encoder and ``int.__repr__``, everything else through ``canonical_json`` itself."""
    values = _json_column(values)
    kinds = set(map(type, values))
    kinds.discard(_NONE_TYPE)
    if kinds <= _STR_ONLY:  # the common case: text (or nothing at all)
        if kinds and all(values):  # no None and no "": each value encoded in C
            return list(map(_encode_string, values))
        return [_encode_string(value) if value else None for value in values]
    if kinds == _INT_ONLY:
        if None not in values:
            return list(map(int.__repr__, values))
        return [None if value is None else int.__repr__(value) for value in values]
    encoded: list[str | None] = []
    append = encoded.append
    for value in values:
        kind = type(value)
        if kind is str or (value is not None and isinstance(value, str)):
            append(_encode_string(value) if value else None)
        elif value is None:
            append(None)
        elif kind is bool:
            append(_TRUE_FALSE[value])
        elif kind is int:
            append(int.__repr__(value))
        elif value == []:
            append(None)
        else:
            append(canonical_json(value))
    return encoded


_NONE_TYPE = type(None)
_STR_ONLY = frozenset({str})
_INT_ONLY = frozenset({int})


def _members(head: str, texts: list[str | None], tail: str) -> list[str | None]:
    """``head + text + tail`` for each text of a column (None stays None: the field is left out), in C
    where the column has no None."""
    if None not in texts:
        return list(map("".join, zip(repeat(head), texts, repeat(tail))))  # type: ignore[arg-type]
    return [None if text is None else f"{head}{text}{tail}" for text in texts]


def _row_audit_texts(
    records: Mapping[str, Sequence[tuple[int, Row]]],
    *,
    order: Sequence[str],
    primary: str,
    links: Mapping[str, tuple[str | None, str | None]],
) -> list[tuple[int, str, Any, Any, Any, str]]:
    """(row number, entity, entity id, case id, person id, changes as canonical JSON text) of each row,
    exactly as ``row_audit_entries`` describes them (``tests/db/test_bulk_audit.py`` compares the two).

    Works column by column: each field's values are encoded once, a record's members of the changes are
    joined in the sorted order of the field names, and the row's other records, filed under
    ``"<table>:<id>"``, are slotted in where that key sorts among the field names (a field name holds no
    ":", so the place is the same for every id of a table).
    """
    # number -> [entity, entity_id, case_id, person_id, sorted field names, members (None: empty), others]
    main: dict[int, list[Any]] = {}
    tables = sorted((t for t in order if records.get(t)), key=lambda t: t != primary)
    for table in tables:
        entries = records[table]
        numbers = [number for number, _ in entries]
        rows = [values for _, values in entries]
        keys = sorted(key for key in rows[0] if key not in _AUDIT_SKIPPED)
        encoded = [_encoded_column([row[key] for row in rows]) for key in keys]
        case_key, person_key = links.get(table, (None, None))
        distinct = set(numbers)
        if len(distinct) == len(numbers) and main.keys().isdisjoint(distinct):
            firsts: list[bool] | None = None  # every record is its row's first: the common case, no loop
        elif main.keys() >= distinct:
            firsts = [False] * len(numbers)  # every row has its first record already
        else:
            firsts = []
            for number in numbers:
                first = number not in main
                if first:
                    main[number] = []
                firsts.append(first)
        if firsts is None or any(firsts):
            members = [
                _members(f'"{key}":[null,', column, "]") for key, column in zip(keys, encoded, strict=True)
            ]
            cases = [row[case_key] for row in rows] if case_key else repeat(None)
            persons = [row[person_key] for row in rows] if person_key else repeat(None)
            for number, row, case_id, person_id, fields, first in zip(
                numbers,
                rows,
                cases,
                persons,
                zip(*members, strict=True),
                firsts or repeat(True),
                strict=False,
            ):
                if first:
                    main[number] = [table, row["id"], case_id, person_id, keys, fields, None]
            if firsts is None:
                continue
        plain = [_members(f'"{key}":', column, "") for key, column in zip(keys, encoded, strict=True)]
        for number, row, first, fields in zip(numbers, rows, firsts, zip(*plain, strict=True), strict=True):
            if first:
                continue
            entry = main[number]
            key = f"{table}:{row['id']}"
            member = f"{_encode_string(key)}:{{{','.join(filter(None, fields))}}}"
            others = entry[6]
            if others is None:
                entry[6] = [(key, member)]
            else:
                others.append((key, member))
            if entry[2] is None and case_key:
                entry[2] = row[case_key]
            if entry[3] is None and person_key:
                entry[3] = row[person_key]
    texts = []
    for number in sorted(main):
        entity, entity_id, case_id, person_id, keys, fields, others = main[number]
        if others:
            fields = list(fields)
            others.sort()
            for key, member in reversed(others):  # from the back: the places before stay valid
                fields.insert(bisect_left(keys, key), member)
        texts.append(
            (number, entity, entity_id, case_id, person_id, "{" + ",".join(filter(None, fields)) + "}")
        )
    return texts


def insert_audit(connection: Connection, entries: Sequence[Row]) -> None:
    """Append ``entries`` to the audit trail, sealed into its hash chain (``domain/audit_chain.py``).

    On PostgreSQL with the security objects installed the triggers have audited the inserted records
    already and only the owner may write the trail: ``event`` rows go through ``dlzw_audit_event``, the
    others are not written twice. Elsewhere the caller holds the write lock (SQLite ``BEGIN IMMEDIATE``;
    PostgreSQL locks the table here), so nobody appends in between.
    """
    if not entries:
        return
    table = AuditEntry.__table__
    assert isinstance(table, Table)
    if connection.dialect.name == "postgresql":
        installed = connection.exec_driver_sql("SELECT to_regproc('dlzw_audit_event') IS NOT NULL").scalar()
        if installed:
            for entry in entries:
                if entry["action"] == "event":
                    append_event_row(
                        connection,
                        actor=entry["actor"],
                        entity=entry["entity"],
                        note=entry["note"],
                        details=entry["changes"],
                        at=entry["at"],
                        entry_id=entry["id"],
                    )
            return
        connection.execute(text("LOCK TABLE audit_log IN EXCLUSIVE MODE"))
    head = connection.execute(
        select(table.c.seq, table.c.row_hash).order_by(table.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (int(head[0]) + 1, head[1]) if head is not None else (1, None)
    if connection.dialect.name == "sqlite":
        rows = [
            (entry["id"], entry["at"], entry["actor"], entry["action"], entry["entity"], entry["entity_id"],
             entry["case_id"], entry["person_id"], canonical_json(entry["changes"]), entry["note"])
            for entry in entries
        ]  # fmt: skip
        _seal_sqlite(connection, table, rows, seq, prev)
        return
    sealed_entries = []
    for entry in entries:
        note = entry["note"][:500]
        digest = content_hash(canonical_json(entry["changes"]), note)
        sealed = row_hash(
            ChainFields(
                seq=seq,
                at_us=epoch_microseconds(entry["at"]),
                actor=entry["actor"],
                action=entry["action"],
                entity=entry["entity"],
                entity_id=_text_or_none(entry["entity_id"]),
                case_id=_text_or_none(entry["case_id"]),
                person_id=_text_or_none(entry["person_id"]),
                content_hash=digest,
                prev_hash=prev,
            )
        )
        sealed_entries.append(
            {**entry, "seq": seq, "note": note, "content_hash": digest, "prev_hash": prev, "row_hash": sealed}
        )
        prev = sealed
        seq += 1
    insert_rows(connection, table, sealed_entries)


_AUDIT_COLUMNS = (
    "seq", "id", "at", "actor", "action", "entity", "entity_id", "case_id", "person_id", "changes", "note",
    "content_hash", "prev_hash", "row_hash",
)  # fmt: skip


def _seal_sqlite(
    connection: Connection,
    table: Table,
    rows: Sequence[tuple[uuid.UUID, datetime, str, str, str, Any, Any, Any, str, str]],
    seq: int,
    prev: str | None,
) -> None:
    """Append audit rows (id, at, actor, action, entity, entity_id, case_id, person_id, changes text,
    note) on SQLite, sealed in one tight loop: identifiers turned into their stored and their hashed form
    once, the chain texts built inline (``domain.audit_chain`` spells them out; ``tests/db`` checks the two
    agree)."""
    sql, converters = _sqlite_plan(table, _AUDIT_COLUMNS)
    store_at = converters[_AUDIT_COLUMNS.index("at")]
    assert store_at is not None
    version = f"{CHAIN_VERSION};"
    parameters: list[tuple[Any, ...]] = []
    append = parameters.append
    sha256 = hashlib.sha256
    at_cache: dict[datetime, tuple[str, str]] = {}
    who_cache: dict[tuple[str, str, str], str] = {}  # actor, action, entity: the same for many rows
    prev_field = field(prev)
    for record_id, at, actor, action, entity, entity_id, case_id, person_id, changes, full_note in rows:
        note = full_note[:500]
        digest = sha256(f"{len(changes)}:{changes};{len(note)}:{note};".encode()).hexdigest()
        moment = at_cache.get(at)
        if moment is None:
            moment = at_cache[at] = (store_at(at), field(str(epoch_microseconds(at))))
        who = who_cache.get((actor, action, entity))
        if who is None:
            who = who_cache[actor, action, entity] = field(actor) + field(action) + field(entity)
        entity_hex, entity_text = _uuid_forms(entity_id)
        case_hex, case_text = _uuid_forms(case_id)
        person_hex, person_text = _uuid_forms(person_id)
        number = str(seq)
        sealed = sha256(
            f"{version}{len(number)}:{number};{moment[1]}{who}{entity_text}{case_text}{person_text}"
            f"64:{digest};{prev_field}".encode()
        ).hexdigest()
        append((seq, record_id.hex, moment[0], actor, action, entity, entity_hex, case_hex, person_hex,
                changes, note, digest, prev, sealed))  # fmt: skip
        prev = sealed
        prev_field = f"64:{sealed};"
        seq += 1
    execute_many(connection, sql, parameters)


def _uuid_forms(value: Any) -> tuple[str | None, str]:
    """The stored (hex) form of an identifier and its chain field (of the text with dashes)."""
    if value is None:
        return None, "~;"
    if type(value) is uuid.UUID:
        stored = value.hex
        return stored, f"36:{stored[:8]}-{stored[8:12]}-{stored[12:16]}-{stored[16:20]}-{stored[20:]};"
    return (value.hex if isinstance(value, uuid.UUID) else value), field(str(value))


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def event_entry(
    *,
    entity: str,
    note: str,
    actor: str,
    at: datetime,
    ids: OrderedIds,
    details: Mapping[str, Any],
) -> Row:
    """An ``event`` audit row (like ``record_event``), for connection-level writers."""
    return {
        "id": ids.next(),
        "at": at,
        "actor": actor,
        "action": "event",
        "entity": entity,
        "entity_id": None,
        "case_id": None,
        "person_id": None,
        "changes": {key: json_value(value) for key, value in details.items()},
        "note": note[:500],
        "prev_hash": None,
        "row_hash": None,
    }
