"""Rows written through the SQLite driver (``db/bulk.py``) are stored exactly as SQLAlchemy stores them.

The column converters take fast paths (conversions mapped in C, a memo for timestamps) and the inserts
run as multi-row statements; these tests hold both to the plain per-value conversion and to SQLAlchemy's
own insert, across statement boundaries and with NULLs among the values.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, insert

from dlzw_desktop.db import bulk
from dlzw_desktop.db.base import Base
from dlzw_desktop.db.bulk import (
    MULTI_ROW_LIMIT,
    OrderedIds,
    column_converter,
    execute_many,
    insert_rows,
    storage_converter,
    tracked_constants,
)
from dlzw_desktop.db.migrate import open_database
from dlzw_desktop.domain.enums import BusinessRole, Gender, LegalForm
from dlzw_desktop.services.importing.writer import PERSON_DEFAULTS

AT = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # the night the clocks change in Dortmund


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _per_value(table: str, column: str, values: list[Any]) -> list[Any]:
    convert = storage_converter(_table(table).c[column])
    assert convert is not None
    return [convert(value) for value in values]


def _whole_column(table: str, column: str, values: list[Any]) -> list[Any]:
    convert = column_converter(_table(table).c[column])
    assert convert is not None
    return convert(list(values))


@pytest.mark.parametrize(
    ("table", "column", "values"),
    [
        ("persons", "id", [uuid.uuid4() for _ in range(50)] + [uuid.UUID(int=0), uuid.UUID(int=2**128 - 1)]),
        ("persons", "district_id", [None, uuid.uuid4(), None, uuid.UUID(int=7), None]),
        ("persons", "district_id", [None, None]),
        ("persons", "gender", list(Gender) * 3),
        ("persons", "gender", [Gender.FEMALE, "male", Gender.DIVERSE]),  # text as well as members
        ("businesses", "legal_form", [LegalForm.GMBH, None, LegalForm.OTHER]),
        ("business_members", "role", list(BusinessRole)),
        ("persons", "birth_date", [date(1, 1, 1), date(1999, 12, 31), date(2026, 2, 28)]),
        ("persons", "birth_date", [date(1980, 5, 17), None]),
        ("persons", "legal_hold", [True, False, True]),
        ("persons", "legal_hold", [True, None]),
        (
            "persons",
            "created_at",
            [
                AT,
                AT + timedelta(microseconds=1),
                None,
                datetime(2026, 3, 29, 3, 30, tzinfo=timezone(timedelta(hours=2))),  # not UTC: converted
                datetime(999, 1, 1, tzinfo=UTC),
                AT,
            ],
        ),
    ],
)
def test_a_whole_column_is_stored_as_value_by_value(table: str, column: str, values: list[Any]) -> None:
    bulk._TIMESTAMPS.clear()
    expected = _per_value(table, column, values)
    bulk._TIMESTAMPS.clear()
    assert _whole_column(table, column, values) == expected
    assert _whole_column(table, column, values) == expected  # again, from the memo


def test_a_timestamp_is_the_utc_wall_time_with_microseconds() -> None:
    bulk._TIMESTAMPS.clear()
    berlin_summer = datetime(2026, 7, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    assert _whole_column("persons", "created_at", [AT, berlin_summer, None]) == [
        "2026-03-29 00:30:00.000000",
        "2026-07-01 10:00:00.000000",
        None,
    ]


def test_a_value_of_the_wrong_kind_fails_as_it_would_one_by_one() -> None:
    with pytest.raises(AttributeError):
        _whole_column("persons", "id", [uuid.uuid4(), "not-a-uuid"])
    with pytest.raises(AttributeError):
        _whole_column("persons", "birth_date", [date(2000, 1, 1), "2000-01-01"])


def _dump(path: Path, table: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        connection.close()


def _persons(count: int, seed: int) -> list[dict[str, Any]]:
    rnd = random.Random(seed)
    ids = OrderedIds()
    names = ["Yılmaz", "Müller", "Иванова", "محمد", "Nguyễn", "x" * 300, "=1+2", "<b>fett</b>"]
    rows = []
    for number in range(count):
        rows.append(
            {
                **PERSON_DEFAULTS,
                "id": ids.next(),
                "family_name": rnd.choice(names),
                "given_names": rnd.choice(["", "Ayşe", "Zoë"]),
                "birth_date": None if number % 7 == 0 else date(1950 + number % 60, 1 + number % 12, 1),
                "gender": rnd.choice(list(Gender)),
                "email": None if number % 3 else f"p{number}@example.org",
                "notes": "",
                "legal_hold": number % 11 == 0,
            }
        )
    return rows


@pytest.mark.parametrize("count", [1, MULTI_ROW_LIMIT, MULTI_ROW_LIMIT * 2 + 37])
def test_bulk_rows_are_stored_exactly_as_sqlalchemy_stores_them(tmp_path: Path, count: int) -> None:
    rows = _persons(count, seed=count)
    constants = tracked_constants(AT, "import:test")
    table = _table("persons")
    paths = {name: tmp_path / f"{name}.sqlite3" for name in ("bulk", "core")}
    for name, path in paths.items():
        sessions = open_database(path)
        with sessions.engine.begin() as connection:
            if name == "bulk":
                insert_rows(connection, table, rows, constants)
            else:
                connection.execute(insert(table), [{**row, **constants} for row in rows])
        sessions.engine.dispose()
    bulk_rows, core_rows = _dump(paths["bulk"], "persons"), _dump(paths["core"], "persons")
    assert len(bulk_rows) == count
    assert bulk_rows == core_rows


def test_rows_given_row_by_row_span_several_statements(tmp_path: Path) -> None:
    sessions = open_database(tmp_path / "rows.sqlite3")
    with sessions.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE plain (a INTEGER, b TEXT, c REAL)")
        rows = [(number, f"r{number}", number / 3 if number % 2 else None) for number in range(1_234)]
        execute_many(connection, "INSERT INTO plain (a, b, c) VALUES (?, ?, ?)", rows)
        stored = connection.exec_driver_sql("SELECT a, b, c FROM plain ORDER BY a").all()
    sessions.engine.dispose()
    assert [tuple(row) for row in stored] == rows


def test_only_plain_inserts_become_multi_row_statements() -> None:
    with pytest.raises(ValueError, match="plain INSERT"):
        bulk._multi_row("INSERT INTO t (a) VALUES (?) RETURNING a", 2)
    assert bulk._multi_row("INSERT INTO t (a, b) VALUES (?, 'x')", 3) == (
        "INSERT INTO t (a, b) VALUES (?, 'x'),(?, 'x'),(?, 'x')"
    )


def test_an_encrypted_laptop_kit_takes_bulk_rows_too(tmp_path: Path) -> None:
    """SQLCipher's driver has no ``getlimit`` and its own exception classes."""
    from dlzw_desktop.db import cipher
    from dlzw_desktop.db.engine import create_db_engine, database_url

    key = cipher.new_kit_key("Nordstadt Sprechtag", cipher.KitKdf(1, 8 * 1024, 1))
    engine = create_db_engine(database_url(tmp_path / "kit.sqlite3"), kit_key=key)
    table = _table("persons")
    rows = _persons(1_037, seed=3)
    try:
        Base.metadata.create_all(engine, tables=[_table("boroughs"), _table("districts"), table])
        with engine.begin() as connection:
            insert_rows(connection, table, rows, tracked_constants(AT, "import:test"))
            stored = connection.exec_driver_sql("SELECT count(*), min(family_name) FROM persons").one()
        assert stored[0] == 1_037
        with pytest.raises(bulk.driver_errors()) as refused, engine.begin() as connection:
            insert_rows(connection, table, rows[:1], tracked_constants(AT, "import:test"))  # same id
        assert "UNIQUE" in str(refused.value)
    finally:
        engine.dispose()
