"""Jobs follow-ups: when to count jobs again after a loan's payout (6, 12 and 24 months)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from uuid import UUID

from dlzw_desktop.domain.dates import add_months
from dlzw_desktop.domain.enums import JobsOccasion

logger = logging.getLogger(__name__)

# Months after payout per follow-up occasion; intake is counted at the start of the case, not here.
FOLLOW_UP_MONTHS: Mapping[JobsOccasion, int] = MappingProxyType(
    {JobsOccasion.MONTH_6: 6, JobsOccasion.MONTH_12: 12, JobsOccasion.MONTH_24: 24}
)


@dataclass(frozen=True, slots=True)
class JobsFollowUp:
    """One jobs count that falls due: the occasion and the day it is due."""

    occasion: JobsOccasion
    due_on: date


def jobs_follow_ups(disbursed_on: date) -> tuple[JobsFollowUp, ...]:
    """The follow-ups at 6, 12 and 24 months after payout, in date order.

    Month ends clamp: a payout on 31.08.2025 is followed up on 28.02.2026, 31.08.2026 and 31.08.2027.
    """
    return tuple(
        JobsFollowUp(occasion, add_months(disbursed_on, months))
        for occasion, months in FOLLOW_UP_MONTHS.items()
    )


def open_jobs_follow_ups(
    disbursed_on: date, recorded: Iterable[JobsOccasion], *, on: date
) -> tuple[JobsFollowUp, ...]:
    """Follow-ups due on or before ``on`` whose jobs count has not been recorded yet (oldest first)."""
    done = set(recorded)
    return tuple(f for f in jobs_follow_ups(disbursed_on) if f.due_on <= on and f.occasion not in done)


def reminder_origin_key(case_id: UUID, occasion: JobsOccasion) -> str:
    """The ``Reminder.origin_key`` of a jobs follow-up, so that creating reminders twice adds none."""
    return f"jobs_follow_up:{case_id}:{occasion.value}"
