"""Screenshots of the Sprechtage section and its dialogs (for ``docs/screenshots.py``): a day with its slots,
the day and booking dialogs, the kit check-out, the conflicts dialog, the app running on a laptop kit, and
the first page of the appointment list PDF."""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import time as clock
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from dlzw_desktop.db.models import Person
from dlzw_desktop.services.consultation_day_service import BookingDraft, DayDraft
from dlzw_desktop.services.registry import Services, open_services
from dlzw_desktop.ui.workers import wait_for_all

PASSPHRASE = "Nordstadt Sprechtag 2026"


def _pump(seconds: float = 0.6) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        wait_for_all(200)
    app.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    _pump()
    widget.grab().save(str(path))


def _planned_day(services: Services) -> object:
    """An upcoming day with bookings (demo data has some; otherwise one is planned here)."""
    from dlzw_desktop.domain.dates import today_berlin

    days = [d for d in services.consultation_days.days() if d.held_on >= today_berlin()]
    if days and days[-1].booked:
        return days[-1]
    me = services.context.user.principal.user_id
    detail = services.consultation_days.create_day(
        DayDraft(
            today_berlin(), "Quartiersbüro Nordmarkt", clock(10), clock(13), advisor_ids=(me,) if me else ()
        )
    )
    found = services.consultation_days.search_bookable("a")[:3]
    for index, row in enumerate(found):
        services.consultation_days.book(
            detail.day.id,
            BookingDraft(
                clock(10 + index // 2, 30 * (index % 2)), person_id=row.person_id, case_id=row.case_id
            ),
        )
    return services.consultation_days.days()[0]


def _render_pdf(pdf: Path, png: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0)
    document.render(0, QSize(int(size.width() * 1.5), int(size.height() * 1.5))).save(str(png))
    document.close()


def shoot(window: QMainWindow, out: Path) -> None:
    from dlzw_desktop.ui.booking_dialog import BookingDialog
    from dlzw_desktop.ui.consultation_day_dialog import ConsultationDayDialog
    from dlzw_desktop.ui.consultation_days_view import ConsultationDaysView
    from dlzw_desktop.ui.kit_checkout_dialog import KitCheckoutDialog
    from dlzw_desktop.ui.main_window import MainWindow
    from dlzw_desktop.ui.passphrase_dialog import PassphraseDialog
    from dlzw_desktop.ui.sync_conflicts_dialog import SyncConflictsDialog

    assert isinstance(window, MainWindow)
    services = window.services
    assert services is not None
    day = _planned_day(services)
    window.show_section("consultation_days")
    view = window.section_widget("consultation_days")
    assert isinstance(view, ConsultationDaysView)
    view.refresh()
    _pump()
    view.select_day(day.id)  # type: ignore[attr-defined]
    _pump()
    _save(window, out / "consultation_days_section.png")
    detail = services.consultation_days.day(day.id)  # type: ignore[attr-defined]

    dialogs: list[tuple[str, QDialog]] = [
        ("consultation_day_dialog.png", ConsultationDayDialog(services, detail.day, parent=window)),
        ("booking_dialog.png", BookingDialog(services, detail, parent=window)),
        (
            "kit_checkout_dialog.png",
            KitCheckoutDialog(services, [detail.day], [detail.day.id], parent=window),
        ),
        (
            "passphrase_dialog.png",
            PassphraseDialog(
                QCoreApplication.translate("DatabaseController", "Open laptop kit"),
                QCoreApplication.translate(
                    "DatabaseController", "{path} is an encrypted laptop kit. Enter its passphrase."
                ).format(path="Sprechtag-2026-05-12.dlzwkit"),
                error=QCoreApplication.translate(
                    "errors",
                    "This passphrase does not open the laptop kit {path}. Check upper and lower case and the "
                    "keyboard layout, then try again. If you are sure it is right, the file may be damaged: "
                    "copy the kit again.",
                ).format(path="Sprechtag-2026-05-12.dlzwkit"),
                parent=window,
            ),
        ),
    ]
    for name, dialog in dialogs:
        dialog.show()
        if isinstance(dialog, BookingDialog):
            dialog._ui.search_edit.setText("a")
            _pump(1.0)
        _save(dialog, out / name)
        dialog.close()

    work = Path(tempfile.mkdtemp(prefix="dlzw-kit-shots-"))
    try:
        pdf = services.consultation_days.appointment_list_pdf(day.id, work / "terminliste.pdf")  # type: ignore[attr-defined]
        _render_pdf(pdf, out / "appointment_list_page1.png")
        kit_path = work / "Sprechtag.dlzwkit"
        services.sync.check_out([day.id], kit_path, PASSPHRASE)  # type: ignore[attr-defined]
        kit = open_services(kit_path, passphrase=PASSPHRASE)
        kit.users.local_principal(kit.sync.kit_sign_in_name())
        person_ids = [a.person_id for s in detail.slots for a in s.appointments if a.person_id]
        with kit.context.sessions.begin() as session:
            for person_id in person_ids[:2]:
                person = session.get(Person, person_id)
                if person is not None:
                    person.phone = "0170 5551234"
                    person.notes = "Kommt mit Businessplan-Entwurf"
        kit.consultation_days.record_walk_in(day.id, BookingDraft(clock(11, 10), visitor_name="Herr Demir"))  # type: ignore[attr-defined]
        kit.close()
        _kit_window_shots(kit_path, out)
        kit = open_services(kit_path, passphrase=PASSPHRASE)
        kit.users.local_principal(kit.sync.kit_sign_in_name())
        package = kit.sync.write_package(work / "rueckgabe.dlzwsync", PASSPHRASE)
        kit.close()
        with services.context.sessions.begin() as session:
            for person_id in person_ids[:2]:
                person = session.get(Person, person_id)
                if person is not None:
                    person.phone = "0231 4477889"
        services.sync.import_package(package.path, PASSPHRASE)
        view.refresh()
        _pump()
        _save(window, out / "consultation_days_after_check_in.png")
        conflicts = SyncConflictsDialog(services, window)
        conflicts.show()
        _pump(1.0)
        _save(conflicts, out / "sync_conflicts_dialog.png")
        conflicts.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _kit_window_shots(kit_path: Path, out: Path) -> None:
    """The app as the advisor sees it on the laptop: the kit in the status bar, the day, the cases."""
    from dlzw_desktop.ui.database_controller import DatabaseController
    from dlzw_desktop.ui.main_window import MainWindow
    from dlzw_desktop.ui.settings_store import SettingsStore

    store = SettingsStore(kit_path.parent / "laptop.ini")
    laptop = MainWindow(store)
    laptop.resize(QSize(1366, 800))
    controller = DatabaseController(laptop, store, offer_demo=False)
    controller.ask_kit_passphrase = lambda _target, _error: PASSPHRASE  # type: ignore[method-assign]
    laptop.show()
    controller.open(str(kit_path))
    deadline = time.monotonic() + 30
    while laptop.services is None and time.monotonic() < deadline:
        _pump(0.2)
    _pump(1.0)
    laptop.show_section("consultation_days")
    _pump(1.0)
    _save(laptop, out / "laptop_kit_consultation_days.png")
    laptop.show_section("cases")
    _pump(1.0)
    _save(laptop, out / "laptop_kit_cases.png")
    laptop.close()
    wait_for_all()
    if laptop.services is not None:
        laptop.services.close()
