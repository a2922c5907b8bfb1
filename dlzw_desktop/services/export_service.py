"""Exports: the four lists in the layout the import reads back ("export for re-import"), and the
recommendation package for the lender (letter PDF, workbook and CSV with the recommendation data).

The lists use the German column titles the import's mapping recognises and write each value the way the
import reads it (German choice labels, WZ code with its name, district and borough names, user names), so
a list exported from one database imports into another with every field in place. What the lists do not
hold: generated ids, the history of stages and statuses, consents, documents, recommendations and loans.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from dlzw_desktop.db.audit import record_event
from dlzw_desktop.db.models import (
    Borough,
    Business,
    BusinessMember,
    Case,
    Consent,
    Consultation,
    District,
    Lender,
    Person,
    Property,
    Sector,
    User,
)
from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import BusinessRole, ConsentPurpose, PropertyUse
from dlzw_desktop.errors import StorageError, ValidationError
from dlzw_desktop.reports.list_xlsx import ListTable, write_list_xlsx
from dlzw_desktop.reports.recommendation_xlsx import (
    ExportedPerson,
    RecommendationExport,
    write_recommendation_csv,
    write_recommendation_workbook,
)
from dlzw_desktop.reports.xlsx import DATE_FORMAT, DECIMAL_FORMAT, EUR_FORMAT, INT_FORMAT, add_table_sheet
from dlzw_desktop.services.case_detail import load_detail
from dlzw_desktop.services.context import Service, ServiceContext
from dlzw_desktop.services.importing.convert import german_label
from dlzw_desktop.services.importing.mapping import ImportKind
from dlzw_desktop.services.importing.problems_xlsx import KIND_TITLES
from dlzw_desktop.services.permissions import Permission, requires
from dlzw_desktop.services.recommendation_service import RecommendationService

logger = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]

# Field key -> the German column title the import maps back to that field (tests/…/test_export_service
# checks that ``suggest_mapping`` does).
EXPORT_HEADERS: dict[ImportKind, tuple[tuple[str, str], ...]] = {
    ImportKind.PERSONS: (
        ("person.family_name", "Nachname"),
        ("person.given_names", "Vorname"),
        ("person.birth_date", "Geburtsdatum"),
        ("person.gender", "Geschlecht"),
        ("person.migration_background", "Migrationshintergrund"),
        ("person.residence_status", "Aufenthaltsstatus"),
        ("person.residence_permit_until", "Aufenthaltstitel gültig bis"),
        ("person.preferred_languages", "Sprachen"),
        ("person.email", "E-Mail"),
        ("person.phone", "Telefon"),
        ("person.street", "Straße"),
        ("person.postcode", "PLZ"),
        ("person.city", "Ort"),
        ("person.district", "Stadtteil"),
        ("person.notes", "Bemerkung"),
        ("business.name", "Unternehmen"),
        ("business.role", "Rolle"),
        ("business.legal_form", "Rechtsform"),
        ("business.sector", "WZ 2008"),
        ("business.founding_date", "Gründungsdatum"),
        ("business.founding_planned", "Gründung geplant"),
        ("business.employees", "Mitarbeiter"),
        ("business.street", "Straße Unternehmen"),
        ("business.postcode", "PLZ Unternehmen"),
        ("business.city", "Ort Unternehmen"),
        ("business.borough", "Stadtbezirk Unternehmen"),
        ("business.district", "Stadtteil Unternehmen"),
        ("business.notes", "Bemerkung Unternehmen"),
    ),
    ImportKind.CASES: (
        ("case.number", "Fallnummer"),
        ("case.business_name", "Unternehmen"),
        ("case.family_name", "Nachname"),
        ("case.given_names", "Vorname"),
        ("case.opened_on", "Eingangsdatum"),
        ("case.requested_amount", "Kreditbetrag"),
        ("case.purpose", "Verwendungszweck"),
        ("case.source", "Zugangsweg"),
        ("case.stage", "Status"),
        ("case.outcome", "Ergebnis"),
        ("case.closed_on", "Abschlussdatum"),
        ("case.household_income", "Haushaltseinkommen"),
        ("case.household_expenses", "Haushaltsausgaben"),
        ("case.business_surplus", "Betriebsüberschuss"),
        ("case.planned_term_months", "Laufzeit"),
        ("case.planned_grace_months", "tilgungsfreie Zeit"),
        ("case.advisor", "Berater/in"),
        ("case.lender", "Kreditgeber"),
        ("case.notes", "Bemerkung"),
    ),
    ImportKind.CONSULTATIONS: (
        ("consultation.held_on", "Datum"),
        ("consultation.duration_minutes", "Dauer"),
        ("consultation.place", "Beratungsort"),
        ("consultation.language", "Beratungssprache"),
        ("consultation.topics", "Themen"),
        ("consultation.notes", "Bemerkung"),
        ("consultation.case_number", "Fallnummer"),
        ("consultation.family_name", "Nachname"),
        ("consultation.given_names", "Vorname"),
        ("consultation.advisor", "Berater/in"),
    ),
    ImportKind.PROPERTIES: (
        ("property.street", "Straße"),
        ("property.postcode", "PLZ"),
        ("property.district", "Stadtteil"),
        ("property.borough", "Stadtbezirk"),
        ("property.ground_floor", "Erdgeschoss"),
        ("property.floor_note", "Etage"),
        ("property.area_m2", "Fläche m²"),
        ("property.rooms", "Räume"),
        ("property.cold_rent", "Kaltmiete"),
        ("property.service_charges", "Nebenkosten"),
        ("property.uses", "Nutzung"),
        ("property.shop_window", "Schaufenster"),
        ("property.step_free", "barrierefrei"),
        ("property.condition", "Zustand"),
        ("property.renovation_needs", "Renovierungsbedarf"),
        ("property.renovation_cost", "Renovierungskosten"),
        ("property.vacant_since", "leer seit"),
        ("property.vacancy_reason", "Leerstandsgrund"),
        ("property.owner_name", "Eigentümer/in"),
        ("property.owner_consent", "Einverständnis Eigentümer"),
        ("property.owner_consent_on", "Einverständnis vom"),
        ("property.status", "Status"),
        ("property.let_on", "vermietet am"),
        ("property.notes", "Bemerkung"),
    ),
}
_FORMATS = {
    "person.birth_date": DATE_FORMAT,
    "person.residence_permit_until": DATE_FORMAT,
    "business.founding_date": DATE_FORMAT,
    "business.employees": INT_FORMAT,
    "case.opened_on": DATE_FORMAT,
    "case.closed_on": DATE_FORMAT,
    "case.requested_amount": EUR_FORMAT,
    "case.household_income": EUR_FORMAT,
    "case.household_expenses": EUR_FORMAT,
    "case.business_surplus": EUR_FORMAT,
    "consultation.held_on": DATE_FORMAT,
    "property.area_m2": DECIMAL_FORMAT.replace(".0", ".00"),
    "property.cold_rent": EUR_FORMAT,
    "property.service_charges": EUR_FORMAT,
    "property.renovation_cost": EUR_FORMAT,
    "property.vacant_since": DATE_FORMAT,
    "property.owner_consent_on": DATE_FORMAT,
    "property.let_on": DATE_FORMAT,
}
LIST_FILE_NAMES = {
    ImportKind.PERSONS: "Personen_und_Unternehmen.xlsx",
    ImportKind.CASES: "Faelle.xlsx",
    ImportKind.CONSULTATIONS: "Beratungen.xlsx",
    ImportKind.PROPERTIES: "Leerstaende.xlsx",
}


@dataclass(frozen=True, slots=True)
class ListExport:
    """A list written for re-import."""

    kind: ImportKind
    path: Path
    rows: int


@dataclass(frozen=True, slots=True)
class RecommendationPackage:
    """The files for the lender and what was left out.

    ``birth_dates_withheld`` names the people whose birth date is not in the files because no consent to
    the transfer to the lender is recorded; ``signed_off`` is False for a draft.
    """

    case_number: str
    letter: Path
    workbook: Path
    csv: Path
    birth_dates_withheld: tuple[str, ...]
    signed_off: bool

    @property
    def files(self) -> tuple[Path, ...]:
        return (self.letter, self.workbook, self.csv)


def _label(value: object) -> object:
    return german_label(value) if isinstance(value, StrEnum) else value


class _Names:
    """Display names of the reference and user records a list refers to."""

    def __init__(self, session: Session) -> None:
        self.boroughs = {bid: name for bid, name in session.execute(select(Borough.id, Borough.name))}
        self.districts = {did: name for did, name in session.execute(select(District.id, District.name))}
        self.sectors = {
            sid: f"{code} {name}"
            for sid, code, name in session.execute(select(Sector.id, Sector.code, Sector.name_de))
        }
        self.users = {uid: username for uid, username in session.execute(select(User.id, User.username))}
        self.lenders = {lid: name for lid, name in session.execute(select(Lender.id, Lender.name))}

    def of(self, table: dict[uuid.UUID, str], key: uuid.UUID | None) -> str | None:
        return table.get(key) if key is not None else None


class ExportService(Service):
    """Lists as shown (audited), lists for re-import and the lender's recommendation package."""

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self._recommendations = RecommendationService(context)

    # -- lists -----------------------------------------------------------------------------------------

    @requires(Permission.EXPORT_DATA)
    def write_list(self, table: ListTable, path: Path, *, progress: ProgressFn | None = None) -> Path:
        """Write ``table`` to ``path`` (.xlsx). ``progress`` may raise to cancel; nothing is left then."""
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            raise ValidationError(
                "export.not_xlsx", "Save the export as an Excel workbook (.xlsx).", field="path"
            )
        if not target.parent.is_dir():
            raise ValidationError(
                "export.no_folder",
                "The folder {folder} does not exist. Choose an existing folder.",
                field="path",
                folder=str(target.parent),
            )
        try:
            write_list_xlsx(table, target, progress)
        except OSError as exc:
            raise StorageError(
                "export.write_failed",
                "The workbook could not be written ({reason}). Check free space and write permission, or "
                "choose another folder.",
                reason=exc.strerror or str(exc),
            ) from exc
        with self._sessions.begin() as session:
            record_event(
                session,
                "export",
                None,
                f"list '{table.title}' exported ({len(table.rows)} rows)",
                details={"file": target.name, "rows": len(table.rows), "columns": table.headers},
            )
        logger.info("list %r exported to %s", table.title, target)
        return target

    @requires(Permission.EXPORT_DATA)
    def export_list(self, kind: ImportKind, path: Path, *, progress: ProgressFn | None = None) -> ListExport:
        """Write every (not deleted) record of ``kind`` to an XLSX file the import reads back."""
        self._require(Permission.VIEW_PROPERTIES if kind is ImportKind.PROPERTIES else Permission.VIEW_CASES)
        fields = EXPORT_HEADERS[kind]
        with self._sessions() as session:
            names = _Names(session)
            rows = list(_ROWS[kind](session, names))
        workbook = Workbook(write_only=True)
        add_table_sheet(
            workbook,
            KIND_TITLES[kind][:31],
            [title for _, title in fields],
            ([_label(row.get(key)) for key, _ in fields] for row in rows),
            formats=[_FORMATS.get(key) for key, _ in fields],
            widths=[max(12, min(40, len(title) + 6)) for _, title in fields],
        )
        path = Path(path)
        try:
            workbook.save(path)
        except OSError as exc:
            raise StorageError(
                "export.not_written",
                "The file {path} could not be written. Choose another folder or free some disk space.",
                path=str(path),
            ) from exc
        if progress is not None:
            progress(len(rows), len(rows))
        with self._sessions.begin() as session:
            record_event(
                session,
                "export",
                None,
                "list exported",
                details={"kind": kind.value, "file": path.name, "rows": len(rows)},
            )
        return ListExport(kind, path, len(rows))

    # -- the lender's package --------------------------------------------------------------------------------

    @requires(Permission.EXPORT_DATA)
    def recommendation_data(self, case_id: uuid.UUID) -> RecommendationExport:
        """The structured recommendation data of a case (birth dates only with the lender-transfer consent).

        Raises ``ValidationError`` (``recommendation.missing``) when the case has no recommendation yet.
        """
        self._require(Permission.VIEW_CASES)
        today = today_berlin()
        with self._sessions() as session:
            detail = load_detail(session, case_id)
            rec = detail.recommendation
            if rec is None:
                raise ValidationError(
                    "recommendation.missing",
                    "This case has no recommendation yet. Write it on the recommendation tab first.",
                    field="recommendation",
                )
            business = detail.business
            person_ids = [member.person_id for member in business.members]
            consenting = set(
                session.scalars(
                    select(Consent.person_id).where(
                        Consent.person_id.in_(person_ids),
                        Consent.purpose == ConsentPurpose.LENDER_TRANSFER,
                        Consent.deleted_at.is_(None),
                        Consent.given_on <= today,
                        (Consent.withdrawn_on.is_(None)) | (Consent.withdrawn_on > today),
                    )
                )
            )
            author = session.scalar(select(User.display_name).where(User.username == rec.author))
            signer = (
                session.scalar(select(User.display_name).where(User.username == rec.signed_off_by))
                if rec.signed_off_by
                else None
            )
            sector = session.get(Sector, business.sector_id) if business.sector_id else None
        people = tuple(
            ExportedPerson(
                name=member.person_name,
                role=member.role,
                birth_date=member.birth_date if member.person_id in consenting else None,
                consent=member.person_id in consenting,
            )
            for member in business.members
        )
        affordability = detail.affordability
        return RecommendationExport(
            case_number=detail.number,
            business_name=business.name,
            legal_form=business.legal_form,
            sector_code=sector.code if sector else None,
            sector_name=sector.name_de if sector else None,
            street=business.street,
            postcode=business.postcode,
            city=business.city,
            borough=business.borough_name,
            people=people,
            amount=rec.amount,
            term_months=rec.term_months,
            grace_months=rec.grace_months,
            interest_rate_percent=rec.interest_rate_percent,
            fee=rec.fee,
            instalment=detail.plan.instalment if detail.plan is not None else None,
            programme=detail.programme.name if detail.programme else None,
            follow_up=rec.is_follow_up,
            purpose=detail.purpose,
            summary=rec.summary,
            household_income=detail.household_income,
            household_expenses=detail.household_expenses,
            business_surplus=detail.business_surplus,
            free_amount=affordability.free_amount if affordability else None,
            instalment_ratio=affordability.ratio if affordability else None,
            affordability=affordability.verdict.value if affordability else None,
            lender=rec.lender_name,
            advisor=detail.advisor_name or author or rec.author,
            author=author or rec.author,
            recommended_on=rec.recommended_on,
            signed_off_by=signer or rec.signed_off_by,
            signed_off_on=rec.signed_off_at.date() if rec.signed_off_at else None,
        )

    @requires(Permission.EXPORT_DATA)
    def recommendation_package(self, case_id: uuid.UUID, directory: Path) -> RecommendationPackage:
        """Write the letter (PDF), the workbook and the CSV for the lender into ``directory``.

        Birth dates go only to the files of people with a recorded consent to the transfer to the lender;
        the others are named in ``birth_dates_withheld`` (and the files say why the date is missing).
        """
        data = self.recommendation_data(case_id)
        folder = Path(directory)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                "export.folder_not_created",
                "The folder {path} could not be created. Choose another folder.",
                path=str(folder),
            ) from exc
        stem = f"Empfehlung_{data.case_number}"
        letter = self._recommendations.write_letter(case_id, folder / f"{stem}.pdf")
        workbook = write_recommendation_workbook(data, folder / f"{stem}.xlsx")
        csv_file = write_recommendation_csv(data, folder / f"{stem}.csv")
        withheld = tuple(person.name for person in data.people if not person.consent)
        with self._sessions.begin() as session:
            record_event(
                session,
                "recommendations",
                None,
                "recommendation package exported for the lender",
                case_id=case_id,
                details={
                    "files": [letter.name, workbook.name, csv_file.name],
                    "birth_dates_withheld": len(withheld),
                    "signed_off": data.signed_off,
                },
            )
        logger.info("recommendation package of %s written to %s", data.case_number, folder)
        return RecommendationPackage(data.case_number, letter, workbook, csv_file, withheld, data.signed_off)


# --- the rows of each list ---------------------------------------------------------------------------------

ListRow = dict[str, object]


def _person_fields(person: Person, names: _Names) -> ListRow:
    return {
        "person.family_name": person.family_name,
        "person.given_names": person.given_names,
        "person.birth_date": person.birth_date,
        "person.gender": person.gender,
        "person.migration_background": person.migration_background,
        "person.residence_status": person.residence_status,
        "person.residence_permit_until": person.residence_permit_until,
        "person.preferred_languages": ", ".join(
            code for code in person.preferred_languages.split(",") if code
        ),
        "person.email": person.email,
        "person.phone": person.phone,
        "person.street": person.street,
        "person.postcode": person.postcode,
        "person.city": person.city,
        "person.district": names.of(names.districts, person.district_id),
        "person.notes": person.notes,
    }


def _business_fields(business: Business, names: _Names) -> ListRow:
    return {
        "business.name": business.name,
        "business.legal_form": business.legal_form,
        "business.sector": names.of(names.sectors, business.sector_id),
        "business.founding_date": business.founding_date,
        "business.founding_planned": business.founding_planned,
        "business.employees": business.employees,
        "business.street": business.street,
        "business.postcode": business.postcode,
        "business.city": business.city,
        "business.borough": names.of(names.boroughs, business.borough_id),
        "business.district": names.of(names.districts, business.district_id),
        "business.notes": business.notes,
    }


def _persons_rows(session: Session, names: _Names) -> Iterator[ListRow]:
    persons = {p.id: p for p in session.scalars(select(Person).where(Person.deleted_at.is_(None)))}
    businesses = {b.id: b for b in session.scalars(select(Business).where(Business.deleted_at.is_(None)))}
    members: dict[uuid.UUID, list[BusinessMember]] = defaultdict(list)
    with_people: set[uuid.UUID] = set()
    for member in session.scalars(
        select(BusinessMember).where(BusinessMember.deleted_at.is_(None)).order_by(BusinessMember.created_at)
    ):
        if member.person_id in persons and member.business_id in businesses:
            members[member.person_id].append(member)
            with_people.add(member.business_id)
    order = {BusinessRole.FOUNDER: 0, BusinessRole.CO_FOUNDER: 1, BusinessRole.GUARANTOR: 2}
    for person in sorted(persons.values(), key=lambda p: (p.created_at, p.id)):
        own = _person_fields(person, names)
        roles = sorted(members.get(person.id, []), key=lambda m: (order[m.role], m.created_at))
        if not roles:
            yield own
        for member in roles:
            yield {
                **own,
                **_business_fields(businesses[member.business_id], names),
                "business.role": member.role,
            }
    for business in sorted(businesses.values(), key=lambda b: (b.created_at, b.id)):
        if business.id not in with_people:
            yield _business_fields(business, names)


def _cases_rows(session: Session, names: _Names) -> Iterator[ListRow]:
    founders: dict[uuid.UUID, tuple[str, str]] = {}
    query = (
        select(BusinessMember.business_id, Person.family_name, Person.given_names)
        .join(Person, Person.id == BusinessMember.person_id)
        .where(BusinessMember.deleted_at.is_(None), BusinessMember.role == BusinessRole.FOUNDER)
        .order_by(BusinessMember.created_at)
    )
    for business_id, family, given in session.execute(query):
        founders.setdefault(business_id, (family, given))
    business_names = dict(session.execute(select(Business.id, Business.name)).all())
    for case in session.scalars(
        select(Case).where(Case.deleted_at.is_(None)).order_by(Case.opened_on, Case.number)
    ):
        applicant: tuple[str | None, str | None] = founders.get(case.business_id, (None, None))
        yield {
            "case.number": case.number,
            "case.business_name": business_names.get(case.business_id),
            "case.family_name": applicant[0],
            "case.given_names": applicant[1],
            "case.opened_on": case.opened_on,
            "case.requested_amount": case.requested_amount,
            "case.purpose": case.purpose,
            "case.source": case.source,
            "case.stage": case.stage,
            "case.outcome": case.outcome,
            "case.closed_on": case.closed_on,
            "case.household_income": case.household_income,
            "case.household_expenses": case.household_expenses,
            "case.business_surplus": case.business_surplus,
            "case.planned_term_months": case.planned_term_months,
            "case.planned_grace_months": case.planned_grace_months,
            "case.advisor": names.of(names.users, case.advisor_id),
            "case.lender": names.of(names.lenders, case.lender_id),
            "case.notes": case.notes,
        }


def _consultations_rows(session: Session, names: _Names) -> Iterator[ListRow]:
    numbers = dict(session.execute(select(Case.id, Case.number)).all())
    people = {
        pid: (family, given)
        for pid, family, given in session.execute(select(Person.id, Person.family_name, Person.given_names))
    }
    for talk in session.scalars(
        select(Consultation)
        .where(Consultation.deleted_at.is_(None))
        .order_by(Consultation.held_on, Consultation.created_at)
    ):
        family, given = people.get(talk.person_id, (None, None)) if talk.person_id else (None, None)
        yield {
            "consultation.held_on": talk.held_on,
            "consultation.duration_minutes": talk.duration_minutes,
            "consultation.place": talk.place,
            "consultation.language": talk.language,
            "consultation.topics": talk.topics,
            "consultation.notes": talk.notes,
            "consultation.case_number": numbers.get(talk.case_id) if talk.case_id else None,
            "consultation.family_name": family,
            "consultation.given_names": given,
            "consultation.advisor": names.of(names.users, talk.advisor_id),
        }


def _properties_rows(session: Session, names: _Names) -> Iterator[ListRow]:
    persons = {
        pid: f"{given} {family}".strip()
        for pid, given, family in session.execute(select(Person.id, Person.given_names, Person.family_name))
    }
    businesses = dict(session.execute(select(Business.id, Business.name)).all())
    for unit in session.scalars(
        select(Property).where(Property.deleted_at.is_(None)).order_by(Property.created_at, Property.id)
    ):
        owner = None
        if unit.owner_person_id is not None:
            owner = persons.get(unit.owner_person_id)
        elif unit.owner_business_id is not None:
            owner = businesses.get(unit.owner_business_id)
        yield {
            "property.street": unit.street,
            "property.postcode": unit.postcode,
            "property.district": names.of(names.districts, unit.district_id),
            "property.borough": names.of(names.boroughs, unit.borough_id),
            "property.ground_floor": unit.ground_floor,
            "property.floor_note": unit.floor_note,
            "property.area_m2": Decimal(unit.area_m2),
            "property.rooms": unit.rooms,
            "property.cold_rent": unit.cold_rent,
            "property.service_charges": unit.service_charges,
            "property.uses": ", ".join(german_label(PropertyUse(use)) for use in unit.uses),
            "property.shop_window": unit.shop_window,
            "property.step_free": unit.step_free,
            "property.condition": unit.condition,
            "property.renovation_needs": unit.renovation_needs,
            "property.renovation_cost": unit.renovation_cost,
            "property.vacant_since": unit.vacant_since,
            "property.vacancy_reason": unit.vacancy_reason,
            "property.owner_name": owner,
            "property.owner_consent": unit.owner_consent,
            "property.owner_consent_on": unit.owner_consent_on,
            "property.status": unit.status,
            "property.let_on": unit.let_on,
            "property.notes": unit.notes,
        }


_ROWS: dict[ImportKind, Callable[[Session, _Names], Iterator[ListRow]]] = {
    ImportKind.PERSONS: _persons_rows,
    ImportKind.CASES: _cases_rows,
    ImportKind.CONSULTATIONS: _consultations_rows,
    ImportKind.PROPERTIES: _properties_rows,
}


def export_fields(kind: ImportKind) -> Sequence[tuple[str, str]]:
    """(field key, German column title) of a list, in column order."""
    return EXPORT_HEADERS[kind]
