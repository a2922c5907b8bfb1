"""Personen & Unternehmen: founders, co-founders and guarantors, and their businesses; intake dialogs."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QWidget

from dlzw_desktop.services.intake_service import BusinessRow, PersonRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui import case_labels  # noqa: F401 - registers the labels of the case screens
from dlzw_desktop.ui.business_dialog import BusinessDialog
from dlzw_desktop.ui.generated.ui_people_view import Ui_PeopleView
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.person_dialog import PersonDialog
from dlzw_desktop.ui.row_table_model import RowTableModel, shown
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)


class PeopleView(QWidget):
    """Two searchable lists; Enter or "Edit…" opens the record, "New…" records one (with duplicate check).

    Signals: ``person_opened(PersonRow)`` and ``business_opened(BusinessRow)`` when a record is opened.
    """

    person_opened = Signal(object)
    business_opened = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_PeopleView()
        self._ui.setupUi(self)
        ui = self._ui
        font = QFont(ui.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        ui.title_label.setFont(font)
        self._persons = RowTableModel[PersonRow](
            [
                shown(self.tr("Family name"), lambda p: p.family_name),
                shown(self.tr("Given names"), lambda p: p.given_names),
                shown(self.tr("Birth date"), lambda p: p.birth_date),
                shown(self.tr("Postcode"), lambda p: p.postcode),
                shown(self.tr("Phone"), lambda p: p.phone),
                shown(
                    self.tr("Businesses"),
                    lambda p: ", ".join(f"{m.business_name} ({m.role.value})" for m in p.memberships),
                    text=lambda p: ", ".join(m.business_name for m in p.memberships),
                ),
            ],
            self,
        )
        self._businesses = RowTableModel[BusinessRow](
            [
                shown(self.tr("Name"), lambda b: b.name),
                shown(self.tr("Legal form"), lambda b: b.legal_form),
                shown(self.tr("Sector (WZ 2008)"), lambda b: b.sector_label),
                shown(self.tr("Borough"), lambda b: b.borough_name),
                shown(self.tr("People"), lambda b: ", ".join(m.person_name for m in b.members)),
            ],
            self,
        )
        ui.persons_table.setModel(self._persons)
        ui.businesses_table.setModel(self._businesses)
        ui.persons_table.setSortingEnabled(True)
        ui.businesses_table.setSortingEnabled(True)
        self._person_timer = self._debounce(self.refresh_persons)
        self._business_timer = self._debounce(self.refresh_businesses)
        ui.person_search_edit.textChanged.connect(lambda _t: self._person_timer.start())
        ui.business_search_edit.textChanged.connect(lambda _t: self._business_timer.start())
        ui.new_person_button.clicked.connect(self._on_new_person_button_clicked)
        ui.import_button.clicked.connect(self._on_import_button_clicked)
        ui.new_business_button.clicked.connect(self._on_new_business_button_clicked)
        ui.edit_person_button.clicked.connect(self._on_edit_person_button_clicked)
        ui.edit_business_button.clicked.connect(self._on_edit_business_button_clicked)
        ui.consents_button.clicked.connect(self._on_consents_button_clicked)
        ui.persons_table.activated.connect(lambda _index: self._on_edit_person_button_clicked())
        ui.businesses_table.activated.connect(lambda _index: self._on_edit_business_button_clicked())
        self.refresh_persons()
        self.refresh_businesses()

    def _debounce(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(200)
        timer.timeout.connect(slot)
        return timer

    def _load(self, edit: QLineEdit, fetch: Callable[[str], list[Any]], model: RowTableModel[Any]) -> None:
        text = edit.text()

        def show(rows: list[Any]) -> None:
            if edit.text() == text:  # an answer for older text is dropped
                model.set_rows(rows)

        run_in_background(lambda: fetch(text), show, self._on_failed, context=self)

    def refresh_persons(self) -> None:
        self._load(self._ui.person_search_edit, self._services.intake.list_persons, self._persons)

    def refresh_businesses(self) -> None:
        self._load(
            self._ui.business_search_edit,
            self._services.intake.list_businesses,
            self._businesses,
        )

    def _refresh_both(self, *_args: object) -> None:
        self.refresh_businesses()
        self.refresh_persons()

    def _on_new_person_button_clicked(self) -> None:
        dialog = PersonDialog(self._services, parent=self)
        dialog.saved.connect(lambda _row: self.refresh_persons())
        dialog.open()

    def _on_new_business_button_clicked(self) -> None:
        dialog = BusinessDialog(self._services, parent=self)
        dialog.saved.connect(self._refresh_both)
        dialog.open()

    def _on_edit_person_button_clicked(self) -> None:
        index = self._ui.persons_table.currentIndex()
        person = self._persons.row_at(index.row()) if index.isValid() else None
        if person is not None:
            self._edit_person(person)

    def _on_consents_button_clicked(self) -> None:
        """Consents per purpose (advice, lender, owners, statistics) of the selected person."""
        from dlzw_desktop.ui.consent_dialog import open_consent_dialog  # noqa: PLC0415 - on demand

        index = self._ui.persons_table.currentIndex()
        person = self._persons.row_at(index.row()) if index.isValid() else None
        if person is not None:
            open_consent_dialog(self._services, person.id, self)

    def _on_edit_business_button_clicked(self) -> None:
        index = self._ui.businesses_table.currentIndex()
        business = self._businesses.row_at(index.row()) if index.isValid() else None
        if business is not None:
            self._edit_business(business)

    def _edit_person(self, person: PersonRow) -> None:
        dialog = PersonDialog(self._services, person, parent=self)
        dialog.saved.connect(lambda _row: self.refresh_persons())
        dialog.open()
        self.person_opened.emit(person)

    def _edit_business(self, business: BusinessRow) -> None:
        dialog = BusinessDialog(self._services, business, parent=self)
        dialog.saved.connect(self._refresh_both)
        dialog.open()
        self.business_opened.emit(business)

    def open_person(self, person_id: uuid.UUID) -> None:
        """Open the person ``person_id`` (e.g. from the global search), loaded off the GUI thread."""
        run_in_background(
            lambda: self._services.intake.person(person_id), self._edit_person, self._on_failed, context=self
        )

    def open_business(self, business_id: uuid.UUID) -> None:
        """Open the business ``business_id``, loaded off the GUI thread."""
        run_in_background(
            lambda: self._services.intake.business(business_id),
            self._edit_business,
            self._on_failed,
            context=self,
        )

    def search_persons(self, text: str) -> None:
        """List the persons matching ``text`` (cursor in the person search)."""
        self._ui.person_search_edit.setText(text)
        self._ui.person_search_edit.setFocus()

    def search_businesses(self, text: str) -> None:
        """List the businesses matching ``text`` (cursor in the business search)."""
        self._ui.business_search_edit.setText(text)
        self._ui.business_search_edit.setFocus()

    def _on_import_button_clicked(self) -> None:
        from dlzw_desktop.services.importing.mapping import ImportKind  # noqa: PLC0415 - on first use
        from dlzw_desktop.ui.import_dialog import ImportDialog  # noqa: PLC0415 - on first use

        dialog = ImportDialog(self._services, ImportKind.PERSONS, self)
        dialog.imported.connect(self._refresh_both)
        dialog.open()

    def _on_failed(self, error: BaseException) -> None:
        show_error(self, error)
