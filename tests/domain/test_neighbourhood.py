"""Neighbourhood rules: the overlap rule, goal progress, migrant-led without guessing, languages, and
reference figures from district statistics only where the data allows."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dlzw_desktop.domain.enums import MigrationBackground
from dlzw_desktop.domain.neighbourhood import (
    DistrictIndicator,
    GoalProgress,
    QuarterArea,
    StatedShare,
    StatisticValue,
    area_total,
    forbidden_overlaps,
    language_name_de,
    migrant_led,
    percent,
    reference_figures,
    split_languages,
)

D1, D2, D3, D4 = (uuid.UUID(int=i) for i in range(1, 5))
YES, NO, NOT_STATED = MigrationBackground.YES, MigrationBackground.NO, MigrationBackground.NOT_STATED
POP, MIGRANT, BUSINESSES = (
    DistrictIndicator.POPULATION,
    DistrictIndicator.POPULATION_MIGRANT,
    DistrictIndicator.BUSINESSES,
)


def area(name: str, *districts: uuid.UUID, allow: bool = False, current: bool = True) -> QuarterArea:
    return QuarterArea(uuid.uuid5(uuid.NAMESPACE_DNS, name), name, frozenset(districts), allow, current)


def test_a_shared_district_is_an_overlap_naming_the_other_quarter() -> None:
    nord = area("Nordstadt", D1, D2)
    hafen = area("Hafen", D2, D3)
    found = forbidden_overlaps(hafen, [nord])
    assert [(o.district_id, o.other.name) for o in found] == [(D2, "Nordstadt")]
    assert forbidden_overlaps(area("Eving", D4), [nord]) == []


@pytest.mark.parametrize(
    ("mine", "theirs", "refused"),
    [(False, False, True), (True, False, True), (False, True, True), (True, True, False)],
)
def test_overlap_is_allowed_only_when_both_quarters_allow_it(mine: bool, theirs: bool, refused: bool) -> None:
    assert bool(forbidden_overlaps(area("A", D1, allow=mine), [area("B", D1, allow=theirs)])) is refused


def test_completed_quarters_and_the_quarter_itself_do_not_count() -> None:
    nord = area("Nordstadt", D1)
    assert forbidden_overlaps(nord, [nord]) == []
    assert forbidden_overlaps(area("Neu", D1), [area("Alt", D1, current=False)]) == []
    assert forbidden_overlaps(area("Alt", D1, current=False), [nord]) == []


def test_goal_progress() -> None:
    assert GoalProgress("jobs", 3, 12).percent == Decimal("25.0")
    assert GoalProgress("jobs", 13, 12).met is True
    assert GoalProgress("jobs", 13, None).percent is None
    assert GoalProgress("jobs", 13, None).met is None


@pytest.mark.parametrize(
    ("founders", "expected"),
    [
        ([], NOT_STATED),
        ([YES], YES),
        ([NO, YES], YES),
        ([NO, NO], NO),
        ([NO, NOT_STATED], NOT_STATED),
        ([NOT_STATED], NOT_STATED),
    ],
)
def test_migrant_led_is_never_guessed(
    founders: list[MigrationBackground], expected: MigrationBackground
) -> None:
    assert migrant_led(founders) is expected


def test_the_share_is_taken_over_stated_answers_only() -> None:
    share = StatedShare.of([YES, NO, NO, NO, NOT_STATED, NOT_STATED])
    assert (share.yes, share.no, share.not_stated, share.total) == (1, 3, 2, 6)
    assert share.yes_percent == Decimal("25.0")
    assert StatedShare.of([NOT_STATED]).yes_percent is None


@given(st.lists(st.sampled_from(list(MigrationBackground)), max_size=50))
def test_the_share_never_includes_not_stated(answers: list[MigrationBackground]) -> None:
    share = StatedShare.of(answers)
    assert share.total == len(answers)
    if share.stated:
        assert share.yes_percent == percent(share.yes, share.yes + share.no)


def test_percent_rounds_half_up() -> None:
    assert percent(1, 8) == Decimal("12.5")
    assert percent(1, 3) == Decimal("33.3")
    assert percent(2, 3) == Decimal("66.7")
    assert percent(1, 0) is None


def test_languages_are_read_from_stored_lists() -> None:
    assert split_languages("de, TR;ar  tr") == ("de", "tr", "ar")
    assert split_languages("Deutsch, 12") == ()
    assert split_languages(None) == ()
    assert language_name_de("tr") == "Türkisch"
    assert language_name_de("xx") == "XX"


def stat(
    district_id: uuid.UUID | None, indicator: DistrictIndicator, year: int, value: int
) -> StatisticValue:
    return StatisticValue(district_id, indicator, year, Decimal(value), f"Dortmunder Statistik {year}")


def test_reference_figures_use_the_latest_complete_year_and_name_source_and_year() -> None:
    statistics = [
        stat(D1, POP, 2024, 10000),
        stat(D2, POP, 2024, 5000),
        stat(D3, POP, 2024, 20000),
        stat(D4, POP, 2024, 15000),
        stat(D1, POP, 2025, 10500),  # 2025 lacks D2: the quarter's figure would be partial
        stat(D1, MIGRANT, 2024, 6000),
        stat(D2, MIGRANT, 2024, 3000),
        stat(D3, MIGRANT, 2024, 5000),
        stat(D4, MIGRANT, 2024, 2000),
        stat(None, BUSINESSES, 2023, 40000),  # the city's published total
        stat(D1, BUSINESSES, 2023, 900),
        stat(D2, BUSINESSES, 2023, 300),
    ]
    figures = {
        f.key: f
        for f in reference_figures(
            statistics,
            quarter_districts=frozenset({D1, D2}),
            city_districts=frozenset({D1, D2, D3, D4}),
            supported_quarter=6,
            supported_city=20,
        )
    }
    population = figures["population"]
    assert population.quarter_value == Decimal(15000) and population.city_value == Decimal(50000)
    assert population.year == 2024
    assert population.source == "Dortmunder Statistik 2024"
    assert figures["population_migrant_share"].quarter_value == Decimal("60.0")
    assert figures["population_migrant_share"].city_value == Decimal("32.0")
    assert figures["supported_per_1000_residents"].quarter_value == Decimal("0.4")
    assert figures["supported_per_1000_residents"].city_value == Decimal("0.4")
    assert figures["businesses"].city_value == 40000  # the published total, not the partial district sum
    assert figures["supported_per_100_businesses"].quarter_value == Decimal("0.5")
    assert "vacant_units" not in figures


def test_no_reference_figure_is_formed_from_incomplete_data() -> None:
    statistics = [stat(D1, DistrictIndicator.POPULATION, 2024, 10000)]
    figures = reference_figures(
        statistics,
        quarter_districts=frozenset({D1, D2}),
        city_districts=frozenset({D1, D2}),
        supported_quarter=1,
        supported_city=1,
    )
    assert figures == ()
    only_quarter = reference_figures(
        statistics,
        quarter_districts=frozenset({D1}),
        city_districts=frozenset({D1, D2}),
        supported_quarter=1,
        supported_city=1,
    )
    assert only_quarter[0].quarter_value == 10000 and only_quarter[0].city_value is None
    assert area_total({D1: Decimal(1)}, [D1, D2]) is None
    assert area_total({D1: Decimal(1), D2: Decimal(2)}, [D1, D2]) == Decimal(3)
