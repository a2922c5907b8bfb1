"""The booked appointments of a consultation day as an iCalendar file (RFC 5545) for the advisors'
calendars: one VEVENT per booked slot, local Dortmund times with a rule-based VTIMEZONE for
Europe/Berlin (EU summer time, valid for every year since 1996), stable UIDs so that importing the file
again updates the events instead of duplicating them.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

logger = logging.getLogger(__name__)

TZID: Final = "Europe/Berlin"
BERLIN: Final = ZoneInfo(TZID)
PRODUCT: Final = "-//Wirtschaftsförderung Dortmund//DLZW Desktop//DE"


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One booked slot as an event."""

    uid: str
    held_on: date
    starts_at: time
    ends_at: time
    summary: str
    location: str
    description: str
    confirmed: bool = True


def _berlin_timezone() -> Timezone:
    zone = Timezone()
    zone.add("tzid", TZID)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", timedelta(hours=1))
    summer.add("tzoffsetto", timedelta(hours=2))
    # VTIMEZONE onsets are local "floating" times by definition (RFC 5545, 3.6.5).
    summer.add("dtstart", datetime(1970, 3, 29, 2, 0))  # noqa: DTZ001
    summer.add("rrule", vRecur(freq="YEARLY", bymonth=3, byday="-1SU"))
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", timedelta(hours=2))
    winter.add("tzoffsetto", timedelta(hours=1))
    winter.add("dtstart", datetime(1970, 10, 25, 3, 0))  # noqa: DTZ001
    winter.add("rrule", vRecur(freq="YEARLY", bymonth=10, byday="-1SU"))
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def build_calendar(entries: list[CalendarEntry], name: str, *, stamp: datetime | None = None) -> bytes:
    """The calendar as bytes (CRLF line endings, folded lines, escaped text)."""
    moment = (stamp or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(_berlin_timezone())
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", moment)
        event.add("dtstart", datetime.combine(entry.held_on, entry.starts_at, tzinfo=BERLIN))
        event.add("dtend", datetime.combine(entry.held_on, entry.ends_at, tzinfo=BERLIN))
        event.add("summary", entry.summary)
        event.add("location", entry.location)
        if entry.description:
            event.add("description", entry.description)
        event.add("status", "CONFIRMED" if entry.confirmed else "TENTATIVE")
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def write_calendar(path: Path, entries: list[CalendarEntry], name: str) -> Path:
    """Write the calendar to ``path`` atomically (temporary file beside it, then renamed)."""
    data = build_calendar(entries, name)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    logger.info("calendar with %d events written to %s", len(entries), path)
    return path
