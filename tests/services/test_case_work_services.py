"""The work on a case: consultations, documents and their files, the recommendation and its four-eyes
sign-off, the lender's decision, payout, monitoring, jobs and reminders."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dlzw_desktop.domain.dates import add_months
from dlzw_desktop.domain.enums import (
    CaseStage,
    DocumentKind,
    DocumentStatus,
    JobsOccasion,
    LenderDecision,
    ReminderKind,
    RepaymentStatus,
    Role,
)
from dlzw_desktop.errors import PermissionDenied, ValidationError
from dlzw_desktop.services.case_detail import CaseDetail
from dlzw_desktop.services.consultation_service import ConsultationDraft
from dlzw_desktop.services.loan_service import DecisionDraft, JobsDraft
from dlzw_desktop.services.recommendation_service import RecommendationDraft
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.reminder_service import ReminderDraft
from tests.services.case_helpers import Clock, check_all_documents, open_case, sign_in_as


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


def in_assessment(services: Services) -> CaseDetail:
    case = open_case(services)
    case = services.cases.move_to(case.id, case.version, CaseStage.CONSULTING)
    case = check_all_documents(services, case)
    case = services.cases.move_to(case.id, case.version, CaseStage.DOCUMENTS_COMPLETE)
    return services.cases.move_to(case.id, case.version, CaseStage.ASSESSMENT)


def recommended(services: Services) -> CaseDetail:
    case = in_assessment(services)
    case = services.recommendations.save(
        case.id, RecommendationDraft(Decimal("8500.00"), 36, 3, summary="gut")
    )
    return services.cases.move_to(case.id, case.version, CaseStage.RECOMMENDED)


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (ConsultationDraft(date.today() + timedelta(days=1), 60), "consultation.in_future"),
        (ConsultationDraft(date.today(), 0), "consultation.duration_implausible"),
        (ConsultationDraft(date.today(), 900), "consultation.duration_implausible"),
    ],
)
def test_implausible_consultations_are_refused(
    services: Services, draft: ConsultationDraft, code: str
) -> None:
    case = open_case(services)
    with pytest.raises(ValidationError) as refused:
        services.consultations.add(case.id, draft)
    assert refused.value.code == code


def test_consultations_can_be_corrected_and_removed(services: Services) -> None:
    case = open_case(services)
    case = services.consultations.add(case.id, ConsultationDraft(date.today(), 45, topics="Erstgespräch"))
    talk = case.consultations[0]
    case = services.consultations.update(
        talk.id, talk.version, ConsultationDraft(date.today(), 50, topics="Erst")
    )
    assert (case.consultation_minutes, case.consultations[0].topics) == (50, "Erst")
    case = services.consultations.delete(talk.id, case.consultations[0].version)
    assert case.consultations == ()
    assert services.consultations.minutes(date.today().year).minutes == 0


def test_a_file_is_stored_under_a_generated_name_with_its_checksum(
    services: Services, tmp_path: Path
) -> None:
    case = open_case(services)
    hostile = tmp_path / "ausweis.pdf"
    hostile.write_bytes(b"%PDF-1.4 id card")
    item = next(d for d in case.documents if d.kind is DocumentKind.ID_DOCUMENT)
    case = services.documents.attach(item.id, hostile, original_name="../../etc/passwd\x00.pdf")
    item = next(d for d in case.documents if d.kind is DocumentKind.ID_DOCUMENT)
    assert (item.status, item.status_on) == (DocumentStatus.RECEIVED, date.today())
    attachment = item.attachments[0]
    assert attachment.original_name == "passwd.pdf"
    stored = list(services.context.attachments_dir.iterdir())
    assert len(stored) == 1 and stored[0].name != "passwd.pdf" and stored[0].suffix == ".pdf"
    out = services.documents.export_attachment(attachment.id, tmp_path / "out")
    assert out.read_bytes() == b"%PDF-1.4 id card" and out.parent == tmp_path / "out"
    stored[0].write_bytes(b"tampered")
    with pytest.raises(Exception, match="checksum"):
        services.documents.export_attachment(attachment.id, tmp_path / "out2")


def test_document_statuses_have_dates_and_optional_items_can_be_added(services: Services) -> None:
    case = open_case(services)
    item = case.documents[0]
    with pytest.raises(ValidationError) as future:
        services.documents.set_status(
            item.id, item.version, DocumentStatus.REQUESTED, on=date.today() + timedelta(days=2)
        )
    assert future.value.code == "document.date_in_future"
    case = services.documents.set_status(item.id, item.version, DocumentStatus.REQUESTED, note="per E-Mail")
    item = case.documents[0]
    assert (item.status, item.status_on, item.note) == (DocumentStatus.REQUESTED, date.today(), "per E-Mail")
    case = services.documents.add_requirement(case.id, DocumentKind.PERMITS)
    permits = next(d for d in case.documents if d.kind is DocumentKind.PERMITS)
    assert not permits.required and DocumentKind.PERMITS in case.missing_documents
    with pytest.raises(ValidationError):
        services.documents.add_requirement(case.id, DocumentKind.PERMITS)


def test_only_a_second_person_with_sign_off_permission_signs_off(services: Services) -> None:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    case = recommended(services)
    assert case.recommendation is not None
    sign_in_as(services, "b.advisor", Role.ADVISOR)
    with pytest.raises(PermissionDenied):
        services.recommendations.sign_off(case.id, case.recommendation.version)
    step = next(s for s in case.next_steps if s.stage is CaseStage.APPROVED)
    assert step.problems[0].code == "workflow.signed_off"
    with pytest.raises(ValidationError) as unsigned:
        services.loans.record_decision(
            case.id, case.version, DecisionDraft(LenderDecision.APPROVED, date.today())
        )
    assert unsigned.value.code == "workflow.signed_off"
    sign_in_as(services, "c.lead", Role.LEAD)
    case = services.recommendations.sign_off(case.id, case.recommendation.version)
    assert case.recommendation is not None
    assert (case.recommendation.signed_off_by, case.recommendation.sent_on) == ("c.lead", date.today())
    with pytest.raises(ValidationError) as twice:
        services.recommendations.sign_off(case.id, case.recommendation.version)
    assert twice.value.code == "recommendation.already_signed_off"


def test_the_database_itself_refuses_a_sign_off_by_the_author(services: Services) -> None:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    case = recommended(services)
    assert case.recommendation is not None
    engine = services.context.sessions.engine
    key = case.recommendation.id.hex if engine.dialect.name == "sqlite" else case.recommendation.id
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE recommendations SET signed_off_by = 'A.Advisor', signed_off_at = CURRENT_TIMESTAMP "
                "WHERE id = :id"
            ),
            {"id": key},
        )


def test_a_recommendation_outside_the_programme_is_refused(services: Services) -> None:
    case = in_assessment(services)
    for draft, code in [
        (RecommendationDraft(Decimal("10000.01"), 36), "loan.first_loan_cap_exceeded"),
        (RecommendationDraft(Decimal("5000.00"), 49), "loan.term_too_long"),
        (RecommendationDraft(Decimal("5000.00"), 36, 7), "loan.grace_too_long"),
        (RecommendationDraft(Decimal("0.00"), 36), "loan.amount_not_positive"),
    ]:
        with pytest.raises(ValidationError) as refused:
            services.recommendations.save(case.id, draft)
        assert refused.value.code == code
    case = services.recommendations.save(case.id, RecommendationDraft(Decimal("10000.00"), 48, 6))
    assert case.recommendation is not None
    assert (case.recommendation.interest_rate_percent, case.recommendation.fee) == (
        Decimal("7.9"),
        Decimal("100.00"),
    )


def test_decision_payout_monitoring_and_jobs(services: Services, clock: Clock) -> None:
    clock.set(date.today() - timedelta(days=200))
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    case = recommended(services)
    assert case.recommendation is not None
    sign_in_as(services, "c.lead", Role.LEAD)
    case = services.recommendations.sign_off(case.id, case.recommendation.version)
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    with pytest.raises(ValidationError) as early:
        services.loans.record_decision(
            case.id, case.version, DecisionDraft(LenderDecision.APPROVED, clock.today - timedelta(days=1))
        )
    assert early.value.code == "loan.decided_before_sent"
    case = services.loans.record_decision(
        case.id, case.version, DecisionDraft(LenderDecision.APPROVED, clock.today, amount=Decimal("8000.00"))
    )
    assert case.loan is not None and case.loan.amount == Decimal("8000.00") and case.loan.term_months == 36
    with pytest.raises(ValidationError) as jobs_early:
        services.loans.record_jobs(
            case.id, JobsOccasion.MONTH_6, JobsDraft(clock.today, 1, Decimal(1), 0, Decimal(0))
        )
    assert jobs_early.value.code == "jobs.before_payout"
    payout = clock.advance(3)
    case = services.loans.record_payout(case.id, case.version, payout)
    assert case.plan is not None and case.plan.principal == Decimal("8000.00")
    assert case.plan.first_due_on == add_months(payout.replace(day=1), 1)
    assert services.reminders.sync_follow_up_reminders(since=date(2000, 1, 1)) == 0
    clock.set(add_months(payout, 2))
    with pytest.raises(ValidationError) as no_amount:
        services.loans.record_repayment(case.id, clock.today, RepaymentStatus.ARREARS)
    assert no_amount.value.code == "loan.arrears_amount_missing"
    case = services.loans.record_repayment(
        case.id, clock.today, RepaymentStatus.ARREARS, arrears=Decimal("270.00")
    )
    assert case.stage is CaseStage.MONITORING
    # arrears restart the waiting time for a follow-up loan
    assert case.follow_up_possible_from == add_months(add_months(clock.today.replace(day=1), 1), 6)
    with pytest.raises(ValidationError) as fte:
        services.loans.record_jobs(
            case.id, JobsOccasion.INTAKE, JobsDraft(payout, 1, Decimal("1.50"), 0, Decimal(0))
        )
    assert fte.value.code == "jobs.fte_above_heads"
    with pytest.raises(ValidationError) as future_month:
        services.loans.record_repayment(case.id, add_months(clock.today, 1), RepaymentStatus.ON_TIME)
    assert future_month.value.code == "loan.month_in_future"
    clock.set(add_months(payout, 6))
    due = [r for r in services.reminders.due() if r.kind is ReminderKind.JOBS_FOLLOW_UP]
    assert [r.due_on for r in due] == [add_months(payout, 6)]
    case = services.loans.record_jobs(
        case.id, JobsOccasion.MONTH_6, JobsDraft(clock.today, 2, Decimal("1.75"), 1, Decimal("0.50"))
    )
    assert [j.occasion for j in case.jobs] == [JobsOccasion.MONTH_6]
    assert case.jobs_due == ()
    assert [r for r in services.reminders.due() if r.kind is ReminderKind.JOBS_FOLLOW_UP] == []


def test_a_declined_case_cannot_be_paid_out(services: Services) -> None:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    case = recommended(services)
    assert case.recommendation is not None
    sign_in_as(services, "c.lead", Role.LEAD)
    case = services.recommendations.sign_off(case.id, case.recommendation.version)
    case = services.loans.record_decision(
        case.id, case.version, DecisionDraft(LenderDecision.DECLINED, date.today())
    )
    assert case.stage is CaseStage.DECLINED
    with pytest.raises(ValidationError) as refused:
        services.loans.record_payout(case.id, case.version, date.today())
    assert refused.value.code == "loan.payout_stage"


def test_reminders_the_agenda_and_stuck_cases(services: Services, clock: Clock) -> None:
    advisor = sign_in_as(services, "a.advisor", Role.ADVISOR)
    clock.set(date.today() - timedelta(days=40))
    stuck = open_case(services, business_name="Steckt fest")
    clock.set(date.today())
    fresh = open_case(services, business_name="Frisch")
    overdue = services.reminders.add(fresh.id, ReminderDraft(date.today() - timedelta(days=2), "Rückruf"))
    services.reminders.add(fresh.id, ReminderDraft(date.today(), "Unterlagen nachfragen"))
    services.reminders.add(None, ReminderDraft(date.today() + timedelta(days=5), "Sprechtag vorbereiten"))
    assert overdue.assigned_to_id == advisor.user_id and overdue.case_number == fresh.number
    agenda = services.reminders.agenda()
    assert [r.title for r in agenda.due] == ["Rückruf", "Unterlagen nachfragen"]
    assert [c.number for c in agenda.stale] == [stuck.number]
    assert agenda.stale[0].days_in_stage >= 40
    services.reminders.complete(overdue.id)
    assert [r.title for r in services.reminders.due()] == ["Unterlagen nachfragen"]
    assert services.reminders.stale_cases(days=60) == []
    with pytest.raises(ValidationError) as untitled:
        services.reminders.add(fresh.id, ReminderDraft(date.today(), "  "))
    assert untitled.value.code == "input.required"
