"""Screenshots for the user manual beyond the sections (for ``docs/screenshots.py``): the global search
with hits and with the recently opened records, the File menu with "Recently opened", a message that
says what to do, the dialog for unexpected errors, and every page of the first-start wizard."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QMessageBox


def _settle(app: QApplication, seconds: float = 0.5) -> None:
    from dlzw_desktop.ui.workers import wait_for_all

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        wait_for_all(200)
    app.processEvents()


def _with_menus(window: QMainWindow, menus: list[tuple[QMenu, QPoint]]) -> QPixmap:
    """The window with open menus painted over it (menus are windows of their own)."""
    picture = window.grab()
    painter = QPainter(picture)
    for menu, position in menus:
        painter.drawPixmap(position, menu.grab())
    painter.end()
    return picture


def _business(services: Any, case_id: Any) -> Any:
    return services.cases.case(case_id).business.id


def shoot(window: QMainWindow, out: Path) -> None:
    from dlzw_desktop.errors import UserError
    from dlzw_desktop.services.case_search import CaseQuery
    from dlzw_desktop.services.case_service import CaseDraft
    from dlzw_desktop.ui.messages import ErrorDialog, user_message

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    services: Any = window.services  # type: ignore[attr-defined]

    # Open a few records, as an advisor would during the day: they become the recent ones.
    rows = services.cases.search(CaseQuery(limit=3)).rows
    window.open_case(rows[1].id)  # type: ignore[attr-defined]
    _settle(app)
    person = services.intake.list_persons("a", limit=1)[0]
    window.open_person(person.id)  # type: ignore[attr-defined]
    _settle(app)
    for dialog in window.section_widget("people").findChildren(QDialog):  # type: ignore[attr-defined]
        dialog.reject()  # the person dialog the search opened
    window.open_case(rows[0].id)  # type: ignore[attr-defined]
    _settle(app)

    window.show_global_search()  # type: ignore[attr-defined]
    popup = window.search_popup  # type: ignore[attr-defined]
    _settle(app)
    window.grab().save(str(out / "search_recent.png"))
    family = rows[0].person_names.split(",")[0].split()[-1] if rows[0].person_names else "Kaya"
    popup.search_edit.setText(family[:5])  # as typed (QTest cannot type every letter of a name)
    deadline = time.monotonic() + 10
    while popup.shown_text != family[:5] and time.monotonic() < deadline:
        _settle(app, 0.1)
    popup._move(1)  # the arrow key: the second hit
    _settle(app)
    window.grab().save(str(out / "search_palette.png"))
    popup.close_popup()
    _settle(app)

    ui = window._ui  # type: ignore[attr-defined]
    file_menu, recent_menu = ui.menu_file, ui.menu_recent
    recent_menu.aboutToShow.emit()
    file_menu.adjustSize()
    recent_menu.adjustSize()
    file_position = ui.menu_bar.actionGeometry(file_menu.menuAction()).bottomLeft()
    file_menu.popup(window.mapToGlobal(file_position))
    _settle(app)
    recent_position = file_menu.actionGeometry(recent_menu.menuAction()).topRight()
    picture = _with_menus(
        window, [(file_menu, file_position), (recent_menu, file_position + recent_position + QPoint(-4, 0))]
    )
    file_menu.hide()
    picture.save(str(out / "recent_menu.png"))

    try:  # a request above the programme's cap, as the new-case dialog would send it
        services.cases.open_case(
            CaseDraft(business_id=_business(services, rows[0].id), requested_amount=Decimal("25000.00"))
        )
    except UserError as error:
        box = QMessageBox(QMessageBox.Icon.Warning, "DLZW Desktop", user_message(error), parent=window)
        box.show()
        _settle(app)
        box.grab().save(str(out / "message_validation.png"))
        box.close()

    details = (
        "Traceback (most recent call last):\n"
        '  File "dlzw_desktop/ui/case_view.py", line 1042, in _on_save_overview_button_clicked\n'
        "RuntimeError: (Beispiel für die Anleitung)\n"
    )
    error_dialog = ErrorDialog(details, window)
    error_dialog.show()
    _settle(app)
    error_dialog.grab().save(str(out / "message_unexpected.png"))
    error_dialog.close()
    wizard_shots(window, out)


WINDOWS_PATH = r"C:\Users\a.yilmaz\AppData\Local\dlzw-desktop\dlzw.sqlite3"


def wizard_shots(window: QMainWindow, out: Path) -> None:
    """Each page of the first-start wizard as a Windows user sees it on a new workstation.

    The checks' answers for the Windows path and for an office server are set as the wizard would
    receive them (neither exists where the pictures are taken); everything else is the real wizard.
    """
    from dlzw_desktop.services.database_setup import Backend, ProbeResult, SchemaState
    from dlzw_desktop.ui.first_start_wizard import FirstStartWizard

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wizard = FirstStartWizard(parent=window)
    ui = wizard._ui
    wizard.show()
    _settle(app)
    wizard.grab().save(str(out / "wizard_1_organisation.png"))
    wizard.next()
    ui.path_edit.setText(WINDOWS_PATH)
    wizard._local_timer.stop()
    wizard._results[wizard.target_key()] = ProbeResult(Backend.SQLITE, WINDOWS_PATH, SchemaState.NEW)
    wizard._show_current()
    _settle(app)
    wizard.grab().save(str(out / "wizard_2_database.png"))
    ui.server_radio.setChecked(True)
    ui.url_edit.setText("postgresql://dbserver.wf.dortmund.local/dlzw")
    wizard._results[wizard.target_key()] = ProbeResult(
        Backend.POSTGRESQL,
        "postgresql+psycopg://dbserver.wf.dortmund.local/dlzw",
        SchemaState.NEW,
        server_version="16.4",
        login="dlzw_owner",
        database="dlzw",
    )
    wizard._show_current()
    _settle(app)
    wizard.grab().save(str(out / "wizard_2_server.png"))
    ui.local_radio.setChecked(True)
    wizard.next()
    ui.demo_check.setChecked(True)
    _settle(app)
    wizard.grab().save(str(out / "wizard_3_demo.png"))
    ui.demo_check.setChecked(False)
    wizard.next()
    _settle(app)
    wizard.grab().save(str(out / "wizard_4_summary.png"))
    wizard.reject()
