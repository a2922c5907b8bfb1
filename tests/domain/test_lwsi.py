"""Tests of the LWSI formula, its periods and index, with the arithmetic written out by hand."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from dlzw_desktop.domain.lwsi import (
    DEFAULT_MULTIPLIER,
    DEFINITION_VERSION,
    BusinessActivity,
    CalendarQuarter,
    GvaTable,
    LwsiComputation,
    MultiplierSetting,
    Period,
    PopulationTable,
    ReactivatedSpace,
    TargetStatus,
    calendar_quarters,
    compute_lwsi,
    direct_value_added,
    index_of,
    rolling_index,
    share_active,
    target_status,
)
from dlzw_desktop.errors import StorageError, ValidationError

SURVEYED = MultiplierSetting(Decimal("1.5"), estimated=False, source="LM3-Befragung Nordstadt 2026")
ONE = MultiplierSetting(Decimal("1"), estimated=False, source="no multiplier (test)")
Q1_2026 = CalendarQuarter(2026, 1).period
NORDSTADT = frozenset({"nordmarkt", "borsigplatz", "hafen"})


def activity(
    section: str = "G",
    fte: str = "1",
    start: date = date(2020, 1, 1),
    end: date | None = None,
    *,
    district: str = "nordmarkt",
    business: str = "B1",
) -> BusinessActivity:
    return BusinessActivity(business, section, Decimal(fte), start, end, district)


def table(**values: str) -> GvaTable:
    return GvaTable("Beispieltabelle", 2022, {k: Decimal(v) for k, v in values.items()}, Decimal("80000"))


# The worked example of docs/lwsi.md, section 9 (illustrative numbers, not official statistics).
DOC_GVA = table(G="52000", I="30000", M="85000")
DOC_ACTIVITIES = (
    activity("G", "1.5", date(2025, 6, 1), None, district="nordmarkt", business="B1"),
    activity("I", "2.0", date(2026, 2, 15), None, district="borsigplatz", business="B2"),
    activity("S", "1.0", date(2025, 9, 1), None, district="hafen", business="B3"),
    activity("M", "1.0", date(2025, 1, 1), None, district="city", business="B4"),  # outside the Quartier
)
DOC_POPULATION = PopulationTable(
    "Beispiel", date(2024, 12, 31), {"nordmarkt": 20000, "borsigplatz": 9000, "hafen": 16000, "city": 9782}
)
DOC_SPACES = (
    ReactivatedSpace("P1", Decimal("120.50"), date(2026, 3, 1), "hafen"),
    ReactivatedSpace("P2", Decimal("60"), date(2025, 12, 1), "hafen"),  # before the period
)


def doc_example() -> LwsiComputation:
    return compute_lwsi(
        DOC_ACTIVITIES,
        DOC_GVA,
        DEFAULT_MULTIPLIER,
        Q1_2026,
        district_ids=NORDSTADT,
        population=DOC_POPULATION,
        spaces=DOC_SPACES,
    )


# ------------------------------------------------------------------------------------- share active


def test_share_active_counts_days_with_both_ends_included() -> None:
    # Q1 2026: 31 + 28 + 31 = 90 days.
    start, end = Q1_2026.start, Q1_2026.end
    assert share_active(activity(start=date(2025, 1, 1)), start, end) == 1
    # 15.-28.02. = 14 days, March 31 days: 45 of 90.
    assert share_active(activity(start=date(2026, 2, 15)), start, end) == Fraction(45, 90)
    # Closed on 10.01.: 1.-10.01. = 10 days.
    assert share_active(activity(start=date(2025, 5, 1), end=date(2026, 1, 10)), start, end) == Fraction(
        10, 90
    )
    # Open on the last day only.
    assert share_active(activity(start=date(2026, 3, 31)), start, end) == Fraction(1, 90)
    # Closed before the quarter / opened after it.
    assert share_active(activity(start=date(2025, 1, 1), end=date(2025, 12, 31)), start, end) == 0
    assert share_active(activity(start=date(2026, 4, 1)), start, end) == 0


def test_share_active_refuses_a_reversed_period() -> None:
    with pytest.raises(ValidationError) as error:
        share_active(activity(), date(2026, 3, 31), date(2026, 1, 1))
    assert error.value.code == "lwsi.period_reversed"


# ------------------------------------------------------------------------------- direct value added


def test_a_full_year_yields_the_annual_value_added() -> None:
    # 2 FTE x 50,000 EUR per worker and year x 365/365 = 100,000.00 EUR.
    result = direct_value_added([activity("G", "2")], table(G="50000"), Period.year(2025))
    assert result.total == Decimal("100000.00")
    assert result.by_section == {"G": Decimal("100000.00")}
    assert result.businesses_by_section == {"G": 1}
    assert result.estimated_sections == frozenset()


def test_a_quarter_is_its_days_share_of_the_year_in_a_leap_year() -> None:
    # Q1 2024 has 31 + 29 + 31 = 91 days of 366: 1 FTE x 36,600 x 91/366 = 9,100.00 EUR.
    result = direct_value_added([activity("G", "1")], table(G="36600"), CalendarQuarter(2024, 1).period)
    assert result.total == Decimal("9100.00")


def test_the_four_quarters_of_a_year_add_up_to_the_year() -> None:
    gva = table(G="36500")
    business = [activity("G", "1")]
    quarters = [
        direct_value_added(business, gva, CalendarQuarter(2025, q).period).total for q in (1, 2, 3, 4)
    ]
    # 36,500/365 = 100 EUR a day: 90, 91, 92 and 92 days.
    assert quarters == [Decimal("9000.00"), Decimal("9100.00"), Decimal("9200.00"), Decimal("9200.00")]
    assert sum(quarters) == direct_value_added(business, gva, Period.year(2025)).total == Decimal("36500.00")


def test_a_business_active_for_part_of_a_quarter_counts_only_its_days() -> None:
    # Opened 15.02.2026: 45 active days of 365 in 2026; 2 FTE x 36,500 x 45/365 = 9,000.00 EUR.
    result = direct_value_added([activity("I", "2", date(2026, 2, 15))], table(I="36500"), Q1_2026)
    assert result.total == Decimal("9000.00")


def test_a_period_across_new_year_counts_each_day_in_its_own_year() -> None:
    # 1 FTE x 36,600: 01.12.2023-31.12.2023 = 31 days of 365, 01.01.2024-31.01.2024 = 31 days of 366.
    # 36,600 x (31/365 + 31/366) = 3,108.4931... + 3,100 = 6,208.49 EUR.
    result = direct_value_added(
        [activity("G")], table(G="36600"), Period(date(2023, 12, 1), date(2024, 1, 31))
    )
    assert result.total == Decimal("6208.49")


def test_cents_are_rounded_half_up_once_at_the_end() -> None:
    # 1 FTE x 1.83 EUR a year x 1/366 (one day of 2024) = 0.005 EUR exactly: half up gives 0.01
    # (banker's rounding would give 0.00).
    one_day = Period(date(2024, 5, 1), date(2024, 5, 1))
    assert direct_value_added([activity("G")], table(G="1.83"), one_day).total == Decimal("0.01")


def test_missing_section_falls_back_to_the_nrw_average_and_is_marked() -> None:
    # Section S has no value: 1 FTE x 80,000 (NRW all-sector average) x 365/365.
    result = direct_value_added([activity("S")], table(G="50000"), Period.year(2025))
    assert result.total == Decimal("80000.00")
    assert result.estimated_sections == frozenset({"S"})


def test_area_filter_keeps_only_the_quartiers_districts() -> None:
    activities = [
        activity("G", "1", district="nordmarkt"),
        activity("G", "1", district="city", business="B2"),
    ]
    gva = table(G="36500")
    assert direct_value_added(activities, gva, Period.year(2025), district_ids=NORDSTADT).total == Decimal(
        "36500.00"
    )
    assert direct_value_added(activities, gva, Period.year(2025)).total == Decimal("73000.00")


# ----------------------------------------------------------------------------------------- the LWSI


def test_worked_example_of_the_documentation() -> None:
    result = doc_example()
    # B1: 1.5 x 52,000 x 90/365 = 7,020,000/365 = 19,232.8767...
    # B2: 2.0 x 30,000 x 45/365 = 2,700,000/365 =  7,397.2602...
    # B3: 1.0 x 80,000 x 90/365 = 7,200,000/365 = 19,726.0273...  (S missing: NRW average, estimated)
    # B4 lies in "city", outside the Quartier.
    # Direct: 16,920,000/365 = 46,356.1643... -> 46,356.16 EUR
    assert result.direct_value_added == Decimal("46356.16")
    assert result.direct_by_section == {
        "G": Decimal("19232.88"),
        "I": Decimal("7397.26"),
        "S": Decimal("19726.03"),
    }
    # LWSI: 1.7 x 16,920,000/365 = 28,764,000/365 = 78,805.4794... -> 78,805.48 EUR
    assert result.value == Decimal("78805.48")
    # Per capita: 78,805.4794.../(20,000 + 9,000 + 16,000) = 1.7512... -> 1.75 EUR per inhabitant
    assert result.population_total == 45000
    assert result.per_capita == Decimal("1.75")
    # m² reported alongside: only P1 (120.50 m²) was reactivated within Q1 2026.
    assert result.reactivated_m2 == Decimal("120.50")
    assert result.estimated_inputs == ("multiplier", "gva:S")
    assert result.estimated
    assert result.business_count == 3
    assert {a.business_id for a in result.activities} == {"B1", "B2", "B3"}


def test_reactivated_space_is_reported_but_does_not_change_the_value() -> None:
    without = compute_lwsi(DOC_ACTIVITIES, DOC_GVA, DEFAULT_MULTIPLIER, Q1_2026, district_ids=NORDSTADT)
    with_space = doc_example()
    assert without.value == with_space.value
    assert without.reactivated_m2 == Decimal("0.00")
    assert with_space.reactivated_m2 == Decimal("120.50")


def test_complete_inputs_are_not_estimated() -> None:
    result = compute_lwsi([activity("G", "2")], table(G="50000"), SURVEYED, Period.year(2025))
    # 2 x 50,000 = 100,000 direct; x 1.5 = 150,000.00
    assert result.value == Decimal("150000.00")
    assert not result.estimated
    assert result.estimated_inputs == ()


def test_estimated_gva_is_flagged_only_when_the_section_contributes() -> None:
    closed_before = activity("S", "1", date(2020, 1, 1), date(2024, 12, 31))
    result = compute_lwsi([closed_before, activity("G")], table(G="50000"), SURVEYED, Period.year(2025))
    assert result.estimated_inputs == ()
    assert result.activities == (activity("G"),)


def test_per_capita_is_left_out_when_a_districts_population_is_missing() -> None:
    partial = PopulationTable("Beispiel", date(2024, 12, 31), {"nordmarkt": 20000})
    result = compute_lwsi(
        DOC_ACTIVITIES, DOC_GVA, DEFAULT_MULTIPLIER, Q1_2026, district_ids=NORDSTADT, population=partial
    )
    assert result.per_capita is None
    assert result.population_missing == ("borsigplatz", "hafen")
    assert result.value == Decimal("78805.48")


@pytest.mark.parametrize("value", ["0.99", "3.01", "0"])
def test_multiplier_outside_lm3_range_is_refused(value: str) -> None:
    with pytest.raises(ValidationError) as error:
        MultiplierSetting(Decimal(value), estimated=False, source="survey")
    assert error.value.code == "lwsi.multiplier_out_of_range"


def test_default_multiplier_is_an_estimate_with_a_source() -> None:
    assert DEFAULT_MULTIPLIER.estimated
    assert DEFAULT_MULTIPLIER.value == Decimal("1.7")
    assert "LM3" in DEFAULT_MULTIPLIER.source


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"section": "Z"}, "lwsi.unknown_section"),
        ({"section": "g"}, "lwsi.unknown_section"),
        ({"fte": "-0.5"}, "lwsi.negative_fte"),
        ({"start": date(2026, 2, 1), "end": date(2026, 1, 31)}, "lwsi.activity_reversed"),
    ],
)
def test_invalid_activities_are_refused(kwargs: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as error:
        activity(**kwargs)  # type: ignore[arg-type]
    assert error.value.code == code


def test_gva_table_refuses_zero_values_and_an_anonymous_source() -> None:
    with pytest.raises(ValidationError) as error:
        table(G="0")
    assert error.value.code == "lwsi.gva_not_positive"
    with pytest.raises(ValidationError) as error:
        GvaTable(" ", 2022, {}, Decimal("80000"))
    assert error.value.code == "lwsi.gva_source_missing"


# ------------------------------------------------------------------------------------- storage


def test_a_stored_computation_reproduces_the_identical_figure() -> None:
    original = doc_example()
    record = json.loads(json.dumps(original.to_record()))  # what the database column holds
    restored = LwsiComputation.from_record(record)
    assert restored == original
    recomputed = restored.recompute()
    assert recomputed.value == original.value == Decimal("78805.48")
    assert recomputed == original
    assert record["result"]["estimated"] is True
    assert record["version"] == DEFINITION_VERSION


def test_a_record_from_a_newer_definition_is_refused() -> None:
    record = doc_example().to_record()
    record["version"] = DEFINITION_VERSION + 1
    with pytest.raises(StorageError) as error:
        LwsiComputation.from_record(record)
    assert error.value.code == "lwsi.record_newer"


@pytest.mark.parametrize("damage", ["float_amount", "missing_key", "bad_date"])
def test_a_damaged_record_is_reported_as_corrupt(damage: str) -> None:
    record = doc_example().to_record()
    if damage == "float_amount":
        record["result"]["value"] = 78805.48
    elif damage == "missing_key":
        del record["gva"]
    else:
        record["period"]["start"] = "31.12.2025"
    with pytest.raises(StorageError) as error:
        LwsiComputation.from_record(record)
    assert error.value.code == "lwsi.record_corrupt"


# --------------------------------------------------------------------------------- quarters, index


def test_calendar_quarters_cover_every_overlapping_quarter() -> None:
    assert calendar_quarters(date(2025, 11, 3), date(2026, 4, 1)) == [
        CalendarQuarter(2025, 4),
        CalendarQuarter(2026, 1),
        CalendarQuarter(2026, 2),
    ]
    assert calendar_quarters(date(2026, 5, 5), date(2026, 5, 5)) == [CalendarQuarter(2026, 2)]
    assert CalendarQuarter(2024, 1).period == Period(date(2024, 1, 1), date(2024, 3, 31))
    assert CalendarQuarter.parse("2026-Q4").period.end == date(2026, 12, 31)


def test_calendar_quarters_refuse_reversed_dates() -> None:
    with pytest.raises(ValidationError):
        calendar_quarters(date(2026, 5, 5), date(2026, 1, 1))


def quarters(*values: str) -> dict[CalendarQuarter, Decimal]:
    """Quarter values ending with Q1/2026, oldest first."""
    result: dict[CalendarQuarter, Decimal] = {}
    quarter = CalendarQuarter(2026, 1)
    for value in reversed(values):
        result[quarter] = Decimal(value)
        quarter = quarter.previous()
    return result


def test_rolling_index_of_the_documentation() -> None:
    # Q2/2025..Q1/2026: 70,000 + 72,000 + 75,000 + 78,805.48 = 295,805.48
    # / 250,000 (base year 2025) x 100 = 118.322192 -> 118.3
    index = rolling_index(quarters("70000", "72000", "75000", "78805.48"), Decimal("250000"))
    assert index == Decimal("118.3")
    assert target_status(index) is TargetStatus.MET


def test_rolling_index_uses_only_the_last_four_quarters() -> None:
    # An older quarter (Q1/2025 = 1,000,000) must not count: 4 x 25,000 / 100,000 x 100 = 100.0
    values = quarters("1000000", "25000", "25000", "25000", "25000")
    assert rolling_index(values, Decimal("100000")) == Decimal("100.0")
    # As of Q4/2025 it does: (1,000,000 + 3 x 25,000) / 100,000 x 100 = 1075.0
    assert rolling_index(values, Decimal("100000"), as_of=CalendarQuarter(2025, 4)) == Decimal("1075.0")


@pytest.mark.parametrize(
    ("last", "index", "status"),
    [
        # base 100,000; first three quarters 25,000 each = 75,000.
        ("35000", "110.0", TargetStatus.MET),  # 110,000 -> exactly +10 %
        ("34940", "109.9", TargetStatus.NOT_MET),  # 109,940 -> 109.94 -> 109.9
        ("34950", "110.0", TargetStatus.MET),  # 109,950 -> 109.95 -> 110.0: the published figure decides
        ("15000", "90.0", TargetStatus.NOT_MET),
    ],
)
def test_target_is_met_from_110(last: str, index: str, status: TargetStatus) -> None:
    value = rolling_index(quarters("25000", "25000", "25000", last), Decimal("100000"))
    assert value == Decimal(index)
    assert target_status(value) is status


def test_goal_percent_is_configurable() -> None:
    assert target_status(Decimal("114.9"), goal_percent=15) is TargetStatus.NOT_MET
    assert target_status(Decimal("115.0"), goal_percent=Decimal("15")) is TargetStatus.MET


@pytest.mark.parametrize("base", [None, Decimal("0"), Decimal("0.00")])
def test_no_base_year_value_gives_no_index(base: Decimal | None) -> None:
    index = rolling_index(quarters("1", "2", "3", "4"), base)
    assert index is None
    assert target_status(index) is TargetStatus.NO_BASE


def test_a_missing_quarter_is_named() -> None:
    values = quarters("25000", "25000", "25000", "25000")
    del values[CalendarQuarter(2025, 3)]
    with pytest.raises(ValidationError) as error:
        rolling_index(values, Decimal("100000"))
    assert error.value.code == "lwsi.quarters_missing"
    assert error.value.params["quarters"] == "2025-Q3"


def computations(
    multiplier: MultiplierSetting, gva: GvaTable, acts: list[BusinessActivity]
) -> tuple[list[LwsiComputation], LwsiComputation]:
    per_quarter = [
        compute_lwsi(acts, gva, multiplier, CalendarQuarter(2026, q).period, district_ids=NORDSTADT)
        for q in (1, 2, 3, 4)
    ]
    base = compute_lwsi(acts, gva, multiplier, Period.year(2025), district_ids=NORDSTADT)
    return per_quarter, base


def test_index_of_stored_computations_and_estimated_flags_propagate() -> None:
    # 2025: one business, 1 FTE x 36,500 all year = 36,500 direct.
    # 2026: a second one with 1 FTE from 01.07.2026 (184 days): 36,500 + 36,500 x 184/365 = 54,900 direct.
    # Index: 54,900 / 36,500 x 100 = 150.41... -> 150.4, independent of the multiplier.
    acts = [activity("G"), activity("S", "1", date(2026, 7, 1), business="B2")]
    # S is missing from the table and falls back to the NRW average, here also 36,500.
    gva = GvaTable("Beispieltabelle", 2022, {"G": Decimal("36500")}, Decimal("36500"))
    per_quarter, base = computations(DEFAULT_MULTIPLIER, gva, acts)
    result = index_of(per_quarter, base)
    assert result.value == Decimal("150.4")
    assert result.status is TargetStatus.MET
    assert result.as_of == CalendarQuarter(2026, 4)
    assert result.base_year == 2025
    # The quarters use S's NRW fallback; every figure uses the estimated default multiplier.
    assert result.estimated_inputs == ("gva:S", "multiplier")
    assert result.estimated

    surveyed_quarters, surveyed_base = computations(ONE, gva, acts)
    assert index_of(surveyed_quarters, surveyed_base).value == Decimal("150.4")


def test_index_refuses_to_compare_different_multipliers() -> None:
    acts = [activity("G")]
    gva = table(G="36500")
    per_quarter, _ = computations(SURVEYED, gva, acts)
    _, old_base = computations(DEFAULT_MULTIPLIER, gva, acts)
    with pytest.raises(ValidationError) as error:
        index_of(per_quarter, old_base)
    assert error.value.code == "lwsi.not_comparable"


def test_index_without_base_reports_no_base() -> None:
    per_quarter, _ = computations(SURVEYED, table(G="36500"), [activity("G")])
    result = index_of(per_quarter, None)
    assert result.value is None
    assert result.status is TargetStatus.NO_BASE


def test_index_refuses_a_base_that_is_not_a_calendar_year() -> None:
    per_quarter, _ = computations(SURVEYED, table(G="36500"), [activity("G")])
    with pytest.raises(ValidationError) as error:
        index_of(per_quarter, per_quarter[0])
    assert error.value.code == "lwsi.base_not_a_year"
