"""Importing lists into the database: what the preview shows, duplicates, choices, all or nothing,
saved mappings, the report, the audit trail, and each kind of list."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import delete, func, select

from dlzw_desktop.db.models import (
    AuditEntry,
    Business,
    BusinessMember,
    Case,
    Consultation,
    Lender,
    Person,
    Property,
    PropertyStatusChange,
    StageChange,
)
from dlzw_desktop.domain.enums import (
    BusinessRole,
    CaseOutcome,
    CaseStage,
    ConsultationPlace,
    PropertyStatus,
    PropertyUse,
    Role,
)
from dlzw_desktop.errors import PermissionDenied, ValidationError
from dlzw_desktop.services.importing.mapping import ImportKind
from dlzw_desktop.services.importing.plan import ImportPlan, RowAction, RowStatus
from dlzw_desktop.services.importing.writer import ImportWriteFailed
from dlzw_desktop.services.intake_service import BusinessDraft, PersonDraft
from dlzw_desktop.services.registry import Services
from tests.services.case_helpers import open_case, sign_in_as

TODAY = date(2026, 6, 15)

PERSONS_HEADER = ["Nachname", "Vorname", "Geburtsdatum", "PLZ", "Straße", "Stadtteil", "Unternehmen",
                  "Rechtsform", "Branche", "Rolle"]  # fmt: skip


def xlsx(path: Path, header: Sequence[str], *rows: Sequence[object]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def plan_of(services: Services, path: Path, kind: ImportKind) -> ImportPlan:
    table = services.imports.read(path)
    mapping = services.imports.suggest_mapping(kind, table.header_texts)
    return services.imports.preview(table, mapping, file_name=path.name, today=TODAY)


def count(services: Services, model: type) -> int:
    with services.context.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def row(plan: ImportPlan, number: int):  # type: ignore[no-untyped-def]
    return next(r for r in plan.rows if r.number == number)


def codes(plan: ImportPlan, number: int) -> set[str]:
    return {problem.code for problem in row(plan, number).problems}


# --- persons and businesses ------------------------------------------------------------------------------


def test_a_founders_list_comes_in_with_businesses_roles_and_areas(services: Services, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "gruender.xlsx",
        PERSONS_HEADER,
        ["Müller", "Anna", date(1980, 1, 2), "44137", "Hansastraße 4", "Hörde", "Café Anna", "GmbH",
         "56.10", "Gründerin"],
        ["Yılmaz", "Ayşe", "15.03.1975", "44145", "Münsterstr. 10", "Nordmarkt", "Café Anna", "GmbH",
         "56.10", "Mitgründerin"],
        ["Kaya", "Elif", None, "44139", "Kampstraße 1", None, "Backstube Kaya", "Einzelunternehmen",
         "Herstellung von Backwaren (ohne Dauerbackwaren)", None],
    )  # fmt: skip

    plan = plan_of(services, path, ImportKind.PERSONS)
    assert [r.status for r in plan.rows] == [RowStatus.READY] * 3
    result = services.imports.commit(plan)

    assert (result.imported, result.created) == (
        3,
        {"business_members": 3, "businesses": 2, "persons": 3},
    )
    cafe = services.intake.list_businesses("Café Anna")[0]
    assert {(m.person_name, m.role) for m in cafe.members} == {
        ("Anna Müller", BusinessRole.FOUNDER),
        ("Ayşe Yılmaz", BusinessRole.CO_FOUNDER),
    }
    assert cafe.sector_label is not None and cafe.sector_label.startswith("56.10 ")
    anna = services.intake.list_persons("Müller")[0]
    assert (anna.birth_date, anna.district_name) == (date(1980, 1, 2), "Hörde")
    bakery = services.intake.list_businesses("Backstube")[0]
    assert bakery.sector_label is not None and bakery.sector_label.startswith("10.71")


def test_the_preview_names_every_problem_and_nothing_is_written(services: Services, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "liste.xlsx",
        PERSONS_HEADER,
        ["Schmidt", "=HYPERLINK(\"http://x\")", "01.01.1990", "44139", "Kampstraße 1", "Hördex", None, None,
         None, None],
        ["Weber", "Jan", "31.02.1990", "44139", "Kampstraße 2", "Atlantis", "Laden", None, "99.99", None],
        [None, "Ohne Namen", None, None, None, None, None, None, None, None],
    )  # fmt: skip

    plan = plan_of(services, path, ImportKind.PERSONS)

    assert codes(plan, 2) == {"import.formula_as_text", "import.read_as"}
    assert row(plan, 2).status is RowStatus.WARNING  # flagged, still imported: as text
    assert codes(plan, 3) >= {"date.no_such_day", "import.unknown_district", "import.unknown_sector"}
    assert row(plan, 3).actions == (RowAction.SKIP,)
    assert codes(plan, 4) == {"import.required"}
    assert count(services, Person) == 0
    services.imports.commit(plan)
    with services.context.sessions() as session:
        given = session.scalar(select(Person.given_names).where(Person.family_name == "Schmidt"))
    assert given == '=HYPERLINK("http://x")'  # the formula's text, never its value


def test_duplicates_in_the_database_are_skipped_and_the_user_may_choose(
    services: Services, tmp_path: Path
) -> None:
    services.intake.create_person(
        PersonDraft("Müller", "Anna", birth_date=date(1980, 1, 2), street="Hansastraße 4", postcode="44137")
    )
    path = xlsx(
        tmp_path / "liste.xlsx",
        PERSONS_HEADER,
        ["Mueller", "Anna", "02.01.1980", "44137", "Hansastr. 4", None, None, None, None, None],
        ["Müller", "Anna", "02.01.1980", "44137", "Hansastraße 4", None, "Neuer Laden", None, None, None],
        ["Müller", "Anne", None, "44137", "Hansastraße 4", None, None, None, None, None],
    )  # fmt: skip

    plan = plan_of(services, path, ImportKind.PERSONS)

    first, second, third = plan.rows
    assert first.duplicates[0].confident and first.default_action is RowAction.SKIP
    assert second.default_action is RowAction.LINK  # known person, new business: linked
    assert not third.duplicates[0].confident  # similar name, same address: shown, imported unless skipped
    assert third.default_action is RowAction.IMPORT
    result = services.imports.commit(plan, {first.number: RowAction.IMPORT})

    assert (result.imported, result.linked, result.skipped_duplicates) == (3, 1, 0)
    names = [p.full_name for p in services.intake.list_persons()]
    assert names.count("Anna Müller") == 1 and "Anna Mueller" in names and "Anne Müller" in names
    shop = services.intake.list_businesses("Neuer Laden")[0]
    assert [m.person_name for m in shop.members] == ["Anna Müller"]


def test_a_person_named_twice_in_the_file_is_recorded_once_with_both_businesses(
    services: Services, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "liste.xlsx",
        PERSONS_HEADER,
        ["Kaya", "Elif", "03.04.1985", "44139", "Kampstraße 1", None, "Imbiss Kaya", None, None, None],
        ["Kaya", "Elif", "03.04.1985", "44139", "Kampstraße 1", None, "Kiosk Kaya", None, None, None],
        ["Kaya", "Elif", "03.04.1985", "44139", "Kampstraße 1", None, "Kiosk Kaya", None, None, None],
    )  # fmt: skip

    plan = plan_of(services, path, ImportKind.PERSONS)

    assert [r.default_action for r in plan.rows] == [RowAction.IMPORT, RowAction.LINK, RowAction.SKIP]
    assert plan.rows[1].duplicates[0].row == 2
    services.imports.commit(plan)
    person = services.intake.list_persons("Kaya")
    assert len(person) == 1
    assert sorted(m.business_name for m in person[0].memberships) == ["Imbiss Kaya", "Kiosk Kaya"]


def test_a_row_the_database_refuses_rolls_the_whole_import_back(services: Services, tmp_path: Path) -> None:
    known = services.intake.create_person(PersonDraft("Kaya", "Elif", birth_date=date(1985, 4, 3)))
    path = xlsx(
        tmp_path / "liste.xlsx",
        PERSONS_HEADER,
        ["Neu", "Nina", None, None, None, None, None, None, None, None],
        ["Kaya", "Elif", "03.04.1985", None, None, None, "Kiosk Kaya", None, None, None],
    )  # fmt: skip
    plan = plan_of(services, path, ImportKind.PERSONS)
    assert plan.rows[1].default_action is RowAction.LINK
    with services.context.sessions.begin() as session:  # someone purges the person meanwhile
        session.execute(delete(Person).where(Person.id == known.id))

    with pytest.raises(ImportWriteFailed) as failed:
        services.imports.commit(plan)

    assert failed.value.params["row"] == 3
    assert "{" not in str(failed.value)
    assert count(services, Person) == 0  # row 2's new person went back too
    assert count(services, Business) == 0


def test_cancelling_keeps_nothing(services: Services, tmp_path: Path) -> None:
    rows = [[f"Name{i}", "Vor", None, None, None, None, None, None, None, None] for i in range(4500)]
    plan = plan_of(services, xlsx(tmp_path / "gross.xlsx", PERSONS_HEADER, *rows), ImportKind.PERSONS)

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done >= 2000:
            raise Cancelled

    with pytest.raises(Cancelled):
        services.imports.commit(plan, progress=progress)
    assert count(services, Person) == 0


def test_every_import_leaves_one_event_and_one_entry_per_row_in_the_audit_trail(
    services: Services, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "liste.xlsx",
        PERSONS_HEADER,
        ["Müller", "Anna", None, None, None, None, "Café Anna", None, None, None],
        ["Kaya", "Elif", None, None, None, None, None, None, None, None],
    )  # fmt: skip
    services.imports.commit(plan_of(services, path, ImportKind.PERSONS))

    assert services.audit.verify_chain().ok  # the bulk-written rows are sealed into the hash chain
    with services.context.sessions() as session:
        events = session.scalars(select(AuditEntry).where(AuditEntry.entity == "import")).all()
        inserts = session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "insert", AuditEntry.note.like("Import liste.xlsx%")
            )
        ).all()
        anna = session.scalar(select(Person.id).where(Person.family_name == "Müller"))
    assert len(events) == 1
    assert events[0].actor == "admin.test"
    assert events[0].changes["file"] == "liste.xlsx"
    assert (events[0].changes["rows"], events[0].changes["created_persons"]) == (2, 2)
    if services.context.sessions.url.get_backend_name() == "postgresql":
        # The database's triggers audit every record (one row each, chained); nobody else may write there.
        with services.context.sessions() as session:
            per_record = session.scalars(
                select(AuditEntry).where(AuditEntry.action == "insert", AuditEntry.entity_id == anna)
            ).all()
        assert [(e.entity, e.person_id) for e in per_record] == [("persons", anna)]
        assert per_record[0].changes["family_name"] == [None, "Müller"]
        return
    assert sorted(entry.note for entry in inserts) == [
        "Import liste.xlsx, Zeile 2",
        "Import liste.xlsx, Zeile 3",
    ]
    entry = next(e for e in inserts if e.note.endswith("Zeile 2"))
    assert (entry.entity, entry.entity_id, entry.person_id) == ("persons", anna, anna)
    assert entry.changes["family_name"] == [None, "Müller"]
    assert any(key.startswith("businesses:") for key in entry.changes)


def test_the_report_lists_problems_and_duplicates_in_german(services: Services, tmp_path: Path) -> None:
    services.intake.create_person(PersonDraft("Kaya", "Elif", birth_date=date(1985, 4, 3)))
    path = xlsx(
        tmp_path / "liste.xlsx",
        PERSONS_HEADER,
        ["Kaya", "Elif", "03.04.1985", None, None, None, None, None, None, None],
        ["Weber", "=1+1", "32.01.1990", None, None, None, None, None, None, None],
    )  # fmt: skip
    plan = plan_of(services, path, ImportKind.PERSONS)

    report = services.imports.write_report(plan, tmp_path / "bericht.xlsx")

    workbook = load_workbook(report)
    lines = [tuple(cell.value for cell in r) for r in workbook["Probleme"].iter_rows(min_row=2)]
    texts = " ".join(str(line[3]) for line in lines)
    assert "Dublette in der Datenbank (sicher)" in texts
    assert "Hinweis: Die Zelle enthält eine Formel" in texts
    assert any(line[4] == "wird übersprungen" for line in lines)
    formula = next(line for line in lines if line[2] == "=1+1")
    cell = next(c for r in workbook["Probleme"].iter_rows() for c in r if c.value == "=1+1")
    assert cell.data_type == "s" and formula[0] == 3  # text, not a formula
    summary = {r[0].value: r[1].value for r in workbook["Übersicht"].iter_rows()}
    assert summary["Art der Liste"] == "Personen und Unternehmen"
    assert summary["wegen Fehlern nicht importiert"] == 1


def test_mappings_are_saved_and_reused_by_name(services: Services, tmp_path: Path) -> None:
    header = ["Kunde (Name)", "Vorname Kunde", "Telefonnr"]
    table_path = xlsx(tmp_path / "a.xlsx", header, ["Kaya", "Elif", "0231 1"])
    table = services.imports.read(table_path)
    mapping = services.imports.suggest_mapping(ImportKind.PERSONS, table.header_texts)
    mapping = mapping.with_column("person.family_name", 0, header[0]).with_column(
        "person.given_names", 1, header[1]
    )
    mapping = mapping.with_column("person.phone", 2, header[2])
    services.imports.save_mapping("Liste vom Jobcenter", mapping)

    saved = services.imports.saved_mappings(ImportKind.PERSONS)
    assert [m.name for m in saved] == ["Liste vom Jobcenter"]
    assert services.imports.saved_mappings(ImportKind.CASES) == []
    reordered = xlsx(
        tmp_path / "b.xlsx", ["Telefonnr", "Kunde (Name)", "Vorname Kunde"], ["0231 2", "Nowak", "Piotr"]
    )
    result = services.imports.import_file(ImportKind.PERSONS, reordered, mapping="Liste vom Jobcenter")
    assert result.written
    person = services.intake.list_persons("Nowak")[0]
    assert (person.given_names, person.phone) == ("Piotr", "0231 2")
    services.imports.delete_mapping("Liste vom Jobcenter")
    assert services.imports.saved_mappings() == []
    with pytest.raises(ValidationError) as missing:
        services.imports.import_file(ImportKind.PERSONS, reordered, mapping="Liste vom Jobcenter")
    assert missing.value.code == "import.mapping_unknown"


def test_in_one_go_rows_with_errors_stop_the_import_unless_skipped(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Name", "Vorname", "geb."])
        writer.writerow(["Größe", "Jürgen", "01.02.1970"])
        writer.writerow(["Kaya", "Elif", "kein Datum"])

    refused = services.imports.import_file(ImportKind.PERSONS, path, report=tmp_path / "r.xlsx")
    assert (refused.written, refused.error_rows, count(services, Person)) == (False, 1, 0)
    assert refused.report_path is not None and refused.report_path.exists()
    dry = services.imports.import_file(ImportKind.PERSONS, path, dry_run=True, skip_invalid=True)
    assert (dry.written, dry.imported, count(services, Person)) == (False, 1, 0)
    taken = services.imports.import_file(ImportKind.PERSONS, path, skip_invalid=True)
    assert (taken.written, taken.imported) == (True, 1)
    assert [p.full_name for p in services.intake.list_persons()] == ["Jürgen Größe"]


def test_an_advisor_without_the_right_to_edit_cannot_write(services: Services, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "liste.xlsx", ["Nachname"], ["Kaya"])
    plan = plan_of(services, path, ImportKind.PERSONS)
    sign_in_as(services, "report.user", Role.REPORTING)
    with pytest.raises(PermissionDenied):
        services.imports.read(path)
    with pytest.raises(PermissionDenied):
        services.imports.commit(plan)


# --- cases ------------------------------------------------------------------------------------------------


def test_a_case_list_finds_businesses_and_advisors_and_numbers_new_cases(
    services: Services, tmp_path: Path
) -> None:
    existing = open_case(services, business_name="Salon Çağlar")
    with services.context.sessions.begin() as session:
        session.add(Lender(name="Mikrofinanz Ruhr eG"))
    header = ["Fall-Nr.", "Firma", "Name", "Vorname", "Eingang", "Kreditbetrag", "Status", "Ergebnis",
              "abgeschlossen am", "Berater", "Kreditgeber", "Laufzeit"]  # fmt: skip
    path = xlsx(
        tmp_path / "faelle.xlsx",
        header,
        ["MK-2019-0007", "Salon Çağlar", "Yıldırım", "Çağlar", "12.03.2019", "5.000,00", "abgeschlossen",
         "zurückgezahlt", "30.06.2023", "admin.test", "Mikrofinanz Ruhr", "36 Monate"],
        [None, "Neues Café", "Nowak", "Piotr", "01.02.2026", "8000", "Beratung", None, None, None, None, None],  # noqa: E501
        [existing.number, "Salon Çağlar", None, None, "01.01.2026", None, None, None, None, None, None, None],
        [None, "Salon Çağlar", None, None, "02.02.2026", None, "Erstkontakt", None, None, "Frau Niemand", None,  # noqa: E501
         None],
    )  # fmt: skip

    plan = plan_of(services, path, ImportKind.CASES)

    assert codes(plan, 2) == {"import.read_as"}  # the lender by similarity
    assert codes(plan, 3) == {"import.new_business", "import.new_applicant"}
    assert row(plan, 4).duplicates[0].confident and row(plan, 4).default_action is RowAction.SKIP
    assert "import.unknown_advisor" in codes(plan, 5)
    result = services.imports.commit(plan)
    assert (result.imported, result.skipped_duplicates, result.error_rows) == (2, 1, 1)
    old = services.cases.case_by_number("MK-2019-0007")
    assert (old.stage, old.outcome, old.closed_on) == (
        CaseStage.CLOSED,
        CaseOutcome.REPAID,
        date(2023, 6, 30),
    )
    assert (old.requested_amount, old.planned_term_months) == (Decimal("5000.00"), 36)
    assert old.business.id == existing.business.id
    assert old.advisor_name == "admin.test"
    assert old.history[0].reason == "Importiert aus faelle.xlsx"
    with services.context.sessions() as session:
        new_case = session.scalar(select(Case).where(Case.opened_on == date(2026, 2, 1)))
        assert new_case is not None and new_case.number == "MK-2026-0002"  # after the open one
        founders = session.execute(
            select(Person.family_name, BusinessMember.role)
            .join(BusinessMember, BusinessMember.person_id == Person.id)
            .where(BusinessMember.business_id == new_case.business_id)
        ).all()
        changes = session.scalar(select(func.count()).select_from(StageChange))
    assert founders == [("Nowak", BusinessRole.FOUNDER)]
    assert changes == 1 + 2  # the open case's opening, and one "imported" step per imported case


def test_a_closed_case_without_outcome_or_date_is_refused(services: Services, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "faelle.xlsx",
        ["Firma", "Eingang", "Status", "Ergebnis", "abgeschlossen am"],
        ["A", "01.01.2024", "abgeschlossen", None, "01.02.2024"],
        ["B", "01.01.2024", "abgeschlossen", "zurückgezahlt", None],
        ["C", "01.01.2024", "Beratung", "zurückgezahlt", None],
        ["D", "01.01.2099", None, None, None],
    )
    plan = plan_of(services, path, ImportKind.CASES)
    assert "import.closed_without_outcome" in codes(plan, 2)
    assert "import.closed_without_date" in codes(plan, 3)
    assert "import.outcome_without_closed" in codes(plan, 4)
    assert "import.opened_in_future" in codes(plan, 5)


# --- consultations ----------------------------------------------------------------------------------------


def test_consultations_join_their_cases_and_known_ones_are_skipped(
    services: Services, tmp_path: Path
) -> None:
    case = open_case(services)
    header = ["Datum", "Dauer", "Beratungsort", "Themen", "Fallnummer", "Nachname", "Vorname"]
    rows = [
        ["10.03.2026", "1:30", "telefonisch", "Businessplan", case.number, "Yıldırım", "Çağlar"],
        ["10.03.2026", "90", "Büro", "Businessplan", case.number, None, None],
        ["11.03.2026", "45 min", "Video", "Finanzen", "MK-1999-0001", None, None],
        ["12.03.2026", "30", None, None, None, "Niemand", "Nina"],
    ]
    plan = plan_of(services, xlsx(tmp_path / "beratungen.xlsx", header, *rows), ImportKind.CONSULTATIONS)

    assert row(plan, 2).status is RowStatus.READY
    assert row(plan, 3).default_action is RowAction.SKIP  # same case, day and minutes as row 2 (no person)
    assert codes(plan, 4) == {"import.unknown_case"}
    assert codes(plan, 5) == {"import.unknown_client"}
    services.imports.commit(plan)
    detail = services.cases.case(case.id)
    assert [(c.held_on, c.duration_minutes, c.place) for c in detail.consultations] == [
        (date(2026, 3, 10), 90, ConsultationPlace.PHONE)
    ]
    assert detail.consultations[0].person_id == detail.business.members[0].person_id
    again = services.imports.import_file(
        ImportKind.CONSULTATIONS, tmp_path / "beratungen.xlsx", skip_invalid=True
    )
    assert (again.imported, again.skipped_duplicates) == (0, 2)
    assert count(services, Consultation) == 1


# --- properties -------------------------------------------------------------------------------------------


def test_a_vacancy_list_records_units_with_owners_and_consent(services: Services, tmp_path: Path) -> None:
    owner = services.intake.create_business(
        BusinessDraft("Hausverwaltung Süd GmbH", street="Kampstraße 3", postcode="44137")
    )
    header = ["Adresse", "PLZ", "Stadtteil", "Fläche", "Kaltmiete", "Nutzung", "Eigentümer", "Einverständnis",
              "Zustimmung am", "Status", "vermietet am"]  # fmt: skip
    path = xlsx(
        tmp_path / "leerstand.xlsx",
        header,
        ["Hansastraße 12", "44137", "City", "85,5 m²", "950", "Einzelhandel, Büro", "Hausverwaltung Süd GmbH",
         "ja", "01.05.2026", "leer", None],
        ["Hörder Bahnhofstr. 5", "44263", "Hörde", "120", "1.300,00", None, "Frau Erika Beispiel", "nein", None,  # noqa: E501
         "vermietet", "01.06.2026"],
        ["Brückstraße 1", "44135", "Innenstadt-West", "60", "99999", "Gastronomie", None, "ja", None, None, None],  # noqa: E501
    )  # fmt: skip

    plan = plan_of(services, path, ImportKind.PROPERTIES)

    assert row(plan, 2).status is RowStatus.READY
    assert codes(plan, 3) == {"import.uses_missing", "import.new_owner"}
    assert codes(plan, 4) >= {"property.rent_implausible", "import.consent_without_owner",
                              "import.consent_date_missing"}  # fmt: skip
    result = services.imports.commit(plan)
    assert result.imported == 2
    units = {p.street: p for p in services.properties.properties()}
    shop = units["Hansastraße 12"]
    assert (shop.area_m2, shop.cold_rent, shop.district_name, shop.borough_name) == (
        Decimal("85.50"),
        Decimal("950.00"),
        "City",
        "Innenstadt-West",
    )
    assert set(shop.uses) == {PropertyUse.RETAIL, PropertyUse.OFFICE}
    assert shop.owner is not None and shop.owner.id == owner.id and shop.owner_consent
    let = units["Hörder Bahnhofstr. 5"]
    assert (let.status, let.let_on) == (PropertyStatus.LET, date(2026, 6, 1))
    with services.context.sessions() as session:
        new_owner = session.scalar(select(Person).where(Person.family_name == "Beispiel"))
        assert new_owner is not None and new_owner.given_names == "Frau Erika"
        steps = session.scalars(select(PropertyStatusChange.to_status)).all()
    assert sorted(steps) == sorted([PropertyStatus.VACANT, PropertyStatus.LET])
    again = plan_of(services, path, ImportKind.PROPERTIES)
    assert row(again, 2).duplicates[0].confident
    assert count(services, Property) == 2
