"""Revision 2001 repairs listing consents that its new CHECK would refuse, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import sqlalchemy as sa

from dlzw_desktop.db.engine import Sessions, create_db_engine, database_url
from dlzw_desktop.db.migrate import downgrade, upgrade
from dlzw_desktop.db.models import Property

_OLD_COLUMNS = (
    "id", "street", "ground_floor", "floor_note", "area_m2", "cold_rent_cents", "service_charges_cents",
    "uses", "shop_window", "step_free", "condition", "renovation_needs", "vacancy_reason",
    "owner_business_id", "owner_consent", "owner_consent_on", "status", "notes", "created_at", "created_by",
    "updated_at", "updated_by", "version",
)  # fmt: skip
"""The columns of ``properties`` at revision 0002 that an insert must fill."""


def _old_property(
    connection: sa.Connection, *, owner: uuid.UUID | None, consent_on: date | None
) -> uuid.UUID:
    row_id = uuid.uuid4()
    created = datetime(2026, 2, 3, 9, 30, tzinfo=UTC)
    table = sa.table(
        "properties",
        *(sa.column(name) for name in _OLD_COLUMNS),
    )
    stamp = created if connection.dialect.name != "sqlite" else created.replace(tzinfo=None)
    connection.execute(
        table.insert().values(
            id=row_id if connection.dialect.name != "sqlite" else row_id.hex,
            street="Altbestand 1",
            ground_floor=True,
            floor_note="",
            area_m2=50,
            cold_rent_cents=50000,
            service_charges_cents=0,
            uses='["retail"]',
            shop_window=False,
            step_free=False,
            condition="ready",
            renovation_needs="",
            vacancy_reason="",
            owner_business_id=(owner if connection.dialect.name != "sqlite" else owner.hex)
            if owner
            else None,
            owner_consent=True,
            owner_consent_on=consent_on,
            status="vacant",
            notes="",
            created_at=stamp,
            created_by="import",
            updated_at=stamp,
            updated_by="import",
            version=1,
        )
    )
    return row_id


def _old_business(connection: sa.Connection) -> uuid.UUID:
    """An owner as revision 0002 stored it (the models of today, with their audit columns, are newer)."""
    row_id = uuid.uuid4()
    sqlite = connection.dialect.name == "sqlite"
    created = datetime(2026, 2, 3, 9, 30, tzinfo=None if sqlite else UTC)
    values = {
        "id": row_id.hex if sqlite else row_id,
        "name": "Eigentümer GmbH",
        "legal_form": "gmbh",
        "founding_planned": False,
        "employees": 0,
        "notes": "",
        "created_at": created,
        "created_by": "import",
        "updated_at": created,
        "updated_by": "import",
        "version": 1,
    }
    connection.execute(sa.table("businesses", *(sa.column(name) for name in values)).insert().values(values))
    return row_id


def test_consents_without_owner_or_date_are_repaired(empty_db_url: str) -> None:
    engine = create_db_engine(database_url(empty_db_url))
    try:
        upgrade(engine, "0002")
        with engine.begin() as connection:
            owner_id = _old_business(connection)
            orphan = _old_property(connection, owner=None, consent_on=None)
            undated = _old_property(connection, owner=owner_id, consent_on=None)
            complete = _old_property(connection, owner=owner_id, consent_on=date(2026, 1, 5))
        upgrade(engine)
        with Sessions(engine)() as session:
            rows = {p.id: p for p in session.scalars(sa.select(Property))}
        assert (rows[orphan].owner_consent, rows[orphan].owner_consent_on) == (False, None)
        assert (rows[undated].owner_consent, rows[undated].owner_consent_on) == (True, date(2026, 2, 3))
        assert rows[complete].owner_consent_on == date(2026, 1, 5)
        assert rows[complete].extra_features == [] and rows[complete].status_reason == ""
        downgrade(engine, "0002")
        upgrade(engine)
    finally:
        engine.dispose()
