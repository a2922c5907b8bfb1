"""The administration dialogs on a real database: users, audit trail, consents, data protection, backups."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dlzw_desktop.db.models import Business, Person
from dlzw_desktop.domain.enums import ConsentPurpose, Role
from dlzw_desktop.services import user_service
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.registry import Services, open_services
from dlzw_desktop.services.user_service import UserDraft
from dlzw_desktop.ui.audit_dialog import AuditDialog
from dlzw_desktop.ui.backups_dialog import BackupsDialog
from dlzw_desktop.ui.consent_dialog import ConsentDialog
from dlzw_desktop.ui.data_protection_dialog import DataProtectionDialog
from dlzw_desktop.ui.database_controller import DatabaseController
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.user_edit_dialog import UserEditDialog
from dlzw_desktop.ui.users_dialog import UsersDialog
from dlzw_desktop.ui.workers import pending_tasks, wait_for_all
from tests.services.people_samples import add_founder
from tests.ui.accessibility import unnamed_controls
from tests.ui.english import english  # noqa: F401 - fixture

PASSWORD = "Kaffee Fahrrad Hafen Wolke"


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch, english: None) -> None:  # noqa: F811 - the fixture
    """Small argon2id parameters (same rules, faster tests), and English texts to compare with."""
    monkeypatch.setattr(user_service, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def admin(sqlite_path: Path):  # type: ignore[no-untyped-def]
    services = open_services(sqlite_path)
    services.users.create_first_admin("chefin", "Clara Chefin", PASSWORD, PASSWORD)
    yield services
    wait_for_all()
    services.close()


def _settle(qtbot: QtBot) -> None:
    """Every background answer has arrived, including those of work the answers started."""
    for _ in range(2):
        qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=60_000)
        qtbot.wait(20)


def test_administrators_create_and_lock_users(qtbot: QtBot, admin: Services) -> None:
    dialog = UsersDialog(admin)
    qtbot.addWidget(dialog)
    _settle(qtbot)
    _tester = QAbstractItemModelTester(dialog._model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert not unnamed_controls(dialog)
    assert [u.username for u in dialog._model.rows()] == ["chefin"]
    editor = UserEditDialog(admin, None, dialog)
    qtbot.addWidget(editor)
    assert not unnamed_controls(editor)
    editor._ui.username_edit.setText("b.becker")
    editor._ui.display_name_edit.setText("Berta Becker")
    editor._ui.role_combo.setCurrentIndex(editor._ui.role_combo.findData(Role.LEAD))
    editor._ui.password_edit.setText("kurz")
    editor._ui.repeat_edit.setText("kurz")
    save = editor._ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    qtbot.waitUntil(lambda: "12" in editor._ui.message_label.text(), timeout=5000)
    editor._ui.password_edit.setText(PASSWORD)
    editor._ui.repeat_edit.setText(PASSWORD)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        save.click()
    dialog.reload()
    _settle(qtbot)
    users = {u.username: u for u in dialog._model.rows()}
    assert users["b.becker"].role is Role.LEAD and users["b.becker"].must_change_password
    row = [u.username for u in dialog._model.rows()].index("b.becker")
    dialog._ui.users_table.selectRow(dialog._proxy.mapFromSource(dialog._model.index(row, 0)).row())
    assert dialog._ui.active_button.isEnabled()


def test_the_audit_viewer_filters_exports_and_checks(
    qtbot: QtBot, admin: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    founder = add_founder(admin.context.sessions, closed_on=None)
    dialog = AuditDialog(admin)
    qtbot.addWidget(dialog)
    _settle(qtbot)
    _tester = QAbstractItemModelTester(dialog._model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert not unnamed_controls(dialog)
    everything = len(dialog._model.rows())
    dialog._ui.case_edit.setText(founder.case_number)
    dialog._ui.apply_button.click()
    _settle(qtbot)
    lines = dialog._model.rows()
    assert 0 < len(lines) < everything
    assert all(line.row.case_number == founder.case_number for line in lines)
    texts = [dialog._model.index(0, c).data() for c in range(dialog._model.columnCount())]
    assert texts[4] == founder.case_number
    dialog._ui.from_edit.setText("31.02.2026")
    dialog._ui.apply_button.click()
    assert "31.02.2026" in dialog._ui.status_label.text() or "exist" in dialog._ui.status_label.text()
    dialog._ui.from_edit.clear()
    target = tmp_path / "protokoll.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog._ui.export_button.click()
    qtbot.waitUntil(lambda: "written" in dialog._ui.status_label.text(), timeout=20_000)
    assert openpyxl.load_workbook(target).active.max_row > 1
    dialog._ui.verify_button.click()
    qtbot.waitUntil(lambda: "intact" in dialog._ui.status_label.text(), timeout=20_000)


def test_the_audit_viewer_loads_older_entries_while_scrolling(qtbot: QtBot, admin: Services) -> None:
    for index in range(4):
        add_founder(admin.context.sessions, family_name=f"Nachname{index}", closed_on=None)
    from dlzw_desktop.services.audit_service import AuditQuery

    dialog = AuditDialog(admin, query=AuditQuery(limit=5))
    qtbot.addWidget(dialog)
    _settle(qtbot)
    first = {line.row.seq for line in dialog._model.rows()}
    assert len(first) == 5 and dialog._model.canFetchMore()
    dialog._model.fetchMore()
    _settle(qtbot)
    assert len({line.row.seq for line in dialog._model.rows()}) == 10


def test_consents_are_recorded_and_withdrawn_in_the_dialog(qtbot: QtBot, admin: Services) -> None:
    founder = add_founder(admin.context.sessions, closed_on=None)
    # Not open_consent_dialog(): it deletes the dialog on close, and qtbot deletes it too.
    dialog = ConsentDialog(admin, founder.person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot)
    _tester = QAbstractItemModelTester(dialog._model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert not unnamed_controls(dialog)
    assert "Zbigniewska" in dialog._ui.person_label.text()
    purposes = [s.purpose for s in dialog._model.rows()]
    assert purposes == list(ConsentPurpose)
    dialog._ui.purpose_combo.setCurrentIndex(dialog._ui.purpose_combo.findData(ConsentPurpose.STATISTICS))
    dialog._ui.given_on_edit.setText("02.03.2026")
    dialog._ui.record_button.click()
    qtbot.waitUntil(lambda: "recorded" in dialog._ui.message_label.text(), timeout=10_000)
    _settle(qtbot)
    assert admin.consents.has_consent(founder.person_id, ConsentPurpose.STATISTICS, date(2026, 3, 2))
    dialog._ui.consents_table.selectRow(purposes.index(ConsentPurpose.STATISTICS))
    assert dialog._ui.withdraw_button.isEnabled()
    dialog._ui.withdrawn_on_edit.setText("01.04.2026")
    dialog._ui.withdraw_button.click()
    qtbot.waitUntil(lambda: "Withdrawal" in dialog._ui.message_label.text(), timeout=10_000)
    assert not admin.consents.has_consent(founder.person_id, ConsentPurpose.STATISTICS, date(2026, 4, 2))
    _settle(qtbot)  # the reload after the withdrawal lands before the dialog goes


def test_advisors_open_the_consents_from_the_people_list(qtbot: QtBot, admin: Services) -> None:
    from dlzw_desktop.ui.people_view import PeopleView

    founder = add_founder(admin.context.sessions, closed_on=None)
    advisor = admin.users.create_user(UserDraft("b.becker", "Berta Becker", Role.ADVISOR, PASSWORD, PASSWORD))
    # Consents are an advisor's everyday work.
    admin.context.user.sign_in(Principal(advisor.id, advisor.username, advisor.display_name, Role.ADVISOR))
    view = PeopleView(admin)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view._persons.rowCount() > 0, timeout=10_000)
    view._ui.persons_table.selectRow(0)
    view._ui.persons_table.setCurrentIndex(view._persons.index(0, 0))
    view._ui.consents_button.click()
    dialogs = view.findChildren(ConsentDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    qtbot.waitUntil(lambda: "Zbigniewska" in dialogs[0]._ui.person_label.text(), timeout=10_000)
    assert dialogs[0]._person_id == founder.person_id
    _settle(qtbot)
    dialogs[0].reject()


def test_data_protection_export_and_erasure(
    qtbot: QtBot, admin: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    founder = add_founder(admin.context.sessions)
    dialog = DataProtectionDialog(admin)
    qtbot.addWidget(dialog)
    _settle(qtbot)
    _tester = QAbstractItemModelTester(dialog._model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert not unnamed_controls(dialog)
    assert dialog._ui.case_with_loan_spin.value() == 120
    dialog._ui.search_edit.setText("Zbig")
    dialog._ui.search_button.click()
    _settle(qtbot)
    assert [h.id for h in dialog._model.rows()] == [founder.person_id]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog._ui.export_button.click()
    qtbot.waitUntil(lambda: "written" in dialog._ui.message_label.text(), timeout=20_000)
    assert list(tmp_path.glob("Auskunft-*/auskunft.pdf"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Schreiben vom 02.01.2027", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog._ui.erase_button.click()
    qtbot.waitUntil(lambda: "Erased" in dialog._ui.message_label.text(), timeout=20_000)
    with admin.context.sessions() as session:
        assert session.get(Person, founder.person_id).family_name == "Anonymisiert"  # type: ignore[union-attr]
        assert session.scalar(select(Business.name)) == "Anonymisiert"


def test_a_backup_is_restored_from_the_gui_and_the_window_reopens(
    qtbot: QtBot, sqlite_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(SettingsStore(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    controller = DatabaseController(
        window,
        SettingsStore(tmp_path / "s.ini"),
        offer_demo=False,
        sign_in=lambda services: services.users.local_principal("admin.test"),
    )
    window.show()
    with qtbot.waitSignal(controller.opened, timeout=20_000):
        controller.open(str(sqlite_path))
    services = window.services
    assert services is not None
    with services.context.sessions.begin() as session:
        session.add(Business(name="Vor der Sicherung"))
    _settle(qtbot)
    dialog = BackupsDialog(services, window)
    qtbot.addWidget(dialog)
    _settle(qtbot)
    _tester = QAbstractItemModelTester(dialog._model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert not unnamed_controls(dialog)
    dialog._ui.backup_now_button.click()
    qtbot.waitUntil(lambda: "verified" in dialog._ui.message_label.text(), timeout=20_000)
    _settle(qtbot)
    with services.context.sessions.begin() as session:
        session.add(Business(name="Nach der Sicherung"))
    dialog.restore_requested.connect(controller.restore)
    automatic = [b for b in dialog._model.rows() if b.automatic]
    dialog._ui.backups_table.selectRow(0)
    assert dialog._ui.restore_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(controller.opened, timeout=30_000):
        dialog._confirm(automatic[0].path)
    reopened = window.services
    assert reopened is not None and reopened is not services
    with reopened.context.sessions() as session:
        names = set(session.scalars(select(Business.name)))
    assert "Vor der Sicherung" in names and "Nach der Sicherung" not in names
    assert "Restored" in window._activity_label.text()
    assert list((sqlite_path.parent / "backups").glob("vor-wiederherstellung-*.sqlite3"))
    wait_for_all()
    controller.shutdown()
    reopened.close()
    assert Qt is not None


def test_two_administrators_editing_one_user_choose_field_by_field(
    qtbot: QtBot, admin: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from dlzw_desktop.ui.conflict_dialog import MINE, THEIRS, ConflictDialog

    seen = admin.users.create_user(UserDraft("b.becker", "Berta Becker", Role.ADVISOR, PASSWORD, PASSWORD))
    users = UsersDialog(admin)  # the editor's parent, as in the application
    qtbot.addWidget(users)
    dialog = UserEditDialog(admin, seen, users)
    dialog.show()
    # Meanwhile another administrator renames her and makes her team lead.
    admin.users.update_user(seen.id, seen.version, display_name="Berta Becker-Lang", role=Role.LEAD)
    shown: list[str] = []

    def choose(conflict: ConflictDialog) -> int:
        shown.append(conflict.windowTitle())
        assert {field.key for field in conflict._fields} == {"display_name", "role"}
        ok = conflict._ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # both changed the name: nothing is chosen for the user
        conflict.choose("display_name", MINE)
        assert ok.isEnabled()  # only the other one changed the role: theirs by default
        conflict.choose("role", THEIRS)
        return int(ConflictDialog.DialogCode.Accepted)

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    dialog._ui.display_name_edit.setText("Berta Becker (Teilzeit)")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert shown
    stored = next(u for u in admin.users.users() if u.username == "b.becker")
    assert (stored.display_name, stored.role) == ("Berta Becker (Teilzeit)", Role.LEAD)
    _settle(qtbot)


def test_cancelling_the_choice_saves_nothing(
    qtbot: QtBot, admin: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from dlzw_desktop.ui.conflict_dialog import ConflictDialog

    seen = admin.users.create_user(UserDraft("b.becker", "Berta Becker", Role.ADVISOR, PASSWORD, PASSWORD))
    users = UsersDialog(admin)  # the editor's parent, as in the application
    qtbot.addWidget(users)
    dialog = UserEditDialog(admin, seen, users)
    dialog.show()
    admin.users.update_user(seen.id, seen.version, display_name="Berta Becker-Lang")
    monkeypatch.setattr(ConflictDialog, "exec", lambda _self: int(ConflictDialog.DialogCode.Rejected))
    dialog._ui.display_name_edit.setText("Berta B.")
    dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Nothing was saved" in dialog._ui.message_label.text(), timeout=10_000)
    assert dialog.isVisible()
    stored = next(u for u in admin.users.users() if u.username == "b.becker")
    assert stored.display_name == "Berta Becker-Lang"
    dialog.reject()
    _settle(qtbot)  # nothing of the dialog's work is left when the test's widgets go
