"""A consultation day in the Nordstadt, offline on a laptop and merged back, typed and clicked in the window.

In the office an advisor plans the day, books Ayşe Öztürk and checks a laptop kit out. On the laptop (no
network, the encrypted kit opened with its passphrase after one typo) the advisor edits Ayşe's phone
number, records a consultation of her appointment, and records a newcomer, Zofia Nowak, with her café and
a new case, which gets a provisional number. Meanwhile the office changes Ayşe's phone too. Back in the
office the package is imported: the new case gets an office number, the clash is decided in the conflicts
dialog by taking the laptop's value, and that decision is in the audit trail.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from dlzw_desktop.db.models import AuditEntry, Case, Consultation, Person
from dlzw_desktop.domain.enums import ConsultationPlace
from dlzw_desktop.domain.merge import Choice
from dlzw_desktop.services.registry import open_services
from dlzw_desktop.ui.appointment_consultation_dialog import AppointmentConsultationDialog
from dlzw_desktop.ui.booking_dialog import BookingDialog
from dlzw_desktop.ui.business_dialog import BusinessDialog
from dlzw_desktop.ui.consultation_day_dialog import ConsultationDayDialog
from dlzw_desktop.ui.consultation_days_view import ConsultationDaysView
from dlzw_desktop.ui.database_controller import DatabaseController
from dlzw_desktop.ui.kit_checkout_dialog import KitCheckoutDialog
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.new_case_dialog import NewCaseDialog
from dlzw_desktop.ui.person_dialog import PersonDialog
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.sync_conflicts_dialog import SyncConflictsDialog
from dlzw_desktop.ui.workers import wait_for_all
from tests.services.sync.sync_data import PASSPHRASE, add_founder, fast_keys
from tests.ui.case_gui import Messages, dialog, open_window, press_ok, settle, type_text, until


@pytest.fixture(autouse=True)
def _fast_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_keys(monkeypatch)


@pytest.fixture
def office(qtbot: QtBot, tmp_path: Path, sqlite_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, tmp_path / "office", sqlite_path)


def click(qtbot: QtBot, button: object) -> None:
    assert button.isEnabled(), button.objectName()  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def section(qtbot: QtBot, window: MainWindow, key: Qt.Key, name: str) -> QWidget:
    """Switch section with Ctrl+number, as an advisor would (after a dialog the window is active again)."""
    window.activateWindow()
    until(qtbot, lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    until(qtbot, lambda: window.current_section() == name)
    widget = window.section_widget(name)
    assert widget is not None
    settle(qtbot)
    return widget


def sprechtage(qtbot: QtBot, window: MainWindow) -> ConsultationDaysView:
    view = section(qtbot, window, Qt.Key.Key_6, "consultation_days")
    assert isinstance(view, ConsultationDaysView)
    return view


def open_laptop(
    qtbot: QtBot, tmp_path: Path, kit: Path, passphrases: list[str], errors: list[str]
) -> MainWindow:
    store = SettingsStore(tmp_path / "laptop.ini")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 800)
    controller = DatabaseController(window, store, offer_demo=False)

    def ask(_target: str, error: str) -> str | None:
        errors.append(error)
        return passphrases.pop(0) if passphrases else None

    controller.ask_kit_passphrase = ask  # type: ignore[method-assign]
    window.show()
    with qtbot.waitSignal(controller.opened, timeout=20_000):
        controller.open(str(kit))
    until(qtbot, window.kit_status)
    return window


def test_a_consultation_day_offline_on_a_laptop_and_merged_back(
    office: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = Messages(monkeypatch)
    services = office.services
    assert services is not None
    ayse = add_founder(services, "Öztürk", "Ayşe", "MK-2026-0041", business="Ayşes Änderungsschneiderei")
    held_on = date.today() + timedelta(days=3)

    # 1. The office plans the day and books Ayşe.
    view = sprechtage(qtbot, office)
    click(qtbot, view._ui.new_day_button)
    plan = dialog(qtbot, view, ConsultationDayDialog)
    until(qtbot, plan._ui.button_box.isEnabled)
    plan._ui.held_on_edit.setDate(held_on)
    type_text(qtbot, plan._ui.place_edit, "Quartiersbüro Nordmarkt")
    plan._ui.starts_edit.setTime(QTime(10, 0))
    plan._ui.ends_edit.setTime(QTime(12, 0))
    press_ok(qtbot, plan._ui.button_box)
    until(qtbot, lambda: view._detail is not None and view._detail.day.place == "Quartiersbüro Nordmarkt")
    assert len(view._detail.slots) == 4
    click(qtbot, view._ui.book_button)
    booking = dialog(qtbot, view, BookingDialog)
    type_text(qtbot, booking._ui.search_edit, "Öztürk")
    until(qtbot, lambda: booking._ui.results_list.count() >= 1)
    booking._ui.results_list.setCurrentRow(0)
    type_text(qtbot, booking._ui.topic_edit, "Finanzierung")
    press_ok(qtbot, booking._ui.button_box)
    until(qtbot, lambda: view._detail is not None and view._detail.day.booked == 1)
    day_id = view._detail.day.id

    # 2. Check-out onto a USB stick.
    stick = tmp_path / "stick"
    stick.mkdir()
    kit_path = stick / "Sprechtag-Nordmarkt.dlzwkit"
    click(qtbot, view._ui.check_out_button)
    checkout = dialog(qtbot, view, KitCheckoutDialog)
    assert checkout.day_ids() == [day_id]
    checkout._ui.path_edit.setText(str(kit_path))
    type_text(qtbot, checkout._ui.passphrase_edit, PASSPHRASE)
    type_text(qtbot, checkout._ui.repeat_edit, PASSPHRASE)
    press_ok(qtbot, checkout._ui.button_box)
    until(qtbot, kit_path.exists)
    until(qtbot, lambda: "Sprechtag-Nordmarkt.dlzwkit" in view._ui.status_label.text())
    settle(qtbot)

    # 3. On the laptop: one typo in the passphrase, then the kit opens.
    errors: list[str] = []
    laptop = open_laptop(qtbot, tmp_path, kit_path, ["Nordstadt Sprechtag 2025", PASSPHRASE], errors)
    assert errors[0] == "" and "passphrase" in errors[1].lower()
    status = laptop.kit_status()
    assert status is not None and "Quartiersbüro Nordmarkt" in status
    kit = laptop.services
    assert kit is not None and kit.context.sessions.encrypted

    # 3a. Edit Ayşe (checked out) in Personen & Unternehmen.
    people = section(qtbot, laptop, Qt.Key.Key_3, "people")
    type_text(qtbot, people._ui.person_search_edit, "Öztürk")  # type: ignore[attr-defined]
    until(qtbot, lambda: people._persons.rowCount() == 1)  # type: ignore[attr-defined]
    people._ui.persons_table.selectRow(0)  # type: ignore[attr-defined]
    click(qtbot, people._ui.edit_person_button)  # type: ignore[attr-defined]
    edit = dialog(qtbot, people, PersonDialog)
    edit._ui.phone_edit.clear()
    type_text(qtbot, edit._ui.phone_edit, "0170 5551234")
    press_ok(qtbot, edit._ui.button_box)
    until(qtbot, lambda: not edit.isVisible())

    # 3b. A newcomer: person, business and case in Fälle.
    cases = section(qtbot, laptop, Qt.Key.Key_2, "cases")
    qtbot.keyClick(cases, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new_case = dialog(qtbot, cases, NewCaseDialog)
    click(qtbot, new_case._ui.new_business_button)
    business = dialog(qtbot, new_case, BusinessDialog)
    type_text(qtbot, business._ui.name_edit, "Zofias Café")
    click(qtbot, business._ui.new_person_button)
    person = dialog(qtbot, business, PersonDialog)
    type_text(qtbot, person._ui.family_name_edit, "Nowak")
    type_text(qtbot, person._ui.given_names_edit, "Zofia")
    press_ok(qtbot, person._ui.button_box)
    until(qtbot, lambda: len(business.members()) == 1)
    press_ok(qtbot, business._ui.button_box)
    until(qtbot, lambda: new_case._ui.businesses_list.count() == 1)
    type_text(qtbot, new_case._ui.purpose_edit, "Espressomaschine")
    press_ok(qtbot, new_case._ui.button_box)
    case_view = cases.case_view  # type: ignore[attr-defined]
    until(qtbot, lambda: case_view.case is not None and case_view.isVisible())
    provisional = case_view.case.number
    assert provisional.startswith("MK-V-") and provisional.endswith("-001")
    new_case_id = case_view.case.id

    # 3c. Ayşe's consultation, recorded on her appointment.
    laptop_days = sprechtage(qtbot, laptop)
    until(qtbot, lambda: laptop_days._detail is not None)
    lines = laptop_days._schedule.rows()
    row = next(
        i for i, line in enumerate(lines) if line.appointment and line.appointment.person_id == ayse.person_id
    )
    laptop_days._ui.appointments_table.selectRow(row)
    click(qtbot, laptop_days._ui.consultation_button)
    talk = dialog(qtbot, laptop_days, AppointmentConsultationDialog)
    talk._ui.minutes_spin.setValue(40)
    type_text(qtbot, talk._ui.notes_edit, "Businessplan besprochen, Mietvertrag fehlt")
    press_ok(qtbot, talk._ui.button_box)
    until(
        qtbot,
        lambda: any(x.appointment and x.appointment.consultation_id for x in laptop_days._schedule.rows()),
    )
    until(
        qtbot,
        lambda: (
            "not yet checked in" in laptop_days._ui.pending_label.text()
            or "noch nicht" in laptop_days._ui.pending_label.text()
        ),
    )

    # 3d. Back at the office door: the check-in package, sealed with the passphrase.
    package = stick / "Rueckgabe-1.dlzwsync"
    monkeypatch.setattr(laptop_days, "ask_save_path", lambda *_a: package)
    monkeypatch.setattr(laptop_days, "ask_passphrase", lambda *_a: PASSPHRASE)
    informed: list[str] = []
    monkeypatch.setattr(laptop_days, "inform", informed.append)
    click(qtbot, laptop_days._ui.write_package_button)
    until(qtbot, lambda: informed)
    assert package.exists()
    laptop.close()
    wait_for_all()
    kit.close()

    # Meanwhile the office changed Ayşe's phone as well.
    with services.context.sessions.begin() as session:
        office_ayse = session.get(Person, ayse.person_id)
        assert office_ayse is not None
        office_ayse.phone = "0231 4477889"

    # 4. Check-in: import, then decide the clash in the conflicts dialog.
    view = sprechtage(qtbot, office)
    monkeypatch.setattr(view, "ask_open_path", lambda *_a: package)
    monkeypatch.setattr(view, "ask_passphrase", lambda *_a: PASSPHRASE)
    questions: list[str] = []
    monkeypatch.setattr(view, "confirm", lambda text: questions.append(text) or True)
    click(qtbot, view._ui.import_button)
    conflicts = dialog(qtbot, view, SyncConflictsDialog)
    assert provisional in questions[0]  # "New cases received office numbers: MK-V-… → MK-…"
    until(qtbot, lambda: conflicts._model.rowCount() == 1)
    conflicts._ui.conflicts_table.selectRow(0)
    shown = conflicts.current()
    assert shown is not None and shown.field_name == "phone"
    assert conflicts._ui.office_text.toPlainText() == "0231 4477889"
    assert conflicts._ui.laptop_text.toPlainText() == "0170 5551234"
    click(qtbot, conflicts._ui.laptop_button)
    until(qtbot, lambda: conflicts._model.rowCount() == 0)
    conflicts.close()
    settle(qtbot)
    assert not messages.shown

    # 5. What the office holds now.
    with services.context.sessions() as session:
        merged = session.get(Person, ayse.person_id)
        assert merged is not None and merged.phone == "0170 5551234"
        case = session.get(Case, new_case_id)
        assert (
            case is not None and not case.provisional and case.number.startswith(f"MK-{date.today().year}-")
        )
        consultation = session.scalar(
            select(Consultation).where(
                Consultation.person_id == ayse.person_id, Consultation.consultation_day_id == day_id
            )
        )
        assert consultation is not None
        assert (consultation.duration_minutes, consultation.place) == (40, ConsultationPlace.CONSULTATION_DAY)
        zofia = session.scalar(select(Person).where(Person.family_name == "Nowak"))
        assert zofia is not None and zofia.given_names == "Zofia"
        decided = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(
                AuditEntry.action == "event",
                AuditEntry.note == f"sync conflict decided: {Choice.LAPTOP.value}",
            )
        )
        assert decided == 1
    assert services.sync.open_conflict_count() == 0

    # The kit still opens and, refreshed, carries the office number (several days in a row).
    services.sync.refresh_kit(kit_path, PASSPHRASE)
    again = open_services(kit_path, passphrase=PASSPHRASE)
    try:
        again.users.local_principal(again.sync.kit_sign_in_name())
        assert again.cases.case(new_case_id).number == case.number
        assert again.sync.pending_changes().total == 0
    finally:
        again.close()
