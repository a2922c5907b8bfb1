"""Migrations up and down on SQLite and PostgreSQL, with every table's rows preserved."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, inspect, select

from dlzw_desktop.db.base import Base, reference_id
from dlzw_desktop.db.engine import create_db_engine, database_url
from dlzw_desktop.db.migrate import current_revision, downgrade, head_revision, script_directory, upgrade
from dlzw_desktop.db.models import Business, BusinessMember, Case, Person
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import BusinessRole


def _counts(engine: Engine) -> dict[str, int]:
    names = set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
            if table.name in names
        }


def _add_rows(engine: Engine) -> None:
    from dlzw_desktop.db.engine import Sessions

    sessions = Sessions(engine, actor=lambda: "migration.test")
    with sessions.begin() as session:
        person = Person(family_name="Yıldırım", given_names="Çağlar", birth_date=date(1990, 2, 3))
        business = Business(name="Çağlar Änderungsschneiderei", district_id=reference_id("district", "Hörde"))
        session.add_all([person, business])
        session.flush()
        session.add(BusinessMember(business_id=business.id, person_id=person.id, role=BusinessRole.FOUNDER))
        session.add(
            Case(
                number=f"MK-2026-{uuid.uuid4().int % 10000:04d}",
                business_id=business.id,
                requested_amount=Decimal("8500.00"),
                stage_since=utc_now(),
                opened_on=date(2026, 3, 1),
            )
        )


def test_revisions_form_one_line() -> None:
    script = script_directory()
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1


def test_upgrade_creates_every_model_table(empty_db_url: str) -> None:
    engine = create_db_engine(database_url(empty_db_url))
    try:
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        tables = set(inspect(engine).get_table_names())
        assert {t.name for t in Base.metadata.sorted_tables} <= tables
        counts = _counts(engine)
        assert counts["boroughs"] == 12
        assert counts["districts"] == 62
        assert counts["sectors"] == 1835
    finally:
        engine.dispose()


def test_every_step_down_and_up_keeps_all_rows(empty_db_url: str) -> None:
    engine = create_db_engine(database_url(empty_db_url))
    try:
        upgrade(engine)
        _add_rows(engine)
        before = _counts(engine)
        assert before["cases"] == 1
        revisions = [r.revision for r in script_directory().walk_revisions()]  # head first
        for revision in revisions[:-1]:
            # Stand on this revision (tables added by later ones are gone), step one down and back up.
            downgrade(engine, revision)
            at_revision = _counts(engine)
            assert all(at_revision[name] == before[name] for name in at_revision), revision
            downgrade(engine, "-1")
            upgrade(engine, revision)
            assert _counts(engine) == at_revision, f"rows changed around revision {revision}"
        # down to the first revision and all the way back up again
        downgrade(engine, revisions[-1])
        upgrade(engine)
        assert _counts(engine) == before
    finally:
        engine.dispose()


def test_models_and_migrations_agree(empty_db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from dlzw_desktop.db.search import include_name

    engine = create_db_engine(database_url(empty_db_url))
    try:
        upgrade(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": False, "include_name": include_name}
            )
            differences = compare_metadata(context, Base.metadata)
        assert not differences, f"models differ from migrations (autogenerate a revision): {differences}"
    finally:
        engine.dispose()


@pytest.mark.parametrize("table", [t.name for t in Base.metadata.sorted_tables if t.name != "audit_log"])
def test_every_table_carries_change_tracking(table: str) -> None:
    columns = set(Base.metadata.tables[table].columns.keys())
    assert {"id", "created_at", "created_by", "updated_at", "updated_by", "version", "deleted_at"} <= columns
