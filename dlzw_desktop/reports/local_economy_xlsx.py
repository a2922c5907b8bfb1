"""The local economy picture of a quarter as XLSX (German): figures next to the city, sources and years."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from dlzw_desktop.domain.neighbourhood import ReferenceFigure, language_name_de
from dlzw_desktop.reports.formatting import format_date
from dlzw_desktop.reports.xlsx import DECIMAL_FORMAT, INT_FORMAT, add_table_sheet

logger = logging.getLogger(__name__)

REFERENCE_LABELS_DE = {
    "population": "Einwohner/innen",
    "population_migrant_share": "Anteil Einwohner/innen mit Migrationshintergrund (%)",
    "supported_per_1000_residents": "Geförderte Unternehmen je 1.000 Einwohner/innen",
    "businesses": "Gewerbebetriebe (Bestand)",
    "supported_per_100_businesses": "Geförderte Unternehmen je 100 Gewerbebetriebe",
    "business_registrations": "Gewerbeanmeldungen",
    "vacant_units": "Gewerbeleerstände laut Statistik",
}


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure of the quarter next to the city's (``None``: not available)."""

    label: str
    quarter: int | Decimal | None
    city: int | Decimal | None


@dataclass(frozen=True, slots=True)
class SectionLine:
    """Supported businesses of a WZ section with shares in percent."""

    section: str
    name: str
    quarter: int
    quarter_percent: Decimal | None
    city: int
    city_percent: Decimal | None


@dataclass(frozen=True, slots=True)
class LanguageLine:
    """A language advice was given in."""

    code: str
    consultations: int
    city_consultations: int
    people: int


@dataclass(frozen=True, slots=True)
class PictureDocument:
    """Everything the export holds."""

    quarter: str
    districts: str
    base_year: int
    as_of: date
    overview: tuple[Figure, ...]
    sections: tuple[SectionLine, ...]
    languages: tuple[LanguageLine, ...]
    references: tuple[ReferenceFigure, ...]


def _number_format(value: int | Decimal | None) -> str | None:
    if isinstance(value, Decimal):
        return DECIMAL_FORMAT
    if isinstance(value, int):
        return INT_FORMAT
    return None


def write_picture(path: Path, document: PictureDocument) -> Path:
    workbook = Workbook(write_only=True)
    add_table_sheet(
        workbook,
        "Überblick",
        ["Kennzahl", f"Quartier {document.quarter}", "Stadt Dortmund gesamt"],
        [
            [f.label, f.quarter if f.quarter is not None else "–", f.city if f.city is not None else "–"]
            for f in document.overview
        ],
        formats=None,
        widths=[52, 24, 24],
    )
    add_table_sheet(
        workbook,
        "Branchen (WZ-Abschnitte)",
        ["Abschnitt", "Bezeichnung", "Quartier", "Quartier (%)", "Stadt", "Stadt (%)"],
        [
            [s.section, s.name, s.quarter, s.quarter_percent, s.city, s.city_percent]
            for s in document.sections
        ],
        formats=[None, None, INT_FORMAT, DECIMAL_FORMAT, INT_FORMAT, DECIMAL_FORMAT],
        widths=[10, 60, 12, 14, 12, 14],
    )
    add_table_sheet(
        workbook,
        "Beratungssprachen",
        ["Sprache", "Code", "Beratungen im Quartier", "Beratungen in der Stadt", "Gründer/innen im Quartier"],
        [
            [
                language_name_de(line.code) if line.code else "keine Angabe",
                line.code,
                line.consultations,
                line.city_consultations,
                line.people,
            ]
            for line in document.languages
        ],
        widths=[22, 8, 22, 22, 24],
    )
    add_table_sheet(
        workbook,
        "Vergleichswerte Statistik",
        ["Kennzahl", "Quartier", "Stadt Dortmund", "Bezugsjahr", "Quelle"],
        [
            [
                REFERENCE_LABELS_DE.get(r.key, r.key),
                r.quarter_value if r.quarter_value is not None else "–",
                r.city_value if r.city_value is not None else "–",
                r.year,
                r.source,
            ]
            for r in document.references
        ],
        formats=[None, DECIMAL_FORMAT, DECIMAL_FORMAT, "0", None],
        widths=[48, 16, 18, 12, 60],
    )
    add_table_sheet(
        workbook,
        "Hinweise",
        ["Angabe", "Wert"],
        [
            ("Quartier", document.quarter),
            ("Statistische Bezirke", document.districts),
            ("Basisjahr", str(document.base_year)),
            ("Stand", format_date(document.as_of)),
            ("Geförderte Unternehmen", "Unternehmen mit mindestens einem Mikrokredit-Fall bei DLZW."),
            (
                "Migrantisch geführt",
                "Freiwillige Angabe der Gründer/innen: ja, wenn mindestens eine Person „ja“ angegeben hat; "
                "nein nur, wenn alle „nein“ angegeben haben; sonst „keine Angabe“. Der Anteil bezieht sich "
                "nur auf die Angaben; „keine Angabe“ wird gesondert gezählt und nie geschätzt.",
            ),
            (
                "Vergleichswerte",
                "Aus importierten Bezirksstatistiken; je Kennzahl das jüngste Jahr, für das alle Bezirke des "
                "Quartiers einen Wert haben. Fehlt ein Wert, wird keine Zahl gebildet („–“).",
            ),
        ],
        widths=[28, 100],
    )
    workbook.save(path)
    logger.info("local economy picture written to %s", path)
    return path
