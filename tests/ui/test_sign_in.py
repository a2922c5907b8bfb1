"""Sign-in in the GUI: the first administrator, sign-in with lockout messages, a forced password change,
an idle session that locks the window, and a database file that moves away while the app runs."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dlzw_desktop.domain.enums import Role
from dlzw_desktop.services import user_service
from dlzw_desktop.services.registry import Services, open_services
from dlzw_desktop.services.user_service import UserDraft
from dlzw_desktop.ui.database_controller import DatabaseController
from dlzw_desktop.ui.first_admin_dialog import FirstAdminDialog
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.password_dialog import PasswordDialog
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.sign_in_dialog import SignInDialog
from dlzw_desktop.ui.workers import wait_for_all
from tests.ui.accessibility import unnamed_controls
from tests.ui.english import english  # noqa: F401 - fixture

PASSWORD = "Kaffee Fahrrad Hafen Wolke"


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch, english: None) -> None:  # noqa: F811 - the fixture
    """Small argon2id parameters (same rules, faster tests), and English texts to compare with."""
    monkeypatch.setattr(user_service, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


class Harness:
    """A main window with a controller that signs in interactively, and the dialogs it showed."""

    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.window = MainWindow(SettingsStore(tmp_path / "settings.ini"))
        qtbot.addWidget(self.window)
        self.controller = DatabaseController(self.window, SettingsStore(tmp_path / "s.ini"), offer_demo=False)
        self.dialogs: list[QWidget] = []
        self.controller.sign_in_shown.connect(self.dialogs.append)
        self.window.show()

    def open(self, path: Path) -> QWidget:
        count = len(self.dialogs)
        self.controller.open(str(path))
        self.qtbot.waitUntil(lambda: len(self.dialogs) > count, timeout=20_000)
        return self.dialogs[-1]

    def next_dialog(self, count: int) -> QWidget:
        self.qtbot.waitUntil(lambda: len(self.dialogs) > count, timeout=20_000)
        return self.dialogs[-1]

    def close(self) -> None:
        wait_for_all()
        self.controller.shutdown()
        if self.window.services is not None:
            self.window.services.close()


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    made = Harness(qtbot, tmp_path)
    yield made
    made.close()


def _with_admin(path: Path, *, must_change: bool = False) -> None:
    services = open_services(path)
    services.users.create_first_admin("chefin", "Clara Chefin", PASSWORD, PASSWORD)
    services.users.create_user(UserDraft("b.becker", "Berta Becker", Role.ADVISOR, PASSWORD, PASSWORD))
    if not must_change:
        services.users.sign_out()
    services.close()


def _press_ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox, "button_box")
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_first_start_asks_for_the_administrator(
    harness: Harness, sqlite_path: Path, tmp_path: Path
) -> None:
    dialog = harness.open(sqlite_path)
    assert isinstance(dialog, FirstAdminDialog)
    assert not unnamed_controls(dialog)
    ui = dialog._ui
    assert harness.window.services is None  # nothing is shown before somebody is signed in
    ui.username_edit.setText("chefin")
    ui.display_name_edit.setText("Clara Chefin")
    harness.qtbot.keyClicks(ui.password_edit, "kurz")
    assert "12" in ui.rules_label.text()  # says what is missing while typing
    ui.password_edit.setText(PASSWORD)
    assert "meets the rules" in ui.rules_label.text()
    ui.repeat_edit.setText(PASSWORD + "!")
    _press_ok(dialog)
    harness.qtbot.waitUntil(lambda: "differ" in ui.message_label.text(), timeout=10_000)
    ui.repeat_edit.setText(PASSWORD)
    dialog.grab().save(str(tmp_path / "first_admin.png"))
    with harness.qtbot.waitSignal(harness.controller.opened, timeout=20_000):
        _press_ok(dialog)
    assert harness.window._user_label.text().endswith("Clara Chefin")
    assert harness.window._ui.action_users.isEnabled()


def test_wrong_passwords_and_the_lock_are_explained_in_the_dialog(
    harness: Harness, sqlite_path: Path, tmp_path: Path
) -> None:
    _with_admin(sqlite_path)
    dialog = harness.open(sqlite_path)
    assert isinstance(dialog, SignInDialog)
    assert not unnamed_controls(dialog)
    ui = dialog._ui
    ui.username_edit.setText("chefin")
    for attempt in range(5):
        ui.password_edit.setText(f"falsches Passwort {attempt}")
        _press_ok(dialog)
        harness.qtbot.waitUntil(
            lambda: ui.button_box.isEnabled() and "Checking" not in ui.message_label.text(), timeout=10_000
        )
    assert "locked for 5 minutes" in ui.message_label.text()
    assert ui.password_edit.text() == ""
    dialog.grab().save(str(tmp_path / "sign_in_locked.png"))
    assert harness.window.services is None


def test_an_assigned_password_is_replaced_before_work_starts(harness: Harness, sqlite_path: Path) -> None:
    _with_admin(sqlite_path)
    dialog = harness.open(sqlite_path)
    dialog._ui.username_edit.setText("b.becker")  # type: ignore[attr-defined]
    dialog._ui.password_edit.setText(PASSWORD)  # type: ignore[attr-defined]
    count = len(harness.dialogs)
    _press_ok(dialog)
    change = harness.next_dialog(count)
    assert isinstance(change, PasswordDialog)
    assert not unnamed_controls(change)
    change._ui.current_edit.setText(PASSWORD)
    change._ui.new_edit.setText("Sonne Regen Wind Nebel")
    change._ui.repeat_edit.setText("Sonne Regen Wind Nebel")
    with harness.qtbot.waitSignal(harness.controller.opened, timeout=20_000):
        _press_ok(change)
    services = harness.window.services
    assert services is not None
    assert services.context.user.principal.role is Role.ADVISOR
    assert not harness.window._ui.action_users.isEnabled()  # advisors do not manage users
    assert not harness.window._ui.action_audit.isEnabled()


def _signed_in(harness: Harness, path: Path) -> Services:
    _with_admin(path)
    dialog = harness.open(path)
    dialog._ui.username_edit.setText("chefin")  # type: ignore[attr-defined]
    dialog._ui.password_edit.setText(PASSWORD)  # type: ignore[attr-defined]
    with harness.qtbot.waitSignal(harness.controller.opened, timeout=20_000):
        _press_ok(dialog)
    services = harness.window.services
    assert services is not None
    return services


def test_an_idle_session_locks_the_window_and_keeps_the_work(
    harness: Harness, sqlite_path: Path, tmp_path: Path
) -> None:
    services = _signed_in(harness, sqlite_path)
    harness.window.show_section("settings")
    settings = harness.window.section_widget("settings")
    wait_for_all()
    harness.qtbot.waitUntil(lambda: settings._ui.hourly_rate_edit.text() != "", timeout=10_000)  # type: ignore[union-attr]
    now = [0.0]
    user = services.context.user
    user._clock = lambda: now[0]  # type: ignore[method-assign]
    user.sign_in(user.principal)
    user.idle_timeout = timedelta(minutes=15)
    now[0] += 16 * 60
    count = len(harness.dialogs)
    guard = harness.controller.session_guard
    assert guard is not None
    guard.check()
    dialog = harness.next_dialog(count)
    assert isinstance(dialog, SignInDialog)
    assert harness.window.locked
    assert "15 minutes without activity" in harness.window._busy_label.text()
    assert dialog._ui.username_edit.isReadOnly() and dialog._ui.username_edit.text() == "chefin"
    harness.window.grab().save(str(tmp_path / "locked.png"))
    dialog._ui.password_edit.setText(PASSWORD)
    _press_ok(dialog)
    harness.qtbot.waitUntil(lambda: not harness.window.locked, timeout=10_000)
    assert harness.window.section_widget("settings") is settings  # nothing entered was thrown away
    assert harness.window.current_section() == "settings"


def test_a_database_that_moves_away_gets_a_clear_message(
    harness: Harness, sqlite_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _signed_in(harness, sqlite_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    sqlite_path.rename(sqlite_path.with_name("woanders.sqlite3"))
    guard = harness.controller.session_guard
    assert guard is not None
    guard.check()
    harness.qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "moved or deleted" in shown[0]
    assert "moved or deleted" in harness.window._activity_label.text()
    guard.check()
    wait_for_all()
    QApplication.processEvents()
    assert len(shown) == 1  # said once, not every five seconds
    sqlite_path.with_name("woanders.sqlite3").rename(sqlite_path)


def test_saving_after_the_session_expired_asks_for_the_password_instead_of_an_error(
    harness: Harness, sqlite_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = _signed_in(harness, sqlite_path)
    harness.window.show_section("settings")
    settings = harness.window.section_widget("settings")
    wait_for_all()
    harness.qtbot.waitUntil(lambda: settings._ui.hourly_rate_edit.text() != "", timeout=10_000)  # type: ignore[union-attr]
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: boxes.append(str(a[2])))
    user = services.context.user
    now = [0.0]
    user._clock = lambda: now[0]  # type: ignore[method-assign]
    user.sign_in(user.principal)
    user.idle_timeout = timedelta(minutes=15)
    now[0] += 20 * 60
    count = len(harness.dialogs)
    settings._ui.save_button.click()  # type: ignore[union-attr]
    dialog = harness.next_dialog(count)
    assert isinstance(dialog, SignInDialog)
    assert harness.window.locked
    assert boxes == []  # no error box on top of the password prompt
