"""Test configuration: offscreen Qt, private data and config folders, and databases for every test.

Storage and service tests take the ``db_url`` fixture, which runs them once on a temporary SQLite file
and once on a fresh database of a throwaway PostgreSQL cluster started for this test run (see
DEVELOPERS.md). Without the PostgreSQL binaries the PostgreSQL runs are skipped locally, but fail in CI
(``CI=true``): skipping them there is not allowed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

# Before anything imports Qt: no display anywhere in the test suite.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SESSION_DIR = Path(tempfile.mkdtemp(prefix="dlzw-tests-"))
os.environ["DLZW_DATA_DIR"] = str(_SESSION_DIR / "data")
os.environ["DLZW_CONFIG_DIR"] = str(_SESSION_DIR / "config")
os.environ.setdefault("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from pytest_postgresql import factories  # noqa: E402

from tests.pg_cluster import PgCluster, find_pg_binaries, free_port  # noqa: E402

if TYPE_CHECKING:
    from dlzw_desktop.services.registry import Services

# CI tries the same examples on every run (main stays green or red for a reason in the code); on a
# developer's machine the examples vary, to find what CI's fixed set misses.
settings.register_profile(
    "ci", deadline=None, derandomize=True, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PG_PORT = free_port()


@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgCluster]:
    """A PostgreSQL cluster in a temp folder for this test run (trust auth on 127.0.0.1)."""
    binaries = find_pg_binaries()
    if binaries is None:
        message = "PostgreSQL server binaries (initdb, pg_ctl) not found"
        if IN_CI:
            pytest.fail(f"{message}; CI must run the PostgreSQL tests (.ci/run installs postgresql)")
        pytest.skip(message)
    # Outside pytest's basetemp: a concurrent pytest run may prune older basetemps while this one runs.
    folder = Path(tempfile.mkdtemp(prefix="pg-", dir=_SESSION_DIR))
    cluster = PgCluster(binaries, folder, PG_PORT)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _migrate_template(**connection: object) -> None:
    """pytest-postgresql loader: migrate the template database once; every test gets a clone."""
    from dlzw_desktop.db.migrate import open_database

    url = (
        f"postgresql+psycopg://{connection['user']}@{connection['host']}:{connection['port']}"
        f"/{connection['dbname']}"
    )
    open_database(url).engine.dispose()


postgresql_noproc_empty = factories.postgresql_noproc(depends_on="pg_cluster", dbname="dlzw_empty")
postgresql_empty = factories.postgresql("postgresql_noproc_empty")
postgresql_noproc = factories.postgresql_noproc(
    depends_on="pg_cluster", dbname="dlzw_test", load=[_migrate_template]
)
postgresql = factories.postgresql("postgresql_noproc")


def _url(connection: object) -> str:
    info = connection.info  # type: ignore[attr-defined]
    return f"postgresql+psycopg://{info.user}@{info.host}:{info.port}/{info.dbname}"


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> str:
    """URL of a fresh PostgreSQL database, migrated to head with reference data (dropped afterwards)."""
    return _url(request.getfixturevalue("postgresql"))


@pytest.fixture
def pg_empty_url(request: pytest.FixtureRequest) -> str:
    """URL of a fresh, completely empty PostgreSQL database."""
    return _url(request.getfixturevalue("postgresql_empty"))


@dataclass(frozen=True)
class PasswordLogin:
    """A login of the test cluster that must give its password (the cluster trusts everybody else)."""

    user: str
    password: str
    host: str
    port: int

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{database}"


def _wait_for_password_rule(login: PasswordLogin) -> None:
    """The server reloads pg_hba.conf a moment after being told: wait until the login needs its password."""
    import time

    import psycopg

    deadline = time.monotonic() + 10
    while True:
        try:
            psycopg.connect(host=login.host, port=login.port, user=login.user, dbname="postgres").close()
        except psycopg.OperationalError:
            return
        if time.monotonic() > deadline:
            raise RuntimeError("the test cluster did not apply the password rule")
        time.sleep(0.05)


@pytest.fixture(scope="session")
def pg_password_login(pg_cluster: PgCluster) -> Iterator[PasswordLogin]:
    """A login ``wizard_login`` with a password, checked with scram-sha-256 (a rule in pg_hba.conf that
    concerns this login only); no superuser, no CREATEROLE."""
    import psycopg

    login = PasswordLogin("wizard_login", "Richtig: Kaffee 42", pg_cluster.host, pg_cluster.port)
    superuser = {"host": pg_cluster.host, "port": pg_cluster.port, "user": "postgres", "dbname": "postgres"}
    with psycopg.connect(**superuser, autocommit=True) as connection:
        connection.execute(f"CREATE ROLE {login.user} LOGIN PASSWORD '{login.password}'")
        row = connection.execute("SHOW hba_file").fetchone()
        assert row is not None
        hba = Path(row[0])
        original = hba.read_text()
        hba.write_text(f"host all {login.user} {login.host}/32 scram-sha-256\n{original}")
        connection.execute("SELECT pg_reload_conf()")
    _wait_for_password_rule(login)
    try:
        yield login
    finally:
        with psycopg.connect(**superuser, autocommit=True) as connection:
            hba.write_text(original)
            connection.execute("SELECT pg_reload_conf()")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite database migrated to head once per run; tests get copies."""
    from dlzw_desktop.db.migrate import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    sessions = open_database(path)
    with sessions.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sessions.engine.dispose()
    return path


@pytest.fixture
def sqlite_path(tmp_path: Path, sqlite_template: Path) -> Path:
    """A fresh SQLite database file, migrated to head with reference data."""
    path = tmp_path / "dlzw.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh migrated database, once as an SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_path"))
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database without any table, once as an SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "empty.sqlite3")
    return str(request.getfixturevalue("pg_empty_url"))


@pytest.fixture
def services(db_url: str) -> Iterator[Services]:
    """All services on a fresh, migrated database, signed in as the first user (an admin)."""
    from dlzw_desktop.services.registry import open_services

    opened = open_services(db_url)
    opened.users.local_principal("admin.test")
    try:
        yield opened
    finally:
        opened.close()
