"""Consultation days: planning, slots, booking persons and cases, walk-ins, consultations, the appointment
list PDF and the calendar file."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from dlzw_desktop.db.base import reference_id
from dlzw_desktop.db.models import Consultation, Initiative, Person, User
from dlzw_desktop.domain.enums import AppointmentStatus, ConsultationPlace, Role
from dlzw_desktop.errors import ConflictError, ValidationError
from dlzw_desktop.services.consultation_day_service import BookingDraft, DayDraft
from dlzw_desktop.services.registry import Services
from tests.services.sync.sync_data import add_founder

DAY = date(2026, 5, 12)
NORDMARKT = reference_id("district", "Nordmarkt")
INNENSTADT_NORD = reference_id("borough", "Innenstadt-Nord")


def advisor(services: Services, username: str = "b.schulz", name: str = "Birgit Schulz") -> uuid.UUID:
    with services.context.sessions.begin() as session:
        user = User(username=username, display_name=name, role=Role.ADVISOR)
        session.add(user)
        session.flush()
        return user.id


def initiative(services: Services) -> uuid.UUID:
    with services.context.sessions.begin() as session:
        row = Initiative(name="Nordstadt-Gewerbe e. V.")
        session.add(row)
        session.flush()
        return row.id


def me(services: Services) -> uuid.UUID:
    user_id = services.context.user.principal.user_id
    assert user_id is not None
    return user_id


def test_a_planned_day_has_half_hour_slots_its_area_initiative_and_advisors(services: Services) -> None:
    partner = initiative(services)
    detail = services.consultation_days.create_day(
        DayDraft(
            DAY,
            "  Quartiersbüro   Nordmarkt ",
            time(10),
            time(13),
            district_id=NORDMARKT,
            initiative_id=partner,
            advisor_ids=(me(services), advisor(services)),
        )
    )
    day = detail.day
    assert day.place == "Quartiersbüro Nordmarkt"
    assert (day.borough_name, day.district_name) == ("Innenstadt-Nord", "Nordmarkt")
    assert day.initiative_name == "Nordstadt-Gewerbe e. V."
    assert day.advisor_names == ("admin.test", "Birgit Schulz")
    assert [slot.starts_at for slot in detail.slots] == [time(10 + i // 2, 30 * (i % 2)) for i in range(6)]
    assert {slot.capacity for slot in detail.slots} == {2}
    assert day.slots == 6 and day.capacity == 12
    [listed] = services.consultation_days.days()
    assert listed.id == day.id and listed.booked == 0


def test_a_district_outside_the_chosen_borough_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.consultation_days.create_day(
            DayDraft(
                DAY,
                "Bibliothek",
                time(10),
                time(12),
                borough_id=reference_id("borough", "Hörde"),
                district_id=NORDMARKT,
            )
        )
    assert caught.value.code == "day.district_outside_borough"
    assert services.consultation_days.days() == []


def test_booking_persons_and_cases_fills_slots_and_cancelling_frees_them(services: Services) -> None:
    day = services.consultation_days.create_day(
        DayDraft(DAY, "Quartiersbüro", time(10), time(11), advisor_ids=(me(services),))
    ).day
    founder = add_founder(services, "Öztürk", "Ayşe", "MK-2026-0041")
    by_case = services.consultation_days.book(
        day.id, BookingDraft(time(10), case_id=founder.case_id, topic="Kredit")
    )
    assert (by_case.person_name, by_case.case_number) == ("Ayşe Öztürk", "MK-2026-0041")  # the founder comes
    with pytest.raises(ConflictError) as full:
        services.consultation_days.book(day.id, BookingDraft(time(10), visitor_name="Herr Demir"))
    assert full.value.code == "appointment.slot_full"
    with pytest.raises(ValidationError) as off_grid:
        services.consultation_days.book(day.id, BookingDraft(time(10, 15), visitor_name="Herr Demir"))
    assert off_grid.value.code == "appointment.not_a_slot"
    with pytest.raises(ValidationError) as nobody:
        services.consultation_days.book(day.id, BookingDraft(time(10, 30)))
    assert nobody.value.code == "appointment.nobody"
    services.consultation_days.set_status(by_case.id, by_case.version, AppointmentStatus.CANCELLED)
    demir = services.consultation_days.book(day.id, BookingDraft(time(10), visitor_name="Herr Demir"))
    assert demir.name == "Herr Demir"
    detail = services.consultation_days.day(day.id)
    [first, second] = detail.slots
    assert first.free == 0 and second.free == 1
    cancelled = next(a for a in first.appointments if a.status is AppointmentStatus.CANCELLED)
    with pytest.raises(ConflictError):
        services.consultation_days.set_status(cancelled.id, cancelled.version, AppointmentStatus.BOOKED)


def test_walk_ins_and_consultations_of_the_day(services: Services) -> None:
    day = services.consultation_days.create_day(
        DayDraft(DAY, "Quartiersbüro", time(10), time(12), advisor_ids=(me(services),))
    ).day
    founder = add_founder(services, "Kowalski", "Jan", "MK-2026-0042")
    walk_in = services.consultation_days.record_walk_in(
        day.id, BookingDraft(time(10, 50), person_id=founder.person_id, topic="Unterlagen")
    )
    assert walk_in.walk_in and walk_in.status is AppointmentStatus.ATTENDED
    logged = services.consultation_days.record_consultation(
        walk_in.id, walk_in.version, 25, notes="Businessplan besprochen"
    )
    assert logged.consultation_id is not None
    with services.context.sessions() as session:
        consultation = session.get(Consultation, logged.consultation_id)
        assert consultation is not None
        assert (consultation.held_on, consultation.place, consultation.duration_minutes) == (
            DAY,
            ConsultationPlace.CONSULTATION_DAY,
            25,
        )
        assert consultation.topics == "Unterlagen" and consultation.consultation_day_id == day.id
    detail = services.consultation_days.day(day.id)
    assert [a.name for a in detail.walk_ins] == ["Jan Kowalski"]
    assert all(not slot.appointments for slot in detail.slots)
    assert services.consultation_days.days()[0].walk_ins == 1


def test_changing_hours_is_refused_while_bookings_would_drop_out(services: Services) -> None:
    detail = services.consultation_days.create_day(
        DayDraft(DAY, "Quartiersbüro", time(10), time(14), advisor_ids=(me(services),))
    )
    services.consultation_days.book(detail.day.id, BookingDraft(time(13, 30), visitor_name="Frau Nowak"))
    shorter = DayDraft(DAY, "Quartiersbüro", time(10), time(13), advisor_ids=(me(services),))
    with pytest.raises(ValidationError) as caught:
        services.consultation_days.update_day(detail.day.id, detail.day.version, shorter)
    assert caught.value.code == "day.bookings_outside" and "13:30" in str(caught.value)
    longer = DayDraft(DAY, "Quartiersbüro am Markt", time(9), time(15), advisor_ids=(me(services),))
    updated = services.consultation_days.update_day(detail.day.id, detail.day.version, longer)
    assert updated.day.place == "Quartiersbüro am Markt" and len(updated.slots) == 12
    with pytest.raises(ConflictError):
        services.consultation_days.update_day(detail.day.id, detail.day.version, longer)
    with pytest.raises(ValidationError) as booked:
        services.consultation_days.delete_day(updated.day.id, updated.day.version)
    assert booked.value.code == "day.has_bookings"


def test_search_finds_persons_by_name_and_cases_by_number_or_business(services: Services) -> None:
    founder = add_founder(services, "Öztürk", "Ayşe", "MK-2026-0041", business="Ayşes Änderungsschneiderei")
    add_founder(services, "Kowalski", "Jan", "MK-2026-0042")
    found = services.consultation_days.search_bookable("ozturk AYŞE")
    assert [(row.person_id, row.label) for row in found] == [(founder.person_id, "Ayşe Öztürk")]
    by_number = services.consultation_days.search_bookable("0041")
    assert [(row.case_id, row.detail) for row in by_number] == [
        (founder.case_id, "Ayşes Änderungsschneiderei")
    ]
    assert services.consultation_days.search_bookable("  ") == []


def test_the_appointment_list_pdf_shows_the_day_and_prints_names_as_typed(
    services: Services, tmp_path: Path
) -> None:
    partner = initiative(services)
    day = services.consultation_days.create_day(
        DayDraft(
            DAY,
            "Quartiersbüro <Nordmarkt>",
            time(10),
            time(11, 30),
            district_id=NORDMARKT,
            initiative_id=partner,
            advisor_ids=(me(services),),
        )
    ).day
    founder = add_founder(services, "Öztürk", "Ayşe", "MK-2026-0041")
    services.consultation_days.book(
        day.id, BookingDraft(time(10), case_id=founder.case_id, topic="Kredit & Miete")
    )
    services.consultation_days.book(day.id, BookingDraft(time(11), visitor_name="<b>A&B</b> Ltd"))
    services.consultation_days.record_walk_in(day.id, BookingDraft(time(10, 40), visitor_name="Herr Yılmaz"))
    path = services.consultation_days.appointment_list_pdf(day.id, tmp_path / "terminliste.pdf")
    reader = PdfReader(str(path))
    content = "\n".join(page.extract_text() for page in reader.pages)
    assert "Terminliste Sprechtag 12.05.2026" in content
    assert "Quartiersbüro <Nordmarkt>" in content
    assert "Innenstadt-Nord / Nordmarkt" in content
    assert "Nordstadt-Gewerbe e. V." in content
    assert "Ayşe Öztürk" in content and "MK-2026-0041" in content and "Kredit & Miete" in content
    assert "<b>A&B</b> Ltd" in content
    assert "10:30–11:00" in content and "frei" in content
    assert "Herr Yılmaz" in content
    assert "2 Termine gebucht, 1 ohne Termin" in content
    assert reader.metadata is not None and reader.metadata.title.startswith(
        "Terminliste Sprechtag 12.05.2026"
    )


def test_the_calendar_has_one_event_per_booked_slot_in_berlin_time(
    services: Services, tmp_path: Path
) -> None:
    day = services.consultation_days.create_day(
        DayDraft(date(2026, 11, 3), "Bürgerhaus; Raum 2", time(10), time(12), advisor_ids=(me(services),))
    ).day
    founder = add_founder(services, "Öztürk", "Ayşe", "MK-2026-0041")
    booked = services.consultation_days.book(
        day.id, BookingDraft(time(10), case_id=founder.case_id, topic="Kredit")
    )
    cancelled = services.consultation_days.book(day.id, BookingDraft(time(11), visitor_name="Frau Nowak"))
    services.consultation_days.set_status(cancelled.id, cancelled.version, AppointmentStatus.CANCELLED)
    services.consultation_days.book(day.id, BookingDraft(time(11, 30), visitor_name="Herr Demir, GbR"))
    services.consultation_days.record_walk_in(day.id, BookingDraft(time(10, 40), visitor_name="Laufkunde"))
    path = services.consultation_days.export_calendar(day.id, tmp_path / "sprechtag.ics")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    [zone] = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/Berlin"
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {
        f"{booked.id}@dlzw-desktop",
        *(k for k in events if k != f"{booked.id}@dlzw-desktop"),
    }
    assert len(events) == 2
    berlin = ZoneInfo("Europe/Berlin")
    first = events[f"{booked.id}@dlzw-desktop"]
    assert first.decoded("dtstart") == datetime(2026, 11, 3, 10, 0, tzinfo=berlin)
    assert first.decoded("dtend") == datetime(2026, 11, 3, 10, 30, tzinfo=berlin)
    assert first.decoded("dtstart").utcoffset().total_seconds() == 3600  # winter time
    assert str(first["SUMMARY"]) == "Sprechtag: Ayşe Öztürk"
    assert str(first["LOCATION"]) == "Bürgerhaus; Raum 2"
    assert "Fall: MK-2026-0041" in str(first["DESCRIPTION"])
    assert {str(e["SUMMARY"]) for e in events.values()} == {
        "Sprechtag: Ayşe Öztürk",
        "Sprechtag: Herr Demir, GbR",
    }
    assert b"TZID=Europe/Berlin:20261103T100000" in path.read_bytes()


def test_a_recorded_consultation_needs_a_person_or_case(services: Services) -> None:
    day = services.consultation_days.create_day(
        DayDraft(DAY, "Quartiersbüro", time(10), time(12), advisor_ids=(me(services),))
    ).day
    visitor = services.consultation_days.book(day.id, BookingDraft(time(10), visitor_name="Frau Nowak"))
    with pytest.raises(ValidationError) as caught:
        services.consultation_days.record_consultation(visitor.id, visitor.version, 30)
    assert caught.value.code == "appointment.no_person"
    with services.context.sessions.begin() as session:
        person = Person(family_name="Nowak", given_names="Zofia")
        session.add(person)
        session.flush()
        person_id = person.id
    linked = services.consultation_days.link_appointment(visitor.id, visitor.version, person_id, None)
    assert linked.name == "Zofia Nowak"
    done = services.consultation_days.record_consultation(linked.id, linked.version, 30)
    assert done.status is AppointmentStatus.ATTENDED and done.consultation_id is not None
    with services.context.sessions() as session:
        assert (
            session.scalar(select(Consultation.person_id).where(Consultation.id == done.consultation_id))
            == person_id
        )
