"""Cases (Fälle): opening with an office number, editing, the case list and search, the workflow and the
timeline of everything that happened.

Case numbers ``MK-YYYY-NNNN`` come from ``CaseNumberSequence`` inside the write transaction that creates
the case: an atomic ``UPDATE … RETURNING`` on the year's row (created with ``ON CONFLICT DO NOTHING``).
SQLite serialises writers (``BEGIN IMMEDIATE``); PostgreSQL holds the row lock until commit. Two
advisors opening cases at the same moment therefore never get the same number, and numbers have no gaps
unless a transaction is rolled back.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from dlzw_desktop.db.engine import translate_db_error
from dlzw_desktop.db.models import (
    AuditEntry,
    Business,
    Case,
    CaseNumberSequence,
    Consultation,
    DocumentRequirement,
    LoanProgramme,
    StageChange,
    User,
)
from dlzw_desktop.domain.dates import BERLIN, today_berlin, utc_now
from dlzw_desktop.domain.enums import (
    CaseOutcome,
    CaseSource,
    CaseStage,
    ConsultationPlace,
    DocumentStatus,
)
from dlzw_desktop.domain.loan import MAX_TERM_MONTHS
from dlzw_desktop.domain.money import ZERO, format_eur
from dlzw_desktop.domain.programme import ProgrammeRules, programme_in_force
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.case_detail import (
    CaseDetail,
    load_detail,
    move_case,
    previous_loans,
    reverse_case,
)
from dlzw_desktop.services.case_search import CasePage, CaseQuery, count_sql, list_sql, page_of
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
from dlzw_desktop.services.programme_service import programme_family, programme_row

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CaseDraft:
    """The fields of a case an advisor enters when opening or editing it.

    ``requested_amount`` 0 means "not known yet". ``programme_id`` None picks the programme in force on
    ``opened_on`` (today when None).
    """

    business_id: uuid.UUID
    advisor_id: uuid.UUID | None = None
    source: CaseSource = CaseSource.OTHER
    requested_amount: Decimal = ZERO
    purpose: str = ""
    programme_id: uuid.UUID | None = None
    opened_on: date | None = None
    notes: str = ""
    previous_case_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class AffordabilityInputs:
    """The household budget and the planned loan shape, entered on the affordability tab."""

    household_income: Decimal | None
    household_expenses: Decimal | None
    business_surplus: Decimal | None
    planned_term_months: int | None
    planned_grace_months: int | None


class TimelineKind(StrEnum):
    """What a timeline event is about."""

    STAGE = "stage"
    CONSULTATION = "consultation"
    CHANGE = "change"
    EVENT = "event"


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One entry of the case timeline.

    ``entity`` is the table the change was made in (``cases``, ``document_requirements``, …), ``action``
    the audit action (insert, update, delete, event) and ``changes`` (field, old, new) as stored.
    """

    at: datetime
    actor: str
    kind: TimelineKind
    entity: str
    action: str
    changes: tuple[tuple[str, Any, Any], ...] = ()
    note: str = ""
    from_stage: CaseStage | None = None
    to_stage: CaseStage | None = None
    is_reversal: bool = False
    held_on: date | None = None
    minutes: int | None = None
    place: ConsultationPlace | None = None


def assign_office_number(session: Session, year: int, actor: str = "system") -> str:
    """The next office number ``MK-<year>-NNNN``, counted in this transaction (see module docstring)."""
    table = CaseNumberSequence.__table__
    assert isinstance(table, Table)
    now = utc_now()
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(
        insert(table)
        .values(
            id=uuid.uuid4(),
            year=year,
            last_number=0,
            created_at=now,
            created_by=actor,
            updated_at=now,
            updated_by=actor,
            version=1,
        )
        .on_conflict_do_nothing(index_elements=["year"])
    )
    while True:
        number = session.execute(
            update(table)
            .where(table.c.year == year)
            .values(
                last_number=table.c.last_number + 1,
                version=table.c.version + 1,
                updated_at=now,
                updated_by=actor,
            )
            .returning(table.c.last_number)
        ).scalar_one()
        text = f"MK-{year}-{number:04d}"
        # An imported or merged case may already carry the number: skip it rather than fail.
        if session.scalar(select(Case.id).where(Case.number == text)) is None:
            return text


def _requested_amount_cap(
    rules: ProgrammeRules | None, amount: Decimal, previous_total: Decimal
) -> ValidationError | None:
    if amount < 0:
        return ValidationError(
            "case.amount_negative",
            "The requested amount must not be negative (you entered {amount}).",
            field="requested_amount",
            amount=format_eur(amount),
        )
    if rules is None or amount == 0:
        return None
    if previous_total > 0:
        remaining = rules.total_cap - previous_total
        if amount > remaining:
            return ValidationError(
                "case.amount_over_total_cap",
                "After earlier loans of {previous}, at most {remaining} can be requested under {programme} "
                "(total cap {cap}; you entered {amount}).",
                field="requested_amount",
                previous=format_eur(previous_total),
                remaining=format_eur(max(remaining, ZERO)),
                programme=rules.name,
                cap=format_eur(rules.total_cap),
                amount=format_eur(amount),
            )
    elif amount > rules.first_loan_cap:
        return ValidationError(
            "case.amount_over_first_cap",
            "A first loan under {programme} is at most {cap} (you entered {amount}). Record the amount the "
            "programme allows and note the rest of the need in the purpose.",
            field="requested_amount",
            programme=rules.name,
            cap=format_eur(rules.first_loan_cap),
            amount=format_eur(amount),
        )
    return None


def _programme_for(session: Session, programme_id: uuid.UUID | None, on: date) -> LoanProgramme | None:
    if programme_id is not None:
        return load(session, LoanProgramme, programme_id, what=Entity.PROGRAMME)
    rows = [
        row
        for row in session.scalars(select(LoanProgramme).where(LoanProgramme.deleted_at.is_(None)))
        if programme_row(row).rules.in_force_on(on)
    ]
    if not rows:
        return None
    if len(rows) > 1:
        raise ValidationError(
            "case.programme_ambiguous",
            "Several loan programmes are in force on {date}. Choose the programme for this case.",
            field="programme_id",
            date=on,
        )
    return rows[0]


def _rules_on(session: Session, programme: LoanProgramme | None, on: date) -> ProgrammeRules | None:
    if programme is None:
        return None
    try:
        return programme_in_force(programme_family(session, programme.id), on)
    except ValidationError:
        return programme_row(programme).rules


def _case_values(session: Session, draft: CaseDraft, *, case: Case | None = None) -> dict[str, Any]:
    business = load(session, Business, draft.business_id, what=Entity.BUSINESS)
    opened_on = draft.opened_on or (case.opened_on if case is not None else today_berlin())
    if opened_on > today_berlin():
        raise ValidationError(
            "case.opened_in_future",
            "A case cannot be opened on a future date ({date}). Enter the day of the first contact.",
            field="opened_on",
            date=opened_on,
        )
    if opened_on < date(2000, 1, 1):
        raise ValidationError(
            "case.opened_too_early",
            "The opening date {date} is before 2000. Please check the year.",
            field="opened_on",
            date=opened_on,
        )
    if draft.advisor_id is not None:
        load(session, User, draft.advisor_id, what=Entity.USER)
    if draft.previous_case_id is not None:
        previous = load(session, Case, draft.previous_case_id, what=Entity.CASE)
        if previous.business_id != business.id or (case is not None and previous.id == case.id):
            raise ValidationError(
                "case.previous_other_business",
                "The earlier case {number} belongs to another business. Choose an earlier case of "
                "{business}.",
                field="previous_case_id",
                number=previous.number,
                business=business.name,
            )
    programme = _programme_for(session, draft.programme_id, opened_on)
    problem = _requested_amount_cap(
        _rules_on(session, programme, opened_on),
        draft.requested_amount,
        previous_loans(session, business.id, case.id if case is not None else None).total,
    )
    if problem is not None:
        raise problem
    return {
        "business_id": business.id,
        "advisor_id": draft.advisor_id,
        "source": draft.source,
        "requested_amount": draft.requested_amount,
        "purpose": clean_text(draft.purpose, field=InputField.PURPOSE, max_length=5000),
        "programme_id": programme.id if programme is not None else None,
        "opened_on": opened_on,
        "notes": clean_text(draft.notes, field=InputField.NOTES),
        "previous_case_id": draft.previous_case_id,
    }


def add_missing_checklist(session: Session, case: Case) -> None:
    """Give ``case`` a checklist item (missing) for every document its programme requires."""
    if case.programme_id is None:
        return
    programme = session.get(LoanProgramme, case.programme_id)
    if programme is None:
        return
    present = set(
        session.scalars(select(DocumentRequirement.kind).where(DocumentRequirement.case_id == case.id))
    )
    for kind in programme_row(programme).draft.required_documents:
        if kind not in present:
            session.add(DocumentRequirement(case_id=case.id, kind=kind, status=DocumentStatus.MISSING))


def _fetch_raw(session: Session, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Plain result tuples from the driver, in the session's transaction (no per-row wrapping)."""
    connection = session.connection()
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    except Exception as exc:
        if _is_operational(exc):
            raise translate_db_error(exc) from exc
        raise
    finally:
        cursor.close()


def _is_operational(exc: Exception) -> bool:
    """A driver's "the environment failed" error (locked, disk full, unreachable …)."""
    return type(exc).__name__ == "OperationalError"


class CaseService(Service):
    """Open, edit, list, search and move cases through the workflow."""

    @requires(Permission.EDIT_CASES)
    def open_case(self, draft: CaseDraft) -> CaseDetail:
        """Open a case with the next office number and the programme's document checklist."""
        actor = self._context.user.actor()
        with self._sessions.begin() as session:
            values = _case_values(session, draft)
            number = assign_office_number(session, values["opened_on"].year, actor)
            now = utc_now()
            case = Case(number=number, stage=CaseStage.ENQUIRY, stage_since=now, **values)
            session.add(case)
            session.flush()
            session.add(
                StageChange(
                    case_id=case.id,
                    from_stage=None,
                    to_stage=CaseStage.ENQUIRY,
                    changed_at=now,
                    changed_by=actor,
                    reason="Fall angelegt",
                )
            )
            add_missing_checklist(session, case)
            session.flush()
            logger.info("case %s opened", number)
            return load_detail(session, case.id)

    @requires(Permission.EDIT_CASES)
    def update_case(self, case_id: uuid.UUID, version: int, draft: CaseDraft) -> CaseDetail:
        """Save the case's own fields as edited on ``version``; raises ``ConflictError`` when stale."""
        with self._sessions.begin() as session:
            case = load_for_update(session, Case, case_id, what=Entity.CASE)
            values = _case_values(session, draft, case=case)
            ensure_version(case, version, values)
            apply(case, values)
            flush_checked(session, case, values)
            add_missing_checklist(session, case)
            session.flush()
            return load_detail(session, case.id)

    @requires(Permission.EDIT_CASES)
    def update_affordability(
        self, case_id: uuid.UUID, version: int, inputs: AffordabilityInputs
    ) -> CaseDetail:
        """Save the household budget and the planned term; raises ``ValidationError``/``ConflictError``."""
        for name, value in (
            ("household_income", inputs.household_income),
            ("household_expenses", inputs.household_expenses),
        ):
            if value is not None and value < 0:
                raise ValidationError(
                    "affordability.amount_negative",
                    "The household income and expenses must not be negative. Enter 0 if there is none.",
                    field=name,
                )
        term, grace = inputs.planned_term_months, inputs.planned_grace_months
        if term is not None and not 0 < term <= MAX_TERM_MONTHS:
            raise ValidationError(
                "loan.term_implausible",
                "A term of {term} months is longer than {max_term} months. Check the entry: "
                "the term is given in months, e.g. 48 for four years.",
                field="planned_term_months",
                term=term,
                max_term=MAX_TERM_MONTHS,
            )
        if grace is not None and (grace < 0 or (term is not None and grace >= term)):
            raise ValidationError(
                "loan.grace_not_below_term",
                "The {grace} repayment-free months must be fewer than the term of {term} months, "
                "which includes them. Shorten the repayment-free period or lengthen the term.",
                field="planned_grace_months",
                grace=grace,
                term=term or 0,
            )
        values = {
            "household_income": inputs.household_income,
            "household_expenses": inputs.household_expenses,
            "business_surplus": inputs.business_surplus,
            "planned_term_months": term,
            "planned_grace_months": grace,
        }
        with self._sessions.begin() as session:
            case = load_for_update(session, Case, case_id, what=Entity.CASE)
            ensure_version(case, version, values)
            apply(case, values)
            flush_checked(session, case, values)
            return load_detail(session, case.id)

    @requires(Permission.VIEW_CASES)
    def case(self, case_id: uuid.UUID) -> CaseDetail:
        with self._sessions() as session:
            return load_detail(session, case_id)

    @requires(Permission.VIEW_CASES)
    def case_by_number(self, number: str) -> CaseDetail:
        with self._sessions() as session:
            case_id = session.scalar(select(Case.id).where(Case.number == number.strip().upper()))
            if case_id is None:
                raise ValidationError(
                    "case.number_unknown", "There is no case {number}.", field="number", number=number
                )
            return load_detail(session, case_id)

    @requires(Permission.VIEW_CASES)
    def search(self, query: CaseQuery) -> CasePage:
        """A page of the case list (search as you type, filters, sorting); paged in SQL."""
        sql, params = list_sql(self._sessions.dialect, query)
        with self._sessions() as session:
            raw = _fetch_raw(session, sql, params)
        return page_of(query, raw)

    @requires(Permission.VIEW_CASES)
    def count(self, query: CaseQuery) -> int:
        """How many cases match ``query``."""
        sql, params = count_sql(self._sessions.dialect, query)
        with self._sessions() as session:
            return int(session.connection().exec_driver_sql(sql, params).scalar_one())

    @requires(Permission.VIEW_CASES)
    def years(self) -> list[int]:
        """Years in which cases were opened, newest first (for the year filter)."""
        with self._sessions() as session:
            first = session.scalar(select(Case.opened_on).order_by(Case.opened_on).limit(1))
        if first is None:
            return [today_berlin().year]
        return list(range(today_berlin().year, first.year - 1, -1))

    # -- workflow ----------------------------------------------------------------------------------------

    @requires(Permission.EDIT_CASES)
    def move_to(
        self,
        case_id: uuid.UUID,
        version: int,
        to_stage: CaseStage,
        *,
        reason: str = "",
        outcome: CaseOutcome | None = None,
    ) -> CaseDetail:
        """Move the case forward (or close it with ``outcome``); the guards of the move are checked."""
        with self._sessions.begin() as session:
            case = load_for_update(session, Case, case_id, what=Entity.CASE)
            ensure_version(case, version, {"stage": to_stage})
            move_case(
                session,
                case,
                to_stage,
                actor=self._context.user.actor(),
                reason=clean_text(reason, field=InputField.REASON, max_length=2000),
                outcome=outcome,
            )
            flush_checked(session, case, {"stage": to_stage})
            return load_detail(session, case.id)

    @requires(Permission.EDIT_CASES)
    def move_back(self, case_id: uuid.UUID, version: int, reason: str) -> CaseDetail:
        """Move the case one step back; needs a reason, kept in the history and the audit trail."""
        with self._sessions.begin() as session:
            case = load_for_update(session, Case, case_id, what=Entity.CASE)
            ensure_version(case, version, {"stage": case.stage})
            target = reverse_case(
                session,
                case,
                actor=self._context.user.actor(),
                reason=clean_text(reason, field=InputField.REASON, max_length=2000),
            )
            flush_checked(session, case, {"stage": target})
            return load_detail(session, case.id)

    # -- timeline ----------------------------------------------------------------------------------------

    @requires(Permission.VIEW_CASES)
    def timeline(self, case_id: uuid.UUID) -> list[TimelineEvent]:
        """Every event of the case, newest first: stage changes, consultations and all other changes."""
        with self._sessions() as session:
            load(session, Case, case_id, what=Entity.CASE)
            events: list[TimelineEvent] = []
            for change in session.scalars(select(StageChange).where(StageChange.case_id == case_id)):
                events.append(
                    TimelineEvent(
                        at=change.changed_at,
                        actor=change.changed_by,
                        kind=TimelineKind.STAGE,
                        entity="stage_changes",
                        action="insert",
                        note=change.reason,
                        from_stage=change.from_stage,
                        to_stage=change.to_stage,
                        is_reversal=change.is_reversal,
                    )
                )
            for talk in session.scalars(
                select(Consultation).where(Consultation.case_id == case_id, Consultation.deleted_at.is_(None))
            ):
                noon = datetime.combine(talk.held_on, datetime.min.time().replace(hour=12), BERLIN)
                events.append(
                    TimelineEvent(
                        at=noon,
                        actor=talk.created_by,
                        kind=TimelineKind.CONSULTATION,
                        entity="consultations",
                        action="insert",
                        note=talk.topics,
                        held_on=talk.held_on,
                        minutes=talk.duration_minutes,
                        place=talk.place,
                    )
                )
            skipped = {"stage_changes", "consultations"}
            # Told by the stage changes, or bookkeeping nobody reads.
            quiet = {"stage", "stage_since", "outcome", "closed_on", "id", "case_id", "deleted_at", "loan_id"}
            quiet |= {"requirement_id", "recommendation_id", "origin_key", "version"}
            for entry in session.scalars(select(AuditEntry).where(AuditEntry.case_id == case_id)):
                if entry.entity in skipped or (entry.entity == "cases" and entry.action == "insert"):
                    continue  # the opening is told by its stage change
                changes = tuple(
                    (field, pair[0], pair[1])
                    for field, pair in sorted(entry.changes.items())
                    if isinstance(pair, list)
                    and len(pair) == 2
                    and field not in quiet
                    and not field.endswith("_id")
                    and not (entry.action == "insert" and pair[1] in (None, "", []))
                )
                if entry.action == "event":
                    changes = tuple((field, None, value) for field, value in sorted(entry.changes.items()))
                elif entry.action == "update" and not changes:
                    continue
                events.append(
                    TimelineEvent(
                        at=entry.at,
                        actor=entry.actor,
                        kind=TimelineKind.EVENT if entry.action == "event" else TimelineKind.CHANGE,
                        entity=entry.entity,
                        action=entry.action,
                        changes=changes,
                        note=entry.note,
                    )
                )
        events.sort(key=lambda e: e.at, reverse=True)
        return events
