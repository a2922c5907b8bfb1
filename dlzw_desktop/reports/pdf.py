"""Shared PDF building blocks: embedded DejaVu fonts, styles, escaped user text, letterhead, footer.

User text never reaches reportlab's mini-markup unescaped: ``text(...)`` escapes ``<``, ``>`` and ``&``
so that a name like ``<b>A&B</b>`` prints as typed and no link or image can be injected. reportlab draws
glyphs in logical order without shaping, so text with Arabic letters is shaped (arabic-reshaper) and put
into visual order (python-bidi) first; everything else is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from dlzw_desktop.paths import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_SIZE = A4
MARGIN = 20 * mm
BRAND = colors.HexColor("#0b5d7a")


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The organisation block printed on every document (from the shared settings)."""

    organisation: str
    unit: str
    address: str
    contact: str


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans (wide coverage: Turkish, Polish, Cyrillic, Arabic letters) once per process."""
    fonts: Path = resource("fonts")
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@cache
def styles() -> StyleSheet1:
    register_fonts()
    sheet = StyleSheet1()
    sheet.add(ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5))
    sheet.add(ParagraphStyle("small", parent=sheet["body"], fontSize=8, leading=10, textColor=colors.grey))
    sheet.add(
        ParagraphStyle(
            "h1",
            parent=sheet["body"],
            fontName=FONT_BOLD,
            fontSize=16,
            leading=20,
            spaceAfter=6,
            textColor=BRAND,
        )
    )
    sheet.add(
        ParagraphStyle(
            "h2",
            parent=sheet["body"],
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
            textColor=BRAND,
        )
    )
    sheet.add(ParagraphStyle("cell", parent=sheet["body"], fontSize=8.5, leading=10.5))
    sheet.add(ParagraphStyle("cell_right", parent=sheet["cell"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("cell_head", parent=sheet["cell"], fontName=FONT_BOLD))
    sheet.add(ParagraphStyle("cell_head_right", parent=sheet["cell_head"], alignment=TA_RIGHT))
    return sheet


def _has_rtl(value: str) -> bool:
    return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufeff" for ch in value)


def visual(value: str) -> str:
    """Text as reportlab must draw it: Arabic and Hebrew shaped and in visual order, line by line."""
    if not _has_rtl(value):
        return value
    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in value.split("\n"))


def text(value: object, style: str = "body") -> Paragraph:
    """A paragraph of user or data text, escaped: markup characters print as typed."""
    escaped = escape(visual("" if value is None else str(value))).replace("\n", "<br/>")
    return Paragraph(escaped, styles()[style])


def markup(trusted: str, style: str = "body") -> Paragraph:
    """A paragraph of the application's own markup. Never pass user text here (use ``text``)."""
    return Paragraph(trusted, styles()[style])


def table(
    rows: Sequence[Sequence[object]],
    *,
    header: Sequence[str] | None = None,
    col_widths: Sequence[float] | None = None,
    right_align: Sequence[int] = (),
    zebra: bool = True,
) -> Table:
    """A table of escaped cells; ``right_align`` lists the column indexes of numbers."""
    body: list[list[Paragraph]] = []
    if header is not None:
        body.append([text(h, "cell_head") for h in header])
    for row in rows:
        body.append(
            [text(value, "cell_right" if index in right_align else "cell") for index, value in enumerate(row)]
        )
    result = Table(body, colWidths=col_widths, repeatRows=1 if header is not None else 0)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # reportlab would otherwise select Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, BRAND),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for index in range(1 if header else 0, len(body)):
            if index % 2 == 0:
                commands.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor("#f2f6f8")))
    result.setStyle(TableStyle(commands))
    return result


def _plain(value: object) -> str:
    """Cell text drawn as a plain string: shaped, one line (reportlab interprets no markup in strings)."""
    return (
        visual("" if value is None else str(value)).replace("\r", " ").replace("\n", " ").replace("\t", " ")
    )


def data_table(
    rows: Sequence[Sequence[object]],
    *,
    header: Sequence[str],
    col_widths: Sequence[float],
    right_align: Sequence[int] = (),
    bold_rows: Sequence[int] = (),
    rows_per_chunk: int = 250,
    font_size: float = 8,
) -> list[Table]:
    """A long table as page-sized tables of plain-string cells, each with the header repeated.

    Much faster than ``table`` for many rows: cells are drawn as strings, which reportlab never parses
    as markup, so user text needs no escaping and no link or image can be injected. A cell too wide for
    its column wraps as an escaped paragraph. ``bold_rows`` are row indexes (e.g. a total line).
    """
    register_fonts()
    padding = 6
    right = set(right_align)
    head = [text(h, "cell_head_right" if i in right else "cell_head") for i, h in enumerate(header)]
    bold = set(bold_rows)
    chunks: list[Table] = []
    body_style = styles()["cell"]
    for first in range(0, max(len(rows), 1), rows_per_chunk):
        part = rows[first : first + rows_per_chunk]
        body: list[list[object]] = [list(head)]
        for offset, row in enumerate(part):
            index = first + offset
            cells: list[object] = []
            for column, value in enumerate(row):
                plain = _plain(value)
                font = FONT_BOLD if index in bold else FONT
                if pdfmetrics.stringWidth(plain, font, font_size) > col_widths[column] - padding:
                    style = "cell_right" if column in right else "cell"
                    cells.append(text(value, style))
                else:
                    cells.append(plain)
            body.append(cells)
        table_ = Table(body, colWidths=list(col_widths), repeatRows=1)
        commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 1), (-1, -1), font_size),
            ("LEADING", (0, 1), (-1, -1), body_style.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, BRAND),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for column in right:
            commands.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
        for offset in range(len(part)):
            index = first + offset
            if index % 2 == 1:
                commands.append(("BACKGROUND", (0, offset + 1), (-1, offset + 1), colors.HexColor("#f2f6f8")))
            if index in bold:
                commands.append(("FONTNAME", (0, offset + 1), (-1, offset + 1), FONT_BOLD))
                commands.append(("LINEABOVE", (0, offset + 1), (-1, offset + 1), 0.4, BRAND))
        table_.setStyle(TableStyle(commands))
        chunks.append(table_)
    return chunks


def document(path: Path, *, title: str, author: str = "", subject: str = "") -> SimpleDocTemplate:
    """An A4 document with this application's margins, metadata and DejaVu as the only font."""
    register_fonts()
    return SimpleDocTemplate(
        str(path),
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 6 * mm,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=subject,
        creator="DLZW Desktop",
        initialFontName=FONT,
        initialFontSize=10,
    )


def page_decorator(letterhead: Letterhead, title: str) -> Callable[[Canvas, object], None]:
    """Draws the letterhead line at the top and "title · page n" at the bottom of every page."""

    def draw(canvas: Canvas, document: object) -> None:
        register_fonts()
        width, height = PAGE_SIZE
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.setFillColor(BRAND)
        canvas.drawString(MARGIN, height - 12 * mm, letterhead.organisation)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(MARGIN, height - 16 * mm, letterhead.unit)
        canvas.drawRightString(width - MARGIN, 10 * mm, f"{title} · Seite {canvas.getPageNumber()}")
        canvas.drawString(MARGIN, 10 * mm, letterhead.contact)
        canvas.restoreState()

    return draw
