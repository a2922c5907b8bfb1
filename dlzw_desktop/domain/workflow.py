"""The case workflow as data: which stage may follow which, under which guards, and how to step back.

Forward moves are rows of ``TRANSITIONS``; each names its guards, which are evaluated against a frozen
``CaseFacts`` snapshot the service assembles. A failing guard raises ``ValidationError`` whose code names
the guard (``workflow.<guard>`` or ``workflow.<guard>.<detail>``) and whose message says what to do first.
Moving back is never a transition: it is an explicit reversal, one step back, with a reason
(``check_reversal``), so the service can audit it as such.

Closing (``closed``) is allowed from every stage before it, with an outcome that fits the stage:
withdrawn or not eligible before the payout, declined only after the lender declined, and repaid or
written off only once the money is out (``disbursed``/``monitoring``). A loan that has been paid out cannot
be closed as withdrawn or not eligible: the money has to come back or be written off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from dlzw_desktop.domain.enums import (
    CaseOutcome,
    CaseStage,
    DocumentKind,
    DocumentStatus,
    LenderDecision,
    RepaymentStatus,
)
from dlzw_desktop.domain.money import ZERO
from dlzw_desktop.domain.programme import (
    ProgrammeRules,
    check_follow_up_allowed,
    check_loan_terms,
    programme_in_force,
)
from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

S = CaseStage

# Statuses that satisfy a checklist item. "Not applicable" counts: a freelancer has no trade registration.
DOCUMENT_DONE = frozenset({DocumentStatus.RECEIVED, DocumentStatus.CHECKED, DocumentStatus.NOT_APPLICABLE})


class Guard(StrEnum):
    """A condition a transition requires; its value is part of the error code."""

    DOCUMENTS_COMPLETE = "documents_complete"
    RECOMMENDATION_PRESENT = "recommendation_present"
    WITHIN_PROGRAMME = "within_programme"
    SIGNED_OFF = "signed_off"
    LENDER_DECISION_RECORDED = "lender_decision_recorded"
    PAYOUT_RECORDED = "payout_recorded"
    OUTCOME_GIVEN = "outcome_given"


@dataclass(frozen=True, slots=True)
class Transition:
    """One allowed forward move; ``outcomes`` lists the outcomes a move to ``closed`` may carry."""

    from_stage: CaseStage
    to_stage: CaseStage
    guards: tuple[Guard, ...] = ()
    outcomes: frozenset[CaseOutcome] = frozenset()


@dataclass(frozen=True, slots=True)
class RecommendationFacts:
    """What the workflow needs to know about the case's current recommendation.

    ``previous_*`` describe the earlier loan when this is a follow-up loan: the sum of earlier loans
    (against the total cap), the payout date and the monthly repayment statuses of the latest one (for
    the follow-up waiting time).
    """

    amount: Decimal
    term_months: int
    grace_months: int
    recommended_on: date
    author: str
    signed_off_by: str | None = None
    is_follow_up: bool = False
    previous_loans_total: Decimal = ZERO
    previous_disbursed_on: date | None = None
    previous_repayments: tuple[tuple[date, RepaymentStatus], ...] = ()


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """A snapshot of a case, as far as the workflow guards look at it.

    ``required_documents`` are the kinds the programme requires; ``documents`` is the case's checklist
    (including items the advisor added). ``programmes`` are all known programmes: the guard picks the one
    in force on the recommendation date.
    """

    required_documents: tuple[DocumentKind, ...] = ()
    documents: tuple[tuple[DocumentKind, DocumentStatus], ...] = ()
    recommendation: RecommendationFacts | None = None
    programmes: tuple[ProgrammeRules, ...] = ()
    decision: LenderDecision | None = None
    disbursed_on: date | None = None
    outcome: CaseOutcome | None = None


_BEFORE_PAYOUT = frozenset({CaseOutcome.WITHDRAWN, CaseOutcome.NOT_ELIGIBLE})
_AFTER_PAYOUT = frozenset({CaseOutcome.REPAID, CaseOutcome.WRITTEN_OFF})
_CLOSE = (Guard.OUTCOME_GIVEN,)

TRANSITIONS: tuple[Transition, ...] = (
    Transition(S.ENQUIRY, S.CONSULTING),
    Transition(S.CONSULTING, S.DOCUMENTS_COMPLETE, (Guard.DOCUMENTS_COMPLETE,)),
    # Checked again: a document can be found wanting between the two steps.
    Transition(S.DOCUMENTS_COMPLETE, S.ASSESSMENT, (Guard.DOCUMENTS_COMPLETE,)),
    Transition(S.ASSESSMENT, S.RECOMMENDED, (Guard.RECOMMENDATION_PRESENT, Guard.WITHIN_PROGRAMME)),
    Transition(S.RECOMMENDED, S.APPROVED, (Guard.SIGNED_OFF, Guard.LENDER_DECISION_RECORDED)),
    Transition(S.RECOMMENDED, S.DECLINED, (Guard.SIGNED_OFF, Guard.LENDER_DECISION_RECORDED)),
    Transition(S.APPROVED, S.DISBURSED, (Guard.PAYOUT_RECORDED,)),
    Transition(S.DISBURSED, S.MONITORING, (Guard.PAYOUT_RECORDED,)),
    Transition(S.ENQUIRY, S.CLOSED, _CLOSE, _BEFORE_PAYOUT),
    Transition(S.CONSULTING, S.CLOSED, _CLOSE, _BEFORE_PAYOUT),
    Transition(S.DOCUMENTS_COMPLETE, S.CLOSED, _CLOSE, _BEFORE_PAYOUT),
    Transition(S.ASSESSMENT, S.CLOSED, _CLOSE, _BEFORE_PAYOUT),
    Transition(S.RECOMMENDED, S.CLOSED, _CLOSE, _BEFORE_PAYOUT),
    Transition(S.APPROVED, S.CLOSED, _CLOSE, _BEFORE_PAYOUT),
    Transition(S.DECLINED, S.CLOSED, _CLOSE, _BEFORE_PAYOUT | {CaseOutcome.DECLINED}),
    Transition(S.DISBURSED, S.CLOSED, _CLOSE, _AFTER_PAYOUT),
    Transition(S.MONITORING, S.CLOSED, _CLOSE, _AFTER_PAYOUT),
)

# One step back from each stage (``closed`` goes back to the stage it was closed from).
REVERSALS: Mapping[CaseStage, CaseStage] = MappingProxyType(
    {
        S.CONSULTING: S.ENQUIRY,
        S.DOCUMENTS_COMPLETE: S.CONSULTING,
        S.ASSESSMENT: S.DOCUMENTS_COMPLETE,
        S.RECOMMENDED: S.ASSESSMENT,
        S.APPROVED: S.RECOMMENDED,
        S.DECLINED: S.RECOMMENDED,
        S.DISBURSED: S.APPROVED,
        S.MONITORING: S.DISBURSED,
    }
)

_BY_MOVE: Mapping[tuple[CaseStage, CaseStage], Transition] = MappingProxyType(
    {(t.from_stage, t.to_stage): t for t in TRANSITIONS}
)


def label(value: StrEnum) -> str:
    """English words for a stage, outcome or document kind ("documents_complete" -> "documents complete")."""
    return value.value.replace("_", " ")


def _labels(values: Iterable[StrEnum]) -> tuple[StrEnum, ...]:
    """Enum members as an error parameter: English words in logs, translated labels in the UI."""
    return tuple(values)


def allowed_next(stage: CaseStage) -> tuple[CaseStage, ...]:
    """Stages a case may move on to from ``stage``, in workflow order (``closed`` last)."""
    return tuple(t.to_stage for t in TRANSITIONS if t.from_stage == stage)


def transition(from_stage: CaseStage, to_stage: CaseStage) -> Transition:
    """The table row for a forward move; raises ``ValidationError`` when there is none (see below)."""
    found = _BY_MOVE.get((from_stage, to_stage))
    if found is not None:
        return found
    params: dict[str, Any] = {"from_stage": from_stage, "to_stage": to_stage}
    if from_stage == S.CLOSED:
        raise ValidationError(
            "workflow.case_closed",
            "This case is closed. Reopen it first (move it back, giving a reason).",
            field="stage",
            **params,
        )
    if from_stage == to_stage:
        raise ValidationError(
            "workflow.already_in_stage", "The case is already in stage {to_stage}.", field="stage", **params
        )
    if REVERSALS.get(from_stage) == to_stage:
        raise ValidationError(
            "workflow.reversal_required",
            "To move this case back from {from_stage} to {to_stage}, reverse the step and give a reason.",
            field="stage",
            **params,
        )
    raise ValidationError(
        "workflow.transition_not_allowed",
        "A case in stage {from_stage} cannot move to {to_stage}. Possible next stages: {allowed}.",
        field="stage",
        allowed=_labels(allowed_next(from_stage)),
        **params,
    )


def failing_guards(
    from_stage: CaseStage, to_stage: CaseStage, facts: CaseFacts
) -> tuple[ValidationError, ...]:
    """Every guard of the move that fails, in table order (for a checklist in the UI).

    Raises ``ValidationError`` when the move itself is not in the table.
    """
    move = transition(from_stage, to_stage)
    found: list[ValidationError] = []
    for guard in move.guards:
        error = _GUARDS[guard](facts, move)
        # Guards that need a recommendation all report its absence; the user needs to read that once.
        if error is not None and all(error.code != seen.code for seen in found):
            found.append(error)
    return tuple(found)


def check_transition(from_stage: CaseStage, to_stage: CaseStage, facts: CaseFacts) -> None:
    """Raise ``ValidationError`` unless the case may move from ``from_stage`` to ``to_stage`` now."""
    problems = failing_guards(from_stage, to_stage, facts)
    if problems:
        raise problems[0]


def closing_outcomes(stage: CaseStage) -> frozenset[CaseOutcome]:
    """Outcomes a case in ``stage`` may be closed with (empty for ``closed``)."""
    move = _BY_MOVE.get((stage, S.CLOSED))
    return move.outcomes if move is not None else frozenset()


def missing_documents(facts: CaseFacts) -> tuple[DocumentKind, ...]:
    """Required kinds without a done checklist item, then other checklist items not yet done."""
    status = dict(facts.documents)
    missing = [kind for kind in facts.required_documents if status.get(kind) not in DOCUMENT_DONE]
    missing += [kind for kind, state in facts.documents if state not in DOCUMENT_DONE and kind not in missing]
    return tuple(missing)


def reversal_target(stage: CaseStage, *, closed_from: CaseStage | None = None) -> CaseStage | None:
    """The stage one step back from ``stage``, or ``None`` for ``enquiry``.

    A closed case goes back to the stage it was closed from, which the caller passes as ``closed_from``
    (from the stage history); without it a closed case raises ``ValueError``.
    """
    if stage == S.CLOSED:
        if closed_from is None or closed_from == S.CLOSED:
            raise ValueError("reopening a closed case needs the stage it was closed from")
        return closed_from
    return REVERSALS.get(stage)


def check_reversal(
    from_stage: CaseStage, to_stage: CaseStage, reason: str, *, closed_from: CaseStage | None = None
) -> None:
    """Raise ``ValidationError`` unless moving back from ``from_stage`` to ``to_stage`` is allowed.

    Only one step back is allowed (see ``reversal_target``), and only with a non-blank reason, which the
    service records with the stage change.
    """
    target = reversal_target(from_stage, closed_from=closed_from)
    params: dict[str, Any] = {"from_stage": from_stage, "to_stage": to_stage}
    if target is None:
        raise ValidationError(
            "workflow.reversal_not_possible",
            "A case in stage {from_stage} is at the start of the workflow and cannot be moved back.",
            field="stage",
            **params,
        )
    if to_stage != target:
        raise ValidationError(
            "workflow.reversal_not_allowed",
            "A case in stage {from_stage} can only be moved back one step, to {target}.",
            field="stage",
            target=target,
            **params,
        )
    if not reason.strip():
        raise ValidationError(
            "workflow.reversal_reason_missing",
            "Give a reason for moving this case back from {from_stage} to {to_stage}; it is kept in the "
            "case history.",
            field="reason",
            **params,
        )


# --- guards ---------------------------------------------------------------------------------------------


def _guard_error(
    guard: Guard, detail: str | None, message: str, move: Transition, **params: Any
) -> ValidationError:
    code = f"workflow.{guard.value}" if detail is None else f"workflow.{guard.value}.{detail}"
    return ValidationError(
        code,
        message,
        field="stage",
        guard=guard.value,
        from_stage=move.from_stage,
        to_stage=move.to_stage,
        **params,
    )


def _documents_complete(facts: CaseFacts, move: Transition) -> ValidationError | None:
    missing = missing_documents(facts)
    if not missing:
        return None
    return _guard_error(
        Guard.DOCUMENTS_COMPLETE,
        None,
        "To move this case to {to_stage}, first mark all required documents as received or checked: "
        "missing are {missing}.",
        move,
        missing=_labels(missing),
        missing_kinds=tuple(kind.value for kind in missing),
    )


def _no_recommendation(move: Transition) -> ValidationError:
    return _guard_error(
        Guard.RECOMMENDATION_PRESENT,
        None,
        "To move this case to {to_stage}, first write the recommendation (amount, term and "
        "repayment-free months).",
        move,
    )


def _recommendation_present(facts: CaseFacts, move: Transition) -> ValidationError | None:
    return _no_recommendation(move) if facts.recommendation is None else None


def _within_programme(facts: CaseFacts, move: Transition) -> ValidationError | None:
    rec = facts.recommendation
    if rec is None:
        return _no_recommendation(move)
    try:
        rules = programme_in_force(facts.programmes, rec.recommended_on)
        check_loan_terms(
            rules,
            rec.amount,
            rec.term_months,
            rec.grace_months,
            on=rec.recommended_on,
            previous_loans_total=rec.previous_loans_total,
            is_follow_up=rec.is_follow_up,
        )
        if rec.is_follow_up:
            if rec.previous_disbursed_on is None:
                raise ValidationError(
                    "loan.follow_up_payout_unknown",
                    "Enter the payout date of the earlier loan, so that the waiting time for a "
                    "follow-up loan can be checked.",
                    field="previous_disbursed_on",
                )
            check_follow_up_allowed(
                rec.previous_disbursed_on, rec.previous_repayments, rules, on=rec.recommended_on
            )
    except ValidationError as problem:
        return _guard_error(
            Guard.WITHIN_PROGRAMME,
            None,
            "To move this case to {to_stage}, first correct the recommendation: {problem}",
            move,
            problem=str(problem),
            problem_code=problem.code,
            problem_params=dict(problem.params),
            problem_field=problem.field,
        )
    return None


def _signed_off(facts: CaseFacts, move: Transition) -> ValidationError | None:
    rec = facts.recommendation
    if rec is None:
        return _no_recommendation(move)
    signer = (rec.signed_off_by or "").strip()
    if not signer:
        return _guard_error(
            Guard.SIGNED_OFF,
            None,
            "Before the lender's decision can be recorded, a second person must sign off the "
            "recommendation written by {author}.",
            move,
            author=rec.author,
        )
    if signer.casefold() == rec.author.strip().casefold():
        return _guard_error(
            Guard.SIGNED_OFF,
            "same_person",
            "The recommendation was signed off by its author {author}. Ask a second person to sign it off "
            "before the lender's decision is recorded.",
            move,
            author=rec.author,
        )
    return None


_DECISION_FOR = MappingProxyType({S.APPROVED: LenderDecision.APPROVED, S.DECLINED: LenderDecision.DECLINED})


def _lender_decision_recorded(facts: CaseFacts, move: Transition) -> ValidationError | None:
    expected = _DECISION_FOR[move.to_stage]
    if facts.decision is None:
        return _guard_error(
            Guard.LENDER_DECISION_RECORDED,
            None,
            "To move this case to {to_stage}, first record the lender's decision with its date.",
            move,
        )
    if facts.decision != expected:
        return _guard_error(
            Guard.LENDER_DECISION_RECORDED,
            "mismatch",
            "The lender's recorded decision is {decision}: move the case to {decision} instead, or correct "
            "the recorded decision.",
            move,
            decision=facts.decision,
        )
    return None


def _payout_recorded(facts: CaseFacts, move: Transition) -> ValidationError | None:
    if facts.disbursed_on is not None:
        return None
    return _guard_error(
        Guard.PAYOUT_RECORDED,
        None,
        "To move this case to {to_stage}, first record the date the lender paid out the loan.",
        move,
    )


def _outcome_given(facts: CaseFacts, move: Transition) -> ValidationError | None:
    allowed = _labels(o for o in CaseOutcome if o in move.outcomes)
    if facts.outcome is None:
        return _guard_error(
            Guard.OUTCOME_GIVEN,
            None,
            "To close this case, first choose its outcome: {allowed}.",
            move,
            allowed=allowed,
        )
    if facts.outcome not in move.outcomes:
        return _guard_error(
            Guard.OUTCOME_GIVEN,
            "not_allowed",
            "A case in stage {from_stage} cannot be closed as {outcome}. Choose one of: {allowed}.",
            move,
            outcome=facts.outcome,
            allowed=allowed,
        )
    return None


_GUARDS: Mapping[Guard, Callable[[CaseFacts, Transition], ValidationError | None]] = MappingProxyType(
    {
        Guard.DOCUMENTS_COMPLETE: _documents_complete,
        Guard.RECOMMENDATION_PRESENT: _recommendation_present,
        Guard.WITHIN_PROGRAMME: _within_programme,
        Guard.SIGNED_OFF: _signed_off,
        Guard.LENDER_DECISION_RECORDED: _lender_decision_recorded,
        Guard.PAYOUT_RECORDED: _payout_recorded,
        Guard.OUTCOME_GIVEN: _outcome_given,
    }
)
