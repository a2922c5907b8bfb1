"""The Sprechtage section and its dialogs: models, accessibility, booking by keyboard, walk-ins, exports, and
what the screens do with wrong passphrases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from dlzw_desktop.services.consultation_day_service import BookingDraft, DayDraft
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.appointment_consultation_dialog import AppointmentConsultationDialog
from dlzw_desktop.ui.booking_dialog import BookingDialog
from dlzw_desktop.ui.consultation_day_dialog import ConsultationDayDialog
from dlzw_desktop.ui.consultation_day_table_model import (
    conflict_model,
    day_model,
    schedule_lines,
    schedule_model,
)
from dlzw_desktop.ui.consultation_days_view import ConsultationDaysView
from dlzw_desktop.ui.database_controller import KIT_SUFFIX, DatabaseController
from dlzw_desktop.ui.kit_checkout_dialog import KitCheckoutDialog
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.passphrase_dialog import PassphraseDialog
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.sync_conflicts_dialog import SyncConflictsDialog
from tests.services.sync.sync_data import PASSPHRASE, add_founder, fast_keys
from tests.ui.accessibility import unnamed_controls
from tests.ui.case_gui import Messages, dialog, open_window, press_ok, settle, type_text, until

SOON = date.today() + timedelta(days=2)


@pytest.fixture(autouse=True)
def _fast_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_keys(monkeypatch)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, sqlite_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, tmp_path, sqlite_path)


def plan(services: Services) -> tuple[object, object]:
    me = services.context.user.principal.user_id
    assert me is not None
    detail = services.consultation_days.create_day(
        DayDraft(SOON, "Quartiersbüro Nordmarkt", time(10), time(12), advisor_ids=(me,))
    )
    founder = add_founder(services, "Öztürk", "Ayşe", "MK-2026-0041")
    services.consultation_days.book(
        detail.day.id, BookingDraft(time(10), case_id=founder.case_id, topic="Kredit")
    )
    return detail.day.id, founder


def section(qtbot: QtBot, window: MainWindow) -> ConsultationDaysView:
    window.show_section("consultation_days")
    view = window.section_widget("consultation_days")
    assert isinstance(view, ConsultationDaysView)
    settle(qtbot)
    until(qtbot, lambda: view._detail is not None)
    return view


def test_the_models_keep_the_item_model_contract(window: MainWindow, qtbot: QtBot) -> None:
    services = window.services
    assert services is not None
    day_id, _founder = plan(services)
    detail = services.consultation_days.day(day_id)  # type: ignore[arg-type]
    days, schedule, conflicts = day_model(None), schedule_model(None), conflict_model(None)
    testers = [
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        for model in (days, schedule, conflicts)
    ]
    days.set_rows(services.consultation_days.days())
    lines = schedule_lines(detail)
    schedule.set_rows(lines)
    schedule.sort(0, Qt.SortOrder.DescendingOrder)
    conflicts.set_rows([])
    assert len(testers) == 3
    assert [line.free_places for line in lines] == [0, 1, 1, 1]  # one advisor: one place per slot
    assert schedule.data(schedule.index(0, 1)) in ("frei", "free")  # 11:30, sorted latest first
    assert days.data(days.index(0, 4)) == "1/4"


def test_the_section_and_its_dialogs_name_every_control(window: MainWindow, qtbot: QtBot) -> None:
    services = window.services
    assert services is not None
    plan(services)
    view = section(qtbot, window)
    assert not unnamed_controls(view), unnamed_controls(view)
    detail = view._detail
    assert detail is not None
    appointment = next(a for s in detail.slots for a in s.appointments)
    dialogs = [
        ConsultationDayDialog(services, detail.day, parent=view),
        BookingDialog(services, detail, parent=view),
        BookingDialog(services, detail, walk_in=True, parent=view),
        AppointmentConsultationDialog(services, detail.day, appointment, parent=view),
        KitCheckoutDialog(services, [detail.day], [detail.day.id], parent=view),
        KitCheckoutDialog(services, [detail.day], refresh=True, parent=view),
        PassphraseDialog("Passphrase", "Enter it.", parent=view),
        SyncConflictsDialog(services, view),
    ]
    for shown in dialogs:
        shown.show()
        settle(qtbot)
        assert not unnamed_controls(shown), (type(shown).__name__, unnamed_controls(shown))
        shown.close()


def test_booking_a_walk_in_cancelling_and_the_exports_in_the_window(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = window.services
    assert services is not None
    day_id, _founder = plan(services)
    view = section(qtbot, window)

    # A free slot: Enter on it opens the booking at that time.
    free_row = next(i for i, line in enumerate(view._schedule.rows()) if line.free)
    view._ui.appointments_table.setFocus()
    view._ui.appointments_table.selectRow(free_row)
    qtbot.keyClick(view._ui.appointments_table, Qt.Key.Key_Return)
    booking = dialog(qtbot, view, BookingDialog)
    assert booking.draft().starts_at == time(10, 30)
    type_text(qtbot, booking._ui.visitor_edit, "Frau Demir")
    type_text(qtbot, booking._ui.topic_edit, "Standortsuche")
    press_ok(qtbot, booking._ui.button_box)
    until(qtbot, lambda: view._detail is not None and view._detail.day.booked == 2)

    qtbot.mouseClick(view._ui.walk_in_button, Qt.MouseButton.LeftButton)
    walk_in = dialog(qtbot, view, BookingDialog)
    walk_in._ui.arrived_edit.setTime(QTime(11, 5))
    type_text(qtbot, walk_in._ui.visitor_edit, "Herr Yılmaz")
    press_ok(qtbot, walk_in._ui.button_box)
    until(qtbot, lambda: view._detail is not None and view._detail.day.walk_ins == 1)

    demir = next(
        i
        for i, line in enumerate(view._schedule.rows())
        if line.appointment and line.appointment.name == "Frau Demir"
    )
    view._ui.appointments_table.selectRow(demir)
    monkeypatch.setattr(view, "confirm", lambda _text: True)
    qtbot.mouseClick(view._ui.cancel_appointment_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: view._detail is not None and view._detail.day.booked == 1)

    pdf, ics = tmp_path / "liste.pdf", tmp_path / "termine.ics"
    paths = iter([pdf, ics])
    monkeypatch.setattr(view, "ask_save_path", lambda *_a: next(paths))
    qtbot.mouseClick(view._ui.pdf_button, Qt.MouseButton.LeftButton)
    until(qtbot, pdf.exists)
    qtbot.mouseClick(view._ui.ics_button, Qt.MouseButton.LeftButton)
    until(qtbot, ics.exists)
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "Ayşe Öztürk" in text and "Herr Yılmaz" in text and "Frau Demir" not in text
    events = list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == ["Sprechtag: Ayşe Öztürk"]
    assert services.consultation_days.day(day_id).day.walk_ins == 1  # type: ignore[arg-type]


def test_a_day_without_room_for_a_slot_is_explained_in_the_dialog(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = Messages(monkeypatch)
    view = section_without_day(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    planned = dialog(qtbot, view, ConsultationDayDialog)
    until(qtbot, planned._ui.button_box.isEnabled)
    type_text(qtbot, planned._ui.place_edit, "Bürgerhaus")
    planned._ui.starts_edit.setTime(QTime(12, 0))
    planned._ui.ends_edit.setTime(QTime(11, 0))
    assert planned._ui.slots_hint_label.text()
    press_ok(qtbot, planned._ui.button_box)
    until(qtbot, lambda: messages.shown)
    assert planned.isVisible() and planned._ui.ends_edit.hasFocus()


def section_without_day(qtbot: QtBot, window: MainWindow) -> ConsultationDaysView:
    window.show_section("consultation_days")
    view = window.section_widget("consultation_days")
    assert isinstance(view, ConsultationDaysView)
    settle(qtbot)
    view.setFocus()
    return view


def test_a_wrong_package_passphrase_is_explained_and_asked_again(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = window.services
    assert services is not None
    day_id, _founder = plan(services)
    kit_path = tmp_path / f"kit{KIT_SUFFIX}"
    services.sync.check_out([day_id], kit_path, PASSPHRASE)  # type: ignore[list-item]
    from dlzw_desktop.services.registry import open_services

    kit = open_services(kit_path, passphrase=PASSPHRASE)
    kit.users.local_principal(kit.sync.kit_sign_in_name())
    package = kit.sync.write_package(tmp_path / "p.dlzwsync", PASSPHRASE).path
    kit.close()
    view = section(qtbot, window)
    asked: list[str] = []
    answers = iter(["falsche Passphrase", None])
    monkeypatch.setattr(view, "ask_open_path", lambda *_a: package)
    monkeypatch.setattr(view, "ask_passphrase", lambda _t, _m, error="": asked.append(error) or next(answers))
    qtbot.mouseClick(view._ui.import_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: len(asked) == 2)
    assert asked[0] == "" and "passphrase" in asked[1].lower()
    assert services.sync.kits()[0].last_sequence == 0  # nothing imported


def test_a_kit_opened_without_its_passphrase_stays_closed(
    qtbot: QtBot, tmp_path: Path, sqlite_path: Path
) -> None:
    from dlzw_desktop.services.registry import open_services

    office = open_services(sqlite_path)
    office.users.local_principal("admin.test")
    day_id, _founder = plan(office)
    kit_path = tmp_path / f"kit{KIT_SUFFIX}"
    office.sync.check_out([day_id], kit_path, PASSPHRASE)  # type: ignore[list-item]
    office.close()
    store = SettingsStore(tmp_path / "laptop.ini")
    laptop = MainWindow(store)
    qtbot.addWidget(laptop)
    controller = DatabaseController(laptop, store, offer_demo=False)
    controller.ask_kit_passphrase = lambda _target, _error: None  # type: ignore[method-assign]
    laptop.show()
    controller.open(str(kit_path))
    settle(qtbot)
    assert laptop.services is None and laptop.kit_status() is None
    assert not laptop._ui.navigation_list.isEnabled()
    assert kit_path.read_bytes()[:16] != b"SQLite format 3\x00"
