"""Column mapping: suggestions from realistic German and English header rows, saving and reuse."""

from __future__ import annotations

import pytest

from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.importing.mapping import (
    FIELDS,
    ColumnAssignment,
    ColumnMapping,
    ImportKind,
    normalise,
    suggest_mapping,
)


def _fields(mapping: ColumnMapping, header: list[str]) -> dict[str, str]:
    """Header title -> field key, the way the user reads the suggestion."""
    return {header[item.column]: item.field for item in mapping.assignments}


def test_persons_list_as_the_office_keeps_it() -> None:
    header = [
        "Lfd. Nr.", "Name", "Vorname", "geb.", "Geschlecht", "Straße / Hausnr.", "PLZ", "Wohnort", "Tel.",
        "E-Mail-Adresse", "Firma", "Rechtsform", "Gründungsdatum", "Mitarbeiter", "Bemerkungen",
    ]  # fmt: skip

    mapping = suggest_mapping(ImportKind.PERSONS, header)

    assert _fields(mapping, header) == {
        "Name": "person.family_name",
        "Vorname": "person.given_names",
        "geb.": "person.birth_date",
        "Geschlecht": "person.gender",
        "Straße / Hausnr.": "person.street",
        "PLZ": "person.postcode",
        "Wohnort": "person.city",
        "Tel.": "person.phone",
        "E-Mail-Adresse": "person.email",
        "Firma": "business.name",
        "Rechtsform": "business.legal_form",
        "Gründungsdatum": "business.founding_date",
        "Mitarbeiter": "business.employees",
        "Bemerkungen": "person.notes",
    }
    assert mapping.missing_required() == ()


def test_english_headers_are_understood() -> None:
    header = ["Surname", "First name", "Date of birth", "E-mail", "ZIP code", "City", "Company name"]

    mapping = suggest_mapping(ImportKind.PERSONS, header)

    assert _fields(mapping, header) == {
        "Surname": "person.family_name",
        "First name": "person.given_names",
        "Date of birth": "person.birth_date",
        "E-mail": "person.email",
        "ZIP code": "person.postcode",
        "City": "person.city",
        "Company name": "business.name",
    }


def test_properties_with_units_and_hints_in_the_titles() -> None:
    header = ["Adresse", "PLZ", "Stadtteil", "Fläche m²", "Kaltmiete (€)", "Nebenkosten in EUR",
              "Schaufenster", "barrierefrei", "Zustand", "leer seit", "Eigentümer/in",
              "Nutzungsart"]  # fmt: skip

    mapping = suggest_mapping(ImportKind.PROPERTIES, header)

    assert _fields(mapping, header) == {
        "Adresse": "property.street",
        "PLZ": "property.postcode",
        "Stadtteil": "property.district",
        "Fläche m²": "property.area_m2",
        "Kaltmiete (€)": "property.cold_rent",
        "Nebenkosten in EUR": "property.service_charges",
        "Schaufenster": "property.shop_window",
        "barrierefrei": "property.step_free",
        "Zustand": "property.condition",
        "leer seit": "property.vacant_since",
        "Eigentümer/in": "property.owner_name",
        "Nutzungsart": "property.uses",
    }


def test_cases_and_consultations() -> None:
    cases = ["Fall-Nr.", "Firma", "Antragsteller/in", "Eingangsdatum", "Kreditbetrag in €",
             "Laufzeit (Monate)", "Status", "Berater/in"]  # fmt: skip
    consultations = ["Datum", "Dauer (Min.)", "Beratungsort", "Sprache", "Themen", "Aktenzeichen"]

    assert _fields(suggest_mapping(ImportKind.CASES, cases), cases) == {
        "Fall-Nr.": "case.number",
        "Firma": "case.business_name",
        "Antragsteller/in": "case.family_name",
        "Eingangsdatum": "case.opened_on",
        "Kreditbetrag in €": "case.requested_amount",
        "Laufzeit (Monate)": "case.planned_term_months",
        "Status": "case.stage",
        "Berater/in": "case.advisor",
    }
    assert _fields(suggest_mapping(ImportKind.CONSULTATIONS, consultations), consultations) == {
        "Datum": "consultation.held_on",
        "Dauer (Min.)": "consultation.duration_minutes",
        "Beratungsort": "consultation.place",
        "Sprache": "consultation.language",
        "Themen": "consultation.topics",
        "Aktenzeichen": "consultation.case_number",
    }


def test_typos_are_matched_by_similarity_and_strangers_are_left_alone() -> None:
    header = ["Nachnahme", "Geburtsdatm", "Postleizahl", "Lieblingsfarbe", "Telefon privat"]

    fields = _fields(suggest_mapping(ImportKind.PERSONS, header), header)

    assert fields["Nachnahme"] == "person.family_name"
    assert fields["Geburtsdatm"] == "person.birth_date"
    assert fields["Postleizahl"] == "person.postcode"
    assert "Lieblingsfarbe" not in fields


def test_each_column_and_each_field_is_used_once() -> None:
    header = ["Name", "Name", "Nachname"]

    mapping = suggest_mapping(ImportKind.PERSONS, header)

    assert [item.field for item in mapping.assignments] == ["person.family_name"]
    assert mapping.column_of("person.family_name") == 0


def test_header_normalisation_folds_case_umlauts_and_punctuation() -> None:
    assert normalise("  STRASSE/Nr. ") == "strasse nr"
    assert normalise("Straße") == normalise("Strasse")
    assert normalise("Größe m²") == "groesse m2"
    assert normalise("Gründer/-in") == "gruender in"


@pytest.mark.parametrize("kind", list(ImportKind))
def test_no_synonym_points_at_two_fields_of_one_kind(kind: ImportKind) -> None:
    owners: dict[str, str] = {}
    for target in FIELDS[kind]:
        for synonym in target.synonyms:
            key = normalise(synonym).replace(" ", "")
            assert owners.setdefault(key, target.key) == target.key, synonym


def test_saved_mapping_survives_json_and_fits_reordered_columns() -> None:
    header = ["Name", "Firma", "PLZ"]
    mapping = (
        suggest_mapping(ImportKind.PERSONS, header)
        .with_column("business.name", 0, "Name")  # this office writes the business in "Name"
        .with_column("person.family_name", 1, "Firma")
    )

    restored = ColumnMapping.from_json(mapping.to_json())
    next_file = ["PLZ", "Firma", "Ort", "Name"]
    reused = suggest_mapping(ImportKind.PERSONS, next_file, saved=restored)

    assert restored == mapping
    assert _fields(reused, next_file) == {
        "Name": "business.name",
        "Firma": "person.family_name",
        "PLZ": "person.postcode",
        "Ort": "person.city",
    }


def test_a_user_correction_moves_a_column_rather_than_using_it_twice() -> None:
    mapping = suggest_mapping(ImportKind.PERSONS, ["Name", "Vorname"])

    corrected = mapping.with_column("person.given_names", 0, "Name")

    assert corrected.column_of("person.given_names") == 0
    assert corrected.column_of("person.family_name") is None
    assert [field.key for field in corrected.missing_required()] == ["person.family_name"]


@pytest.mark.parametrize(
    "text",
    [
        "nicht json",
        '{"version": 99, "kind": "persons", "assignments": []}',
        '{"version": 1, "kind": "cars", "assignments": []}',
        '{"version": 1, "kind": "persons", "assignments": [{"field": "person.family_name", "column": "A", '
        '"header": "Name"}]}',
    ],
)
def test_damaged_saved_mapping_is_refused_with_a_message(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ColumnMapping.from_json(text)
    assert caught.value.code == "import.mapping_invalid"


def test_a_mapping_cannot_name_a_field_of_another_kind() -> None:
    with pytest.raises(ValidationError) as caught:
        ColumnMapping(ImportKind.CASES, (ColumnAssignment("person.family_name", 0, "Name"),))
    assert caught.value.code == "import.mapping_unknown_field"
