"""Screenshots of the Berichte section (annual report with preview, programme costs, LWSI) and its dialogs,
and the pages of the generated annual report (for ``docs/screenshots.py``).

The LWSI needs a table of gross value added: the example table of the tests is imported (its values are
marked as examples, not official figures).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.ui.workers import wait_for_all

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_GVA = ROOT / "tests" / "services" / "data" / "bws_beispiel.csv"


def _pump(seconds: float = 0.6) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        wait_for_all(200)
    app.processEvents()


def _until(condition: object, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        _pump(0.1)
        if time.monotonic() > deadline:
            raise TimeoutError("timed out waiting for the report")


def pdf_pages(pdf: Path, out: Path, prefix: str, scale: float = 1.2) -> list[Path]:
    """Every page of ``pdf`` as a PNG (for looking at the report)."""
    document = QPdfDocument()
    document.load(str(pdf))
    written = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        image = document.render(page, QSize(int(size.width() * scale), int(size.height() * scale)))
        path = out / f"{prefix}-{page + 1:02d}.png"
        image.save(str(path))
        written.append(path)
    document.close()
    return written


def shoot(window: QMainWindow, out: Path) -> None:
    from dlzw_desktop.ui.annual_report_view import AnnualReportView
    from dlzw_desktop.ui.lwsi_view import LwsiView, ReferenceTableImportDialog
    from dlzw_desktop.ui.programme_costs_view import ProgrammeCostDialog, ProgrammeCostsView
    from dlzw_desktop.ui.reports_view import ReportsView

    services = window.services  # type: ignore[attr-defined]
    year = today_berlin().year - 1
    window.show_section("reports")  # type: ignore[attr-defined]
    view = window.section_widget("reports")  # type: ignore[attr-defined]
    assert isinstance(view, ReportsView)
    annual = view.show_tab(0)
    assert isinstance(annual, AnnualReportView)
    folder = Path(tempfile.mkdtemp(prefix="dlzw-report-"))
    annual._ui.year_spin.setValue(year)
    annual._ui.folder_edit.setText(str(folder))
    annual._ui.generate_button.click()
    _until(lambda: not annual.running)
    _pump()
    window.grab().save(str(out / "reports_annual.png"))
    pdf = folder / f"Jahresbericht_Mikrofinanzierung_{year}.pdf"
    if pdf.exists():
        pdf_pages(pdf, out, "report_annual_page")

    costs = view.show_tab(1)
    assert isinstance(costs, ProgrammeCostsView)
    costs._ui.year_spin.setValue(year)
    _pump(1.0)
    window.grab().save(str(out / "reports_costs.png"))
    dialog: QWidget = ProgrammeCostDialog(services, year, None, window)
    dialog.show()
    _pump()
    dialog.grab().save(str(out / "reports_cost_dialog.png"))
    dialog.close()

    if not services.lwsi.reference_tables() and EXAMPLE_GVA.exists():
        # Set up as the database's administrator (the window may be signed in as an advisor).
        from dlzw_desktop.services.registry import open_services

        admin = open_services(services.info.location(), migrate=False)
        admin.users.local_principal("dlzw.admin")  # the first user of the screenshot database: admin
        admin.lwsi.import_gva_table(
            EXAMPLE_GVA, source="Beispieltabelle (keine amtlichen Werte)", year=year - 2
        )
        admin.lwsi.set_city_base_year(year - 1)
        admin.close()
    lwsi = view.show_tab(2)
    assert isinstance(lwsi, LwsiView)
    lwsi.refresh()
    _pump(1.0)
    lwsi._ui.compute_button.click()
    _until(lwsi._ui.compute_button.isEnabled)
    _pump(1.0)
    window.grab().save(str(out / "reports_lwsi.png"))
    importer = ReferenceTableImportDialog(services, window)
    importer.show()
    _pump()
    importer.grab().save(str(out / "reports_import_dialog.png"))
    importer.close()

    window.show_section("overview")  # type: ignore[attr-defined]
    overview = window.section_widget("overview")  # type: ignore[attr-defined]
    overview.refresh()  # as F5 does: the LWSI was computed meanwhile
    _pump(2.0)
    window.grab().save(str(out / "overview.png"))
    ui = overview._ui  # type: ignore[attr-defined]
    ui.overview_scroll_area.ensureWidgetVisible(ui.dashboard_group, 0, 0)
    _pump(0.5)
    window.grab().save(str(out / "overview_dashboard.png"))
