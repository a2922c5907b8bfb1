"""The audit trail and change-tracking columns, written for every flush of a write session.

Installed once on SQLAlchemy's ``Session`` class: whatever a service adds, changes or marks deleted, an
``AuditEntry`` row records who, when, which row and the old and new values of each changed field.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from dlzw_desktop.db.base import Tracked
from dlzw_desktop.db.models.system import AuditEntry
from dlzw_desktop.domain.dates import utc_now

_SKIPPED_FIELDS = {"created_at", "created_by", "updated_at", "updated_by", "version"}
# Secrets are audited as "changed", never with their values.
_REDACTED_FIELDS = {"password_hash"}


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


def _links(obj: Tracked) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """The case and person a row belongs to, so the audit viewer can filter by them."""
    table = obj.__tablename__  # type: ignore[attr-defined]
    case_id = obj.id if table == "cases" else getattr(obj, "case_id", None)
    person_id = obj.id if table == "persons" else getattr(obj, "person_id", None)
    return case_id, person_id


def _column_values(obj: Tracked) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    values: dict[str, Any] = {}
    for attr in mapper.column_attrs:
        if attr.key in _SKIPPED_FIELDS:
            continue
        value = getattr(obj, attr.key)
        values[attr.key] = "***" if attr.key in _REDACTED_FIELDS and value else json_value(value)
    return values


def _changes(obj: Tracked) -> dict[str, list[Any]]:
    state = inspect(obj)
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
        if attr.key in _REDACTED_FIELDS:
            changes[attr.key] = ["***" if old else None, "***" if new else None]
        else:
            changes[attr.key] = [json_value(old), json_value(new)]
    return changes


def _before_flush(session: Session, _flush_context: UOWTransaction, _instances: Any) -> None:
    actor = session.info.get("actor")
    if actor is None:
        # Read sessions never flush changes; migrations and raw loaders do not audit.
        return
    now = utc_now()
    entries: list[AuditEntry] = []
    for obj in list(session.new):
        if not isinstance(obj, Tracked):
            continue
        if obj.id is None:
            obj.id = uuid.uuid4()
        obj.created_by = obj.updated_by = actor
        obj.created_at = obj.updated_at = now
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
            )
        )
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
            )
        )
    session.add_all(entries)


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
            )
        )
    # Flushed by the next flush; commit() flushes until the session is clean.
    session.add_all(entries)


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
    """An audit row for something that is not a column change (an export, a sign-in, a report)."""
    session.add(
        AuditEntry(
            at=utc_now(),
            actor=session.info.get("actor", "system"),
            action="event",
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            person_id=person_id,
            changes={key: json_value(value) for key, value in (details or {}).items()},
            note=note[:500],
        )
    )


def install_audit(factory: sessionmaker[Session]) -> None:
    """Write audit rows and change-tracking columns on every flush of sessions from ``factory``."""
    if not event.contains(factory, "before_flush", _before_flush):
        event.listen(factory, "before_flush", _before_flush)
        event.listen(factory, "after_flush", _after_flush)
        event.listen(factory, "after_flush_postexec", _after_flush_postexec)
