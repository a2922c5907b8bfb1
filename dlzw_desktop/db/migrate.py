"""Open a database safely: check what the file is, refuse newer schemas, migrate, load reference data.

Nothing here overwrites a file it cannot read: a corrupt file or a database from a newer version of the
application is refused before a single byte is written. A file named ``*.dlzwkit`` is an encrypted laptop
kit (``db.cipher``): it opens only with its passphrase, and is never accepted unencrypted.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import StaticPool

from dlzw_desktop.db import cipher
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
from dlzw_desktop.errors import StorageError, ValidationError

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


def is_kit_path(path: Path) -> bool:
    """Whether ``path`` names an encrypted laptop kit (by its suffix)."""
    return path.suffix.lower() == cipher.KIT_SUFFIX


def _newer_schema(path: Path, revision: str) -> StorageError:
    return StorageError(
        "db.newer_schema",
        "The database {path} was created by a newer version of DLZW Desktop (schema {revision}). "
        "Install the current version; the database was left untouched.",
        path=str(path),
        revision=revision,
    )


def check_kit_passphrase(path: Path, passphrase: str) -> None:
    """Check ``passphrase`` against the laptop kit at ``path``; raises as ``open_database`` would."""
    _check_kit_file(path, passphrase)


def _check_kit_file(path: Path, passphrase: str | None) -> cipher.KitKey:
    """Derive the kit key from ``passphrase`` and check the kit with it, like ``_check_sqlite_file``.

    Raises ``StorageError`` (``db.kit_missing``, ``db.passphrase_required``, ``db.kit_not_encrypted``,
    ``db.corrupt``, ``db.newer_schema``) and ``ValidationError`` (``kit.wrong_passphrase``,
    ``kit.passphrase_empty``). One key derivation: a wrong passphrase is reported in well under 2 s.
    """
    if not path.is_file():
        raise StorageError(
            "db.kit_missing",
            "The laptop kit {path} does not exist. Choose the kit file that was checked out for this laptop.",
            path=str(path),
        )
    if cipher.is_plain_sqlite(path):
        raise StorageError(
            "db.kit_not_encrypted",
            "{path} is named like a laptop kit but is not encrypted. It was not opened; check out a new kit "
            "in the office.",
            path=str(path),
        )
    if passphrase is None:
        raise StorageError(
            "db.passphrase_required",
            "{path} is an encrypted laptop kit. Enter its passphrase to open it.",
            path=str(path),
        )
    try:
        salt = cipher.read_salt(path)
    except (OSError, ValueError) as exc:
        raise StorageError(
            "db.corrupt",
            "The database {path} cannot be opened ({detail}). It was left untouched; restore a backup.",
            path=str(path),
            detail=str(exc),
        ) from exc
    key = cipher.derive_kit_key(passphrase, salt)
    module = cipher.dbapi()
    try:
        raw = cipher.connect(path, key, create=False)
    except module.DatabaseError as exc:
        raise ValidationError(
            "kit.wrong_passphrase",
            "This passphrase does not open the laptop kit {path}. Check upper and lower case and the "
            "keyboard layout, then try again. If you are sure it is right, the file may be damaged: copy "
            "the kit again.",
            field="passphrase",
            path=str(path),
        ) from exc
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
        revision = raw.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
    except module.DatabaseError as exc:
        raise StorageError(
            "db.corrupt",
            "The database {path} cannot be opened ({detail}). It was left untouched; restore a backup.",
            path=str(path),
            detail=str(exc),
        ) from exc
    finally:
        raw.close()
    if revision is not None and revision[0] not in known_revisions():
        raise _newer_schema(path, revision[0])
    return key


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


def open_database(
    target: str | Path | URL, *, migrate: bool = True, passphrase: str | None = None
) -> Sessions:
    """Check, migrate and open a database; raises ``StorageError`` with an actionable message.

    A laptop kit (``*.dlzwkit``) needs ``passphrase``; without it ``db.passphrase_required`` is raised,
    with a wrong one ``kit.wrong_passphrase`` (a ``ValidationError``).
    """
    url = target if isinstance(target, URL) else database_url(target)
    kit_key: cipher.KitKey | None = None
    if is_sqlite(url) and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if is_kit_path(path):
            kit_key = _check_kit_file(path, passphrase)
        else:
            _check_sqlite_file(path)
    engine = create_db_engine(url, kit_key=kit_key)
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
    return Sessions(engine, encrypted=kit_key is not None)


def table_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())


class _KitTemplate:
    """An in-memory database migrated to head, copied into every new kit (``sqlcipher_export``).

    Running the migrations for each kit costs about a second; exporting this template costs milliseconds.
    It holds the schema and the reference data only, and lives in memory: nothing unencrypted is written.
    """

    lock = threading.Lock()
    engine: Engine | None = None
    connection: Any = None

    @classmethod
    def get(cls) -> Any:
        """The template's connection (call with ``lock`` held)."""
        if cls.connection is None:
            module = cipher.dbapi()
            connection = module.connect(":memory:", check_same_thread=False, isolation_level=None)
            engine = create_engine(
                "sqlite://", module=module, creator=lambda: connection, poolclass=StaticPool
            )
            try:
                upgrade(engine)
            except BaseException:
                connection.close()
                raise
            cls.engine, cls.connection = engine, connection
        return cls.connection


def prepare_kit_template() -> None:
    """Build the kit template now (about a second), so that the next check-out is quick."""
    with _KitTemplate.lock:
        _KitTemplate.get()


def create_kit_database(path: Path, key: cipher.KitKey) -> Sessions:
    """A new encrypted laptop kit at ``path`` (which must not exist yet), at the head revision.

    The schema and reference data are exported from the in-memory template straight into the encrypted
    file. Durability is left to the caller (the kit is written under a temporary name and synced before
    it is renamed).
    """
    if path.exists():
        raise FileExistsError(path)
    material = key.raw.hex() + key.salt.hex()  # hex digits only: safe inside the statement
    module = cipher.dbapi()
    with _KitTemplate.lock:
        template = _KitTemplate.get()
        try:
            template.execute(f"ATTACH DATABASE ? AS kit KEY \"x'{material}'\"", (str(path),))
            try:
                template.execute("PRAGMA kit.synchronous = OFF")
                template.execute("PRAGMA kit.journal_mode = MEMORY")
                template.execute("BEGIN")
                try:
                    template.execute("SELECT sqlcipher_export('kit')")
                    template.execute("COMMIT")
                except BaseException:
                    template.execute("ROLLBACK")
                    raise
            finally:
                template.execute("DETACH DATABASE kit")
        except module.Error as exc:  # a full disk, a read-only stick: said in words the user can act on
            raise translate_db_error(exc) from exc
    engine = create_db_engine(database_url(path), kit_key=key)
    try:
        if needs_upgrade(engine):  # cannot happen with a template of this version; cheap to make sure
            upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise translate_db_error(exc) from exc
    except BaseException:
        engine.dispose()
        raise
    return Sessions(engine, encrypted=True)
