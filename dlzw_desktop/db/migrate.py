"""Open a database safely: check what the file is, refuse newer schemas, migrate, load reference data.

Nothing here overwrites a file it cannot read: a corrupt file or a database from a newer version of the
application is refused before a single byte is written.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from dlzw_desktop.db.engine import (
    _WRITE_OPTION,
    Sessions,
    create_db_engine,
    database_url,
    describe,
    is_sqlite,
    translate_db_error,
)
from dlzw_desktop.db.pg_security import apply_pg_security
from dlzw_desktop.errors import StorageError

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    if engine is not None:
        config.attributes["engine"] = engine.execution_options(**{_WRITE_OPTION: True})
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _check_sqlite_file(path: Path) -> None:
    """Refuse files that are not SQLite databases, are damaged, or carry a newer schema.

    Opens read-only, so that even the journal mode of a refused file stays untouched.
    """
    if not path.exists():
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                "db.location_not_writable",
                "The folder {folder} cannot be created ({reason}). Choose another location.",
                folder=str(parent),
                reason=exc.strerror or str(exc),
            ) from exc
        if not os.access(parent, os.W_OK):
            raise StorageError(
                "db.location_not_writable",
                "The folder {folder} is read-only. Choose another location for the database.",
                folder=str(parent),
            )
        return
    if path.is_dir():
        raise StorageError("db.is_directory", "{path} is a folder, not a database file.", path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(
            "db.unreadable",
            "The database {path} cannot be read: {reason}",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if header and header != SQLITE_HEADER:
        raise StorageError(
            "db.not_a_database",
            "{path} is not a DLZW database (not an SQLite file). It was left untouched.",
            path=str(path),
        )
    if not header:
        return  # empty file: treated as a new database
    try:
        # immutable=1 creates no -wal/-shm files; it is only right when no write-ahead log is pending.
        wal_pending = Path(f"{path}-wal").exists()
        flags = "mode=ro" if wal_pending else "mode=ro&immutable=1"
        raw = sqlite3.connect(f"file:{path}?{flags}", uri=True)
        try:
            check = raw.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise StorageError(
                    "db.corrupt",
                    "The database {path} is damaged ({detail}). It was left untouched; restore a backup.",
                    path=str(path),
                    detail=str(check[0] if check else "no answer")[:200],
                )
            has_version = raw.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            revision = (
                raw.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
            )
        finally:
            raw.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            "db.corrupt",
            "The database {path} cannot be opened ({detail}). It was left untouched; restore a backup.",
            path=str(path),
            detail=str(exc),
        ) from exc
    if revision is not None and revision[0] not in known_revisions():
        raise StorageError(
            "db.newer_schema",
            "The database {path} was created by a newer version of DLZW Desktop (schema {revision}). "
            "Install the current version; the database was left untouched.",
            path=str(path),
            revision=revision[0],
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StorageError(
            "db.location_not_writable",
            "The database {path} is read-only. Choose another location or fix its permissions.",
            folder=str(path.parent),
            path=str(path),
        )


def _check_server_schema(engine: Engine) -> None:
    revision = current_revision(engine)
    if revision is not None and revision not in known_revisions():
        raise StorageError(
            "db.newer_schema",
            "The database {path} was created by a newer version of DLZW Desktop (schema {revision}). "
            "Install the current version; the database was left untouched.",
            path=describe(engine.url),
            revision=revision,
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def open_database(target: str | Path | URL, *, migrate: bool = True) -> Sessions:
    """Check, migrate and open a database; raises ``StorageError`` with an actionable message."""
    url = target if isinstance(target, URL) else database_url(target)
    if is_sqlite(url) and url.database not in (None, "", ":memory:"):
        _check_sqlite_file(Path(url.database))
    engine = create_db_engine(url)
    try:
        if not is_sqlite(url):
            _check_server_schema(engine)
        if migrate and needs_upgrade(engine):
            logger.info("migrating %s to %s", describe(url), head_revision())
            upgrade(engine)
            if not is_sqlite(url):
                # Tables added by later migrations get their grants and audit trigger too.
                with engine.begin() as connection:
                    apply_pg_security(connection)
    except OperationalError as exc:
        engine.dispose()
        raise translate_db_error(exc) from exc
    except BaseException:
        engine.dispose()
        raise
    return Sessions(engine)


def table_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())
