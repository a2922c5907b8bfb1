"""Builders shared by the property tests: owners, units, requests, a case and a synthetic borough map."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from dlzw_desktop.db.base import reference_id
from dlzw_desktop.db.models import Business, Case, Quarter, QuarterDistrict
from dlzw_desktop.domain.borough_map import TILE_LAYOUT
from dlzw_desktop.domain.dates import today_berlin, utc_now
from dlzw_desktop.domain.enums import PropertyUse
from dlzw_desktop.domain.matching import Feature
from dlzw_desktop.services.property_rows import (
    OwnerDraft,
    PartyKind,
    PartyRef,
    PropertyDraft,
    PropertyRow,
    SpaceRequestDraft,
    SpaceRequestRow,
)
from dlzw_desktop.services.registry import Services

HOERDE = reference_id("district", "Hörde")
BENNINGHOFEN = reference_id("district", "Benninghofen")
NORDMARKT = reference_id("district", "Nordmarkt")
BOROUGH_HOERDE = reference_id("borough", "Hörde")
BOROUGH_NORD = reference_id("borough", "Innenstadt-Nord")
BAKERY_SHOP = reference_id("sector", "47.24")
HAIRDRESSER = reference_id("sector", "96.02")
CONSENT_DAY = date(2026, 1, 10)


def owner(services: Services, name: str = "Hausverwaltung Ruhr GmbH") -> PartyRef:
    return services.properties.create_owner(OwnerDraft(PartyKind.BUSINESS, name)).ref


def founder(services: Services, family: str = "Yılmaz", given: str = "Ayşe") -> PartyRef:
    return services.properties.create_owner(OwnerDraft(PartyKind.PERSON, family, given)).ref


def unit_draft(owner_ref: PartyRef | None, **changes: Any) -> PropertyDraft:
    values: dict[str, Any] = {
        "street": "Hörder Bahnhofstraße 12",
        "postcode": "44263",
        "district_id": HOERDE,
        "area_m2": Decimal("85"),
        "cold_rent": Decimal("850.00"),
        "service_charges": Decimal("150.00"),
        "uses": frozenset({PropertyUse.RETAIL, PropertyUse.SERVICES}),
        "shop_window": True,
        "step_free": True,
        "owner": owner_ref,
        "owner_consent": owner_ref is not None,
        "owner_consent_on": CONSENT_DAY if owner_ref is not None else None,
        "vacant_since": date(2025, 6, 1),
        "vacancy_reason": "Vormieter (Schuhgeschäft) aufgegeben",
    }
    values.update(changes)
    return PropertyDraft(**values)


def add_unit(services: Services, owner_ref: PartyRef | None, **changes: Any) -> PropertyRow:
    return services.properties.create_property(unit_draft(owner_ref, **changes))


def request_draft(applicant: PartyRef, **changes: Any) -> SpaceRequestDraft:
    values: dict[str, Any] = {
        "applicant": applicant,
        "use": PropertyUse.RETAIL,
        "sector_id": BAKERY_SHOP,
        "min_area_m2": Decimal(60),
        "max_area_m2": Decimal(100),
        "max_rent": Decimal("1100.00"),
        "preferred_district_ids": frozenset({HOERDE}),
        "must_haves": frozenset({Feature.GROUND_FLOOR}),
        "earliest_move_in": today_berlin() + timedelta(days=30),
    }
    values.update(changes)
    return SpaceRequestDraft(**values)


def add_request(services: Services, applicant: PartyRef, **changes: Any) -> SpaceRequestRow:
    return services.properties.create_request(request_draft(applicant, **changes))


def add_case(services: Services, borough_name: str, *, number: str = "MK-2026-0001") -> uuid.UUID:
    """A business in ``borough_name`` with an open case (written directly: no case service here)."""
    with services.context.sessions.begin() as session:
        business = Business(name=f"Gründung {number}", borough_id=reference_id("borough", borough_name))
        session.add(business)
        session.flush()
        case = Case(number=number, business_id=business.id, stage_since=utc_now(), opened_on=date(2026, 2, 1))
        session.add(case)
        session.flush()
        return case.id


def add_quarter(services: Services, name: str, district_ids: list[uuid.UUID]) -> uuid.UUID:
    """A target quarter of districts (written directly: the quarter service belongs to issue 10)."""
    with services.context.sessions.begin() as session:
        quarter = Quarter(name=name, base_year=2025)
        session.add(quarter)
        session.flush()
        for district_id in district_ids:
            session.add(QuarterDistrict(quarter_id=quarter.id, district_id=district_id))
        return quarter.id


def borough_geojson(
    *, shift: tuple[float, float] = (0.0, 0.0), names: list[str] | None = None
) -> dict[str, Any]:
    """Squares around Dortmund arranged like the tile map: a stand-in for the city's boundary file."""
    features = []
    for name in names if names is not None else list(TILE_LAYOUT):
        column, row = TILE_LAYOUT[name]
        west, north = 7.33 + column * 0.085 + shift[0], 51.60 - row * 0.055 + shift[1]
        ring = [
            [west, north],
            [west + 0.08, north],
            [west + 0.08, north - 0.05],
            [west, north - 0.05],
            [west, north],
        ]
        features.append(
            {
                "type": "Feature",
                "properties": {"BEZEICHNUNG": f"Stadtbezirk {name}", "NR": str(column + row)},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def png_photo(path: Path, colour: tuple[int, int, int] = (30, 120, 160)) -> Path:
    """A small PNG photo (Pillow ships with reportlab)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (320, 200), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 60, 280, 190), fill=(240, 240, 230))
    draw.rectangle((70, 90, 150, 190), fill=(120, 80, 40))
    image.save(path)
    return path
