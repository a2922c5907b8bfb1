"""Benchmark of the property matching: one request, all requests against a plain numpy baseline, agreement.

Run from the repository root: ``python bench/matching.py [--quick]``. Generates seeded units and requests
(10,000 / 1,000; ``--quick`` 2,000 / 200) and measures

(a) one request against all units (full ranking with explanations; median of repeats, target <= 50 ms),
(b) all requests (top 10 each) with ``Matcher.rank_all`` against a plain numpy baseline written inline
    below that does the same arithmetic the most direct vectorised way (target ratio <= 1.5),
(c) that the rankings equal the plain-Python reference (tests/domain/matching_reference.py) on a sample.

The last line of output is one JSON object with the numbers.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dlzw_desktop.domain.enums import PropertyCondition, PropertyStatus, PropertyUse
from dlzw_desktop.domain.matching import (
    DemandProfile,
    EntityId,
    Feature,
    Matcher,
    MatchingRules,
    MatchingWeights,
    PropertyFacts,
    PropertyMatrix,
    RequestFacts,
    wz_path,
)
from tests.domain import matching_reference as reference
from tests.domain.matching_samples import AS_OF, random_world

TOP = 10
Ranking = tuple[list[EntityId], list[float]]


def baseline_columns(properties: Sequence[PropertyFacts], rules: MatchingRules) -> dict[str, Any]:
    """The baseline's unit columns (built once, untimed, like the reusable PropertyMatrix)."""
    centi = Decimal("0.01")
    uses = list(PropertyUse)
    features = list(Feature)
    conditions = list(PropertyCondition)
    n = len(properties)
    area_c = np.array([int(p.area_m2.quantize(centi, ROUND_HALF_UP) * 100) for p in properties])
    area = area_c / 100.0
    cents = [p.cold_rent.quantize(centi, ROUND_HALF_UP) + p.service_charges.quantize(centi, ROUND_HALF_UP)
             for p in properties]  # fmt: skip
    rent_c = np.array([int(c * 100) for c in cents])
    rent = rent_c / 100.0
    use_m = np.array([sum(1 << uses.index(u) for u in p.uses) for p in properties])
    feat_m = np.array([sum(1 << features.index(f) for f in p.features) for p in properties])
    listable = np.array([p.owner_consent and p.status == PropertyStatus.VACANT for p in properties])
    avail = np.array([p.available_from.toordinal() if p.available_from else 0 for p in properties])
    cond_scores = [
        rules.condition_ready, rules.condition_minor_work, rules.condition_renovation,
        rules.condition_major_renovation,
    ]  # fmt: skip
    cond = np.array([cond_scores[conditions.index(p.condition)] for p in properties])
    has_cost = np.array([p.renovation_cost is not None for p in properties])
    cost = np.array(
        [
            float(p.renovation_cost.quantize(centi, ROUND_HALF_UP)) if p.renovation_cost is not None else 0.0
            for p in properties
        ]
    )
    renovation = cond * np.where(
        has_cost, np.maximum(0.0, 1.0 - cost / float(rules.renovation_cost_ceiling)), 1.0
    )
    district = np.array([str(p.district_id) if p.district_id else "" for p in properties])
    borough = np.array([str(p.borough_id) if p.borough_id else "" for p in properties])
    area_names = sorted(
        {str(a) for p in properties for a in ([p.district_id] if p.district_id else []) + list(p.quarter_ids)}
    )
    area_pos = {name: i for i, name in enumerate(area_names)}
    width = 1 + max(len(p.quarter_ids) for p in properties)
    area_idx = np.full((n, width), len(area_names))
    for row, p in enumerate(properties):
        for col, a in enumerate(([p.district_id] if p.district_id else []) + list(p.quarter_ids)):
            area_idx[row, col] = area_pos[str(a)]
    id_rank = np.argsort(np.argsort(np.array([str(p.property_id) for p in properties]), kind="stable"))
    popcount = np.array([bin(i).count("1") for i in range(1 << len(features))])
    return {
        "properties": properties, "n": n, "area_c": area_c, "area": area, "rent_c": rent_c, "rent": rent,
        "use_m": use_m, "feat_m": feat_m, "listable": listable, "avail": avail, "renovation": renovation,
        "district": district, "borough": borough, "area_pos": area_pos, "area_idx": area_idx,
        "id_rank": id_rank, "popcount": popcount,
    }  # fmt: skip


def numpy_baseline(
    columns: dict[str, Any],
    requests: Sequence[RequestFacts],
    profile: DemandProfile,
    *,
    rules: MatchingRules,
    weights: MatchingWeights,
    as_of: date,
    limit: int,
) -> dict[EntityId, Ranking]:
    """The same filters and score, written straight down: every part over every unit, then mask and sort."""
    centi = Decimal("0.01")
    uses = list(PropertyUse)
    features = list(Feature)
    properties, n = columns["properties"], columns["n"]
    area_c, area, rent_c, rent = columns["area_c"], columns["area"], columns["rent_c"], columns["rent"]
    use_m, feat_m, listable, avail = (
        columns["use_m"],
        columns["feat_m"],
        columns["listable"],
        columns["avail"],
    )
    renovation, district, borough = columns["renovation"], columns["district"], columns["borough"]
    area_pos, area_idx, id_rank, popcount = (
        columns["area_pos"],
        columns["area_idx"],
        columns["id_rank"],
        columns["popcount"],
    )
    edge, at_max = rules.size_score_at_edge, rules.rent_score_at_max
    area_tol, rent_tol = float(rules.area_tolerance), float(rules.rent_tolerance)
    comfort = 1.0 - rules.rent_comfort_share
    result: dict[EntityId, Ranking] = {}
    for r in requests:
        mn = r.min_area_m2.quantize(centi, ROUND_HALF_UP) if r.min_area_m2 is not None else None
        mx = r.max_area_m2.quantize(centi, ROUND_HALF_UP) if r.max_area_m2 is not None else None
        lo = (
            int((mn * (1 - rules.area_tolerance) * 100).to_integral_value(ROUND_CEILING))
            if mn is not None
            else 0
        )
        hi = (
            int((mx * (1 + rules.area_tolerance) * 100).to_integral_value(ROUND_FLOOR))
            if mx is not None
            else 2**62
        )
        mr = r.max_rent.quantize(centi, ROUND_HALF_UP) if r.max_rent is not None else None
        rl = (
            int((mr * (1 + rules.rent_tolerance) * 100).to_integral_value(ROUND_FLOOR))
            if mr is not None
            else 2**62
        )
        must = sum(1 << features.index(f) for f in r.must_haves)
        nice_set = r.nice_to_haves - r.must_haves
        nice = sum(1 << features.index(f) for f in nice_set)
        move_in = (
            max(r.earliest_move_in or as_of, as_of) + timedelta(days=rules.move_in_grace_days)
        ).toordinal()
        ok = (
            listable
            & ((use_m & (1 << uses.index(r.use))) != 0)
            & (area_c >= lo)
            & (area_c <= hi)
            & (rent_c <= rl)
            & (avail <= move_in)
            & ((feat_m & must) == must)
        )
        with np.errstate(divide="ignore", invalid="ignore"):
            size = np.ones(n)
            if mn is not None and mx is not None and mx > mn:
                fmn, fmx = float(mn), float(mx)
                size = 1.0 - (1.0 - edge) * (np.abs(area - (fmn + fmx) / 2.0) / ((fmx - fmn) / 2.0))
            if mx is not None:
                size = np.where(
                    area > float(mx),
                    np.maximum(0.0, edge * (1.0 - (area - float(mx)) / (float(mx) * area_tol))),
                    size,
                )
            if mn is not None:
                size = np.where(
                    area < float(mn),
                    np.maximum(0.0, edge * (1.0 - (float(mn) - area) / (float(mn) * area_tol))),
                    size,
                )
            if mr is None:
                rent_part = np.ones(n)
            elif mr == 0:
                rent_part = np.ones(n)  # only units without rent pass the filter
            else:
                m = float(mr)
                rent_part = np.where(
                    rent <= m,
                    np.minimum(1.0, at_max + (1.0 - at_max) * ((m - rent) / (m * comfort))),
                    np.maximum(0.0, at_max * (1.0 - (rent - m) / (m * rent_tol))),
                )
        if r.preferred_district_ids or r.preferred_borough_ids:
            in_d = np.isin(district, [str(d) for d in r.preferred_district_ids])
            in_b = np.isin(borough, [str(b) for b in r.preferred_borough_ids])
            location = np.where(in_d, 1.0, np.where(in_b, rules.location_borough, rules.location_elsewhere))
        else:
            location = np.ones(n)
        feature_part = popcount[feat_m & nice] / len(nice_set) if nice_set else np.ones(n)
        area_scores = np.zeros(len(area_pos) + 1)
        if r.sector_code is not None:
            sector = wz_path(r.sector_code)
            for name, pos in area_pos.items():
                area_scores[pos] = profile.fit(sector, name, rules)[0]
        demand = area_scores[area_idx].max(axis=1)
        acc = weights.size * size
        acc = acc + weights.rent * rent_part
        acc = acc + weights.location * location
        acc = acc + weights.features * feature_part
        acc = acc + weights.demand * demand
        acc = acc + weights.renovation * renovation
        total = acc / weights.total
        idx = np.flatnonzero(ok)
        order = idx[np.lexsort((id_rank[idx], -total[idx]))][:limit]
        result[r.request_id] = ([properties[i].property_id for i in order], total[order].tolist())
    return result


def _same(a: Ranking, b: Ranking) -> bool:
    return a[0] == b[0] and all(abs(x - y) <= 1e-9 for x, y in zip(a[1], b[1], strict=True))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 units and 200 requests")
    parser.add_argument("--seed", type=int, default=20260504)
    args = parser.parse_args(argv)
    n_props, n_reqs = (2_000, 200) if args.quick else (10_000, 1_000)
    repeats = 15 if args.quick else 25
    world = random_world(args.seed, n_props, n_reqs)
    matcher = Matcher(world.profile, as_of=AS_OF)
    started = time.perf_counter()
    matrix = PropertyMatrix(world.properties)
    build_s = time.perf_counter() - started
    print(f"{n_props} units, {n_reqs} requests; matrix built in {build_s * 1000:.0f} ms")

    # (a) one request against every unit, complete ranking with explanations.
    matcher.rank_properties(world.requests[0], matrix)  # warm-up
    one_ms, one_counts = [], []
    for i in range(repeats):
        request = world.requests[i % len(world.requests)]
        started = time.perf_counter()
        ranked = matcher.rank_properties(request, matrix)
        one_ms.append((time.perf_counter() - started) * 1000)
        one_counts.append(len(ranked))
    match_one_ms = statistics.median(one_ms)
    print(
        f"(a) one request: median {match_one_ms:.2f} ms over {repeats} requests "
        f"(median {statistics.median(one_counts):.0f} units proposed each)"
    )

    # (b) all requests, best 10 each, against the inline numpy baseline (best of 5 runs each).
    columns = baseline_columns(world.properties, matcher.rules)
    mine_s, base_s = [], []
    mine: dict[EntityId, Any] = {}
    base: dict[EntityId, Ranking] = {}
    for _ in range(5):
        started = time.perf_counter()
        mine = matcher.rank_all(world.requests, matrix, limit=TOP)
        mine_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        base = numpy_baseline(
            columns,
            world.requests,
            world.profile,
            rules=matcher.rules,
            weights=matcher.weights,
            as_of=AS_OF,
            limit=TOP,
        )
        base_s.append(time.perf_counter() - started)
    match_all_s, numpy_ref_all_s = min(mine_s), min(base_s)
    baseline_identical = all(
        _same(
            ([m.property_id for m in mine[r.request_id]], [m.score for m in mine[r.request_id]]),
            base[r.request_id],
        )
        for r in world.requests
    )
    print(
        f"(b) all requests: {match_all_s:.3f} s (with explanations), numpy baseline {numpy_ref_all_s:.3f} s "
        f"(columns of both built beforehand), same top {TOP}: {baseline_identical}"
    )

    # (c) plain-Python reference on a sample: complete rankings both ways.
    sample_requests = world.requests[: (10 if args.quick else 12)]
    sample_properties = world.properties[:: max(1, n_props // 20)]
    kwargs: dict[str, Any] = {"as_of": AS_OF, "weights": matcher.weights, "rules": matcher.rules}
    identical = True
    for request in sample_requests:
        got = matcher.rank_properties(request, matrix)
        expected = reference.rank_properties(request, world.properties, world.profile, **kwargs)
        identical &= _same(
            ([g.property_id for g in got], [g.score for g in got]),
            ([e[0] for e in expected], [e[1] for e in expected]),
        )
    for unit in sample_properties:
        got = matcher.rank_requests(unit, world.requests)
        expected = reference.rank_requests(unit, world.requests, world.profile, **kwargs)
        identical &= _same(
            ([g.request_id for g in got], [g.score for g in got]),
            ([e[0] for e in expected], [e[1] for e in expected]),
        )
    print(
        f"(c) plain-Python reference: {len(sample_requests)} requests x {n_props} units and "
        f"{len(sample_properties)} units x {n_reqs} requests identical: {identical}"
    )

    print(
        json.dumps(
            {
                "properties": n_props,
                "requests": n_reqs,
                "matrix_build_ms": round(build_s * 1000, 1),
                "match_one_ms": round(match_one_ms, 2),
                "match_all_s": round(match_all_s, 3),
                "numpy_ref_all_s": round(numpy_ref_all_s, 3),
                "match_all_ratio": round(match_all_s / numpy_ref_all_s, 3),
                "numpy_ref_identical": baseline_identical,
                "rankings_identical": identical,
            }
        )
    )
    return 0 if identical and baseline_identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
