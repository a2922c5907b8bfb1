"""The vectorised matching ranks exactly like the plain-Python reference, on seeded and generated data."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dlzw_desktop.domain.enums import PropertyCondition, PropertyStatus, PropertyUse
from dlzw_desktop.domain.matching import (
    DemandProfile,
    Feature,
    Matcher,
    MatchingRules,
    MatchingWeights,
    MatchResult,
    PropertyFacts,
    PropertyMatrix,
    RequestFacts,
)
from tests.domain import matching_reference as reference
from tests.domain.matching_samples import (
    AREAS,
    AS_OF,
    CHARGES,
    DISTRICTS,
    QUARTERS,
    RENTS,
    SECTORS,
    random_world,
)

SETTINGS: list[tuple[MatchingWeights, MatchingRules]] = [
    (MatchingWeights(), MatchingRules()),
    # No tolerance at all, parts switched off, other scales.
    (
        MatchingWeights(size=1, rent=0, location=4, features=0.5, demand=3, renovation=0),
        MatchingRules(
            area_tolerance=Decimal(0),
            rent_tolerance=Decimal(0),
            move_in_grace_days=0,
            size_score_at_edge=0.3,
            rent_score_at_max=0.0,
            rent_comfort_share=0.0,
            location_borough=0.9,
            location_elsewhere=0.0,
            demand_group=0.3,
            demand_division=0.3,
            demand_section=0.1,
            renovation_cost_ceiling=Decimal(7000),
        ),
    ),
    (MatchingWeights(size=0, rent=1, location=0, features=0, demand=0, renovation=0), MatchingRules()),
]


def _assert_same(
    results: Sequence[MatchResult], expected: Sequence[reference.Ranked], *, by_request: bool
) -> None:
    got_ids = [r.request_id if by_request else r.property_id for r in results]
    assert got_ids == [e[0] for e in expected]
    for result, (_, score, parts) in zip(results, expected, strict=True):
        assert abs(result.score - score) <= 1e-9
        assert all(
            abs(a - b) <= 1e-9 for a, b in zip((v for _, v in result.parts.items()), parts, strict=True)
        )
        assert 0.0 <= result.score <= 1.0


def _check_world(
    properties: list[PropertyFacts],
    requests: list[RequestFacts],
    profile: DemandProfile,
    weights: MatchingWeights,
    rules: MatchingRules,
) -> int:
    """Compare every ranking both ways; returns how many pairings were proposed."""
    matcher = Matcher(profile, as_of=AS_OF, weights=weights, rules=rules)
    matrix = PropertyMatrix(properties)
    options: dict[str, Any] = {"as_of": AS_OF, "weights": weights, "rules": rules}
    proposed = 0
    for request in requests:
        results = matcher.rank_properties(request, matrix)
        _assert_same(
            results, reference.rank_properties(request, properties, profile, **options), by_request=False
        )
        proposed += len(results)
        consenting = {str(p.property_id) for p in properties if p.owner_consent}
        assert all(str(r.property_id) in consenting for r in results)
    for unit in properties:
        expected = reference.rank_requests(unit, requests, profile, **options)
        _assert_same(matcher.rank_requests(unit, requests), expected, by_request=True)
    batch = matcher.rank_all(requests, matrix, limit=4)
    for request in requests:
        expected = reference.rank_properties(request, properties, profile, limit=4, **options)
        _assert_same(batch[request.request_id], expected, by_request=False)
    return proposed


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("setting", range(len(SETTINGS)))
def test_seeded_worlds_rank_identically_to_the_reference(seed: int, setting: int) -> None:
    world = random_world(seed, properties=160, requests=25)
    weights, rules = SETTINGS[setting]
    proposed = _check_world(world.properties, world.requests, world.profile, weights, rules)
    assert proposed > 50  # the comparison must not pass because nothing was proposed


def test_seeded_world_has_the_ties_and_boundaries_it_is_meant_to_test() -> None:
    world = random_world(1, properties=160, requests=25)
    matcher = Matcher(world.profile, as_of=AS_OF)
    matrix = PropertyMatrix(world.properties)
    rankings = [matcher.rank_properties(r, matrix) for r in world.requests]
    tied = sum(len(ranking) - len({m.score for m in ranking}) for ranking in rankings)
    assert tied > 10
    assert any(p.area_m2 == Decimal("110") for p in world.properties)


@pytest.mark.parametrize("seed", range(3))
def test_unmet_filters_agree_with_the_reference(seed: int) -> None:
    world = random_world(seed, properties=60, requests=15)
    matcher = Matcher(world.profile, as_of=AS_OF)
    rules = matcher.rules
    for unit in world.properties:
        for request in world.requests:
            got = [f.value for f in matcher.unmet_filters(unit, request)]
            assert got == reference.failed_filters(unit, request, rules, AS_OF)


# --- Generated data -------------------------------------------------------------------------------

_ids = st.one_of(st.uuids(), st.text(alphabet="abcXYZ-09", min_size=1, max_size=5))
_districts = st.sampled_from([*DISTRICTS, None])
_features = st.frozensets(st.sampled_from(list(Feature)))
_money = st.one_of(st.sampled_from(RENTS), st.decimals(min_value=0, max_value=3000, places=2))
_dates = st.one_of(
    st.none(), st.integers(min_value=-400, max_value=400).map(lambda d: AS_OF + timedelta(days=d))
)


@st.composite
def _units(draw: st.DrawFn) -> PropertyFacts:
    district = draw(_districts)
    return PropertyFacts(
        property_id=draw(_ids),
        area_m2=draw(
            st.one_of(st.sampled_from(AREAS), st.decimals(min_value="0.01", max_value=2000, places=2))
        ),
        cold_rent=draw(_money),
        service_charges=draw(st.sampled_from(CHARGES)),
        uses=draw(st.frozensets(st.sampled_from(list(PropertyUse)), min_size=1)),
        features=draw(_features),
        district_id=district,
        borough_id=DISTRICTS.get(district or ""),
        quarter_ids=frozenset(
            q for q, members in QUARTERS.items() if district in members and draw(st.booleans())
        ),
        condition=draw(st.sampled_from(list(PropertyCondition))),
        renovation_cost=draw(st.one_of(st.none(), st.decimals(min_value=0, max_value=90000, places=2))),
        owner_consent=draw(st.booleans()),
        status=draw(st.sampled_from(list(PropertyStatus))),
        available_from=draw(_dates),
    )


@st.composite
def _requests(draw: st.DrawFn) -> RequestFacts:
    bounds = sorted(draw(st.lists(st.sampled_from(AREAS), min_size=2, max_size=2)))
    low = draw(st.one_of(st.none(), st.just(bounds[0])))
    high = draw(st.one_of(st.none(), st.just(bounds[1])))
    return RequestFacts(
        request_id=draw(_ids),
        use=draw(st.sampled_from([PropertyUse.RETAIL, PropertyUse.OFFICE])),
        min_area_m2=low,
        max_area_m2=high,
        max_rent=draw(st.one_of(st.none(), _money)),
        preferred_district_ids=draw(st.frozensets(st.sampled_from(list(DISTRICTS)), max_size=2)),
        preferred_borough_ids=draw(
            st.frozensets(st.sampled_from(sorted(set(DISTRICTS.values()))), max_size=1)
        ),
        must_haves=draw(st.frozensets(st.sampled_from(list(Feature)[:3]), max_size=1)),
        nice_to_haves=draw(_features),
        earliest_move_in=draw(_dates),
        sector_code=draw(st.one_of(st.none(), st.sampled_from(SECTORS))),
    )


_profiles = st.dictionaries(
    st.sampled_from([*DISTRICTS, *QUARTERS]),
    st.dictionaries(
        st.sampled_from(SECTORS), st.sampled_from([Decimal("0.5"), Decimal(1), Decimal(7)]), min_size=1
    ),
).map(DemandProfile)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    units=st.lists(_units(), min_size=1, max_size=25, unique_by=lambda p: str(p.property_id)),
    requests=st.lists(_requests(), min_size=1, max_size=6, unique_by=lambda r: str(r.request_id)),
    profile=_profiles,
    setting=st.sampled_from(range(len(SETTINGS))),
)
def test_generated_worlds_rank_identically_to_the_reference(
    units: list[PropertyFacts],
    requests: list[RequestFacts],
    profile: DemandProfile,
    setting: int,
) -> None:
    weights, rules = SETTINGS[setting]
    _check_world(units, requests, profile, weights, rules)
