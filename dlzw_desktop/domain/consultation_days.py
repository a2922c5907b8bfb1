"""Consultation days (Sprechtage): appointment slots from opening hours, and the rules a day must keep."""

from __future__ import annotations

from datetime import time
from typing import Final

from dlzw_desktop.errors import ValidationError

DEFAULT_SLOT_MINUTES: Final = 30
MIN_SLOT_MINUTES: Final = 5
MAX_SLOT_MINUTES: Final = 240


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _at(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def check_hours(starts_at: time, ends_at: time, slot_minutes: int) -> None:
    """Raise ``ValidationError`` unless the day's hours hold at least one slot of ``slot_minutes``."""
    if not MIN_SLOT_MINUTES <= slot_minutes <= MAX_SLOT_MINUTES:
        raise ValidationError(
            "day.slot_length",
            "An appointment slot lasts between {minimum} and {maximum} minutes.",
            field="slot_minutes",
            minimum=MIN_SLOT_MINUTES,
            maximum=MAX_SLOT_MINUTES,
        )
    if ends_at <= starts_at:
        raise ValidationError(
            "day.ends_before_start",
            "The consultation day must end after it starts.",
            field="ends_at",
        )
    if _minutes(ends_at) - _minutes(starts_at) < slot_minutes:
        raise ValidationError(
            "day.too_short",
            "Between {starts_at} and {ends_at} there is no room for one slot of {minutes} minutes. Extend "
            "the hours or shorten the slots.",
            field="ends_at",
            starts_at=starts_at.strftime("%H:%M"),
            ends_at=ends_at.strftime("%H:%M"),
            minutes=slot_minutes,
        )


def slot_times(starts_at: time, ends_at: time, slot_minutes: int = DEFAULT_SLOT_MINUTES) -> list[time]:
    """Start times of the slots from ``starts_at``; a slot that would run past ``ends_at`` is left out."""
    check_hours(starts_at, ends_at, slot_minutes)
    first, last = _minutes(starts_at), _minutes(ends_at)
    return [_at(minute) for minute in range(first, last - slot_minutes + 1, slot_minutes)]


def slot_end(starts_at: time, slot_minutes: int) -> time:
    """When a slot starting at ``starts_at`` ends (capped at midnight)."""
    end = min(_minutes(starts_at) + slot_minutes, 24 * 60 - 1)
    return _at(end)
