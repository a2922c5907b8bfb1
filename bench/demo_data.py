"""Benchmark: loading demo data (100,000 cases; --quick: 10,000) against raw sqlite3 executemany.

The baseline writes the same number of rows, as plain (integer, text) rows into one table of a fresh
SQLite file with the application's pragmas, in one transaction, with the driver's ``executemany``. The
ratio shows what drawing the realistic rows, converting every value as SQLAlchemy would store it, their
indexes and the search index cost on top of the bare minimum. Target (issue 2): 100,000 cases in under a
minute. Wall time depends on what else runs on the machine; CPU time is printed too.

Run from the checkout: ``python bench/demo_data.py [--quick] [--cases N] [--seed S] [--keep PATH]``.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dlzw_desktop.db.migrate import open_database
from dlzw_desktop.services.demo_service import generate_demo_data

TODAY = date(2026, 6, 30)  # fixed, so that every run writes the same rows


def _file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def _demo(path: Path, cases: int, seed: int) -> tuple[float, float, int]:
    sessions = open_database(path)
    started, cpu = time.perf_counter(), time.process_time()

    def progress(done: int, total: int) -> None:
        if done % 10_000 == 0 or done == total:
            print(f"  {done:>7} / {total} cases  {time.perf_counter() - started:6.1f} s", flush=True)

    summary = generate_demo_data(sessions.engine, cases=cases, seed=seed, today=TODAY, progress=progress)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    sessions.engine.dispose()
    for table, count in summary.as_dict().items():
        print(f"  {table:<28} {count:>9}")
    return seconds, cpu_seconds, summary.total


def _baseline(path: Path, rows: int) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("CREATE TABLE plain (id INTEGER PRIMARY KEY, label TEXT NOT NULL, amount INTEGER)")
        data = [(i, f"row {i}", i * 100) for i in range(rows)]
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany("INSERT INTO plain VALUES (?, ?, ?)", data)
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 cases instead of 100,000")
    parser.add_argument("--cases", type=int, help="number of cases (overrides --quick)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", type=Path, help="write the demo database here and keep it")
    args = parser.parse_args()
    cases = args.cases or (10_000 if args.quick else 100_000)

    with tempfile.TemporaryDirectory(prefix="dlzw-bench-") as scratch:
        target = args.keep or Path(scratch) / "demo.sqlite3"
        for stale in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            stale.unlink(missing_ok=True)
        print(f"demo data: {cases} cases into {target}")
        seconds, cpu_seconds, rows = _demo(target, cases, args.seed)
        size = _file_size(target)
        print(f"baseline: {rows} plain rows with sqlite3 executemany")
        baseline = _baseline(Path(scratch) / "baseline.sqlite3", rows)

    label = f"demo_{cases // 1000}k_s" if cases % 1000 == 0 else "demo_s"
    result = {
        "cases": cases,
        "rows": rows,
        label: round(seconds, 2),
        "cpu_s": round(cpu_seconds, 2),
        "rows_per_s": round(rows / seconds),
        "file_mb": round(size / 2**20, 1),
        "baseline_s": round(baseline, 2),
        "baseline_rows_per_s": round(rows / baseline),
        "ratio_to_baseline": round(seconds / baseline, 1),
    }
    print(
        f"{cases} cases: {rows} rows in {seconds:.1f} s (CPU {cpu_seconds:.1f} s), {size / 2**20:.0f} MiB; "
        f"baseline {baseline:.1f} s"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
