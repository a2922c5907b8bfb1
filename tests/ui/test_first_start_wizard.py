"""The first-start wizard: when it appears, the keyboard through its pages, what it refuses and why, the
connection test against the real PostgreSQL, and what finishing leaves behind (the database where the
user chose, the organisation in it, demo data only when asked for); the app's own start in a child
process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from dlzw_desktop.paths import default_database_path
from dlzw_desktop.services import user_service
from dlzw_desktop.services.database_setup import parse_server_url
from dlzw_desktop.services.registry import open_services
from dlzw_desktop.ui import database_controller
from dlzw_desktop.ui.database_controller import DatabaseController, first_start_due
from dlzw_desktop.ui.first_admin_dialog import FirstAdminDialog
from dlzw_desktop.ui.first_start_wizard import FirstStartWizard
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.workers import pending_tasks, wait_for_all
from tests.conftest import PasswordLogin
from tests.pg_cluster import free_port
from tests.ui.accessibility import unnamed_controls
from tests.ui.english import english  # noqa: F401 - fixture
from tests.ui.signed_in import sign_in_as_admin

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Kaffee Fahrrad Hafen Wolke"
DEMO_CASES = 6


@pytest.fixture(autouse=True)
def first_workstation(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    english: None,  # noqa: F811 - the fixture
) -> None:
    """A data folder of its own (no default database yet), few demo cases, fast password hashing."""
    monkeypatch.setenv("DLZW_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass.conf"))
    monkeypatch.setattr(database_controller, "DEMO_CASES", DEMO_CASES)
    monkeypatch.setattr(user_service, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


class Harness:
    """A main window and its controller as app.main builds them; what was shown, and the demo question."""

    def __init__(
        self, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **options: object
    ) -> None:
        self.qtbot = qtbot
        self.store = SettingsStore(tmp_path / "settings.ini")
        self.window = MainWindow(self.store)  # closed by ``close`` (after the database), not by qtbot
        self.controller = DatabaseController(self.window, self.store, **options)  # type: ignore[arg-type]
        self.wizards: list[FirstStartWizard] = []
        self.dialogs: list[QWidget] = []
        self.controller.wizard_shown.connect(self.wizards.append)
        self.controller.sign_in_shown.connect(self.dialogs.append)
        self.questions: list[str] = []

        def question(_parent: object, title: str, _text: str, *args: object) -> QMessageBox.StandardButton:
            self.questions.append(title)
            return QMessageBox.StandardButton.No

        monkeypatch.setattr(QMessageBox, "question", question)
        self.window.show()

    def wizard(self, db: str | None = None) -> FirstStartWizard:
        self.controller.start(db)
        assert self.wizards, "the wizard did not appear"
        wizard = self.wizards[-1]
        self.qtbot.waitUntil(wizard.isVisible)
        return wizard

    def close_database(self) -> None:
        self.qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=30_000)  # no answer lands later
        wait_for_all()
        self.controller.shutdown()
        if self.window.services is not None:
            self.window.services.close()

    def close(self) -> None:
        self.close_database()
        self.window.close()
        self.window.deleteLater()


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    made = Harness(qtbot, tmp_path, monkeypatch, sign_in=sign_in_as_admin)
    yield made
    made.close()


def settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=30_000)
    qtbot.wait(10)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is (as a user would press it)."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def alt(qtbot: QtBot, letter: str) -> None:
    press(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def retype(qtbot: QtBot, text: str) -> None:
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)
    if text:
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClicks(focus, text)


def status(wizard: FirstStartWizard) -> str:
    return str(wizard._ui.status_label.text())


# -- when it appears -----------------------------------------------------------------------------------


def test_it_is_due_only_on_the_first_start_of_a_workstation(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.ini")
    assert first_start_due(store, None)
    assert not first_start_due(store, str(tmp_path / "given.sqlite3"))  # --db
    store.update(database=str(tmp_path / "remembered.sqlite3"))
    assert not first_start_due(store, None)
    store.update(database="")
    default_database_path().parent.mkdir(parents=True)
    default_database_path().touch()
    assert not first_start_due(store, None)


def test_start_shows_the_wizard_only_when_due_and_asked(harness: Harness, sqlite_path: Path) -> None:
    harness.controller.start(None, wizard=False)  # --no-wizard: the usual start
    settle(harness.qtbot)
    assert not harness.wizards
    assert harness.window.services is not None
    harness.close_database()
    assert default_database_path().exists()
    harness.controller.start(None)  # the default database exists now: no wizard
    settle(harness.qtbot)
    assert not harness.wizards
    harness.controller.start(str(sqlite_path))  # --db
    settle(harness.qtbot)
    assert not harness.wizards


# -- the keyboard and the pages ------------------------------------------------------------------------


def test_the_pages_are_walked_with_the_keyboard(harness: Harness, qtbot: QtBot, tmp_path: Path) -> None:
    wizard = harness.wizard()
    assert wizard.windowModality() == Qt.WindowModality.WindowModal
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    ui = wizard._ui
    assert ui.organisation_name_edit.hasFocus()
    assert ui.organisation_name_edit.text() == "Wirtschaftsförderung Dortmund"  # the defaults
    assert "Grüne Straße" in ui.letterhead_address_edit.toPlainText()
    retype(qtbot, "")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == 0  # the name is required
    assert "Enter the name of the organisation" in ui.organisation_message_label.text()
    assert ui.organisation_name_edit.hasFocus()
    qtbot.keyClicks(ui.organisation_name_edit, "Stadt Beispiel")
    alt(qtbot, "a")
    assert ui.letterhead_address_edit.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the address instead of typing a tab into it
    assert ui.letterhead_contact_edit.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == 1
    assert not ui.organisation_message_label.isVisible()

    assert ui.path_edit.hasFocus()
    target = tmp_path / "Buero" / "dlzw.sqlite3"  # typed: QTest types ASCII only
    retype(qtbot, str(target))
    qtbot.waitUntil(lambda: "will be created" in status(wizard), timeout=10_000)
    alt(qtbot, "s")  # the server
    qtbot.waitUntil(lambda: ui.server_radio.isChecked() and ui.url_edit.hasFocus())
    assert ui.url_edit.isEnabled() and not ui.path_edit.isEnabled()
    alt(qtbot, "l")  # back to the file
    qtbot.waitUntil(ui.local_radio.isChecked)
    alt(qtbot, "f")
    assert ui.path_edit.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == 2)

    assert ui.demo_check.hasFocus() and not ui.demo_check.isChecked()
    press(qtbot, Qt.Key.Key_Space)
    assert ui.demo_check.isChecked()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == 3
    assert "Stadt Beispiel" in ui.summary_organisation_label.text()
    assert str(target) in ui.summary_database_label.text()
    assert f"{DEMO_CASES} fictitious cases" in ui.summary_demo_label.text()
    assert "administrator account" in ui.summary_next_label.text()
    alt(qtbot, "b")  # back, and forth again (a button's mnemonic clicks it a moment later)
    qtbot.waitUntil(lambda: wizard.currentId() == 2)
    alt(qtbot, "n")
    qtbot.waitUntil(lambda: wizard.currentId() == 3)
    assert not target.exists()  # nothing is written before Finish
    for page in range(4):
        assert not unnamed_controls(wizard.page(page))


def test_cancel_goes_on_with_the_database_on_this_computer(harness: Harness, qtbot: QtBot) -> None:
    wizard = harness.wizard()
    with qtbot.waitSignal(harness.controller.opened, timeout=20_000):
        qtbot.keyClick(wizard._ui.organisation_name_edit, Qt.Key.Key_Escape)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstStartWizard)]
    assert not [w for w in shown if w.isVisible()]
    assert default_database_path().exists()
    assert harness.store.load().database == ""  # nothing remembered: as before the wizard existed
    services = harness.window.services
    assert services is not None
    assert services.settings.shared().organisation_name == "Wirtschaftsförderung Dortmund"
    assert not first_start_due(harness.store, None)  # next time the app starts as usual


# -- what it refuses -----------------------------------------------------------------------------------


def _to_database_page(wizard: FirstStartWizard, qtbot: QtBot) -> None:
    wizard.next()
    assert wizard.currentId() == 1
    settle(qtbot)


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() == 0:  # root writes anywhere on a normal disk; /proc refuses even root
        yield Path("/proc")
        return
    folder = tmp_path / "nur-lesen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        yield folder
    finally:
        folder.chmod(0o700)


def test_an_unwritable_folder_an_empty_path_and_a_folder_are_refused(
    harness: Harness, qtbot: QtBot, tmp_path: Path, unwritable_folder: Path
) -> None:
    wizard = harness.wizard()
    _to_database_page(wizard, qtbot)
    ui = wizard._ui
    ui.path_edit.setText(str(unwritable_folder / "dlzw" / "dlzw.sqlite3"))
    wizard.next()  # checks first, then refuses
    qtbot.waitUntil(lambda: "You may not save files in the folder" in status(wizard), timeout=10_000)
    assert wizard.currentId() == 1
    assert ui.path_edit.hasFocus()
    assert "Choose a folder of your own" in status(wizard)
    ui.path_edit.setText("")
    wizard.next()
    qtbot.waitUntil(lambda: "Enter the file name" in status(wizard), timeout=10_000)
    ui.path_edit.setText(str(tmp_path))
    wizard.next()
    qtbot.waitUntil(lambda: "is a folder" in status(wizard), timeout=10_000)
    assert wizard.currentId() == 1
    ui.path_edit.setText(str(tmp_path / "gut.sqlite3"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 2)  # checked, then on by itself


def test_a_malformed_address_is_explained_without_a_connection(harness: Harness, qtbot: QtBot) -> None:
    wizard = harness.wizard()
    _to_database_page(wizard, qtbot)
    ui = wizard._ui
    ui.server_radio.setChecked(True)
    assert "Not tested yet" in status(wizard)
    for text, expected in (
        ("", "Enter the address"),
        ("dbserver/dlzw", "not a PostgreSQL address"),
        ("postgresql://dbserver", "names no database"),
        ("postgresql://dbserver:99999/dlzw", "number from 1 to 65535"),
    ):
        ui.url_edit.setText(text)
        wizard.next()
        assert expected in status(wizard), text
        assert wizard.currentId() == 1
        assert ui.url_edit.hasFocus()


def test_a_file_of_another_program_is_not_taken(harness: Harness, qtbot: QtBot, tmp_path: Path) -> None:
    other = tmp_path / "liste.sqlite3"
    other.write_text("keine Datenbank")
    wizard = harness.wizard()
    _to_database_page(wizard, qtbot)
    wizard._ui.path_edit.setText(str(other))
    qtbot.waitUntil(lambda: "not a DLZW database" in status(wizard), timeout=10_000)
    wizard.next()
    settle(qtbot)
    assert wizard.currentId() == 1
    assert other.read_text() == "keine Datenbank"


# -- the connection test -------------------------------------------------------------------------------


@pytest.mark.postgres
def test_the_connection_test_reports_version_and_schema_state(
    harness: Harness, qtbot: QtBot, pg_empty_url: str, pg_url: str
) -> None:
    wizard = harness.wizard()
    _to_database_page(wizard, qtbot)
    ui = wizard._ui
    ui.server_radio.setChecked(True)
    ui.url_edit.setText(pg_empty_url)
    qtbot.mouseClick(ui.test_button, Qt.MouseButton.LeftButton)
    assert not ui.test_button.isEnabled()  # testing in the background: the window stays usable
    assert "Connecting to 127.0.0.1" in status(wizard)
    qtbot.waitUntil(lambda: "Connected: PostgreSQL" in status(wizard), timeout=15_000)
    assert ui.test_button.isEnabled()
    assert "login postgres" in status(wizard)
    assert "The database is empty: DLZW Desktop sets it up" in status(wizard)
    ui.url_edit.setText(pg_url)
    assert "Not tested yet" in status(wizard)
    ui.test_button.click()
    qtbot.waitUntil(lambda: "of this version: it is opened as it is" in status(wizard), timeout=15_000)


@pytest.mark.postgres
def test_the_connection_test_says_why_it_failed(harness: Harness, qtbot: QtBot, pg_empty_url: str) -> None:
    wizard = harness.wizard()
    _to_database_page(wizard, qtbot)
    ui = wizard._ui
    ui.server_radio.setChecked(True)
    port = free_port()
    ui.url_edit.setText(f"postgresql://postgres@127.0.0.1:{port}/dlzw")
    ui.test_button.click()
    qtbot.waitUntil(lambda: f"Nothing answers at 127.0.0.1, port {port}" in status(wizard), timeout=15_000)
    address = parse_server_url(pg_empty_url)
    ui.url_edit.setText(f"postgresql://postgres@{address.host}:{address.port}/gibt_es_nicht")
    wizard.next()  # Next tests too, and stays
    qtbot.waitUntil(lambda: "has no database named gibt_es_nicht" in status(wizard), timeout=15_000)
    assert wizard.currentId() == 1
    assert ui.url_edit.hasFocus()


@pytest.mark.postgres
def test_a_wrong_password_is_said_and_never_shown(
    harness: Harness, qtbot: QtBot, pg_password_login: PasswordLogin, pg_empty_url: str
) -> None:
    wizard = harness.wizard()
    _to_database_page(wizard, qtbot)
    ui = wizard._ui
    ui.server_radio.setChecked(True)
    database = parse_server_url(pg_empty_url).database
    login = pg_password_login
    ui.url_edit.setText(f"postgresql://{login.user}:{quote('Falsch-1')}@{login.host}:{login.port}/{database}")
    ui.url_edit.editingFinished.emit()  # leaving the field
    assert ui.url_edit.text() == login.url(database)  # the password moved out of the address
    assert ui.password_edit.text() == "Falsch-1"
    ui.test_button.click()
    qtbot.waitUntil(lambda: "the password is wrong" in status(wizard), timeout=15_000)
    assert "Falsch-1" not in status(wizard)
    wizard.next()
    settle(qtbot)
    assert ui.password_edit.hasFocus()


# -- finishing -----------------------------------------------------------------------------------------


def _finish(wizard: FirstStartWizard, qtbot: QtBot, *, demo: bool = False) -> None:
    """Next through the remaining pages (answers of checks awaited), tick demo data, Finish."""
    while wizard.currentId() != 3:
        page = wizard.currentId()
        if page == 2:
            wizard._ui.demo_check.setChecked(demo)
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() != page, timeout=15_000)  # type: ignore[misc]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_finishing_creates_the_database_where_chosen_with_the_organisation(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = Harness(qtbot, tmp_path, monkeypatch)  # the real first-administrator dialog
    try:
        wizard = harness.wizard()
        ui = wizard._ui
        ui.organisation_name_edit.setText("Wirtschaftsförderung Beispielstadt")
        ui.letterhead_address_edit.setPlainText("Marktplatz 1\n12345 Beispielstadt")
        ui.letterhead_contact_edit.setText("Telefon 01234 5678")
        target = tmp_path / "Gemeinsam" / "Akten" / "dlzw.sqlite3"
        wizard.next()
        ui.path_edit.setText(str(target))
        _finish(wizard, qtbot, demo=False)
        qtbot.waitUntil(lambda: bool(harness.dialogs), timeout=20_000)
        admin = harness.dialogs[-1]
        assert isinstance(admin, FirstAdminDialog)  # the usual flow after the wizard
        assert target.exists()
        assert harness.store.load().database == str(target)
        admin._ui.username_edit.setText("chefin")
        admin._ui.display_name_edit.setText("Clara Chefin")
        admin._ui.password_edit.setText(PASSWORD)
        admin._ui.repeat_edit.setText(PASSWORD)
        with qtbot.waitSignal(harness.controller.first_start_done, timeout=30_000):
            admin._ui.button_box.accepted.emit()
        settle(qtbot)
        assert not harness.questions  # the wizard asked about demo data already
    finally:
        harness.close()
    services = open_services(target)
    services.users.sign_in("chefin", PASSWORD)
    try:
        shared = services.settings.shared()
        assert shared.organisation_name == "Wirtschaftsförderung Beispielstadt"
        assert shared.letterhead_address == "Marktplatz 1\n12345 Beispielstadt"
        assert shared.letterhead_contact == "Telefon 01234 5678"
        settings_rows = [row for row in services.audit.entries().rows if row.entity == "settings"]
        assert settings_rows and {row.actor for row in settings_rows} == {"chefin"}
        assert services.overview.figures().cases == 0  # no demo data: not chosen
    finally:
        services.close()


def test_demo_data_are_loaded_only_when_chosen(harness: Harness, qtbot: QtBot, tmp_path: Path) -> None:
    wizard = harness.wizard()
    wizard.next()
    target = tmp_path / "uebung.sqlite3"
    wizard._ui.path_edit.setText(str(target))
    with qtbot.waitSignal(harness.controller.first_start_done, timeout=60_000):
        _finish(wizard, qtbot, demo=True)
    settle(qtbot)
    services = harness.window.services
    assert services is not None
    assert services.overview.figures().cases == DEMO_CASES
    assert services.settings.shared().organisation_name == "Wirtschaftsförderung Dortmund"
    assert not harness.questions


def test_an_existing_database_keeps_its_organisation_and_its_data(
    harness: Harness, qtbot: QtBot, sqlite_path: Path
) -> None:
    services = open_services(sqlite_path)
    services.users.local_principal("admin.test")
    services.settings.update_shared(organisation_name="Schon eingetragen")
    services.demo.load(cases=2, seed=3)
    services.close()
    wizard = harness.wizard()
    wizard._ui.organisation_name_edit.setText("Wird nicht geschrieben")
    wizard.next()
    wizard._ui.path_edit.setText(str(sqlite_path))
    qtbot.waitUntil(lambda: "already stored here" in status(wizard), timeout=10_000)
    assert "already holds people and cases" in status(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 3)  # no demo page: the database is not empty
    assert "Schon eingetragen" in wizard._ui.summary_organisation_label.text()
    with qtbot.waitSignal(harness.controller.first_start_done, timeout=30_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    opened = harness.window.services
    assert opened is not None
    assert opened.settings.shared().organisation_name == "Schon eingetragen"
    assert opened.overview.figures().cases == 2


@pytest.mark.postgres
def test_finishing_on_postgresql_sets_it_up_and_keeps_the_password_out_of_the_settings(
    harness: Harness, qtbot: QtBot, pg_password_login: PasswordLogin, pg_empty_url: str, tmp_path: Path
) -> None:
    address = parse_server_url(pg_empty_url)
    login = pg_password_login
    # The owner of the database may set it up (as the administration guide does with dlzw_owner).
    import psycopg

    with psycopg.connect(
        host=address.host, port=address.port, user="postgres", dbname=address.database, autocommit=True
    ) as connection:
        connection.execute(f"ALTER DATABASE {address.database} OWNER TO {login.user}")
        connection.execute(f"ALTER SCHEMA public OWNER TO {login.user}")
        connection.execute(f"ALTER ROLE {login.user} CREATEROLE")
    try:
        _finish_on_postgresql(harness, qtbot, login, address.database, tmp_path)
    finally:
        with psycopg.connect(
            host=address.host, port=address.port, user="postgres", dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f"ALTER ROLE {login.user} NOCREATEROLE")


def _finish_on_postgresql(
    harness: Harness, qtbot: QtBot, login: PasswordLogin, database: str, tmp_path: Path
) -> None:
    wizard = harness.wizard()
    wizard._ui.organisation_name_edit.setText("WF im Netz")
    wizard.next()
    ui = wizard._ui
    alt_url = login.url(database)
    ui.server_radio.setChecked(True)
    secret = quote(login.password, safe="")
    ui.url_edit.setText(f"postgresql://{login.user}:{secret}@{login.host}:{login.port}/{database}")
    wizard.next()  # tests the connection (the password moves out of the address) and goes on by itself
    qtbot.waitUntil(lambda: wizard.currentId() == 2, timeout=15_000)
    assert ui.url_edit.text() == alt_url
    assert ui.password_edit.text() == login.password
    assert "sets it up when you finish" in status(wizard)
    assert f"login {login.user}" in status(wizard)
    with qtbot.waitSignal(harness.controller.first_start_done, timeout=60_000):
        _finish(wizard, qtbot, demo=False)
    assert harness.store.load().database == alt_url
    assert login.password not in (tmp_path / "settings.ini").read_text()
    assert login.password.replace(":", "\\:") in (tmp_path / "pgpass.conf").read_text()
    services = harness.window.services
    assert services is not None
    assert services.settings.shared().organisation_name == "WF im Netz"
    harness.close_database()
    again = open_services(alt_url)  # the address alone opens it again: libpq reads the password file
    try:
        again.users.local_principal("admin.test")
        assert again.settings.shared().organisation_name == "WF im Netz"
    finally:
        again.close()


# -- the app itself --------------------------------------------------------------------------------------

APP_PROBE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from dlzw_desktop import app as dlzw_app
target = sys.argv[1]
started = time.monotonic()

def visible(name):
    return [w for w in QApplication.topLevelWidgets() if type(w).__name__ == name and w.isVisible()]

def poll():
    wizards = visible("FirstStartWizard")
    admins = visible("FirstAdminDialog")
    if wizards and target != "-":
        wizard = wizards[0]
        if wizard.currentId() == 0:
            wizard._ui.organisation_name_edit.setText("WF aus dem Test")
            wizard.next()
            wizard._ui.path_edit.setText(target)
        elif wizard.currentId() in (1, 2):
            wizard.next()
        elif wizard.currentId() == 3:
            wizard.accept()
    elif wizards or admins:
        print("SHOWN", "wizard" if wizards else "admin")
        print("LOADED", "dlzw_desktop.ui.first_start_wizard" in sys.modules)
        app.exit(0)
        return
    if time.monotonic() - started > 90:
        print("TIMEOUT")
        app.exit(1)
        return
    QTimer.singleShot(50, poll)

QTimer.singleShot(0, poll)
sys.exit(dlzw_app.main(sys.argv[2:]))
"""


def _run_app(tmp_path: Path, *args: str, target: str = "-") -> dict[str, str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        DLZW_DATA_DIR=str(tmp_path / "data"),
        DLZW_CONFIG_DIR=str(tmp_path / "config"),
    )
    done = subprocess.run(
        [sys.executable, "-c", APP_PROBE, target, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)


def test_the_app_shows_the_wizard_on_the_first_start_only(tmp_path: Path) -> None:
    assert _run_app(tmp_path / "a") == {"SHOWN": "wizard", "LOADED": "True"}
    skipped = _run_app(tmp_path / "b", "--no-wizard")
    assert skipped == {"SHOWN": "admin", "LOADED": "False"}  # the usual flow, the wizard never loaded
    assert (tmp_path / "b" / "data" / "dlzw.sqlite3").exists()
    again = _run_app(tmp_path / "b")  # the database exists now: an ordinary start
    assert again == {"SHOWN": "admin", "LOADED": "False"}


def test_the_app_sets_up_the_database_the_wizard_names(tmp_path: Path) -> None:
    target = tmp_path / "Wahl" / "buero.sqlite3"
    assert _run_app(tmp_path, target=str(target)) == {"SHOWN": "admin", "LOADED": "True"}
    assert target.exists()
    assert not (tmp_path / "data" / "dlzw.sqlite3").exists()
    assert str(target) in (tmp_path / "config" / "settings.ini").read_text()
    assert _run_app(tmp_path) == {"SHOWN": "admin", "LOADED": "False"}  # remembered: no wizard again
