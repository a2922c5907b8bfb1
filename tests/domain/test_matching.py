"""Matching of vacant units and space requests: filters, score parts, rankings, sentences, fund flag."""

from __future__ import annotations

import csv
import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from dlzw_desktop.domain.enums import PropertyCondition, PropertyStatus, PropertyUse
from dlzw_desktop.domain.matching import (
    DemandProfile,
    Feature,
    FundRule,
    HardFilter,
    Matcher,
    MatchingRules,
    MatchingWeights,
    MatchResult,
    PropertyFacts,
    PropertyMatrix,
    RequestFacts,
    ScoreParts,
    features_of,
    validate_property_facts,
    validate_request_facts,
    wz_path,
)
from dlzw_desktop.errors import ValidationError

AS_OF = date(2026, 5, 4)
HOERDE = uuid.UUID("6f1c5b1e-0000-4000-8000-000000000001")
BENNINGHOFEN = uuid.UUID("6f1c5b1e-0000-4000-8000-000000000002")
EVING = uuid.UUID("6f1c5b1e-0000-4000-8000-000000000003")
BOROUGH_HOERDE = uuid.UUID("6f1c5b1e-0000-4000-8000-0000000000b1")
BOROUGH_EVING = uuid.UUID("6f1c5b1e-0000-4000-8000-0000000000b2")
QUARTER_HOERDE = uuid.UUID("6f1c5b1e-0000-4000-8000-0000000000a1")
WZ_CSV = Path(__file__).resolve().parents[2] / "resources" / "data" / "wz2008.csv"


def unit(property_id: str = "p1", **changes: Any) -> PropertyFacts:
    """A listable ground-floor shop of 80 m² for 700 € warm in Hörde (quarter Hörde-Zentrum)."""
    base = PropertyFacts(
        property_id=property_id,
        area_m2=Decimal(80),
        cold_rent=Decimal(600),
        service_charges=Decimal(100),
        uses=frozenset({PropertyUse.RETAIL}),
        features=frozenset({Feature.GROUND_FLOOR}),
        district_id=HOERDE,
        borough_id=BOROUGH_HOERDE,
        quarter_ids=frozenset({QUARTER_HOERDE}),
        owner_consent=True,
        district_name="Hörde",
        borough_name="Hörde",
    )
    return replace(base, **changes)


def wish(request_id: str = "r1", **changes: Any) -> RequestFacts:
    """A retail request for 60-100 m² up to 800 € warm, no place, no sector."""
    base = RequestFacts(
        request_id=request_id,
        use=PropertyUse.RETAIL,
        min_area_m2=Decimal(60),
        max_area_m2=Decimal(100),
        max_rent=Decimal(800),
    )
    return replace(base, **changes)


def matcher(profile: DemandProfile | None = None, **settings: Any) -> Matcher:
    return Matcher(profile or DemandProfile(), as_of=AS_OF, **settings)


def rank(request: RequestFacts, units: list[PropertyFacts], **settings: Any) -> list[MatchResult]:
    profile = settings.pop("profile", None)
    return matcher(profile, **settings).rank_properties(request, PropertyMatrix(units))


def only(request: RequestFacts, one: PropertyFacts, **settings: Any) -> MatchResult:
    results = rank(request, [one], **settings)
    assert len(results) == 1, "the unit should have passed the hard filters"
    return results[0]


def proposed(request: RequestFacts, one: PropertyFacts, **settings: Any) -> bool:
    return bool(rank(request, [one], **settings))


# --- WZ codes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "path"),
    [
        ("10.71", ("C", "10", "10.7", "10.71")),
        ("10.71.0", ("C", "10", "10.7", "10.71")),
        ("10.7", ("C", "10", "10.7")),
        ("47", ("G", "47")),
        ("g", ("G",)),
        (" 56.10 ", ("I", "56", "56.1", "56.10")),
    ],
)
def test_wz_path_gives_the_hierarchy_from_section_to_class(code: str, path: tuple[str, ...]) -> None:
    assert wz_path(code) == path


@pytest.mark.parametrize("code", ["04", "1071", "10,71", "Z", "", "10.711", "bakery"])
def test_wz_path_refuses_what_is_no_wz_code_and_shows_the_format(code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        wz_path(code)
    assert caught.value.code == "sector.code_invalid"
    assert "47.24" in str(caught.value)


def test_wz_path_agrees_with_the_shipped_classification() -> None:
    with WZ_CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 1000
    for row in rows:
        path = wz_path(row["code"])
        assert path[0] == row["section"], row["code"]
        if row["level"] != "section":
            assert path[1] == row["division"], row["code"]
        if row["level"] in {"class", "subclass"}:
            assert path[3] == row["code"][:5], row["code"]


# --- Validation -------------------------------------------------------------------------------------


@pytest.mark.parametrize("area", ["0", "-5", "0.004", "100000.01", "1e9"])
def test_implausible_unit_area_is_refused_with_what_to_enter(area: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_property_facts(unit(area_m2=Decimal(area)))
    assert caught.value.code == "property.area_implausible"
    assert caught.value.field == "area_m2"
    assert "Enter the usable floor area" in str(caught.value)


@pytest.mark.parametrize("area", ["0.01", "100000"])
def test_area_limits_themselves_are_plausible(area: str) -> None:
    validate_property_facts(unit(area_m2=Decimal(area)))


@pytest.mark.parametrize(
    ("field", "code"),
    [
        ("cold_rent", "property.rent_negative"),
        ("service_charges", "property.service_charges_negative"),
        ("renovation_cost", "property.renovation_cost_negative"),
    ],
)
def test_negative_unit_amounts_are_refused(field: str, code: str) -> None:
    changes: dict[str, Any] = {field: Decimal("-0.01")}
    with pytest.raises(ValidationError) as caught:
        validate_property_facts(unit(**changes))
    assert caught.value.code == code
    assert caught.value.field == field
    assert "Enter" in str(caught.value)


def test_float_area_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        validate_property_facts(unit(area_m2=80.0))


def test_unknown_use_is_refused_with_the_choices() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_property_facts(unit(uses=frozenset({"bakery"})))
    assert caught.value.code == "property.use_unknown"
    assert str(caught.value).startswith("'bakery' is not allowed in uses. Choose one of: ")
    assert "retail" in str(caught.value)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"min_area_m2": Decimal(0)}, "request.min_area_implausible"),
        ({"max_area_m2": Decimal(100001)}, "request.max_area_implausible"),
        ({"min_area_m2": Decimal(120), "max_area_m2": Decimal(100)}, "request.area_range_inverted"),
        ({"max_rent": Decimal("-1")}, "request.max_rent_negative"),
        ({"sector_code": "10-71"}, "sector.code_invalid"),
        ({"must_haves": frozenset({"sauna"})}, "request.feature_unknown"),
    ],
)
def test_implausible_request_is_refused(changes: dict[str, Any], code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_request_facts(wish(**changes))
    assert caught.value.code == code
    with pytest.raises(ValidationError):
        matcher().rank_properties(wish(**changes), PropertyMatrix([unit()]))


def test_matrix_refuses_an_implausible_unit_and_duplicate_ids() -> None:
    with pytest.raises(ValidationError):
        PropertyMatrix([unit("a"), unit("b", cold_rent=Decimal(-1))])
    with pytest.raises(ValueError, match="duplicate"):
        PropertyMatrix([unit("a"), unit("a")])


@pytest.mark.parametrize(
    ("build", "code"),
    [
        (lambda: MatchingWeights(rent=-1.0), "matching.weight_invalid"),
        (lambda: MatchingWeights(0, 0, 0, 0, 0, 0), "matching.weights_all_zero"),
        (lambda: MatchingRules(area_tolerance=Decimal(1)), "matching.tolerance_invalid"),
        (lambda: MatchingRules(rent_tolerance=Decimal("-0.1")), "matching.tolerance_invalid"),
        (lambda: MatchingRules(location_borough=1.5), "matching.setting_invalid"),
        (lambda: MatchingRules(move_in_grace_days=-1), "matching.grace_negative"),
        (lambda: FundRule(max_months=0), "fund.max_months_invalid"),
        (lambda: FundRule(max_area_m2=Decimal(0)), "fund.max_area_invalid"),
    ],
)
def test_invalid_settings_are_refused(build: Any, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build()
    assert caught.value.code == code


def test_demand_weight_must_be_positive() -> None:
    with pytest.raises(ValidationError) as caught:
        DemandProfile({HOERDE: {"10.71": Decimal(0)}})
    assert caught.value.code == "demand.weight_invalid"


# --- Hard filters -----------------------------------------------------------------------------------


def test_unit_without_owner_consent_is_never_proposed_however_well_it_fits() -> None:
    secret = unit(owner_consent=False)
    perfect = wish(preferred_district_ids=frozenset({str(HOERDE)}))
    assert rank(perfect, [secret, unit("p2")])[0].property_id == "p2"
    assert len(rank(perfect, [secret, unit("p2")])) == 1
    assert matcher().rank_requests(secret, [perfect, wish("r2")]) == []
    assert matcher().unmet_filters(secret, perfect) == (HardFilter.OWNER_CONSENT,)


@pytest.mark.parametrize(
    "status",
    [PropertyStatus.RESERVED, PropertyStatus.LET, PropertyStatus.REACTIVATED, PropertyStatus.WITHDRAWN],
)
def test_only_vacant_units_are_proposed(status: PropertyStatus) -> None:
    assert not proposed(wish(), unit(status=status))
    assert matcher().unmet_filters(unit(status=status), wish()) == (HardFilter.STATUS,)


def test_unit_must_allow_the_requested_use() -> None:
    assert not proposed(wish(), unit(uses=frozenset({PropertyUse.OFFICE})))
    assert proposed(wish(), unit(uses=frozenset({PropertyUse.OFFICE, PropertyUse.RETAIL})))
    assert not proposed(wish(), unit(uses=frozenset()))


@pytest.mark.parametrize(
    ("area", "passes"),
    [("54", True), ("53.99", False), ("110", True), ("110.01", False), ("60", True), ("100", True)],
)
def test_area_range_is_widened_by_the_tolerance_exactly(area: str, passes: bool) -> None:
    # 60-100 m² with 10 % tolerance: 54.00 to 110.00 m² qualify.
    assert proposed(wish(), unit(area_m2=Decimal(area))) is passes


@pytest.mark.parametrize(
    ("minimum", "maximum", "area", "passes"),
    [
        # 60,05 m² less 10 % is 54,045 m²: 54,05 qualifies, 54,04 does not.
        ("60.05", "100", "54.05", True),
        ("60.05", "100", "54.04", False),
        # 100,05 m² plus 10 % is 110,055 m²: 110,05 qualifies, 110,06 does not.
        ("60", "100.05", "110.05", True),
        ("60", "100.05", "110.06", False),
    ],
)
def test_fractional_area_limits_are_rounded_towards_the_request(
    minimum: str, maximum: str, area: str, passes: bool
) -> None:
    request = wish(min_area_m2=Decimal(minimum), max_area_m2=Decimal(maximum))
    assert proposed(request, unit(area_m2=Decimal(area))) is passes


@pytest.mark.parametrize(("warm", "passes"), [("1050.01", True), ("1050.02", False)])
def test_fractional_rent_limit_is_rounded_down_to_the_cent(warm: str, passes: bool) -> None:
    # 1.000,01 € plus 5 % is 1.050,0105 €.
    request = wish(max_rent=Decimal("1000.01"))
    assert proposed(request, unit(cold_rent=Decimal(warm), service_charges=Decimal(0))) is passes


def test_area_tolerance_is_configurable() -> None:
    strict = MatchingRules(area_tolerance=Decimal(0))
    assert not proposed(wish(), unit(area_m2=Decimal("59.99")), rules=strict)
    assert proposed(wish(), unit(area_m2=Decimal(60)), rules=strict)
    loose = MatchingRules(area_tolerance=Decimal("0.25"))
    assert proposed(wish(), unit(area_m2=Decimal(125)), rules=loose)


def test_request_without_area_limits_accepts_any_size() -> None:
    open_wish = wish(min_area_m2=None, max_area_m2=None)
    assert proposed(open_wish, unit(area_m2=Decimal("0.5")))
    assert proposed(open_wish, unit(area_m2=Decimal(5000)))


@pytest.mark.parametrize(
    ("cold", "charges", "passes"),
    [("950", "100", True), ("950", "100.01", False), ("1000", "0", True), ("800", "300", False)],
)
def test_rent_limit_counts_service_charges_and_tolerance(cold: str, charges: str, passes: bool) -> None:
    # 1.000 € limit with 5 % tolerance: up to 1.050,00 € warm.
    request = wish(max_rent=Decimal(1000))
    assert proposed(request, unit(cold_rent=Decimal(cold), service_charges=Decimal(charges))) is passes


def test_rent_limit_of_zero_admits_only_rent_free_units() -> None:
    free = wish(max_rent=Decimal(0))
    assert proposed(free, unit(cold_rent=Decimal(0), service_charges=Decimal(0)))
    assert not proposed(free, unit(cold_rent=Decimal(0), service_charges=Decimal("0.01")))
    assert proposed(wish(max_rent=None), unit(cold_rent=Decimal(99999)))


@pytest.mark.parametrize(
    ("available_in_days", "move_in_in_days", "passes"),
    [
        (None, None, True),
        (-300, None, True),
        (90, None, True),
        (91, None, False),
        (150, 60, True),
        (151, 60, False),
        (90, -200, True),  # a wished move-in in the past counts from today
        (91, -200, False),
    ],
)
def test_unit_must_be_available_soon_after_the_wished_move_in(
    available_in_days: int | None, move_in_in_days: int | None, passes: bool
) -> None:
    available = AS_OF + timedelta(days=available_in_days) if available_in_days is not None else None
    move_in = AS_OF + timedelta(days=move_in_in_days) if move_in_in_days is not None else None
    result = proposed(wish(earliest_move_in=move_in), unit(available_from=available))
    assert result is passes


@pytest.mark.parametrize("feature", [Feature.GROUND_FLOOR, Feature.SHOP_WINDOW, Feature.STEP_FREE])
def test_must_haves_exclude_units_without_them(feature: Feature) -> None:
    request = wish(must_haves=frozenset({feature}))
    without = unit(features=frozenset(Feature) - {feature})
    assert not proposed(request, without)
    assert matcher().unmet_filters(without, request) == (HardFilter.MUST_HAVES,)
    assert proposed(request, unit(features=frozenset({feature})))


def test_unmet_filters_names_every_failed_rule_in_a_fixed_order() -> None:
    bad = unit(
        owner_consent=False,
        area_m2=Decimal(500),
        cold_rent=Decimal(5000),
        features=frozenset(),
        available_from=AS_OF + timedelta(days=365),
    )
    request = wish(must_haves=frozenset({Feature.STEP_FREE}))
    assert matcher().unmet_filters(bad, request) == (
        HardFilter.OWNER_CONSENT,
        HardFilter.AREA,
        HardFilter.RENT,
        HardFilter.AVAILABILITY,
        HardFilter.MUST_HAVES,
    )
    assert matcher().unmet_filters(unit(), wish()) == ()


def test_features_of_reads_the_stored_flags() -> None:
    assert features_of(ground_floor=True, shop_window=False, step_free=True, extra=[Feature.KITCHEN]) == {
        Feature.GROUND_FLOOR,
        Feature.STEP_FREE,
        Feature.KITCHEN,
    }


# --- Score parts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("area", "expected"),
    [("80", 1.0), ("60", 0.8), ("100", 0.8), ("70", 0.9), ("105", 0.4), ("57", 0.4), ("110", 0.0)],
)
def test_size_fit_peaks_in_the_middle_of_the_wished_range(area: str, expected: float) -> None:
    assert only(wish(), unit(area_m2=Decimal(area))).parts.size == pytest.approx(expected, abs=1e-12)


def test_size_fit_with_only_a_minimum_is_full_above_it() -> None:
    request = wish(max_area_m2=None)
    assert only(request, unit(area_m2=Decimal(900))).parts.size == 1.0
    assert only(request, unit(area_m2=Decimal(57))).parts.size == pytest.approx(0.4)


@pytest.mark.parametrize(
    ("warm", "expected"),
    [("0", 1.0), ("800", 1.0), ("900", 0.8), ("1000", 0.6), ("1025", 0.3), ("1050", 0.0)],
)
def test_rent_fit_is_full_well_under_the_limit_and_falls_beyond_it(warm: str, expected: float) -> None:
    request = wish(max_rent=Decimal(1000))
    result = only(request, unit(cold_rent=Decimal(warm), service_charges=Decimal(0)))
    assert result.parts.rent == pytest.approx(expected, abs=1e-12)


def test_without_a_rent_limit_rent_does_not_distinguish_units() -> None:
    request = wish(max_rent=None)
    assert only(request, unit(cold_rent=Decimal(5000))).parts.rent == 1.0


def test_location_prefers_district_then_borough_then_elsewhere() -> None:
    # The request stores ids as JSON strings, the unit as UUIDs: they must still meet.
    request = wish(
        preferred_district_ids=frozenset({str(HOERDE)}),
        preferred_borough_ids=frozenset({str(BOROUGH_HOERDE)}),
    )
    in_district = unit("a")
    in_borough = unit("b", district_id=BENNINGHOFEN, district_name="Benninghofen")
    elsewhere = unit("c", district_id=EVING, borough_id=BOROUGH_EVING, district_name="Eving")
    results = rank(request, [elsewhere, in_borough, in_district])
    assert [r.property_id for r in results] == ["a", "b", "c"]
    assert [r.parts.location for r in results] == [1.0, 0.6, 0.2]
    assert only(wish(), elsewhere).parts.location == 1.0  # no wish, no preference


def test_nice_to_haves_count_as_the_share_present() -> None:
    request = wish(nice_to_haves=frozenset({Feature.KITCHEN, Feature.STORAGE, Feature.GROUND_FLOOR}))
    # Ground floor is also a must-have here: it is required, not a bonus.
    request = replace(request, must_haves=frozenset({Feature.GROUND_FLOOR}))
    half = unit(features=frozenset({Feature.GROUND_FLOOR, Feature.KITCHEN}))
    assert only(request, half).parts.features == 0.5
    assert only(wish(), half).parts.features == 1.0


def test_demand_fit_weighs_an_exact_class_above_group_division_and_section() -> None:
    profile = DemandProfile({HOERDE: {"10.71": 1}, EVING: {"10.7": 1}, BENNINGHOFEN: {"10": 1}})
    request = wish(sector_code="10.71")
    units = [
        unit("class", district_id=HOERDE, quarter_ids=frozenset()),
        unit("division", district_id=BENNINGHOFEN, quarter_ids=frozenset()),
        unit("group", district_id=EVING, quarter_ids=frozenset()),
        unit("nothing", district_id=None, quarter_ids=frozenset()),
    ]
    results = rank(request, units, profile=profile)
    assert [(r.property_id, r.parts.demand) for r in results] == [
        ("class", 1.0),
        ("group", 0.75),
        ("division", 0.5),
        ("nothing", 0.0),
    ]
    section = DemandProfile({HOERDE: {"C": 1}})
    assert only(request, units[0], profile=section).parts.demand == 0.25
    assert only(wish(sector_code="47.24"), units[0], profile=section).parts.demand == 0.0


def test_demand_weights_are_relative_to_the_areas_most_missed_offer() -> None:
    profile = DemandProfile({QUARTER_HOERDE: {"10.71": Decimal(1), "56.10": Decimal(4)}})
    assert only(wish(sector_code="10.71"), unit(), profile=profile).parts.demand == 0.25
    assert only(wish(sector_code="56.10"), unit(), profile=profile).parts.demand == 1.0
    assert only(wish(sector_code=None), unit(), profile=profile).parts.demand == 0.0


def test_demand_of_the_district_and_its_quarters_both_count() -> None:
    profile = DemandProfile({HOERDE: {"10": 1}, QUARTER_HOERDE: {"10.71": 1}})
    assert only(wish(sector_code="10.71"), unit(), profile=profile).parts.demand == 1.0
    outside_quarter = unit(quarter_ids=frozenset())
    assert only(wish(sector_code="10.71"), outside_quarter, profile=profile).parts.demand == 0.5


def test_less_renovation_effort_scores_higher() -> None:
    conditions = [
        PropertyCondition.MAJOR_RENOVATION,
        PropertyCondition.READY,
        PropertyCondition.RENOVATION,
        PropertyCondition.MINOR_WORK,
    ]
    units = [unit(c.value, condition=c) for c in conditions]
    assert [r.property_id for r in rank(wish(), units)] == [
        "ready",
        "minor_work",
        "renovation",
        "major_renovation",
    ]
    assert only(wish(), unit(renovation_cost=Decimal(25000))).parts.renovation == 0.5
    assert only(wish(), unit(renovation_cost=Decimal(80000))).parts.renovation == 0.0


def test_total_is_the_weighted_mean_of_the_parts() -> None:
    weights = MatchingWeights(size=1, rent=1, location=0, features=0, demand=0, renovation=2)
    result = only(
        wish(max_rent=Decimal(1000)),
        unit(cold_rent=Decimal(1000), service_charges=Decimal(0), condition=PropertyCondition.MINOR_WORK),
        weights=weights,
    )
    assert result.parts.size == 1.0
    assert result.parts.rent == pytest.approx(0.6)
    assert result.score == pytest.approx((1.0 + 0.6 + 2 * 0.75) / 4)
    assert 0.0 <= result.score <= 1.0
    assert result.score_decimal == Decimal("0.7750")


def test_weights_decide_between_a_cheap_and_a_well_placed_unit() -> None:
    request = wish(preferred_district_ids=frozenset({EVING}), max_rent=Decimal(1000))
    cheap = unit("cheap", cold_rent=Decimal(300))
    placed = unit("placed", district_id=EVING, borough_id=BOROUGH_EVING, cold_rent=Decimal(900))
    by_rent = MatchingWeights(size=0, rent=5, location=1, features=0, demand=0, renovation=0)
    by_place = MatchingWeights(size=0, rent=1, location=5, features=0, demand=0, renovation=0)
    assert rank(request, [cheap, placed], weights=by_rent)[0].property_id == "cheap"
    assert rank(request, [cheap, placed], weights=by_place)[0].property_id == "placed"


def test_score_parts_are_listed_in_display_order() -> None:
    parts = ScoreParts(0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
    assert parts.items() == (
        ("size", 0.1),
        ("rent", 0.2),
        ("location", 0.3),
        ("features", 0.4),
        ("demand", 0.5),
        ("renovation", 0.6),
    )


# --- Rankings ---------------------------------------------------------------------------------------


def test_equal_scores_are_ordered_by_id() -> None:
    ids = ["c", "a", str(uuid.UUID(int=5)), "b"]
    units = [unit(i) for i in ids]
    results = rank(wish(), units)
    assert [r.property_id for r in results] == sorted(ids)
    assert len({r.score for r in results}) == 1


def test_limit_keeps_the_best_and_resolves_ties_at_the_cut_by_id() -> None:
    units = [unit(f"u{i}", cold_rent=Decimal(600 + (i % 3) * 50)) for i in range(12)]
    full = rank(wish(), units)
    limited = matcher().rank_properties(wish(), PropertyMatrix(units), limit=5)
    assert [r.property_id for r in limited] == [r.property_id for r in full[:5]]
    assert matcher().rank_properties(wish(), PropertyMatrix(units), limit=0) == []


def test_rank_requests_ranks_founders_for_one_unit() -> None:
    shop = unit()
    requests = [
        wish("far", preferred_district_ids=frozenset({EVING})),
        wish("near", preferred_district_ids=frozenset({HOERDE})),
        wish("office", use=PropertyUse.OFFICE),
        wish("also-near", preferred_district_ids=frozenset({HOERDE})),
    ]
    results = matcher().rank_requests(shop, requests)
    assert [r.request_id for r in results] == ["also-near", "near", "far"]
    assert all(r.property_id == "p1" for r in results)


def test_rank_all_gives_each_request_its_own_ranking() -> None:
    units = [
        unit(f"u{i}", area_m2=Decimal(50 + 10 * i), district_id=[HOERDE, EVING][i % 2]) for i in range(8)
    ]
    requests = [
        wish("small", min_area_m2=Decimal(40), max_area_m2=Decimal(70)),
        wish("big", min_area_m2=Decimal(100), max_area_m2=Decimal(130)),
        wish("eving", preferred_district_ids=frozenset({EVING})),
    ]
    progress: list[tuple[int, int]] = []
    matrix = PropertyMatrix(units)
    batch = matcher().rank_all(
        requests, matrix, limit=3, progress=lambda done, total: progress.append((done, total))
    )
    assert list(batch) == ["small", "big", "eving"]
    for request in requests:
        single = matcher().rank_properties(request, matrix, limit=3)
        assert batch[request.request_id] == single
    assert progress[-1] == (3, 3)
    with pytest.raises(ValueError, match="duplicate"):
        matcher().rank_all([wish("x"), wish("x")], matrix)


def test_a_matrix_is_reused_across_requests_unchanged() -> None:
    matrix = PropertyMatrix([unit("a"), unit("b", area_m2=Decimal(95))])
    first = matcher().rank_properties(wish(), matrix)
    matcher().rank_properties(wish(min_area_m2=Decimal(90)), matrix)
    assert matcher().rank_properties(wish(), matrix) == first
    assert not matrix.area.flags.writeable


# --- Explanation ------------------------------------------------------------------------------------


def _sentence_ok(text: str) -> None:
    assert text.endswith(".")
    assert ". " not in text and "! " not in text and "? " not in text
    assert text.startswith(("Passt sehr gut: ", "Passt gut: ", "Passt teilweise: ", "Passt kaum: "))


def test_explanation_names_the_strongest_reasons_in_one_german_sentence() -> None:
    profile = DemandProfile({QUARTER_HOERDE: {"10.71": 2, "47.24": 1}})
    request = wish(
        min_area_m2=Decimal(70),
        max_area_m2=Decimal(100),
        max_rent=Decimal(740),
        preferred_district_ids=frozenset({HOERDE}),
        sector_code="10.71",
        sector_label="Bäckerei",
    )
    result = only(request, unit(area_m2=Decimal(85)), profile=profile)
    _sentence_ok(result.explanation)
    # Rent weighs 3: 40 € under the limit is the strongest reason; the weakest good part comes last.
    assert result.explanation == (
        "Passt sehr gut: Miete 40,00\u00a0€ unter dem Höchstbetrag, 85 m² im gewünschten Rahmen, "
        "im gewünschten Bezirk Hörde; Bäckerei wird im Quartier vermisst."
    )


def test_explanation_names_a_poor_part_with_aber_and_german_amounts() -> None:
    costly = unit(condition=PropertyCondition.RENOVATION, renovation_cost=Decimal("45000"))
    result = only(wish(), costly)
    _sentence_ok(result.explanation)
    assert result.explanation.endswith("; aber hoher Renovierungsaufwand (etwa 45.000,00\u00a0€).")


def test_explanation_reports_rent_above_the_limit_and_size_outside_the_range() -> None:
    result = only(
        wish(max_rent=Decimal(1000)),
        unit(area_m2=Decimal("105.5"), cold_rent=Decimal(1030), service_charges=Decimal(0)),
        weights=MatchingWeights(size=1, rent=1, location=1, features=1, demand=1, renovation=0),
    )
    _sentence_ok(result.explanation)
    assert "Miete 30,00\u00a0€ über dem Höchstbetrag" in result.explanation
    assert "105,50 m², größer als gewünscht (bis 100 m²)" in result.explanation


def test_explanation_leaves_out_parts_that_do_not_count() -> None:
    request = wish(max_rent=Decimal(800), sector_code="10.71", sector_label="Bäckerei")
    no_rent = MatchingWeights(rent=0)
    result = only(request, unit(), weights=no_rent)
    assert "Miete" not in result.explanation
    assert "Bäckerei wird im Bezirk nicht vermisst" in result.explanation
    assert result.explanation.startswith("Passt")


def test_explanation_of_a_weak_match_still_gives_its_best_reason() -> None:
    request = wish(
        preferred_district_ids=frozenset({EVING}), sector_code="96.02", sector_label="Friseursalon"
    )
    weak = unit(area_m2=Decimal(57), condition=PropertyCondition.MAJOR_RENOVATION)
    result = only(request, weak, weights=MatchingWeights(rent=0))
    _sentence_ok(result.explanation)
    assert result.explanation == (
        "Passt kaum: 57 m², kleiner als gewünscht (ab 60 m²); "
        "aber Friseursalon wird im Bezirk nicht vermisst."
    )


# --- Anmietungs-Fonds -------------------------------------------------------------------------------

_BAKERY = DemandProfile({HOERDE: {"10.71": 1}})
_BAKER = wish(min_area_m2=None, max_area_m2=None, sector_code="10.71", sector_label="Bäckerei")


def test_fund_takes_a_small_ground_floor_unit_whose_sector_is_missed() -> None:
    result = only(_BAKER, unit(area_m2=Decimal(300)), profile=_BAKERY)
    assert result.fund_eligible
    assert result.fund_reason.startswith("Anmietungs-Fonds möglich: 300 m² im Erdgeschoss")
    assert "höchstens 24 Monate" in result.fund_reason


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"area_m2": Decimal("300.01")}, "300,01 m² sind mehr als 300 m²"),
        ({"features": frozenset({Feature.SHOP_WINDOW})}, "nicht im Erdgeschoss"),
        ({"district_id": EVING, "quarter_ids": frozenset()}, "passt nicht zum Bedarfsprofil"),
    ],
)
def test_fund_refuses_large_upper_floor_or_unneeded_units(changes: dict[str, Any], reason: str) -> None:
    result = only(_BAKER, unit(**changes), profile=_BAKERY)
    assert not result.fund_eligible
    assert result.fund_reason.startswith("Kein Anmietungs-Fonds: ")
    assert reason in result.fund_reason


def test_fund_rule_is_configurable_and_can_be_switched_off() -> None:
    upper = unit(area_m2=Decimal(450), features=frozenset())
    generous = FundRule(max_area_m2=Decimal(500), ground_floor=False, max_months=18)
    result = only(_BAKER, upper, profile=_BAKERY, fund=generous)
    assert result.fund_eligible
    assert "höchstens 18 Monate" in result.fund_reason
    off = only(_BAKER, unit(), profile=_BAKERY, fund=FundRule(enabled=False))
    assert not off.fund_eligible
