"""Appointment slots from a consultation day's hours."""

from __future__ import annotations

from datetime import time

import pytest

from dlzw_desktop.domain.consultation_days import check_hours, slot_end, slot_times
from dlzw_desktop.errors import ValidationError


def test_half_hour_slots_fill_the_day() -> None:
    assert slot_times(time(10), time(12)) == [time(10), time(10, 30), time(11), time(11, 30)]


def test_a_slot_that_would_run_past_the_end_is_left_out() -> None:
    assert slot_times(time(9), time(10, 40), 45) == [time(9), time(9, 45)]


def test_the_end_of_a_slot() -> None:
    assert slot_end(time(13, 30), 30) == time(14)
    assert slot_end(time(23, 45), 30) == time(23, 59)


@pytest.mark.parametrize(
    ("starts", "ends", "minutes", "code"),
    [
        (time(12), time(10), 30, "day.ends_before_start"),
        (time(10), time(10, 20), 30, "day.too_short"),
        (time(10), time(14), 3, "day.slot_length"),
        (time(10), time(14), 300, "day.slot_length"),
    ],
)
def test_hours_without_room_for_a_slot_are_refused(starts: time, ends: time, minutes: int, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_hours(starts, ends, minutes)
    assert caught.value.code == code
