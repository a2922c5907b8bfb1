"""Plain-Python reference of the matching score: one function per part, loops, no numpy.

It shares only the input and settings types and the WZ code parser with ``dlzw_desktop.domain.matching``
and performs the same float operations in the same order, so the vectorised implementation must agree
with it on every filter decision, every ranking and every score (to 1e-9; in practice to the last bit).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from uuid import UUID

from dlzw_desktop.domain.enums import PropertyCondition, PropertyStatus
from dlzw_desktop.domain.matching import (
    DemandProfile,
    EntityId,
    MatchingRules,
    MatchingWeights,
    PropertyFacts,
    RequestFacts,
    wz_path,
)

Ranked = tuple[EntityId, float, tuple[float, ...]]
"""(id of the ranked property or request, total score, the six parts)."""


def _key(area_id: EntityId) -> str:
    if isinstance(area_id, UUID):
        return str(area_id)
    try:
        return str(UUID(area_id))
    except ValueError:
        return area_id


def _area(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _total_rent(p: PropertyFacts) -> Decimal:
    return _cents(p.cold_rent) + _cents(p.service_charges)


def failed_filters(p: PropertyFacts, r: RequestFacts, rules: MatchingRules, as_of: date) -> list[str]:
    """Names of the hard filters the pairing fails, in the order of ``HardFilter``."""
    failed = []
    if not p.owner_consent:
        failed.append("owner_consent")
    if p.status != PropertyStatus.VACANT:
        failed.append("status")
    if r.use not in p.uses:
        failed.append("use")
    area = _area(p.area_m2)
    too_small = r.min_area_m2 is not None and area < _area(r.min_area_m2) * (1 - rules.area_tolerance)
    too_large = r.max_area_m2 is not None and area > _area(r.max_area_m2) * (1 + rules.area_tolerance)
    if too_small or too_large:
        failed.append("area")
    if r.max_rent is not None and _total_rent(p) > _cents(r.max_rent) * (1 + rules.rent_tolerance):
        failed.append("rent")
    wished = max(r.earliest_move_in or as_of, as_of)
    if p.available_from is not None and p.available_from > wished + timedelta(days=rules.move_in_grace_days):
        failed.append("availability")
    if not r.must_haves <= p.features:
        failed.append("must_haves")
    return failed


def size_fit(p: PropertyFacts, r: RequestFacts, rules: MatchingRules) -> float:
    a = float(_area(p.area_m2))
    edge = rules.size_score_at_edge
    tol = float(rules.area_tolerance)
    mn = float(_area(r.min_area_m2)) if r.min_area_m2 is not None else None
    mx = float(_area(r.max_area_m2)) if r.max_area_m2 is not None else None
    if mn is not None and a < mn:
        return max(0.0, edge * (1.0 - (mn - a) / (mn * tol)))
    if mx is not None and a > mx:
        return max(0.0, edge * (1.0 - (a - mx) / (mx * tol)))
    if mn is not None and mx is not None and mx > mn:
        middle = (mn + mx) / 2.0
        half = (mx - mn) / 2.0
        return 1.0 - (1.0 - edge) * (abs(a - middle) / half)
    return 1.0


def rent_fit(p: PropertyFacts, r: RequestFacts, rules: MatchingRules) -> float:
    if r.max_rent is None:
        return 1.0
    t = float(_total_rent(p))
    m = float(_cents(r.max_rent))
    at_max = rules.rent_score_at_max
    if t <= m:
        if m == 0.0:
            return 1.0
        comfort = 1.0 - rules.rent_comfort_share
        return min(1.0, at_max + (1.0 - at_max) * ((m - t) / (m * comfort)))
    return max(0.0, at_max * (1.0 - (t - m) / (m * float(rules.rent_tolerance))))


def location_fit(p: PropertyFacts, r: RequestFacts, rules: MatchingRules) -> float:
    districts = {_key(d) for d in r.preferred_district_ids}
    boroughs = {_key(b) for b in r.preferred_borough_ids}
    if not districts and not boroughs:
        return 1.0
    if p.district_id is not None and _key(p.district_id) in districts:
        return 1.0
    if p.borough_id is not None and _key(p.borough_id) in boroughs:
        return rules.location_borough
    return rules.location_elsewhere


def feature_fit(p: PropertyFacts, r: RequestFacts) -> float:
    nice = r.nice_to_haves - r.must_haves
    if not nice:
        return 1.0
    return len(nice & p.features) / len(nice)


def _shared_levels(first: tuple[str, ...], second: tuple[str, ...]) -> int:
    shared = 0
    for level in range(min(len(first), len(second))):
        if first[level] != second[level]:
            break
        shared += 1
    return shared


def demand_fit(p: PropertyFacts, r: RequestFacts, profile: DemandProfile, rules: MatchingRules) -> float:
    if r.sector_code is None:
        return 0.0
    sector = wz_path(r.sector_code)
    factors = [0.0, rules.demand_section, rules.demand_division, rules.demand_group, 1.0]
    by_area: dict[str, list[tuple[tuple[str, ...], float]]] = {}
    for area_id, codes in profile.weights.items():
        for code, weight in codes.items():
            by_area.setdefault(_key(area_id), []).append((wz_path(code), float(weight)))
    areas = ([p.district_id] if p.district_id else []) + list(p.quarter_ids)
    best = 0.0
    for area_id in areas:
        entries = by_area.get(_key(area_id), [])
        if not entries:
            continue
        top = max(weight for _, weight in entries)
        for path, weight in entries:
            value = (factors[_shared_levels(sector, path)] * weight) / top
            best = max(best, value)
    return best


def renovation_fit(p: PropertyFacts, rules: MatchingRules) -> float:
    condition = {
        PropertyCondition.READY: rules.condition_ready,
        PropertyCondition.MINOR_WORK: rules.condition_minor_work,
        PropertyCondition.RENOVATION: rules.condition_renovation,
        PropertyCondition.MAJOR_RENOVATION: rules.condition_major_renovation,
    }[p.condition]
    if p.renovation_cost is None:
        return condition * 1.0
    cost = float(_cents(p.renovation_cost))
    return condition * max(0.0, 1.0 - cost / float(rules.renovation_cost_ceiling))


def parts_of(
    p: PropertyFacts, r: RequestFacts, profile: DemandProfile, rules: MatchingRules
) -> tuple[float, ...]:
    return (
        size_fit(p, r, rules),
        rent_fit(p, r, rules),
        location_fit(p, r, rules),
        feature_fit(p, r),
        demand_fit(p, r, profile, rules),
        renovation_fit(p, rules),
    )


def total_of(parts: tuple[float, ...], weights: MatchingWeights) -> float:
    order = (
        weights.size,
        weights.rent,
        weights.location,
        weights.features,
        weights.demand,
        weights.renovation,
    )
    acc = order[0] * parts[0]
    for weight, part in zip(order[1:], parts[1:], strict=True):
        acc = acc + weight * part
    weight_sum = order[0]
    for weight in order[1:]:
        weight_sum = weight_sum + weight
    return acc / weight_sum


def rank_properties(
    r: RequestFacts,
    properties: Sequence[PropertyFacts],
    profile: DemandProfile,
    *,
    as_of: date,
    weights: MatchingWeights,
    rules: MatchingRules,
    limit: int | None = None,
) -> list[Ranked]:
    ranked: list[Ranked] = []
    for p in properties:
        if failed_filters(p, r, rules, as_of):
            continue
        parts = parts_of(p, r, profile, rules)
        ranked.append((p.property_id, total_of(parts, weights), parts))
    ranked.sort(key=lambda item: (-item[1], str(item[0])))
    return ranked if limit is None else ranked[:limit]


def rank_requests(
    p: PropertyFacts,
    requests: Sequence[RequestFacts],
    profile: DemandProfile,
    *,
    as_of: date,
    weights: MatchingWeights,
    rules: MatchingRules,
    limit: int | None = None,
) -> list[Ranked]:
    ranked: list[Ranked] = []
    for r in requests:
        if failed_filters(p, r, rules, as_of):
            continue
        parts = parts_of(p, r, profile, rules)
        ranked.append((r.request_id, total_of(parts, weights), parts))
    ranked.sort(key=lambda item: (-item[1], str(item[0])))
    return ranked if limit is None else ranked[:limit]
