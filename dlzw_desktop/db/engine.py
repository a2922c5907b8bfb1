"""Engines and sessions: SQLite pragmas, ``BEGIN IMMEDIATE`` for writes, PostgreSQL by URL.

``Sessions`` is what services hold::

    with self._sessions() as session:          # read: deferred BEGIN, rolled back at the end
        ...
    with self._sessions.begin() as session:    # write: BEGIN IMMEDIATE on SQLite, commit at the end
        ...
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, make_url, select
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from dlzw_desktop.db import cipher
from dlzw_desktop.db.audit import AUDIT_BY_TRIGGER, install_audit
from dlzw_desktop.errors import StorageError

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "dlzw_write"


def database_url(target: str | Path) -> URL:
    """A URL from what the user gave: a file path (SQLite) or a full SQLAlchemy URL."""
    text = str(target)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def describe(url: URL) -> str:
    """What to show the user: the file path, or the server and database without the password."""
    if is_sqlite(url):
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # Take transaction control away from the driver so that BEGIN is ours (see _on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    # A deferred BEGIN upgrades to a write lock on the first write and fails with "database is locked"
    # when another writer got there first, busy timeout or not. Writers take the lock up front.
    if connection.get_execution_options().get(_WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def create_db_engine(url: URL, *, kit_key: cipher.KitKey | None = None, **kwargs: Any) -> Engine:
    """An engine with this application's connection settings.

    With ``kit_key`` the SQLite file is an encrypted laptop kit (SQLCipher, see ``db.cipher``): every
    pooled connection is keyed with it, and temporary storage stays in memory.
    """
    if is_sqlite(url) and kit_key is not None:
        path = Path(str(url.database))
        key = kit_key

        def creator() -> Any:
            return cipher.connect(path, key, create=True, timeout=BUSY_TIMEOUT_MS / 1000)

        # module=: SQLAlchemy must recognise SQLCipher's exception classes as DB-API errors.
        engine = create_engine(url, module=cipher.dbapi(), creator=creator, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_begin)
        return engine
    if is_sqlite(url):
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            **kwargs,
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def translate_db_error(exc: Exception) -> StorageError:
    """Turn a driver error about the environment into a ``StorageError`` the user can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "no space left" in text or "database or disk is full" in text:
        return StorageError("storage.disk_full", "The disk is full. Free some space and save again.")
    if "locked" in text or "busy" in text:
        return StorageError(
            "storage.locked", "The database is busy with another user's change. Try again in a moment."
        )
    if "readonly" in text or "read-only" in text:
        return StorageError("storage.read_only", "The database cannot be written (read-only location).")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StorageError("storage.corrupt", "The database file is damaged. Restore it from a backup.")
    if "could not connect" in text or ("connection" in text and "refused" in text):
        return StorageError("storage.unreachable", "The database server cannot be reached.")
    if "disk i/o error" in text or "unable to open database file" in text:
        return StorageError(
            "storage.io",
            "The database file cannot be reached (disk or network drive). Check that the drive is "
            "available; your last change was not saved.",
        )
    if "password authentication failed" in text or "no password supplied" in text:
        return StorageError(
            "storage.login_failed",
            "The database server refused the login. Ask the administrator to check your database login.",
        )
    return StorageError("storage.failed", "The database reported an error: {detail}", detail=str(exc)[:300])


class Sessions:
    """Session factory for services: read units and write units of work.

    ``actor`` returns the user name written into change-tracking columns and the audit trail;
    ``encrypted`` is true for an SQLCipher laptop kit.
    """

    def __init__(
        self, engine: Engine, actor: Callable[[], str] = lambda: "system", *, encrypted: bool = False
    ) -> None:
        self.engine = engine
        self.url = engine.url
        self.actor = actor
        self.encrypted = encrypted
        self._write_engine = engine.execution_options(**{_WRITE_OPTION: True})
        self._read_factory = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        self._write_factory = sessionmaker(self._write_engine, expire_on_commit=False, autoflush=False)
        install_audit(self._write_factory)
        self._audit_by_trigger: bool | None = None
        self._file_identity = self._identity()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def path(self) -> Path | None:
        """The database file (SQLite), else ``None``."""
        if not is_sqlite(self.url) or self.url.database in (None, "", ":memory:"):
            return None
        return Path(str(self.url.database))

    def _identity(self) -> tuple[int, int] | None:
        path = self.path
        if path is None:
            return None
        try:
            info = path.stat()
        except OSError:
            return None
        return (info.st_dev, info.st_ino)

    def check_location(self) -> None:
        """Raise ``StorageError`` when the database file was moved, deleted or replaced since it was
        opened: writing on would go into a file nobody will open again."""
        path = self.path
        if path is None:
            return
        if self._file_identity is None:
            self._file_identity = self._identity()
            return
        current = self._identity()
        if current is None:
            raise StorageError(
                "storage.moved",
                "The database file {path} was moved or deleted while DLZW Desktop was running. Your last "
                "change was not saved. Put the file back, or open it where it is now (File > Open).",
                path=str(path),
            )
        if current != self._file_identity:
            raise StorageError(
                "storage.replaced",
                "The database file {path} was replaced by another file while DLZW Desktop was running. "
                "Your last change was not saved. Open the database again (File > Open).",
                path=str(path),
            )

    @property
    def audit_by_trigger(self) -> bool:
        """True when PostgreSQL triggers write the audit trail (db/pg_security.py)."""
        if self._audit_by_trigger is None:
            if self.dialect != "postgresql":
                self._audit_by_trigger = False
            else:
                with self.engine.connect() as connection:
                    found = connection.exec_driver_sql("SELECT to_regproc('dlzw_audit_row') IS NOT NULL")
                    self._audit_by_trigger = bool(found.scalar())
        return self._audit_by_trigger

    @contextmanager
    def __call__(self) -> Iterator[Session]:
        session = self._read_factory()
        try:
            yield session
        except OperationalError as exc:
            raise translate_db_error(exc) from exc
        finally:
            # close() rolls the transaction back without expiring what was loaded.
            session.close()

    @contextmanager
    def begin(self, *, actor: str | None = None) -> Iterator[Session]:
        """A write unit of work; ``actor`` overrides the signed-in user (sign-in itself, system jobs)."""
        self.check_location()
        by_trigger = self.audit_by_trigger
        session = self._write_factory()
        actor = actor or self.actor()
        session.info["actor"] = actor
        session.info[AUDIT_BY_TRIGGER] = by_trigger
        try:
            if by_trigger:
                # The trigger names this actor unless the login is a personal one (then the login).
                session.execute(select(func.set_config("dlzw.actor", actor, True)))
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise translate_db_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
