"""The case scenario in the window, by typing and clicking: Çağlar Yıldırım's salon from the first
contact to the six-month jobs count, when a follow-up loan becomes possible.

The advisor works in German; a team lead at another workstation signs the recommendation off (the
signed-in principal is switched, as a second sign-in would). Time moves on through the ``Clock``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dlzw_desktop.domain.dates import add_months
from dlzw_desktop.domain.enums import CaseStage, DocumentStatus, JobsOccasion, Role
from dlzw_desktop.ui.business_dialog import BusinessDialog
from dlzw_desktop.ui.case_labels import select_choice
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.new_case_dialog import NewCaseDialog
from dlzw_desktop.ui.person_dialog import PersonDialog
from dlzw_desktop.ui.small_dialogs import ConsultationDialog, StageDialog
from tests.services.case_helpers import Clock, sign_in_as
from tests.ui.case_gui import Messages, dialog, open_window, press_ok, settle, type_text, until


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, sqlite_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, tmp_path, sqlite_path)


def day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def type_into(qtbot: QtBot, edit: object, text: str) -> None:
    edit.clear()  # type: ignore[attr-defined]
    type_text(qtbot, edit, text)  # type: ignore[arg-type]


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Back to the main window after a dialog (a window manager would do this)."""
    window.activateWindow()
    until(qtbot, lambda: QApplication.activeWindow() is window)


def click(qtbot: QtBot, button: object) -> None:
    assert button.isEnabled(), button.objectName()  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_case_from_first_contact_to_follow_up_in_the_window(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = Messages(monkeypatch)
    opened_files: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_files.append(url.toLocalFile()))
    services = window.services
    assert services is not None
    lead = sign_in_as(services, "m.becker", Role.LEAD, "Martina Becker")
    advisor = sign_in_as(services, "a.yilmaz", Role.ADVISOR, "Ayşe Yılmaz")

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    cases = window.section_widget("cases")
    assert cases is not None and window.current_section() == "cases"
    clock = Clock(monkeypatch)
    start = date.today() - timedelta(days=320)
    clock.set(start)
    settle(qtbot)

    # Ctrl+N: a new case; the business and its founder are recorded on the way.
    qtbot.keyClick(cases, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new_case = dialog(qtbot, cases, NewCaseDialog)
    click(qtbot, new_case._ui.new_business_button)
    business = dialog(qtbot, new_case, BusinessDialog)
    b = business._ui
    type_text(qtbot, b.name_edit, "Salon Çağlar")
    type_text(qtbot, b.sector_edit, "Friseur")
    until(qtbot, lambda: business._sector_model.rowCount() > 0)
    business.choose_sector(business._sector_model.stringList()[0])  # picked from the list shown
    assert b.sector_edit.text().startswith("96.02")
    type_text(qtbot, b.street_edit, "Rheinische Straße 12")
    type_text(qtbot, b.postcode_edit, "44137")
    until(qtbot, b.area_hint_label.text)
    assert b.borough_combo.currentIndex() > 0  # suggested from the postcode, for the advisor to confirm
    borough = b.borough_combo.currentText()
    click(qtbot, b.new_person_button)
    person = dialog(qtbot, business, PersonDialog)
    p = person._ui
    type_text(qtbot, p.family_name_edit, "Yıldırım")
    type_text(qtbot, p.given_names_edit, "Çağlar")
    type_text(qtbot, p.birth_date_edit, "03.05.1988")
    type_text(qtbot, p.languages_edit, "de, tr")
    press_ok(qtbot, p.button_box)
    until(qtbot, lambda: len(business.members()) == 1)
    press_ok(qtbot, b.button_box)
    until(qtbot, lambda: new_case._ui.businesses_list.count() == 1)
    n = new_case._ui
    type_text(qtbot, n.amount_edit, "8.500,00")
    type_text(qtbot, n.purpose_edit, "Einrichtung des Salons")
    type_into(qtbot, n.opened_edit, day(start))
    press_ok(qtbot, n.button_box)
    view = cases.case_view  # type: ignore[attr-defined]
    until(qtbot, lambda: view.case is not None and view.isVisible())
    case = view.case
    assert case.number == f"MK-{start.year}-0001" and case.stage is CaseStage.ENQUIRY
    assert case.business.borough_name == borough
    ui = view._ui

    # Consultations.
    ui.tabs_widget.setCurrentWidget(ui.consultations_tab)
    click(qtbot, ui.add_consultation_button)
    talk = dialog(qtbot, view, ConsultationDialog)
    type_into(qtbot, talk._ui.held_edit, day(start))
    talk._ui.minutes_spin.setValue(90)
    type_text(qtbot, talk._ui.topics_edit, "Geschäftsidee, Finanzierung")
    press_ok(qtbot, talk._ui.button_box)
    until(qtbot, lambda: view.case.stage is CaseStage.CONSULTING)
    assert "1 Beratungen, insgesamt 1 Std. 30 Min." in ui.minutes_label.text()

    # Documents: each item checked, the business plan with its file.
    clock.advance(7)
    ui.tabs_widget.setCurrentWidget(ui.documents_tab)
    plan_file = tmp_path / "Businessplan Salon.pdf"
    plan_file.write_bytes(b"%PDF-1.4 plan")
    monkeypatch.setattr(view, "choose_file", lambda: str(plan_file))
    ui.documents_table.selectRow(0)
    click(qtbot, ui.attach_button)
    until(qtbot, lambda: view.case.documents[0].attachments)
    for row in range(len(view.case.documents)):
        ui.documents_table.selectRow(row)
        select_choice(ui.status_combo, DocumentStatus.CHECKED)
        before = view.case.documents[row].version
        click(qtbot, ui.set_status_button)
        until(qtbot, lambda row=row, before=before: view.case.documents[row].version != before)
    assert not view.case.missing_documents
    for stage in (CaseStage.DOCUMENTS_COMPLETE, CaseStage.ASSESSMENT):
        click(qtbot, ui.next_stage_button)
        press_ok(qtbot, dialog(qtbot, view, StageDialog)._ui.button_box)
        until(qtbot, lambda stage=stage: view.case.stage is stage)

    # Affordability: typed German amounts, Ctrl+S saves the tab.
    ui.tabs_widget.setCurrentWidget(ui.affordability_tab)
    type_text(qtbot, ui.income_edit, "1.450,00")
    type_text(qtbot, ui.expenses_edit, "1.100,00")
    type_text(qtbot, ui.surplus_edit, "600,00")
    ui.term_spin.setValue(36)
    ui.grace_spin.setValue(3)
    assert view.has_unsaved_changes()
    activate(qtbot, window)
    qtbot.keyClick(ui.income_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    until(qtbot, lambda: not view.has_unsaved_changes() and "Tragbar" in ui.verdict_label.text())
    assert view._plan.rowCount() == 36

    # Recommendation, then the second person's sign-off and the letter.
    ui.tabs_widget.setCurrentWidget(ui.recommendation_tab)
    type_into(qtbot, ui.rec_amount_edit, "8.500,00")
    ui.rec_term_spin.setValue(36)
    ui.rec_grace_spin.setValue(3)
    type_text(qtbot, ui.summary_edit, "Tragfähiges Konzept, <b>A&B</b> Erfahrung als Friseurmeisterin.")
    click(qtbot, ui.save_recommendation_button)
    until(qtbot, lambda: view.case.recommendation is not None)
    click(qtbot, ui.next_stage_button)
    press_ok(qtbot, dialog(qtbot, view, StageDialog)._ui.button_box)
    until(qtbot, lambda: view.case.stage is CaseStage.RECOMMENDED)
    assert not ui.record_decision_button.isEnabled()  # nobody has signed off yet
    assert not ui.sign_off_button.isEnabled()  # not for the author
    assert "zweite Person" in ui.sign_off_button.toolTip()
    services.context.user.sign_in(lead)  # the team lead opens the case at her desk
    view.reload()
    until(qtbot, ui.sign_off_button.isEnabled)
    click(qtbot, ui.sign_off_button)
    until(qtbot, lambda: view.case.recommendation.signed_off)
    letter = tmp_path / "Empfehlung.pdf"
    monkeypatch.setattr(view, "letter_path", lambda: str(letter))
    click(qtbot, ui.letter_button)
    until(qtbot, lambda: opened_files)
    text = PdfReader(letter).pages[0].extract_text()
    assert "Salon Çağlar" in text and "Çağlar Yıldırım" in text and "<b>A&B</b>" in text
    assert "Martina Becker, freigegeben am" in text
    services.context.user.sign_in(advisor)

    # The lender approves, pays out; the case is monitored month by month.
    clock.advance(14)
    type_into(qtbot, ui.decided_edit, day(clock.today))
    click(qtbot, ui.record_decision_button)
    until(qtbot, lambda: view.case.stage is CaseStage.APPROVED)
    payout = clock.advance(10)
    type_into(qtbot, ui.payout_edit, day(payout))
    click(qtbot, ui.record_payout_button)
    until(qtbot, lambda: view.case.stage is CaseStage.DISBURSED)
    for month in range(1, 7):
        clock.set(add_months(payout, month))
        type_into(qtbot, ui.month_edit, clock.today.strftime("%m.%Y"))
        click(qtbot, ui.record_repayment_button)
        until(qtbot, lambda month=month: len(view.case.repayments) == month)
    assert view.case.stage is CaseStage.MONITORING

    # Six months after payout: the Übersicht shows the jobs follow-up; it opens the case.
    clock.set(add_months(payout, 6))
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    overview = window.section_widget("overview")
    assert overview is not None
    click(qtbot, overview._ui.refresh_button)  # type: ignore[attr-defined]
    due = overview._ui.reminders_panel._ui.due_list  # type: ignore[attr-defined]
    until(qtbot, lambda: any("Arbeitsplätze erfassen" in due.item(i).text() for i in range(due.count())))
    row = next(i for i in range(due.count()) if "Arbeitsplätze erfassen" in due.item(i).text())
    due.setCurrentRow(row)
    qtbot.keyClick(due, Qt.Key.Key_Return)
    until(qtbot, lambda: window.current_section() == "cases" and view.isVisible())
    ui.tabs_widget.setCurrentWidget(ui.jobs_tab)
    assert view.case.jobs_due[0].occasion is JobsOccasion.MONTH_6
    select_choice(ui.occasion_combo, JobsOccasion.MONTH_6)
    type_into(qtbot, ui.jobs_date_edit, day(clock.today))
    ui.created_heads_spin.setValue(2)
    type_text(qtbot, ui.created_fte_edit, "1,5")
    ui.secured_heads_spin.setValue(1)
    type_text(qtbot, ui.secured_fte_edit, "1")
    click(qtbot, ui.record_jobs_button)
    until(qtbot, lambda: view._jobs.rowCount() == 1)
    assert view.case.jobs_due == ()
    follow_up = add_months(payout, 6)
    assert view.case.follow_up_possible_from == follow_up
    assert f"ab {day(follow_up)}" in ui.follow_up_loan_label.text()
    ui.tabs_widget.setCurrentWidget(ui.timeline_tab)
    until(qtbot, lambda: ui.timeline_list.count() > 10)
    assert not messages.shown[1:], messages.shown
