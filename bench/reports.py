"""Annual report speed and memory on a large demo database, against openpyxl and reportlab baselines.

    python bench/reports.py [--quick] [--cases N] [--db PATH]

Builds (once, cached under the temp folder) a database with 100,000 cases (``--quick``: 10,000) with the
demo generator (``services.demo_service``) when it is available, else with the seeded test data of
``tests/services/report_data.py`` spread over five years. Then, each in its own process:

(a) the annual report of the last complete year, PDF and XLSX, through ``ReportService`` exactly as the
    GUI and ``dlzw report annual`` call it: wall time (target <= 10 s; the better of two runs, with the
    CPU seconds and the load average beside it, as other work on a shared machine stretches wall time)
    and peak RSS;
(b) an idle process that imports everything and opens the database: the memory the report starts from;
(c) the parts, in the same run: the XLSX part against openpyxl write-only writing the same rows (plain
    values, no formats: target <= 1.3x) and the PDF part against a reportlab canvas drawing the same
    tables line by line (target <= 2x).

Memory target: peak RSS of (a) <= RSS of (b) + database size ("the data") + 100 MiB.
The last line of output is one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import child_env, emit, run_timed  # noqa: E402

BATCH = 5000


def _report_year() -> int:
    return date.today().year - 1


def build_database(path: Path, cases: int) -> str:
    """Create the benchmark database; returns which generator was used."""
    from dlzw_desktop.services.registry import open_services

    services = open_services(path)
    services.users.local_principal("bench")
    try:
        from dlzw_desktop.services.demo_service import generate_demo_data
    except ImportError:
        from tests.services.report_data import populate

        for batch in range(0, (cases + BATCH - 1) // BATCH):
            size = min(BATCH, cases - batch * BATCH)
            populate(
                services.context.sessions, cases=size, seed=11, year=_report_year(), years=5, batch=batch
            )
            print(f"  {min(cases, (batch + 1) * BATCH)} / {cases} cases", file=sys.stderr)
        source = "tests.services.report_data"
    else:
        generate_demo_data(services.context.sessions.engine, cases=cases, seed=1)
        source = "services.demo_service"
    with services.context.sessions.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    services.close()
    return source


def child_build(db: str, cases: str) -> None:
    print(json.dumps({"source": build_database(Path(db), int(cases))}))


# ------------------------------------------------------------------------------------ child: report


def child_report(db: str, out: str) -> None:
    from dlzw_desktop.domain.reporting import ReportPeriod
    from dlzw_desktop.services.registry import open_services

    services = open_services(db, migrate=False)
    services.users.local_principal("bench")
    marks: dict[int, float] = {}
    cpu_started = _cpu_seconds()
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        marks.setdefault(done * 100 // max(total, 1), time.perf_counter())

    services.reports.write_annual_report(ReportPeriod.year(_report_year()), Path(out), progress=progress)
    elapsed = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_started
    print(json.dumps({"total_s": elapsed, "cpu_s": cpu, "marks": {k: v - started for k, v in marks.items()}}))


def _cpu_seconds() -> float:
    """CPU seconds of this process so far, all threads (user + system)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child_idle(db: str) -> None:
    import dlzw_desktop.reports.annual_pdf
    import dlzw_desktop.reports.annual_xlsx  # noqa: F401
    from dlzw_desktop.services.registry import open_services

    services = open_services(db, migrate=False)
    services.users.local_principal("bench")
    services.reports.dashboard()  # touch the database like the report does


# ----------------------------------------------------------------------------------- child: parts


def _baseline_rows(report: object) -> list[tuple[str, list[str], list[list[object]]]]:
    """(sheet, header, rows) of every table exactly as the report writes them, values converted."""
    from dlzw_desktop.reports.annual_data import AnnualReport, Unit
    from dlzw_desktop.reports.annual_xlsx import cell_value

    assert isinstance(report, AnnualReport)
    tables: list[tuple[str, list[str], list[list[object]]]] = []
    tables.append(
        (
            "Kennzahlen",
            ["Kennzahl", "Wert", "Vorjahr", "Veränderung", "%"],
            [
                [
                    f.label,
                    cell_value(f.value, f.unit),
                    cell_value(f.previous, f.unit),
                    cell_value(f.change, f.unit),
                    cell_value(f.change_percent, Unit.PERCENT),
                ]
                for f in report.key_figures
            ],
        )
    )
    tables.append(
        (
            "Ziele",
            ["Ziel", "Zielwert", "Ist", "Erreichung", "Status"],
            [
                [
                    t.label,
                    cell_value(t.target, t.unit),
                    cell_value(t.actual, t.unit),
                    cell_value(t.attainment_percent, Unit.PERCENT),
                    t.status,
                ]
                for t in report.targets
            ],
        )
    )
    for section in report.sections:
        for table in section.tables:
            units = [c.unit for c in table.columns]
            rows = [[cell_value(v, units[i]) for i, v in enumerate(row)] for row in table.rows]
            if table.total is not None:
                rows.append([cell_value(v, units[i]) for i, v in enumerate(table.total)])
            tables.append((table.sheet, [c.title for c in table.columns], rows))
    if report.case_sheet is not None:
        units = [c.unit for c in report.case_sheet.columns]
        rows = [[cell_value(v, units[i]) for i, v in enumerate(row)] for row in report.case_sheet.rows]
        tables.append(("Falldaten", [c.title for c in report.case_sheet.columns], rows))
    if report.identified is not None:
        units = [c.unit for c in report.identified.columns]
        tables.append(
            (
                report.identified.sheet,
                [c.title for c in report.identified.columns],
                [[cell_value(v, units[i]) for i, v in enumerate(row)] for row in report.identified.rows],
            )
        )
    return tables


def baseline_xlsx(tables: list[tuple[str, list[str], list[list[object]]]], path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for title, header, rows in tables:
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    workbook.save(path)


def baseline_pdf(report: object, path: Path) -> None:
    """The same tables drawn line by line on a canvas: fixed columns, a new page when the page is full."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from dlzw_desktop.reports.annual_data import AnnualReport, Unit
    from dlzw_desktop.reports.formatting import format_value
    from dlzw_desktop.reports.pdf import FONT, FONT_BOLD, MARGIN, register_fonts

    assert isinstance(report, AnnualReport)
    register_fonts()
    canvas = Canvas(str(path), pagesize=A4)
    width, height = A4
    y = height - MARGIN

    def line(cells: list[str], bold: bool = False, right: frozenset[int] = frozenset()) -> None:
        nonlocal y
        if y < MARGIN:
            canvas.showPage()
            y = height - MARGIN
        canvas.setFont(FONT_BOLD if bold else FONT, 8)
        step = (width - 2 * MARGIN) / max(len(cells), 1)
        for index, text in enumerate(cells):
            if index in right:  # numbers right-aligned, as in the report's tables
                canvas.drawRightString(MARGIN + (index + 1) * step - 3, y, text[:60])
            else:
                canvas.drawString(MARGIN + index * step, y, text[:60])
        y -= 11

    line([report.title], bold=True)
    for f in report.key_figures:
        line([f.label, format_value(f.value, f.unit), format_value(f.previous, f.unit),
              format_value(f.change, f.unit), format_value(f.change_percent, Unit.PERCENT)],
             right=frozenset({1, 2, 3, 4}))  # fmt: skip
    for t in report.targets:
        line([t.label, format_value(t.target, t.unit), format_value(t.actual, t.unit), t.status],
             right=frozenset({1, 2}))  # fmt: skip
    tables = [t for s in report.sections for t in s.tables]
    if report.identified is not None:
        tables.append(report.identified)
    for table in tables:
        line([table.title], bold=True)
        line([c.title for c in table.columns], bold=True)
        numbers = frozenset(i for i, c in enumerate(table.columns) if c.unit not in (Unit.TEXT, Unit.DATE))
        for row in [*table.rows, *([table.total] if table.total else [])]:
            line([format_value(v, table.columns[i].unit) for i, v in enumerate(row)], right=numbers)
    canvas.save()


def child_parts(db: str, out: str) -> None:
    from dlzw_desktop.domain.reporting import ReportPeriod
    from dlzw_desktop.reports.annual_data import CaseSheet
    from dlzw_desktop.reports.annual_pdf import write_annual_pdf
    from dlzw_desktop.reports.annual_xlsx import write_annual_xlsx
    from dlzw_desktop.services.registry import open_services

    services = open_services(db, migrate=False)
    services.users.local_principal("bench")
    report = services.reports.annual_report(ReportPeriod.year(_report_year()), case_rows=True)
    assert report.case_sheet is not None
    case_rows = list(report.case_sheet.rows)
    folder = Path(out)
    results: dict[str, float] = {}
    for attempt in range(2):  # alternate ours and the baseline, keep the better of two runs each
        report.case_sheet.rows = iter(case_rows)
        sheet = CaseSheet(report.case_sheet.columns, iter(case_rows), len(case_rows))
        object.__setattr__(report, "case_sheet", sheet)
        started = time.perf_counter()
        write_annual_xlsx(report, folder / f"ours-{attempt}.xlsx")
        results["xlsx_s"] = min(results.get("xlsx_s", 1e9), time.perf_counter() - started)
        object.__setattr__(report, "case_sheet", CaseSheet(sheet.columns, iter(case_rows), len(case_rows)))
        tables = _baseline_rows(report)
        started = time.perf_counter()
        baseline_xlsx(tables, folder / f"baseline-{attempt}.xlsx")
        results["xlsx_baseline_s"] = min(results.get("xlsx_baseline_s", 1e9), time.perf_counter() - started)
        started = time.perf_counter()
        write_annual_pdf(report, folder / f"ours-{attempt}.pdf")
        results["pdf_s"] = min(results.get("pdf_s", 1e9), time.perf_counter() - started)
        started = time.perf_counter()
        baseline_pdf(report, folder / f"baseline-{attempt}.pdf")
        results["pdf_baseline_s"] = min(results.get("pdf_baseline_s", 1e9), time.perf_counter() - started)
    results["case_rows"] = len(case_rows)
    results["appendix_rows"] = 0 if report.identified is None else len(report.identified.rows)
    print(json.dumps(results))


# -------------------------------------------------------------------------------------------- main


def _child(mode: str, *args: str) -> tuple[dict[str, object], float, float]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode, *args]
    started = time.perf_counter()
    process = subprocess.run(command, env=child_env(), capture_output=True, text=True, check=False)
    if process.returncode != 0:
        raise RuntimeError(f"{mode} failed: {process.stderr[-3000:]}")
    elapsed = time.perf_counter() - started
    lines = [line for line in process.stdout.splitlines() if line.startswith("{")]
    return (json.loads(lines[-1]) if lines else {}), elapsed, 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10,000 cases instead of 100,000")
    parser.add_argument("--cases", type=int, default=None)
    parser.add_argument("--db", type=Path, default=None, help="use (or create) this database file")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, *rest = args.child
        children: dict[str, Callable[..., None]] = {
            "build": child_build,
            "report": child_report,
            "idle": child_idle,
            "parts": child_parts,
        }
        children[mode](*rest)
        return

    cases = args.cases or (10_000 if args.quick else 100_000)
    folder = Path(tempfile.gettempdir()) / "dlzw-bench-reports"
    folder.mkdir(exist_ok=True)
    # The cached database is for this schema: the migrations' file names key it (no SQLAlchemy import in
    # this parent, whose peak memory its children would inherit).
    versions = Path(__file__).resolve().parent.parent / "dlzw_desktop" / "db" / "migrations" / "versions"
    schema = hashlib.sha1(" ".join(sorted(p.name for p in versions.glob("*.py"))).encode()).hexdigest()[:8]
    db = args.db or folder / f"reports-{cases}-{schema}.sqlite3"
    source = "cached"
    if not db.exists():
        print(f"building a database with {cases} cases (once) ...", file=sys.stderr)
        started = time.perf_counter()
        # In a child process: a large parent would lend its peak memory to every child it starts
        # (Linux keeps the high-water mark across fork and exec), spoiling the memory measurement.
        built, _, _ = _child("build", str(db), str(cases))
        source = str(built["source"])
        print(f"  built in {time.perf_counter() - started:.0f} s with {source}", file=sys.stderr)
    data_mib = db.stat().st_size / 2**20
    out = Path(tempfile.mkdtemp(prefix="report-", dir=folder))
    env = child_env()

    report_wall, report_rss = run_timed(
        [sys.executable, str(Path(__file__).resolve()), "--child", "report", str(db), str(out)], env
    )
    _, idle_rss = run_timed([sys.executable, str(Path(__file__).resolve()), "--child", "idle", str(db)], env)
    load = os.getloadavg()[0]
    # The better of two runs: other work on a shared machine only ever adds to the time.
    runs = [_child("report", str(db), str(out))[0] for _ in range(2)]
    detail = min(runs, key=lambda run: float(run["total_s"]))  # type: ignore[arg-type]
    parts, _, _ = _child("parts", str(db), str(out))
    for path in out.iterdir():
        path.unlink()
    out.rmdir()
    xlsx_ratio = float(parts["xlsx_s"]) / float(parts["xlsx_baseline_s"])  # type: ignore[arg-type]
    pdf_ratio = float(parts["pdf_s"]) / float(parts["pdf_baseline_s"])  # type: ignore[arg-type]
    result = {
        "cases": cases if args.db is None else None,
        "database": source,
        "data_mib": data_mib,
        "report_year": _report_year(),
        "case_rows": parts["case_rows"],
        "appendix_rows": parts["appendix_rows"],
        "report_s": float(detail["total_s"]),  # type: ignore[arg-type]
        "report_cpu_s": float(detail["cpu_s"]),  # type: ignore[arg-type]
        "load_average_1m": load,
        "cpus": os.cpu_count(),
        "report_process_s": report_wall,
        "report_phases_s": {k: round(float(v), 2) for k, v in dict(detail["marks"]).items()},  # type: ignore[call-overload]
        "report_ok": float(detail["total_s"]) <= 10.0,  # type: ignore[arg-type]
        "xlsx_s": parts["xlsx_s"],
        "xlsx_baseline_s": parts["xlsx_baseline_s"],
        "xlsx_ratio": xlsx_ratio,
        "xlsx_ok": xlsx_ratio <= 1.3,
        "pdf_s": parts["pdf_s"],
        "pdf_baseline_s": parts["pdf_baseline_s"],
        "pdf_ratio": pdf_ratio,
        "pdf_ok": pdf_ratio <= 2.0,
        "peak_rss_mib": report_rss,
        "idle_rss_mib": idle_rss,
        "rss_growth_mib": report_rss - idle_rss,
        "memory_ok": report_rss <= idle_rss + data_mib + 100,
    }
    print(f"report {result['report_s']:.2f} s (cpu {result['report_cpu_s']:.2f} s, load {load:.1f}); "
          f"xlsx x{xlsx_ratio:.2f}; pdf x{pdf_ratio:.2f}; "
          f"rss {report_rss:.0f} MiB (idle {idle_rss:.0f}, data {data_mib:.0f})")  # fmt: skip
    emit(result)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
