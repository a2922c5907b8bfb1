"""The exposé PDF: key facts in German, photos, the borough map (tiles or imported outlines)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from dlzw_desktop.domain.borough_map import TILE_LAYOUT, parse_boundaries
from dlzw_desktop.domain.enums import PropertyCondition, PropertyUse
from dlzw_desktop.domain.matching import Feature
from dlzw_desktop.reports.expose_pdf import ExposeData, ExposePhoto, write_expose
from dlzw_desktop.reports.pdf import Letterhead
from tests.services.property_fixtures import borough_geojson, png_photo

LETTERHEAD = Letterhead(
    "Wirtschaftsförderung Dortmund", "DLZW", "Grüne Straße 2–8\n44147 Dortmund", "Tel. 0231 50-0"
)


def data(tmp_path: Path, **changes: object) -> ExposeData:
    values: dict[str, object] = {
        "letterhead": LETTERHEAD,
        "street": "Hermannstraße 44",
        "postcode": "44263",
        "borough_name": "Hörde",
        "district_name": "Hörde",
        "area_m2": Decimal("78.50"),
        "rooms": 2,
        "ground_floor": True,
        "floor_note": "",
        "cold_rent": Decimal("690.00"),
        "service_charges": Decimal("130.00"),
        "uses": (PropertyUse.RETAIL, PropertyUse.GASTRONOMY),
        "features": (Feature.GROUND_FLOOR, Feature.SHOP_WINDOW, Feature.STEP_FREE),
        "condition": PropertyCondition.MINOR_WORK,
        "renovation_needs": "Malerarbeiten, Bodenbelag im Verkaufsraum",
        "renovation_cost": Decimal("4500.00"),
        "available_from": None,
        "photos": (ExposePhoto(png_photo(tmp_path / "front.png"), "Ansicht von der Hermannstraße"),),
        "boroughs": tuple(TILE_LAYOUT),
        "boundaries": None,
        "made_on": date(2026, 5, 4),
        "reference": "AB12CD34",
    }
    values.update(changes)
    return ExposeData(**values)  # type: ignore[arg-type]


def text_of(path: Path) -> str:
    """The PDF's text with line breaks and non-breaking spaces as plain spaces (cells wrap)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_key_facts_are_german_and_complete(tmp_path: Path) -> None:
    content = text_of(write_expose(data(tmp_path), tmp_path / "expose.pdf"))
    for expected in (
        "Exposé: Hermannstraße 44",
        "Hermannstraße 44, 44263 Dortmund",
        "Hörde, Stadtbezirk Hörde",
        "78,5 m²",
        "690,00 € im Monat (8,79 € je m²)",
        "130,00 € im Monat",
        "820,00 € im Monat",
        "Einzelhandel, Gastronomie",
        "Schaufenster, stufenloser Zugang",
        "kleinere Arbeiten nötig",
        "4.500,00 €",
        "sofort",
        "Malerarbeiten, Bodenbelag im Verkaufsraum",
        "Ansicht von der Hermannstraße",
        "Objekt-Nr. AB12CD34 · Stand 04.05.2026",
    ):
        assert expected in content, expected


def test_the_tile_map_names_all_boroughs_and_photos_are_embedded(tmp_path: Path) -> None:
    path = write_expose(data(tmp_path), tmp_path / "expose.pdf")
    content = text_of(path)
    for name in ("Mengede", "Scharnhorst", "Lütgendortmund", "Aplerbeck", "Hombruch"):
        assert name in content
    assert sum(len(page.images) for page in PdfReader(str(path)).pages) == 1


def test_imported_outlines_replace_the_tiles(tmp_path: Path) -> None:
    boundaries = parse_boundaries(
        json.dumps(borough_geojson()).encode(),
        name="b.geojson",
        boroughs=list(TILE_LAYOUT),
        district_boroughs={},
    )
    content = text_of(write_expose(data(tmp_path, boundaries=boundaries), tmp_path / "expose.pdf"))
    assert "Stadtbezirk Hörde" in content
    assert "Scharnhorst" not in content


def test_without_usable_photos_the_applicant_is_told_to_ask(tmp_path: Path) -> None:
    broken = tmp_path / "kaputt.jpg"
    broken.write_bytes(b"\xff\xd8\xff not really a jpeg")
    path = write_expose(data(tmp_path, photos=(ExposePhoto(broken, "kaputt"),)), tmp_path / "expose.pdf")
    assert "Fotos erhalten Sie auf Anfrage." in text_of(path)
    assert sum(len(page.images) for page in PdfReader(str(path)).pages) == 0


def test_user_text_prints_as_typed(tmp_path: Path) -> None:
    content = text_of(write_expose(data(tmp_path, street="<b>Alt & Neu</b> 1"), tmp_path / "expose.pdf"))
    assert "<b>Alt & Neu</b> 1" in content
