"""Case workflow: the transition table, every guard with its message, closing outcomes and reversals."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dlzw_desktop.domain.enums import (
    CaseOutcome,
    CaseStage,
    DocumentKind,
    DocumentStatus,
    LenderDecision,
    RepaymentStatus,
)
from dlzw_desktop.domain.programme import MIKROKREDITFONDS_DEUTSCHLAND as MKF
from dlzw_desktop.domain.workflow import (
    TRANSITIONS,
    CaseFacts,
    Guard,
    RecommendationFacts,
    allowed_next,
    check_reversal,
    check_transition,
    closing_outcomes,
    failing_guards,
    missing_documents,
    reversal_target,
)
from dlzw_desktop.errors import ValidationError

D = Decimal
S = CaseStage
O = CaseOutcome  # noqa: E741 - short alias keeps the outcome tables readable

ALL_DONE = tuple((kind, DocumentStatus.CHECKED) for kind in MKF.required_documents)
RECOMMENDATION = RecommendationFacts(
    amount=D("8000.00"),
    term_months=36,
    grace_months=3,
    recommended_on=date(2026, 5, 4),
    author="mmueller",
    signed_off_by="akaya",
)
READY = CaseFacts(
    required_documents=MKF.required_documents,
    documents=ALL_DONE,
    recommendation=RECOMMENDATION,
    programmes=(MKF,),
    decision=LenderDecision.APPROVED,
    disbursed_on=date(2026, 6, 1),
    outcome=O.REPAID,
)


def _code(from_stage: CaseStage, to_stage: CaseStage, facts: CaseFacts) -> str:
    with pytest.raises(ValidationError) as caught:
        check_transition(from_stage, to_stage, facts)
    return caught.value.code


# --- the table ------------------------------------------------------------------------------------------


def test_allowed_next_follows_the_architecture() -> None:
    assert {stage: allowed_next(stage) for stage in S} == {
        S.ENQUIRY: (S.CONSULTING, S.CLOSED),
        S.CONSULTING: (S.DOCUMENTS_COMPLETE, S.CLOSED),
        S.DOCUMENTS_COMPLETE: (S.ASSESSMENT, S.CLOSED),
        S.ASSESSMENT: (S.RECOMMENDED, S.CLOSED),
        S.RECOMMENDED: (S.APPROVED, S.DECLINED, S.CLOSED),
        S.APPROVED: (S.DISBURSED, S.CLOSED),
        S.DECLINED: (S.CLOSED,),
        S.DISBURSED: (S.MONITORING, S.CLOSED),
        S.MONITORING: (S.CLOSED,),
        S.CLOSED: (),
    }


def test_each_forward_move_names_its_guards() -> None:
    guards = {(t.from_stage, t.to_stage): t.guards for t in TRANSITIONS if t.to_stage != S.CLOSED}
    assert guards == {
        (S.ENQUIRY, S.CONSULTING): (),
        (S.CONSULTING, S.DOCUMENTS_COMPLETE): (Guard.DOCUMENTS_COMPLETE,),
        (S.DOCUMENTS_COMPLETE, S.ASSESSMENT): (Guard.DOCUMENTS_COMPLETE,),
        (S.ASSESSMENT, S.RECOMMENDED): (Guard.RECOMMENDATION_PRESENT, Guard.WITHIN_PROGRAMME),
        (S.RECOMMENDED, S.APPROVED): (Guard.SIGNED_OFF, Guard.LENDER_DECISION_RECORDED),
        (S.RECOMMENDED, S.DECLINED): (Guard.SIGNED_OFF, Guard.LENDER_DECISION_RECORDED),
        (S.APPROVED, S.DISBURSED): (Guard.PAYOUT_RECORDED,),
        (S.DISBURSED, S.MONITORING): (Guard.PAYOUT_RECORDED,),
    }
    assert all(t.guards == (Guard.OUTCOME_GIVEN,) for t in TRANSITIONS if t.to_stage == S.CLOSED)


def test_closing_outcomes_fit_the_stage() -> None:
    before_payout = {O.WITHDRAWN, O.NOT_ELIGIBLE}
    for stage in (S.ENQUIRY, S.CONSULTING, S.DOCUMENTS_COMPLETE, S.ASSESSMENT, S.RECOMMENDED, S.APPROVED):
        assert closing_outcomes(stage) == before_payout
    assert closing_outcomes(S.DECLINED) == before_payout | {O.DECLINED}
    assert closing_outcomes(S.DISBURSED) == {O.REPAID, O.WRITTEN_OFF}
    assert closing_outcomes(S.MONITORING) == {O.REPAID, O.WRITTEN_OFF}
    assert closing_outcomes(S.CLOSED) == frozenset()


def test_a_complete_case_walks_from_enquiry_to_repaid() -> None:
    path = [
        S.ENQUIRY,
        S.CONSULTING,
        S.DOCUMENTS_COMPLETE,
        S.ASSESSMENT,
        S.RECOMMENDED,
        S.APPROVED,
        S.DISBURSED,
        S.MONITORING,
        S.CLOSED,
    ]
    for from_stage, to_stage in itertools.pairwise(path):
        check_transition(from_stage, to_stage, READY)


def test_a_declined_case_closes_as_declined() -> None:
    declined = dataclasses.replace(READY, decision=LenderDecision.DECLINED, outcome=O.DECLINED)
    check_transition(S.RECOMMENDED, S.DECLINED, declined)
    check_transition(S.DECLINED, S.CLOSED, declined)


@pytest.mark.parametrize(
    ("from_stage", "to_stage", "code"),
    [
        (S.ENQUIRY, S.ASSESSMENT, "workflow.transition_not_allowed"),
        (S.ASSESSMENT, S.APPROVED, "workflow.transition_not_allowed"),
        (S.DECLINED, S.DISBURSED, "workflow.transition_not_allowed"),
        (S.APPROVED, S.MONITORING, "workflow.transition_not_allowed"),
        (S.ASSESSMENT, S.DOCUMENTS_COMPLETE, "workflow.reversal_required"),
        (S.CLOSED, S.MONITORING, "workflow.case_closed"),
        (S.CONSULTING, S.CONSULTING, "workflow.already_in_stage"),
    ],
)
def test_moves_outside_the_table_are_refused(from_stage: CaseStage, to_stage: CaseStage, code: str) -> None:
    assert _code(from_stage, to_stage, READY) == code


def test_skipping_a_stage_lists_the_possible_ones() -> None:
    with pytest.raises(ValidationError) as caught:
        check_transition(S.ENQUIRY, S.ASSESSMENT, READY)
    assert str(caught.value) == (
        "A case in stage enquiry cannot move to assessment. Possible next stages: consulting, closed."
    )


# --- documents ------------------------------------------------------------------------------------------


def test_missing_documents_block_assessment_with_the_list() -> None:
    documents = (
        (DocumentKind.BUSINESS_PLAN, DocumentStatus.RECEIVED),
        (DocumentKind.LIQUIDITY_PLAN, DocumentStatus.REQUESTED),
        (DocumentKind.PROFITABILITY_PLAN, DocumentStatus.CHECKED),
        (DocumentKind.HOUSEHOLD_BUDGET, DocumentStatus.CHECKED),
        (DocumentKind.ID_DOCUMENT, DocumentStatus.MISSING),
        (DocumentKind.TRADE_REGISTRATION, DocumentStatus.NOT_APPLICABLE),
        # the credit self-disclosure has no checklist item at all
    )
    facts = dataclasses.replace(READY, documents=documents)
    with pytest.raises(ValidationError) as caught:
        check_transition(S.DOCUMENTS_COMPLETE, S.ASSESSMENT, facts)
    assert caught.value.code == "workflow.documents_complete"
    assert caught.value.params["guard"] == "documents_complete"
    assert caught.value.params["missing_kinds"] == ("liquidity_plan", "id_document", "credit_self_disclosure")
    assert str(caught.value) == (
        "To move this case to assessment, first mark all required documents as received or checked: "
        "missing are liquidity plan, id document, credit self disclosure."
    )
    assert _code(S.CONSULTING, S.DOCUMENTS_COMPLETE, facts) == "workflow.documents_complete"


def test_an_optional_document_the_advisor_added_must_also_arrive() -> None:
    facts = dataclasses.replace(
        READY, documents=(*ALL_DONE, (DocumentKind.RESIDENCE_PERMIT, DocumentStatus.REQUESTED))
    )
    assert missing_documents(facts) == (DocumentKind.RESIDENCE_PERMIT,)
    assert _code(S.CONSULTING, S.DOCUMENTS_COMPLETE, facts) == "workflow.documents_complete"
    done = dataclasses.replace(
        READY, documents=(*ALL_DONE, (DocumentKind.RESIDENCE_PERMIT, DocumentStatus.RECEIVED))
    )
    check_transition(S.CONSULTING, S.DOCUMENTS_COMPLETE, done)


def test_an_empty_checklist_does_not_hide_required_documents() -> None:
    facts = dataclasses.replace(READY, documents=())
    assert missing_documents(facts) == MKF.required_documents


# --- recommendation and programme ------------------------------------------------------------------------


def test_recommending_needs_a_recommendation() -> None:
    facts = dataclasses.replace(READY, recommendation=None)
    problems = failing_guards(S.ASSESSMENT, S.RECOMMENDED, facts)
    assert [p.code for p in problems] == [
        "workflow.recommendation_present",
    ]
    assert "first write the recommendation" in str(problems[0])


def test_recommendation_over_the_first_loan_cap_is_not_within_programme() -> None:
    facts = dataclasses.replace(
        READY, recommendation=dataclasses.replace(RECOMMENDATION, amount=D("12000.00"))
    )
    with pytest.raises(ValidationError) as caught:
        check_transition(S.ASSESSMENT, S.RECOMMENDED, facts)
    assert caught.value.code == "workflow.within_programme"
    assert caught.value.params["problem_code"] == "loan.first_loan_cap_exceeded"
    assert str(caught.value) == (
        "To move this case to recommended, first correct the recommendation: The first loan may be at most "
        "10.000,00\u00a0€ under Mikrokreditfonds Deutschland (you entered 12.000,00\u00a0€)."
    )


@pytest.mark.parametrize(
    ("changes", "problem_code"),
    [
        ({"term_months": 60}, "loan.term_too_long"),
        ({"grace_months": 9}, "loan.grace_too_long"),
        ({"amount": D("0")}, "loan.amount_not_positive"),
        ({"recommended_on": date(2019, 6, 1)}, "programme.none_in_force"),
        ({"is_follow_up": True}, "loan.follow_up_without_previous"),
        ({"is_follow_up": True, "previous_loans_total": D("10000")}, "loan.follow_up_payout_unknown"),
    ],
)
def test_recommendation_outside_the_programme(changes: dict[str, object], problem_code: str) -> None:
    rec = dataclasses.replace(RECOMMENDATION, **changes)  # type: ignore[arg-type]
    facts = dataclasses.replace(READY, recommendation=rec)
    with pytest.raises(ValidationError) as caught:
        check_transition(S.ASSESSMENT, S.RECOMMENDED, facts)
    assert caught.value.code == "workflow.within_programme"
    assert caught.value.params["problem_code"] == problem_code


def test_the_programme_in_force_on_the_recommendation_date_decides() -> None:
    old = dataclasses.replace(MKF, name="MKF alt", valid_to=date(2025, 12, 31))
    new = dataclasses.replace(
        MKF,
        name="MKF neu",
        valid_from=date(2026, 1, 1),
        first_loan_cap=D("12000.00"),
        total_cap=D("25000.00"),
    )
    rec = dataclasses.replace(RECOMMENDATION, amount=D("12000.00"))
    check_transition(
        S.ASSESSMENT, S.RECOMMENDED, dataclasses.replace(READY, recommendation=rec, programmes=(old, new))
    )
    dated_last_year = dataclasses.replace(rec, recommended_on=date(2025, 12, 31))
    with pytest.raises(ValidationError) as caught:
        check_transition(
            S.ASSESSMENT,
            S.RECOMMENDED,
            dataclasses.replace(READY, recommendation=dated_last_year, programmes=(old, new)),
        )
    assert "MKF alt" in str(caught.value)


def test_follow_up_loan_recommended_too_early() -> None:
    rec = dataclasses.replace(
        RECOMMENDATION,
        is_follow_up=True,
        previous_loans_total=D("10000.00"),
        previous_disbursed_on=date(2026, 1, 15),
        previous_repayments=((date(2026, 2, 1), RepaymentStatus.ON_TIME),),
    )
    too_early = dataclasses.replace(READY, recommendation=rec)
    with pytest.raises(ValidationError) as caught:
        check_transition(S.ASSESSMENT, S.RECOMMENDED, too_early)
    assert caught.value.params["problem_code"] == "loan.follow_up_too_early"
    assert "possible from 15.07.2026" in str(caught.value)
    in_time = dataclasses.replace(
        too_early, recommendation=dataclasses.replace(rec, recommended_on=date(2026, 7, 15))
    )
    check_transition(S.ASSESSMENT, S.RECOMMENDED, in_time)


# --- sign-off and decision ------------------------------------------------------------------------------


@pytest.mark.parametrize("signer", [None, "", "  "])
def test_decision_needs_a_sign_off(signer: str | None) -> None:
    facts = dataclasses.replace(
        READY, recommendation=dataclasses.replace(RECOMMENDATION, signed_off_by=signer)
    )
    with pytest.raises(ValidationError) as caught:
        check_transition(S.RECOMMENDED, S.APPROVED, facts)
    assert caught.value.code == "workflow.signed_off"
    assert "a second person must sign off" in str(caught.value)


@pytest.mark.parametrize("signer", ["mmueller", "MMueller", " mmueller "])
def test_the_author_cannot_sign_off_their_own_recommendation(signer: str) -> None:
    facts = dataclasses.replace(
        READY, recommendation=dataclasses.replace(RECOMMENDATION, signed_off_by=signer)
    )
    assert _code(S.RECOMMENDED, S.APPROVED, facts) == "workflow.signed_off.same_person"
    assert _code(S.RECOMMENDED, S.DECLINED, facts) == "workflow.signed_off.same_person"


def test_decision_must_be_recorded_and_match_the_stage() -> None:
    assert _code(S.RECOMMENDED, S.APPROVED, dataclasses.replace(READY, decision=None)) == (
        "workflow.lender_decision_recorded"
    )
    declined = dataclasses.replace(READY, decision=LenderDecision.DECLINED)
    with pytest.raises(ValidationError) as caught:
        check_transition(S.RECOMMENDED, S.APPROVED, declined)
    assert caught.value.code == "workflow.lender_decision_recorded.mismatch"
    assert "recorded decision is declined" in str(caught.value)
    assert _code(S.RECOMMENDED, S.DECLINED, READY) == "workflow.lender_decision_recorded.mismatch"


def test_all_failing_guards_are_reported_together() -> None:
    facts = dataclasses.replace(
        READY, decision=None, recommendation=dataclasses.replace(RECOMMENDATION, signed_off_by=None)
    )
    assert [p.params["guard"] for p in failing_guards(S.RECOMMENDED, S.APPROVED, facts)] == [
        "signed_off",
        "lender_decision_recorded",
    ]
    assert failing_guards(S.RECOMMENDED, S.APPROVED, READY) == ()


# --- payout and closing ---------------------------------------------------------------------------------


def test_payout_date_is_needed_before_disbursed_and_monitoring() -> None:
    facts = dataclasses.replace(READY, disbursed_on=None)
    assert _code(S.APPROVED, S.DISBURSED, facts) == "workflow.payout_recorded"
    assert _code(S.DISBURSED, S.MONITORING, facts) == "workflow.payout_recorded"


def test_closing_needs_an_outcome() -> None:
    with pytest.raises(ValidationError) as caught:
        check_transition(S.CONSULTING, S.CLOSED, dataclasses.replace(READY, outcome=None))
    assert caught.value.code == "workflow.outcome_given"
    assert str(caught.value) == "To close this case, first choose its outcome: withdrawn, not eligible."


@pytest.mark.parametrize(
    ("stage", "outcome"),
    [
        (S.ASSESSMENT, O.DECLINED),
        (S.APPROVED, O.REPAID),
        (S.RECOMMENDED, O.WRITTEN_OFF),
        (S.MONITORING, O.WITHDRAWN),
        (S.DISBURSED, O.NOT_ELIGIBLE),
        (S.DECLINED, O.REPAID),
    ],
)
def test_outcomes_that_do_not_fit_the_stage_are_refused(stage: CaseStage, outcome: CaseOutcome) -> None:
    assert (
        _code(stage, S.CLOSED, dataclasses.replace(READY, outcome=outcome))
        == "workflow.outcome_given.not_allowed"
    )


@pytest.mark.parametrize(
    ("stage", "outcome"),
    [
        (S.ENQUIRY, O.WITHDRAWN),
        (S.ASSESSMENT, O.NOT_ELIGIBLE),
        (S.APPROVED, O.WITHDRAWN),
        (S.DECLINED, O.DECLINED),
        (S.DISBURSED, O.WRITTEN_OFF),
        (S.MONITORING, O.REPAID),
    ],
)
def test_fitting_outcomes_close_the_case(stage: CaseStage, outcome: CaseOutcome) -> None:
    check_transition(stage, S.CLOSED, dataclasses.replace(READY, outcome=outcome))


# --- reversal -------------------------------------------------------------------------------------------


def test_reversal_goes_one_step_back() -> None:
    assert {stage: reversal_target(stage) for stage in S if stage != S.CLOSED} == {
        S.ENQUIRY: None,
        S.CONSULTING: S.ENQUIRY,
        S.DOCUMENTS_COMPLETE: S.CONSULTING,
        S.ASSESSMENT: S.DOCUMENTS_COMPLETE,
        S.RECOMMENDED: S.ASSESSMENT,
        S.APPROVED: S.RECOMMENDED,
        S.DECLINED: S.RECOMMENDED,
        S.DISBURSED: S.APPROVED,
        S.MONITORING: S.DISBURSED,
    }
    assert reversal_target(S.CLOSED, closed_from=S.MONITORING) == S.MONITORING
    with pytest.raises(ValueError):
        reversal_target(S.CLOSED)


def test_every_reversal_undoes_a_forward_move() -> None:
    forward = {(t.from_stage, t.to_stage) for t in TRANSITIONS}
    for stage in S:
        if stage in (S.ENQUIRY, S.CLOSED):
            continue
        target = reversal_target(stage)
        assert target is not None
        assert (target, stage) in forward


def test_reversal_with_a_reason_is_allowed() -> None:
    check_reversal(S.ASSESSMENT, S.DOCUMENTS_COMPLETE, "Kontoauszüge fehlen doch noch")
    check_reversal(S.CLOSED, S.CONSULTING, "Antrag wieder aufgenommen", closed_from=S.CONSULTING)


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_reversal_needs_a_reason(reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_reversal(S.ASSESSMENT, S.DOCUMENTS_COMPLETE, reason)
    assert caught.value.code == "workflow.reversal_reason_missing"
    assert caught.value.field == "reason"
    assert "Give a reason" in str(caught.value)


@pytest.mark.parametrize(
    ("from_stage", "to_stage", "code"),
    [
        (S.ASSESSMENT, S.ENQUIRY, "workflow.reversal_not_allowed"),  # more than one step
        (S.ASSESSMENT, S.RECOMMENDED, "workflow.reversal_not_allowed"),  # forward is not a reversal
        (S.ENQUIRY, S.ENQUIRY, "workflow.reversal_not_possible"),
    ],
)
def test_reversal_must_be_exactly_one_step_back(
    from_stage: CaseStage, to_stage: CaseStage, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        check_reversal(from_stage, to_stage, "weil")
    assert caught.value.code == code


def test_reopening_goes_back_to_the_stage_the_case_was_closed_from() -> None:
    with pytest.raises(ValidationError) as caught:
        check_reversal(S.CLOSED, S.ENQUIRY, "Irrtum", closed_from=S.MONITORING)
    assert caught.value.code == "workflow.reversal_not_allowed"
    assert "to monitoring" in str(caught.value)


# --- model check ----------------------------------------------------------------------------------------

statuses = st.sampled_from(list(DocumentStatus))
recommendations = st.one_of(
    st.none(),
    st.builds(
        RecommendationFacts,
        amount=st.sampled_from([D("-1"), D("500.00"), D("10000.00"), D("10000.01")]),
        term_months=st.sampled_from([0, 12, 48, 49]),
        grace_months=st.sampled_from([-1, 0, 6, 7]),
        recommended_on=st.sampled_from([date(2019, 12, 31), date(2026, 5, 4)]),
        author=st.just("mmueller"),
        signed_off_by=st.sampled_from([None, "", "mmueller", "akaya"]),
    ),
)
facts_strategy = st.builds(
    CaseFacts,
    required_documents=st.just(MKF.required_documents),
    documents=st.lists(
        st.tuples(st.sampled_from(MKF.required_documents), statuses), unique_by=lambda x: x[0]
    ).map(tuple),
    recommendation=recommendations,
    programmes=st.just((MKF,)),
    decision=st.sampled_from([None, *LenderDecision]),
    disbursed_on=st.sampled_from([None, date(2026, 6, 1)]),
    outcome=st.sampled_from([None, *O]),
)


@settings(max_examples=200, deadline=None)
@given(from_stage=st.sampled_from(list(S)), to_stage=st.sampled_from(list(S)), facts=facts_strategy)
def test_a_move_passes_exactly_when_its_conditions_hold(
    from_stage: CaseStage, to_stage: CaseStage, facts: CaseFacts
) -> None:
    done = {DocumentStatus.RECEIVED, DocumentStatus.CHECKED, DocumentStatus.NOT_APPLICABLE}
    docs_ok = all(dict(facts.documents).get(kind) in done for kind in MKF.required_documents)
    rec = facts.recommendation
    rec_ok = rec is not None and (
        rec.recommended_on >= MKF.valid_from
        and D("0") < rec.amount <= MKF.first_loan_cap
        and 0 < rec.term_months <= MKF.max_term_months
        and 0 <= rec.grace_months <= MKF.max_grace_months
        and rec.grace_months < rec.term_months
    )
    signed = rec is not None and bool(rec.signed_off_by) and rec.signed_off_by != rec.author
    expected = {
        (S.ENQUIRY, S.CONSULTING): True,
        (S.CONSULTING, S.DOCUMENTS_COMPLETE): docs_ok,
        (S.DOCUMENTS_COMPLETE, S.ASSESSMENT): docs_ok,
        (S.ASSESSMENT, S.RECOMMENDED): rec_ok,
        (S.RECOMMENDED, S.APPROVED): signed and facts.decision == LenderDecision.APPROVED,
        (S.RECOMMENDED, S.DECLINED): signed and facts.decision == LenderDecision.DECLINED,
        (S.APPROVED, S.DISBURSED): facts.disbursed_on is not None,
        (S.DISBURSED, S.MONITORING): facts.disbursed_on is not None,
    }
    if from_stage != S.CLOSED:
        expected[(from_stage, S.CLOSED)] = facts.outcome in closing_outcomes(from_stage)
    try:
        check_transition(from_stage, to_stage, facts)
    except ValidationError as error:
        assert not expected.get((from_stage, to_stage), False), error.code
        assert error.code.startswith("workflow.")
    else:
        assert expected.get((from_stage, to_stage), False)
