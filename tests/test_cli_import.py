"""``dlzw import`` and ``dlzw export``, run as a user would run them, including every hostile file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.services.importing import hostile
from tests.services.importing.test_import_hostile import REFUSED

ROOT = Path(__file__).resolve().parents[1]
MAX_RSS_MB = 300


# Linux keeps a process's resident high-water mark across exec, so a command forked straight from a big
# pytest worker would report the worker's size. A small launcher forks the command and reports its peak.
_LAUNCHER = (
    "import os, subprocess, sys\n"
    "process = subprocess.Popen(sys.argv[2:])\n"
    "_, status, usage = os.wait4(process.pid, 0)\n"
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def dlzw(*args: str, folder: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run the command; its result and the peak resident memory (MB) of it and its sandbox child."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    out, err, peak = folder / "stdout.txt", folder / "stderr.txt", folder / "peak_rss_kb.txt"
    with out.open("w", encoding="utf-8") as stdout, err.open("w", encoding="utf-8") as stderr:
        command = [sys.executable, "-m", "dlzw_desktop.cli", *args]
        process = subprocess.run(
            [sys.executable, "-c", _LAUNCHER, str(peak), *command],
            stdout=stdout,
            stderr=stderr,
            text=True,
            env=env,
            check=False,
        )
    completed = subprocess.CompletedProcess(
        command, process.returncode, out.read_text("utf-8"), err.read_text("utf-8")
    )
    return completed, int(peak.read_text("ascii")) / 1024


def rows(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_a_list_is_imported_and_a_faulty_one_is_refused_with_a_report(tmp_path: Path) -> None:
    database = tmp_path / "dlzw.sqlite3"
    good = tmp_path / "gruender.csv"
    good.write_text("Nachname;Vorname;Geburtsdatum\nMüller;Anna;02.01.1980\nKaya;Elif;03.04.1985\n", "utf-8")
    done, _ = dlzw("import", "persons", str(good), "--db", str(database), folder=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Imported." in done.stdout
    assert rows(database, "persons") == 2
    bad = tmp_path / "fehler.csv"
    bad.write_text("Nachname;Geburtsdatum\nWeber;31.02.1990\nNowak;01.01.1991\n", "utf-8")

    refused, _ = dlzw(
        "--language", "de", "import", "persons", str(bad), "--db", str(database), folder=tmp_path
    )

    assert refused.returncode == 1
    assert refused.stderr.startswith("Fehler: Zeilen mit Fehlern: 1, daher wurde nichts importiert.")
    assert "Zeilen mit Fehlern" in refused.stdout and "rows" not in refused.stdout
    assert (tmp_path / "fehler-Importbericht.xlsx").exists()
    assert rows(database, "persons") == 2
    dry, _ = dlzw(
        "import", "persons", str(bad), "--db", str(database), "--dry-run", "--skip-invalid", folder=tmp_path
    )
    assert dry.returncode == 0 and "Dry run" in dry.stdout
    assert rows(database, "persons") == 2
    again, _ = dlzw("import", "persons", str(good), "--db", str(database), folder=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "Nothing new to import" in again.stdout and "Imported." not in again.stdout
    assert rows(database, "persons") == 2
    german = tmp_path / "neu.csv"
    german.write_text("Nachname;Vorname\nYılmaz;Ayşe\n", "utf-8")
    done_de, _ = dlzw("--language", "de", "import", "persons", str(german), "--db", str(database),
                      folder=tmp_path)  # fmt: skip
    assert done_de.returncode == 0, done_de.stderr
    assert "Zeilen mit Daten in neu.csv: 1" in done_de.stdout
    assert "angelegt: Personen" in done_de.stdout and done_de.stdout.rstrip().endswith("Importiert.")


HOSTILE: list[tuple[str, Callable[[Path], Path]]] = [(name, builder) for name, builder, _ in REFUSED]


@pytest.mark.parametrize("builder", [pytest.param(b, id=name) for name, b in HOSTILE])
def test_every_hostile_file_is_refused_in_german_without_a_trace(
    tmp_path: Path, builder: Callable[[Path], Path]
) -> None:
    path = builder(tmp_path)
    database = tmp_path / "dlzw.sqlite3"

    refused, peak_mb = dlzw(
        "--language", "de", "import", "persons", str(path), "--db", str(database), folder=tmp_path
    )

    assert refused.returncode == 1, refused.stdout
    assert peak_mb <= MAX_RSS_MB
    message = refused.stderr.strip()
    assert message.startswith("Fehler: ")
    assert "Traceback" not in refused.stderr
    assert "{" not in message
    # German sentences ("Sie", umlauts or German words), not the English source text
    assert any(word in message for word in (" Sie ", "Datei", "Liste", "Zeile", "Spalte"))
    assert rows(database, "persons") == 0


def test_a_forged_dimension_reads_only_the_cells_that_exist(tmp_path: Path) -> None:
    database = tmp_path / "dlzw.sqlite3"
    imported, _ = dlzw(
        "import", "persons", str(hostile.forged_dimension(tmp_path)), "--db", str(database), folder=tmp_path
    )
    assert imported.returncode == 0, imported.stderr
    assert "Rows with data in " in imported.stdout and imported.stdout.splitlines()[0].endswith(": 1")


def test_the_recommendation_package_and_lists_are_exported(tmp_path: Path) -> None:
    database = tmp_path / "dlzw.sqlite3"
    demo, _ = dlzw("demo", "--db", str(database), "--cases", "40", folder=tmp_path)
    assert demo.returncode == 0, demo.stderr
    connection = sqlite3.connect(database)
    number = connection.execute(
        "SELECT c.number FROM cases c JOIN recommendations r ON r.case_id = c.id ORDER BY c.number LIMIT 1"
    ).fetchone()[0]
    connection.close()

    exported, _ = dlzw(
        "export",
        "recommendation",
        number,
        "--out",
        str(tmp_path / "paket"),
        "--db",
        str(database),
        folder=tmp_path,
    )

    assert exported.returncode == 0, exported.stderr
    assert sorted(p.name for p in (tmp_path / "paket").iterdir()) == [
        f"Empfehlung_{number}.{ext}" for ext in ("csv", "pdf", "xlsx")
    ]
    listed, _ = dlzw(
        "export",
        "properties",
        "--out",
        str(tmp_path / "objekte.xlsx"),
        "--db",
        str(database),
        folder=tmp_path,
    )
    assert listed.returncode == 0 and "rows written" in listed.stdout
    unknown, _ = dlzw(
        "--language", "de", "export", "recommendation", "MK-1999-0001", "--out", str(tmp_path / "x"),
        "--db", str(database), folder=tmp_path,
    )  # fmt: skip
    assert unknown.returncode == 1 and unknown.stderr.startswith("Fehler: ")
