"""The audit trail: who changed what and when, filters, export, and the hash chain that shows tampering."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Text, cast, select

from dlzw_desktop.db.models import AuditEntry, Case
from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import CaseStage, Role
from dlzw_desktop.errors import PermissionDenied, ValidationError
from dlzw_desktop.services.audit_service import AuditQuery
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.registry import Services
from tests.services.people_samples import add_founder


def _edit_case(services: Services, case_id, **values) -> None:  # type: ignore[no-untyped-def]
    with services.context.sessions.begin() as session:
        case = session.get(Case, case_id)
        assert case is not None
        for key, value in values.items():
            setattr(case, key, value)


def test_the_viewer_shows_who_changed_what_with_old_and_new_values(services: Services) -> None:
    founder = add_founder(services.context.sessions, closed_on=None)
    services.context.user.sign_in(Principal(None, "b.becker", "Berta Becker", Role.ADVISOR))
    _edit_case(services, founder.case_id, requested_amount=Decimal("12000.00"), stage=CaseStage.ASSESSMENT)
    services.context.user.sign_in(Principal(None, "admin.test", "Admin", Role.ADMIN))
    page = services.audit.entries(AuditQuery(case_number=founder.case_number))
    latest = page.rows[0]
    assert latest.actor == "b.becker"
    assert latest.case_number == founder.case_number
    assert latest.action == "update"
    changes = {c.name: (c.old, c.new) for c in latest.changes}
    assert changes["requested_amount_cents"] == (Decimal("9500.00"), Decimal("12000.00"))
    assert changes["stage"] == (CaseStage.CONSULTING, CaseStage.ASSESSMENT)
    assert all(row.case_number == founder.case_number for row in page.rows)


def test_filters_by_case_person_user_and_date(services: Services) -> None:
    first = add_founder(services.context.sessions, family_name="Zbigniewska", closed_on=None)
    other = add_founder(services.context.sessions, family_name="Okonkwo", given_names="Chidi", closed_on=None)
    by_case = services.audit.entries(AuditQuery(case_number=first.case_number.lower())).rows
    assert by_case and {r.case_id for r in by_case} == {first.case_id}
    assert {r.case_id for r in services.audit.entries(AuditQuery(case_id=other.case_id)).rows} == {
        other.case_id
    }
    rows = services.audit.entries(AuditQuery(person_name="zbigniew")).rows
    assert rows and all(first.person_id in (r.person_id, r.entity_id) for r in rows)
    assert services.audit.entries(AuditQuery(actor="admin.test")).rows
    assert not services.audit.entries(AuditQuery(actor="niemand")).rows
    today = today_berlin()
    assert services.audit.entries(AuditQuery(date_from=today, date_to=today)).rows
    assert not services.audit.entries(AuditQuery(date_to=today - timedelta(days=1))).rows
    with pytest.raises(ValidationError) as caught:
        services.audit.entries(AuditQuery(date_from=today, date_to=today - timedelta(days=1)))
    assert caught.value.field == "date_to"
    assert "admin.test" in services.audit.actors()


def test_pages_go_back_in_time(services: Services) -> None:
    add_founder(services.context.sessions, closed_on=None)
    everything = services.audit.entries(AuditQuery(limit=5000)).rows
    first = services.audit.entries(AuditQuery(limit=4))
    assert first.has_more and len(first.rows) == 4
    second = services.audit.entries(AuditQuery(limit=4, before_seq=first.rows[-1].seq))
    assert [r.seq for r in first.rows + second.rows] == [r.seq for r in everything[:8]]


def test_the_export_opens_in_excel_with_one_line_per_field(services: Services, tmp_path: Path) -> None:
    founder = add_founder(services.context.sessions, closed_on=None)
    _edit_case(services, founder.case_id, requested_amount=Decimal("12000.00"))
    target = tmp_path / "protokoll.xlsx"
    lines = services.audit.export_xlsx(AuditQuery(case_number=founder.case_number), target)
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Zeitpunkt", "Benutzer/in", "Aktion")
    assert len(rows) == lines + 1
    amount = [r for r in rows if r[6] == "requested_amount_cents" and r[2] == "geändert"]
    assert amount and amount[0][7] == "9.500,00\u00a0€" and amount[0][8] == "12.000,00\u00a0€"
    assert not target.with_name("protokoll.xlsx.partial").exists()


def test_advisors_and_reporting_cannot_read_the_trail(services: Services) -> None:
    for role in (Role.ADVISOR, Role.REPORTING):
        services.context.user.sign_in(Principal(None, "x", "X", role))
        with pytest.raises(PermissionDenied):
            services.audit.entries()
    services.context.user.sign_in(Principal(None, "l", "Lead", Role.LEAD))
    assert services.audit.verify_chain().ok


def test_the_chain_holds_across_every_kind_of_write(services: Services) -> None:
    founder = add_founder(services.context.sessions, closed_on=None)
    _edit_case(services, founder.case_id, notes="neu")
    with services.context.sessions.begin() as session:
        case = session.get(Case, founder.case_id)
        assert case is not None
        case.deleted_at = case.updated_at
    report = services.audit.verify_chain()
    assert report.ok, report.describe()
    with services.context.sessions() as session:
        count = len(session.scalars(select(AuditEntry.seq)).all())
    assert report.rows_checked == count
    assert report.head_hash is not None and len(report.head_hash) == 64


def _sqlite_with_triggers_off(path: Path) -> sqlite3.Connection:
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER audit_log_append_only_update")
    raw.execute("DROP TRIGGER audit_log_append_only_delete")
    return raw


def test_sqlite_refuses_changes_to_the_trail(sqlite_path: Path, services_on_file: Services) -> None:
    add_founder(services_on_file.context.sessions, closed_on=None)
    raw = sqlite3.connect(sqlite_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute("UPDATE audit_log SET actor = 'chef'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute("DELETE FROM audit_log")
    raw.close()


def test_tampering_behind_the_applications_back_is_found(
    sqlite_path: Path, services_on_file: Services
) -> None:
    services = services_on_file
    add_founder(services.context.sessions, closed_on=None)
    assert services.audit.verify_chain().ok
    with services.context.sessions() as session:
        seqs = session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()
        named = session.scalar(  # the insert of the person (the flush order of one save may vary)
            select(AuditEntry.seq).where(cast(AuditEntry.changes, Text).contains("Zbigniewska"))
        )
    raw = _sqlite_with_triggers_off(sqlite_path)
    raw.execute(
        "UPDATE audit_log SET changes = replace(changes, 'Zbigniewska', 'Kowalska') WHERE seq = ?", (named,)
    )
    raw.commit()
    report = services.audit.verify_chain()
    assert not report.ok and report.first_break is not None
    assert (report.first_break.seq, report.first_break.reason) == (named, "content_changed")
    assert f"entry {named}" in report.describe()
    raw.execute(
        "UPDATE audit_log SET changes = replace(changes, 'Kowalska', 'Zbigniewska') WHERE seq = ?", (named,)
    )
    raw.execute("UPDATE audit_log SET actor = 'chef' WHERE seq = ?", (seqs[3],))
    raw.commit()
    report = services.audit.verify_chain()
    assert (report.first_break.seq, report.first_break.reason) == (seqs[3], "row_changed")  # type: ignore[union-attr]
    raw.execute("UPDATE audit_log SET actor = 'admin.test' WHERE seq = ?", (seqs[3],))
    raw.execute("DELETE FROM audit_log WHERE seq = ?", (seqs[5],))
    raw.commit()
    raw.close()
    report = services.audit.verify_chain()
    assert (report.first_break.seq, report.first_break.reason) == (seqs[6], "link_broken")  # type: ignore[union-attr]


@pytest.fixture
def services_on_file(sqlite_path: Path):  # type: ignore[no-untyped-def]
    from dlzw_desktop.services.registry import open_services

    opened = open_services(sqlite_path)
    opened.users.local_principal("admin.test")
    yield opened
    opened.close()


def test_entries_before_the_upgrade_are_sealed(tmp_path: Path) -> None:
    """A database written before the chain existed gets its old rows sealed by migration 4001."""
    from dlzw_desktop.db.engine import Sessions, create_db_engine, database_url
    from dlzw_desktop.db.migrate import downgrade, upgrade
    from dlzw_desktop.services.registry import build_services

    engine = create_db_engine(database_url(tmp_path / "alt.sqlite3"))
    upgrade(engine, "0002")
    with engine.begin() as connection:  # what the application wrote before sign-in and the chain
        for seq in (1, 2, 3):
            connection.exec_driver_sql(
                "INSERT INTO audit_log (seq, id, at, actor, action, entity, changes, note) VALUES "
                f"({seq}, '{seq:032x}', '2026-01-0{seq} 10:00:00.000000', 'alt', 'event', 'cases', "
                "'{\"x\": [1, 2]}', '')"
            )
    upgrade(engine)
    services = build_services(Sessions(engine), tmp_path)
    services.users.local_principal("admin.test")
    add_founder(services.context.sessions, closed_on=None)
    report = services.audit.verify_chain()
    assert report.ok and report.rows_checked > 5
    downgrade(engine, "0002")
    upgrade(engine)
    assert services.audit.verify_chain().ok
    engine.dispose()


def test_entries_of_a_day_use_dortmund_time(services: Services) -> None:
    add_founder(services.context.sessions, closed_on=None)
    row = services.audit.entries().rows[0]
    day = row.at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Berlin")).date()
    assert services.audit.entries(AuditQuery(date_from=day, date_to=day)).rows[0].seq == row.seq
    assert isinstance(day, date)
