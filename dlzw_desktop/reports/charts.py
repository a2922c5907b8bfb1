"""Charts for PDF reports drawn with reportlab graphics: bars, horizontal bars and lines, in DejaVu.

A chart is built from a ``reports.annual_data.Chart``; values that are ``None`` (no value, or hidden by
disclosure control) are left out, and a note under the chart says so. Labels come from data and are
drawn as plain strings (no markup), shaped for right-to-left scripts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from dlzw_desktop.reports.annual_data import Chart, Unit
from dlzw_desktop.reports.formatting import format_decimal, format_int
from dlzw_desktop.reports.pdf import FONT, FONT_BOLD, register_fonts, visual

PALETTE = (
    colors.HexColor("#0b5d7a"),
    colors.HexColor("#e39b2d"),
    colors.HexColor("#6a9f3a"),
    colors.HexColor("#9b4f96"),
)
_TEXT = colors.HexColor("#333333")

# reportlab validates every attribute set on a graphics object (a debugging aid); the charts here are
# built from our own code only, and the checks cost more than drawing them.
rl_config.shapeChecking = 0


def _nice_step(value: float) -> float:
    """A round step near ``value``: 1, 2, 2.5 or 5 times a power of ten."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0):
        if value <= step * power:
            return step * power
    return 10.0 * power


def _scale(top_value: float, *, whole: bool) -> tuple[float, float]:
    """(maximum, step) of a value axis from 0 with about four round steps; whole numbers for counts."""
    step = _nice_step(max(top_value * 1.05, 1e-9) / 4)
    if whole:
        step = max(1.0, math.ceil(step))
    return step * max(1, math.ceil(top_value * 1.05 / step)), step


def _label(value: float, unit: Unit) -> str:
    if unit is Unit.EUR:
        if value >= 1_000_000:
            return f"{format_decimal(Decimal(str(value)) / 1_000_000, 1)} Mio. €"
        return f"{format_int(round(value))} €"
    if unit is Unit.PERCENT:
        return f"{format_int(round(value))} %"
    if value == int(value):
        return format_int(int(value))
    return format_decimal(Decimal(str(value)), 1)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _series(chart: Chart) -> list[list[float | None]]:
    return [[None if v is None else float(v) for v in values] for _name, values in chart.series]


def _axis(axis: object, data: list[list[float | None]], chart: Chart) -> float:
    """Configure a value axis for ``data`` (and the reference line); returns its maximum."""
    values = [v for row in data for v in row if v is not None]
    top = max(values, default=0.0)
    if chart.reference is not None:
        top = max(top, float(chart.reference))
    maximum, step = _scale(top, whole=chart.unit is Unit.COUNT)
    axis.valueMin = 0  # type: ignore[attr-defined]
    axis.valueMax = maximum  # type: ignore[attr-defined]
    axis.valueStep = step  # type: ignore[attr-defined]
    axis.labelTextFormat = lambda v: _label(v, chart.unit)  # type: ignore[attr-defined]
    axis.visibleGrid = True  # type: ignore[attr-defined]
    axis.gridStrokeColor = colors.HexColor("#dddddd")  # type: ignore[attr-defined]
    _style_axis_labels(axis)
    return maximum


def _legend(chart: Chart, x: float, y: float) -> Legend | None:
    if len(chart.series) < 2:
        return None
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = FONT
    legend.fontSize = 7
    legend.alignment = "right"  # colour swatch first, then the name
    legend.columnMaximum = 1  # one item per column: the items run in one line
    legend.dx = legend.dy = 6
    legend.dxTextSpace = 4
    legend.deltax = 10
    legend.autoXPadding = 14
    legend.variColumn = 1
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], visual(name)) for i, (name, _v) in enumerate(chart.series)
    ]
    return legend


def _title(drawing: Drawing, chart: Chart, width: float, height: float) -> None:
    drawing.add(String(0, height - 10, visual(chart.title), fontName=FONT_BOLD, fontSize=9, fillColor=_TEXT))
    missing = any(v is None for _n, values in chart.series for v in values)
    if missing:
        drawing.add(
            String(
                width,
                height - 20,
                "Fehlende Werte: kein Wert oder geheim gehalten",
                fontName=FONT,
                fontSize=6.5,
                fillColor=colors.grey,
                textAnchor="end",
            )
        )


def _style_axis_labels(axis: object, size: float = 7) -> None:
    labels = axis.labels  # type: ignore[attr-defined]
    labels.fontName = FONT
    labels.fontSize = size
    labels.fillColor = _TEXT


def bar_chart(chart: Chart, width: float = 170 * mm) -> Drawing:
    """Vertical bars, one group per category; many categories get slanted labels."""
    register_fonts()
    data = _series(chart)
    many = len(chart.categories) > 8
    height = 62 * mm if many else 55 * mm
    drawing = Drawing(width, height)
    plot = VerticalBarChart()
    plot.x = 38
    plot.y = 42 if many else 22
    plot.width = width - plot.x - 8
    plot.height = height - plot.y - 30
    plot.data = data
    plot.categoryAxis.categoryNames = [visual(_short(c, 22)) for c in chart.categories]
    _style_axis_labels(plot.categoryAxis, 6.5 if many else 7)
    if many:
        plot.categoryAxis.labels.angle = 35
        plot.categoryAxis.labels.boxAnchor = "ne"
        plot.categoryAxis.labels.dx = 2
        plot.categoryAxis.labels.dy = -2
    top = _axis(plot.valueAxis, data, chart)
    plot.groupSpacing = 6
    plot.barSpacing = 1
    for index in range(len(data)):
        plot.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        plot.bars[index].strokeColor = None
    drawing.add(plot)
    if chart.reference is not None:
        y = plot.y + float(chart.reference) / top * plot.height
        drawing.add(Line(plot.x, y, plot.x + plot.width, y, strokeColor=colors.red, strokeDashArray=[3, 2]))
    legend = _legend(chart, width * 0.55, height - 6)
    if legend is not None:
        drawing.add(legend)
    _title(drawing, chart, width, height)
    return drawing


def hbar_chart(chart: Chart, width: float = 170 * mm) -> Drawing:
    """Horizontal bars: suits long category names (boroughs, sources, targets)."""
    register_fonts()
    data = _series(chart)
    rows = len(chart.categories)
    per_row = 7 + 6 * len(data)
    height = max(40 * mm, rows * per_row + 48)
    drawing = Drawing(width, height)
    plot = HorizontalBarChart()
    plot.x = 150
    plot.y = 18
    plot.width = width - plot.x - 30
    plot.height = height - plot.y - 30
    # reportlab draws the first category, and within it the first series, at the bottom: reverse both so
    # that categories read in table order and series in legend order, top-down.
    plot.data = [list(reversed(row)) for row in reversed(data)]
    plot.categoryAxis.categoryNames = [visual(_short(c, 34)) for c in reversed(chart.categories)]
    _style_axis_labels(plot.categoryAxis)
    top = _axis(plot.valueAxis, data, chart)
    plot.groupSpacing = 4
    plot.barSpacing = 1
    for index in range(len(data)):
        plot.bars[index].fillColor = PALETTE[(len(data) - 1 - index) % len(PALETTE)]
        plot.bars[index].strokeColor = None
    plot.barLabelFormat = lambda v: _label(v, chart.unit)
    plot.barLabels.fontName = FONT
    plot.barLabels.fontSize = 6
    plot.barLabels.boxAnchor = "w"
    plot.barLabels.dx = 2
    drawing.add(plot)
    if chart.reference is not None:
        x = plot.x + float(chart.reference) / top * plot.width
        drawing.add(Line(x, plot.y, x, plot.y + plot.height, strokeColor=colors.red, strokeDashArray=[3, 2]))
        if chart.reference_label:
            drawing.add(
                String(
                    x,
                    plot.y + plot.height + 2,
                    visual(chart.reference_label),
                    fontName=FONT,
                    fontSize=6.5,
                    fillColor=colors.red,
                    textAnchor="middle",
                )
            )
    legend = _legend(chart, width * 0.55, height - 6)
    if legend is not None:
        drawing.add(legend)
    _title(drawing, chart, width, height)
    return drawing


def line_chart(chart: Chart, width: float = 170 * mm) -> Drawing:
    """A line per series over the categories (e.g. calendar quarters), with an optional reference line."""
    register_fonts()
    data = _series(chart)
    height = 62 * mm
    drawing = Drawing(width, height)
    plot = HorizontalLineChart()
    plot.x = 44
    plot.y = 36
    plot.width = width - plot.x - 10
    plot.height = height - plot.y - 30
    plot.data = data
    plot.joinedLines = 1
    plot.categoryAxis.categoryNames = [visual(c) for c in chart.categories]
    _style_axis_labels(plot.categoryAxis, 6.5)
    if len(chart.categories) > 8:
        plot.categoryAxis.labels.angle = 35
        plot.categoryAxis.labels.boxAnchor = "ne"
    top = _axis(plot.valueAxis, data, chart)
    for index in range(len(data)):
        plot.lines[index].strokeColor = PALETTE[index % len(PALETTE)]
        plot.lines[index].strokeWidth = 1.5
    drawing.add(plot)
    if chart.reference is not None:
        y = plot.y + float(chart.reference) / top * plot.height
        drawing.add(Line(plot.x, y, plot.x + plot.width, y, strokeColor=colors.red, strokeDashArray=[3, 2]))
        if chart.reference_label:
            drawing.add(
                String(
                    plot.x + plot.width,
                    y + 2,
                    visual(chart.reference_label),
                    fontName=FONT,
                    fontSize=6.5,
                    fillColor=colors.red,
                    textAnchor="end",
                )
            )
    legend = _legend(chart, width * 0.55, height - 6)
    if legend is not None:
        drawing.add(legend)
    _title(drawing, chart, width, height)
    return drawing


def drawing_for(chart: Chart, width: float = 170 * mm) -> Drawing:
    """The reportlab drawing of ``chart`` by its kind."""
    builders = {"bar": bar_chart, "hbar": hbar_chart, "line": line_chart}
    if chart.kind not in builders:
        raise ValueError(f"unknown chart kind {chart.kind!r}")
    return builders[chart.kind](chart, width)


def has_values(chart: Chart) -> bool:
    """False when there is nothing to draw (every value missing or zero)."""
    return any(v for _name, values in chart.series for v in values)


def categories_fit(categories: Sequence[str]) -> bool:
    return len(categories) <= 40
