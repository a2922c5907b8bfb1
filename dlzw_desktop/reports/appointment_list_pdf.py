"""The appointment list of a consultation day as PDF (German): the day's facts, every slot with who is
booked (free slots included, to fill in by hand), and the walk-ins.

Every text the user typed goes through ``pdf.text``/``pdf.table`` and is escaped there.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from dlzw_desktop.domain.enums import AppointmentStatus
from dlzw_desktop.reports import pdf
from dlzw_desktop.reports.formatting import format_date

logger = logging.getLogger(__name__)

STATUS_DE = {
    AppointmentStatus.BOOKED: "gebucht",
    AppointmentStatus.ATTENDED: "wahrgenommen",
    AppointmentStatus.NO_SHOW: "nicht erschienen",
    AppointmentStatus.CANCELLED: "abgesagt",
}


@dataclass(frozen=True, slots=True)
class AppointmentLine:
    """One row of the list: a booked slot, a free slot (empty name) or a walk-in."""

    starts_at: time
    ends_at: time
    name: str
    case_number: str
    topic: str
    status: AppointmentStatus | None


@dataclass(frozen=True, slots=True)
class AppointmentList:
    """Everything the appointment list shows."""

    held_on: date
    place: str
    area: str
    initiative: str
    advisors: tuple[str, ...]
    starts_at: time
    ends_at: time
    slot_minutes: int
    slots: tuple[AppointmentLine, ...]
    walk_ins: tuple[AppointmentLine, ...]


def _hm(value: time) -> str:
    return value.strftime("%H:%M")


def title_of(data: AppointmentList) -> str:
    return f"Terminliste Sprechtag {format_date(data.held_on)}"


def write_appointment_list(
    path: Path, data: AppointmentList, letterhead: pdf.Letterhead, *, author: str = ""
) -> Path:
    """Write the list to ``path`` (A4, DejaVu embedded, letterhead on every page)."""
    title = title_of(data)
    document = pdf.document(path, title=f"{title} – {data.place}", author=author, subject=data.place)
    width = pdf.PAGE_SIZE[0] - 2 * pdf.MARGIN
    booked = sum(1 for line in data.slots if line.name and line.status is not AppointmentStatus.CANCELLED)
    story: list[Flowable] = [
        pdf.markup(title, "h1"),
        pdf.table(
            [
                ["Ort", data.place],
                ["Gebiet", data.area or "–"],
                ["Partnerinitiative", data.initiative or "–"],
                ["Beratung durch", ", ".join(data.advisors) or "–"],
                [
                    "Zeit",
                    f"{format_date(data.held_on)}, {_hm(data.starts_at)}–{_hm(data.ends_at)} Uhr, "
                    f"Termine zu {data.slot_minutes} Minuten",
                ],
                ["Belegung", f"{booked} Termine gebucht, {len(data.walk_ins)} ohne Termin"],
            ],
            col_widths=[38 * mm, width - 38 * mm],
            zebra=False,
        ),
        pdf.markup("Termine", "h2"),
    ]
    rows = [
        [
            f"{_hm(line.starts_at)}–{_hm(line.ends_at)}",
            line.name or "frei",
            line.case_number,
            line.topic,
            STATUS_DE[line.status] if line.status is not None and line.name else "",
            "",
        ]
        for line in data.slots
    ]
    story.append(
        pdf.table(
            rows,
            header=["Zeit", "Name", "Fall", "Anliegen", "Status", "Notiz"],
            col_widths=[25 * mm, 36 * mm, 28 * mm, 31 * mm, 30 * mm, width - 150 * mm],
        )
    )
    story.append(pdf.markup("Ohne Termin (Laufkundschaft)", "h2"))
    if data.walk_ins:
        story.append(
            pdf.table(
                [
                    [_hm(line.starts_at), line.name, line.case_number, line.topic, STATUS_DE[line.status]]
                    if line.status is not None
                    else [_hm(line.starts_at), line.name, line.case_number, line.topic, ""]
                    for line in data.walk_ins
                ],
                header=["Ankunft", "Name", "Fall", "Anliegen", "Status"],
                col_widths=[18 * mm, 46 * mm, 28 * mm, width - 122 * mm, 30 * mm],
            )
        )
    else:
        story.append(pdf.text("Bisher niemand ohne Termin."))
    story.append(Spacer(1, 4 * mm))
    story.append(
        pdf.text(
            "Vertraulich: Diese Liste enthält personenbezogene Daten. Nach dem Sprechtag vernichten oder "
            "im Büro ablegen.",
            "small",
        )
    )
    decorate = pdf.page_decorator(letterhead, f"Sprechtag {format_date(data.held_on)}")
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    logger.info("appointment list written to %s", path)
    return path
