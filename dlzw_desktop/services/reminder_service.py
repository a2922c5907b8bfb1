"""Reminders (Wiedervorlagen) and what the Übersicht shows as due: today's and overdue reminders, cases
waiting for a second person's sign-off, and cases that have sat in one stage too long."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from dlzw_desktop.db.models import Business, Case, JobsRecord, Loan, Recommendation, Reminder, User
from dlzw_desktop.domain.dates import add_months, to_berlin, today_berlin, utc_now
from dlzw_desktop.domain.enums import CaseStage, JobsOccasion, LenderDecision, ReminderKind
from dlzw_desktop.domain.followups import jobs_follow_ups, reminder_origin_key
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.case_detail import (
    RESTING_STAGES,
    ReminderRow,
    ensure_jobs_reminders,
    reminder_rows,
    user_names,
)
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.editing import (
    Entity,
    InputField,
    apply,
    clean_line,
    clean_text,
    ensure_version,
    flush_checked,
    load,
    load_for_update,
)
from dlzw_desktop.services.permissions import Permission, requires
from dlzw_desktop.services.settings_service import SettingsService

logger = logging.getLogger(__name__)

AGENDA_LIMIT = 200


@dataclass(frozen=True, slots=True)
class ReminderDraft:
    """A dated task."""

    due_on: date
    title: str
    note: str = ""
    assigned_to_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class CaseBrief:
    """A case as the Übersicht lists it."""

    id: uuid.UUID
    number: str
    business_name: str
    stage: CaseStage
    stage_since: datetime
    advisor_name: str | None
    author: str | None = None

    @property
    def days_in_stage(self) -> int:
        return (today_berlin() - to_berlin(self.stage_since).date()).days


@dataclass(frozen=True, slots=True)
class Agenda:
    """What is due: reminders (today and overdue), cases awaiting sign-off, stuck cases."""

    due: tuple[ReminderRow, ...]
    awaiting_sign_off: tuple[CaseBrief, ...]
    stale: tuple[CaseBrief, ...]
    stale_days: int


def _briefs(session: object, query: object) -> list[CaseBrief]:
    rows = session.execute(query).all()  # type: ignore[attr-defined]
    names = user_names(session, {row[0].advisor_id for row in rows})  # type: ignore[arg-type]
    return [
        CaseBrief(
            case.id,
            case.number,
            business,
            case.stage,
            case.stage_since,
            names.get(case.advisor_id) if case.advisor_id else None,
            author,
        )
        for case, business, author in rows
    ]


class ReminderService(Service):
    """Dated tasks on cases; the agenda of the Übersicht."""

    def _values(self, draft: ReminderDraft) -> dict[str, object]:
        if draft.due_on < date(2000, 1, 1):
            raise ValidationError(
                "reminder.too_early",
                "The date {date} is before 2000. Please check the year.",
                field="due_on",
                date=draft.due_on,
            )
        return {
            "due_on": draft.due_on,
            "title": clean_line(draft.title, field=InputField.TITLE, max_length=300, required=True),
            "note": clean_text(draft.note, field=InputField.NOTES, max_length=5000),
            "assigned_to_id": draft.assigned_to_id,
        }

    @requires(Permission.EDIT_CASES)
    def add(self, case_id: uuid.UUID | None, draft: ReminderDraft) -> ReminderRow:
        """A manual reminder on a case (or on nothing in particular); assigned to the user by default."""
        values = self._values(draft)
        with self._sessions.begin() as session:
            if case_id is not None:
                load(session, Case, case_id, what=Entity.CASE)
            if values["assigned_to_id"] is None:
                values["assigned_to_id"] = self._context.user.principal.user_id
            else:
                load(session, User, values["assigned_to_id"], what=Entity.USER)
            reminder = Reminder(case_id=case_id, kind=ReminderKind.MANUAL, **values)
            session.add(reminder)
            session.flush()
            return reminder_rows(session, select(Reminder).where(Reminder.id == reminder.id))[0]

    @requires(Permission.EDIT_CASES)
    def update(self, reminder_id: uuid.UUID, version: int, draft: ReminderDraft) -> ReminderRow:
        values = self._values(draft)
        with self._sessions.begin() as session:
            reminder = load_for_update(session, Reminder, reminder_id, what=Entity.REMINDER)
            if values["assigned_to_id"] is None:
                values["assigned_to_id"] = reminder.assigned_to_id
            ensure_version(reminder, version, values)
            apply(reminder, values)
            flush_checked(session, reminder, values)
            return reminder_rows(session, select(Reminder).where(Reminder.id == reminder.id))[0]

    @requires(Permission.EDIT_CASES)
    def complete(self, reminder_id: uuid.UUID, *, done: bool = True) -> ReminderRow:
        """Tick a reminder off (or reopen it with ``done=False``)."""
        with self._sessions.begin() as session:
            reminder = load_for_update(session, Reminder, reminder_id, what=Entity.REMINDER)
            reminder.done_at = (reminder.done_at or utc_now()) if done else None
            session.flush()
            return reminder_rows(session, select(Reminder).where(Reminder.id == reminder.id))[0]

    @requires(Permission.VIEW_CASES)
    def due(self, on: date | None = None, *, assigned_to_id: uuid.UUID | None = None) -> list[ReminderRow]:
        """Open reminders due on or before ``on`` (today), oldest first."""
        day = on or today_berlin()
        query = (
            select(Reminder)
            .where(Reminder.deleted_at.is_(None), Reminder.done_at.is_(None), Reminder.due_on <= day)
            .order_by(Reminder.due_on, Reminder.title)
            .limit(AGENDA_LIMIT)
        )
        if assigned_to_id is not None:
            query = query.where(Reminder.assigned_to_id == assigned_to_id)
        with self._sessions() as session:
            return reminder_rows(session, query)

    @requires(Permission.VIEW_CASES)
    def awaiting_sign_off(self) -> list[CaseBrief]:
        """Recommended cases whose recommendation no second person has signed off yet, oldest first."""
        with self._sessions() as session:
            return _briefs(
                session,
                select(Case, Business.name, Recommendation.author)
                .join(Business, Business.id == Case.business_id)
                .join(Recommendation, Recommendation.case_id == Case.id)
                .where(
                    Case.deleted_at.is_(None),
                    Case.stage == CaseStage.RECOMMENDED,
                    Recommendation.deleted_at.is_(None),
                    Recommendation.signed_off_by.is_(None),
                )
                .order_by(Case.stage_since)
                .limit(AGENDA_LIMIT),
            )

    @requires(Permission.VIEW_CASES)
    def stale_cases(self, days: int | None = None) -> list[CaseBrief]:
        """Cases that have sat in their stage longer than ``days`` (the shared setting by default).

        Closed cases and cases in monitoring are resting, not stuck, and are left out.
        """
        limit = days if days is not None else SettingsService(self._context).shared().stale_stage_days
        cutoff = utc_now() - timedelta(days=limit)
        with self._sessions() as session:
            return _briefs(
                session,
                select(Case, Business.name, Business.name)
                .join(Business, Business.id == Case.business_id)
                .where(
                    Case.deleted_at.is_(None),
                    Case.stage.not_in(list(RESTING_STAGES)),
                    Case.stage_since < cutoff,
                )
                .order_by(Case.stage_since)
                .limit(AGENDA_LIMIT),
            )

    @requires(Permission.VIEW_CASES)
    def agenda(self, *, assigned_to_id: uuid.UUID | None = None) -> Agenda:
        """Everything the Übersicht lists as due, in one call."""
        days = SettingsService(self._context).shared().stale_stage_days
        stale = [
            CaseBrief(b.id, b.number, b.business_name, b.stage, b.stage_since, b.advisor_name)
            for b in self.stale_cases(days)
        ]
        return Agenda(
            tuple(self.due(assigned_to_id=assigned_to_id)),
            tuple(self.awaiting_sign_off()),
            tuple(stale),
            days,
        )

    @requires(Permission.EDIT_CASES)
    def sync_follow_up_reminders(self, *, since: date | None = None) -> int:
        """Create the jobs follow-up reminders missing for paid-out loans (e.g. after an import).

        Only follow-ups due on or after ``since`` (90 days ago by default) are created: reminding of a
        count that was due years ago would bury what is due now.
        """
        cutoff = since or today_berlin() - timedelta(days=90)
        added = 0
        with self._sessions.begin() as session:
            existing = {
                key
                for key in session.scalars(
                    select(Reminder.origin_key).where(Reminder.origin_key.like("jobs_follow_up:%"))
                )
                if key is not None
            }
            recorded: dict[uuid.UUID, set[JobsOccasion]] = {}
            for case_id, occasion in session.execute(
                select(JobsRecord.case_id, JobsRecord.occasion).where(JobsRecord.deleted_at.is_(None))
            ):
                recorded.setdefault(case_id, set()).add(occasion)
            rows = session.execute(
                select(Case, Loan.disbursed_on)
                .join(Loan, Loan.case_id == Case.id)
                .where(
                    Case.deleted_at.is_(None),
                    Loan.deleted_at.is_(None),
                    Loan.decision == LenderDecision.APPROVED,
                    Loan.disbursed_on.is_not(None),
                    Loan.disbursed_on >= add_months(cutoff, -24),
                )
            ).all()
            for case, disbursed_on in rows:
                assert disbursed_on is not None
                old = {
                    reminder_origin_key(case.id, f.occasion)
                    for f in jobs_follow_ups(disbursed_on)
                    if f.due_on < cutoff
                }
                added += ensure_jobs_reminders(
                    session,
                    case,
                    disbursed_on,
                    existing_keys=existing | old,
                    recorded=recorded.get(case.id, set()),
                )
        if added:
            logger.info("%s jobs follow-up reminders created", added)
        return added
