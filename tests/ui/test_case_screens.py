"""The case screens: bad input gets a message that says what to do, the duplicate offer at intake, the
conflict dialog, search as you type, unsaved changes, and the table models' contracts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from dlzw_desktop.domain.enums import CaseStage, Role
from dlzw_desktop.errors import ConflictError
from dlzw_desktop.services.case_search import CaseListRow
from dlzw_desktop.services.intake_service import PersonDraft
from dlzw_desktop.ui import case_view as case_view_module
from dlzw_desktop.ui.case_table_model import CaseTableModel
from dlzw_desktop.ui.conflict_dialog import MINE, THEIRS, ConflictDialog, conflict_fields, merged_values
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.person_dialog import PersonDialog
from tests.services.case_helpers import open_case, sign_in_as
from tests.ui.accessibility import unnamed_controls
from tests.ui.case_gui import Messages, dialog, open_window, press_ok, settle, type_text, until


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, sqlite_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, tmp_path, sqlite_path)


def open_case_view(window: MainWindow, qtbot: QtBot, **case: object):  # type: ignore[no-untyped-def]
    services = window.services
    assert services is not None
    sign_in_as(services, "a.yilmaz", Role.ADVISOR, "Ayşe Yılmaz")
    detail = open_case(services, **case)  # type: ignore[arg-type]
    window.open_case(detail.id)
    view = window.section_widget("cases").case_view  # type: ignore[union-attr]
    until(qtbot, lambda: view.case is not None and view.case.id == detail.id)
    settle(qtbot)
    return view


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1,234.56", "1.234,56"),  # English format: refused, with the German way to write it
        ("-5", "negativ"),
        ("abc", "kein Betrag"),
        ("12.000,00", "höchstens 10.000,00"),  # over the programme's cap
    ],
)
def test_bad_amounts_get_a_message_that_says_what_to_do(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, typed: str, expected: str
) -> None:
    messages = Messages(monkeypatch)
    view = open_case_view(window, qtbot)
    before = view.case.requested_amount
    view._ui.amount_edit.clear()
    type_text(qtbot, view._ui.amount_edit, typed)
    qtbot.mouseClick(view._ui.save_overview_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: messages.shown)
    assert expected in messages.last(), messages.last()
    settle(qtbot)
    assert view.case.requested_amount == before
    assert view._ui.amount_edit.hasFocus()


def test_a_german_amount_is_saved(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    messages = Messages(monkeypatch)
    view = open_case_view(window, qtbot)
    view._ui.amount_edit.clear()
    type_text(qtbot, view._ui.amount_edit, "1.234,56")
    qtbot.mouseClick(view._ui.save_overview_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: view.case.requested_amount == Decimal("1234.56"))
    assert not messages.shown and not view.has_unsaved_changes()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("31.04.2025", "30 Tage"), ("29.02.2025", "kein Schaltjahr"), ("1.2.20255", "kein Datum")],
)
def test_impossible_dates_are_named(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, typed: str, expected: str
) -> None:
    messages = Messages(monkeypatch)
    view = open_case_view(window, qtbot)
    view._ui.opened_edit.clear()
    type_text(qtbot, view._ui.opened_edit, typed)
    qtbot.mouseClick(view._ui.save_overview_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: messages.shown)
    assert expected in messages.last(), messages.last()


def test_a_birth_date_in_the_future_is_refused_and_a_duplicate_offered(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = Messages(monkeypatch)
    services = window.services
    assert services is not None
    existing = services.intake.create_person(
        PersonDraft(family_name="Wróbel", given_names="Łukasz", birth_date=date(1979, 11, 2))
    )
    window.show_section("people")
    people = window.section_widget("people")
    assert people is not None and not unnamed_controls(people)
    qtbot.mouseClick(people._ui.new_person_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    person = dialog(qtbot, people, PersonDialog)
    assert not unnamed_controls(person)
    ui = person._ui
    type_text(qtbot, ui.family_name_edit, "Wrobel")
    type_text(qtbot, ui.given_names_edit, "Lukasz")
    tomorrow = date.today() + timedelta(days=1)
    type_text(qtbot, ui.birth_date_edit, tomorrow.strftime("%d.%m.%Y"))
    press_ok(qtbot, ui.button_box)
    until(qtbot, lambda: messages.shown)
    assert "liegt in der Zukunft" in messages.last()
    ui.birth_date_edit.clear()
    type_text(qtbot, ui.birth_date_edit, "02.11.1979")
    press_ok(qtbot, ui.button_box)
    until(qtbot, ui.duplicates_group.isVisible)
    assert "Łukasz Wróbel" in ui.duplicates_list.item(0).text()
    assert "gleiches Geburtsdatum" in ui.duplicates_list.item(0).text()
    with qtbot.waitSignal(person.saved, timeout=10_000) as chosen:
        qtbot.mouseClick(ui.use_existing_button, Qt.MouseButton.LeftButton)
    assert chosen.args[0].id == existing.id
    assert len(services.intake.list_persons("wr")) == 1


def test_search_as_you_type_shows_only_the_newest_answer(window: MainWindow, qtbot: QtBot) -> None:
    services = window.services
    assert services is not None
    sign_in_as(services, "a.yilmaz", Role.ADVISOR)
    open_case(services, business_name="Salon Çağlar", family_name="Yıldırım")
    open_case(services, business_name="Müllers Straßenküche", family_name="Müller")
    window.show_section("cases")
    cases = window.section_widget("cases")
    assert cases is not None and not unnamed_controls(cases)
    until(qtbot, lambda: cases.model.rowCount() == 2)  # type: ignore[attr-defined]
    search = cases._ui.search_edit  # type: ignore[attr-defined]
    search.setFocus()
    type_text(qtbot, search, "yil")  # three keystrokes, one query after the pause
    type_text(qtbot, search, "d")
    until(qtbot, lambda: cases.model.rowCount() == 1)  # type: ignore[attr-defined]
    assert cases.model.rows()[0].business_name == "Salon Çağlar"  # type: ignore[attr-defined]
    search.clear()
    type_text(qtbot, search, "strasse")
    until(qtbot, lambda: [r.business_name for r in cases.model.rows()] == ["Müllers Straßenküche"])  # type: ignore[attr-defined]
    until(qtbot, lambda: cases._ui.count_label.text() == "1 Fall")  # type: ignore[attr-defined]
    qtbot.keyClick(search, Qt.Key.Key_Return)  # Enter opens the (first) case
    until(qtbot, cases.case_view.isVisible)  # type: ignore[attr-defined]
    assert not unnamed_controls(cases.case_view)  # type: ignore[attr-defined]


def test_unsaved_changes_are_offered_for_saving_before_leaving(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_case_view(window, qtbot)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, _buttons: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(case_view_module, "ask", answer)
    type_text(qtbot, view._ui.notes_edit, "Rückruf vereinbart")
    assert view.has_unsaved_changes()
    qtbot.mouseClick(view._ui.back_button, Qt.MouseButton.LeftButton)
    assert asked and view.isVisible()  # cancelled: still on the case, the text still there
    assert "Rückruf vereinbart" in view._ui.notes_edit.toPlainText()
    qtbot.mouseClick(view._ui.back_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: not view.isVisible())  # saved, then left
    assert window.services.cases.case(view.case.id).notes == "Rückruf vereinbart"  # type: ignore[union-attr]


def test_escape_undoes_unsaved_changes(window: MainWindow, qtbot: QtBot) -> None:
    view = open_case_view(window, qtbot)
    original = view._ui.purpose_edit.toPlainText()
    type_text(qtbot, view._ui.purpose_edit, " und Kasse")
    assert view.has_unsaved_changes()
    window.activateWindow()
    qtbot.keyClick(view._ui.purpose_edit, Qt.Key.Key_Escape)
    assert not view.has_unsaved_changes()
    assert view._ui.purpose_edit.toPlainText() == original


def test_a_concurrent_save_shows_both_values_and_keeps_the_choice(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_case_view(window, qtbot)
    services = window.services
    assert services is not None
    case = view.case
    from dlzw_desktop.services.case_service import CaseDraft

    theirs = services.cases.update_case(  # a colleague saves the purpose and the amount meanwhile
        case.id,
        case.version,
        CaseDraft(business_id=case.business.id, requested_amount=Decimal("9000.00"), purpose="Kollegin"),
    )
    shown: list[ConflictDialog] = []

    def choose(dialog_: ConflictDialog) -> int:
        shown.append(dialog_)
        ok = dialog_._ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        keys = [field.key for field in dialog_._fields]
        assert "purpose" in keys and "requested_amount" in keys
        assert not ok.isEnabled() or all(f.default is not None for f in dialog_._fields)
        dialog_.choose("purpose", MINE)
        dialog_.choose("requested_amount", THEIRS)
        assert ok.isEnabled()
        return int(ConflictDialog.DialogCode.Accepted)

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    view._ui.purpose_edit.setPlainText("Meine Fassung")
    view._ui.amount_edit.setText("7.000,00")
    view.save_overview()
    until(qtbot, lambda: view.case.version > theirs.version)
    assert shown
    stored = services.cases.case(case.id)
    assert (stored.purpose, stored.requested_amount) == ("Meine Fassung", Decimal("9000.00"))


def test_conflict_fields_default_to_the_side_that_changed() -> None:
    error = ConflictError(
        "edit.conflict",
        mine={"phone": "1", "email": "mine@x.de", "city": "Dortmund"},
        theirs={"phone": "2", "email": "old@x.de", "city": "Dortmund"},
    )
    base = {"phone": "1", "email": "old@x.de", "city": "Dortmund"}
    fields = {f.key: f for f in conflict_fields(error, {"phone": "Telefon", "email": "E-Mail"}, base)}
    assert set(fields) == {"phone", "email"}  # the city is the same on both sides
    assert fields["phone"].default == THEIRS  # only they changed it
    assert fields["email"].default == MINE  # only I changed it
    unknown = conflict_fields(error, {}, None)
    assert all(f.default is None for f in unknown)  # without a base nothing is chosen for the user
    assert merged_values(error, {"phone": "2"}) == {"phone": "2", "email": "mine@x.de", "city": "Dortmund"}


def test_the_conflict_dialog_cannot_be_confirmed_before_every_choice(qtbot: QtBot) -> None:
    error = ConflictError("edit.conflict", mine={"a": 1, "b": 2}, theirs={"a": 3, "b": 4})
    dialog_ = ConflictDialog(conflict_fields(error, {"a": "A", "b": "B"}), who="k.koch")
    qtbot.addWidget(dialog_)
    ok = dialog_._ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog_.choose("a", MINE)
    assert not ok.isEnabled()
    qtbot.mouseClick(dialog_._ui.all_theirs_button, Qt.MouseButton.LeftButton)
    assert ok.isEnabled() and dialog_.choices() == {"a": 3, "b": 4}
    assert not unnamed_controls(dialog_)


def test_the_case_table_model_is_sound(qtbot: QtBot) -> None:
    model = CaseTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    row = CaseListRow(
        ("0" * 31 + "1", "MK-2026-0001", "Salon Çağlar", "Çağlar Yıldırım", "assessment", "Ayşe Yılmaz",
         "Innenstadt-West", 850000, "2026-03-01", "2026-03-09 10:00:00.000000", 0)
    )  # fmt: skip
    model.set_page((row,), has_more=True, append=False)
    assert model.canFetchMore()
    with qtbot.waitSignal(model.more_requested):
        model.fetchMore()
    assert not model.canFetchMore()  # one request at a time
    model.set_page((row,), has_more=False, append=True)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 7)) == "8.500,00\u00a0€"
    assert model.data(model.index(0, 8)) == "01.03.2026"
    assert model.data(model.index(0, 7), Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    with qtbot.waitSignal(model.sort_requested) as asked:
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [str(a) for a in asked.args] == ["business", "True"]
    assert row.stage is CaseStage.ASSESSMENT and row.requested_amount == Decimal("8500.00")
