"""Global search: one query finds cases, persons, businesses and properties, a few of each."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from dlzw_desktop.domain.enums import CaseStage, PropertyStatus, Role
from dlzw_desktop.services import permissions
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.search_service import HitKind
from tests.services.case_helpers import open_case
from tests.services.property_fixtures import add_unit, owner


def test_one_query_finds_every_kind_of_record(services: Services) -> None:
    case = open_case(services, business_name="Bäckerei Kaya", family_name="Kaya", given_names="Elif")
    unit = add_unit(services, owner(services), street="Kayastraße 3", postcode="44263")
    add_unit(services, owner(services), street="Hörder Bahnhofstraße 12")

    results = services.search.search("kaya")

    [case_hit] = results.of(HitKind.CASE)
    assert case_hit.id == case.id
    assert case_hit.title == f"{case.number} · Bäckerei Kaya"
    assert case_hit.subtitle == "Elif Kaya"
    assert case_hit.status is CaseStage.ENQUIRY
    [person] = results.of(HitKind.PERSON)
    assert person.title == "Elif Kaya"
    assert "Bäckerei Kaya" in person.subtitle
    [business] = results.of(HitKind.BUSINESS)
    assert business.id == case.business.id
    assert "Elif Kaya" in business.subtitle
    [found_unit] = results.of(HitKind.PROPERTY)
    assert (found_unit.id, found_unit.title) == (unit.id, "Kayastraße 3")
    assert found_unit.status is PropertyStatus.VACANT
    assert "44263" in found_unit.subtitle
    assert [hit.kind for hit in results.hits] == [
        HitKind.CASE,
        HitKind.PERSON,
        HitKind.BUSINESS,
        HitKind.PROPERTY,
    ]
    assert not results.more


def test_a_case_is_found_by_its_number(services: Services) -> None:
    case = open_case(services)
    open_case(services, business_name="Café Nord", family_name="Nowak", given_names="Piotr")
    hits = services.search.search(case.number).of(HitKind.CASE)
    assert [hit.id for hit in hits] == [case.id]


def test_only_a_few_hits_of_each_kind_and_the_rest_is_announced(services: Services) -> None:
    for index in range(4):
        open_case(services, business_name=f"Salon Nord {index}", family_name=f"Nordmann{index}")
    results = services.search.search("nord", limit=3)
    assert len(results.of(HitKind.CASE)) == 3
    assert len(results.of(HitKind.BUSINESS)) == 3
    assert len(results.of(HitKind.PERSON)) == 3
    assert results.more == {HitKind.CASE, HitKind.BUSINESS, HitKind.PERSON}
    assert len(services.search.search("nord", limit=4).more) == 0


@pytest.mark.parametrize("text", ["", " ", "k", "  k  "])
def test_too_short_a_query_finds_nothing(services: Services, text: str) -> None:
    open_case(services, business_name="Kiosk K")
    assert services.search.search(text).hits == ()


def test_query_syntax_is_searched_as_text(services: Services) -> None:
    open_case(services, business_name="Schmidt & Söhne")
    for text in ('"schmidt', "schmidt*", "schmidt OR x", "söhne) AND (", "%_"):
        services.search.search(text)  # no error from FTS5, tsquery or LIKE
    assert services.search.search("Söhne").of(HitKind.BUSINESS)


def test_kinds_the_role_may_not_view_are_left_out(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_case(services, business_name="Kaya Immobilien", family_name="Kaya")
    add_unit(services, owner(services), street="Kayaweg 1")
    monkeypatch.setitem(
        permissions.ROLE_PERMISSIONS, Role.REPORTING, frozenset({permissions.Permission.VIEW_CASES})
    )
    services.context.user.sign_in(Principal(None, "statistik", "Statistik", Role.REPORTING))
    kinds = {hit.kind for hit in services.search.search("kaya").hits}
    assert kinds == {HitKind.CASE, HitKind.PERSON, HitKind.BUSINESS}


def test_recent_records_come_back_with_their_current_titles(services: Services) -> None:
    case = open_case(services, business_name="Salon Ost", family_name="Ostrowski", given_names="Jan")
    business = services.intake.business(case.business.id)
    unit = add_unit(services, owner(services), street="Ostwall 5")
    person_id = business.members[0].person_id
    renamed = replace(business.draft(), name="Salon West")
    services.intake.update_business(business.id, business.version, renamed)
    services.properties.delete_property(unit.id, unit.version)
    hits = services.search.current_hits(
        [
            (HitKind.PROPERTY, unit.id),
            (HitKind.BUSINESS, business.id),
            (HitKind.CASE, case.id),
            (HitKind.PERSON, person_id),
            (HitKind.PERSON, uuid.uuid4()),
        ]
    )
    assert [(hit.kind, hit.title) for hit in hits] == [
        (HitKind.BUSINESS, "Salon West"),
        (HitKind.CASE, f"{case.number} · Salon West"),
        (HitKind.PERSON, "Jan Ostrowski"),
    ]
