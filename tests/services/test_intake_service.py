"""Intake of persons and businesses: names in any script, plausible dates, areas, roles and the
duplicate check that offers the existing record."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import date, timedelta

import pytest

from dlzw_desktop.domain.enums import BusinessRole, Gender, ResidenceStatus
from dlzw_desktop.errors import ConflictError, ValidationError
from dlzw_desktop.services.intake_service import BusinessDraft, DuplicateFound, PersonDraft
from dlzw_desktop.services.registry import Services


def test_names_keep_every_letter_and_are_stored_composed(services: Services) -> None:
    decomposed = unicodedata.normalize("NFD", "Müller-Lüdenscheidt")
    names = [decomposed, "Yıldırım", "Wróbel", "Иванова", "الحسن", "Nguyễn", "<b>A&B</b>"]
    for name in names:
        row = services.intake.create_person(PersonDraft(family_name=name, given_names=" Zoë  Ñ "))
        assert row.family_name == unicodedata.normalize("NFC", name)
        assert row.given_names == "Zoë Ñ"
        assert services.intake.person(row.id).family_name == row.family_name
    found = services.intake.list_persons("müller")
    assert [p.family_name for p in found] == ["Müller-Lüdenscheidt"]


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (PersonDraft(family_name="  "), "input.required"),
        (PersonDraft(family_name="X", birth_date=date.today() + timedelta(days=1)), "birth_date.future"),
        (PersonDraft(family_name="X", birth_date=date(1890, 1, 1)), "birth_date.implausible"),
        (PersonDraft(family_name="X", email="nicht-an-adresse"), "person.email_invalid"),
        (PersonDraft(family_name="X", postcode="4413"), "address.postcode_invalid"),
        (PersonDraft(family_name="X", preferred_languages=("deutsch",)), "person.language_invalid"),
        (
            PersonDraft(
                family_name="X",
                residence_status=ResidenceStatus.GERMAN,
                residence_permit_until=date(2030, 1, 1),
            ),
            "person.permit_date_without_permit",
        ),
    ],
)
def test_bad_person_input_is_refused_with_a_reason(services: Services, draft: PersonDraft, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        services.intake.create_person(draft)
    assert refused.value.code == code
    assert services.intake.list_persons() == []


def test_a_similar_name_with_the_same_birth_date_offers_the_existing_person(services: Services) -> None:
    first = services.intake.create_person(
        PersonDraft(
            family_name="Wróbel", given_names="Łukasz", birth_date=date(1979, 11, 2), gender=Gender.MALE
        )
    )
    typed = PersonDraft(family_name="Wrobel", given_names="Lukasz", birth_date=date(1979, 11, 2))
    candidates = services.intake.find_person_duplicates(typed)
    assert [c.id for c in candidates] == [first.id]
    assert candidates[0].reasons == ("birth_date",)
    with pytest.raises(DuplicateFound) as offered:
        services.intake.create_person(typed)
    assert offered.value.code == "person.possible_duplicate"
    assert "Łukasz Wróbel" in str(offered.value)
    # A different birth date and no address: a namesake, not a duplicate.
    assert (
        services.intake.find_person_duplicates(
            PersonDraft(family_name="Wrobel", given_names="Lukasz", birth_date=date(1980, 1, 1))
        )
        == []
    )
    # The advisor confirms that it is someone else.
    other = services.intake.create_person(typed, allow_duplicate=True)
    assert other.id != first.id


def test_a_similar_name_at_the_same_address_offers_the_existing_person(services: Services) -> None:
    first = services.intake.create_person(
        PersonDraft(family_name="Öztürk", given_names="Ayşe", street="Münsterstraße 55", postcode="44145")
    )
    typed = PersonDraft(family_name="Ozturk", given_names="Ayse", street="Münsterstr. 55", postcode="44145")
    candidates = services.intake.find_person_duplicates(typed)
    assert [(c.id, c.reasons) for c in candidates] == [(first.id, ("address",))]
    elsewhere = PersonDraft(
        family_name="Ozturk", given_names="Ayse", street="Hansastraße 3", postcode="44137"
    )
    assert services.intake.find_person_duplicates(elsewhere) == []


def test_a_business_with_sector_area_and_several_people_in_roles(services: Services) -> None:
    founder = services.intake.create_person(PersonDraft(family_name="Kowalska", given_names="Anna"))
    partner = services.intake.create_person(PersonDraft(family_name="Nowak", given_names="Piotr"))
    guarantor = services.intake.create_person(PersonDraft(family_name="Kowalski", given_names="Jan"))
    sector = services.reference.search_sectors("backwaren ohne")[0]
    assert sector.code == "10.71"
    hombruch = next(b for b in services.reference.boroughs() if b.name == "Hombruch")
    district = services.reference.districts(hombruch.id)[0]
    business = services.intake.create_business(
        BusinessDraft(name="Piekarnia Anna", sector_id=sector.id, district_id=district.id, employees=2),
        [(founder.id, BusinessRole.FOUNDER), (partner.id, BusinessRole.CO_FOUNDER)],
    )
    assert business.borough_name == "Hombruch"  # taken from the district
    business = services.intake.add_member(business.id, guarantor.id, BusinessRole.GUARANTOR)
    assert [(m.person_name, m.role) for m in business.members] == [
        ("Anna Kowalska", BusinessRole.FOUNDER),
        ("Piotr Nowak", BusinessRole.CO_FOUNDER),
        ("Jan Kowalski", BusinessRole.GUARANTOR),
    ]
    with pytest.raises(ValidationError) as twice:
        services.intake.add_member(business.id, guarantor.id, BusinessRole.GUARANTOR)
    assert twice.value.code == "business.member_exists"
    guarantor_row = next(m for m in business.members if m.role is BusinessRole.GUARANTOR)
    business = services.intake.remove_member(guarantor_row.id)
    assert len(business.members) == 2
    assert [m.business_name for m in services.intake.person(founder.id).memberships] == ["Piekarnia Anna"]


def test_a_district_of_another_borough_is_refused(services: Services) -> None:
    hombruch = next(b for b in services.reference.boroughs() if b.name == "Hombruch")
    elsewhere = next(d for d in services.reference.districts() if d.borough_id != hombruch.id)
    with pytest.raises(ValidationError) as refused:
        services.intake.create_business(
            BusinessDraft(name="Imbiss", borough_id=hombruch.id, district_id=elsewhere.id)
        )
    assert refused.value.code == "area.district_outside_borough"


def test_a_founding_in_the_future_must_be_planned(services: Services) -> None:
    later = date.today() + timedelta(days=60)
    with pytest.raises(ValidationError) as refused:
        services.intake.create_business(
            BusinessDraft(name="Café", founding_date=later, founding_planned=False)
        )
    assert refused.value.code == "business.founding_in_future"
    assert services.intake.create_business(BusinessDraft(name="Café", founding_date=later)).founding_planned


def test_a_business_at_the_same_address_with_a_similar_name_is_offered(services: Services) -> None:
    first = services.intake.create_business(
        BusinessDraft(name="Çağlar Änderungsschneiderei", street="Hohe Straße 3", postcode="44139")
    )
    with pytest.raises(DuplicateFound) as offered:
        services.intake.create_business(
            BusinessDraft(name="Änderungsschneiderei Caglar", street="Hohe Str. 3", postcode="44139")
        )
    assert [c.id for c in offered.value.candidates] == [first.id]


def test_two_advisors_editing_one_person_get_a_conflict_not_an_overwrite(services: Services) -> None:
    person = services.intake.create_person(
        PersonDraft(family_name="Schulz", given_names="Eva", phone="0231 1")
    )
    mine = person.draft()
    theirs = services.intake.update_person(
        person.id, person.version, dataclasses.replace(mine, phone="0231 2222")
    )
    with pytest.raises(ConflictError) as conflict:
        services.intake.update_person(person.id, person.version, dataclasses.replace(mine, phone="0231 3333"))
    assert conflict.value.mine["phone"] == "0231 3333"
    assert conflict.value.theirs["phone"] == "0231 2222"
    assert conflict.value.params["version"] == theirs.version
    assert services.intake.person(person.id).phone == "0231 2222"
    # Saving again on the stored version with the chosen value works.
    saved = services.intake.update_person(
        person.id, theirs.version, dataclasses.replace(mine, phone="0231 3333")
    )
    assert saved.phone == "0231 3333"
