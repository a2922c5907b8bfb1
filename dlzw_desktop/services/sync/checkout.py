"""What a laptop kit holds, and writing it into a kit database.

``collect`` gathers, for consultation days, everything an advisor needs there: the days, their advisors
and appointments; the booked cases and persons, the businesses of those persons and cases, all cases of
those businesses with their consultations, checklist, attachment list, stage history, jobs and
reminders; the persons of those businesses with their consents. Then every row those rows refer to
(a previous case, an advisor, a programme, a district) follows, so that the kit's foreign keys hold;
references into tables that stay in the office are masked (see ``records``).

``write_rows`` stores rows into a kit; ``write_snapshots`` stores what each synced row looked like.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, insert, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from dlzw_desktop.db.models import SyncSnapshot
from dlzw_desktop.services.sync.kit_state import INSTALLATION_KEY
from dlzw_desktop.services.sync.records import (
    KIT_TABLES,
    SECRET_COLUMNS,
    SYNCED_TABLES,
    canonical,
    chunks,
    codec,
    fetch_rows,
    foreign_keys,
    is_synced,
    table,
)

logger = logging.getLogger(__name__)

Rows = dict[str, dict[uuid.UUID, dict[str, Any]]]
"""table -> id -> column values"""


@dataclass(slots=True)
class KitRows:
    """The rows of a kit, by table and id, as the kit holds them (masked references, no secrets)."""

    rows: Rows = field(default_factory=dict)

    def ids(self, name: str) -> set[uuid.UUID]:
        return set(self.rows.get(name, {}))

    def add(self, name: str, row: Mapping[Any, Any]) -> bool:
        bucket = self.rows.setdefault(name, {})
        if row["id"] in bucket:
            return False
        bucket[row["id"]] = dict(row)
        return True

    def synced_count(self) -> int:
        return sum(len(self.rows.get(name, {})) for name in SYNCED_TABLES)


def _select_ids(session: Session, source: Table, condition: ColumnElement[bool]) -> list[dict[str, Any]]:
    return [dict(row) for row in session.execute(select(source).where(condition)).mappings()]


def _where_in(source: Table, column: str, ids: Iterable[uuid.UUID]) -> Iterable[ColumnElement[bool]]:
    values = sorted({value for value in ids if value is not None})
    for part in chunks(values):
        yield source.c[column].in_(part)


def _rows_in(
    session: Session, name: str, column: str, ids: Iterable[uuid.UUID], *, alive: bool = True
) -> list[dict[str, Any]]:
    source = table(name)
    result: list[dict[str, Any]] = []
    for membership in _where_in(source, column, ids):
        condition = membership & source.c.deleted_at.is_(None) if alive else membership
        result.extend(_select_ids(session, source, condition))
    return result


def collect(
    session: Session, day_ids: Sequence[uuid.UUID], *, extra: Mapping[str, Iterable[uuid.UUID]] = {}
) -> KitRows:
    """The rows a kit for ``day_ids`` holds (``extra``: further rows by table, e.g. what a kit already
    holds when it is refreshed)."""
    kit = KitRows()

    def take(name: str, rows: Iterable[Mapping[Any, Any]]) -> None:
        for row in rows:
            kit.add(name, row)

    take("consultation_days", _rows_in(session, "consultation_days", "id", day_ids))
    days = kit.ids("consultation_days")
    take("consultation_day_advisors", _rows_in(session, "consultation_day_advisors", "day_id", days))
    take("appointments", _rows_in(session, "appointments", "day_id", days))
    appointments = kit.rows.get("appointments", {}).values()
    booked_cases = {row["case_id"] for row in appointments if row["case_id"] is not None}
    booked_persons = {row["person_id"] for row in appointments if row["person_id"] is not None}

    business_ids = {row["business_id"] for row in _rows_in(session, "cases", "id", booked_cases)}
    business_ids |= {
        row["business_id"] for row in _rows_in(session, "business_members", "person_id", booked_persons)
    }
    cases = table("cases")
    for part in chunks(sorted(business_ids)):
        take(
            "cases", _select_ids(session, cases, cases.c.business_id.in_(part) & cases.c.deleted_at.is_(None))
        )
    take("cases", _rows_in(session, "cases", "id", booked_cases))
    business_ids |= {row["business_id"] for row in kit.rows.get("cases", {}).values()}
    take("businesses", _rows_in(session, "businesses", "id", business_ids))
    take("business_members", _rows_in(session, "business_members", "business_id", business_ids))
    person_ids = booked_persons | {row["person_id"] for row in kit.rows.get("business_members", {}).values()}
    take("persons", _rows_in(session, "persons", "id", person_ids))
    persons = kit.ids("persons")
    case_ids = kit.ids("cases")
    take("consents", _rows_in(session, "consents", "person_id", persons))
    consultations = table("consultations")
    for part in chunks(sorted(case_ids)):
        take(
            "consultations",
            _select_ids(
                session,
                consultations,
                consultations.c.case_id.in_(part) & consultations.c.deleted_at.is_(None),
            ),
        )
    for part in chunks(sorted(persons)):
        take(
            "consultations",
            _select_ids(
                session,
                consultations,
                consultations.c.person_id.in_(part) & consultations.c.deleted_at.is_(None),
            ),
        )
    for name in ("stage_changes", "document_requirements", "attachments", "jobs_records", "reminders"):
        take(name, _rows_in(session, name, "case_id", case_ids))
    for name, ids in extra.items():
        missing = set(ids) - kit.ids(name)
        take(name, fetch_rows(session, name, missing).values())
    _close_references(session, kit)
    _mask(kit)
    return kit


def _close_references(session: Session, kit: KitRows) -> None:
    """Add every row a kit row refers to (recursively), so that the kit's foreign keys hold."""
    kit_tables = set(KIT_TABLES)
    todo = {name for name in kit.rows}
    while todo:
        wanted: dict[str, set[uuid.UUID]] = {}
        for name in sorted(todo):
            for column, referred in foreign_keys(name):
                if referred not in kit_tables:
                    continue
                have = kit.ids(referred)
                for row in kit.rows.get(name, {}).values():
                    value = row[column]
                    if value is not None and value not in have:
                        wanted.setdefault(referred, set()).add(value)
        todo = set()
        for referred, ids in wanted.items():
            for found in fetch_rows(session, referred, ids).values():
                if kit.add(referred, found):
                    todo.add(referred)


def mask_row(name: str, row: dict[str, Any]) -> dict[str, Any]:
    """Blank references into tables that stay in the office, and secrets (in place; returns ``row``)."""
    kit_tables = set(KIT_TABLES)
    for column, referred in foreign_keys(name):
        if referred not in kit_tables:
            row[column] = None
    for column in SECRET_COLUMNS.get(name, ()):
        row[column] = None
    return row


def _mask(kit: KitRows) -> None:
    for name, rows in kit.rows.items():
        for row in rows.values():
            mask_row(name, row)


def snapshots(kit: KitRows) -> dict[tuple[str, uuid.UUID], str]:
    """Canonical JSON of every synced row of the kit."""
    result: dict[tuple[str, uuid.UUID], str] = {}
    for name in SYNCED_TABLES:
        table_codec = codec(name)
        for row_id, row in kit.rows.get(name, {}).items():
            result[(name, row_id)] = canonical(table_codec.encode(row))
    return result


def write_rows(kit_session: Session, kit: KitRows) -> None:
    """Insert or overwrite the kit's rows, parents first (the kit is SQLite)."""
    for name in KIT_TABLES:
        rows = list(kit.rows.get(name, {}).values())
        if not rows:
            continue
        source = table(name)
        if is_synced(name):
            existing = set()
            for part in chunks([row["id"] for row in rows]):
                existing |= set(kit_session.scalars(select(source.c.id).where(source.c.id.in_(part))))
            fresh = [row for row in rows if row["id"] not in existing]
            if fresh:
                kit_session.execute(insert(source), fresh)
            rows = [row for row in rows if row["id"] in existing]
            if not rows:
                continue
        statement = sqlite_insert(source)
        statement = statement.on_conflict_do_update(
            index_elements=[source.c.id],
            set_={
                column.name: statement.excluded[column.name]
                for column in source.columns
                if column.name != "id"
            },
        )
        kit_session.execute(statement, rows)


def copy_settings(office: Session, kit_session: Session) -> None:
    """The shared settings (letterhead, rates); the office installation id stays in the office."""
    source = table("settings")
    rows = [
        dict(row) for row in office.execute(select(source).where(source.c.key != INSTALLATION_KEY)).mappings()
    ]
    if not rows:
        return
    keys = [row["key"] for row in rows]
    for part in chunks(keys):
        kit_session.execute(
            delete(source).where(or_(source.c.key.in_(part), source.c.id.in_([r["id"] for r in rows])))
        )
    kit_session.execute(insert(source), rows)


def write_snapshots(kit_session: Session, snapshot: Mapping[tuple[str, uuid.UUID], str], actor: str) -> None:
    """Store (or replace) the kit's snapshots."""
    if not snapshot:
        return
    source = SyncSnapshot.__table__
    assert isinstance(source, Table)
    statement = sqlite_insert(source)
    statement = statement.on_conflict_do_update(
        index_elements=[source.c.table_name, source.c.row_id],
        set_={"data": statement.excluded.data, "updated_by": statement.excluded.updated_by},
    )
    kit_session.execute(
        statement,
        [
            {"table_name": name, "row_id": row_id, "data": data, "created_by": actor, "updated_by": actor}
            for (name, row_id), data in snapshot.items()
        ],
    )
