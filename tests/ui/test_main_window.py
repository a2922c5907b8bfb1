"""The main window on a temporary database: every section can be visited, in German, by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dlzw_desktop.ui.coming_view import ComingView
from dlzw_desktop.ui.database_controller import DatabaseController
from dlzw_desktop.ui.i18n import install_translators
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.workers import wait_for_all
from tests.ui.accessibility import unnamed_controls
from tests.ui.signed_in import sign_in_as_admin

SECTIONS = [
    "overview",
    "cases",
    "people",
    "properties",
    "quarters",
    "consultation_days",
    "reports",
    "settings",
]


@pytest.fixture
def german(qapp: QApplication) -> None:
    install_translators(qapp, "de")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, sqlite_path: Path, german: None):  # type: ignore[no-untyped-def]
    store = SettingsStore(tmp_path / "settings.ini")
    main = MainWindow(store)
    qtbot.addWidget(main)
    controller = DatabaseController(main, store, offer_demo=False, sign_in=sign_in_as_admin)
    main.show()
    with qtbot.waitSignal(controller.opened, timeout=20_000):
        controller.open(str(sqlite_path))
    yield main
    wait_for_all()
    if main.services is not None:
        main.services.close()


def test_every_section_can_be_visited(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    for key in SECTIONS:
        window.show_section(key)
        widget = window.section_widget(key)
        assert widget is not None and widget.isVisible(), key
        assert window.current_section() == key
        qtbot.wait(50)
        assert not unnamed_controls(widget), (key, unnamed_controls(widget))
        window.grab().save(str(tmp_path / f"section_{key}.png"))
    assert (tmp_path / "section_settings.png").stat().st_size > 1000
    wait_for_all()


def test_the_window_speaks_german(window: MainWindow) -> None:
    navigation = window.findChild(type(window._ui.navigation_list), "navigation_list")
    titles = [navigation.item(i).text() for i in range(navigation.count())]
    assert titles == [
        "Übersicht",
        "Fälle",
        "Personen & Unternehmen",
        "Immobilien",
        "Quartiere & Initiativen",
        "Sprechtage",
        "Berichte",
        "Einstellungen",
    ]
    assert window.menuBar().actions()[0].text() == "&Datei"


def test_sections_not_yet_built_say_so(window: MainWindow) -> None:
    for key in SECTIONS:
        window.show_section(key)
        widget = window.section_widget(key)
        if isinstance(widget, ComingView):
            assert "im Aufbau" in widget._ui.description_label.text(), key
    wait_for_all()


def test_the_overview_shows_the_counts(window: MainWindow, qtbot: QtBot) -> None:
    window.show_section("overview")
    view = window.section_widget("overview")
    assert view is not None
    labels = view._figure_labels  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: labels["cases"].text() == "0", timeout=5000)


def test_keyboard_shortcuts_switch_sections(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "quarters"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "cases"


def test_status_bar_shows_database_and_user(window: MainWindow, sqlite_path: Path) -> None:
    assert str(sqlite_path) in window._database_label.text()
    assert window._user_label.text().startswith("Benutzer/in:")


def test_window_state_and_last_section_are_remembered(
    qtbot: QtBot, tmp_path: Path, sqlite_path: Path, german: None
) -> None:
    store = SettingsStore(tmp_path / "state.ini")
    first = MainWindow(store)
    qtbot.addWidget(first)
    controller = DatabaseController(first, store, offer_demo=False, sign_in=sign_in_as_admin)
    first.show()
    with qtbot.waitSignal(controller.opened, timeout=20_000):
        controller.open(str(sqlite_path))
    first.resize(first.width(), 611)  # the offscreen screen is 800 x 800
    saved_size = first.size()
    assert saved_size.height() == 611
    first.show_section("reports")
    first.close()
    wait_for_all()
    first.services.close()  # type: ignore[union-attr]
    assert store.load().last_section == "reports"
    second = MainWindow(store)
    qtbot.addWidget(second)
    assert second.height() == saved_size.height()
    untouched = MainWindow(SettingsStore(tmp_path / "fresh.ini"))
    qtbot.addWidget(untouched)
    assert untouched.height() != saved_size.height()


def test_a_database_that_cannot_be_used_gets_a_clear_choice(
    qtbot: QtBot, tmp_path: Path, german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign = tmp_path / "kunden.sqlite3"
    foreign.write_bytes(b"Das ist keine Datenbank" * 50)
    store = SettingsStore(tmp_path / "x.ini")
    main = MainWindow(store)
    qtbot.addWidget(main)
    controller = DatabaseController(main, store, offer_demo=False)
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    with qtbot.waitSignal(controller.failed, timeout=20_000):
        controller.open(str(foreign))
    assert shown and "keine DLZW-Datenbank" in shown[0]
    assert foreign.read_bytes() == b"Das ist keine Datenbank" * 50


def test_first_start_offers_demo_data_and_loads_it(
    qtbot: QtBot, tmp_path: Path, german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_yes(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    store = SettingsStore(tmp_path / "first.ini")
    main = MainWindow(store)
    qtbot.addWidget(main)
    controller = DatabaseController(main, store, offer_demo=True, sign_in=sign_in_as_admin)
    main.show()
    new_database = tmp_path / "neu" / "dlzw.sqlite3"
    with qtbot.waitSignal(controller.opened, timeout=20_000):
        controller.open(str(new_database))
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "Demo-Daten" in asked[0]
    qtbot.waitUntil(lambda: "Demo-Daten geladen" in main._activity_label.text(), timeout=60_000)
    main.show_section("overview")
    view = main.section_widget("overview")
    assert view is not None
    qtbot.waitUntil(lambda: view._figure_labels["cases"].text() not in ("…", "0"), timeout=10_000)  # type: ignore[attr-defined]
    wait_for_all()
    main.services.close()  # type: ignore[union-attr]
