"""Screenshots of the case screens for ``docs/screenshots.py``: the searched case list, every tab of a
case in monitoring, the intake dialogs with a duplicate offer, the conflict dialog, the recommendation
letter's first page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMainWindow


def _settle(app: QApplication) -> None:
    from dlzw_desktop.ui.workers import wait_for_all

    for _ in range(30):
        app.processEvents()
        wait_for_all(2000)
    app.processEvents()


def _case_in(services: Any, stage: str) -> Any:
    from dlzw_desktop.domain.enums import CaseStage
    from dlzw_desktop.services.case_search import CaseQuery

    rows = services.cases.search(CaseQuery(stages=(CaseStage(stage),), limit=50)).rows
    return rows[0] if rows else services.cases.search(CaseQuery(limit=1)).rows[0]


def _with_recommendation(services: Any) -> Any:
    from dlzw_desktop.domain.enums import CaseStage
    from dlzw_desktop.services.case_search import CaseQuery

    stages = (CaseStage.RECOMMENDED, CaseStage.APPROVED, CaseStage.DISBURSED, CaseStage.MONITORING)
    for row in services.cases.search(CaseQuery(stages=stages, limit=100)).rows:
        if services.cases.case(row.id).recommendation is not None:
            return row
    raise LookupError("no case with a recommendation in the demo data")


def shoot(window: QMainWindow, out: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    from dlzw_desktop.errors import ConflictError
    from dlzw_desktop.ui import case_labels
    from dlzw_desktop.ui.business_dialog import BusinessDialog
    from dlzw_desktop.ui.conflict_dialog import ConflictDialog, conflict_fields
    from dlzw_desktop.ui.new_case_dialog import NewCaseDialog
    from dlzw_desktop.ui.person_dialog import PersonDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    services = window.services  # type: ignore[attr-defined]
    window.show_section("cases")  # type: ignore[attr-defined]
    cases = window.section_widget("cases")  # type: ignore[attr-defined]
    _settle(app)
    person = services.intake.list_persons(limit=1)[0]
    cases._ui.search_edit.setText(person.family_name[:4])
    _settle(app)
    window.grab().save(str(out / "cases_search.png"))
    cases._ui.search_edit.clear()

    row = _case_in(services, "monitoring")
    cases.open_case(row.id)
    _settle(app)
    view = cases.case_view
    ui = view._ui
    for index in range(ui.tabs_widget.count()):
        ui.tabs_widget.setCurrentIndex(index)
        _settle(app)
        name = ui.tabs_widget.widget(index).objectName().removesuffix("_tab")
        window.grab().save(str(out / f"case_{index + 1}_{name}.png"))
    ui.tabs_widget.setCurrentIndex(0)

    recommended = _with_recommendation(services)
    letter = services.recommendations.write_letter(recommended.id, out / "recommendation_letter.pdf")
    document = QPdfDocument()
    document.load(str(letter))
    size = document.pagePointSize(0)
    document.render(0, QSize(int(size.width() * 1.4), int(size.height() * 1.4))).save(
        str(out / "recommendation_letter_page1.png")
    )
    document.close()

    new_case = NewCaseDialog(services, window)
    new_case.show()
    new_case._ui.business_edit.setText(recommended.business_name[:5])
    new_case._search()
    _settle(app)
    new_case.grab().save(str(out / "case_new_dialog.png"))
    new_case.close()

    business = BusinessDialog(services, parent=window)
    business.show()
    business._ui.name_edit.setText("Salon Çağlar")
    business._ui.sector_edit.setText("Friseur")
    business._search_sectors()
    business._ui.postcode_edit.setText("44137")
    business._on_postcode_edit_text_edited("44137")
    _settle(app)
    if business._sector_model.rowCount():
        business.choose_sector(business._sector_model.stringList()[0])
    _settle(app)
    business.grab().save(str(out / "business_dialog.png"))
    business.close()

    existing = services.intake.person(person.id)
    dialog = PersonDialog(services, parent=window)
    dialog.show()
    dialog._ui.family_name_edit.setText(existing.family_name)
    dialog._ui.given_names_edit.setText(existing.given_names)
    if existing.birth_date:
        dialog._ui.birth_date_edit.setText(existing.birth_date.strftime("%d.%m.%Y"))
    dialog._on_button_box_accepted()  # finds the recorded person and offers it
    _settle(app)
    dialog.grab().save(str(out / "person_dialog_duplicate.png"))
    dialog.close()

    error = ConflictError(
        "edit.conflict",
        mine={"requested_amount": Decimal("7000.00"), "purpose": "Einrichtung und Kasse", "source": "ihk"},
        theirs={"requested_amount": Decimal("9000.00"), "purpose": "Einrichtung", "source": "ihk"},
    )
    labels = {key: case_labels.field_label(key) for key in error.mine}
    conflict = ConflictDialog(
        conflict_fields(error, labels, {"requested_amount": Decimal("9000.00"), "purpose": "Einrichtung"}),
        who="m.becker",
        parent=window,
    )
    conflict.show()
    _settle(app)
    conflict.grab().save(str(out / "conflict_dialog.png"))
    conflict.close()
    cases.show_list()
