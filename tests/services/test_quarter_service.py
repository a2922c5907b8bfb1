"""Target quarters: definition, the overlap rule (SQLite and PostgreSQL), membership through districts."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from dlzw_desktop.db.models import Business, Quarter, QuarterDistrict
from dlzw_desktop.domain.enums import PropertyStatus, QuarterStatus, Role
from dlzw_desktop.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.initiative_service import InitiativeDraft
from dlzw_desktop.services.quarter_service import QuarterDraft, in_quarter
from dlzw_desktop.services.registry import Services, open_services
from tests.services.neighbourhood_data import add_business, add_property, district


def nordstadt(**changes: object) -> QuarterDraft:
    draft = QuarterDraft(
        name="Nordstadt",
        base_year=2025,
        district_ids=(district("Nordmarkt"), district("Borsigplatz"), district("Hafen")),
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def test_a_quarter_is_defined_with_districts_goals_and_an_advisor(services: Services) -> None:
    advisor = services.users.advisors()[0]
    created = services.quarters.create_quarter(
        nordstadt(
            goal_reactivated_units=5, goal_jobs=20, responsible_id=advisor.id, notes="  Fokus Münsterstraße "
        )
    )
    assert created.lwsi_goal_percent == Decimal(10)  # +10 % by default
    assert created.district_names == ("Borsigplatz", "Hafen", "Nordmarkt")
    assert created.responsible_name == advisor.display_name
    assert created.status is QuarterStatus.ACTIVE
    assert created.notes == "Fokus Münsterstraße"
    assert services.quarters.district_ids(created.id) == {
        district("Nordmarkt"),
        district("Borsigplatz"),
        district("Hafen"),
    }
    assert [q.name for q in services.quarters.quarters()] == ["Nordstadt"]
    assert services.quarters.quarters(QuarterStatus.PLANNED) == []


def test_a_district_in_two_quarters_is_refused_naming_both(services: Services) -> None:
    services.quarters.create_quarter(nordstadt())
    with pytest.raises(ConflictError) as caught:
        services.quarters.create_quarter(
            QuarterDraft(
                name="Hafen-Quartier", base_year=2025, district_ids=(district("Hafen"), district("Eving"))
            )
        )
    error = caught.value
    assert error.code == "quarter.district_overlap"
    assert error.params["quarter"] == "Hafen-Quartier"
    assert error.params["other"] == "Nordstadt"
    assert error.params["district"] == "Hafen"
    assert "Hafen-Quartier" in str(error) and "Nordstadt" in str(error)
    assert [q.name for q in services.quarters.quarters()] == ["Nordstadt"]  # nothing was written


def test_overlap_needs_both_quarters_to_allow_it(services: Services) -> None:
    first = services.quarters.create_quarter(nordstadt())
    second = QuarterDraft(name="Hafen", base_year=2025, district_ids=(district("Hafen"),), allow_overlap=True)
    with pytest.raises(ConflictError):
        services.quarters.create_quarter(second)  # Nordstadt was defined as exclusive
    first = services.quarters.update_quarter(
        first.id, first.version, replace(first.draft(), allow_overlap=True)
    )
    created = services.quarters.create_quarter(second)
    assert services.quarters.quarter_ids_by_district()[district("Hafen")] == {first.id, created.id}
    page = services.quarters.quarter_page(first.id)
    assert page.overlapping == ("Hafen",)
    # Withdrawing the permission while the quarters share a district is refused as well.
    with pytest.raises(ConflictError) as caught:
        services.quarters.update_quarter(first.id, first.version, replace(first.draft(), allow_overlap=False))
    assert caught.value.params["other"] == "Hafen"


def test_a_completed_quarter_no_longer_claims_its_districts(services: Services) -> None:
    old = services.quarters.create_quarter(nordstadt(name="Nordstadt 2018", base_year=2018))
    services.quarters.update_quarter(
        old.id, old.version, replace(old.draft(), status=QuarterStatus.COMPLETED)
    )
    follow_up = services.quarters.create_quarter(nordstadt())
    assert follow_up.name == "Nordstadt"
    reopened = services.quarters.quarter(old.id)
    with pytest.raises(ConflictError):
        services.quarters.update_quarter(
            old.id, reopened.version, replace(reopened.draft(), status=QuarterStatus.ACTIVE)
        )


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"name": "   "}, "quarter.name_missing"),
        ({"base_year": 1999}, "quarter.base_year_invalid"),
        ({"lwsi_goal_percent": Decimal(0)}, "quarter.lwsi_goal_invalid"),
        ({"lwsi_goal_percent": Decimal("10.001")}, "quarter.lwsi_goal_invalid"),
        ({"goal_jobs": 0}, "quarter.goal_invalid"),
        ({"district_ids": ()}, "quarter.no_districts"),
        ({"district_ids": (district("Hafen"), district("Hafen"))}, "quarter.district_twice"),
        ({"district_ids": (district("Atlantis"),)}, "quarter.unknown_district"),
    ],
)
def test_implausible_quarters_are_refused(services: Services, changes: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.quarters.create_quarter(nordstadt(**changes))
    assert caught.value.code == code


def test_names_are_unique_and_stale_edits_are_refused(services: Services) -> None:
    created = services.quarters.create_quarter(nordstadt())
    with pytest.raises(ConflictError) as caught:
        services.quarters.create_quarter(nordstadt(name="nordstadt", district_ids=(district("Eving"),)))
    assert caught.value.code == "quarter.name_taken"
    saved = services.quarters.update_quarter(
        created.id, created.version, replace(created.draft(), goal_jobs=12)
    )
    with pytest.raises(ConflictError) as stale:
        services.quarters.update_quarter(created.id, created.version, replace(created.draft(), goal_jobs=99))
    assert stale.value.code == "quarter.changed"
    assert services.quarters.quarter(created.id).goal_jobs == saved.goal_jobs == 12


def test_districts_can_be_removed_and_added_back(services: Services) -> None:
    created = services.quarters.create_quarter(nordstadt())
    smaller = services.quarters.update_quarter(
        created.id, created.version, replace(created.draft(), district_ids=(district("Nordmarkt"),))
    )
    assert smaller.district_names == ("Nordmarkt",)
    again = services.quarters.update_quarter(smaller.id, smaller.version, created.draft())
    assert again.district_names == ("Borsigplatz", "Hafen", "Nordmarkt")
    with services.context.sessions() as session:
        rows = session.scalars(select(QuarterDistrict).where(QuarterDistrict.quarter_id == created.id)).all()
    assert len(rows) == 3  # the unique (quarter, district) rows were revived, not duplicated


def test_everything_belongs_to_its_quarter_through_its_district(services: Services) -> None:
    quarter = services.quarters.create_quarter(nordstadt(base_year=2025, goal_reactivated_units=4))
    inside = add_business(services, "Café Nordmarkt", "Nordmarkt", sector_code="56.10")
    add_business(services, "Büro City", "City", sector_code="69.10")
    add_property(services, "Münsterstraße 1", "Nordmarkt")
    add_property(
        services, "Mallinckrodtstraße 5", "Hafen", status=PropertyStatus.LET, let_on=date(2025, 6, 1)
    )
    add_property(
        services,
        "Schützenstraße 9",
        "Borsigplatz",
        status=PropertyStatus.REACTIVATED,
        let_on=date(2024, 12, 1),
    )
    add_property(services, "Westenhellweg 1", "City", status=PropertyStatus.LET, let_on=date(2025, 6, 1))
    initiative = services.initiatives.create_initiative(
        InitiativeDraft("Händler Borsigplatz", district_ids=(district("Borsigplatz"),))
    )
    services.initiatives.create_initiative(InitiativeDraft("City-Ring", district_ids=(district("City"),)))
    page = services.quarters.quarter_page(quarter.id)
    assert [b.name for b in page.businesses] == ["Café Nordmarkt"]
    assert page.businesses[0].sector.startswith("56.10")
    assert [c.business_name for c in page.cases] == ["Café Nordmarkt"]
    assert sorted(p.street for p in page.properties) == [
        "Mallinckrodtstraße 5",
        "Münsterstraße 1",
        "Schützenstraße 9",
    ]
    assert [i.id for i in page.initiatives] == [initiative.id]
    goals = {g.key: g for g in page.goals}
    assert goals["reactivated_units"].achieved == 1  # the one reactivated before the base year does not count
    assert goals["reactivated_units"].goal == 4
    assert goals["reactivated_units"].percent == Decimal("25.0")
    assert goals["recommended_loans"].goal is None and goals["recommended_loans"].percent is None
    assert page.lwsi is None  # shown as "not computed yet" until the reports side computes it

    # Nothing is copied: moving the business moves it out of the quarter.
    with services.context.sessions.begin() as session:
        business = session.get(Business, inside)
        assert business is not None
        business.district_id = district("City")
    assert services.quarters.quarter_page(quarter.id).businesses == ()
    # Other services filter their lists with the same condition.
    with services.context.sessions() as session:
        names = session.scalars(
            select(Business.name).where(in_quarter(Business.district_id, quarter.id))
        ).all()
    assert names == []


def test_deleting_a_quarter_with_initiatives_is_refused(services: Services) -> None:
    quarter = services.quarters.create_quarter(nordstadt())
    initiative = services.initiatives.create_initiative(
        InitiativeDraft("IG Nordmarkt", quarter_id=quarter.id)
    )
    with pytest.raises(ConflictError) as caught:
        services.quarters.delete_quarter(quarter.id, quarter.version)
    assert caught.value.params["initiatives"] == ("IG Nordmarkt",)
    services.initiatives.delete_initiative(initiative.id, initiative.version)
    services.quarters.delete_quarter(quarter.id, quarter.version)
    assert services.quarters.quarters() == []
    assert services.quarters.district_ids(quarter.id) == frozenset()
    with pytest.raises(NotFound):
        services.quarters.quarter_page(quarter.id)
    # The districts are free again.
    services.quarters.create_quarter(nordstadt(name="Nordstadt neu"))


def test_only_leads_define_quarters(services: Services) -> None:
    services.context.user.sign_in(Principal(None, "berater", "Berater", Role.ADVISOR))
    with pytest.raises(PermissionDenied):
        services.quarters.create_quarter(nordstadt())
    assert services.quarters.quarters() == []  # reading is open to everyone signed in


def test_two_offices_saving_overlapping_quarters_at_once_cannot_both_succeed(db_url: str) -> None:
    """Two connections save quarters sharing a district at the same moment: exactly one wins."""
    first, second = open_services(db_url), open_services(db_url)
    try:
        first.users.local_principal("admin.test")
        second.users.local_principal("lead.test")
        second.context.user.sign_in(replace(second.context.user.principal, role=Role.LEAD))
        barrier = threading.Barrier(2)
        outcomes: list[object] = []

        def save(services: Services, name: str) -> None:
            barrier.wait()
            try:
                outcomes.append(services.quarters.create_quarter(nordstadt(name=name)))
            except ConflictError as error:
                outcomes.append(error)

        threads = [
            threading.Thread(target=save, args=(first, "Nordstadt A")),
            threading.Thread(target=save, args=(second, "Nordstadt B")),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sum(isinstance(o, ConflictError) for o in outcomes) == 1, outcomes
        with first.context.sessions() as session:
            assert len(session.scalars(select(Quarter)).all()) == 1
    finally:
        first.close()
        second.close()
