"""Consultations (Beratungen): date, minutes, advisor, place, topics and notes. Their minutes are the
staff-time input of the programme cost (``minutes`` × the hourly rate in the shared settings)."""

from __future__ import annotations

import logging
import re
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dlzw_desktop.db.models import Case, Consultation, Person, User
from dlzw_desktop.domain.dates import today_berlin, utc_now
from dlzw_desktop.domain.enums import CaseStage, ConsultationPlace
from dlzw_desktop.domain.money import round_cents
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.case_detail import CaseDetail, count_minutes, load_detail, move_case
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

MAX_MINUTES = 600  # a consultation of more than ten hours is a typing error (e.g. 900 for 90)
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True, slots=True)
class ConsultationDraft:
    """A consultation as the advisor records it."""

    held_on: date
    duration_minutes: int
    place: ConsultationPlace = ConsultationPlace.OFFICE
    topics: str = ""
    notes: str = ""
    advisor_id: uuid.UUID | None = None
    language: str = "de"
    person_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class ConsultationMinutes:
    """Consultation time of a year and what it costs at the staff hourly rate."""

    year: int
    consultations: int
    minutes: int
    clients: int
    hourly_rate: Decimal
    staff_cost: Decimal

    @property
    def hours(self) -> Decimal:
        return (Decimal(self.minutes) / 60).quantize(Decimal("0.1"))


def _values(draft: ConsultationDraft) -> dict[str, object]:
    if draft.held_on > today_berlin():
        raise ValidationError(
            "consultation.in_future",
            "A consultation is recorded after it took place; {date} lies in the future. Use a reminder to "
            "plan one.",
            field="held_on",
            date=draft.held_on,
        )
    if draft.held_on < date(2000, 1, 1):
        raise ValidationError(
            "consultation.too_early",
            "The date {date} is before 2000. Please check the year.",
            field="held_on",
            date=draft.held_on,
        )
    if not 0 < draft.duration_minutes <= MAX_MINUTES:
        raise ValidationError(
            "consultation.duration_implausible",
            "Enter the duration in minutes, between 1 and {max_minutes} (you entered {minutes}).",
            field="duration_minutes",
            minutes=draft.duration_minutes,
            max_minutes=MAX_MINUTES,
        )
    language = draft.language.strip().casefold() or "de"
    if not _LANGUAGE.match(language):
        raise ValidationError(
            "person.language_invalid",
            "'{language}' is not a language code. Use two letters, e.g. de, tr, ar, pl, uk.",
            field="language",
            language=language,
        )
    return {
        "held_on": draft.held_on,
        "duration_minutes": draft.duration_minutes,
        "place": draft.place,
        "topics": clean_line(draft.topics, field=InputField.TOPICS, max_length=500),
        "notes": clean_text(draft.notes, field=InputField.NOTES),
        "advisor_id": draft.advisor_id,
        "language": language,
        "person_id": draft.person_id,
    }


class ConsultationService(Service):
    """Record, correct and remove consultations of a case; consultation time per year."""

    @requires(Permission.EDIT_CASES)
    def add(self, case_id: uuid.UUID, draft: ConsultationDraft) -> CaseDetail:
        """Record a consultation. The first one moves a case from enquiry to consulting."""
        actor = self._context.user.actor()
        with self._sessions.begin() as session:
            case = load_for_update(session, Case, case_id, what=Entity.CASE)
            values = _values(draft)
            if values["advisor_id"] is None:
                values["advisor_id"] = self._context.user.principal.user_id or case.advisor_id
            if values["advisor_id"] is not None:
                load(session, User, values["advisor_id"], what=Entity.USER)
            if values["person_id"] is not None:
                load(session, Person, values["person_id"], what=Entity.PERSON)
            session.add(Consultation(case_id=case.id, **values))
            if case.stage is CaseStage.ENQUIRY:
                move_case(session, case, CaseStage.CONSULTING, actor=actor, reason="Erste Beratung erfasst")
            session.flush()
            return load_detail(session, case.id)

    @requires(Permission.EDIT_CASES)
    def update(self, consultation_id: uuid.UUID, version: int, draft: ConsultationDraft) -> CaseDetail:
        with self._sessions.begin() as session:
            talk = load_for_update(session, Consultation, consultation_id, what=Entity.CONSULTATION)
            values = _values(draft)
            if values["advisor_id"] is None:
                values["advisor_id"] = talk.advisor_id
            ensure_version(talk, version, values)
            apply(talk, values)
            flush_checked(session, talk, values)
            assert talk.case_id is not None
            return load_detail(session, talk.case_id)

    @requires(Permission.EDIT_CASES)
    def delete(self, consultation_id: uuid.UUID, version: int) -> CaseDetail:
        """Mark a consultation as deleted (it stays in the audit trail)."""
        with self._sessions.begin() as session:
            talk = load_for_update(session, Consultation, consultation_id, what=Entity.CONSULTATION)
            ensure_version(talk, version, {"deleted_at": utc_now()})
            talk.deleted_at = utc_now()
            flush_checked(session, talk, {"deleted_at": talk.deleted_at})
            assert talk.case_id is not None
            return load_detail(session, talk.case_id)

    @requires(Permission.VIEW_REPORTS)
    def minutes(self, year: int) -> ConsultationMinutes:
        """Consultation time in ``year`` and its staff cost (the programme cost input)."""
        rate = SettingsService(self._context).shared().staff_hourly_rate
        with self._sessions() as session:
            count, minutes, clients = count_minutes(session, year)
        cost = round_cents(Decimal(minutes) / 60 * rate)
        return ConsultationMinutes(year, count, minutes, clients, rate, cost)
