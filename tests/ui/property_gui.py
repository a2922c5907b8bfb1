"""Helpers of the property GUI tests: open the window on a temporary database, find dialogs, wait."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from dlzw_desktop.ui.database_controller import DatabaseController
from dlzw_desktop.ui.i18n import install_translators
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.properties_view import PropertiesView
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.workers import wait_for_all
from tests.ui.signed_in import sign_in_as_admin

D = TypeVar("D", bound=QDialog)


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, tmp_path: Path, sqlite_path: Path) -> Iterator[MainWindow]:
    install_translators(qapp, "de")
    store = SettingsStore(tmp_path / "settings.ini")
    main = MainWindow(store)
    qtbot.addWidget(main)
    controller = DatabaseController(main, store, offer_demo=False, sign_in=sign_in_as_admin)
    main.resize(1366, 800)
    main.show()
    with qtbot.waitSignal(controller.opened, timeout=20_000):
        controller.open(str(sqlite_path))
    yield main
    wait_for_all()
    if main.services is not None:
        main.services.close()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of the warnings and errors the GUI shows (instead of blocking message boxes)."""
    shown: list[str] = []

    def record(_parent: QWidget | None, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return shown


def open_view(window: MainWindow, qtbot: QtBot) -> PropertiesView:
    window.show_section("properties")
    view = window.section_widget("properties")
    assert isinstance(view, PropertiesView)
    qtbot.waitUntil(lambda: view._ui.borough_filter_combo.count() == 13, timeout=10_000)
    wait_for_all()
    return view


def dialog_of(parent: QWidget, kind: type[D], qtbot: QtBot) -> D:
    """The visible dialog of ``kind`` that ``parent`` opened."""
    found: list[D] = []

    def visible() -> bool:
        found[:] = [d for d in parent.findChildren(kind) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=5_000)
    return found[-1]


def press(dialog: QDialog, button: QDialogButtonBox.StandardButton, qtbot: QtBot) -> None:
    """Press a dialog button and wait until the dialog closed (its work runs in the background)."""
    box = dialog.findChild(QDialogButtonBox, "button_box")
    assert box is not None
    shown: list[str] = []
    original = QMessageBox.warning

    def record(parent: QWidget | None, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    QMessageBox.warning = record  # type: ignore[method-assign, assignment]
    try:
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: closed(dialog) or bool(shown), timeout=10_000)
    finally:
        QMessageBox.warning = original  # type: ignore[method-assign]
    assert not shown, shown
    wait_for_all()


def closed(dialog: QDialog) -> bool:
    """True once the dialog was closed (dialogs opened by the view delete themselves then)."""
    return not isValid(dialog) or not dialog.isVisible()


def click(widget: QWidget, qtbot: QtBot) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
