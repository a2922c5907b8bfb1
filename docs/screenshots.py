"""Render every section of the main window (and registered dialogs) on a demo database into PNG files.

    python docs/screenshots.py [--out docs/screenshots] [--language de|en] [--cases 300]

Runs offscreen; used for the user manual and for review. Views that need more than a section visit
register a function in ``EXTRA_SHOTS``: it receives the window and the output folder and saves PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

SECTIONS = ["overview", "cases", "people", "properties", "consultation_days", "reports", "settings"]
WINDOW_SIZE = QSize(1366, 800)

# name -> function(window, out_dir); features add their dialogs here.
EXTRA_SHOTS: dict[str, Callable[[QMainWindow, Path], None]] = {}


def _settle(app: QApplication, rounds: int = 40) -> None:
    from dlzw_desktop.ui.workers import wait_for_all

    for _ in range(rounds):
        app.processEvents()
        wait_for_all(2000)
    app.processEvents()


def _security_shots(window: QMainWindow, out: Path) -> None:
    """Sign-in, first administrator, users, audit trail, consents, data protection and backups."""
    from datetime import date
    from decimal import Decimal

    from dlzw_desktop.db.models import Business, BusinessMember, Case, Person
    from dlzw_desktop.domain.dates import utc_now
    from dlzw_desktop.domain.enums import BusinessRole, ConsentForm, ConsentPurpose, Gender, Role
    from dlzw_desktop.services.audit_service import AuditQuery
    from dlzw_desktop.services.user_service import UserDraft
    from dlzw_desktop.ui.audit_dialog import AuditDialog
    from dlzw_desktop.ui.backups_dialog import BackupsDialog
    from dlzw_desktop.ui.consent_dialog import ConsentDialog
    from dlzw_desktop.ui.data_protection_dialog import DataProtectionDialog
    from dlzw_desktop.ui.first_admin_dialog import FirstAdminDialog
    from dlzw_desktop.ui.password_dialog import PasswordDialog, PasswordMode
    from dlzw_desktop.ui.sign_in_dialog import SignInDialog
    from dlzw_desktop.ui.users_dialog import UsersDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    services = window.services  # type: ignore[attr-defined]
    sessions = services.context.sessions
    password = "Kaffee Fahrrad Hafen Wolke"
    with sessions.begin() as session:
        person = Person(
            family_name="Zbigniewska",
            given_names="Jadwiga",
            gender=Gender.FEMALE,
            birth_date=date(1988, 9, 14),
            city="Dortmund",
            email="j.zbigniewska@example.org",
        )
        business = Business(name="Zbigniewska Änderungsschneiderei")
        session.add_all([person, business])
        session.flush()
        session.add(BusinessMember(business_id=business.id, person_id=person.id, role=BusinessRole.FOUNDER))
        case = Case(
            number="MK-2026-0042",
            business_id=business.id,
            requested_amount=Decimal("9500.00"),
            stage_since=utc_now(),
            opened_on=date(2026, 3, 2),
        )
        session.add(case)
        session.flush()
        person_id, case_id = person.id, case.id
    with sessions.begin() as session:
        stored = session.get(Case, case_id)
        stored.requested_amount = Decimal("12000.00")
        stored.notes = "Businessplan überarbeitet"
    services.consents.record(
        person_id, ConsentPurpose.ADVICE, date(2026, 3, 2), ConsentForm.WRITTEN, "Formular"
    )
    services.consents.record(
        person_id, ConsentPurpose.LENDER_TRANSFER, date(2026, 3, 9), ConsentForm.ELECTRONIC
    )
    services.users.create_user(UserDraft("b.becker", "Berta Becker", Role.ADVISOR, password, password))
    services.users.create_user(UserDraft("l.lange", "Lea Lange", Role.LEAD, password, password))
    services.backups.automatic_backup()

    def shoot(dialog: object, name: str) -> None:
        dialog.show()  # type: ignore[attr-defined]
        _settle(app)
        dialog.grab().save(str(out / f"security_{name}.png"))  # type: ignore[attr-defined]
        dialog.close()  # type: ignore[attr-defined]

    sign_in = SignInDialog(services.users.sign_in, location=services.info.location(), parent=window)
    sign_in._ui.username_edit.setText("b.becker")
    sign_in._ui.message_label.setText(
        "Falsches Passwort oder unbekannter Benutzername. "
        "Prüfen Sie die Tastaturbelegung und die Feststelltaste."
    )
    shoot(sign_in, "sign_in")
    first = FirstAdminDialog(services, location=services.info.location(), parent=window)
    first._ui.display_name_edit.setText("Ayşe Yılmaz")
    first._ui.password_edit.setText("Kaffee")
    shoot(first, "first_admin")
    change = PasswordDialog(
        PasswordMode.FORCED, lambda *a: None, username="b.becker", display_name="Berta Becker", parent=window
    )
    shoot(change, "password")
    users = UsersDialog(services, window)
    users.resize(860, 420)
    shoot(users, "users")
    audit = AuditDialog(services, window, query=AuditQuery())
    audit.resize(1200, 620)
    shoot(audit, "audit")
    consents = ConsentDialog(services, person_id, window)
    shoot(consents, "consents")
    protection = DataProtectionDialog(services, window)
    protection._ui.search_edit.setText("Zbig")
    protection._on_search_button_clicked()
    shoot(protection, "data_protection")
    protection = DataProtectionDialog(services, window)
    protection._ui.tabs.setCurrentIndex(1)
    shoot(protection, "retention")
    backups = BackupsDialog(services, window)
    shoot(backups, "backups")


EXTRA_SHOTS["security"] = _security_shots


def _wait(app: QApplication, condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not condition():
        app.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("timed out waiting for the application")
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("de", "en"), default="de")
    parser.add_argument("--cases", type=int, default=300)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    work = Path(tempfile.mkdtemp(prefix="dlzw-shots-"))
    os.environ["DLZW_DATA_DIR"] = str(work)
    os.environ["DLZW_CONFIG_DIR"] = str(work / "config")

    from dlzw_desktop.services.registry import open_services
    from dlzw_desktop.ui.database_controller import DatabaseController
    from dlzw_desktop.ui.i18n import install_translators
    from dlzw_desktop.ui.main_window import MainWindow
    from dlzw_desktop.ui.settings_store import SettingsStore
    from dlzw_desktop.ui.workers import wait_for_all

    database = work / "demo.sqlite3"
    services = open_services(database)
    services.users.local_principal("a.yilmaz")
    if hasattr(services, "demo"):
        services.demo.load(cases=args.cases, seed=1)
    services.close()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, args.language)  # type: ignore[arg-type]
    store = SettingsStore(work / "settings.ini")
    window = MainWindow(store)
    window.resize(WINDOW_SIZE)
    controller = DatabaseController(
        window, store, offer_demo=False, sign_in=lambda services: services.users.local_principal("a.yilmaz")
    )
    opened: list[object] = []
    controller.opened.connect(opened.append)
    window.show()
    controller.open(str(database))
    _wait(app, lambda: bool(opened))
    for index, key in enumerate(SECTIONS, start=1):
        window.show_section(key)
        for _ in range(30):  # let background loads land
            app.processEvents()
            wait_for_all(2000)
        app.processEvents()
        path = args.out / f"{index:02d}_{key}.png"
        window.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    for name, shoot in EXTRA_SHOTS.items():
        shoot(window, args.out)
        print(f"wrote extra shots: {name}")
    window.close()
    wait_for_all()
    if window.services is not None:
        window.services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
