"""Check-in: the laptop's changes since check-out, and importing them into the office in one transaction.

Laptop side: ``pending_records`` compares every synced row of the kit with its snapshot; a row that differs,
or has none (created on the laptop), goes into the package, complete. Every package carries all changes
since check-out, so a newer package supersedes a lost older one.

Office side: ``import_records`` merges a package's records field by field against the common base
(``domain.merge``) and applies the plan inside the caller's write transaction:

- bases: per kit and record, ``sync_kit_records`` holds the last state both sides agreed on (the
  check-out snapshot, later the laptop state imported last), so that a field the laptop left alone since
  the last import never counts as a laptop change again;
- inserts go in foreign-key order; a laptop case gets an office number (its provisional number is kept
  in the outcome); a laptop row whose natural key (a case's checklist item of one kind, a business
  member's role, ...) the office already has is merged into the office row, and the id mapping is kept
  for the next packages (``sync_id_map``);
- updates carry the office version they were merged against: a row changed by someone else in the
  meantime aborts the whole import (``sync.changed_meanwhile``), nothing is half-written;
- conflicts are stored (``sync_conflicts``) and the office value stays until a person decides;
- every applied change writes an audit row, like a service edit would.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final, cast

from sqlalchemy import Table, and_, bindparam, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import CursorResult, Result
from sqlalchemy.orm import Session

from dlzw_desktop.db.models import AuditEntry, SyncConflict, SyncIdMap, SyncKitRecord, SyncSnapshot
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.merge import (
    Conflict,
    ConflictKey,
    JsonValue,
    Record,
    RecordKey,
    canonical_json,
    merge,
)
from dlzw_desktop.errors import ConflictError
from dlzw_desktop.services.sync.records import (
    MERGE_RULES,
    SYNCED_TABLES,
    bad_payload,
    canonical,
    chunks,
    codec,
    fetch_rows,
    foreign_keys,
    natural_keys,
    parse_record,
    table,
)

logger = logging.getLogger(__name__)

PAYLOAD_FORMAT: Final = 1
Progress = Callable[[int, int], None]
CaseNumberFn = Callable[[Session, int], str]
"""Hands out the next office case number for a year inside the given write session."""

_ORDER: Final = {name: index for index, name in enumerate(SYNCED_TABLES)}
_AUDIT: Final = cast(Table, AuditEntry.__table__)


def _rowcount(result: Result[Any]) -> int:
    return int(cast(CursorResult[Any], result).rowcount)


# --- laptop side --------------------------------------------------------------------------------------


def pending_records(kit_session: Session) -> dict[str, dict[str, Record]]:
    """``{table: {row id: record}}`` of every synced row that differs from its snapshot or has none."""
    snapshots = {
        (name, str(row_id)): data
        for name, row_id, data in kit_session.execute(
            select(SyncSnapshot.table_name, SyncSnapshot.row_id, SyncSnapshot.data)
        )
    }
    pending: dict[str, dict[str, Record]] = {}
    for name in SYNCED_TABLES:
        table_codec = codec(name)
        for row in kit_session.execute(select(table(name))).mappings():
            record = table_codec.encode(row)
            row_id = str(row["id"])
            if snapshots.get((name, row_id)) != canonical(record):
                pending.setdefault(name, {})[row_id] = record
    return pending


def build_payload(
    kit_id: uuid.UUID, code: str, records: Mapping[str, Mapping[str, Record]]
) -> dict[str, Any]:
    return {
        "format": PAYLOAD_FORMAT,
        "kit_id": str(kit_id),
        "kit_code": code,
        "records": {name: dict(rows) for name, rows in records.items()},
    }


# --- office side --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What one import did."""

    inserted: int
    updated: int
    conflicts: int
    unchanged: int
    case_numbers: Mapping[str, str] = field(default_factory=dict)
    """Provisional number -> office number of the cases the laptop opened."""
    merged_duplicates: int = 0
    """Laptop rows merged into office rows with the same natural key."""


class DecodedValues:
    """Column values of the laptop records, decoded once while the payload is checked.

    Keyed by the record dict itself: ``_remap`` forgets a record it changes, which is then decoded again.
    """

    def __init__(self) -> None:
        self._values: dict[int, tuple[dict[str, JsonValue], dict[str, Any]]] = {}

    def put(self, record: dict[str, JsonValue], values: dict[str, Any]) -> None:
        self._values[id(record)] = (record, values)

    def forget(self, record: dict[str, JsonValue]) -> None:
        self._values.pop(id(record), None)

    def of(self, name: str, record: dict[str, JsonValue]) -> dict[str, Any]:
        cached = self._values.get(id(record))
        if cached is None or cached[0] is not record:
            values = codec(name).decode(record)
            self.put(record, values)
            return values
        return cached[1]


def parse_payload(
    payload: Mapping[str, Any], kit_id: uuid.UUID, decoded: DecodedValues | None = None
) -> dict[RecordKey, dict[str, JsonValue]]:
    """Check a package's payload against the schema; ``sync.bad_payload`` names what does not fit.

    The column values decoded on the way are kept in ``decoded`` for the import to use.
    """
    if payload.get("format") != PAYLOAD_FORMAT:
        raise bad_payload(f"payload format {payload.get('format')!r}")
    if payload.get("kit_id") != str(kit_id):
        raise bad_payload("the payload names another kit than its header")
    records = payload.get("records")
    if not isinstance(records, dict):
        raise bad_payload("no records")
    laptop: dict[RecordKey, dict[str, JsonValue]] = {}
    for name, rows in records.items():
        if name not in _ORDER:
            raise bad_payload(f"table {name!r} is not carried by laptop kits")
        if not isinstance(rows, dict):
            raise bad_payload(f"{name} is not a set of records")
        table_codec = codec(name)
        for row_id, record in rows.items():
            try:
                canonical_id = str(uuid.UUID(row_id))
            except (ValueError, TypeError, AttributeError) as exc:
                raise bad_payload(f"{name}: {row_id!r} is not a record id") from exc
            if not isinstance(record, dict) or record.get("id") != row_id or canonical_id != row_id:
                raise bad_payload(f"{name} {row_id}: record does not carry its id")
            copy = dict(record)
            try:
                values = table_codec.decode(copy)
            except ValueError as exc:
                raise bad_payload(str(exc)) from exc
            if decoded is not None:
                decoded.put(copy, values)
            laptop[(name, row_id)] = copy
    return laptop


def _remap(
    laptop: dict[RecordKey, dict[str, JsonValue]],
    mapping: Mapping[tuple[str, str], str],
    decoded: DecodedValues | None = None,
) -> None:
    """Apply ``(table, laptop id) -> office id`` to record keys and to references between records."""
    if not mapping:
        return
    references = {name: foreign_keys(name) for name in _ORDER}
    for key in list(laptop):
        name, row_id = key
        record = laptop[key]
        target = mapping.get((name, row_id))
        changed = target is not None
        if target is not None:
            del laptop[key]
            record["id"] = target
            laptop[(name, target)] = record
        for column, referred in references[name]:
            value = record.get(column)
            if isinstance(value, str) and (referred, value) in mapping:
                record[column] = mapping[(referred, value)]
                changed = True
        if changed and decoded is not None:
            decoded.forget(record)


def _office_records(
    session: Session, keys: list[RecordKey]
) -> tuple[dict[RecordKey, Record], dict[RecordKey, int]]:
    by_table: dict[str, list[uuid.UUID]] = {}
    for name, row_id in keys:
        by_table.setdefault(name, []).append(uuid.UUID(row_id))
    records: dict[RecordKey, Record] = {}
    versions: dict[RecordKey, int] = {}
    for name, ids in by_table.items():
        table_codec = codec(name)
        for found_id, row in fetch_rows(session, name, ids).items():
            key = (name, str(found_id))
            records[key] = table_codec.encode(row)
            versions[key] = row["version"]
    return records, versions


def _bases(session: Session, kit_id: uuid.UUID, keys: list[RecordKey]) -> dict[RecordKey, Record]:
    wanted = set(keys)
    ids = sorted({uuid.UUID(row_id) for _name, row_id in keys})
    bases: dict[RecordKey, Record] = {}
    for part in chunks(ids):
        rows = session.execute(
            select(SyncKitRecord.table_name, SyncKitRecord.row_id, SyncKitRecord.data).where(
                SyncKitRecord.kit_id == kit_id, SyncKitRecord.row_id.in_(part)
            )
        )
        for name, row_id, data in rows:
            key = (name, str(row_id))
            if key in wanted:
                bases[key] = parse_record(data)
    return bases


def load_bases(session: Session, kit_id: uuid.UUID, keys: list[RecordKey]) -> dict[RecordKey, Record]:
    """The stored common bases of ``keys`` between the office and kit ``kit_id``."""
    return _bases(session, kit_id, keys)


def id_mapping(session: Session, kit_id: uuid.UUID) -> dict[tuple[str, str], str]:
    return {
        (name, str(laptop_id)): str(office_id)
        for name, laptop_id, office_id in session.execute(
            select(SyncIdMap.table_name, SyncIdMap.laptop_id, SyncIdMap.office_id).where(
                SyncIdMap.kit_id == kit_id
            )
        )
    }


def _match_natural_keys(
    session: Session,
    laptop: dict[RecordKey, dict[str, JsonValue]],
    office: dict[RecordKey, Record],
    bases: Mapping[RecordKey, Record],
    decoded: DecodedValues | None = None,
) -> dict[tuple[str, str], str]:
    """New laptop rows whose natural key the office already holds: ``(table, laptop id) -> office id``."""
    found: dict[tuple[str, str], str] = {}
    for name in SYNCED_TABLES:
        keys = natural_keys(name)
        if not keys:
            continue
        source = table(name)
        table_codec = codec(name)
        fresh = [key for key in laptop if key[0] == name and key not in office and key not in bases]
        for key in fresh:
            record = laptop[key]
            for columns in keys:
                values = [record.get(column) for column in columns]
                if any(value is None for value in values):
                    continue  # NULLs never collide
                conditions = [
                    source.c[column] == table_codec.decode_value(column, value)
                    for column, value in zip(columns, values, strict=True)
                ]
                office_id = session.scalar(select(source.c.id).where(and_(*conditions)).limit(1))
                if office_id is not None and str(office_id) != key[1]:
                    found[(name, key[1])] = str(office_id)
                    break
        if found:
            # Children met later refer to the office id from now on.
            _remap(laptop, {k: v for k, v in found.items() if k[0] == name}, decoded)
    return found


def _links(name: str, row_id: str, values: Mapping[str, Any]) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    case_id = uuid.UUID(row_id) if name == "cases" else values.get("case_id")
    person_id = uuid.UUID(row_id) if name == "persons" else values.get("person_id")
    return case_id, person_id


def upsert_bases(session: Session, kit_id: uuid.UUID, records: Mapping[RecordKey, str], actor: str) -> None:
    """Store ``(table, id) -> canonical JSON`` as the kit's common bases (insert or replace)."""
    if not records:
        return
    source = SyncKitRecord.__table__
    assert isinstance(source, Table)
    dialect = session.get_bind().dialect.name
    statement = (pg_insert if dialect == "postgresql" else sqlite_insert)(source)
    now = utc_now()
    statement = statement.on_conflict_do_update(
        index_elements=[source.c.kit_id, source.c.table_name, source.c.row_id],
        set_={
            "data": statement.excluded.data,
            "updated_at": statement.excluded.updated_at,
            "updated_by": statement.excluded.updated_by,
            "version": source.c.version + 1,
        },
    )
    rows = [
        {
            "id": uuid.uuid4(),
            "kit_id": kit_id,
            "table_name": name,
            "row_id": uuid.UUID(row_id),
            "data": data,
            "created_at": now,
            "created_by": actor,
            "updated_at": now,
            "updated_by": actor,
            "version": 1,
        }
        for (name, row_id), data in records.items()
    ]
    for part in chunks(rows, 1000):
        session.execute(statement, list(part))


def recorded_conflict_keys(session: Session, kit_id: uuid.UUID) -> set[ConflictKey]:
    return {
        ConflictKey(name, str(row_id), field_name, laptop_key)
        for name, row_id, field_name, laptop_key in session.execute(
            select(
                SyncConflict.table_name, SyncConflict.row_id, SyncConflict.field_name, SyncConflict.laptop_key
            ).where(SyncConflict.kit_id == kit_id)
        )
    }


def changed_meanwhile(name: str) -> ConflictError:
    return ConflictError(
        "sync.changed_meanwhile",
        "Someone changed office records while the package was being imported ({table}). Nothing was "
        "written; import the package again.",
        table=name,
    )


def import_records(
    session: Session,
    *,
    kit_id: uuid.UUID,
    package_id: uuid.UUID,
    laptop: dict[RecordKey, dict[str, JsonValue]],
    actor: str,
    note: str,
    assign_case_number: CaseNumberFn,
    progress: Progress | None = None,
    decoded: DecodedValues | None = None,
) -> ImportOutcome:
    """Merge and apply a package's records (see module docstring) in ``session``'s transaction.

    ``decoded``: the column values ``parse_payload`` decoded (decoded again where missing).
    """

    def report(done: int) -> None:
        if progress is not None:
            progress(done, 6)

    decoded = decoded or DecodedValues()
    mapping = id_mapping(session, kit_id)
    _remap(laptop, mapping, decoded)
    keys = sorted(laptop)
    bases = _bases(session, kit_id, keys)
    office, versions = _office_records(session, keys)
    report(1)
    new_mapping = _match_natural_keys(session, laptop, office, bases, decoded)
    if new_mapping:
        keys = sorted(laptop)
        office, versions = _office_records(session, keys)
    recorded = recorded_conflict_keys(session, kit_id)
    plan = merge(bases, office, laptop, rules=MERGE_RULES, recorded_conflicts=recorded)
    report(2)
    writer = OfficeWriter(session, actor, note, decoded=decoded, laptop=laptop)
    case_numbers = writer.insert_rows(plan.inserts, laptop, assign_case_number)
    report(3)
    authors = {
        key: str(laptop[key].get("updated_by") or "") for key in plan.updates if laptop[key].get("updated_by")
    }
    writer.update_rows(plan.updates, office, versions, authors)
    report(4)
    for conflict in plan.conflicts:
        session.add(_conflict_row(conflict, kit_id, package_id))
    writer.flush_audit()
    upsert_bases(session, kit_id, {key: canonical(record) for key, record in laptop.items()}, actor)
    for (name, laptop_id), office_id in new_mapping.items():
        session.add(
            SyncIdMap(
                kit_id=kit_id, table_name=name, laptop_id=uuid.UUID(laptop_id), office_id=uuid.UUID(office_id)
            )
        )
    session.flush()
    report(6)
    return ImportOutcome(
        inserted=len(plan.inserts),
        updated=len(plan.updates),
        conflicts=len(plan.conflicts),
        unchanged=len(plan.no_ops),
        case_numbers=case_numbers,
        merged_duplicates=len(new_mapping),
    )


@dataclass(slots=True)
class OfficeWriter:
    """Writes merged values into office rows (SQLAlchemy Core, in the caller's transaction): inserts in
    foreign-key order, updates guarded by the version they were merged against, an audit row for each."""

    session: Session
    actor: str
    note: str
    now: datetime = field(default_factory=utc_now)
    audit: list[dict[str, Any]] = field(default_factory=list)
    decoded: DecodedValues | None = None
    laptop: Mapping[RecordKey, dict[str, JsonValue]] = field(default_factory=dict)

    def _values(self, key: RecordKey, fields: Mapping[str, JsonValue]) -> dict[str, Any]:
        """Column values of ``fields`` (decoded with the laptop record where that was done already)."""
        name = key[0]
        record = self.laptop.get(key)
        if self.decoded is None or record is None:
            return codec(name).decode(fields)
        values = self.decoded.of(name, record)
        return {column: values[column] for column in fields}

    def audit_row(
        self,
        name: str,
        row_id: str,
        values: Mapping[str, Any],
        action: str,
        changes: dict[str, list[JsonValue]],
    ) -> None:
        case_id, person_id = _links(name, row_id, values)
        self.audit.append(
            {
                "id": uuid.uuid4(),
                "at": self.now,
                "actor": self.actor,
                "action": action,
                "entity": name,
                "entity_id": uuid.UUID(row_id),
                "case_id": case_id,
                "person_id": person_id,
                "changes": changes,
                "note": self.note[:500],
            }
        )

    def flush_audit(self) -> None:
        for part in chunks(self.audit, 1000):
            self.session.execute(insert(_AUDIT), list(part))
        self.audit.clear()

    def insert_rows(
        self,
        inserts: Mapping[RecordKey, Record],
        laptop: Mapping[RecordKey, Mapping[str, JsonValue]],
        assign_case_number: CaseNumberFn,
    ) -> dict[str, str]:
        """Insert laptop-created rows; cases get office numbers (returned as provisional -> office)."""
        case_numbers: dict[str, str] = {}
        groups: dict[tuple[str, frozenset[str]], list[dict[str, Any]]] = {}
        for (name, row_id), record in sorted(
            inserts.items(), key=lambda item: (_ORDER[item[0][0]], item[0][1])
        ):
            values = self._values((name, row_id), record)
            changes: dict[str, list[JsonValue]] = {key: [None, value] for key, value in record.items()}
            if name == "cases":
                provisional = laptop[(name, row_id)].get("number")
                values["number"] = assign_case_number(self.session, values["opened_on"].year)
                values["provisional"] = False
                if isinstance(provisional, str):
                    case_numbers[provisional] = values["number"]
                changes["number"] = [None, values["number"]]
                changes["provisional"] = [None, False]
            values.setdefault("updated_by", self.actor)
            groups.setdefault((name, frozenset(values)), []).append(values)
            self.audit_row(name, row_id, values, "insert", changes)
        # Parents first; within a table the groups only differ in the columns they carry.
        for (name, _columns), rows in sorted(groups.items(), key=lambda item: _ORDER[item[0][0]]):
            self.session.execute(insert(table(name)), rows)
        return case_numbers

    def update_rows(
        self,
        updates: Mapping[RecordKey, Record],
        office: Mapping[RecordKey, Record],
        versions: Mapping[RecordKey, int],
        authors: Mapping[RecordKey, str],
    ) -> None:
        """Set fields of office rows; a row whose version moved on aborts with ``sync.changed_meanwhile``."""
        groups: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
        for (name, row_id), fields in sorted(
            updates.items(), key=lambda item: (_ORDER[item[0][0]], item[0][1])
        ):
            key = (name, row_id)
            decoded = self._values(key, fields)
            columns = tuple(sorted(decoded))
            params: dict[str, Any] = {f"v_{column}": decoded[column] for column in columns}
            params["k_id"] = uuid.UUID(row_id)
            params["k_version"] = versions[key]
            params["k_by"] = authors.get(key) or self.actor
            groups.setdefault((name, columns), []).append(params)
            old = office[key]
            changes = {column: [old.get(column), fields[column]] for column in columns}
            action = "update"
            if "deleted_at" in changes:
                action = "delete" if fields["deleted_at"] is not None else "restore"
            links = {**{k: old.get(k) for k in ("case_id", "person_id")}, **decoded}
            self.audit_row(name, row_id, _uuid_links(links), action, changes)
        for (name, columns), rows in groups.items():
            source = table(name)
            statement = (
                update(source)
                .where(source.c.id == bindparam("k_id"), source.c.version == bindparam("k_version"))
                .values(
                    {
                        **{
                            column: bindparam(f"v_{column}", type_=source.c[column].type)
                            for column in columns
                        },
                        "version": source.c.version + 1,
                        "updated_at": self.now,
                        "updated_by": bindparam("k_by"),
                    }
                )
            )
            sane = self.session.get_bind().dialect.supports_sane_multi_rowcount
            for part in chunks(rows, 1000):
                if sane:
                    if _rowcount(self.session.execute(statement, list(part))) != len(part):
                        raise changed_meanwhile(name)
                    continue
                for params in part:
                    if _rowcount(self.session.execute(statement, params)) != 1:
                        raise changed_meanwhile(name)


def _uuid_links(values: Mapping[str, Any]) -> dict[str, Any]:
    result = dict(values)
    for key in ("case_id", "person_id"):
        value = result.get(key)
        if isinstance(value, str):
            result[key] = uuid.UUID(value)
    return result


def wrap(value: JsonValue) -> dict[str, JsonValue]:
    """A conflict value as stored: ``{"v": value}``, so that JSON null stays a value."""
    return {"v": value}


def _conflict_row(conflict: Conflict, kit_id: uuid.UUID, package_id: uuid.UUID) -> SyncConflict:
    return SyncConflict(
        kit_id=kit_id,
        package_id=package_id,
        table_name=conflict.table,
        row_id=uuid.UUID(conflict.row_id),
        field_name=conflict.field,
        kind=conflict.kind,
        base_known=conflict.base_known,
        base_value=wrap(conflict.base),
        office_value=wrap(conflict.office),
        laptop_value=wrap(conflict.laptop),
        laptop_key=canonical_json(conflict.laptop),
    )
