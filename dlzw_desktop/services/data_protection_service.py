"""Data protection: retention rules and the yearly run, erasure, restriction, Art. 15 export and the record
of processing activities.

Everything about a person is found by walking the schema (``db.personal_data``): the export shows every
classified column, and anonymisation erases every identifying one, so a new personal column cannot be
missed (a test fails until it is classified). Anonymisation keeps what the statistics count (gender,
age group, district, amounts, jobs); names, contact details, free text and files go. On SQLite the file
is compacted afterwards (secure_delete is on; checkpoint, VACUUM, checkpoint), so no bytes of the person
remain in the database file or its write-ahead log.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, exists, func, or_, select
from sqlalchemy.orm import Mapper, Session

from dlzw_desktop.db.audit import record_event, redact_audit
from dlzw_desktop.db.base import Base
from dlzw_desktop.db.models import (
    Appointment,
    Attachment,
    Business,
    BusinessMember,
    Case,
    Consultation,
    ConsultationDay,
    Loan,
    Person,
    Recommendation,
    SettingValue,
    SpaceRequest,
)
from dlzw_desktop.db.models.sync import SyncConflict, SyncSnapshot
from dlzw_desktop.db.personal_data import PERSON_TABLES, Category, column_category
from dlzw_desktop.domain.dates import today_berlin, utc_now
from dlzw_desktop.domain.enums import SpaceRequestStatus
from dlzw_desktop.domain.retention import (
    CaseClosing,
    RecordType,
    RetentionRules,
    generalised_birth_date,
    person_due_on,
)
from dlzw_desktop.errors import NotFound, StorageError, ValidationError
from dlzw_desktop.reports.data_protection_pdf import (
    ProcessingActivity,
    ProcessingRecord,
    Record,
    Section,
    SubjectAccessReport,
    processing_record_markdown,
    subject_access_markdown,
    write_processing_record_pdf,
    write_subject_access_pdf,
)
from dlzw_desktop.reports.formatting import format_date, format_datetime, format_eur
from dlzw_desktop.reports.pdf import Letterhead
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import Permission, requires
from dlzw_desktop.services.settings_service import SettingsService

logger = logging.getLogger(__name__)

RETENTION_KEY = "data_protection.retention_months"
LAST_RUN_KEY = "data_protection.last_retention_run"
ProgressFn = Callable[[int, int], None]


# -- rows handed to the GUI and the CLI -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonHit:
    """A person found by name, with their data-protection state."""

    id: uuid.UUID
    name: str
    birth_date: date | None
    city: str
    case_numbers: tuple[str, ...]
    legal_hold: bool
    restricted: bool
    anonymised: bool
    version: int


@dataclass(frozen=True, slots=True)
class DuePerson:
    """A person the retention run will anonymise (or restrict, under a legal hold)."""

    person_id: uuid.UUID
    name: str
    due_on: date
    restrict_only: bool


@dataclass(frozen=True, slots=True)
class RetentionPlan:
    """What a retention run on ``on`` would do."""

    on: date
    persons: tuple[DuePerson, ...]
    attachments: int
    appointments: int
    space_requests: int


@dataclass(frozen=True, slots=True)
class RetentionResult:
    """What a retention run did."""

    on: date
    anonymised: int
    restricted: int
    attachments_deleted: int
    appointments_cleared: int
    space_requests_cleared: int


@dataclass(frozen=True, slots=True)
class ErasureResult:
    """What the anonymisation of one person changed."""

    person_id: uuid.UUID
    rows_anonymised: int
    rows_purged: int
    audit_rows_redacted: int
    files_deleted: int
    kept_shared: tuple[str, ...]  # businesses kept because other people run them too


@dataclass(frozen=True, slots=True)
class ExportResult:
    """Where the Art. 15 export was written."""

    folder: Path
    json_path: Path
    pdf_path: Path
    files_copied: int


# -- German labels for the export (reports are German) ----------------------------------------------

TABLE_DE = {
    "persons": "Person",
    "business_members": "Beteiligung an Unternehmen",
    "consents": "Einwilligungen",
    "businesses": "Unternehmen",
    "cases": "Fälle",
    "stage_changes": "Bearbeitungsschritte",
    "consultations": "Beratungen",
    "document_requirements": "Unterlagen",
    "attachments": "Dateien",
    "recommendations": "Empfehlungen",
    "loans": "Kredite",
    "repayment_entries": "Rückzahlungsverlauf",
    "jobs_records": "Arbeitsplätze",
    "reminders": "Wiedervorlagen",
    "space_requests": "Raumgesuche",
    "matches": "Vermittlungsvorschläge",
    "appointments": "Termine an Sprechtagen",
    "properties": "Immobilien",
    "initiative_members": "Mitgliedschaften in Initiativen",
}
COLUMN_DE = {
    "family_name": "Nachname",
    "given_names": "Vornamen",
    "birth_date": "Geburtsdatum",
    "gender": "Geschlecht",
    "migration_background": "Migrationshintergrund",
    "residence_status": "Aufenthaltsstatus",
    "residence_permit_until": "Aufenthaltstitel gültig bis",
    "preferred_languages": "Sprachen",
    "email": "E-Mail",
    "phone": "Telefon",
    "street": "Straße",
    "postcode": "PLZ",
    "city": "Ort",
    "district_id": "Statistischer Bezirk",
    "borough_id": "Stadtbezirk",
    "sector_id": "Branche (WZ 2008)",
    "notes": "Notizen",
    "note": "Notiz",
    "name": "Name",
    "legal_form": "Rechtsform",
    "founding_date": "Gründungsdatum",
    "founding_planned": "Gründung geplant",
    "employees": "Beschäftigte",
    "role": "Rolle",
    "purpose": "Zweck",
    "given_on": "erteilt am",
    "form": "Form",
    "withdrawn_on": "widerrufen am",
    "number": "Fallnummer",
    "stage": "Phase",
    "outcome": "Ergebnis",
    "opened_on": "eröffnet am",
    "closed_on": "abgeschlossen am",
    "requested_amount_cents": "beantragter Betrag",
    "household_income_cents": "Haushaltseinkommen",
    "household_expenses_cents": "Haushaltsausgaben",
    "business_surplus_cents": "Überschuss des Unternehmens",
    "source": "Zugang",
    "held_on": "am",
    "duration_minutes": "Dauer (Minuten)",
    "place": "Ort der Beratung",
    "language": "Sprache",
    "topics": "Themen",
    "kind": "Art",
    "status": "Status",
    "original_name": "Dateiname",
    "size_bytes": "Größe (Bytes)",
    "amount_cents": "Betrag",
    "term_months": "Laufzeit (Monate)",
    "grace_months": "tilgungsfrei (Monate)",
    "interest_rate_percent": "Zinssatz (%)",
    "fee_cents": "Gebühr",
    "recommended_on": "empfohlen am",
    "summary": "Begründung",
    "decision": "Entscheidung",
    "decided_on": "entschieden am",
    "disbursed_on": "ausgezahlt am",
    "conditions": "Auflagen",
    "month": "Monat",
    "arrears_cents": "Rückstand",
    "title": "Titel",
    "due_on": "fällig am",
    "visitor_name": "Name (Laufkundschaft)",
    "topic": "Anliegen",
    "starts_at": "Uhrzeit",
    "reason": "Begründung",
    "from_stage": "von Phase",
    "to_stage": "nach Phase",
    "changed_at": "am",
    "anonymised_at": "anonymisiert am",
    "legal_hold": "Aufbewahrungspflicht",
    "restricted_at": "eingeschränkt am",
    "created_at": "erfasst am",
}


def _label(column: str) -> str:
    return COLUMN_DE.get(column, column.replace("_", " "))


def _text(column: str, value: Any) -> str:
    """German text of a stored value for the PDF."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, Decimal) and column.endswith("_cents"):
        return format_eur(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _json(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    return str(value)


def _mappers() -> dict[str, Mapper[Any]]:
    return {m.local_table.name: m for m in Base.registry.mappers}  # type: ignore[attr-defined]


class DataProtectionService(Service):
    """Retention, erasure, restriction and access requests (administrators)."""

    # -- finding people ----------------------------------------------------------------------------

    @requires(Permission.DATA_PROTECTION)
    def find_persons(self, text: str, limit: int = 50) -> list[PersonHit]:
        words = text.split()
        if not words:
            return []
        with self._sessions() as session:
            statement = select(Person).where(Person.deleted_at.is_(None))
            for word in words:
                pattern = f"%{word}%"
                statement = statement.where(
                    or_(
                        Person.family_name.ilike(pattern),
                        Person.given_names.ilike(pattern),
                        Person.email.ilike(pattern),
                    )
                )
            persons = list(session.scalars(statement.order_by(Person.family_name).limit(limit)))
            numbers = self._case_numbers(session, [p.id for p in persons])
            return [
                PersonHit(
                    p.id,
                    p.full_name,
                    p.birth_date,
                    p.city or "",
                    numbers.get(p.id, ()),
                    p.legal_hold,
                    p.restricted_at is not None,
                    p.anonymised_at is not None,
                    p.version,
                )
                for p in persons
            ]

    @staticmethod
    def _case_numbers(session: Session, person_ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, ...]]:
        if not person_ids:
            return {}
        rows = session.execute(
            select(BusinessMember.person_id, Case.number)
            .join(Case, Case.business_id == BusinessMember.business_id)
            .where(BusinessMember.person_id.in_(person_ids), Case.deleted_at.is_(None))
            .order_by(Case.number)
        )
        found: dict[uuid.UUID, list[str]] = {}
        for person_id, number in rows:
            found.setdefault(person_id, []).append(number)
        return {key: tuple(value) for key, value in found.items()}

    # -- the walk ----------------------------------------------------------------------------------

    @staticmethod
    def _collect(
        session: Session, person_id: uuid.UUID, *, blocked: dict[str, set[uuid.UUID]] | None = None
    ) -> dict[str, set[uuid.UUID]]:
        """Ids of every row about the person, by table, following ``db.personal_data``'s rules."""
        from dlzw_desktop.db.personal_data import FOLLOW_PARENT, NOT_FOLLOWED  # noqa: PLC0415

        blocked = blocked or {}
        collected: dict[str, set[uuid.UUID]] = {"persons": {person_id}}
        tables = [t for t in Base.metadata.sorted_tables if t.name in PERSON_TABLES]
        changed = True
        while changed:
            changed = False
            for table in tables:
                for fk in table.foreign_keys:
                    column = fk.parent
                    target = fk.column.table.name
                    if (table.name, column.name) in FOLLOW_PARENT and table.name in collected:
                        parents = set(
                            session.scalars(
                                select(column).where(
                                    table.c.id.in_(collected[table.name]), column.is_not(None)
                                )
                            )
                        ) - blocked.get(target, set())
                        if parents - collected.get(target, set()):
                            collected.setdefault(target, set()).update(parents)
                            changed = True
                    if target not in collected or (table.name, column.name) in NOT_FOLLOWED:
                        continue
                    sources = collected[target] - blocked.get(target, set())
                    if not sources:
                        continue
                    statement = select(table.c.id).where(column.in_(sources))
                    if "person_id" in table.c and table.name != "persons":
                        # Rows about somebody else (a co-founder's consultation) are not this person's.
                        statement = statement.where(
                            or_(table.c.person_id.is_(None), table.c.person_id == person_id)
                        )
                    found = set(session.scalars(statement)) - collected.get(table.name, set())
                    if found:
                        collected.setdefault(table.name, set()).update(found)
                        changed = True
        return collected

    @staticmethod
    def _shared_businesses(
        session: Session, person_id: uuid.UUID, business_ids: Iterable[uuid.UUID]
    ) -> set[uuid.UUID]:
        """Businesses the person runs together with people who are not anonymised."""
        ids = list(business_ids)
        if not ids:
            return set()
        rows = session.execute(
            select(BusinessMember.business_id)
            .join(Person, Person.id == BusinessMember.person_id)
            .where(
                BusinessMember.business_id.in_(ids),
                BusinessMember.person_id != person_id,
                BusinessMember.deleted_at.is_(None),
                Person.anonymised_at.is_(None),
            )
        )
        return {row[0] for row in rows}

    # -- Art. 15 -----------------------------------------------------------------------------------

    def _dataset(self, session: Session, person_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
        collected = self._collect(session, person_id)
        data: dict[str, list[dict[str, Any]]] = {}
        for table in Base.metadata.sorted_tables:
            ids = collected.get(table.name)
            if not ids:
                continue
            rows = session.execute(select(table).where(table.c.id.in_(ids))).mappings().all()
            data[table.name] = [dict(row) for row in rows]
        return data

    @requires(Permission.DATA_PROTECTION)
    def person_data(self, person_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
        """Every stored row about the person, by table (typed values)."""
        with self._sessions() as session:
            if session.get(Person, person_id) is None:
                raise NotFound("person.not_found", "This person no longer exists.")
            return self._dataset(session, person_id)

    @requires(Permission.DATA_PROTECTION)
    def export_person(self, person_id: uuid.UUID, folder: Path) -> ExportResult:
        """Write the Art. 15 information as JSON and PDF (and copies of the person's files) into a new
        subfolder of ``folder``; the export itself is recorded in the audit trail."""
        from dlzw_desktop.services.attachment_store import AttachmentStore  # noqa: PLC0415

        with self._sessions() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound("person.not_found", "This person no longer exists.")
            data = self._dataset(session, person_id)
            name = person.full_name
        rules = self.retention_rules()
        letterhead = self._letterhead()
        stamp = today_berlin()
        target = folder.expanduser() / f"Auskunft-{stamp:%Y-%m-%d}-{str(person_id)[:8]}"
        try:
            target.mkdir(parents=True, exist_ok=True)
            json_path = target / "auskunft.json"
            payload = {
                "art15_export": {
                    "controller": f"{letterhead.organisation} – {letterhead.unit}",
                    "created_on": stamp.isoformat(),
                    "person_id": str(person_id),
                    "information": dict(self._information(rules)),
                },
                "tables": {
                    table: [{k: _json(v) for k, v in row.items()} for row in rows]
                    for table, rows in data.items()
                },
            }
            json_path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
            pdf_path = target / "auskunft.pdf"
            write_subject_access_pdf(pdf_path, self._access_report(name, data, rules), letterhead)
            copied = 0
            store = AttachmentStore(self._context.attachments_dir)
            files = target / "Dateien"
            for row in data.get("attachments", []):
                try:
                    files.mkdir(exist_ok=True)
                    store.export_copy(row["stored_name"], files / f"{copied + 1:03d}-{row['original_name']}")
                    copied += 1
                except (NotFound, StorageError, OSError) as exc:
                    logger.warning("attachment %s not exported: %s", row["stored_name"], exc)
        except OSError as exc:
            raise StorageError(
                "export.write_failed",
                "The file {path} could not be written: {reason}",
                path=str(target),
                reason=exc.strerror or str(exc),
            ) from exc
        with self._sessions.begin() as session:
            record_event(session, "persons", person_id, "Art. 15 information exported", person_id=person_id)
        return ExportResult(target, json_path, pdf_path, copied)

    def _letterhead(self) -> Letterhead:
        shared = SettingsService(self._context).shared()
        return Letterhead(
            shared.organisation_name,
            shared.organisation_unit,
            shared.letterhead_address,
            shared.letterhead_contact,
        )

    @staticmethod
    def _information(rules: RetentionRules) -> list[tuple[str, str]]:
        months = rules.months
        return [
            (
                "Zwecke",
                "Beratung zur Gründung und zu Mikrokrediten; mit Ihrer Einwilligung: Weitergabe an den "
                "Kreditgeber, Kontakt durch Immobilieneigentümer, Einladungen lokaler Initiativen, "
                "anonyme Programmstatistik.",
            ),
            (
                "Rechtsgrundlagen",
                "Art. 6 Abs. 1 lit. b DSGVO (Beratung auf Ihre Anfrage), lit. a (Einwilligungen), "
                "lit. c und e "
                "(Berichtspflichten der Wirtschaftsförderung).",
            ),
            (
                "Empfänger",
                "Der von Ihnen gewählte Kreditgeber (nur mit Einwilligung); "
                "keine Übermittlung in Drittländer.",
            ),
            (
                "Speicherdauer",
                f"Fälle mit Kredit {months[RecordType.CASE_WITH_LOAN]} Monate, ohne Kredit "
                f"{months[RecordType.CASE_WITHOUT_LOAN]} Monate nach Abschluss; Kontakte ohne Fall "
                f"{months[RecordType.CONTACT_WITHOUT_CASE]} Monate; Dateien "
                f"{months[RecordType.ATTACHMENT]} Monate nach Abschluss. "
                "Danach werden die Daten anonymisiert.",
            ),
            ("Herkunft", "Ihre eigenen Angaben im Beratungsgespräch."),
            (
                "Ihre Rechte",
                "Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung (Art. 18), Datenübertragbarkeit "
                "(Art. 20), Widerspruch (Art. 21), Widerruf von Einwilligungen (Art. 7 Abs. 3), Beschwerde "
                "bei der LDI NRW.",
            ),
        ]

    def _access_report(
        self, name: str, data: dict[str, list[dict[str, Any]]], rules: RetentionRules
    ) -> SubjectAccessReport:
        sections = []
        for table, rows in data.items():
            records = []
            for index, row in enumerate(rows, start=1):
                fields = tuple(
                    (_label(column), _text(column, value))
                    for column, value in row.items()
                    if column_category(table, column) is not Category.TECHNICAL or column == "created_at"
                    if _text(column, value)
                )
                records.append(Record(f"{TABLE_DE.get(table, table)} {index}", fields))
            sections.append(Section(TABLE_DE.get(table, table), tuple(records)))
        return SubjectAccessReport(
            person_name=name,
            created_on=format_date(today_berlin()),
            information=tuple(self._information(rules)),
            sections=tuple(sections),
        )

    @requires(Permission.DATA_PROTECTION)
    def access_markdown(self, person_id: uuid.UUID) -> str:
        """The Art. 15 information as Markdown (for a letter or an e-mail)."""
        with self._sessions() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound("person.not_found", "This person no longer exists.")
            data = self._dataset(session, person_id)
            name = person.full_name
        return subject_access_markdown(self._access_report(name, data, self.retention_rules()))

    # -- legal hold and restriction ----------------------------------------------------------------

    @requires(Permission.DATA_PROTECTION)
    def set_legal_hold(self, person_id: uuid.UUID, version: int, hold: bool, reason: str) -> PersonHit:
        """Mark (or unmark) a person whose data must be kept for a legal claim or duty; such a person is
        restricted instead of anonymised when their retention period ends."""
        if hold and not reason.strip():
            raise ValidationError(
                "person.legal_hold_reason",
                "Please give the reason for the legal hold (for example the file number of a court case).",
                field="reason",
            )
        with self._sessions.begin() as session:
            person = self._person_for_edit(session, person_id, version)
            person.legal_hold = hold
            if not hold and person.restricted_at is not None:
                person.restricted_at = None
            record_event(
                session,
                "persons",
                person_id,
                ("legal hold set: " if hold else "legal hold lifted: ") + reason.strip()[:300],
                person_id=person_id,
            )
            session.flush()
        return self._hit(person_id)

    @requires(Permission.DATA_PROTECTION)
    def restrict_person(self, person_id: uuid.UUID, version: int, reason: str) -> PersonHit:
        """Restrict processing (Art. 18): the data stays but is no longer edited or used."""
        with self._sessions.begin() as session:
            person = self._person_for_edit(session, person_id, version)
            person.restricted_at = utc_now()
            record_event(
                session,
                "persons",
                person_id,
                "processing restricted: " + reason.strip()[:300],
                person_id=person_id,
            )
        return self._hit(person_id)

    def _person_for_edit(self, session: Session, person_id: uuid.UUID, version: int) -> Person:
        from dlzw_desktop.errors import ConflictError  # noqa: PLC0415

        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise NotFound("person.not_found", "This person no longer exists.")
        if person.version != version:
            raise ConflictError(
                "person.changed_meanwhile",
                "Someone else changed this person in the meantime. Look at the current state and try again.",
                mine={"version": version},
                theirs={"legal_hold": person.legal_hold, "restricted_at": person.restricted_at},
            )
        if person.anonymised_at is not None:
            raise ValidationError(
                "person.already_anonymised", "This person was already anonymised.", field="person"
            )
        return person

    def _hit(self, person_id: uuid.UUID) -> PersonHit:
        with self._sessions() as session:
            person = session.get(Person, person_id)
            assert person is not None
            numbers = self._case_numbers(session, [person_id])
            return PersonHit(
                person.id,
                person.full_name,
                person.birth_date,
                person.city or "",
                numbers.get(person_id, ()),
                person.legal_hold,
                person.restricted_at is not None,
                person.anonymised_at is not None,
                person.version,
            )

    # -- erasure -----------------------------------------------------------------------------------

    @requires(Permission.DATA_PROTECTION)
    def erase_person(self, person_id: uuid.UUID, version: int, reason: str) -> ErasureResult:
        """Erase a person on request (Art. 17): anonymise everything about them and compact the file.

        Refused under a legal hold (restrict instead) and while one of their cases is still open.
        """
        with self._sessions() as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFound("person.not_found", "This person no longer exists.")
            if person.version != version:
                from dlzw_desktop.errors import ConflictError  # noqa: PLC0415

                raise ConflictError(
                    "person.changed_meanwhile",
                    "Someone else changed this person in the meantime. Look at the current state and try "
                    "again.",
                    mine={"version": version},
                    theirs={"legal_hold": person.legal_hold},
                )
            if person.anonymised_at is not None:
                raise ValidationError(
                    "person.already_anonymised", "This person was already anonymised.", field="person"
                )
            if person.legal_hold:
                raise ValidationError(
                    "person.legal_hold",
                    "This person's data is under a legal hold and must be kept. Restrict the processing "
                    "instead, or lift the hold first.",
                    field="person",
                )
            open_cases = [
                number
                for number, closed in session.execute(
                    select(Case.number, Case.closed_on)
                    .join(BusinessMember, BusinessMember.business_id == Case.business_id)
                    .where(BusinessMember.person_id == person_id, Case.deleted_at.is_(None))
                )
                if closed is None
            ]
        if open_cases:
            raise ValidationError(
                "person.open_cases",
                "The person still has open cases ({cases}). Close them before erasing the person.",
                field="person",
                cases=tuple(open_cases),
            )
        result = self._anonymise_one(person_id, note="erased on request: " + reason.strip()[:300])
        self._compact()
        return result

    def _anonymise_one(self, person_id: uuid.UUID, *, note: str) -> ErasureResult:
        """Anonymise everything about one person in one unit of work."""
        from dlzw_desktop.services.attachment_store import AttachmentStore  # noqa: PLC0415

        now = utc_now()
        mappers = _mappers()
        files: list[str] = []
        with self._sessions.begin() as session:
            everything = self._collect(session, person_id)
            shared = self._shared_businesses(session, person_id, everything.get("businesses", set()))
            collected = (
                self._collect(session, person_id, blocked={"businesses": shared}) if shared else everything
            )
            for business_id in shared:
                collected.get("businesses", set()).discard(business_id)
            references = self._reference_dates(session, collected)
            anonymised = purged = 0
            touched: set[uuid.UUID] = set()
            for table in Base.metadata.sorted_tables:
                spec = PERSON_TABLES.get(table.name)
                ids = collected.get(table.name)
                if spec is None or not ids:
                    continue
                mapper = mappers[table.name]
                objects = session.scalars(select(mapper.class_).where(table.c.id.in_(ids))).all()
                for obj in objects:
                    touched.add(obj.id)
                    if spec.purge:
                        stored = getattr(obj, "stored_name", None)
                        if stored:
                            files.append(stored)
                        session.delete(obj)
                        purged += 1
                        continue
                    if not spec.anonymise:
                        continue
                    self._blank(obj, table, mapper, spec.placeholders or {})
                    if table.name == "persons":
                        assert isinstance(obj, Person)
                        if obj.birth_date is not None:
                            obj.birth_date = generalised_birth_date(obj.birth_date, references)
                        obj.anonymised_at = now
                        obj.restricted_at = None
                    anonymised += 1
            if touched:  # the laptop sync's copies of these records' values (conflicts, kit snapshots)
                session.execute(delete(SyncConflict).where(SyncConflict.row_id.in_(touched)))
                session.execute(delete(SyncSnapshot).where(SyncSnapshot.row_id.in_(touched)))
            session.flush()
            redacted = redact_audit(
                session,
                person_ids=[person_id],
                case_ids=collected.get("cases", set()),
                entity_ids=touched,
                on=today_berlin(),
            )
            record_event(session, "persons", person_id, note, person_id=None)
        deleted = 0
        store = AttachmentStore(self._context.attachments_dir)
        for stored in files:
            try:
                path = store.path_of(stored)
                path.unlink(missing_ok=True)
                deleted += 1
            except (NotFound, OSError) as exc:
                logger.warning("attachment %s could not be deleted: %s", stored, exc)
        with self._sessions() as session:
            shared_names = tuple(
                session.scalars(select(Business.name).where(Business.id.in_(shared)).order_by(Business.name))
            )
        return ErasureResult(person_id, anonymised, purged, redacted, deleted, shared_names)

    @staticmethod
    def _blank(obj: Any, table: Table, mapper: Mapper[Any], placeholders: dict[str, str]) -> None:
        for column in table.columns:
            if column_category(table.name, column.name) is not Category.IDENTIFYING:
                continue
            key = mapper.get_property_by_column(column).key
            if column.name in placeholders:
                value: Any = placeholders[column.name]
            elif column.nullable:
                value = None
            else:
                value = ""
            if getattr(obj, key) != value:
                setattr(obj, key, value)

    @staticmethod
    def _reference_dates(session: Session, collected: dict[str, set[uuid.UUID]]) -> list[date]:
        """Days on which statistics count the person's age (case openings, decisions, payouts)."""
        days: list[date] = []
        case_ids = collected.get("cases", set())
        if case_ids:
            for opened, closed in session.execute(
                select(Case.opened_on, Case.closed_on).where(Case.id.in_(case_ids))
            ):
                days += [d for d in (opened, closed) if d is not None]
            for decided, disbursed in session.execute(
                select(Loan.decided_on, Loan.disbursed_on).where(Loan.case_id.in_(case_ids))
            ):
                days += [d for d in (decided, disbursed) if d is not None]
            days += [
                d
                for d in session.scalars(
                    select(Recommendation.recommended_on).where(Recommendation.case_id.in_(case_ids))
                )
                if d is not None
            ]
        consultation_ids = collected.get("consultations", set())
        if consultation_ids:
            days += list(
                session.scalars(select(Consultation.held_on).where(Consultation.id.in_(consultation_ids)))
            )
        return days

    def _compact(self) -> None:
        """SQLite: write everything into the main file, rebuild it without free pages, empty the WAL."""
        if self._sessions.dialect != "sqlite":
            return
        raw = self._sessions.engine.raw_connection()
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    # -- retention ---------------------------------------------------------------------------------

    @requires(Permission.DATA_PROTECTION)
    def retention_rules(self) -> RetentionRules:
        with self._sessions() as session:
            row = session.scalar(select(SettingValue).where(SettingValue.key == RETENTION_KEY))
        stored = row.value if row is not None and isinstance(row.value, dict) else {}
        return RetentionRules.of(stored)

    @requires(Permission.DATA_PROTECTION)
    def set_retention_rules(self, changes: dict[RecordType, int]) -> RetentionRules:
        rules = self.retention_rules().with_months(changes)
        with self._sessions.begin() as session:
            row = session.scalar(select(SettingValue).where(SettingValue.key == RETENTION_KEY))
            if row is None:
                session.add(SettingValue(key=RETENTION_KEY, value=rules.stored()))
            else:
                row.value = rules.stored()
        return rules

    @requires(Permission.DATA_PROTECTION)
    def last_retention_run(self) -> date | None:
        with self._sessions() as session:
            row = session.scalar(select(SettingValue).where(SettingValue.key == LAST_RUN_KEY))
        if row is None or not isinstance(row.value, str):
            return None
        return date.fromisoformat(row.value)

    @requires(Permission.DATA_PROTECTION)
    def retention_run_due(self, on: date | None = None) -> bool:
        """True when the last run is a year ago, or when it never ran and something is due."""
        day = on or today_berlin()
        last = self.last_retention_run()
        if last is not None:
            return (day - last).days >= 365
        plan = self.retention_preview(day)
        return bool(plan.persons or plan.attachments or plan.appointments or plan.space_requests)

    def _due_persons(self, session: Session, rules: RetentionRules, on: date) -> list[DuePerson]:
        persons = session.execute(
            select(
                Person.id,
                Person.given_names,
                Person.family_name,
                Person.created_at,
                Person.legal_hold,
                Person.restricted_at,
            ).where(Person.anonymised_at.is_(None), Person.deleted_at.is_(None))
        ).all()
        memberships: dict[uuid.UUID, set[uuid.UUID]] = {}
        for person_id, business_id in session.execute(
            select(BusinessMember.person_id, BusinessMember.business_id).where(
                BusinessMember.deleted_at.is_(None)
            )
        ):
            memberships.setdefault(person_id, set()).add(business_id)
        with_loan = exists().where(Recommendation.case_id == Case.id) | exists().where(
            Loan.case_id == Case.id
        )
        cases: dict[uuid.UUID, list[CaseClosing]] = {}
        for business_id, closed_on, loan in session.execute(
            select(Case.business_id, Case.closed_on, with_loan).where(Case.deleted_at.is_(None))
        ):
            cases.setdefault(business_id, []).append(CaseClosing(closed_on, bool(loan)))
        contacts: dict[uuid.UUID, date] = {}
        for consulted, held_on in session.execute(
            select(Consultation.person_id, func.max(Consultation.held_on))
            .where(Consultation.person_id.is_not(None))
            .group_by(Consultation.person_id)
        ):
            if consulted is not None:
                contacts[consulted] = held_on
        for visitor, held_on in session.execute(
            select(Appointment.person_id, func.max(ConsultationDay.held_on))
            .join(ConsultationDay, ConsultationDay.id == Appointment.day_id)
            .where(Appointment.person_id.is_not(None))
            .group_by(Appointment.person_id)
        ):
            if visitor is not None:
                contacts[visitor] = max(held_on, contacts.get(visitor, held_on))
        due: list[DuePerson] = []
        for person_id, given, family, created_at, legal_hold, restricted_at in persons:
            closings = [c for b in memberships.get(person_id, ()) for c in cases.get(b, [])]
            # Without a case, recording the person counts as the contact.
            last_contact = contacts.get(person_id) or (None if closings else created_at.date())
            due_on = person_due_on(rules, closings, last_contact)
            if due_on is None or due_on > on:
                continue
            if legal_hold and restricted_at is not None:
                continue  # already restricted; stays so until the hold is lifted
            due.append(DuePerson(person_id, f"{given} {family}".strip(), due_on, bool(legal_hold)))
        return due

    def _due_attachments(self, session: Session, rules: RetentionRules, on: date) -> list[uuid.UUID]:
        rows = session.execute(
            select(Attachment.id, Case.closed_on)
            .join(Case, Case.id == Attachment.case_id)
            .where(Case.closed_on.is_not(None), Attachment.deleted_at.is_(None))
        )
        return [
            a
            for a, closed in rows
            if closed is not None and rules.due_on(RecordType.ATTACHMENT, closed) <= on
        ]

    def _due_appointments(self, session: Session, rules: RetentionRules, on: date) -> list[uuid.UUID]:
        rows = session.execute(
            select(Appointment.id, ConsultationDay.held_on)
            .join(ConsultationDay, ConsultationDay.id == Appointment.day_id)
            .where(or_(Appointment.visitor_name != "", Appointment.topic != ""))
        )
        return [a for a, held in rows if rules.due_on(RecordType.APPOINTMENT, held) <= on]

    def _due_space_requests(self, session: Session, rules: RetentionRules, on: date) -> list[uuid.UUID]:
        rows = session.execute(
            select(SpaceRequest.id, SpaceRequest.updated_at).where(
                SpaceRequest.status.in_([SpaceRequestStatus.FULFILLED, SpaceRequestStatus.WITHDRAWN]),
                SpaceRequest.notes != "",
            )
        )
        return [r for r, updated in rows if rules.due_on(RecordType.SPACE_REQUEST, updated.date()) <= on]

    @requires(Permission.DATA_PROTECTION)
    def retention_preview(self, on: date | None = None) -> RetentionPlan:
        """What the retention run would do on ``on`` (default: today), without changing anything."""
        day = on or today_berlin()
        rules = self.retention_rules()
        with self._sessions() as session:
            return RetentionPlan(
                day,
                tuple(self._due_persons(session, rules, day)),
                len(self._due_attachments(session, rules, day)),
                len(self._due_appointments(session, rules, day)),
                len(self._due_space_requests(session, rules, day)),
            )

    @requires(Permission.DATA_PROTECTION)
    def run_retention(self, on: date | None = None, progress: ProgressFn | None = None) -> RetentionResult:
        """The yearly run: anonymise every person whose periods have ended (or restrict them under a
        legal hold), delete due files, clear visitor names and notes of old requests, compact the file.

        Each person is one unit of work: an interrupted run leaves finished persons done and the rest
        untouched, and can simply be started again.
        """
        from dlzw_desktop.services.attachment_store import AttachmentStore  # noqa: PLC0415

        day = on or today_berlin()
        rules = self.retention_rules()
        with self._sessions() as session:
            persons = self._due_persons(session, rules, day)
        total = len(persons) + 1
        anonymised = restricted = 0
        for index, due in enumerate(persons):
            if progress is not None:
                progress(index, total)
            if due.restrict_only:
                with self._sessions.begin() as session:
                    person = session.get(Person, due.person_id)
                    if person is not None and person.restricted_at is None:
                        person.restricted_at = utc_now()
                        record_event(
                            session,
                            "persons",
                            due.person_id,
                            "restricted by the retention run (legal hold)",
                            person_id=due.person_id,
                        )
                        restricted += 1
                continue
            self._anonymise_one(due.person_id, note="anonymised by the retention run")
            anonymised += 1
        store = AttachmentStore(self._context.attachments_dir)
        files: list[str] = []
        with self._sessions.begin() as session:
            attachment_ids = self._due_attachments(session, rules, day)
            for attachment in session.scalars(select(Attachment).where(Attachment.id.in_(attachment_ids))):
                files.append(attachment.stored_name)
                session.delete(attachment)
            appointment_ids = self._due_appointments(session, rules, day)
            for appointment in session.scalars(
                select(Appointment).where(Appointment.id.in_(appointment_ids))
            ):
                appointment.visitor_name = ""
                appointment.topic = ""
            request_ids = self._due_space_requests(session, rules, day)
            for request in session.scalars(select(SpaceRequest).where(SpaceRequest.id.in_(request_ids))):
                request.notes = ""
            session.flush()
            redact_audit(session, entity_ids=[*attachment_ids, *appointment_ids, *request_ids], on=day)
            row = session.scalar(select(SettingValue).where(SettingValue.key == LAST_RUN_KEY))
            if row is None:
                session.add(SettingValue(key=LAST_RUN_KEY, value=day.isoformat()))
            else:
                row.value = day.isoformat()
            record_event(
                session,
                "persons",
                None,
                "retention run",
                details={
                    "on": day,
                    "anonymised": anonymised,
                    "restricted": restricted,
                    "attachments": len(attachment_ids),
                    "appointments": len(appointment_ids),
                    "space_requests": len(request_ids),
                },
            )
        for stored in files:
            try:
                store.path_of(stored).unlink(missing_ok=True)
            except (NotFound, OSError) as exc:
                logger.warning("attachment %s could not be deleted: %s", stored, exc)
        self._compact()
        if progress is not None:
            progress(total, total)
        return RetentionResult(
            day, anonymised, restricted, len(files), len(appointment_ids), len(request_ids)
        )

    # -- record of processing activities -----------------------------------------------------------

    @requires(Permission.DATA_PROTECTION)
    def export_processing_record(self, path: Path) -> Path:
        """Write the record of processing activities as PDF (``.pdf``) or Markdown (``.md``)."""
        record = self._processing_record()
        path = path.expanduser()
        temporary = path.with_name(path.name + ".partial")
        try:
            if path.suffix.lower() == ".md":
                temporary.write_text(processing_record_markdown(record), encoding="utf-8")
            else:
                write_processing_record_pdf(temporary, record, self._letterhead())
            temporary.replace(path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise StorageError(
                "export.write_failed",
                "The file {path} could not be written: {reason}",
                path=str(path),
                reason=exc.strerror or str(exc),
            ) from exc
        return path

    def _processing_record(self) -> ProcessingRecord:
        rules = self.retention_rules()
        months = rules.months
        letterhead = self._letterhead()
        identifying = self._categories(Category.IDENTIFYING)
        statistical = self._categories(Category.STATISTICAL)
        common_measures = "siehe Abschnitt Technische und organisatorische Maßnahmen"
        activities = (
            ProcessingActivity(
                "Gründungs- und Mikrokreditberatung",
                (
                    (
                        "Zweck",
                        "Beratung von Gründerinnen und Gründern, Prüfung und Empfehlung von Mikrokrediten, "
                        "Begleitung nach der Auszahlung",
                    ),
                    (
                        "Rechtsgrundlage",
                        "Art. 6 Abs. 1 lit. b DSGVO; Einwilligung (lit. a) für die Weitergabe",
                    ),
                    ("Betroffene", "Gründerinnen und Gründer, Mitgründende, Bürginnen und Bürgen"),
                    ("Datenkategorien", identifying),
                    ("Empfänger", "Kreditgeber/MFI (nur mit Einwilligung „Weitergabe an den Kreditgeber“)"),
                    ("Drittlandübermittlung", "keine"),
                    (
                        "Löschfristen",
                        f"{months[RecordType.CASE_WITH_LOAN]} Monate nach Abschluss (mit Kredit), "
                        f"{months[RecordType.CASE_WITHOUT_LOAN]} Monate (ohne Kredit); Dateien "
                        f"{months[RecordType.ATTACHMENT]} Monate nach Abschluss",
                    ),
                    ("TOM", common_measures),
                ),
            ),
            ProcessingActivity(
                "Leerstandsmanagement und Vermittlung von Gewerbeflächen",
                (
                    ("Zweck", "Register leerer Gewerbeeinheiten, Gesuche, Vermittlungsvorschläge"),
                    (
                        "Rechtsgrundlage",
                        "Art. 6 Abs. 1 lit. a DSGVO (Einwilligung der Eigentümer und Suchenden)",
                    ),
                    ("Betroffene", "Eigentümerinnen und Eigentümer, Suchende"),
                    ("Datenkategorien", "Name, Kontaktdaten, Angaben zur Fläche und zum Gesuch"),
                    (
                        "Empfänger",
                        "Eigentümer erhalten Kontakt nur mit Einwilligung „Kontakt durch Eigentümer“",
                    ),
                    ("Drittlandübermittlung", "keine"),
                    ("Löschfristen", f"erledigte Gesuche {months[RecordType.SPACE_REQUEST]} Monate"),
                    ("TOM", common_measures),
                ),
            ),
            ProcessingActivity(
                "Sprechtage in den Stadtteilen",
                (
                    ("Zweck", "Terminvergabe und Beratung vor Ort, auch offline auf Laptops"),
                    ("Rechtsgrundlage", "Art. 6 Abs. 1 lit. b DSGVO"),
                    ("Betroffene", "Ratsuchende, Laufkundschaft"),
                    ("Datenkategorien", "Name, Anliegen, Termin"),
                    ("Empfänger", "keine"),
                    ("Drittlandübermittlung", "keine"),
                    ("Löschfristen", f"Namen der Laufkundschaft {months[RecordType.APPOINTMENT]} Monate"),
                    ("TOM", common_measures + "; verschlüsselte Synchronisationspakete"),
                ),
            ),
            ProcessingActivity(
                "Programmstatistik und Jahresbericht",
                (
                    ("Zweck", "Berichte an Rat und Fördergeber, Kosten je Arbeitsplatz, LWSI"),
                    ("Rechtsgrundlage", "Art. 6 Abs. 1 lit. e DSGVO; Einwilligung „Statistik“"),
                    ("Betroffene", "alle Beratenen (nur aggregiert)"),
                    ("Datenkategorien", statistical),
                    ("Empfänger", "Veröffentlichung nur aggregiert, Mindestfallzahl je Zelle"),
                    ("Drittlandübermittlung", "keine"),
                    ("Löschfristen", "anonymisierte Daten bleiben für die Statistik erhalten"),
                    ("TOM", common_measures),
                ),
            ),
            ProcessingActivity(
                "Lokale Initiativen und Standortgemeinschaften",
                (
                    ("Zweck", "Netzwerkarbeit, Einladungen"),
                    (
                        "Rechtsgrundlage",
                        "Art. 6 Abs. 1 lit. a DSGVO (Einwilligung „Einladungen lokaler Initiativen“)",
                    ),
                    ("Betroffene", "Mitglieder und Ansprechpersonen"),
                    ("Datenkategorien", "Name, Rolle, Kontakt"),
                    ("Empfänger", "keine"),
                    ("Drittlandübermittlung", "keine"),
                    (
                        "Löschfristen",
                        f"{months[RecordType.CONTACT_WITHOUT_CASE]} Monate nach dem letzten Kontakt",
                    ),
                    ("TOM", common_measures),
                ),
            ),
        )
        measures = (
            "Anmeldung mit persönlichem Konto; Passwörter als argon2id-Hash, Sperre nach 5 Fehlversuchen "
            "für 5 Minuten, Abmeldung nach Inaktivität",
            "Rollen (Beratung, Teamleitung, Berichtswesen, Administration) in der Anwendung und – bei "
            "PostgreSQL – als Datenbankrollen mit Zeilenrechten (Row-Level Security)",
            "Änderungsprotokoll jeder Änderung als Hash-Kette (SHA-256), "
            "prüfbar mit „dlzw admin verify-audit“",
            "Tägliche und beim Beenden erstellte, geprüfte Sicherungen "
            "(7 täglich, 4 wöchentlich, 12 monatlich)",
            "Löschfristen je Datensatzart mit jährlichem Anonymisierungslauf; Einschränkung bei "
            "Aufbewahrungspflichten",
            "Löschung ohne Reste in der Datenbankdatei (secure_delete, VACUUM, WAL-Checkpoint)",
            "Dateien unter generierten Namen mit Prüfsumme; Exporte ohne Formeln",
        )
        controller = (
            ("Name", letterhead.organisation),
            ("Organisationseinheit", letterhead.unit),
            ("Anschrift", letterhead.address.replace("\n", ", ")),
            ("Kontakt", letterhead.contact),
            ("Datenschutzbeauftragte/r", "behördliche/r Datenschutzbeauftragte/r der Stadt Dortmund"),
        )
        return ProcessingRecord(controller, activities, measures, format_date(today_berlin()))

    @staticmethod
    def _categories(category: Category) -> str:
        labels: list[str] = []
        for table in ("persons", "businesses", "cases", "consultations"):
            for column, kind in PERSON_TABLES[table].columns.items():
                label = _label(column)
                if kind is category and label not in labels:
                    labels.append(label)
        return ", ".join(labels)
