"""The German problem report: what the user opens in Excel, and that no cell can become a formula."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dlzw_desktop.errors import StorageError
from dlzw_desktop.services.importing.convert import PROBLEM_CODES, ImportPreview, convert_rows
from dlzw_desktop.services.importing.mapping import ImportKind, suggest_mapping
from dlzw_desktop.services.importing.problems_xlsx import GERMAN_MESSAGES, write_problem_report
from dlzw_desktop.services.importing.raw import FileKind, RawRow, ReadResult, SourceInfo

HOSTILE_VALUES = ["=1+1", "+cmd|' /C calc'!A0", "-2+3+cmd|'x'!A0", "@SUM(A1)", '=HYPERLINK("http://x")']


def _preview() -> ImportPreview:
    rows = [RawRow(1, ("Nachname", "Geburtsdatum", "Kreditbetrag"), "sss")]
    for number, value in enumerate(HOSTILE_VALUES, start=2):
        rows.append(RawRow(number, (value, "31.02.2020", "1,234.56"), "fss"))
    rows.append(RawRow(20, ("Mül\x07ler", "01.01.1990", None), "ss "))
    table = ReadResult(SourceInfo(FileKind.XLSX), tuple(rows))
    return convert_rows(
        table, suggest_mapping(ImportKind.PERSONS, table.header_texts), today=date(2026, 6, 1)
    )


def test_report_has_german_headers_and_a_line_per_problem(tmp_path: Path) -> None:
    preview = _preview()
    path = write_problem_report(preview, tmp_path / "probleme.xlsx")

    workbook = load_workbook(path)
    sheet = workbook["Probleme"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Zeile", "Spalte", "Wert", "Problem")
    assert len(rows) == 1 + len(preview.problems)
    assert rows[1][:2] == (2, "A (Nachname)")
    assert any(row[3] == "„31.02.2020“: Dieser Monat hat nur 29 Tage." for row in rows)
    assert all(str(row[3]).startswith("Hinweis: ") for row in rows[1:] if row[1] == "A (Nachname)")
    summary = dict(workbook["Übersicht"].iter_rows(values_only=True))
    assert summary["Art der Liste"] == "Personen und Unternehmen"
    assert summary["davon importierbar"] == preview.importable_count == 1
    workbook.close()


def test_no_cell_of_the_report_is_a_formula(tmp_path: Path) -> None:
    path = write_problem_report(_preview(), tmp_path / "probleme.xlsx")

    workbook = load_workbook(path)
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    written = {cell.value for cell in cells if cell.column == 3}
    assert set(HOSTILE_VALUES) <= written  # shown exactly as they were in the file
    assert all(cell.quotePrefix for cell in cells if cell.value in HOSTILE_VALUES)
    workbook.close()
    with zipfile.ZipFile(path) as archive:
        sheets = [archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/")]
    assert all(b"<f>" not in xml and b"<f " not in xml for xml in sheets)


def test_control_characters_are_shown_not_written(tmp_path: Path) -> None:
    path = write_problem_report(_preview(), tmp_path / "probleme.xlsx")
    workbook = load_workbook(path)
    values = [row[2] for row in workbook["Probleme"].iter_rows(values_only=True)]
    assert "Mül\\x07ler" in values
    workbook.close()


def test_every_problem_code_has_a_german_sentence() -> None:
    assert GERMAN_MESSAGES.keys() >= PROBLEM_CODES


def test_unwritable_place_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        write_problem_report(_preview(), tmp_path / "fehlt" / "probleme.xlsx")
    assert caught.value.code == "import.report_not_written"
