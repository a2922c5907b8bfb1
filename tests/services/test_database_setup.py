"""Choosing a database before it is opened: a place for a file, or a PostgreSQL server tested for real
(version, schema state, rights), with reasons in words when it fails. Nothing is changed by a check."""

from __future__ import annotations

import os
import socket
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from dlzw_desktop import cli
from dlzw_desktop.db.migrate import head_revision, known_revisions
from dlzw_desktop.errors import StorageError, ValidationError
from dlzw_desktop.services.database_setup import (
    Backend,
    SchemaState,
    parse_server_url,
    pgpass_path,
    probe,
    probe_file,
    probe_server,
    remember_password,
)
from dlzw_desktop.services.registry import open_services
from tests.conftest import PasswordLogin
from tests.pg_cluster import free_port

OLDER_REVISION = sorted(known_revisions() - {head_revision()})[0]


# -- addresses -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "setup.url_empty"),
        ("   ", "setup.url_empty"),
        ("dbserver/dlzw", "setup.url_scheme"),
        ("mysql://dbserver/dlzw", "setup.url_scheme"),
        ("sqlite:///tmp/x.sqlite3", "setup.url_scheme"),
        ("postgresql://", "setup.url_host"),
        ("postgresql:///dlzw", "setup.url_host"),
        ("postgresql://dbserver", "setup.url_database"),
        ("postgresql://dbserver/", "setup.url_database"),
        ("postgresql://dbserver/a/b", "setup.url_database"),
        ("postgresql://dbserver:fünf/dlzw", "setup.url_port"),
        ("postgresql://dbserver:70000/dlzw", "setup.url_port"),
        ("postgresql://dbserver:0/dlzw", "setup.url_port"),
    ],
)
def test_a_malformed_address_says_how_to_write_it(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_server_url(text)
    assert caught.value.code == code
    assert caught.value.field == "url"
    assert "postgresql://" in str(caught.value) or "port" in str(caught.value)


def test_an_address_is_taken_apart_and_a_password_in_it_is_taken_out() -> None:
    address = parse_server_url("  postgresql://b.becker:Geheim%3A1@dbserver:5433/dlzw?sslmode=require ")
    assert address.url == "postgresql://b.becker@dbserver:5433/dlzw?sslmode=require"
    assert (address.host, address.port, address.database, address.user) == (
        "dbserver",
        5433,
        "dlzw",
        "b.becker",
    )
    assert address.password == "Geheim:1"
    assert "Geheim" not in repr(address)
    plain = parse_server_url("postgres://dbserver/dlzw", "anders")
    assert plain.port == 5432
    assert plain.user  # the operating-system user, as libpq would use it
    assert plain.password == "anders"
    assert parse_server_url("postgresql://u:drin@h/d", "draußen").password == "draußen"


# -- a file on this computer ---------------------------------------------------------------------------


def test_a_new_file_in_a_folder_that_does_not_exist_yet_is_fine_and_nothing_is_created(
    tmp_path: Path,
) -> None:
    target = tmp_path / "Büro" / "Daten" / "dlzw.sqlite3"
    result = probe_file(str(target))
    assert result.state is SchemaState.NEW
    assert result.usable and result.empty and not result.keeps_organisation
    assert result.location == str(target)
    assert not (tmp_path / "Büro").exists()
    assert list(tmp_path.iterdir()) == []  # the write test file is gone again


@pytest.mark.parametrize(
    ("text", "code"),
    [("", "setup.path_empty"), ("  ", "setup.path_empty"), ("daten/dlzw.sqlite3", "setup.path_relative")],
)
def test_a_missing_or_relative_path_is_refused(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        probe_file(text)
    assert caught.value.code == code
    assert caught.value.field == "path"


def test_a_folder_is_no_file_name(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        probe_file(str(tmp_path))
    assert caught.value.code == "setup.path_is_folder"
    assert str(tmp_path / "dlzw.sqlite3") in str(caught.value)


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write in: read-only permissions, or (as root, who ignores them) /proc."""
    if os.geteuid() == 0:
        if not Path("/proc/self").exists():
            pytest.fail("as root, the test needs /proc for a folder that cannot be written")
        yield Path("/proc")
        return
    folder = tmp_path / "nur-lesen"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield folder
    finally:
        folder.chmod(stat.S_IRWXU)


def test_an_unwritable_folder_is_refused_with_what_to_do(unwritable_folder: Path) -> None:
    with pytest.raises(StorageError) as caught:
        probe_file(str(unwritable_folder / "neu" / "dlzw.sqlite3"))
    assert caught.value.code == "setup.folder_not_writable"
    assert caught.value.params["folder"] == str(unwritable_folder)
    assert "Choose a folder of your own" in str(caught.value)


def test_a_file_in_the_way_of_the_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "akten").write_text("kein Ordner")
    with pytest.raises(StorageError) as caught:
        probe_file(str(tmp_path / "akten" / "dlzw.sqlite3"))
    assert caught.value.code == "setup.parent_not_folder"


def test_an_existing_dlzw_file_is_opened_as_it_is(sqlite_path: Path) -> None:
    before = sqlite_path.read_bytes()
    result = probe_file(str(sqlite_path))
    assert result.state is SchemaState.CURRENT
    assert result.revision == head_revision()
    assert result.usable and result.empty
    assert result.organisation_name is None and not result.keeps_organisation
    assert sqlite_path.read_bytes() == before
    assert not Path(f"{sqlite_path}-wal").exists()


def test_an_existing_file_tells_its_organisation_and_whether_it_holds_data(sqlite_path: Path) -> None:
    services = open_services(sqlite_path)
    services.users.local_principal("admin.test")
    services.settings.update_shared(organisation_name="Wirtschaftsförderung Beispielstadt")
    services.demo.load(cases=3, seed=1)
    services.close()
    result = probe_file(str(sqlite_path))
    assert result.organisation_name == "Wirtschaftsförderung Beispielstadt"
    assert result.keeps_organisation
    assert result.has_data and not result.empty and result.usable


def _set_revision(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def test_an_older_file_is_upgraded_and_a_newer_one_refused(sqlite_path: Path) -> None:
    _set_revision(sqlite_path, OLDER_REVISION)
    older = probe_file(str(sqlite_path))
    assert older.state is SchemaState.OLDER and older.usable
    _set_revision(sqlite_path, "9999_from_the_future")
    newer = probe_file(str(sqlite_path))
    assert newer.state is SchemaState.NEWER and not newer.usable


def test_files_of_other_programs_are_refused_and_left_alone(tmp_path: Path) -> None:
    text = tmp_path / "notizen.sqlite3"
    text.write_text("Einkaufsliste")
    other = tmp_path / "andere.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE kunden (name TEXT)")
    connection.close()
    damaged = tmp_path / "kaputt.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    for path in (text, other):
        before = path.read_bytes()
        result = probe_file(str(path))
        assert result.state is SchemaState.FOREIGN and not result.usable
        assert path.read_bytes() == before
    with pytest.raises(StorageError) as caught:
        probe_file(str(damaged))
    assert caught.value.code == "setup.file_damaged"


def test_an_empty_file_counts_as_new_and_a_kit_must_exist(tmp_path: Path) -> None:
    empty = tmp_path / "leer.sqlite3"
    empty.touch()
    assert probe_file(str(empty)).state is SchemaState.NEW
    with pytest.raises(StorageError) as caught:
        probe_file(str(tmp_path / "laptop.dlzwkit"))
    assert caught.value.code == "setup.kit_missing"


# -- a PostgreSQL server -------------------------------------------------------------------------------


def _server_version(url: str) -> str:
    info = parse_server_url(url)
    with psycopg.connect(host=info.host, port=info.port, user=info.user, dbname=info.database) as connection:
        row = connection.execute("SHOW server_version").fetchone()
    assert row is not None
    return str(row[0]).split(" ")[0]


def _execute(url: str, sql: str) -> None:
    info = parse_server_url(url)
    with psycopg.connect(
        host=info.host, port=info.port, user=info.user, dbname=info.database, autocommit=True
    ) as connection:
        connection.execute(sql)


@pytest.mark.postgres
def test_an_empty_server_database_is_reachable_and_will_be_set_up(pg_empty_url: str) -> None:
    result = probe_server(pg_empty_url)
    assert result.backend is Backend.POSTGRESQL
    assert result.state is SchemaState.NEW
    assert result.server_version == _server_version(pg_empty_url)
    assert result.login == "postgres"
    assert result.database == parse_server_url(pg_empty_url).database
    assert result.usable and result.may_set_up and result.empty


@pytest.mark.postgres
def test_a_current_server_database_is_opened_and_tells_its_state(pg_url: str) -> None:
    result = probe(pg_url)
    assert result.state is SchemaState.CURRENT
    assert result.revision == head_revision()
    assert result.usable and result.empty and result.organisation_name is None
    services = open_services(pg_url)
    services.users.local_principal("admin.test")
    services.settings.update_shared(organisation_name="WF Beispielstadt")
    services.close()
    assert probe(pg_url).organisation_name == "WF Beispielstadt"


@pytest.mark.postgres
def test_older_newer_and_foreign_server_databases(pg_url: str, pg_empty_url: str) -> None:
    _execute(pg_url, f"UPDATE alembic_version SET version_num = '{OLDER_REVISION}'")
    older = probe_server(pg_url)
    assert older.state is SchemaState.OLDER and older.usable  # the superuser may upgrade
    _execute(pg_url, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    assert probe_server(pg_url).state is SchemaState.NEWER
    _execute(pg_empty_url, "CREATE TABLE kunden (name text)")
    foreign = probe_server(pg_empty_url)
    assert foreign.state is SchemaState.FOREIGN and not foreign.usable


def test_a_closed_port_says_nothing_answers() -> None:
    port = free_port()
    with pytest.raises(StorageError) as caught:
        probe_server(f"postgresql://postgres@127.0.0.1:{port}/dlzw")
    assert caught.value.code == "setup.refused"
    assert f"port {port}" in str(caught.value)


@pytest.mark.postgres
def test_a_missing_database_is_named(pg_empty_url: str) -> None:
    address = parse_server_url(pg_empty_url)
    with pytest.raises(StorageError) as caught:
        probe_server(f"postgresql://postgres@{address.host}:{address.port}/gibt_es_nicht")
    assert caught.value.code == "setup.database_missing"
    assert "gibt_es_nicht" in str(caught.value)
    with pytest.raises(StorageError) as caught:
        probe_server(f"postgresql://niemand@{address.host}:{address.port}/{address.database}")
    assert caught.value.code == "setup.unknown_login"


def test_an_unknown_server_name_is_named() -> None:
    with pytest.raises(StorageError) as caught:
        probe_server("postgresql://dbserver.invalid/dlzw", timeout_s=2)
    assert caught.value.code == "setup.unknown_host"
    assert "dbserver.invalid" in str(caught.value)


def test_a_server_that_never_answers_times_out() -> None:
    with socket.socket() as silent:  # accepts the connection, then says nothing
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        with pytest.raises(StorageError) as caught:
            probe_server(f"postgresql://postgres@127.0.0.1:{port}/dlzw", timeout_s=2)
    assert caught.value.code == "setup.timeout"
    assert "2 seconds" in str(caught.value)


@pytest.mark.postgres
def test_passwords_are_checked_and_never_repeated(
    pg_password_login: PasswordLogin, pg_empty_url: str
) -> None:
    login = pg_password_login
    url = login.url(parse_server_url(pg_empty_url).database)
    with pytest.raises(StorageError) as caught:
        probe_server(url)
    assert caught.value.code == "setup.password_needed"
    with pytest.raises(StorageError) as caught:
        probe_server(url, "Falsch: Tee 41")
    assert caught.value.code == "setup.login_failed"
    assert login.user in str(caught.value)
    assert "Falsch" not in str(caught.value) and "Falsch" not in repr(caught.value.params)
    _execute(pg_empty_url, "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    database = parse_server_url(pg_empty_url).database
    secret = quote(login.password, safe="")
    result = probe_server(f"postgresql://{login.user}:{secret}@{login.host}:{login.port}/{database}")
    assert result.login == login.user
    assert result.state is SchemaState.NEW
    assert not result.may_set_up and not result.usable  # no CREATE in the schema, no CREATEROLE
    assert login.password not in repr(result)


@pytest.mark.postgres
def test_a_saved_password_opens_the_server_through_libpq(
    pg_password_login: PasswordLogin, pg_empty_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass.conf"))
    login = pg_password_login
    url = login.url(parse_server_url(pg_empty_url).database)
    path = remember_password(url, "alt")
    assert path == pgpass_path() == tmp_path / "pgpass.conf"
    remember_password(url, login.password)  # replaces the old entry
    lines = path.read_text().splitlines()
    assert len(lines) == 1
    assert lines[0].endswith(":" + login.password.replace(":", "\\:"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert probe_server(url).login == login.user  # no password given: libpq read the file


# -- the command line ----------------------------------------------------------------------------------


def test_dlzw_check_reports_without_changing_anything(
    sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["check", "--db", str(sqlite_path)]) == 0
    out = capsys.readouterr().out
    assert "of this version: ready" in out and str(sqlite_path) in out
    new = tmp_path / "neu" / "dlzw.sqlite3"
    assert cli.main(["check", "--db", str(new)]) == 0
    assert "empty" in capsys.readouterr().out
    assert not new.parent.exists()
    _set_revision(sqlite_path, "9999_from_the_future")
    assert cli.main(["check", "--db", str(sqlite_path)]) == 1
    assert "too old" in capsys.readouterr().out


def test_dlzw_check_reports_an_unreachable_server(capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    assert cli.main(["--language", "en", "check", "--db", f"postgresql://127.0.0.1:{port}/dlzw"]) == 3
    assert "Nothing answers at 127.0.0.1" in capsys.readouterr().err
