"""Data protection: Art. 15 export, erasure without a trace, retention keeping the statistics, legal hold."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from dlzw_desktop.db.base import Base
from dlzw_desktop.db.models import (
    Appointment,
    Attachment,
    AuditEntry,
    Business,
    BusinessMember,
    Case,
    JobsRecord,
    Loan,
    Person,
)
from dlzw_desktop.db.personal_data import PERSON_TABLES
from dlzw_desktop.domain.enums import BusinessRole, Gender, Role
from dlzw_desktop.domain.statistics import age_group
from dlzw_desktop.errors import PermissionDenied, ValidationError
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.registry import Services, open_services
from tests.services.people_samples import Founder, add_founder, phone_of

SECRETS = ["Zbigniewska", "Jadwiga", "jadwiga.zbigniewska@example.org", phone_of("Zbigniewska")[5:]]


def _founder(services: Services, **kwargs) -> Founder:  # type: ignore[no-untyped-def]
    return add_founder(services.context.sessions, attachments_dir=services.context.attachments_dir, **kwargs)


def _statistics(services: Services) -> dict[str, object]:
    """What the annual report counts: gender, age groups at opening, districts, amounts, jobs."""
    with services.context.sessions() as session:
        rows = session.execute(
            select(
                Person.gender, Person.birth_date, Person.district_id, Case.opened_on, Case.requested_amount
            )
            .select_from(Case)
            .join(BusinessMember, BusinessMember.business_id == Case.business_id)
            .join(Person, Person.id == BusinessMember.person_id)
        ).all()
        loans = session.scalar(select(func.sum(Loan.amount)))
        jobs = session.scalar(select(func.sum(JobsRecord.created_heads)))
    return {
        "gender": Counter(r.gender for r in rows),
        "age": Counter(age_group(r.birth_date, r.opened_on) for r in rows),
        "district": Counter(r.district_id for r in rows),
        "amount": sum((r.requested_amount for r in rows), Decimal(0)),
        "loans": loans,
        "jobs": jobs,
    }


def test_the_art_15_export_holds_every_column_of_every_row_about_the_person(
    services: Services, tmp_path: Path
) -> None:
    founder = _founder(services)
    other = _founder(services, family_name="Okonkwo", given_names="Chidi")
    result = services.data_protection.export_person(founder.person_id, tmp_path)
    payload = json.loads(result.json_path.read_text(encoding="utf-8"))
    tables = payload["tables"]
    expected = {
        "persons",
        "business_members",
        "consents",
        "businesses",
        "cases",
        "stage_changes",
        "consultations",
        "document_requirements",
        "attachments",
        "recommendations",
        "loans",
        "jobs_records",
        "appointments",
    }
    assert expected <= set(tables)
    for name, rows in tables.items():
        columns = set(Base.metadata.tables[name].columns.keys())
        assert all(set(row) == columns for row in rows), name  # driven by the schema: nothing left out
        assert name in PERSON_TABLES
    assert tables["persons"][0]["family_name"] == "Zbigniewska"
    assert tables["cases"][0]["number"] == founder.case_number
    assert str(other.person_id) not in result.json_path.read_text(encoding="utf-8")
    assert "Speicherdauer" in payload["art15_export"]["information"]
    text = "".join(page.extract_text() for page in PdfReader(result.pdf_path).pages)
    for expected_text in (
        "Auskunft nach Art. 15 DSGVO",
        "Jadwiga Zbigniewska",
        founder.case_number,
        "Beratungen",
    ):
        assert expected_text in text
    assert result.files_copied == 1
    assert any("Ausweis" in p.name for p in (result.folder / "Dateien").iterdir())
    with services.context.sessions() as session:
        notes = session.scalars(select(AuditEntry.note).where(AuditEntry.action == "event")).all()
    assert "Art. 15 information exported" in notes


def test_erasure_anonymises_but_keeps_the_statistics(services: Services) -> None:
    founder = _founder(services)
    _founder(
        services,
        family_name="Okonkwo",
        given_names="Chidi",
        gender=Gender.MALE,
        birth=date(1999, 5, 10),
        opened_on=date(2024, 5, 12),
        closed_on=date(2025, 6, 30),
    )
    before = _statistics(services)
    person = services.data_protection.find_persons("Zbigniewska")[0]
    result = services.data_protection.erase_person(person.id, person.version, "Antrag vom 02.01.2027")
    assert result.rows_anonymised >= 8 and result.rows_purged == 1 and result.files_deleted == 1
    assert result.audit_rows_redacted > 0
    assert _statistics(services) == before
    data = services.data_protection.person_data(founder.person_id)
    dumped = json.dumps({k: [{c: str(v) for c, v in r.items()} for r in rows] for k, rows in data.items()})
    for secret in SECRETS:
        assert secret not in dumped
    assert data["persons"][0]["family_name"] == "Anonymisiert"
    assert data["persons"][0]["anonymised_at"] is not None
    assert data["persons"][0]["birth_date"] == date(1988, 7, 1)
    assert founder.stored_file is not None
    assert not (services.context.attachments_dir / founder.stored_file).exists()
    with services.context.sessions() as session:
        trail = " ".join(str(c) for c in session.scalars(select(AuditEntry.changes)))
    assert "Zbigniewska" not in trail
    assert services.audit.verify_chain().ok
    assert services.data_protection.find_persons("Zbigniewska") == []


def test_erasure_is_refused_under_a_legal_hold_and_for_open_cases(services: Services) -> None:
    held = _founder(services)
    hit = services.data_protection.find_persons("Zbigniewska")[0]
    with pytest.raises(ValidationError):
        services.data_protection.set_legal_hold(held.person_id, hit.version, True, " ")
    hit = services.data_protection.set_legal_hold(held.person_id, hit.version, True, "Klage Az. 4 O 12/27")
    with pytest.raises(ValidationError) as caught:
        services.data_protection.erase_person(held.person_id, hit.version, "Antrag")
    assert caught.value.code == "person.legal_hold"
    _founder(services, family_name="Okonkwo", given_names="Chidi", closed_on=None)
    open_one = services.data_protection.find_persons("Okonkwo")[0]
    with pytest.raises(ValidationError) as caught:
        services.data_protection.erase_person(open_one.id, open_one.version, "Antrag")
    assert caught.value.code == "person.open_cases"


def test_the_yearly_run_anonymises_what_is_due_and_restricts_what_is_held(services: Services) -> None:
    old = _founder(services)  # closed 31.05.2017 with a loan: due 31.05.2027
    held = _founder(services, family_name="Haltmann", given_names="Greta")
    recent = _founder(
        services,
        family_name="Neumann",
        given_names="Nora",
        opened_on=date(2026, 1, 5),
        closed_on=date(2026, 6, 1),
        with_loan=False,
    )
    running = _founder(services, family_name="Offen", given_names="Olga", closed_on=None)
    hit = services.data_protection.find_persons("Haltmann")[0]
    services.data_protection.set_legal_hold(held.person_id, hit.version, True, "Prüfung Rechnungshof")
    before = _statistics(services)
    assert services.data_protection.retention_run_due(date(2027, 6, 1))
    plan = services.data_protection.retention_preview(date(2027, 6, 1))
    due = {p.person_id: p for p in plan.persons}
    assert set(due) == {old.person_id, held.person_id}
    assert due[held.person_id].restrict_only and not due[old.person_id].restrict_only
    result = services.data_protection.run_retention(date(2027, 6, 1))
    assert (result.anonymised, result.restricted) == (1, 1)
    assert result.appointments_cleared == 3  # names on appointments older than 12 months go, whoever it was
    assert _statistics(services) == before
    with services.context.sessions() as session:
        persons = {p.id: p for p in session.scalars(select(Person))}
        names = session.scalars(select(Appointment.visitor_name)).all()
    assert persons[old.person_id].anonymised_at is not None
    assert persons[held.person_id].restricted_at is not None and persons[held.person_id].anonymised_at is None
    assert persons[held.person_id].family_name == "Haltmann"
    assert persons[recent.person_id].family_name == "Neumann"
    assert persons[running.person_id].family_name == "Offen"
    assert set(names) == {""}
    assert services.data_protection.last_retention_run() == date(2027, 6, 1)
    assert not services.data_protection.retention_run_due(date(2027, 12, 1))
    assert services.data_protection.retention_preview(date(2027, 6, 1)).persons == ()
    assert services.audit.verify_chain().ok


def test_a_shared_business_stays_until_its_last_founder_goes(services: Services) -> None:
    founder = _founder(services)
    with services.context.sessions.begin() as session:
        partner = Person(family_name="Partnerin", given_names="Paula")
        session.add(partner)
        session.flush()
        session.add(
            BusinessMember(
                business_id=founder.business_id, person_id=partner.id, role=BusinessRole.CO_FOUNDER
            )
        )
    hit = services.data_protection.find_persons("Zbigniewska")[0]
    result = services.data_protection.erase_person(hit.id, hit.version, "Antrag")
    assert result.kept_shared == ("Zbigniewska Änderungsschneiderei",)
    with services.context.sessions() as session:
        assert session.get(Person, founder.person_id).family_name == "Anonymisiert"  # type: ignore[union-attr]
        assert session.get(Business, founder.business_id).name == "Zbigniewska Änderungsschneiderei"  # type: ignore[union-attr]
        assert session.get(Person, partner.id).family_name == "Partnerin"  # type: ignore[union-attr]


def test_retention_rules_are_configurable(services: Services) -> None:
    from dlzw_desktop.domain.retention import RecordType

    rules = services.data_protection.set_retention_rules({RecordType.ATTACHMENT: 6})
    assert (
        services.data_protection.retention_rules().months[RecordType.ATTACHMENT]
        == 6
        == rules.months[RecordType.ATTACHMENT]
    )
    with pytest.raises(ValidationError):
        services.data_protection.set_retention_rules({RecordType.CASE_WITHOUT_LOAN: 0})


def test_the_record_of_processing_activities(services: Services, tmp_path: Path) -> None:
    pdf = services.data_protection.export_processing_record(tmp_path / "vvt.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in (
        "Verzeichnis von Verarbeitungstätigkeiten",
        "Gründungs- und Mikrokreditberatung",
        "Löschfristen",
        "argon2id",
        "Wirtschaftsförderung Dortmund",
    ):
        assert expected in text
    markdown = services.data_protection.export_processing_record(tmp_path / "vvt.md").read_text(
        encoding="utf-8"
    )
    assert markdown.startswith("# Verzeichnis von Verarbeitungstätigkeiten")
    assert "| Löschfristen | 120 Monate" in markdown


def test_only_administrators_handle_data_protection(services: Services) -> None:
    services.context.user.sign_in(Principal(None, "l", "Lead", Role.LEAD))
    with pytest.raises(PermissionDenied):
        services.data_protection.find_persons("x")


# -- no bytes left: SQLite file, its WAL and new backups ---------------------------------------------


@pytest.fixture
def on_file(sqlite_path: Path):  # type: ignore[no-untyped-def]
    opened = open_services(sqlite_path)
    opened.users.local_principal("admin.test")
    yield opened
    opened.close()


def _contains(path: Path, secret: str) -> bool:
    if not path.exists():
        return False
    data = path.read_bytes()
    return secret.encode("utf-8") in data or secret.encode("utf-16-le") in data


def test_erasure_leaves_no_bytes_in_the_file_the_wal_or_new_backups(
    on_file: Services, sqlite_path: Path
) -> None:
    founder = _founder(on_file)
    _founder(on_file, family_name="Okonkwo", given_names="Chidi")
    # Change the record a few times, so old versions of the row lie in the WAL and in freed pages.
    for note in ("erste Notiz Zbigniewska", "zweite Notiz Zbigniewska", "dritte"):
        with on_file.context.sessions.begin() as session:
            person = session.get(Person, founder.person_id)
            assert person is not None
            person.notes = note
    before_backup = sqlite_path.parent / "vorher.sqlite3"
    on_file.backups.backup(before_backup)
    assert _contains(before_backup, "Zbigniewska")  # the test would notice the name
    wal = Path(f"{sqlite_path}-wal")
    assert _contains(sqlite_path, "Zbigniewska") or _contains(wal, "Zbigniewska")
    hit = on_file.data_protection.find_persons("Zbigniewska")[0]
    on_file.data_protection.erase_person(hit.id, hit.version, "Antrag")
    new_backup = on_file.backups.automatic_backup()
    assert new_backup is not None
    for secret in SECRETS:
        for path in (sqlite_path, wal, new_backup.path):
            assert not _contains(path, secret), (secret, path.name)
    assert _contains(sqlite_path, "Okonkwo")  # the other founder is still there
    copy = sqlite_path.parent / "kopie.sqlite3"
    shutil.copyfile(new_backup.path, copy)
    reopened = open_services(copy)
    try:
        reopened.users.local_principal("admin.test")
        assert reopened.audit.verify_chain().ok
    finally:
        reopened.close()


def test_attachments_of_closed_cases_expire(on_file: Services) -> None:
    founder = _founder(on_file, opened_on=date(2025, 1, 1), closed_on=date(2025, 6, 30))
    result = on_file.data_protection.run_retention(date(2026, 7, 1))
    assert result.attachments_deleted == 1 and result.anonymised == 0
    with on_file.context.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0
        assert session.get(Person, founder.person_id).family_name == "Zbigniewska"  # type: ignore[union-attr]
    assert founder.stored_file is not None
    assert not (on_file.context.attachments_dir / founder.stored_file).exists()
