"""No plain text of a kit on disk: not in the kit file, not in its -wal and -shm files, not in temporary
files, not in the package, while the laptop works on it and after.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select, text

from dlzw_desktop.db.models import Person
from dlzw_desktop.services.registry import open_services
from tests.services.sync.sync_data import PASSPHRASE, fast_keys, plan_day

MARKER = "KLARTEXT-MARKER-7f3a"
LAPTOP_MARKER = "LAPTOP-NOTIZ-91c2"


def _needles() -> list[bytes]:
    words = [
        MARKER,
        LAPTOP_MARKER,
        "Öztürk",
        "Ayşes Änderungsschneiderei",
        "MK-2026-0041",
        "0231 100",
        "Nordmarkt",
    ]
    found = []
    for word in words:
        found.append(word.encode("utf-8"))
        found.append(word.encode("utf-16-le"))
    return found


def _leaks(folder: Path) -> list[tuple[str, str]]:
    leaks = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        leaks.extend(
            (path.name, needle.decode("utf-8", "replace")) for needle in _needles() if needle in data
        )
    return leaks


def _deleted_open_files() -> list[str]:
    """Files this process holds open after unlinking them: how SQLite keeps its temporary files."""
    result = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        if target.endswith("(deleted)") and "memfd:" not in target:
            result.append(target)
    return result


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see temporary files")
def test_no_plain_text_in_the_kit_its_wal_and_shm_or_temporary_files(
    sqlite_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast_keys(monkeypatch)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    stick = tmp_path / "stick"
    stick.mkdir()
    office = open_services(sqlite_path)
    try:
        office.users.local_principal("admin.test")
        planned = plan_day(office)
        with office.context.sessions.begin() as session:
            person = session.get(Person, planned.first.person_id)
            assert person is not None
            person.notes = MARKER
        kit_path = stick / "sprechtag.dlzwkit"
        office.sync.check_out([planned.day_id], kit_path, PASSPHRASE)
        assert sorted(p.name for p in stick.iterdir()) == ["sprechtag.dlzwkit"]
        assert _leaks(stick) == [] and _leaks(temporary) == []

        kit = open_services(kit_path, passphrase=PASSPHRASE)
        try:
            kit.users.local_principal(kit.sync.kit_sign_in_name())
            with kit.context.sessions.begin() as session:
                for index in range(200):
                    session.add(Person(family_name=f"Öztürk {index}", notes=LAPTOP_MARKER * 20))
            with kit.context.sessions() as session:
                # A tiny page cache, a big temporary table and a sort without an index: with a file temp
                # store SQLite would spill them into (unlinked) files in the temp folder.
                held_before = set(_deleted_open_files())
                session.execute(text("PRAGMA cache_size = 50"))
                session.execute(
                    text(
                        "CREATE TEMP TABLE scratch AS WITH RECURSIVE n(i) AS "
                        "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                        "SELECT i, (SELECT notes FROM persons WHERE notes <> '' LIMIT 1) || i AS t FROM n"
                    )
                )
                session.execute(text("SELECT t FROM scratch ORDER BY t DESC")).all()
                session.execute(select(Person.notes).order_by(Person.notes, Person.family_name)).all()
                assert session.execute(text("PRAGMA temp_store")).scalar() == 2
                assert set(_deleted_open_files()) - held_before == set()
            names = sorted(p.name for p in stick.iterdir())
            assert names == ["sprechtag.dlzwkit", "sprechtag.dlzwkit-shm", "sprechtag.dlzwkit-wal"]
            assert (stick / "sprechtag.dlzwkit-wal").stat().st_size > 100_000  # the new rows are in the log
            assert _leaks(stick) == []
            package = tmp_path / "out" / "rueckgabe.dlzwsync"
            package.parent.mkdir()
            kit.sync.write_package(package, PASSPHRASE)
            assert _leaks(package.parent) == []
        finally:
            kit.close()
        assert _leaks(stick) == [] and _leaks(temporary) == []
        assert office.sync.import_package(package, PASSPHRASE).inserted == 200
    finally:
        office.close()
