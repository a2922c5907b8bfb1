"""Automatic, rotated, verified backups; restore with a safety copy; a database that moves away."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from dlzw_desktop.db.models import Business
from dlzw_desktop.domain.dates import BERLIN
from dlzw_desktop.domain.enums import Role
from dlzw_desktop.errors import PermissionDenied, StorageError, ValidationError
from dlzw_desktop.services import backup_service
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.registry import Services, open_services


@pytest.fixture
def on_file(sqlite_path: Path):  # type: ignore[no-untyped-def]
    opened = open_services(sqlite_path)
    opened.users.local_principal("admin.test")
    yield opened
    opened.close()


def _add(services: Services, name: str) -> None:
    with services.context.sessions.begin() as session:
        session.add(Business(name=name))


def _names(services: Services) -> set[str]:
    with services.context.sessions() as session:
        return set(session.scalars(select(Business.name)))


def test_the_daily_backup_is_written_once_a_day_and_verified(on_file: Services) -> None:
    first = on_file.backups.automatic_backup(only_if_none_today=True)
    assert first is not None and first.verified
    assert first.path.parent == on_file.context.backups_dir / "auto"
    assert first.path.name.startswith("dlzw-")
    assert on_file.backups.automatic_backup(only_if_none_today=True) is None
    on_exit = on_file.backups.automatic_backup()  # on exit: always
    assert on_exit is not None
    assert sqlite3.connect(on_exit.path).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    if os.name == "posix":
        assert on_exit.path.stat().st_mode & 0o077 == 0  # nobody else may read it
    listed = on_file.backups.backups()
    assert {info.path for info in listed} >= {first.path, on_exit.path}


def test_old_automatic_backups_rotate_away(on_file: Services) -> None:
    folder = on_file.context.backups_dir / "auto"
    folder.mkdir(parents=True)
    start = datetime(2025, 1, 1, 18, 0, tzinfo=BERLIN)
    for day in range(400):
        stamp = (start + timedelta(days=day)).strftime("%Y-%m-%d_%H%M%S")
        (folder / f"dlzw-{stamp}.sqlite3").write_bytes(b"x")
    (folder / "fremd-2025-01-01_180000.sqlite3").write_bytes(b"x")  # another database's backup
    on_file.backups.automatic_backup()
    kept = sorted(p.name for p in folder.glob("dlzw-*.sqlite3"))
    assert len(kept) <= 7 + 4 + 12 + 1
    assert (folder / "fremd-2025-01-01_180000.sqlite3").exists()
    months = {name[5:12] for name in kept}
    assert len(months) >= 12


def test_restore_keeps_a_safety_copy_of_what_was_there(on_file: Services, sqlite_path: Path) -> None:
    _add(on_file, "Vor der Sicherung")
    backup = on_file.backups.backup(sqlite_path.parent / "sicherung.sqlite3").path
    _add(on_file, "Nach der Sicherung")
    result = on_file.backups.restore(backup)
    assert result.safety_copy is not None and result.safety_copy.exists()
    reopened = open_services(sqlite_path)
    try:
        reopened.users.local_principal("admin.test")
        assert _names(reopened) == {"Vor der Sicherung"}
    finally:
        reopened.close()
    safety = open_services(result.safety_copy)
    try:
        safety.users.local_principal("admin.test")
        assert _names(safety) == {"Vor der Sicherung", "Nach der Sicherung"}
    finally:
        safety.close()


def test_restore_refuses_what_is_not_a_backup(on_file: Services, tmp_path: Path) -> None:
    foreign = tmp_path / "liste.sqlite3"
    foreign.write_bytes(b"keine Datenbank" * 100)
    with pytest.raises(ValidationError) as caught:
        on_file.backups.restore(foreign)
    assert caught.value.code == "restore.not_a_backup"
    other = tmp_path / "andere.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ValidationError):
        on_file.backups.restore(other)
    with pytest.raises(ValidationError):
        on_file.backups.restore(tmp_path / "gibt-es-nicht.sqlite3")
    assert _names(on_file) == set()  # nothing was touched


def test_only_administrators_restore(on_file: Services, sqlite_path: Path) -> None:
    backup = on_file.backups.backup(sqlite_path.parent / "s.sqlite3").path
    on_file.context.user.sign_in(Principal(None, "a", "A", Role.ADVISOR))
    on_file.backups.backup(sqlite_path.parent / "s2.sqlite3")  # advisors may back up
    with pytest.raises(PermissionDenied):
        on_file.backups.restore(backup)


def test_a_damaged_database_is_restored_and_kept_aside(
    on_file: Services, sqlite_path: Path, tmp_path: Path
) -> None:
    _add(on_file, "Gesichert")
    backup = on_file.backups.backup(tmp_path / "s.sqlite3").path
    on_file.close()
    damaged = tmp_path / "kaputt.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    result = backup_service.restore_sqlite_file(backup, damaged, tmp_path / "backups")
    assert result.safety_copy is not None and "beschaedigt" in result.safety_copy.name
    assert result.safety_copy.read_bytes().startswith(b"SQLite format 3\x00\xff")
    restored = open_services(damaged)
    try:
        restored.users.local_principal("admin.test")
        assert _names(restored) == {"Gesichert"}
    finally:
        restored.close()


def test_a_database_moved_away_gets_a_clear_message_and_is_not_recreated(
    on_file: Services, sqlite_path: Path
) -> None:
    _add(on_file, "Vorher")
    moved = sqlite_path.with_name("verschoben.sqlite3")
    sqlite_path.rename(moved)
    with pytest.raises(StorageError) as caught:
        _add(on_file, "Danach")
    assert caught.value.code == "storage.moved"
    assert "moved or deleted" in str(caught.value)
    with pytest.raises(StorageError):
        on_file.backups.backup(sqlite_path.parent / "s.sqlite3")
    with pytest.raises(StorageError):
        on_file.backups.automatic_backup()
    assert not sqlite_path.exists()  # no empty database was created in its place
    moved.rename(sqlite_path)  # put back: work goes on
    _add(on_file, "Danach")
    assert _names(on_file) == {"Vorher", "Danach"}


@pytest.mark.postgres
def test_automatic_backups_are_not_made_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    services = open_services(pg_url)
    try:
        services.users.local_principal("admin.test")
        assert services.backups.automatic_backup() is None
        with pytest.raises(ValidationError) as caught:
            services.backups.restore(tmp_path / "x.sqlite3")
        assert caught.value.code == "restore.postgresql"
    finally:
        services.close()
