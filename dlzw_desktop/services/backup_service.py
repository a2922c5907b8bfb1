"""Backups: SQLite's online backup API (consistent while the app runs), pg_dump for PostgreSQL."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from dlzw_desktop.db.engine import is_sqlite
from dlzw_desktop.errors import StorageError, ValidationError
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import Permission, requires

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BackupResult:
    """A written and verified backup."""

    path: Path
    size_bytes: int
    verified: bool


def verify_sqlite_backup(path: Path) -> None:
    """Raise ``StorageError`` unless ``integrity_check`` of the backup file says ok."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()
    finally:
        connection.close()
    if result is None or result[0] != "ok":
        raise StorageError(
            "backup.verify_failed", "The backup {path} failed its integrity check.", path=str(path)
        )


class BackupService(Service):
    """Write verified backups of the open database."""

    @requires(Permission.BACKUP)
    def backup(self, out: Path) -> BackupResult:
        """Back up to ``out`` (a file); written to a temporary name first, so a failure leaves nothing."""
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
                self._sqlite_backup(Path(str(url.database)), temporary)
                verify_sqlite_backup(temporary)
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

    @staticmethod
    def _sqlite_backup(source: Path, target: Path) -> None:
        target.unlink(missing_ok=True)
        src = sqlite3.connect(source)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=1024)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()

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
