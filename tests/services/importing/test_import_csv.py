"""CSV lists as German offices save them: encodings, separators, quoting, row numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from dlzw_desktop.services.importing.csv_source import sniff_separator
from dlzw_desktop.services.importing.raw import CellKind
from dlzw_desktop.services.importing.reader import read_in_sandbox, read_rows

GERMAN_LIST = (
    "Nachname;Vorname;Ort;Bemerkung\n"
    'Müller;Jürgen;Dortmund;"Laden; Café\nim Erdgeschoss"\n'
    "Yılmaz;Ayşe;Lünen;\n"
)


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252")],
)
def test_encodings_excel_writes_are_read_without_garbling(
    tmp_path: Path, encoding: str, detected: str
) -> None:
    text = GERMAN_LIST if encoding != "cp1252" else GERMAN_LIST.replace("Yılmaz;Ayşe", "Schäfer;Grete")
    path = tmp_path / "liste.csv"
    path.write_bytes(text.encode(encoding))

    result = read_rows(path)

    assert result.info.encoding == detected
    assert result.header_texts == ("Nachname", "Vorname", "Ort", "Bemerkung")  # no BOM in the first title
    assert result.data_rows[0].values == ("Müller", "Jürgen", "Dortmund", "Laden; Café\nim Erdgeschoss")
    assert result.data_rows[1].values[2] == "Lünen"


def test_row_numbers_count_records_as_excel_shows_them(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(GERMAN_LIST + "\n;;;\nSchmidt;Hans;Dortmund;\n", encoding="utf-8")

    result = read_rows(path)

    # The quoted line break keeps Müller on row 2; the blank and the empty record are skipped but counted.
    assert [row.number for row in result.data_rows] == [2, 3, 6]


@pytest.mark.parametrize(
    ("text", "separator"),
    [
        ("Nachname;Vorname\nMüller;Anna\n", ";"),
        ("Nachname,Vorname\nMüller,Anna\n", ","),
        ("Nachname\tVorname\nMüller\tAnna\n", "\t"),
        ('"Name, Vorname";PLZ\n"Müller, Anna";44135\n', ";"),
    ],
)
def test_separator_is_sniffed(tmp_path: Path, text: str, separator: str) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(text, encoding="utf-8")

    result = read_rows(path)

    assert result.info.delimiter == separator
    assert len(result.header_texts) == 2


def test_separators_inside_quotes_do_not_count() -> None:
    assert sniff_separator(['"a,b,c,d";e\n']) == ";"
    assert sniff_separator(["nur ein Titel\n"]) == ";"


def test_formula_text_in_a_csv_is_marked(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text('Nachname;Telefon\n=HYPERLINK("http://x","klick");+49 231 12345\n', encoding="utf-8")

    row = read_rows(path).data_rows[0]

    assert row.values[0] == '=HYPERLINK("http://x","klick")'
    assert row.kind(0) is CellKind.FORMULA
    assert row.kind(1) is CellKind.TEXT


def test_csv_is_read_in_the_sandbox_too(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(GERMAN_LIST.encode("utf-8-sig"))

    assert read_in_sandbox(path) == read_rows(path)


def test_excel_separator_hint_line_is_obeyed_and_not_a_row(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("sep=,\nNachname,Vorname;Zusatz\nMüller,Anna;B\n", encoding="utf-8")

    result = read_rows(path)

    assert result.info.delimiter == ","
    assert result.header_texts == ("Nachname", "Vorname;Zusatz")
    assert result.data_rows[0].number == 2
