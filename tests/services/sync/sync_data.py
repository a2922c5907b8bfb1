"""Builders for the laptop-kit tests: an office with a planned consultation day, and fast key derivation.

The case and person services belong to another feature; the rows they would write are written directly
through a write session here (so audit and change tracking apply as usual).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

import pytest

from dlzw_desktop.db import cipher
from dlzw_desktop.db.models import Business, BusinessMember, Case, Consultation, DocumentRequirement, Person
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import BusinessRole, ConsultationPlace, DocumentKind, DocumentStatus
from dlzw_desktop.services import sync_service
from dlzw_desktop.services.consultation_day_service import BookingDraft, DayDraft
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.sync.package import KdfParams

PASSPHRASE = "Nordstadt Sprechtag 2026"
FAST_KIT = cipher.KitKdf(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
FAST_PACKAGE = KdfParams(time_cost=2, memory_cost_kib=19 * 1024, parallelism=1)
DAY = date(2026, 5, 12)


def fast_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap key derivation for kits and packages (the real cost is measured in bench/sync.py)."""
    monkeypatch.setattr(cipher, "KIT_KDF", FAST_KIT)
    monkeypatch.setattr(sync_service, "PACKAGE_KDF", FAST_PACKAGE)


@dataclass(frozen=True, slots=True)
class Founder:
    """A person with a business and a case."""

    person_id: uuid.UUID
    business_id: uuid.UUID
    case_id: uuid.UUID
    case_number: str


def add_founder(services: Services, family: str, given: str, number: str, *, business: str = "") -> Founder:
    with services.context.sessions.begin() as session:
        person = Person(family_name=family, given_names=given, phone="0231 100", postcode="44147")
        firm = Business(name=business or f"{given} {family} Laden")
        session.add_all([person, firm])
        session.flush()
        session.add(BusinessMember(business_id=firm.id, person_id=person.id, role=BusinessRole.FOUNDER))
        case = Case(
            number=number,
            business_id=firm.id,
            stage_since=utc_now(),
            opened_on=date(2026, 3, 2),
            requested_amount=Decimal("8000.00"),
            purpose="Nähmaschinen",
        )
        session.add(case)
        session.flush()
        session.add(
            DocumentRequirement(
                case_id=case.id, kind=DocumentKind.BUSINESS_PLAN, status=DocumentStatus.MISSING
            )
        )
        session.add(
            Consultation(
                case_id=case.id,
                person_id=person.id,
                held_on=date(2026, 3, 2),
                duration_minutes=45,
                place=ConsultationPlace.OFFICE,
                topics="Erstberatung",
            )
        )
        return Founder(person.id, firm.id, case.id, number)


@dataclass(frozen=True, slots=True)
class PlannedDay:
    """A consultation day with two booked founders."""

    day_id: uuid.UUID
    first: Founder
    second: Founder


def plan_day(services: Services) -> PlannedDay:
    advisor = services.context.user.principal.user_id
    assert advisor is not None
    detail = services.consultation_days.create_day(
        DayDraft(DAY, "Quartiersbüro Nordmarkt", time(10), time(14), advisor_ids=(advisor,))
    )
    first = add_founder(services, "Öztürk", "Ayşe", "MK-2026-0041", business="Ayşes Änderungsschneiderei")
    second = add_founder(services, "Kowalski", "Jan", "MK-2026-0042", business="Jans Fahrradwerkstatt")
    day_id = detail.day.id
    services.consultation_days.book(
        day_id, BookingDraft(time(10), case_id=first.case_id, topic="Finanzierung")
    )
    services.consultation_days.book(
        day_id, BookingDraft(time(10, 30), person_id=second.person_id, topic="Unterlagen")
    )
    return PlannedDay(day_id, first, second)
