"""Crash safety: a process saving founders is killed with SIGKILL hundreds of times at random moments.

Afterwards every save the process acknowledged (it writes the ack only after the commit returned) is in
the database, no unit of work is half there, ``integrity_check`` passes and the audit chain verifies.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest

from dlzw_desktop.services.registry import open_services

ROOT = Path(__file__).resolve().parents[1]
KILLS = 220


def _next(stream: IO[str], kind: str) -> str:
    """The next line of ``kind``; lines a killed worker printed before it died are skipped."""
    while True:
        line = stream.readline()
        if not line:
            raise AssertionError("the fork server stopped")
        tag, _, value = line.strip().partition(" ")
        if tag == kind:
            return value


def _wait_gone(pid: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.002)
    raise AssertionError(f"worker {pid} survived SIGKILL")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to start workers quickly")
def test_acknowledged_saves_survive_200_kills(sqlite_path: Path, tmp_path: Path) -> None:
    setup = open_services(sqlite_path)
    setup.users.local_principal("crash.test")
    setup.close()
    acks = tmp_path / "acks.txt"
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "crash_child.py"), str(sqlite_path), str(acks)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert server.stdin is not None and server.stdout is not None
    rng = random.Random(7)
    try:
        assert server.stdout.readline().strip() == "ready"
        for round_no in range(KILLS):
            server.stdin.write(f"go {round_no}\n")
            server.stdin.flush()
            pid = int(_next(server.stdout, "pid"))
            if rng.random() < 0.15:
                time.sleep(rng.random() * 0.05)  # while the worker opens the database and signs in
            else:
                assert int(_next(server.stdout, "open")) == round_no
                time.sleep(rng.random() * 0.08)  # in the middle of saving
            os.kill(pid, signal.SIGKILL)
            _wait_gone(pid)
    finally:
        server.stdin.close()
        server.wait(timeout=30)
        server.stdout.close()
    acknowledged = set(acks.read_text().split()) if acks.exists() else set()
    assert len(acknowledged) > KILLS // 2  # the workers did save between the kills

    raw = sqlite3.connect(sqlite_path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        persons = {row[0] for row in raw.execute("SELECT notes FROM persons WHERE family_name = 'Absturz'")}
        businesses = {
            row[0] for row in raw.execute("SELECT notes FROM businesses WHERE name LIKE 'Firma u%'")
        }
        cases = {row[0] for row in raw.execute("SELECT notes FROM cases WHERE number LIKE 'MK-u%'")}
        members = {
            row[0]
            for row in raw.execute(
                "SELECT p.notes FROM business_members m JOIN persons p ON p.id = m.person_id "
                "JOIN businesses b ON b.id = m.business_id WHERE b.notes = p.notes"
            )
        }
        audited = dict(
            raw.execute(
                "SELECT entity, count(*) FROM audit_log WHERE action = 'insert' "
                "AND entity IN ('persons', 'businesses', 'cases', 'business_members') GROUP BY entity"
            ).fetchall()
        )
    finally:
        raw.close()
    assert acknowledged <= persons, "an acknowledged save is missing"
    assert persons == businesses == cases == members, "a unit of work was saved only in part"
    assert audited == {
        "persons": len(persons),
        "businesses": len(persons),
        "cases": len(persons),
        "business_members": len(persons),
    }
    check = open_services(sqlite_path)
    try:
        check.users.local_principal("crash.test")
        report = check.audit.verify_chain()
        assert report.ok, report.describe()
    finally:
        check.close()
