"""The Berichte section on a temporary database: annual report with preview, programme costs, LWSI, the
Übersicht dashboard; every control named; long work in the background with progress and cancel."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dlzw_desktop.domain.enums import CostKind
from dlzw_desktop.domain.lwsi import CalendarQuarter
from dlzw_desktop.services.registry import open_services
from dlzw_desktop.ui.annual_report_view import AnnualReportView
from dlzw_desktop.ui.dashboard_widget import DashboardWidget
from dlzw_desktop.ui.database_controller import DatabaseController
from dlzw_desktop.ui.i18n import install_translators
from dlzw_desktop.ui.lwsi_view import LwsiView, ReferenceTableImportDialog
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.programme_costs_view import ProgrammeCostDialog, ProgrammeCostsView
from dlzw_desktop.ui.reports_view import ReportsView
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.workers import pending_tasks, wait_for_all
from tests.services.report_data import populate
from tests.ui.accessibility import unnamed_controls

DATA = Path(__file__).parents[1] / "services" / "data"
YEAR = 2025


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, tmp_path: Path, sqlite_path: Path) -> Iterator[MainWindow]:
    seeded = open_services(sqlite_path)
    seeded.users.local_principal()  # the window signs in the same (operating-system) user: the admin
    populate(seeded.context.sessions, cases=120, seed=5, year=YEAR)
    seeded.close()
    install_translators(qapp, "de")
    store = SettingsStore(tmp_path / "settings.ini")
    main = MainWindow(store)
    qtbot.addWidget(main)
    controller = DatabaseController(
        main, store, offer_demo=False, sign_in=lambda services: services.users.local_principal()
    )
    main.resize(1366, 800)
    main.show()
    with qtbot.waitSignal(controller.opened, timeout=20_000):
        controller.open(str(sqlite_path))
    yield main
    wait_for_all()
    if main.services is not None:
        main.services.close()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(_parent: QWidget | None, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def settled(qtbot: QtBot) -> None:
    """Every background answer has arrived, including those of the work the answers started."""
    for _ in range(2):
        qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=60_000)
        qtbot.wait(20)


def reports(window: MainWindow) -> ReportsView:
    window.show_section("reports")
    view = window.section_widget("reports")
    assert isinstance(view, ReportsView)
    return view


def close_if_open(dialog: QDialog) -> None:
    if shiboken6.isValid(dialog) and dialog.isVisible():
        dialog.reject()


def when_shown(kind: type[QDialog], act: Callable[[Any], None]) -> None:
    """Run ``act`` on the next visible dialog of ``kind`` (the view opens it with exec())."""

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if dialogs:
            act(dialogs[-1])
            # Never leave the test hanging in exec(): a dialog still open later is closed (and the test's
            # own checks then fail).
            # The dialog is the timer's context: once it is deleted, the timer is dropped with it.
            dialog = dialogs[-1]
            QTimer.singleShot(120_000, dialog, lambda: close_if_open(dialog))
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


# ------------------------------------------------------------------------------------ annual report


def test_every_control_of_the_section_is_named(window: MainWindow, qtbot: QtBot) -> None:
    view = reports(window)
    for index in range(3):
        view.show_tab(index)
        qtbot.wait(50)
        assert not unnamed_controls(view), (index, unnamed_controls(view))
    wait_for_all()
    for dialog in (
        ProgrammeCostDialog(window.services, YEAR, None, view),  # type: ignore[arg-type]
        ReferenceTableImportDialog(window.services, view),  # type: ignore[arg-type]
    ):
        assert not unnamed_controls(dialog), unnamed_controls(dialog)


def test_the_report_is_generated_in_the_background_and_previewed(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    annual = reports(window).page(0)
    assert isinstance(annual, AnnualReportView)
    annual._ui.year_spin.setValue(YEAR)
    annual._ui.folder_edit.setText(str(tmp_path))
    assert not annual._ui.k_spin.isEnabled()
    ticks: list[int] = []
    timer = QTimer(annual)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    with qtbot.waitSignal(annual.report_written, timeout=60_000) as written:
        annual._ui.generate_button.click()
        assert annual.running and annual._ui.cancel_button.isEnabled()
    timer.stop()
    files = written.args[0]
    assert files.pdf == tmp_path / f"Jahresbericht_Mikrofinanzierung_{YEAR}.pdf" and files.pdf.exists()
    assert files.xlsx is not None and files.xlsx.exists()
    assert ticks  # the window kept handling events while the report was written
    assert annual._document.pageCount() > 5
    assert annual._ui.open_pdf_button.isEnabled() and annual._ui.open_xlsx_button.isEnabled()
    assert not annual.running and annual._ui.generate_button.isEnabled()
    assert not messages


def test_the_published_variant_is_chosen_with_k(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    annual = reports(window).page(0)
    assert isinstance(annual, AnnualReportView)
    annual._ui.folder_edit.setText(str(tmp_path))
    annual._ui.year_spin.setValue(YEAR)
    annual._ui.published_check.setChecked(True)
    assert annual._ui.k_spin.isEnabled()
    annual._ui.k_spin.setValue(4)
    annual._ui.xlsx_check.setChecked(False)
    with qtbot.waitSignal(annual.report_written, timeout=60_000) as written:
        annual._ui.generate_button.click()
    files = written.args[0]
    assert files.published and files.xlsx is None
    assert files.pdf.name.endswith("_Veroeffentlichung.pdf")


def test_a_running_report_can_be_cancelled(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    annual = reports(window).page(0)
    assert isinstance(annual, AnnualReportView)
    services = window.services
    assert services is not None
    calls: list[int] = []

    def slow(*_args: object, progress: Callable[[int, int], None], **_kwargs: object) -> None:
        for step in range(200):
            calls.append(step)
            progress(step, 200)  # raises once the user cancelled
            time.sleep(0.02)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(type(services.reports), "write_annual_report", lambda self, *a, **k: slow(*a, **k))
    annual._ui.folder_edit.setText(str(tmp_path))
    annual._ui.generate_button.click()
    qtbot.waitUntil(lambda: len(calls) > 3, timeout=10_000)
    qtbot.waitUntil(lambda: annual._ui.progress_bar.value() > 0, timeout=10_000)
    annual._ui.cancel_button.click()
    qtbot.waitUntil(lambda: not annual.running, timeout=10_000)
    assert len(calls) < 200
    assert annual._ui.generate_button.isEnabled() and not annual._ui.progress_bar.isVisible()
    cancelled = QCoreApplication.translate(
        "AnnualReportView", "The report was cancelled; no file was written."
    )
    assert annual._ui.status_label.text() == cancelled


def test_a_missing_folder_is_reported(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    annual = reports(window).page(0)
    assert isinstance(annual, AnnualReportView)
    annual._ui.folder_edit.setText(str(tmp_path / "gibt-es-nicht"))
    annual._ui.generate_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert "gibt-es-nicht" in messages[0]


# ----------------------------------------------------------------------------------- programme costs


def test_cost_items_are_added_edited_and_deleted(
    window: MainWindow, qtbot: QtBot, messages: list[str]
) -> None:
    view = reports(window)
    costs = view.show_tab(1)
    assert isinstance(costs, ProgrammeCostsView)
    costs._ui.year_spin.setValue(YEAR)
    settled(qtbot)  # items, staff time and cost per job of the year have all arrived
    assert costs._model.rowCount() == 2
    QAbstractItemModelTester(costs._model, QAbstractItemModelTester.FailureReportingMode.Warning)
    before = costs._ui.summary_label.text()
    assert "€" in before

    def fill(dialog: ProgrammeCostDialog) -> None:
        dialog._ui.kind_combo.setCurrentIndex(dialog._ui.kind_combo.findData(CostKind.OTHER))
        dialog._ui.description_edit.setText("=Miete Beratungsbüro")
        dialog._ui.amount_edit.setText("2.400,00")
        dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    when_shown(ProgrammeCostDialog, fill)
    costs._ui.add_button.click()
    settled(qtbot)
    assert costs._model.rowCount() == 3
    added = next(r for r in costs._model.rows if r.description == "=Miete Beratungsbüro")
    assert added.amount == Decimal("2400.00") and added.kind is CostKind.OTHER
    assert costs._ui.summary_label.text() != before
    # Delete it again (the question is answered "yes").
    row = next(
        i for i in range(costs._proxy.rowCount()) if costs._proxy.index(i, 1).data() == "=Miete Beratungsbüro"
    )
    costs._ui.items_table.selectRow(row)
    costs._ui.delete_button.click()
    settled(qtbot)
    assert costs._model.rowCount() == 2
    assert costs._ui.summary_label.text() == before
    assert not messages


def test_the_loan_loss_share_starts_from_the_write_offs(window: MainWindow, qtbot: QtBot) -> None:
    services = window.services
    assert services is not None
    dialog = ProgrammeCostDialog(services, YEAR, None, window)
    dialog._ui.kind_combo.setCurrentIndex(dialog._ui.kind_combo.findData(CostKind.LOAN_LOSSES))
    dialog.show()
    assert dialog._ui.write_offs_button.isVisible()
    dialog._ui.write_offs_button.click()
    written_off = services.programme_costs.written_off(YEAR)
    qtbot.waitUntil(lambda: dialog._ui.amount_edit.text() != "", timeout=10_000)
    assert dialog.draft().amount == written_off > 0


def test_the_hourly_rate_can_be_fixed_for_a_year(
    window: MainWindow, qtbot: QtBot, messages: list[str]
) -> None:
    costs = reports(window).show_tab(1)
    assert isinstance(costs, ProgrammeCostsView)
    costs._ui.year_spin.setValue(YEAR)
    qtbot.waitUntil(lambda: costs._ui.rate_edit.text() == "62,00", timeout=10_000)
    assert not costs._ui.reset_rate_button.isEnabled()
    costs._ui.rate_edit.setText("70,50")
    costs._ui.freeze_rate_button.click()
    qtbot.waitUntil(costs._ui.reset_rate_button.isEnabled, timeout=10_000)
    services = window.services
    assert services is not None
    assert services.programme_costs.staff_time(YEAR).hourly_rate == Decimal("70.50")
    costs._ui.rate_edit.setText("siebzig")
    costs._ui.freeze_rate_button.click()
    assert messages and "siebzig" in messages[-1]


# ------------------------------------------------------------------------------------------- LWSI


def test_a_table_is_imported_and_the_lwsi_computed(
    window: MainWindow, qtbot: QtBot, messages: list[str]
) -> None:
    services = window.services
    assert services is not None
    services.lwsi.set_city_base_year(YEAR - 1)
    lwsi = reports(window).show_tab(2)
    assert isinstance(lwsi, LwsiView)
    qtbot.waitUntil(lambda: lwsi._ui.area_combo.count() >= 2, timeout=10_000)

    def fill(dialog: ReferenceTableImportDialog) -> None:
        dialog.set_values(
            kind="gva", path=DATA / "bws_beispiel.csv", source="Beispielwerte für Tests", year=2022
        )
        dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    when_shown(ReferenceTableImportDialog, fill)
    lwsi._ui.import_button.click()
    qtbot.waitUntil(lambda: lwsi._tables.rowCount() == 1, timeout=10_000)
    QAbstractItemModelTester(lwsi._tables, QAbstractItemModelTester.FailureReportingMode.Warning)
    monkey_until = CalendarQuarter(YEAR, 4)
    original = services.lwsi.compute

    def compute_until(area_id: Any, *, progress: Any = None, until: Any = None) -> Any:
        return original(area_id, until=monkey_until, progress=progress)

    setattr(services.lwsi, "compute", compute_until)  # noqa: B010 - the test fixes "now" for the quarters
    with qtbot.waitSignal(lwsi.computed, timeout=60_000):
        lwsi._ui.compute_button.click()
    qtbot.waitUntil(lambda: lwsi._quarters.rowCount() == 8, timeout=10_000)
    QAbstractItemModelTester(lwsi._quarters, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert "110" in lwsi._ui.status_label.text()
    assert lwsi._ui.estimated_label.text()  # the default multiplier is named as an estimate
    chart = lwsi._ui.chart_view.chart()
    assert len(chart.series()) == 3
    assert not messages


def test_a_hostile_file_gets_a_message_and_nothing_is_imported(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    services = window.services
    assert services is not None
    hostile = tmp_path / "tabelle.xlsx"
    hostile.write_bytes(b"keine Arbeitsmappe")
    dialog = ReferenceTableImportDialog(services, window)
    dialog.set_values(kind="gva", path=hostile, source="Quelle X", year=2022)
    dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    wait_for_all()
    assert dialog.imported is None
    assert services.lwsi.reference_tables() == []


# -------------------------------------------------------------------------------------- dashboard


def test_the_overview_shows_the_dashboard_charts(window: MainWindow, qtbot: QtBot) -> None:
    window.show_section("overview")
    overview = window.section_widget("overview")
    assert overview is not None
    qtbot.waitUntil(lambda: overview.findChild(DashboardWidget) is not None, timeout=10_000)
    dashboard = overview.findChild(DashboardWidget)
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.figures is not None and dashboard.lwsi is not None, timeout=20_000)
    assert dashboard.figures is not None
    assert sum(dashboard.figures.pipeline.values()) > 0
    assert dashboard._ui.pipeline_chart_view.chart().series()
    assert dashboard._ui.reminders_chart_view.chart().series()
    assert dashboard._ui.targets_chart_view.chart().series()
    assert not unnamed_controls(overview)
