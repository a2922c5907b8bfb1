"""Reading real workbooks: values and their kinds, formulas as text, header row, sheets, progress."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import defusedxml
import openpyxl.reader.strings
import openpyxl.worksheet._reader
import pytest
from openpyxl import Workbook
from openpyxl.worksheet.formula import ArrayFormula

from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.importing import xlsx_source
from dlzw_desktop.services.importing.raw import CellKind, FileKind
from dlzw_desktop.services.importing.reader import (
    CHILD_NICENESS,
    SandboxStats,
    detect_file_kind,
    read_in_sandbox,
    read_rows,
)
from dlzw_desktop.services.importing.xlsx_source import prolog_is_safe, xml_parsers_hardened
from tests.services.importing import hostile


def _workbook(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Gründer"
    sheet.append(["Teilnehmerliste Mikrokredit 2025"])
    sheet.append([])
    sheet.append(["Nachname", "Vorname", "Geburtsdatum", "Kreditbetrag", "Mitarbeiter", "Aktiv", "Summe"])
    sheet.append(["Öztürk", "Ayşe", date(1985, 3, 12), 12500.5, 2, True, "=D4*2"])
    sheet.append(["Иванов", "Olga", datetime(1990, 1, 31, 0, 0), 8000, 0, False, "=1/0"])
    sheet["G5"].value = "#DIV/0!"
    sheet["G5"].data_type = "e"
    sheet["H4"] = ArrayFormula("H4:H4", "=SUM(D4:D5)")
    workbook.save(path)
    return path


def test_values_arrive_as_text_with_their_kind(tmp_path: Path) -> None:
    result = read_rows(_workbook(tmp_path / "liste.xlsx"))

    first = result.data_rows[0]
    assert first.number == 4  # the row number Excel shows
    assert first.values[:6] == ("Öztürk", "Ayşe", "1985-03-12T00:00:00", "12500.5", "2", "1")
    assert first.kinds[:6] == "ssdnnb"
    assert result.data_rows[1].values[0] == "Иванов"
    assert result.data_rows[1].kind(6) is CellKind.ERROR


def test_formulas_are_read_as_their_text_never_as_a_value(tmp_path: Path) -> None:
    result = read_rows(_workbook(tmp_path / "liste.xlsx"))

    row = result.data_rows[0]
    assert row.values[6] == "=D4*2"
    assert row.kind(6) is CellKind.FORMULA
    assert row.values[7] == "=SUM(D4:D5)"  # an array formula, as text
    assert row.kind(7) is CellKind.FORMULA


def test_header_row_is_found_below_a_title(tmp_path: Path) -> None:
    result = read_rows(_workbook(tmp_path / "liste.xlsx"))

    assert result.header.number == 3
    assert result.header_texts[:3] == ("Nachname", "Vorname", "Geburtsdatum")
    assert result.with_header(0).header_texts == ("Teilnehmerliste Mikrokredit 2025",)


def test_choosing_a_header_row_outside_the_file_is_refused(tmp_path: Path) -> None:
    result = read_rows(_workbook(tmp_path / "liste.xlsx"))
    with pytest.raises(ValidationError) as caught:
        result.with_header(99)
    assert caught.value.code == "import.header_row_invalid"


def test_sandbox_reads_the_same_as_in_process(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "liste.xlsx")
    stats = SandboxStats()

    in_sandbox = read_in_sandbox(path, stats=stats)

    assert in_sandbox == read_rows(path)
    assert stats.exit_code == 0
    assert stats.rss_limit_applied or not Path("/proc/self/status").exists()


def _children_niceness() -> set[int]:
    """The niceness of this process's children, from /proc (field 19 of ``stat``, after the name)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:  # ended meanwhile
            continue
        if int(fields[1]) == os.getpid():
            found.add(int(fields[16]))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the priority from /proc")
def test_the_reader_runs_below_the_application_s_priority(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nachname"])
    for index in range(4500):
        sheet.append([f"Name {index}"])
    path = tmp_path / "lang.xlsx"
    workbook.save(path)
    seen: set[int] = set()

    read_in_sandbox(path, progress=lambda _done, _total: seen.update(_children_niceness()))

    assert min(os.nice(0) + CHILD_NICENESS, 19) in seen


def test_active_sheet_is_read_unless_another_is_named(tmp_path: Path) -> None:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Personen"
    first.append(["Nachname"])
    first.append(["Müller"])
    second = workbook.create_sheet("Leerstände")
    second.append(["Straße"])
    second.append(["Hansastraße 5"])
    workbook.active = 1
    path = tmp_path / "zwei.xlsx"
    workbook.save(path)

    assert read_rows(path).header_texts == ("Straße",)
    named = read_rows(path, sheet="Personen")
    assert named.header_texts == ("Nachname",)
    assert named.info.sheet_names == ("Personen", "Leerstände")
    with pytest.raises(ValidationError) as caught:
        read_rows(path, sheet="Fälle")
    assert caught.value.code == "import.sheet_not_found"


def test_progress_reports_rows_and_the_workbook_estimate(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nachname"])
    for index in range(4500):
        sheet.append([f"Name {index}"])
    path = tmp_path / "lang.xlsx"
    workbook.save(path)
    seen: list[tuple[int, int | None]] = []

    read_in_sandbox(path, progress=lambda done, total: seen.append((done, total)))

    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1] == (4501, 4501)


def test_empty_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "leer.xlsx"
    Workbook().save(path)
    with pytest.raises(ValidationError) as caught:
        read_rows(path)
    assert caught.value.code == "import.no_data"


def test_missing_file_is_refused_with_a_message(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        read_in_sandbox(tmp_path / "weg.xlsx")
    assert caught.value.code == "import.file_unreadable"


def test_file_kind_comes_from_the_extension() -> None:
    assert detect_file_kind(Path("Liste.XLSX")) is FileKind.XLSX
    assert detect_file_kind(Path("export.csv")) is FileKind.CSV
    with pytest.raises(ValidationError) as caught:
        detect_file_kind(Path("liste.docx"))
    assert caught.value.code == "import.unsupported_extension"


def test_openpyxl_parses_with_defusedxml() -> None:
    assert xml_parsers_hardened()
    payload = hostile.BILLION_LAUGHS_DTD.encode() + b"<sst><si><t>&lol9;</t></si></sst>"
    with pytest.raises(defusedxml.DefusedXmlException):
        openpyxl.reader.strings.read_string_table(io.BytesIO(payload))
    with pytest.raises(defusedxml.DefusedXmlException):
        list(openpyxl.worksheet._reader.iterparse(io.BytesIO(payload)))


@pytest.mark.parametrize(
    ("head", "safe"),
    [
        (b'<?xml version="1.0"?><!-- Excel --><worksheet/>', True),
        (b"\xef\xbb\xbf<?xml version='1.0'?>\r\n<sst/>", True),
        (b"<?xml version='1.0'?><!DOCTYPE x []><x/>", False),
        (b"<?xml version='1.0' encoding='UTF-7'?>+ADw-!DOCTYPE x+AD4-<x/>", False),
        (b"\x89PNG\r\n\x1a\n", True),  # not XML: an image part
        (b"<?xml version='1.0'?><!-- never closed", False),
    ],
)
def test_prolog_scan(head: bytes, safe: bool) -> None:
    assert prolog_is_safe(head, complete=False) is safe


@pytest.mark.parametrize(
    "builder",
    [hostile.billion_laughs, hostile.external_entity, hostile.utf16_doctype, hostile.doctype_in_odd_part],
)
def test_defusedxml_alone_would_refuse_entity_attacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, builder: Callable[[Path], Path]
) -> None:
    """The second line of defence: with the pre-scan switched off, openpyxl's parser still refuses."""
    monkeypatch.setattr(xlsx_source, "prescan_xml", lambda archive, limits: None)

    with pytest.raises(ValidationError) as caught:
        read_rows(builder(tmp_path))

    assert caught.value.code == "import.xml_unsafe"


def test_csv_saved_under_an_xlsx_name_is_named_as_text(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    path.write_text("Nachname;Vorname\nMüller;Anna\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_rows(path)
    assert (caught.value.code, caught.value.params["detected"]) == ("import.wrong_type", "text")
