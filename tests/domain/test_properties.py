"""Property rules: the status and match-stage tables, plausible values and German area input."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from dlzw_desktop.domain.enums import MatchStage, PropertyStatus
from dlzw_desktop.domain.properties import (
    MATCH_TRANSITIONS,
    PIPELINE,
    check_property_values,
    check_request_values,
    format_area,
    match_targets,
    match_transition,
    parse_area,
    property_targets,
    property_transition,
)
from dlzw_desktop.errors import ValidationError


def test_a_vacancy_runs_from_vacant_to_reactivated_or_is_withdrawn() -> None:
    assert property_targets(PropertyStatus.VACANT) == (
        PropertyStatus.RESERVED,
        PropertyStatus.LET,
        PropertyStatus.WITHDRAWN,
    )
    assert property_targets(PropertyStatus.LET) == (PropertyStatus.REACTIVATED, PropertyStatus.VACANT)
    assert property_transition(PropertyStatus.LET, PropertyStatus.REACTIVATED, "").reason_required is False
    with pytest.raises(ValidationError) as caught:
        property_transition(PropertyStatus.WITHDRAWN, PropertyStatus.LET, "vermietet")
    assert caught.value.code == "property.status_step_not_allowed"
    assert caught.value.params["allowed"] == (PropertyStatus.VACANT,)
    with pytest.raises(ValidationError) as caught:
        property_transition(PropertyStatus.VACANT, PropertyStatus.WITHDRAWN, "   ")
    assert caught.value.code == "property.status_reason_missing"


def test_the_match_pipeline_is_linear_and_rejection_needs_a_reason() -> None:
    for current, following in itertools.pairwise(PIPELINE):
        assert following in match_targets(current)
        assert not MATCH_TRANSITIONS[(current, following)].reason_required
    assert match_targets(MatchStage.LEASE_SIGNED) == (MatchStage.BUSINESS_OPENED,)
    assert MatchStage.REJECTED not in match_targets(MatchStage.LEASE_SIGNED)
    with pytest.raises(ValidationError) as caught:
        match_transition(MatchStage.VIEWING, MatchStage.REJECTED, "")
    assert caught.value.code == "match.reason_missing"
    with pytest.raises(ValidationError):
        match_transition(MatchStage.PROPOSED, MatchStage.BUSINESS_OPENED, "")


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"area_m2": Decimal("0.004")}, "property.area_implausible"),
        ({"area_m2": Decimal("100000.01")}, "property.area_implausible"),
        ({"cold_rent": Decimal("42501")}, "property.rent_implausible"),  # 500 €/m² on 85 m² is 42.500 €
        ({"service_charges": Decimal("12751")}, "property.service_charges_implausible"),
        ({"renovation_cost": Decimal("10000000.01")}, "property.renovation_cost_implausible"),
        ({"rooms": -1}, "property.rooms_implausible"),
        ({"cold_rent": Decimal("NaN")}, "property.rent_negative"),
    ],
)
def test_absurd_property_values_are_refused(values: dict[str, object], code: str) -> None:
    arguments: dict[str, object] = {
        "area_m2": Decimal(85),
        "cold_rent": Decimal(850),
        "service_charges": Decimal(150),
        "renovation_cost": None,
        "rooms": 3,
    }
    arguments.update(values)
    with pytest.raises(ValidationError) as caught:
        check_property_values(**arguments)  # type: ignore[arg-type]
    assert caught.value.code == code


def test_plausible_edges_pass() -> None:
    check_property_values(
        area_m2=Decimal(85),
        cold_rent=Decimal(42500),
        service_charges=Decimal(0),
        renovation_cost=Decimal(0),
        rooms=0,
    )
    check_request_values(min_area_m2=Decimal(60), max_area_m2=Decimal(60), max_rent=Decimal(0))


def test_areas_are_typed_the_german_way() -> None:
    assert parse_area("85") == Decimal("85.00")
    assert parse_area(" 1.250,5 m² ") == Decimal("1250.50")
    for text, code in (
        ("", "area.empty"),
        ("-3", "area.negative"),
        ("85.5", "area.invalid"),
        ("viel", "area.invalid"),
    ):
        with pytest.raises(ValidationError) as caught:
            parse_area(text)
        assert caught.value.code == code, text
    assert format_area(Decimal("85.50")) == "85,5"
    assert format_area(Decimal("1250")) == "1.250"
