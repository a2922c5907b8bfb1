"""Shared PDF building blocks: embedded DejaVu fonts, styles, escaped user text, letterhead, footer.

User text never reaches reportlab's mini-markup unescaped: ``text(...)`` escapes ``<``, ``>`` and ``&``
so that a name like ``<b>A&B</b>`` prints as typed and no link or image can be injected. reportlab draws
glyphs in logical order without shaping, so text with Arabic letters is shaped (arabic-reshaper) and put
into visual order (python-bidi) first; everything else is left as it is.
"""

from __future__ import annotations

import functools
import re
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
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

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


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufeff]")


def _has_rtl(value: str) -> bool:
    return _RTL.search(value) is not None


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


_ZEBRA = colors.HexColor("#f2f6f8")


@functools.lru_cache(maxsize=8192)
def _width(value: str, font: str, size: float) -> float:
    """String width, remembered: report tables repeat many texts (dates, names of lenders, labels)."""
    return float(pdfmetrics.stringWidth(value, font, size))


def _wrapped(plain: str, font: str, size: float, width: float) -> str:
    """``plain`` broken into lines that fit ``width`` (joined with newlines; words longer than a line
    are cut). Quick path: a text that cannot be wider than the column is not measured at all."""
    if len(plain) * size <= width:  # no DejaVu glyph is wider than 1 em
        return plain
    if _width(plain, font, size) <= width:
        return plain
    lines: list[str] = []
    for split_line in simpleSplit(plain, font, size, width):
        # simpleSplit keeps a word longer than the line whole; cut it so it never runs into the next cell
        line = split_line
        while pdfmetrics.stringWidth(line, font, size) > width and len(line) > 1:
            low, high = 1, len(line)
            while low < high:
                middle = (low + high + 1) // 2
                if pdfmetrics.stringWidth(line[:middle], font, size) <= width:
                    low = middle
                else:
                    high = middle - 1
            lines.append(line[:low])
            line = line[low:]
        lines.append(line)
    return "\n".join(lines) or plain


class LineTable(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """A table of plain-string cells drawn line by line on the canvas: fast, splits across pages with the
    header repeated, zebra rows, right-aligned number columns and bold total rows.

    Cells are drawn with ``drawString``, which never interprets markup, so user text needs no escaping
    and cannot create links or images; too long text wraps onto further lines of the same row.
    """

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        col_widths: Sequence[float],
        *,
        right: frozenset[int],
        bold: frozenset[int],
        font_size: float,
        first: int = 0,
        last: int | None = None,
        heights: list[float] | None = None,
    ) -> None:
        super().__init__()
        self._header = list(header)
        self._rows = rows
        self._widths = list(col_widths)
        self._right = right
        self._bold = bold
        self._size = font_size
        self._leading = font_size * 1.3
        self._pad = 2.5
        self._first = first
        self._last = len(rows) if last is None else last
        self._heights = heights if heights is not None else self._row_heights()
        self._head: list[Paragraph] = [
            text(h, "cell_head_right" if i in right else "cell_head") for i, h in enumerate(self._header)
        ]
        self._head_height = 0.0

    def _row_heights(self) -> list[float]:
        return [
            max((cell.count("\n") + 1 for cell in row), default=1) * self._leading + 2 * self._pad
            for row in self._rows
        ]

    def _measure_head(self) -> float:
        heights = [p.wrap(w - 6, 1000)[1] for p, w in zip(self._head, self._widths, strict=False)]
        self._head_height = max(heights, default=0) + 2 * self._pad
        return self._head_height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        body = sum(self._heights[self._first : self._last])
        self.width = sum(self._widths)
        self.height = self._measure_head() + body
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self._measure_head()
        end = self._first
        used = 0.0
        while end < self._last and used + self._heights[end] <= room:
            used += self._heights[end]
            end += 1
        if end == self._first:
            return []  # not even one row fits: move the whole table on
        if end == self._last:
            return [self]
        return [self._part(self._first, end), self._part(end, self._last)]

    def _part(self, first: int, last: int) -> LineTable:
        return LineTable(
            self._header,
            self._rows,
            self._widths,
            right=self._right,
            bold=self._bold,
            font_size=self._size,
            first=first,
            last=last,
            heights=self._heights,
        )

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        x = 0.0
        for paragraph, width in zip(self._head, self._widths, strict=False):
            _w, h = paragraph.wrap(width - 6, 1000)
            paragraph.drawOn(canvas, x + 3, y - self._pad - h)
            x += width
        y -= self._head_height
        canvas.setStrokeColor(BRAND)
        canvas.setLineWidth(0.6)
        canvas.line(0, y, self.width, y)
        lefts = [sum(self._widths[:i]) for i in range(len(self._widths))]
        rights = [left + width - 3 for left, width in zip(lefts, self._widths, strict=False)]
        size, leading, pad = self._size, self._leading, self._pad
        for index in range(self._first, self._last):
            height = self._heights[index]
            if index % 2 == 1:
                canvas.setFillColor(_ZEBRA)
                canvas.rect(0, y - height, self.width, height, stroke=0, fill=1)
            if index in self._bold:
                canvas.setStrokeColor(BRAND)
                canvas.setLineWidth(0.4)
                canvas.line(0, y - 0.2, self.width, y - 0.2)
            y -= height
        # All cells through one text object: far cheaper than a drawString call (a text object) per cell.
        lines = canvas.beginText()
        lines.setFillColor(colors.black)
        current_font = ""
        y = self.height - self._head_height
        for index in range(self._first, self._last):
            row = self._rows[index]
            font = FONT_BOLD if index in self._bold else FONT
            if font != current_font:
                lines.setFont(font, size, leading)
                current_font = font
            baseline = y - pad - size
            for column, cell in enumerate(row):
                if not cell:
                    continue
                for number, line in enumerate(cell.split("\n") if "\n" in cell else (cell,)):
                    if column in self._right:
                        x = rights[column] - _width(line, font, size)
                    else:
                        x = lefts[column] + 3
                    lines.setTextOrigin(x, baseline - number * leading)
                    lines.textOut(line)
            y -= self._heights[index]
        canvas.drawText(lines)


def data_table(
    rows: Sequence[Sequence[object]],
    *,
    header: Sequence[str],
    col_widths: Sequence[float],
    right_align: Sequence[int] = (),
    bold_rows: Sequence[int] = (),
    font_size: float = 8,
) -> list[Flowable]:
    """A table of plain-string cells (see ``LineTable``) for report data of any length.

    Values are drawn as typed (shaped for right-to-left scripts); ``bold_rows`` are row indexes (e.g. a
    total line). Returns a list so that callers can add it to a story with ``+=``.
    """
    register_fonts()
    bold = frozenset(bold_rows)
    right = frozenset(right_align)
    widths = [w - 6 for w in col_widths]
    prepared = [
        [
            _wrapped(_plain(value), FONT_BOLD if index in bold else FONT, font_size, widths[column])
            for column, value in enumerate(row)
        ]
        for index, row in enumerate(rows)
    ]
    return [LineTable(header, prepared, col_widths, right=right, bold=bold, font_size=font_size)]


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
