"""Seeded test data for the report tests: cases over two years with everything the annual report counts.

Written with ORM bulk inserts (fast enough for a few thousand cases); deterministic for a seed. Includes
hostile names (formula starts, markup) so that every report test also checks safe output.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select

from dlzw_desktop.db.base import reference_id
from dlzw_desktop.db.engine import Sessions
from dlzw_desktop.db.models import (
    Borough,
    Business,
    BusinessMember,
    Case,
    Consultation,
    District,
    JobsRecord,
    Lender,
    Loan,
    Match,
    Person,
    ProgrammeCost,
    Property,
    PropertyStatusChange,
    Quarter,
    QuarterDistrict,
    Recommendation,
    Reminder,
    RepaymentEntry,
    Sector,
    SpaceRequest,
    StageChange,
)
from dlzw_desktop.domain.dates import BERLIN, add_months
from dlzw_desktop.domain.enums import (
    BusinessRole,
    CaseOutcome,
    CaseSource,
    CaseStage,
    ConsultationPlace,
    CostKind,
    Gender,
    JobsOccasion,
    LenderDecision,
    MatchStage,
    MigrationBackground,
    PropertyStatus,
    RepaymentStatus,
)

HOSTILE_NAMES = (
    '=HYPERLINK("http://evil.example","Klick")',
    "+49 231 50-0 Handel",
    "-Minus GmbH",
    "@SUMME Bau",
    "\tTab Café",
    '<a href="http://evil.example">Link</a> & <img src="x"/> Bäckerei',
)

SECTIONS = ("G", "I", "S", "M", "F", "C", "Q", "N", "J")


@dataclass(frozen=True, slots=True)
class Populated:
    """What was written (ids for tests that look at single records)."""

    year: int
    cases: int
    hostile_case_numbers: tuple[str, ...]
    quarter_id: uuid.UUID


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), BERLIN).astimezone(UTC)


def populate(
    sessions: Sessions, *, cases: int = 160, seed: int = 5, year: int = 2025, years: int = 2, batch: int = 0
) -> Populated:
    """Cases opened over the ``years`` up to ``year`` with consultations, recommendations, loans, jobs, costs.

    ``batch`` > 0 adds a further batch to a database populated before (for large benchmark databases):
    numbers and names get the batch, the shared rows (quarter, costs, reminders) are written only once.
    """
    rng = random.Random(seed if batch == 0 else seed * 1000 + batch)
    start = date(year - years + 1, 1, 1)
    end = date(year, 12, 31)
    span = (end - start).days
    rows: dict[type, list[dict[str, Any]]] = {}

    def add(model: type, **values: Any) -> uuid.UUID:
        values.setdefault("id", uuid.uuid4())
        rows.setdefault(model, []).append(values)
        return values["id"]  # type: ignore[no-any-return]

    with sessions() as session:
        list(session.scalars(select(Borough.id).order_by(Borough.display_order)))
        districts = list(session.execute(select(District.id, District.borough_id)))
        sector_ids = {
            section: session.scalar(select(Sector.id).where(Sector.code == section)) for section in SECTIONS
        }
    lender = add(Lender, name="Mikrokreditfonds Deutschland – Testinstitut" + (f" {batch}" if batch else ""))
    hostile_numbers: list[str] = []
    for index in range(cases):
        opened = start + timedelta(days=rng.randrange(span))
        chosen_district, chosen_borough = rng.choice(districts)
        district_id: uuid.UUID | None = chosen_district
        borough_id: uuid.UUID | None = chosen_borough
        if rng.random() < 0.05:
            borough_id, district_id = None, None
        section = rng.choice(SECTIONS) if rng.random() > 0.04 else None
        hostile = batch == 0 and index < len(HOSTILE_NAMES)
        name = HOSTILE_NAMES[index] if hostile else f"Testbetrieb {index:04d}"
        business = add(
            Business,
            name=name,
            sector_id=None if section is None else sector_ids[section],
            borough_id=borough_id,
            district_id=district_id,
            founding_date=opened + timedelta(days=rng.randrange(20, 120)),
            founding_planned=False,
        )
        birth = None if rng.random() < 0.06 else date(rng.randrange(1960, 2004), rng.randrange(1, 13), 15)
        person = add(
            Person,
            family_name=f"Nachname{index}" if not hostile else "=1+1",
            given_names="Vorname",
            birth_date=birth,
            gender=rng.choice(list(Gender)),
            migration_background=rng.choice(list(MigrationBackground)),
        )
        add(BusinessMember, business_id=business, person_id=person, role=BusinessRole.FOUNDER)
        if rng.random() < 0.2:
            partner = add(
                Person,
                family_name=f"Partner{index}",
                gender=Gender.MALE,
                migration_background=MigrationBackground.NO,
            )
            add(BusinessMember, business_id=business, person_id=partner, role=BusinessRole.CO_FOUNDER)
        number = (
            f"MK-{opened.year}-{index + 1:04d}" if batch == 0 else f"MK-{opened.year}-{batch}-{index + 1:05d}"
        )
        if hostile:
            hostile_numbers.append(number)
        fate = rng.random()
        # The path a case takes (stage, day): enquiry at opening, then further stages.
        path: list[tuple[CaseStage, date]] = [(CaseStage.ENQUIRY, opened)]
        day = opened
        consulted = fate > 0.1
        recommended = fate > 0.45
        decided = fate > 0.5
        approved = decided and fate > 0.58
        for stage, gap in (
            (CaseStage.CONSULTING, 7),
            (CaseStage.DOCUMENTS_COMPLETE, 30),
            (CaseStage.ASSESSMENT, 10),
            (CaseStage.RECOMMENDED, 12),
        ):
            if stage is CaseStage.CONSULTING and not consulted:
                break
            if stage is not CaseStage.CONSULTING and not recommended and rng.random() < 0.5:
                break
            day = day + timedelta(days=rng.randrange(1, gap + 10))
            path.append((stage, day))
        closed_on: date | None = None
        outcome: CaseOutcome | None = None
        case_id = uuid.uuid4()
        follow_up = rng.random() < 0.15
        amount = Decimal(rng.randrange(30, 250) * 100)
        recommendation_id = None
        sent_on = None
        if path[-1][0] is CaseStage.RECOMMENDED:
            sent_on = path[-1][1]
            signed = rng.random() > 0.06
            recommendation_id = add(
                Recommendation,
                case_id=case_id,
                lender_id=lender,
                amount=amount,
                term_months=36,
                grace_months=3,
                interest_rate_percent=Decimal("7.9"),
                recommended_on=sent_on - timedelta(days=2),
                is_follow_up_loan=follow_up,
                author="berater.eins",
                signed_off_by="leitung" if signed else None,
                signed_off_at=_at(sent_on) if signed else None,
                sent_on=sent_on if signed else None,
            )
            if decided and signed:
                decided_on = sent_on + timedelta(days=rng.randrange(5, 40))
                disbursed = decided_on + timedelta(days=rng.randrange(3, 25)) if approved else None
                loan_id = add(
                    Loan,
                    case_id=case_id,
                    recommendation_id=recommendation_id,
                    lender_id=lender,
                    decision=LenderDecision.APPROVED if approved else LenderDecision.DECLINED,
                    decided_on=decided_on,
                    amount=amount if approved else None,
                    disbursed_on=disbursed,
                )
                path.append((CaseStage.APPROVED if approved else CaseStage.DECLINED, decided_on))
                if not approved:
                    closed_on, outcome = decided_on + timedelta(days=3), CaseOutcome.DECLINED
                    path.append((CaseStage.CLOSED, closed_on))
                elif disbursed is not None:
                    path.append((CaseStage.DISBURSED, disbursed))
                    path.append((CaseStage.MONITORING, disbursed + timedelta(days=10)))
                    month = add_months(disbursed.replace(day=1), 1)
                    defaulting = rng.random() < 0.12
                    late = rng.random() < 0.2
                    count = 0
                    while month <= end:
                        count += 1
                        if defaulting and count > 6:
                            add(
                                RepaymentEntry,
                                loan_id=loan_id,
                                month=month,
                                status=RepaymentStatus.WRITTEN_OFF,
                                arrears=Decimal(rng.randrange(500, 9000)),
                            )
                            closed_on = month + timedelta(days=20)
                            outcome = CaseOutcome.WRITTEN_OFF
                            path.append((CaseStage.CLOSED, closed_on))
                            break
                        status = RepaymentStatus.ON_TIME
                        arrears = None
                        if (defaulting and count > 3) or (late and count % 5 == 0):
                            status, arrears = RepaymentStatus.ARREARS, Decimal(rng.randrange(100, 900))
                        add(RepaymentEntry, loan_id=loan_id, month=month, status=status, arrears=arrears)
                        month = add_months(month, 1)
                    for occasion, months in (
                        (JobsOccasion.MONTH_6, 6),
                        (JobsOccasion.MONTH_12, 12),
                        (JobsOccasion.MONTH_24, 24),
                    ):
                        due = add_months(disbursed, months)
                        if due > end:
                            break
                        heads = rng.randrange(0, 4)
                        add(
                            JobsRecord,
                            case_id=case_id,
                            occasion=occasion,
                            recorded_on=due + timedelta(days=rng.randrange(0, 20)),
                            created_heads=heads,
                            created_fte=Decimal(heads) - (Decimal("0.5") if heads > 1 else 0),
                            secured_heads=1,
                            secured_fte=Decimal(1),
                        )
        if closed_on is None and fate < 0.2 and len(path) > 1:
            closed_on, outcome = path[-1][1] + timedelta(days=30), CaseOutcome.WITHDRAWN
            path.append((CaseStage.CLOSED, closed_on))
        if closed_on is not None and closed_on > end:
            path = [p for p in path if p[1] <= end]
            closed_on, outcome = None, None
        if consulted:
            add(
                JobsRecord,
                case_id=case_id,
                occasion=JobsOccasion.INTAKE,
                recorded_on=path[1][1] if len(path) > 1 else opened,
                created_heads=1,
                created_fte=Decimal(1),
            )
        path = [p for p in path if p[1] <= end]
        previous = None
        for stage, when in path:
            add(
                StageChange,
                case_id=case_id,
                from_stage=previous,
                to_stage=stage,
                changed_at=_at(when),
                changed_by="t",
            )
            previous = stage
        add(
            Case,
            id=case_id,
            number=number,
            business_id=business,
            lender_id=lender,
            source=rng.choice(list(CaseSource)),
            requested_amount=amount,
            stage=path[-1][0],
            stage_since=_at(path[-1][1]),
            outcome=outcome if path[-1][0] is CaseStage.CLOSED else None,
            opened_on=opened,
            closed_on=closed_on if path[-1][0] is CaseStage.CLOSED else None,
        )
        if consulted:
            first = path[1][1] if len(path) > 1 else opened
            last = path[-1][1]
            for visit in range(rng.randrange(1, 5)):
                held = min(first + timedelta(days=visit * rng.randrange(5, 30)), max(last, first))
                add(
                    Consultation,
                    case_id=case_id,
                    person_id=person if rng.random() > 0.1 else None,
                    held_on=held,
                    duration_minutes=rng.choice((30, 45, 60, 90)),
                    place=rng.choice(list(ConsultationPlace)),
                )
    quarter_id = uuid.uuid4()
    if batch == 0:
        _shared_rows(add, year, quarter_id)
    order = [
        Lender, Person, Business, BusinessMember, Case, StageChange, Consultation, Recommendation, Loan,
        RepaymentEntry, JobsRecord, Reminder, ProgrammeCost, Quarter, QuarterDistrict, Property, SpaceRequest,
        Match, PropertyStatusChange,
    ]  # fmt: skip
    with sessions.begin() as session:
        for model in order:
            if rows.get(model):
                session.execute(insert(model), rows[model])
    return Populated(year, cases, tuple(hostile_numbers), quarter_id)


def _shared_rows(add: Any, year: int, quarter_id: uuid.UUID) -> None:
    """Reminders, programme costs, a target quarter and a reactivated property (once per database)."""
    # Reminders: overdue, today, later.
    today = date.today()
    for offset in (-10, -1, 0, 3, 30):
        add(Reminder, due_on=today + timedelta(days=offset), title=f"Wiedervorlage {offset}")
    # Programme costs of both years.
    for cost_year in range(year - 4, year + 1):
        add(
            ProgrammeCost,
            year=cost_year,
            kind=CostKind.MATERIAL,
            description="Sachkosten",
            amount=Decimal("6500.00"),
        )
        add(
            ProgrammeCost,
            year=cost_year,
            kind=CostKind.OVERHEAD,
            description="=Gemeinkosten 15 %",
            amount=Decimal("4200.00"),
        )
    # A target quarter with two districts, and a reactivated property there.
    add(Quarter, id=quarter_id, name="Nordstadt-Test", base_year=year - 1)
    for name in ("Nordmarkt", "Borsigplatz"):
        add(QuarterDistrict, quarter_id=quarter_id, district_id=reference_id("district", name))
    prop = add(
        Property,
        street="Testweg 1",
        district_id=reference_id("district", "Nordmarkt"),
        area_m2=Decimal("120.50"),
        cold_rent=Decimal("900.00"),
    )
    request = add(SpaceRequest, use="retail")
    match = add(
        Match,
        request_id=request,
        property_id=prop,
        stage=MatchStage.LEASE_SIGNED,
        lease_signed_on=date(year, 3, 1),
    )
    add(
        PropertyStatusChange,
        property_id=prop,
        from_status=PropertyStatus.VACANT,
        to_status=PropertyStatus.LET,
        changed_on=date(year, 3, 1),
        match_id=match,
        area_m2=Decimal("120.50"),
        district_id=reference_id("district", "Nordmarkt"),
    )
