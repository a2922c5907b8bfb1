"""PostgreSQL in the office: every bypass an advisor's own login might try is denied by the database.

The tests create real login roles (members of ``dlzw_advisor`` …) in the throwaway cluster, connect as
them and try what a curious or malicious advisor could type into psql.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import delete, func, make_url, select

from dlzw_desktop.db.engine import Sessions
from dlzw_desktop.db.migrate import open_database
from dlzw_desktop.db.models import AuditEntry, Business, Case
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import Role
from dlzw_desktop.errors import PermissionDenied
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.registry import Services

pytestmark = pytest.mark.postgres


def _conninfo(url: str, user: str | None = None) -> str:
    parsed = make_url(url)
    return f"host={parsed.host} port={parsed.port} dbname={parsed.database} user={user or parsed.username}"


@pytest.fixture
def logins(pg_url: str) -> Iterator[dict[str, str]]:
    """One personal login per group role, dropped afterwards."""
    suffix = uuid.uuid4().hex[:8]
    names = {
        "advisor": f"adv_{suffix}",
        "lead": f"lead_{suffix}",
        "reporting": f"rep_{suffix}",
        "admin": f"adm_{suffix}",
    }
    with psycopg.connect(_conninfo(pg_url), autocommit=True) as owner:
        for role, login in names.items():
            owner.execute(f'CREATE ROLE "{login}" LOGIN IN ROLE dlzw_{role}')
    yield names
    with psycopg.connect(_conninfo(pg_url), autocommit=True) as owner:
        for login in names.values():
            owner.execute(f'DROP ROLE IF EXISTS "{login}"')


@pytest.fixture
def case_id(pg_url: str) -> uuid.UUID:
    sessions = open_database(pg_url)
    sessions.actor = lambda: "owner.setup"
    try:
        with sessions.begin() as session:
            business = Business(name="Kiosk Aydın")
            session.add(business)
            session.flush()
            case = Case(
                number="MK-2026-0001",
                business_id=business.id,
                requested_amount=Decimal("5000.00"),
                stage_since=utc_now(),
                opened_on=date(2026, 2, 1),
            )
            session.add(case)
            session.flush()
            return case.id
    finally:
        sessions.engine.dispose()


def _denied(connection: psycopg.Connection[tuple[object, ...]], statement: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege), connection.transaction():
        connection.execute(statement)


BYPASSES = [
    "DELETE FROM cases",
    "UPDATE cases SET deleted_at = now()",
    "UPDATE audit_log SET note = 'harmlos'",
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
    "INSERT INTO audit_log (seq, id, at, actor, action, entity, changes, note) "
    "VALUES (999999, gen_random_uuid(), now(), 'chef', 'event', 'cases', '{}', 'gefälscht')",
    "SELECT * FROM audit_log",
    "LOCK TABLE audit_log",
    "ALTER TABLE cases DISABLE TRIGGER dlzw_audit",
    "ALTER TABLE audit_log DISABLE TRIGGER dlzw_audit_guard",
    "ALTER TABLE cases DISABLE TRIGGER ALL",
    "DROP TRIGGER dlzw_audit ON cases",
    "ALTER TABLE cases ADD COLUMN hidden text",
    "ALTER TABLE cases DISABLE ROW LEVEL SECURITY",
    "ALTER TABLE audit_log OWNER TO CURRENT_USER",
    "DROP POLICY cases_update_advisor ON cases",
    "SET session_replication_role = replica",
    "SET ROLE dlzw_lead",
    "SET ROLE dlzw_admin",
    "SELECT dlzw_audit_append('event', 'cases', NULL, NULL, NULL, '{}'::jsonb, 'gefälscht')",
    "SELECT dlzw_audit_redact(ARRAY[]::uuid[], ARRAY[]::uuid[], ARRAY[]::uuid[], current_date)",
    "CREATE OR REPLACE FUNCTION dlzw_audit_row() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RETURN NULL; END $$",
    "UPDATE users SET role = 'admin'",
    "UPDATE persons SET legal_hold = false",
    "UPDATE persons SET restricted_at = NULL, anonymised_at = NULL",
    "INSERT INTO persons (id, family_name, given_names, gender, migration_background, residence_status, "
    "preferred_languages, notes, legal_hold, created_at, created_by, updated_at, updated_by, version) "
    "VALUES (gen_random_uuid(), 'X', 'Y', 'not_stated', 'not_stated', 'not_stated', '', '', true, now(), "
    "'x', now(), 'x', 1)",
    "SELECT password_hash FROM users",
    "GRANT dlzw_admin TO CURRENT_USER",
    "ALTER ROLE CURRENT_USER SUPERUSER",
    "CREATE TABLE public.shadow (x int)",
]


def test_every_bypass_of_an_advisor_login_is_denied(
    pg_url: str, logins: dict[str, str], case_id: uuid.UUID
) -> None:
    with psycopg.connect(_conninfo(pg_url, logins["advisor"]), autocommit=True) as advisor:
        for statement in BYPASSES:
            _denied(advisor, statement)
        # Setting another user's name as the actor is ignored for a personal login.
        with advisor.transaction():
            advisor.execute("SELECT set_config('dlzw.actor', 'chef', true)")
            advisor.execute("UPDATE cases SET notes = 'geprüft' WHERE id = %s", (case_id,))
        # A login of the lead is another role, not reachable either.
        _denied(advisor, f'SET ROLE "{logins["lead"]}"')
        assert advisor.execute("SELECT count(*) FROM cases").fetchone() == (1,)
    with psycopg.connect(_conninfo(pg_url), autocommit=True) as owner:
        actor, changes = owner.execute(
            "SELECT actor, changes::text FROM audit_log WHERE entity = 'cases' ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        assert actor == logins["advisor"]
        assert "geprüft" in changes
        assert owner.execute("SELECT count(*) FROM cases").fetchone() == (1,)
    _assert_chain_intact(pg_url)


def test_what_the_other_roles_may_do(pg_url: str, logins: dict[str, str], case_id: uuid.UUID) -> None:
    with psycopg.connect(_conninfo(pg_url, logins["reporting"]), autocommit=True) as reporting:
        assert reporting.execute("SELECT count(*) FROM cases").fetchone() == (1,)
        _denied(reporting, "UPDATE cases SET notes = 'x'")
        _denied(
            reporting,
            "INSERT INTO businesses (id, name, legal_form, founding_planned, employees, notes, "
            "created_at, created_by, updated_at, updated_by, version) VALUES (gen_random_uuid(), "
            "'x', 'gmbh', true, 0, '', now(), 'x', now(), 'x', 1)",
        )
        _denied(reporting, "SELECT * FROM audit_log")
    with psycopg.connect(_conninfo(pg_url, logins["lead"]), autocommit=True) as lead:
        lead.execute("UPDATE cases SET deleted_at = now() WHERE id = %s", (case_id,))  # soft delete
        _denied(lead, "DELETE FROM cases")
        _denied(lead, "UPDATE audit_log SET note = 'x'")
        assert lead.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
    with psycopg.connect(_conninfo(pg_url, logins["advisor"]), autocommit=True) as advisor:
        # Soft-deleted cases are out of an advisor's sight.
        assert advisor.execute("SELECT count(*) FROM cases").fetchone() == (0,)
    with psycopg.connect(_conninfo(pg_url, logins["admin"]), autocommit=True) as admin:
        _denied(admin, "UPDATE audit_log SET note = 'x'")
        _denied(admin, "TRUNCATE audit_log")
        admin.execute("DELETE FROM cases WHERE id = %s", (case_id,))  # purge: data protection only
    _assert_chain_intact(pg_url)


def _assert_chain_intact(pg_url: str) -> None:
    from dlzw_desktop.services.registry import open_services

    services = open_services(pg_url, migrate=False)
    try:
        services.context.user.sign_in(Principal(None, "owner.check", "Owner", Role.ADMIN))
        report = services.audit.verify_chain()
        assert report.ok, report.describe()
        assert report.rows_checked > 0
    finally:
        services.close()


def test_the_trigger_writes_one_audit_row_per_change_and_python_none(pg_url: str) -> None:
    sessions = open_database(pg_url)
    sessions.actor = lambda: "s.sachbearbeiterin"
    try:
        assert sessions.audit_by_trigger
        with sessions() as session:
            before = session.scalar(select(func.count()).select_from(AuditEntry))
        with sessions.begin() as session:
            business = Business(name="Nähstube Nowak", employees=1)
            session.add(business)
        with sessions.begin() as session:
            stored = session.get(Business, business.id)
            assert stored is not None
            stored.employees = 2
        with sessions() as session:
            rows = session.scalars(select(AuditEntry).where(AuditEntry.seq > (before or 0))).all()
        assert [(r.action, r.entity, r.actor) for r in rows] == [
            ("insert", "businesses", "s.sachbearbeiterin"),
            ("update", "businesses", "s.sachbearbeiterin"),
        ]
        assert rows[1].changes == {"employees": [1, 2]}
    finally:
        sessions.engine.dispose()


def test_concurrent_writers_cannot_fork_the_chain(pg_url: str) -> None:
    def writer(name: str) -> None:
        sessions = open_database(pg_url, migrate=False)
        sessions.actor = lambda: name
        try:
            for index in range(15):
                with sessions.begin() as session:
                    session.add(Business(name=f"{name} {index}"))
        finally:
            sessions.engine.dispose()

    threads = [threading.Thread(target=writer, args=(f"writer{n}",)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with psycopg.connect(_conninfo(pg_url), autocommit=True) as owner:
        hashes = owner.execute("SELECT prev_hash FROM audit_log WHERE prev_hash IS NOT NULL").fetchall()
        assert len(hashes) == len(set(hashes)), "two rows link to the same predecessor: the chain forked"
    _assert_chain_intact(pg_url)


def test_the_owner_tampering_with_triggers_off_is_detected(pg_url: str) -> None:
    sessions = open_database(pg_url)
    sessions.actor = lambda: "s.sachbearbeiterin"
    with sessions.begin() as session:
        session.add(Business(name="Original"))
    with sessions.begin() as session:
        session.add(Business(name="Zweite"))
    sessions.engine.dispose()
    with psycopg.connect(_conninfo(pg_url), autocommit=True) as owner:
        owner.execute("SET session_replication_role = replica")  # superuser: triggers off
        seq = owner.execute("SELECT seq FROM audit_log WHERE changes::text LIKE '%Original%'").fetchone()[0]
        owner.execute(
            "UPDATE audit_log SET changes = replace(changes::text, 'Original', 'Fälschung')::json "
            "WHERE seq = %s",
            (seq,),
        )
    from dlzw_desktop.services.registry import open_services

    services = open_services(pg_url, migrate=False)
    try:
        services.users.local_principal("owner.check")
        report = services.audit.verify_chain()
    finally:
        services.close()
    assert not report.ok
    assert report.first_break is not None
    assert report.first_break.seq == seq
    assert report.first_break.reason == "content_changed"


def test_the_application_on_an_advisor_login(pg_url: str, logins: dict[str, str], case_id: uuid.UUID) -> None:
    from dlzw_desktop.domain.enums import ConsentForm, ConsentPurpose
    from dlzw_desktop.services import user_service
    from dlzw_desktop.services.registry import open_services
    from dlzw_desktop.services.user_service import UserDraft

    password = "Kaffee Fahrrad Hafen Wolke"
    owner = open_services(pg_url)
    try:
        owner.users.local_principal("owner.setup")
        owner.users.create_user(
            UserDraft(logins["advisor"], "Ada Beraterin", Role.ADVISOR, password, password)
        )
        owner.users.create_user(UserDraft(logins["lead"], "Lea Leitung", Role.ADVISOR, password, password))
        with owner.context.sessions.begin() as session:
            from dlzw_desktop.db.models import Person

            person = Person(family_name="Nowak", given_names="Zofia")
            session.add(person)
            session.flush()
            person_id = person.id
    finally:
        owner.close()
    url = str(make_url(pg_url).set(username=logins["advisor"]))
    services = open_services(url, migrate=False)
    try:
        assert services.users.auth_state().database_login == logins["advisor"]
        with pytest.raises(PermissionDenied) as caught:
            services.users.sign_in("owner.setup", password)
        assert caught.value.code == "auth.login_mismatch"
        result = services.users.sign_in(logins["advisor"], password)
        assert result.principal.role is Role.ADVISOR
        assert result.must_change_password
        services.consents.record(person_id, ConsentPurpose.ADVICE, date(2026, 3, 1), ConsentForm.WRITTEN)
        _an_advisors_day(services, result.principal.user_id)
        with pytest.raises(PermissionDenied):
            services.audit.entries()
        # Even with the application's own connection the database refuses what the role may not do.
        from sqlalchemy.exc import ProgrammingError

        with pytest.raises(ProgrammingError), services.context.sessions.begin() as session:
            session.execute(delete(Case).where(Case.id == case_id))
        # Wrong passwords lock the account through the login's own sign-in function.
        services.users.sign_out()
        for _ in range(user_service.MAX_FAILED_ATTEMPTS):
            with pytest.raises(PermissionDenied):
                services.users.sign_in(logins["advisor"], "falsches Passwort 123")
        with pytest.raises(PermissionDenied) as caught:
            services.users.sign_in(logins["advisor"], password)
        assert caught.value.code == "auth.locked"
    finally:
        services.close()
    lead_url = str(make_url(pg_url).set(username=logins["lead"]))
    lead = open_services(lead_url, migrate=False)
    try:
        with pytest.raises(PermissionDenied) as caught:
            lead.users.sign_in(logins["lead"], password)
        assert caught.value.code == "auth.role_mismatch"  # app role advisor, database group lead
    finally:
        lead.close()
    _assert_chain_intact(pg_url)


def _an_advisors_day(services: Services, advisor_id: uuid.UUID | None) -> None:
    """What an advisor does all day works on the advisor's own login: grants, policies, the case number
    counter, the search index and its sequence, and the audit trigger all allow it."""
    from dlzw_desktop.domain.enums import BusinessRole, CaseSource, ConsultationPlace
    from dlzw_desktop.services.case_search import CaseQuery
    from dlzw_desktop.services.case_service import CaseDraft
    from dlzw_desktop.services.consultation_service import ConsultationDraft
    from dlzw_desktop.services.intake_service import BusinessDraft, PersonDraft

    person = services.intake.create_person(PersonDraft(family_name="Yıldırım", given_names="Çağlar"))
    business = services.intake.create_business(
        BusinessDraft(name="Salon Çağlar", founding_planned=True), [(person.id, BusinessRole.FOUNDER)]
    )
    draft = CaseDraft(
        business_id=business.id,
        advisor_id=advisor_id,
        source=CaseSource.IHK,
        requested_amount=Decimal("8500.00"),
        purpose="Einrichtung des Salons",
    )
    case = services.cases.open_case(draft)
    assert case.number.startswith("MK-")
    case = services.consultations.add(
        case.id, ConsultationDraft(date.today(), 60, ConsultationPlace.OFFICE, topics="Finanzierung")
    )
    services.cases.update_case(case.id, case.version, replace(draft, purpose="Salon und Kasse"))
    assert services.cases.search(CaseQuery(text="yildir")).rows[0].id == case.id


def test_sessions_record_the_actor_on_postgresql(pg_url: str) -> None:
    sessions: Sessions = open_database(pg_url)
    sessions.actor = lambda: "k.kollege"
    try:
        with sessions.begin() as session:
            session.add(Business(name="Café Karadeniz"))
        with sessions() as session:
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert last.actor == "k.kollege"
    finally:
        sessions.engine.dispose()
