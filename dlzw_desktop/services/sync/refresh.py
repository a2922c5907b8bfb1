"""Refreshing a kit from the office (several consultation days in a row) without losing what it holds.

Per record the kit and the office share a base (the office's ``sync_kit_records``: the check-out snapshot,
or the laptop state imported last). For every record the office would put into the kit now, and every
synced record the kit already holds:

- the kit has no changes of its own since the base -> it takes the office row; the new base is the office
  row;
- the kit has changes and either side changed the deletion marker -> the record is left exactly as it is
  (row, snapshot and base): the next check-in decides, so a delete never wins against an edit;
- otherwise field by field: a field the kit did not change takes the office value; a field the kit changed
  keeps the kit value. The new base takes the office value, except where the office changed the same field
  differently: there the old base stays, so the next check-in lists the clash as a conflict instead of
  overwriting the office;
- a row the kit created and the office has not seen yet is left alone; a new office row whose natural key
  a kit-created row already uses is adopted under the office's id (without a base: the check-in compares
  them field by field).

The kit's snapshots and the office's bases are set to the same new base. The kit is written first, in one
transaction; if the office then fails to store the bases, the older bases only make the next check-in list
more conflicts, never lose a change.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import and_, delete, select, text, update
from sqlalchemy.orm import Session

from dlzw_desktop.db.models import SyncSnapshot
from dlzw_desktop.domain.merge import DELETED_AT, JsonValue, Record, RecordKey, same
from dlzw_desktop.services.sync.checkin import id_mapping, load_bases
from dlzw_desktop.services.sync.checkout import KitRows, collect, write_rows, write_snapshots
from dlzw_desktop.services.sync.records import (
    MERGE_RULES,
    REFERENCE_TABLES,
    SYNCED_TABLES,
    canonical,
    codec,
    natural_keys,
    parse_record,
    referencing_columns,
    table,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RefreshOutcome:
    """What a refresh did to the kit."""

    added: int
    """Office records new to the kit."""
    updated: int
    """Kit records that took office changes."""
    kept: int
    """Kit records with changes not yet checked in that were left as they are (deletion involved)."""
    merged: int
    """Kit records with changes not yet checked in that took the office's other changes."""
    bases: Mapping[RecordKey, str]
    """The new common bases (canonical JSON) for the office to store."""


def kit_records(kit_session: Session) -> dict[RecordKey, dict[str, JsonValue]]:
    records: dict[RecordKey, dict[str, JsonValue]] = {}
    for name in SYNCED_TABLES:
        table_codec = codec(name)
        for row in kit_session.execute(select(table(name))).mappings():
            records[(name, str(row["id"]))] = table_codec.encode(row)
    return records


def _rename(kit_session: Session, name: str, old: str, new: str) -> None:
    """Give a kit row the office's id, with every reference to it (foreign keys checked at commit)."""
    source = table(name)
    old_id, new_id = uuid.UUID(old), uuid.UUID(new)
    kit_session.execute(update(source).where(source.c.id == old_id).values(id=new_id))
    for referring, column in referencing_columns(name):
        target = table(referring)
        kit_session.execute(update(target).where(target.c[column] == old_id).values({column: new_id}))
    kit_session.execute(
        delete(SyncSnapshot).where(SyncSnapshot.table_name == name, SyncSnapshot.row_id == old_id)
    )


def _natural_twin(kit_session: Session, name: str, record: Record) -> str | None:
    source = table(name)
    table_codec = codec(name)
    for columns in natural_keys(name):
        values = [record.get(column) for column in columns]
        if any(value is None for value in values):
            continue
        conditions = [
            source.c[column] == table_codec.decode_value(column, value)
            for column, value in zip(columns, values, strict=True)
        ]
        twin = kit_session.scalar(select(source.c.id).where(and_(*conditions)).limit(1))
        if twin is not None and str(twin) != record["id"]:
            return str(twin)
    return None


def refresh_rows(
    office: Session, kit_session: Session, *, kit_id: uuid.UUID, day_ids: list[uuid.UUID], actor: str
) -> tuple[RefreshOutcome, KitRows]:
    """Merge the office's current rows into the kit (see module docstring) in ``kit_session``'s
    transaction; returns the outcome and the reference rows the caller copies too."""
    kit_session.execute(text("PRAGMA defer_foreign_keys = ON"))
    for (name, laptop_id), office_id in id_mapping(office, kit_id).items():
        if kit_session.scalar(select(table(name).c.id).where(table(name).c.id == uuid.UUID(laptop_id))):
            _rename(kit_session, name, laptop_id, office_id)
    held = kit_records(kit_session)
    snapshots = {
        (name, str(row_id)): data
        for name, row_id, data in kit_session.execute(
            select(SyncSnapshot.table_name, SyncSnapshot.row_id, SyncSnapshot.data)
        )
    }
    extra: dict[str, set[uuid.UUID]] = {}
    for name, row_id in held:
        extra.setdefault(name, set()).add(uuid.UUID(row_id))
    wanted = collect(office, day_ids, extra=extra)
    office_records: dict[RecordKey, dict[str, JsonValue]] = {}
    for name in SYNCED_TABLES:
        table_codec = codec(name)
        for found_id, row in wanted.rows.get(name, {}).items():
            office_records[(name, str(found_id))] = table_codec.encode(row)
    bases = load_bases(office, kit_id, sorted(office_records))

    new_rows = KitRows()
    new_snapshots: dict[RecordKey, str] = {}
    added = updated = kept = merged = 0
    for key in sorted(office_records, key=lambda k: (SYNCED_TABLES.index(k[0]), k[1])):
        name, row_id = key
        off = office_records[key]
        mine = held.get(key)
        if mine is None:
            twin = _natural_twin(kit_session, name, off)
            if twin is not None:
                _rename(kit_session, name, twin, row_id)  # adopted; compared field by field at check-in
                kept += 1
                continue
            new_rows.add(name, codec(name).decode(off))
            new_snapshots[key] = canonical(off)
            added += 1
            continue
        base_text = snapshots.get(key)
        base = bases.get(key) or (parse_record(base_text) if base_text else None)
        if base is None:
            kept += 1  # no common ancestor: the check-in compares field by field
            continue
        merged_record = _merge_into_kit(name, base, off, mine)
        if merged_record is None:
            kept += 1
            continue
        row, snapshot, kit_changed, had_pending = merged_record
        if kit_changed:
            new_rows.add(name, codec(name).decode(row))
            if had_pending:
                merged += 1
            else:
                updated += 1
        new_snapshots[key] = canonical(snapshot)
    write_rows(kit_session, new_rows)
    write_snapshots(
        kit_session,
        {(name, uuid.UUID(row_id)): data for (name, row_id), data in new_snapshots.items()},
        actor,
    )
    references = KitRows({name: wanted.rows[name] for name in REFERENCE_TABLES if name in wanted.rows})
    write_rows(kit_session, references)
    outcome = RefreshOutcome(added, updated, kept, merged, new_snapshots)
    logger.info("kit %s refreshed: %s", kit_id, outcome)
    return outcome, references


def _merge_into_kit(
    name: str, base: Record, off: Record, mine: Record
) -> tuple[dict[str, JsonValue], dict[str, JsonValue], bool, bool] | None:
    """(new kit row, new base, kit row changed, kit had changes of its own) for one record; None: leave
    it as it is."""
    ignored = MERGE_RULES.never_merged
    assigned = MERGE_RULES.office_assigned.get(name, frozenset())
    compared = [f for f in off if f not in ignored and f not in assigned]
    pending = {f for f in compared if f in mine and not same(mine[f], base.get(f))}
    if not pending:
        return dict(off), dict(off), not _identical(off, mine), False
    office_changed = {f for f in compared if not same(off[f], base.get(f))}
    if DELETED_AT in pending or DELETED_AT in office_changed:
        return None
    row = dict(mine)
    snapshot = dict(off)
    for f in off:
        if f in ignored:
            continue
        if f in assigned or f not in pending:
            row[f] = off[f]
        elif f in office_changed and not same(off[f], mine[f]):
            snapshot[f] = base.get(f)  # a clash for the next check-in
    current = mine.get("version")
    row["version"] = current + 1 if isinstance(current, int) else 1
    return row, snapshot, not _identical(row, mine), True


def _identical(left: Record, right: Record) -> bool:
    return left.keys() == right.keys() and all(same(left[k], right[k]) for k in left)
