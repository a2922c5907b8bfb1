"""Small builders of people, businesses, cases and units for the neighbourhood tests.

The case and property services belong to other features; these tests write the few rows they need
directly, through a write session (so audit and change tracking apply as usual).
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from dlzw_desktop.db.base import reference_id
from dlzw_desktop.db.models import (
    Business,
    BusinessMember,
    Case,
    Consent,
    Consultation,
    Loan,
    Person,
    Property,
)
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import (
    BusinessRole,
    ConsentForm,
    ConsentPurpose,
    ConsultationPlace,
    LenderDecision,
    MigrationBackground,
    PropertyStatus,
    PropertyUse,
)
from dlzw_desktop.services.registry import Services


def district(name: str) -> uuid.UUID:
    return reference_id("district", name)


def sector(services: Services, code: str) -> uuid.UUID:
    row = services.reference.sector_by_code(code)
    assert row is not None, code
    return row.id


def add_person(
    services: Services,
    family: str,
    given: str = "",
    *,
    district_name: str | None = None,
    background: MigrationBackground = MigrationBackground.NOT_STATED,
    languages: str = "",
    email: str | None = None,
    consent_on: date | None = None,
    withdrawn_on: date | None = None,
) -> uuid.UUID:
    with services.context.sessions.begin() as session:
        person = Person(
            family_name=family,
            given_names=given,
            district_id=district(district_name) if district_name else None,
            migration_background=background,
            preferred_languages=languages,
            email=email,
            phone="0231 123456" if email else None,
            street="Hermannstraße 12" if email else None,
            postcode="44263" if email else None,
            city="Dortmund" if email else None,
        )
        session.add(person)
        session.flush()
        if consent_on is not None:
            session.add(
                Consent(
                    person_id=person.id,
                    purpose=ConsentPurpose.INITIATIVE_CONTACT,
                    given_on=consent_on,
                    form=ConsentForm.WRITTEN,
                    withdrawn_on=withdrawn_on,
                )
            )
        return person.id


def add_business(
    services: Services,
    name: str,
    district_name: str,
    *,
    sector_code: str | None = None,
    founders: tuple[uuid.UUID, ...] = (),
    with_case: bool = True,
    disbursed: bool = False,
    consultation_language: str | None = None,
) -> uuid.UUID:
    sector_id = sector(services, sector_code) if sector_code else None
    with services.context.sessions.begin() as session:
        business = Business(name=name, district_id=district(district_name), sector_id=sector_id)
        session.add(business)
        session.flush()
        for person_id in founders:
            session.add(
                BusinessMember(business_id=business.id, person_id=person_id, role=BusinessRole.FOUNDER)
            )
        if with_case:
            case = Case(
                number=f"MK-2026-{uuid.uuid4().int % 10000:04d}",
                business_id=business.id,
                stage_since=utc_now(),
                opened_on=date(2026, 2, 1),
            )
            session.add(case)
            session.flush()
            if disbursed:
                session.add(
                    Loan(
                        case_id=case.id,
                        decision=LenderDecision.APPROVED,
                        decided_on=date(2026, 3, 1),
                        amount=Decimal("10000.00"),
                        disbursed_on=date(2026, 3, 10),
                    )
                )
            if consultation_language is not None:
                session.add(
                    Consultation(
                        case_id=case.id,
                        held_on=date(2026, 2, 1),
                        duration_minutes=60,
                        place=ConsultationPlace.OFFICE,
                        language=consultation_language,
                    )
                )
        return business.id


def add_property(
    services: Services,
    street: str,
    district_name: str,
    *,
    status: PropertyStatus = PropertyStatus.VACANT,
    let_on: date | None = None,
    area: Decimal = Decimal(80),
    rent: Decimal = Decimal(600),
) -> uuid.UUID:
    with services.context.sessions.begin() as session:
        owner = Person(family_name="Eigentümerin", given_names="Erika")
        session.add(owner)
        session.flush()
        unit = Property(
            street=street,
            district_id=district(district_name),
            area_m2=area,
            cold_rent=rent,
            service_charges=Decimal(100),
            uses=[PropertyUse.RETAIL.value],
            ground_floor=True,
            owner_person_id=owner.id,
            owner_consent=True,
            owner_consent_on=date(2026, 1, 5),
            status=status,
            let_on=let_on,
        )
        session.add(unit)
        session.flush()
        return unit.id
