"""Target quarters, local initiatives and their meetings, and neighbourhood consultation days."""

from __future__ import annotations

import uuid
from datetime import date, time
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dlzw_desktop.db.base import Base, Tracked
from dlzw_desktop.db.types import enum_type
from dlzw_desktop.domain.enums import AppointmentStatus, InitiativeKind, QuarterStatus
from dlzw_desktop.domain.neighbourhood import DistrictIndicator


class Quarter(Tracked, Base):
    """Quartier: a target area of one or more districts, with value-creation goals."""

    __tablename__ = "quarters"
    __table_args__ = (CheckConstraint("base_year >= 2000 AND base_year <= 2100", name="base_year_range"),)

    name: Mapped[str] = mapped_column(String(200), unique=True)
    base_year: Mapped[int]
    lwsi_goal_percent: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal(10))
    goal_reactivated_units: Mapped[int | None]
    goal_recommended_loans: Mapped[int | None]
    goal_jobs: Mapped[int | None]
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[QuarterStatus] = mapped_column(enum_type(QuarterStatus), default=QuarterStatus.ACTIVE)
    allow_overlap: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class QuarterDistrict(Tracked, Base):
    """Membership of a district in a quarter."""

    __tablename__ = "quarter_districts"
    __table_args__ = (UniqueConstraint("quarter_id", "district_id"),)

    quarter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("quarters.id"), index=True)
    district_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("districts.id"), index=True)


class Initiative(Tracked, Base):
    """Initiative / Standortgemeinschaft: a local network of traders, creatives and owners."""

    __tablename__ = "initiatives"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[InitiativeKind] = mapped_column(enum_type(InitiativeKind), default=InitiativeKind.MIXED)
    quarter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("quarters.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class InitiativeDistrict(Tracked, Base):
    """A district an initiative covers."""

    __tablename__ = "initiative_districts"
    __table_args__ = (UniqueConstraint("initiative_id", "district_id"),)

    initiative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("initiatives.id"), index=True)
    district_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("districts.id"))


class InitiativeMember(Tracked, Base):
    """A business or person in an initiative, with a role and whether they may be contacted."""

    __tablename__ = "initiative_members"
    __table_args__ = (
        CheckConstraint("(person_id IS NULL) <> (business_id IS NULL)", name="person_or_business"),
    )

    initiative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("initiatives.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))
    business_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("businesses.id"))
    role: Mapped[str] = mapped_column(String(100), default="")
    is_contact: Mapped[bool] = mapped_column(default=False)


class InitiativeMeeting(Tracked, Base):
    """A meeting of an initiative: date, participants and minutes."""

    __tablename__ = "initiative_meetings"

    initiative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("initiatives.id"), index=True)
    held_on: Mapped[date]
    participants: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")


class MeetingAction(Tracked, Base):
    """An agreed action with an owner and a due date; it becomes a reminder."""

    __tablename__ = "meeting_actions"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("initiative_meetings.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date]
    reminder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("reminders.id"))


class MeetingMissingOffer(Tracked, Base):
    """An offer the neighbourhood misses, as noted at a meeting; it feeds the demand profile."""

    __tablename__ = "meeting_missing_offers"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("initiative_meetings.id"), index=True)
    sector_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sectors.id"))
    district_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("districts.id"))
    weight: Mapped[Decimal] = mapped_column(Numeric(4, 2), default=Decimal(1))
    note: Mapped[str] = mapped_column(Text, default="")


class ConsultationDay(Tracked, Base):
    """Sprechtag: an advisory day in a neighbourhood, with appointment slots."""

    __tablename__ = "consultation_days"
    __table_args__ = (
        CheckConstraint("slot_minutes >= 5 AND slot_minutes <= 240", name="slot_length"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )

    held_on: Mapped[date] = mapped_column(index=True)
    place: Mapped[str] = mapped_column(String(300))
    borough_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("boroughs.id"))
    district_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("districts.id"))
    initiative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("initiatives.id"))
    starts_at: Mapped[time]
    ends_at: Mapped[time]
    slot_minutes: Mapped[int] = mapped_column(default=30)
    notes: Mapped[str] = mapped_column(Text, default="")


class ConsultationDayAdvisor(Tracked, Base):
    """An advisor staffing a consultation day."""

    __tablename__ = "consultation_day_advisors"
    __table_args__ = (UniqueConstraint("day_id", "user_id"),)

    day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultation_days.id"), index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class Appointment(Tracked, Base):
    """A booked slot (or a walk-in) on a consultation day."""

    __tablename__ = "appointments"

    day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultation_days.id"), index=True)
    starts_at: Mapped[time]
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"))
    walk_in: Mapped[bool] = mapped_column(default=False)
    visitor_name: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[AppointmentStatus] = mapped_column(
        enum_type(AppointmentStatus), default=AppointmentStatus.BOOKED
    )


class DistrictStatistic(Tracked, Base):
    """An imported figure of the city's district statistics (district or whole city, year, source)."""

    __tablename__ = "district_statistics"
    __table_args__ = (
        CheckConstraint("year >= 1990 AND year <= 2100", name="year_range"),
        CheckConstraint("value >= 0", name="value_not_negative"),
        CheckConstraint("length(source) > 0", name="source_not_empty"),
    )

    # NULL: the figure for the whole city as published (not a sum of districts).
    district_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("districts.id"), index=True)
    indicator: Mapped[DistrictIndicator] = mapped_column(enum_type(DistrictIndicator))
    year: Mapped[int] = mapped_column(index=True)
    value: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    source: Mapped[str] = mapped_column(String(300))
