"""Search as you type over cases: prefixes, accents folded both ways, every searchable field, the index
following every change, filters, sorting and paging."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dlzw_desktop.domain.enums import BusinessRole, CaseStage, Role
from dlzw_desktop.services.case_search import CaseQuery, CaseSort
from dlzw_desktop.services.case_service import CaseDraft
from dlzw_desktop.services.consultation_service import ConsultationDraft
from dlzw_desktop.services.intake_service import BusinessDraft, PersonDraft
from dlzw_desktop.services.registry import Services
from tests.services.case_helpers import open_case, sign_in_as


def numbers(services: Services, text: str = "", **filters: object) -> list[str]:
    return [row.number for row in services.cases.search(CaseQuery(text=text, **filters)).rows]  # type: ignore[arg-type]


@pytest.fixture
def three_cases(services: Services) -> list[str]:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    first = open_case(services, business_name="Salon Çağlar", family_name="Yıldırım", given_names="Çağlar")
    second = open_case(
        services, business_name="Müller Straßenküche", family_name="Müller", given_names="Jörg"
    )
    third = open_case(services, business_name="Piekarnia", family_name="Wróbel", given_names="Łukasz")
    return [first.number, second.number, third.number]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("yil", [0]),
        ("Yıldırım", [0]),
        ("cag", [1 - 1]),  # Çağlar
        ("muller", [1]),
        ("MÜLL", [1]),
        ("strassenk", [1]),  # Straßenküche
        ("lukasz wro", [2]),
        ("jörg müller", [1]),
        ("müller yil", []),  # every word must match
        ("", [2, 1, 0]),  # newest first
    ],
)
def test_typing_finds_by_prefix_with_accents_folded(
    services: Services, three_cases: list[str], typed: str, expected: list[int]
) -> None:
    assert numbers(services, typed) == [three_cases[i] for i in expected]


def test_the_case_number_is_searchable_with_or_without_zeros(
    services: Services, three_cases: list[str]
) -> None:
    year = date.today().year
    assert numbers(services, f"MK-{year}-0002") == [three_cases[1]]
    assert numbers(services, "3") == [three_cases[2]]  # "0003"; "2" would also find the year 2026
    assert numbers(services, f"mk {year}") == list(reversed(three_cases))


def test_markup_and_query_syntax_in_the_search_box_are_just_text(
    services: Services, three_cases: list[str]
) -> None:
    for typed in ['"', "*", "a OR b", "NEAR(x y)", "yil' & !", "(", "-", "müller:*", "^"]:
        services.cases.search(CaseQuery(text=typed))  # never raises
    assert numbers(services, '"yil*"') == [three_cases[0]]
    assert numbers(services, "yil OR müller") == []  # OR is a word to find, not an operator


def test_the_index_follows_every_change(services: Services, three_cases: list[str]) -> None:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    case = services.cases.case_by_number(three_cases[2])
    # a consultation note
    services.consultations.add(case.id, ConsultationDraft(date.today(), 30, topics="Lastenfahrrad Förderung"))
    assert numbers(services, "lastenfahr") == [three_cases[2]]
    assert numbers(services, "forderung") == [three_cases[2]]
    # the case's own purpose and notes
    case = services.cases.case(case.id)
    services.cases.update_case(
        case.id,
        case.version,
        CaseDraft(
            business_id=case.business.id,
            purpose="Ofen",
            notes="Sauerteig-Spezialitäten",
            opened_on=case.opened_on,
        ),
    )
    assert numbers(services, "sauerteig") == [three_cases[2]]
    # a person renamed: the old name is gone, the new one found
    person_id = case.business.members[0].person_id
    person = services.intake.person(person_id)
    services.intake.update_person(
        person.id, person.version, PersonDraft(family_name="Nowak", given_names="Łukasz")
    )
    assert numbers(services, "wrob") == []
    assert numbers(services, "nowak") == [three_cases[2]]
    assert services.cases.search(CaseQuery(text="nowak")).rows[0].person_names == "Łukasz Nowak"
    # a co-founder joins the business, the business is renamed
    partner = services.intake.create_person(PersonDraft(family_name="Zielińska", given_names="Ewa"))
    services.intake.add_member(case.business.id, partner.id, BusinessRole.CO_FOUNDER)
    assert numbers(services, "zielin") == [three_cases[2]]
    business = services.intake.business(case.business.id)
    services.intake.update_business(business.id, business.version, BusinessDraft(name="Bäckerei Nowak"))
    assert numbers(services, "backerei") == [three_cases[2]]
    assert numbers(services, "piekarnia") == []
    row = services.cases.search(CaseQuery(text="backerei")).rows[0]
    assert (row.business_name, row.person_names) == ("Bäckerei Nowak", "Łukasz Nowak, Ewa Zielińska")


def test_filters_sorting_and_paging(services: Services, three_cases: list[str]) -> None:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    first = services.cases.case_by_number(three_cases[0])
    services.cases.move_to(first.id, first.version, CaseStage.CONSULTING)
    assert numbers(services, stages=(CaseStage.CONSULTING,)) == [three_cases[0]]
    assert numbers(services, stages=(CaseStage.ENQUIRY, CaseStage.CONSULTING)) == list(reversed(three_cases))
    assert numbers(services, year=date.today().year - 1) == []
    assert numbers(services, year=date.today().year) == list(reversed(three_cases))
    advisor = services.context.user.principal.user_id
    assert numbers(services, advisor_id=advisor) == list(reversed(three_cases))
    programme = services.programmes.programmes()[0]
    assert len(numbers(services, programme_id=programme.id)) == 3
    by_name = services.cases.search(CaseQuery(sort=CaseSort.BUSINESS, descending=False)).rows
    assert [r.business_name for r in by_name] == ["Müller Straßenküche", "Piekarnia", "Salon Çağlar"]
    by_stage = services.cases.search(CaseQuery(sort=CaseSort.STAGE, descending=True)).rows
    assert by_stage[0].number == three_cases[0]
    page = services.cases.search(CaseQuery(limit=2))
    assert page.has_more and len(page.rows) == 2
    rest = services.cases.search(CaseQuery(limit=2, offset=2))
    assert not rest.has_more and [r.number for r in rest.rows] == [three_cases[0]]
    assert services.cases.count(CaseQuery()) == 3
    assert services.cases.count(CaseQuery(text="müller")) == 1


def test_a_borough_filter_uses_the_business_address(services: Services) -> None:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    hoerde = next(b for b in services.reference.boroughs() if b.name == "Hörde")
    person = services.intake.create_person(PersonDraft(family_name="Ekinci"))
    business = services.intake.create_business(
        BusinessDraft(name="Phoenix-See Café", borough_id=hoerde.id), [(person.id, BusinessRole.FOUNDER)]
    )
    case = services.cases.open_case(CaseDraft(business_id=business.id, requested_amount=Decimal("5000.00")))
    open_case(services, business_name="Anderswo")
    assert numbers(services, borough_id=hoerde.id) == [case.number]
    assert services.cases.search(CaseQuery(borough_id=hoerde.id)).rows[0].borough_name == "Hörde"


def test_an_older_case_sorts_by_its_opening_day(services: Services) -> None:
    newer = open_case(services, business_name="Neu")
    person = services.intake.create_person(PersonDraft(family_name="Alt"))
    business = services.intake.create_business(BusinessDraft(name="Alt"), [(person.id, BusinessRole.FOUNDER)])
    older = services.cases.open_case(CaseDraft(business_id=business.id, opened_on=date(2024, 3, 1)))
    assert numbers(services) == [newer.number, older.number]
    assert numbers(services, year=2024) == [older.number]
    moved = services.cases.update_case(
        older.id, older.version, CaseDraft(business_id=business.id, opened_on=date.today())
    )
    assert numbers(services) == [moved.number, newer.number]
    assert numbers(services, year=2024) == []
