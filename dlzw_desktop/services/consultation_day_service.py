"""Consultation days (Sprechtage): plan a day with its place, area, partner initiative and advisors; book
persons or cases into its slots, record walk-ins and consultations; print the appointment list and
export the booked slots as a calendar file.

A slot takes as many appointments as the day has advisors (at least one). Cancelled appointments free
their slot. Changing a day's hours is refused while a booked appointment would fall outside the new slots.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dlzw_desktop.db.audit import record_event
from dlzw_desktop.db.models import (
    Appointment,
    Borough,
    Business,
    BusinessMember,
    Case,
    Consultation,
    ConsultationDay,
    ConsultationDayAdvisor,
    District,
    Initiative,
    Person,
    User,
)
from dlzw_desktop.domain.consultation_days import DEFAULT_SLOT_MINUTES, check_hours, slot_end, slot_times
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import AppointmentStatus, BusinessRole, ConsultationPlace
from dlzw_desktop.domain.similarity import fold
from dlzw_desktop.errors import ConflictError, NotFound, ValidationError
from dlzw_desktop.reports import pdf
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import Permission, requires
from dlzw_desktop.services.settings_service import SettingsService

logger = logging.getLogger(__name__)

_ACTIVE = (AppointmentStatus.BOOKED, AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW)


@dataclass(frozen=True, slots=True)
class DayDraft:
    """What a person enters for a consultation day."""

    held_on: date
    place: str
    starts_at: time
    ends_at: time
    slot_minutes: int = DEFAULT_SLOT_MINUTES
    borough_id: uuid.UUID | None = None
    district_id: uuid.UUID | None = None
    initiative_id: uuid.UUID | None = None
    advisor_ids: tuple[uuid.UUID, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class DayRow:
    """A consultation day as lists show it."""

    id: uuid.UUID
    version: int
    held_on: date
    place: str
    borough_id: uuid.UUID | None
    borough_name: str
    district_id: uuid.UUID | None
    district_name: str
    initiative_id: uuid.UUID | None
    initiative_name: str
    starts_at: time
    ends_at: time
    slot_minutes: int
    advisor_ids: tuple[uuid.UUID, ...]
    advisor_names: tuple[str, ...]
    slots: int
    booked: int
    walk_ins: int
    notes: str

    @property
    def capacity(self) -> int:
        return self.slots * max(len(self.advisor_ids), 1)

    @property
    def area(self) -> str:
        """ "Borough / district"; a district named like its borough (Hörde) is named once."""
        parts = [self.borough_name] if self.borough_name else []
        if self.district_name and self.district_name != self.borough_name:
            parts.append(self.district_name)
        return " / ".join(parts)

    def draft(self) -> DayDraft:
        return DayDraft(
            self.held_on,
            self.place,
            self.starts_at,
            self.ends_at,
            self.slot_minutes,
            self.borough_id,
            self.district_id,
            self.initiative_id,
            self.advisor_ids,
            self.notes,
        )


@dataclass(frozen=True, slots=True)
class AppointmentRow:
    """An appointment (booked slot or walk-in) with who it is for."""

    id: uuid.UUID
    version: int
    day_id: uuid.UUID
    starts_at: time
    ends_at: time
    person_id: uuid.UUID | None
    person_name: str
    case_id: uuid.UUID | None
    case_number: str
    business_name: str
    walk_in: bool
    visitor_name: str
    topic: str
    status: AppointmentStatus
    consultation_id: uuid.UUID | None

    @property
    def name(self) -> str:
        """Who comes: the person, else the name given at booking, else the business."""
        return self.person_name or self.visitor_name or self.business_name

    @property
    def active(self) -> bool:
        return self.status is not AppointmentStatus.CANCELLED


@dataclass(frozen=True, slots=True)
class SlotRow:
    """One slot of a day with its appointments (cancelled ones included, they do not count)."""

    starts_at: time
    ends_at: time
    capacity: int
    appointments: tuple[AppointmentRow, ...]

    @property
    def free(self) -> int:
        return max(self.capacity - sum(1 for a in self.appointments if a.active), 0)


@dataclass(frozen=True, slots=True)
class DayDetail:
    """A day with its slots and walk-ins."""

    day: DayRow
    slots: tuple[SlotRow, ...]
    walk_ins: tuple[AppointmentRow, ...]


@dataclass(frozen=True, slots=True)
class BookingDraft:
    """Who to book (a person, a case, or only a name for someone not yet recorded) and why."""

    starts_at: time
    person_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    visitor_name: str = ""
    topic: str = ""


@dataclass(frozen=True, slots=True)
class BookableRow:
    """A person or case that can be booked, for the booking dialog's search."""

    person_id: uuid.UUID | None
    case_id: uuid.UUID | None
    label: str
    detail: str


def _clean(text: str, limit: int) -> str:
    return " ".join(text.split())[:limit]


def _founder(session: Session, business_id: uuid.UUID) -> uuid.UUID | None:
    return session.scalar(
        select(BusinessMember.person_id)
        .where(
            BusinessMember.business_id == business_id,
            BusinessMember.deleted_at.is_(None),
            BusinessMember.role == BusinessRole.FOUNDER,
        )
        .order_by(BusinessMember.created_at)
        .limit(1)
    )


class ConsultationDayService(Service):
    """Plan consultation days, book their slots, record walk-ins and consultations, print and export."""

    # -- reading ---------------------------------------------------------------------------------------

    @requires(Permission.VIEW_CASES)
    def days(self, *, since: date | None = None, until: date | None = None) -> list[DayRow]:
        """Days (not deleted), newest first."""
        with self._sessions() as session:
            query = select(ConsultationDay).where(ConsultationDay.deleted_at.is_(None))
            if since is not None:
                query = query.where(ConsultationDay.held_on >= since)
            if until is not None:
                query = query.where(ConsultationDay.held_on <= until)
            days = list(
                session.scalars(query.order_by(ConsultationDay.held_on.desc(), ConsultationDay.place))
            )
            return self._day_rows(session, days)

    @requires(Permission.VIEW_CASES)
    def day(self, day_id: uuid.UUID) -> DayDetail:
        with self._sessions() as session:
            return self._detail(session, day_id)

    def _day_rows(self, session: Session, days: list[ConsultationDay]) -> list[DayRow]:
        if not days:
            return []
        ids = [day.id for day in days]
        advisors: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
        for day_id, user_id, name in session.execute(
            select(ConsultationDayAdvisor.day_id, User.id, User.display_name)
            .join(User, User.id == ConsultationDayAdvisor.user_id)
            .where(ConsultationDayAdvisor.day_id.in_(ids), ConsultationDayAdvisor.deleted_at.is_(None))
            .order_by(func.lower(User.display_name), User.display_name)
        ):
            advisors.setdefault(day_id, []).append((user_id, name))
        counts: dict[tuple[uuid.UUID, bool], int] = {}
        for day_id, walk_in, count in session.execute(
            select(Appointment.day_id, Appointment.walk_in, func.count())
            .where(
                Appointment.day_id.in_(ids),
                Appointment.deleted_at.is_(None),
                Appointment.status != AppointmentStatus.CANCELLED,
            )
            .group_by(Appointment.day_id, Appointment.walk_in)
        ):
            counts[(day_id, bool(walk_in))] = int(count)
        boroughs = dict(session.execute(select(Borough.id, Borough.name)).all())
        districts = dict(session.execute(select(District.id, District.name)).all())
        initiative_ids = {day.initiative_id for day in days if day.initiative_id}
        initiatives = (
            dict(
                session.execute(
                    select(Initiative.id, Initiative.name).where(Initiative.id.in_(initiative_ids))
                ).all()
            )
            if initiative_ids
            else {}
        )
        rows = []
        for day in days:
            staff = advisors.get(day.id, [])
            try:
                slots = len(slot_times(day.starts_at, day.ends_at, day.slot_minutes))
            except ValidationError:
                slots = 0
            rows.append(
                DayRow(
                    id=day.id,
                    version=day.version,
                    held_on=day.held_on,
                    place=day.place,
                    borough_id=day.borough_id,
                    borough_name=boroughs.get(day.borough_id, "") if day.borough_id else "",
                    district_id=day.district_id,
                    district_name=districts.get(day.district_id, "") if day.district_id else "",
                    initiative_id=day.initiative_id,
                    initiative_name=initiatives.get(day.initiative_id, "") if day.initiative_id else "",
                    starts_at=day.starts_at,
                    ends_at=day.ends_at,
                    slot_minutes=day.slot_minutes,
                    advisor_ids=tuple(user_id for user_id, _name in staff),
                    advisor_names=tuple(name for _user_id, name in staff),
                    slots=slots,
                    booked=counts.get((day.id, False), 0),
                    walk_ins=counts.get((day.id, True), 0),
                    notes=day.notes,
                )
            )
        return rows

    def _load_day(self, session: Session, day_id: uuid.UUID) -> ConsultationDay:
        day = session.get(ConsultationDay, day_id)
        if day is None or day.deleted_at is not None:
            raise NotFound("day.unknown", "This consultation day no longer exists.")
        return day

    def _appointment_rows(self, session: Session, day: ConsultationDay) -> list[AppointmentRow]:
        found = list(
            session.execute(
                select(Appointment, Person, Case, Business)
                .outerjoin(Person, Person.id == Appointment.person_id)
                .outerjoin(Case, Case.id == Appointment.case_id)
                .outerjoin(Business, Business.id == Case.business_id)
                .where(Appointment.day_id == day.id, Appointment.deleted_at.is_(None))
                .order_by(Appointment.starts_at, Appointment.created_at)
            )
        )
        consulted = dict(
            session.execute(
                select(Consultation.person_id, Consultation.id).where(
                    Consultation.consultation_day_id == day.id, Consultation.deleted_at.is_(None)
                )
            ).all()
        )
        consulted_cases = dict(
            session.execute(
                select(Consultation.case_id, Consultation.id).where(
                    Consultation.consultation_day_id == day.id, Consultation.deleted_at.is_(None)
                )
            ).all()
        )
        rows = []
        for appointment, person, case, business in found:
            consultation = None
            if appointment.case_id is not None:
                consultation = consulted_cases.get(appointment.case_id)
            if consultation is None and appointment.person_id is not None:
                consultation = consulted.get(appointment.person_id)
            rows.append(
                AppointmentRow(
                    id=appointment.id,
                    version=appointment.version,
                    day_id=day.id,
                    starts_at=appointment.starts_at,
                    ends_at=slot_end(appointment.starts_at, day.slot_minutes),
                    person_id=appointment.person_id,
                    person_name=person.full_name if person is not None else "",
                    case_id=appointment.case_id,
                    case_number=case.number if case is not None else "",
                    business_name=business.name if business is not None else "",
                    walk_in=appointment.walk_in,
                    visitor_name=appointment.visitor_name,
                    topic=appointment.topic,
                    status=appointment.status,
                    consultation_id=consultation,
                )
            )
        return rows

    def _detail(self, session: Session, day_id: uuid.UUID) -> DayDetail:
        day = self._load_day(session, day_id)
        row = self._day_rows(session, [day])[0]
        appointments = self._appointment_rows(session, day)
        capacity = max(len(row.advisor_ids), 1)
        by_time: dict[time, list[AppointmentRow]] = {}
        walk_ins: list[AppointmentRow] = []
        for appointment in appointments:
            if appointment.walk_in:
                walk_ins.append(appointment)
            else:
                by_time.setdefault(appointment.starts_at, []).append(appointment)
        slots = []
        try:
            grid = slot_times(day.starts_at, day.ends_at, day.slot_minutes)
        except ValidationError:
            grid = []
        for start in grid:
            slots.append(
                SlotRow(start, slot_end(start, day.slot_minutes), capacity, tuple(by_time.pop(start, [])))
            )
        # Appointments off the grid (hours changed by a merge from a laptop): shown, never hidden.
        for start, stray in sorted(by_time.items()):
            slots.append(SlotRow(start, slot_end(start, day.slot_minutes), 0, tuple(stray)))
        slots.sort(key=lambda slot: slot.starts_at)
        return DayDetail(row, tuple(slots), tuple(walk_ins))

    # -- planning --------------------------------------------------------------------------------------

    def _validated(self, session: Session, draft: DayDraft) -> dict[str, object]:
        place = _clean(draft.place, 300)
        if not place:
            raise ValidationError(
                "day.place_missing", "Enter where the consultation day takes place.", field="place"
            )
        check_hours(draft.starts_at, draft.ends_at, draft.slot_minutes)
        borough_id = draft.borough_id
        if draft.district_id is not None:
            district = session.get(District, draft.district_id)
            if district is None:
                raise ValidationError(
                    "day.district_unknown", "Choose the district from the list.", field="district_id"
                )
            if borough_id is not None and district.borough_id != borough_id:
                raise ValidationError(
                    "day.district_outside_borough",
                    "The district {district} does not belong to the chosen borough. Choose a matching pair.",
                    field="district_id",
                    district=district.name,
                )
            borough_id = district.borough_id
        if borough_id is not None and session.get(Borough, borough_id) is None:
            raise ValidationError(
                "day.borough_unknown", "Choose the borough from the list.", field="borough_id"
            )
        if draft.initiative_id is not None:
            initiative = session.get(Initiative, draft.initiative_id)
            if initiative is None or initiative.deleted_at is not None:
                raise ValidationError(
                    "day.initiative_unknown",
                    "Choose the partner initiative from the list.",
                    field="initiative_id",
                )
        return {
            "held_on": draft.held_on,
            "place": place,
            "borough_id": borough_id,
            "district_id": draft.district_id,
            "initiative_id": draft.initiative_id,
            "starts_at": draft.starts_at,
            "ends_at": draft.ends_at,
            "slot_minutes": draft.slot_minutes,
            "notes": draft.notes.strip(),
        }

    def _set_advisors(self, session: Session, day_id: uuid.UUID, advisor_ids: Iterable[uuid.UUID]) -> None:
        wanted = set(advisor_ids)
        for user_id in wanted:
            user = session.get(User, user_id)
            if user is None or user.deleted_at is not None:
                raise ValidationError(
                    "day.advisor_unknown", "Choose the advisors from the list.", field="advisor_ids"
                )
        existing = {
            link.user_id: link
            for link in session.scalars(
                select(ConsultationDayAdvisor).where(ConsultationDayAdvisor.day_id == day_id)
            )
        }
        for user_id, link in existing.items():
            if user_id not in wanted and link.deleted_at is None:
                link.deleted_at = utc_now()
            elif user_id in wanted and link.deleted_at is not None:
                link.deleted_at = None
        for user_id in wanted - set(existing):
            session.add(ConsultationDayAdvisor(day_id=day_id, user_id=user_id))

    @requires(Permission.EDIT_CASES)
    def create_day(self, draft: DayDraft) -> DayDetail:
        with self._sessions.begin() as session:
            values = self._validated(session, draft)
            day = ConsultationDay(**values)
            session.add(day)
            session.flush()
            self._set_advisors(session, day.id, draft.advisor_ids)
            session.flush()
            logger.info("consultation day %s planned", day.id)
            return self._detail(session, day.id)

    @requires(Permission.EDIT_CASES)
    def update_day(self, day_id: uuid.UUID, version: int, draft: DayDraft) -> DayDetail:
        with self._sessions.begin() as session:
            day = self._load_day(session, day_id)
            if day.version != version:
                raise ConflictError(
                    "day.changed",
                    "Someone else changed this consultation day in the meantime. Reload it and enter your "
                    "change again.",
                    mine={"place": draft.place},
                    theirs={"place": day.place},
                )
            values = self._validated(session, draft)
            grid = set(slot_times(draft.starts_at, draft.ends_at, draft.slot_minutes))
            stranded = sorted(
                appointment.starts_at
                for appointment in session.scalars(
                    select(Appointment).where(
                        Appointment.day_id == day_id,
                        Appointment.deleted_at.is_(None),
                        Appointment.walk_in.is_(False),
                        Appointment.status.in_(_ACTIVE),
                    )
                )
                if appointment.starts_at not in grid
            )
            if stranded:
                raise ValidationError(
                    "day.bookings_outside",
                    "Appointments are booked at {times}, which the new hours or slot length would drop. Move "
                    "or cancel them first.",
                    field="starts_at",
                    times=", ".join(moment.strftime("%H:%M") for moment in stranded),
                )
            for key, value in values.items():
                setattr(day, key, value)
            self._set_advisors(session, day.id, draft.advisor_ids)
            session.flush()
            return self._detail(session, day.id)

    @requires(Permission.EDIT_CASES)
    def delete_day(self, day_id: uuid.UUID, version: int) -> None:
        """Mark a day deleted; refused while appointments are booked (cancel them first)."""
        with self._sessions.begin() as session:
            day = self._load_day(session, day_id)
            if day.version != version:
                raise ConflictError(
                    "day.changed",
                    "Someone else changed this consultation day in the meantime. Reload it and enter your "
                    "change again.",
                )
            booked = session.scalar(
                select(func.count())
                .select_from(Appointment)
                .where(
                    Appointment.day_id == day_id,
                    Appointment.deleted_at.is_(None),
                    Appointment.status == AppointmentStatus.BOOKED,
                )
            )
            if booked:
                raise ValidationError(
                    "day.has_bookings",
                    "{count} appointments are still booked on this day. Cancel them (and let the people "
                    "know) before you delete the day.",
                    count=booked,
                )
            day.deleted_at = utc_now()

    # -- booking -----------------------------------------------------------------------------------------

    def _who(
        self, session: Session, person_id: uuid.UUID | None, case_id: uuid.UUID | None, visitor: str
    ) -> tuple[uuid.UUID | None, uuid.UUID | None, str]:
        name = _clean(visitor, 200)
        if case_id is not None:
            case = session.get(Case, case_id)
            if case is None or case.deleted_at is not None:
                raise NotFound("appointment.case_unknown", "This case no longer exists.")
            if person_id is None:
                person_id = _founder(session, case.business_id)
        if person_id is not None:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFound("appointment.person_unknown", "This person no longer exists.")
        if person_id is None and case_id is None and not name:
            raise ValidationError(
                "appointment.nobody",
                "Choose a person or case, or enter the name of the visitor.",
                field="visitor_name",
            )
        return person_id, case_id, name

    @requires(Permission.EDIT_CASES)
    def book(self, day_id: uuid.UUID, draft: BookingDraft) -> AppointmentRow:
        """Book a slot; refused when the time is not a slot of the day or the slot is full."""
        with self._sessions.begin() as session:
            day = self._load_day(session, day_id)
            grid = slot_times(day.starts_at, day.ends_at, day.slot_minutes)
            if draft.starts_at not in grid:
                raise ValidationError(
                    "appointment.not_a_slot",
                    "{time} is not a slot of this day. Choose one of the listed times.",
                    field="starts_at",
                    time=draft.starts_at.strftime("%H:%M"),
                )
            detail = self._detail(session, day_id)
            slot = next(s for s in detail.slots if s.starts_at == draft.starts_at)
            if slot.free <= 0:
                raise ConflictError(
                    "appointment.slot_full",
                    "The slot at {time} is taken. Choose another time.",
                    time=draft.starts_at.strftime("%H:%M"),
                )
            person_id, case_id, name = self._who(session, draft.person_id, draft.case_id, draft.visitor_name)
            appointment = Appointment(
                day_id=day_id,
                starts_at=draft.starts_at,
                person_id=person_id,
                case_id=case_id,
                walk_in=False,
                visitor_name=name,
                topic=_clean(draft.topic, 300),
                status=AppointmentStatus.BOOKED,
            )
            session.add(appointment)
            session.flush()
            return self._row(session, day, appointment.id)

    @requires(Permission.EDIT_CASES)
    def record_walk_in(self, day_id: uuid.UUID, draft: BookingDraft) -> AppointmentRow:
        """Someone came without an appointment (at ``draft.starts_at``); counted as attended."""
        with self._sessions.begin() as session:
            day = self._load_day(session, day_id)
            person_id, case_id, name = self._who(session, draft.person_id, draft.case_id, draft.visitor_name)
            appointment = Appointment(
                day_id=day_id,
                starts_at=draft.starts_at,
                person_id=person_id,
                case_id=case_id,
                walk_in=True,
                visitor_name=name,
                topic=_clean(draft.topic, 300),
                status=AppointmentStatus.ATTENDED,
            )
            session.add(appointment)
            session.flush()
            return self._row(session, day, appointment.id)

    def _row(self, session: Session, day: ConsultationDay, appointment_id: uuid.UUID) -> AppointmentRow:
        return next(row for row in self._appointment_rows(session, day) if row.id == appointment_id)

    def _load_appointment(self, session: Session, appointment_id: uuid.UUID, version: int) -> Appointment:
        appointment = session.get(Appointment, appointment_id)
        if appointment is None or appointment.deleted_at is not None:
            raise NotFound("appointment.unknown", "This appointment no longer exists.")
        if appointment.version != version:
            raise ConflictError(
                "appointment.changed",
                "Someone else changed this appointment in the meantime. Reload the day and try again.",
                theirs={"status": appointment.status},
            )
        return appointment

    @requires(Permission.EDIT_CASES)
    def set_status(
        self, appointment_id: uuid.UUID, version: int, status: AppointmentStatus
    ) -> AppointmentRow:
        """Attended, no-show, cancelled (frees the slot) or booked again (if the slot is still free)."""
        with self._sessions.begin() as session:
            appointment = self._load_appointment(session, appointment_id, version)
            day = self._load_day(session, appointment.day_id)
            if (
                status is not AppointmentStatus.CANCELLED
                and appointment.status is AppointmentStatus.CANCELLED
                and not appointment.walk_in
            ):
                slot = next(
                    (s for s in self._detail(session, day.id).slots if s.starts_at == appointment.starts_at),
                    None,
                )
                if slot is None or slot.free <= 0:
                    raise ConflictError(
                        "appointment.slot_full",
                        "The slot at {time} is taken. Choose another time.",
                        time=appointment.starts_at.strftime("%H:%M"),
                    )
            appointment.status = status
            session.flush()
            return self._row(session, day, appointment.id)

    @requires(Permission.EDIT_CASES)
    def update_topic(self, appointment_id: uuid.UUID, version: int, topic: str) -> AppointmentRow:
        with self._sessions.begin() as session:
            appointment = self._load_appointment(session, appointment_id, version)
            appointment.topic = _clean(topic, 300)
            session.flush()
            return self._row(session, self._load_day(session, appointment.day_id), appointment.id)

    @requires(Permission.EDIT_CASES)
    def record_consultation(
        self, appointment_id: uuid.UUID, version: int, minutes: int, topics: str = "", notes: str = ""
    ) -> AppointmentRow:
        """Log the conversation of an appointment as a consultation of its case or person (on the day,
        at the day's place, by the signed-in advisor) and mark the appointment attended."""
        principal = self._context.user.principal
        if not 0 < minutes <= 1440:
            raise ValidationError(
                "consultation.duration",
                "Enter how many minutes the consultation took (1 to 1440).",
                field="minutes",
            )
        with self._sessions.begin() as session:
            appointment = self._load_appointment(session, appointment_id, version)
            if appointment.person_id is None and appointment.case_id is None:
                raise ValidationError(
                    "appointment.no_person",
                    "Record the visitor as a person (or open a case) and link them to the appointment first; "
                    "a consultation belongs to a person or a case.",
                )
            day = self._load_day(session, appointment.day_id)
            session.add(
                Consultation(
                    case_id=appointment.case_id,
                    person_id=appointment.person_id,
                    consultation_day_id=day.id,
                    advisor_id=principal.user_id,
                    held_on=day.held_on,
                    duration_minutes=minutes,
                    place=ConsultationPlace.CONSULTATION_DAY,
                    topics=_clean(topics or appointment.topic, 500),
                    notes=notes.strip(),
                )
            )
            appointment.status = AppointmentStatus.ATTENDED
            session.flush()
            return self._row(session, day, appointment.id)

    @requires(Permission.EDIT_CASES)
    def link_appointment(
        self, appointment_id: uuid.UUID, version: int, person_id: uuid.UUID | None, case_id: uuid.UUID | None
    ) -> AppointmentRow:
        """Link an appointment booked under a name to the person (and case) recorded for the visitor."""
        with self._sessions.begin() as session:
            appointment = self._load_appointment(session, appointment_id, version)
            person, case, _name = self._who(session, person_id, case_id, appointment.visitor_name or "x")
            appointment.person_id = person
            appointment.case_id = case
            session.flush()
            return self._row(session, self._load_day(session, appointment.day_id), appointment.id)

    @requires(Permission.VIEW_CASES)
    def search_bookable(self, text: str, *, limit: int = 30) -> list[BookableRow]:
        """Persons by name and cases by number or business name, for booking; case and accents do not
        matter ("ozturk" finds "Öztürk")."""
        words = [fold(word) for word in text.split()]
        if not words:
            return []

        def matches(*parts: str | None) -> bool:
            haystack = fold(" ".join(part for part in parts if part))
            return all(word in haystack for word in words)

        rows: list[BookableRow] = []
        with self._sessions() as session:
            # Folding happens here, not in SQL: SQLite's lower() knows ASCII only.
            people = session.execute(
                select(Person.id, Person.given_names, Person.family_name, Person.birth_date, Person.postcode)
                .where(Person.deleted_at.is_(None), Person.anonymised_at.is_(None))
                .order_by(Person.family_name, Person.given_names)
            )
            for person_id, given, family, born, postcode in people:
                if matches(given, family):
                    detail = born.strftime("%d.%m.%Y") if born else (postcode or "")
                    rows.append(BookableRow(person_id, None, f"{given} {family}".strip(), detail))
                    if len(rows) >= limit:
                        break
            cases = session.execute(
                select(Case.id, Case.number, Business.name)
                .join(Business, Business.id == Case.business_id)
                .where(Case.deleted_at.is_(None))
                .order_by(Case.opened_on.desc(), Case.number)
            )
            found = 0
            for case_id, number, business in cases:
                if matches(number, business):
                    rows.append(BookableRow(None, case_id, number, business))
                    found += 1
                    if found >= limit:
                        break
        return rows

    # -- outputs -----------------------------------------------------------------------------------------

    @requires(Permission.EXPORT_DATA)
    def appointment_list_pdf(self, day_id: uuid.UUID, path: Path) -> Path:
        """The day's appointment list as PDF (German)."""
        from dlzw_desktop.reports.appointment_list_pdf import (  # noqa: PLC0415 - reportlab on first use
            AppointmentLine,
            AppointmentList,
            write_appointment_list,
        )

        detail = self.day(day_id)
        day = detail.day
        lines = []
        for slot in detail.slots:
            active = [a for a in slot.appointments if a.active]
            for a in active:
                lines.append(
                    AppointmentLine(slot.starts_at, slot.ends_at, a.name, a.case_number, a.topic, a.status)
                )
            # One line per free place, to be filled in by hand on the day.
            for _place in range(max(slot.capacity - len(active), 0)):
                lines.append(AppointmentLine(slot.starts_at, slot.ends_at, "", "", "", None))
        walk_ins = tuple(
            AppointmentLine(a.starts_at, a.ends_at, a.name, a.case_number, a.topic, a.status)
            for a in detail.walk_ins
            if a.active
        )
        data = AppointmentList(
            held_on=day.held_on,
            place=day.place,
            area=day.area,
            initiative=day.initiative_name,
            advisors=day.advisor_names,
            starts_at=day.starts_at,
            ends_at=day.ends_at,
            slot_minutes=day.slot_minutes,
            slots=tuple(lines),
            walk_ins=walk_ins,
        )
        shared = SettingsService(self._context).shared()
        letterhead = pdf.Letterhead(
            shared.organisation_name,
            shared.organisation_unit,
            shared.letterhead_address,
            shared.letterhead_contact,
        )
        principal = self._context.user.principal
        write_appointment_list(path, data, letterhead, author=principal.display_name)
        with self._sessions.begin() as session:
            record_event(
                session,
                "consultation_days",
                day_id,
                "appointment list PDF written",
                details={"path": str(path)},
            )
        return path

    @requires(Permission.EXPORT_DATA)
    def export_calendar(self, day_id: uuid.UUID, path: Path) -> Path:
        """The day's booked slots as an ``.ics`` file (one event per booked appointment)."""
        from dlzw_desktop.reports.appointments_ics import CalendarEntry, write_calendar  # noqa: PLC0415

        detail = self.day(day_id)
        day = detail.day
        entries = []
        for slot in detail.slots:
            for appointment in slot.appointments:
                if appointment.status is AppointmentStatus.CANCELLED:
                    continue
                description = "\n".join(
                    part
                    for part in (
                        f"Anliegen: {appointment.topic}" if appointment.topic else "",
                        f"Fall: {appointment.case_number}" if appointment.case_number else "",
                        f"Unternehmen: {appointment.business_name}" if appointment.business_name else "",
                        f"Partnerinitiative: {day.initiative_name}" if day.initiative_name else "",
                    )
                    if part
                )
                entries.append(
                    CalendarEntry(
                        uid=f"{appointment.id}@dlzw-desktop",
                        held_on=day.held_on,
                        starts_at=appointment.starts_at,
                        ends_at=appointment.ends_at,
                        summary=f"Sprechtag: {appointment.name}",
                        location=day.place,
                        description=description,
                    )
                )
        write_calendar(path, entries, f"Sprechtag {day.held_on:%d.%m.%Y} {day.place}")
        with self._sessions.begin() as session:
            record_event(
                session,
                "consultation_days",
                day_id,
                "calendar file written",
                details={"path": str(path), "events": len(entries)},
            )
        return path
