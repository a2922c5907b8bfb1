"""From typed rows to the import plan: names resolved to records, the rules of the intake dialogs applied,
duplicates found against the database and within the file, and for each row what writing it means.

One ``Planner`` per import and kind, fed batch by batch (``plan``), so a streamed import plans each batch
while the reader parses the next. It remembers what earlier rows will record, for the duplicate check
within the file and for rows that name the same business or owner (recorded once, linked from the
others).

Duplicate rules follow the intake dialogs (``intake_service``): a person is a likely duplicate when the
names are similar (token sort ratio >= 85 of the folded names) and the birth date is the same or the
address is (same postcode, similar street). *Confident* duplicates (name >= 90 with the same birth date, or
name >= 95 with the same address and no other birth date) are skipped by default. Candidates in the
database are fetched by birth date and postcode (both indexed) for the rows of a batch, never by
scanning every person.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from operator import itemgetter
from types import MappingProxyType
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from dlzw_desktop.db.models import (
    Business,
    BusinessMember,
    Case,
    Consultation,
    Person,
    Property,
)
from dlzw_desktop.domain.enums import (
    BusinessRole,
    CaseSource,
    CaseStage,
    ConsultationPlace,
    Gender,
    LegalForm,
    MigrationBackground,
    PropertyCondition,
    PropertyStatus,
    PropertyUse,
    ResidenceStatus,
)
from dlzw_desktop.domain.money import ZERO
from dlzw_desktop.domain.properties import check_property_values
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.consultation_service import MAX_MINUTES
from dlzw_desktop.services.importing.convert import ImportedRow, Problem, Severity
from dlzw_desktop.services.importing.mapping import ColumnMapping, ImportKind, field_by_key
from dlzw_desktop.services.importing.plan import (
    DuplicateEntity,
    DuplicateMatch,
    DuplicateReason,
    PlannedRow,
    RowAction,
)
from dlzw_desktop.services.importing.resolve import (
    References,
    Resolved,
    chunks,
    fold_key,
    person_key,
)
from dlzw_desktop.services.importing.similar import (
    BusinessIndex,
    FileDuplicates,
    FileMatches,
    KnownBusiness,
    KnownPerson,
    PersonIndex,
    business_key,
    day_text,
    fast_fold,
    fold_street,
    probe_business,
    probe_person,
)

logger = logging.getLogger(__name__)

_PERMIT_STATUSES = frozenset(
    {ResidenceStatus.RESIDENCE_PERMIT_SELF_EMPLOYMENT, ResidenceStatus.RESIDENCE_PERMIT_OTHER}
)
_POSTCODE = re.compile(r"^\d{5}$")
_COMPANY_WORDS = re.compile(
    r"\b(gmbh|ug|ag|kg|ohg|gbr|e\.?\s?k\.?|e\.?\s?v\.?|eg|se|mbh|immobilien|verwaltung|grundbesitz|"
    r"hausverwaltung|stiftung|wohnungsbau|baugenossenschaft|genossenschaft|gesellschaft|holding|"
    r"partner|erben|stadt|kirchengemeinde)\b",
    re.IGNORECASE,
)
EARLIEST = date(2000, 1, 1)


# --- the writer's instructions, one per row -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewRecord:
    """Values of a record the row creates; ``key`` names it within the file (rows sharing it share one)."""

    values: Mapping[str, object]
    key: tuple[object, ...] = ()


@dataclass(frozen=True, slots=True)
class PersonsIntent:
    """A row of a persons list: a person, a business, and the person's role in it."""

    person: NewRecord | None
    business: NewRecord | None
    role: BusinessRole
    person_db: uuid.UUID | None = None  # the duplicate in the database, used on LINK
    person_row: int | None = None  # the duplicate earlier in the file, used on LINK
    business_db: uuid.UUID | None = None


class OwnerKind(StrEnum):
    """Whether an owner named in a list is a person or a business."""

    PERSON = "person"
    BUSINESS = "business"


@dataclass(frozen=True, slots=True)
class CasesIntent:
    """A row of a case list: the case, its business and applicant (recorded or new)."""

    case: Mapping[str, object]
    number_taken: bool
    business_db: uuid.UUID | None
    business_new: NewRecord | None
    applicant_db: uuid.UUID | None
    applicant_new: NewRecord | None
    applicant_joins: bool  # the applicant becomes a founder of the business (not a member yet)


@dataclass(frozen=True, slots=True)
class ConsultationsIntent:
    """A row of a consultation list."""

    consultation: Mapping[str, object]


@dataclass(frozen=True, slots=True)
class PropertiesIntent:
    """A row of a vacancy list: the property and its owner (recorded, new, or none)."""

    property: Mapping[str, object]
    owner_kind: OwnerKind | None
    owner_db: uuid.UUID | None
    owner_new: NewRecord | None


Intent = PersonsIntent | CasesIntent | ConsultationsIntent | PropertiesIntent


# --- shared machinery -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _RowWork:
    """What the planner collects about one row before it is frozen into a PlannedRow."""

    row: ImportedRow
    problems: list[Problem]
    duplicates: list[DuplicateMatch] = field(default_factory=list)
    file_matches: FileMatches | None = None  # found by the sandbox; None: the planner checks the file


def _param_text(value: object) -> str:
    """A parameter as the German report shows it."""
    if isinstance(value, Decimal):
        return _german_decimal(value)
    if isinstance(value, date):
        return day_text(value)
    if isinstance(value, StrEnum):
        return value.value
    return str(value)


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index > 0:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


_NO_MATCHES: FileMatches = ([], [])


class Planner:
    """Plans the rows of one import batch by batch (see the module docstring)."""

    kind: ImportKind

    def __init__(
        self, refs: References, mapping: ColumnMapping, header: Sequence[str], file_name: str, today: date
    ) -> None:
        self.refs = refs
        self.mapping = mapping
        self.header = header
        self.file_name = file_name
        self.today = today

    # -- problems ------------------------------------------------------------------------------------

    def problem(
        self,
        work: _RowWork,
        key: str | None,
        code: str,
        message: str,
        *,
        severity: Severity = Severity.ERROR,
        **params: Any,
    ) -> None:
        column = self.mapping.column_of(key) if key else None
        value = work.row[key] if key and key in work.row.field_index else None
        try:
            text = message.format(**params)
        except (KeyError, IndexError, ValueError):
            text = message
        work.problems.append(
            Problem(
                row=work.row.number,
                column=_letter(column) if column is not None else None,
                header=(self.header[column] if column is not None and column < len(self.header) else None),
                value=None if value is None else str(value),
                code=code,
                message=text,
                params=MappingProxyType({k: _param_text(v) for k, v in params.items()}),
                severity=severity,
                field=key,
            )
        )

    def resolution(self, work: _RowWork, key: str, found: Resolved) -> uuid.UUID | None:
        """Turn a lookup into an id, with an error when nothing fits and a warning when read by similarity."""
        params = dict(found.params)
        if found.code is not None:
            self.problem(work, key, found.code, _RESOLUTION_MESSAGES[found.code], **params)  # type: ignore[arg-type]
            return None
        if found.read_as is not None:
            self.problem(
                work,
                key,
                "import.read_as",
                "'{value}' was read as '{read_as}'. Check that this is meant.",
                severity=Severity.WARNING,
                value=work.row[key],
                read_as=found.read_as,
            )
        return found.id

    def text(self, row: ImportedRow, key: str) -> str | None:
        value = row[key]
        return value if isinstance(value, str) and value else None

    def domain_check(self, work: _RowWork, key: str, check: Callable[[], object]) -> None:
        """Run a rule of the services; its ``ValidationError`` becomes an error of the row."""
        try:
            check()
        except ValidationError as exc:
            self.problem(work, key, exc.code, exc.message, **dict(exc.params))

    # -- the batch -------------------------------------------------------------------------------------

    def plan(
        self,
        session: Session,
        rows: Sequence[ImportedRow],
        problems: Iterable[Problem],
        file_matches: Mapping[int, FileMatches] | None = None,
    ) -> list[tuple[PlannedRow, Intent | None]]:
        """Plan a batch of converted rows (with the conversion's problems); rows in file order.

        ``file_matches``: the duplicates within the file as the sandbox found them, by row number (rows
        without any are missing); None to have the planner check the file itself. Either for every batch
        of an import or for none.
        """
        by_row: dict[int, list[Problem]] = defaultdict(list)
        for problem in problems:
            by_row[problem.row].append(problem)
        if file_matches is None:
            works = [_RowWork(row, by_row.get(row.number, [])) for row in rows]
        else:
            works = [
                _RowWork(
                    row, by_row.get(row.number, []), file_matches=file_matches.get(row.number, _NO_MATCHES)
                )
                for row in rows
            ]
        return self.plan_works(session, works)

    def plan_works(self, session: Session, works: list[_RowWork]) -> list[tuple[PlannedRow, Intent | None]]:
        raise NotImplementedError


def _frozen(
    work: _RowWork,
    summary: str,
    *,
    actions: tuple[RowAction, ...] = (RowAction.IMPORT, RowAction.SKIP),
    default: RowAction = RowAction.IMPORT,
    creates: tuple[str, ...] = (),
) -> PlannedRow:
    errors = any(problem.severity is Severity.ERROR for problem in work.problems)
    return PlannedRow(
        number=work.row.number,
        summary=summary,
        problems=tuple(work.problems),
        duplicates=tuple(work.duplicates),
        actions=(RowAction.SKIP,) if errors else actions,
        default_action=RowAction.SKIP if errors else default,
        creates=() if errors else creates,
    )


def _default_for(duplicates: Sequence[DuplicateMatch], *, everything_known: bool) -> RowAction:
    """Skip a row whose every record is a confident duplicate; link one that adds to known records."""
    if not duplicates or not any(d.confident for d in duplicates):
        return RowAction.IMPORT
    return RowAction.SKIP if everything_known else RowAction.LINK


# --- persons and businesses -----------------------------------------------------------------------------


class PersonsPlanner(Planner):
    """Persons with their business (or a business alone) from a list of founders."""

    kind = ImportKind.PERSONS

    def __init__(
        self, refs: References, mapping: ColumnMapping, header: Sequence[str], file_name: str, today: date
    ) -> None:
        super().__init__(refs, mapping, header, file_name, today)
        self._file_check = FileDuplicates()  # unless the sandbox checked the file already
        self._file_businesses: dict[tuple[object, ...], int] = {}  # business key -> first row naming it
        self._file_members: set[tuple[tuple[object, ...], int | None, BusinessRole]] = set()
        self._db_persons = PersonIndex()
        self._db_births: set[date] = set()
        self._db_addresses: set[str] = set()
        self._db_businesses = BusinessIndex()
        self._db_business_postcodes: set[str] = set()
        self._db_business_names: dict[str, list[tuple[uuid.UUID, str]]] | None = None
        self._db_loaded: set[uuid.UUID] = set()
        self._picked_from: Mapping[str, int] | None = None  # the rows' field index ``_pick`` was made for
        self._pick: Callable[[tuple[object, ...]], tuple[Any, ...]] = tuple

    def _load_database(
        self, session: Session, probes: Sequence[tuple[_PersonProbe | None, KnownBusiness | None]]
    ) -> None:
        births = sorted({p.birth for p, _ in probes if p and p.birth} - self._db_births)
        postcodes = sorted(
            {p.postcode for p, _ in probes if p and p.postcode and p.street and fold_street(p.street)}
            - self._db_addresses
        )
        columns = (Person.id, Person.given_names, Person.family_name, Person.birth_date, Person.street,
                   Person.postcode)  # fmt: skip
        for column, values in ((Person.birth_date, births), (Person.postcode, postcodes)):
            for chunk in chunks(values):
                query = select(*columns).where(Person.deleted_at.is_(None), column.in_(chunk))
                for pid, given, family, birth, street, postcode in session.execute(query):
                    if pid in self._db_loaded:
                        continue  # found by birth date and by postcode: one candidate
                    self._db_loaded.add(pid)
                    full = f"{given} {family}".strip()
                    self._db_persons.add(
                        KnownPerson(
                            fast_fold(full),
                            birth,
                            fold_street(street),
                            postcode,
                            full,
                            street,
                            record_id=pid,
                        )
                    )
        self._db_births.update(births)
        self._db_addresses.update(postcodes)
        business_postcodes = sorted(
            {b.postcode for _, b in probes if b is not None and b.postcode} - self._db_business_postcodes
        )
        for chunk in chunks(business_postcodes):
            by_postcode = select(
                Business.id, Business.name, Business.street, Business.postcode, Business.city
            ).where(Business.deleted_at.is_(None), Business.postcode.in_(chunk))
            for bid, name, street, postcode, city in session.execute(by_postcode):
                if bid in self._db_loaded:
                    continue
                self._db_loaded.add(bid)
                self._db_businesses.add(
                    KnownBusiness(
                        fast_fold(name),
                        fold_street(street),
                        postcode,
                        (name, street, f"{postcode} {city or ''}".strip()),
                        record_id=bid,
                    )
                )
        self._db_business_postcodes.update(business_postcodes)
        if self._db_business_names is None and any(
            b is not None and not (b.postcode and b.street) for _, b in probes
        ):
            self._db_business_names = defaultdict(list)
            every = select(Business.id, Business.name, Business.street, Business.postcode).where(
                Business.deleted_at.is_(None)
            )
            for bid, name, street, postcode in session.execute(every):
                label = ", ".join(part for part in (name, street or "", postcode or "") if part)
                self._db_business_names[fast_fold(name)].append((bid, label))

    def plan_works(self, session: Session, works: list[_RowWork]) -> list[tuple[PlannedRow, Intent | None]]:
        prepared = [self._prepare(work) for work in works]
        self._load_database(session, [(p, b) for _, p, b, _, _, _ in prepared])
        # The recorded duplicates of each row's person, found once for the memberships and for the row. A
        # person is folded for comparing only when there is something to compare with: recorded persons of
        # the birth date or address block, or (without the sandbox's check) the file's earlier rows.
        index = self._db_persons
        probes: list[KnownPerson | None] = []
        db_matches: list[list[DuplicateMatch]] = []
        for work, pending, *_ in prepared:
            probe = None
            if pending is not None and (
                work.file_matches is None or index.may_match(pending.birth, pending.postcode, pending.street)
            ):
                probe = probe_person(
                    pending.given,
                    pending.family,
                    pending.birth,
                    street=pending.street,
                    postcode=pending.postcode,
                    row=pending.row,
                )
            probes.append(probe)
            db_matches.append(index.matches(probe) if probe is not None else [])
        memberships = self._db_memberships(session, db_matches)
        planned: list[tuple[PlannedRow, Intent | None]] = []
        for (work, _, business_probe, person, business, summary), probe, db_dups in zip(
            prepared, probes, db_matches, strict=True
        ):
            planned.append(
                self._plan_row(
                    work,
                    probe=probe,
                    business_probe=business_probe,
                    person=person,
                    business=business,
                    memberships=memberships,
                    db_person_dups=db_dups,
                    summary=summary,
                )
            )
        return planned

    def _db_memberships(
        self, session: Session, db_matches: Sequence[Sequence[DuplicateMatch]]
    ) -> set[tuple[uuid.UUID, uuid.UUID]]:
        """(person, business) pairs recorded in the database among this batch's candidates."""
        person_ids = {m.record_id for matches in db_matches for m in matches if m.record_id}
        if not person_ids:
            return set()
        found: set[tuple[uuid.UUID, uuid.UUID]] = set()
        for chunk in chunks(sorted(person_ids)):
            query = select(BusinessMember.person_id, BusinessMember.business_id).where(
                BusinessMember.deleted_at.is_(None), BusinessMember.person_id.in_(chunk)
            )
            found.update((pid, bid) for pid, bid in session.execute(query))
        return found

    def _same_name(
        self,
        probe: KnownBusiness,
        person_dups: Sequence[DuplicateMatch],
        memberships: set[tuple[uuid.UUID, uuid.UUID]],
    ) -> list[DuplicateMatch]:
        """Recorded businesses of exactly the row's name, for a list without business addresses: confident
        when the row's person is one of its people."""
        assert self._db_business_names is not None
        people = {d.record_id for d in person_dups if d.confident and d.record_id}
        found = []
        for bid, label in self._db_business_names.get(probe.name, [])[:3]:
            known_member = any((pid, bid) in memberships for pid in people)
            found.append(
                DuplicateMatch(
                    DuplicateEntity.BUSINESS,
                    label,
                    (DuplicateReason.SAME_NAME,),
                    100,
                    known_member,
                    record_id=bid,
                )
            )
        return found

    def _prepare(
        self, work: _RowWork
    ) -> tuple[
        _RowWork,
        _PersonProbe | None,
        KnownBusiness | None,
        dict[str, object] | None,
        dict[str, object] | None,
        str,
    ]:
        row = work.row
        if row.field_index is not self._picked_from:
            self._picked_from = row.field_index
            self._pick = itemgetter(*(row.field_index[key] for key in _PERSON_ROW_FIELDS))
        (
            family_value, given_value, birth, gender, migration, status, permit_until, languages, email,
            phone, street_value, postcode_value, city, district_value, notes,
            name_value, legal_form, sector_value, founding, planned, business_street, business_postcode,
            business_city, business_district, business_borough, employees, business_notes,
        ) = self._pick(row.values)  # fmt: skip
        family = _text(family_value)
        given_text = _text(given_value)
        person: dict[str, object] | None = None
        probe: _PersonProbe | None = None
        if family is not None:
            given = given_text or ""
            if permit_until is not None and status not in _PERMIT_STATUSES:
                self.problem(
                    work,
                    "person.residence_permit_until",
                    "import.permit_date_without_permit",
                    "A 'valid until' date belongs to a residence permit. Enter the residence status (e.g. "
                    "Aufenthaltserlaubnis) or clear the date.",
                )
            district_id = None
            district_text = _text(district_value)
            if district_text:
                district_id = self.resolution(work, "person.district", self.refs.district(district_text))
            assert birth is None or isinstance(birth, date)
            person = {
                "family_name": family,
                "given_names": given,
                "birth_date": birth,
                "gender": gender or Gender.NOT_STATED,
                "migration_background": migration or MigrationBackground.NOT_STATED,
                "residence_status": status or ResidenceStatus.NOT_STATED,
                "residence_permit_until": permit_until,
                "preferred_languages": languages or "",
                "email": email,
                "phone": phone,
                "street": street_value,
                "postcode": postcode_value,
                "city": city,
                "district_id": district_id,
                "notes": notes or "",
            }
            probe = _PersonProbe(given, family, birth, _text(street_value), _text(postcode_value), row.number)
        business: dict[str, object] | None = None
        business_probe: KnownBusiness | None = None
        name = _text(name_value)
        if name is not None:
            sector_id = None
            sector_text = _text(sector_value)
            if sector_text:
                sector_id = self.resolution(work, "business.sector", self.refs.sector(sector_text))
            district_id = borough_id = None
            district_text = _text(business_district)
            if district_text:
                found = self.refs.district(district_text)
                district_id = self.resolution(work, "business.district", found)
                borough_id = found.parent_id
            borough_text = _text(business_borough)
            if borough_text:
                named = self.resolution(work, "business.borough", self.refs.borough(borough_text))
                if named is not None and borough_id is not None and named != borough_id:
                    self.problem(
                        work,
                        "business.district",
                        "import.district_outside_borough",
                        "The district {district} does not lie in the borough {borough}. Correct one of them.",
                        district=district_text,
                        borough=borough_text,
                    )
                borough_id = named or borough_id
            if planned is None:
                planned = founding is None or (isinstance(founding, date) and founding > self.today)
            elif planned is False and isinstance(founding, date) and founding > self.today:
                self.problem(
                    work,
                    "business.founding_date",
                    "import.founding_in_future",
                    "The founding date {date} lies in the future, but the founding is not marked as planned. "
                    "Mark it as planned or correct the date.",
                    date=day_text(founding),
                )
            business = {
                "name": name,
                "legal_form": legal_form or LegalForm.SOLE_TRADER,
                "sector_id": sector_id,
                "founding_date": founding,
                "founding_planned": planned,
                "street": business_street,
                "postcode": business_postcode,
                "city": business_city,
                "borough_id": borough_id,
                "district_id": district_id,
                "employees": employees or 0,
                "notes": business_notes or "",
            }
            business_probe = probe_business(
                name, _text(business_street), _text(business_postcode), row.number
            )
        summary = f"{family}, {given_text}" if given_text and family else family or given_text or ""
        if name:
            summary = f"{summary} · {name}" if summary else name
        return work, probe, business_probe, person, business, summary

    def _plan_row(
        self,
        work: _RowWork,
        *,
        probe: KnownPerson | None,
        business_probe: KnownBusiness | None,
        person: dict[str, object] | None,
        business: dict[str, object] | None,
        memberships: set[tuple[uuid.UUID, uuid.UUID]],
        db_person_dups: list[DuplicateMatch],
        summary: str,
    ) -> tuple[PlannedRow, Intent | None]:
        row = work.row
        role_value = row["business.role"]
        role = role_value if isinstance(role_value, BusinessRole) else BusinessRole.FOUNDER
        person_dups: list[DuplicateMatch] = []
        business_dups: list[DuplicateMatch] = []
        file_persons, file_businesses = (
            work.file_matches
            if work.file_matches is not None
            else self._file_check.check(probe, business_probe)
        )
        if person is not None:
            person_dups = db_person_dups[:3] + file_persons
        key: tuple[object, ...] = ()
        earlier_business: int | None = None
        if business_probe is not None:
            key = business_key(business_probe)
            earlier_business = self._file_businesses.get(key)
            business_dups = self._db_businesses.matches(business_probe)[:3]
            if not (business_probe.postcode and business_probe.street) and self._db_business_names:
                business_dups += self._same_name(business_probe, person_dups, memberships)
            business_dups += file_businesses  # none when an earlier row names the business
        duplicates = work.duplicates = person_dups + business_dups
        best_person = best_business = None
        if duplicates:
            best_person = next(
                (d for d in person_dups if d.confident), person_dups[0] if person_dups else None
            )
            best_business = next(
                (d for d in business_dups if d.confident and d.record_id), None
            )  # LINK joins a recorded business; a business named twice in the file is shared anyway
        # Does the row add anything to what is known with confidence?
        person_known = person is None or (best_person is not None and best_person.confident)
        business_known = business is None or earlier_business is not None or best_business is not None
        member_known = person is None or business is None
        if not member_known and best_person is not None and best_person.confident:
            if best_person.record_id and best_business and best_business.record_id:
                member_known = (best_person.record_id, best_business.record_id) in memberships
            elif best_person.row is not None and earlier_business is not None:
                member_known = (key, best_person.row, role) in self._file_members
        everything_known = person_known and business_known and member_known
        actions: tuple[RowAction, ...] = _IMPORT_OR_SKIP
        if best_person is not None or best_business is not None:
            actions = _IMPORT_LINK_OR_SKIP
        default = _default_for(duplicates, everything_known=everything_known)
        creates = _CREATES[person is not None, business is not None]
        intent = PersonsIntent(
            person=NewRecord(person) if person is not None else None,
            business=NewRecord(business, key) if business is not None else None,
            role=role,
            person_db=best_person.record_id if best_person is not None else None,
            person_row=best_person.row if best_person is not None else None,
            business_db=best_business.record_id if best_business is not None else None,
        )
        if business_probe is not None and earlier_business is None:
            self._file_businesses[key] = row.number
        if business_probe is not None and person is not None:
            person_row = best_person.row if best_person and best_person.row else row.number
            self._file_members.add((key, person_row, role))
        planned = _frozen(work, summary, actions=actions, default=default, creates=creates)
        return planned, (None if planned.has_errors else intent)


class _PersonProbe(NamedTuple):
    """A row's person before it is folded for the duplicate check (``probe_person``'s arguments)."""

    given: str
    family: str
    birth: date | None
    street: str | None
    postcode: str | None
    row: int


# The fields ``PersonsPlanner._prepare`` reads, in the order it unpacks them.
_PERSON_ROW_FIELDS = (
    "person.family_name", "person.given_names", "person.birth_date", "person.gender",
    "person.migration_background", "person.residence_status", "person.residence_permit_until",
    "person.preferred_languages", "person.email", "person.phone", "person.street", "person.postcode",
    "person.city", "person.district", "person.notes",
    "business.name", "business.legal_form", "business.sector", "business.founding_date",
    "business.founding_planned", "business.street", "business.postcode", "business.city",
    "business.district", "business.borough", "business.employees", "business.notes",
)  # fmt: skip
_IMPORT_OR_SKIP = (RowAction.IMPORT, RowAction.SKIP)
_IMPORT_LINK_OR_SKIP = (RowAction.IMPORT, RowAction.LINK, RowAction.SKIP)
_CREATES = {
    (True, True): ("person", "business", "member"),
    (True, False): ("person",),
    (False, True): ("business",),
    (False, False): (),
}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


# --- cases ----------------------------------------------------------------------------------------------


class CasesPlanner(Planner):
    """Cases from a case list, with their business and applicant found or recorded."""

    kind = ImportKind.CASES

    def __init__(
        self, refs: References, mapping: ColumnMapping, header: Sequence[str], file_name: str, today: date
    ) -> None:
        super().__init__(refs, mapping, header, file_name, today)
        self._businesses: dict[str, list[uuid.UUID]] | None = None
        self._members: dict[uuid.UUID, dict[str, uuid.UUID]] = {}
        self._persons: dict[str, list[uuid.UUID]] | None = None
        self._file_numbers: dict[str, int] = {}
        self._file_days: dict[tuple[object, object], int] = {}
        self._file_businesses: set[str] = set()
        self._file_applicants: dict[str, set[str]] = defaultdict(set)

    def _load_names(self, session: Session) -> None:
        if self._businesses is None:
            self._businesses = defaultdict(list)
            for bid, name in session.execute(
                select(Business.id, Business.name).where(Business.deleted_at.is_(None))
            ):
                self._businesses[fold_key(name)].append(bid)
        if self._persons is None:
            self._persons = defaultdict(list)
            for pid, given, family in session.execute(
                select(Person.id, Person.given_names, Person.family_name).where(Person.deleted_at.is_(None))
            ):
                self._persons[person_key(given, family)].append(pid)

    def _load_members(self, session: Session, business_ids: Iterable[uuid.UUID]) -> None:
        wanted = sorted(set(business_ids) - set(self._members))
        for bid in wanted:
            self._members[bid] = {}
        for chunk in chunks(wanted):
            query = (
                select(BusinessMember.business_id, Person.id, Person.given_names, Person.family_name)
                .join(Person, Person.id == BusinessMember.person_id)
                .where(
                    BusinessMember.deleted_at.is_(None),
                    Person.deleted_at.is_(None),
                    BusinessMember.business_id.in_(chunk),
                )
            )
            for bid, pid, given, family in session.execute(query):
                self._members[bid].setdefault(person_key(given, family), pid)

    def plan_works(self, session: Session, works: list[_RowWork]) -> list[tuple[PlannedRow, Intent | None]]:
        self._load_names(session)
        assert self._businesses is not None
        candidates = [bid for work in works for bid in self._businesses.get(self._business_key(work), [])]
        self._load_members(session, candidates)
        numbers = sorted({n for work in works if (n := self._number(work))})
        taken: dict[str, str] = {}
        for chunk in chunks(numbers):
            query = select(Case.number, Business.name).join(Business, Business.id == Case.business_id)
            for number, name in session.execute(query.where(Case.number.in_(chunk))):
                taken[number] = name
        cases_of: dict[uuid.UUID, list[tuple[str, date, CaseStage]]] = defaultdict(list)
        for chunk in chunks(sorted(set(candidates))):
            of_business = select(Case.business_id, Case.number, Case.opened_on, Case.stage).where(
                Case.deleted_at.is_(None), Case.business_id.in_(chunk)
            )
            for bid, number, opened, stage in session.execute(of_business):
                cases_of[bid].append((number, opened, stage))
        return [self._plan_row(work, taken, cases_of) for work in works]

    def _business_key(self, work: _RowWork) -> str:
        name = self.text(work.row, "case.business_name")
        return fold_key(name) if name else ""

    def _number(self, work: _RowWork) -> str | None:
        number = self.text(work.row, "case.number")
        return number.strip().upper() if number else None

    def _plan_row(
        self,
        work: _RowWork,
        taken: Mapping[str, str],
        cases_of: Mapping[uuid.UUID, list[tuple[str, date, CaseStage]]],
    ) -> tuple[PlannedRow, Intent | None]:
        row = work.row
        text = self.text
        assert self._businesses is not None and self._persons is not None
        opened = row["case.opened_on"]
        if isinstance(opened, date) and opened > self.today:
            self.problem(
                work,
                "case.opened_on",
                "import.opened_in_future",
                "A case cannot be opened on a future date ({date}). Enter the day of the first contact.",
                date=day_text(opened),
            )
        elif isinstance(opened, date) and opened < EARLIEST:
            self.problem(
                work,
                "case.opened_on",
                "import.date_before_2000",
                "The date {date} is before 2000. Please check the year.",
                date=day_text(opened),
            )
        term, grace = row["case.planned_term_months"], row["case.planned_grace_months"]
        if isinstance(term, int) and isinstance(grace, int) and grace >= term:
            self.problem(
                work,
                "case.planned_grace_months",
                "import.grace_not_below_term",
                "The {grace} repayment-free months must be fewer than the term of {term} months.",
                grace=grace,
                term=term,
            )
        advisor_id = None
        if advisor := text(row, "case.advisor"):
            advisor_id = self.resolution(work, "case.advisor", self.refs.user(advisor))
        lender_id = None
        if lender := text(row, "case.lender"):
            lender_id = self.resolution(work, "case.lender", self.refs.lender(lender))
        name = text(row, "case.business_name") or ""
        key = fold_key(name)
        family = text(row, "case.family_name")
        given = text(row, "case.given_names") or ""
        applicant = person_key(given, family) if family else None
        business_db: uuid.UUID | None = None
        business_new: NewRecord | None = None
        recorded = self._businesses.get(key, [])
        if key in self._file_businesses:
            business_new = NewRecord({"name": name}, (key,))
        elif len(recorded) == 1:
            business_db = recorded[0]
        elif len(recorded) > 1:
            fitting = [bid for bid in recorded if applicant and applicant in self._members.get(bid, {})]
            if len(fitting) == 1:
                business_db = fitting[0]
            else:
                self.problem(
                    work,
                    "case.business_name",
                    "import.ambiguous_business",
                    "{count} businesses are called '{value}'. Enter the applicant's name so that the right "
                    "one can be found, or rename one of them.",
                    count=len(recorded),
                    value=name,
                )
        else:
            business_new = NewRecord({"name": name}, (key,))
            self.problem(
                work,
                "case.business_name",
                "import.new_business",
                "The business '{value}' is not recorded yet; it is recorded with this case.",
                severity=Severity.WARNING,
                value=name,
            )
        applicant_db: uuid.UUID | None = None
        applicant_new: NewRecord | None = None
        joins = False
        if applicant is not None and family is not None:
            members = self._members.get(business_db, {}) if business_db else {}
            if applicant in members:
                applicant_db = members[applicant]
            elif business_new is not None and applicant in self._file_applicants[key]:
                pass  # recorded with an earlier row's case of the same new business
            else:
                people = self._persons.get(applicant, [])
                joins = True
                if len(people) == 1:
                    applicant_db = people[0]
                else:
                    applicant_new = NewRecord({"family_name": family, "given_names": given}, (applicant,))
                    self.problem(
                        work,
                        "case.family_name",
                        "import.new_applicant",
                        "{name} is recorded as a new person and founder of the business"
                        + (" ({count} persons of that name are recorded already)." if people else "."),
                        severity=Severity.WARNING,
                        name=f"{given} {family}".strip(),
                        count=len(people),
                    )
        number = self._number(work)
        number_taken = False
        if number is not None and number in taken:
            number_taken = True
            work.duplicates.append(
                DuplicateMatch(
                    DuplicateEntity.CASE, f"{number} · {taken[number]}", (DuplicateReason.NUMBER,), 100, True
                )
            )
        elif number is not None and number in self._file_numbers:
            number_taken = True
            work.duplicates.append(
                DuplicateMatch(
                    DuplicateEntity.CASE,
                    number,
                    (DuplicateReason.NUMBER,),
                    100,
                    True,
                    row=self._file_numbers[number],
                )
            )
        if business_db is not None and isinstance(opened, date):
            for other, other_opened, stage in cases_of.get(business_db, []):
                if other_opened == opened:
                    work.duplicates.append(
                        DuplicateMatch(
                            DuplicateEntity.CASE,
                            f"{other} · {name} · {day_text(other_opened)}",
                            (DuplicateReason.SAME_DAY,),
                            100,
                            True,
                        )
                    )
                elif stage is not CaseStage.CLOSED and other != number:
                    work.duplicates.append(
                        DuplicateMatch(
                            DuplicateEntity.CASE,
                            f"{other} · {name} · {day_text(other_opened)}",
                            (DuplicateReason.OPEN_CASE,),
                            80,
                            False,
                        )
                    )
        day_key = (business_db or key, opened)
        if isinstance(opened, date) and day_key in self._file_days and not number_taken:
            work.duplicates.append(
                DuplicateMatch(
                    DuplicateEntity.CASE,
                    f"{name} · {day_text(opened)}",
                    (DuplicateReason.SAME_DAY,),
                    100,
                    True,
                    row=self._file_days[day_key],
                )
            )
        stage = row["case.stage"] or CaseStage.ENQUIRY  # type: ignore[assignment]
        values: dict[str, object] = {
            "number": number,
            "source": row["case.source"] or CaseSource.OTHER,
            "requested_amount": row["case.requested_amount"] or ZERO,
            "purpose": row["case.purpose"] or "",
            "stage": stage,
            "outcome": row["case.outcome"],
            "opened_on": opened,
            "closed_on": row["case.closed_on"],
            "household_income": row["case.household_income"],
            "household_expenses": row["case.household_expenses"],
            "business_surplus": row["case.business_surplus"],
            "planned_term_months": term,
            "planned_grace_months": grace,
            "notes": row["case.notes"] or "",
            "advisor_id": advisor_id,
            "lender_id": lender_id,
            "programme_id": self.refs.programme_on(opened) if isinstance(opened, date) else None,
        }
        if number is not None:
            self._file_numbers.setdefault(number, row.number)
        if isinstance(opened, date):
            self._file_days.setdefault(day_key, row.number)
        if business_new is not None:
            self._file_businesses.add(key)
            if applicant:
                self._file_applicants[key].add(applicant)
        default = _default_for(work.duplicates, everything_known=True)
        creates = ("case",) + (("business",) if business_new else ()) + (("person",) if applicant_new else ())
        summary = " · ".join(
            part for part in (number or "", name, f"{family or ''}, {given}".strip(", ")) if part
        )
        planned = _frozen(work, summary, default=default, creates=creates)
        intent = CasesIntent(
            case=values,
            number_taken=number_taken,
            business_db=business_db,
            business_new=business_new,
            applicant_db=applicant_db,
            applicant_new=applicant_new,
            applicant_joins=joins,
        )
        return planned, (None if planned.has_errors else intent)


# --- consultations --------------------------------------------------------------------------------------


class ConsultationsPlanner(Planner):
    """Consultations, each linked to its case (by number or business) or to its client (by name)."""

    kind = ImportKind.CONSULTATIONS

    def __init__(
        self, refs: References, mapping: ColumnMapping, header: Sequence[str], file_name: str, today: date
    ) -> None:
        super().__init__(refs, mapping, header, file_name, today)
        self._cases: dict[str, tuple[uuid.UUID, uuid.UUID]] = {}
        self._businesses: dict[str, list[uuid.UUID]] | None = None
        self._latest_case: dict[uuid.UUID, uuid.UUID] = {}
        self._persons: dict[str, list[uuid.UUID]] | None = None
        self._members: dict[uuid.UUID, dict[str, uuid.UUID]] = {}
        self._file: dict[tuple[object, date], tuple[int, int]] = {}

    def _load(self, session: Session, works: Sequence[_RowWork]) -> dict[tuple[object, date], int]:
        numbers = sorted(
            {n.strip().upper() for w in works if (n := self.text(w.row, "consultation.case_number"))}
        )
        numbers = [n for n in numbers if n not in self._cases]
        for chunk in chunks(numbers):
            for cid, number, bid in session.execute(
                select(Case.id, Case.number, Case.business_id).where(
                    Case.deleted_at.is_(None), Case.number.in_(chunk)
                )
            ):
                self._cases[number] = (cid, bid)
        if self._businesses is None and any(self.text(w.row, "consultation.business_name") for w in works):
            self._businesses = defaultdict(list)
            for bid, name in session.execute(
                select(Business.id, Business.name).where(Business.deleted_at.is_(None))
            ):
                self._businesses[fold_key(name)].append(bid)
            for cid, bid in session.execute(
                select(Case.id, Case.business_id)
                .where(Case.deleted_at.is_(None))
                .order_by(Case.opened_on, Case.created_at)
            ):
                self._latest_case[bid] = cid
        if self._persons is None and any(self.text(w.row, "consultation.family_name") for w in works):
            self._persons = defaultdict(list)
            for pid, given, family in session.execute(
                select(Person.id, Person.given_names, Person.family_name).where(Person.deleted_at.is_(None))
            ):
                self._persons[person_key(given, family)].append(pid)
        business_ids = sorted({bid for _, bid in self._cases.values()} - set(self._members))
        for bid in business_ids:
            self._members[bid] = {}
        for chunk in chunks(business_ids):
            query = (
                select(BusinessMember.business_id, Person.id, Person.given_names, Person.family_name)
                .join(Person, Person.id == BusinessMember.person_id)
                .where(BusinessMember.deleted_at.is_(None), BusinessMember.business_id.in_(chunk))
            )
            for bid, pid, given, family in session.execute(query):
                self._members[bid].setdefault(person_key(given, family), pid)
        days = sorted({d for w in works if isinstance(d := w.row["consultation.held_on"], date)})
        recorded: dict[tuple[object, date], int] = {}
        for chunk in chunks(days):
            on_days = select(
                Consultation.case_id,
                Consultation.person_id,
                Consultation.held_on,
                Consultation.duration_minutes,
            ).where(Consultation.deleted_at.is_(None), Consultation.held_on.in_(chunk))
            for talk_case, talk_person, held, minutes in session.execute(on_days):
                recorded[(_link(talk_case, talk_person), held)] = minutes
        return recorded

    def plan_works(self, session: Session, works: list[_RowWork]) -> list[tuple[PlannedRow, Intent | None]]:
        recorded = self._load(session, works)
        return [self._plan_row(work, recorded) for work in works]

    def _plan_row(
        self, work: _RowWork, recorded: Mapping[tuple[object, date], int]
    ) -> tuple[PlannedRow, Intent | None]:
        row = work.row
        text = self.text
        held = row["consultation.held_on"]
        if isinstance(held, date) and held > self.today:
            self.problem(
                work,
                "consultation.held_on",
                "import.consultation_in_future",
                "A consultation is recorded after it took place; {date} lies in the future.",
                date=day_text(held),
            )
        elif isinstance(held, date) and held < EARLIEST:
            self.problem(
                work,
                "consultation.held_on",
                "import.date_before_2000",
                "The date {date} is before 2000. Please check the year.",
                date=day_text(held),
            )
        minutes = row["consultation.duration_minutes"]
        if isinstance(minutes, int) and minutes > MAX_MINUTES:
            self.problem(
                work,
                "consultation.duration_minutes",
                "import.duration_implausible",
                "{minutes} minutes is longer than a consultation day ({max_minutes} minutes at most). Enter "
                "the "
                "duration in minutes, e.g. 90.",
                minutes=minutes,
                max_minutes=MAX_MINUTES,
            )
        case_id: uuid.UUID | None = None
        business_id: uuid.UUID | None = None
        number = text(row, "consultation.case_number")
        business_name = text(row, "consultation.business_name")
        if number:
            found = self._cases.get(number.strip().upper())
            if found is None:
                self.problem(
                    work,
                    "consultation.case_number",
                    "import.unknown_case",
                    "There is no case {value}. Check the number, or import the cases first.",
                    value=number,
                )
            else:
                case_id, business_id = found
        elif business_name and self._businesses is not None:
            recorded_ids = self._businesses.get(fold_key(business_name), [])
            with_case = [bid for bid in recorded_ids if bid in self._latest_case]
            if len(with_case) == 1:
                business_id = with_case[0]
                case_id = self._latest_case[business_id]
            elif len(with_case) > 1:
                self.problem(
                    work,
                    "consultation.business_name",
                    "import.ambiguous_business",
                    "{count} businesses are called '{value}'. Enter the case number instead.",
                    count=len(with_case),
                    value=business_name,
                )
            elif not text(row, "consultation.family_name"):
                self.problem(
                    work,
                    "consultation.business_name",
                    "import.business_without_case",
                    "No case of a business called '{value}' is recorded. Enter the case number or the "
                    "client's "
                    "name.",
                    value=business_name,
                )
        person_id: uuid.UUID | None = None
        family = text(row, "consultation.family_name")
        if family:
            given = text(row, "consultation.given_names") or ""
            key = person_key(given, family)
            members = self._members.get(business_id, {}) if business_id else {}
            if key in members:
                person_id = members[key]
            elif case_id is None:
                people = (self._persons or {}).get(key, [])
                if len(people) == 1:
                    person_id = people[0]
                elif people:
                    self.problem(
                        work,
                        "consultation.family_name",
                        "import.ambiguous_client",
                        "{count} persons are called {name}. Enter the case number so that the right one can "
                        "be "
                        "found.",
                        count=len(people),
                        name=f"{given} {family}".strip(),
                    )
                else:
                    self.problem(
                        work,
                        "consultation.family_name",
                        "import.unknown_client",
                        "{name} is not recorded. Import the persons first, or enter the case number.",
                        name=f"{given} {family}".strip(),
                    )
            else:
                self.problem(
                    work,
                    "consultation.family_name",
                    "import.client_not_in_case",
                    "{name} is not among the people of the case; the consultation is recorded for the case "
                    "only.",
                    severity=Severity.WARNING,
                    name=f"{given} {family}".strip(),
                )
        if case_id is None and person_id is None and not work.problems:
            self.problem(
                work,
                "consultation.case_number",
                "import.consultation_unlinked",
                "The row does not say whose consultation it was. Enter the case number, the business or the "
                "client's name.",
            )
        advisor_id = None
        if advisor := text(row, "consultation.advisor"):
            advisor_id = self.resolution(work, "consultation.advisor", self.refs.user(advisor))
        if isinstance(held, date) and isinstance(minutes, int):
            link = _link(case_id, person_id)
            other = recorded.get((link, held))
            if other is not None:
                work.duplicates.append(
                    DuplicateMatch(
                        DuplicateEntity.CONSULTATION,
                        f"{day_text(held)} · {other} min",
                        (DuplicateReason.SAME_DAY,),
                        100 if other == minutes else 80,
                        other == minutes,
                    )
                )
            earlier = self._file.get((link, held))
            if earlier is not None:
                work.duplicates.append(
                    DuplicateMatch(
                        DuplicateEntity.CONSULTATION,
                        f"{day_text(held)} · {earlier[1]} min",
                        (DuplicateReason.SAME_DAY,),
                        100 if earlier[1] == minutes else 80,
                        earlier[1] == minutes,
                        row=earlier[0],
                    )
                )
            else:
                self._file[(link, held)] = (row.number, minutes)
        values: dict[str, object] = {
            "case_id": case_id,
            "person_id": person_id,
            "advisor_id": advisor_id,
            "held_on": held,
            "duration_minutes": minutes,
            "place": row["consultation.place"] or ConsultationPlace.OFFICE,
            "language": row["consultation.language"] or "de",
            "topics": row["consultation.topics"] or "",
            "notes": row["consultation.notes"] or "",
        }
        summary = " · ".join(
            part
            for part in (
                day_text(held) if isinstance(held, date) else "",
                f"{minutes} min" if minutes else "",
                number or business_name or "",
                f"{family or ''}".strip(),
            )
            if part
        )
        planned = _frozen(
            work,
            summary,
            default=_default_for(work.duplicates, everything_known=True),
            creates=("consultation",),
        )
        return planned, (None if planned.has_errors else ConsultationsIntent(values))


def _link(case_id: uuid.UUID | None, person_id: uuid.UUID | None) -> tuple[str, uuid.UUID | None]:
    """Whose consultation it was, for the duplicate check: the case when there is one, else the person."""
    return ("case", case_id) if case_id is not None else ("person", person_id)


# --- properties -----------------------------------------------------------------------------------------


class PropertiesPlanner(Planner):
    """Vacant units from a vacancy list, with their owners found by name or recorded."""

    kind = ImportKind.PROPERTIES

    def __init__(
        self, refs: References, mapping: ColumnMapping, header: Sequence[str], file_name: str, today: date
    ) -> None:
        super().__init__(refs, mapping, header, file_name, today)
        self._owners: dict[str, list[tuple[OwnerKind, uuid.UUID]]] | None = None
        self._postcodes: set[str] = set()
        self._units: dict[tuple[str, str, str], list[tuple[uuid.UUID, Decimal, str]]] = defaultdict(list)
        self._file_units: dict[tuple[str, str, str], tuple[int, Decimal]] = {}
        self._file_owners: set[str] = set()

    def _load(self, session: Session, works: Sequence[_RowWork]) -> None:
        if self._owners is None and any(self.text(w.row, "property.owner_name") for w in works):
            self._owners = defaultdict(list)
            for pid, given, family in session.execute(
                select(Person.id, Person.given_names, Person.family_name).where(
                    Person.deleted_at.is_(None), Person.anonymised_at.is_(None)
                )
            ):
                self._owners[person_key(given, family)].append((OwnerKind.PERSON, pid))
            for bid, name in session.execute(
                select(Business.id, Business.name).where(Business.deleted_at.is_(None))
            ):
                self._owners[person_key("", name)].append((OwnerKind.BUSINESS, bid))
        postcodes = sorted(
            {p for w in works if (p := self.text(w.row, "property.postcode"))} - self._postcodes
        )
        for chunk in chunks(postcodes):
            query = select(
                Property.id, Property.street, Property.postcode, Property.floor_note, Property.area_m2
            ).where(Property.deleted_at.is_(None), Property.postcode.in_(chunk))
            for pid, street, postcode, floor, area in session.execute(query):
                label = f"{street}, {postcode}" + (f", {floor}" if floor else "")
                self._units[(fold_street(street), postcode or "", fold_key(floor or ""))].append(
                    (pid, Decimal(area), label)
                )
        self._postcodes.update(postcodes)

    def plan_works(self, session: Session, works: list[_RowWork]) -> list[tuple[PlannedRow, Intent | None]]:
        self._load(session, works)
        return [self._plan_row(work) for work in works]

    def _plan_row(self, work: _RowWork) -> tuple[PlannedRow, Intent | None]:
        row = work.row
        text = self.text
        street = text(row, "property.street") or ""
        postcode = text(row, "property.postcode")
        if postcode and not _POSTCODE.match(postcode):
            self.problem(
                work,
                "property.postcode",
                "import.property_postcode_invalid",
                "'{value}' is not a German postcode. Enter five digits, e.g. 44137.",
                value=postcode,
            )
        area = row["property.area_m2"]
        rent = row["property.cold_rent"]
        charges = row["property.service_charges"]
        renovation = row["property.renovation_cost"]
        rooms = row["property.rooms"]
        if isinstance(area, Decimal) and isinstance(rent, Decimal):
            self.domain_check(
                work,
                "property.cold_rent",
                lambda: check_property_values(
                    area_m2=area,
                    cold_rent=rent,
                    service_charges=charges if isinstance(charges, Decimal) else ZERO,
                    renovation_cost=renovation if isinstance(renovation, Decimal) else None,
                    rooms=rooms if isinstance(rooms, int) else None,
                ),
            )
        uses = row["property.uses"]
        use_values = sorted(use.value for use in uses) if isinstance(uses, tuple) and uses else []
        if not use_values:
            use_values = [PropertyUse.OTHER.value]
            self.problem(
                work,
                "property.uses",
                "import.uses_missing",
                "No use is given; the unit is recorded as suitable for other uses. Enter the uses (e.g. "
                "Einzelhandel, Büro) for better matches.",
                severity=Severity.WARNING,
            )
        district_id = borough_id = None
        district_text = text(row, "property.district")
        if district_text:
            found = self.refs.district(district_text)
            as_borough = self.refs.borough(district_text) if not found.found else Resolved()
            if not found.found and as_borough.found and as_borough.read_as is None:
                borough_id = as_borough.id  # a borough named in the district column
            else:
                district_id = self.resolution(work, "property.district", found)
                borough_id = found.parent_id
        if borough_text := text(row, "property.borough"):
            named = self.resolution(work, "property.borough", self.refs.borough(borough_text))
            if named is not None and borough_id is not None and named != borough_id:
                self.problem(
                    work,
                    "property.district",
                    "import.district_outside_borough",
                    "The district {district} does not lie in the borough {borough}. Correct one of them.",
                    district=district_text or "",
                    borough=borough_text,
                )
            borough_id = named or borough_id
        owner_kind, owner_db, owner_new = self._owner(work)
        consent = bool(row["property.owner_consent"])
        consent_on = row["property.owner_consent_on"]
        if consent:
            if owner_kind is None:
                self.problem(
                    work,
                    "property.owner_consent",
                    "import.consent_without_owner",
                    "The owner's consent is marked, but no owner is named. Enter the owner.",
                )
            if consent_on is None:
                self.problem(
                    work,
                    "property.owner_consent_on",
                    "import.consent_date_missing",
                    "The owner's consent is marked without the day it was given. Enter the date.",
                )
            elif isinstance(consent_on, date) and consent_on > self.today:
                self.problem(
                    work,
                    "property.owner_consent_on",
                    "import.consent_in_future",
                    "The consent date {date} lies in the future.",
                    date=day_text(consent_on),
                )
        status = row["property.status"] or PropertyStatus.VACANT
        let_on = row["property.let_on"]
        vacant_since = row["property.vacant_since"]
        since = (
            let_on if status in (PropertyStatus.LET, PropertyStatus.REACTIVATED) and let_on else vacant_since
        )
        floor = text(row, "property.floor_note") or ""
        unit_key = (fold_street(street), postcode or "", fold_key(floor))
        for pid, other_area, label in self._units.get(unit_key, []):
            same = isinstance(area, Decimal) and other_area == area
            work.duplicates.append(
                DuplicateMatch(
                    DuplicateEntity.PROPERTY, label, (DuplicateReason.SAME_UNIT,), 100 if same else 80, same,
                    record_id=pid,
                )
            )  # fmt: skip
        earlier = self._file_units.get(unit_key)
        if earlier is not None:
            same = isinstance(area, Decimal) and earlier[1] == area
            work.duplicates.append(
                DuplicateMatch(
                    DuplicateEntity.PROPERTY,
                    f"{street}, {postcode or ''}".strip(", "),
                    (DuplicateReason.SAME_UNIT,),
                    100 if same else 80,
                    same,
                    row=earlier[0],
                )
            )
        elif isinstance(area, Decimal):
            self._file_units[unit_key] = (row.number, area)
        values: dict[str, object] = {
            "street": street,
            "postcode": postcode,
            "borough_id": borough_id,
            "district_id": district_id,
            "ground_floor": row["property.ground_floor"],
            "floor_note": floor,
            "area_m2": area,
            "rooms": rooms,
            "cold_rent": rent,
            "service_charges": charges if charges is not None else ZERO,
            "uses": use_values,
            "shop_window": bool(row["property.shop_window"]),
            "step_free": bool(row["property.step_free"]),
            "extra_features": [],
            "condition": row["property.condition"] or PropertyCondition.READY,
            "renovation_needs": row["property.renovation_needs"] or "",
            "renovation_cost": renovation,
            "vacant_since": vacant_since,
            "vacancy_reason": row["property.vacancy_reason"] or "",
            "owner_consent": consent,
            "owner_consent_on": consent_on if consent else None,
            "status": status,
            "status_since": since or self.today,
            "let_on": let_on,
            "notes": row["property.notes"] or "",
        }
        summary = " · ".join(
            part
            for part in (
                f"{street}, {postcode or ''}".strip(", "),
                f"{_german_decimal(area)} m²" if isinstance(area, Decimal) else "",
                text(row, "property.owner_name") or "",
            )
            if part
        )
        creates = ("property",) + (("owner",) if owner_new is not None else ())
        planned = _frozen(
            work, summary, default=_default_for(work.duplicates, everything_known=True), creates=creates
        )
        intent = PropertiesIntent(values, owner_kind, owner_db, owner_new)
        return planned, (None if planned.has_errors else intent)

    def _owner(self, work: _RowWork) -> tuple[OwnerKind | None, uuid.UUID | None, NewRecord | None]:
        name = self.text(work.row, "property.owner_name")
        if not name:
            return None, None, None
        key = person_key("", name)
        known = (self._owners or {}).get(key, [])
        if len(known) == 1:
            return known[0][0], known[0][1], None
        if len(known) > 1:
            self.problem(
                work,
                "property.owner_name",
                "import.ambiguous_owner",
                "{count} persons or businesses are called '{value}'. Record the owner in the property dialog "
                "instead, or make the name unique.",
                count=len(known),
                value=name,
            )
            return None, None, None
        kind = OwnerKind.BUSINESS if _COMPANY_WORDS.search(name) else OwnerKind.PERSON
        if kind is OwnerKind.BUSINESS:
            values: dict[str, object] = {"name": name}
        elif "," in name:
            family, _, given = name.partition(",")
            values = {"family_name": family.strip(), "given_names": given.strip()}
        else:
            *given_parts, family = name.split()
            values = {"family_name": family, "given_names": " ".join(given_parts)}
        if key not in self._file_owners:
            self._file_owners.add(key)
            self.problem(
                work,
                "property.owner_name",
                "import.new_owner",
                "The owner '{value}' is not recorded yet and is recorded as a {kind}.",
                severity=Severity.WARNING,
                value=name,
                kind="business" if kind is OwnerKind.BUSINESS else "person",
            )
        return kind, None, NewRecord(values, (key,))


def _german_decimal(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


PLANNERS: dict[ImportKind, type[Planner]] = {
    ImportKind.PERSONS: PersonsPlanner,
    ImportKind.CASES: CasesPlanner,
    ImportKind.CONSULTATIONS: ConsultationsPlanner,
    ImportKind.PROPERTIES: PropertiesPlanner,
}

_RESOLUTION_MESSAGES = {
    "import.unknown_district": "'{value}' is not a statistical district of Dortmund. Use the district's name "
    "as in the list of districts (e.g. Hörde, Nordmarkt).",
    "import.unknown_borough": "'{value}' is not a borough of Dortmund. Use one of the twelve boroughs (e.g. "
    "Innenstadt-Nord, Hörde).",
    "import.unknown_sector": "'{value}' is not a WZ 2008 code or sector name. Enter the code, e.g. 47.11, or "
    "the "
    "sector's name as in the classification.",
    "import.unknown_advisor": "'{value}' is not a user of DLZW Desktop. Enter the user name or full name of "
    "an "
    "advisor, or leave the cell empty.",
    "import.ambiguous_advisor": "Several users are called '{value}'. Enter the user name instead.",
    "import.unknown_lender": "'{value}' is not a recorded lender. Use one of: {known}.",
}

RESOLUTION_CODES = frozenset(
    {
        *_RESOLUTION_MESSAGES,
        "import.read_as",
        "import.permit_date_without_permit",
        "import.district_outside_borough",
        "import.founding_in_future",
        "import.opened_in_future",
        "import.date_before_2000",
        "import.grace_not_below_term",
        "import.ambiguous_business",
        "import.new_business",
        "import.new_applicant",
        "import.consultation_in_future",
        "import.duration_implausible",
        "import.unknown_case",
        "import.business_without_case",
        "import.ambiguous_client",
        "import.unknown_client",
        "import.client_not_in_case",
        "import.consultation_unlinked",
        "import.property_postcode_invalid",
        "import.uses_missing",
        "import.consent_without_owner",
        "import.consent_date_missing",
        "import.consent_in_future",
        "import.ambiguous_owner",
        "import.new_owner",
        "property.area_implausible",
        "property.rent_negative",
        "property.rent_implausible",
        "property.service_charges_negative",
        "property.service_charges_implausible",
        "property.renovation_cost_implausible",
        "property.rooms_implausible",
    }
)
"""Every code the planner gives a row (the problem report has a German sentence for each)."""


def intent_field(kind: ImportKind, key: str) -> str:
    """The English label of a field (for messages that name one)."""
    return field_by_key(kind, key).label
