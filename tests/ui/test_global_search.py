"""Global search (Ctrl+K) and the recently opened records, typed and chosen by keyboard in the window."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.business_dialog import BusinessDialog
from dlzw_desktop.ui.global_search_popup import GlobalSearchPopup
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.person_dialog import PersonDialog
from dlzw_desktop.ui.property_dialog import PropertyDialog
from dlzw_desktop.ui.recent_items import MAX_RECENT, RecentItem, recent_in, remembered, replaced
from tests.services.case_helpers import open_case
from tests.services.property_fixtures import add_unit, owner
from tests.ui.accessibility import unnamed_controls
from tests.ui.case_gui import dialog, open_window, settle, type_text, until


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, sqlite_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, tmp_path, sqlite_path)


def services_of(window: MainWindow) -> Services:
    services = window.services
    assert services is not None
    return services


def palette(window: MainWindow, qtbot: QtBot) -> GlobalSearchPopup:
    """Press Ctrl+K in the window; the palette appears with the cursor in its search box."""
    window.activateWindow()
    until(qtbot, lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_popup
    assert popup is not None
    until(qtbot, popup.isVisible)
    until(qtbot, lambda: QApplication.focusWidget() is popup.search_edit)
    return popup


def search(popup: GlobalSearchPopup, qtbot: QtBot, text: str) -> list[tuple[str, str]]:
    """Type ``text`` and wait for its results (typing never waits: the search runs in the background)."""
    type_text(qtbot, popup.search_edit, text)
    until(qtbot, lambda: popup.shown_text == text)
    return popup.rows()


def test_ctrl_k_finds_every_kind_and_enter_opens_the_case(window: MainWindow, qtbot: QtBot) -> None:
    services = services_of(window)
    case = open_case(services, business_name="Bäckerei Kaya", family_name="Kaya", given_names="Elif")
    add_unit(services, owner(services), street="Kayastraße 3")
    popup = palette(window, qtbot)
    assert not unnamed_controls(popup)

    rows = search(popup, qtbot, "kaya")

    assert rows == [
        ("header", "Fälle"),
        ("case", f"{case.number} · Bäckerei Kaya"),
        ("header", "Personen"),
        ("person", "Elif Kaya"),
        ("header", "Unternehmen"),
        ("business", "Bäckerei Kaya"),
        ("header", "Immobilien"),
        ("property", "Kayastraße 3"),
    ]
    assert popup.current_text() == f"{case.number} · Bäckerei Kaya"  # the first hit, not its heading
    qtbot.keyClick(popup.search_edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    cases = window.section_widget("cases")
    assert window.current_section() == "cases" and cases is not None
    until(qtbot, lambda: cases.case_view.case is not None and cases.case_view.case.id == case.id)  # type: ignore[attr-defined]


def test_arrow_keys_skip_headings_and_stop_at_the_ends(window: MainWindow, qtbot: QtBot) -> None:
    services = services_of(window)
    open_case(services, business_name="Bäckerei Kaya", family_name="Kaya", given_names="Elif")
    popup = palette(window, qtbot)
    search(popup, qtbot, "kaya")
    edit = popup.search_edit
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert popup.current_text().endswith("Bäckerei Kaya")  # type: ignore[union-attr]
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert popup.current_text() == "Elif Kaya"
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert popup.current_text() == "Bäckerei Kaya"
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert popup.current_text() == "Bäckerei Kaya"
    assert QApplication.focusWidget() is edit  # the cursor stays in the search box


def test_esc_closes_and_gives_the_window_back(window: MainWindow, qtbot: QtBot) -> None:
    window.show_section("settings")
    popup = palette(window, qtbot)
    qtbot.keyClick(popup.search_edit, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.current_section() == "settings"


def test_nothing_found_says_so_and_short_text_asks_for_more(window: MainWindow, qtbot: QtBot) -> None:
    popup = palette(window, qtbot)
    assert popup.rows() == [("header", "Geben Sie mindestens zwei Zeichen ein, um zu suchen.")]
    rows = search(popup, qtbot, "zzqx")
    assert rows == [("header", "Nichts gefunden für „zzqx“.")]
    qtbot.keyClick(popup.search_edit, Qt.Key.Key_Return)  # nothing to open: the palette stays
    assert popup.isVisible()


def test_a_person_opens_in_its_dialog_and_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    services = services_of(window)
    case = open_case(services, business_name="Salon Nord", family_name="Nowak", given_names="Piotr")
    popup = palette(window, qtbot)
    search(popup, qtbot, "nowak")
    qtbot.keyClick(popup.search_edit, Qt.Key.Key_Down)
    assert popup.current_text() == "Piotr Nowak"
    qtbot.keyClick(popup.search_edit, Qt.Key.Key_Enter)
    people = window.section_widget("people")
    assert window.current_section() == "people" and people is not None
    person_dialog = dialog(qtbot, people, PersonDialog)
    assert person_dialog._ui.family_name_edit.text() == "Nowak"
    person_dialog.reject()

    popup = palette(window, qtbot)  # an empty search lists the recent records
    assert popup.rows() == [("header", "Zuletzt geöffnet"), ("person", "Piotr Nowak")]
    search(popup, qtbot, "salon")
    qtbot.keyClick(popup.search_edit, Qt.Key.Key_Down)
    assert popup.current_text() == "Salon Nord"
    qtbot.keyClick(popup.search_edit, Qt.Key.Key_Return)
    business_dialog = dialog(qtbot, people, BusinessDialog)
    until(qtbot, lambda: business_dialog._ui.name_edit.text() == "Salon Nord")  # filled after loading
    business_dialog.reject()
    settle(qtbot)
    assert [(i.kind, i.title) for i in window.recent_items()] == [
        ("business", "Salon Nord"),
        ("person", "Piotr Nowak"),
    ]
    window.open_case(case.id)
    cases = window.section_widget("cases")
    until(qtbot, lambda: window.recent_items()[0].kind == "case")
    assert cases is not None


def test_the_file_menu_reopens_recent_records(window: MainWindow, qtbot: QtBot) -> None:
    services = services_of(window)
    unit = add_unit(services, owner(services), street="Ostwall 5")
    menu = window._ui.menu_recent
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["Noch keine Datensätze geöffnet"]
    assert not menu.actions()[0].isEnabled()

    window.open_property(unit.id)
    properties = window.section_widget("properties")
    assert properties is not None
    first = dialog(qtbot, properties, PropertyDialog)
    first.reject()
    settle(qtbot)
    menu.aboutToShow.emit()
    [action] = menu.actions()
    assert action.text() == "Ostwall 5"
    window.show_section("overview")
    action.trigger()
    assert window.current_section() == "properties"
    until(qtbot, lambda: any(d.isVisible() for d in properties.findChildren(PropertyDialog)))


def test_a_deleted_record_leaves_the_recent_list(window: MainWindow, qtbot: QtBot) -> None:
    services = services_of(window)
    kept = add_unit(services, owner(services), street="Ostwall 5")
    gone = add_unit(services, owner(services), street="Westwall 7")
    for unit in (kept, gone):
        window.open_property(unit.id)
        view = window.section_widget("properties")
        assert view is not None
        dialog(qtbot, view, PropertyDialog).reject()
        settle(qtbot)
    services.properties.delete_property(gone.id, gone.version)
    popup = palette(window, qtbot)
    until(qtbot, lambda: popup.rows() == [("header", "Zuletzt geöffnet"), ("property", "Ostwall 5")])
    assert [i.title for i in window.recent_items()] == ["Ostwall 5"]


def test_show_all_lists_the_matches_in_their_section(window: MainWindow, qtbot: QtBot) -> None:
    services = services_of(window)
    for index in range(6):
        open_case(services, business_name=f"Nordlicht {index}", family_name=f"Nordmann{index}")
    popup = palette(window, qtbot)
    rows = search(popup, qtbot, "nordlicht")
    assert rows[6] == ("more", "Alle passenden Fälle anzeigen …")
    for _ in range(5):
        qtbot.keyClick(popup.search_edit, Qt.Key.Key_Down)
    assert popup.current_text() == "Alle passenden Fälle anzeigen …"
    qtbot.keyClick(popup.search_edit, Qt.Key.Key_Return)
    cases = window.section_widget("cases")
    assert window.current_section() == "cases" and cases is not None
    assert cases._ui.search_edit.text() == "nordlicht"  # type: ignore[attr-defined]
    until(qtbot, lambda: cases.model.rowCount() == 6)  # type: ignore[attr-defined]


# -- the recent list itself -------------------------------------------------------------------------


def _item(title: str, database: str = "a.sqlite3", kind: str = "case") -> RecentItem:
    return RecentItem(kind, uuid.uuid5(uuid.NAMESPACE_DNS, title), title, "", database)


def test_the_recent_list_keeps_each_record_once_newest_first() -> None:
    stored: tuple[str, ...] = ()
    for title in ("A", "B", "A", "C"):
        stored = remembered(stored, _item(title))
    assert [i.title for i in recent_in(stored, "a.sqlite3")] == ["C", "A", "B"]


def test_the_recent_list_holds_ten_per_database_and_keeps_the_other_databases() -> None:
    stored: tuple[str, ...] = ()
    stored = remembered(stored, _item("laptop", "laptop.sqlite3"))
    for index in range(MAX_RECENT + 3):
        stored = remembered(stored, _item(f"office {index}", "office"))
    office = recent_in(stored, "office")
    assert len(office) == MAX_RECENT and office[0].title == f"office {MAX_RECENT + 2}"
    assert [i.title for i in recent_in(stored, "laptop.sqlite3")] == ["laptop"]
    refreshed = replaced(stored, "office", office[:2])
    assert len(recent_in(refreshed, "office")) == 2
    assert [i.title for i in recent_in(refreshed, "laptop.sqlite3")] == ["laptop"]


def test_unreadable_entries_of_a_hand_edited_settings_file_are_skipped() -> None:
    good = _item("A").encode()
    assert [i.title for i in recent_in(("{", "[]", '{"kind": "x"}', good), "a.sqlite3")] == ["A"]


FIRST_PAINT_PROBE = """
import sys
from PySide6.QtCore import QEvent
from dlzw_desktop import app
from dlzw_desktop.ui import main_window
seen = []
original = main_window.MainWindow.event
def event(self, e):
    if not seen and e.type() == QEvent.Type.Paint:
        seen.append(sorted(sys.modules))
    return original(self, e)
main_window.MainWindow.event = event
app.main(["--smoke"])
print(" ".join(seen[0]))
"""


def test_nothing_of_the_search_is_loaded_before_the_first_paint(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        DLZW_DATA_DIR=str(tmp_path),
        DLZW_CONFIG_DIR=str(tmp_path / "config"),
    )
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    loaded = set(done.stdout.split())
    assert "dlzw_desktop.ui.main_window" in loaded  # the probe saw the first paint
    late = {
        "dlzw_desktop.services.search_service",
        "dlzw_desktop.ui.global_search_popup",
        "dlzw_desktop.ui.recent_items",
        "dlzw_desktop.ui.icons",
        "dlzw_desktop.ui.first_start_wizard",
        "dlzw_desktop.services.database_setup",
        "sqlalchemy",
        "json",
        "uuid",
    }
    assert not loaded & late
