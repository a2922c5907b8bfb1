"""PropertyService on SQLite and PostgreSQL: register, requests, demand profile, matching, pipeline, figures,
boundaries, photos and the exposé."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from dlzw_desktop.db.models import DemandEntry, Initiative, InitiativeMeeting
from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import MatchStage, PropertyStatus, Role, SpaceRequestStatus
from dlzw_desktop.domain.matching import Feature, FundRule, HardFilter, MatchingWeights
from dlzw_desktop.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.property_rows import (
    DemandEntryDraft,
    MatchingSettings,
    MatchQuery,
    PartyKind,
    PartyRef,
    PropertyQuery,
    RequestQuery,
)
from dlzw_desktop.services.registry import Services
from tests.services.property_fixtures import (
    BAKERY_SHOP,
    BENNINGHOFEN,
    BOROUGH_HOERDE,
    BOROUGH_NORD,
    HAIRDRESSER,
    HOERDE,
    NORDMARKT,
    add_case,
    add_quarter,
    add_request,
    add_unit,
    borough_geojson,
    founder,
    owner,
    png_photo,
    request_draft,
    unit_draft,
    write_json,
)

TODAY = today_berlin()

# --- register --------------------------------------------------------------------------------------


def test_a_recorded_property_knows_its_borough_owner_and_history(services: Services) -> None:
    row = add_unit(services, owner(services))
    assert row.status is PropertyStatus.VACANT
    assert (row.borough_id, row.borough_name, row.district_name) == (BOROUGH_HOERDE, "Hörde", "Hörde")
    assert row.owner_label == "Hausverwaltung Ruhr GmbH" and row.owner_consent
    assert row.total_rent == Decimal("1000.00")
    assert [h.to_status for h in services.properties.status_history(row.id)] == [PropertyStatus.VACANT]
    assert services.properties.properties(PropertyQuery(borough_id=BOROUGH_HOERDE)) == [row]
    assert services.properties.properties(PropertyQuery(borough_id=BOROUGH_NORD)) == []
    assert services.properties.properties(PropertyQuery(text="bahnhof"))[0].id == row.id


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"area_m2": Decimal("-85")}, "property.area_implausible"),
        ({"area_m2": Decimal("0")}, "property.area_implausible"),
        ({"area_m2": Decimal("850000")}, "property.area_implausible"),
        ({"cold_rent": Decimal("-1")}, "property.rent_negative"),
        ({"cold_rent": Decimal("850000")}, "property.rent_implausible"),
        ({"service_charges": Decimal("-5")}, "property.service_charges_negative"),
        ({"service_charges": Decimal("90000")}, "property.service_charges_implausible"),
        ({"renovation_cost": Decimal("-10")}, "property.renovation_cost_implausible"),
        ({"rooms": 900}, "property.rooms_implausible"),
        ({"uses": frozenset()}, "property.uses_missing"),
        ({"street": "  "}, "property.street_missing"),
        ({"postcode": "4426"}, "property.postcode_invalid"),
        ({"owner_consent_on": None}, "property.consent_date_missing"),
        ({"owner_consent_on": TODAY + timedelta(days=3)}, "date.in_future"),
        ({"district_id": NORDMARKT, "borough_id": BOROUGH_HOERDE}, "property.district_outside_borough"),
        ({"extra_features": frozenset({Feature.SHOP_WINDOW})}, "property.feature_duplicated"),
    ],
)
def test_implausible_property_values_are_refused(
    services: Services, changes: dict[str, object], code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.properties.create_property(unit_draft(owner(services), **changes))
    assert caught.value.code == code
    assert services.properties.properties() == []


def test_a_consent_needs_an_owner(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.properties.create_property(
            unit_draft(None, owner_consent=True, owner_consent_on=date(2026, 1, 2))
        )
    assert caught.value.code == "property.consent_without_owner"


def test_a_stale_edit_is_refused_with_both_values(services: Services) -> None:
    row = add_unit(services, owner(services))
    first = services.properties.update_property(
        row.id, row.version, dataclasses.replace(row.draft(), rooms=3)
    )
    with pytest.raises(ConflictError) as caught:
        services.properties.update_property(row.id, row.version, dataclasses.replace(row.draft(), rooms=5))
    assert caught.value.mine["rooms"] == 5 and caught.value.theirs["rooms"] == 3
    assert services.properties.get_property(row.id).rooms == 3 == first.rooms


def test_status_steps_follow_the_table_and_keep_their_reasons(services: Services) -> None:
    row = add_unit(services, owner(services))
    with pytest.raises(ValidationError) as caught:
        services.properties.change_status(row.id, row.version, PropertyStatus.REACTIVATED, "")
    assert caught.value.code == "property.status_step_not_allowed"
    with pytest.raises(ValidationError) as caught:
        services.properties.change_status(row.id, row.version, PropertyStatus.RESERVED, " ")
    assert caught.value.code == "property.status_reason_missing"
    with pytest.raises(ValidationError):
        services.properties.change_status(
            row.id, row.version, PropertyStatus.RESERVED, "für Frau Yılmaz", on=TODAY + timedelta(days=1)
        )
    reserved = services.properties.change_status(
        row.id, row.version, PropertyStatus.RESERVED, "für Frau Yılmaz"
    )
    assert reserved.status is PropertyStatus.RESERVED and reserved.status_reason == "für Frau Yılmaz"
    vacant = services.properties.change_status(
        reserved.id, reserved.version, PropertyStatus.VACANT, "abgesagt"
    )
    withdrawn = services.properties.change_status(
        vacant.id, vacant.version, PropertyStatus.WITHDRAWN, "verkauft"
    )
    history = services.properties.status_history(row.id)
    assert [(h.from_status, h.to_status, h.reason) for h in history[1:]] == [
        (PropertyStatus.VACANT, PropertyStatus.RESERVED, "für Frau Yılmaz"),
        (PropertyStatus.RESERVED, PropertyStatus.VACANT, "abgesagt"),
        (PropertyStatus.VACANT, PropertyStatus.WITHDRAWN, "verkauft"),
    ]
    assert withdrawn.status is PropertyStatus.WITHDRAWN


def test_deleting_a_duplicate_hides_it(services: Services) -> None:
    row = add_unit(services, owner(services))
    services.properties.delete_property(row.id, row.version)
    assert services.properties.properties() == []
    with pytest.raises(NotFound):
        services.properties.get_property(row.id)


# --- requests --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"min_area_m2": Decimal(-10)}, "request.min_area_implausible"),
        ({"max_area_m2": Decimal(1_000_000)}, "request.max_area_implausible"),
        ({"min_area_m2": Decimal(120), "max_area_m2": Decimal(60)}, "request.area_range_inverted"),
        ({"max_rent": Decimal("-100")}, "request.max_rent_negative"),
        ({"max_rent": Decimal("5000000")}, "request.max_rent_implausible"),
        ({"must_haves": frozenset({Feature.KITCHEN})}, "request.must_have_unknown"),
    ],
)
def test_implausible_requests_are_refused(services: Services, changes: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.properties.create_request(request_draft(founder(services), **changes))
    assert caught.value.code == code


def test_a_request_from_a_case_names_the_case_and_is_found_by_borough(services: Services) -> None:
    case_id = add_case(services, "Hörde", number="MK-2026-0042")
    row = add_request(
        services,
        PartyRef(PartyKind.CASE, case_id),
        preferred_district_ids=frozenset({BENNINGHOFEN}),
        nice_to_haves=frozenset({Feature.KITCHEN, Feature.GROUND_FLOOR}),
    )
    assert row.applicant_label == "MK-2026-0042 · Gründung MK-2026-0042"
    assert row.business_id is not None and row.case_id == case_id
    assert row.nice_to_haves == {Feature.KITCHEN}  # a must-have is not also a nice-to-have
    assert row.preferred_labels == ("Benninghofen",)
    assert services.properties.requests(RequestQuery(borough_id=BOROUGH_HOERDE)) == [row]
    assert services.properties.requests(RequestQuery(borough_id=BOROUGH_NORD)) == []
    found = services.properties.find_parties("0042", [PartyKind.CASE])
    assert [p.label for p in found] == ["MK-2026-0042 · Gründung MK-2026-0042"]


# --- matching --------------------------------------------------------------------------------------


def test_a_property_without_owner_consent_is_never_proposed(services: Services) -> None:
    landlord = owner(services)
    listed = add_unit(services, landlord)
    unlisted = add_unit(services, None, street="Alfred-Trappen-Straße 3")
    request = add_request(services, founder(services))
    ranked = services.properties.rank_properties_for(request.id)
    assert [c.property_id for c in ranked] == [listed.id]
    assert services.properties.rank_requests_for(unlisted.id) == []
    assert services.properties.unmet_filters(unlisted.id, request.id) == (HardFilter.OWNER_CONSENT,)
    with pytest.raises(ValidationError) as caught:
        services.properties.propose(request.id, unlisted.id)
    assert caught.value.code == "match.no_owner_consent"
    assert services.properties.matches() == []
    # Once the consent is recorded, the unit is proposed (the cached matrix notices the change).
    services.properties.update_property(
        unlisted.id,
        unlisted.version,
        dataclasses.replace(
            unlisted.draft(), owner=landlord, owner_consent=True, owner_consent_on=date(2026, 2, 1)
        ),
    )
    assert {c.property_id for c in services.properties.rank_properties_for(request.id)} == {
        listed.id,
        unlisted.id,
    }


def test_withdrawing_the_consent_rejects_open_matches(services: Services) -> None:
    unit = add_unit(services, owner(services))
    request = add_request(services, founder(services))
    match = services.properties.propose(request.id, unit.id)
    services.properties.update_property(
        unit.id, unit.version, dataclasses.replace(unit.draft(), owner_consent=False, owner_consent_on=None)
    )
    stored = services.properties.get_match(match.id)
    assert stored.stage is MatchStage.REJECTED and "Zustimmung" in stored.rejection_reason
    assert services.properties.rank_properties_for(request.id) == []


def test_rankings_run_both_ways_with_visible_parts_and_a_sentence(services: Services) -> None:
    landlord = owner(services)
    near = add_unit(services, landlord)
    far = add_unit(services, landlord, street="Münsterstraße 50", postcode="44145", district_id=NORDMARKT)
    small = add_unit(services, landlord, street="Kleine Gasse 1", area_m2=Decimal(30))
    request = add_request(services, founder(services))
    other = add_request(services, founder(services, "Kowalski", "Jan"), preferred_district_ids=frozenset())
    ranked = services.properties.rank_properties_for(request.id)
    assert [c.property_id for c in ranked] == [near.id, far.id]  # 30 m² fails the size filter
    best = ranked[0]
    assert best.parts.location == 1.0 and ranked[1].parts.location < 1.0
    assert best.score > ranked[1].score
    assert best.explanation.startswith("Passt") and best.explanation.endswith(".")
    assert "im gewünschten Bezirk Hörde" in best.explanation
    assert best.property_label == "Hörder Bahnhofstraße 12, 44263" and best.applicant_label == "Ayşe Yılmaz"
    backwards = services.properties.rank_requests_for(near.id)
    assert {c.request_id for c in backwards} == {request.id, other.id}
    assert small.id not in {c.property_id for c in services.properties.rank_properties_for(other.id)}
    everything = services.properties.rank_all(limit=1)
    assert [c.property_id for c in everything[request.id]] == [near.id]


def test_the_demand_profile_of_districts_quarters_and_meetings_feeds_the_score(services: Services) -> None:
    landlord = owner(services)
    add_unit(services, landlord, district_id=BENNINGHOFEN)
    request = add_request(services, founder(services), preferred_district_ids=frozenset())
    assert services.properties.rank_properties_for(request.id)[0].parts.demand == 0.0
    quarter = add_quarter(services, "Hörde-Zentrum", [HOERDE, BENNINGHOFEN])
    entry = services.properties.add_demand_entry(
        DemandEntryDraft(sector_id=BAKERY_SHOP, weight=Decimal(8), quarter_id=quarter, note="Bäcker fehlt")
    )
    assert entry.area_name == "Hörde-Zentrum" and entry.sector_code == "47.24"
    candidate = services.properties.rank_properties_for(request.id)[0]
    assert candidate.parts.demand == 1.0
    assert "im Quartier vermisst" in candidate.explanation
    assert candidate.fund_eligible and candidate.fund_reason.startswith("Anmietungs-Fonds möglich")
    with pytest.raises(ConflictError):
        services.properties.add_demand_entry(
            DemandEntryDraft(sector_id=BAKERY_SHOP, weight=Decimal(2), quarter_id=quarter)
        )
    with pytest.raises(ValidationError):
        services.properties.add_demand_entry(
            DemandEntryDraft(sector_id=HAIRDRESSER, weight=Decimal(11), quarter_id=quarter)
        )
    # The issue-10 contract: a meeting's missing offer is a DemandEntry with meeting_id.
    with services.context.sessions.begin() as session:
        initiative = Initiative(name="Händler Hörde")
        session.add(initiative)
        session.flush()
        meeting = InitiativeMeeting(initiative_id=initiative.id, held_on=date(2026, 3, 12))
        session.add(meeting)
        session.flush()
        session.add(
            DemandEntry(district_id=HOERDE, sector_id=HAIRDRESSER, weight=Decimal(3), meeting_id=meeting.id)
        )
    rows = services.properties.demand_entries(district_id=HOERDE)
    assert [(r.sector_code, r.meeting_on) for r in rows] == [("96.02", date(2026, 3, 12))]
    weights = {
        str(area): codes for area, codes in services.properties.matching_inputs().profile.weights.items()
    }
    assert weights[str(quarter)] == {"47.24": Decimal(8)} and weights[str(HOERDE)] == {"96.02": Decimal(3)}
    areas = {a.name: a.entries for a in services.properties.demand_areas()}
    assert areas["Hörde-Zentrum"] == 1 and areas["Hörde"] == 1 and areas["Eving"] == 0
    services.properties.remove_demand_entry(entry.id, entry.version)
    assert services.properties.rank_properties_for(request.id)[0].parts.demand == 0.0


def test_weights_and_the_fund_rule_come_from_the_settings(services: Services) -> None:
    unit = add_unit(services, owner(services), area_m2=Decimal(95))
    services.properties.add_demand_entry(
        DemandEntryDraft(sector_id=BAKERY_SHOP, weight=Decimal(5), district_id=HOERDE)
    )
    request = add_request(services, founder(services))
    before = services.properties.rank_properties_for(request.id)[0]
    assert before.fund_eligible
    changed = MatchingSettings(
        weights=MatchingWeights(size=0, rent=0, location=0, features=0, demand=0, renovation=1),
        fund=FundRule(max_area_m2=Decimal(90)),
    )
    stored = services.properties.update_matching_settings(changed)
    assert stored == changed
    after = services.properties.rank_properties_for(request.id)[0]
    assert after.property_id == unit.id and after.score == 1.0
    assert not after.fund_eligible and "mehr als 90 m²" in after.fund_reason
    services.context.user.sign_in(Principal(None, "berater", "Berater", Role.ADVISOR))
    with pytest.raises(PermissionDenied):
        services.properties.update_matching_settings(MatchingSettings())


def test_the_pipeline_to_a_signed_lease_lets_the_property_and_counts_its_area(services: Services) -> None:
    landlord = owner(services)
    unit = add_unit(services, landlord)
    spare = add_unit(services, landlord, street="Faßstraße 20")
    request = add_request(services, founder(services))
    rival = add_request(services, founder(services, "Novak", "Mira"))
    match = services.properties.propose(request.id, unit.id)
    rival_match = services.properties.propose(rival.id, unit.id)
    spare_match = services.properties.propose(request.id, spare.id)
    assert match.stage is MatchStage.PROPOSED and match.parts is not None and match.explanation
    with pytest.raises(ConflictError):
        services.properties.propose(request.id, unit.id)
    with pytest.raises(ValidationError) as caught:
        services.properties.advance_match(match.id, match.version, MatchStage.LEASE_SIGNED)
    assert caught.value.code == "match.stage_step_not_allowed"
    contacted = services.properties.advance_match(match.id, match.version, MatchStage.OWNER_CONTACTED)
    with pytest.raises(ConflictError):
        services.properties.advance_match(match.id, match.version, MatchStage.VIEWING)
    viewing = services.properties.advance_match(contacted.id, contacted.version, MatchStage.VIEWING)
    signed_on = TODAY - timedelta(days=2)
    signed = services.properties.advance_match(
        viewing.id, viewing.version, MatchStage.LEASE_SIGNED, on=signed_on
    )
    assert signed.lease_signed_on == signed_on
    let = services.properties.get_property(unit.id)
    assert let.status is PropertyStatus.LET and let.let_on == signed_on
    assert services.properties.get_request(request.id).status is SpaceRequestStatus.FULFILLED
    assert services.properties.get_match(rival_match.id).stage is MatchStage.REJECTED
    assert services.properties.get_match(spare_match.id).stage is MatchStage.REJECTED
    area = services.properties.reactivated_area(date(TODAY.year, 1, 1), TODAY)
    assert (area.units, area.area_m2, area.by_borough) == (
        1,
        Decimal("85.00"),
        (("Hörde", 1, Decimal("85.00")),),
    )
    spaces = services.properties.reactivated_spaces(signed_on, signed_on, district_ids=[HOERDE])
    assert [(s.area_m2, s.reactivated_on, s.district_id) for s in spaces] == [
        (Decimal("85.00"), signed_on, str(HOERDE))
    ]
    assert services.properties.reactivated_spaces(signed_on, signed_on, district_ids=[NORDMARKT]) == []
    with pytest.raises(ValidationError):
        services.properties.advance_match(
            signed.id, signed.version, MatchStage.BUSINESS_OPENED, on=signed_on - timedelta(days=1)
        )
    opened = services.properties.advance_match(signed.id, signed.version, MatchStage.BUSINESS_OPENED)
    assert opened.opened_on == TODAY
    assert services.properties.get_property(unit.id).status is PropertyStatus.REACTIVATED
    # Reactivation after the lease does not count the area twice.
    assert services.properties.reactivated_area(date(TODAY.year, 1, 1), TODAY).units == 1
    assert [
        m.id for m in services.properties.matches(MatchQuery(stages=frozenset({MatchStage.REJECTED})))
    ] != []


def test_a_rejection_needs_a_reason_and_can_be_reopened(services: Services) -> None:
    unit = add_unit(services, owner(services))
    request = add_request(services, founder(services))
    match = services.properties.propose(request.id, unit.id)
    with pytest.raises(ValidationError) as caught:
        services.properties.advance_match(match.id, match.version, MatchStage.REJECTED, reason="")
    assert caught.value.code == "match.reason_missing"
    rejected = services.properties.advance_match(
        match.id, match.version, MatchStage.REJECTED, reason="Miete zu hoch für den Businessplan"
    )
    assert rejected.rejection_reason == "Miete zu hoch für den Businessplan"
    reopened = services.properties.advance_match(
        rejected.id, rejected.version, MatchStage.PROPOSED, reason="Irrtum"
    )
    assert reopened.stage is MatchStage.PROPOSED and reopened.rejection_reason == ""


def test_a_manual_letting_counts_and_a_period_must_be_ordered(services: Services) -> None:
    unit = add_unit(services, owner(services), area_m2=Decimal("120.50"))
    services.properties.change_status(
        unit.id, unit.version, PropertyStatus.LET, "Eigentümer hat selbst vermietet"
    )
    assert services.properties.reactivated_area(TODAY, TODAY).area_m2 == Decimal("120.50")
    with pytest.raises(ValidationError):
        services.properties.reactivated_area(TODAY, TODAY - timedelta(days=1))


def test_borough_figures_count_vacancies_cases_and_reactivated_area(services: Services) -> None:
    landlord = owner(services)
    add_unit(services, landlord)
    add_unit(services, landlord, street="Münsterstraße 50", district_id=NORDMARKT)
    let = add_unit(services, landlord, street="Faßstraße 20", area_m2=Decimal(70))
    services.properties.change_status(let.id, let.version, PropertyStatus.LET, "vermietet")
    add_case(services, "Hörde", number="MK-2026-0001")
    add_case(services, "Hörde", number="MK-2026-0002")
    figures = {f.name: f for f in services.properties.borough_figures(TODAY.year)}
    assert len(figures) == 12
    assert (figures["Hörde"].vacant, figures["Hörde"].open_cases, figures["Hörde"].reactivated_m2) == (
        1,
        2,
        Decimal("70.00"),
    )
    assert (figures["Innenstadt-Nord"].vacant, figures["Innenstadt-Nord"].open_cases) == (1, 0)
    assert services.properties.borough_figures(TODAY.year - 1)[0].reactivated_m2 == 0


# --- boundaries, photos, exposé ----------------------------------------------------------------------


def test_imported_boundaries_are_validated_and_kept_in_the_data_folder(
    services: Services, tmp_path: Path
) -> None:
    assert services.properties.boundaries() is None
    imported = services.properties.import_boundaries(
        write_json(tmp_path / "bezirke.geojson", borough_geojson())
    )
    assert len(imported.shapes) == 12
    stored = services.context.data_dir / "maps" / "boroughs.geojson"
    assert json.loads(stored.read_text(encoding="utf-8"))["features"][0]["properties"]["borough"] == "Mengede"
    assert services.properties.boundaries() == imported
    services.properties.remove_boundaries()
    assert services.properties.boundaries() is None


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("Stadtbezirk;Leerstand\nHörde;3\n".encode(), "map.not_geojson"),
        (json.dumps({"type": "Feature", "geometry": None}).encode(), "map.not_geojson"),
        (json.dumps(borough_geojson(shift=(380000.0, 5700000.0))).encode(), "map.wrong_crs"),
        (json.dumps(borough_geojson(shift=(6.5, 1.0))).encode(), "map.not_dortmund"),
        (json.dumps(borough_geojson(names=["Mengede", "Eving"])).encode(), "map.boroughs_missing"),
    ],
)
def test_bad_boundary_files_get_a_clear_message(
    services: Services, tmp_path: Path, content: bytes, code: str
) -> None:
    path = tmp_path / "bezirke.geojson"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        services.properties.import_boundaries(path)
    assert caught.value.code == code
    assert services.properties.boundaries() is None


def test_a_huge_boundary_file_is_refused_before_reading(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "riesig.geojson"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    with pytest.raises(ValidationError) as caught:
        services.properties.import_boundaries(path)
    assert caught.value.code == "map.too_large" and caught.value.params["size"] == 21.0


def test_photos_are_stored_and_only_images_are_accepted(services: Services, tmp_path: Path) -> None:
    unit = add_unit(services, owner(services))
    photo = services.properties.add_photo(unit.id, png_photo(tmp_path / "Schaufenster.png"))
    assert photo.original_name == "Schaufenster.png" and photo.media_type == "image/png"
    assert (
        services.properties.photo_file(photo.id).read_bytes() == (tmp_path / "Schaufenster.png").read_bytes()
    )
    assert services.properties.get_property(unit.id).photo_count == 1
    fake = tmp_path / "grundriss.png"
    fake.write_text("kein Bild", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        services.properties.add_photo(unit.id, fake)
    assert caught.value.code == "photo.not_an_image"
    services.properties.remove_photo(photo.id, photo.version)
    assert services.properties.photos(unit.id) == []


def test_the_expose_shows_key_facts_photos_and_the_borough(services: Services, tmp_path: Path) -> None:
    unit = add_unit(services, owner(services), rooms=3, renovation_needs="Boden erneuern")
    services.properties.add_photo(unit.id, png_photo(tmp_path / "innen.png"))
    target = services.properties.write_expose(unit.id, tmp_path / "expose.pdf")
    reader = PdfReader(str(target))
    content = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "Exposé: Hörder Bahnhofstraße 12",
        "85 m²",
        "850,00",
        "1.000,00",
        "Stadtbezirk Hörde",
        "Einzelhandel",
        "Boden erneuern",
        "innen",
    ):
        assert expected in content, expected
    assert "Hausverwaltung Ruhr" not in content  # owner details stay internal
    assert sum(len(page.images) for page in reader.pages) == 1
    unlisted = add_unit(services, None, street="Zweite Straße 2")
    with pytest.raises(ValidationError) as caught:
        services.properties.write_expose(unlisted.id, tmp_path / "nein.pdf")
    assert caught.value.code == "expose.no_owner_consent"
    assert not (tmp_path / "nein.pdf").exists()


def test_a_reporting_user_may_look_but_not_change(services: Services) -> None:
    unit = add_unit(services, owner(services))
    services.context.user.sign_in(Principal(None, "statistik", "Statistik", Role.REPORTING))
    assert services.properties.get_property(unit.id).id == unit.id
    with pytest.raises(PermissionDenied):
        services.properties.change_status(unit.id, unit.version, PropertyStatus.WITHDRAWN, "x")
