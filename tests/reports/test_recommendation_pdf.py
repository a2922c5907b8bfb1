"""The recommendation letter: what the lender reads, with every name as typed and DejaVu embedded."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from dlzw_desktop.domain.enums import LegalForm
from dlzw_desktop.reports.pdf import Letterhead, visual
from dlzw_desktop.reports.recommendation_pdf import RecommendationLetter, write_recommendation_letter

NAMES = ("Çağlar Yıldırım", "Łukasz Wróbel", "Мария Иванова", "<b>A&B</b>")
ARABIC = "محمد الحسن"


def letter(**changes: object) -> RecommendationLetter:
    values: dict[str, object] = {
        "letterhead": Letterhead(
            "Wirtschaftsförderung Dortmund",
            "Dienstleistungszentrum Wirtschaft (DLZW)",
            "Grüne Straße 2–8\n44147 Dortmund",
            "Telefon 0231 50-0",
        ),
        "dated": date(2026, 3, 9),
        "case_number": "MK-2026-0042",
        "lender_name": "DMI Mikrofinanz",
        "lender_address": ("Hansastraße 1", "44137 Dortmund"),
        "business_name": "<b>A&B</b> Änderungsschneiderei",
        "legal_form": LegalForm.GBR,
        "sector": "96.02 Frisör- und Kosmetiksalons",
        "business_address": "Rheinische Straße 12, 44137 Dortmund",
        "borough": "Innenstadt-West",
        "founders": NAMES[:3],
        "guarantors": (ARABIC,),
        "purpose": "Nähmaschinen & Einrichtung <i>neu</i>",
        "amount": Decimal("8500.00"),
        "term_months": 36,
        "grace_months": 3,
        "interest_rate_percent": Decimal("7.9"),
        "fee": Decimal("100.00"),
        "instalment": Decimal("286.71"),
        "programme": "Mikrokreditfonds Deutschland",
        "follow_up": False,
        "summary": "Erfahrene Schneiderin; Haushalt trägt die Rate.\nRisiko: Standort.",
        "free_amount": Decimal("950.00"),
        "advisor": "Ayşe Yılmaz",
        "author": "Ayşe Yılmaz",
        "signed_off_by": "Martina Becker",
        "signed_off_on": date(2026, 3, 9),
    }  # fmt: skip
    values.update(changes)
    return RecommendationLetter(**values)  # type: ignore[arg-type]


def test_the_letter_holds_what_the_lender_needs(tmp_path: Path) -> None:
    path = write_recommendation_letter(letter(), tmp_path / "empfehlung.pdf")
    reader = PdfReader(path)
    content = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "Wirtschaftsförderung Dortmund",
        "Grüne Straße 2–8",
        "DMI Mikrofinanz",
        "MK-2026-0042",
        "<b>A&B</b> Änderungsschneiderei",
        "Gesellschaft bürgerlichen Rechts (GbR)",
        "96.02 Frisör- und Kosmetiksalons",
        "Nähmaschinen & Einrichtung <i>neu</i>",
        "8.500,00 €",
        "36 Monate, davon 3 tilgungsfreie Monate",
        "7,90 % p. a.",
        "100,00 €",
        "286,71 €",
        "Erstkredit",
        "Risiko: Standort.",
        "Ayşe Yılmaz",
        "Martina Becker, freigegeben am 09.03.2026",
        "Dortmund, 09.03.2026",
    ):
        assert expected in content, expected
    for name in NAMES:
        assert name in content, name
    # Shaped for print; the extracted presentation forms fold back to the letters typed.
    assert visual(ARABIC) != ARABIC
    assert all(word in unicodedata.normalize("NFKC", content) for word in ARABIC.split())
    assert len(reader.pages) == 1
    assert "ENTWURF" not in content
    assert reader.metadata is not None and reader.metadata.title == "Empfehlungsschreiben MK-2026-0042"
    page = reader.pages[0]
    fonts = page["/Resources"]["/Font"]  # type: ignore[index]
    data = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
    used = {str(fonts[name]["/BaseFont"]) for name in re.findall(r"(/F[\w+]+) [\d.]+ Tf", data)}
    assert used and all("DejaVuSans" in name for name in used), used
    for name in re.findall(r"(/F[\w+]+) [\d.]+ Tf", data):
        assert "/FontFile2" in fonts[name]["/FontDescriptor"], f"{name} is not embedded"


def test_an_unsigned_letter_is_marked_as_a_draft(tmp_path: Path) -> None:
    path = write_recommendation_letter(letter(signed_off_by=None, signed_off_on=None), tmp_path / "d.pdf")
    content = PdfReader(path).pages[0].extract_text()
    assert "ENTWURF" in content and "noch nicht freigegeben" in content
