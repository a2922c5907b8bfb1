"""Intake of persons and businesses: validation, several persons per business with roles, and the
duplicate check that offers an existing record instead of a new one.

Duplicate check (rapidfuzz): a person is a likely duplicate of a recorded one when the names are similar
(token sort ratio of the accent-folded names >= ``NAME_THRESHOLD``, so "Yildirim, Caglar" meets
"Çağlar Yıldırım") and either the birth date is the same or the address is (same postcode, similar
street). Candidates are fetched by birth date and postcode (both indexed), never by scanning all persons.
A business is a likely duplicate when its name is similar and its address is the same.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dlzw_desktop.db.models import Borough, Business, BusinessMember, District, Person, Sector
from dlzw_desktop.domain.dates import check_birth_date, today_berlin, utc_now
from dlzw_desktop.domain.enums import (
    BusinessRole,
    Gender,
    LegalForm,
    MigrationBackground,
    ResidenceStatus,
)
from dlzw_desktop.domain.similarity import (
    BUSINESS_NAME_THRESHOLD,
    NAME_THRESHOLD,
    STREET_THRESHOLD,
    fold_name,
    fold_street,
)
from dlzw_desktop.errors import ConflictError, ValidationError
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.editing import (
    Entity,
    InputField,
    apply,
    clean_line,
    clean_text,
    ensure_version,
    flush_checked,
    load,
    load_for_update,
    optional_line,
)
from dlzw_desktop.services.permissions import Permission, requires

logger = logging.getLogger(__name__)

MAX_CANDIDATES = 5
_PERMIT_STATUSES = frozenset(
    {ResidenceStatus.RESIDENCE_PERMIT_SELF_EMPLOYMENT, ResidenceStatus.RESIDENCE_PERMIT_OTHER}
)
_POSTCODE = re.compile(r"^\d{5}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """What the intake form holds for a person; validated by ``IntakeService``."""

    family_name: str
    given_names: str = ""
    birth_date: date | None = None
    gender: Gender = Gender.NOT_STATED
    migration_background: MigrationBackground = MigrationBackground.NOT_STATED
    residence_status: ResidenceStatus = ResidenceStatus.NOT_STATED
    residence_permit_until: date | None = None
    preferred_languages: tuple[str, ...] = ()
    email: str | None = None
    phone: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    district_id: uuid.UUID | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class MembershipRow:
    """A person's role in a business."""

    id: uuid.UUID
    business_id: uuid.UUID
    business_name: str
    person_id: uuid.UUID
    person_name: str
    role: BusinessRole
    birth_date: date | None = None


@dataclass(frozen=True, slots=True)
class PersonRow:
    """A person with their businesses."""

    id: uuid.UUID
    version: int
    family_name: str
    given_names: str
    birth_date: date | None
    gender: Gender
    migration_background: MigrationBackground
    residence_status: ResidenceStatus
    residence_permit_until: date | None
    preferred_languages: tuple[str, ...]
    email: str | None
    phone: str | None
    street: str | None
    postcode: str | None
    city: str | None
    district_id: uuid.UUID | None
    district_name: str | None
    notes: str
    memberships: tuple[MembershipRow, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.family_name}".strip()

    def draft(self) -> PersonDraft:
        """The editable fields, e.g. to fill a form or to compare with a conflicting save."""
        return PersonDraft(
            family_name=self.family_name,
            given_names=self.given_names,
            birth_date=self.birth_date,
            gender=self.gender,
            migration_background=self.migration_background,
            residence_status=self.residence_status,
            residence_permit_until=self.residence_permit_until,
            preferred_languages=self.preferred_languages,
            email=self.email,
            phone=self.phone,
            street=self.street,
            postcode=self.postcode,
            city=self.city,
            district_id=self.district_id,
            notes=self.notes,
        )


@dataclass(frozen=True, slots=True)
class BusinessDraft:
    """What the intake form holds for a business; validated by ``IntakeService``."""

    name: str
    legal_form: LegalForm = LegalForm.SOLE_TRADER
    sector_id: uuid.UUID | None = None
    founding_date: date | None = None
    founding_planned: bool = True
    street: str | None = None
    postcode: str | None = None
    city: str | None = "Dortmund"
    borough_id: uuid.UUID | None = None
    district_id: uuid.UUID | None = None
    employees: int = 0
    notes: str = ""


@dataclass(frozen=True, slots=True)
class BusinessRow:
    """A business with its sector, area and people."""

    id: uuid.UUID
    version: int
    name: str
    legal_form: LegalForm
    sector_id: uuid.UUID | None
    sector_label: str | None
    founding_date: date | None
    founding_planned: bool
    street: str | None
    postcode: str | None
    city: str | None
    borough_id: uuid.UUID | None
    borough_name: str | None
    district_id: uuid.UUID | None
    district_name: str | None
    employees: int
    notes: str
    members: tuple[MembershipRow, ...] = ()

    def draft(self) -> BusinessDraft:
        return BusinessDraft(
            name=self.name,
            legal_form=self.legal_form,
            sector_id=self.sector_id,
            founding_date=self.founding_date,
            founding_planned=self.founding_planned,
            street=self.street,
            postcode=self.postcode,
            city=self.city,
            borough_id=self.borough_id,
            district_id=self.district_id,
            employees=self.employees,
            notes=self.notes,
        )


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """A recorded person or business that looks like the one being entered.

    ``reasons`` holds ``"birth_date"`` and/or ``"address"``; ``score`` is the name similarity (0-100).
    """

    id: uuid.UUID
    name: str
    birth_date: date | None
    street: str | None
    postcode: str | None
    city: str | None
    score: int
    reasons: tuple[str, ...]
    detail: str = ""


class DuplicateFound(ConflictError):
    """Raised by ``create_person``/``create_business`` when likely duplicates exist; ``candidates`` lists
    them. Offer them to the user; create anyway only with ``allow_duplicate=True``."""

    def __init__(self, candidates: Sequence[DuplicateCandidate], *, business: bool = False) -> None:
        names = ", ".join(candidate.name for candidate in candidates)
        if business:
            super().__init__(
                "business.possible_duplicate",
                "A business with a similar name at the same address is already recorded: {names}. Open the "
                "existing record, or confirm that this is a different business.",
                names=names,
            )
        else:
            super().__init__(
                "person.possible_duplicate",
                "A person with a similar name and the same birth date or address is already recorded: "
                "{names}. Open the existing record, or confirm that this is a different person.",
                names=names,
            )
        self.candidates = tuple(candidates)


# --- row builders -----------------------------------------------------------------------------------------


_ROLE_ORDER = {BusinessRole.FOUNDER: 0, BusinessRole.CO_FOUNDER: 1, BusinessRole.GUARANTOR: 2}


def membership_rows(
    session: Session,
    *,
    business_id: Any = None,
    person_id: Any = None,
    business_ids: Sequence[Any] = (),
    person_ids: Sequence[Any] = (),
) -> list[MembershipRow]:
    """Memberships of one business or person (or of several at once, for lists), founders first."""
    query = (
        select(BusinessMember, Person, Business)
        .join(Person, Person.id == BusinessMember.person_id)
        .join(Business, Business.id == BusinessMember.business_id)
        .where(BusinessMember.deleted_at.is_(None), Person.deleted_at.is_(None))
    )
    if business_id is not None:
        query = query.where(BusinessMember.business_id == business_id)
    if person_id is not None:
        query = query.where(BusinessMember.person_id == person_id)
    if business_ids:
        query = query.where(BusinessMember.business_id.in_(business_ids))
    if person_ids:
        query = query.where(BusinessMember.person_id.in_(person_ids))
    rows = [
        MembershipRow(m.id, b.id, b.name, p.id, p.full_name, m.role, p.birth_date)
        for m, p, b in session.execute(query)
    ]
    rows.sort(key=lambda r: (_ROLE_ORDER[r.role], fold_name(r.person_name), fold_name(r.business_name)))
    return rows


def person_row(
    session: Session, person: Person, memberships: Sequence[MembershipRow] | None = None
) -> PersonRow:
    district = session.get(District, person.district_id) if person.district_id else None
    if memberships is None:
        memberships = membership_rows(session, person_id=person.id)
    languages = tuple(code for code in person.preferred_languages.split(",") if code)
    return PersonRow(
        id=person.id,
        version=person.version,
        family_name=person.family_name,
        given_names=person.given_names,
        birth_date=person.birth_date,
        gender=person.gender,
        migration_background=person.migration_background,
        residence_status=person.residence_status,
        residence_permit_until=person.residence_permit_until,
        preferred_languages=languages,
        email=person.email,
        phone=person.phone,
        street=person.street,
        postcode=person.postcode,
        city=person.city,
        district_id=person.district_id,
        district_name=district.name if district else None,
        notes=person.notes,
        memberships=tuple(memberships),
    )


def business_row(
    session: Session, business: Business, members: Sequence[MembershipRow] | None = None
) -> BusinessRow:
    sector = session.get(Sector, business.sector_id) if business.sector_id else None
    borough = session.get(Borough, business.borough_id) if business.borough_id else None
    district = session.get(District, business.district_id) if business.district_id else None
    return BusinessRow(
        id=business.id,
        version=business.version,
        name=business.name,
        legal_form=business.legal_form,
        sector_id=business.sector_id,
        sector_label=f"{sector.code} {sector.name_de}" if sector else None,
        founding_date=business.founding_date,
        founding_planned=business.founding_planned,
        street=business.street,
        postcode=business.postcode,
        city=business.city,
        borough_id=business.borough_id,
        borough_name=borough.name if borough else None,
        district_id=business.district_id,
        district_name=district.name if district else None,
        employees=business.employees,
        notes=business.notes,
        members=tuple(membership_rows(session, business_id=business.id) if members is None else members),
    )


# --- validation -------------------------------------------------------------------------------------------


def _postcode(value: str | None) -> str | None:
    code = optional_line(value, field=InputField.POSTCODE, max_length=10)
    if code is not None and not _POSTCODE.match(code):
        raise ValidationError(
            "address.postcode_invalid",
            "'{text}' is not a German postcode. Enter five digits, e.g. 44137.",
            field="postcode",
            text=code,
        )
    return code


def person_values(session: Session, draft: PersonDraft) -> dict[str, Any]:
    """Validated column values of a person; raises ``ValidationError`` for the first problem."""
    family = clean_line(draft.family_name, field=InputField.FAMILY_NAME, max_length=200, required=True)
    given = clean_line(draft.given_names, field=InputField.GIVEN_NAMES, max_length=200)
    if draft.birth_date is not None:
        check_birth_date(draft.birth_date)
    permit_until = draft.residence_permit_until
    if permit_until is not None and draft.residence_status not in _PERMIT_STATUSES:
        raise ValidationError(
            "person.permit_date_without_permit",
            "A 'valid until' date belongs to a residence permit. Choose the residence status first, or "
            "clear the date.",
            field="residence_permit_until",
        )
    languages = tuple(
        dict.fromkeys(code.strip().casefold() for code in draft.preferred_languages if code.strip())
    )
    for code in languages:
        if not _LANGUAGE.match(code):
            raise ValidationError(
                "person.language_invalid",
                "'{language}' is not a language code. Use two letters, e.g. de, tr, ar, pl, uk.",
                field="preferred_languages",
                language=code,
            )
    email = optional_line(draft.email, field=InputField.EMAIL, max_length=254)
    if email is not None and not _EMAIL.match(email):
        raise ValidationError(
            "person.email_invalid",
            "'{text}' is not an e-mail address. Check it, e.g. name@example.de.",
            field="email",
            text=email,
        )
    if draft.district_id is not None and session.get(District, draft.district_id) is None:
        raise ValidationError(
            "area.unknown_district", "Choose the district from the list.", field="district_id"
        )
    return {
        "family_name": family,
        "given_names": given,
        "birth_date": draft.birth_date,
        "gender": draft.gender,
        "migration_background": draft.migration_background,
        "residence_status": draft.residence_status,
        "residence_permit_until": permit_until,
        "preferred_languages": ",".join(languages),
        "email": email,
        "phone": optional_line(draft.phone, field=InputField.PHONE, max_length=60),
        "street": optional_line(draft.street, field=InputField.STREET, max_length=200),
        "postcode": _postcode(draft.postcode),
        "city": optional_line(draft.city, field=InputField.CITY, max_length=100),
        "district_id": draft.district_id,
        "notes": clean_text(draft.notes, field=InputField.NOTES),
    }


def business_values(session: Session, draft: BusinessDraft) -> dict[str, Any]:
    """Validated column values of a business; raises ``ValidationError`` for the first problem."""
    name = clean_line(draft.name, field=InputField.BUSINESS_NAME, max_length=300, required=True)
    if draft.employees < 0:
        raise ValidationError(
            "business.employees_negative",
            "The number of employees cannot be negative. Enter 0 for a business without employees.",
            field="employees",
        )
    if (
        draft.founding_date is not None
        and not draft.founding_planned
        and draft.founding_date > today_berlin()
    ):
        raise ValidationError(
            "business.founding_in_future",
            "The founding date {date} lies in the future. Tick 'planned' for a founding that has not "
            "happened yet, or correct the date.",
            field="founding_date",
            date=draft.founding_date,
        )
    if draft.sector_id is not None:
        sector = session.get(Sector, draft.sector_id)
        if sector is None:
            raise ValidationError(
                "business.unknown_sector", "Choose the WZ 2008 class from the list.", field="sector_id"
            )
    if draft.district_id is not None:
        district = session.get(District, draft.district_id)
        if district is None:
            raise ValidationError(
                "area.unknown_district", "Choose the district from the list.", field="district_id"
            )
        if draft.borough_id is not None and district.borough_id != draft.borough_id:
            borough = session.get(Borough, draft.borough_id)
            raise ValidationError(
                "area.district_outside_borough",
                "The district {district} does not lie in the borough {borough}. Choose a district of that "
                "borough, or change the borough.",
                field="district_id",
                district=district.name,
                borough=borough.name if borough else "?",
            )
    borough_id = draft.borough_id
    if borough_id is None and draft.district_id is not None:
        district = session.get(District, draft.district_id)
        borough_id = district.borough_id if district else None
    if borough_id is not None and session.get(Borough, borough_id) is None:
        raise ValidationError("area.unknown_borough", "Choose the borough from the list.", field="borough_id")
    return {
        "name": name,
        "legal_form": draft.legal_form,
        "sector_id": draft.sector_id,
        "founding_date": draft.founding_date,
        "founding_planned": draft.founding_planned,
        "street": optional_line(draft.street, field=InputField.STREET, max_length=200),
        "postcode": _postcode(draft.postcode),
        "city": optional_line(draft.city, field=InputField.CITY, max_length=100),
        "borough_id": borough_id,
        "district_id": draft.district_id,
        "employees": draft.employees,
        "notes": clean_text(draft.notes, field=InputField.NOTES),
    }


# --- duplicates -------------------------------------------------------------------------------------------


def person_duplicates(
    session: Session, values: dict[str, Any], exclude_id: uuid.UUID | None = None
) -> list[DuplicateCandidate]:
    name = fold_name(f"{values['given_names']} {values['family_name']}")
    birth, postcode, street = values["birth_date"], values["postcode"], fold_street(values["street"])
    conditions = []
    if birth is not None:
        conditions.append(Person.birth_date == birth)
    if postcode is not None and street:
        conditions.append(Person.postcode == postcode)
    if not conditions or not name:
        return []
    query = select(Person).where(Person.deleted_at.is_(None), or_(*conditions))
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)
    found: list[DuplicateCandidate] = []
    for person in session.scalars(query.limit(5000)):
        score = round(fuzz.token_sort_ratio(name, fold_name(person.full_name)))
        if score < NAME_THRESHOLD:
            continue
        reasons = []
        if birth is not None and person.birth_date == birth:
            reasons.append("birth_date")
        if (
            postcode is not None
            and person.postcode == postcode
            and street
            and fuzz.ratio(street, fold_street(person.street)) >= STREET_THRESHOLD
        ):
            reasons.append("address")
        if reasons:
            found.append(
                DuplicateCandidate(
                    person.id,
                    person.full_name,
                    person.birth_date,
                    person.street,
                    person.postcode,
                    person.city,
                    score,
                    tuple(reasons),
                )
            )
    found.sort(key=lambda c: (-len(c.reasons), -c.score, c.name))
    return found[:MAX_CANDIDATES]


def business_duplicates(
    session: Session, values: dict[str, Any], exclude_id: uuid.UUID | None = None
) -> list[DuplicateCandidate]:
    name, postcode, street = fold_name(values["name"]), values["postcode"], fold_street(values["street"])
    if postcode is None or not street or not name:
        return []
    query = select(Business).where(Business.deleted_at.is_(None), Business.postcode == postcode)
    if exclude_id is not None:
        query = query.where(Business.id != exclude_id)
    found = []
    for business in session.scalars(query.limit(5000)):
        score = round(fuzz.token_sort_ratio(name, fold_name(business.name)))
        if score < BUSINESS_NAME_THRESHOLD:
            continue
        if fuzz.ratio(street, fold_street(business.street)) < STREET_THRESHOLD:
            continue
        founders = ", ".join(m.person_name for m in membership_rows(session, business_id=business.id))
        found.append(
            DuplicateCandidate(
                business.id,
                business.name,
                None,
                business.street,
                business.postcode,
                business.city,
                score,
                ("address",),
                founders,
            )
        )
    found.sort(key=lambda c: (-c.score, c.name))
    return found[:MAX_CANDIDATES]


class IntakeService(Service):
    """Persons and businesses: intake with validation and duplicate check, editing, lists."""

    # -- persons -----------------------------------------------------------------------------------------

    @requires(Permission.VIEW_CASES)
    def find_person_duplicates(
        self, draft: PersonDraft, *, exclude_id: uuid.UUID | None = None
    ) -> list[DuplicateCandidate]:
        """Recorded persons that look like ``draft`` (see the module docstring); validates ``draft``."""
        with self._sessions() as session:
            return person_duplicates(session, person_values(session, draft), exclude_id)

    @requires(Permission.EDIT_CASES)
    def create_person(self, draft: PersonDraft, *, allow_duplicate: bool = False) -> PersonRow:
        """Record a person; raises ``DuplicateFound`` when likely duplicates exist (unless allowed)."""
        with self._sessions.begin() as session:
            values = person_values(session, draft)
            if not allow_duplicate:
                candidates = person_duplicates(session, values)
                if candidates:
                    raise DuplicateFound(candidates)
            person = Person(**values)
            session.add(person)
            session.flush()
            return person_row(session, person)

    @requires(Permission.EDIT_CASES)
    def update_person(self, person_id: uuid.UUID, version: int, draft: PersonDraft) -> PersonRow:
        """Save changes made on version ``version``; raises ``ConflictError`` if someone saved in between."""
        with self._sessions.begin() as session:
            person = load_for_update(session, Person, person_id, what=Entity.PERSON)
            values = person_values(session, draft)
            ensure_version(person, version, values)
            apply(person, values)
            flush_checked(session, person, values)
            return person_row(session, person)

    @requires(Permission.VIEW_CASES)
    def person(self, person_id: uuid.UUID) -> PersonRow:
        with self._sessions() as session:
            return person_row(session, load(session, Person, person_id, what=Entity.PERSON))

    @requires(Permission.VIEW_CASES)
    def list_persons(self, text: str = "", *, offset: int = 0, limit: int = 200) -> list[PersonRow]:
        """Persons whose name contains every typed word (case-insensitive), by family name."""
        with self._sessions() as session:
            query = select(Person).where(Person.deleted_at.is_(None))
            for word in text.split():
                pattern = f"%{word.casefold()}%"
                query = query.where(
                    or_(
                        func.lower(Person.family_name).like(pattern),
                        func.lower(Person.given_names).like(pattern),
                    )
                )
            query = (
                query.order_by(Person.family_name, Person.given_names, Person.id).offset(offset).limit(limit)
            )
            persons = list(session.scalars(query))
            by_person: dict[uuid.UUID, list[MembershipRow]] = {p.id: [] for p in persons}
            if persons:
                for row in membership_rows(session, person_ids=list(by_person)):
                    by_person[row.person_id].append(row)
            return [person_row(session, p, by_person[p.id]) for p in persons]

    # -- businesses --------------------------------------------------------------------------------------

    @requires(Permission.VIEW_CASES)
    def find_business_duplicates(
        self, draft: BusinessDraft, *, exclude_id: uuid.UUID | None = None
    ) -> list[DuplicateCandidate]:
        with self._sessions() as session:
            return business_duplicates(session, business_values(session, draft), exclude_id)

    @requires(Permission.EDIT_CASES)
    def create_business(
        self,
        draft: BusinessDraft,
        members: Sequence[tuple[uuid.UUID, BusinessRole]] = (),
        *,
        allow_duplicate: bool = False,
    ) -> BusinessRow:
        """Record a business with its people (person id, role); raises ``DuplicateFound`` unless allowed."""
        with self._sessions.begin() as session:
            values = business_values(session, draft)
            if not allow_duplicate:
                candidates = business_duplicates(session, values)
                if candidates:
                    raise DuplicateFound(candidates, business=True)
            business = Business(**values)
            session.add(business)
            session.flush()
            for person_id, role in dict.fromkeys(members):
                load(session, Person, person_id, what=Entity.PERSON)
                session.add(BusinessMember(business_id=business.id, person_id=person_id, role=role))
            session.flush()
            return business_row(session, business)

    @requires(Permission.EDIT_CASES)
    def update_business(self, business_id: uuid.UUID, version: int, draft: BusinessDraft) -> BusinessRow:
        with self._sessions.begin() as session:
            business = load_for_update(session, Business, business_id, what=Entity.BUSINESS)
            values = business_values(session, draft)
            ensure_version(business, version, values)
            apply(business, values)
            flush_checked(session, business, values)
            return business_row(session, business)

    @requires(Permission.EDIT_CASES)
    def add_member(self, business_id: uuid.UUID, person_id: uuid.UUID, role: BusinessRole) -> BusinessRow:
        """Add a person to a business in a role (a person may hold several roles, each once)."""
        with self._sessions.begin() as session:
            business = load(session, Business, business_id, what=Entity.BUSINESS)
            person = load(session, Person, person_id, what=Entity.PERSON)
            existing = session.scalar(
                select(BusinessMember).where(
                    BusinessMember.business_id == business_id,
                    BusinessMember.person_id == person_id,
                    BusinessMember.role == role,
                )
            )
            if existing is not None and existing.deleted_at is None:
                raise ValidationError(
                    "business.member_exists",
                    "{person} is already recorded as {role} of {business}.",
                    field="role",
                    person=person.full_name,
                    role=role,
                    business=business.name,
                )
            if existing is not None:
                existing.deleted_at = None  # re-adding restores the earlier membership
            else:
                session.add(BusinessMember(business_id=business_id, person_id=person_id, role=role))
            session.flush()
            return business_row(session, business)

    @requires(Permission.EDIT_CASES)
    def remove_member(self, member_id: uuid.UUID) -> BusinessRow:
        """Take a person's role in a business away (the person's record stays)."""
        with self._sessions.begin() as session:
            member = load_for_update(session, BusinessMember, member_id, what=Entity.MEMBER)
            member.deleted_at = utc_now()
            session.flush()
            return business_row(session, load(session, Business, member.business_id, what=Entity.BUSINESS))

    @requires(Permission.VIEW_CASES)
    def business(self, business_id: uuid.UUID) -> BusinessRow:
        with self._sessions() as session:
            return business_row(session, load(session, Business, business_id, what=Entity.BUSINESS))

    @requires(Permission.VIEW_CASES)
    def list_businesses(self, text: str = "", *, offset: int = 0, limit: int = 200) -> list[BusinessRow]:
        """Businesses whose name contains every typed word (case-insensitive), by name."""
        with self._sessions() as session:
            query = select(Business).where(Business.deleted_at.is_(None))
            for word in text.split():
                query = query.where(func.lower(Business.name).like(f"%{word.casefold()}%"))
            query = query.order_by(Business.name, Business.id).offset(offset).limit(limit)
            businesses = list(session.scalars(query))
            by_business: dict[uuid.UUID, list[MembershipRow]] = {b.id: [] for b in businesses}
            if businesses:
                for row in membership_rows(session, business_ids=list(by_business)):
                    by_business[row.business_id].append(row)
            return [business_row(session, b, by_business[b.id]) for b in businesses]
