"""Round trip: the four lists exported from a demo database import into an empty one with the same data.

What is compared, field by field, is everything the lists carry. Documented exceptions (not in the lists):
generated ids and timestamps, the stage and status history (an import starts it with one "imported"
step: ``stage_since``, ``status_since``, ``status_reason``), ``previous_case_id``, consents, anonymisation
flags, a property's further features, and everything that is not one of the four lists (documents,
recommendations, loans, reminders, …). Users, lenders and loan programmes are the office's set-up, not
list data: the empty database gets the same before the import, as an administrator would set it up.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, insert, select

from dlzw_desktop.db.models import (
    Borough,
    Business,
    BusinessMember,
    Case,
    Consultation,
    District,
    Lender,
    LoanProgramme,
    Person,
    Property,
    Sector,
    User,
)
from dlzw_desktop.services import demo_catalogue
from dlzw_desktop.services.demo_service import generate_demo_data
from dlzw_desktop.services.importing.convert import LANGUAGE_CODES
from dlzw_desktop.services.importing.mapping import ImportKind
from dlzw_desktop.services.importing.plan import RowStatus
from dlzw_desktop.services.registry import Services, open_services

TODAY = date(2026, 11, 25)
CASES = 60


@pytest.fixture
def source(services: Services) -> Services:
    """A demo office: persons, businesses, cases with consultations, properties with owners."""
    generate_demo_data(services.context.sessions.engine, cases=CASES, seed=7, today=TODAY)
    return services


@pytest.fixture
def target(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Services]:
    """An empty database of the same kind as the source (migrated when opened)."""
    where = request.getfixturevalue("pg_empty_url") if "://" in db_url else tmp_path / "target.sqlite3"
    opened = open_services(where)
    opened.users.local_principal("admin.test")
    try:
        yield opened
    finally:
        opened.close()


def _copy_set_up(source: Services, target: Services) -> None:
    with source.context.sessions() as session:
        tables: dict[Table, list[dict[str, Any]]] = {}
        for model in (User, Lender, LoanProgramme):
            table = model.__table__
            assert isinstance(table, Table)
            rows = [dict(row._mapping) for row in session.execute(select(table))]
            tables[table] = rows
    with target.context.sessions.begin() as session:
        usernames = set(session.scalars(select(User.username)))
        for table, rows in tables.items():
            ids = set(session.scalars(select(table.c.id)))
            wanted = [
                row
                for row in rows
                if row["id"] not in ids and (table.name != "users" or row["username"] not in usernames)
            ]
            if wanted:
                session.execute(insert(table), wanted)


def _snapshot(services: Services) -> dict[str, Counter[tuple[Any, ...]]]:
    """Every listed field of every record, by natural keys instead of ids."""
    with services.context.sessions() as session:
        districts = dict(session.execute(select(District.id, District.name)).all())
        boroughs = dict(session.execute(select(Borough.id, Borough.name)).all())
        sectors = dict(session.execute(select(Sector.id, Sector.code)).all())
        users = dict(session.execute(select(User.id, User.username)).all())
        lenders = dict(session.execute(select(Lender.id, Lender.name)).all())
        programmes = dict(session.execute(select(LoanProgramme.id, LoanProgramme.name)).all())
        persons = {p.id: p for p in session.scalars(select(Person).where(Person.deleted_at.is_(None)))}
        businesses = {b.id: b for b in session.scalars(select(Business).where(Business.deleted_at.is_(None)))}
        cases = {c.id: c for c in session.scalars(select(Case).where(Case.deleted_at.is_(None)))}

        def person_key(pid: Any) -> tuple[Any, ...] | None:
            if pid is None:
                return None
            p = persons[pid]
            return (p.family_name, p.given_names, p.birth_date, p.email)

        def business_key(bid: Any) -> tuple[Any, ...] | None:
            if bid is None:
                return None
            b = businesses[bid]
            return (b.name, b.postcode, b.street)

        snapshot: dict[str, Counter[tuple[Any, ...]]] = {
            "persons": Counter(
                (
                    p.family_name, p.given_names, p.birth_date, p.gender, p.migration_background,
                    p.residence_status, p.residence_permit_until, p.preferred_languages, p.email, p.phone,
                    p.street, p.postcode, p.city, districts.get(p.district_id), p.notes,
                )
                for p in persons.values()
            ),
            "businesses": Counter(
                (
                    b.name, b.legal_form, sectors.get(b.sector_id), b.founding_date, b.founding_planned,
                    b.street, b.postcode, b.city, boroughs.get(b.borough_id), districts.get(b.district_id),
                    b.employees, b.notes,
                )
                for b in businesses.values()
            ),
            "members": Counter(
                (person_key(m.person_id), business_key(m.business_id), m.role)
                for m in session.scalars(select(BusinessMember).where(BusinessMember.deleted_at.is_(None)))
            ),
            "cases": Counter(
                (
                    c.number, business_key(c.business_id), c.opened_on, c.requested_amount, c.purpose,
                    c.source, c.stage, c.outcome, c.closed_on, c.household_income, c.household_expenses,
                    c.business_surplus, c.planned_term_months, c.planned_grace_months,
                    users.get(c.advisor_id), lenders.get(c.lender_id), programmes.get(c.programme_id),
                    c.notes, c.provisional,
                )
                for c in cases.values()
            ),
            "consultations": Counter(
                (
                    cases[t.case_id].number if t.case_id else None, person_key(t.person_id), t.held_on,
                    t.duration_minutes, t.place, t.language, t.topics, t.notes, users.get(t.advisor_id),
                )
                for t in session.scalars(select(Consultation).where(Consultation.deleted_at.is_(None)))
            ),
            "properties": Counter(
                (
                    u.street, u.postcode, boroughs.get(u.borough_id), districts.get(u.district_id),
                    u.ground_floor, u.floor_note, Decimal(u.area_m2), u.rooms, u.cold_rent, u.service_charges,
                    tuple(sorted(u.uses)), u.shop_window, u.step_free, u.condition, u.renovation_needs,
                    u.renovation_cost, u.vacant_since, u.vacancy_reason, person_key(u.owner_person_id),
                    business_key(u.owner_business_id), u.owner_consent, u.owner_consent_on, u.status,
                    u.let_on, u.notes,
                )
                for u in session.scalars(select(Property).where(Property.deleted_at.is_(None)))
            ),
        }  # fmt: skip
    return snapshot


def test_lists_exported_from_a_demo_office_import_into_an_empty_database_unchanged(
    source: Services, target: Services, tmp_path: Path
) -> None:
    _copy_set_up(source, target)
    files = {}
    for kind in ImportKind:
        export = source.exports.export_list(kind, tmp_path / f"{kind.value}.xlsx")
        assert export.rows > 0
        files[kind] = export.path

    # Persons step by step, as the import dialog does it: nothing in the preview may be wrong.
    table = target.imports.read(files[ImportKind.PERSONS])
    mapping = target.imports.suggest_mapping(ImportKind.PERSONS, table.header_texts)
    plan = target.imports.preview(table, mapping, file_name="persons.xlsx", today=TODAY)
    assert plan.count(RowStatus.ERROR) == 0, [p.message for p in plan.problems()][:5]
    persons = target.imports.commit(plan)
    assert persons.written
    # The other lists in one go, as `dlzw import` does.
    for kind in (ImportKind.CASES, ImportKind.CONSULTATIONS, ImportKind.PROPERTIES):
        result = target.imports.import_file(kind, files[kind], today=TODAY)
        assert result.written, (kind, result)
        assert result.error_rows == 0

    before, after = _snapshot(source), _snapshot(target)
    for name in before:
        assert after[name] == before[name], name


def test_every_language_of_the_demo_people_can_be_imported() -> None:
    """The round trip depends on the seed's draws; this holds for every language the demo can give."""
    source = Path(demo_catalogue.__file__).read_text("utf-8")
    codes = {
        code
        for spec in re.findall(r'_languages\("([^"]*)"\)', source)
        for code in spec.replace("|", " ").split()
    }
    assert codes
    assert sorted(code for code in codes if code not in LANGUAGE_CODES.values()) == []
