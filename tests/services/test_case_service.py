"""Cases: office numbers (also under two writers), amounts within the programme, the workflow with its
guards, reversals with a reason, closing, optimistic locking, the timeline and the database's CHECKs."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dlzw_desktop.domain.enums import CaseOutcome, CaseSource, CaseStage, Role
from dlzw_desktop.errors import ConflictError, ValidationError
from dlzw_desktop.services.case_service import CaseDraft, TimelineKind
from dlzw_desktop.services.registry import Services, open_services
from tests.services.case_helpers import check_all_documents, founder_and_business, open_case, sign_in_as


def test_case_numbers_count_up_per_year(services: Services) -> None:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    first = open_case(services)
    second = open_case(services, business_name="Kiosk am Markt", family_name="Demir", given_names="Ali")
    year = date.today().year
    assert (first.number, second.number) == (f"MK-{year}-0001", f"MK-{year}-0002")
    _, business_id = founder_and_business(services, business_name="Laden", family_name="Kaya")
    last_year = services.cases.open_case(CaseDraft(business_id=business_id, opened_on=date(year - 1, 12, 30)))
    assert last_year.number == f"MK-{year - 1}-0001"


def test_two_writers_opening_cases_at_once_never_share_a_number(services: Services, db_url: str) -> None:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    business_ids = [
        founder_and_business(services, business_name=f"Firma {i}", family_name=f"Name{i}")[1]
        for i in range(2)
    ]
    others = open_services(db_url)
    sign_in_as(others, "b.advisor", Role.ADVISOR)
    barrier = threading.Barrier(2)
    numbers: list[str] = []
    failures: list[BaseException] = []

    def open_many(svc: Services, business_id: object) -> None:
        try:
            barrier.wait()
            for _ in range(8):
                numbers.append(svc.cases.open_case(CaseDraft(business_id=business_id)).number)  # type: ignore[arg-type]
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [
        threading.Thread(target=open_many, args=(svc, business_id))
        for svc, business_id in zip((services, others), business_ids, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    others.close()
    assert not failures, failures
    year = date.today().year
    assert sorted(numbers) == [f"MK-{year}-{n:04d}" for n in range(1, 17)]


def test_a_number_already_taken_by_an_imported_case_is_skipped(services: Services) -> None:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    first = open_case(services)
    year = date.today().year
    with services.context.sessions.begin() as session:
        session.execute(
            text("UPDATE cases SET number = :n WHERE number = :old"),
            {"n": f"MK-{year}-0002", "old": first.number},
        )
    assert open_case(services, business_name="Zweite").number == f"MK-{year}-0003"


@pytest.mark.parametrize(
    ("amount", "code"),
    [(Decimal("10000.01"), "case.amount_over_first_cap"), (Decimal("-5.00"), "case.amount_negative")],
)
def test_requested_amounts_outside_the_programme_are_refused(
    services: Services, amount: Decimal, code: str
) -> None:
    _, business_id = founder_and_business(services)
    with pytest.raises(ValidationError) as refused:
        services.cases.open_case(CaseDraft(business_id=business_id, requested_amount=amount))
    assert refused.value.code == code
    assert "10.000,00" in str(refused.value) or code == "case.amount_negative"


def test_a_case_cannot_be_opened_in_the_future(services: Services) -> None:
    _, business_id = founder_and_business(services)
    with pytest.raises(ValidationError) as refused:
        services.cases.open_case(
            CaseDraft(business_id=business_id, opened_on=date.today() + timedelta(days=1))
        )
    assert refused.value.code == "case.opened_in_future"


def test_guards_say_what_is_missing_and_reversals_need_a_reason(services: Services) -> None:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    case = open_case(services)
    case = services.cases.move_to(case.id, case.version, CaseStage.CONSULTING)
    step = next(s for s in case.next_steps if s.stage is CaseStage.DOCUMENTS_COMPLETE)
    assert not step.possible
    assert "business_plan" in step.problems[0].params["missing_kinds"]
    with pytest.raises(ValidationError) as skipping:
        services.cases.move_to(case.id, case.version, CaseStage.RECOMMENDED)
    assert skipping.value.code == "workflow.transition_not_allowed"
    case = check_all_documents(services, case)
    case = services.cases.move_to(case.id, case.version, CaseStage.DOCUMENTS_COMPLETE, reason="alles da")
    assert case.back_to is CaseStage.CONSULTING
    with pytest.raises(ValidationError) as no_reason:
        services.cases.move_back(case.id, case.version, "   ")
    assert no_reason.value.code == "workflow.reversal_reason_missing"
    case = services.cases.move_back(case.id, case.version, "Gewerbeanmeldung fehlt doch noch")
    assert case.stage is CaseStage.CONSULTING
    last = case.history[-1]
    assert (last.from_stage, last.to_stage, last.is_reversal, last.reason) == (
        CaseStage.DOCUMENTS_COMPLETE,
        CaseStage.CONSULTING,
        True,
        "Gewerbeanmeldung fehlt doch noch",
    )
    timeline = services.cases.timeline(case.id)
    assert timeline[0].kind is TimelineKind.STAGE and timeline[0].is_reversal


def test_closing_needs_a_fitting_outcome_and_reopening_returns_to_the_stage(services: Services) -> None:
    case = open_case(services)
    assert set(case.closing_outcomes) == {CaseOutcome.WITHDRAWN, CaseOutcome.NOT_ELIGIBLE}
    with pytest.raises(ValidationError) as repaid:
        services.cases.move_to(case.id, case.version, CaseStage.CLOSED, outcome=CaseOutcome.REPAID)
    assert repaid.value.code == "workflow.outcome_given.not_allowed"
    case = services.cases.move_to(case.id, case.version, CaseStage.CLOSED, outcome=CaseOutcome.WITHDRAWN)
    assert (case.stage, case.outcome, case.closed_on) == (
        CaseStage.CLOSED,
        CaseOutcome.WITHDRAWN,
        date.today(),
    )
    case = services.cases.move_back(case.id, case.version, "Gründerin meldet sich wieder")
    assert (case.stage, case.outcome, case.closed_on) == (CaseStage.ENQUIRY, None, None)


def test_a_stale_save_is_refused_with_both_values(services: Services) -> None:
    case = open_case(services)
    draft = CaseDraft(business_id=case.business.id, requested_amount=Decimal("9000.00"), purpose=case.purpose)
    newer = services.cases.update_case(case.id, case.version, draft)
    mine = CaseDraft(business_id=case.business.id, requested_amount=Decimal("7000.00"), purpose="anders")
    with pytest.raises(ConflictError) as stale:
        services.cases.update_case(case.id, case.version, mine)
    assert stale.value.mine["requested_amount"] == Decimal("7000.00")
    assert stale.value.theirs["requested_amount"] == Decimal("9000.00")
    assert services.cases.case(case.id).requested_amount == Decimal("9000.00")
    assert services.cases.update_case(case.id, newer.version, mine).purpose == "anders"


def test_the_database_refuses_what_bypasses_the_services(services: Services) -> None:
    case = open_case(services)
    engine = services.context.sessions.engine
    statements = [
        "UPDATE cases SET stage = 'closed' WHERE id = :id",  # no outcome
        "UPDATE cases SET requested_amount_cents = -1 WHERE id = :id",
        "UPDATE cases SET closed_on = '1999-01-01' WHERE id = :id",
        "UPDATE cases SET planned_term_months = 12, planned_grace_months = 12 WHERE id = :id",
        "INSERT INTO stage_changes (id, case_id, to_stage, changed_at, changed_by, reason, is_reversal, "
        "created_at, created_by, updated_at, updated_by, version) VALUES (:sid, :id, 'enquiry', "
        "CURRENT_TIMESTAMP, 'x', '', TRUE, CURRENT_TIMESTAMP, 'x', CURRENT_TIMESTAMP, 'x', 1)",
    ]
    import uuid

    for statement in statements:
        params = {"id": _key(engine, case.id), "sid": _key(engine, uuid.uuid4())}
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text(statement), params)


def _key(engine: object, value: object) -> object:
    return value.hex if engine.dialect.name == "sqlite" else value  # type: ignore[attr-defined]


def test_the_timeline_tells_who_did_what(services: Services) -> None:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    case = open_case(services)
    item = case.documents[0]
    case = services.documents.set_status(item.id, item.version, item.status.__class__("received"))
    events = services.cases.timeline(case.id)
    change = next(e for e in events if e.entity == "document_requirements" and e.action == "update")
    assert change.actor == "a.advisor"
    assert ("status", "missing", "received") in change.changes
    assert events[-1].kind is TimelineKind.STAGE and events[-1].to_stage is CaseStage.ENQUIRY


def test_a_case_source_and_advisor_show_in_the_detail(services: Services) -> None:
    advisor = sign_in_as(services, "c.advisor", Role.ADVISOR, "Clara Advisor")
    _, business_id = founder_and_business(services)
    case = services.cases.open_case(
        CaseDraft(business_id=business_id, advisor_id=advisor.user_id, source=CaseSource.JOB_CENTRE)
    )
    assert (case.source, case.advisor_name) == (CaseSource.JOB_CENTRE, "Clara Advisor")
    assert case.programme is not None and case.programme.name == "Mikrokreditfonds Deutschland"
