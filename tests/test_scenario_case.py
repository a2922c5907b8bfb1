"""A microloan case from the first contact to the follow-up loan, through the services.

Çağlar Yıldırım wants to open a hair salon in Dortmund's city centre. An advisor takes her in, consults
her twice, collects and checks her documents, assesses affordability and recommends 8.500 € over 36
months. A team lead signs the recommendation off; the lender approves and pays out. Six months later the
advisor counts the jobs, and the case shows that a follow-up loan is now possible.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import numpy_financial as npf
import pytest
from pypdf import PdfReader

from dlzw_desktop.domain.dates import add_months
from dlzw_desktop.domain.enums import (
    BusinessRole,
    CaseSource,
    CaseStage,
    ConsultationPlace,
    DocumentStatus,
    JobsOccasion,
    LenderDecision,
    ReminderKind,
    RepaymentStatus,
    Role,
)
from dlzw_desktop.domain.programme import MIKROKREDITFONDS_DEUTSCHLAND
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.case_search import CaseQuery
from dlzw_desktop.services.case_service import AffordabilityInputs, CaseDraft
from dlzw_desktop.services.consultation_service import ConsultationDraft
from dlzw_desktop.services.intake_service import BusinessDraft, DuplicateFound, PersonDraft
from dlzw_desktop.services.loan_service import DecisionDraft, JobsDraft
from dlzw_desktop.services.programme_service import LenderDraft
from dlzw_desktop.services.recommendation_service import RecommendationDraft
from dlzw_desktop.services.registry import Services
from tests.services.case_helpers import Clock, sign_in_as


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


def test_from_first_contact_to_follow_up_loan(services: Services, clock: Clock, tmp_path: Path) -> None:
    start = date.today() - timedelta(days=320)
    clock.set(start)
    lead = sign_in_as(services, "m.becker", Role.LEAD, "Martina Becker")
    lender = services.programmes.save_lender(
        LenderDraft("DMI Mikrofinanz", contact_person="Kreditteam", street="Hansastraße 1", postcode="44137",
                    city="Dortmund")
    )  # fmt: skip
    advisor = sign_in_as(services, "a.yilmaz", Role.ADVISOR, "Ayşe Yılmaz")

    # Intake: the founder, her business (WZ class found by typing, area suggested from the postcode).
    person = services.intake.create_person(
        PersonDraft(
            family_name="Yıldırım",
            given_names="Çağlar",
            birth_date=date(1988, 5, 3),
            preferred_languages=("de", "tr"),
            street="Rheinische Straße 12",
            postcode="44137",
            city="Dortmund",
        )
    )
    with pytest.raises(DuplicateFound) as again:
        services.intake.create_person(
            PersonDraft(family_name="Yildirim", given_names="Caglar", birth_date=date(1988, 5, 3))
        )
    assert again.value.candidates[0].id == person.id
    sector = services.reference.search_sectors("Friseur")[0]
    area = services.reference.suggest_area("44137")
    business = services.intake.create_business(
        BusinessDraft(
            name="Salon Çağlar",
            sector_id=sector.id,
            street="Rheinische Straße 12",
            postcode="44137",
            borough_id=area.boroughs[0].id,
            founding_planned=True,
        ),
        [(person.id, BusinessRole.FOUNDER)],
    )
    assert business.borough_name == area.boroughs[0].name
    case = services.cases.open_case(
        CaseDraft(
            business_id=business.id,
            advisor_id=advisor.user_id,
            source=CaseSource.IHK,
            requested_amount=Decimal("8500.00"),
            purpose="Einrichtung des Salons und Erstausstattung",
        )
    )
    assert case.number == f"MK-{start.year}-0001"
    assert case.stage is CaseStage.ENQUIRY
    assert services.cases.search(CaseQuery(text="yildir")).rows[0].id == case.id

    # Consultations: the first moves the case to consulting; minutes add up for the programme cost.
    case = services.consultations.add(
        case.id,
        ConsultationDraft(
            start, 90, ConsultationPlace.OFFICE, topics="Geschäftsidee, Finanzierung", language="tr"
        ),
    )
    assert case.stage is CaseStage.CONSULTING
    clock.advance(7)
    case = services.consultations.add(
        case.id,
        ConsultationDraft(clock.today, 60, ConsultationPlace.ON_SITE, topics="Standort, Businessplan"),
    )
    assert case.consultation_minutes == 150
    assert services.consultations.minutes(clock.today.year).minutes >= 150 or start.year != clock.today.year

    # Documents: the checklist comes from the programme; all must be in before moving on.
    assert {d.kind for d in case.documents} == set(MIKROKREDITFONDS_DEUTSCHLAND.required_documents)
    with pytest.raises(ValidationError) as blocked:
        services.cases.move_to(case.id, case.version, CaseStage.DOCUMENTS_COMPLETE)
    assert blocked.value.code == "workflow.documents_complete"
    plan_file = tmp_path / "Businessplan Çağlar.pdf"
    plan_file.write_bytes(b"%PDF-1.4 business plan")
    business_plan = next(d for d in case.documents if d.kind.value == "business_plan")
    case = services.documents.attach(business_plan.id, plan_file)
    for item in case.documents:
        case = services.documents.set_status(item.id, item.version, DocumentStatus.CHECKED)
    clock.advance(7)
    case = services.cases.move_to(case.id, case.version, CaseStage.DOCUMENTS_COMPLETE)
    case = services.cases.move_to(case.id, case.version, CaseStage.ASSESSMENT)

    # Assessment: household budget against the instalment (an annuity, checked with numpy-financial).
    case = services.cases.update_affordability(
        case.id,
        case.version,
        AffordabilityInputs(Decimal("1450.00"), Decimal("1100.00"), Decimal("600.00"), 36, 3),
    )
    assert case.plan is not None and case.affordability is not None
    expected = -npf.pmt(0.079 / 12, 33, 8500)
    assert abs(float(case.plan.instalment) - expected) < 0.006
    assert case.affordability.verdict.value == "affordable"

    # Recommendation within the programme; the author cannot sign it off, a team lead does.
    with pytest.raises(ValidationError) as too_much:
        services.recommendations.save(case.id, RecommendationDraft(Decimal("12000.00"), 36, 3))
    assert too_much.value.code == "loan.first_loan_cap_exceeded"
    case = services.recommendations.save(
        case.id,
        RecommendationDraft(
            Decimal("8500.00"),
            36,
            3,
            summary="Tragfähiges Konzept, Erfahrung als Friseurmeisterin, Haushalt trägt die Rate.",
            lender_id=lender.id,
        ),
    )
    case = services.cases.move_to(case.id, case.version, CaseStage.RECOMMENDED)
    assert case.recommendation is not None
    assert [b.number for b in services.reminders.awaiting_sign_off()] == [case.number]
    sign_in_as(services, "a.yilmaz", Role.LEAD)  # even a lead cannot sign off what they wrote
    with pytest.raises(ValidationError) as own:
        services.recommendations.sign_off(case.id, case.recommendation.version)
    assert own.value.code == "recommendation.same_person"
    sign_in_as(services, lead.username, Role.LEAD)
    case = services.recommendations.sign_off(case.id, case.recommendation.version)
    assert case.recommendation is not None and case.recommendation.signed_off_by == "m.becker"
    assert services.reminders.awaiting_sign_off() == []
    letter = services.recommendations.write_letter(case.id, tmp_path / "empfehlung.pdf")
    text = "".join(page.extract_text() for page in PdfReader(letter).pages)
    assert "Salon Çağlar" in text and "8.500,00" in text and "Martina Becker" in text

    # The lender approves; the payout starts monitoring and creates the jobs follow-up reminders.
    sign_in_as(services, advisor.username, Role.ADVISOR)
    clock.advance(14)
    case = services.loans.record_decision(
        case.id, case.version, DecisionDraft(LenderDecision.APPROVED, clock.today, conditions="Bürgschaft")
    )
    assert case.stage is CaseStage.APPROVED
    payout = clock.advance(10)
    case = services.loans.record_payout(case.id, case.version, payout)
    assert case.stage is CaseStage.DISBURSED
    case = services.loans.record_jobs(
        case.id,
        JobsOccasion.INTAKE,
        JobsDraft(
            payout, created_heads=1, created_fte=Decimal("1.00"), secured_heads=0, secured_fte=Decimal(0)
        ),
    )
    follow_ups = [r for r in case.reminders if r.kind is ReminderKind.JOBS_FOLLOW_UP]
    assert sorted(r.due_on for r in follow_ups) == [add_months(payout, m) for m in (6, 12, 24)]
    assert services.reminders.sync_follow_up_reminders() == 0  # idempotent

    for month in range(1, 7):
        clock.set(add_months(payout, month))
        case = services.loans.record_repayment(case.id, clock.today, RepaymentStatus.ON_TIME)
    assert case.stage is CaseStage.MONITORING

    # Six months after payout: the follow-up is due, the advisor counts the jobs, the reminder is done.
    clock.set(add_months(payout, 6))
    due = services.reminders.due()
    assert any(r.case_id == case.id and r.kind is ReminderKind.JOBS_FOLLOW_UP for r in due)
    case = services.loans.record_jobs(
        case.id,
        JobsOccasion.MONTH_6,
        JobsDraft(clock.today, created_heads=2, created_fte=Decimal("1.50"), secured_heads=1,
                  secured_fte=Decimal("1.00")),
    )  # fmt: skip
    assert not any(r.case_id == case.id for r in services.reminders.due())

    # A follow-up loan is possible from six months after payout, and a new case can recommend one.
    assert case.follow_up_possible_from == add_months(payout, 6)
    assert case.follow_up_possible_from <= clock.today
    follow_up = services.cases.open_case(
        CaseDraft(
            business_id=business.id,
            advisor_id=advisor.user_id,
            source=CaseSource.WORD_OF_MOUTH,
            requested_amount=Decimal("12000.00"),
            purpose="Zweiter Stuhl und Kasse",
            previous_case_id=case.id,
        )
    )
    assert follow_up.previous_loans_total == Decimal("8500.00")
    assert follow_up.number == f"MK-{clock.today.year}-000{1 if clock.today.year != start.year else 2}"
