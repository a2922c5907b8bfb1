"""Laptop kits end to end through the services: check-out, offline work on the encrypted kit, check-in with
the three-way merge, conflicts, refresh, and every way a package must be refused with nothing written.

The office runs on SQLite and on PostgreSQL (``services`` fixture); the kit is always an SQLCipher file.
"""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from dlzw_desktop.db import cipher
from dlzw_desktop.db.base import Base
from dlzw_desktop.db.models import (
    Appointment,
    AuditEntry,
    Business,
    BusinessMember,
    Case,
    Consultation,
    Person,
    SettingValue,
    SyncSnapshot,
    User,
)
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import AppointmentStatus, BusinessRole, ConsultationPlace
from dlzw_desktop.domain.merge import Choice, ConflictKind
from dlzw_desktop.errors import ConflictError, PermissionDenied, StorageError, ValidationError
from dlzw_desktop.services.consultation_day_service import BookingDraft
from dlzw_desktop.services.registry import Services, open_services
from dlzw_desktop.services.sync import checkin, package
from dlzw_desktop.services.sync.kit_state import INSTALLATION_KEY, provisional_case_number
from tests.services.sync.sync_data import PASSPHRASE, PlannedDay, fast_keys, plan_day


@pytest.fixture(autouse=True)
def _fast_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_keys(monkeypatch)


@pytest.fixture
def planned(services: Services) -> PlannedDay:
    return plan_day(services)


@pytest.fixture
def kit_path(services: Services, planned: PlannedDay, tmp_path: Path) -> Path:
    path = tmp_path / "laptop" / "sprechtag.dlzwkit"
    path.parent.mkdir()
    services.sync.check_out([planned.day_id], path, PASSPHRASE)
    return path


def open_kit(path: Path) -> Services:
    kit = open_services(path, passphrase=PASSPHRASE)
    kit.users.local_principal(kit.sync.kit_sign_in_name())
    return kit


@pytest.fixture
def kit(kit_path: Path) -> Iterator[Services]:
    opened = open_kit(kit_path)
    try:
        yield opened
    finally:
        opened.close()


def fingerprint(services: Services) -> dict[str, Any]:
    """Row count and version sum of every table: any write shows up here."""
    result: dict[str, Any] = {}
    with services.context.sessions() as session:
        for table in Base.metadata.sorted_tables:
            count = session.scalar(select(func.count()).select_from(table)) or 0
            versions = session.scalar(select(func.sum(table.c.version))) if "version" in table.c else None
            result[table.name] = (count, versions)
    return result


def write_package(kit: Services, tmp_path: Path, name: str = "rueckgabe.dlzwsync") -> Path:
    path = tmp_path / name
    kit.sync.write_package(path, PASSPHRASE)
    return path


# -- check-out -------------------------------------------------------------------------------------------


def test_check_out_writes_an_encrypted_kit_with_the_days_people_cases_and_snapshots(
    services: Services, planned: PlannedDay, kit_path: Path, kit: Services
) -> None:
    assert not cipher.is_plain_sqlite(kit_path)
    assert sorted(p.name for p in kit_path.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "sprechtag.dlzwkit"
    ]
    info = kit.sync.kit_info()
    assert info is not None
    assert [day.place for day in info.days] == ["Quartiersbüro Nordmarkt"]
    with kit.context.sessions() as session:
        names = set(session.scalars(select(Person.family_name)))
        numbers = set(session.scalars(select(Case.number)))
        snapshots = session.scalar(select(func.count()).select_from(SyncSnapshot))
        consultations = session.scalar(select(func.count()).select_from(Consultation))
        hashes = set(session.scalars(select(User.password_hash)))
        keys = set(session.scalars(select(SettingValue.key)))
    assert names == {"Öztürk", "Kowalski"}
    assert numbers == {"MK-2026-0041", "MK-2026-0042"}
    assert consultations == 2
    assert snapshots and snapshots >= 2 + 2 + 2 + 2  # persons, businesses, cases, consultations, ...
    assert hashes == {None}
    assert INSTALLATION_KEY not in keys
    detail = kit.consultation_days.day(planned.day_id)
    assert [a.name for s in detail.slots for a in s.appointments] == ["Ayşe Öztürk", "Jan Kowalski"]
    [registered] = services.sync.kits()
    assert registered.id == info.kit_id and registered.record_count == snapshots
    assert kit.sync.pending_changes().total == 0


def test_check_out_refuses_an_existing_file_a_short_passphrase_and_no_days(
    services: Services, planned: PlannedDay, tmp_path: Path
) -> None:
    existing = tmp_path / "alt.dlzwkit"
    existing.write_bytes(b"the laptop's work")
    with pytest.raises(ValidationError) as caught:
        services.sync.check_out([planned.day_id], existing, PASSPHRASE)
    assert caught.value.code == "kit.exists"
    assert existing.read_bytes() == b"the laptop's work"
    with pytest.raises(ValidationError) as caught:
        services.sync.check_out([planned.day_id], tmp_path / "neu.dlzwkit", "kurz")
    assert caught.value.code == "kit.passphrase_too_short"
    with pytest.raises(ValidationError) as caught:
        services.sync.check_out([], tmp_path / "neu.dlzwkit", PASSPHRASE)
    assert caught.value.code == "kit.no_days"
    assert services.sync.kits() == []
    assert sorted(p.name for p in tmp_path.glob("*kit*")) == ["alt.dlzwkit"]


def test_a_kit_opens_only_with_its_passphrase(kit_path: Path) -> None:
    with pytest.raises(StorageError) as missing:
        open_services(kit_path)
    assert missing.value.code == "db.passphrase_required"
    with pytest.raises(ValidationError) as wrong:
        open_services(kit_path, passphrase="Nordstadt Sprechtag 2025")
    assert wrong.value.code == "kit.wrong_passphrase"
    assert "passphrase does not open the laptop kit" in str(wrong.value)
    opened = open_services(kit_path, passphrase=PASSPHRASE)
    try:
        assert opened.context.sessions.encrypted
    finally:
        opened.close()


# -- check-in --------------------------------------------------------------------------------------------


def laptop_work(kit: Services, planned: PlannedDay) -> uuid.UUID:
    """What an advisor does on the day: edit a person, record a new founder with a case and a consultation."""
    with kit.context.sessions.begin() as session:
        person = session.get(Person, planned.first.person_id)
        assert person is not None
        person.phone = "0170 5551234"
        newcomer = Person(family_name="Nowak", given_names="Zofia")
        firm = Business(name="Zofias Café")
        session.add_all([newcomer, firm])
        session.flush()
        session.add(BusinessMember(business_id=firm.id, person_id=newcomer.id, role=BusinessRole.FOUNDER))
        number = provisional_case_number(session)
        assert number is not None and number.startswith("MK-V-")
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
            Consultation(
                case_id=case.id,
                person_id=newcomer.id,
                held_on=date(2026, 5, 12),
                duration_minutes=30,
                place=ConsultationPlace.CONSULTATION_DAY,
                topics="Erstberatung",
            )
        )
        return case.id


def test_laptop_work_reaches_the_office_and_new_cases_get_office_numbers(
    services: Services, planned: PlannedDay, kit: Services, tmp_path: Path
) -> None:
    case_id = laptop_work(kit, planned)
    kit.consultation_days.record_walk_in(
        planned.day_id, BookingDraft(time(11, 5), visitor_name="Herr Yılmaz")
    )
    pending = kit.sync.pending_changes()
    assert pending.new == 6 and pending.changed == 1
    result = services.sync.import_package(write_package(kit, tmp_path), PASSPHRASE)
    assert (result.inserted, result.updated, result.conflicts) == (6, 1, 0)
    [(provisional, office_number)] = result.case_numbers
    assert provisional.startswith("MK-V-") and office_number.startswith("MK-2026-")
    with services.context.sessions() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.number == office_number and not case.provisional
        person = session.get(Person, planned.first.person_id)
        assert person is not None and person.phone == "0170 5551234"
        walk_in = session.scalar(select(Appointment).where(Appointment.visitor_name == "Herr Yılmaz"))
        assert walk_in is not None and walk_in.walk_in and walk_in.status is AppointmentStatus.ATTENDED
        audited = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.note.like("laptop kit %"), AuditEntry.entity_id == planned.first.person_id)
        )
        assert audited == 1


def test_office_changes_are_kept_and_clashes_wait_for_a_person(
    services: Services, planned: PlannedDay, kit: Services, tmp_path: Path
) -> None:
    with kit.context.sessions.begin() as session:
        person = session.get(Person, planned.first.person_id)
        assert person is not None
        person.phone = "0170 1111111"  # clashes with the office
        person.email = "ayse@example.org"  # only the laptop
    with services.context.sessions.begin() as session:
        person = session.get(Person, planned.first.person_id)
        assert person is not None
        person.phone = "0231 2222222"
        person.city = "Dortmund"  # only the office
    result = services.sync.import_package(write_package(kit, tmp_path), PASSPHRASE)
    assert (result.updated, result.conflicts) == (1, 1)
    with services.context.sessions() as session:
        person = session.get(Person, planned.first.person_id)
        assert person is not None
        assert (person.phone, person.email, person.city) == ("0231 2222222", "ayse@example.org", "Dortmund")
    [conflict] = services.sync.conflicts()
    assert (conflict.field_name, conflict.office_value, conflict.laptop_value) == (
        "phone",
        "0231 2222222",
        "0170 1111111",
    )
    assert conflict.record_label == "Ayşe Öztürk" and conflict.kind is ConflictKind.EDIT
    decided = services.sync.resolve_conflict(conflict.id, conflict.version, Choice.LAPTOP)
    assert decided.resolution is Choice.LAPTOP and decided.resolved_by == "admin.test"
    assert services.sync.open_conflict_count() == 0
    with services.context.sessions() as session:
        person = session.get(Person, planned.first.person_id)
        assert person is not None and person.phone == "0170 1111111"
        events = list(
            session.scalars(
                select(AuditEntry.note).where(
                    AuditEntry.entity_id == conflict.id, AuditEntry.action == "event"
                )
            )
        )
        updates = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(
                AuditEntry.entity_id == planned.first.person_id,
                AuditEntry.note.like("sync conflict decided%"),
            )
        )
    assert events == ["sync conflict decided: laptop"] and updates == 1
    with pytest.raises(ConflictError):
        services.sync.resolve_conflict(conflict.id, conflict.version, Choice.OFFICE)


def test_a_conflict_can_be_decided_with_an_edited_value_or_for_the_office(
    services: Services, planned: PlannedDay, kit: Services, tmp_path: Path
) -> None:
    with kit.context.sessions.begin() as session:
        first = session.get(Person, planned.first.person_id)
        second = session.get(Person, planned.second.person_id)
        assert first is not None and second is not None
        first.phone, second.phone = "0170 1", "0170 2"
    with services.context.sessions.begin() as session:
        first = session.get(Person, planned.first.person_id)
        second = session.get(Person, planned.second.person_id)
        assert first is not None and second is not None
        first.phone, second.phone = "0231 1", "0231 2"
    services.sync.import_package(write_package(kit, tmp_path), PASSPHRASE)
    by_person = {c.row_id: c for c in services.sync.conflicts()}
    edited = by_person[planned.first.person_id]
    with pytest.raises(ValidationError) as caught:
        services.sync.resolve_conflict(edited.id, edited.version, Choice.EDITED, 12)
    assert caught.value.code == "sync.value_invalid"
    services.sync.resolve_conflict(edited.id, edited.version, Choice.EDITED, "0231 1 / mobil 0170 1")
    kept = by_person[planned.second.person_id]
    services.sync.resolve_conflict(kept.id, kept.version, Choice.OFFICE)
    with services.context.sessions() as session:
        assert (
            session.scalar(select(Person.phone).where(Person.id == planned.first.person_id))
            == "0231 1 / mobil 0170 1"
        )
        assert session.scalar(select(Person.phone).where(Person.id == planned.second.person_id)) == "0231 2"
    decided = {c.row_id: c for c in services.sync.conflicts(include_resolved=True)}
    assert decided[planned.second.person_id].resolved_value == "0231 2"
    # The next package from the same laptop does not ask again.
    again = services.sync.import_package(write_package(kit, tmp_path, "zwei.dlzwsync"), PASSPHRASE)
    assert (again.updated, again.conflicts) == (0, 0)


def test_a_delete_against_an_edit_never_deletes(
    services: Services, planned: PlannedDay, kit: Services, tmp_path: Path
) -> None:
    with kit.context.sessions.begin() as session:
        first = session.get(Person, planned.first.person_id)
        second = session.get(Person, planned.second.person_id)
        assert first is not None and second is not None
        first.deleted_at = utc_now()  # the laptop deletes what the office edits
        second.notes = "kommt mit Dolmetscherin"  # the laptop edits what the office deletes
    with services.context.sessions.begin() as session:
        first = session.get(Person, planned.first.person_id)
        second = session.get(Person, planned.second.person_id)
        assert first is not None and second is not None
        first.email = "neu@example.org"
        second.deleted_at = utc_now()
    result = services.sync.import_package(write_package(kit, tmp_path), PASSPHRASE)
    assert result.conflicts == 2
    with services.context.sessions() as session:
        first = session.get(Person, planned.first.person_id)
        second = session.get(Person, planned.second.person_id)
        assert first is not None and second is not None
        assert first.deleted_at is None and first.email == "neu@example.org"
        assert second.notes == "kommt mit Dolmetscherin"  # the edit is kept on the deleted row
    kinds = {c.kind for c in services.sync.conflicts()}
    assert kinds == {ConflictKind.DELETE_VS_EDIT}


def test_importing_the_same_package_again_changes_nothing(
    services: Services, planned: PlannedDay, kit: Services, tmp_path: Path
) -> None:
    laptop_work(kit, planned)
    path = write_package(kit, tmp_path)
    services.sync.import_package(path, PASSPHRASE)
    before = fingerprint(services)
    again = services.sync.import_package(path, PASSPHRASE)
    assert again.already_imported and again.inserted == again.updated == 0
    assert fingerprint(services) == before
    # A newer package with the same content changes no record either (only the import register).
    newer = services.sync.import_package(write_package(kit, tmp_path, "zwei.dlzwsync"), PASSPHRASE)
    assert (newer.inserted, newer.updated, newer.conflicts) == (0, 0, 0)
    after = fingerprint(services)
    for name in ("persons", "businesses", "cases", "consultations", "appointments"):
        assert after[name] == before[name], name


# -- refusals --------------------------------------------------------------------------------------------


def test_tampered_truncated_replayed_and_foreign_packages_write_nothing(
    services: Services, planned: PlannedDay, kit: Services, tmp_path: Path
) -> None:
    laptop_work(kit, planned)
    first = write_package(kit, tmp_path, "eins.dlzwsync")
    second = write_package(kit, tmp_path, "zwei.dlzwsync")
    services.sync.import_package(second, PASSPHRASE)
    before = fingerprint(services)
    data = first.read_bytes()
    tampered = tmp_path / "manipuliert.dlzwsync"
    tampered.write_bytes(data[:-40] + bytes([data[-40] ^ 1]) + data[-39:])
    truncated = tmp_path / "abgeschnitten.dlzwsync"
    truncated.write_bytes(data[: len(data) // 2])
    refusals = {}
    for path in (tampered, truncated, first):
        with pytest.raises((ValidationError, ConflictError)) as caught:
            services.sync.import_package(path, PASSPHRASE)
        refusals[path.name] = caught.value.code
    with pytest.raises(ValidationError) as wrong:
        services.sync.import_package(second, "Nordstadt Sprechtag 2025")
    refusals["wrong"] = wrong.value.code
    assert refusals == {
        "manipuliert.dlzwsync": "sync.tampered",
        "abgeschnitten.dlzwsync": "sync.truncated",
        "eins.dlzwsync": "sync.replay",
        "wrong": "sync.wrong_passphrase",
    }
    assert fingerprint(services) == before


def test_a_package_from_another_office_is_refused(
    services: Services, planned: PlannedDay, kit: Services, tmp_path: Path, sqlite_template: Path
) -> None:
    other_path = tmp_path / "andere.sqlite3"
    other_path.write_bytes(sqlite_template.read_bytes())
    other = open_services(other_path)
    try:
        other.users.local_principal("admin.test")
        plan = plan_day(other)
        other.sync.check_out([plan.day_id], tmp_path / "andere.dlzwkit", PASSPHRASE)
        laptop_work(kit, planned)
        path = write_package(kit, tmp_path)
        before = fingerprint(other)
        with pytest.raises(ValidationError) as caught:
            other.sync.import_package(path, PASSPHRASE)
        assert caught.value.code == "sync.other_installation"
        assert fingerprint(other) == before
    finally:
        other.close()


def test_a_package_for_a_newer_schema_is_refused_with_nothing_written(
    services: Services, planned: PlannedDay, kit: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop_work(kit, planned)
    from dlzw_desktop.services import sync_service

    monkeypatch.setattr(sync_service, "current_revision", lambda _engine: "9901")
    path = write_package(kit, tmp_path)
    before = fingerprint(services)
    with pytest.raises(ValidationError) as caught:
        services.sync.import_package(path, PASSPHRASE)
    assert caught.value.code == "sync.newer_schema"
    assert "update DLZW Desktop in the office" in str(caught.value)
    assert fingerprint(services) == before


def test_a_full_disk_during_the_import_writes_nothing_and_the_package_can_be_imported_later(
    services: Services, planned: PlannedDay, kit: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop_work(kit, planned)
    path = write_package(kit, tmp_path)
    before = fingerprint(services)
    original = checkin.OfficeWriter.update_rows

    def disk_full(self: checkin.OfficeWriter, *args: Any, **kwargs: Any) -> None:
        # The inserts have run by now: the rollback must take them back too.
        raise OperationalError("UPDATE persons", {}, Exception("database or disk is full"))

    monkeypatch.setattr(checkin.OfficeWriter, "update_rows", disk_full)
    with pytest.raises(StorageError) as caught:
        services.sync.import_package(path, PASSPHRASE)
    assert caught.value.code == "storage.disk_full"
    assert fingerprint(services) == before
    monkeypatch.setattr(checkin.OfficeWriter, "update_rows", original)
    result = services.sync.import_package(path, PASSPHRASE)
    assert result.inserted == 5 and result.updated == 1


def test_a_full_disk_while_the_laptop_writes_the_package_keeps_the_kit_as_it_was(
    services: Services, planned: PlannedDay, kit: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop_work(kit, planned)
    pending = kit.sync.pending_changes()

    def no_space(_fd: int, _data: Any) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(package.os, "write", no_space)
    with pytest.raises(StorageError) as caught:
        kit.sync.write_package(tmp_path / "voll.dlzwsync", PASSPHRASE)
    assert caught.value.code == "sync.disk_full"
    assert not list(tmp_path.glob("*.dlzwsync*")) and not list(tmp_path.glob(".voll*"))
    assert kit.sync.pending_changes() == pending
    monkeypatch.undo()
    fast_keys(monkeypatch)
    result = services.sync.import_package(write_package(kit, tmp_path), PASSPHRASE)
    assert result.sequence == 2 and result.inserted == 5


def test_a_real_sqlite_full_disk_rolls_the_import_back(sqlite_path: Path, tmp_path: Path) -> None:
    office = open_services(sqlite_path)
    try:
        office.users.local_principal("admin.test")
        planned = plan_day(office)
        kit_path = tmp_path / "kit.dlzwkit"
        office.sync.check_out([planned.day_id], kit_path, PASSPHRASE)
        kit = open_kit(kit_path)
        try:
            laptop_work(kit, planned)
            with kit.context.sessions.begin() as session:
                for index in range(300):
                    session.add(Person(family_name=f"Besucher {index}", notes="x" * 2000))
            path = write_package(kit, tmp_path)
        finally:
            kit.close()
        before = fingerprint(office)
        engine = office.context.sessions.engine
        engine.dispose()
        pages: list[int] = []

        def cap(dbapi_connection: Any, _record: Any) -> None:
            count = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            pages.append(count)
            dbapi_connection.execute(f"PRAGMA max_page_count = {count + 20}")

        from sqlalchemy import event

        event.listen(engine, "connect", cap)
        with pytest.raises(StorageError) as caught:
            office.sync.import_package(path, PASSPHRASE)
        assert caught.value.code == "storage.disk_full"
        event.remove(engine, "connect", cap)
        engine.dispose()
        assert fingerprint(office) == before
        assert office.sync.import_package(path, PASSPHRASE).inserted == 305
    finally:
        office.close()


# -- several days in a row -------------------------------------------------------------------------------


def test_a_refresh_keeps_the_laptops_work_and_brings_the_offices(
    services: Services, planned: PlannedDay, kit_path: Path, tmp_path: Path
) -> None:
    kit = open_kit(kit_path)
    try:
        case_id = laptop_work(kit, planned)  # not checked in
        with kit.context.sessions.begin() as session:
            second = session.get(Person, planned.second.person_id)
            assert second is not None
            second.phone = "0170 2222"  # will clash
    finally:
        kit.close()
    with services.context.sessions.begin() as session:
        first = session.get(Person, planned.first.person_id)
        second = session.get(Person, planned.second.person_id)
        assert first is not None and second is not None
        first.city = "Dortmund-Nordstadt"  # another field of a record the laptop changed
        second.phone = "0231 3333"
    third = services.consultation_days.book(
        planned.day_id, BookingDraft(time(11), visitor_name="Frau Demir", topic="Standortsuche")
    )
    result = services.sync.refresh_kit(kit_path, PASSPHRASE)
    assert result.added == 1  # the new booking
    kit = open_kit(kit_path)
    try:
        with kit.context.sessions() as session:
            first = session.get(Person, planned.first.person_id)
            second = session.get(Person, planned.second.person_id)
            assert first is not None and second is not None
            assert (first.phone, first.city) == ("0170 5551234", "Dortmund-Nordstadt")
            assert second.phone == "0170 2222"  # the laptop's value stays until the check-in decides
            assert session.get(Case, case_id) is not None
            assert session.get(Appointment, third.id) is not None
        outcome = services.sync.import_package(write_package(kit, tmp_path), PASSPHRASE)
    finally:
        kit.close()
    assert outcome.conflicts == 1 and outcome.inserted == 5
    [conflict] = services.sync.conflicts()
    assert (conflict.office_value, conflict.laptop_value) == ("0231 3333", "0170 2222")
    with services.context.sessions() as session:
        first = session.get(Person, planned.first.person_id)
        assert first is not None and (first.phone, first.city) == ("0170 5551234", "Dortmund-Nordstadt")


def test_after_a_refresh_the_kit_carries_office_numbers_and_adds_a_new_day(
    services: Services, planned: PlannedDay, kit_path: Path, tmp_path: Path
) -> None:
    kit = open_kit(kit_path)
    try:
        case_id = laptop_work(kit, planned)
        services.sync.import_package(write_package(kit, tmp_path), PASSPHRASE)
    finally:
        kit.close()
    from dlzw_desktop.services.consultation_day_service import DayDraft

    advisor = services.context.user.principal.user_id
    assert advisor is not None
    next_day = services.consultation_days.create_day(
        DayDraft(date(2026, 5, 13), "Bürgerhaus Scharnhorst", time(9), time(12), advisor_ids=(advisor,))
    ).day.id
    result = services.sync.refresh_kit(kit_path, PASSPHRASE, add_day_ids=[next_day])
    assert [day.held_on for day in result.days] == [date(2026, 5, 12), date(2026, 5, 13)]
    kit = open_kit(kit_path)
    try:
        info = kit.sync.kit_info()
        assert info is not None and len(info.days) == 2
        with kit.context.sessions() as session:
            case = session.get(Case, case_id)
            assert case is not None and case.number.startswith("MK-2026-") and not case.provisional
        assert kit.sync.pending_changes().total == 0
    finally:
        kit.close()


def test_the_kit_is_sqlcipher_even_when_the_office_is_postgresql(services: Services, kit_path: Path) -> None:
    kit = open_kit(kit_path)
    try:
        assert kit.context.sessions.dialect == "sqlite" and kit.context.sessions.encrypted
        with kit.context.sessions() as session:
            assert session.execute(text("PRAGMA cipher_version")).scalar()
            assert session.execute(text("PRAGMA temp_store")).scalar() == 2  # memory
    finally:
        kit.close()


def test_the_case_services_work_offline_and_the_office_numbers_the_new_case(
    services: Services, planned: PlannedDay, kit: Services, tmp_path: Path
) -> None:
    from dlzw_desktop.domain.enums import DocumentStatus
    from dlzw_desktop.services.case_search import CaseQuery
    from dlzw_desktop.services.case_service import CaseDraft
    from dlzw_desktop.services.intake_service import BusinessDraft, PersonDraft

    person = kit.intake.create_person(PersonDraft("Nowak", "Zofia", phone="0170 99"))
    firm = kit.intake.create_business(BusinessDraft("Zofias Café"), [(person.id, BusinessRole.FOUNDER)])
    case = kit.cases.open_case(CaseDraft(firm.id, purpose="Espressomaschine", opened_on=date(2026, 5, 12)))
    assert case.number.startswith("MK-V-") and case.number.endswith("-001")
    checked_out = kit.cases.case(planned.first.case_id)
    [plan] = [item for item in checked_out.documents if item.kind.value == "business_plan"]
    kit.documents.set_status(plan.id, plan.version, DocumentStatus.RECEIVED, on=date(2026, 5, 12))
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 scan")
    with pytest.raises(ValidationError) as refused:
        kit.documents.attach(plan.id, source)
    assert refused.value.code == "document.no_files_on_kit"
    result = services.sync.import_package(write_package(kit, tmp_path), PASSPHRASE)
    [(provisional, office_number)] = result.case_numbers
    assert provisional == case.number
    office_case = services.cases.case(case.id)
    assert office_case.number == office_number and office_number.startswith("MK-2026-")
    assert len(office_case.documents) == len(kit.cases.case(case.id).documents) > 0
    # The office's case search finds the merged case under its office number (the index follows imports).
    found = services.cases.search(CaseQuery(text=office_number))
    assert [row.id for row in found.rows] == [case.id]
    [office_plan] = [
        i for i in services.cases.case(planned.first.case_id).documents if i.kind.value == "business_plan"
    ]
    assert office_plan.status is DocumentStatus.RECEIVED


def test_a_kit_is_never_backed_up_unencrypted(kit: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        kit.backups.backup(tmp_path / "kopie.sqlite3")
    assert caught.value.code == "backup.laptop_kit"
    assert not list(tmp_path.glob("kopie*"))


def test_a_full_stick_during_check_out_leaves_no_kit_and_registers_nothing(
    services: Services, planned: PlannedDay, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(self: Path, _target: Any) -> Path:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "replace", no_space)
    with pytest.raises(StorageError) as caught:
        services.sync.check_out([planned.day_id], tmp_path / "voll.dlzwkit", PASSPHRASE)
    assert caught.value.code == "kit.disk_full"
    assert not list(tmp_path.glob("*voll*"))
    assert services.sync.kits() == []


def test_on_a_kit_the_passphrase_signs_in_again_and_no_password_hash_travels(
    kit: Services, services: Services
) -> None:
    with kit.context.sessions() as session:
        hashes = session.scalars(select(User.password_hash).where(User.password_hash.is_not(None))).all()
    assert hashes == []  # a lost laptop exposes no office password to guessing
    before = kit.context.user.pending_principal
    assert before is not None
    kit.context.user._expired = True  # the idle timeout passed
    with pytest.raises(ValidationError) as wrong:
        kit.users.reauthenticate_on_kit("Nordstadt Sprechtag 2025")
    assert wrong.value.code == "kit.wrong_passphrase"
    assert kit.context.user.expired
    assert kit.users.reauthenticate_on_kit(PASSPHRASE) == before
    assert not kit.context.user.expired
    with pytest.raises(PermissionDenied) as office:
        services.users.reauthenticate_on_kit(PASSPHRASE)
    assert office.value.code == "auth.not_a_kit"
