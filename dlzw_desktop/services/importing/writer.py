"""Writing a planned import: all rows in the caller's one transaction, batch by batch.

Each batch is written inside a savepoint. When the database refuses a batch (a rule the plan could not
know, a record deleted meanwhile), the batch is written again row by row to name the row that fails; the
caller then rolls the whole transaction back, so an import is all or nothing.

Records are inserted in bulk (``db/bulk.py``) with the same change-tracking columns and ``insert`` audit
rows the ORM would write; the import as a whole gets one ``event`` audit row from the service.

A batch is written in two steps: ``prepare`` builds its records, and on SQLite the driver's parameters and
the audit rows' texts (Python work, in the caller's thread), ``execute`` runs the statements and seals the
audit rows into the chain (database work). A streamed import executes one batch in a writer thread while
it prepares the next, so the database's time is spent beside the Python work, not after it. The two
steps share the session's connection: ``execute`` holds ``db_lock`` while it uses it, and the few places
where preparing a batch asks the database (office case numbers, a recorded membership, checklists) take
the lock too.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Table, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from dlzw_desktop.db.base import Base
from dlzw_desktop.db.bulk import (
    AuditRow,
    OrderedIds,
    Row,
    SqliteRows,
    append_audit_rows,
    audited_by_triggers,
    driver_errors,
    execute_rows,
    insert_audit,
    insert_rows,
    is_environment_error,
    row_audit_entries,
    row_audit_rows,
    sqlite_insert,
    tracked_constants,
)
from dlzw_desktop.db.engine import translate_db_error
from dlzw_desktop.db.models import BusinessMember, LoanProgramme
from dlzw_desktop.domain.enums import (
    BusinessRole,
    CaseStage,
    DocumentStatus,
    Gender,
    LegalForm,
    MigrationBackground,
    ResidenceStatus,
)
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.case_service import assign_office_number
from dlzw_desktop.services.importing.plan import PlannedRow, RowAction
from dlzw_desktop.services.importing.planner import (
    CasesIntent,
    ConsultationsIntent,
    Intent,
    OwnerKind,
    PersonsIntent,
    PropertiesIntent,
)
from dlzw_desktop.services.programme_service import programme_row

logger = logging.getLogger(__name__)

# Parents before children: foreign keys are checked on every insert.
TABLE_ORDER = (
    "persons",
    "businesses",
    "business_members",
    "cases",
    "stage_changes",
    "document_requirements",
    "consultations",
    "properties",
    "property_status_changes",
)
# Which column names the case and the person an audit row belongs to.
_AUDIT_LINKS: dict[str, tuple[str | None, str | None]] = {
    "persons": (None, "id"),
    "businesses": (None, None),
    "business_members": (None, "person_id"),
    "cases": ("id", None),
    "stage_changes": ("case_id", None),
    "document_requirements": ("case_id", None),
    "consultations": ("case_id", "person_id"),
    "properties": (None, None),
    "property_status_changes": (None, None),
}
_CHECKLIST_STAGES = frozenset({CaseStage.ENQUIRY, CaseStage.CONSULTING})
_MEMBER_TABLES = frozenset({"persons", "businesses"})
# Every column of a person, for persons recorded from a name only (applicants, owners).
PERSON_DEFAULTS: dict[str, object] = {
    "family_name": "",
    "given_names": "",
    "birth_date": None,
    "gender": Gender.NOT_STATED,
    "migration_background": MigrationBackground.NOT_STATED,
    "residence_status": ResidenceStatus.NOT_STATED,
    "residence_permit_until": None,
    "preferred_languages": "",
    "email": None,
    "phone": None,
    "street": None,
    "postcode": None,
    "city": None,
    "district_id": None,
    "notes": "",
    "anonymised_at": None,
    "legal_hold": False,
}
BUSINESS_DEFAULTS: dict[str, object] = {
    "name": "",
    "legal_form": LegalForm.SOLE_TRADER,
    "sector_id": None,
    "founding_date": None,
    "founding_planned": True,
    "street": None,
    "postcode": None,
    "city": None,
    "borough_id": None,
    "district_id": None,
    "employees": 0,
    "notes": "",
}


def _table(name: str) -> Table:
    table = Base.metadata.tables[name]
    return table


class ImportWriteFailed(ValidationError):
    """The database refused a row while writing; nothing of the import was kept."""

    def __init__(self, row: int, detail: str) -> None:
        super().__init__(
            "import.write_failed",
            "Row {row} could not be written ({detail}), so nothing was imported. Correct the row (or leave "
            "it out) and import again.",
            row=row,
            detail=detail,
        )


@dataclass(slots=True)
class _Pending:
    """Records waiting for the next flush, by table, each with the row that created it."""

    rows: dict[str, list[tuple[int, Row]]]

    def add(self, table: str, number: int, values: Row) -> None:
        self.rows[table].append((number, values))


@dataclass(frozen=True, slots=True)
class PreparedBatch:
    """A batch ready for ``ImportWriter.execute``: its records by table (with the rows that made them), and
    on SQLite the statements' parameters and the audit rows, unsealed."""

    records: dict[str, list[tuple[int, Row]]]
    inserts: tuple[SqliteRows, ...] | None = None
    audit: tuple[AuditRow, ...] | None = None
    entries: tuple[Row, ...] = ()  # elsewhere: the audit entries for ``insert_audit``


class ImportWriter:
    """Writes the rows of one import into the session's transaction (see the module docstring)."""

    def __init__(
        self, session: Session, *, actor: str, file_name: str, now: datetime, primary: str = "persons"
    ) -> None:
        self._session = session
        self._connection: Connection = session.connection()
        self._sqlite = self._connection.dialect.name == "sqlite"
        # PostgreSQL's triggers audit every record when the security objects are installed.
        self._audited_by_triggers = not self._sqlite and audited_by_triggers(self._connection)
        self.db_lock = threading.Lock()  # held while the session's connection is in use
        self._failed = False  # a batch was refused: the import is lost, later batches are not written
        self._actor = actor
        self._now = now
        self._note = f"Import {file_name}"[:400]
        self._primary = primary
        self._reason = f"Importiert aus {file_name}"[:2000]
        self.ids = OrderedIds()
        self._constants = tracked_constants(now, actor)
        self.created: Counter[str] = Counter()
        self._pending = _Pending(defaultdict(list))
        self._persons_by_row: dict[int, uuid.UUID] = {}
        self._businesses_by_key: dict[tuple[object, ...], uuid.UUID] = {}
        self._members: set[tuple[int, int, str]] = set()  # business, person (as ints: cheap to hash), role
        self._made: set[int] = set()  # the persons and businesses this import records (ids as ints)
        self._applicants: dict[tuple[object, ...], uuid.UUID] = {}
        self._owners: dict[tuple[object, ...], uuid.UUID] = {}
        self._explicit_numbers: set[str] = set()
        self._used_numbers: set[str] = set()
        self._checklists: dict[uuid.UUID, tuple[object, ...]] | None = None

    def reserve_numbers(self, numbers: set[str]) -> None:
        """Case numbers the file brings itself: office numbers handed out now skip them."""
        self._explicit_numbers.update(numbers)

    # -- rows ----------------------------------------------------------------------------------------

    def write(self, rows: Sequence[tuple[PlannedRow, Intent | None, RowAction]]) -> None:
        """Write one batch (rows in file order): ``prepare`` and ``execute`` in one go."""
        self.execute(self.prepare(rows))

    def prepare(self, rows: Sequence[tuple[PlannedRow, Intent | None, RowAction]]) -> PreparedBatch | None:
        """The records of one batch (rows in file order), ready for ``execute``; None when it has none."""
        for planned, intent, action in rows:
            if action is RowAction.SKIP or intent is None:
                continue
            number = planned.number
            if isinstance(intent, PersonsIntent):
                self._person_row(number, intent, action)
            elif isinstance(intent, CasesIntent):
                self._case_row(number, intent)
            elif isinstance(intent, ConsultationsIntent):
                self._new("consultations", number, dict(intent.consultation))
            elif isinstance(intent, PropertiesIntent):
                self._property_row(number, intent)
        records = self._pending.rows
        if not any(records.values()):
            return None
        self._pending = _Pending(defaultdict(list))
        if not self._sqlite:
            if self._audited_by_triggers:
                return PreparedBatch(records)
            entries = row_audit_entries(
                records,
                order=TABLE_ORDER,
                primary=self._primary,
                links=_AUDIT_LINKS,
                actor=self._actor,
                at=self._now,
                ids=self.ids,
                note=self._note,
            )
            return PreparedBatch(records, entries=tuple(entries))
        inserts = tuple(
            sqlite_insert(_table(table), [values for _, values in records[table]], self._constants)
            for table in TABLE_ORDER
            if records.get(table)
        )
        audit = row_audit_rows(
            records,
            order=TABLE_ORDER,
            primary=self._primary,
            links=_AUDIT_LINKS,
            actor=self._actor,
            at=self._now,
            ids=self.ids,
            note=self._note,
        )
        return PreparedBatch(records, inserts, tuple(audit))

    def _new(self, table: str, number: int, values: Row) -> uuid.UUID:
        record_id = self.ids.next()
        self._pending.add(table, number, {"id": record_id, **values})
        if table in _MEMBER_TABLES:
            self._made.add(record_id.int)
        return record_id

    def _new_with_defaults(
        self, table: str, number: int, defaults: Mapping[str, object], values: Mapping[str, object]
    ) -> uuid.UUID:
        """``_new`` of the defaults overridden by ``values``, in one dict."""
        record_id = self.ids.next()
        self._pending.add(table, number, {"id": record_id, **defaults, **values})
        if table in _MEMBER_TABLES:
            self._made.add(record_id.int)
        return record_id

    def _person_row(self, number: int, intent: PersonsIntent, action: RowAction) -> None:
        person_id: uuid.UUID | None = None
        if intent.person is not None:
            if action is RowAction.LINK and intent.person_db is not None:
                person_id = intent.person_db
            elif action is RowAction.LINK and intent.person_row in self._persons_by_row:
                person_id = self._persons_by_row[intent.person_row]
            else:
                person_id = self._new_with_defaults("persons", number, PERSON_DEFAULTS, intent.person.values)
            self._persons_by_row[number] = person_id
        business_id: uuid.UUID | None = None
        if intent.business is not None:
            key = intent.business.key
            if action is RowAction.LINK and intent.business_db is not None:
                business_id = intent.business_db
            elif key in self._businesses_by_key:
                business_id = self._businesses_by_key[key]
            else:
                business_id = self._new_with_defaults(
                    "businesses", number, BUSINESS_DEFAULTS, intent.business.values
                )
                self._businesses_by_key[key] = business_id
        if person_id is not None and business_id is not None:
            self._member(number, business_id, person_id, intent.role, linked=action is RowAction.LINK)

    @staticmethod
    def _person_values(values: Mapping[str, object]) -> Row:
        return {**PERSON_DEFAULTS, **values}

    def _member(
        self, number: int, business_id: uuid.UUID, person_id: uuid.UUID, role: BusinessRole, *, linked: bool
    ) -> None:
        key = (business_id.int, person_id.int, role)
        if key in self._members:
            return
        self._members.add(key)
        # Only two records from before the import can have a membership this import does not know: with
        # one made here, every membership of theirs is one of ``_members``.
        recorded = key[0] not in self._made and key[1] not in self._made
        if linked and recorded and self._member_recorded(business_id, person_id, role):
            return
        self._new(
            "business_members", number, {"business_id": business_id, "person_id": person_id, "role": role}
        )

    def _member_recorded(self, business_id: uuid.UUID, person_id: uuid.UUID, role: BusinessRole) -> bool:
        query = select(BusinessMember.id).where(
            BusinessMember.business_id == business_id,
            BusinessMember.person_id == person_id,
            BusinessMember.role == role,
            BusinessMember.deleted_at.is_(None),
        )
        with self.db_lock:
            return self._session.scalar(query) is not None

    def _case_row(self, number: int, intent: CasesIntent) -> None:
        if intent.business_db is not None:
            business_id = intent.business_db
        else:
            assert intent.business_new is not None
            key = intent.business_new.key
            if key in self._businesses_by_key:
                business_id = self._businesses_by_key[key]
            else:
                business_id = self._new(
                    "businesses", number, {**BUSINESS_DEFAULTS, "name": intent.business_new.values["name"]}
                )
                self._businesses_by_key[key] = business_id
        applicant_id = intent.applicant_db
        if applicant_id is None and intent.applicant_new is not None:
            key = (business_id, *intent.applicant_new.key)
            applicant_id = self._applicants.get(key)
            if applicant_id is None:
                applicant_id = self._new("persons", number, self._person_values(intent.applicant_new.values))
                self._applicants[key] = applicant_id
        if applicant_id is not None and intent.applicant_joins:
            self._member(number, business_id, applicant_id, BusinessRole.FOUNDER, linked=True)
        values = dict(intent.case)
        case_number = values.pop("number")
        # Office numbers are counted in the database; numbers the file brings (reserved up front, or met
        # while streaming) are skipped, so pending rows never collide before they are flushed.
        if case_number is None or intent.number_taken or case_number in self._used_numbers:
            opened = values["opened_on"]
            assert hasattr(opened, "year")
            with self.db_lock:
                case_number = assign_office_number(self._session, opened.year, self._actor)
                while case_number in self._explicit_numbers or case_number in self._used_numbers:
                    case_number = assign_office_number(self._session, opened.year, self._actor)
        assert isinstance(case_number, str)
        self._used_numbers.add(case_number)
        stage = values["stage"]
        assert isinstance(stage, CaseStage)
        case_id = self._new(
            "cases",
            number,
            {
                **values,
                "number": case_number,
                "provisional": False,
                "business_id": business_id,
                "previous_case_id": None,
                "stage_since": self._now,
            },
        )
        self._new(
            "stage_changes",
            number,
            {
                "case_id": case_id,
                "from_stage": None,
                "to_stage": stage,
                "changed_at": self._now,
                "changed_by": self._actor,
                "reason": self._reason,
                "is_reversal": False,
            },
        )
        programme_id = values.get("programme_id")
        if stage in _CHECKLIST_STAGES and isinstance(programme_id, uuid.UUID):
            for kind in self._checklist(programme_id):
                self._new(
                    "document_requirements",
                    number,
                    {
                        "case_id": case_id,
                        "kind": kind,
                        "status": DocumentStatus.MISSING,
                        "status_on": None,
                        "note": "",
                    },
                )

    def _checklist(self, programme_id: uuid.UUID) -> tuple[object, ...]:
        if self._checklists is None:
            with self.db_lock:
                self._checklists = {
                    row.id: tuple(programme_row(row).draft.required_documents)
                    for row in self._session.scalars(select(LoanProgramme))
                }
        return self._checklists.get(programme_id, ())

    def _property_row(self, number: int, intent: PropertiesIntent) -> None:
        values = dict(intent.property)
        owner_id = intent.owner_db
        if owner_id is None and intent.owner_new is not None:
            key = intent.owner_new.key
            owner_id = self._owners.get(key)
            if owner_id is None:
                new = dict(intent.owner_new.values)
                if intent.owner_kind is OwnerKind.BUSINESS:
                    owner_id = self._new(
                        "businesses",
                        number,
                        {
                            **BUSINESS_DEFAULTS,
                            **new,
                            "legal_form": LegalForm.OTHER,
                            "founding_planned": False,
                            "notes": "Eigentümerin einer Gewerbeimmobilie.",
                        },
                    )
                else:
                    new.setdefault("given_names", "")
                    owner_id = self._new(
                        "persons",
                        number,
                        self._person_values(
                            {**new, "notes": "Als Eigentümer/in einer Gewerbeimmobilie erfasst."}
                        ),
                    )
                self._owners[key] = owner_id
        person_owner = owner_id if intent.owner_kind is OwnerKind.PERSON else None
        business_owner = owner_id if intent.owner_kind is OwnerKind.BUSINESS else None
        values["owner_person_id"] = person_owner
        values["owner_business_id"] = business_owner
        values.setdefault("status_reason", "")
        property_id = self._new("properties", number, values)
        self._new(
            "property_status_changes",
            number,
            {
                "property_id": property_id,
                "from_status": None,
                "to_status": values["status"],
                "changed_on": values["status_since"],
                "reason": self._reason,
                "match_id": None,
                "area_m2": values["area_m2"],
                "borough_id": values["borough_id"],
                "district_id": values["district_id"],
            },
        )

    # -- flushing ------------------------------------------------------------------------------------

    def flush(self) -> None:
        """Insert what is pending (with its audit rows) inside a savepoint; name the failing row if any."""
        self.execute(self.prepare(()))

    def execute(self, batch: PreparedBatch | None) -> None:
        """Insert a prepared batch (with its audit rows) inside a savepoint; name the failing row if any.

        Batches must be executed in the order they were prepared; once one fails, the later ones are not
        written (the caller rolls the import back).
        """
        if batch is None or self._failed:
            return
        with self.db_lock:
            nested = self._connection.begin_nested()
            try:
                self._insert(batch)
            except _refused() as exc:
                self._failed = True
                nested.rollback()
                if is_environment_error(exc):
                    raise translate_db_error(exc) from exc
                logger.info("import batch refused (%s); looking for the row", type(exc).__name__)
                raise self._failing_row(batch.records, exc) from exc
            except BaseException:
                self._failed = True
                nested.rollback()
                raise
            nested.commit()
        for table, entries in batch.records.items():
            self.created[table] += len(entries)

    def _insert(self, batch: PreparedBatch) -> None:
        if batch.inserts is not None and batch.audit is not None:
            for statement in batch.inserts:
                execute_rows(self._connection, statement)
            append_audit_rows(self._connection, batch.audit)
            return
        pending = batch.records
        for table in TABLE_ORDER:
            rows = [values for _, values in pending.get(table, ())]
            if rows:
                insert_rows(self._connection, _table(table), rows, self._constants)
        insert_audit(self._connection, batch.entries)

    def _failing_row(self, pending: dict[str, list[tuple[int, Row]]], first: Exception) -> ImportWriteFailed:
        by_row: dict[int, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
        for table, entries in pending.items():
            for number, values in entries:
                by_row[number][table].append(values)
        for number in sorted(by_row):
            nested = self._connection.begin_nested()
            try:
                for table in TABLE_ORDER:
                    rows = by_row[number].get(table)
                    if rows:
                        insert_rows(self._connection, _table(table), rows, self._constants)
            except _refused() as exc:
                nested.rollback()
                return ImportWriteFailed(number, _detail(exc))
            nested.commit()
        return ImportWriteFailed(min(by_row), _detail(first))


def _refused() -> tuple[type[Exception], ...]:
    """What a refused batch raises: SQLite rows go through the driver (its own exceptions), PostgreSQL
    rows through SQLAlchemy."""
    return (DBAPIError, *driver_errors())


def _detail(exc: Exception) -> str:
    """The database's reason, short (constraint names say which rule failed)."""
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(original).strip().splitlines()
    return (lines[0] if lines else type(original).__name__)[:200]


def explicit_case_numbers(intents: Sequence[Intent | None]) -> set[str]:
    return {
        str(intent.case["number"])
        for intent in intents
        if isinstance(intent, CasesIntent) and intent.case.get("number") and not intent.number_taken
    }
