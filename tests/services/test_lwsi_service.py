"""LWSI service: reference tables imported defensively and versioned; computations stored with their inputs,
reproducible, per area and calendar quarter, with the index and the +10 % target."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select, text

from dlzw_desktop.db.models import LwsiComputationRecord
from dlzw_desktop.domain.lwsi import CalendarQuarter, TargetStatus, compute_lwsi
from dlzw_desktop.domain.reporting import ReportPeriod
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.lwsi_service import business_activities, reactivated_spaces
from dlzw_desktop.services.registry import Services
from tests.services.report_data import populate

DATA = Path(__file__).parent / "data"
YEAR = 2025
SOURCE = "Beispieltabelle für Tests (keine amtlichen Werte), abgerufen 01.10.2026"


@pytest.fixture
def populated(services: Services) -> Services:
    populate(services.context.sessions, cases=160, seed=5, year=YEAR)
    services.lwsi.import_gva_table(DATA / "bws_beispiel.csv", source=SOURCE, year=2022)
    services.lwsi.set_city_base_year(YEAR - 1)
    return services


# ------------------------------------------------------------------------------- reference tables


def test_a_gva_table_is_imported_as_a_new_version_with_source_and_year(services: Services) -> None:
    first = services.lwsi.import_gva_table(DATA / "bws_beispiel.csv", source=SOURCE, year=2022)
    assert (first.kind, first.edition, first.year, first.entries) == ("gva", 1, 2022, 10)  # G-I counts thrice
    assert first.file_name == "bws_beispiel.csv" and len(first.sha256) == 64
    assert "G-I" in first.note
    second = services.lwsi.import_gva_table(DATA / "bws_beispiel.csv", source=SOURCE + " (neu)", year=2023)
    tables = services.lwsi.reference_tables()
    assert [(t.kind, t.edition) for t in tables] == [("gva", 2), ("gva", 1)]
    assert second.source.endswith("(neu)")


def test_a_population_table_matches_districts_by_code_or_name(services: Services) -> None:
    row = services.lwsi.import_population_table(
        DATA / "einwohner_beispiel.csv", source=SOURCE, reference_date=date(2024, 12, 31)
    )
    assert (row.kind, row.entries, row.reference_date) == ("population", 4, date(2024, 12, 31))


def test_an_unknown_district_is_named(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "einwohner.csv"
    path.write_text("Bezirk;Einwohner\nNordmarkt;100\nAtlantis;5\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        services.lwsi.import_population_table(path, source=SOURCE, reference_date=date(2024, 12, 31))
    assert caught.value.code == "lwsi_import.unknown_districts"
    assert "atlantis" in str(caught.value)


def _xlsx(rows: list[tuple[object, object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_an_xlsx_table_is_read_from_its_first_sheet(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "bws.xlsx"
    path.write_bytes(_xlsx([("Abschnitt", "EUR"), ("G", 52000.5), ("S", "41.000"), ("Insgesamt", 80000)]))
    row = services.lwsi.import_gva_table(path, source=SOURCE, year=2022)
    assert row.entries == 2


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (60 * 1024 * 1024))
    return buffer.getvalue()


def _xml_bomb() -> bytes:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
        '<c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>'
    )
    source = io.BytesIO(_xlsx([("G", 1)]))
    target = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = bomb.encode()
            copy.writestr(item, data)
    return target.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("leer.csv", b"", "lwsi_import.empty"),
        ("binaer.csv", b"G;52000\x00\x01\x02", "lwsi_import.binary"),
        ("kein.xlsx", b"Abschnitt;Wert\nG;1\n", "lwsi_import.not_xlsx"),
        ("bombe.xlsx", _zip_bomb(), "lwsi_import.xlsx_too_large"),
        ("entitaeten.xlsx", _xml_bomb(), "lwsi_import.unreadable_xlsx"),
        ("tabelle.ods", b"PK\x03\x04", "lwsi_import.unknown_format"),
        ("negativ.csv", b"G;-5\nInsgesamt;80000\n", "lwsi_import.gva_implausible"),
        ("doppelt.csv", b"G;5\nG-I;7\nInsgesamt;80000\n", "lwsi_import.section_twice"),
        ("ohne_summe.csv", b"G;52000\nI;30000\n", "lwsi_import.average_missing"),
        ("falsch.csv", b"Handel;52000\nInsgesamt;80000\n", "lwsi_import.unknown_section"),
        ("formel.csv", b'=HYPERLINK("x");52000\nInsgesamt;80000\n', "lwsi_import.unknown_section"),
        ("ohne_zahlen.csv", b"Abschnitt;Wert\nG;viel\n", "lwsi_import.no_data"),
        ("lang.csv", ("G;1\n" * 10_001).encode(), "lwsi_import.too_many_rows"),
        ("riesig.csv", b"G;1\n" * (1_400_000), "lwsi_import.too_large"),
    ],
)
def test_hostile_and_malformed_files_get_clear_messages(
    services: Services, tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        services.lwsi.import_gva_table(path, source=SOURCE, year=2022)
    assert caught.value.code == code
    assert str(caught.value)  # a sentence, not a stack trace
    assert services.lwsi.reference_tables() == []


def test_a_table_needs_a_source(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.lwsi.import_gva_table(DATA / "bws_beispiel.csv", source=" ", year=2022)
    assert caught.value.code == "lwsi.source_missing"


# ----------------------------------------------------------------------------------- computations


def test_nothing_is_computed_without_a_gva_table(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.lwsi.compute(None)
    assert caught.value.code == "lwsi.no_gva_table"


def test_the_city_is_computed_per_quarter_with_index_and_stored_reproducibly(populated: Services) -> None:
    series = populated.lwsi.compute(None, until=CalendarQuarter(YEAR, 4))
    assert next(q.quarter.label for q in series.quarters) == f"{YEAR - 1}-Q1"
    assert series.quarters[-1].quarter == CalendarQuarter(YEAR, 4)
    assert series.base_value is not None and series.base_value > 0
    latest = series.latest
    assert latest is not None and latest.index is not None
    window = [q for q in series.quarters if q.quarter.year == YEAR]
    expected = (sum((q.value for q in window), Decimal(0)) / series.base_value * 100).quantize(Decimal("0.1"))
    assert abs(latest.index - expected) <= Decimal("0.1")
    assert latest.status is (TargetStatus.MET if latest.index >= 110 else TargetStatus.NOT_MET)
    # Estimated inputs are named: the default multiplier and sections missing from the table (e.g. S).
    assert "multiplier" in latest.estimated_inputs
    assert "gva:S" in {code for q in series.quarters for code in q.estimated_inputs}
    # Every figure reproduces from the inputs stored with it.
    for quarter in series.quarters:
        check = populated.lwsi.verify(quarter.computation_id)
        assert check.reproduces, quarter.quarter
    stored = populated.lwsi.stored_computation(latest.computation_id)
    assert stored.gva.source == SOURCE and stored.gva.year == 2022
    assert stored.activities


def test_a_recomputation_adds_figures_and_the_newest_counts(populated: Services) -> None:
    populated.lwsi.compute(None, until=CalendarQuarter(YEAR, 4))
    with populated.context.sessions() as session:
        first = session.scalar(select(func.count()).select_from(LwsiComputationRecord))
    populated.lwsi.import_gva_table(DATA / "bws_beispiel.csv", source=SOURCE + " v2", year=2023)
    series = populated.lwsi.compute(None, until=CalendarQuarter(YEAR, 4))
    with populated.context.sessions() as session:
        second = session.scalar(select(func.count()).select_from(LwsiComputationRecord))
    assert second == 2 * (first or 0)
    assert series.gva_source is not None and series.gva_source.endswith("v2 (2023)")


def test_a_quarter_counts_only_its_districts_and_its_reactivated_space(populated: Services) -> None:
    area = next(a for a in populated.lwsi.areas() if a.id is not None)
    series = populated.lwsi.compute(area.id, until=CalendarQuarter(YEAR, 4))
    city = populated.lwsi.compute(None, until=CalendarQuarter(YEAR, 4))
    by_quarter = {q.quarter: q for q in series.quarters}
    assert by_quarter[CalendarQuarter(YEAR, 1)].reactivated_m2 == Decimal("120.50")  # lease signed 01.03.
    assert by_quarter[CalendarQuarter(YEAR, 2)].reactivated_m2 == 0
    for quarter in series.quarters:
        city_row = next(c for c in city.quarters if c.quarter == quarter.quarter)
        assert quarter.value <= city_row.value


def test_inputs_come_from_payouts_jobs_and_matches(populated: Services) -> None:
    with populated.context.sessions() as session:
        activities, skipped = business_activities(session)
        spaces = reactivated_spaces(session, date(YEAR, 12, 31))
        supported = session.execute(
            text(
                "SELECT count(DISTINCT k.business_id) FROM cases k JOIN loans l ON l.case_id = k.id "
                "WHERE l.disbursed_on IS NOT NULL"
            )
        ).scalar()
    assert len({a.business_id for a in activities}) + skipped == supported
    assert all(a.fte >= 0 for a in activities)
    assert [s.area_m2 for s in spaces] == [Decimal("120.50")]


def test_the_annual_report_shows_the_index_and_hides_it_when_published_with_few_businesses(
    populated: Services,
) -> None:
    area = next(a for a in populated.lwsi.areas() if a.id is not None)
    populated.lwsi.compute(None, until=CalendarQuarter(YEAR, 4))
    populated.lwsi.compute(area.id, until=CalendarQuarter(YEAR, 4))
    internal = populated.reports.annual_report(ReportPeriod.year(YEAR))
    table = next(t for s in internal.sections for t in s.tables if t.sheet == "LWSI")
    rows = {row[0]: row for row in table.rows}
    assert isinstance(rows["Gesamtstadt Dortmund"][3], Decimal)
    assert "geschätzt" in str(rows["Gesamtstadt Dortmund"][6])
    published = populated.reports.annual_report(ReportPeriod.year(YEAR), published=True, k=1000)
    hidden = next(t for s in published.sections for t in s.tables if t.sheet == "LWSI")
    assert all(str(row[3]) == "." and row[5] == "geheim gehalten" for row in hidden.rows)


def test_the_domain_function_is_the_one_used(populated: Services) -> None:
    series = populated.lwsi.compute(None, until=CalendarQuarter(YEAR, 4))
    stored = populated.lwsi.stored_computation(series.quarters[-1].computation_id)
    again = compute_lwsi(
        stored.activities,
        stored.gva,
        stored.multiplier,
        stored.period,
        population=stored.population,
        spaces=stored.spaces,
    )
    assert again.value == series.quarters[-1].value


def test_the_quarter_page_shows_the_stored_index(populated: Services) -> None:
    area = next(a for a in populated.lwsi.areas() if a.id is not None)
    assert area.id is not None
    assert populated.quarters.quarter_page(area.id).lwsi is None  # nothing computed yet
    series = populated.lwsi.compute(area.id, until=CalendarQuarter(YEAR, 4))
    progress = populated.quarters.quarter_page(area.id).lwsi
    latest = series.latest
    assert progress is not None and latest is not None
    assert (progress.index, progress.as_of_label) == (latest.index, latest.quarter.label)
    assert progress.met is (latest.status is TargetStatus.MET)
    assert progress.estimated  # the default multiplier is an estimate
