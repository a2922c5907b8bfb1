"""The audit trail and change-tracking columns, written for every flush of a write session.

Installed on the write sessions of ``Sessions``: whatever a service adds, changes or marks deleted gets its
change-tracking columns, and an ``AuditEntry`` records who, when, which row and the old and new values of
each changed column (by column name, as stored: money in cents).

Two writers, never both:

- SQLite: this module writes the audit rows and seals them into the hash chain (``domain.audit_chain``)
  in the same transaction. Writers hold SQLite's write lock (``BEGIN IMMEDIATE``), so the chain cannot fork.
- PostgreSQL: the ``dlzw_audit`` triggers write the rows (``db/pg_security.py``), also for changes made
  outside the application; this module only fills the change-tracking columns and names the actor.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Column, Text, cast, or_, select, text, update
from sqlalchemy import event as sa_event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from dlzw_desktop.db.base import Tracked
from dlzw_desktop.db.models.system import AuditEntry
from dlzw_desktop.db.types import Money
from dlzw_desktop.domain.audit_chain import (
    REDACTED_KEY,
    ChainFields,
    StoredRow,
    canonical_json,
    content_hash,
    epoch_microseconds,
    redaction_marker,
    row_hash,
)
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.money import to_cents

_SKIPPED_FIELDS = {"created_at", "created_by", "updated_at", "updated_by", "version"}
# Secrets are audited as "changed", never with their values.
_REDACTED_FIELDS = {"password_hash"}
AUDIT_BY_TRIGGER = "audit_by_trigger"
_UNSEALED = "audit_unsealed"


def json_value(value: Any) -> Any:
    """A JSON-safe representation of a column value for the audit trail."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return str(value)


def stored_value(column: Column[Any], value: Any) -> Any:
    """The value as the database stores it (money in cents), JSON-safe: what PostgreSQL's trigger sees."""
    if value is not None and isinstance(column.type, Money):
        return to_cents(value)
    return json_value(value)


def _links(obj: Tracked) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """The case and person a row belongs to, so the audit viewer can filter by them."""
    table = obj.__tablename__  # type: ignore[attr-defined]
    case_id = obj.id if table == "cases" else getattr(obj, "case_id", None)
    person_id = obj.id if table == "persons" else getattr(obj, "person_id", None)
    return case_id, person_id


def _column_values(obj: Tracked) -> dict[str, Any]:
    mapper = sa_inspect(obj).mapper
    values: dict[str, Any] = {}
    for attr in mapper.column_attrs:
        if attr.key in _SKIPPED_FIELDS:
            continue
        column = attr.columns[0]
        value = getattr(obj, attr.key)
        if attr.key in _REDACTED_FIELDS:
            values[column.name] = "***" if value else None
        else:
            values[column.name] = stored_value(column, value)
    return values


def _changes(obj: Tracked) -> dict[str, list[Any]]:
    state = sa_inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_FIELDS:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        column = attr.columns[0]
        if attr.key in _REDACTED_FIELDS:
            changes[column.name] = ["***" if old else None, "***" if new else None]
        else:
            changes[column.name] = [stored_value(column, old), stored_value(column, new)]
    return changes


def _add_entries(session: Session, entries: Iterable[AuditEntry]) -> None:
    listed = list(entries)
    session.info.setdefault(_UNSEALED, []).extend(listed)
    session.add_all(listed)


def _before_flush(session: Session, _flush_context: UOWTransaction, _instances: Any) -> None:
    actor = session.info.get("actor")
    if actor is not None:
        _track_and_audit(session, actor)
    _seal(session)


def _track_and_audit(session: Session, actor: str) -> None:
    by_trigger = bool(session.info.get(AUDIT_BY_TRIGGER))
    now = utc_now()
    entries: list[AuditEntry] = []
    for obj in list(session.new):
        if not isinstance(obj, Tracked):
            continue
        if obj.id is None:
            obj.id = uuid.uuid4()
        obj.created_by = obj.updated_by = actor
        obj.created_at = obj.updated_at = now
        if not by_trigger:
            # Column defaults are applied during the flush: the insert row is audited after it.
            session.info.setdefault("audit_inserted", []).append(obj)
    for obj in list(session.dirty):
        if not isinstance(obj, Tracked) or not session.is_modified(obj, include_collections=False):
            continue
        changes = _changes(obj)
        if not changes:
            continue
        obj.updated_by = actor
        obj.updated_at = now
        if by_trigger:
            continue
        action = "update"
        if "deleted_at" in changes:
            action = "delete" if changes["deleted_at"][1] is not None else "restore"
        case_id, person_id = _links(obj)
        entries.append(
            AuditEntry(
                at=now,
                actor=actor,
                action=action,
                entity=obj.__tablename__,  # type: ignore[attr-defined]
                entity_id=obj.id,
                case_id=case_id,
                person_id=person_id,
                changes=changes,
                note="",
            )
        )
    if not by_trigger:
        for obj in list(session.deleted):
            if not isinstance(obj, Tracked):
                continue
            case_id, person_id = _links(obj)
            entries.append(
                AuditEntry(
                    at=now,
                    actor=actor,
                    action="purge",
                    entity=obj.__tablename__,  # type: ignore[attr-defined]
                    entity_id=obj.id,
                    case_id=case_id,
                    person_id=person_id,
                    changes={},
                    note="",
                )
            )
    _add_entries(session, entries)


def _seal(session: Session) -> None:
    """Give every new audit row its place in the hash chain (SQLite; PostgreSQL's trigger does its own)."""
    listed: list[AuditEntry] = session.info.pop(_UNSEALED, [])
    pending = [entry for entry in listed if entry in session.new]
    known = {id(entry) for entry in pending}
    strays = [
        o for o in session.new if isinstance(o, AuditEntry) and id(o) not in known and o.row_hash is None
    ]
    pending += sorted(strays, key=lambda entry: entry.at or utc_now())
    if not pending:
        return
    if session.get_bind().dialect.name == "postgresql":
        # Only before the triggers exist (an old schema): serialise appenders like the trigger does.
        session.execute(text("LOCK TABLE audit_log IN EXCLUSIVE MODE"))
    head = session.execute(
        select(AuditEntry.seq, AuditEntry.row_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (int(head[0]), head[1]) if head is not None else (0, None)
    for entry in pending:
        seq += 1
        entry.seq = seq
        if entry.id is None:
            entry.id = uuid.uuid4()
        if entry.at is None:
            entry.at = utc_now()
        if entry.note is None:
            entry.note = ""
        if entry.changes is None:
            entry.changes = {}
        entry.content_hash = content_hash(canonical_json(entry.changes), entry.note)
        entry.prev_hash = prev
        entry.row_hash = row_hash(
            ChainFields(
                seq=seq,
                at_us=epoch_microseconds(entry.at),
                actor=entry.actor,
                action=entry.action,
                entity=entry.entity,
                entity_id=None if entry.entity_id is None else str(entry.entity_id),
                case_id=None if entry.case_id is None else str(entry.case_id),
                person_id=None if entry.person_id is None else str(entry.person_id),
                content_hash=entry.content_hash,
                prev_hash=prev,
            )
        )
        prev = entry.row_hash


def _after_flush(session: Session, _flush_context: UOWTransaction) -> None:
    inserted: list[Tracked] = session.info.pop("audit_inserted", [])
    if inserted:
        session.info.setdefault("audit_pending", []).extend(inserted)


def _after_flush_postexec(session: Session, _flush_context: UOWTransaction) -> None:
    pending: list[Tracked] = session.info.pop("audit_pending", [])
    if not pending:
        return
    actor = session.info["actor"]
    entries = []
    for obj in pending:
        case_id, person_id = _links(obj)
        entries.append(
            AuditEntry(
                at=obj.created_at,
                actor=actor,
                action="insert",
                entity=obj.__tablename__,  # type: ignore[attr-defined]
                entity_id=obj.id,
                case_id=case_id,
                person_id=person_id,
                changes={key: [None, value] for key, value in _column_values(obj).items()},
                note="",
            )
        )
    # Flushed (and sealed) by the next flush; commit() flushes until the session is clean.
    _add_entries(session, entries)


def record_event(
    session: Session,
    entity: str,
    entity_id: uuid.UUID | None,
    note: str,
    *,
    case_id: uuid.UUID | None = None,
    person_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """An audit row for something that is not a column change (an export, a sign-in, a report).

    ``note`` and ``details`` must not carry names or contact data: link the person by ``person_id``.
    """
    changes = {key: json_value(value) for key, value in (details or {}).items()}
    if session.info.get(AUDIT_BY_TRIGGER):
        # On PostgreSQL nobody but the owner may insert audit rows: a SECURITY DEFINER function does,
        # with the database login as the actor.
        session.execute(
            text(
                "SELECT dlzw_audit_event(:entity, CAST(:entity_id AS uuid), CAST(:case_id AS uuid), "
                "CAST(:person_id AS uuid), CAST(:details AS jsonb), :note)"
            ),
            {
                "entity": entity,
                "entity_id": None if entity_id is None else str(entity_id),
                "case_id": None if case_id is None else str(case_id),
                "person_id": None if person_id is None else str(person_id),
                "details": canonical_json(changes),
                "note": note[:500],
            },
        )
        return
    _add_entries(
        session,
        [
            AuditEntry(
                at=utc_now(),
                actor=session.info.get("actor", "system"),
                action="event",
                entity=entity,
                entity_id=entity_id,
                case_id=case_id,
                person_id=person_id,
                changes=changes,
                note=note[:500],
            )
        ],
    )


def redact_audit(
    session: Session,
    *,
    person_ids: Iterable[uuid.UUID] = (),
    case_ids: Iterable[uuid.UUID] = (),
    entity_ids: Iterable[uuid.UUID] = (),
    on: date,
) -> int:
    """Replace the changes and note of every audit row about these people, cases or rows.

    The rows, their order and their ``content_hash`` stay, so the chain still verifies; the values are
    gone. Returns how many rows were redacted (rows redacted before are not counted again).
    """
    persons, cases, entities = list(person_ids), list(case_ids), list(entity_ids)
    if not (persons or cases or entities):
        return 0
    session.flush()
    if session.info.get(AUDIT_BY_TRIGGER):
        result = session.execute(
            text(
                "SELECT dlzw_audit_redact(CAST(:persons AS uuid[]), CAST(:cases AS uuid[]), "
                "CAST(:entities AS uuid[]), CAST(:on AS date))"
            ),
            {
                "persons": [str(p) for p in persons],
                "cases": [str(c) for c in cases],
                "entities": [str(e) for e in entities],
                "on": on.isoformat(),
            },
        )
        return int(result.scalar_one())
    conditions = []
    if persons:
        conditions.append(AuditEntry.person_id.in_(persons))
    if cases:
        conditions.append(AuditEntry.case_id.in_(cases))
    if entities:
        conditions.append(AuditEntry.entity_id.in_(entities))
    marker = redaction_marker(on.isoformat())
    statement = (
        update(AuditEntry)
        .where(or_(*conditions))
        .where(AuditEntry.changes.cast(Text()).not_like(f'{{"{REDACTED_KEY}"%'))
        .values(changes=marker, note="")
        .execution_options(synchronize_session=False)
    )
    return int(session.execute(statement).rowcount)  # type: ignore[attr-defined]


def install_audit(factory: sessionmaker[Session]) -> None:
    """Write audit rows and change-tracking columns on every flush of sessions from ``factory``."""
    if not sa_event.contains(factory, "before_flush", _before_flush):
        sa_event.listen(factory, "before_flush", _before_flush)
        sa_event.listen(factory, "after_flush", _after_flush)
        sa_event.listen(factory, "after_flush_postexec", _after_flush_postexec)


def stored_chain_rows(connection: Connection, *, batch: int = 2000) -> Iterator[StoredRow]:
    """Every audit row in chain order, with its changes as the exact stored text."""
    columns = AuditEntry.__table__.c
    statement = select(
        columns.seq,
        columns.at,
        columns.actor,
        columns.action,
        columns.entity,
        columns.entity_id,
        columns.case_id,
        columns.person_id,
        columns.content_hash,
        columns.prev_hash,
        columns.row_hash,
        cast(columns.changes, Text).label("changes_text"),
        columns.note,
    ).order_by(columns.seq)
    last = 0
    while True:
        rows = connection.execute(statement.where(columns.seq > last).limit(batch)).all()
        if not rows:
            return
        for row in rows:
            yield StoredRow(
                fields=ChainFields(
                    seq=int(row.seq),
                    at_us=epoch_microseconds(row.at),
                    actor=row.actor,
                    action=row.action,
                    entity=row.entity,
                    entity_id=None if row.entity_id is None else str(row.entity_id),
                    case_id=None if row.case_id is None else str(row.case_id),
                    person_id=None if row.person_id is None else str(row.person_id),
                    content_hash=row.content_hash or "",
                    prev_hash=row.prev_hash,
                ),
                changes_text=row.changes_text or "",
                note=row.note or "",
                row_hash=row.row_hash,
            )
        last = int(rows[-1].seq)


def seal_existing_rows(connection: Connection) -> int:
    """Chain every stored audit row from the first (used when the chain is introduced)."""
    columns = AuditEntry.__table__.c
    prev: str | None = None
    count = 0
    for row in list(stored_chain_rows(connection)):
        digest = content_hash(row.changes_text, row.note)
        fields = replace(row.fields, content_hash=digest, prev_hash=prev)
        sealed = row_hash(fields)
        connection.execute(
            update(AuditEntry.__table__)  # type: ignore[arg-type]
            .where(columns.seq == fields.seq)
            .values(content_hash=digest, prev_hash=prev, row_hash=sealed)
        )
        prev = sealed
        count += 1
    return count


def append_event_row(
    connection: Connection,
    *,
    actor: str,
    entity: str,
    note: str,
    details: dict[str, Any],
    at: datetime,
    entry_id: uuid.UUID | None = None,
) -> None:
    """Append one ``event`` row outside the ORM (bulk loads), sealed into the chain like any other.

    On PostgreSQL with the security objects installed, ``dlzw_audit_event`` appends it (only the owner may
    write ``audit_log``; the actor and time are the database's). Elsewhere the row is chained here; the
    caller holds the write lock (SQLite ``BEGIN IMMEDIATE``), so nobody appends in between.
    """
    changes = {key: json_value(value) for key, value in details.items()}
    if connection.dialect.name == "postgresql":
        installed = connection.exec_driver_sql("SELECT to_regproc('dlzw_audit_event') IS NOT NULL").scalar()
        if installed:
            connection.execute(text("SELECT set_config('dlzw.actor', :actor, true)"), {"actor": actor})
            connection.execute(
                text("SELECT dlzw_audit_event(:entity, NULL, NULL, NULL, CAST(:details AS jsonb), :note)"),
                {"entity": entity, "details": canonical_json(changes), "note": note[:500]},
            )
            return
        connection.execute(text("LOCK TABLE audit_log IN EXCLUSIVE MODE"))
    columns = AuditEntry.__table__.c
    head = connection.execute(
        select(columns.seq, columns.row_hash).order_by(columns.seq.desc()).limit(1)
    ).first()
    seq, prev = (int(head[0]) + 1, head[1]) if head is not None else (1, None)
    note = note[:500]
    digest = content_hash(canonical_json(changes), note)
    sealed = row_hash(
        ChainFields(
            seq=seq,
            at_us=epoch_microseconds(at),
            actor=actor,
            action="event",
            entity=entity,
            entity_id=None,
            case_id=None,
            person_id=None,
            content_hash=digest,
            prev_hash=prev,
        )
    )
    connection.execute(
        AuditEntry.__table__.insert().values(  # type: ignore[attr-defined]
            seq=seq,
            id=entry_id or uuid.uuid4(),
            at=at,
            actor=actor,
            action="event",
            entity=entity,
            changes=changes,
            note=note,
            content_hash=digest,
            prev_hash=prev,
            row_hash=sealed,
        )
    )
