"""The lean sheet and shared-string parser reads exactly what openpyxl's read-only iteration reads."""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import defusedxml
import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.reader.strings import read_string_table
from openpyxl.worksheet.formula import ArrayFormula

from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.importing import xlsx_source
from dlzw_desktop.services.importing.raw import ReadLimits, WireRow
from dlzw_desktop.services.importing.reader import read_rows
from dlzw_desktop.services.importing.xlsx_stream import SharedStrings, iter_sheet_values, read_shared_strings
from tests.services.importing import hostile

MAIN = hostile.MAIN_NS


def _openpyxl_wire(path: Path) -> list[WireRow]:
    """What the reader sent before it had its own parser: openpyxl's read-only rows, numbered."""
    with warnings.catch_warnings():  # openpyxl warns (no styles, dates out of range); the reader never did
        warnings.simplefilter("ignore")
        workbook = load_workbook(path, read_only=True, data_only=False, keep_vba=False, keep_links=False)
        try:
            worksheet = workbook.active
            worksheet.reset_dimensions()
            rows = enumerate(worksheet.iter_rows(values_only=True), start=1)
            wire: list[WireRow] = []
            xlsx_source._stream_rows(rows, ReadLimits(), lambda row, _chars: wire.append(row))
            return wire
        finally:
            workbook.close()


def _own_wire(path: Path) -> list[WireRow]:
    result = read_rows(path)
    return [
        (row.number, [value or "" for value in row.values], row.kinds)
        for row in result.rows  # RawRow turns "" into None: undo for the comparison
    ]


def _typed_workbook(path: Path, *, epoch1904: bool = False) -> Path:
    workbook = Workbook()
    if epoch1904:
        workbook.epoch = datetime(1904, 1, 1)
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Titel der Liste"])
    sheet.append([])
    sheet.append(["Text", "Zahl", "Datum", "Zeit", "Dauer", "Wahr", "Formel", "Leer", "Rich"])
    sheet.append(
        [
            "  Öztürk\nzweite Zeile ",
            12500.5,
            date(1985, 3, 12),
            time(13, 45, 10),
            timedelta(hours=30, minutes=5),
            True,
            "=B4*2",
            None,
            CellRichText(["Fett", TextBlock(InlineFont(b=True), " und normal")]),
        ]
    )
    sheet.append(["Иванов", -3, datetime(1990, 1, 31, 10, 30), None, None, False, "=1/0", "", "x"])
    sheet.append([None, 1e-7, datetime(1900, 1, 1), None, None, None, "=SUM(B4:B5)", None, "_x005F_x"])
    sheet.append(["&<>\"'", 10**15, date(2099, 12, 31), None, None, None, None, None, "مرحبا"])
    sheet["E4"].number_format = "[h]:mm:ss"
    sheet["G5"].value = "#DIV/0!"
    sheet["G5"].data_type = "e"
    sheet["J4"] = ArrayFormula("J4:J4", "=SUM(B4:B5)")
    sheet["L9"] = "far out"  # a gap of rows and columns
    sheet["C10"] = 45000
    sheet["C10"].number_format = "dd.mm.yyyy"
    sheet["D10"] = 3_000_000  # a date style on a serial beyond any date
    sheet["D10"].number_format = "dd.mm.yyyy"
    workbook.save(path)
    return path


_SHARED = (
    hostile.XML_DECL + f'<sst xmlns="{MAIN}" xmlns:x="{MAIN}" count="9" uniqueCount="9">'
    "<si><t>plain</t></si>"
    '<si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">bold </t></r><r><t>run</t></r></si>'
    '<si><t>Kanji</t><rPh sb="0" eb="1"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>'
    "<si><t>first</t><t>last</t></si>"
    "<si><t>before<x:b/>after</t></si>"
    "<si><x:t>prefixed</x:t></si>"
    "<si><t><![CDATA[a<b & c]]></t></si>"
    "<si><t/></si>"
    "<si><t>x005F_x000D_ &#x41;&amp;</t></si>"
    "</sst>"
)


def _cell(ref: str | None, body: str, **attrs: str) -> str:
    extra = "".join(f' {key}="{value}"' for key, value in attrs.items())
    r = f' r="{ref}"' if ref else ""
    return f"<c{r}{extra}>{body}</c>"


_ROWS = [
    # shared strings of every shape
    '<row r="1">'
    + "".join(_cell(f"{c}1", f"<v>{i}</v>", t="s") for i, c in enumerate("ABCDEFGHI"))
    + "</row>",
    # cells without references, a cell out of order, a later cell in the same column winning
    '<row r="2">'
    + _cell(None, "<v>1</v>")
    + _cell(None, "<v>2.50</v>")
    + _cell("E2", "<v>3</v>")
    + _cell("B2", "<v>7</v>")
    + _cell(None, "<v>1E3</v>")
    + "</row>",
    # a row without a number follows row 2; then rows out of order (the lower one is dropped)
    "<row>" + _cell("A3", "<v>x</v>", t="str") + "</row>",
    '<row r="6">'
    + _cell("A6", "<v>#N/A</v>", t="e")
    + _cell("B6", "<v>1</v>", t="b")
    + _cell("C6", "<v>2026-01-31T10:15:00</v>", t="d")
    + _cell("D6", "<v>0.5</v>", s="1")
    + "</row>",
    '<row r="5">' + _cell("A5", "<v>dropped</v>", t="str") + "</row>",
    '<row r="6">' + _cell("A6", "<v>again</v>", t="str") + "</row>",
    # formulas: plain, empty, shared (master and dependents), array, data table; inline strings
    '<row r="7">'
    + _cell("A7", "<f>B7*2</f><v>4</v>")
    + _cell("B7", "<f/><v>2</v>")
    + _cell("C7", '<f t="shared" ref="C7:C9" si="0">A7+1</f><v>5</v>')
    + _cell("D7", '<f t="array" ref="D7:D8">SUM(A7:A9)</f>')
    + _cell("E7", '<f t="dataTable" ref="E7:E8" dt2D="0" dtr="0" r1="A1"/>')
    + _cell("F7", "<is><t>inline</t></is>", t="inlineStr")
    + _cell("G7", "<is><r><t>in</t></r><r><t>line</t></r></is><v>ignored</v>", t="inlineStr")
    + _cell("H7", "", t="inlineStr")
    + _cell("I7", "<is/>", t="inlineStr")
    + "</row>",
    '<row r="8">'
    + _cell("C8", '<f t="shared" si="0"/><v>6</v>')
    + _cell("D8", "<v></v>")
    + _cell("E8", "<v>1<x/>2</v>")
    + "<extLst/>"
    + "</row>",
    '<row r="9.0" spans="1:3">'
    + _cell("C9", '<f t="shared" si="0"/>')
    + _cell("A9", "<v>-0.0</v>", s="0")
    + "</row>",
    '<row r="10"></row><row r="11">' + _cell("A11", "", s="1") + "</row>",
    '<row r="12">' + _cell("A12", "<v>3</v>", s="1") + _cell("B12", "<v>99999999</v>", s="1") + "</row>",
]


def _hand_written(path: Path) -> Path:
    sheet = hostile.sheet_xml(_ROWS, dimension="A1:I12")
    return hostile.write_zip(path, hostile.workbook_parts(sheet, _SHARED))


BUILDERS: list[tuple[str, Callable[[Path], Path]]] = [
    ("openpyxl workbook of every type", lambda d: _typed_workbook(d / "typed.xlsx")),
    ("1904 date system", lambda d: _typed_workbook(d / "mac.xlsx", epoch1904=True)),
    ("hand-written parts", lambda d: _hand_written(d / "hand.xlsx")),
    ("the benchmark's list", lambda d: _bench_list(d / "bench.xlsx")),
    ("the hostile tests' control file", hostile.minimal_xlsx),
    ("forged dimension", hostile.forged_dimension),
]


def _bench_list(path: Path) -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    try:
        import import_xlsx  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    import_xlsx.generate(path, 300)
    return path


@pytest.mark.parametrize("builder", [pytest.param(b, id=name) for name, b in BUILDERS])
def test_rows_are_exactly_what_openpyxl_reads(tmp_path: Path, builder: Callable[[Path], Path]) -> None:
    path = builder(tmp_path)

    assert _own_wire(path) == _openpyxl_wire(path)


def test_shared_strings_are_exactly_openpyxls() -> None:
    ours = read_shared_strings(io.BytesIO(_SHARED.encode()))

    assert ours == read_string_table(io.BytesIO(_SHARED.encode()))
    assert ours[:3] == ["plain", "bold run", "Kanji"]  # formatting and phonetic runs are not text


def test_values_are_typed_like_openpyxls(tmp_path: Path) -> None:
    path = _typed_workbook(tmp_path / "typed.xlsx")
    workbook = load_workbook(path, read_only=True)
    try:
        worksheet = workbook.active
        worksheet.reset_dimensions()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            expected = [
                (number, row)
                for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1)
                if row
            ]
        with zipfile.ZipFile(path) as archive, archive.open(worksheet._worksheet_path) as source:
            ours = list(
                iter_sheet_values(
                    source,
                    worksheet._shared_strings,
                    epoch=workbook.epoch,
                    date_formats=workbook._date_formats,
                    timedelta_formats=workbook._timedelta_formats,
                )
            )
    finally:
        workbook.close()

    def plain(rows: list[tuple[int, tuple[object, ...]]]) -> list[object]:
        return [(n, [v if not isinstance(v, ArrayFormula) else v.text for v in row]) for n, row in rows]

    assert plain(ours) == plain(expected)
    assert isinstance(ours[2][1][4], timedelta)  # [h]:mm:ss stays a duration


@pytest.mark.parametrize(
    ("rows", "shared"),
    [
        pytest.param(['<row r="1"><c><is><row/></is></c></row>'], None, id="row in a row"),
        pytest.param([], f'<sst xmlns="{MAIN}"><si><si/></si></sst>', id="shared string in one"),
        pytest.param(['<row r="1.5"/>'], None, id="row number with a fraction"),
        pytest.param(['<row r="1"><c r="1A"><v>1</v></c></row>'], None, id="reference backwards"),
        pytest.param(['<row r="1"><c t="s"><v>7</v></c></row>'], None, id="shared string not there"),
        pytest.param(['<row r="1"><c s="x"><v>1</v></c></row>'], None, id="style not a number"),
    ],
)
def test_structures_no_program_writes_are_refused_as_damaged(
    tmp_path: Path, rows: list[str], shared: str | None
) -> None:
    path = hostile.write_zip(
        tmp_path / "odd.xlsx", hostile.workbook_parts(hostile.sheet_xml(rows, dimension=None), shared)
    )

    with pytest.raises(ValidationError) as caught:
        read_rows(path)

    assert caught.value.code == "import.corrupt"


@pytest.mark.parametrize(
    "payload",
    [
        hostile.BILLION_LAUGHS_DTD + f'<sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>',
        hostile.EXTERNAL_ENTITY_DTD + f'<sst xmlns="{MAIN}"><si><t>&xxe;</t></si></sst>',
        '<!DOCTYPE sst SYSTEM "http://example.org/x.dtd"><sst/>',
    ],
)
def test_the_parser_refuses_document_types_itself(payload: str) -> None:
    with pytest.raises(defusedxml.DefusedXmlException):
        read_shared_strings(io.BytesIO(payload.encode()))
    with pytest.raises(defusedxml.DefusedXmlException):
        list(
            iter_sheet_values(
                io.BytesIO(payload.encode()),
                [],
                epoch=datetime(1899, 12, 30),
                date_formats=set(),
                timedelta_formats=set(),
            )
        )


def test_shared_strings_are_read_as_far_as_the_rows_need_them() -> None:
    many = "".join(f"<si><t>Name {i}</t></si>" for i in range(50_000))
    table = SharedStrings(io.BytesIO(f'<sst xmlns="{MAIN}">{many}</sst>'.encode()))

    assert table[1] == "Name 1"
    assert len(table.strings) < 10_000  # the first row did not wait for the whole table
    assert table[49_999] == "Name 49999"
    assert table[-1] == "Name 49999"
    with pytest.raises(IndexError):
        table[50_000]


def test_a_damaged_table_behind_the_strings_in_use_is_still_refused(tmp_path: Path) -> None:
    filler = "".join(f"<si><t>{'x' * 50} {i}</t></si>" for i in range(5_000))  # beyond the first chunk
    shared = (
        hostile.XML_DECL + f'<sst xmlns="{MAIN}"><si><t>Nachname</t></si>{filler}<si><t>kaputt</si></sst>'
    )
    sheet = hostile.sheet_xml(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>'], dimension=None)
    path = hostile.write_zip(tmp_path / "damaged.xlsx", hostile.workbook_parts(sheet, shared))

    with pytest.raises(ValidationError) as caught:
        read_rows(path)

    assert caught.value.code == "import.corrupt"
