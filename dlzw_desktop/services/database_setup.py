"""Choosing a database before it is opened: check a place for a file, or test a PostgreSQL server.

Used by the first-start wizard and by ``dlzw check``. A probe reports what opening the database would do
(create it, open it, upgrade it, or refuse it) and changes nothing: the only write is a tiny test file,
created and removed at once, that proves a folder is writable.

Importing this module is cheap (standard library only): the wizard checks input with it on the GUI
thread. SQLAlchemy and the migrations are imported inside the probes, which run in the background.
Passwords never appear in a result, a message, a ``repr`` or the log.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import sqlite3
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

from dlzw_desktop.errors import StorageError, ValidationError

logger = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5
"""How long a connection test waits for the server (libpq's ``connect_timeout``)."""

DEFAULT_PORT = 5432
KIT_SUFFIX = ".dlzwkit"
SQLITE_HEADER = b"SQLite format 3\x00"
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
GROUP_ROLES = ("dlzw_advisor", "dlzw_lead", "dlzw_reporting", "dlzw_admin")


class Backend(StrEnum):
    """Where the data lives."""

    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


class SchemaState(StrEnum):
    """What opening the database would do with it."""

    NEW = "new"  # no file yet, an empty file, or a database without tables: it is set up
    CURRENT = "current"  # a DLZW database of this version: opened
    OLDER = "older"  # a DLZW database of an older version: upgraded when opened
    NEWER = "newer"  # written by a newer DLZW Desktop: refused, this version is too old
    FOREIGN = "foreign"  # the file or tables of another program: refused, left untouched
    KIT = "kit"  # an encrypted laptop kit: opened with its passphrase


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """What a probe found. ``location`` is the file path, or the address without the password."""

    backend: Backend
    location: str
    state: SchemaState
    server_version: str | None = None
    revision: str | None = None
    has_data: bool = False
    organisation_name: str | None = None
    may_set_up: bool = True
    login: str | None = None
    database: str | None = None
    network_share: bool = False

    @property
    def usable(self) -> bool:
        """Whether DLZW Desktop can open (and if need be create or upgrade) this database."""
        usable_states = (SchemaState.NEW, SchemaState.CURRENT, SchemaState.OLDER, SchemaState.KIT)
        return self.state in usable_states and self.may_set_up

    @property
    def empty(self) -> bool:
        """New, or a DLZW database without people and cases: the place for demo data."""
        if self.state is SchemaState.NEW:
            return True
        return self.state in (SchemaState.CURRENT, SchemaState.OLDER) and not self.has_data

    @property
    def keeps_organisation(self) -> bool:
        """True when the database already names its organisation (or is a kit): it is not overwritten."""
        return self.state is SchemaState.KIT or self.organisation_name is not None


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """A PostgreSQL address taken apart; ``url`` never holds the password."""

    url: str
    host: str
    port: int
    database: str
    user: str
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class FirstStartPlan:
    """What the first-start wizard decided; carried out by the database controller.

    ``target`` is the file path or the address without password; ``password`` (never shown or logged) is
    stored in the user's PostgreSQL password file before the database is opened. ``organisation`` holds
    the cleaned organisation details to write, or ``None`` to keep those of the database.
    """

    target: str
    password: str | None = field(default=None, repr=False)
    organisation: Mapping[str, str] | None = None
    load_demo: bool = False


# -- PostgreSQL addresses ----------------------------------------------------------------------------


def default_login() -> str:
    """The login libpq uses when the address names none: the operating-system user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "postgres"


def _without_password(parts: SplitResult) -> str:
    netloc = parts.netloc.rpartition("@")
    if netloc[1]:
        user = netloc[0].partition(":")[0]
        host_part = f"{user}@{netloc[2]}" if user else netloc[2]
    else:
        host_part = parts.netloc
    return urlunsplit((parts.scheme, host_part, parts.path, parts.query, ""))


def parse_server_url(text: str, password: str | None = None) -> ServerAddress:
    """Check a PostgreSQL address like ``postgresql://user@server:5432/dlzw`` and take it apart.

    A password inside the address is taken out of it (``password`` given separately wins). Raises
    ``ValidationError`` (field ``url``) saying how to write the address.
    """
    text = text.strip()
    if not text:
        raise ValidationError(
            "setup.url_empty",
            "Enter the address of the PostgreSQL database, e.g. postgresql://dbserver/dlzw.",
            field="url",
        )
    scheme, separator, _rest = text.partition("://")
    if not separator or scheme.lower() not in SERVER_SCHEMES:
        raise ValidationError(
            "setup.url_scheme",
            "This is not a PostgreSQL address. It begins with postgresql://, e.g. postgresql://dbserver/dlzw.",
            field="url",
        )
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise ValidationError(
            "setup.url_port",
            "The port in the address must be a number from 1 to 65535. Leave it out for the usual port 5432.",
            field="url",
        ) from None
    if not parts.hostname:
        raise ValidationError(
            "setup.url_host",
            "The address names no server. Write it like postgresql://dbserver/dlzw.",
            field="url",
        )
    database = unquote(parts.path.lstrip("/"))
    if not database or "/" in database:
        raise ValidationError(
            "setup.url_database",
            "The address names no database. Add the name of the database at the end, e.g. "
            "postgresql://dbserver/dlzw.",
            field="url",
        )
    if port == 0:
        raise ValidationError(
            "setup.url_port",
            "The port in the address must be a number from 1 to 65535. Leave it out for the usual port 5432.",
            field="url",
        )
    embedded = unquote(parts.password) if parts.password is not None else None
    return ServerAddress(
        url=_without_password(parts),
        host=parts.hostname,
        port=port or DEFAULT_PORT,
        database=database,
        user=unquote(parts.username) if parts.username else default_login(),
        password=password if password else embedded,
    )


def timeout_problem(address: ServerAddress, seconds: int) -> StorageError:
    """The server did not answer in time."""
    return StorageError(
        "setup.timeout",
        "{host} did not answer within {seconds} seconds. Check the server name, the network or VPN "
        "connection, and whether a firewall blocks port {port}.",
        seconds=seconds,
        host=address.host,
        port=address.port,
        database=address.database,
        user=address.user,
    )


def _connection_problem(error: BaseException, address: ServerAddress, timeout_s: int) -> StorageError:
    """A failed connection in words the user can act on (the password never appears)."""
    original = getattr(error, "orig", None) or error
    text = str(original)
    if address.password:
        text = text.replace(address.password, "***")
    lower = text.lower()
    where = {"host": address.host, "port": address.port, "database": address.database, "user": address.user}
    if "timeout expired" in lower or "timed out" in lower:
        return timeout_problem(address, timeout_s)
    if "failed to resolve host" in lower or "could not translate host name" in lower:
        return StorageError(
            "setup.unknown_host",
            "The server name {host} is unknown. Check its spelling and that this computer is connected to "
            "the office network (VPN).",
            **where,
        )
    if "connection refused" in lower:
        return StorageError(
            "setup.refused",
            "Nothing answers at {host}, port {port}. Check the port, and ask the administration whether "
            "PostgreSQL runs there and accepts connections from the network.",
            **where,
        )
    if "unreachable" in lower or "no route to host" in lower:
        return StorageError(
            "setup.unreachable",
            "The server {host} cannot be reached from this computer. Check the network or VPN connection.",
            **where,
        )
    if "password authentication failed" in lower:
        return StorageError(
            "setup.login_failed",
            "The server refused the login {user}: the password is wrong. Check the password (upper and "
            "lower case), or ask the administration.",
            **where,
        )
    if "no password supplied" in lower:
        return StorageError(
            "setup.password_needed",
            "The server asks for the password of the login {user}. Enter it in the Password field.",
            **where,
        )
    if "role" in lower and "does not exist" in lower:
        return StorageError(
            "setup.unknown_login",
            "The server has no login named {user}. Write the login in front of the server, e.g. "
            "postgresql://{user}@{host}/{database}, or ask the administration to create the login.",
            **where,
        )
    if "database" in lower and "does not exist" in lower:
        return StorageError(
            "setup.database_missing",
            "The server {host} has no database named {database}. Check the name at the end of the "
            "address, or ask the administration to create the database.",
            **where,
        )
    if "pg_hba.conf" in lower or "permission denied for database" in lower:
        return StorageError(
            "setup.not_allowed",
            "The server does not let the login {user} connect to the database {database} from this "
            "computer. Ask the administration to allow it.",
            **where,
        )
    return StorageError(
        "setup.connection_failed",
        "The connection to {host} failed: {detail}",
        detail=text.strip()[:300],
        **where,
    )


def probe_server(url: str, password: str | None = None, *, timeout_s: int = CONNECT_TIMEOUT_S) -> ProbeResult:
    """Connect to the PostgreSQL database at ``url`` and report its version and schema state.

    Waits at most ``timeout_s`` seconds for the server. Raises ``ValidationError`` for a malformed
    address and ``StorageError`` (``setup.*``) saying why the connection failed. Changes nothing.
    """
    address = parse_server_url(url, password)
    from sqlalchemy import create_engine  # noqa: PLC0415 - only here: see the module docstring
    from sqlalchemy.exc import DBAPIError  # noqa: PLC0415
    from sqlalchemy.pool import NullPool  # noqa: PLC0415

    from dlzw_desktop.db.engine import database_url  # noqa: PLC0415

    connect_args: dict[str, Any] = {"connect_timeout": timeout_s}
    if address.password:
        connect_args["password"] = address.password
    engine = create_engine(database_url(address.url), poolclass=NullPool, connect_args=connect_args)
    try:
        with engine.connect() as connection:
            return _inspect_server(connection, address)
    except DBAPIError as exc:
        raise _connection_problem(exc, address, timeout_s) from None
    finally:
        engine.dispose()


def _inspect_server(connection: Any, address: ServerAddress) -> ProbeResult:
    from dlzw_desktop.db.migrate import head_revision, known_revisions  # noqa: PLC0415

    def scalar(sql: str, **params: Any) -> Any:
        return connection.exec_driver_sql(sql, params or None).scalar()

    version = str(scalar("SHOW server_version")).split(" ")[0]
    login = str(scalar("SELECT current_user"))
    schema = scalar("SELECT current_schema()")
    tables = 0
    if schema is not None:
        tables = int(
            scalar(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = %(schema)s",
                schema=schema,
            )
        )
    has_version = schema is not None and bool(scalar("SELECT to_regclass('alembic_version') IS NOT NULL"))
    revision = str(scalar("SELECT version_num FROM alembic_version")) if has_version else None
    state = _state(revision, tables, head_revision(), known_revisions())
    may_set_up = True
    if state is SchemaState.NEW:
        may_create = schema is not None and bool(
            scalar("SELECT has_schema_privilege(current_schema(), 'CREATE')")
        )
        may_make_roles = bool(
            scalar("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
        )
        roles_exist = int(
            scalar("SELECT count(*) FROM pg_roles WHERE rolname = ANY(%(roles)s)", roles=list(GROUP_ROLES))
        ) == len(GROUP_ROLES)
        may_set_up = may_create and (may_make_roles or roles_exist)
    elif state is SchemaState.OLDER:
        may_set_up = bool(
            scalar(
                "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
                "WHERE schemaname = current_schema() AND tablename = 'alembic_version'"
            )
        )
    has_data = False
    organisation = None
    if state in (SchemaState.CURRENT, SchemaState.OLDER):
        has_data = bool(scalar("SELECT EXISTS (SELECT 1 FROM persons) OR EXISTS (SELECT 1 FROM cases)"))
        stored = scalar("SELECT value FROM settings WHERE key = 'organisation_name'")
        organisation = _organisation_name(stored)
    connection.rollback()
    from dlzw_desktop.db.engine import describe  # noqa: PLC0415

    return ProbeResult(
        backend=Backend.POSTGRESQL,
        location=describe(connection.engine.url),
        state=state,
        server_version=version,
        revision=revision,
        has_data=has_data,
        organisation_name=organisation,
        may_set_up=may_set_up,
        login=login,
        database=address.database,
    )


def _state(revision: str | None, tables: int, head: str, known: set[str]) -> SchemaState:
    if revision is None:
        return SchemaState.NEW if tables == 0 else SchemaState.FOREIGN
    if revision == head:
        return SchemaState.CURRENT
    return SchemaState.OLDER if revision in known else SchemaState.NEWER


def _organisation_name(stored: object) -> str | None:
    if isinstance(stored, str) and stored.startswith('"'):
        try:
            stored = json.loads(stored)
        except ValueError:
            return None
    return stored if isinstance(stored, str) and stored.strip() else None


# -- a file on this computer -------------------------------------------------------------------------


def is_network_share(path: Path) -> bool:
    """A UNC path (``\\\\server\\share``) or, on Windows, a mapped network drive."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32" and len(text) > 1 and text[1] == ":":
        import ctypes  # noqa: PLC0415 - Windows only

        drive_remote = 4
        kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - windll exists on Windows only
        return bool(kernel32.GetDriveTypeW(text[:2] + "\\") == drive_remote)
    return False


def _check_folder_writable(path: Path) -> None:
    """Raise unless a file can be created at ``path`` (its folder may not exist yet)."""
    folder = path.parent
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise StorageError(
            "setup.parent_not_folder",
            "The database cannot be stored at {path}: {parent} is a file, not a folder. Choose another "
            "place.",
            path=str(path),
            parent=str(existing),
        )
    try:
        with tempfile.NamedTemporaryFile(dir=existing, prefix=".dlzw-write-test-"):
            pass
    except OSError as exc:
        raise StorageError(
            "setup.folder_not_writable",
            "You may not save files in the folder {folder}. Choose a folder of your own (e.g. in Documents), "
            "or ask the IT department for write access.",
            folder=str(existing),
            reason=exc.strerror or str(exc),
        ) from None


def local_path(text: str) -> Path:
    """The database file the user named; raises ``ValidationError`` (field ``path``) for no usable name."""
    text = text.strip()
    if not text:
        raise ValidationError(
            "setup.path_empty",
            "Enter the file name of the database, or click Browse… to choose a place.",
            field="path",
        )
    path = Path(text).expanduser()
    if not path.is_absolute():
        raise ValidationError(
            "setup.path_relative",
            "Enter the complete path of the database file, starting with the drive or the top folder, or "
            "click Browse… to choose a place.",
            field="path",
        )
    if path.is_dir():
        raise ValidationError(
            "setup.path_is_folder",
            "{path} is a folder. Add a file name for the database, e.g. {suggestion}.",
            field="path",
            path=str(path),
            suggestion=str(path / "dlzw.sqlite3"),
        )
    return path


def probe_file(text: str) -> ProbeResult:
    """Check the database file ``text`` names: a new one can be created there, or what the file is.

    Raises ``ValidationError`` (field ``path``) and ``StorageError`` (``setup.*``) saying what to do.
    """
    path = local_path(text)
    network = is_network_share(path)
    if path.suffix.lower() == KIT_SUFFIX:
        if not path.is_file():
            raise StorageError(
                "setup.kit_missing",
                "There is no laptop kit at {path}. Choose the kit file that was checked out for this laptop.",
                path=str(path),
            )
        return ProbeResult(Backend.SQLITE, str(path), SchemaState.KIT, network_share=network)
    if not path.exists() or path.stat().st_size == 0:
        _check_folder_writable(path)
        return ProbeResult(Backend.SQLITE, str(path), SchemaState.NEW, network_share=network)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(
            "setup.file_unreadable",
            "The file {path} cannot be read: {reason}. Choose another file.",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    if header != SQLITE_HEADER:
        return ProbeResult(Backend.SQLITE, str(path), SchemaState.FOREIGN, network_share=network)
    result = _inspect_file(path, network)
    if result.usable and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise StorageError(
            "setup.file_not_writable",
            "The database {path} is read-only for you. Choose another file, or ask the IT department for "
            "write access.",
            path=str(path),
        )
    return result


def _inspect_file(path: Path, network: bool) -> ProbeResult:
    from dlzw_desktop.db.migrate import head_revision, known_revisions  # noqa: PLC0415

    # Read-only; immutable=1 (no -wal/-shm files) only when no write-ahead log is pending.
    flags = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        raw = sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)
        try:
            tables = {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
            state = _state(revision, len(tables), head_revision(), known_revisions())
            has_data = False
            organisation = None
            if state in (SchemaState.CURRENT, SchemaState.OLDER):
                has_data = bool(
                    raw.execute(
                        "SELECT EXISTS (SELECT 1 FROM persons) OR EXISTS (SELECT 1 FROM cases)"
                    ).fetchone()[0]
                )
                row = raw.execute("SELECT value FROM settings WHERE key = 'organisation_name'").fetchone()
                organisation = _organisation_name(row[0]) if row else None
        finally:
            raw.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            "setup.file_damaged",
            "{path} cannot be read as a database ({detail}). It stays untouched; choose another file.",
            path=str(path),
            detail=str(exc),
        ) from None
    return ProbeResult(
        Backend.SQLITE,
        str(path),
        state,
        server_version=sqlite3.sqlite_version,
        revision=revision,
        has_data=has_data,
        organisation_name=organisation,
        network_share=network,
    )


def probe(target: str, password: str | None = None, *, timeout_s: int = CONNECT_TIMEOUT_S) -> ProbeResult:
    """``probe_server`` for an address with ``://``, else ``probe_file``."""
    if "://" in target:
        return probe_server(target, password, timeout_s=timeout_s)
    return probe_file(target)


# -- the password file of libpq ----------------------------------------------------------------------


def pgpass_path() -> Path:
    """Where libpq looks for saved passwords: ``PGPASSFILE``, else ``%APPDATA%\\postgresql\\pgpass.conf``
    on Windows and ``~/.pgpass`` elsewhere."""
    override = os.environ.get("PGPASSFILE")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", str(Path.home()))) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(url: str, password: str) -> Path:
    """Save ``password`` for the database at ``url`` in the user's libpq password file (replacing an older
    entry for the same server, port, database and login) and return the file's path.

    The file is readable by its owner only (libpq ignores it otherwise on Linux and macOS). DLZW Desktop's
    own settings keep the address without the password.
    """
    address = parse_server_url(url)
    parts = (address.host, address.port, address.database, address.user)
    key = ":".join(_pgpass_field(str(part)) for part in parts)
    path = pgpass_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if not line.startswith(key + ":")]
    kept.append(f"{key}:{_pgpass_field(password)}")
    temporary = path.with_name(path.name + ".new")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("\n".join(kept) + "\n")
    temporary.replace(path)
    if sys.platform != "win32":
        path.chmod(0o600)
    logger.info("password for %s saved in %s", address.url, path)
    return path
