"""The quarters and initiatives section driven like an advisor would: the scenario of
``tests/test_scenario_quarters.py`` through the GUI, the documents it makes, and every screen's labels.

Set ``DLZW_SHOTS=/some/folder`` to keep the screenshots and the rendered minutes for review.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListWidget, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import InitiativeKind, ReminderKind
from dlzw_desktop.services.registry import Services, open_services
from dlzw_desktop.ui.i18n import install_translators
from dlzw_desktop.ui.initiative_dialog import InitiativeDialog
from dlzw_desktop.ui.meeting_dialog import MeetingDialog
from dlzw_desktop.ui.member_dialog import MemberDialog
from dlzw_desktop.ui.quarter_dialog import QuarterDialog
from dlzw_desktop.ui.quarter_table_model import RowTableModel
from dlzw_desktop.ui.quarters_view import QUARTER_COLUMNS, QuartersView
from dlzw_desktop.ui.statistics_import_dialog import StatisticsImportDialog
from dlzw_desktop.ui.workers import wait_for_all
from tests.services.neighbourhood_data import add_business, add_person, add_property
from tests.test_scenario_quarters import rank_requests_for, space_request
from tests.ui.accessibility import unnamed_controls

TODAY = today_berlin()


@pytest.fixture
def shots(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "shots"
    folder.mkdir()
    yield folder
    keep = os.environ.get("DLZW_SHOTS")
    if keep:
        shutil.copytree(folder, keep, dirs_exist_ok=True)


@pytest.fixture
def services(qapp: QApplication, sqlite_path: Path) -> Iterator[Services]:
    install_translators(qapp, "de")
    opened = open_services(sqlite_path)
    opened.users.local_principal("l.becker")  # the first user of a database is an administrator
    yield opened
    wait_for_all()
    opened.close()


@pytest.fixture
def view(qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> QuartersView:
    shown: list[str] = []

    def refuse(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        raise AssertionError(f"unexpected message: {text}")

    monkeypatch.setattr(QMessageBox, "warning", refuse)
    monkeypatch.setattr(QMessageBox, "critical", refuse)
    widget = QuartersView(services)
    qtbot.addWidget(widget)
    widget.resize(1366, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def save(qtbot: QtBot, dialog: Any) -> Any:
    """Press the dialog's save button and wait for its ``saved`` signal; returns the saved row."""
    box: QDialogButtonBox = dialog._ui.button_box
    button = box.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        click(qtbot, button)
    return blocker.args[0]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]  # pytest-qt: no types


def type_text(qtbot: QtBot, widget: Any, text: str) -> None:
    """Type like a user; QTest can only type ASCII keys, so other letters are inserted as typed text."""
    if text.isascii():
        qtbot.keyClicks(widget, text)  # type: ignore[no-untyped-call]  # pytest-qt ships no types
    elif hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def tick(widget: QListWidget, *names: str) -> None:
    for index in range(widget.count()):
        item = widget.item(index)
        if item.text().split(" (")[0] in names:
            item.setCheckState(Qt.CheckState.Checked)


def wait_ready(qtbot: QtBot, dialog: Any) -> None:
    qtbot.waitUntil(dialog._ui.button_box.isEnabled, timeout=10_000)


def grab(widget: QWidget, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def render_pdf_page(pdf: Path, png: Path) -> QImage:
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    size = document.pagePointSize(0)
    image: QImage = document.render(0, QSize(int(size.width() * 1.5), int(size.height() * 1.5)))
    assert image.save(str(png))
    document.close()
    return image


def test_the_scenario_in_the_gui(
    view: QuartersView, qtbot: QtBot, services: Services, tmp_path: Path, shots: Path
) -> None:
    ui = view._ui
    assert not unnamed_controls(view), unnamed_controls(view)
    assert ui.title_label.text() == "Quartiere & Initiativen"
    assert "Noch keine" in ui.statistics_label.text() or "Legen Sie" in ui.statistics_label.text()

    # People, a bakery founder, a vacant shop and two space requests exist already (other sections).
    speaker = add_person(services, "Kaya", "Elif", district_name="Hörde", email="elif@example.org")
    baker = add_person(services, "Nowak", "Piotr", languages="pl, de")
    add_business(services, "Bäckerei Nowak (geplant)", "Hörde", sector_code="10.71", founders=(baker,))
    shop = add_property(services, "Faßstraße 3", "Hörde")
    bakery_request = space_request(services, sector_code="10.71", max_rent=Decimal(750))
    fashion_request = space_request(services, sector_code="47.71", max_rent=Decimal(1000))

    # 1. Define the quarter.
    click(qtbot, ui.new_quarter_button)
    dialog = view.dialog
    assert isinstance(dialog, QuarterDialog)
    wait_ready(qtbot, dialog)
    assert not unnamed_controls(dialog), unnamed_controls(dialog)
    type_text(qtbot, dialog._ui.name_edit, "Hörde-Zentrum")
    dialog._ui.base_year_spin.setValue(2025)
    dialog._ui.goal_units_spin.setValue(6)
    dialog._ui.goal_jobs_spin.setValue(25)
    dialog._ui.responsible_combo.setCurrentIndex(1)
    type_text(qtbot, dialog._ui.districts_filter_edit, "hö")
    tick(dialog._ui.districts_list, "Hörde", "Hacheney")
    assert dialog._ui.districts_count_label.text() == "2 Bezirk(e) ausgewählt"
    grab(dialog, shots, "quarter_dialog")
    quarter = save(qtbot, dialog)
    assert quarter.lwsi_goal_percent == Decimal("10.00")
    qtbot.waitUntil(lambda: ui.quarter_title_label.text() == "Hörde-Zentrum", timeout=10_000)
    assert "Hacheney, Hörde" in ui.quarter_summary_label.text()
    assert ui.lwsi_value_label.text() == "Ziel +10 %: noch nicht berechnet."
    assert ui.reactivated_value_label.text() == "0 von 6 (0 %)"

    # 2. Found the initiative and add its members.
    ui.section_tabs.setCurrentWidget(ui.initiatives_tab)
    click(qtbot, ui.new_initiative_button)
    dialog = view.dialog
    assert isinstance(dialog, InitiativeDialog)
    wait_ready(qtbot, dialog)
    assert not unnamed_controls(dialog), unnamed_controls(dialog)
    type_text(qtbot, dialog._ui.name_edit, "Hörder Kaufleute")
    dialog._ui.kind_combo.setCurrentIndex(dialog._ui.kind_combo.findData(InitiativeKind.RETAIL))
    dialog._ui.quarter_combo.setCurrentIndex(dialog._ui.quarter_combo.findText("Hörde-Zentrum"))
    grab(dialog, shots, "initiative_dialog")
    initiative = save(qtbot, dialog)
    qtbot.waitUntil(lambda: ui.initiative_title_label.text() == "Hörder Kaufleute", timeout=10_000)

    for search, role, contact in (("Kaya", "Sprecher/in", True), ("Bäckerei", "Mitglied", False)):
        click(qtbot, ui.add_member_button)
        dialog = view.dialog
        assert isinstance(dialog, MemberDialog)
        assert not unnamed_controls(dialog), unnamed_controls(dialog)
        type_text(qtbot, dialog._ui.search_edit, search)
        qtbot.waitUntil(lambda d=dialog: d._ui.results_list.count() > 0, timeout=10_000)  # type: ignore[misc]
        dialog._ui.results_list.setCurrentRow(0)
        dialog._ui.role_combo.setCurrentText(role)
        dialog._ui.contact_check.setChecked(contact)
        if search == "Kaya":  # she consents at the founding meeting
            qtbot.waitUntil(lambda d=dialog: d._ui.record_consent_check.isEnabled(), timeout=10_000)  # type: ignore[misc]
            dialog._ui.record_consent_check.setChecked(True)
            grab(dialog, shots, "member_dialog")
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: view._members.rowCount() == 2, timeout=10_000)
    assert [m.name for m in view._members.rows()] == ["Elif Kaya", "Bäckerei Nowak (geplant)"]
    assert view._members.rows()[0].consent_since == TODAY
    del speaker

    # 3. Record the meeting with an action and a missing offer.
    before = rank_requests_for(services, shop, [bakery_request, fashion_request])
    assert [r.request_id for r in before] == [fashion_request, bakery_request]
    ui.initiative_tabs.setCurrentWidget(ui.meetings_page)
    click(qtbot, ui.new_meeting_button)
    dialog = view.dialog
    assert isinstance(dialog, MeetingDialog)
    wait_ready(qtbot, dialog)
    assert not unnamed_controls(dialog), unnamed_controls(dialog)
    meeting_ui = dialog._ui
    type_text(qtbot, meeting_ui.participants_edit, "Elif Kaya, Piotr Nowak, <b>Beratung</b> & DLZW")
    type_text(
        qtbot, meeting_ui.minutes_edit, "Die Bäckerei am Markt hat geschlossen. Frühstück fehlt im Zentrum."
    )
    type_text(qtbot, meeting_ui.action_text_edit, "Eigentümer Faßstraße 3 wegen Bäckerei anschreiben")
    meeting_ui.action_owner_combo.setCurrentIndex(1)
    meeting_ui.action_due_edit.setDate(meeting_ui.action_due_edit.date().currentDate().addDays(14))
    qtbot.keyClick(meeting_ui.action_text_edit, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert meeting_ui.actions_table.rowCount() == 1
    assert dialog.isVisible()  # Enter added the action; it did not save the meeting half-done
    type_text(qtbot, meeting_ui.offer_search_edit, "Backwaren")
    qtbot.waitUntil(
        lambda: meeting_ui.offer_sector_combo.findText("10.71", Qt.MatchFlag.MatchStartsWith) >= 0,
        timeout=10_000,
    )
    meeting_ui.offer_sector_combo.setCurrentIndex(
        meeting_ui.offer_sector_combo.findText("10.71", Qt.MatchFlag.MatchStartsWith)
    )
    meeting_ui.offer_weight_spin.setValue(3)
    type_text(qtbot, meeting_ui.offer_note_edit, "Bäckerei fehlt")
    click(qtbot, meeting_ui.add_offer_button)
    assert meeting_ui.offers_table.item(0, 0).text().startswith("10.71")
    grab(dialog, shots, "meeting_dialog")
    meeting = save(qtbot, dialog)
    assert [o.sector_code for o in meeting.missing_offers] == ["10.71"]
    qtbot.waitUntil(lambda: view._meetings.rowCount() == 1, timeout=10_000)
    assert "1 Maßnahme(n) als Wiedervorlagen" in ui.status_label.text()
    grab(view, shots, "initiatives_meetings")

    # 4. The missing offer raises the bakery's request for the vacant shop in the quarter.
    after = rank_requests_for(services, shop, [bakery_request, fashion_request])
    assert [r.request_id for r in after] == [bakery_request, fashion_request]

    # 5. The meeting's action appears as a reminder of the advisor.
    ui.initiative_tabs.setCurrentWidget(ui.reminders_page)
    qtbot.waitUntil(lambda: view._reminders.rowCount() == 1, timeout=10_000)
    reminder = view._reminders.rows()[0]
    assert reminder.title == "Hörder Kaufleute: Eigentümer Faßstraße 3 wegen Bäckerei anschreiben"
    assert reminder.kind is ReminderKind.MEETING_ACTION
    assert reminder.due_on == TODAY + timedelta(days=14)
    assert reminder.assigned_to == "l.becker"
    assert ui.initiative_tabs.tabText(2) == "Wiedervorlagen (1)"
    grab(view, shots, "initiatives_reminders")

    # The minutes as PDF, looked at as an image; the invitation list holds the consenting member only.
    ui.initiative_tabs.setCurrentWidget(ui.meetings_page)
    ui.meetings_table.selectRow(0)
    pdf = tmp_path / "protokoll.pdf"
    view.ask_save_path = lambda *_args: pdf  # type: ignore[method-assign]
    click(qtbot, ui.minutes_pdf_button)
    qtbot.waitUntil(
        lambda: pdf.exists() and "Protokoll gespeichert" in ui.status_label.text(), timeout=15_000
    )
    image = render_pdf_page(pdf, shots / "minutes_page1.png")
    assert image.width() > 800 and not image.isNull()
    invitations = tmp_path / "einladung.xlsx"
    view.ask_save_path = lambda *_args: invitations  # type: ignore[method-assign]
    ui.initiative_tabs.setCurrentWidget(ui.members_page)
    click(qtbot, ui.export_invitations_button)
    qtbot.waitUntil(lambda: "Einladungsliste mit 1 Personen" in ui.status_label.text(), timeout=15_000)
    assert "1 Mitglied(er) ohne erfasste Einwilligung" in ui.status_label.text()
    grab(view, shots, "initiatives_members")

    # The quarter page lists it all; the local economy shows the quarter next to the city.
    ui.section_tabs.setCurrentWidget(ui.quarters_tab)
    view.refresh()
    qtbot.waitUntil(
        lambda: view._businesses.rowCount() == 1 and view._quarter_initiatives.rowCount() == 1, timeout=10_000
    )
    assert ui.contents_tabs.tabText(2) == "Immobilien (1)"
    grab(view, shots, "quarters")
    ui.section_tabs.setCurrentWidget(ui.economy_tab)
    ui.economy_quarter_combo.setCurrentIndex(ui.economy_quarter_combo.findText("Hörde-Zentrum"))
    view.refresh_picture()
    qtbot.waitUntil(lambda: view._figures.rowCount() > 0, timeout=10_000)
    figures = {line.label: (line.quarter, line.city) for line in view._figures.rows()}
    assert figures["Geförderte Unternehmen (mit Fall)"] == ("1", "1")
    assert figures["Keine Angabe (gesondert gezählt)"] == ("1", "1")
    assert figures["Anteil migrantisch geführt an den Angaben"] == ("–", "–")
    assert {row.code for row in view._languages.rows()} == {"pl", "de"}
    grab(view, shots, "local_economy")
    assert not unnamed_controls(view), unnamed_controls(view)
    del initiative, quarter


def test_a_district_in_two_quarters_is_refused_in_the_dialog(
    view: QuartersView, qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dlzw_desktop.services.quarter_service import QuarterDraft
    from tests.services.neighbourhood_data import district

    services.quarters.create_quarter(
        QuarterDraft("Nordstadt", 2025, (district("Hafen"), district("Nordmarkt")))
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    click(qtbot, view._ui.new_quarter_button)
    dialog = view.dialog
    assert isinstance(dialog, QuarterDialog)
    wait_ready(qtbot, dialog)
    type_text(qtbot, dialog._ui.name_edit, "Hafenquartier")
    tick(dialog._ui.districts_list, "Hafen")
    click(qtbot, dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "Hafenquartier" in shown[0] and "Nordstadt" in shown[0] and "Hafen" in shown[0]
    assert dialog.isVisible()  # nothing saved; the advisor can correct the districts
    assert dialog._ui.button_box.isEnabled()  # and may save again after the correction


def test_the_statistics_import_dialog(
    view: QuartersView, qtbot: QtBot, tmp_path: Path, services: Services, shots: Path
) -> None:
    from dlzw_desktop.services.quarter_service import QuarterDraft
    from tests.services.neighbourhood_data import district

    services.quarters.create_quarter(
        QuarterDraft("Nordstadt", 2025, (district("Hafen"), district("Nordmarkt")))
    )
    add_business(services, "Imbiss am Hafen", "Hafen", sector_code="56.10")
    add_business(services, "Kanzlei City", "City", sector_code="69.10")
    view.refresh()
    path = tmp_path / "einwohner.csv"
    path.write_text(
        "Bezirk;Jahr;Einwohner\n" + "\n".join(f"{d.name};2024;1000" for d in services.reference.districts()),
        encoding="utf-8",
    )
    click(qtbot, view._ui.import_statistics_button)
    dialog = view.dialog
    assert isinstance(dialog, StatisticsImportDialog)
    assert not unnamed_controls(dialog), unnamed_controls(dialog)
    qtbot.waitUntil(lambda: "noch keine" in dialog._ui.stored_label.text(), timeout=10_000)
    dialog.set_path(path)
    type_text(qtbot, dialog._ui.source_edit, "Dortmunder Statistik 2024")
    grab(dialog, shots, "statistics_import_dialog")
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as blocker:
        click(qtbot, dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Ok))
    assert blocker.args[0].figures == 62
    assert "62 Werte importiert" in view._ui.status_label.text()
    view._ui.section_tabs.setCurrentWidget(view._ui.economy_tab)
    qtbot.waitUntil(lambda: view._references.rowCount() == 2, timeout=10_000)
    residents = view._references.rows()[0]
    assert (residents.quarter_value, residents.city_value, residents.year) == (2000, 62000, 2024)
    assert view._references.data(view._references.index(0, 4)) == "Dortmunder Statistik 2024"
    grab(view, shots, "local_economy_with_statistics")


def test_the_table_models_pass_qt_model_checks(qapp: QApplication, services: Services) -> None:
    from dlzw_desktop.services.quarter_service import QuarterDraft
    from tests.services.neighbourhood_data import district

    model = RowTableModel(QUARTER_COLUMNS)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(
        [
            services.quarters.create_quarter(QuarterDraft("B-Quartier", 2024, (district("Eving"),))),
            services.quarters.create_quarter(QuarterDraft("A-Quartier", 2025, (district("Hörde"),))),
        ]
    )
    assert model.rowCount() == 2 and model.columnCount() == len(QUARTER_COLUMNS)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Quartier"
    base_year = model.index(0, 3)
    assert model.data(base_year, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    model.set_rows([])
    assert model.rowCount() == 0
