"""Render every section of the main window (and registered dialogs) on a demo database into PNG files.

    python docs/screenshots.py [--out docs/screenshots] [--language de|en] [--cases 300] [--compact]

Runs offscreen; used for the user manual and for review. Views that need more than a section visit
register a function in ``EXTRA_SHOTS``: it receives the window and the output folder and saves PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

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
WINDOW_SIZE = QSize(1366, 800)


def _settle(app: QApplication) -> None:
    from dlzw_desktop.ui.workers import wait_for_all

    for _ in range(30):  # let background loads land
        app.processEvents()
        wait_for_all(2000)
    app.processEvents()


def _quarter_sample(window_services: Any) -> None:
    """A quarter, an initiative with members and a meeting, for databases without any (no demo data).

    Written as the database's first user (an administrator): the window's user may be an advisor, who may
    not define quarters.
    """
    from datetime import date, timedelta
    from decimal import Decimal

    from dlzw_desktop.db.base import reference_id
    from dlzw_desktop.db.models import Business, BusinessMember, Case, Person
    from dlzw_desktop.domain.dates import today_berlin, utc_now
    from dlzw_desktop.domain.enums import BusinessRole, ConsentForm, InitiativeKind, MigrationBackground
    from dlzw_desktop.services.initiative_service import (
        ActionDraft,
        InitiativeDraft,
        MeetingDraft,
        MemberDraft,
        MissingOfferDraft,
    )
    from dlzw_desktop.services.quarter_service import QuarterDraft
    from dlzw_desktop.services.registry import open_services

    if window_services.quarters.quarters():
        return
    services = open_services(window_services.info.location())
    services.users.local_principal("dlzw.admin")  # not a demo user: they come with full names
    hoerde, hacheney = reference_id("district", "Hörde"), reference_id("district", "Hacheney")
    quarter = services.quarters.create_quarter(
        QuarterDraft("Hörde-Zentrum", 2025, (hoerde, hacheney), goal_reactivated_units=6, goal_jobs=25)
    )
    people = []
    with services.context.sessions.begin() as session:
        for family, given, background, languages in (
            ("Kaya", "Elif", MigrationBackground.YES, "tr, de"),
            ("Nowak", "Piotr", MigrationBackground.NO, "pl, de"),
        ):
            person = Person(
                family_name=family,
                given_names=given,
                migration_background=background,
                preferred_languages=languages,
                district_id=hoerde,
                email=f"{given.lower()}@example.org",
            )
            session.add(person)
            session.flush()
            people.append(person.id)
            business = Business(name=f"Laden {family}", district_id=hoerde)
            session.add(business)
            session.flush()
            session.add(
                BusinessMember(business_id=business.id, person_id=person.id, role=BusinessRole.FOUNDER)
            )
            session.add(
                Case(
                    number=f"MK-2026-90{len(people)}",
                    business_id=business.id,
                    stage_since=utc_now(),
                    opened_on=date(2026, 2, 1),
                )
            )
    initiative = services.initiatives.create_initiative(
        InitiativeDraft("Hörder Kaufleute", InitiativeKind.RETAIL, quarter_id=quarter.id)
    )
    services.initiatives.add_member(
        initiative.id, MemberDraft(person_id=people[0], role="Sprecherin", is_contact=True)
    )
    services.initiatives.add_member(initiative.id, MemberDraft(person_id=people[1], role="Mitglied"))
    services.initiatives.record_contact_consent(people[0], today_berlin(), ConsentForm.WRITTEN)
    bakery = services.reference.sector_by_code("10.71")
    services.initiatives.record_meeting(
        initiative.id,
        MeetingDraft(
            held_on=today_berlin() - timedelta(days=3),
            participants="Elif Kaya, Piotr Nowak, Beratung DLZW",
            minutes="Die Bäckerei am Markt hat geschlossen; ein Frühstücksangebot fehlt im Zentrum.",
            actions=(
                ActionDraft(
                    "Eigentümer Faßstraße 3 anschreiben",
                    today_berlin() + timedelta(days=14),
                    owner_id=services.context.user.principal.user_id,
                ),
            ),
            missing_offers=(MissingOfferDraft(bakery.id, Decimal(3), note="Bäckerei fehlt"),),
        ),
    )
    services.close()


def _quarters_shots(window: QMainWindow, out: Path) -> None:
    """The quarters section's tabs, its dialogs and page 1 of a meeting's minutes."""
    from PySide6.QtCore import QSize as _QSize
    from PySide6.QtPdf import QPdfDocument

    from dlzw_desktop.ui.meeting_dialog import MeetingDialog
    from dlzw_desktop.ui.quarter_dialog import QuarterDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    services = window.services  # type: ignore[attr-defined]
    _quarter_sample(services)
    window.show_section("quarters")  # type: ignore[attr-defined]
    view = window.section_widget("quarters")  # type: ignore[attr-defined]
    view.refresh()
    _settle(app)
    ui = view._ui
    for name, tab in (
        ("quarters", ui.quarters_tab),
        ("initiatives", ui.initiatives_tab),
        ("economy", ui.economy_tab),
    ):
        ui.section_tabs.setCurrentWidget(tab)
        if name == "economy":
            view.refresh_picture()
        _settle(app)
        window.grab().save(str(out / f"quarters_{name}.png"))
    quarter = services.quarters.quarters()[0]
    dialog = QuarterDialog(services, quarter, window)
    dialog.show()
    _settle(app)
    dialog.grab().save(str(out / "quarters_quarter_dialog.png"))
    dialog.close()
    initiative = services.initiatives.initiatives()[0]
    meeting = services.initiatives.meetings(initiative.id)[0]
    meeting_dialog = MeetingDialog(services, initiative, meeting, window)
    meeting_dialog.show()
    _settle(app)
    meeting_dialog.grab().save(str(out / "quarters_meeting_dialog.png"))
    meeting_dialog.close()
    pdf = services.initiatives.minutes_pdf(meeting.id, out / "quarters_minutes.pdf")
    document = QPdfDocument(None)
    document.load(str(pdf))
    size = document.pagePointSize(0)
    document.render(0, _QSize(int(size.width() * 1.5), int(size.height() * 1.5))).save(
        str(out / "quarters_minutes_page1.png")
    )
    document.close()


# name -> function(window, out_dir); features add their dialogs here.
EXTRA_SHOTS: dict[str, Callable[[QMainWindow, Path], None]] = {"quarters": _quarters_shots}


def _properties_shots(window: QMainWindow, out: Path) -> None:
    from docs.shots_properties import shoot

    shoot(window, out)


EXTRA_SHOTS["properties"] = _properties_shots


def _cases_shots(window: QMainWindow, out: Path) -> None:
    from docs.shots_cases import shoot

    shoot(window, out)


EXTRA_SHOTS["cases"] = _cases_shots


def _import_shots(window: QMainWindow, out: Path) -> None:
    from docs.shots_import import shoot

    shoot(window, out)


EXTRA_SHOTS["import"] = _import_shots


def _reports_shots(window: QMainWindow, out: Path) -> None:
    from docs.shots_reports import shoot

    shoot(window, out)


EXTRA_SHOTS["reports"] = _reports_shots


def _consultation_days_shots(window: QMainWindow, out: Path) -> None:
    from docs.shots_consultation_days import shoot

    shoot(window, out)


EXTRA_SHOTS["consultation_days"] = _consultation_days_shots


def _product_shots(window: QMainWindow, out: Path) -> None:
    from docs.shots_product import shoot

    shoot(window, out)


EXTRA_SHOTS["product"] = _product_shots


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
    services.users.local_principal("dlzw.admin")  # the window shows an advisor; these are admin screens
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
            number="MK-2026-9042",  # beyond the demo cases
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
    parser.add_argument("--only", help="comma-separated names of the extra shots to take (default: all)")
    parser.add_argument(
        "--compact",
        action="store_true",
        help="save 8-bit palette PNGs (about a fifth of the size; for the manual)",
    )
    args = parser.parse_args()
    started = time.time()
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
    services.users.local_principal("dlzw.admin")  # not a demo user: they come with full names
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
    wanted = set(args.only.split(",")) if args.only else set(EXTRA_SHOTS)
    for name, shoot in EXTRA_SHOTS.items():
        if name not in wanted:
            continue
        shoot(window, args.out)
        print(f"wrote extra shots: {name}")
    window.close()
    wait_for_all()
    if window.services is not None:
        window.services.close()
    if args.compact:
        for path in sorted(args.out.glob("*.png")):
            if path.stat().st_mtime >= started:
                _compact(path)
    return 0


def _compact(path: Path) -> None:
    """Rewrite ``path`` as an 8-bit palette PNG: screens have few colours, so text stays sharp."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path), quality=9)


if __name__ == "__main__":
    sys.exit(main())
