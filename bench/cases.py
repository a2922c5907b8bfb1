"""Case list and search speed on a demo database, against raw sqlite3 running the same SQL in the same run.

    python bench/cases.py [--quick] [--db PATH] [--repeat N]

Builds a demo database (100,000 cases; ``--quick`` 10,000) unless ``--db`` names one already loaded, then
measures through ``CaseService`` (what the GUI calls, off its thread) and through a plain sqlite3
connection executing the identical statement (``services.case_search.list_sql``):

* search per keystroke: names typed letter by letter (the first page of 200 rows, as the list shows it);
  targets: ratio <= 3, p95 <= 12 ms;
* opening the case list: a first batch of 1,000 rows; target ratio <= 1.5;
* filtered lists (stage, year, borough, advisor); target ratio <= 2.5.

Ratios compare medians. The last line of output is one JSON object with the numbers.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import emit

from dlzw_desktop.db.engine import BUSY_TIMEOUT_MS
from dlzw_desktop.domain.enums import CaseStage
from dlzw_desktop.services.case_search import CaseQuery, CaseSort, list_sql
from dlzw_desktop.services.registry import Services, open_services

PAGE = 200


def timed(call: Callable[[], Any], repeat: int) -> float:
    """Median wall time of ``call`` in milliseconds."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


def raw_runner(connection: sqlite3.Connection, query: CaseQuery) -> Callable[[], list[Any]]:
    sql, params = list_sql("sqlite", query)

    def run() -> list[Any]:
        connection.execute("BEGIN")  # the service reads in a transaction too
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.execute("ROLLBACK")

    return run


def compare(
    services: Services, raw: sqlite3.Connection, query: CaseQuery, repeat: int
) -> tuple[float, float]:
    """(service ms, raw ms), medians, after one warm-up each."""
    run_raw = raw_runner(raw, query)

    def run_service() -> object:
        return services.cases.search(query)

    run_raw()
    run_service()
    service_ms = timed(run_service, repeat)
    raw_ms = timed(run_raw, repeat)
    # interleave a second round, so drift on a shared machine hits both sides alike
    service_ms = min(service_ms, timed(run_service, repeat))
    raw_ms = min(raw_ms, timed(run_raw, repeat))
    return service_ms, raw_ms


def typed_words(raw: sqlite3.Connection, count: int, seed: int) -> list[str]:
    """Family names and business words advisors would type, drawn from the data."""
    names = [row[0] for row in raw.execute("SELECT family_name FROM persons ORDER BY id LIMIT 2000")]
    businesses = [
        row[0].split()[0] for row in raw.execute("SELECT name FROM businesses ORDER BY id LIMIT 2000")
    ]
    chooser = random.Random(seed)
    words = chooser.sample(names, count // 2) + chooser.sample(businesses, count - count // 2)
    return [w for w in words if len(w) >= 3]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10,000 cases instead of 100,000")
    parser.add_argument("--db", type=Path, help="use this demo database instead of building one")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cases = 10_000 if args.quick else 100_000
    load_s = None
    work = Path(tempfile.mkdtemp(prefix="dlzw-bench-cases-"))
    os.environ.setdefault("DLZW_DATA_DIR", str(work))
    path = args.db or work / "demo.sqlite3"
    if args.db is None:
        from dlzw_desktop.db.migrate import open_database
        from dlzw_desktop.services.demo_service import generate_demo_data

        sessions = open_database(path)
        started = time.perf_counter()
        generate_demo_data(sessions.engine, cases=cases, seed=1)
        load_s = time.perf_counter() - started
        sessions.engine.dispose()
        print(f"demo database with {cases:,} cases built in {load_s:.1f} s: {path}")
    services = open_services(path)
    services.users.local_principal("bench")
    raw = raw_connection(path)
    total_cases = raw.execute("SELECT count(*) FROM cases").fetchone()[0]

    # 1. search per keystroke
    keystrokes: list[tuple[str, float, float]] = []
    for word in typed_words(raw, 10, seed=3):
        for length in range(1, min(len(word), 8) + 1):
            prefix = word[:length]
            service_ms, raw_ms = compare(services, raw, CaseQuery(text=prefix, limit=PAGE), args.repeat)
            keystrokes.append((prefix, service_ms, raw_ms))
    service_times = sorted(s for _, s, _ in keystrokes)
    p95 = service_times[max(0, round(0.95 * len(service_times)) - 1)]
    search_ratio = statistics.median(s / r for _, s, r in keystrokes)
    slowest = max(keystrokes, key=lambda k: k[1])
    bare = "SELECT rowid FROM case_fts WHERE case_fts MATCH ? LIMIT 200"  # a bare FTS5 prefix query

    def fts_only(prefix: str) -> Callable[[], Any]:
        return lambda: raw.execute(bare, (f'"{prefix.casefold()}"*',)).fetchall()

    fts_ms = statistics.median(timed(fts_only(p), 3) for p, _, _ in keystrokes)
    print(f"search: {len(keystrokes)} keystrokes, median ratio {search_ratio:.2f}, p95 {p95:.1f} ms, "
          f"slowest '{slowest[0]}' {slowest[1]:.1f} ms (raw {slowest[2]:.1f} ms)")  # fmt: skip

    # 2. opening the case list: a first batch of 1,000 rows (the GUI asks for 200)
    open_ms, open_raw_ms = compare(services, raw, CaseQuery(limit=1000), args.repeat)
    first_page_ms, first_page_raw_ms = compare(services, raw, CaseQuery(limit=PAGE), args.repeat)
    print(f"open list 1,000 rows: {open_ms:.2f} ms vs raw {open_raw_ms:.2f} ms; first page of {PAGE}: "
          f"{first_page_ms:.2f} ms vs {first_page_raw_ms:.2f} ms")  # fmt: skip

    # 3. filtered lists
    borough = services.reference.boroughs()[3].id
    advisor = services.users.advisors()[1].id
    year = services.cases.years()[1]
    filters = {
        "stage": CaseQuery(stages=(CaseStage.CONSULTING,), limit=PAGE),
        "open_in_year": CaseQuery(
            stages=tuple(s for s in CaseStage if s is not CaseStage.CLOSED), year=year, limit=PAGE
        ),
        "borough": CaseQuery(borough_id=borough, limit=PAGE),
        "advisor_search": CaseQuery(advisor_id=advisor, text="mü", limit=PAGE),
        "sorted_by_business": CaseQuery(sort=CaseSort.BUSINESS, descending=False, limit=PAGE),
    }
    filtered = {name: compare(services, raw, query, args.repeat) for name, query in filters.items()}
    for name, (service_ms, raw_ms) in filtered.items():
        print(f"filtered {name}: {service_ms:.2f} ms vs raw {raw_ms:.2f} ms (x{service_ms / raw_ms:.2f})")
    filtered_ratio = max(s / r for s, r in filtered.values())
    raw.close()
    services.close()
    result: dict[str, Any] = {
        "cases": total_cases,
        "search_keystrokes": len(keystrokes),
        "search_median_ms": statistics.median(service_times),
        "search_p95_ms": p95,
        "search_raw_median_ms": statistics.median(r for _, _, r in keystrokes),
        "search_ratio": search_ratio,
        "fts_prefix_only_median_ms": fts_ms,
        "open_list_1000_ms": open_ms,
        "open_list_1000_raw_ms": open_raw_ms,
        "open_list_ratio": open_ms / open_raw_ms,
        "first_page_ms": first_page_ms,
        "filtered_ratio_max": filtered_ratio,
        **{f"filtered_{name}_ms": s for name, (s, _r) in filtered.items()},
    }
    if load_s is not None:
        result["demo_load_s"] = load_s
    emit(result)


if __name__ == "__main__":
    main()
