"""Opening databases: pragmas, write locking, and the files the app must refuse without touching."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from dlzw_desktop.db.engine import create_db_engine, database_url
from dlzw_desktop.db.migrate import open_database
from dlzw_desktop.db.models import Business, Person
from dlzw_desktop.errors import StorageError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_connections_get_the_pragmas(sqlite_path: Path) -> None:
    sessions = open_database(sqlite_path)
    try:
        with sessions.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert raw.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    finally:
        sessions.engine.dispose()


def test_foreign_keys_are_enforced(sqlite_path: Path) -> None:
    import uuid

    from sqlalchemy.exc import IntegrityError

    sessions = open_database(sqlite_path)
    try:
        with pytest.raises(IntegrityError), sessions.begin() as session:
            session.add(Business(name="Ohne Bezirk", district_id=uuid.uuid4()))
    finally:
        sessions.engine.dispose()


def test_two_writers_wait_for_each_other_instead_of_failing(sqlite_path: Path) -> None:
    """With a deferred BEGIN, two read-then-write transactions fail with 'database is locked'."""
    sessions = open_database(sqlite_path)
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def writer(index: int) -> None:
        try:
            barrier.wait()
            for round_ in range(15):
                with sessions.begin() as session:
                    session.scalars(select(Person)).all()  # read first, then write
                    session.add(Person(family_name=f"Writer {index}", given_names=str(round_)))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert not errors, errors
        with sessions() as session:
            assert len(session.scalars(select(Person)).all()) == 60
    finally:
        sessions.engine.dispose()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Kundenliste 2025\n" * 100)
    before = _digest(path)
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.code == "db.not_a_database"
    assert _digest(path) == before


def test_a_corrupt_database_is_refused_untouched(tmp_path: Path, sqlite_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite3"
    shutil.copyfile(sqlite_path, path)
    data = bytearray(path.read_bytes())
    for offset in range(8192, len(data), 4096):  # scribble over the b-tree pages, keep the header
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.code == "db.corrupt"
    assert _digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_a_newer_schema_is_refused_untouched(tmp_path: Path, sqlite_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    shutil.copyfile(sqlite_path, path)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.close()
    before = _digest(path)
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.code == "db.newer_schema"
    assert "newer version" in str(caught.value)
    assert _digest(path) == before
    assert not Path(str(path) + "-wal").exists()


@pytest.mark.postgres
def test_a_newer_schema_on_postgresql_is_refused(pg_url: str) -> None:
    from sqlalchemy import text

    engine = create_db_engine(database_url(pg_url))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    with pytest.raises(StorageError) as caught:
        open_database(pg_url)
    assert caught.value.code == "db.newer_schema"


def test_a_read_only_location_gets_a_clear_message_even_as_root(tmp_path: Path) -> None:
    blocker = tmp_path / "file-in-the-way"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StorageError) as caught:
        open_database(blocker / "sub" / "dlzw.sqlite3")
    assert caught.value.code == "db.location_not_writable"
    assert "Choose another location" in str(caught.value)


def test_a_new_database_file_is_created_in_a_new_folder(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "dlzw.sqlite3"
    sessions = open_database(path)
    try:
        assert path.exists()
        with sessions() as session:
            assert session.scalars(select(Person)).all() == []
    finally:
        sessions.engine.dispose()


def test_read_sessions_cannot_commit_changes(db_url: str) -> None:
    sessions = open_database(db_url)
    try:
        with sessions() as session:
            session.add(Person(family_name="Nie gespeichert", birth_date=date(1980, 1, 1)))
            session.flush()
        with sessions() as session:
            assert session.scalars(select(Person)).all() == []
    finally:
        sessions.engine.dispose()


def test_sessions_write_the_actor(db_url: str) -> None:
    sessions = open_database(db_url)
    sessions.actor = lambda: "m.mustermann"
    try:
        with sessions.begin() as session:
            session.add(Business(name="Test GmbH", employees=2))
        with sessions() as session:
            business = session.scalars(select(Business)).one()
            assert business.created_by == business.updated_by == "m.mustermann"
            assert business.created_at.tzinfo is not None
    finally:
        sessions.engine.dispose()
