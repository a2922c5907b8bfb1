"""The local economy picture of a quarter, its XLSX export, and the district statistics import."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from dlzw_desktop.domain.enums import MigrationBackground, PropertyStatus
from dlzw_desktop.domain.neighbourhood import DistrictIndicator
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.district_statistics_import import parse_number
from dlzw_desktop.services.quarter_service import QuarterDraft, QuarterRow
from dlzw_desktop.services.registry import Services
from tests.services.neighbourhood_data import add_business, add_person, add_property, district

SOURCE = "Dortmunder Statistik, Bevölkerung nach statistischen Bezirken, abgerufen 03.2026"


def nordstadt(services: Services) -> QuarterRow:
    quarter = services.quarters.create_quarter(
        QuarterDraft("Nordstadt", 2025, (district("Nordmarkt"), district("Borsigplatz"), district("Hafen")))
    )
    yes = add_person(services, "Yıldız", "Ayşe", background=MigrationBackground.YES, languages="tr, de")
    no = add_person(services, "Schulte", "Jan", background=MigrationBackground.NO, languages="de")
    quiet = add_person(services, "Ohne", "Angabe", languages="ar")
    add_business(
        services,
        "Lokanta Ayşe",
        "Nordmarkt",
        sector_code="56.10",
        founders=(yes,),
        disbursed=True,
        consultation_language="tr",
    )
    add_business(
        services, "Fahrrad Schulte", "Hafen", sector_code="47.64", founders=(no,), consultation_language="de"
    )
    add_business(
        services,
        "Laden ohne Angabe",
        "Borsigplatz",
        sector_code="47.11",
        founders=(quiet,),
        consultation_language="ar",
    )
    add_business(services, "Ohne Gründer", "Borsigplatz")  # no founder recorded, no WZ class
    add_business(
        services,
        "Kanzlei City",
        "City",
        sector_code="69.10",
        founders=(no,),
        disbursed=True,
        consultation_language="en",
    )
    add_business(services, "Ohne Fall", "Nordmarkt", with_case=False)  # not supported: no case
    add_property(services, "Münsterstraße 1", "Nordmarkt")
    add_property(
        services, "Mallinckrodtstraße 5", "Hafen", status=PropertyStatus.LET, let_on=date(2025, 6, 1)
    )
    add_property(services, "Westenhellweg 1", "City")
    return quarter


def test_the_picture_counts_the_quarter_next_to_the_city(services: Services) -> None:
    quarter = nordstadt(services)
    picture = services.local_economy.picture(quarter.id)
    assert (picture.supported, picture.city_supported) == (4, 5)
    assert (picture.financed, picture.city_financed) == (1, 2)
    # One yes, one no, two without an answer (one founder did not say, one business has no founder).
    share = picture.migrant_led
    assert (share.yes, share.no, share.not_stated) == (1, 1, 2)
    assert share.yes_percent == Decimal("50.0")
    assert picture.city_migrant_led.yes_percent == Decimal("33.3")
    sections = {s.section: (s.quarter, s.city) for s in picture.sections}
    assert sections == {"G": (2, 2), "I": (1, 1), "M": (0, 1), "": (1, 1)}
    languages = {
        lang.code: (lang.consultations, lang.city_consultations, lang.people) for lang in picture.languages
    }
    assert languages["tr"] == (1, 1, 1)
    assert languages["de"] == (1, 1, 2)
    assert languages["ar"] == (1, 1, 1)
    assert "en" not in languages  # the English consultation was held in the City, outside the quarter
    assert (picture.vacant, picture.city_vacant) == (1, 2)
    assert (picture.reactivated, picture.reactivated_since_base_year) == (1, 1)
    assert picture.references == ()  # no district statistics imported yet


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def test_district_statistics_are_imported_and_set_against_the_quarter(
    services: Services, tmp_path: Path
) -> None:
    quarter = nordstadt(services)
    lines = ["Bezirk;Jahr;Einwohner;Einwohner mit Migrationshintergrund;Betriebe"]
    for row in services.reference.districts():
        lines.append(f"{row.name};2024;10.000;4.000;500")
    lines.append("Stadtbezirk Innenstadt-Nord;2024;30.000;12.000;1.500")  # a subtotal: skipped
    lines.append("Dortmund;2024;620.000;250.000;31.000")  # the published city total wins over the sum
    path = write_csv(tmp_path / "bezirke.csv", "\n".join(lines), encoding="cp1252")
    result = services.local_economy.import_statistics(path, source=SOURCE)
    assert result.figures == 63 * 3
    assert result.skipped_rows == ("Stadtbezirk Innenstadt-Nord",)
    assert result.indicators == (
        DistrictIndicator.POPULATION,
        DistrictIndicator.POPULATION_MIGRANT,
        DistrictIndicator.BUSINESSES,
    )
    sets = services.local_economy.statistics_sets()
    assert {(s.indicator, s.year, s.districts, s.has_city_total) for s in sets} == {
        (indicator, 2024, 62, True) for indicator in result.indicators
    }
    picture = services.local_economy.picture(quarter.id)
    figures = {f.key: f for f in picture.references}
    assert figures["population"].quarter_value == Decimal(30000)
    assert figures["population"].city_value == Decimal(620000)
    assert figures["population"].year == 2024 and figures["population"].source == SOURCE
    assert figures["population_migrant_share"].quarter_value == Decimal("40.0")
    assert figures["supported_per_1000_residents"].quarter_value == Decimal("0.1")  # 4 of 30.000
    assert figures["supported_per_100_businesses"].quarter_value == Decimal("0.3")  # 4 of 1.500

    # Importing the same year again replaces the figures instead of adding to them.
    again = services.local_economy.import_statistics(path, source=SOURCE)
    assert again.replaced == 63 * 3
    assert services.local_economy.picture(quarter.id).references == picture.references


def test_an_xlsx_table_without_year_column_takes_the_given_year(services: Services, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Stat. Bezirk", "Leerstände", "Gewerbeanmeldungen"])
    sheet.append(["Nordmarkt", 12, "."])  # "." = secret in German statistics: no value
    sheet.append(["Hafen", 7.0, 30])
    path = tmp_path / "leerstand.xlsx"
    workbook.save(path)
    result = services.local_economy.import_statistics(
        path, source="Stadt Dortmund, Leerstandskataster", year=2025
    )
    assert result.figures == 3
    assert result.years == (2025,)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("Bezirk;Jahr;Einwohner\nAtlantis;2024;100", "statistics.unknown_district"),
        ("Bezirk;Jahr;Einwohner\nHafen;2024;viele", "statistics.not_a_number"),
        ("Bezirk;Jahr;Einwohner\nHafen;2024;-5", "statistics.negative"),
        ("Bezirk;Jahr;Einwohner\nHörde;2024;100\nHörde;2024;5000", "statistics.twice"),
        ("Ort;Jahr;Einwohner\nHafen;2024;100", "statistics.no_district_column"),
        ("Bezirk;Jahr;Farbe\nHafen;2024;blau", "statistics.no_figures"),
        ("Bezirk;Einwohner\nHafen;100", "statistics.year_missing"),
    ],
)
def test_a_table_with_problems_is_refused_as_a_whole(
    services: Services, tmp_path: Path, content: str, code: str
) -> None:
    path = write_csv(tmp_path / "x.csv", content + "\nNordmarkt;2024;200" if "Jahr" in content else content)
    with pytest.raises(ValidationError) as caught:
        services.local_economy.import_statistics(path, source=SOURCE)
    assert caught.value.code == code
    assert services.local_economy.statistics_sets() == []


def test_the_source_is_required(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", "Bezirk;Jahr;Einwohner\nHafen;2024;100")
    with pytest.raises(ValidationError) as caught:
        services.local_economy.import_statistics(path, source="  ")
    assert caught.value.code == "statistics.source_missing"


def test_other_files_are_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(ValidationError) as caught:
        services.local_economy.import_statistics(path, source=SOURCE)
    assert caught.value.code == "statistics.unsupported_file"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12.345", Decimal(12345)),
        ("12,5", Decimal("12.5")),
        ("1.234,5", Decimal("1234.5")),
        ("1,234.5", Decimal("1234.5")),
        ("7", Decimal(7)),
        (".", None),
        ("-", None),
        ("", None),
        (3.5, Decimal("3.5")),
    ],
)
def test_numbers_are_read_the_german_way(text: object, value: Decimal | None) -> None:
    assert parse_number(text) == value


def test_the_picture_export_holds_figures_sources_and_years(services: Services, tmp_path: Path) -> None:
    quarter = nordstadt(services)
    lines = ["Bezirk;Jahr;Einwohner"] + [f"{d.name};2024;1000" for d in services.reference.districts()]
    services.local_economy.import_statistics(write_csv(tmp_path / "e.csv", "\n".join(lines)), source=SOURCE)
    path = services.local_economy.export_picture(quarter.id, tmp_path / "bild.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == [
        "Überblick",
        "Branchen (WZ-Abschnitte)",
        "Beratungssprachen",
        "Vergleichswerte Statistik",
        "Hinweise",
    ]
    overview = {row[0]: row[1:] for row in workbook["Überblick"].iter_rows(min_row=2, values_only=True)}
    assert overview["Geförderte Unternehmen (mit Fall)"] == (4, 5)
    assert overview["Keine Angabe (gesondert gezählt)"] == (2, 2)
    assert overview["Anteil migrantisch geführt an den Angaben (%)"] == (50, 33.3)
    languages = {
        row[0]: row[2] for row in workbook["Beratungssprachen"].iter_rows(min_row=2, values_only=True)
    }
    assert languages["Türkisch"] == 1 and languages["Arabisch"] == 1
    references = list(workbook["Vergleichswerte Statistik"].iter_rows(min_row=2, values_only=True))
    assert references[0] == ("Einwohner/innen", 3000, 62000, 2024, SOURCE)
