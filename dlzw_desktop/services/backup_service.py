"""Backups: SQLite's online backup API (consistent while the app runs), pg_dump for PostgreSQL.

Automatic backups are written on exit and once a day into ``backups/auto`` beside the database, each
verified with ``PRAGMA integrity_check``, and rotated: the newest of each of the last 7 days, 4 weeks and
12 months stay (``domain.rotation``). A restore always writes a verified safety copy of the current
database first and then copies the backup into the database file through the backup API, so other
connections see either the old or the restored database, never a mix.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dlzw_desktop.db.engine import is_sqlite
from dlzw_desktop.domain.dates import BERLIN, to_berlin, utc_now
from dlzw_desktop.domain.rotation import backups_to_keep
from dlzw_desktop.errors import StorageError, ValidationError
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import NO_SIGN_IN, Permission, requires

logger = logging.getLogger(__name__)

AUTO_FOLDER = "auto"
SAFETY_PREFIX = "vor-wiederherstellung"
SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = "%Y-%m-%d_%H%M%S"
_AUTO_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})\.sqlite3$")


@dataclass(frozen=True, slots=True)
class BackupResult:
    """A written and verified backup."""

    path: Path
    size_bytes: int
    verified: bool


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup file found beside the database."""

    path: Path
    created_at: datetime
    size_bytes: int
    automatic: bool


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """The restore happened; ``safety_copy`` holds the database as it was before."""

    restored_from: Path
    safety_copy: Path | None


def verify_sqlite_backup(path: Path) -> None:
    """Raise ``StorageError`` unless ``integrity_check`` of the backup file says ok."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            "backup.verify_failed", "The backup {path} failed its integrity check.", path=str(path)
        ) from exc
    if result is None or result[0] != "ok":
        raise StorageError(
            "backup.verify_failed", "The backup {path} failed its integrity check.", path=str(path)
        )


def _private(path: Path) -> None:
    """Backups hold everything: readable by the owner only (where the file system knows owners)."""
    try:
        path.chmod(0o600)
    except OSError:  # pragma: no cover - e.g. on a FAT drive
        logger.debug("could not restrict permissions of %s", path)


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy an SQLite database with the online backup API into a new file ``target``, then verify it.

    Opens ``source`` with ``mode=rw`` (or ``ro``), never creating it: a database that was moved away is
    reported instead of being replaced by an empty new file.
    """
    target.unlink(missing_ok=True)
    if not source.is_file():
        raise StorageError(
            "storage.moved",
            "The database file {path} was moved or deleted while DLZW Desktop was running. Your last "
            "change was not saved. Put the file back, or open it where it is now (File > Open).",
            path=str(source),
        )
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=1024)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()
    _private(target)
    verify_sqlite_backup(target)


def check_restorable(backup: Path) -> None:
    """Refuse anything that is not an intact SQLite database with DLZW tables."""
    if not backup.is_file():
        raise ValidationError(
            "restore.missing", "The backup {path} does not exist.", field="backup", path=str(backup)
        )
    with backup.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise ValidationError(
                "restore.not_a_backup",
                "{path} is not a DLZW backup (not an SQLite database).",
                field="backup",
                path=str(backup),
            )
    verify_sqlite_backup(backup)
    connection = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        connection.close()
    if not {"alembic_version", "cases", "persons"} <= tables:
        raise ValidationError(
            "restore.not_a_backup",
            "{path} is not a DLZW backup (the DLZW tables are missing).",
            field="backup",
            path=str(backup),
        )


def restore_sqlite_file(backup: Path, database: Path, safety_folder: Path) -> RestoreResult:
    """Copy ``backup`` into ``database`` after writing a safety copy of ``database`` (if it exists).

    A database that cannot be read any more (damaged) is kept as a plain file copy with its -wal file.
    """
    backup = backup.expanduser().resolve()
    database = database.expanduser().resolve()
    if backup == database:
        raise ValidationError(
            "restore.same_file", "The backup is the database itself. Choose a backup file.", field="backup"
        )
    check_restorable(backup)
    safety: Path | None = None
    safety_folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(BERLIN).strftime(_STAMP)
    if database.exists():
        safety = safety_folder / f"{SAFETY_PREFIX}-{database.stem}-{stamp}.sqlite3"
        try:
            sqlite_copy(database, safety)
        except (StorageError, sqlite3.DatabaseError):
            # Damaged beyond the backup API: keep the bytes as they are.
            safety = safety_folder / f"{SAFETY_PREFIX}-{database.stem}-{stamp}-beschaedigt.sqlite3"
            shutil.copyfile(database, safety)
            wal = Path(f"{database}-wal")
            if wal.exists():
                shutil.copyfile(wal, Path(f"{safety}-wal"))
            _private(safety)
            database.unlink()
            Path(f"{database}-wal").unlink(missing_ok=True)
            Path(f"{database}-shm").unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dst = sqlite3.connect(database, timeout=10)
    try:
        src.backup(dst, pages=1024)
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dst.close()
        src.close()
    logger.info("restored %s from %s (safety copy %s)", database, backup, safety)
    return RestoreResult(backup, safety)


class BackupService(Service):
    """Write, rotate, list and restore verified backups of the open database."""

    @property
    def _database(self) -> Path:
        return Path(str(self._sessions.url.database))

    @requires(Permission.BACKUP)
    def backup(self, out: Path) -> BackupResult:
        """Back up to ``out`` (a file); written to a temporary name first, so a failure leaves nothing."""
        return self._write(out)

    def _write(self, out: Path) -> BackupResult:
        if self._sessions.encrypted:
            # An unencrypted copy of a kit must never exist; the check-in package is the kit's safe copy.
            raise ValidationError(
                "backup.laptop_kit",
                "A laptop kit is not backed up: write a check-in package instead (section Consultation "
                "days). The package is encrypted and carries everything recorded on the laptop.",
            )
        out = out.expanduser().resolve()
        if out.is_dir():
            raise ValidationError(
                "backup.out_is_folder", "Please give a file name, not a folder.", field="out"
            )
        out.parent.mkdir(parents=True, exist_ok=True)
        temporary = out.with_name(out.name + ".partial")
        url = self._sessions.url
        try:
            if is_sqlite(url):
                self._sessions.check_location()
                sqlite_copy(self._database, temporary)
            else:
                self._pg_dump(temporary)
            temporary.replace(out)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise StorageError(
                "backup.write_failed",
                "The backup could not be written to {path}: {reason}",
                path=str(out),
                reason=exc.strerror or str(exc),
            ) from exc
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        logger.info("backup written to %s", out)
        return BackupResult(out, out.stat().st_size, verified=True)

    # -- automatic backups -------------------------------------------------------------------------

    @property
    def _auto_folder(self) -> Path:
        return self._context.backups_dir / AUTO_FOLDER

    def _automatic(self) -> list[BackupInfo]:
        stem = self._database.stem
        found = []
        if self._auto_folder.is_dir():
            for path in self._auto_folder.glob("*.sqlite3"):
                match = _AUTO_NAME.match(path.name)
                if match is None or match.group("stem") != stem:
                    continue
                created = datetime.strptime(match.group("stamp"), _STAMP).replace(tzinfo=BERLIN)
                found.append(BackupInfo(path, created, path.stat().st_size, automatic=True))
        return sorted(found, key=lambda info: info.created_at, reverse=True)

    @requires(NO_SIGN_IN)
    def automatic_backup(self, *, only_if_none_today: bool = False) -> BackupResult | None:
        """Write a verified automatic backup (SQLite) and rotate the old ones.

        A protection, not a user's choice: it also runs on exit after a session expired. It copies the
        file into the folder beside it, which needs no more rights than the file itself.

        With ``only_if_none_today`` nothing happens when today already has one (the daily backup). On
        PostgreSQL nothing happens: the server's own backup job is documented in docs/deployment.md; on a
        laptop kit neither (no unencrypted copy of a kit may exist).
        """
        if not is_sqlite(self._sessions.url) or self._sessions.encrypted:
            return None  # a laptop kit's safe copy is its encrypted check-in package
        now = to_berlin(utc_now())
        existing = self._automatic()
        if only_if_none_today and any(info.created_at.date() == now.date() for info in existing):
            return None
        path = self._auto_folder / f"{self._database.stem}-{now.strftime(_STAMP)}.sqlite3"
        result = self._write(path)
        self._rotate()
        return result

    def _rotate(self) -> list[Path]:
        infos = self._automatic()
        keep = backups_to_keep([info.created_at for info in infos])
        removed = []
        for info in infos:
            if info.created_at not in keep:
                info.path.unlink(missing_ok=True)
                removed.append(info.path)
        if removed:
            logger.info("rotated away %d automatic backups", len(removed))
        return removed

    @requires(Permission.BACKUP)
    def backups(self) -> list[BackupInfo]:
        """Automatic and manual backups of this database, newest first."""
        found = list(self._automatic())
        folder = self._context.backups_dir
        if folder.is_dir():
            for path in folder.glob("*.sqlite3"):
                created = datetime.fromtimestamp(path.stat().st_mtime, tz=BERLIN)
                found.append(BackupInfo(path, created, path.stat().st_size, automatic=False))
        return sorted(found, key=lambda info: info.created_at, reverse=True)

    # -- restore -----------------------------------------------------------------------------------

    @requires(Permission.RESTORE)
    def restore(self, backup: Path) -> RestoreResult:
        """Replace the open database's content with ``backup`` (after a verified safety copy).

        The caller must open the database again afterwards: its schema and its users are now those of
        the backup.
        """
        if not is_sqlite(self._sessions.url):
            raise ValidationError(
                "restore.postgresql",
                "The office database is restored by its administrator with pg_restore (see the "
                "deployment guide), not from DLZW Desktop.",
                field="backup",
            )
        self._sessions.check_location()
        result = restore_sqlite_file(backup, self._database, self._context.backups_dir)
        self._sessions.engine.dispose()
        return result

    # -- PostgreSQL --------------------------------------------------------------------------------

    def _pg_dump(self, target: Path) -> None:
        executable = shutil.which("pg_dump")
        if executable is None:
            raise StorageError(
                "backup.pg_dump_missing",
                "pg_dump was not found. Install the PostgreSQL client tools to back up the office database.",
            )
        url = self._sessions.url
        env = dict(os.environ)
        if url.password:
            env["PGPASSWORD"] = str(url.password)
        command = [
            executable,
            "--format=custom",
            f"--file={target}",
            f"--host={url.host or 'localhost'}",
            f"--port={url.port or 5432}",
            f"--username={url.username or ''}",
            str(url.database),
        ]
        completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if completed.returncode != 0:
            raise StorageError(
                "backup.pg_dump_failed", "pg_dump failed: {detail}", detail=completed.stderr.strip()[:500]
            )
