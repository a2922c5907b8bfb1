"""Exposé of a vacant unit for an applicant (German PDF): key facts, photos and where its borough lies.

The borough map is drawn with reportlab graphics: the imported borough outlines when there are any,
otherwise the schematic tile map of the 12 boroughs; the unit's borough is highlighted. Owner details and
internal notes are never part of an exposé.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from dlzw_desktop.domain.borough_map import TILE_COLUMNS, TILE_LAYOUT, TILE_ROWS, Boundaries
from dlzw_desktop.domain.enums import PropertyCondition, PropertyUse
from dlzw_desktop.domain.matching import FEATURE_LABELS_DE, Feature
from dlzw_desktop.domain.properties import format_area
from dlzw_desktop.reports.formatting import format_date, format_eur
from dlzw_desktop.reports.pdf import (
    BRAND,
    FONT,
    FONT_BOLD,
    Letterhead,
    document,
    markup,
    page_decorator,
    text,
)

logger = logging.getLogger(__name__)

USE_LABELS_DE = {
    PropertyUse.RETAIL: "Einzelhandel",
    PropertyUse.GASTRONOMY: "Gastronomie",
    PropertyUse.OFFICE: "Büro",
    PropertyUse.WORKSHOP: "Werkstatt / Handwerk",
    PropertyUse.CREATIVE: "Kreativwirtschaft",
    PropertyUse.SERVICES: "Dienstleistungen",
    PropertyUse.OTHER: "Sonstige Nutzung",
}
CONDITION_LABELS_DE = {
    PropertyCondition.READY: "bezugsfertig",
    PropertyCondition.MINOR_WORK: "kleinere Arbeiten nötig",
    PropertyCondition.RENOVATION: "renovierungsbedürftig",
    PropertyCondition.MAJOR_RENOVATION: "umfassend sanierungsbedürftig",
}
MAX_PHOTOS = 6
_LIGHT = colors.HexColor("#dfe7eb")
_MAP_SIZE = 68 * mm


@dataclass(frozen=True, slots=True)
class ExposePhoto:
    """A photo file and its caption."""

    path: Path
    caption: str


@dataclass(frozen=True, slots=True)
class ExposeData:
    """Everything the exposé shows; amounts are euros a month."""

    letterhead: Letterhead
    street: str
    postcode: str
    borough_name: str
    district_name: str
    area_m2: Decimal
    rooms: int | None
    ground_floor: bool
    floor_note: str
    cold_rent: Decimal
    service_charges: Decimal
    uses: tuple[PropertyUse, ...]
    features: tuple[Feature, ...]
    condition: PropertyCondition
    renovation_needs: str
    renovation_cost: Decimal | None
    available_from: date | None
    photos: tuple[ExposePhoto, ...]
    boroughs: tuple[str, ...]
    boundaries: Boundaries | None
    made_on: date
    reference: str


def _where(data: ExposeData) -> str:
    borough = f"Stadtbezirk {data.borough_name}" if data.borough_name else ""
    return ", ".join(part for part in (data.district_name, borough) if part)


def _facts(data: ExposeData) -> list[tuple[str, str]]:
    total = data.cold_rent + data.service_charges
    per_m2 = (data.cold_rent / data.area_m2).quantize(Decimal("0.01"), ROUND_HALF_UP)
    floor = "Erdgeschoss" if data.ground_floor else "nicht im Erdgeschoss"
    if data.floor_note:
        floor = f"{floor} ({data.floor_note})"
    features = [FEATURE_LABELS_DE[f] for f in data.features if f is not Feature.GROUND_FLOOR]
    rows = [
        (
            "Adresse",
            f"{data.street}, {data.postcode} Dortmund" if data.postcode else f"{data.street}, Dortmund",
        ),
        ("Lage", _where(data) or "–"),
        ("Fläche", f"{format_area(data.area_m2)} m²"),
        ("Räume", str(data.rooms) if data.rooms is not None else "–"),
        ("Geschoss", floor),
        ("Kaltmiete", f"{format_eur(data.cold_rent)} im Monat ({format_eur(per_m2)} je m²)"),
        ("Nebenkosten", f"{format_eur(data.service_charges)} im Monat"),
        ("Gesamtmiete", f"{format_eur(total)} im Monat"),
        ("Mögliche Nutzung", ", ".join(USE_LABELS_DE[u] for u in data.uses) or "–"),
        ("Ausstattung", ", ".join(features) or "–"),
        ("Zustand", CONDITION_LABELS_DE[data.condition]),
    ]
    if data.renovation_cost:
        rows.append(("Renovierung (geschätzt)", format_eur(data.renovation_cost)))
    rows.append(("Verfügbar ab", format_date(data.available_from) if data.available_from else "sofort"))
    return rows


def _tile_lines(name: str) -> list[str]:
    if name.startswith("Innenstadt-"):
        return ["Innenstadt-", name.removeprefix("Innenstadt-")]
    return [name]


def borough_drawing(
    highlight: str, boroughs: Sequence[str], boundaries: Boundaries | None, size: float = _MAP_SIZE
) -> Drawing:
    """A small map of the 12 boroughs with ``highlight`` filled in the brand colour."""
    drawing = Drawing(size, size)
    if boundaries is not None and boundaries.shapes:
        west, south, east, north = boundaries.bounds()
        squeeze = math.cos(math.radians((south + north) / 2))
        width, height = (east - west) * squeeze, north - south
        label_room = 11.0  # below the outlines, for the borough's name
        scale = min((size - 4) / width, (size - 4 - label_room) / height)
        left = (size - width * scale) / 2
        bottom = label_room + (size - label_room - height * scale) / 2
        for shape in boundaries.shapes:
            fill = BRAND if shape.name == highlight else _LIGHT
            for polygon in shape.polygons:
                outer = polygon[0]
                points: list[float] = []
                for lon, lat in outer:
                    points += [left + (lon - west) * squeeze * scale, bottom + (lat - south) * scale]
                drawing.add(Polygon(points, fillColor=fill, strokeColor=colors.white, strokeWidth=0.5))
        drawing.add(String(2, 2, f"Stadtbezirk {highlight}", fontName=FONT_BOLD, fontSize=7, fillColor=BRAND))
        return drawing
    gap = 1.5
    cell = (size - gap * (TILE_COLUMNS - 1)) / TILE_COLUMNS
    row_height = (size - gap * (TILE_ROWS - 1)) / TILE_ROWS
    for name in boroughs:
        if name not in TILE_LAYOUT:
            continue
        column, row = TILE_LAYOUT[name]
        x = column * (cell + gap)
        y = size - (row + 1) * row_height - row * gap
        selected = name == highlight
        drawing.add(
            Rect(
                x, y, cell, row_height, rx=2, ry=2, fillColor=BRAND if selected else _LIGHT, strokeColor=None
            )
        )
        lines = _tile_lines(name)
        for index, line in enumerate(lines):
            drawing.add(
                String(
                    x + cell / 2,
                    y + row_height / 2 + (len(lines) / 2 - index - 1) * 6 + 1.5,
                    line,
                    fontName=FONT_BOLD if selected else FONT,
                    fontSize=5.2,
                    fillColor=colors.white if selected else colors.HexColor("#37474f"),
                    textAnchor="middle",
                )
            )
    return drawing


def _photo(photo: ExposePhoto, width: float, height: float) -> Flowable | None:
    try:
        reader = ImageReader(str(photo.path))
        pixels_w, pixels_h = reader.getSize()
    except Exception:  # reportlab/Pillow raise many kinds for a damaged file
        logger.warning("photo %s cannot be read; left out of the exposé", photo.path.name, exc_info=True)
        return None
    scale = min(width / pixels_w, height / pixels_h)
    return Image(str(photo.path), width=pixels_w * scale, height=pixels_h * scale)


def _photo_grid(photos: Sequence[ExposePhoto], usable: float) -> list[Flowable]:
    cell_w = (usable - 6 * mm) / 2
    cell_h = 50 * mm
    cells: list[list[object]] = []
    for photo in photos[:MAX_PHOTOS]:
        image = _photo(photo, cell_w, cell_h)
        if image is not None:
            cells.append([image, text(photo.caption, "small")])
    if not cells:
        return [text("Fotos erhalten Sie auf Anfrage.", "body")]
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    grid = Table(
        [[cell for cell in row] + [""] * (2 - len(row)) for row in rows],
        colWidths=[cell_w + 3 * mm, cell_w + 3 * mm],
    )
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [grid]


def write_expose(data: ExposeData, path: Path) -> Path:
    """Write the exposé to ``path`` and return it."""
    title = f"Exposé {data.street}"
    doc = document(
        path, title=title, author=data.letterhead.organisation, subject="Gewerbefläche in Dortmund"
    )
    usable = doc.width
    where = _where(data)
    facts = Table(
        [[text(label, "cell_head"), text(value, "cell")] for label, value in _facts(data)],
        colWidths=[38 * mm, usable - 38 * mm - _MAP_SIZE - 8 * mm],
    )
    facts.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, _LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    map_block = Table(
        [
            [borough_drawing(data.borough_name, data.boroughs, data.boundaries)],
            [text(f"Lage im Stadtgebiet: {where}" if where else "Lage im Stadtgebiet", "small")],
        ],
        colWidths=[_MAP_SIZE + 4 * mm],
    )
    map_block.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    top = Table([[facts, map_block]], colWidths=[usable - _MAP_SIZE - 6 * mm, _MAP_SIZE + 6 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Flowable] = [
        text(f"Exposé: {data.street}", "h1"),
        text(f"Gewerbefläche zur Miete · {where}" if where else "Gewerbefläche zur Miete", "body"),
        Spacer(1, 4 * mm),
        markup("Eckdaten", "h2"),
        top,
    ]
    if data.renovation_needs:
        story += [markup("Zustand und Renovierung", "h2"), text(data.renovation_needs)]
    story += [markup("Fotos", "h2"), *_photo_grid(data.photos, usable)]
    contact = "\n".join(
        part for part in (data.letterhead.unit, data.letterhead.address, data.letterhead.contact) if part
    )
    story.append(
        KeepTogether(
            [
                markup("Ihr Kontakt", "h2"),
                text(contact),
                Spacer(1, 3 * mm),
                text(
                    "Die Eigentümerseite hat der Vermarktung zugestimmt. Alle Angaben nach ihrer Auskunft, "
                    f"ohne Gewähr. Objekt-Nr. {data.reference} · Stand {format_date(data.made_on)}",
                    "small",
                ),
            ]
        )
    )
    decorate = page_decorator(data.letterhead, title)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    logger.info("exposé written to %s", path)
    return path


__all__ = [
    "CONDITION_LABELS_DE",
    "USE_LABELS_DE",
    "ExposeData",
    "ExposePhoto",
    "borough_drawing",
    "write_expose",
]
