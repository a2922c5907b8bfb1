"""A streamed import (``import_file``) stays all or nothing while batches are read, prepared and written at
once: a bad row far down a long list leaves nothing behind, whether the file or the database refuses it."""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select, text

from dlzw_desktop.db import search
from dlzw_desktop.db.models import AuditEntry, Business, BusinessMember, Person
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import BusinessRole, Role
from dlzw_desktop.services import bulk_work
from dlzw_desktop.services.case_search import CaseQuery
from dlzw_desktop.services.importing.mapping import ImportKind
from dlzw_desktop.services.importing.plan import PlannedRow, RowAction
from dlzw_desktop.services.importing.planner import Intent, NewRecord, PersonsIntent
from dlzw_desktop.services.importing.writer import ImportWriteFailed, ImportWriter
from dlzw_desktop.services.intake_service import BusinessDraft, PersonDraft
from dlzw_desktop.services.registry import Services
from tests.services.case_helpers import open_case, sign_in_as

ROWS = 12_000  # six batches from the reader, several of them with the writer thread at once
BAD = 11_500  # index of the bad data row; Excel shows it as row BAD + 2


def _founders(path: Path, bad_row: list[object] | None = None) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Gründer")
    sheet.append(["Nachname", "Vorname", "Geburtsdatum", "Straße", "PLZ", "Unternehmen", "Rechtsform"])
    for index in range(ROWS):
        if index == BAD and bad_row is not None:
            sheet.append(bad_row)
            continue
        born = f"{1 + index % 28:02d}.{1 + index // 28 % 12:02d}.{1950 + index % 50}"
        sheet.append([f"Name{index}", "Anna", born, f"Weg {index % 90}", f"{44000 + index % 700}",
                      f"Vorhaben {index}", "GmbH"])  # fmt: skip
    workbook.save(path)
    return path


def _counts(services: Services) -> tuple[int, ...]:
    with services.context.sessions() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Person, Business, BusinessMember, AuditEntry)
        )


def _refuse_family_name(services: Services, name: str) -> None:
    """A rule of the database the import's plan cannot know (as a deleted record or another program's
    constraint would be)."""
    with services.context.sessions.begin() as session:
        if services.context.sessions.url.get_backend_name() == "postgresql":
            session.execute(
                text(
                    "CREATE FUNCTION refuse_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    f"IF NEW.family_name = '{name}' THEN RAISE EXCEPTION 'refused'; END IF; "
                    "RETURN NEW; END $$"
                )
            )
            session.execute(
                text(
                    "CREATE TRIGGER refuse_name BEFORE INSERT ON persons "
                    "FOR EACH ROW EXECUTE FUNCTION refuse_name()"
                )
            )
        else:
            session.execute(
                text(
                    "CREATE TRIGGER refuse_name BEFORE INSERT ON persons "
                    f"WHEN NEW.family_name = '{name}' BEGIN SELECT RAISE(ABORT, 'refused'); END"
                )
            )


@pytest.mark.slow
def test_a_row_the_database_refuses_far_down_the_list_leaves_nothing(
    services: Services, tmp_path: Path
) -> None:
    _refuse_family_name(services, "Abgelehnt")
    before = _counts(services)
    path = _founders(tmp_path / "lang.xlsx", ["Abgelehnt", "Anna", "01.03.1980", "Weg", "44137", "X", "GmbH"])

    with pytest.raises(ImportWriteFailed) as failed:
        services.imports.import_file(ImportKind.PERSONS, path)

    assert failed.value.params["row"] == BAD + 2
    assert _counts(services) == before  # persons, businesses, members and audit rows: none kept
    if services.context.sessions.url.get_backend_name() == "sqlite":
        assert services.audit.verify_chain().ok


@pytest.mark.slow
def test_a_row_with_an_error_far_down_the_list_stops_the_whole_import(
    services: Services, tmp_path: Path
) -> None:
    before = _counts(services)
    path = _founders(tmp_path / "lang.xlsx", ["Kaya", "Elif", "kein Datum", "Weg", "44137", "X", "GmbH"])

    result = services.imports.import_file(ImportKind.PERSONS, path)

    assert (result.written, result.error_rows, result.rows) == (False, 1, ROWS)
    assert _counts(services) == before


def test_batches_after_a_refused_one_are_not_written(services: Services) -> None:
    """The writer thread may hold batches prepared after the one the database refused: it drops them."""
    _refuse_family_name(services, "Abgelehnt")

    def rows(number: int, family_name: str) -> list[tuple[PlannedRow, Intent | None, RowAction]]:
        intent = PersonsIntent(
            NewRecord({"family_name": family_name, "given_names": "A"}), None, BusinessRole.FOUNDER
        )
        return [(PlannedRow(number, family_name, ()), intent, RowAction.IMPORT)]

    with services.context.sessions() as session, session.begin():
        writer = ImportWriter(session, actor="test", file_name="x.xlsx", now=utc_now())
        refused, later = writer.prepare(rows(2, "Abgelehnt")), writer.prepare(rows(3, "Später"))
        with pytest.raises(ImportWriteFailed):
            writer.execute(refused)
        writer.execute(later)
        assert session.scalar(select(func.count()).select_from(Person)) == 0
        assert writer.created == {}
        session.rollback()


def test_the_thread_switch_interval_is_short_only_while_an_import_streams(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[float] = []
    original = ImportWriter.execute

    def execute(self: ImportWriter, batch: object) -> None:
        seen.append(sys.getswitchinterval())
        original(self, batch)  # type: ignore[arg-type]

    monkeypatch.setattr(ImportWriter, "execute", execute)
    before = sys.getswitchinterval()
    path = tmp_path / "kurz.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nachname", "Vorname"])
    sheet.append(["Kaya", "Elif"])
    workbook.save(path)

    assert services.imports.import_file(ImportKind.PERSONS, path).written

    assert seen and all(interval <= bulk_work.SWITCH_INTERVAL_S for interval in seen)
    assert sys.getswitchinterval() == before


def test_a_large_list_of_persons_keeps_the_case_search_index_without_a_rebuild(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rebuilding the case search reads every case of the database: a list of persons (no cases) keeps its
    triggers instead, so its cost does not grow with the office's cases."""
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    case = open_case(services)
    rebuilds: list[int] = []
    real_rebuild = search.rebuild

    def counted(connection: Any) -> None:
        rebuilds.append(1)
        real_rebuild(connection)

    monkeypatch.setattr(search, "rebuild", counted)

    assert services.imports.import_file(ImportKind.PERSONS, _founders(tmp_path / "gruender.xlsx")).written

    assert rebuilds == []
    assert [row.number for row in services.cases.search(CaseQuery(text="caglar")).rows] == [case.number]
    with services.context.sessions() as session:
        assert search.missing_triggers(session.connection()) == []


def _sheets(path: Path) -> list[list[tuple[object, ...]]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return [list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets]
    finally:
        workbook.close()


def test_a_streamed_import_plans_every_row_as_the_preview_does(services: Services, tmp_path: Path) -> None:
    """The sandbox converts and checks the file within itself for a streamed import; the preview does it
    in this process. Problems, duplicates (within the file and against the database) and what happens to
    each row must come out the same."""
    person = services.intake.create_person(PersonDraft("Yılmaz", "Ayşe", birth_date=date(1990, 2, 1)))
    services.intake.create_business(
        BusinessDraft("Bäckerei Yılmaz", street="Hansastraße 12", postcode="44137"),
        [(person.id, BusinessRole.FOUNDER)],
    )
    # Recorded at an address of the list, born on another day: a duplicate by address only.
    services.intake.create_person(
        PersonDraft("Müller", "Anna", birth_date=date(1970, 5, 5), street="Kampstraße 3", postcode="44139")
    )
    rnd = random.Random(11)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Gründer")
    sheet.append(["Nachname", "Vorname", "Geburtsdatum", "Straße", "PLZ", "Unternehmen", "Straße Betrieb",
                  "PLZ Betrieb", "Rechtsform", "Geschlecht", "Mitarbeitende"])  # fmt: skip
    for _ in range(3000):
        sheet.append([
            rnd.choice(["Yılmaz", "Yilmaz", "Müller", "Mueller", "Öztürk", None]),
            rnd.choice(["Ayşe", "Ayse", "Anna", "Ana"]),
            rnd.choice(["01.02.1990", "03.04.1985", "31.02.1990", None]),
            rnd.choice(["Hansastraße 12", "Hansastr. 12", "Kampstraße 3"]),
            rnd.choice(["44137", "44139", "4413"]),
            rnd.choice(["Bäckerei Yılmaz", "Baeckerei Yilmaz", "Kiosk Anna", None]),
            rnd.choice(["Hansastraße 12", "Kampstraße 3"]),
            "44137",
            rnd.choice(["GmbH", "Einzelunternehmen", "Genossenschaftsbank"]),
            rnd.choice(["weiblich", "männlich", "robot", None]),
            rnd.choice([0, 2, "zwei", None]),
        ])  # fmt: skip
    path = tmp_path / "gruender.xlsx"
    workbook.save(path)

    streamed = services.imports.import_file(
        ImportKind.PERSONS, path, dry_run=True, report=tmp_path / "streamed.xlsx", today=date(2026, 6, 15)
    )
    table = services.imports.read(path)
    plan = services.imports.preview(
        table,
        services.imports.suggest_mapping(ImportKind.PERSONS, table.header_texts),
        file_name=path.name,
        today=date(2026, 6, 15),
    )
    services.imports.write_report(plan, tmp_path / "previewed.xlsx")

    assert streamed.rows == plan.total_rows == 3000
    assert streamed.error_rows == plan.error_rows > 0
    assert streamed.skipped_duplicates > 0
    assert _sheets(tmp_path / "streamed.xlsx") == _sheets(tmp_path / "previewed.xlsx")
