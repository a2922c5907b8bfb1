"""Conversion of mapped cells: German numbers and dates, Excel cells, choices, text, and the problems."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dlzw_desktop.domain.enums import (
    BusinessRole,
    CaseOutcome,
    CaseStage,
    ConsultationPlace,
    Gender,
    LegalForm,
    PropertyUse,
)
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.importing.convert import (
    ImportPreview,
    Problem,
    Severity,
    convert_rows,
)
from dlzw_desktop.services.importing.mapping import FIELDS, ImportKind, suggest_mapping
from dlzw_desktop.services.importing.raw import FileKind, RawRow, ReadResult, SourceInfo

TODAY = date(2026, 6, 15)

Cell = str | tuple[str, str] | None


def _table(header: list[str], *rows: Sequence[Cell], date1904: bool = False) -> ReadResult:
    """A read file: header in row 1, then ``rows`` from row 2; a tuple is (text, kind letter)."""
    raw = [RawRow(1, tuple(header), "s" * len(header))]
    for number, cells in enumerate(rows, start=2):
        values: list[str | None] = []
        kinds = ""
        for cell in cells:
            if isinstance(cell, tuple):
                values.append(cell[0])
                kinds += cell[1]
            else:
                values.append(cell)
                kinds += "s" if cell is not None else " "
        raw.append(RawRow(number, tuple(values), kinds))
    return ReadResult(SourceInfo(FileKind.XLSX, date1904=date1904), tuple(raw))


def _convert(
    kind: ImportKind, header: list[str], *rows: Sequence[Cell], block_formulas: bool = False
) -> ImportPreview:
    table = _table(header, *rows)
    mapping = suggest_mapping(kind, table.header_texts)
    return convert_rows(table, mapping, today=TODAY, block_formulas=block_formulas)


def _only(preview: ImportPreview) -> Problem:
    assert len(preview.problems) == 1, preview.problems
    return preview.problems[0]


# --- money and numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1.234,56 €", Decimal("1234.56")),
        ("1234,5", Decimal("1234.50")),
        ("25000", Decimal("25000.00")),
        (("12500.5", "n"), Decimal("12500.50")),  # a number cell
        (("0.30000000000000004", "n"), Decimal("0.30")),  # binary float noise from Excel
    ],
)
def test_amounts_are_read_the_german_way(cell: str | tuple[str, str], expected: Decimal) -> None:
    preview = _convert(
        ImportKind.CASES, ["Firma", "Eingangsdatum", "Kreditbetrag"], ["Café Ayşe", "01.02.2026", cell]
    )

    assert preview.problems == ()
    assert preview.rows[0]["case.requested_amount"] == expected


def test_english_amount_is_a_problem_in_its_cell() -> None:
    preview = _convert(
        ImportKind.CASES, ["Firma", "Eingangsdatum", "Kreditbetrag"], ["Café", "01.02.2026", "1,234.56"]
    )

    problem = _only(preview)
    assert (problem.row, problem.column, problem.header, problem.value) == (
        2,
        "C",
        "Kreditbetrag",
        "1,234.56",
    )
    assert problem.code == "amount.english_format"
    assert problem.severity is Severity.ERROR
    assert not preview.rows[0].importable
    assert preview.importable_count == 0


def test_negative_amount_only_where_allowed() -> None:
    header = ["Firma", "Eingangsdatum", "Haushaltseinkommen", "Betriebsüberschuss"]
    preview = _convert(ImportKind.CASES, header, ["A", "01.02.2026", "-100", ("-2500", "n")])

    assert [p.code for p in preview.problems] == ["amount.negative"]
    assert preview.rows[0]["case.business_surplus"] == Decimal("-2500.00")


def test_area_with_unit_and_bounds() -> None:
    header = ["Straße", "Fläche m²", "Kaltmiete", "Räume"]
    preview = _convert(
        ImportKind.PROPERTIES,
        header,
        ["Hansastraße 5", "85,5 m²", "950", "3"],
        ["Kampstraße 1", "0", "500", "600"],
    )

    assert preview.rows[0]["property.area_m2"] == Decimal("85.50")
    assert preview.rows[0]["property.rooms"] == 3
    assert [(p.row, p.code) for p in preview.problems] == [
        (3, "import.number_too_small"),
        (3, "import.number_too_large"),
    ]


# --- dates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("31.12.2025", date(2025, 12, 31)),
        ("2025-12-31", date(2025, 12, 31)),
        ("31.12.2025 00:00", date(2025, 12, 31)),
        (("2025-12-31T00:00:00", "d"), date(2025, 12, 31)),  # a date cell from openpyxl
        (("45657", "n"), date(2024, 12, 31)),  # an Excel serial number in a "General" cell
        (("45657.75", "n"), date(2024, 12, 31)),  # with a time of day
    ],
)
def test_dates_german_iso_cells_and_serials(cell: str | tuple[str, str], expected: date) -> None:
    preview = _convert(ImportKind.CONSULTATIONS, ["Datum", "Dauer"], [cell, "60"])

    assert preview.problems == ()
    assert preview.rows[0]["consultation.held_on"] == expected


def test_serial_dates_of_the_1904_system() -> None:
    table = _table(["Datum", "Dauer"], [("44195", "n"), "60"], date1904=True)
    preview = convert_rows(table, suggest_mapping(ImportKind.CONSULTATIONS, table.header_texts), today=TODAY)
    assert preview.rows[0]["consultation.held_on"] == date(2024, 12, 31)


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("29.02.2025", "date.not_leap_year"),
        ("31.04.2025", "date.no_such_day"),
        ("nächste Woche", "date.invalid"),
        (("2025", "n"), "import.year_not_date"),
        (("=HEUTE()", "f"), "import.formula_not_value"),
        (("#NV", "e"), "import.excel_error"),
    ],
)
def test_bad_dates_are_problems_not_exceptions(cell: str | tuple[str, str], code: str) -> None:
    preview = _convert(ImportKind.CONSULTATIONS, ["Datum", "Dauer"], [cell, "60"])

    assert _only(preview).code == code
    assert _only(preview).column == "A"


def test_birth_dates_with_two_digit_years_lie_in_the_past() -> None:
    preview = _convert(
        ImportKind.PERSONS, ["Nachname", "Geburtsdatum"], ["Öztürk", "12.03.78"], ["Kaya", "01.01.05"]
    )

    assert preview.rows[0]["person.birth_date"] == date(1978, 3, 12)
    assert preview.rows[1]["person.birth_date"] == date(2005, 1, 1)
    warning = _only(preview)
    assert (warning.row, warning.code, warning.severity) == (2, "import.two_digit_year", Severity.WARNING)
    assert preview.importable_count == 2


def test_birth_date_in_the_future_is_an_error() -> None:
    preview = _convert(ImportKind.PERSONS, ["Nachname", "Geburtsdatum"], ["Kaya", "01.01.2030"])
    assert _only(preview).code == "birth_date.future"


# --- choices, yes/no, minutes, languages, postcodes, e-mail --------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("weiblich", Gender.FEMALE),
        ("W", Gender.FEMALE),
        ("Frau", Gender.FEMALE),
        ("männlich", Gender.MALE),
        ("maennlich", Gender.MALE),
        ("divers", Gender.DIVERSE),
        ("keine Angabe", Gender.NOT_STATED),
        ("k.A.", Gender.NOT_STATED),
        (None, Gender.NOT_STATED),
    ],
)
def test_gender_from_german_labels(cell: str | None, expected: Gender) -> None:
    preview = _convert(ImportKind.PERSONS, ["Nachname", "Geschlecht"], ["Kaya", cell])

    assert preview.problems == ()
    assert preview.rows[0]["person.gender"] is expected


def test_unknown_label_lists_the_accepted_ones() -> None:
    problem = _only(_convert(ImportKind.PERSONS, ["Nachname", "Rechtsform"], ["Kaya", "AG"]))

    assert problem.code == "import.unknown_choice"
    assert "GmbH" in problem.params["allowed"]
    assert "Einzelunternehmen" in problem.message


def test_business_fields_from_german_words() -> None:
    header = ["Nachname", "Firma", "Rechtsform", "Rolle", "Gründung geplant", "Mitarbeiter"]
    preview = _convert(ImportKind.PERSONS, header, ["Kaya", "Kaya Bau", "e.K.", "Mitgründerin", "x", "3"])

    row = preview.rows[0]
    assert preview.problems == ()
    assert (row["business.legal_form"], row["business.role"]) == (LegalForm.EK, BusinessRole.CO_FOUNDER)
    assert (row["business.founding_planned"], row["business.employees"]) == (True, 3)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("ja", True), ("Nein", False), ("x", True), ("✓", True), (("1", "b"), True), (("0", "n"), False)],
)
def test_yes_no(cell: str | tuple[str, str], expected: bool) -> None:
    header = ["Straße", "Fläche", "Kaltmiete", "Schaufenster"]
    preview = _convert(ImportKind.PROPERTIES, header, ["Hansastraße 5", "80", "900", cell])
    assert preview.rows[0]["property.shop_window"] is expected


def test_uses_list_and_defaults() -> None:
    header = ["Straße", "Fläche", "Kaltmiete", "Nutzung"]
    preview = _convert(ImportKind.PROPERTIES, header, ["Hansastraße 5", "80", "900", "Laden, Büro und Café"])

    row = preview.rows[0]
    assert row["property.uses"] == (PropertyUse.RETAIL, PropertyUse.OFFICE, PropertyUse.GASTRONOMY)
    assert row["property.ground_floor"] is True  # the default when the list has no such column
    assert row["property.service_charges"] == Decimal("0.00")


@pytest.mark.parametrize(
    ("cell", "minutes"),
    [("90", 90), ("90 Min.", 90), ("1:30", 90), (("01:30:00", "t"), 90), ("1,5 h", 90), (("45", "n"), 45)],
)
def test_durations(cell: str | tuple[str, str], minutes: int) -> None:
    preview = _convert(ImportKind.CONSULTATIONS, ["Datum", "Dauer"], ["01.02.2026", cell])
    assert preview.problems == ()
    assert preview.rows[0]["consultation.duration_minutes"] == minutes


def test_consultation_place_and_language() -> None:
    header = ["Datum", "Dauer", "Beratungsort", "Sprache"]
    preview = _convert(
        ImportKind.CONSULTATIONS,
        header,
        ["01.02.2026", "60", "telefonisch", "Türkisch"],
        ["02.02.2026", "30", None, None],
    )

    assert preview.rows[0]["consultation.place"] is ConsultationPlace.PHONE
    assert preview.rows[0]["consultation.language"] == "tr"
    assert preview.rows[1]["consultation.place"] is ConsultationPlace.OFFICE
    assert preview.rows[1]["consultation.language"] == "de"


def test_languages_as_codes() -> None:
    preview = _convert(
        ImportKind.PERSONS,
        ["Nachname", "Sprachen"],
        ["Kaya", "Deutsch, Türkisch / Kurdisch"],
        ["Ali", "Klingonisch"],
    )
    assert preview.rows[0]["person.preferred_languages"] == "de,tr,ku"
    assert _only(preview).code == "import.unknown_language"


def test_postcodes_keep_their_leading_zero() -> None:
    preview = _convert(
        ImportKind.PERSONS, ["Nachname", "PLZ"], ["A", ("1067", "n")], ["B", "D-44135"], ["C", "7511 AB"]
    )

    assert [row["person.postcode"] for row in preview.rows] == ["01067", "44135", "7511 AB"]
    assert [(p.row, p.code, p.severity) for p in preview.problems] == [
        (4, "import.postcode_unusual", Severity.WARNING)
    ]


def test_email_must_be_one_address() -> None:
    preview = _convert(
        ImportKind.PERSONS, ["Nachname", "E-Mail"], ["A", "mailto:a@example.de"], ["B", "a@x.de; b@y.de"]
    )
    assert preview.rows[0]["person.email"] == "a@example.de"
    assert _only(preview).code == "import.email_invalid"


# --- text ----------------------------------------------------------------------------------------------


def test_text_keeps_every_script_and_is_normalised_to_nfc() -> None:
    names = ["Yılmaz Ağaoğlu", "محمد عبد الله", "Иванов", "Nguyễn", "Mu\u0308ller", "q\u0307"]
    preview = _convert(ImportKind.PERSONS, ["Nachname"], *([f"  {name} "] for name in names))

    assert [row["person.family_name"] for row in preview.rows] == [
        "Yılmaz Ağaoğlu", "محمد عبد الله", "Иванов", "Nguyễn", "Müller", "q\u0307",
    ]  # fmt: skip
    assert preview.problems == ()


def test_text_longer_than_the_column_is_a_problem() -> None:
    preview = _convert(ImportKind.PERSONS, ["Nachname", "Vorname"], ["x" * 201, "Anna"], ["y" * 200, "Ben"])

    problem = _only(preview)
    assert (problem.row, problem.column, problem.code) == (2, "A", "import.text_too_long")
    assert problem.params == {"length": 201, "limit": 200}
    assert preview.rows[1].importable


def test_control_characters_are_removed_with_a_warning() -> None:
    preview = _convert(ImportKind.PERSONS, ["Nachname"], ["Mül\x07ler\x0b"])
    assert preview.rows[0]["person.family_name"] == "Müller"
    assert _only(preview).code == "import.control_characters"


def test_numbers_and_dates_in_text_fields_read_as_the_user_sees_them() -> None:
    header = ["Nachname", "Telefon", "Bemerkung"]
    preview = _convert(ImportKind.PERSONS, header, ["A", ("4923112345", "n"), ("2025-03-01T00:00:00", "d")])
    assert (preview.rows[0]["person.phone"], preview.rows[0]["person.notes"]) == ("4923112345", "01.03.2025")


# --- formulas ------------------------------------------------------------------------------------------


def test_formula_is_imported_as_text_with_a_warning() -> None:
    header = ["Nachname", "Telefon"]
    preview = _convert(ImportKind.PERSONS, header, [('=HYPERLINK("http://x")', "f"), "+49 231 50-0"])

    row = preview.rows[0]
    assert row["person.family_name"] == '=HYPERLINK("http://x")'
    assert row["person.phone"] == "+49 231 50-0"  # a phone number is no formula
    problem = _only(preview)
    assert (problem.code, problem.severity, problem.column) == (
        "import.formula_as_text",
        Severity.WARNING,
        "A",
    )
    assert row.importable


@pytest.mark.parametrize("text", ["=1+1", "@SUM(A1)", "-2+3+cmd|' /C calc'!A0", '+HYPERLINK("x")', "\t=1+1"])
def test_text_that_spreadsheets_would_run_is_flagged(text: str) -> None:
    preview = _convert(ImportKind.PERSONS, ["Nachname"], [text])
    assert _only(preview).code == "import.formula_as_text"


def test_formulas_can_be_made_to_block_their_row() -> None:
    preview = _convert(ImportKind.PERSONS, ["Nachname"], [("=A1", "f")], block_formulas=True)
    problem = _only(preview)
    assert (problem.code, problem.severity) == ("import.formula_as_text", Severity.ERROR)
    assert preview.importable_count == 0


# --- rows ----------------------------------------------------------------------------------------------


def test_required_cell_empty_is_a_problem_and_empty_rows_are_skipped() -> None:
    preview = _convert(
        ImportKind.PERSONS, ["Nachname", "Vorname"], ["", "Anna"], [None, None], ["-", None], ["Kaya", "Ali"]
    )

    assert [row.number for row in preview.rows] == [2, 5]
    assert preview.skipped_empty_rows == 2
    problem = _only(preview)
    assert (problem.row, problem.column, problem.code) == (2, "A", "import.required")


def test_required_field_without_a_column_stops_before_any_row() -> None:
    table = _table(["Vorname"], ["Anna"])
    with pytest.raises(ValidationError) as caught:
        convert_rows(table, suggest_mapping(ImportKind.PERSONS, table.header_texts))
    assert caught.value.code == "import.mapping_incomplete"
    assert caught.value.params["fields"] == "person.family_name"


def test_column_letters_beyond_z() -> None:
    header = [f"Spalte {index}" for index in range(27)] + ["Nachname"]
    preview = _convert(ImportKind.PERSONS, header, [*(["x"] * 27), "y" * 300])
    assert _only(preview).column == "AB"


def test_business_details_need_a_business_name() -> None:
    preview = _convert(
        ImportKind.PERSONS, ["Nachname", "Firma", "Rechtsform"], ["Kaya", None, "GmbH"], ["Ali", None, None]
    )
    problem = _only(preview)
    assert (problem.row, problem.code) == (2, "import.business_name_missing")
    assert preview.rows[1].importable


def test_closed_case_needs_an_outcome_and_consistent_dates() -> None:
    header = ["Firma", "Eingangsdatum", "Status", "Ergebnis", "Abschlussdatum"]
    preview = _convert(
        ImportKind.CASES,
        header,
        ["A", "01.02.2025", "abgeschlossen", None, "01.03.2025"],
        ["B", "01.02.2025", "abgeschlossen", "zurückgezahlt", "01.01.2025"],
        ["C", "01.02.2025", "ausgezahlt", None, None],
    )

    assert [(p.row, p.code) for p in preview.problems] == [
        (2, "import.closed_without_outcome"),
        (3, "import.closed_before_opened"),
    ]
    assert preview.rows[1]["case.outcome"] is CaseOutcome.REPAID
    assert preview.rows[2]["case.stage"] is CaseStage.DISBURSED


def test_typed_access_checks_the_type() -> None:
    preview = _convert(ImportKind.PERSONS, ["Nachname", "Geburtsdatum"], ["Kaya", "01.01.1990"])
    row = preview.rows[0]

    assert row.value("person.birth_date", date) == date(1990, 1, 1)
    assert row.value("person.email", str) is None
    with pytest.raises(TypeError):
        row.value("person.birth_date", str)


def test_progress_is_reported_to_the_end() -> None:
    table = _table(["Nachname"], *([f"N{index}"] for index in range(12_000)))
    seen: list[tuple[int, int | None]] = []
    convert_rows(
        table,
        suggest_mapping(ImportKind.PERSONS, table.header_texts),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen == [(5000, 12_000), (10_000, 12_000), (12_000, 12_000)]


@pytest.mark.parametrize("cell", ["9" * 40, ("1e300", "n"), ("nan", "n")])
def test_absurd_numbers_are_a_problem_not_a_crash(cell: Cell) -> None:
    preview = _convert(
        ImportKind.CASES, ["Firma", "Eingangsdatum", "Kreditbetrag"], ["A", "01.02.2026", cell]
    )
    assert _only(preview).code in {"import.value_unreadable", "import.not_a_number", "amount.too_large"}
    assert preview.importable_count == 0


@pytest.mark.parametrize("kind", list(ImportKind))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cells=st.lists(
        st.tuples(st.text(min_size=1, max_size=30), st.sampled_from("sndtbfe")), min_size=1, max_size=40
    )
)
def test_no_cell_content_breaks_the_conversion(kind: ImportKind, cells: list[tuple[str, str]]) -> None:
    """Whatever a file holds, every cell ends as a value or a problem; nothing raises."""
    header = [synonym for target in FIELDS[kind] for synonym in target.synonyms[:1]]
    values = tuple(text for text, _ in cells[: len(header)])
    table = ReadResult(
        SourceInfo(FileKind.XLSX),
        (
            RawRow(1, tuple(header), "s" * len(header)),
            RawRow(2, values, "".join(letter for _, letter in cells[: len(header)])),
        ),
    )
    preview = convert_rows(table, suggest_mapping(kind, table.header_texts), today=TODAY)
    assert preview.total_rows + preview.skipped_empty_rows == 1
    assert all(problem.row == 2 for problem in preview.problems)
