"""Helpers for the case screens' widget tests: open the window, wait for the background, find dialogs,
catch the messages shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dlzw_desktop.ui.database_controller import DatabaseController
from dlzw_desktop.ui.i18n import install_translators
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.workers import pending_tasks, wait_for_all
from tests.ui.signed_in import sign_in_as_admin

D = TypeVar("D", bound=QDialog)


def open_window(qtbot: QtBot, tmp_path: Path, database: Path) -> Iterator[MainWindow]:
    install_translators(QApplication.instance(), "de")  # type: ignore[arg-type]
    store = SettingsStore(tmp_path / "settings.ini")
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.resize(1366, 800)
    controller = DatabaseController(main, store, offer_demo=False, sign_in=sign_in_as_admin)
    main.show()
    with qtbot.waitSignal(controller.opened, timeout=20_000):
        controller.open(str(database))
    yield main
    wait_for_all()
    if main.services is not None:
        main.services.close()


def settle(qtbot: QtBot) -> None:
    """Let background work finish and its answers arrive, including work those answers start."""
    for _ in range(3):
        qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=60_000)
        qtbot.wait(20)


def until(qtbot: QtBot, condition: Callable[[], object], timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


def dialog(qtbot: QtBot, parent: QWidget, kind: type[D]) -> D:
    """The visible dialog of ``kind`` opened below ``parent`` (waits for it)."""
    found: list[D] = []

    def visible() -> bool:
        found[:] = [d for d in parent.findChildren(kind) if d.isVisible()]
        return bool(found)

    until(qtbot, visible)
    return found[-1]


def press_ok(qtbot: QtBot, box: QDialogButtonBox) -> None:
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; letters QTest cannot map (Ç, ı, Ł …) arrive as key events carrying them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.wait(1)


class Messages:
    """Records what ``ui.messages.show_error`` would have shown in a message box."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[str] = []

        def record(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            self.shown.append(text)
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "warning", record)
        monkeypatch.setattr(QMessageBox, "critical", record)

    def last(self) -> str:
        assert self.shown, "no message was shown"
        return self.shown[-1]
