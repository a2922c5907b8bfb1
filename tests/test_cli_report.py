"""``dlzw report annual``: the annual report from the command line, on demo data."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from dlzw_desktop.domain.dates import today_berlin
from tests.test_cli import dlzw


def test_the_annual_report_is_written_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    dlzw("demo", "--cases", "80", "--seed", "3", "--db", db)
    year = today_berlin().year - 1
    out = tmp_path / "berichte"
    done = dlzw("report", "annual", "--year", str(year), "--out", str(out), "--db", db)
    pdf = out / f"Jahresbericht_Mikrofinanzierung_{year}.pdf"
    xlsx = out / f"Jahresbericht_Mikrofinanzierung_{year}.xlsx"
    assert str(pdf) in done.stdout and str(xlsx) in done.stdout
    text = PdfReader(pdf).pages[0].extract_text()
    assert f"Jahresbericht Mikrofinanzierung {year}" in text
    workbook = load_workbook(xlsx)
    assert "Kennzahlen" in workbook.sheetnames and "Falldaten (anonymisiert)" in workbook.sheetnames
    published = dlzw("report", "annual", "--year", str(year), "--published", "--k", "5", "--no-xlsx",
                     "--out", str(out), "--db", db)  # fmt: skip
    assert "published variant, k = 5" in published.stdout
    assert (out / f"Jahresbericht_Mikrofinanzierung_{year}_Veroeffentlichung.pdf").exists()
    assert not (out / f"Jahresbericht_Mikrofinanzierung_{year}_Veroeffentlichung.xlsx").exists()


def test_a_reversed_range_is_refused_with_a_sentence(tmp_path: Path) -> None:
    db = str(tmp_path / "leer.sqlite3")
    dlzw("init", "--db", db)
    refused = dlzw(
        "report", "annual", "--from", "01.07.2025", "--to", "30.06.2025", "--out", str(tmp_path), "--db", db,
        check=False,
    )  # fmt: skip
    assert refused.returncode == 1
    assert "before it starts" in refused.stderr
    assert not list(tmp_path.glob("*.pdf"))
