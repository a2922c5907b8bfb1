"""Retention rules (Löschfristen): how long each kind of record is kept, and when a person is due.

A person is anonymised once every record about them is past its period: each closed case by its kind
(with or without a recommendation/loan), and for people without any case the last contact. An open case
keeps the person. Periods run from the closing date (or the last contact) and are counted in months.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dlzw_desktop.domain.dates import add_months
from dlzw_desktop.domain.statistics import age_group
from dlzw_desktop.errors import ValidationError


class RecordType(StrEnum):
    """Kinds of records with their own retention period."""

    CASE_WITH_LOAN = "case_with_loan"
    CASE_WITHOUT_LOAN = "case_without_loan"
    CONTACT_WITHOUT_CASE = "contact_without_case"
    ATTACHMENT = "attachment"
    APPOINTMENT = "appointment"
    SPACE_REQUEST = "space_request"


# Defaults, justified in docs/datenschutz.md.
DEFAULT_MONTHS: Mapping[RecordType, int] = {
    RecordType.CASE_WITH_LOAN: 120,
    RecordType.CASE_WITHOUT_LOAN: 36,
    RecordType.CONTACT_WITHOUT_CASE: 24,
    RecordType.ATTACHMENT: 12,
    RecordType.APPOINTMENT: 12,
    RecordType.SPACE_REQUEST: 24,
}
MAX_MONTHS = 360


@dataclass(frozen=True, slots=True)
class RetentionRules:
    """Months to keep each record type."""

    months: Mapping[RecordType, int]

    @classmethod
    def defaults(cls) -> RetentionRules:
        return cls(dict(DEFAULT_MONTHS))

    @classmethod
    def of(cls, stored: Mapping[str, object]) -> RetentionRules:
        """Rules from stored settings; unknown keys are ignored, missing ones take the default."""
        months = dict(DEFAULT_MONTHS)
        for kind in RecordType:
            raw = stored.get(kind.value)
            if isinstance(raw, int) and not isinstance(raw, bool):
                months[kind] = raw
        return cls(months)

    def with_months(self, changes: Mapping[RecordType, int]) -> RetentionRules:
        merged = dict(self.months)
        for kind, value in changes.items():
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MONTHS:
                raise ValidationError(
                    "retention.months_out_of_range",
                    "A retention period must be between 1 and {maximum} months.",
                    field=kind.value,
                    maximum=MAX_MONTHS,
                )
            merged[kind] = value
        # A case with a loan is never kept shorter than one without.
        if merged[RecordType.CASE_WITH_LOAN] < merged[RecordType.CASE_WITHOUT_LOAN]:
            raise ValidationError(
                "retention.loan_shorter",
                "Cases with a loan must be kept at least as long as cases without one.",
                field=RecordType.CASE_WITH_LOAN.value,
            )
        return RetentionRules(merged)

    def stored(self) -> dict[str, int]:
        return {kind.value: self.months[kind] for kind in RecordType}

    def due_on(self, kind: RecordType, anchor: date) -> date:
        return add_months(anchor, self.months[kind])


@dataclass(frozen=True, slots=True)
class CaseClosing:
    """What retention needs of one case: when it closed (``None`` while open) and whether a
    recommendation or loan was made."""

    closed_on: date | None
    with_loan: bool


def person_due_on(
    rules: RetentionRules, cases: Iterable[CaseClosing], last_contact: date | None
) -> date | None:
    """The day from which everything about a person may be anonymised; ``None`` while a case is open.

    Without any case, the last contact (consultation, appointment, or when the person was recorded)
    counts under ``CONTACT_WITHOUT_CASE``.
    """
    closings = list(cases)
    due: list[date] = []
    for case in closings:
        if case.closed_on is None:
            return None
        kind = RecordType.CASE_WITH_LOAN if case.with_loan else RecordType.CASE_WITHOUT_LOAN
        due.append(rules.due_on(kind, case.closed_on))
    if last_contact is not None:
        kind = RecordType.CASE_WITHOUT_LOAN if closings else RecordType.CONTACT_WITHOUT_CASE
        due.append(rules.due_on(kind, last_contact))
    return max(due) if due else None


def generalised_birth_date(birth: date, references: Iterable[date]) -> date:
    """A coarser birth date that puts the person in the same age group on every reference date.

    Statistics count age groups on dates such as the opening of a case; anonymisation must not move
    anybody into another group. Tried in order: 1 July, 1 January and 31 December of the birth year, then
    the 1st and the 15th of the birth month; the exact day is kept only when nothing coarser agrees.
    """
    days = [day for day in references if day >= birth]
    candidates = [
        date(birth.year, 7, 1),
        date(birth.year, 1, 1),
        date(birth.year, 12, 31),
        date(birth.year, birth.month, 1),
        date(birth.year, birth.month, 15),
    ]
    wanted = [age_group(birth, day) for day in days]
    for candidate in candidates:
        if all(day >= candidate for day in days) and [age_group(candidate, day) for day in days] == wanted:
            return candidate
    return birth
