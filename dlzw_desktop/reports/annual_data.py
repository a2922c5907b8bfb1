"""The annual report as plain data: what the service computed and both builders (PDF, XLSX) print.

A cell value is an ``int`` (counts, heads), a ``Decimal`` (euros, hours, FTE, days, percent), a ``str``,
a ``date``, ``None`` (no value, printed "–") or ``SUPPRESSED`` (hidden by disclosure control in the
published variant, printed "."). The builders never compute figures; they only format them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from dlzw_desktop.domain.disclosure import SUPPRESSED_MARKER

if TYPE_CHECKING:  # reportlab is loaded only when a report is actually built
    from dlzw_desktop.reports.pdf import Letterhead


class _Suppressed:
    """Marker of a cell hidden by disclosure control (one instance: ``SUPPRESSED``)."""

    _instance: _Suppressed | None = None

    def __new__(cls) -> _Suppressed:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "SUPPRESSED"

    def __str__(self) -> str:
        return SUPPRESSED_MARKER


SUPPRESSED: Final = _Suppressed()

Value = int | Decimal | str | date | _Suppressed | None


class Unit(StrEnum):
    """How a value is formatted (and which number format its spreadsheet cell gets)."""

    COUNT = "count"
    EUR = "eur"
    HOURS = "hours"
    DAYS = "days"
    FTE = "fte"
    PERCENT = "percent"  # in percent: 66.7 means 66,7 %
    TEXT = "text"
    DATE = "date"


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: heading, unit of its values and its width in the spreadsheet (characters)."""

    title: str
    unit: Unit
    width: int = 16


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart drawn in the PDF from the same numbers as a table (``None`` values are left out).

    ``kind`` is ``"bar"`` (vertical bars), ``"hbar"`` (horizontal bars) or ``"line"``; every series has
    one value per category. ``reference`` draws a horizontal line (e.g. the 110 of the LWSI target).
    """

    kind: str
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int | Decimal | None, ...]], ...]
    unit: Unit = Unit.COUNT
    reference: Decimal | None = None
    reference_label: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    """A table of the report: one PDF table and one workbook sheet (``sheet`` names it, <= 31 chars)."""

    sheet: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    total: tuple[Value, ...] | None = None
    notes: tuple[str, ...] = ()
    chart: Chart | None = None


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A headline figure with its value in the comparison period and the change."""

    key: str
    label: str
    unit: Unit
    value: Value
    previous: Value
    change: Value
    change_percent: Value


@dataclass(frozen=True, slots=True)
class TargetRow:
    """A target, the actual figure and whether it is met (``status`` is German text)."""

    label: str
    unit: Unit
    target: Value
    actual: Value
    attainment_percent: Value
    status: str
    met: bool | None


@dataclass(frozen=True, slots=True)
class Section:
    """A chapter of the PDF: text, tables (each with an optional chart)."""

    title: str
    paragraphs: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()


@dataclass(slots=True)
class CaseSheet:
    """The anonymised case data, streamed row by row into the workbook (consumed once).

    ``rows`` yields one tuple per case, in the order of ``columns``; ``count`` is known beforehand so that
    progress can be reported.
    """

    columns: tuple[Column, ...]
    rows: Iterator[tuple[Value, ...]]
    count: int


@dataclass(frozen=True, slots=True)
class AnnualReport:
    """Everything the annual report prints, in print order."""

    title: str
    period_label: str
    previous_label: str
    letterhead: Letterhead
    generated_on: date
    generated_by: str | None
    published: bool
    k: int | None
    key_figures: tuple[KeyFigure, ...]
    targets: tuple[TargetRow, ...]
    target_chart: Chart | None
    sections: tuple[Section, ...]
    notes: tuple[str, ...]
    identified: Table | None = None
    case_sheet: CaseSheet | None = field(default=None, compare=False)
