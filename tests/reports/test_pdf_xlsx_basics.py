"""The shared report building blocks: escaped text, embedded fonts, safe spreadsheet cells."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from dlzw_desktop.reports.pdf import Letterhead, document, page_decorator, table, text
from dlzw_desktop.reports.xlsx import add_table_sheet

NAMES = ["<b>A&B</b>", "Çağlar Yıldırım", "Łukasz Wróbel", "Мария Иванова", "Zoë Ñúñez", "e\u0301"]


def test_user_text_prints_as_typed_with_all_letters(tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    head = Letterhead("Wirtschaftsförderung Dortmund", "DLZW", "Grüne Straße 2–8", "Telefon 0231")
    pdf = document(path, title="Test")
    story = [text(name) for name in NAMES]
    story.append(table([[n, Decimal("1.00")] for n in NAMES], header=["Name", "Betrag"], right_align=[1]))
    story.append(text('<a href="http://evil.example">klick</a><img src="/etc/passwd"/>'))
    decorate = page_decorator(head, "Test")
    pdf.build(story, onFirstPage=decorate, onLaterPages=decorate)
    reader = PdfReader(path)
    extracted = reader.pages[0].extract_text()
    for name in ("<b>A&B</b>", "Çağlar Yıldırım", "Łukasz Wróbel", "Мария Иванова", "Zoë Ñúñez"):
        assert name in extracted
    assert '<a href="http://evil.example">' in extracted
    page = reader.pages[0]
    assert "/Annots" not in page  # no link was created
    fonts = page["/Resources"]["/Font"]  # type: ignore[index]
    content = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
    used = {str(fonts[name]["/BaseFont"]) for name in re.findall(r"(/F[\w+]+) [\d.]+ Tf", content)}
    assert used and all("DejaVuSans" in name for name in used), used  # reportlab lists Helvetica unused


def test_arabic_names_are_shaped_for_the_pdf() -> None:
    from dlzw_desktop.reports.pdf import visual

    shaped = visual("محمد الحسن")
    assert shaped != "محمد الحسن"  # presentation forms in visual order
    assert visual("Müller") == "Müller"


def test_text_cells_never_become_formulas(tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    hostile = ["=1+1", "+49 231 123", "-5", "@SUM(A1:A2)", "\t=2", "\r=3", "\n=4", '=HYPERLINK("http://x")']
    add_table_sheet(workbook, "Liste", ["Text", "Betrag"], [[h, Decimal("12.50")] for h in hostile])
    path = tmp_path / "t.xlsx"
    workbook.save(path)
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values == hostile
    for row in sheet.iter_rows(min_row=2):
        assert row[0].data_type == "s"
        assert row[1].data_type == "n"
        assert row[1].number_format == '#,##0.00 "€"'
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:B{len(hostile) + 1}"
