"""Initiatives: members, consent-bound invitations, meetings whose actions become reminders and whose
missed offers enter the demand profile, and the documents made from them."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from dlzw_desktop.db.models import DemandEntry, Person, Reminder
from dlzw_desktop.domain.dates import today_berlin, utc_now
from dlzw_desktop.domain.enums import ConsentForm, InitiativeKind, ReminderKind
from dlzw_desktop.errors import ConflictError, ValidationError
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
from tests.services.neighbourhood_data import add_business, add_person, district, sector

TODAY = today_berlin()
LAST_WEEK = TODAY - timedelta(days=7)


def hoerde_quarter(services: Services) -> uuid.UUID:
    return services.quarters.create_quarter(
        QuarterDraft("Hörde-Zentrum", 2025, (district("Hörde"), district("Hacheney")))
    ).id


def test_an_initiative_needs_a_quarter_or_districts(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.initiatives.create_initiative(InitiativeDraft("Ohne Gebiet"))
    assert caught.value.code == "initiative.no_area"
    quarter_id = hoerde_quarter(services)
    by_quarter = services.initiatives.create_initiative(
        InitiativeDraft("Hörder Kaufleute", InitiativeKind.RETAIL, quarter_id=quarter_id)
    )
    by_district = services.initiatives.create_initiative(
        InitiativeDraft("Kreative Hacheney", InitiativeKind.CREATIVE, district_ids=(district("Hacheney"),))
    )
    elsewhere = services.initiatives.create_initiative(
        InitiativeDraft("Eving aktiv", district_ids=(district("Eving"),))
    )
    assert by_quarter.quarter_name == "Hörde-Zentrum"
    assert by_district.district_names == ("Hacheney",)
    assert [i.name for i in services.initiatives.initiatives(quarter_id)] == [
        "Hörder Kaufleute",
        "Kreative Hacheney",
    ]
    assert len(services.initiatives.initiatives()) == 3
    changed = services.initiatives.update_initiative(
        elsewhere.id, elsewhere.version, replace(elsewhere.draft(), district_ids=(district("Hörde"),))
    )
    assert changed.district_names == ("Hörde",)
    with pytest.raises(ConflictError):
        services.initiatives.update_initiative(elsewhere.id, elsewhere.version, elsewhere.draft())


def test_members_are_people_and_businesses_with_roles(services: Services) -> None:
    initiative = services.initiatives.create_initiative(
        InitiativeDraft("IG Hörde", district_ids=(district("Hörde"),))
    )
    owner = add_person(services, "Kaya", "Elif", district_name="Hörde")
    bakery_founder = add_person(services, "Nowak", "Piotr")
    bakery = add_business(
        services, "Bäckerei Nowak", "Hörde", sector_code="10.71", founders=(bakery_founder,)
    )
    found = services.initiatives.find_parties("nowak")
    assert {(p.kind, p.name) for p in found} == {("person", "Piotr Nowak"), ("business", "Bäckerei Nowak")}
    assert services.initiatives.find_parties("   ") == []
    services.initiatives.add_member(
        initiative.id, MemberDraft(person_id=owner, role="Sprecherin", is_contact=True)
    )
    member = services.initiatives.add_member(initiative.id, MemberDraft(business_id=bakery, role="Mitglied"))
    assert member.detail == "10.71 · Hörde"
    with pytest.raises(ConflictError) as caught:
        services.initiatives.add_member(initiative.id, MemberDraft(business_id=bakery))
    assert caught.value.params["name"] == "Bäckerei Nowak"
    with pytest.raises(ValidationError):
        services.initiatives.add_member(initiative.id, MemberDraft(person_id=owner, business_id=bakery))
    members = services.initiatives.members(initiative.id)
    assert [(m.name, m.role, m.is_contact) for m in members] == [
        ("Elif Kaya", "Sprecherin", True),
        ("Bäckerei Nowak", "Mitglied", False),
    ]
    row = services.initiatives.initiative(initiative.id)
    assert row.members == 2 and row.contacts == ("Elif Kaya",)
    updated = services.initiatives.update_member(
        member.id, member.version, role="Kassenwart", is_contact=True
    )
    assert updated.role == "Kassenwart" and updated.is_contact
    services.initiatives.remove_member(updated.id, updated.version)
    assert [m.name for m in services.initiatives.members(initiative.id)] == ["Elif Kaya"]
    again = services.initiatives.add_member(initiative.id, MemberDraft(business_id=bakery, role="wieder da"))
    assert again.id == member.id  # the former member rejoins


def test_the_invitation_list_holds_only_people_who_consented(services: Services, tmp_path: Path) -> None:
    initiative = services.initiatives.create_initiative(
        InitiativeDraft("IG Hörde", district_ids=(district("Hörde"),))
    )
    yes = add_person(services, "Kaya", "Elif", email="elif@example.org", consent_on=date(2025, 1, 10))
    never = add_person(services, "Ohnezustimmung", "Olaf", email="olaf@example.org")
    withdrawn = add_person(
        services,
        "Widerruf",
        "Wanda",
        email="wanda@example.org",
        consent_on=date(2024, 1, 1),
        withdrawn_on=date(2025, 3, 1),
    )
    later = add_person(
        services, "Später", "Sven", email="sven@example.org", consent_on=TODAY + timedelta(days=3)
    )
    founder_yes = add_person(
        services, "Nowak", "Piotr", email="piotr@example.org", consent_on=date(2025, 2, 1)
    )
    founder_no = add_person(services, "Stumm", "Stefan", email="stefan@example.org")
    bakery = add_business(services, "Bäckerei Nowak", "Hörde", founders=(founder_yes,))
    kiosk = add_business(services, "Kiosk Stumm", "Hörde", founders=(founder_no,))
    gone = add_person(services, "Anonym", "Anna", email="anna@example.org", consent_on=date(2025, 1, 1))
    for person_id in (yes, never, withdrawn, later, gone):
        services.initiatives.add_member(initiative.id, MemberDraft(person_id=person_id, role="Mitglied"))
    services.initiatives.add_member(
        initiative.id, MemberDraft(business_id=bakery, role="Mitglied", is_contact=True)
    )
    services.initiatives.add_member(initiative.id, MemberDraft(business_id=kiosk, role="Mitglied"))
    with services.context.sessions.begin() as session:  # data protection: the person was anonymised later
        person = session.get(Person, gone)
        assert person is not None
        person.anonymised_at = utc_now()

    result = services.initiatives.export_invitations(initiative.id, tmp_path / "einladung.xlsx")
    assert result.invited == 2
    assert result.members_without_consent == 5
    workbook = load_workbook(result.path)
    sheet = workbook["Einladungsliste"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[4]) for r in rows] == [
        ("Elif Kaya", None, "elif@example.org"),
        ("Piotr Nowak", "Bäckerei Nowak", "piotr@example.org"),
    ]
    everything = " ".join(
        str(cell)
        for ws in workbook.worksheets
        for row in ws.iter_rows(values_only=True)
        for cell in row
        if cell
    )
    for absent in ("Olaf", "Wanda", "Sven", "Stefan", "Kiosk Stumm", "Anna", "olaf@", "wanda@", "stefan@"):
        assert absent not in everything, absent
    assert "5" in [str(r[1]) for r in workbook["Hinweise"].iter_rows(values_only=True)]

    # Recording and withdrawing consent through the service moves a person in and out of the list.
    services.initiatives.record_contact_consent(never, LAST_WEEK, ConsentForm.ORAL, "beim Treffen")
    assert services.initiatives.export_invitations(initiative.id, tmp_path / "2.xlsx").invited == 3
    assert services.initiatives.withdraw_contact_consent(never, TODAY) == 1
    assert services.initiatives.export_invitations(initiative.id, tmp_path / "3.xlsx").invited == 2
    assert [c.withdrawn_on for c in services.initiatives.contact_consents(never)] == [TODAY]
    with pytest.raises(ValidationError):
        services.initiatives.record_contact_consent(never, TODAY + timedelta(days=1), ConsentForm.WRITTEN)


def test_the_member_list_shows_consent_but_no_contact_data(services: Services, tmp_path: Path) -> None:
    initiative = services.initiatives.create_initiative(
        InitiativeDraft("IG Hörde", district_ids=(district("Hörde"),))
    )
    yes = add_person(services, "Kaya", "Elif", email="elif@example.org", consent_on=date(2025, 1, 10))
    no = add_person(services, '=HYPERLINK("http://x")', "", email="x@example.org")
    services.initiatives.add_member(
        initiative.id, MemberDraft(person_id=yes, role="Sprecherin", is_contact=True)
    )
    services.initiatives.add_member(initiative.id, MemberDraft(person_id=no))
    path = services.initiatives.export_member_list(initiative.id, tmp_path / "mitglieder.xlsx")
    sheet = load_workbook(path)["Mitglieder"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[0][:6] == ("Elif Kaya", "Person", None, "Sprecherin", "ja", "ja")
    assert rows[1][0] == '=HYPERLINK("http://x")' and rows[1][5] == "nein"
    assert sheet.cell(3, 1).data_type == "s"  # stays text, never a formula
    assert "elif@example.org" not in str(rows)


def test_meeting_actions_become_reminders_once(services: Services) -> None:
    quarter_id = hoerde_quarter(services)
    initiative = services.initiatives.create_initiative(InitiativeDraft("IG Hörde", quarter_id=quarter_id))
    me = services.context.user.principal.user_id
    draft = MeetingDraft(
        held_on=LAST_WEEK,
        participants="Frau Kaya, Herr Nowak",
        minutes="Leerstand Faßstraße besprochen.",
        actions=(
            ActionDraft("Eigentümer Faßstraße 3 anschreiben", LAST_WEEK + timedelta(days=14), owner_id=me),
            ActionDraft("Schaufensteraktion planen", LAST_WEEK + timedelta(days=30), owner_name="Frau Kaya"),
        ),
    )
    meeting = services.initiatives.record_meeting(initiative.id, draft)
    reminders = services.initiatives.reminders(initiative.id)
    assert [(r.title, r.due_on, r.kind) for r in reminders] == [
        (
            "IG Hörde: Eigentümer Faßstraße 3 anschreiben",
            LAST_WEEK + timedelta(days=14),
            ReminderKind.MEETING_ACTION,
        ),
        ("IG Hörde: Schaufensteraktion planen", LAST_WEEK + timedelta(days=30), ReminderKind.MEETING_ACTION),
    ]
    assert all(a.reminder_id is not None for a in meeting.actions)
    assert services.initiatives.ensure_action_reminders(initiative.id) == 0  # idempotent
    assert len(services.initiatives.reminders(initiative.id)) == 2

    # Saving the meeting again with a later due date moves the same reminder.
    later = replace(
        meeting.draft(),
        actions=(
            replace(meeting.draft().actions[0], due_on=TODAY + timedelta(days=20)),
            meeting.draft().actions[1],
        ),
    )
    meeting = services.initiatives.update_meeting(meeting.id, meeting.version, later)
    reminders = services.initiatives.reminders(initiative.id)
    assert len(reminders) == 2
    assert TODAY + timedelta(days=20) in {r.due_on for r in reminders}

    # A reminder deleted by hand is repaired; a done reminder stays done and is kept when the action goes.
    with services.context.sessions.begin() as session:
        lost = session.scalar(select(Reminder).where(Reminder.title.contains("Schaufenster")))
        assert lost is not None
        lost.deleted_at = utc_now()
    assert services.initiatives.ensure_action_reminders(initiative.id) == 1
    assert services.initiatives.ensure_action_reminders(initiative.id) == 0
    first = next(r for r in services.initiatives.reminders(initiative.id) if "Eigentümer" in r.title)
    services.initiatives.mark_reminder_done(first.id, first.version)
    assert [r.title for r in services.initiatives.reminders(initiative.id)] == [
        "IG Hörde: Schaufensteraktion planen"
    ]
    meeting = services.initiatives.update_meeting(
        meeting.id, meeting.version, replace(meeting.draft(), actions=())
    )
    assert services.initiatives.reminders(initiative.id) == []
    assert [r.title for r in services.initiatives.reminders(initiative.id, include_done=True)] == [
        "IG Hörde: Eigentümer Faßstraße 3 anschreiben"
    ]


@pytest.mark.parametrize(
    ("action", "code"),
    [
        (ActionDraft("  ", TODAY, owner_name="X"), "meeting.action_text_missing"),
        (ActionDraft("Anrufen", TODAY), "meeting.action_owner_missing"),
        (
            ActionDraft("Anrufen", LAST_WEEK - timedelta(days=1), owner_name="X"),
            "meeting.action_due_before_meeting",
        ),
    ],
)
def test_incomplete_actions_are_refused(services: Services, action: ActionDraft, code: str) -> None:
    initiative = services.initiatives.create_initiative(
        InitiativeDraft("IG", district_ids=(district("Hörde"),))
    )
    with pytest.raises(ValidationError) as caught:
        services.initiatives.record_meeting(initiative.id, MeetingDraft(LAST_WEEK, actions=(action,)))
    assert caught.value.code == code
    assert services.initiatives.meetings(initiative.id) == []


def test_a_meeting_in_the_future_is_refused(services: Services) -> None:
    initiative = services.initiatives.create_initiative(
        InitiativeDraft("IG", district_ids=(district("Hörde"),))
    )
    with pytest.raises(ValidationError) as caught:
        services.initiatives.record_meeting(initiative.id, MeetingDraft(TODAY + timedelta(days=1)))
    assert caught.value.code == "meeting.in_future"


def test_missed_offers_feed_the_demand_profile(services: Services) -> None:
    quarter_id = hoerde_quarter(services)
    in_quarter = services.initiatives.create_initiative(InitiativeDraft("IG Hörde", quarter_id=quarter_id))
    in_districts = services.initiatives.create_initiative(
        InitiativeDraft("Eving aktiv", district_ids=(district("Eving"), district("Brechten")))
    )
    bakery, butcher, shoes = sector(services, "10.71"), sector(services, "47.22"), sector(services, "47.72")
    meeting = services.initiatives.record_meeting(
        in_quarter.id,
        MeetingDraft(
            LAST_WEEK,
            missing_offers=(
                MissingOfferDraft(bakery, Decimal(3), note="seit Schließung der Bäckerei Schmidt"),
                MissingOfferDraft(butcher, Decimal("1.5"), district_id=district("Hacheney")),
            ),
        ),
    )
    services.initiatives.record_meeting(
        in_districts.id, MeetingDraft(LAST_WEEK, missing_offers=(MissingOfferDraft(shoes),))
    )
    assert [(o.sector_code, o.district_name, o.weight) for o in meeting.missing_offers] == [
        ("10.71", "", Decimal("3.00")),
        ("47.22", "Hacheney", Decimal("1.50")),
    ]
    with services.context.sessions() as session:
        profile = demand_profile(session)
    weights = {str(area): dict(codes) for area, codes in profile.weights.items()}
    assert weights[str(quarter_id)] == {
        "10.71": Decimal("3.00")
    }  # a quarter's entry covers all its districts
    assert weights[str(district("Hacheney"))] == {"47.22": Decimal("1.50")}
    assert weights[str(district("Eving"))] == weights[str(district("Brechten"))] == {"47.72": Decimal("1.00")}

    # Changing and removing offers keeps profile and minutes in line.
    changed = services.initiatives.update_meeting(
        meeting.id,
        meeting.version,
        replace(meeting.draft(), missing_offers=(MissingOfferDraft(bakery, Decimal(5)),)),
    )
    assert [o.weight for o in changed.missing_offers] == [Decimal("5.00")]
    with services.context.sessions() as session:
        live = session.scalars(
            select(DemandEntry).where(DemandEntry.meeting_id == meeting.id, DemandEntry.deleted_at.is_(None))
        ).all()
        assert [(e.quarter_id, e.weight) for e in live] == [(quarter_id, Decimal("5.00"))]
    services.initiatives.delete_meeting(changed.id, changed.version)
    with services.context.sessions() as session:
        assert str(quarter_id) not in {str(a) for a in demand_profile(session).weights}


@pytest.mark.parametrize("weight", [Decimal(0), Decimal("10.5"), Decimal("1.234"), Decimal("NaN")])
def test_implausible_offer_weights_are_refused(services: Services, weight: Decimal) -> None:
    initiative = services.initiatives.create_initiative(
        InitiativeDraft("IG", district_ids=(district("Hörde"),))
    )
    with pytest.raises(ValidationError) as caught:
        services.initiatives.record_meeting(
            initiative.id,
            MeetingDraft(LAST_WEEK, missing_offers=(MissingOfferDraft(sector(services, "10.71"), weight),)),
        )
    assert caught.value.code == "meeting.offer_weight_invalid"


def test_an_offer_is_noted_once_per_meeting(services: Services) -> None:
    initiative = services.initiatives.create_initiative(
        InitiativeDraft("IG", district_ids=(district("Hörde"),))
    )
    bakery = sector(services, "10.71")
    with pytest.raises(ValidationError) as caught:
        services.initiatives.record_meeting(
            initiative.id,
            MeetingDraft(
                LAST_WEEK, missing_offers=(MissingOfferDraft(bakery), MissingOfferDraft(bakery, Decimal(2)))
            ),
        )
    assert caught.value.code == "meeting.offer_twice"


def test_the_minutes_pdf_prints_user_text_as_typed(services: Services, tmp_path: Path) -> None:
    initiative = services.initiatives.create_initiative(
        InitiativeDraft("IG <Hörde> & Co", InitiativeKind.TRADERS, district_ids=(district("Hörde"),))
    )
    meeting = services.initiatives.record_meeting(
        initiative.id,
        MeetingDraft(
            LAST_WEEK,
            participants="Çağlar Yıldırım, <b>Łukasz</b> Wróbel",
            minutes='<a href="http://evil.example">klick</a> Nächstes Treffen im Café.',
            actions=(ActionDraft("Flyer drucken", TODAY, owner_name="Frau Kaya"),),
            missing_offers=(MissingOfferDraft(sector(services, "10.71"), Decimal(2), note="dringend"),),
        ),
    )
    path = services.initiatives.minutes_pdf(meeting.id, tmp_path / "protokoll.pdf")
    reader = PdfReader(path)
    content = " ".join(page.extract_text() for page in reader.pages)
    for expected in (
        f"Protokoll der Sitzung vom {LAST_WEEK:%d.%m.%Y}",
        "IG <Hörde> & Co",
        "Gewerbetreibende",
        "Çağlar Yıldırım, <b>Łukasz</b> Wróbel",
        '<a href="http://evil.example">klick</a>',
        "Flyer drucken",
        "Frau Kaya",
        "10.71",
        "Herstellung von Backwaren",
        "dringend",
        "Wirtschaftsförderung Dortmund",
    ):
        assert expected in content, expected
    assert all("/Annots" not in page for page in reader.pages)
