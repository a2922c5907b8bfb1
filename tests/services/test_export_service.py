"""Exports: the recommendation package for the lender, and lists whose titles the import maps back."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from dlzw_desktop.db.models import AuditEntry, Consent
from dlzw_desktop.domain.enums import CaseStage, ConsentForm, ConsentPurpose, Role
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.case_detail import CaseDetail
from dlzw_desktop.services.export_service import EXPORT_HEADERS
from dlzw_desktop.services.importing.mapping import ImportKind, suggest_mapping
from dlzw_desktop.services.recommendation_service import RecommendationDraft
from dlzw_desktop.services.registry import Services
from tests.services.case_helpers import check_all_documents, open_case, sign_in_as


def recommended(services: Services, *, summary: str = "Tragfähiges Konzept") -> CaseDetail:
    sign_in_as(services, "a.yilmaz", Role.ADVISOR, "Ayşe Yılmaz")
    case = open_case(services)
    case = services.cases.move_to(case.id, case.version, CaseStage.CONSULTING)
    case = check_all_documents(services, case)
    case = services.cases.move_to(case.id, case.version, CaseStage.DOCUMENTS_COMPLETE)
    case = services.cases.move_to(case.id, case.version, CaseStage.ASSESSMENT)
    from dlzw_desktop.services.case_service import AffordabilityInputs

    case = services.cases.update_affordability(
        case.id,
        case.version,
        AffordabilityInputs(Decimal("2400.00"), Decimal("1900.00"), Decimal("800.00"), 36, 3),
    )
    case = services.recommendations.save(
        case.id, RecommendationDraft(Decimal("8500.00"), 36, 3, summary=summary)
    )
    return services.cases.move_to(case.id, case.version, CaseStage.RECOMMENDED)


def consent(services: Services, case: CaseDetail, *, withdrawn: bool = False) -> None:
    founder = case.business.members[0].person_id
    with services.context.sessions.begin() as session:
        session.add(
            Consent(
                person_id=founder,
                purpose=ConsentPurpose.LENDER_TRANSFER,
                given_on=date.today() - timedelta(days=10),
                form=ConsentForm.WRITTEN,
                withdrawn_on=date.today() - timedelta(days=1) if withdrawn else None,
            )
        )


def fields(path: Path) -> dict[str, object]:
    workbook = load_workbook(path)
    return {row[0].value: row[1].value for row in workbook["Empfehlung"].iter_rows(min_row=2)}


def test_the_package_holds_letter_workbook_and_csv_with_the_recommendation(
    services: Services, tmp_path: Path
) -> None:
    case = recommended(services)
    consent(services, case)
    sign_in_as(services, "j.schaefer", Role.LEAD, "Jörg Schäfer")
    case = services.recommendations.sign_off(case.id, case.recommendation.version)  # type: ignore[union-attr]

    package = services.exports.recommendation_package(case.id, tmp_path / "an den Kreditgeber")

    assert [p.name for p in package.files] == [
        f"Empfehlung_{case.number}.{ext}" for ext in ("pdf", "xlsx", "csv")
    ]
    assert package.birth_dates_withheld == () and package.signed_off
    values = fields(package.workbook)
    assert values["Fallnummer"] == case.number
    assert values["Unternehmen"] == "Salon Çağlar"
    assert values["Rechtsform"] == "Einzelunternehmen"
    assert str(values["WZ-2008-Schlüssel"]).startswith("96.02")
    assert values["Kreditbetrag"] == 8500 and values["Laufzeit (Monate)"] == 36
    assert values["davon tilgungsfrei (Monate)"] == 3
    assert values["Haushaltseinkommen (monatlich)"] == 2400
    assert values["Frei verfügbarer Betrag (monatlich)"] == 1300
    assert values["Tragfähigkeit"] == "tragfähig"
    assert values["Beraterin / Berater"] == "Ayşe Yılmaz"
    assert values["Freigegeben von"] == "Jörg Schäfer"
    assert str(values["Status der Empfehlung"]).startswith("freigegeben von Jörg Schäfer")
    people = list(load_workbook(package.workbook)["Personen"].iter_rows(min_row=2, values_only=True))
    assert people[0][:2] == ("Çağlar Yıldırım", "Gründer/in")
    assert people[0][2].date() == date(1988, 5, 3)  # type: ignore[union-attr]
    with package.csv.open(encoding="utf-8-sig") as handle:
        lines = dict((r[0], r[1]) for r in csv.reader(handle, delimiter=";"))
    assert lines["Kreditbetrag"] == "8.500,00"
    assert lines["Person 1: Geburtsdatum"] == "03.05.1988"
    text = "".join(page.extract_text() for page in PdfReader(package.letter).pages)
    assert case.number in text and "Entwurf" not in text
    with services.context.sessions() as session:
        notes = session.scalars(select(AuditEntry.note).where(AuditEntry.case_id == case.id)).all()
    assert "recommendation package exported for the lender" in notes


@pytest.mark.parametrize("withdrawn", [False, True])
def test_without_the_lender_transfer_consent_the_birth_date_stays_home(
    services: Services, tmp_path: Path, withdrawn: bool
) -> None:
    case = recommended(services, summary='=HYPERLINK("http://example.org")')
    if withdrawn:
        consent(services, case, withdrawn=True)

    package = services.exports.recommendation_package(case.id, tmp_path)

    assert package.birth_dates_withheld == ("Çağlar Yıldırım",)
    assert not package.signed_off
    workbook = load_workbook(package.workbook)
    person = next(workbook["Personen"].iter_rows(min_row=2, values_only=True))
    assert person[2] == "nicht übermittelt (keine Einwilligung zur Weitergabe an den Kreditgeber)"
    summary = next(
        r[1] for r in workbook["Empfehlung"].iter_rows(min_row=2) if r[0].value.startswith("Einschätzung")
    )
    assert summary.data_type == "s" and summary.value.startswith("=HYPERLINK")  # text, never a formula
    assert fields(package.workbook)["Status der Empfehlung"].startswith("Entwurf")  # type: ignore[union-attr]
    content = package.csv.read_text(encoding="utf-8-sig")
    assert "1988" not in content
    assert "'=HYPERLINK" in content


def test_a_case_without_recommendation_has_no_package(services: Services, tmp_path: Path) -> None:
    case = open_case(services)
    with pytest.raises(ValidationError) as refused:
        services.exports.recommendation_package(case.id, tmp_path / "paket")
    assert refused.value.code == "recommendation.missing"
    assert not (tmp_path / "paket").exists()


@pytest.mark.parametrize("kind", list(ImportKind))
def test_list_titles_map_back_to_their_fields(kind: ImportKind) -> None:
    titles = [title for _, title in EXPORT_HEADERS[kind]]
    mapping = suggest_mapping(kind, titles)
    assert {item.field: titles[item.column] for item in mapping.assignments} == dict(EXPORT_HEADERS[kind])
