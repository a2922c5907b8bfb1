"""The command line signs in too; administrators manage users, check the audit trail and restore."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ADMIN_PASSWORD = "Kaffee Fahrrad Hafen Wolke"


def dlzw(
    *args: str, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DLZW_PASSWORD")}
    environment.pop("DLZW_NEW_PASSWORD", None)
    environment.pop("DLZW_USER", None)
    environment.update({"PYTHONPATH": str(ROOT), **(env or {})})
    completed = subprocess.run(
        [sys.executable, "-m", "dlzw_desktop.cli", *args],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    if check and completed.returncode != 0:
        raise AssertionError(f"dlzw {' '.join(args)} failed ({completed.returncode}): {completed.stderr}")
    return completed


@pytest.fixture
def with_accounts(tmp_path: Path, sqlite_path: Path) -> Path:
    """A database with an administrator (chefin) set up in-process; the commands run as subprocesses."""
    from dlzw_desktop.services.registry import open_services

    services = open_services(sqlite_path)
    services.users.local_principal("root")
    services.users.create_first_admin("chefin", "Clara Chefin", ADMIN, ADMIN)
    services.close()
    return sqlite_path


ADMIN = "Nebel über Elbe und Hafen"


def test_the_first_administrator_can_be_created_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "dlzw.sqlite3"
    dlzw("init", "--db", str(db))
    out = dlzw(
        "admin",
        "create-user",
        "--db",
        str(db),
        "--username",
        "chefin",
        "--name",
        "Clara Chefin",
        "--role",
        "admin",
        env={"DLZW_NEW_PASSWORD": ADMIN_PASSWORD},
    ).stdout
    assert "created" in out
    out = dlzw(
        "passwd",
        "--db",
        str(db),
        "--user",
        "chefin",
        env={"DLZW_PASSWORD": ADMIN_PASSWORD, "DLZW_NEW_PASSWORD": ADMIN},
    ).stdout
    assert "Password changed" in out


def test_a_database_without_accounts_works_as_before(tmp_path: Path) -> None:
    db = tmp_path / "dlzw.sqlite3"
    dlzw("init", "--db", str(db))
    assert json.loads(dlzw("info", "--db", str(db), "--json").stdout)["row_counts"]["users"] == 1


def test_with_accounts_the_cli_signs_in(with_accounts: Path) -> None:
    db = str(with_accounts)
    missing = dlzw("info", "--db", db, "--user", "chefin", check=False)
    assert missing.returncode == 2 and "DLZW_PASSWORD" in missing.stderr
    wrong = dlzw("info", "--db", db, "--user", "chefin", env={"DLZW_PASSWORD": "falsch falsch"}, check=False)
    assert wrong.returncode == 1 and "password is wrong" in wrong.stderr
    good = dlzw("info", "--db", db, "--json", env={"DLZW_USER": "chefin", "DLZW_PASSWORD": ADMIN})
    assert json.loads(good.stdout)["row_counts"]["users"] == 2  # the setup user, and chefin


def test_an_assigned_password_must_be_changed_first(with_accounts: Path) -> None:
    db = str(with_accounts)
    admin = {"DLZW_USER": "chefin", "DLZW_PASSWORD": ADMIN}
    dlzw(
        "admin",
        "create-user",
        "--db",
        db,
        "--username",
        "b.becker",
        "--name",
        "Berta Becker",
        "--role",
        "advisor",
        env={**admin, "DLZW_NEW_PASSWORD": "Wiese Brunnen Adler Kiesel"},
    )
    listed = dlzw("admin", "list-users", "--db", db, env=admin).stdout
    assert "b.becker" in listed and "advisor" in listed
    first = dlzw(
        "info",
        "--db",
        db,
        "--user",
        "b.becker",
        env={"DLZW_PASSWORD": "Wiese Brunnen Adler Kiesel"},
        check=False,
    )
    assert first.returncode == 1 and "dlzw passwd" in first.stderr
    raw = sqlite3.connect(db)  # four wrong passwords were typed already (the service tests type them all)
    raw.execute("UPDATE users SET failed_attempts = 4 WHERE username = 'b.becker'")
    raw.commit()
    raw.close()
    locked_out = dlzw("info", "--db", db, "--user", "b.becker", env={"DLZW_PASSWORD": "falsch"}, check=False)
    assert locked_out.returncode == 1 and "locked for 5 minutes" in locked_out.stderr
    dlzw("admin", "unlock", "--db", db, "--username", "b.becker", env=admin)
    dlzw("admin", "set-role", "--db", db, "--username", "b.becker", "--role", "lead", env=admin)
    assert "lead" in dlzw("admin", "list-users", "--db", db, env=admin).stdout


def test_verify_audit_reports_the_first_broken_link(with_accounts: Path) -> None:
    db = str(with_accounts)
    admin = {"DLZW_USER": "chefin", "DLZW_PASSWORD": ADMIN}
    out = dlzw("admin", "verify-audit", "--db", db, env=admin).stdout
    assert "Audit trail intact" in out
    raw = sqlite3.connect(db)
    raw.execute("DROP TRIGGER audit_log_append_only_update")
    seq = raw.execute("SELECT min(seq) FROM audit_log WHERE action = 'insert'").fetchone()[0]
    raw.execute("UPDATE audit_log SET actor = 'jemand' WHERE seq = ?", (seq,))
    raw.commit()
    raw.close()
    broken = dlzw("admin", "verify-audit", "--db", db, env=admin, check=False)
    assert broken.returncode == 4
    assert f"broken at entry {seq}" in broken.stderr


def test_restore_from_the_command_line(with_accounts: Path, tmp_path: Path) -> None:
    db = str(with_accounts)
    admin = {"DLZW_USER": "chefin", "DLZW_PASSWORD": ADMIN}
    dlzw("backup", "--db", db, "--out", str(tmp_path / "s.sqlite3"), env=admin)
    out = dlzw("restore", "--db", db, "--from", str(tmp_path / "s.sqlite3"), env=admin).stdout
    assert "Safety copy" in out and "restored" in out
    damaged = tmp_path / "kaputt.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    out = dlzw("restore", "--db", str(damaged), "--from", str(tmp_path / "s.sqlite3")).stdout
    assert "restored" in out
    assert (
        json.loads(dlzw("info", "--db", str(damaged), "--json", env=admin).stdout)["row_counts"]["users"] == 2
    )


def test_data_protection_commands(with_accounts: Path, tmp_path: Path) -> None:
    db = str(with_accounts)
    admin = {"DLZW_USER": "chefin", "DLZW_PASSWORD": ADMIN}
    out = dlzw("admin", "retention", "--db", db, env=admin).stdout
    assert "preview" in out
    out = dlzw("admin", "processing-record", "--db", db, "--out", str(tmp_path / "vvt.md"), env=admin).stdout
    assert (tmp_path / "vvt.md").read_text(encoding="utf-8").startswith("# Verzeichnis")
    assert "written" in out
