"""Seeded random units, requests and demand profiles for the matching tests and the benchmark.

Values come from small sets on purpose: equal areas, rents and places produce exact score ties, and the
sets contain the boundaries of the default tolerances (90/110 m² around 100 m², 1.050 € around 1.000 €).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import TypeVar

from dlzw_desktop.domain.enums import PropertyCondition, PropertyStatus, PropertyUse
from dlzw_desktop.domain.matching import DemandProfile, EntityId, Feature, PropertyFacts, RequestFacts

T = TypeVar("T")

AS_OF = date(2026, 5, 4)

BOROUGHS = ("b-innenstadt-ost", "b-hoerde", "b-eving", "b-huckarde")
# District -> borough; district names for the explanation.
DISTRICTS = {
    "d-kaiserbrunnen": "b-innenstadt-ost",
    "d-westfalendamm": "b-innenstadt-ost",
    "d-hoerde": "b-hoerde",
    "d-benninghofen": "b-hoerde",
    "d-eving": "b-eving",
    "d-lindenhorst": "b-eving",
    "d-huckarde": "b-huckarde",
    "d-jungferntal": "b-huckarde",
}
# Quarters: target areas of one or more districts.
QUARTERS = {"q-hoerde-zentrum": ("d-hoerde",), "q-nordstadt": ("d-eving", "d-lindenhorst", "d-huckarde")}

AREAS = tuple(
    Decimal(x)
    for x in (
        "20",
        "45",
        "60",
        "60.50",
        "80",
        "85",
        "89.99",
        "90",
        "100",
        "110",
        "110.01",
        "150",
        "300",
        "301",
    )
)
RENTS = tuple(
    Decimal(x) for x in ("0", "250", "480", "600", "750.50", "900", "1000", "1050", "1050.01", "1400")
)
CHARGES = tuple(Decimal(x) for x in ("0", "50", "120.25"))
SECTORS = (
    "10.71",
    "10.71.0",
    "10.72",
    "10.7",
    "10",
    "47.24",
    "47.2",
    "47",
    "56.10",
    "56.30",
    "G",
    "C",
    "96.02",
)
SECTOR_LABELS = {
    "10.71": "Bäckerei",
    "47.24": "Konditorei-Laden",
    "56.10": "Restaurant",
    "96.02": "Friseursalon",
}


@dataclass(frozen=True, slots=True)
class World:
    """A random matching problem."""

    properties: list[PropertyFacts]
    requests: list[RequestFacts]
    profile: DemandProfile


def _id(rng: random.Random, prefix: str, number: int) -> EntityId:
    # Mixed id kinds, as the app sees UUIDs and tests or imports see strings.
    if rng.random() < 0.5:
        return uuid.UUID(int=rng.getrandbits(128))
    return f"{prefix}-{number:05d}"


def _subset(rng: random.Random, items: Sequence[T], p: float) -> list[T]:
    return [item for item in items if rng.random() < p]


def random_property(rng: random.Random, number: int) -> PropertyFacts:
    district = rng.choice((*DISTRICTS, None))
    quarters = frozenset(q for q, members in QUARTERS.items() if district in members and rng.random() < 0.8)
    uses = frozenset(_subset(rng, tuple(PropertyUse), 0.35))
    condition = rng.choice(tuple(PropertyCondition))
    cost = rng.choice(
        (None, Decimal(0), Decimal("2500"), Decimal("12000.50"), Decimal("50000"), Decimal("80000"))
    )
    return PropertyFacts(
        property_id=_id(rng, "p", number),
        area_m2=rng.choice(AREAS) if rng.random() < 0.7 else Decimal(rng.randint(1500, 80000)) / 100,
        cold_rent=rng.choice(RENTS),
        service_charges=rng.choice(CHARGES),
        uses=uses or frozenset({PropertyUse.RETAIL}),
        features=frozenset(_subset(rng, tuple(Feature), 0.45)),
        district_id=district,
        borough_id=DISTRICTS[district] if district else rng.choice((*BOROUGHS, None)),
        quarter_ids=quarters,
        condition=condition,
        renovation_cost=cost,
        owner_consent=rng.random() < 0.85,
        status=PropertyStatus.VACANT if rng.random() < 0.85 else rng.choice(tuple(PropertyStatus)),
        available_from=rng.choice((None, None, AS_OF - timedelta(days=400), AS_OF + timedelta(days=90),
                                   AS_OF + timedelta(days=91), AS_OF + timedelta(days=200))),
        district_name=district.removeprefix("d-").title() if district else "",
    )  # fmt: skip


def random_request(rng: random.Random, number: int) -> RequestFacts:
    low = rng.choice((None, Decimal(40), Decimal(60), Decimal(100), Decimal("80.50")))
    high = rng.choice((None, Decimal(100), Decimal(120), Decimal(300)))
    if low is not None and high is not None and low > high:
        low, high = high, low
    sector = rng.choice((*SECTORS, None))
    return RequestFacts(
        request_id=_id(rng, "r", number),
        use=rng.choice(tuple(PropertyUse)) if rng.random() < 0.4 else PropertyUse.RETAIL,
        min_area_m2=low,
        max_area_m2=high,
        max_rent=rng.choice(
            (None, Decimal(0), Decimal(600), Decimal(1000), Decimal("1234.56"), Decimal(2000))
        ),
        preferred_district_ids=frozenset(rng.sample(sorted(DISTRICTS), rng.choice((0, 0, 1, 2)))),
        preferred_borough_ids=frozenset(rng.sample(BOROUGHS, rng.choice((0, 1)))),
        must_haves=frozenset(_subset(rng, tuple(Feature)[:3], 0.2)),
        nice_to_haves=frozenset(_subset(rng, tuple(Feature), 0.3)),
        earliest_move_in=rng.choice((None, AS_OF - timedelta(days=30), AS_OF + timedelta(days=60))),
        sector_code=sector,
        sector_label=SECTOR_LABELS.get(sector or "", ""),
    )


def random_profile(rng: random.Random) -> DemandProfile:
    weights: dict[EntityId, dict[str, Decimal]] = {}
    for area in (*DISTRICTS, *QUARTERS):
        if rng.random() < 0.75:
            codes = rng.sample(SECTORS, rng.randint(1, 4))
            weights[area] = {
                code: rng.choice((Decimal(1), Decimal("0.5"), Decimal(3), Decimal(10))) for code in codes
            }
    return DemandProfile(weights)


def random_world(seed: int, properties: int, requests: int) -> World:
    """A world in which about one unit in six is the twin of an earlier one (same facts, other id)."""
    rng = random.Random(seed)
    units: list[PropertyFacts] = []
    for number in range(properties):
        if units and rng.random() < 0.15:
            units.append(replace(rng.choice(units), property_id=_id(rng, "t", number)))
        else:
            units.append(random_property(rng, number))
    return World(units, [random_request(rng, i) for i in range(requests)], random_profile(rng))
