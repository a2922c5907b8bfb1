"""Recommendations (Empfehlungen) to the lender: writing them within the programme, the second person's
sign-off (four eyes) and the recommendation letter as a PDF."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from dlzw_desktop.db.audit import record_event
from dlzw_desktop.db.models import Case, Lender, LoanProgramme, Recommendation, User
from dlzw_desktop.domain.dates import to_berlin, today_berlin, utc_now
from dlzw_desktop.domain.enums import BusinessRole, CaseStage
from dlzw_desktop.domain.loan import check_plan_inputs
from dlzw_desktop.domain.programme import check_follow_up_allowed, check_loan_terms, programme_in_force
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.reports.pdf import Letterhead
from dlzw_desktop.reports.recommendation_pdf import RecommendationLetter, write_recommendation_letter
from dlzw_desktop.services.case_detail import (
    CaseDetail,
    current_recommendation,
    load_detail,
    previous_loans,
)
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.editing import (
    Entity,
    InputField,
    apply,
    clean_text,
    ensure_version,
    flush_checked,
    load,
    load_for_update,
)
from dlzw_desktop.services.permissions import Permission, requires
from dlzw_desktop.services.programme_service import programme_family
from dlzw_desktop.services.settings_service import SettingsService

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RecommendationDraft:
    """What the advisor recommends; rate and fee come from the programme in force on ``recommended_on``."""

    amount: Decimal
    term_months: int
    grace_months: int = 0
    recommended_on: date | None = None
    summary: str = ""
    lender_id: uuid.UUID | None = None


class RecommendationService(Service):
    """Write a recommendation, sign it off (a second person), print the letter."""

    @requires(Permission.EDIT_CASES)
    def save(
        self, case_id: uuid.UUID, draft: RecommendationDraft, *, version: int | None = None
    ) -> CaseDetail:
        """Write (or, with the ``version`` seen, change) the case's recommendation during assessment.

        The amount, term and repayment-free months are checked against the programme in force on the
        recommendation date, including the total cap and the waiting time of a follow-up loan. Changing a
        recommendation clears an earlier sign-off.
        """
        actor = self._context.user.actor()
        with self._sessions.begin() as session:
            case = load_for_update(session, Case, case_id, what=Entity.CASE)
            if case.stage is not CaseStage.ASSESSMENT:
                raise ValidationError(
                    "recommendation.not_in_assessment",
                    "A recommendation is written while the case is in assessment (it is in {stage}). Move "
                    "the case to assessment first.",
                    field="stage",
                    stage=case.stage,
                )
            on = draft.recommended_on or today_berlin()
            if on > today_berlin():
                raise ValidationError(
                    "recommendation.in_future",
                    "The recommendation date {date} lies in the future.",
                    field="recommended_on",
                    date=on,
                )
            rules = programme_in_force(programme_family(session, case.programme_id), on)
            previous = previous_loans(session, case.business_id, case.id)
            follow_up = previous.total > 0
            check_loan_terms(
                rules,
                draft.amount,
                draft.term_months,
                draft.grace_months,
                on=on,
                previous_loans_total=previous.total,
                is_follow_up=follow_up,
            )
            check_plan_inputs(
                draft.amount, rules.interest_rate_percent, draft.term_months, draft.grace_months, rules.fee
            )
            if follow_up and previous.disbursed_on is not None:
                check_follow_up_allowed(previous.disbursed_on, previous.repayments, rules, on=on)
            if draft.lender_id is not None:
                load(session, Lender, draft.lender_id, what=Entity.LENDER)
            programme = session.scalar(
                select(LoanProgramme).where(
                    LoanProgramme.name == rules.name,
                    LoanProgramme.valid_from == rules.valid_from,
                    LoanProgramme.deleted_at.is_(None),
                )
            )
            values = {
                "amount": draft.amount,
                "term_months": draft.term_months,
                "grace_months": draft.grace_months,
                "recommended_on": on,
                "summary": clean_text(draft.summary, field=InputField.SUMMARY, max_length=10_000),
                "lender_id": draft.lender_id,
                "interest_rate_percent": rules.interest_rate_percent,
                "fee": rules.fee,
                "is_follow_up_loan": follow_up,
                "programme_id": programme.id if programme is not None else case.programme_id,
            }
            rec = current_recommendation(session, case.id)
            if rec is None:
                rec = Recommendation(case_id=case.id, author=actor, **values)
                session.add(rec)
            else:
                rec = load_for_update(session, Recommendation, rec.id, what=Entity.RECOMMENDATION)
                ensure_version(rec, version, values)
                apply(rec, values)
                rec.signed_off_by = rec.signed_off_at = rec.sent_on = None
            flush_checked(session, rec, values)
            return load_detail(session, case.id)

    @requires(Permission.SIGN_OFF)
    def sign_off(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        """The second person's sign-off of the recommendation (``version`` as seen): it counts as sent.

        Raises ``ValidationError`` when the signer wrote it, or the case is not in stage recommended.
        """
        principal = self._context.user.principal
        with self._sessions.begin() as session:
            case = load(session, Case, case_id, what=Entity.CASE)
            found = current_recommendation(session, case.id)
            if found is None:
                raise ValidationError(
                    "recommendation.missing",
                    "This case has no recommendation to sign off yet.",
                    field="recommendation",
                )
            rec = load_for_update(session, Recommendation, found.id, what=Entity.RECOMMENDATION)
            ensure_version(rec, version, {"signed_off_by": principal.username})
            if case.stage is not CaseStage.RECOMMENDED:
                raise ValidationError(
                    "recommendation.sign_off_stage",
                    "A recommendation is signed off once the case is in stage {expected} (it is in {stage}).",
                    field="stage",
                    stage=case.stage,
                    expected=CaseStage.RECOMMENDED,
                )
            if rec.signed_off_by is not None:
                raise ValidationError(
                    "recommendation.already_signed_off",
                    "{signer} already signed off this recommendation.",
                    field="signed_off_by",
                    signer=rec.signed_off_by,
                )
            if principal.username.strip().casefold() == rec.author.strip().casefold():
                raise ValidationError(
                    "recommendation.same_person",
                    "You wrote this recommendation, so you cannot sign it off. Ask a second person (a team "
                    "lead) to sign it off.",
                    field="signed_off_by",
                    author=rec.author,
                )
            rec.signed_off_by = principal.username
            rec.signed_off_at = utc_now()
            rec.sent_on = today_berlin()
            flush_checked(session, rec, {"signed_off_by": principal.username})
            record_event(
                session,
                "recommendations",
                rec.id,
                "recommendation signed off",
                case_id=case.id,
                details={"author": rec.author, "signed_off_by": principal.username},
            )
            return load_detail(session, case.id)

    @requires(Permission.VIEW_CASES)
    def letter(self, case_id: uuid.UUID) -> RecommendationLetter:
        """The recommendation letter's content (the letterhead from the shared settings)."""
        shared = SettingsService(self._context).shared()
        with self._sessions() as session:
            detail = load_detail(session, case_id)
            rec = detail.recommendation
            if rec is None:
                raise ValidationError(
                    "recommendation.missing",
                    "This case has no recommendation yet. Write it on the recommendation tab first.",
                    field="recommendation",
                )
            lender = session.get(Lender, rec.lender_id) if rec.lender_id else None
            author = session.scalar(select(User).where(User.username == rec.author))
            signer = (
                session.scalar(select(User).where(User.username == rec.signed_off_by))
                if rec.signed_off_by
                else None
            )
        business = detail.business
        address = ", ".join(
            part
            for part in (business.street, f"{business.postcode or ''} {business.city or ''}".strip())
            if part
        )
        lender_lines: tuple[str, ...] = ()
        if lender is not None:
            lender_lines = tuple(
                line
                for line in (
                    f"z. Hd. {lender.contact_person}" if lender.contact_person else "",
                    lender.street or "",
                    f"{lender.postcode or ''} {lender.city or ''}".strip(),
                )
                if line
            )
        return RecommendationLetter(
            letterhead=Letterhead(
                shared.organisation_name,
                shared.organisation_unit,
                shared.letterhead_address,
                shared.letterhead_contact,
            ),
            dated=rec.sent_on or today_berlin(),
            case_number=detail.number,
            lender_name=lender.name if lender else None,
            lender_address=lender_lines,
            business_name=business.name,
            legal_form=business.legal_form,
            sector=business.sector_label,
            business_address=address or None,
            borough=business.borough_name,
            founders=tuple(m.person_name for m in business.members if m.role is not BusinessRole.GUARANTOR),
            guarantors=tuple(m.person_name for m in business.members if m.role is BusinessRole.GUARANTOR),
            purpose=detail.purpose,
            amount=rec.amount,
            term_months=rec.term_months,
            grace_months=rec.grace_months,
            interest_rate_percent=rec.interest_rate_percent,
            fee=rec.fee,
            instalment=detail.plan.instalment if detail.plan is not None else None,
            programme=detail.programme.name if detail.programme else None,
            follow_up=rec.is_follow_up,
            summary=rec.summary,
            free_amount=detail.affordability.free_amount if detail.affordability else None,
            advisor=detail.advisor_name or (author.display_name if author else rec.author),
            author=author.display_name if author else rec.author,
            signed_off_by=(signer.display_name if signer else rec.signed_off_by),
            signed_off_on=to_berlin(rec.signed_off_at).date() if rec.signed_off_at else None,
        )

    @requires(Permission.VIEW_CASES)
    def write_letter(self, case_id: uuid.UUID, path: Path) -> Path:
        """Write the recommendation letter PDF to ``path`` (a draft mark until it is signed off)."""
        content = self.letter(case_id)
        written = write_recommendation_letter(content, path)
        with self._sessions.begin() as session:
            record_event(
                session,
                "recommendations",
                None,
                "recommendation letter generated",
                case_id=case_id,
                details={"signed_off": content.signed_off_by is not None},
            )
        return written
