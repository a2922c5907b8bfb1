"""Minutes of an initiative meeting as PDF (German): participants, minutes, agreed actions, missed offers.

Every text the user typed goes through ``pdf.text``/``pdf.table`` and is escaped there, so a participant
called ``<b>A&B</b>`` prints as typed and no markup, link or image can be smuggled into the document.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from dlzw_desktop.domain.enums import InitiativeKind
from dlzw_desktop.reports import pdf
from dlzw_desktop.reports.formatting import format_date, format_decimal

logger = logging.getLogger(__name__)

KIND_DE = {
    InitiativeKind.TRADERS: "Gewerbetreibende",
    InitiativeKind.RETAIL: "Einzelhandel",
    InitiativeKind.CREATIVE: "Kreativwirtschaft",
    InitiativeKind.OWNERS: "Eigentümer/innen",
    InitiativeKind.MIXED: "gemischt",
}


@dataclass(frozen=True, slots=True)
class MinutesAction:
    """An agreed action as printed."""

    text: str
    owner: str
    due_on: date


@dataclass(frozen=True, slots=True)
class MinutesOffer:
    """A missed offer as printed."""

    sector: str
    area: str
    weight: Decimal
    note: str


@dataclass(frozen=True, slots=True)
class Minutes:
    """Everything the minutes show."""

    initiative: str
    kind: InitiativeKind
    area: str
    held_on: date
    participants: str
    minutes: str
    actions: tuple[MinutesAction, ...]
    missing_offers: tuple[MinutesOffer, ...]


def title_of(minutes: Minutes) -> str:
    return f"Protokoll der Sitzung vom {format_date(minutes.held_on)}"


def write_minutes(path: Path, minutes: Minutes, letterhead: pdf.Letterhead, *, author: str = "") -> Path:
    """Write the minutes to ``path`` (A4, DejaVu embedded, letterhead on every page)."""
    title = title_of(minutes)
    document = pdf.document(
        path, title=f"{title} – {minutes.initiative}", author=author, subject=minutes.initiative
    )
    width = pdf.PAGE_SIZE[0] - 2 * pdf.MARGIN
    story: list[Flowable] = [
        pdf.markup(title, "h1"),
        pdf.table(
            [
                ["Initiative", minutes.initiative],
                ["Art", KIND_DE.get(minutes.kind, str(minutes.kind))],
                ["Gebiet", minutes.area or "–"],
                ["Datum", format_date(minutes.held_on)],
            ],
            col_widths=[35 * mm, width - 35 * mm],
            zebra=False,
        ),
        pdf.markup("Teilnehmende", "h2"),
        pdf.text(minutes.participants or "Keine Angaben."),
        pdf.markup("Protokoll", "h2"),
        pdf.text(minutes.minutes or "Kein Protokolltext erfasst."),
        pdf.markup("Vereinbarte Maßnahmen", "h2"),
    ]
    if minutes.actions:
        story.append(
            pdf.table(
                [[a.text, a.owner, format_date(a.due_on)] for a in minutes.actions],
                header=["Maßnahme", "Verantwortlich", "Fällig am"],
                col_widths=[width - 75 * mm, 50 * mm, 25 * mm],
            )
        )
    else:
        story.append(pdf.text("Keine Maßnahmen vereinbart."))
    story.append(pdf.markup("Im Quartier fehlende Angebote", "h2"))
    if minutes.missing_offers:
        story.append(
            pdf.table(
                [[o.sector, o.area, format_decimal(o.weight, 2), o.note] for o in minutes.missing_offers],
                header=["Branche (WZ 2008)", "Gebiet", "Gewicht", "Anmerkung"],
                col_widths=[60 * mm, 40 * mm, 18 * mm, width - 118 * mm],
                right_align=[2],
            )
        )
        story.append(Spacer(1, 2 * mm))
        story.append(
            pdf.text(
                "Die fehlenden Angebote fließen in das Bedarfsprofil des Gebiets ein, das bei der "
                "Vermittlung von Leerständen berücksichtigt wird (Gewicht 1 = wird vermisst, "
                "10 = wird dringend vermisst).",
                "small",
            )
        )
    else:
        story.append(pdf.text("Keine fehlenden Angebote notiert."))
    # The footer shares its line with the contact line: keep it short.
    decorate = pdf.page_decorator(letterhead, f"Protokoll {format_date(minutes.held_on)}")
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    logger.info("minutes written to %s", path)
    return path
