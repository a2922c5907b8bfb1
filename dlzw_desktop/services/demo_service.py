"""Demo data: a realistic, deterministic microloan office for demonstrations, training and benchmarks.

``generate_demo_data`` fills a database with users, founders, businesses and cases spread over five years
and over every workflow stage, with the consultations, checklists, recommendations, loans, repayments,
jobs records and reminders each case would have at its stage, plus a few vacant properties, space
requests, initiatives, quarters and consultation days.

Determinism: every value (ids, names, dates, amounts, timestamps) is drawn from one
``random.Random(seed)`` in a fixed order and derived from ``today``; nothing reads the clock. The same
seed and ``today`` on an empty database give the same rows, byte for byte.

Speed: rows are written in chunks of 1,000 cases inside one transaction (``BEGIN IMMEDIATE`` on SQLite),
not as ORM objects: on SQLite as multi-row inserts through the driver, elsewhere as SQLAlchemy Core
``executemany`` inserts. The audit trail gets one ``event`` row for the whole load instead of one row per
insert.
"""

from __future__ import annotations

import logging
import random
import unicodedata
import uuid
import zlib
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from operator import itemgetter
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Insert,
    Integer,
    String,
    Table,
    insert,
    literal_column,
    select,
    update,
)
from sqlalchemy.exc import OperationalError

from dlzw_desktop.db import (
    models,  # noqa: F401 - registers every table on Base.metadata
    search,
)
from dlzw_desktop.db.audit import append_event_row
from dlzw_desktop.db.base import Base
from dlzw_desktop.db.bulk import (
    ColumnConverter,
    SqliteRows,
    column_converter,
    driver_errors,
    execute_rows,
    is_environment_error,
)
from dlzw_desktop.db.engine import translate_db_error
from dlzw_desktop.domain.dates import BERLIN, add_months, today_berlin
from dlzw_desktop.domain.enums import (
    AppointmentStatus,
    BusinessRole,
    CaseOutcome,
    CaseSource,
    CaseStage,
    ConsentForm,
    ConsentPurpose,
    ConsultationPlace,
    CostKind,
    DocumentKind,
    DocumentStatus,
    Gender,
    InitiativeKind,
    JobsOccasion,
    LenderDecision,
    MatchStage,
    MigrationBackground,
    PropertyCondition,
    PropertyStatus,
    PropertyUse,
    QuarterStatus,
    ReminderKind,
    RepaymentStatus,
    ResidenceStatus,
    SpaceRequestStatus,
)
from dlzw_desktop.domain.followups import reminder_origin_key
from dlzw_desktop.domain.money import round_cents
from dlzw_desktop.errors import ConflictError, StorageError, ValidationError
from dlzw_desktop.services import demo_catalogue as cat
from dlzw_desktop.services.bulk_work import gc_paused
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import Permission, requires

logger = logging.getLogger(__name__)

ACTOR = "demo"
MAX_CASES = 1_000_000
CASES_PER_CHUNK = 1_000
# Execution option of the application's engine that makes SQLite begin with BEGIN IMMEDIATE.
_WRITE_OPTIONS = {"dlzw_write": True}
# A larger page cache for the load: fewer dirty pages spill into the WAL while the random-UUID indexes
# grow (about 12 % less CPU at 30,000 cases than the default 2 MiB). In KiB; restored afterwards.
_SQLITE_LOAD_CACHE_KIB = 262_144  # 256 MiB; 1 GiB measured no faster at 100,000 cases

_TABLES = Base.metadata.tables
_T = TypeVar("_T")
Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """Rows written per table by one demo load (``case_number_sequences`` counts inserted and updated)."""

    users: int = 0
    persons: int = 0
    businesses: int = 0
    business_members: int = 0
    consents: int = 0
    loan_programmes: int = 0
    lenders: int = 0
    cases: int = 0
    case_number_sequences: int = 0
    stage_changes: int = 0
    consultations: int = 0
    document_requirements: int = 0
    recommendations: int = 0
    loans: int = 0
    repayment_entries: int = 0
    jobs_records: int = 0
    reminders: int = 0
    programme_costs: int = 0
    properties: int = 0
    space_requests: int = 0
    matches: int = 0
    demand_entries: int = 0
    quarters: int = 0
    quarter_districts: int = 0
    initiatives: int = 0
    initiative_districts: int = 0
    initiative_members: int = 0
    initiative_meetings: int = 0
    meeting_actions: int = 0
    meeting_missing_offers: int = 0
    consultation_days: int = 0
    consultation_day_advisors: int = 0
    appointments: int = 0
    audit_log: int = 0

    @property
    def total(self) -> int:
        return sum(self.as_dict().values())

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def generate_demo_data(
    engine: Engine,
    *,
    cases: int,
    seed: int,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
    fast_sqlite: bool = True,
) -> DemoSummary:
    """Load ``cases`` demo cases with everything around them into the database behind ``engine``.

    Runs in one write transaction: either all rows are written or none. ``progress(done, total)`` is
    called from the calling thread after each chunk of 1,000 cases and at the end. Users, the loan
    programme, lenders and quarters that already exist under the demo names are reused; case numbers
    continue the office's numbering. Raises ``ValidationError`` (``demo.cases_out_of_range``),
    ``ConflictError`` (``demo.already_loaded`` when this seed was loaded into this database before) or
    ``StorageError`` (``demo.no_reference_data``, or the storage problem that stopped the load).
    """
    if not 0 <= cases <= MAX_CASES:
        raise ValidationError(
            "demo.cases_out_of_range",
            "The number of demo cases must lie between 0 and {maximum}; you asked for {cases}.",
            field="cases",
            cases=cases,
            maximum=MAX_CASES,
        )
    today = today or today_berlin()
    try:
        with engine.execution_options(**_WRITE_OPTIONS).begin() as connection:
            restore_cache = _enlarge_sqlite_cache(connection)
            try:
                # The case search index is rebuilt once at the end, after the indexes are back. The
                # collector would walk the chunk's rows again and again; they hold no cycles.
                with search.suspended(connection), gc_paused():
                    indexes = _drop_sqlite_indexes(connection) if cases >= _INDEX_REBUILD_FROM else []
                    summary = _Builder(
                        connection, seed=seed, today=today, progress=progress, fast_sqlite=fast_sqlite
                    ).run(cases)
                    for statement in indexes:  # same transaction: all or nothing, schema unchanged
                        connection.exec_driver_sql(statement)
            finally:
                if restore_cache is not None:
                    connection.exec_driver_sql(f"PRAGMA cache_size = {restore_cache}")
    except _database_errors() as exc:  # the rows go through the driver: its errors too
        if not is_environment_error(exc):
            raise  # a constraint or a statement: a fault of this module, not of the environment
        raise translate_db_error(exc) from exc  # locked, disk full, read-only: the user can act on it
    logger.info("demo data loaded: seed %s, %s cases, %s rows", seed, cases, summary.total)
    return summary


def _database_errors() -> tuple[type[Exception], ...]:
    return (OperationalError, *driver_errors())


@cache
def _insert_statement(table: Table) -> Insert:
    """An INSERT for demo rows with the constant change-tracking columns written into the statement.

    SQLAlchemy binds and processes every parameter of every row; the three constants are rendered once.
    """
    statement = insert(table)
    if "version" in table.c:
        actor = literal_column(f"'{ACTOR}'", String)  # a constant of this module, safe to inline
        statement = statement.values(created_by=actor, updated_by=actor, version=literal_column("1", Integer))
    return statement


_MINUTES = tuple(timedelta(minutes=minute) for minute in range(24 * 60))  # built once, not per event

# RFC 4122 variant and version 4 bits, as uuid.UUID(int=..., version=4) sets them.
_UUID4_CLEAR = ~((0xC000 << 48) | (0xF000 << 64)) & ((1 << 128) - 1)
_UUID4_SET = (0x8000 << 48) | (4 << 76)
_new_uuid = uuid.UUID.__new__
_set_attribute = object.__setattr__
_LOW_80_BITS = (1 << 80) - 1
_SAFE_UNKNOWN = uuid.SafeUUID.unknown  # enum member access is a descriptor call: once, not millions of times


@cache
def _sqlite_plan(table: Table, keys: tuple[str, ...]) -> tuple[str, tuple[ColumnConverter | None, ...]]:
    constants = {"created_by": f"'{ACTOR}'", "updated_by": f"'{ACTOR}'", "version": "1"}
    extra = [name for name in constants if name in table.c and name not in keys]
    columns = ", ".join([*keys, *extra])
    values = ", ".join(["?"] * len(keys) + [constants[name] for name in extra])
    sql = f"INSERT INTO {table.name} ({columns}) VALUES ({values})"
    return sql, tuple(column_converter(table.c[key]) for key in keys)


def _sqlite_rows(table: Table, batch: list[Row]) -> SqliteRows:
    """The driver's statement and parameters for ``batch``, with values converted exactly as SQLAlchemy
    would store them (its per-parameter processing costs more than SQLite's own work for demo volumes)."""
    keys = tuple(batch[0])
    sql, converters = _sqlite_plan(table, keys)
    columns = []
    for key, convert in zip(keys, converters, strict=True):  # column by column: map() runs in C
        try:  # one C call per row where every row has the key (the usual case)
            values = list(map(itemgetter(key), batch))
        except KeyError:  # a row without it: NULL there
            values = [row.get(key) for row in batch]
        columns.append(values if convert is None else convert(values))
    return SqliteRows(sql, tuple(columns), len(batch))


_INDEX_REBUILD_FROM = 5_000
_LOADED_TABLES = (
    "persons",
    "businesses",
    "business_members",
    "cases",
    "consents",
    "consultations",
    "document_requirements",
    "stage_changes",
    "recommendations",
    "loans",
    "repayment_entries",
    "jobs_records",
    "reminders",
)


def _drop_sqlite_indexes(connection: Connection) -> list[str]:
    """Drop the secondary indexes of the big tables for a large load; returns their CREATE statements.

    Building an index once over sorted keys is cheaper than inserting a million random UUIDs into it.
    The caller re-creates them in the same transaction, so the schema is unchanged afterwards (or, on
    failure, rolled back with everything else).
    """
    if connection.dialect.name != "sqlite":
        return []
    placeholders = ", ".join("?" for _ in _LOADED_TABLES)
    rows = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({placeholders})",
        _LOADED_TABLES,
    ).all()
    for name, _ in rows:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _, sql in rows]


def _enlarge_sqlite_cache(connection: Connection) -> int | None:
    """Raise SQLite's page cache for the load; returns the previous setting to restore."""
    if connection.dialect.name != "sqlite":
        return None
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{_SQLITE_LOAD_CACHE_KIB}")
    return int(previous) if previous is not None else None  # a plain integer, safe to format back


def _at_street(street: str) -> str:
    """German "at the street": "am Westenhellweg", "in der Münsterstraße", "am Markt"."""
    if street.startswith(("Am ", "Im ", "An ")):
        return street[0].lower() + street[1:]
    if street.endswith(("straße", "Straße", "allee", "kante", "gasse")):
        return f"in der {street}"
    return f"am {street}"


def _month_after(first_of_month: date) -> date:
    """The first day of the following month (for first-of-month dates; cheaper than add_months)."""
    if first_of_month.month == 12:
        return date(first_of_month.year + 1, 1, 1)
    return date(first_of_month.year, first_of_month.month + 1, 1)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_ASCII_FOLD = str.maketrans(
    {"ß": "ss", "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "æ": "ae", "'": ""}
)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _ascii(text: str, *, german: bool) -> str:
    """Lower-case ASCII for e-mail addresses: umlauts as ae/oe/ue for German names, else stripped."""
    if german:
        text = text.translate(_UMLAUTS)
    text = unicodedata.normalize("NFKD", text.translate(_ASCII_FOLD))
    kept = "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in "-."))
    return kept.lower()


@dataclass(frozen=True, slots=True)
class _DistrictRef:
    """A statistical district with its borough, streets and postcodes."""

    id: uuid.UUID
    name: str
    borough_id: uuid.UUID
    borough: str
    streets: tuple[str, ...]
    postcodes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _UserRef:
    """A demo user as the generator needs it."""

    id: uuid.UUID
    username: str
    role: str
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _PersonRef:
    """A generated person: what later rows of the same case borrow (origin, address, languages)."""

    id: uuid.UUID
    origin: cat.Origin
    given: str
    family: str
    female: bool
    languages: tuple[str, ...]
    residence: ResidenceStatus
    district: _DistrictRef
    street: str
    postcode: str


@dataclass(frozen=True, slots=True)
class _BusinessRef:
    """A generated business: what later rows borrow (sector, district, size)."""

    id: uuid.UUID
    sector: cat.SectorProfile
    sector_id: uuid.UUID
    district: _DistrictRef
    home_based: bool
    existing: bool
    employees: int
    founders: int


@dataclass(frozen=True, slots=True)
class _Programme:
    """The loan programme's rules the recommendations must respect."""

    id: uuid.UUID
    first_cap: Decimal
    total_cap: Decimal
    max_term: int
    max_grace: int
    rate: Decimal
    fee: Decimal
    documents: tuple[str, ...]


@dataclass(slots=True)
class _LoanRef:
    """A paid-out loan that a later case may follow up (Folgekredit)."""

    case_id: uuid.UUID
    founder: _PersonRef
    business: _BusinessRef
    amount: Decimal
    disbursed_on: date
    written_off: bool


@dataclass(slots=True)
class _Timeline:
    """What happened to a case up to ``today``: stage changes and the dates the rows derive from."""

    opened: date
    events: list[tuple[CaseStage, date, bool, str]] = field(default_factory=list)
    consulting_on: date | None = None
    docs_on: date | None = None
    assessment_on: date | None = None
    recommended_on: date | None = None
    draft_on: date | None = None
    decided_on: date | None = None
    approved: bool = False
    disbursed_on: date | None = None
    closed_on: date | None = None
    outcome: CaseOutcome | None = None
    amount: Decimal | None = None
    loan_amount: Decimal | None = None
    term: int = 0
    grace: int = 0
    repayments: list[tuple[date, RepaymentStatus, Decimal | None]] = field(default_factory=list)

    @property
    def stage(self) -> CaseStage:
        return self.events[-1][0]


# Stage probabilities, tuned so that about 30 % of all cases reach a recommendation and about 80 % of
# recommendations are approved (0.65 x 0.60 x 0.88 = 0.34 of the cases that had time to get there).
# Many first contacts end after the information call; they get no checklist and no consent form.
P_DROP_ENQUIRY = 0.35
P_DROP_CONSULTING = 0.40
P_DROP_ASSESSMENT = 0.12
P_REVERSAL = 0.04
P_APPROVED = 0.80
P_FOLLOW_UP = 0.04
P_WRITE_OFF = 0.06
P_ARREARS = 0.15
P_EARLY_REPAYMENT = 0.10


class _Weighted(Generic[_T]):
    """Values with integer weights, drawn by bisecting the cumulative weights (hot paths)."""

    __slots__ = ("_cumulative", "_total", "_values")

    def __init__(self, options: Iterable[tuple[_T, int]]) -> None:
        self._values: list[_T] = []
        self._cumulative: list[int] = []
        total = 0
        for value, weight in options:
            total += weight
            self._values.append(value)
            self._cumulative.append(total)
        self._total = total

    def draw(self, point: float) -> _T:
        return self._values[bisect_right(self._cumulative, point * self._total)]


_MIGRATION = _Weighted(
    ((MigrationBackground.YES, 58), (MigrationBackground.NO, 35), (MigrationBackground.NOT_STATED, 7))
)
_GENDER = _Weighted(((Gender.FEMALE, 41), (Gender.MALE, 53), (Gender.DIVERSE, 1), (Gender.NOT_STATED, 5)))
_EU_RESIDENCE = _Weighted(cat.EU_RESIDENCE)
_NON_EU_RESIDENCE = _Weighted(cat.NON_EU_RESIDENCE)
_CONSENT_FORMS = _Weighted(((ConsentForm.WRITTEN, 60), (ConsentForm.ELECTRONIC, 30), (ConsentForm.ORAL, 10)))
_LEGAL_FORMS = {
    (freelance, partners): _Weighted(cat.legal_form_weights(freelance=freelance, partners=partners))
    for freelance in (False, True)
    for partners in (False, True)
}
_EMPLOYEES_EXISTING = _Weighted(((0, 60), (1, 20), (2, 12), (3, 6), (5, 2)))
_EMPLOYEES_NEW = _Weighted(((0, 75), (1, 15), (2, 10)))
_PLANNED_STAFF = _Weighted(((0, 60), (1, 25), (2, 10), (3, 5)))
_HEADS_CHANGE = _Weighted(((-1, 10), (0, 60), (1, 22), (2, 8)))
_OPEN_DOCUMENT_STATUS = _Weighted(
    (
        (DocumentStatus.MISSING, 25),
        (DocumentStatus.REQUESTED, 30),
        (DocumentStatus.RECEIVED, 30),
        (DocumentStatus.CHECKED, 15),
    )
)
_SOURCES = _Weighted(
    (
        (CaseSource.JOB_CENTRE, 20),
        (CaseSource.EMPLOYMENT_AGENCY, 14),
        (CaseSource.IHK, 10),
        (CaseSource.HWK, 5),
        (CaseSource.BANK, 8),
        (CaseSource.WEBSITE, 12),
        (CaseSource.WORD_OF_MOUTH, 15),
        (CaseSource.CONSULTATION_DAY, 7),
        (CaseSource.INITIATIVE, 4),
        (CaseSource.OTHER, 5),
    )
)
_PLACES = _Weighted(
    (
        (ConsultationPlace.OFFICE, 55),
        (ConsultationPlace.PHONE, 15),
        (ConsultationPlace.VIDEO, 8),
        (ConsultationPlace.CONSULTATION_DAY, 12),
        (ConsultationPlace.ON_SITE, 10),
    )
)
_JOBS_OCCASIONS: tuple[tuple[JobsOccasion, int], ...] = (
    (JobsOccasion.MONTH_6, 6),
    (JobsOccasion.MONTH_12, 12),
    (JobsOccasion.MONTH_24, 24),
)


class _Builder:
    """Draws the demo office from one random stream and writes it chunk by chunk."""

    def __init__(
        self,
        connection: Connection,
        *,
        seed: int,
        today: date,
        progress: Callable[[int, int], None] | None,
        fast_sqlite: bool = True,
    ) -> None:
        self.connection = connection
        self.fast_sqlite = fast_sqlite
        self.rng = random.Random(seed)
        self.seed = seed
        self.today = today
        self.progress = progress
        self.rows: dict[str, list[Row]] = {}
        self.counts: dict[str, int] = {}
        self._day_base: dict[date, datetime] = {}
        self._getrandbits = self.rng.getrandbits
        # A start derived from the seed without drawing from it (the random stream, and so the data, stay
        # as they were), far from other seeds' ranges.
        self._uid_counter = (zlib.crc32(str(seed).encode()) & 0xFFFFFFFF) << 8
        self._random = self.rng.random
        self.follow_up_pool: list[_LoanRef] = []
        self.recent_open: deque[tuple[uuid.UUID, _PersonRef, _BusinessRef]] = deque(maxlen=60)
        self.operating: dict[str, deque[uuid.UUID]] = {}
        self.case_refs: deque[tuple[uuid.UUID, _PersonRef]] = deque(maxlen=200)
        self.start = date(today.year - 4, 1, 1)

    # -- small helpers -----------------------------------------------------------------------------

    def uid(self) -> uuid.UUID:
        """A version-4 UUID whose first 48 bits count up (the rest random from the seed).

        Ascending keys go to the end of every primary-key index instead of a random page: a large load
        stays fast. Set directly, without ``uuid.UUID``'s argument checks (millions of them for a big
        database).
        """
        self._uid_counter += 1
        bits = (self._uid_counter << 80) | (self._getrandbits(128) & _LOW_80_BITS)  # same draws as before
        made = _new_uuid(uuid.UUID)
        _set_attribute(made, "int", (bits & _UUID4_CLEAR) | _UUID4_SET)
        _set_attribute(made, "is_safe", _SAFE_UNKNOWN)
        return made

    def rint(self, low: int, high: int) -> int:
        """A whole number in [low, high]; cheaper than ``Random.randint`` and as reproducible."""
        return low + int(self._random() * (high - low + 1))

    def chance(self, probability: float) -> bool:
        return self._random() < probability

    def pick(self, options: Sequence[_T]) -> _T:
        return options[int(self._random() * len(options))]

    def weighted(self, options: _Weighted[_T] | Sequence[tuple[_T, int]]) -> _T:
        if isinstance(options, _Weighted):
            return options.draw(self._random())
        total = sum(weight for _, weight in options)
        point = self._random() * total
        for value, weight in options:
            point -= weight
            if point < 0:
                return value
        return options[-1][0]

    def at(self, day: date) -> datetime:
        """An aware UTC instant on ``day`` during office hours in Dortmund.

        Events dated ``today`` get an early-morning time, so that none lies in the future of a real today.
        """
        base = self._day_base.get(day)
        if base is None:
            offset = datetime(day.year, day.month, day.day, 12, tzinfo=BERLIN).utcoffset() or timedelta(0)
            base = datetime(day.year, day.month, day.day, tzinfo=UTC) - offset
            self._day_base[day] = base
        minute = 420 + int(self._random() * 60) if day >= self.today else 480 + int(self._random() * 540)
        return base + _MINUTES[minute]

    def workday_before(self, day: date) -> date:
        weekday = day.weekday()
        return day if weekday < 5 else day - timedelta(days=weekday - 4)

    def workday(self, day: date) -> date:
        """The next Monday for a weekend day, or the Friday before when Monday lies after today."""
        weekday = day.weekday()
        if weekday < 5:
            return day
        moved = day + timedelta(days=7 - weekday)
        return moved if moved <= self.today else day - timedelta(days=weekday - 4)

    def days(self, start: date, low: int, high: int) -> date:
        return self.workday(start + timedelta(days=self.rint(low, high)))

    def between(self, start: date, end: date) -> date:
        if end <= start:
            return start
        return start + timedelta(days=self.rint(0, (end - start).days))

    def add(self, table: str, row: Row) -> None:
        self.rows.setdefault(table, []).append(row)

    def tracked(self, row_id: uuid.UUID, created: datetime, updated: datetime | None = None) -> Row:
        # created_by, updated_by and version are the same in every row: see _insert_statement.
        return {"id": row_id, "created_at": created, "updated_at": updated or created}

    def flush(self) -> None:
        """Insert the collected rows table by table, parents before children, one statement list each."""
        fast = self.connection.dialect.name == "sqlite" and self.fast_sqlite
        for table in Base.metadata.sorted_tables:
            batch = self.rows.pop(table.name, None)
            if batch:
                if fast:
                    execute_rows(self.connection, _sqlite_rows(table, batch))
                else:
                    self.connection.execute(_insert_statement(table), batch)
                self.counts[table.name] = self.counts.get(table.name, 0) + len(batch)
        if self.rows:  # pragma: no cover - a table name typo in this module
            raise RuntimeError(f"rows for unknown tables: {sorted(self.rows)}")

    # -- the run -----------------------------------------------------------------------------------

    def run(self, cases: int) -> DemoSummary:
        audit_id = self.uid()
        exists = self.connection.execute(
            select(_TABLES["audit_log"].c.id).where(_TABLES["audit_log"].c.id == audit_id)
        ).first()
        if exists is not None:
            raise ConflictError(
                "demo.already_loaded",
                "Demo data with seed {seed} is already in this database. Choose another seed or a new "
                "database file.",
                seed=self.seed,
            )
        self.load_reference()
        self.users = self.ensure_users()
        self.advisors = [u for u in self.users if u.role == "advisor"]
        self.lead = next(u for u in self.users if u.role == "lead")
        self.programme = self.ensure_programme()
        self.lenders = self.ensure_lenders()
        self.flush()

        opened_days = self.opening_days(cases)
        numbers = self.case_numbers(opened_days)
        done = 0
        for index, (opened, number) in enumerate(zip(opened_days, numbers, strict=True)):
            self.case(opened, number)
            if (index + 1) % CASES_PER_CHUNK == 0:
                self.flush()
                done = index + 1
                if self.progress is not None:
                    self.progress(done, cases)
        self.neighbourhood()
        self.programme_costs()
        self.flush()
        self.write_sequences(opened_days)
        summary = DemoSummary(**{f.name: self.counts.get(f.name, 0) for f in fields(DemoSummary)})
        summary = self.write_audit(audit_id, cases, summary)
        if self.progress is not None and done != cases:
            self.progress(cases, cases)
        return summary

    def load_reference(self) -> None:
        districts = _TABLES["districts"].c
        boroughs = _TABLES["boroughs"].c
        rows = self.connection.execute(
            select(districts.id, districts.name, districts.borough_id, boroughs.name.label("borough"))
            .join_from(_TABLES["districts"], _TABLES["boroughs"], districts.borough_id == boroughs.id)
            .order_by(districts.name)
        ).all()
        sector_table = _TABLES["sectors"].c
        wanted = [s.code for s in cat.SECTORS] + [cat.OWNER_SECTOR_CODE, *cat.MISSING_OFFER_CODES]
        sector_ids = {
            row.code: row.id
            for row in self.connection.execute(
                select(sector_table.code, sector_table.id).where(sector_table.code.in_(wanted))
            )
        }
        if not rows or not sector_ids:
            raise StorageError(
                "demo.no_reference_data",
                "The database has no districts or sectors. Open it once with DLZW Desktop so that the "
                "reference data is loaded, then load the demo data again.",
            )
        self.districts = [
            _DistrictRef(
                id=row.id,
                name=row.name,
                borough_id=row.borough_id,
                borough=row.borough,
                streets=cat.STREETS.get(row.name, ()) + cat.GENERIC_STREETS[:3],
                postcodes=cat.DISTRICT_POSTCODES.get(row.name)
                or cat.BOROUGH_POSTCODES.get(row.borough, cat.FALLBACK_POSTCODES),
            )
            for row in rows
        ]
        self.district_by_name = {d.name: d for d in self.districts}
        self.migrant_districts = _Weighted(
            (d, cat.BOROUGH_WEIGHT_MIGRANT.get(d.borough, 1)) for d in self.districts
        )
        self.other_districts = _Weighted(
            (d, cat.BOROUGH_WEIGHT_OTHER.get(d.borough, 1)) for d in self.districts
        )
        self.sector_ids = sector_ids
        self.sectors = _Weighted((s, s.weight) for s in cat.SECTORS if s.code in sector_ids)
        missing = [s.code for s in cat.SECTORS if s.code not in sector_ids]
        if missing:
            logger.warning("demo sectors missing from the WZ reference data: %s", missing)
        self.migrant_origins = _Weighted((o, o.weight) for o in cat.MIGRANT_ORIGINS)

    def ensure_users(self) -> list[_UserRef]:
        table = _TABLES["users"]
        existing = {
            row.username: row.id
            for row in self.connection.execute(
                select(table.c.username, table.c.id).where(
                    table.c.username.in_([u.username for u in cat.USERS])
                )
            )
        }
        created = self.at(self.start - timedelta(days=60))
        users = []
        for user in cat.USERS:
            user_id = self.uid()  # drawn either way, so that reuse does not shift later values
            if user.username in existing:
                user_id = existing[user.username]
            else:
                self.add(
                    "users",
                    {
                        **self.tracked(user_id, created),
                        "username": user.username,
                        "display_name": _nfc(user.display_name),
                        "role": user.role,
                        "email": f"{user.username}@wirtschaftsfoerderung.example.org",
                        "password_hash": None,
                        "active": True,
                        "failed_attempts": 0,
                        "locked_until": None,
                        "last_sign_in_at": None,
                    },
                )
            users.append(_UserRef(user_id, user.username, user.role, user.languages))
        return users

    def ensure_programme(self) -> _Programme:
        table = _TABLES["loan_programmes"]
        row = self.connection.execute(
            select(table).where(table.c.name == cat.PROGRAMME_NAME).order_by(table.c.valid_from.desc())
        ).first()
        programme_id = self.uid()
        if row is not None:
            known = {kind.value for kind in DocumentKind}
            return _Programme(
                id=row.id,
                first_cap=row.first_loan_cap_cents,
                total_cap=row.total_cap_cents,
                max_term=row.max_term_months,
                max_grace=row.max_grace_months,
                rate=Decimal(row.interest_rate_percent),
                fee=row.fee_cents,
                # The residence permit is optional in the shipped programme; the demo asks for it
                # where a founder's status needs one (and marks it not applicable elsewhere).
                documents=tuple(d for d in row.required_documents or () if d in known)
                + tuple(
                    d
                    for d in getattr(row, "optional_documents", None) or ()
                    if d == DocumentKind.RESIDENCE_PERMIT.value and d not in (row.required_documents or ())
                ),
            )
        programme = _Programme(
            id=programme_id,
            first_cap=Decimal("10000.00"),
            total_cap=Decimal("25000.00"),
            max_term=48,
            max_grace=6,
            rate=Decimal("7.900"),
            fee=Decimal("100.00"),
            documents=tuple(kind.value for kind in cat.PROGRAMME_DOCUMENTS),
        )
        valid_from = date(self.start.year - 1, 1, 1)
        self.add(
            "loan_programmes",
            {
                **self.tracked(programme_id, self.at(valid_from)),
                "name": cat.PROGRAMME_NAME,
                "valid_from": valid_from,
                "valid_to": None,
                "first_loan_cap_cents": programme.first_cap,
                "total_cap_cents": programme.total_cap,
                "max_term_months": programme.max_term,
                "max_grace_months": programme.max_grace,
                "interest_rate_percent": programme.rate,
                "fee_cents": programme.fee,
                "follow_up_after_months": 6,
                "required_documents": list(programme.documents),
                "notes": "Demo: Mikrokredit bis 10.000 € (Erstkredit), insgesamt bis 25.000 €.",
            },
        )
        return programme

    def ensure_lenders(self) -> _Weighted[uuid.UUID]:
        table = _TABLES["lenders"]
        existing = {
            row.name: row.id
            for row in self.connection.execute(
                select(table.c.name, table.c.id).where(table.c.name.in_([x["name"] for x in cat.LENDERS]))
            )
        }
        created = self.at(self.start - timedelta(days=45))
        lenders = []
        for data, weight in zip(cat.LENDERS, cat.LENDER_WEIGHTS, strict=True):
            lender_id = self.uid()
            if data["name"] in existing:
                lender_id = existing[data["name"]]
            else:
                self.add("lenders", {**self.tracked(lender_id, created), **data})
            lenders.append((lender_id, weight))
        return _Weighted(lenders)

    def opening_days(self, cases: int) -> list[date]:
        span = (self.today - self.start).days + 1
        days = sorted(self.start + timedelta(days=self.rint(0, span - 1)) for _ in range(cases))
        return [self.workday(day) for day in days]

    def case_numbers(self, opened_days: list[date]) -> list[str]:
        table = _TABLES["case_number_sequences"]
        self.sequences = {
            row.year: row.last_number
            for row in self.connection.execute(select(table.c.year, table.c.last_number))
        }
        self.sequences_before = dict(self.sequences)
        numbers = []
        for day in opened_days:
            last = self.sequences.get(day.year, 0) + 1
            self.sequences[day.year] = last
            numbers.append(f"MK-{day.year}-{last:04d}")
        return numbers

    def write_sequences(self, opened_days: list[date]) -> None:
        table = _TABLES["case_number_sequences"]
        written = 0
        for year in sorted({day.year for day in opened_days}):
            last_day = max(day for day in opened_days if day.year == year)
            stamp = self.at(last_day)
            if year in self.sequences_before:
                self.connection.execute(
                    update(table)
                    .where(table.c.year == year)
                    .values(
                        last_number=self.sequences[year],
                        updated_at=stamp,
                        updated_by=ACTOR,
                        version=table.c.version + 1,
                    )
                )
            else:
                self.add(
                    "case_number_sequences",
                    {**self.tracked(self.uid(), stamp), "year": year, "last_number": self.sequences[year]},
                )
            written += 1
        self.flush()
        self.counts["case_number_sequences"] = written

    def write_audit(self, audit_id: uuid.UUID, cases: int, summary: DemoSummary) -> DemoSummary:
        summary = DemoSummary(**{**summary.as_dict(), "audit_log": 1})
        counts = {name: count for name, count in summary.as_dict().items() if count}
        listed = ", ".join(f"{count} {name}" for name, count in counts.items())
        note = f"Demo data loaded (seed {self.seed}, {cases} cases): {listed}"
        moment = datetime.combine(self.today, time(18, 0), tzinfo=BERLIN).astimezone(UTC)
        # Sealed into the audit hash chain like every other entry (db/audit.py).
        append_event_row(
            self.connection,
            actor=ACTOR,
            entity="demo",
            note=note,
            details={"seed": self.seed, "cases": cases, "today": self.today.isoformat(), **counts},
            at=moment,
            entry_id=audit_id,
        )
        return summary

    # -- people and businesses ---------------------------------------------------------------------

    def person(
        self,
        on: date,
        *,
        origin: cat.Origin | None = None,
        family: str | None = None,
        migration: MigrationBackground | None = None,
        district: _DistrictRef | None = None,
        min_age: int = 18,
        max_age: int = 60,
    ) -> _PersonRef:
        # Founders are 18-60 at intake, so that they are still at most 65 on ``today`` five years later.
        if migration is None and origin is not None:
            if origin is cat.GERMAN:
                migration = MigrationBackground.NO if self.chance(0.9) else MigrationBackground.NOT_STATED
            else:
                migration = MigrationBackground.YES if self.chance(0.92) else MigrationBackground.NOT_STATED
        if migration is None:
            migration = self.weighted(_MIGRATION)
        if origin is None:
            if migration is MigrationBackground.YES or (
                migration is MigrationBackground.NOT_STATED and self.chance(0.3)
            ):
                origin = self.weighted(self.migrant_origins)
            else:
                origin = cat.GERMAN
        gender = self.weighted(_GENDER)
        female = gender is Gender.FEMALE or (gender not in (Gender.FEMALE, Gender.MALE) and self.chance(0.5))
        latin_given = latin_family = ""
        if family is None and origin.script_names and self.chance(origin.script_share):
            candidates = [n for n in origin.script_names if n.female == female] or list(origin.script_names)
            script = self.pick(candidates)
            given, last = script.given, script.family
            latin_given, latin_family = script.latin_given, script.latin_family
        else:
            given = self.pick(origin.female if female else origin.male)
            if family is not None:
                last = family
            elif origin.gendered_family and self.chance(0.55):
                pair = self.pick(origin.gendered_family)
                last = pair[1] if female else pair[0]
            else:
                last = self.pick(origin.family)
        given, last = _nfc(given), _nfc(last)
        german = origin is cat.GERMAN
        youngest = add_months(on, -12 * min_age)
        oldest = add_months(on, -12 * (max_age + 1)) + timedelta(days=1)
        birth = self.between(oldest, youngest)
        if german:
            residence = ResidenceStatus.GERMAN if self.chance(0.96) else ResidenceStatus.NOT_STATED
        elif origin.eu:
            residence = self.weighted(_EU_RESIDENCE)
        else:
            residence = self.weighted(_NON_EU_RESIDENCE)
        permit_until = None
        if residence in (
            ResidenceStatus.RESIDENCE_PERMIT_SELF_EMPLOYMENT,
            ResidenceStatus.RESIDENCE_PERMIT_OTHER,
        ):
            permit_until = add_months(on, self.rint(4, 36))
        languages = self.pick(origin.languages)
        if district is None:
            district = self.weighted(
                self.migrant_districts if migration is MigrationBackground.YES else self.other_districts
            )
        street = self.pick(district.streets)
        postcode = self.pick(district.postcodes)
        email = None
        if self.chance(0.85):
            local_given = _ascii(latin_given or given, german=german).replace(" ", "") or "kontakt"
            local_family = _ascii(latin_family or last, german=german).replace(" ", "") or "demo"
            suffix = str(self.rint(1, 99)) if self.chance(0.4) else ""
            email = f"{local_given}.{local_family}{suffix}@example.org"
        phone = f"0231 {self.rint(100000, 9999999)}" if self.chance(0.9) else None
        person_id = self.uid()
        created = self.at(on)
        house = self.rint(1, 180)
        self.add(
            "persons",
            {
                **self.tracked(person_id, created),
                "family_name": last,
                "given_names": given,
                "birth_date": birth,
                "gender": gender,
                "migration_background": migration,
                "residence_status": residence,
                "residence_permit_until": permit_until,
                "preferred_languages": ",".join(languages),
                "email": email,
                "phone": phone,
                "street": f"{street} {house}{'a' if self.chance(0.05) else ''}",
                "postcode": postcode,
                "city": "Dortmund",
                "district_id": district.id,
                "notes": "",
                "anonymised_at": None,
                "legal_hold": False,
            },
        )
        return _PersonRef(
            person_id, origin, given, last, female, languages, residence, district, street, postcode
        )

    def consent(self, person: _PersonRef, purpose: ConsentPurpose, on: date) -> None:
        form = self.weighted(_CONSENT_FORMS)
        self.add(
            "consents",
            {
                **self.tracked(self.uid(), self.at(on)),
                "person_id": person.id,
                "purpose": purpose,
                "given_on": on,
                "form": form,
                "withdrawn_on": None,
                "note": "",
            },
        )

    def business(
        self, founder: _PersonRef, opened: date, *, partners: bool, timeline: _Timeline
    ) -> _BusinessRef:
        sector: cat.SectorProfile = self.weighted(self.sectors)
        home_based = sector.home_based and self.chance(0.7)
        district = founder.district if home_based or self.chance(0.4) else self.weighted(self.other_districts)
        street = founder.street if home_based else self.pick(district.streets)
        postcode = founder.postcode if home_based else self.pick(district.postcodes)
        name = self.pick(sector.names).format(
            given=founder.given, family=founder.family, at_street=_at_street(street), district=district.name
        )
        legal_form = self.weighted(_LEGAL_FORMS[sector.freelance, partners])
        existing = self.chance(0.35)
        if existing:
            founding = opened - timedelta(days=self.rint(90, 1400))
            planned = False
            employees = self.weighted(_EMPLOYEES_EXISTING)
        else:
            founding = add_months(opened, self.rint(1, 6)).replace(day=1)
            dropped = timeline.outcome in (CaseOutcome.WITHDRAWN, CaseOutcome.NOT_ELIGIBLE)
            planned = founding > self.today or (dropped and self.chance(0.7))
            employees = 0 if planned else self.weighted(_EMPLOYEES_NEW)
        business_id = self.uid()
        self.add(
            "businesses",
            {
                **self.tracked(business_id, self.at(opened)),
                "name": _nfc(name),
                "legal_form": legal_form,
                "sector_id": self.sector_ids[sector.code],
                "founding_date": founding,
                "founding_planned": planned,
                "street": f"{street} {self.rint(1, 160)}",
                "postcode": postcode,
                "city": "Dortmund",
                "borough_id": district.borough_id,
                "district_id": district.id,
                "employees": employees,
                "notes": "",
            },
        )
        return _BusinessRef(
            business_id,
            sector,
            self.sector_ids[sector.code],
            district,
            home_based,
            existing=existing,
            employees=employees,
            founders=2 if partners else 1,
        )

    def member(self, business: _BusinessRef, person: _PersonRef, role: BusinessRole, on: date) -> None:
        self.add(
            "business_members",
            {
                **self.tracked(self.uid(), self.at(on)),
                "business_id": business.id,
                "person_id": person.id,
                "role": role,
            },
        )

    # -- one case ----------------------------------------------------------------------------------

    def requested_amount(self, follow_up: bool) -> Decimal:
        if follow_up:
            return Decimal(self.rint(6, 30) * 500)
        if self.chance(0.85):
            return Decimal(self.rint(2, 20) * 500)
        return Decimal(self.rint(11, 25) * 1000)

    def simulate(self, opened: date, requested: Decimal, cap: Decimal) -> _Timeline:
        """Walk the workflow from ``opened`` with random durations until a step would lie after today."""
        today = self.today
        t = _Timeline(opened)
        events = t.events
        events.append((CaseStage.ENQUIRY, opened, False, self.pick(cat.STAGE_REASONS["enquiry"])))

        def close(day: date, outcome: CaseOutcome) -> _Timeline:
            if day <= today:
                t.closed_on = day
                t.outcome = outcome
                events.append((CaseStage.CLOSED, day, False, self.pick(cat.CLOSE_REASONS[outcome.value])))
            return t

        def step(stage: CaseStage, day: date) -> bool:
            if day > today:
                return False
            events.append((stage, day, False, self.pick(cat.STAGE_REASONS[stage.value])))
            return True

        if self.chance(P_DROP_ENQUIRY):
            outcome = CaseOutcome.WITHDRAWN if self.chance(0.7) else CaseOutcome.NOT_ELIGIBLE
            return close(self.days(opened, 7, 45), outcome)
        day = self.days(opened, 3, 21)
        if not step(CaseStage.CONSULTING, day):
            return t
        t.consulting_on = day
        if self.chance(P_DROP_CONSULTING):
            outcome = CaseOutcome.WITHDRAWN if self.chance(0.65) else CaseOutcome.NOT_ELIGIBLE
            return close(self.days(day, 14, 120), outcome)
        day = self.days(day, 14, 90)
        if not step(CaseStage.DOCUMENTS_COMPLETE, day):
            return t
        t.docs_on = day
        day = self.days(day, 2, 14)
        if not step(CaseStage.ASSESSMENT, day):
            return t
        t.assessment_on = day
        if self.chance(P_REVERSAL):
            back = self.days(day, 3, 10)
            if back > today:
                return t
            events.append((CaseStage.CONSULTING, back, True, self.pick(cat.REVERSAL_REASONS)))
            t.docs_on = t.assessment_on = None
            day = self.days(back, 7, 30)
            if not step(CaseStage.DOCUMENTS_COMPLETE, day):
                return t
            t.docs_on = day
            day = self.days(day, 1, 7)
            if not step(CaseStage.ASSESSMENT, day):
                return t
            t.assessment_on = day
        if self.chance(P_DROP_ASSESSMENT):
            outcome = CaseOutcome.NOT_ELIGIBLE if self.chance(0.6) else CaseOutcome.WITHDRAWN
            return close(self.days(day, 7, 30), outcome)
        amount = min(requested, cap)
        if self.chance(0.2):
            amount -= Decimal(self.rint(1, 4) * 500)
        t.amount = max(amount, Decimal(1000))
        t.term = min(self.pick((24, 30, 36, 36, 42, 48, 48)), self.programme.max_term)
        t.grace = min(self.pick((0, 0, 0, 3, 3, 6)), self.programme.max_grace)
        day = self.days(day, 7, 28)
        if day > today:
            if self.chance(0.3):  # a draft waiting for the second person's sign-off
                t.draft_on = self.between(t.assessment_on, today)
            return t
        step(CaseStage.RECOMMENDED, day)
        t.recommended_on = day
        day = self.days(day, 7, 35)
        if day > today:
            return t
        t.decided_on = day
        if not self.chance(P_APPROVED):
            step(CaseStage.DECLINED, day)
            return close(self.days(day, 3, 30), CaseOutcome.DECLINED)
        t.approved = True
        t.loan_amount = t.amount
        if self.chance(0.1) and t.amount > Decimal(2000):
            t.loan_amount = t.amount - Decimal(self.rint(1, 2) * 500)
        step(CaseStage.APPROVED, day)
        day = self.days(day, 5, 30)
        if not step(CaseStage.DISBURSED, day):
            return t
        t.disbursed_on = day
        day = self.days(day, 25, 40)
        if not step(CaseStage.MONITORING, day):
            return t
        return self.repay(t)

    def repay(self, t: _Timeline) -> _Timeline:
        """Monthly repayment entries up to last month; closes the case when repaid or written off."""
        assert t.disbursed_on is not None and t.loan_amount is not None
        rate = self.programme.rate / Decimal(1200)
        term = t.term
        if rate:
            instalment = round_cents(t.loan_amount * rate / (1 - (1 + rate) ** -term))
        else:
            instalment = round_cents(t.loan_amount / term)
        first = add_months(t.disbursed_on.replace(day=1), 1 + t.grace)
        current_month = self.today.replace(day=1)
        fate = self._random()
        default_at = arrears_at = early_end = -1
        arrears_len = 0
        if fate < P_WRITE_OFF:
            default_at = self.rint(3, max(3, term * 2 // 3))
            arrears_len = self.rint(3, 8)
        elif fate < P_WRITE_OFF + P_ARREARS:
            arrears_at = self.rint(1, term - 2)
            arrears_len = self.rint(1, 3)
        elif fate < P_WRITE_OFF + P_ARREARS + P_EARLY_REPAYMENT:
            early_end = self.rint(term // 2, term - 1)
        rescheduled = arrears_at >= 0 and self.chance(0.4)
        last = early_end if early_end >= 0 else term - 1
        month = first
        for index in range(last + 1):
            if index:
                month = _month_after(month)
            if month >= current_month:
                return t
            if default_at >= 0 and index >= default_at:
                overdue = index - default_at + 1
                if overdue > arrears_len:
                    balance = instalment * (term - default_at)
                    t.repayments.append((month, RepaymentStatus.WRITTEN_OFF, balance))
                    closed = self.workday(_month_after(month) + timedelta(days=self.rint(0, 14)))
                    if closed <= self.today:
                        t.closed_on = closed
                        t.outcome = CaseOutcome.WRITTEN_OFF
                        t.events.append(
                            (CaseStage.CLOSED, closed, False, self.pick(cat.CLOSE_REASONS["written_off"]))
                        )
                    return t
                t.repayments.append((month, RepaymentStatus.ARREARS, instalment * overdue))
            elif arrears_at >= 0 and arrears_at <= index < arrears_at + arrears_len:
                t.repayments.append((month, RepaymentStatus.ARREARS, instalment * (index - arrears_at + 1)))
            elif rescheduled and index == arrears_at + arrears_len:
                t.repayments.append((month, RepaymentStatus.RESCHEDULED, None))
            else:
                t.repayments.append((month, RepaymentStatus.ON_TIME, None))
        closed = self.workday(add_months(first, last + 1) + timedelta(days=self.rint(0, 20)))
        if closed <= self.today:
            t.closed_on = closed
            t.outcome = CaseOutcome.REPAID
            reason = cat.CLOSE_REASONS["repaid"][1 if early_end >= 0 else 0]
            t.events.append((CaseStage.CLOSED, closed, False, reason))
        return t

    def pick_advisor(self, languages: tuple[str, ...]) -> _UserRef:
        speaking = [a for a in self.advisors if languages[0] in a.languages and languages[0] != "de"]
        if speaking and self.chance(0.6):
            return self.pick(speaking)
        return self.pick(self.advisors)

    def case(self, opened: date, number: str) -> None:
        follow = self.follow_up_source(opened) if self.chance(P_FOLLOW_UP) else None
        requested = self.requested_amount(follow is not None)
        cap = self.programme.first_cap
        if follow is not None:
            cap = min(self.programme.total_cap - follow.amount, Decimal(15000))
        t = self.simulate(opened, requested, cap)
        case_id = self.uid()
        if follow is not None:
            founder, business = follow.founder, follow.business
        else:
            founder = self.person(opened)
            partners = self.chance(0.15)
            business = self.business(founder, opened, partners=partners, timeline=t)
            self.member(business, founder, BusinessRole.FOUNDER, opened)
            if partners:
                origin = founder.origin if self.chance(0.7) else None
                partner = self.person(opened, origin=origin, district=founder.district)
                self.member(business, partner, BusinessRole.CO_FOUNDER, opened)
            if t.recommended_on is not None and self.chance(0.25):
                # Usually a relative: same origin, often the same family name.
                guarantor = self.person(
                    t.recommended_on,
                    origin=founder.origin,
                    family=founder.family if self.chance(0.6) else None,
                    district=founder.district,
                    min_age=25,
                )
                self.member(business, guarantor, BusinessRole.GUARANTOR, t.recommended_on)
            if t.consulting_on is not None:
                self.consent(founder, ConsentPurpose.ADVICE, t.consulting_on)
        if t.recommended_on is not None:
            self.consent(founder, ConsentPurpose.LENDER_TRANSFER, t.recommended_on)
        advisor = self.pick_advisor(founder.languages)
        lender_id = self.weighted(self.lenders) if t.recommended_on or t.draft_on else None
        last_stage = t.stage
        stamps = [self.at(day) for _, day, _, _ in t.events]
        for i in range(1, len(stamps)):  # two steps on one day keep their order
            if stamps[i] <= stamps[i - 1]:
                stamps[i] = stamps[i - 1] + timedelta(minutes=self.rint(5, 90))
        purposes = [self.pick(business.sector.purposes)]
        if self.chance(0.35):
            purposes.append(self.pick(cat.GENERIC_PURPOSES))
        purpose = "; ".join(purposes)
        if follow is not None:
            purpose = f"Folgekredit: {purpose}"
        budget = t.consulting_on is not None and (t.docs_on is not None or self.chance(0.5))
        income = Decimal(self.rint(90, 350) * 10) if budget else None
        expenses = Decimal(self.rint(70, max(71, int(income / 10) + 20)) * 10) if income is not None else None
        surplus = Decimal(self.rint(30, 300) * 10) if budget else None
        planned_term = t.term or (self.pick((24, 36, 48)) if t.consulting_on else None)
        planned_grace = t.grace if t.term else (self.pick((0, 3, 6)) if t.consulting_on else None)
        self.add(
            "cases",
            {
                **self.tracked(case_id, stamps[0], stamps[-1]),
                "number": number,
                "provisional": False,
                "business_id": business.id,
                "advisor_id": advisor.id,
                "programme_id": self.programme.id,
                "lender_id": lender_id,
                "previous_case_id": follow.case_id if follow is not None else None,
                "source": self.weighted(_SOURCES),
                "requested_amount_cents": requested,
                "purpose": purpose,
                "stage": last_stage,
                "stage_since": stamps[-1],
                "outcome": t.outcome,
                "opened_on": opened,
                "closed_on": t.closed_on,
                "household_income_cents": income,
                "household_expenses_cents": expenses,
                "business_surplus_cents": surplus,
                "planned_term_months": planned_term,
                "planned_grace_months": planned_grace,
                "notes": "",
            },
        )
        previous: CaseStage | None = None
        for (stage, _day, reversal, reason), stamp in zip(t.events, stamps, strict=True):
            self.add(
                "stage_changes",
                {
                    **self.tracked(self.uid(), stamp),
                    "case_id": case_id,
                    "from_stage": previous,
                    "to_stage": stage,
                    "changed_at": stamp,
                    "changed_by": advisor.username,
                    "reason": reason,
                    "is_reversal": reversal,
                },
            )
            previous = stage
        self.consultations(case_id, t, founder, advisor)
        self.documents(case_id, t, founder, number, advisor)
        recommendation_id = self.recommendation(case_id, t, advisor, lender_id, follow is not None)
        loan_id = self.loan(case_id, t, recommendation_id, lender_id)
        self.jobs_and_follow_ups(case_id, number, t, business, advisor)
        self.case_reminders(case_id, number, t, advisor)
        if loan_id is not None and t.disbursed_on is not None:
            self.follow_up_pool.append(
                _LoanRef(
                    case_id,
                    founder,
                    business,
                    t.loan_amount or Decimal(0),
                    t.disbursed_on,
                    t.outcome is CaseOutcome.WRITTEN_OFF
                    or any(s is RepaymentStatus.WRITTEN_OFF for _, s, _ in t.repayments),
                )
            )
            if not business.home_based:
                self.operating.setdefault(business.district.name, deque(maxlen=12)).append(business.id)
        if last_stage in (CaseStage.CONSULTING, CaseStage.DOCUMENTS_COMPLETE, CaseStage.ASSESSMENT):
            self.recent_open.append((case_id, founder, business))
        self.case_refs.append((case_id, founder))

    def follow_up_source(self, opened: date) -> _LoanRef | None:
        pool = self.follow_up_pool
        for _ in range(4):
            if not pool:
                return None
            index = self.rint(0, len(pool) - 1)
            candidate = pool[index]
            if not candidate.written_off and add_months(candidate.disbursed_on, 6) <= opened:
                pool[index] = pool[-1]
                pool.pop()
                return candidate
        return None

    def consultations(self, case_id: uuid.UUID, t: _Timeline, founder: _PersonRef, advisor: _UserRef) -> None:
        today = self.today
        end = t.closed_on or today
        plan: list[tuple[date, str]] = []
        if t.consulting_on is None:
            plan.append((t.opened, "Erstkontakt, Geschäftsidee"))
        else:
            plan.append((t.consulting_on, "Erstberatung, Geschäftsidee"))
            until = min(t.docs_on or end, end)
            for _ in range(self.rint(1, 3) if t.docs_on else self.rint(0, 3)):
                plan.append((self.between(t.consulting_on, until), self.topics(cat.CONSULTATION_TOPICS)))
            if t.assessment_on is not None and self.chance(0.5):
                until = min(t.recommended_on or end, end)
                plan.append((self.between(t.assessment_on, until), "Tragfähigkeit, Kreditvertrag"))
            if t.disbursed_on is not None and self.chance(0.6):
                start = t.disbursed_on + timedelta(days=30)
                if start <= end:
                    plan.append((self.between(start, end), self.topics(cat.MONITORING_TOPICS)))
        first_language = founder.languages[0]
        speaks = first_language in advisor.languages
        for index, (day, topics) in enumerate(sorted(plan)[:6]):
            held = self.workday_before(day)
            place = (
                ConsultationPlace.PHONE if index == 0 and t.consulting_on is None else self.weighted(_PLACES)
            )
            if speaks and self.chance(0.7):
                language = first_language
            elif first_language == "en" or (first_language != "de" and "de" not in founder.languages):
                language = "en" if self.chance(0.6) else "de"
            else:
                language = "de"
            minutes = self.rint(2, 8) * 15 if index else self.rint(2, 6) * 15
            self.add(
                "consultations",
                {
                    **self.tracked(self.uid(), self.at(held)),
                    "case_id": case_id,
                    "person_id": founder.id,
                    "consultation_day_id": None,
                    "advisor_id": advisor.id,
                    "held_on": held,
                    "duration_minutes": minutes,
                    "place": place,
                    "language": language,
                    "topics": topics,
                    "notes": "",
                },
            )

    def topics(self, options: tuple[str, ...]) -> str:
        first = self.pick(options)
        second = self.pick(options)
        return first if first == second else f"{first}, {second}"

    def documents(
        self, case_id: uuid.UUID, t: _Timeline, founder: _PersonRef, number: str, advisor: _UserRef
    ) -> None:
        if t.consulting_on is None:
            return
        start = t.consulting_on
        created = self.at(start)
        permit_needed = founder.residence not in (
            ResidenceStatus.GERMAN,
            ResidenceStatus.EU,
            ResidenceStatus.NOT_RELEVANT,
        )
        end = t.closed_on or self.today
        open_items = []
        for kind in self.programme.documents:
            status_on: date | None
            if kind == DocumentKind.RESIDENCE_PERMIT and not permit_needed:
                status, status_on = DocumentStatus.NOT_APPLICABLE, start
            elif t.docs_on is not None:
                status = (
                    DocumentStatus.CHECKED
                    if t.assessment_on is not None or self.chance(0.5)
                    else DocumentStatus.RECEIVED
                )
                status_on = self.between(start, t.docs_on)
            else:
                status = self.weighted(_OPEN_DOCUMENT_STATUS)
                status_on = None if status is DocumentStatus.MISSING else self.between(start, end)
                if status in (DocumentStatus.MISSING, DocumentStatus.REQUESTED):
                    open_items.append(kind)
            self.add(
                "document_requirements",
                {
                    **self.tracked(self.uid(), created, self.at(status_on) if status_on else created),
                    "case_id": case_id,
                    "kind": kind,
                    "status": status,
                    "status_on": status_on,
                    "note": "",
                },
            )
        if open_items and t.closed_on is None and self.chance(0.6):
            labels = ", ".join(cat.DOCUMENT_LABELS.get(kind, kind) for kind in open_items)
            due = self.today + timedelta(days=self.rint(-20, 21))
            self.reminder(
                case_id=case_id,
                user=advisor,
                kind=ReminderKind.DOCUMENTS,
                due=due,
                title=f"Unterlagen nachfordern ({number})",
                note=f"Fehlt noch: {labels}",
                created_on=min(due, self.today) - timedelta(days=self.rint(0, 10)),
                origin_key=f"documents:{case_id}",
            )

    def recommendation(
        self,
        case_id: uuid.UUID,
        t: _Timeline,
        advisor: _UserRef,
        lender_id: uuid.UUID | None,
        follow_up: bool,
    ) -> uuid.UUID | None:
        if t.amount is None or (t.recommended_on is None and t.draft_on is None):
            return None
        signed = t.recommended_on is not None
        sent_on = t.recommended_on
        drafted = (
            t.draft_on if t.recommended_on is None else t.recommended_on - timedelta(days=self.rint(0, 3))
        )
        assert drafted is not None
        if t.assessment_on is not None and drafted < t.assessment_on:
            drafted = t.assessment_on
        signer = (
            self.lead if self.chance(0.7) else self.pick([a for a in self.advisors if a.id != advisor.id])
        )
        signed_at = self.at(sent_on) if sent_on is not None else None
        created = self.at(drafted)
        if signed_at is not None and signed_at < created:
            signed_at = created + timedelta(minutes=self.rint(10, 120))
        recommendation_id = self.uid()
        self.add(
            "recommendations",
            {
                **self.tracked(recommendation_id, created, signed_at or created),
                "case_id": case_id,
                "programme_id": self.programme.id,
                "lender_id": lender_id,
                "amount_cents": t.amount,
                "term_months": t.term,
                "grace_months": t.grace,
                "interest_rate_percent": self.programme.rate,
                "fee_cents": self.programme.fee,
                "recommended_on": drafted,
                "is_follow_up_loan": follow_up,
                "summary": self.pick(cat.RECOMMENDATION_SUMMARIES),
                "author": advisor.username,
                "signed_off_by": signer.username if signed else None,
                "signed_off_at": signed_at,
                "sent_on": sent_on,
            },
        )
        return recommendation_id

    def loan(
        self,
        case_id: uuid.UUID,
        t: _Timeline,
        recommendation_id: uuid.UUID | None,
        lender_id: uuid.UUID | None,
    ) -> uuid.UUID | None:
        if t.decided_on is None:
            return None
        loan_id = self.uid()
        decided = self.at(t.decided_on)
        self.add(
            "loans",
            {
                **self.tracked(loan_id, decided, self.at(t.disbursed_on) if t.disbursed_on else decided),
                "case_id": case_id,
                "recommendation_id": recommendation_id,
                "lender_id": lender_id,
                "decision": LenderDecision.APPROVED if t.approved else LenderDecision.DECLINED,
                "decided_on": t.decided_on,
                "amount_cents": t.loan_amount if t.approved else None,
                "term_months": t.term if t.approved else None,
                "grace_months": t.grace if t.approved else None,
                "interest_rate_percent": self.programme.rate if t.approved else None,
                "conditions": self.pick(cat.LOAN_CONDITIONS) if t.approved else "",
                "disbursed_on": t.disbursed_on,
            },
        )
        for month, status, arrears in t.repayments:
            recorded = self.workday(_month_after(month) + timedelta(days=self.rint(0, 9)))
            recorded = min(recorded, self.today)
            note = ""
            if status is RepaymentStatus.RESCHEDULED:
                note = "Tilgungsplan angepasst"
            elif status is RepaymentStatus.WRITTEN_OFF:
                note = "Restforderung abgeschrieben"
            self.add(
                "repayment_entries",
                {
                    **self.tracked(self.uid(), self.at(recorded)),
                    "loan_id": loan_id,
                    "month": month,
                    "status": status,
                    "arrears_cents": arrears,
                    "note": note,
                },
            )
        return loan_id

    def jobs_and_follow_ups(
        self,
        case_id: uuid.UUID,
        number: str,
        t: _Timeline,
        business: _BusinessRef,
        advisor: _UserRef,
    ) -> None:
        if t.consulting_on is None:
            return
        # A new business creates the founders' own jobs; an existing one secures them and its staff.
        staff = self.weighted(_PLANNED_STAFF)
        planned_heads = staff if business.existing else business.founders + staff
        secured = business.founders + business.employees if business.existing else 0
        planned_fte = Decimal(planned_heads) - (
            Decimal("0.5") if planned_heads > 1 and self.chance(0.5) else 0
        )
        self.jobs_record(
            case_id,
            JobsOccasion.INTAKE,
            t.consulting_on,
            heads=planned_heads,
            fte=planned_fte,
            secured=secured,
        )
        if t.disbursed_on is None:
            return
        heads = planned_heads
        written_off_on = t.closed_on if t.outcome is CaseOutcome.WRITTEN_OFF else None
        for occasion, months in _JOBS_OCCASIONS:
            due = add_months(t.disbursed_on, months)
            if due > self.today + timedelta(days=45):
                break
            recorded_on: date | None = None
            if due <= self.today - timedelta(days=14) and self.chance(0.92):
                recorded_on = min(self.days(due, 0, 30), self.today)
                if written_off_on is not None and written_off_on <= due:
                    self.jobs_record(
                        case_id, occasion, recorded_on, heads=0, fte=Decimal(0), note="Betrieb eingestellt"
                    )
                else:
                    heads = max(0, heads + self.weighted(_HEADS_CHANGE))
                    fte = Decimal(heads) - (Decimal("0.5") if heads > 1 and self.chance(0.4) else 0)
                    self.jobs_record(case_id, occasion, recorded_on, heads=heads, fte=fte, secured=secured)
            if due >= self.today - timedelta(days=120):
                label = {JobsOccasion.MONTH_6: "6", JobsOccasion.MONTH_12: "12", JobsOccasion.MONTH_24: "24"}
                self.reminder(
                    case_id=case_id,
                    user=advisor,
                    kind=ReminderKind.JOBS_FOLLOW_UP,
                    due=due,
                    title=f"Arbeitsplätze nach {label[occasion]} Monaten erfassen ({number})",
                    note="",
                    created_on=t.disbursed_on,
                    origin_key=reminder_origin_key(case_id, occasion),
                    done_on=recorded_on,
                )

    def jobs_record(
        self,
        case_id: uuid.UUID,
        occasion: JobsOccasion,
        on: date,
        *,
        heads: int,
        fte: Decimal,
        secured: int = 0,
        note: str = "",
    ) -> None:
        self.add(
            "jobs_records",
            {
                **self.tracked(self.uid(), self.at(on)),
                "case_id": case_id,
                "occasion": occasion,
                "recorded_on": on,
                "created_heads": heads,
                "created_fte": fte,
                "secured_heads": secured,
                "secured_fte": Decimal(secured),
                "note": note,
            },
        )

    def case_reminders(self, case_id: uuid.UUID, number: str, t: _Timeline, advisor: _UserRef) -> None:
        stage = t.stage
        if stage is CaseStage.ENQUIRY and self.chance(0.7):
            self.reminder(
                case_id=case_id,
                user=advisor,
                kind=ReminderKind.MANUAL,
                due=self.days(t.opened, 2, 10),
                title=f"Termin für die Erstberatung vereinbaren ({number})",
                note="",
                created_on=t.opened,
            )
        elif stage is CaseStage.RECOMMENDED and t.recommended_on is not None:
            self.reminder(
                case_id=case_id,
                user=advisor,
                kind=ReminderKind.MANUAL,
                due=self.workday(t.recommended_on + timedelta(days=14)),
                title=f"Entscheidung des Kreditgebers nachfassen ({number})",
                note="",
                created_on=t.recommended_on,
            )
        elif stage is CaseStage.CLOSED and t.closed_on is not None and self.chance(0.05):
            self.reminder(
                case_id=case_id,
                user=advisor,
                kind=ReminderKind.MANUAL,
                due=t.closed_on,
                title=f"Abschlussgespräch führen ({number})",
                note="",
                created_on=t.closed_on - timedelta(days=self.rint(3, 20)),
                done_on=t.closed_on,
            )

    def reminder(
        self,
        *,
        user: _UserRef,
        kind: ReminderKind,
        due: date,
        title: str,
        note: str,
        created_on: date,
        case_id: uuid.UUID | None = None,
        property_id: uuid.UUID | None = None,
        initiative_id: uuid.UUID | None = None,
        origin_key: str | None = None,
        done_on: date | None = None,
    ) -> uuid.UUID:
        reminder_id = self.uid()
        created = self.at(min(created_on, self.today))
        done_at = self.at(done_on) if done_on is not None else None
        if done_at is not None and done_at < created:
            done_at = created + timedelta(minutes=self.rint(5, 60))
        self.add(
            "reminders",
            {
                **self.tracked(reminder_id, created, done_at or created),
                "case_id": case_id,
                "property_id": property_id,
                "initiative_id": initiative_id,
                "assigned_to_id": user.id,
                "kind": kind,
                "due_on": due,
                "title": title,
                "note": note,
                "done_at": done_at,
                "origin_key": origin_key,
            },
        )
        return reminder_id

    # -- properties, space requests, quarters, initiatives, consultation days ---------------------

    def neighbourhood(self) -> None:
        today = self.today
        owners_p = [
            self.person(today - timedelta(days=self.rint(800, 2000)), origin=cat.GERMAN, min_age=40)
            for _ in range(8)
        ]
        owners_b = []
        for name in cat.OWNER_BUSINESS_NAMES:
            district = self.weighted(self.other_districts)
            owner_id = self.uid()
            self.add(
                "businesses",
                {
                    **self.tracked(owner_id, self.at(today - timedelta(days=self.rint(300, 1500)))),
                    "name": name,
                    "legal_form": "gmbh" if "GmbH" in name else ("gbr" if "GbR" in name else "other"),
                    "sector_id": self.sector_ids.get(cat.OWNER_SECTOR_CODE),
                    "founding_date": date(self.rint(1975, 2012), self.rint(1, 12), 1),
                    "founding_planned": False,
                    "street": f"{self.pick(district.streets)} {self.rint(1, 90)}",
                    "postcode": self.pick(district.postcodes),
                    "city": "Dortmund",
                    "borough_id": district.borough_id,
                    "district_id": district.id,
                    "employees": self.rint(2, 25),
                    "notes": "",
                },
            )
            owners_b.append(owner_id)
        for owner in owners_p:
            self.consent(owner, ConsentPurpose.OWNER_CONTACT, today - timedelta(days=self.rint(30, 700)))
        properties = self.properties(owners_p, owners_b)
        self.space_requests(properties)
        quarters = self.quarters()
        initiatives = self.initiatives(quarters, owners_p)
        self.consultation_days(initiatives)
        self.office_reminders()

    def properties(
        self, owners_p: list[_PersonRef], owners_b: list[uuid.UUID]
    ) -> list[tuple[uuid.UUID, list[str], _DistrictRef]]:
        today = self.today
        result = []
        for _ in range(24):
            district = self.weighted(self.migrant_districts)
            property_id = self.uid()
            area = Decimal(self.rint(2500, 25000)) / 100
            uses = sorted({self.pick(tuple(PropertyUse)).value for _ in range(self.rint(1, 3))})
            condition = self.weighted(
                (
                    (PropertyCondition.READY, 40),
                    (PropertyCondition.MINOR_WORK, 30),
                    (PropertyCondition.RENOVATION, 20),
                    (PropertyCondition.MAJOR_RENOVATION, 10),
                )
            )
            needs_work = condition in (PropertyCondition.RENOVATION, PropertyCondition.MAJOR_RENOVATION)
            status = self.weighted(
                (
                    (PropertyStatus.VACANT, 65),
                    (PropertyStatus.RESERVED, 10),
                    (PropertyStatus.LET, 10),
                    (PropertyStatus.REACTIVATED, 10),
                    (PropertyStatus.WITHDRAWN, 5),
                )
            )
            vacant_since = today - timedelta(days=self.rint(30, 1100))
            let_on = (
                self.between(vacant_since, today)
                if status in (PropertyStatus.LET, PropertyStatus.REACTIVATED)
                else None
            )
            by_person = self.chance(0.6)
            consent = self.chance(0.85)
            created = self.at(self.between(vacant_since, today))
            self.add(
                "properties",
                {
                    **self.tracked(
                        property_id,
                        created,
                        self.at(let_on) if let_on and let_on > created.date() else created,
                    ),
                    "street": f"{self.pick(district.streets)} {self.rint(1, 140)}",
                    "postcode": self.pick(district.postcodes),
                    "borough_id": district.borough_id,
                    "district_id": district.id,
                    "ground_floor": self.chance(0.8),
                    "floor_note": "",
                    "area_m2": area,
                    "rooms": self.rint(1, 6),
                    "cold_rent_cents": round_cents(area * Decimal(self.rint(600, 1400)) / 100),
                    "service_charges_cents": round_cents(area * Decimal(self.rint(180, 400)) / 100),
                    "uses": uses,
                    "shop_window": self.chance(0.6),
                    "step_free": self.chance(0.4),
                    "condition": condition,
                    "renovation_needs": self.pick(cat.RENOVATION_NEEDS) if needs_work else "",
                    "renovation_cost_cents": Decimal(self.rint(5, 80) * 1000) if needs_work else None,
                    "vacant_since": vacant_since,
                    "vacancy_reason": self.pick(cat.VACANCY_REASONS),
                    "owner_person_id": self.pick(owners_p).id if by_person else None,
                    "owner_business_id": None if by_person else self.pick(owners_b),
                    "owner_consent": consent,
                    "owner_consent_on": self.between(vacant_since, today) if consent else None,
                    "status": status,
                    "let_on": let_on,
                    "notes": "",
                },
            )
            result.append((property_id, uses, district))
        return result

    def space_requests(self, properties: list[tuple[uuid.UUID, list[str], _DistrictRef]]) -> None:
        today = self.today
        seekers = list(self.recent_open)[-18:]
        matched = 0
        for case_id, founder, business in seekers:
            request_id = self.uid()
            use = business.sector.use.value
            minimum = Decimal(self.rint(2, 8) * 10)
            status = self.weighted(
                (
                    (SpaceRequestStatus.OPEN, 70),
                    (SpaceRequestStatus.FULFILLED, 15),
                    (SpaceRequestStatus.WITHDRAWN, 15),
                )
            )
            self.add(
                "space_requests",
                {
                    **self.tracked(request_id, self.at(today - timedelta(days=self.rint(1, 120)))),
                    "person_id": founder.id,
                    "business_id": business.id,
                    "case_id": case_id,
                    "sector_id": business.sector_id,
                    "use": use,
                    "min_area_m2": minimum,
                    "max_area_m2": minimum + Decimal(self.rint(2, 10) * 10),
                    "max_rent_cents": Decimal(self.rint(5, 25) * 100),
                    "preferred_district_ids": [str(business.district.id)],
                    "preferred_borough_ids": [str(business.district.borough_id)],
                    "needs_ground_floor": use in ("retail", "gastronomy"),
                    "needs_shop_window": use == "retail" and self.chance(0.7),
                    "needs_step_free": self.chance(0.2),
                    "earliest_move_in": today + timedelta(days=self.rint(14, 150)),
                    "status": status,
                    "notes": "",
                },
            )
            fitting = [p for p in properties if use in p[1]]
            if fitting and matched < 12 and self.chance(0.7):
                property_id = self.pick(fitting)[0]
                stage = self.weighted(
                    (
                        (MatchStage.PROPOSED, 35),
                        (MatchStage.OWNER_CONTACTED, 20),
                        (MatchStage.VIEWING, 15),
                        (MatchStage.LEASE_SIGNED, 10),
                        (MatchStage.BUSINESS_OPENED, 5),
                        (MatchStage.REJECTED, 15),
                    )
                )
                signed = (
                    today - timedelta(days=self.rint(20, 90))
                    if stage in (MatchStage.LEASE_SIGNED, MatchStage.BUSINESS_OPENED)
                    else None
                )
                self.add(
                    "matches",
                    {
                        **self.tracked(self.uid(), self.at(today - timedelta(days=self.rint(1, 100)))),
                        "request_id": request_id,
                        "property_id": property_id,
                        "stage": stage,
                        "score": Decimal(self.rint(4500, 9800)) / 10000,
                        "explanation": "Nutzung passt, Fläche im gewünschten Rahmen, Stadtteil bevorzugt.",
                        "fund_eligible": self.chance(0.5),
                        "rejection_reason": "Miete zu hoch" if stage is MatchStage.REJECTED else "",
                        "lease_signed_on": signed,
                        "opened_on": signed + timedelta(days=14)
                        if signed and stage is MatchStage.BUSINESS_OPENED
                        else None,
                    },
                )
                matched += 1

    def quarters(self) -> dict[str, uuid.UUID]:
        table = _TABLES["quarters"]
        specs = (
            ("Nordstadt (Demo)", ("Hafen", "Nordmarkt", "Borsigplatz"), QuarterStatus.ACTIVE),
            ("Hörde-Zentrum (Demo)", ("Hörde",), QuarterStatus.PLANNED),
        )
        existing = {
            row.name: row.id
            for row in self.connection.execute(
                select(table.c.name, table.c.id).where(table.c.name.in_([s[0] for s in specs]))
            )
        }
        result = {}
        for name, district_names, status in specs:
            quarter_id = self.uid()
            created = self.at(date(self.today.year - 2, 1, 15))
            if name in existing:
                result[name] = existing[name]
                continue
            self.add(
                "quarters",
                {
                    **self.tracked(quarter_id, created),
                    "name": name,
                    "base_year": self.today.year - 2,
                    "lwsi_goal_percent": Decimal(10),
                    "goal_reactivated_units": self.rint(4, 12),
                    "goal_recommended_loans": self.rint(10, 30),
                    "goal_jobs": self.rint(20, 60),
                    "responsible_id": self.lead.id,
                    "status": status,
                    "allow_overlap": False,
                    "notes": "",
                },
            )
            for district_name in district_names:
                district = self.district_by_name.get(district_name)
                if district is not None:
                    self.add(
                        "quarter_districts",
                        {
                            **self.tracked(self.uid(), created),
                            "quarter_id": quarter_id,
                            "district_id": district.id,
                        },
                    )
            result[name] = quarter_id
        return result

    def initiatives(
        self, quarters: dict[str, uuid.UUID], owners: list[_PersonRef]
    ) -> list[tuple[uuid.UUID, _DistrictRef]]:
        today = self.today
        specs = (
            ("Interessengemeinschaft Münsterstraße", InitiativeKind.TRADERS, "Nordmarkt", "Nordstadt (Demo)"),
            ("Kreativquartier Hafen", InitiativeKind.CREATIVE, "Hafen", "Nordstadt (Demo)"),
            ("Standortgemeinschaft Borsigplatz", InitiativeKind.MIXED, "Borsigplatz", "Nordstadt (Demo)"),
            ("Werbegemeinschaft Hörder Neumarkt", InitiativeKind.RETAIL, "Hörde", "Hörde-Zentrum (Demo)"),
        )
        result = []
        for name, kind, district_name, quarter_name in specs:
            district = self.district_by_name.get(district_name)
            if district is None:
                continue
            initiative_id = self.uid()
            created = self.at(today - timedelta(days=self.rint(400, 900)))
            self.add(
                "initiatives",
                {
                    **self.tracked(initiative_id, created),
                    "name": name,
                    "kind": kind,
                    "quarter_id": quarters.get(quarter_name),
                    "notes": "",
                },
            )
            self.add(
                "initiative_districts",
                {
                    **self.tracked(self.uid(), created),
                    "initiative_id": initiative_id,
                    "district_id": district.id,
                },
            )
            businesses = list(self.operating.get(district_name, ()))[:6]
            members: list[tuple[uuid.UUID | None, uuid.UUID | None]] = [(None, b) for b in businesses]
            members.append((self.pick(owners).id, None))
            for index, (person_id, business_id) in enumerate(members):
                self.add(
                    "initiative_members",
                    {
                        **self.tracked(self.uid(), created),
                        "initiative_id": initiative_id,
                        "person_id": person_id,
                        "business_id": business_id,
                        "role": "Sprecher/in"
                        if index == 0
                        else self.pick(("Mitglied", "Mitglied", "Kassenwart/in")),
                        "is_contact": index == 0,
                    },
                )
            for _ in range(self.rint(2, 4)):
                held = self.workday(today - timedelta(days=self.rint(5, 540)))
                meeting_id = self.uid()
                stamp = self.at(held)
                self.add(
                    "initiative_meetings",
                    {
                        **self.tracked(meeting_id, stamp),
                        "initiative_id": initiative_id,
                        "held_on": held,
                        "participants": f"{self.rint(5, 18)} Teilnehmende, Wirtschaftsförderung",
                        "minutes": self.pick(cat.MEETING_MINUTES),
                    },
                )
                owner = self.pick(self.advisors)
                text = self.pick(cat.MEETING_ACTIONS)
                due = held + timedelta(days=self.rint(14, 60))
                action_id = self.uid()
                reminder_id = self.reminder(
                    user=owner,
                    kind=ReminderKind.MEETING_ACTION,
                    due=due,
                    title=text,
                    note=name,
                    created_on=held,
                    initiative_id=initiative_id,
                    origin_key=f"meeting_action:{action_id}",
                    done_on=min(due, today) if due < today and self.chance(0.7) else None,
                )
                self.add(
                    "meeting_actions",
                    {
                        **self.tracked(action_id, stamp),
                        "meeting_id": meeting_id,
                        "text": text,
                        "owner_id": owner.id,
                        "owner_name": "",
                        "due_on": due,
                        "reminder_id": reminder_id,
                    },
                )
                code = self.pick(cat.MISSING_OFFER_CODES)
                sector_id = self.sector_ids.get(code)
                if sector_id is None:
                    continue
                weight = Decimal(self.rint(2, 10)) / 2
                self.add(
                    "meeting_missing_offers",
                    {
                        **self.tracked(self.uid(), stamp),
                        "meeting_id": meeting_id,
                        "sector_id": sector_id,
                        "district_id": district.id,
                        "weight": weight,
                        "note": "",
                    },
                )
                self.add(
                    "demand_entries",
                    {
                        **self.tracked(self.uid(), stamp),
                        "district_id": district.id,
                        "quarter_id": quarters.get(quarter_name),
                        "sector_id": sector_id,
                        "weight": weight,
                        "meeting_id": meeting_id,
                        "note": "",
                    },
                )
            result.append((initiative_id, district))
        return result

    def consultation_days(self, initiatives: list[tuple[uuid.UUID, _DistrictRef]]) -> None:
        today = self.today
        places = (
            ("Quartiersbüro Nordmarkt", "Nordmarkt"),
            ("Stadtteilbibliothek Hörde", "Hörde"),
            ("Bürgerhaus Scharnhorst-Ost", "Scharnhorst-Ost"),
            ("Depot, Immermannstraße", "Hafen"),
        )
        initiative_by_district = {district.name: initiative_id for initiative_id, district in initiatives}
        refs = list(self.case_refs)
        for index in range(10):
            place, district_name = places[index % len(places)]
            district = self.district_by_name.get(district_name)
            held = self.workday(today + timedelta(days=(index - 7) * 21 + self.rint(0, 4)))
            day_id = self.uid()
            created = self.at(min(held, today) - timedelta(days=30))
            self.add(
                "consultation_days",
                {
                    **self.tracked(day_id, created),
                    "held_on": held,
                    "place": place,
                    "borough_id": district.borough_id if district else None,
                    "district_id": district.id if district else None,
                    "initiative_id": initiative_by_district.get(district_name),
                    "starts_at": time(10, 0),
                    "ends_at": time(14, 0),
                    "slot_minutes": 30,
                    "notes": "",
                },
            )
            staff = [self.pick(self.advisors)]
            second = self.pick(self.advisors)
            if second.id != staff[0].id:
                staff.append(second)
            for user in staff:
                self.add(
                    "consultation_day_advisors",
                    {**self.tracked(self.uid(), created), "day_id": day_id, "user_id": user.id},
                )
            slots = sorted({self.rint(0, 7) for _ in range(self.rint(3, 6))})
            for slot in slots:
                walk_in = self.chance(0.25)
                ref = self.pick(refs) if refs and not walk_in and self.chance(0.7) else None
                if held > today:
                    status = AppointmentStatus.BOOKED if self.chance(0.9) else AppointmentStatus.CANCELLED
                else:
                    status = self.weighted(
                        (
                            (AppointmentStatus.ATTENDED, 75),
                            (AppointmentStatus.NO_SHOW, 15),
                            (AppointmentStatus.CANCELLED, 10),
                        )
                    )
                visitor = ""
                if ref is None:
                    origin = self.weighted(self.migrant_origins)
                    visitor = _nfc(f"{self.pick(origin.female + origin.male)} {self.pick(origin.family)}")
                self.add(
                    "appointments",
                    {
                        **self.tracked(self.uid(), created),
                        "day_id": day_id,
                        "starts_at": time(10 + slot // 2, 30 * (slot % 2)),
                        "person_id": ref[1].id if ref else None,
                        "case_id": ref[0] if ref else None,
                        "walk_in": walk_in,
                        "visitor_name": visitor,
                        "topic": self.pick(("Erstberatung", "Finanzierung", "Standortsuche", "Unterlagen")),
                        "status": status,
                    },
                )

    def office_reminders(self) -> None:
        """Reminders without a case: something overdue, something due today, something ahead."""
        today = self.today
        specs = (
            (self.lead, -3, "Quartalszahlen für den Lenkungskreis zusammenstellen"),
            (self.lead, 0, "Monatsstatistik Mikrokredite prüfen"),
            (self.advisors[0], 0, "Sprechtag vorbereiten"),
            (self.advisors[-1], 7, "Netzwerktreffen Gründungsberatung"),
            (self.lead, 30, "Programmkosten des Vorjahres erfassen"),
        )
        for user, offset, title in specs:
            self.reminder(
                user=user,
                kind=ReminderKind.MANUAL,
                due=today + timedelta(days=offset),
                title=title,
                note="",
                created_on=today - timedelta(days=self.rint(1, 20)),
            )

    def programme_costs(self) -> None:
        for year in range(self.start.year, self.today.year + 1):
            created = self.at(date(year, 12, 15) if year < self.today.year else self.today)
            growth = Decimal(year - self.start.year)
            items: tuple[tuple[CostKind, str, Decimal, dict[str, str]], ...] = (
                (
                    CostKind.STAFF,
                    "Beratungspersonal (1,5 VZÄ)",
                    Decimal(98000) + growth * 2500,
                    {"fte": "1.5"},
                ),
                (CostKind.MATERIAL, "Sachkosten, Software, Öffentlichkeitsarbeit", Decimal(12500), {}),
                (
                    CostKind.OVERHEAD,
                    "Gemeinkostenzuschlag 15 %",
                    Decimal(14700) + growth * 375,
                    {"rate": "0.15"},
                ),
            )
            for kind, description, amount, details in items:
                self.add(
                    "programme_costs",
                    {
                        **self.tracked(self.uid(), created),
                        "year": year,
                        "kind": kind,
                        "description": description,
                        "amount_cents": amount,
                        "details": details,
                    },
                )


class DemoService(Service):
    """Loads demo data into the open database (one transaction: all or nothing)."""

    @requires(Permission.IMPORT_DATA)
    def load(
        self, *, cases: int, seed: int, progress: Callable[[int, int], None] | None = None
    ) -> DemoSummary:
        return generate_demo_data(self._sessions.engine, cases=cases, seed=seed, progress=progress)
