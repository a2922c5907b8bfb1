"""Randomised property test of concurrent office and laptop edits, through the database code paths of the
check-out and the import (``fill_kit``, ``register_kit``, ``pending_records``, ``import_verified``).

Every trial plans a day with a few founders in one office database, checks a kit out into one kit database
(emptied between trials; its encryption is tested elsewhere and left out here for speed), lets both sides
edit, delete and create at random, then imports the laptop's changes and checks, across all trials:

- no record is lost (every office record and every laptop-created record exists afterwards);
- no laptop change is lost: each changed field is applied, or listed as a conflict with its value;
- no office change is overwritten;
- a delete against an edit never deletes (and is listed as a conflict);
- importing the same changes again changes no record.
"""

from __future__ import annotations

import random
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from dlzw_desktop.db.base import Base
from dlzw_desktop.db.engine import Sessions, create_db_engine, database_url
from dlzw_desktop.db.models import (
    Appointment,
    Business,
    BusinessMember,
    Case,
    Consultation,
    ConsultationDay,
    Person,
    SyncConflict,
    SyncKitInfo,
    SyncSnapshot,
)
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import AppointmentStatus, BusinessRole, ConsultationPlace
from dlzw_desktop.domain.merge import DELETED_AT, JsonValue, canonical_json, same
from dlzw_desktop.services.registry import Services, open_services
from dlzw_desktop.services.sync.checkin import build_payload, pending_records
from dlzw_desktop.services.sync.kit_state import installation_id, provisional_case_number
from dlzw_desktop.services.sync.records import MERGE_RULES, SYNCED_TABLES, codec, fetch_rows
from dlzw_desktop.services.sync_service import KitDay, KitSpec, fill_kit, import_verified, register_kit

TRIALS = 500
PHONES = ("0231 1", "0231 2", "0170 3", None)
NOTES = ("", "A", "B", "kommt später")
AMOUNTS = (Decimal("5000.00"), Decimal("8000.00"), Decimal("12500.50"))
TOPICS = ("Kredit", "Unterlagen", "Standort")
Key = tuple[str, str]


@dataclass
class World:
    """One office and one kit database for all trials."""

    office: Services
    kit: Sessions
    stats: dict[str, int] = field(default_factory=dict)


@pytest.fixture(scope="module")
def world(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("property")
    shutil.copyfile(sqlite_template, folder / "office.sqlite3")
    shutil.copyfile(sqlite_template, folder / "kit.sqlite3")
    office = open_services(folder / "office.sqlite3")
    office.users.local_principal("admin.test")
    kit = Sessions(create_db_engine(database_url(folder / "kit.sqlite3")), actor=lambda: "admin.test")
    try:
        yield World(office, kit)
    finally:
        kit.engine.dispose()
        office.close()


def _empty_kit(kit: Sessions) -> None:
    with kit.begin() as session:
        for name in reversed(SYNCED_TABLES):
            session.execute(delete(Base.metadata.tables[name]))
        session.execute(delete(SyncSnapshot))
        session.execute(delete(SyncKitInfo))


def _plan(office: Services, rng: random.Random) -> uuid.UUID:
    with office.context.sessions.begin() as session:
        day = ConsultationDay(
            held_on=date(2026, 5, 12), place="Quartiersbüro", starts_at=time(10), ends_at=time(14)
        )
        session.add(day)
        session.flush()
        for index in range(rng.randint(1, 3)):
            person = Person(family_name=f"Person {index}", phone=rng.choice(PHONES), notes=rng.choice(NOTES))
            firm = Business(name=f"Firma {index}")
            session.add_all([person, firm])
            session.flush()
            session.add(BusinessMember(business_id=firm.id, person_id=person.id, role=BusinessRole.FOUNDER))
            case = Case(
                number=f"MK-2026-{uuid.uuid4().int % 10**8:08d}",
                business_id=firm.id,
                stage_since=utc_now(),
                opened_on=date(2026, 3, 1),
                requested_amount=rng.choice(AMOUNTS),
            )
            session.add(case)
            session.flush()
            session.add(
                Consultation(
                    case_id=case.id,
                    person_id=person.id,
                    held_on=date(2026, 3, 1),
                    duration_minutes=30,
                    place=ConsultationPlace.OFFICE,
                )
            )
            session.add(
                Appointment(day_id=day.id, starts_at=time(10 + index), person_id=person.id, case_id=case.id)
            )
        return day.id


def _check_out(world: World, day_id: uuid.UUID) -> KitSpec:
    office = world.office
    principal = office.context.user.principal
    assert principal.user_id is not None
    with office.context.sessions.begin() as session, world.kit.begin() as kit_session:
        office_id = installation_id(session, create=True)
        assert office_id is not None
        spec = KitSpec(
            kit_id=uuid.uuid4(),
            code=uuid.uuid4().hex[:6].upper(),
            days=(KitDay(day_id, date(2026, 5, 12), "Quartiersbüro"),),
            office_id=office_id,
            advisor_id=principal.user_id,
            advisor_username=principal.username,
            actor=principal.username,
            key_check="",
        )
        snapshot = fill_kit(session, kit_session, spec, "head")
        register_kit(session, spec, snapshot)
    return spec


def _edit(session: Any, rng: random.Random, deletions: bool) -> int:
    """Random edits to the persons, cases, appointments and consultations of a database."""
    edits = 0
    for person in session.scalars(select(Person)):
        if rng.random() < 0.5:
            person.phone = rng.choice(PHONES)
            edits += 1
        if rng.random() < 0.3:
            person.notes = rng.choice(NOTES)
            edits += 1
        if deletions and rng.random() < 0.15:
            person.deleted_at = utc_now()
            edits += 1
    for case in session.scalars(select(Case)):
        if rng.random() < 0.4:
            case.requested_amount = rng.choice(AMOUNTS)
            edits += 1
        if rng.random() < 0.3:
            case.notes = rng.choice(NOTES)
            edits += 1
        if deletions and rng.random() < 0.1:
            case.deleted_at = utc_now()
            edits += 1
    for appointment in session.scalars(select(Appointment)):
        if rng.random() < 0.4:
            appointment.status = rng.choice(list(AppointmentStatus))
            edits += 1
        if rng.random() < 0.3:
            appointment.topic = rng.choice(TOPICS)
            edits += 1
    for consultation in session.scalars(select(Consultation)):
        if rng.random() < 0.3:
            consultation.duration_minutes = rng.choice((30, 45, 60))
            edits += 1
    return edits


def _laptop_creates(session: Any, rng: random.Random, day_id: uuid.UUID) -> int:
    created = 0
    for index in range(rng.randint(0, 2)):
        person = Person(family_name=f"Neu {index}", phone=rng.choice(PHONES))
        firm = Business(name=f"Neue Firma {index}")
        session.add_all([person, firm])
        session.flush()
        session.add(BusinessMember(business_id=firm.id, person_id=person.id, role=BusinessRole.FOUNDER))
        number = provisional_case_number(session) or "MK-V-X-000"
        case = Case(
            number=number,
            provisional=True,
            business_id=firm.id,
            stage_since=utc_now(),
            opened_on=date(2026, 5, 12),
        )
        session.add(case)
        session.flush()
        session.add(
            Appointment(
                day_id=day_id,
                starts_at=time(13, 30),
                person_id=person.id,
                walk_in=True,
                status=AppointmentStatus.ATTENDED,
            )
        )
        session.add(
            Consultation(
                case_id=case.id,
                person_id=person.id,
                held_on=date(2026, 5, 12),
                duration_minutes=20,
                place=ConsultationPlace.CONSULTATION_DAY,
            )
        )
        created += 6
    return created


def _records(office: Services, keys: set[Key]) -> dict[Key, dict[str, JsonValue]]:
    by_table: dict[str, list[uuid.UUID]] = {}
    for name, row_id in keys:
        by_table.setdefault(name, []).append(uuid.UUID(row_id))
    result: dict[Key, dict[str, JsonValue]] = {}
    with office.context.sessions() as session:
        for name, ids in by_table.items():
            table_codec = codec(name)
            for row_id, row in fetch_rows(session, name, ids).items():
                result[(name, str(row_id))] = table_codec.encode(row)
    return result


def _conflicts(office: Services, kit_id: uuid.UUID) -> set[tuple[str, str, str | None, str]]:
    with office.context.sessions() as session:
        return {
            (name, str(row_id), field_name, key)
            for name, row_id, field_name, key in session.execute(
                select(
                    SyncConflict.table_name,
                    SyncConflict.row_id,
                    SyncConflict.field_name,
                    SyncConflict.laptop_key,
                ).where(SyncConflict.kit_id == kit_id)
            )
        }


def _data_fingerprint(office: Services) -> dict[str, Any]:
    result = {}
    with office.context.sessions() as session:
        for name in SYNCED_TABLES:
            table = Base.metadata.tables[name]
            result[name] = session.execute(select(func.count(), func.sum(table.c.version))).one()
    return result


def _compared(name: str, record: dict[str, JsonValue]) -> list[str]:
    ignored = MERGE_RULES.ignored(name)
    return [f for f in record if f not in ignored]


@settings(max_examples=TRIALS, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_concurrent_edits_merge_without_loss(world: World, rng: random.Random) -> None:
    office = world.office
    _empty_kit(world.kit)
    day_id = _plan(office, rng)
    spec = _check_out(world, day_id)
    with world.kit() as session:
        base = {
            (name, str(row_id)): __import__("json").loads(data)
            for name, row_id, data in session.execute(
                select(SyncSnapshot.table_name, SyncSnapshot.row_id, SyncSnapshot.data)
            )
        }
    with world.kit.begin() as session:
        laptop_edits = _edit(session, rng, deletions=True)
        created = _laptop_creates(session, rng, day_id)
    with office.context.sessions.begin() as session:
        ids = {uuid.UUID(row_id) for _name, row_id in base}
        office_edits = 0
        for model in (Person, Case, Appointment, Consultation):
            rows = list(session.scalars(select(model).where(model.id.in_(ids))))
            office_edits += _edit(_Rows(rows), rng, deletions=True)
    with world.kit() as session:
        laptop = pending_records(session)
    payload = build_payload(spec.kit_id, spec.code, laptop)
    before = _records(office, set(base))
    with office.context.sessions.begin() as session:
        result = import_verified(
            session,
            kit_id=spec.kit_id,
            package_id=uuid.uuid4(),
            sequence=1,
            written_at=utc_now(),
            payload=payload,
            actor="admin.test",
        )
    assert result is not None
    laptop_keys = {(name, row_id) for name, rows in laptop.items() for row_id in rows}
    after = _records(office, set(base) | laptop_keys)
    conflicts = _conflicts(office, spec.kit_id)

    # No record lost, new laptop records arrived.
    assert set(base) <= set(after)
    new_keys = laptop_keys - set(base)
    assert new_keys <= set(after)
    assert len(new_keys) == created
    for key in new_keys:
        name, _row_id = key
        for f in _compared(name, laptop[name][key[1]]):
            assert same(after[key][f], laptop[name][key[1]][f]), (key, f)
        if name == "cases":
            number = after[key]["number"]
            assert (
                isinstance(number, str)
                and number.startswith("MK-2026-")
                and after[key]["provisional"] is False
            )

    for key, base_record in base.items():
        name, row_id = key
        mine = laptop.get(name, {}).get(row_id)
        theirs, now = before[key], after[key]
        # Like the merge: an office change the laptop made too is no edit against a delete.
        office_edited = any(
            not same(theirs[f], base_record[f]) and (mine is None or not same(theirs[f], mine[f]))
            for f in _compared(name, base_record)
            if f != DELETED_AT
        )
        office_deleted = theirs[DELETED_AT] is not None and base_record[DELETED_AT] is None
        laptop_edited = mine is not None and any(
            not same(mine[f], base_record[f]) and not same(mine[f], theirs[f])
            for f in _compared(name, base_record)
            if f != DELETED_AT
        )
        for f in _compared(name, base_record):
            b, o, a = base_record[f], theirs[f], now[f]
            if not same(o, b) and f != DELETED_AT:
                assert same(a, o), ("office change overwritten", key, f)
            if mine is None or same(mine[f], b):
                if same(o, b):
                    assert same(a, b), ("untouched field changed", key, f)
                continue
            laptop_value = mine[f]
            listed = (name, row_id, f, canonical_json(laptop_value)) in conflicts
            if f == DELETED_AT:
                if laptop_value is not None and office_edited and not office_deleted:
                    assert a is None, ("a laptop delete deleted an office edit", key)
                    assert listed
                    event("laptop delete vs office edit")
                else:
                    assert same(a, laptop_value) or listed or (a is not None and laptop_value is not None)
                continue
            assert same(a, laptop_value) or listed, ("laptop change lost", key, f)
            if listed:
                event("field conflict")
        if office_deleted and laptop_edited and mine is not None and mine[DELETED_AT] is None:
            assert (name, row_id, DELETED_AT, canonical_json(None)) in conflicts, (
                "office delete vs edit",
                key,
                base_record,
                theirs,
                mine,
                now,
            )
            event("office delete vs laptop edit")

    # The same changes again (a newer package with the same content) change no record.
    fingerprint = _data_fingerprint(office)
    with office.context.sessions.begin() as session:
        again = import_verified(
            session,
            kit_id=spec.kit_id,
            package_id=uuid.uuid4(),
            sequence=2,
            written_at=utc_now(),
            payload=payload,
            actor="admin.test",
        )
    assert again is not None and (again.inserted, again.updated, again.conflicts) == (0, 0, 0)
    assert _data_fingerprint(office) == fingerprint
    event(f"laptop edits: {min(laptop_edits, 5)}+, office edits: {min(office_edits, 5)}+")


class _Rows:
    """Lets ``_edit`` walk rows already loaded in an office session (only the checked-out ones)."""

    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows

    def scalars(self, statement: Any) -> list[Any]:
        model = statement.column_descriptions[0]["entity"]
        return [row for row in self._rows if isinstance(row, model)]
