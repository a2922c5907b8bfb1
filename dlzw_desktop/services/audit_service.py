"""The audit trail for people: who changed what and when, filtered, exported and checked for tampering."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import Column, Enum, func, or_, select
from sqlalchemy.orm import Session

from dlzw_desktop.db.audit import record_event, stored_chain_rows
from dlzw_desktop.db.base import Base
from dlzw_desktop.db.models import (
    AuditEntry,
    Borough,
    Business,
    Case,
    District,
    Lender,
    LoanProgramme,
    Person,
    Sector,
    User,
)
from dlzw_desktop.db.types import Money, UTCDateTime
from dlzw_desktop.domain.audit_chain import REDACTED_KEY, ChainBreak, check_link, is_redacted
from dlzw_desktop.domain.dates import BERLIN
from dlzw_desktop.domain.money import from_cents
from dlzw_desktop.errors import StorageError, ValidationError
from dlzw_desktop.reports.formatting import format_date, format_datetime, format_eur
from dlzw_desktop.reports.xlsx import add_table_sheet
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import Permission, requires

logger = logging.getLogger(__name__)

PAGE_SIZE = 300
EXPORT_LIMIT = 200_000
ProgressFn = Callable[[int, int], None]

# Foreign keys shown by name instead of their id.
_NAMED_REFERENCES: dict[str, tuple[Any, Any]] = {
    "districts": (District, District.name),
    "boroughs": (Borough, Borough.name),
    "sectors": (Sector, Sector.name_de),
    "users": (User, User.display_name),
    "lenders": (Lender, Lender.name),
    "loan_programmes": (LoanProgramme, LoanProgramme.name),
    "persons": (Person, Person.given_names + " " + Person.family_name),
    "businesses": (Business, Business.name),
    "cases": (Case, Case.number),
}


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """Filters of the audit viewer; dates are Dortmund calendar days, both ends included."""

    case_number: str = ""
    person_name: str = ""
    person_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    actor: str = ""
    date_from: date | None = None
    date_to: date | None = None
    before_seq: int | None = None  # paging: rows older than this
    limit: int = PAGE_SIZE


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One changed field: its column name, and the old and new value as typed Python values
    (Decimal euros, dates, enum members, names of referenced rows)."""

    name: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One audit entry as the viewer shows it."""

    seq: int
    at: datetime
    actor: str
    actor_name: str
    action: str
    entity: str
    entity_id: uuid.UUID | None
    case_id: uuid.UUID | None
    case_number: str
    person_id: uuid.UUID | None
    person_name: str
    changes: tuple[FieldChange, ...]
    note: str
    redacted: bool


@dataclass(frozen=True, slots=True)
class AuditPage:
    """Rows of one page (newest first) and whether older ones exist."""

    rows: tuple[AuditRow, ...]
    has_more: bool


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Result of checking the hash chain."""

    ok: bool
    rows_checked: int
    redacted_rows: int
    first_break: ChainBreak | None
    head_hash: str | None

    def describe(self) -> str:
        """An English one-line summary (CLI and logs; the GUI builds its own translated text)."""
        if self.ok:
            return (
                f"Audit trail intact: {self.rows_checked} entries checked "
                f"({self.redacted_rows} redacted for data protection); last hash {self.head_hash}."
            )
        assert self.first_break is not None
        return f"Audit trail broken at entry {self.first_break.seq}: {_REASONS[self.first_break.reason]}"


_REASONS = {
    "unsealed": "the entry has no hash (written outside the application)",
    "content_changed": "its recorded values were changed after it was written",
    "row_changed": "who, when or what it refers to was changed after it was written",
    "link_broken": "the entry before it was removed, or entries were inserted or reordered",
}


def _column_types() -> dict[tuple[str, str], Column[Any]]:
    return {(t.name, c.name): c for t in Base.metadata.sorted_tables for c in t.columns}


_COLUMNS = _column_types()


def _typed(table: str, column_name: str, value: Any, names: dict[uuid.UUID, str]) -> Any:
    """A stored JSON value as a typed Python value for display."""
    if value is None:
        return None
    column = _COLUMNS.get((table, column_name))
    if column is None:
        return value
    kind = column.type
    try:
        if isinstance(kind, Money):
            return from_cents(int(value))
        if isinstance(kind, Enum) and kind.enum_class is not None and issubclass(kind.enum_class, StrEnum):
            return kind.enum_class(value)
        if isinstance(kind, UTCDateTime):
            return datetime.fromisoformat(str(value))
        python_type = kind.python_type
        if python_type is date:
            return date.fromisoformat(str(value)[:10])
        if python_type is Decimal:
            return Decimal(str(value))
        if python_type is uuid.UUID:
            key = uuid.UUID(str(value))
            return names.get(key, str(value))
    except (ValueError, NotImplementedError, TypeError):
        return value
    return value


def display_text(value: Any) -> str:
    """German text for a typed value (the XLSX export; the GUI formats with its own labels)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, Decimal):
        return format_eur(value) if value == value.quantize(Decimal("0.01")) else str(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=BERLIN)


class AuditService(Service):
    """Read, export and verify the audit trail (team leads and administrators)."""

    def _filtered(self, session: Session, query: AuditQuery) -> Any:
        statement = select(AuditEntry)
        if query.case_id is not None:
            statement = statement.where(AuditEntry.case_id == query.case_id)
        if query.case_number.strip():
            pattern = f"%{query.case_number.strip()}%"
            ids = list(session.scalars(select(Case.id).where(Case.number.ilike(pattern))))
            statement = statement.where(AuditEntry.case_id.in_(ids))
        if query.person_id is not None:
            statement = statement.where(
                or_(AuditEntry.person_id == query.person_id, AuditEntry.entity_id == query.person_id)
            )
        if query.person_name.strip():
            words = query.person_name.split()
            person_select = select(Person.id)
            for word in words:
                pattern = f"%{word}%"
                person_select = person_select.where(
                    or_(Person.family_name.ilike(pattern), Person.given_names.ilike(pattern))
                )
            ids = list(session.scalars(person_select.limit(1000)))
            statement = statement.where(or_(AuditEntry.person_id.in_(ids), AuditEntry.entity_id.in_(ids)))
        if query.actor.strip():
            statement = statement.where(AuditEntry.actor == query.actor.strip())
        if query.date_from is not None and query.date_to is not None and query.date_to < query.date_from:
            raise ValidationError(
                "audit.dates_reversed",
                "The end date {end} lies before the start date {start}. Swap the dates.",
                field="date_to",
                start=query.date_from,
                end=query.date_to,
            )
        if query.date_from is not None:
            statement = statement.where(AuditEntry.at >= _day_start(query.date_from))
        if query.date_to is not None:
            statement = statement.where(AuditEntry.at < _day_start(query.date_to + timedelta(days=1)))
        if query.before_seq is not None:
            statement = statement.where(AuditEntry.seq < query.before_seq)
        return statement.order_by(AuditEntry.seq.desc())

    def _rows(self, session: Session, entries: Sequence[AuditEntry]) -> list[AuditRow]:
        case_ids = {e.case_id for e in entries if e.case_id is not None}
        person_ids = {e.person_id for e in entries if e.person_id is not None}
        case_numbers: dict[uuid.UUID, str] = (
            {
                key: number
                for key, number in session.execute(select(Case.id, Case.number).where(Case.id.in_(case_ids)))
            }
            if case_ids
            else {}
        )
        person_names: dict[uuid.UUID, str] = {}
        if person_ids:
            for pid, family, given in session.execute(
                select(Person.id, Person.family_name, Person.given_names).where(Person.id.in_(person_ids))
            ):
                person_names[pid] = f"{given} {family}".strip()
        actor_names = {
            name: display for name, display in session.execute(select(User.username, User.display_name))
        }
        references = self._reference_names(session, entries)
        rows = []
        for entry in entries:
            changes_dict = entry.changes if isinstance(entry.changes, dict) else {}
            redacted = set(changes_dict) == {REDACTED_KEY}
            changes: list[FieldChange] = []
            if not redacted:
                if entry.action == "event":
                    changes = [FieldChange(k, None, v) for k, v in sorted(changes_dict.items())]
                else:
                    for name, pair in sorted(changes_dict.items()):
                        old, new = ([*pair, None, None])[:2] if isinstance(pair, list) else (None, pair)
                        if (old is None and new is None) or (name == "id" and entry.action == "insert"):
                            continue  # empty fields and the key of a new row say nothing
                        changes.append(
                            FieldChange(
                                name,
                                _typed(entry.entity, name, old, references),
                                _typed(entry.entity, name, new, references),
                            )
                        )
            rows.append(
                AuditRow(
                    seq=entry.seq,
                    at=entry.at,
                    actor=entry.actor,
                    actor_name=actor_names.get(entry.actor, entry.actor),
                    action=entry.action,
                    entity=entry.entity,
                    entity_id=entry.entity_id,
                    case_id=entry.case_id,
                    case_number=case_numbers.get(entry.case_id, "") if entry.case_id else "",
                    person_id=entry.person_id,
                    person_name=person_names.get(entry.person_id, "") if entry.person_id else "",
                    changes=tuple(changes),
                    note=entry.note,
                    redacted=redacted,
                )
            )
        return rows

    @staticmethod
    def _reference_names(session: Session, entries: Iterable[AuditEntry]) -> dict[uuid.UUID, str]:
        wanted: dict[str, set[uuid.UUID]] = {}
        for entry in entries:
            if not isinstance(entry.changes, dict):
                continue
            for name, pair in entry.changes.items():
                column = _COLUMNS.get((entry.entity, name))
                if column is None or not column.foreign_keys or not isinstance(pair, list):
                    continue
                target = next(iter(column.foreign_keys)).column.table.name
                if target not in _NAMED_REFERENCES:
                    continue
                for value in pair:
                    try:
                        wanted.setdefault(target, set()).add(uuid.UUID(str(value)))
                    except ValueError:
                        continue
        names: dict[uuid.UUID, str] = {}
        for target, ids in wanted.items():
            model, label = _NAMED_REFERENCES[target]
            for key, name in session.execute(select(model.id, label).where(model.id.in_(ids))):
                names[key] = str(name)
        return names

    @requires(Permission.VIEW_AUDIT)
    def entries(self, query: AuditQuery | None = None) -> AuditPage:
        """One page of audit rows, newest first; pass ``before_seq`` of the last row for the next page."""
        query = query or AuditQuery()
        limit = max(1, min(query.limit, 5000))
        with self._sessions() as session:
            found = list(session.scalars(self._filtered(session, query).limit(limit + 1)))
            return AuditPage(tuple(self._rows(session, found[:limit])), len(found) > limit)

    @requires(Permission.VIEW_AUDIT)
    def actors(self) -> list[str]:
        """Everybody who appears in the audit trail (for the user filter)."""
        with self._sessions() as session:
            return sorted(session.scalars(select(AuditEntry.actor).distinct()))

    @requires(Permission.VIEW_AUDIT)
    def export_xlsx(self, query: AuditQuery, path: Path, progress: ProgressFn | None = None) -> int:
        """Write the filtered trail (one line per changed field) as an Excel file; returns the line count."""
        lines: list[list[Any]] = []
        with self._sessions() as session:
            statement = self._filtered(session, query).limit(EXPORT_LIMIT)
            entries = list(session.scalars(statement))
            total = len(entries)
            for start in range(0, total, 1000):
                chunk = entries[start : start + 1000]
                for row in self._rows(session, chunk):
                    base = [
                        row.at.astimezone(BERLIN).replace(tzinfo=None),
                        row.actor_name,
                        _ACTION_DE.get(row.action, row.action),
                        _ENTITY_DE.get(row.entity, row.entity),
                        row.case_number,
                        row.person_name,
                    ]
                    if row.redacted:
                        lines.append([*base, "", "", "", "aus Datenschutzgründen geschwärzt"])
                    elif not row.changes:
                        lines.append([*base, "", "", "", row.note])
                    for change in row.changes:
                        lines.append(
                            [
                                *base,
                                change.name,
                                display_text(change.old),
                                display_text(change.new),
                                row.note,
                            ]
                        )
                if progress is not None:
                    progress(min(start + 1000, total), total)
        workbook = Workbook(write_only=True)
        add_table_sheet(
            workbook,
            "Protokoll",
            [
                "Zeitpunkt",
                "Benutzer/in",
                "Aktion",
                "Datensatz",
                "Fall",
                "Person",
                "Feld",
                "Alter Wert",
                "Neuer Wert",
                "Hinweis",
            ],
            lines,
            formats=["DD.MM.YYYY HH:MM:SS", None, None, None, None, None, None, None, None, None],
            widths=[20, 20, 14, 18, 16, 24, 22, 28, 28, 30],
        )
        path = path.expanduser()
        temporary = path.with_name(path.name + ".partial")
        try:
            workbook.save(str(temporary))
            temporary.replace(path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise StorageError(
                "export.write_failed",
                "The file {path} could not be written: {reason}",
                path=str(path),
                reason=exc.strerror or str(exc),
            ) from exc
        with self._sessions.begin() as session:
            record_event(session, "audit_log", None, "audit trail exported", details={"lines": len(lines)})
        return len(lines)

    @requires(Permission.VIEW_AUDIT)
    def verify_chain(self, progress: ProgressFn | None = None) -> ChainReport:
        """Check every link of the hash chain; reports the first broken one."""
        with self._sessions.engine.connect() as connection:
            total = connection.scalar(select(func.count()).select_from(AuditEntry)) or 0
            previous: str | None = None
            checked = redacted = 0
            for row in stored_chain_rows(connection):
                problem = check_link(row, previous)
                if problem is not None:
                    logger.warning("audit chain broken at %s: %s", problem.seq, problem.reason)
                    return ChainReport(False, checked, redacted, problem, previous)
                if is_redacted(row.changes_text):
                    redacted += 1
                previous = row.row_hash
                checked += 1
                if progress is not None and checked % 2000 == 0:
                    progress(checked, total)
            if progress is not None:
                progress(checked, total)
        return ChainReport(True, checked, redacted, None, previous)


_ACTION_DE = {
    "insert": "angelegt",
    "update": "geändert",
    "delete": "gelöscht",
    "restore": "wiederhergestellt",
    "purge": "endgültig entfernt",
    "event": "Ereignis",
}
_ENTITY_DE = {
    "cases": "Fall",
    "persons": "Person",
    "businesses": "Unternehmen",
    "business_members": "Beteiligung",
    "consents": "Einwilligung",
    "consultations": "Beratung",
    "users": "Benutzer/in",
    "settings": "Einstellung",
    "recommendations": "Empfehlung",
    "loans": "Kredit",
    "document_requirements": "Unterlage",
    "attachments": "Datei",
    "stage_changes": "Phasenwechsel",
    "reminders": "Wiedervorlage",
    "properties": "Immobilie",
    "space_requests": "Gesuch",
    "matches": "Vorschlag",
    "loan_programmes": "Kreditprogramm",
    "lenders": "Kreditgeber",
    "jobs_records": "Arbeitsplätze",
    "audit_log": "Protokoll",
}
