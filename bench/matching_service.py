"""Benchmark of the matching *service* path: rows in a database -> PropertyService -> ranked candidates.

Run from the repository root: ``python bench/matching_service.py [--quick]``. Loads the seeded world of
``bench/matching.py`` (10,000 units and 1,000 requests; ``--quick`` 2,000 / 200) into a fresh SQLite
database as real rows (Dortmund districts, two quarters, demand entries), then measures in the same run

(a) ``rank_properties_for`` for one request against every unit (warm: the property matrix is cached
    between calls and rebuilt only when the data changes; target <= 50 ms), and the cold first call,
(b) ``rank_all`` (top 10 for every open request, with labels and sentences) against the inline numpy
    baseline of ``bench/matching.py`` on the same facts (target ratio <= 1.5),
(c) that the service's rankings equal the numpy baseline for every request and the plain-Python
    reference (tests/domain/matching_reference.py) completely, both ways, on a sample.

The last line of output is one JSON object with the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import matching as domain_bench  # bench/matching.py: the numpy baseline  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from dlzw_desktop.db.base import reference_id  # noqa: E402
from dlzw_desktop.db.models import (  # noqa: E402
    Business,
    DemandEntry,
    Person,
    Property,
    Quarter,
    QuarterDistrict,
    SpaceRequest,
)
from dlzw_desktop.domain.enums import PropertyStatus, SpaceRequestStatus  # noqa: E402
from dlzw_desktop.domain.matching import (  # noqa: E402
    DemandProfile,
    EntityId,
    Feature,
    PropertyFacts,
    RequestFacts,
)
from dlzw_desktop.services.registry import Services, open_services  # noqa: E402
from tests.domain import matching_reference as reference  # noqa: E402
from tests.domain.matching_samples import AS_OF, QUARTERS, World, random_world  # noqa: E402

TOP = 10
# The sample world's districts and boroughs, as the real Dortmund areas they stand for.
DISTRICT_NAMES = {
    "d-kaiserbrunnen": "Kaiserbrunnen",
    "d-westfalendamm": "Westfalendamm",
    "d-hoerde": "Hörde",
    "d-benninghofen": "Benninghofen",
    "d-eving": "Eving",
    "d-lindenhorst": "Lindenhorst",
    "d-huckarde": "Huckarde",
    "d-jungferntal": "Jungferntal-Rahm",
}
BOROUGH_NAMES = {
    "b-innenstadt-ost": "Innenstadt-Ost",
    "b-hoerde": "Hörde",
    "b-eving": "Eving",
    "b-huckarde": "Huckarde",
}
QUARTER_IDS = {key: uuid.uuid5(uuid.NAMESPACE_URL, f"bench:{key}") for key in QUARTERS}
OWNER_ID = uuid.uuid5(uuid.NAMESPACE_URL, "bench:owner")
APPLICANT_ID = uuid.uuid5(uuid.NAMESPACE_URL, "bench:applicant")


def _area(key: EntityId) -> uuid.UUID:
    text = str(key)
    if text in DISTRICT_NAMES:
        return reference_id("district", DISTRICT_NAMES[text])
    if text in BOROUGH_NAMES:
        return reference_id("borough", BOROUGH_NAMES[text])
    return QUARTER_IDS[text]


def _row_id(key: EntityId) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"bench:{key}")


def as_stored(world: World) -> World:
    """The world as the database can hold it: UUID ids and areas, quarters by district membership."""
    units = []
    for p in world.properties:
        district = _area(p.district_id) if p.district_id else None
        quarters = frozenset(QUARTER_IDS[q] for q, members in QUARTERS.items() if p.district_id in members)
        units.append(
            replace(
                p,
                property_id=_row_id(p.property_id),
                district_id=district,
                borough_id=_area(p.borough_id) if p.borough_id else None,
                quarter_ids=quarters if district else frozenset(),
            )
        )
    requests = [
        replace(
            r,
            request_id=_row_id(r.request_id),
            preferred_district_ids=frozenset(_area(d) for d in r.preferred_district_ids),
            preferred_borough_ids=frozenset(_area(b) for b in r.preferred_borough_ids),
        )
        for r in world.requests
    ]
    weights = {_area(area): dict(codes) for area, codes in world.profile.weights.items()}
    return World(units, requests, DemandProfile(weights))


def load(services: Services, world: World) -> None:
    """Write the world's rows straight into the database (the timed path starts after this)."""
    with services.context.sessions.begin() as session:
        session.add(Business(id=OWNER_ID, name="Eigentümergemeinschaft Benchmark", founding_planned=False))
        session.add(Person(id=APPLICANT_ID, family_name="Gründerin", given_names="Bench"))
        for key, members in QUARTERS.items():
            session.add(Quarter(id=QUARTER_IDS[key], name=key, base_year=2025))
            for district in members:
                session.add(QuarterDistrict(quarter_id=QUARTER_IDS[key], district_id=_area(district)))
        for area, codes in world.profile.weights.items():
            for code, weight in codes.items():
                is_quarter = area in QUARTER_IDS.values()
                session.add(
                    DemandEntry(
                        district_id=None if is_quarter else area,
                        quarter_id=area if is_quarter else None,
                        sector_id=reference_id("sector", code),
                        weight=Decimal(weight),
                    )
                )
    rows: list[dict[str, Any]] = []
    for p in world.properties:
        rows.append(
            {
                "id": p.property_id,
                "street": f"Teststraße {len(rows) + 1}",
                "district_id": p.district_id,
                "borough_id": p.borough_id,
                "ground_floor": Feature.GROUND_FLOOR in p.features,
                "area_m2": p.area_m2,
                "cold_rent": p.cold_rent,
                "service_charges": p.service_charges,
                "uses": sorted(u.value for u in p.uses),
                "shop_window": Feature.SHOP_WINDOW in p.features,
                "step_free": Feature.STEP_FREE in p.features,
                "extra_features": sorted(
                    f.value
                    for f in p.features
                    if f not in (Feature.GROUND_FLOOR, Feature.SHOP_WINDOW, Feature.STEP_FREE)
                ),
                "condition": p.condition,
                "renovation_cost": p.renovation_cost,
                "vacant_since": p.available_from,
                "owner_business_id": OWNER_ID,
                "owner_consent": p.owner_consent,
                "owner_consent_on": date(2026, 1, 2) if p.owner_consent else None,
                "status": PropertyStatus(p.status),
            }
        )
    requests = [
        {
            "id": r.request_id,
            "person_id": APPLICANT_ID,
            "sector_id": reference_id("sector", r.sector_code) if r.sector_code else None,
            "use": r.use.value,
            "min_area_m2": r.min_area_m2,
            "max_area_m2": r.max_area_m2,
            "max_rent": r.max_rent,
            "preferred_district_ids": sorted(str(d) for d in r.preferred_district_ids),
            "preferred_borough_ids": sorted(str(b) for b in r.preferred_borough_ids),
            "needs_ground_floor": Feature.GROUND_FLOOR in r.must_haves,
            "needs_shop_window": Feature.SHOP_WINDOW in r.must_haves,
            "needs_step_free": Feature.STEP_FREE in r.must_haves,
            "nice_to_haves": sorted(f.value for f in r.nice_to_haves - r.must_haves),
            "earliest_move_in": r.earliest_move_in,
            "status": SpaceRequestStatus.OPEN,
        }
        for r in world.requests
    ]
    with services.context.sessions.begin() as session:
        session.execute(insert(Property), rows)
        session.execute(insert(SpaceRequest), requests)


def _same(got: list[tuple[EntityId, float]], expected: list[tuple[EntityId, float]]) -> bool:
    return [str(g[0]) for g in got] == [str(e[0]) for e in expected] and all(
        abs(g[1] - e[1]) <= 1e-9 for g, e in zip(got, expected, strict=True)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 units and 200 requests")
    parser.add_argument("--seed", type=int, default=20260504)
    args = parser.parse_args(argv)
    n_props, n_reqs = (2_000, 200) if args.quick else (10_000, 1_000)
    repeats = 15 if args.quick else 25
    world = as_stored(random_world(args.seed, n_props, n_reqs))
    folder = Path(tempfile.mkdtemp(prefix="dlzw-bench-"))
    os.environ.setdefault("DLZW_DATA_DIR", str(folder))
    services = open_services(folder / "bench.sqlite3")
    services.users.local_principal("bench")
    started = time.perf_counter()
    load(services, world)
    print(f"{n_props} units, {n_reqs} requests loaded into SQLite in {time.perf_counter() - started:.1f} s")
    service = services.properties

    # (a) one request: the cold call builds the property matrix, warm calls reuse it.
    started = time.perf_counter()
    service.rank_properties_for(uuid.UUID(str(world.requests[0].request_id)), as_of=AS_OF)
    cold_ms = (time.perf_counter() - started) * 1000
    one_ms, counts = [], []
    for i in range(repeats):
        request_id = uuid.UUID(str(world.requests[i % len(world.requests)].request_id))
        started = time.perf_counter()
        ranked = service.rank_properties_for(request_id, as_of=AS_OF)
        one_ms.append((time.perf_counter() - started) * 1000)
        counts.append(len(ranked))
    match_one_ms = statistics.median(one_ms)
    print(
        f"(a) one request through the service: median {match_one_ms:.2f} ms over {repeats} requests "
        f"(median {statistics.median(counts):.0f} units proposed each); cold first call {cold_ms:.0f} ms"
    )

    # (b) all requests through the service against the numpy baseline on the same facts (best of 5).
    matcher_inputs = service.matching_inputs()
    rules, weights = matcher_inputs.settings.rules, matcher_inputs.settings.weights
    columns = domain_bench.baseline_columns(world.properties, rules)
    mine_s, base_s = [], []
    mine: dict[uuid.UUID, Any] = {}
    base: dict[EntityId, Any] = {}
    for _ in range(5):
        started = time.perf_counter()
        mine = service.rank_all(limit=TOP, as_of=AS_OF)
        mine_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        base = domain_bench.numpy_baseline(
            columns, world.requests, world.profile, rules=rules, weights=weights, as_of=AS_OF, limit=TOP
        )
        base_s.append(time.perf_counter() - started)
    service_all_s, numpy_ref_all_s = min(mine_s), min(base_s)
    baseline_identical = all(
        _same(
            [(c.property_id, c.score) for c in mine[uuid.UUID(str(r.request_id))]],
            list(zip(*base[r.request_id], strict=True)),
        )
        for r in world.requests
    )
    print(
        f"(b) all requests through the service: {service_all_s:.3f} s (labels and sentences included), numpy "
        f"baseline {numpy_ref_all_s:.3f} s, same top {TOP}: {baseline_identical}"
    )

    # (c) complete rankings both ways against the plain-Python reference on a sample.
    kwargs: dict[str, Any] = {"as_of": AS_OF, "weights": weights, "rules": rules}
    identical = True
    sample_requests = world.requests[: (10 if args.quick else 12)]
    for request in sample_requests:
        got = service.rank_properties_for(uuid.UUID(str(request.request_id)), as_of=AS_OF)
        expected = reference.rank_properties(request, world.properties, world.profile, **kwargs)
        identical &= _same([(g.property_id, g.score) for g in got], [(e[0], e[1]) for e in expected])
    sample_units: list[PropertyFacts] = world.properties[:: max(1, n_props // 20)]
    open_requests: list[RequestFacts] = world.requests
    for unit in sample_units:
        got = service.rank_requests_for(uuid.UUID(str(unit.property_id)), as_of=AS_OF)
        expected = reference.rank_requests(unit, open_requests, world.profile, **kwargs)
        identical &= _same([(g.request_id, g.score) for g in got], [(e[0], e[1]) for e in expected])
    print(
        f"(c) plain-Python reference: {len(sample_requests)} requests x {n_props} units and "
        f"{len(sample_units)} units x {n_reqs} requests identical: {identical}"
    )
    services.close()
    print(
        json.dumps(
            {
                "properties": n_props,
                "requests": n_reqs,
                "service_cold_first_ms": round(cold_ms, 1),
                "service_match_one_ms": round(match_one_ms, 2),
                "service_match_all_s": round(service_all_s, 3),
                "numpy_ref_all_s": round(numpy_ref_all_s, 3),
                "service_all_ratio": round(service_all_s / numpy_ref_all_s, 3),
                "numpy_ref_identical": baseline_identical,
                "rankings_identical": identical,
            }
        )
    )
    return 0 if identical and baseline_identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
