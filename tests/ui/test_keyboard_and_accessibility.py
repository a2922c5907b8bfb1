"""Every screen and every dialog, walked on demo data in German: each control has an accessible name (or
a buddy label), the Alt+letter mnemonics of a window are unique, no label prints a stray ``&``, dialogs
close with Esc and have a default button for Enter, and Tab visits a dialog's inputs in reading order.

New dialogs must be added to ``DIALOGS`` below; ``test_every_dialog_class_is_walked`` fails otherwise.
"""

from __future__ import annotations

import ast
import itertools
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dlzw_desktop.domain.enums import CaseOutcome, CaseStage, PropertyStatus
from dlzw_desktop.domain.properties import PROPERTY_TRANSITIONS, property_targets
from dlzw_desktop.errors import ConflictError
from dlzw_desktop.services.case_search import CaseQuery
from dlzw_desktop.services.property_rows import PropertyQuery
from dlzw_desktop.services.registry import Services, open_services
from dlzw_desktop.ui.database_controller import DatabaseController
from dlzw_desktop.ui.i18n import install_translators
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.workers import wait_for_all
from tests.ui.accessibility import mnemonic_clashes, mnemonic_letter, unnamed_controls
from tests.ui.case_gui import settle, until
from tests.ui.signed_in import sign_in_as_admin

UI = Path(__file__).resolve().parents[2] / "dlzw_desktop" / "ui"
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


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    services = open_services(path)
    services.users.local_principal("a.yilmaz")
    services.demo.load(cases=60, seed=7)
    services.close()
    return path


@pytest.fixture(params=["de", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """German (the default) and English: the mnemonics of both must be unique."""
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "de")  # as the other widget tests expect


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, demo_database: Path, language: str) -> Iterator[MainWindow]:
    database = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_database, database)
    store = SettingsStore(tmp_path / "settings.ini")
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.resize(1366, 800)
    controller = DatabaseController(main, store, offer_demo=False, sign_in=sign_in_as_admin)
    main.show()
    with qtbot.waitSignal(controller.opened, timeout=20_000):
        controller.open(str(database))
    assert main.menuBar().actions()[0].text() == {"de": "&Datei", "en": "&File"}[language]
    yield main
    wait_for_all()
    if main.services is not None:
        main.services.close()


def reading_order_breaks(window: QWidget) -> list[str]:
    """Controls that Tab reaches right after a control below them in the same column (the focus chain
    jumps up instead of following the reading order)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    inputs = [
        w
        for w in chain
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.window() is window
        and not isinstance(w.parentWidget(), QAbstractScrollArea)  # a list's or chart's viewport
    ]
    breaks = []
    for before, after in itertools.pairwise(inputs):
        top_before = before.mapTo(window, before.rect().topLeft())
        top_after = after.mapTo(window, after.rect().topLeft())
        same_column = abs(top_before.x() - top_after.x()) < 30
        if same_column and top_after.y() < top_before.y() - 5:
            names = [w.objectName() or type(w).__name__ for w in (before, after)]
            breaks.append(" → ".join(names))
    return breaks


def ampersand_titles(root: QWidget) -> list[str]:
    """Column titles of visible tables that would print a mnemonic "&" (a label's text used as a title)."""
    titles = []
    for view in root.findChildren(QTableView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        for column in range(view.horizontalHeader().count()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(title, str) and mnemonic_letter(title) is not None:
                titles.append(title)
    return titles


def problems(where: str, root: QWidget) -> list[str]:
    """What is wrong with the keyboard and screen-reader access of ``root`` as it is shown now."""
    found = [f"{where}: no accessible name: {name}" for name in unnamed_controls(root)]
    found += [f"{where}: Alt+{letter} taken by {owners}" for letter, owners in mnemonic_clashes(root).items()]
    found += [f"{where}: Tab jumps up: {jump}" for jump in reading_order_breaks(root.window())]
    found += [f"{where}: column title shows an &: {title!r}" for title in ampersand_titles(root)]
    return found


def walk_tabs(where: str, root: QWidget, qtbot: QtBot, window: QWidget) -> list[str]:
    """Show every tab of every visible tab widget below ``root`` (nested ones too) and check each."""
    found: list[str] = []
    for tabs in [t for t in root.findChildren(QTabWidget) if t.isVisible()]:
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index) or not tabs.isTabVisible(index):
                continue
            tabs.setCurrentIndex(index)
            settle(qtbot)
            here = f"{where} › {tabs.tabText(index).replace('&', '')}"
            found += problems(here, window)
            page = tabs.widget(index)
            for inner in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
                for inner_index in range(inner.count()):
                    inner.setCurrentIndex(inner_index)
                    settle(qtbot)
                    found += problems(f"{here} › {inner.tabText(inner_index).replace('&', '')}", window)
        tabs.setCurrentIndex(0)
    return found


def test_every_section_and_tab_is_named_and_has_unique_mnemonics(window: MainWindow, qtbot: QtBot) -> None:
    found: list[str] = []
    for key in SECTIONS:
        window.show_section(key)
        settle(qtbot)
        widget = window.section_widget(key)
        assert widget is not None
        found += problems(key, window)
        found += walk_tabs(key, widget, qtbot, window)
    assert not found, "\n".join(dict.fromkeys(found))


CASE_PHASES = {
    "intake": (CaseStage.ENQUIRY, CaseStage.CONSULTING),
    "assessment": (CaseStage.DOCUMENTS_COMPLETE, CaseStage.ASSESSMENT, CaseStage.RECOMMENDED),
    "loan": (CaseStage.APPROVED, CaseStage.DISBURSED, CaseStage.MONITORING),
    "closed": (CaseStage.CLOSED, CaseStage.DECLINED),
}


@pytest.mark.parametrize("phase", list(CASE_PHASES))
def test_every_tab_of_a_case_is_named_and_has_unique_mnemonics(
    window: MainWindow, qtbot: QtBot, phase: str
) -> None:
    services = window.services
    assert services is not None
    rows = services.cases.search(CaseQuery(stages=CASE_PHASES[phase], limit=1)).rows
    assert rows, f"the demo data has no case in {CASE_PHASES[phase]}"
    window.open_case(rows[0].id)
    cases = window.section_widget("cases")
    assert cases is not None
    view = cases.case_view  # type: ignore[attr-defined]
    until(qtbot, lambda: view.case is not None and view.case.id == rows[0].id)
    settle(qtbot)
    where = f"case in {rows[0].stage}"
    found = problems(where, window) + walk_tabs(where, view, qtbot, window)
    assert not found, "\n".join(dict.fromkeys(found))


def test_the_search_palette_is_named_and_keeps_the_window_mnemonics(window: MainWindow, qtbot: QtBot) -> None:
    window.show_section("cases")
    window.show_global_search()
    popup = window.search_popup
    assert popup is not None and popup.isVisible()
    assert not problems("palette", window)


# -- dialogs -----------------------------------------------------------------------------------------


def _first(items: list[Any], what: str) -> Any:
    assert items, f"the demo data has no {what}"
    return items[0]


def _case(services: Services) -> Any:
    rows = services.cases.search(CaseQuery(stages=(CaseStage.MONITORING,), limit=1)).rows
    return services.cases.case(_first(list(rows), "case in monitoring").id)


def _unit(services: Services) -> Any:
    return _first(services.properties.properties(PropertyQuery(limit=5)), "property")


def _day(services: Services) -> Any:
    return services.consultation_days.day(_first(services.consultation_days.days(), "consultation day").id)


def _appointment(services: Services) -> Any:
    detail = _day(services)
    booked = [booked for slot in detail.slots for booked in slot.appointments] + list(detail.walk_ins)
    return detail.day, _first(booked, "appointment")


def _initiative(services: Services) -> Any:
    return _first(services.initiatives.initiatives(), "initiative")


def _step_dialog(services: Services, parent: QWidget) -> QDialog:
    from dlzw_desktop.ui.step_dialog import StepDialog

    unit = _first(
        services.properties.properties(PropertyQuery(statuses=frozenset({PropertyStatus.VACANT}), limit=1)),
        "vacant property",
    )
    return StepDialog(
        title="Status ändern",
        info="Jetzt: leer",
        targets=property_targets(unit.status),
        reason_required=lambda t: PROPERTY_TRANSITIONS[(unit.status, t)].reason_required,
        hints={},
        submit=lambda choice: None,
        parent=parent,
    )


def _conflict_dialog(services: Services, parent: QWidget) -> QDialog:
    from dlzw_desktop.ui.conflict_dialog import ConflictDialog, conflict_fields

    error = ConflictError(
        "edit.conflict",
        mine={"phone": "0231 1", "email": "a@x.de"},
        theirs={"phone": "0231 2", "email": "b@x.de"},
    )
    return ConflictDialog(
        conflict_fields(error, {"phone": "Telefon", "email": "E-Mail"}),
        who="k.koch",
        when=datetime(2026, 3, 2, 10, 30).astimezone(),
        parent=parent,
    )


def _password_dialog(services: Services, parent: QWidget) -> QDialog:
    from dlzw_desktop.ui.password_dialog import PasswordDialog, PasswordMode

    principal = services.context.user.principal
    return PasswordDialog(
        PasswordMode.CHANGE,
        services.users.change_own_password,
        username=principal.username,
        display_name=principal.display_name,
        parent=parent,
    )


def _dialog(module: str, name: str) -> Any:
    return getattr(__import__(f"dlzw_desktop.ui.{module}", fromlist=[name]), name)


# name -> (module, class, factory(services, parent))
DIALOGS: dict[str, tuple[str, str, Callable[[Services, QWidget], QDialog]]] = {
    "about": ("about_dialog", "AboutDialog", lambda s, p: _dialog("about_dialog", "AboutDialog")(p)),
    "new business": (
        "business_dialog",
        "BusinessDialog",
        lambda s, p: _dialog("business_dialog", "BusinessDialog")(s, parent=p),
    ),
    "edit business": (
        "business_dialog",
        "BusinessDialog",
        lambda s, p: _dialog("business_dialog", "BusinessDialog")(
            s, s.intake.list_businesses(limit=1)[0], parent=p
        ),
    ),
    "conflict": ("conflict_dialog", "ConflictDialog", _conflict_dialog),
    "import": (
        "import_dialog",
        "ImportDialog",
        lambda s, p: _dialog("import_dialog", "ImportDialog")(s, parent=p),
    ),
    "new consultation day": (
        "consultation_day_dialog",
        "ConsultationDayDialog",
        lambda s, p: _dialog("consultation_day_dialog", "ConsultationDayDialog")(s, None, p),
    ),
    "edit consultation day": (
        "consultation_day_dialog",
        "ConsultationDayDialog",
        lambda s, p: _dialog("consultation_day_dialog", "ConsultationDayDialog")(s, _day(s).day, p),
    ),
    "booking": (
        "booking_dialog",
        "BookingDialog",
        lambda s, p: _dialog("booking_dialog", "BookingDialog")(s, _day(s), parent=p),
    ),
    "walk-in": (
        "booking_dialog",
        "BookingDialog",
        lambda s, p: _dialog("booking_dialog", "BookingDialog")(s, _day(s), walk_in=True, parent=p),
    ),
    "appointment consultation": (
        "appointment_consultation_dialog",
        "AppointmentConsultationDialog",
        lambda s, p: _dialog("appointment_consultation_dialog", "AppointmentConsultationDialog")(
            s, *_appointment(s), p
        ),
    ),
    "kit check-out": (
        "kit_checkout_dialog",
        "KitCheckoutDialog",
        lambda s, p: _dialog("kit_checkout_dialog", "KitCheckoutDialog")(
            s, s.consultation_days.days(), parent=p
        ),
    ),
    "passphrase": (
        "passphrase_dialog",
        "PassphraseDialog",
        lambda s, p: _dialog("passphrase_dialog", "PassphraseDialog")("Open kit", "Passphrase", parent=p),
    ),
    "sync conflicts": (
        "sync_conflicts_dialog",
        "SyncConflictsDialog",
        lambda s, p: _dialog("sync_conflicts_dialog", "SyncConflictsDialog")(s, parent=p),
    ),
    "reference table import": (
        "lwsi_view",
        "ReferenceTableImportDialog",
        lambda s, p: _dialog("lwsi_view", "ReferenceTableImportDialog")(s, parent=p),
    ),
    "new programme cost": (
        "programme_costs_view",
        "ProgrammeCostDialog",
        lambda s, p: _dialog("programme_costs_view", "ProgrammeCostDialog")(s, 2025, None, p),
    ),
    "new initiative": (
        "initiative_dialog",
        "InitiativeDialog",
        lambda s, p: _dialog("initiative_dialog", "InitiativeDialog")(s, None, p),
    ),
    "edit initiative": (
        "initiative_dialog",
        "InitiativeDialog",
        lambda s, p: _dialog("initiative_dialog", "InitiativeDialog")(s, _initiative(s), p),
    ),
    "matching settings": (
        "matching_settings_dialog",
        "MatchingSettingsDialog",
        lambda s, p: _dialog("matching_settings_dialog", "MatchingSettingsDialog")(s, parent=p),
    ),
    "new meeting": (
        "meeting_dialog",
        "MeetingDialog",
        lambda s, p: _dialog("meeting_dialog", "MeetingDialog")(s, _initiative(s), None, p),
    ),
    "edit meeting": (
        "meeting_dialog",
        "MeetingDialog",
        lambda s, p: _dialog("meeting_dialog", "MeetingDialog")(
            s, _initiative(s), _first(s.initiatives.meetings(_initiative(s).id), "meeting"), p
        ),
    ),
    "new member": (
        "member_dialog",
        "MemberDialog",
        lambda s, p: _dialog("member_dialog", "MemberDialog")(s, _initiative(s).id, None, p),
    ),
    "edit member": (
        "member_dialog",
        "MemberDialog",
        lambda s, p: _dialog("member_dialog", "MemberDialog")(
            s, _initiative(s).id, _first(s.initiatives.members(_initiative(s).id), "member"), p
        ),
    ),
    "new case": (
        "new_case_dialog",
        "NewCaseDialog",
        lambda s, p: _dialog("new_case_dialog", "NewCaseDialog")(s, parent=p),
    ),
    "new owner": (
        "owner_dialog",
        "OwnerDialog",
        lambda s, p: _dialog("owner_dialog", "OwnerDialog")(s, parent=p),
    ),
    "new person": (
        "person_dialog",
        "PersonDialog",
        lambda s, p: _dialog("person_dialog", "PersonDialog")(s, parent=p),
    ),
    "edit person": (
        "person_dialog",
        "PersonDialog",
        lambda s, p: _dialog("person_dialog", "PersonDialog")(s, s.intake.list_persons(limit=1)[0], parent=p),
    ),
    "new property": (
        "property_dialog",
        "PropertyDialog",
        lambda s, p: _dialog("property_dialog", "PropertyDialog")(
            s, s.reference.boroughs(), s.reference.districts(), None, p
        ),
    ),
    "edit property": (
        "property_dialog",
        "PropertyDialog",
        lambda s, p: _dialog("property_dialog", "PropertyDialog")(
            s, s.reference.boroughs(), s.reference.districts(), _unit(s), p
        ),
    ),
    "property photos": (
        "property_photos_dialog",
        "PropertyPhotosDialog",
        lambda s, p: _dialog("property_photos_dialog", "PropertyPhotosDialog")(s, _unit(s), p),
    ),
    "new quarter": (
        "quarter_dialog",
        "QuarterDialog",
        lambda s, p: _dialog("quarter_dialog", "QuarterDialog")(s, None, p),
    ),
    "edit quarter": (
        "quarter_dialog",
        "QuarterDialog",
        lambda s, p: _dialog("quarter_dialog", "QuarterDialog")(
            s, _first(s.quarters.quarters(), "quarter"), p
        ),
    ),
    "new space request": (
        "space_request_dialog",
        "SpaceRequestDialog",
        lambda s, p: _dialog("space_request_dialog", "SpaceRequestDialog")(
            s, s.reference.boroughs(), s.reference.districts(), None, p
        ),
    ),
    "edit space request": (
        "space_request_dialog",
        "SpaceRequestDialog",
        lambda s, p: _dialog("space_request_dialog", "SpaceRequestDialog")(
            s, s.reference.boroughs(), s.reference.districts(), _first(s.properties.requests(), "request"), p
        ),
    ),
    "statistics import": (
        "statistics_import_dialog",
        "StatisticsImportDialog",
        lambda s, p: _dialog("statistics_import_dialog", "StatisticsImportDialog")(s, parent=p),
    ),
    "step": ("step_dialog", "StepDialog", _step_dialog),
    "new consultation": (
        "small_dialogs",
        "ConsultationDialog",
        lambda s, p: _dialog("small_dialogs", "ConsultationDialog")(s.users.advisors(), parent=p),
    ),
    "edit consultation": (
        "small_dialogs",
        "ConsultationDialog",
        lambda s, p: _dialog("small_dialogs", "ConsultationDialog")(
            s.users.advisors(), consultation=_case(s).consultations[0], parent=p
        ),
    ),
    "stage": (
        "small_dialogs",
        "StageDialog",
        lambda s, p: _dialog("small_dialogs", "StageDialog")(
            "Fall MK-2026-0001 zurück?", reason_required=True, parent=p
        ),
    ),
    "close case": (
        "small_dialogs",
        "StageDialog",
        lambda s, p: _dialog("small_dialogs", "StageDialog")(
            "Fall MK-2026-0001 abschließen?", outcomes=(CaseOutcome.REPAID, CaseOutcome.WITHDRAWN), parent=p
        ),
    ),
    "reminder": (
        "small_dialogs",
        "ReminderDialog",
        lambda s, p: _dialog("small_dialogs", "ReminderDialog")(s.users.users(), parent=p),
    ),
    "unexpected error": (
        "messages",
        "ErrorDialog",
        lambda s, p: _dialog("messages", "ErrorDialog")("Traceback (most recent call last): …", p),
    ),
    # -- sign-in, users, audit trail, data protection, backups (issue 7)
    "sign in": (
        "sign_in_dialog",
        "SignInDialog",
        lambda s, p: _dialog("sign_in_dialog", "SignInDialog")(
            s.users.sign_in, location=s.info.location(), parent=p
        ),
    ),
    "first administrator": (
        "first_admin_dialog",
        "FirstAdminDialog",
        lambda s, p: _dialog("first_admin_dialog", "FirstAdminDialog")(
            s, location=s.info.location(), parent=p
        ),
    ),
    "change password": ("password_dialog", "PasswordDialog", _password_dialog),
    "users": (
        "users_dialog",
        "UsersDialog",
        lambda s, p: _dialog("users_dialog", "UsersDialog")(s, parent=p),
    ),
    "new user": (
        "user_edit_dialog",
        "UserEditDialog",
        lambda s, p: _dialog("user_edit_dialog", "UserEditDialog")(s, None, p),
    ),
    "edit user": (
        "user_edit_dialog",
        "UserEditDialog",
        lambda s, p: _dialog("user_edit_dialog", "UserEditDialog")(s, _first(s.users.users(), "user"), p),
    ),
    "audit trail": (
        "audit_dialog",
        "AuditDialog",
        lambda s, p: _dialog("audit_dialog", "AuditDialog")(s, parent=p),
    ),
    "consents": (
        "consent_dialog",
        "ConsentDialog",
        lambda s, p: _dialog("consent_dialog", "ConsentDialog")(s, s.intake.list_persons(limit=1)[0].id, p),
    ),
    "data protection": (
        "data_protection_dialog",
        "DataProtectionDialog",
        lambda s, p: _dialog("data_protection_dialog", "DataProtectionDialog")(s, parent=p),
    ),
    "backups": (
        "backups_dialog",
        "BackupsDialog",
        lambda s, p: _dialog("backups_dialog", "BackupsDialog")(s, parent=p),
    ),
    # -- the first start (issue 9); every page: test_every_page_of_the_first_start_wizard_…
    "first-start wizard": (
        "first_start_wizard",
        "FirstStartWizard",
        lambda s, p: _dialog("first_start_wizard", "FirstStartWizard")(parent=p),
    ),
}


def _dialog_classes() -> set[tuple[str, str]]:
    """(module, class) of every QDialog subclass defined in the ui package (by reading the sources)."""
    found = set()
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                if bases & {"QDialog", "QWizard", "_CheckedDialog"}:
                    found.add((path.stem, node.name))
    return found


def test_every_dialog_class_is_walked() -> None:
    walked = {(module, name) for module, name, _factory in DIALOGS.values()}
    missing = sorted(_dialog_classes() - walked)
    assert not missing, f"add these dialogs to DIALOGS in {Path(__file__).name}: {missing}"


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_is_named_closes_with_esc_and_has_a_default_button(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    services = window.services
    assert services is not None
    _module, _class, factory = DIALOGS[name]
    dialog = factory(services, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    found = problems(name, dialog)
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.isDefault()]
    if not defaults:
        found.append(f"{name}: no default button (Enter does nothing)")
    assert not found, "\n".join(found)
    dialog.activateWindow()
    until(qtbot, lambda: QApplication.activeWindow() is dialog)
    focus = QApplication.focusWidget() or dialog
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), f"{name}: Esc did not close the dialog"


def test_every_page_of_the_first_start_wizard_is_named_and_has_unique_mnemonics(
    qtbot: QtBot, language: str, tmp_path: Path
) -> None:
    """Each page on its own (the walk above sees the first), with both database choices."""
    from dlzw_desktop.ui.first_start_wizard import FirstStartWizard

    wizard = FirstStartWizard(default_path=tmp_path / "dlzw.sqlite3")
    qtbot.addWidget(wizard)
    wizard.show()
    settle(qtbot)
    found = problems("wizard › organisation", wizard)
    wizard.next()
    settle(qtbot)
    assert wizard.currentId() == 1
    found += problems("wizard › database (file)", wizard)
    wizard._ui.server_radio.setChecked(True)
    found += problems("wizard › database (server)", wizard)
    wizard._ui.local_radio.setChecked(True)
    settle(qtbot)
    for page, name in ((2, "demo data"), (3, "summary")):
        wizard.next()
        until(qtbot, lambda page=page: wizard.currentId() == page)  # type: ignore[misc]
        settle(qtbot)
        found += problems(f"wizard › {name}", wizard)
        defaults = [b for b in wizard.findChildren(QPushButton) if b.isVisible() and b.isDefault()]
        if not defaults:
            found.append(f"wizard › {name}: no default button")
    assert not found, "\n".join(found)


# -- lists: Enter opens --------------------------------------------------------------------------------


def _press_enter_on_first_row(qtbot: QtBot, table: QAbstractItemView) -> None:
    until(qtbot, lambda: table.model().rowCount() > 0)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("section", "table", "opened"),
    [
        ("people", "persons_table", "PersonDialog"),
        ("people", "businesses_table", "BusinessDialog"),
        ("properties", "properties_table", "PropertyDialog"),
        ("properties", "requests_table", "SpaceRequestDialog"),
        ("quarters", "initiatives_table", "InitiativeDialog"),
    ],
)
def test_enter_in_a_list_opens_the_record(
    window: MainWindow, qtbot: QtBot, section: str, table: str, opened: str
) -> None:
    window.show_section(section)
    view = window.section_widget(section)
    assert view is not None
    found = view.findChild(QAbstractItemView, table)
    assert found is not None, table
    parent_tabs = found.parentWidget()
    while parent_tabs is not None and not isinstance(parent_tabs, QTabWidget):
        parent_tabs = parent_tabs.parentWidget()
    if parent_tabs is not None:
        for index in range(parent_tabs.count()):
            if parent_tabs.widget(index).isAncestorOf(found):
                parent_tabs.setCurrentIndex(index)
    settle(qtbot)
    _press_enter_on_first_row(qtbot, found)
    until(
        qtbot, lambda: any(type(d).__name__ == opened and d.isVisible() for d in view.findChildren(QDialog))
    )
    for dialog in view.findChildren(QDialog):
        dialog.reject()


def test_enter_in_the_case_list_opens_the_case(window: MainWindow, qtbot: QtBot) -> None:
    window.show_section("cases")
    cases = window.section_widget("cases")
    assert cases is not None
    table = cases.findChild(QAbstractItemView, "cases_table")
    assert table is not None
    _press_enter_on_first_row(qtbot, table)
    until(qtbot, lambda: cases.case_view.case is not None)  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget() or cases, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert cases.findChild(QWidget, "search_edit").hasFocus()  # type: ignore[union-attr]


# -- forms: mnemonics that would print as "&" ----------------------------------------------------------


def test_labels_with_a_mnemonic_have_a_buddy_in_the_forms() -> None:
    """A label shows its "&" literally unless it has a buddy: every such label in forms/ names one."""
    from lxml import etree

    forms = Path(__file__).resolve().parents[2] / "forms"
    found = []
    for form in sorted(forms.glob("*.ui")):
        for label in etree.parse(str(form)).iterfind(".//widget[@class='QLabel']"):
            text = label.findtext("property[@name='text']/string") or ""
            if mnemonic_letter(text) is not None and label.find("property[@name='buddy']") is None:
                found.append(f"{form.name}: {label.get('name')} {text!r}")
    assert not found, "\n".join(found)


def test_section_titles_in_the_view_menu_show_their_ampersand(window: MainWindow, language: str) -> None:
    texts = [a.text() for a in window._ui.menu_view.actions()]
    expected = {"de": "Personen && Unternehmen", "en": "People && businesses"}[language]
    assert expected in texts
