"""Rows as merge records: which tables travel to a laptop and back, and their JSON form.

A record is ``{column name: json value}`` of one row (``domain.merge.Record``). Values are encoded so that
the same row gives the same record on SQLite and PostgreSQL, in the office and on a kit: money as integer
cents (the column stores cents), other decimals as text with the column's scale, instants as ISO text in
UTC, dates and times as ISO text, UUIDs as text, enums as their value. ``decode`` turns a record from a
package back into column values and refuses anything that does not fit the column (a package that passed
authentication can still come from a faulty writer).

Tables:

- ``SYNCED_TABLES`` travel both ways: checked out with a snapshot, and sent back when changed or new.
- ``REFERENCE_TABLES`` are copied to the kit as far as checked-out rows refer to them (users without
  password hashes, programmes, lenders, initiatives, areas, sectors); laptop changes to them never return.
- Every other table stays in the office. A checked-out row's reference into such a table (a reminder's
  property, an initiative's quarter) is blanked in the kit copy ("masked"); the snapshot holds the masked
  value too, so the office keeps its own value at check-in.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import Enum, StrEnum
from functools import cache
from typing import Any, Final

from sqlalchemy import JSON, Boolean, Date, Integer, Numeric, String, Table, Time, Uuid, select
from sqlalchemy import Enum as SaEnum
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.orm import Session

from dlzw_desktop.db import models  # noqa: F401 - registers every table on Base.metadata
from dlzw_desktop.db.base import Base
from dlzw_desktop.db.types import Money, UTCDateTime
from dlzw_desktop.domain.merge import JsonValue, MergeRules, Record, canonical_json
from dlzw_desktop.domain.money import from_cents, to_cents
from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

_SYNCED: Final = frozenset(
    {
        "persons",
        "businesses",
        "business_members",
        "consents",
        "cases",
        "stage_changes",
        "consultation_days",
        "consultation_day_advisors",
        "appointments",
        "consultations",
        "document_requirements",
        "attachments",
        "jobs_records",
        "reminders",
    }
)
_REFERENCE: Final = frozenset(
    {"users", "loan_programmes", "lenders", "initiatives", "boroughs", "districts", "sectors"}
)
# In foreign-key order: parents before children (inserts), so children are deleted first when reversed.
SYNCED_TABLES: Final = tuple(t.name for t in Base.metadata.sorted_tables if t.name in _SYNCED)
REFERENCE_TABLES: Final = tuple(t.name for t in Base.metadata.sorted_tables if t.name in _REFERENCE)
KIT_TABLES: Final = tuple(t.name for t in Base.metadata.sorted_tables if t.name in _SYNCED | _REFERENCE)

# Columns of reference rows that never leave the office.
SECRET_COLUMNS: Final = {"users": frozenset({"password_hash"})}

MERGE_RULES: Final = MergeRules(
    # A laptop's case keeps its provisional number until the office hands out its own.
    office_assigned={"cases": frozenset({"number", "provisional"})},
)
CHUNK: Final = 500
"""Ids per ``IN (...)``: well below SQLite's and PostgreSQL's parameter limits."""


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def is_synced(name: str) -> bool:
    return name in _SYNCED


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class ValueKind(Enum):
    """How a column's value is shown and edited (for the conflict dialog)."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    MONEY = "money"
    DATE = "date"
    TIME = "time"
    INSTANT = "instant"
    BOOLEAN = "boolean"
    CHOICE = "choice"
    REFERENCE = "reference"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class ColumnCodec:
    """Encode a column value to JSON and back; ``decode`` raises ``ValueError`` for what does not fit."""

    name: str
    kind: ValueKind
    encode: Callable[[Any], JsonValue]
    decode: Callable[[JsonValue], Any]
    choices: tuple[str, ...] = ()
    nullable: bool = True
    enum: type[StrEnum] | None = None
    """The enum of a ``CHOICE`` column (its members label the choices)."""
    referred: str | None = None
    """The table a ``REFERENCE`` column points to."""


def _expect(value: JsonValue, kind: type | tuple[type, ...], what: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"expected {what}, got {type(value).__name__}")
    return value


def _decode_decimal(scale: int | None) -> Callable[[JsonValue], Decimal]:
    def decode(value: JsonValue) -> Decimal:
        try:
            number = Decimal(_expect(value, str, "a decimal as text"))
        except InvalidOperation as exc:
            raise ValueError("not a decimal") from exc
        if not number.is_finite():
            raise ValueError("not a finite decimal")
        return number if scale is None else number.quantize(Decimal(1).scaleb(-scale))

    return decode


def _encode_decimal(scale: int | None) -> Callable[[Any], JsonValue]:
    def encode(value: Any) -> JsonValue:
        number = Decimal(value)
        return str(number) if scale is None else f"{number:.{scale}f}"

    return encode


def _decode_instant(value: JsonValue) -> datetime:
    moment = datetime.fromisoformat(_expect(value, str, "an ISO instant"))
    if moment.tzinfo is None:
        raise ValueError("instant without time zone")
    return moment.astimezone(UTC)


def _encode_instant(value: Any) -> JsonValue:
    moment: datetime = value
    return moment.astimezone(UTC).isoformat()


def _decode_uuid(value: JsonValue) -> uuid.UUID:
    return uuid.UUID(_expect(value, str, "a UUID as text"))


def _column_codec(column: Any) -> ColumnCodec:
    kind_type = column.type
    name = column.name
    nullable = bool(column.nullable)
    if isinstance(kind_type, Money):
        return ColumnCodec(
            name,
            ValueKind.MONEY,
            to_cents,
            lambda v: from_cents(_expect(v, int, "cents")),
            nullable=nullable,
        )
    if isinstance(kind_type, UTCDateTime):
        return ColumnCodec(name, ValueKind.INSTANT, _encode_instant, _decode_instant, nullable=nullable)
    if isinstance(kind_type, SaEnum):
        enum_class = kind_type.enum_class
        assert enum_class is not None
        values = tuple(str(member.value) for member in enum_class)
        return ColumnCodec(
            name,
            ValueKind.CHOICE,
            lambda v: v.value if isinstance(v, Enum) else str(v),
            lambda v: enum_class(_expect(v, str, "a choice")),
            values,
            nullable,
            enum_class if issubclass(enum_class, StrEnum) else None,
        )
    if isinstance(kind_type, Boolean):
        return ColumnCodec(
            name, ValueKind.BOOLEAN, bool, lambda v: _expect(v, bool, "yes/no"), nullable=nullable
        )
    if isinstance(kind_type, Numeric):
        scale = kind_type.scale
        return ColumnCodec(
            name, ValueKind.DECIMAL, _encode_decimal(scale), _decode_decimal(scale), nullable=nullable
        )
    if isinstance(kind_type, Integer):
        return ColumnCodec(
            name, ValueKind.INTEGER, int, lambda v: _expect(v, int, "a whole number"), nullable=nullable
        )
    if isinstance(kind_type, Uuid):
        referred = next((fk.column.table.name for fk in column.foreign_keys), None)
        kind = ValueKind.REFERENCE if referred else ValueKind.TEXT
        return ColumnCodec(name, kind, str, _decode_uuid, nullable=nullable, referred=referred)
    if isinstance(kind_type, Date):
        return ColumnCodec(
            name,
            ValueKind.DATE,
            lambda v: v.isoformat(),
            lambda v: date.fromisoformat(_expect(v, str, "an ISO date")),
            nullable=nullable,
        )
    if isinstance(kind_type, Time):
        return ColumnCodec(
            name,
            ValueKind.TIME,
            lambda v: v.isoformat(),
            lambda v: time.fromisoformat(_expect(v, str, "an ISO time")),
            nullable=nullable,
        )
    if isinstance(kind_type, JSON):
        return ColumnCodec(name, ValueKind.JSON, lambda v: v, lambda v: v, nullable=nullable)
    if isinstance(kind_type, String):
        length = kind_type.length

        def decode_text(value: JsonValue) -> str:
            text = str(_expect(value, str, "text"))
            if length is not None and len(text) > length:
                raise ValueError(f"longer than {length} characters")
            return text

        return ColumnCodec(name, ValueKind.TEXT, str, decode_text, nullable=nullable)
    raise TypeError(f"no sync codec for {column.table.name}.{name} ({kind_type!r})")


@dataclass(frozen=True, slots=True)
class TableCodec:
    """Encode rows of one table to records and decode records back to column values."""

    name: str
    columns: Mapping[str, ColumnCodec]

    def encode(self, row: Mapping[Any, Any]) -> dict[str, JsonValue]:
        record: dict[str, JsonValue] = {}
        for name, codec in self.columns.items():
            value = row[name]
            record[name] = None if value is None else codec.encode(value)
        return record

    def decode_value(self, name: str, value: JsonValue) -> Any:
        codec = self.columns.get(name)
        if codec is None:
            raise ValueError(f"unknown field {name}")
        if value is None:
            if not codec.nullable:
                raise ValueError(f"{name} must have a value")
            return None
        return codec.decode(value)

    def decode(self, record: Mapping[str, JsonValue]) -> dict[str, Any]:
        """Column values of ``record`` (only the fields it carries); ``ValueError`` names the field."""
        values: dict[str, Any] = {}
        for name, value in record.items():
            try:
                values[name] = self.decode_value(name, value)
            except (ValueError, TypeError, OverflowError) as exc:
                raise ValueError(f"{self.name}.{name}: {exc}") from exc
        return values


@cache
def codec(name: str) -> TableCodec:
    source = table(name)
    return TableCodec(name, {column.name: _column_codec(column) for column in source.columns})


def canonical(record: Record) -> str:
    return canonical_json(record)


def parse_record(text: str) -> dict[str, JsonValue]:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("record is not an object")
    return value


def bad_payload(detail: str) -> ValidationError:
    return ValidationError(
        "sync.bad_payload",
        "The package cannot be imported: its content does not fit this database ({detail}). Write a new "
        "package on the laptop with the same version of DLZW Desktop as the office. Nothing was written.",
        detail=detail[:300],
    )


def foreign_keys(name: str) -> list[tuple[str, str]]:
    """``(column, referred table)`` of a table's foreign keys."""
    return sorted((fk.parent.name, fk.column.table.name) for fk in table(name).foreign_keys)


def referencing_columns(target: str) -> list[tuple[str, str]]:
    """``(table, column)`` of every synced or reference column that refers to ``target``'s ids."""
    result = []
    for name in KIT_TABLES:
        for column, referred in foreign_keys(name):
            if referred == target:
                result.append((name, column))
    return result


def natural_keys(name: str) -> list[tuple[str, ...]]:
    """Unique column sets besides the key, except those the office assigns (a case's number)."""
    source = table(name)
    assigned = MERGE_RULES.office_assigned.get(name, frozenset())
    keys: list[tuple[str, ...]] = []
    for constraint in source.constraints:
        if constraint.__class__.__name__ != "UniqueConstraint":
            continue
        columns = tuple(column.name for column in constraint.columns)  # type: ignore[attr-defined]
        if columns and columns != ("id",) and not set(columns) & assigned:
            keys.append(columns)
    for column in source.columns:
        if column.unique and column.name != "id" and column.name not in assigned:
            keys.append((column.name,))
    return sorted(set(keys))


def fetch_rows(
    bind: Session | Connection, name: str, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, RowMapping]:
    """Rows of table ``name`` by id (processed column values)."""
    source = table(name)
    wanted = sorted(set(ids))
    found: dict[uuid.UUID, RowMapping] = {}
    for part in chunks(wanted):
        for row in bind.execute(select(source).where(source.c.id.in_(part))).mappings():
            found[row["id"]] = row
    return found
