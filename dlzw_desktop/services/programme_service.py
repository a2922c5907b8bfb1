"""Loan programmes (Kreditprogramme) as data with validity dates, and the lenders; team leads edit them.

A programme's history is a set of rows with the same name and non-overlapping validity periods; the
rules in force on a date are found among them (``domain.programme.programme_in_force``).
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dlzw_desktop.db.models import Lender, LoanProgramme
from dlzw_desktop.domain.enums import DocumentKind
from dlzw_desktop.domain.programme import ProgrammeRules
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.editing import (
    Entity,
    InputField,
    apply,
    clean_line,
    clean_text,
    ensure_version,
    flush_checked,
    load_for_update,
    optional_line,
)
from dlzw_desktop.services.permissions import ANYONE_SIGNED_IN, Permission, requires

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ProgrammeDraft:
    """The editable rules of a programme period."""

    name: str
    valid_from: date
    valid_to: date | None
    first_loan_cap: Decimal
    total_cap: Decimal
    max_term_months: int
    max_grace_months: int
    interest_rate_percent: Decimal
    fee: Decimal
    follow_up_after_months: int
    required_documents: tuple[DocumentKind, ...]
    optional_documents: tuple[DocumentKind, ...] = ()
    notes: str = ""

    @property
    def rules(self) -> ProgrammeRules:
        """The domain rules; constructing them validates the draft (``ValidationError``)."""
        return ProgrammeRules(
            name=self.name,
            valid_from=self.valid_from,
            valid_to=self.valid_to,
            first_loan_cap=self.first_loan_cap,
            total_cap=self.total_cap,
            max_term_months=self.max_term_months,
            max_grace_months=self.max_grace_months,
            interest_rate_percent=self.interest_rate_percent,
            fee=self.fee,
            follow_up_after_months=self.follow_up_after_months,
            required_documents=self.required_documents,
            optional_documents=self.optional_documents,
        )


@dataclass(frozen=True, slots=True)
class ProgrammeRow:
    """A stored programme period."""

    id: uuid.UUID
    version: int
    draft: ProgrammeDraft

    @property
    def name(self) -> str:
        return self.draft.name

    @property
    def rules(self) -> ProgrammeRules:
        return self.draft.rules


@dataclass(frozen=True, slots=True)
class LenderDraft:
    """A lender's name and contact."""

    name: str
    contact_person: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class LenderRow:
    """A stored lender."""

    id: uuid.UUID
    version: int
    draft: LenderDraft

    @property
    def name(self) -> str:
        return self.draft.name


def _kinds(values: list[str] | None) -> tuple[DocumentKind, ...]:
    known = {kind.value for kind in DocumentKind}
    return tuple(DocumentKind(value) for value in values or () if value in known)


def programme_row(row: LoanProgramme) -> ProgrammeRow:
    return ProgrammeRow(
        row.id,
        row.version,
        ProgrammeDraft(
            name=row.name,
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            first_loan_cap=row.first_loan_cap,
            total_cap=row.total_cap,
            max_term_months=row.max_term_months,
            max_grace_months=row.max_grace_months,
            interest_rate_percent=Decimal(row.interest_rate_percent),
            fee=row.fee,
            follow_up_after_months=row.follow_up_after_months,
            required_documents=_kinds(row.required_documents),
            optional_documents=_kinds(row.optional_documents),
            notes=row.notes,
        ),
    )


def programme_family(session: Session, programme_id: uuid.UUID | None) -> list[ProgrammeRules]:
    """The rules of every period of the programme ``programme_id`` belongs to (all programmes if None)."""
    query = select(LoanProgramme).where(LoanProgramme.deleted_at.is_(None))
    if programme_id is not None:
        programme = session.get(LoanProgramme, programme_id)
        if programme is not None:
            query = query.where(LoanProgramme.name == programme.name)
    return [programme_row(row).rules for row in session.scalars(query.order_by(LoanProgramme.valid_from))]


def lender_row(row: Lender) -> LenderRow:
    return LenderRow(
        row.id,
        row.version,
        LenderDraft(row.name, row.contact_person, row.street, row.postcode, row.city, row.email, row.phone),
    )


class ProgrammeService(Service):
    """Read programmes and lenders (everyone); change them (team leads: ``EDIT_PROGRAMMES``)."""

    @requires(ANYONE_SIGNED_IN)
    def programmes(self) -> list[ProgrammeRow]:
        with self._sessions() as session:
            rows = session.scalars(
                select(LoanProgramme)
                .where(LoanProgramme.deleted_at.is_(None))
                .order_by(LoanProgramme.name, LoanProgramme.valid_from)
            )
            return [programme_row(row) for row in rows]

    @requires(ANYONE_SIGNED_IN)
    def programme_in_force(self, on: date, name: str | None = None) -> ProgrammeRow | None:
        """The programme period in force on ``on`` (of programme ``name``, if given); None if none."""
        return next(
            (
                row
                for row in self.programmes()
                if row.rules.in_force_on(on) and (name is None or row.name == name)
            ),
            None,
        )

    @requires(Permission.EDIT_PROGRAMMES)
    def save_programme(
        self, draft: ProgrammeDraft, *, programme_id: uuid.UUID | None = None, version: int | None = None
    ) -> ProgrammeRow:
        """Create (no id) or change a programme period; validity periods of one name must not overlap."""
        rules = draft.rules  # validates
        values = {
            "name": clean_line(draft.name, field=InputField.PROGRAMME_NAME, max_length=200, required=True),
            "valid_from": draft.valid_from,
            "valid_to": draft.valid_to,
            "first_loan_cap": draft.first_loan_cap,
            "total_cap": draft.total_cap,
            "max_term_months": draft.max_term_months,
            "max_grace_months": draft.max_grace_months,
            "interest_rate_percent": draft.interest_rate_percent,
            "fee": draft.fee,
            "follow_up_after_months": draft.follow_up_after_months,
            "required_documents": [kind.value for kind in draft.required_documents],
            "optional_documents": [kind.value for kind in draft.optional_documents],
            "notes": clean_text(draft.notes, field=InputField.NOTES),
        }
        with self._sessions.begin() as session:
            others = session.scalars(
                select(LoanProgramme).where(
                    LoanProgramme.deleted_at.is_(None), LoanProgramme.name == values["name"]
                )
            )
            for other in others:
                if other.id == programme_id:
                    continue
                other_rules = programme_row(other).rules
                starts_before_other_ends = (
                    other_rules.valid_to is None or rules.valid_from <= other_rules.valid_to
                )
                ends_after_other_starts = rules.valid_to is None or rules.valid_to >= other_rules.valid_from
                if starts_before_other_ends and ends_after_other_starts:
                    raise ValidationError(
                        "programme.period_overlaps",
                        "{programme} already has rules {validity}. Let this period start after that one "
                        "ends, or end that period first.",
                        field="valid_from",
                        programme=values["name"],
                        validity=other_rules.validity_text,
                    )
            if programme_id is None:
                row = LoanProgramme(**values)
                session.add(row)
            else:
                row = load_for_update(session, LoanProgramme, programme_id, what=Entity.PROGRAMME)
                ensure_version(row, version, values)
                apply(row, values)
            flush_checked(session, row, values)
            return programme_row(row)

    @requires(ANYONE_SIGNED_IN)
    def lenders(self) -> list[LenderRow]:
        with self._sessions() as session:
            rows = session.scalars(select(Lender).where(Lender.deleted_at.is_(None)).order_by(Lender.name))
            return [lender_row(row) for row in rows]

    @requires(Permission.EDIT_PROGRAMMES)
    def save_lender(
        self, draft: LenderDraft, *, lender_id: uuid.UUID | None = None, version: int | None = None
    ) -> LenderRow:
        values = {
            "name": clean_line(draft.name, field=InputField.LENDER_NAME, max_length=200, required=True),
            "contact_person": optional_line(
                draft.contact_person, field=InputField.CONTACT_PERSON, max_length=200
            ),
            "street": optional_line(draft.street, field=InputField.STREET, max_length=200),
            "postcode": optional_line(draft.postcode, field=InputField.POSTCODE, max_length=10),
            "city": optional_line(draft.city, field=InputField.CITY, max_length=100),
            "email": optional_line(draft.email, field=InputField.EMAIL, max_length=254),
            "phone": optional_line(draft.phone, field=InputField.PHONE, max_length=60),
        }
        with self._sessions.begin() as session:
            clash = session.scalar(select(Lender).where(Lender.name == values["name"]))
            if clash is not None and clash.id != lender_id:
                raise ValidationError(
                    "lender.name_taken",
                    "A lender named {name} is already recorded. Choose it from the list.",
                    field="name",
                    name=values["name"],
                )
            if lender_id is None:
                row = Lender(**values)
                session.add(row)
            else:
                row = load_for_update(session, Lender, lender_id, what=Entity.LENDER)
                ensure_version(row, version, values)
                apply(row, values)
            flush_checked(session, row, values)
            return lender_row(row)
