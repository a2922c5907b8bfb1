"""The recommendation letter (Empfehlungsschreiben) to the lender, as a PDF (German).

Built from a plain ``RecommendationLetter``; all user text goes through ``reports.pdf.text`` (escaped,
Arabic shaped), the DejaVu fonts are embedded, so names in any of the scripts advisors meet print as typed.
A letter without the second person's sign-off is marked as a draft on every page.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from dlzw_desktop.domain.enums import LegalForm
from dlzw_desktop.reports.formatting import format_date, format_eur, format_percent
from dlzw_desktop.reports.pdf import (
    BRAND,
    FONT,
    FONT_BOLD,
    PAGE_SIZE,
    Letterhead,
    document,
    markup,
    page_decorator,
    styles,
    text,
)

logger = logging.getLogger(__name__)

TITLE = "Empfehlungsschreiben"

LEGAL_FORMS_DE = {
    LegalForm.SOLE_TRADER: "Einzelunternehmen",
    LegalForm.FREELANCER: "Freiberufliche Tätigkeit",
    LegalForm.EK: "eingetragene Kauffrau / eingetragener Kaufmann (e. K.)",
    LegalForm.GBR: "Gesellschaft bürgerlichen Rechts (GbR)",
    LegalForm.UG: "UG (haftungsbeschränkt)",
    LegalForm.GMBH: "GmbH",
    LegalForm.OTHER: "andere Rechtsform",
}


@dataclass(frozen=True, slots=True)
class RecommendationLetter:
    """Everything the letter prints; amounts are ``Decimal`` euros, the rate in percent a year."""

    letterhead: Letterhead
    dated: date
    case_number: str
    lender_name: str | None
    lender_address: tuple[str, ...]
    business_name: str
    legal_form: LegalForm
    sector: str | None
    business_address: str | None
    borough: str | None
    founders: tuple[str, ...]
    guarantors: tuple[str, ...]
    purpose: str
    amount: Decimal
    term_months: int
    grace_months: int
    interest_rate_percent: Decimal
    fee: Decimal
    instalment: Decimal | None
    programme: str | None
    follow_up: bool
    summary: str
    free_amount: Decimal | None
    advisor: str
    author: str
    signed_off_by: str | None
    signed_off_on: date | None


class _Rule(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """A thin line across the text width."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, 2

    def draw(self) -> None:
        self.canv.setStrokeColor(BRAND)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 1, self.width, 1)


def _term_text(letter: RecommendationLetter) -> str:
    months = f"{letter.term_months} Monate"
    if letter.grace_months:
        months += f", davon {letter.grace_months} tilgungsfreie Monate"
    return months


def _facts_table(letter: RecommendationLetter, width: float) -> Table:
    rows: list[tuple[str, str]] = [
        ("Unternehmen / Vorhaben", letter.business_name),
        ("Rechtsform", LEGAL_FORMS_DE[letter.legal_form]),
    ]
    if letter.sector:
        rows.append(("Branche (WZ 2008)", letter.sector))
    if letter.business_address:
        rows.append(("Anschrift", letter.business_address))
    if letter.borough:
        rows.append(("Stadtbezirk", letter.borough))
    rows.append(("Gründer/in", ", ".join(letter.founders) or "–"))
    if letter.guarantors:
        rows.append(("Bürg/in", ", ".join(letter.guarantors)))
    rows += [
        ("Verwendungszweck", letter.purpose or "–"),
        ("Empfohlener Kreditbetrag", format_eur(letter.amount)),
        ("Laufzeit", _term_text(letter)),
        ("Zinssatz", f"{format_percent(letter.interest_rate_percent, 2)} p. a. (nominal)"),
        ("Gebühr", format_eur(letter.fee)),
    ]
    if letter.instalment is not None:
        rows.append(("Monatliche Rate (Annuität)", format_eur(letter.instalment)))
    if letter.programme:
        rows.append(("Programm", letter.programme))
    rows.append(("Art", "Folgekredit" if letter.follow_up else "Erstkredit"))
    if letter.free_amount is not None:
        rows.append(("Freier Betrag im Haushalt", f"{format_eur(letter.free_amount)} im Monat"))
    body = [[text(label, "cell_head"), text(value, "cell")] for label, value in rows]
    table = Table(body, colWidths=[52 * mm, width - 52 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#c9d6dc")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _signatures(letter: RecommendationLetter, width: float) -> Table:
    advisor = [
        text("Beratung und Empfehlung", "cell_head"),
        Spacer(1, 9 * mm),
        text(letter.advisor, "cell"),
        text(letter.letterhead.organisation, "small"),
    ]
    if letter.signed_off_by:
        signed = f"{letter.signed_off_by}, freigegeben am {format_date(letter.signed_off_on)}"
        second = [
            text("Freigabe (Vier-Augen-Prinzip)", "cell_head"),
            Spacer(1, 9 * mm),
            text(signed, "cell"),
            text("zweite Person, nicht die Verfasserin / der Verfasser", "small"),
        ]
    else:
        second = [
            text("Freigabe (Vier-Augen-Prinzip)", "cell_head"),
            Spacer(1, 9 * mm),
            text("noch nicht freigegeben – Entwurf", "cell"),
        ]
    table = Table([[advisor, second]], colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.3, colors.grey),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
            ]
        )
    )
    return table


def _draft_mark(canvas: Canvas) -> None:
    width, height = PAGE_SIZE
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 60)
    canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.12))
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, "ENTWURF")
    canvas.restoreState()


def write_recommendation_letter(letter: RecommendationLetter, path: Path) -> Path:
    """Write the letter to ``path`` (A4, German) and return it."""
    doc = document(
        path,
        title=f"{TITLE} {letter.case_number}",
        author=letter.letterhead.organisation,
        subject=f"Empfehlung Mikrokredit {letter.business_name}",
    )
    width = doc.width
    sheet = styles()
    story: list[Flowable] = []
    # The sender line above the address field, as on German business letters (DIN 5008).
    sender = " · ".join(
        part for part in (letter.letterhead.unit, *letter.letterhead.address.splitlines()) if part.strip()
    )
    story.append(text(sender, "small"))
    story.append(Spacer(1, 3 * mm))
    recipient = [letter.lender_name or "An das Kreditinstitut", *letter.lender_address]
    story.append(text("\n".join(recipient)))
    story.append(Spacer(1, 6 * mm))
    story.append(markup(f"Dortmund, {format_date(letter.dated)}", "body"))
    story.append(Spacer(1, 4 * mm))
    story.append(text(f"Empfehlung für einen Mikrokredit – {letter.case_number}", "h1"))
    story.append(_Rule(width))
    story.append(Spacer(1, 4 * mm))
    story.append(text("Sehr geehrte Damen und Herren,"))
    story.append(Spacer(1, 2 * mm))
    story.append(
        text(
            "nach Beratung und Prüfung der Unterlagen empfehlen wir Ihnen, dem folgenden Vorhaben einen "
            "Mikrokredit zu den genannten Bedingungen zu gewähren."
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(_facts_table(letter, width))
    story.append(text("Zusammenfassung der Prüfung", "h2"))
    story.append(text(letter.summary or "–"))
    story.append(Spacer(1, 4 * mm))
    story.append(
        text("Die Unterlagen liegen uns vollständig vor. Für Rückfragen stehen wir Ihnen gern zur Verfügung.")
    )
    story.append(Spacer(1, 2 * mm))
    story.append(text("Mit freundlichen Grüßen"))
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([_signatures(letter, width)]))
    story.append(Spacer(1, 3 * mm))
    story.append(text(f"Verfasst von: {letter.author}", "small"))
    decorate = page_decorator(letter.letterhead, f"{TITLE} {letter.case_number}")

    def on_page(canvas: Canvas, doc_: object) -> None:
        decorate(canvas, doc_)
        if not letter.signed_off_by:
            _draft_mark(canvas)

    del sheet
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    logger.info("recommendation letter written: %s", path)
    return path
