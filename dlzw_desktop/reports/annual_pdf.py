"""The annual report as PDF: key figures, targets, chapters with tables and charts, notes, appendix.

Built with the shared blocks of ``reports.pdf`` (embedded DejaVu, escaped text, letterhead and page
footer). All text that comes from data goes through ``text`` (escaped) or plain-string table cells, so
names such as ``<a href=…>`` print as typed and cannot create links or images.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from dlzw_desktop.reports.annual_data import AnnualReport, Column, Table, Unit, Value
from dlzw_desktop.reports.charts import drawing_for, has_values
from dlzw_desktop.reports.formatting import format_date, format_decimal, format_value
from dlzw_desktop.reports.pdf import (
    FONT_BOLD,
    MARGIN,
    PAGE_SIZE,
    data_table,
    document,
    page_decorator,
    styles,
    text,
)

logger = logging.getLogger(__name__)

__all__ = ["format_value", "write_annual_pdf"]

CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN


@cache
def _h3() -> ParagraphStyle:
    return ParagraphStyle(
        "h3",
        parent=styles()["body"],
        fontName=FONT_BOLD,
        fontSize=10,
        leading=13,
        spaceBefore=6,
        spaceAfter=3,
    )


def _widths(columns: Sequence[Column]) -> list[float]:
    total = sum(c.width for c in columns)
    return [CONTENT_WIDTH * c.width / total for c in columns]


def _numeric(columns: Sequence[Column]) -> list[int]:
    return [i for i, c in enumerate(columns) if c.unit not in (Unit.TEXT, Unit.DATE)]


def _cells(row: Sequence[Value], columns: Sequence[Column]) -> list[str]:
    return [format_value(value, columns[i].unit) for i, value in enumerate(row)]


def _table_flowables(table: Table) -> list[Flowable]:
    rows = [_cells(row, table.columns) for row in table.rows]
    bold: list[int] = []
    if table.total is not None:
        rows.append(_cells(table.total, table.columns))
        bold.append(len(rows) - 1)
    header = [c.title for c in table.columns]
    parts: list[Flowable] = [Paragraph(_escape(table.title), _h3())]
    if not rows:
        parts.append(text("Keine Einträge im Zeitraum.", "small"))
        return parts
    chunks = data_table(
        rows,
        header=header,
        col_widths=_widths(table.columns),
        right_align=_numeric(table.columns),
        bold_rows=bold,
    )
    parts.extend(chunks)
    for note in table.notes:
        parts.append(Spacer(1, 1.5 * mm))
        parts.append(text(note, "small"))
    return parts


def _escape(value: str) -> str:
    return escape(value)


def _signed(value: Value, unit: Unit, *, points: bool = False) -> str:
    """A change with its sign; ``points``: a change of a percentage, in percentage points."""
    if points and isinstance(value, Decimal):
        formatted = f"{format_decimal(value, 1)} Pkt."
    else:
        formatted = format_value(value, unit)
    if isinstance(value, int | Decimal) and value > 0:
        formatted = f"+{formatted}"
    return formatted


def _table_block(table: Table, opening: Sequence[Flowable] = ()) -> list[Flowable]:
    """A table with its notes and chart, kept on one page when short, led by ``opening`` (a heading).

    reportlab breaks the page before a ``KeepTogether`` nested in another, so blocks are built flat.
    """
    parts = [*opening, *_table_flowables(table)]
    chart: list[Flowable] = []
    if table.chart is not None and has_values(table.chart):
        chart = [Spacer(1, 3 * mm), drawing_for(table.chart, CONTENT_WIDTH)]
    if len(table.rows) > 40:
        return [*parts, *chart, Spacer(1, 4 * mm)]
    if len(table.rows) <= 14:
        return [KeepTogether([*parts, *chart]), Spacer(1, 4 * mm)]
    return [KeepTogether(parts), *([KeepTogether(chart)] if chart else []), Spacer(1, 4 * mm)]


def _key_figure_table(report: AnnualReport) -> list[Flowable]:
    columns = (
        Column("Kennzahl", Unit.TEXT, 64),
        Column(report.period_label, Unit.TEXT, 24),
        Column(report.previous_label, Unit.TEXT, 24),
        Column("Veränderung", Unit.TEXT, 25),
        Column("in %", Unit.TEXT, 17),
    )
    rows = [
        [
            f.label,
            format_value(f.value, f.unit),
            format_value(f.previous, f.unit),
            _signed(f.change, f.unit, points=f.unit is Unit.PERCENT),
            _signed(f.change_percent, Unit.PERCENT),
        ]
        for f in report.key_figures
    ]
    return [
        Paragraph("Kennzahlen im Überblick", styles()["h2"]),
        *data_table(
            rows, header=[c.title for c in columns], col_widths=_widths(columns), right_align=[1, 2, 3, 4]
        ),
    ]


def _target_table(report: AnnualReport) -> list[Flowable]:
    columns = (
        Column("Ziel", Unit.TEXT, 58),
        Column("Zielwert", Unit.TEXT, 24),
        Column("Ist", Unit.TEXT, 24),
        Column("Erreichung", Unit.TEXT, 21),
        Column("Status", Unit.TEXT, 43),
    )
    rows = [
        [
            t.label,
            format_value(t.target, t.unit),
            format_value(t.actual, t.unit),
            format_value(t.attainment_percent, Unit.PERCENT),
            t.status,
        ]
        for t in report.targets
    ]
    flowables: list[Flowable] = [
        Paragraph("Ziele", styles()["h2"]),
        *data_table(
            rows, header=[c.title for c in columns], col_widths=_widths(columns), right_align=[1, 2, 3]
        ),
    ]
    if report.target_chart is not None and has_values(report.target_chart):
        flowables += [Spacer(1, 3 * mm), KeepTogether([drawing_for(report.target_chart, CONTENT_WIDTH)])]
    return flowables


def _front(report: AnnualReport) -> list[Flowable]:
    variant = (
        f"Veröffentlichungsfassung (Geheimhaltung: Fallzahlen unter {report.k} gesperrt)"
        if report.published
        else "Interne Fassung – nicht zur Weitergabe"
    )
    made = f"Erstellt am {format_date(report.generated_on)}"
    if report.generated_by:
        made += f" von {report.generated_by}"
    return [
        text(report.title, "h1"),
        text(f"Berichtszeitraum {report.period_label} · Vergleichszeitraum {report.previous_label}"),
        text(variant),
        text(made, "small"),
        Spacer(1, 4 * mm),
    ]


def write_annual_pdf(report: AnnualReport, path: Path) -> None:
    """Write ``report`` as an A4 PDF to ``path``."""
    pdf = document(
        path,
        title=report.title,
        author=report.letterhead.organisation,
        subject=f"Jahresbericht Mikrofinanzierung, Berichtszeitraum {report.period_label}",
    )
    story: list[Flowable] = [*_front(report), *_key_figure_table(report), Spacer(1, 4 * mm)]
    story += _target_table(report)
    for section in report.sections:
        story.append(CondPageBreak(45 * mm))
        opening: list[Flowable] = [text(section.title, "h2")]
        for paragraph in section.paragraphs:
            opening += [text(paragraph), Spacer(1, 2 * mm)]
        # The heading never stands alone at the foot of a page: it goes with the first table.
        for index, table in enumerate(section.tables):
            story += _table_block(table, opening if index == 0 else ())
        if not section.tables:
            story += opening
        for chart in section.charts:
            if has_values(chart):
                story.append(KeepTogether([drawing_for(chart, CONTENT_WIDTH)]))
    story.append(CondPageBreak(50 * mm))
    story.append(text("Hinweise", "h2"))
    for note in report.notes:
        story.append(text(f"• {note}", "body"))
        story.append(Spacer(1, 1.5 * mm))
    if report.identified is not None:
        story.append(PageBreak())
        story.append(text(report.identified.title, "h2"))
        story += _table_flowables(report.identified)[1:]
    decorate = page_decorator(report.letterhead, report.title)
    pdf.build(story, onFirstPage=decorate, onLaterPages=decorate)
    logger.debug("annual report PDF written: %s", path)
