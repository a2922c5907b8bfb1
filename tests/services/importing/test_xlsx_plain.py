"""The quick reading of plain sheets (``_plain_rows``) gives exactly what the parser gives, and leaves
everything else to the parser: random sheets mixing plain rows with formulas, inline strings, comments,
prefixes, odd attribute orders, out-of-order rows and rows after the sheet data, read in chunks of any
size."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dlzw_desktop.services.importing import xlsx_stream
from dlzw_desktop.services.importing.xlsx_stream import _parsed_rows, _plain_rows, iter_sheet_values

MAIN = xlsx_stream.MAIN_NS
X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"
STRINGS = ["Nachname", "Yılmaz", "Иванов", "محمد", "Nguyễn", "a & b", "", "=SUM(A1)"]
EPOCH = datetime(1899, 12, 30)
DATE_STYLES = {1, 3}
DURATION_STYLES = {3}

# Cells as spreadsheet programs write them (the quick path reads these) ...
PLAIN_CELLS = [
    '<c r="{col}{row}" t="s"><v>{string}</v></c>',
    '<c r="{col}{row}" s="1"><v>45000</v></c>',
    '<c r="{col}{row}" s="3"><v>1.25</v></c>',
    "<c><v>12.5</v></c>",
    "<c><v>-3E-2</v></c>",
    '<c s="1"><v>3000000</v></c>',  # a date style on a serial beyond any date
    '<c t="b"><v>1</v></c>',
    '<c t="str"><v>text</v></c>',
    '<c t="e"><v>#N/A</v></c>',
    '<c t="d"><v>2020-01-31T10:30:00</v></c>',
    '<c r="{col}{row}"/>',
    '<c r="{col}{row}" s="2"></c>',
    "<c><v></v></c>",
    '<c t="inlineStr"/>',
    '<c r="{col}{row}" t="n"><v> 7 </v></c>',
]
# ... and cells the parser reads (the quick path hands the sheet over).
OTHER_CELLS = [
    "<c><f>A1+1</f><v>2</v></c>",
    '<c t="inlineStr"><is><t>inline &amp; text</t></is></c>',
    '<c t="s" r="{col}{row}"><v>0</v></c>',  # attributes in another order
    "<c><v>1</v><v>2</v></c>",
    "<c><v>&#52;2</v></c>",
    '<c r="{col}{row}" xmlns="urn:other"><v>1</v></c>',
    "<c>\n  <v>5</v>\n</c>",
    "<x:c><x:v>9</x:v></x:c>",
    '<c t="s"><v>99</v></c>',  # a shared string that is not there: damaged
    '<c r="{col}0"><v>1</v></c>',  # row 0: damaged
]
ROW_STARTS = [
    '<row r="{row}">',
    "<row>",
    '<row r="{row}" spans="1:14" x14ac:dyDescent="0.25">',
    "<row r='{row}'>",  # single quotes: the parser's
    '<row r="{row}" xmlns="urn:other">',
    '<row r="">',  # damaged
]
SEPARATORS = ["", "\n", "  \n\t", "<!-- comment -->", "junk"]


@st.composite
def sheets(draw: st.DrawFn) -> str:
    plain_only = draw(st.booleans())
    number = 0
    rows = []
    for _ in range(draw(st.integers(0, 12))):
        number = draw(st.sampled_from([number + 1, number + 1, number + 3, max(number - 1, 1)]))
        start = draw(st.sampled_from(ROW_STARTS[:3] if plain_only else ROW_STARTS))
        cells = []
        for index in range(draw(st.integers(0, 6))):
            cell = draw(st.sampled_from(PLAIN_CELLS if plain_only else PLAIN_CELLS + OTHER_CELLS))
            column = draw(st.sampled_from(["ABCDEFG"[index], "B", "AA", "XFD"]))
            string = draw(st.integers(0, len(STRINGS) - 1))
            cells.append(cell.format(col=column, row=number, string=string))
        glue = draw(st.sampled_from(["", "", " ", "\n"]))
        row = start.format(row=number) + glue.join(cells) + "</row>"
        if not cells and draw(st.booleans()):
            row = start.format(row=number)[:-1] + "/>"
        rows.append(row)
        rows.append(draw(st.sampled_from(SEPARATORS[:3] if plain_only else SEPARATORS)))
    declaration = draw(
        st.sampled_from(
            [
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
                "",
                "\ufeff<?xml version='1.0' encoding='utf-8'?>",
                '<?xml version="1.0" encoding="ISO-8859-1"?>',
            ]
        )
    )
    prolog = draw(
        st.sampled_from(
            [
                '<dimension ref="A1:B2"/>',
                "",
                "<!-- made by hand -->",
                '<sheetPr><tabColor rgb="FF0000"/></sheetPr>',
            ]
        )
    )
    after = draw(
        st.sampled_from(
            ["", '<pageMargins left="0.7"/>', '<extLst><row r="999"><c><v>5</v></c></row></extLst>']
        )
    )
    body = "".join(rows)
    sheet_data = f"<sheetData>{body}</sheetData>" if body or draw(st.booleans()) else "<sheetData/>"
    return (
        f'{declaration}<worksheet xmlns="{MAIN}" xmlns:x="{MAIN}" xmlns:x14ac="{X14AC}">'
        f"{prolog}{sheet_data}{after}</worksheet>"
    )


def _outcome(read: Any, document: bytes) -> tuple[str, Any]:
    try:
        rows = list(
            read(
                io.BytesIO(document),
                STRINGS,
                epoch=EPOCH,
                date_formats=DATE_STYLES,
                timedelta_formats=DURATION_STYLES,
            )
        )
    except Exception as exc:
        return "refused", type(exc).__name__
    return "rows", rows


@pytest.mark.parametrize("chunk", [7, 64, 256 * 1024])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sheet=sheets())
def test_every_sheet_reads_as_the_parser_reads_it(
    monkeypatch: pytest.MonkeyPatch, chunk: int, sheet: str
) -> None:
    monkeypatch.setattr(xlsx_stream, "_CHUNK", chunk)
    document = sheet.encode("iso-8859-1" if "ISO-8859-1" in sheet else "utf-8", errors="replace")

    assert _outcome(iter_sheet_values, document) == _outcome(_parsed_rows, document)


def _plain(document: str) -> bool:
    try:
        for _ in _plain_rows(
            io.BytesIO(document.encode()),
            STRINGS,
            epoch=EPOCH,
            date_formats=DATE_STYLES,
            timedelta_formats=DURATION_STYLES,
        ):
            pass
    except xlsx_stream._NotPlain:
        return False
    return True


def test_what_the_quick_path_reads_and_what_it_leaves_to_the_parser() -> None:
    def sheet(rows: str, root: str = f'<worksheet xmlns="{MAIN}">', after: str = "") -> str:
        return (
            f'<?xml version="1.0" encoding="UTF-8"?>\n{root}<sheetData>{rows}</sheetData>{after}</worksheet>'
        )

    excel_row = (
        '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45000</v></c>'
        '<c r="C1"><v>3.5</v></c></row>'
    )
    assert _plain(sheet(excel_row))
    assert _plain(sheet(excel_row + "\n" + excel_row.replace('"1"', '"2"').replace('1"', '2"')))
    assert _plain(sheet("\n" + " " * 40 + excel_row.replace("><c", ">\n    <c") + "\n"))  # pretty-printed
    assert not _plain(sheet('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>'))  # formula
    assert not _plain(sheet(excel_row, after='<extLst><row r="9"/></extLst>'))  # a row after the data
    assert not _plain(
        sheet(excel_row, root=f'<x:worksheet xmlns:x="{MAIN}">').replace("</worksheet>", "</x:worksheet>")
    )
    assert not _plain(
        sheet(excel_row, root='<worksheet xmlns="urn:not-a-sheet">')
    )  # rows of another namespace
    assert not _plain(sheet(excel_row, root=f"<worksheet a=\" xmlns='{MAIN}'\">"))  # no namespace, only text
    assert not _plain(
        sheet(excel_row).replace("<sheetData>", f'<!-- <sheetData> --><sheetData xmlns="{MAIN}">')
    )


def test_a_sheet_left_to_the_parser_late_does_not_give_a_row_twice() -> None:
    plain = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(1, 3000))
    late = '<row r="3000"><c r="A3000"><f>A1*2</f><v>2</v></c></row>'
    document = f'<worksheet xmlns="{MAIN}"><sheetData>{plain}{late}</sheetData></worksheet>'.encode()

    rows = list(
        iter_sheet_values(io.BytesIO(document), [], epoch=EPOCH, date_formats=set(), timedelta_formats=set())
    )

    assert [number for number, _ in rows] == list(range(1, 3001))
    assert rows[-1] == (3000, ("=A1*2",))


PLAIN_STRINGS = [
    "<si><t>Müller</t></si>",
    '<si><t xml:space="preserve"> Anna </t></si>',
    "<si><t>a &amp; b &lt;c&gt; &#x41;&#66; &quot;&apos;</t></si>",
    "<si><t/></si>",
    "<si><t></t></si>",
    "<si><t>zwei\nZeilen\tTab</t></si>",
    "<si><t>_x005F_x000D_ Kanji محمد</t></si>",
]
OTHER_STRINGS = [
    "<si><r><t>bold </t></r><r><t>run</t></r></si>",
    "<si><t>first</t><t>last</t></si>",
    '<si><t>Kanji</t><rPh sb="0" eb="1"><t>x</t></rPh></si>',
    "<si><x:t>prefixed</x:t></si>",
    "<si><t><![CDATA[a<b]]></t></si>",
    "<!-- between -->",
    "<si><si/></si>",  # damaged
]


@st.composite
def tables(draw: st.DrawFn) -> str:
    plain_only = draw(st.booleans())
    items = draw(st.lists(st.sampled_from(PLAIN_STRINGS if plain_only else PLAIN_STRINGS + OTHER_STRINGS)))
    glue = draw(st.sampled_from(["", "\n", " "]))
    root = draw(
        st.sampled_from(
            [
                f'<sst xmlns="{MAIN}" xmlns:x="{MAIN}" count="9" uniqueCount="9">',
                f"<sst xmlns='{MAIN}' xmlns:x='{MAIN}'>",
                f'<sst xmlns:x="{MAIN}" xmlns="urn:other">',
                f'<x:sst xmlns:x="{MAIN}" xmlns="{MAIN}">',
            ]
        )
    )
    end = "</x:sst>" if root.startswith("<x:") else "</sst>"
    declaration = draw(st.sampled_from(['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', ""]))
    if not items and draw(st.booleans()):
        return declaration + root[:-1] + "/>"
    return declaration + root + glue.join(items) + end


def _strings(document: bytes, *, seekable: bool) -> tuple[str, Any]:
    class Unseekable(io.BytesIO):
        def seekable(self) -> bool:
            return False

    try:
        return "strings", xlsx_stream.read_shared_strings(
            io.BytesIO(document) if seekable else Unseekable(document)
        )
    except Exception as exc:
        return "refused", type(exc).__name__


@pytest.mark.parametrize("chunk", [5, 64, 64 * 1024])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=tables())
def test_every_string_table_reads_as_the_parser_reads_it(
    monkeypatch: pytest.MonkeyPatch, chunk: int, table: str
) -> None:
    monkeypatch.setattr(xlsx_stream, "_STRINGS_CHUNK", chunk)
    document = table.encode()

    assert _strings(document, seekable=True) == _strings(document, seekable=False)


def test_a_plain_table_is_read_without_the_parser_and_refilled_when_it_turns_out_otherwise() -> None:
    plain = "".join(f"<si><t>Name {i} &amp; Co</t></si>" for i in range(20_000))
    table = xlsx_stream.SharedStrings(io.BytesIO(f'<sst xmlns="{MAIN}">{plain}</sst>'.encode()))
    assert table[3] == "Name 3 & Co"
    assert table._plain is not None  # still the quick reading

    late = "<si><r><t>rich </t></r><r><t>text</t></r></si>"
    table = xlsx_stream.SharedStrings(io.BytesIO(f'<sst xmlns="{MAIN}">{plain}{late}</sst>'.encode()))
    strings = table.strings
    assert table[3] == "Name 3 & Co"
    assert table[20_000] == "rich text"
    assert table._plain is None
    assert strings is table.strings and len(strings) == 20_001 and strings[19_999] == "Name 19999 & Co"
