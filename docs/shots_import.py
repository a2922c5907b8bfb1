"""Screenshots of the import dialog for ``docs/screenshots.py``: every step with a founders' list that has a
title row, a duplicate of a recorded person, a formula and a wrong date; a hostile file refused on the
first step; and the recommendation tab with the package for the lender."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMainWindow


def _settle(app: QApplication) -> None:
    from dlzw_desktop.ui.workers import wait_for_all

    for _ in range(30):
        app.processEvents()
        wait_for_all(2000)
    app.processEvents()


def _wait(app: QApplication, condition: Callable[[], bool], timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        app.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("the import dialog did not finish its step")
        time.sleep(0.01)


def founders_list(folder: Path, services: Any) -> Path:
    """A list as offices keep them: a title above the header, German dates, one person already recorded."""
    from openpyxl import Workbook

    known = next(p for p in services.intake.list_persons(limit=50) if p.birth_date is not None)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Gründungsberatung 2025"
    sheet.append(["Teilnehmerliste Gründungsberatung 2025 (Stand 30.06.2025)"])
    sheet.append([])
    sheet.append(["Name", "Vorname", "geb.", "PLZ", "Straße", "Firma", "Rechtsform", "Branche", "Tel."])
    rows: list[list[object]] = [
        ["Demir", "Leyla", date(1991, 3, 14), "44145", "Münsterstraße 88", "Kiosk am Nordmarkt",
         "Einzelunternehmen", "47.26", "0231 123456"],
        ["Nowak", "Piotr", "02.11.1979", "44139", "Rheinische Str. 12", "Nowak Fliesen", "GmbH", "43.33",
         "+49 231 98765"],
        [known.family_name, known.given_names, known.birth_date, known.postcode or "44137",
         known.street or "", "Zweitladen " + known.family_name, "Einzelunternehmen", None, None],
        ["Okafor", "=HYPERLINK(\"http://x\")", "31.02.1988", "44135", "Hansastraße 4", None, None, None,
         None],
        ["Schulte", "Marie", "07.07.1983", "44263", "Hörder Bahnhofstraße 5", "Atelier Schulte", "freiberuflich",  # noqa: E501
         "Ateliers für Textil-, Schmuck-, Grafik- u. ä. Design", "0231 444"],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    path = folder / "Teilnehmerliste_2025.xlsx"
    workbook.save(path)
    return path


def shoot(window: QMainWindow, out: Path) -> None:
    from dlzw_desktop.services.importing.plan import RowStatus
    from dlzw_desktop.ui.import_dialog import IMPORT, LAYOUT, MAPPING, PREVIEW, SOURCE, ImportDialog
    from dlzw_desktop.ui.row_table_model import ROW_ROLE
    from tests.services.importing import hostile

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    services = window.services  # type: ignore[attr-defined]
    folder = Path(tempfile.mkdtemp(prefix="dlzw-import-shots-"))
    path = founders_list(folder, services)
    window.show_section("people")  # type: ignore[attr-defined]
    _settle(app)
    dialog = ImportDialog(services, parent=window)
    dialog.show()
    dialog.set_path(path)
    _settle(app)
    dialog.grab().save(str(out / "import_1_file.png"))

    def step(page: int, name: str) -> None:
        dialog.next_step()
        _wait(app, lambda: dialog.page == page and not dialog.busy)
        _settle(app)
        dialog.grab().save(str(out / name))

    step(LAYOUT, "import_2_header_row.png")
    step(MAPPING, "import_3_columns.png")
    step(PREVIEW, "import_4_preview.png")
    plan = dialog.plan
    assert plan is not None
    ui = dialog._ui
    ui.filter_combo.setCurrentIndex(1)
    _settle(app)
    for position in range(ui.preview_table.model().rowCount()):
        row = ui.preview_table.model().index(position, 0).data(ROW_ROLE)
        if row is not None and row.status is RowStatus.DUPLICATE:
            ui.preview_table.selectRow(position)
            break
    _settle(app)
    dialog.grab().save(str(out / "import_4_preview_duplicate.png"))
    ui.filter_combo.setCurrentIndex(0)
    _settle(app)
    step(IMPORT, "import_5_done.png")
    dialog.close()

    refused = ImportDialog(services, parent=window)
    refused.show()
    refused.set_path(hostile.macro_workbook(folder))
    refused.next_step()
    _wait(app, lambda: not refused.busy)
    assert refused.page == SOURCE
    _settle(app)
    refused.grab().save(str(out / "import_refused_macro.png"))
    refused.set_path(hostile.zip_bomb(folder))
    refused.next_step()
    _wait(app, lambda: not refused.busy)
    _settle(app)
    refused.grab().save(str(out / "import_refused_zip_bomb.png"))
    refused.close()
