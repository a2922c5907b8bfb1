"""The recommendation data for the lender, structured: an Excel workbook and a CSV file (German).

Part of the recommendation package next to the letter PDF. Built from a plain ``RecommendationExport``;
every text cell goes through ``reports.xlsx.safe_cell`` (never a formula), and every CSV field that a
spreadsheet would run as a formula is written with a leading apostrophe.

A founder's birth date is passed on only with their recorded consent to the transfer to the lender
(``birth_date`` is then set); otherwise the field says why it is missing.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from dlzw_desktop.domain.enums import BusinessRole, LegalForm
from dlzw_desktop.errors import StorageError
from dlzw_desktop.reports.formatting import format_date, format_decimal
from dlzw_desktop.reports.recommendation_pdf import LEGAL_FORMS_DE
from dlzw_desktop.reports.xlsx import (
    DATE_FORMAT,
    EUR_FORMAT,
    INT_FORMAT,
    add_table_sheet,
    header_cells,
    safe_cell,
)

logger = logging.getLogger(__name__)

NO_CONSENT = "nicht übermittelt (keine Einwilligung zur Weitergabe an den Kreditgeber)"
ROLES_DE = {
    BusinessRole.FOUNDER: "Gründer/in",
    BusinessRole.CO_FOUNDER: "Mitgründer/in",
    BusinessRole.GUARANTOR: "Bürge/Bürgin",
}
VERDICTS_DE = {
    "affordable": "tragfähig",
    "tight": "knapp tragfähig",
    "not_affordable": "nicht tragfähig",
    "incomplete": "unvollständig (Angaben fehlen)",
}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
PERCENT_FORMAT = '0.000 "%"'
RATIO_FORMAT = '0.0 "%"'


@dataclass(frozen=True, slots=True)
class ExportedPerson:
    """A person of the business as the lender receives them."""

    name: str
    role: BusinessRole
    birth_date: date | None  # only with consent
    consent: bool


@dataclass(frozen=True, slots=True)
class RecommendationExport:
    """Everything the structured file holds; amounts ``Decimal`` euros, the rate in percent a year."""

    case_number: str
    business_name: str
    legal_form: LegalForm
    sector_code: str | None
    sector_name: str | None
    street: str | None
    postcode: str | None
    city: str | None
    borough: str | None
    people: tuple[ExportedPerson, ...]
    amount: Decimal
    term_months: int
    grace_months: int
    interest_rate_percent: Decimal
    fee: Decimal
    instalment: Decimal | None
    programme: str | None
    follow_up: bool
    purpose: str
    summary: str
    household_income: Decimal | None
    household_expenses: Decimal | None
    business_surplus: Decimal | None
    free_amount: Decimal | None
    instalment_ratio: Decimal | None  # instalment / free amount, 0.7 = 70 %
    affordability: str | None  # AffordabilityVerdict value
    lender: str | None
    advisor: str
    author: str
    recommended_on: date
    signed_off_by: str | None
    signed_off_on: date | None

    @property
    def signed_off(self) -> bool:
        return self.signed_off_by is not None


Field = tuple[str, object, str | None]  # label, value, number format


def _fields(data: RecommendationExport) -> list[Field]:
    ratio = data.instalment_ratio * 100 if data.instalment_ratio is not None else None
    status = (
        f"freigegeben von {data.signed_off_by} am {format_date(data.signed_off_on)}"
        if data.signed_off
        else "Entwurf – noch nicht von einer zweiten Person freigegeben"
    )
    return [
        ("Fallnummer", data.case_number, None),
        ("Status der Empfehlung", status, None),
        ("Kreditgeber", data.lender or "", None),
        ("Unternehmen", data.business_name, None),
        ("Rechtsform", LEGAL_FORMS_DE[data.legal_form], None),
        ("WZ-2008-Schlüssel", data.sector_code or "", None),
        ("Branche (WZ 2008)", data.sector_name or "", None),
        ("Straße", data.street or "", None),
        ("PLZ", data.postcode or "", None),
        ("Ort", data.city or "", None),
        ("Stadtbezirk", data.borough or "", None),
        ("Kreditbetrag", data.amount, EUR_FORMAT),
        ("Laufzeit (Monate)", data.term_months, INT_FORMAT),
        ("davon tilgungsfrei (Monate)", data.grace_months, INT_FORMAT),
        ("Zinssatz (% p. a.)", data.interest_rate_percent, PERCENT_FORMAT),
        ("Bearbeitungsgebühr", data.fee, EUR_FORMAT),
        ("Monatliche Rate", data.instalment, EUR_FORMAT),
        ("Kreditprogramm", data.programme or "", None),
        ("Folgekredit", data.follow_up, None),
        ("Verwendungszweck", data.purpose, None),
        ("Einschätzung (Zusammenfassung)", data.summary, None),
        ("Haushaltseinkommen (monatlich)", data.household_income, EUR_FORMAT),
        ("Haushaltsausgaben (monatlich)", data.household_expenses, EUR_FORMAT),
        ("Betriebsüberschuss (monatlich)", data.business_surplus, EUR_FORMAT),
        ("Frei verfügbarer Betrag (monatlich)", data.free_amount, EUR_FORMAT),
        ("Rate in % des frei verfügbaren Betrags", ratio, RATIO_FORMAT),
        ("Tragfähigkeit", VERDICTS_DE.get(data.affordability or "", ""), None),
        ("Beraterin / Berater", data.advisor, None),
        ("Verfasst von", data.author, None),
        ("Empfohlen am", data.recommended_on, DATE_FORMAT),
        ("Freigegeben von", data.signed_off_by or "", None),
        ("Freigegeben am", data.signed_off_on, DATE_FORMAT),
    ]


def _people_rows(data: RecommendationExport) -> list[list[object]]:
    rows: list[list[object]] = []
    for person in data.people:
        birth: object = person.birth_date if person.consent and person.birth_date else ""
        if not person.consent:
            birth = NO_CONSENT
        rows.append([person.name, ROLES_DE[person.role], birth])
    return rows


def write_recommendation_workbook(data: RecommendationExport, path: Path) -> Path:
    """The workbook: sheet "Empfehlung" (field, value) and sheet "Personen" (name, role, birth date)."""

    def build(target: str) -> None:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title="Empfehlung")
        sheet.freeze_panes = "A2"
        sheet.column_dimensions["A"].width = 40
        sheet.column_dimensions["B"].width = 70
        sheet.append(header_cells(sheet, ("Feld", "Wert")))
        for label, value, number_format in _fields(data):
            sheet.append([safe_cell(sheet, label), safe_cell(sheet, value, number_format)])
        add_table_sheet(
            workbook,
            "Personen",
            ("Name", "Rolle", "Geburtsdatum"),
            _people_rows(data),
            formats=(None, None, DATE_FORMAT),
            widths=(36, 18, 60),
        )
        workbook.save(target)

    _save_atomically(build, Path(path), ".xlsx")
    return Path(path)


def _csv_value(value: object, number_format: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, Decimal):
        places = 3 if number_format == PERCENT_FORMAT else 1 if number_format == RATIO_FORMAT else 2
        return format_decimal(value, places)
    if isinstance(value, date):
        return format_date(value)
    text = str(value)
    # Excel and LibreOffice run a CSV field starting like a formula; the apostrophe keeps it text.
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def write_recommendation_csv(data: RecommendationExport, path: Path) -> Path:
    """The same data as CSV for the lender's systems: "Feld;Wert" lines, UTF-8 with BOM, semicolons,
    German numbers (1.234,50) and dates (31.12.2026)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Feld", "Wert"])
    for label, value, number_format in _fields(data):
        writer.writerow([label, _csv_value(value, number_format)])
    for index, (name, role, birth) in enumerate(_people_rows(data), start=1):
        writer.writerow([f"Person {index}: Name", _csv_value(name)])
        writer.writerow([f"Person {index}: Rolle", role])
        writer.writerow([f"Person {index}: Geburtsdatum", _csv_value(birth)])
    content = "\ufeff" + buffer.getvalue()

    def write(target: str) -> None:
        Path(target).write_text(content, encoding="utf-8", newline="")

    _save_atomically(write, Path(path), ".csv")
    return Path(path)


def _save_atomically(write: Callable[[str], None], path: Path, suffix: str) -> None:
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".empfehlung-", suffix=suffix, dir=path.parent)
        os.close(handle)
        write(temporary)
        Path(temporary).replace(path)
    except OSError as exc:
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
        raise StorageError(
            "export.not_written",
            "The file {path} could not be written. Choose another folder or free some disk space.",
            path=str(path),
        ) from exc
