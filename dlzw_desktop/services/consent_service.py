"""Consent per purpose (DSGVO Art. 6/7): given with a date and a form, withdrawn with a date, never erased.

A withdrawal keeps the record (the proof that processing was lawful until then); a person who consents
again gets a new record. The purposes are ``domain.enums.ConsentPurpose``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dlzw_desktop.db.models import Consent, Person
from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import ConsentForm, ConsentPurpose
from dlzw_desktop.errors import ConflictError, NotFound, ValidationError
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import Permission, requires


@dataclass(frozen=True, slots=True)
class ConsentRow:
    """One recorded consent."""

    id: uuid.UUID
    person_id: uuid.UUID
    purpose: ConsentPurpose
    given_on: date
    form: ConsentForm
    withdrawn_on: date | None
    note: str
    version: int

    @classmethod
    def of(cls, consent: Consent) -> ConsentRow:
        return cls(
            consent.id,
            consent.person_id,
            consent.purpose,
            consent.given_on,
            consent.form,
            consent.withdrawn_on,
            consent.note,
            consent.version,
        )

    def valid_on(self, day: date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)


@dataclass(frozen=True, slots=True)
class ConsentStatus:
    """Where one purpose stands for a person: the current consent (if any) and the history."""

    purpose: ConsentPurpose
    current: ConsentRow | None
    history: tuple[ConsentRow, ...]

    @property
    def given(self) -> bool:
        return self.current is not None and self.current.withdrawn_on is None


class ConsentService(Service):
    """Record, withdraw and look up consents."""

    @staticmethod
    def _person(session: Session, person_id: uuid.UUID) -> Person:
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise NotFound("person.not_found", "This person no longer exists.")
        return person

    @requires(Permission.VIEW_CASES)
    def person_name(self, person_id: uuid.UUID) -> str:
        with self._sessions() as session:
            return self._person(session, person_id).full_name

    @requires(Permission.VIEW_CASES)
    def consents(self, person_id: uuid.UUID) -> list[ConsentRow]:
        """All consents of a person, newest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(Consent)
                .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
                .order_by(Consent.given_on.desc(), Consent.created_at.desc())
            )
            return [ConsentRow.of(c) for c in rows]

    @requires(Permission.VIEW_CASES)
    def status(self, person_id: uuid.UUID) -> list[ConsentStatus]:
        """Every purpose in order, with its current consent and history."""
        rows = self.consents(person_id)
        result = []
        for purpose in ConsentPurpose:
            history = tuple(r for r in rows if r.purpose is purpose)
            result.append(ConsentStatus(purpose, history[0] if history else None, history))
        return result

    @requires(Permission.VIEW_CASES)
    def has_consent(self, person_id: uuid.UUID, purpose: ConsentPurpose, on: date | None = None) -> bool:
        """Whether the person's consent to ``purpose`` is valid on ``on`` (default: today)."""
        day = on or today_berlin()
        return any(r.purpose is purpose and r.valid_on(day) for r in self.consents(person_id))

    @requires(Permission.EDIT_CASES)
    def record(
        self,
        person_id: uuid.UUID,
        purpose: ConsentPurpose,
        given_on: date,
        form: ConsentForm,
        note: str = "",
    ) -> ConsentRow:
        """Record a consent; refused while a consent to the same purpose is in force."""
        if given_on > today_berlin():
            raise ValidationError(
                "consent.future_date",
                "The consent date {day} lies in the future. Enter the day the person consented.",
                field="given_on",
                day=given_on,
            )
        with self._sessions.begin() as session:
            person = self._person(session, person_id)
            if person.anonymised_at is not None or person.restricted_at is not None:
                raise ValidationError(
                    "consent.person_restricted",
                    "This person's data is anonymised or restricted; no consent can be recorded.",
                    field="person",
                )
            active = session.scalar(
                select(Consent).where(
                    Consent.person_id == person_id,
                    Consent.purpose == purpose,
                    Consent.withdrawn_on.is_(None),
                    Consent.deleted_at.is_(None),
                )
            )
            if active is not None:
                raise ValidationError(
                    "consent.already_given",
                    "Consent to {purpose} is already recorded (given on {day}). Withdraw it first if the "
                    "person consents anew.",
                    field="purpose",
                    purpose=purpose,
                    day=active.given_on,
                )
            consent = Consent(
                person_id=person_id, purpose=purpose, given_on=given_on, form=form, note=note.strip()
            )
            session.add(consent)
            session.flush()
            return ConsentRow.of(consent)

    @requires(Permission.EDIT_CASES)
    def withdraw(self, consent_id: uuid.UUID, version: int, withdrawn_on: date) -> ConsentRow:
        """Record the withdrawal of a consent; ``version`` is what the user saw."""
        with self._sessions.begin() as session:
            consent = session.get(Consent, consent_id)
            if consent is None or consent.deleted_at is not None:
                raise NotFound("consent.not_found", "This consent no longer exists.")
            if consent.version != version:
                raise ConflictError(
                    "consent.changed_meanwhile",
                    "Someone else changed this consent in the meantime. Look at the current state.",
                    mine={"withdrawn_on": withdrawn_on},
                    theirs={"withdrawn_on": consent.withdrawn_on},
                )
            if consent.withdrawn_on is not None:
                raise ValidationError(
                    "consent.already_withdrawn",
                    "This consent was already withdrawn on {day}.",
                    field="withdrawn_on",
                    day=consent.withdrawn_on,
                )
            if withdrawn_on < consent.given_on or withdrawn_on > today_berlin():
                raise ValidationError(
                    "consent.withdrawal_date",
                    "The withdrawal date must lie between the consent date {given} and today.",
                    field="withdrawn_on",
                    given=consent.given_on,
                )
            consent.withdrawn_on = withdrawn_on
            session.flush()
            return ConsentRow.of(consent)
