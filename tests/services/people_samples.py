"""Small, realistic data about founders for the data-protection and audit tests (written through the ORM,
so the audit trail records it like a service would)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path

from dlzw_desktop.db.base import reference_id
from dlzw_desktop.db.engine import Sessions
from dlzw_desktop.db.models import (
    Appointment,
    Attachment,
    Business,
    BusinessMember,
    Case,
    Consent,
    Consultation,
    ConsultationDay,
    DocumentRequirement,
    JobsRecord,
    Loan,
    Person,
    Recommendation,
    StageChange,
)
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import (
    BusinessRole,
    CaseOutcome,
    CaseStage,
    ConsentForm,
    ConsentPurpose,
    ConsultationPlace,
    DocumentKind,
    Gender,
    JobsOccasion,
    LenderDecision,
)
from dlzw_desktop.services.attachment_store import AttachmentStore


@dataclass(frozen=True)
class Founder:
    """Ids of what ``add_founder`` wrote."""

    person_id: uuid.UUID
    business_id: uuid.UUID
    case_id: uuid.UUID
    case_number: str
    stored_file: str | None


_counter = [0]


def phone_of(family_name: str) -> str:
    return f"0231 {sum(map(ord, family_name)) * 37 % 1000000:06d}"


def add_founder(
    sessions: Sessions,
    *,
    family_name: str = "Zbigniewska",
    given_names: str = "Jadwiga",
    gender: Gender = Gender.FEMALE,
    birth: date = date(1988, 9, 14),
    opened_on: date = date(2016, 3, 1),
    closed_on: date | None = date(2017, 5, 31),
    with_loan: bool = True,
    attachments_dir: Path | None = None,
    district: str = "Hörde",
) -> Founder:
    _counter[0] += 1
    number = f"MK-{opened_on.year}-{_counter[0]:04d}"
    with sessions.begin() as session:
        person = Person(
            family_name=family_name,
            given_names=given_names,
            birth_date=birth,
            gender=gender,
            email=f"{given_names.lower()}.{family_name.lower()}@example.org",
            phone=phone_of(family_name),
            street=f"{given_names}straße 12",
            postcode="44263",
            city="Dortmund",
            district_id=reference_id("district", district),
            notes=f"{given_names} {family_name} bringt Erfahrung aus der Schneiderei mit.",
        )
        business = Business(
            name=f"{family_name} Änderungsschneiderei",
            district_id=reference_id("district", district),
            street=f"{given_names}straße 12",
            employees=2,
        )
        session.add_all([person, business])
        session.flush()
        session.add(BusinessMember(business_id=business.id, person_id=person.id, role=BusinessRole.FOUNDER))
        case = Case(
            number=number,
            business_id=business.id,
            requested_amount=Decimal("9500.00"),
            household_income=Decimal("1450.00"),
            stage=CaseStage.CLOSED if closed_on else CaseStage.CONSULTING,
            outcome=CaseOutcome.REPAID if closed_on else None,
            stage_since=utc_now(),
            opened_on=opened_on,
            closed_on=closed_on,
            purpose=f"Nähmaschinen für {family_name}",
            notes=f"Telefonat mit {given_names} {family_name}",
        )
        session.add(case)
        session.flush()
        session.add_all(
            [
                Consent(
                    person_id=person.id,
                    purpose=ConsentPurpose.ADVICE,
                    given_on=opened_on,
                    form=ConsentForm.WRITTEN,
                    note=f"unterschrieben von {family_name}",
                ),
                Consultation(
                    case_id=case.id,
                    person_id=person.id,
                    held_on=opened_on,
                    duration_minutes=90,
                    place=ConsultationPlace.OFFICE,
                    topics="Businessplan",
                    notes=f"{family_name} plant zwei Stellen",
                ),
                StageChange(
                    case_id=case.id,
                    from_stage=CaseStage.ENQUIRY,
                    to_stage=CaseStage.CONSULTING,
                    changed_at=utc_now(),
                    changed_by="a.berater",
                    reason=f"Gespräch mit {family_name}",
                ),
                JobsRecord(
                    case_id=case.id,
                    occasion=JobsOccasion.INTAKE,
                    recorded_on=opened_on,
                    created_heads=2,
                    created_fte=Decimal("1.50"),
                ),
            ]
        )
        requirement = DocumentRequirement(case_id=case.id, kind=DocumentKind.ID_DOCUMENT)
        session.add(requirement)
        session.flush()
        if with_loan:
            recommendation = Recommendation(
                case_id=case.id,
                amount=Decimal("9000.00"),
                term_months=36,
                interest_rate_percent=Decimal("7.900"),
                recommended_on=opened_on,
                author="a.berater",
                summary=f"{family_name} ist erfahren",
            )
            session.add(recommendation)
            session.flush()
            session.add(
                Loan(
                    case_id=case.id,
                    recommendation_id=recommendation.id,
                    decision=LenderDecision.APPROVED,
                    decided_on=opened_on,
                    amount=Decimal("9000.00"),
                )
            )
        stored = None
        if attachments_dir is not None:
            attachments_dir.mkdir(parents=True, exist_ok=True)
            source = attachments_dir.parent / f"ausweis-{_counter[0]}.pdf"
            source.write_bytes(f"%PDF-1.4 Ausweis {given_names} {family_name}".encode())
            file = AttachmentStore(attachments_dir).add(source, original_name=f"Ausweis {family_name}.pdf")
            stored = file.stored_name
            session.add(
                Attachment(
                    case_id=case.id,
                    requirement_id=requirement.id,
                    original_name=file.original_name,
                    stored_name=file.stored_name,
                    sha256=file.sha256,
                    size_bytes=file.size_bytes,
                    media_type=file.media_type,
                )
            )
        day = ConsultationDay(
            held_on=opened_on,
            place="Bürgerhaus Hörde",
            starts_at=time(10, 0),
            ends_at=time(14, 0),
        )
        session.add(day)
        session.flush()
        session.add(
            Appointment(
                day_id=day.id,
                starts_at=time(10, 30),
                person_id=person.id,
                case_id=case.id,
                visitor_name=f"{given_names} {family_name}",
                topic="Kredit",
            )
        )
        return Founder(person.id, business.id, case.id, number, stored)
