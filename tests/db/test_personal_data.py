"""Every table and column is classified for data protection; a new personal column cannot slip through."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, MetaData, String, Table, Uuid

from dlzw_desktop.db.base import Base
from dlzw_desktop.db.personal_data import OTHER_TABLES, PERSON_TABLES, TRACKING, unclassified


def test_every_table_and_column_is_classified() -> None:
    assert unclassified() == [], "classify these in dlzw_desktop/db/personal_data.py"


def test_the_registry_names_only_real_columns() -> None:
    for table, spec in PERSON_TABLES.items():
        columns = set(Base.metadata.tables[table].columns.keys())
        assert set(spec.columns) <= columns, table
        assert not set(spec.columns) & set(TRACKING), table
    assert set(OTHER_TABLES) <= set(Base.metadata.tables)


def test_no_table_that_points_at_people_is_excused() -> None:
    for name in OTHER_TABLES:
        targets = {fk.column.table.name for fk in Base.metadata.tables[name].foreign_keys}
        assert "persons" not in targets, f"{name} references persons: classify its columns"


def test_a_new_column_or_table_is_reported() -> None:
    extended = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(extended)
    extended.tables["persons"].append_column(Column("nationality", String(60)))
    Table(
        "intake_forms",
        extended,
        Column("id", Uuid, primary_key=True),
        Column("person_id", ForeignKey("persons.id")),
    )
    assert unclassified(extended) == ["intake_forms (table not registered)", "persons.nationality"]
