"""Users of the application, and the people and businesses DLZW advises."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dlzw_desktop.db.base import Base, Tracked
from dlzw_desktop.db.types import UTCDateTime, enum_type
from dlzw_desktop.domain.enums import (
    BusinessRole,
    ConsentForm,
    ConsentPurpose,
    Gender,
    LegalForm,
    MigrationBackground,
    ResidenceStatus,
    Role,
)


class User(Tracked, Base):
    """Someone who signs in: advisor, team lead, reporting or admin."""

    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_type(Role))
    email: Mapped[str | None] = mapped_column(String(254))
    # Deferred: lists of users never load the hash; on PostgreSQL only the owner may read the column.
    password_hash: Mapped[str | None] = mapped_column(String(200), deferred=True)
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Set when an administrator assigns a password: the user chooses their own at the next sign-in.
    must_change_password: Mapped[bool] = mapped_column(default=False)


class Person(Tracked, Base):
    """A human: founder, co-founder or guarantor (Antragsteller/in, Gründer/in)."""

    __tablename__ = "persons"
    __table_args__ = (
        CheckConstraint("length(family_name) > 0", name="family_name_not_empty"),
        CheckConstraint("birth_date IS NULL OR birth_date >= '1900-01-01'", name="birth_date_plausible"),
    )

    family_name: Mapped[str] = mapped_column(String(200), index=True)
    given_names: Mapped[str] = mapped_column(String(200), default="")
    # Indexed for the duplicate check at intake (same birth date or same postcode, then a fuzzy name).
    birth_date: Mapped[date | None] = mapped_column(index=True)
    gender: Mapped[Gender] = mapped_column(enum_type(Gender), default=Gender.NOT_STATED)
    migration_background: Mapped[MigrationBackground] = mapped_column(
        enum_type(MigrationBackground), default=MigrationBackground.NOT_STATED
    )
    residence_status: Mapped[ResidenceStatus] = mapped_column(
        enum_type(ResidenceStatus), default=ResidenceStatus.NOT_STATED
    )
    residence_permit_until: Mapped[date | None]
    preferred_languages: Mapped[str] = mapped_column(String(200), default="")  # ISO 639-1, comma separated
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(60))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10), index=True)
    city: Mapped[str | None] = mapped_column(String(100))
    district_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("districts.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    legal_hold: Mapped[bool] = mapped_column(default=False)
    # Processing restricted (DSGVO Art. 18): kept for a legal hold, no longer edited or used.
    restricted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    memberships: Mapped[list[BusinessMember]] = relationship(back_populates="person")

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.family_name}".strip()


class Business(Tracked, Base):
    """A firm or planned firm (Unternehmen / Vorhaben)."""

    __tablename__ = "businesses"
    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("employees >= 0", name="employees_not_negative"),
    )

    name: Mapped[str] = mapped_column(String(300), index=True)
    legal_form: Mapped[LegalForm] = mapped_column(enum_type(LegalForm), default=LegalForm.SOLE_TRADER)
    sector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sectors.id"), index=True)
    founding_date: Mapped[date | None]
    founding_planned: Mapped[bool] = mapped_column(default=True)
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10), index=True)  # duplicate check by address
    city: Mapped[str | None] = mapped_column(String(100))
    borough_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("boroughs.id"), index=True)
    district_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("districts.id"), index=True)
    employees: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[BusinessMember]] = relationship(back_populates="business")


class BusinessMember(Tracked, Base):
    """A person's role in a business: founder, co-founder or guarantor."""

    __tablename__ = "business_members"
    __table_args__ = (UniqueConstraint("business_id", "person_id", "role"),)

    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    role: Mapped[BusinessRole] = mapped_column(enum_type(BusinessRole))

    business: Mapped[Business] = relationship(back_populates="members")
    person: Mapped[Person] = relationship(back_populates="memberships")


class Consent(Tracked, Base):
    """A person's consent to one purpose, with its date and form; withdrawal keeps the record."""

    __tablename__ = "consents"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_type(ConsentPurpose))
    given_on: Mapped[date]
    form: Mapped[ConsentForm] = mapped_column(enum_type(ConsentForm))
    withdrawn_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")
