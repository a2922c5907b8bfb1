"""The ``dlzw`` command line, run as a user would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def dlzw(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    completed = subprocess.run(
        [sys.executable, "-m", "dlzw_desktop.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if check and completed.returncode != 0:
        raise AssertionError(f"dlzw {' '.join(args)} failed ({completed.returncode}): {completed.stderr}")
    return completed


def test_init_creates_a_database_and_info_describes_it(tmp_path: Path) -> None:
    db = tmp_path / "neu" / "dlzw.sqlite3"
    out = dlzw("init", "--db", str(db)).stdout
    assert "Database ready" in out
    assert db.exists()
    info = json.loads(dlzw("info", "--db", str(db), "--json").stdout)
    assert info["schema_revision"] == info["head_revision"]
    assert info["row_counts"]["boroughs"] == 12
    assert info["row_counts"]["sectors"] == 1835
    text = dlzw("info", "--db", str(db)).stdout
    assert "up to date" in text
    assert "districts" in text


def test_the_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    env_dir = tmp_path / "home-data"
    completed = subprocess.run(
        [sys.executable, "-m", "dlzw_desktop.cli", "init"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DLZW_DATA_DIR": str(env_dir)},
        check=True,
    )
    assert str(env_dir / "dlzw.sqlite3") in completed.stdout
    assert (env_dir / "dlzw.sqlite3").exists()


def test_backup_writes_a_verified_copy(tmp_path: Path) -> None:
    db = tmp_path / "dlzw.sqlite3"
    dlzw("init", "--db", str(db))
    out = dlzw("backup", "--db", str(db), "--out", str(tmp_path / "sicherung.sqlite3")).stdout
    assert "verified" in out
    info = json.loads(dlzw("info", "--db", str(tmp_path / "sicherung.sqlite3"), "--json").stdout)
    assert info["row_counts"]["districts"] == 62


def test_a_foreign_file_gets_a_message_and_exit_code_3(tmp_path: Path) -> None:
    foreign = tmp_path / "liste.xlsx"
    foreign.write_bytes(b"PK\x03\x04 not a database")
    completed = dlzw("info", "--db", str(foreign), check=False)
    assert completed.returncode == 3
    assert "not a DLZW database" in completed.stderr
    assert "Traceback" not in completed.stderr
    assert foreign.read_bytes() == b"PK\x03\x04 not a database"


def test_usage_errors_exit_2() -> None:
    assert dlzw("frobnicate", check=False).returncode == 2


@pytest.mark.postgres
def test_commands_work_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    info = json.loads(dlzw("info", "--db", pg_url, "--json").stdout)
    assert info["dialect"] == "postgresql"
    assert info["row_counts"]["districts"] == 62
    out = dlzw("backup", "--db", pg_url, "--out", str(tmp_path / "office.dump")).stdout
    assert "verified" in out
    assert (tmp_path / "office.dump").read_bytes()[:5] == b"PGDMP"


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        reference = {"boroughs", "districts", "sectors", "postcode_hints", "alembic_version"}
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in tables
            if table not in reference and not table.startswith(("sqlite_", "case_search"))
        }
    finally:
        connection.close()


def test_demo_with_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "c.sqlite3"
    for path, seed in ((first, "7"), (second, "7"), (other, "8")):
        out = dlzw("demo", "--db", str(path), "--cases", "60", "--seed", seed).stdout
        assert "cases" in out
    a, b, c = _dump(first), _dump(second), _dump(other)
    for dump in (a, b, c):  # the signed-in OS user's own row and its audit entry come from the clock
        dump.pop("users")
        # The demo entry's chain links (prev_hash, row_hash) follow that entry, so they differ too.
        dump["audit_log"] = [row[:11] for row in dump["audit_log"] if row[3] == "demo"]
    assert a == b
    assert a["cases"] and a["persons"] and a["consultations"]
    assert a["cases"] != c["cases"]


def test_output_cut_short_by_the_reader_ends_without_a_trace(tmp_path: Path) -> None:
    database = tmp_path / "dlzw.sqlite3"
    dlzw("init", "--db", str(database))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "dlzw_desktop.cli", "info", "--db", str(database)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # like ``| head`` that has read enough: the reader goes away
        errors = process.stderr.read().decode()
        code = process.wait(timeout=60)
    assert code == 1
    assert "Traceback" not in errors and "Exception ignored" not in errors
