"""The import dialog, clicked through like an advisor: file, header row, columns, every row checked,
choices, import; hostile files refused on the first page while the window stays alive."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.importing.mapping import FIELDS, ImportKind
from dlzw_desktop.services.importing.plan import RowAction
from dlzw_desktop.services.importing.reader import read_in_sandbox
from dlzw_desktop.services.intake_service import PersonDraft
from dlzw_desktop.ui import import_labels
from dlzw_desktop.ui.import_dialog import IMPORT, LAYOUT, MAPPING, PREVIEW, SOURCE, ImportDialog
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.messages import user_message
from tests.services.importing.test_import_hostile import REFUSED
from tests.ui.accessibility import unnamed_controls
from tests.ui.case_gui import open_window, settle, until


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, sqlite_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, tmp_path, sqlite_path)


def founders_list(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Teilnehmerliste Gründungsberatung 2025"])
    sheet.append([])
    sheet.append(["Name", "Vorname", "geb.", "Firma", "Rechtsform", "Kundennummer intern"])
    sheet.append(["Müller", "Anna", date(1980, 1, 2), "Café Anna", "GmbH", "K-1"])
    sheet.append(["Kaya", "Elif", "03.04.1985", "Backstube Kaya", "UG", "K-2"])
    sheet.append(["Weber", "=1+1", "31.02.1990", None, None, "K-3"])
    workbook.save(path)
    return path


def open_dialog(window: MainWindow, qtbot: QtBot, kind: ImportKind = ImportKind.PERSONS) -> ImportDialog:
    services = window.services
    assert services is not None
    dialog = ImportDialog(services, kind, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def next_page(dialog: ImportDialog, qtbot: QtBot, page: int) -> None:
    qtbot.mouseClick(dialog._ui.next_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: dialog.page == page and not dialog.busy, timeout=60_000)


def test_a_list_is_imported_step_by_step(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    services = window.services
    assert services is not None
    services.intake.create_person(PersonDraft("Kaya", "Elif", birth_date=date(1985, 4, 3)))
    dialog = open_dialog(window, qtbot)
    assert not dialog._ui.next_button.isEnabled()
    qtbot.keyClicks(dialog._ui.file_edit, str(founders_list(tmp_path / "gruender.xlsx")))
    assert not unnamed_controls(dialog)

    next_page(dialog, qtbot, LAYOUT)
    assert dialog._ui.header_row_spin.value() == 3  # the title above the list is skipped
    assert dialog._ui.sheet_combo.currentText() == "Sheet"
    next_page(dialog, qtbot, MAPPING)
    settle(qtbot)
    combos = dialog._ui.mapping_table.findChildren(QComboBox)
    assert len(combos) == len(FIELDS[ImportKind.PERSONS])
    assert not unnamed_controls(dialog)
    mapping = dialog.mapping
    assert mapping is not None and mapping.column_of("business.name") == 3
    next_page(dialog, qtbot, PREVIEW)

    model = dialog._ui.preview_table.model()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 3
    plan = dialog.plan
    assert plan is not None
    elif_row = next(row for row in plan.rows if row.number == 5)
    assert elif_row.default_action is RowAction.LINK  # known person, new business
    weber = next(row for row in plan.rows if row.number == 6)
    assert weber.has_errors
    assert dialog._ui.summary_label.text().startswith("3 Zeilen mit Daten")
    dialog._ui.preview_table.selectRow(2)
    assert "31.02.1990" in dialog._ui.details_text.toPlainText()
    dialog.choose_rows([5], RowAction.SKIP)
    assert model.index(1, 2).data() == "Überspringen"
    next_page(dialog, qtbot, IMPORT)

    result = dialog.import_result
    assert result is not None and (result.imported, result.error_rows) == (1, 1)
    assert [p.full_name for p in services.intake.list_persons()] == ["Elif Kaya", "Anna Müller"]
    assert dialog._ui.next_button.text() == "&Schließen"


def test_every_field_has_a_translatable_label() -> None:
    labels = {target.label for fields in FIELDS.values() for target in fields}
    assert labels == set(import_labels.FIELD_LABELS)


def test_every_hostile_file_is_refused_on_the_first_page(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_dialog(window, qtbot)
    for name, builder, code in REFUSED:
        folder = tmp_path / name.replace(" ", "_")
        folder.mkdir()
        path = builder(folder)
        dialog._ui.file_edit.setText(str(path))
        qtbot.mouseClick(dialog._ui.next_button, Qt.MouseButton.LeftButton)
        until(qtbot, lambda: not dialog.busy, timeout=60_000)

        assert dialog.page == SOURCE, name
        with pytest.raises(ValidationError) as refused:
            read_in_sandbox(path)
        assert refused.value.code == code
        assert dialog._ui.source_message_label.text() == user_message(refused.value), name
        assert "{" not in dialog._ui.source_message_label.text()
        assert dialog._ui.next_button.isEnabled()  # the user can choose another file at once
    assert dialog.isVisible()


@pytest.mark.parametrize("opener", ["people", "cases", "properties", "menu"])
def test_the_dialog_opens_from_the_sections_and_the_file_menu(
    window: MainWindow, qtbot: QtBot, opener: str
) -> None:
    expected = {"people": ImportKind.PERSONS, "cases": ImportKind.CASES, "properties": ImportKind.PROPERTIES}
    if opener == "menu":
        window.show_section("cases")
        window._ui.action_import.trigger()
        kind = ImportKind.CASES
    else:
        window.show_section(opener)
        view = window.section_widget(opener)
        assert view is not None
        qtbot.mouseClick(view._ui.import_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        kind = expected[opener]
    dialogs = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].kind is kind
    dialogs[0].reject()


def test_the_package_for_the_lender_is_written_from_the_recommendation_tab(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dlzw_desktop.ui.cases_view import CasesView
    from tests.services.test_export_service import recommended

    services = window.services
    assert services is not None
    case = recommended(services)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: shown.append(text))
    window.open_case(case.id)
    cases = window.section_widget("cases")
    assert isinstance(cases, CasesView)
    view = cases._case_view
    until(qtbot, lambda: view.case is not None and view.case.id == case.id)
    view._ui.tabs_widget.setCurrentWidget(view._ui.recommendation_tab)
    assert view._ui.package_button.isEnabled()
    monkeypatch.setattr(view, "package_folder", lambda: str(tmp_path / "paket"))

    qtbot.mouseClick(view._ui.package_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: shown)

    assert sorted(p.suffix for p in (tmp_path / "paket").iterdir()) == [".csv", ".pdf", ".xlsx"]
    assert "Geburtsdaten nicht weitergegeben" in shown[0] and "Çağlar Yıldırım" in shown[0]
    assert "Entwurf" in shown[0]
