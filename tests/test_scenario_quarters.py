"""Scenario: a target quarter, a local initiative, a meeting that notes a missing offer, and what follows.

1. The team lead defines the quarter Hörde-Zentrum (districts Hörde and Hacheney, +10 % LWSI, goals).
2. Traders of Hörde found the initiative "Hörder Kaufleute" with a spokeswoman and a bakery as members.
3. At their meeting they note that the neighbourhood misses a bakery, and agree that the advisor writes to
   the owner of the empty shop in Faßstraße.
4. The missing offer raises the bakery founder's space request above another request for the vacant shop
   in the quarter.
5. The agreed action appears as the advisor's reminder.

Runs through the services on SQLite and PostgreSQL; ``tests/ui/test_quarters_view.py`` walks it in the GUI.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

from dlzw_desktop.db.models import Property, Reminder, SpaceRequest
from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import InitiativeKind, PropertyUse, ReminderKind
from dlzw_desktop.domain.matching import (
    DemandProfile,
    Matcher,
    MatchResult,
    PropertyFacts,
    RequestFacts,
    features_of,
)
from dlzw_desktop.services.demand_profile import demand_profile
from dlzw_desktop.services.initiative_service import (
    ActionDraft,
    InitiativeDraft,
    MeetingDraft,
    MemberDraft,
    MissingOfferDraft,
)
from dlzw_desktop.services.quarter_service import QuarterDraft
from dlzw_desktop.services.registry import Services
from tests.services.neighbourhood_data import add_business, add_person, add_property, district, sector

TODAY = today_berlin()


def space_request(services: Services, *, sector_code: str, max_rent: Decimal) -> uuid.UUID:
    with services.context.sessions.begin() as session:
        request = SpaceRequest(
            use=PropertyUse.RETAIL.value,
            sector_id=sector(services, sector_code),
            min_area_m2=Decimal(60),
            max_area_m2=Decimal(100),
            max_rent=max_rent,
            preferred_district_ids=[str(district("Hörde"))],
        )
        session.add(request)
        session.flush()
        return request.id


def rank_requests_for(
    services: Services, property_id: uuid.UUID, request_ids: list[uuid.UUID]
) -> list[MatchResult]:
    """Rank the requests for the unit with the demand profile as recorded (issue 4's service does this)."""
    quarters_of = services.quarters.quarter_ids_by_district()
    with services.context.sessions() as session:
        profile: DemandProfile = demand_profile(session)
        unit = session.get(Property, property_id)
        assert unit is not None
        facts = PropertyFacts(
            property_id=unit.id,
            area_m2=unit.area_m2,
            cold_rent=unit.cold_rent,
            service_charges=unit.service_charges,
            uses=frozenset(PropertyUse(u) for u in unit.uses),
            features=features_of(
                ground_floor=unit.ground_floor, shop_window=unit.shop_window, step_free=unit.step_free
            ),
            district_id=unit.district_id,
            quarter_ids=quarters_of.get(unit.district_id, frozenset()) if unit.district_id else frozenset(),
            owner_consent=unit.owner_consent,
            status=unit.status,
            district_name="Hörde",
        )
        requests = []
        for request_id in request_ids:
            row = session.get(SpaceRequest, request_id)
            assert row is not None
            code = services.reference.sector(row.sector_id).code if row.sector_id else None  # type: ignore[union-attr]
            requests.append(
                RequestFacts(
                    request_id=row.id,
                    use=PropertyUse(row.use),
                    min_area_m2=row.min_area_m2,
                    max_area_m2=row.max_area_m2,
                    max_rent=row.max_rent,
                    preferred_district_ids=frozenset(row.preferred_district_ids),
                    sector_code=code,
                )
            )
    return Matcher(profile, as_of=TODAY).rank_requests(facts, requests)


def test_a_missing_offer_noted_by_an_initiative_reaches_matching_and_its_action_the_advisor(
    services: Services,
) -> None:
    advisor = services.context.user.principal

    # 1. Define the quarter.
    quarter = services.quarters.create_quarter(
        QuarterDraft(
            name="Hörde-Zentrum",
            base_year=2025,
            district_ids=(district("Hörde"), district("Hacheney")),
            goal_reactivated_units=6,
            goal_recommended_loans=10,
            goal_jobs=25,
            responsible_id=advisor.user_id,
        )
    )
    assert quarter.lwsi_goal_percent == Decimal(10)

    # 2. Found the initiative with its members.
    initiative = services.initiatives.create_initiative(
        InitiativeDraft("Hörder Kaufleute", InitiativeKind.RETAIL, quarter_id=quarter.id)
    )
    speaker = add_person(services, "Kaya", "Elif", district_name="Hörde", email="elif@example.org")
    baker = add_person(services, "Nowak", "Piotr")
    bakery = add_business(
        services, "Bäckerei Nowak (geplant)", "Hörde", sector_code="10.71", founders=(baker,)
    )
    services.initiatives.add_member(
        initiative.id, MemberDraft(person_id=speaker, role="Sprecherin", is_contact=True)
    )
    services.initiatives.add_member(initiative.id, MemberDraft(business_id=bakery, role="Mitglied"))
    assert [i.name for i in services.initiatives.initiatives(quarter.id)] == ["Hörder Kaufleute"]

    # A vacant shop in the quarter and two founders looking for a shop like it.
    shop = add_property(services, "Faßstraße 3", "Hörde", area=Decimal(80), rent=Decimal(600))
    bakery_request = space_request(services, sector_code="10.71", max_rent=Decimal(750))
    fashion_request = space_request(services, sector_code="47.71", max_rent=Decimal(1000))
    before = rank_requests_for(services, shop, [bakery_request, fashion_request])
    assert [r.request_id for r in before] == [fashion_request, bakery_request]
    assert all(r.parts.demand == 0.0 for r in before)

    # 3. Record the meeting with the missing offer and the agreed action.
    meeting = services.initiatives.record_meeting(
        initiative.id,
        MeetingDraft(
            held_on=TODAY - timedelta(days=2),
            participants="Elif Kaya, Piotr Nowak, Beratung DLZW",
            minutes="Die Bäckerei am Markt hat geschlossen; Frühstücksangebot fehlt im Zentrum.",
            actions=(
                ActionDraft(
                    "Eigentümer Faßstraße 3 wegen Bäckerei anschreiben",
                    TODAY + timedelta(days=14),
                    owner_id=advisor.user_id,
                ),
            ),
            missing_offers=(MissingOfferDraft(sector(services, "10.71"), Decimal(3), note="Bäckerei fehlt"),),
        ),
    )
    assert [o.sector_code for o in meeting.missing_offers] == ["10.71"]

    # 4. The missing offer raises the bakery's request for the vacant shop in the quarter.
    after = rank_requests_for(services, shop, [bakery_request, fashion_request])
    assert [r.request_id for r in after] == [bakery_request, fashion_request]
    assert after[0].parts.demand == 1.0
    assert "im Quartier" in after[0].explanation
    assert after[0].score > next(r.score for r in before if r.request_id == bakery_request)

    # 5. The agreed action appears as the advisor's reminder, once.
    reminders = services.initiatives.reminders(initiative.id)
    assert [(r.title, r.due_on, r.kind) for r in reminders] == [
        (
            "Hörder Kaufleute: Eigentümer Faßstraße 3 wegen Bäckerei anschreiben",
            TODAY + timedelta(days=14),
            ReminderKind.MEETING_ACTION,
        )
    ]
    assert services.initiatives.ensure_action_reminders(initiative.id) == 0
    with services.context.sessions() as session:
        stored = session.get(Reminder, reminders[0].id)
        assert stored is not None
        assert stored.assigned_to_id == advisor.user_id
        assert stored.initiative_id == initiative.id

    # The quarter page shows it all.
    page = services.quarters.quarter_page(quarter.id)
    assert [b.name for b in page.businesses] == ["Bäckerei Nowak (geplant)"]
    assert [p.street for p in page.properties] == ["Faßstraße 3"]
    assert [i.name for i in page.initiatives] == ["Hörder Kaufleute"]
    assert page.lwsi is None
