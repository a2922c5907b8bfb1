"""Open a new case: find the business (or record it with its founders), then the case's own fields."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import CaseSource
from dlzw_desktop.domain.money import ZERO
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.case_detail import CaseDetail
from dlzw_desktop.services.case_service import CaseDraft
from dlzw_desktop.services.intake_service import BusinessRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.user_service import UserRow
from dlzw_desktop.ui import case_labels
from dlzw_desktop.ui.business_dialog import BusinessDialog
from dlzw_desktop.ui.case_labels import add_choice, choice, select_choice
from dlzw_desktop.ui.generated.ui_new_case_dialog import Ui_NewCaseDialog
from dlzw_desktop.ui.labels import enum_items
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)


def business_line(business: BusinessRow) -> str:
    people = ", ".join(m.person_name for m in business.members)
    place = " ".join(p for p in (business.street, business.postcode) if p)
    return " · ".join(part for part in (business.name, people, place) if part)


class NewCaseDialog(QDialog):
    """Signals: ``opened(object)`` with the ``CaseDetail`` of the new case."""

    opened = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_NewCaseDialog()
        self._ui.setupUi(self)
        case_labels.name_buttons(self._ui.button_box)
        ui = self._ui
        for text, source in enum_items(list(CaseSource)):
            add_choice(ui.source_combo, text, source)
        select_choice(ui.source_combo, CaseSource.OTHER)
        ui.opened_edit.setText(today_berlin().strftime("%d.%m.%Y"))
        self._fields = {
            "business_id": ui.business_edit,
            "requested_amount": ui.amount_edit,
            "opened_on": ui.opened_edit,
            "advisor_id": ui.advisor_combo,
        }
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._search)
        ui.business_edit.textEdited.connect(lambda _text: self._timer.start())
        ui.new_business_button.clicked.connect(self._on_new_business_button_clicked)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        run_in_background(self._services.users.advisors, self._on_advisors, self._on_failed, context=self)

    def _on_advisors(self, advisors: list[UserRow]) -> None:
        me = self._services.context.user.principal.user_id
        for advisor in advisors:
            add_choice(self._ui.advisor_combo, advisor.display_name, advisor.id)
        select_choice(self._ui.advisor_combo, me)

    def _search(self) -> None:
        text = self._ui.business_edit.text().strip()
        run_in_background(
            lambda: self._services.intake.list_businesses(text, limit=50),
            self._on_businesses,
            self._on_failed,
            context=self,
        )

    def _on_businesses(self, businesses: list[BusinessRow]) -> None:
        listing = self._ui.businesses_list
        listing.clear()
        for business in businesses:
            item = QListWidgetItem(business_line(business))
            item.setData(Qt.ItemDataRole.UserRole, business)
            listing.addItem(item)
        if businesses:
            listing.setCurrentRow(0)

    def _on_new_business_button_clicked(self) -> None:
        dialog = BusinessDialog(self._services, parent=self)
        dialog.saved.connect(self.choose_business)
        dialog.open()

    def choose_business(self, business: BusinessRow) -> None:
        """Make ``business`` the one the case is opened for."""
        self._on_businesses([business])
        self._ui.business_edit.setText(business.name)

    def _on_button_box_accepted(self) -> None:
        ui = self._ui
        item = ui.businesses_list.currentItem()
        try:
            if item is None:
                raise ValidationError(
                    "case.business_not_chosen",
                    "Choose the business from the list (type part of its name), or record a new business.",
                    field="business_id",
                )
            business: BusinessRow = item.data(Qt.ItemDataRole.UserRole)
            amount = case_labels.read_amount(ui.amount_edit, "requested_amount", required=False)
            draft = CaseDraft(
                business_id=business.id,
                advisor_id=choice(ui.advisor_combo),
                source=choice(ui.source_combo),
                requested_amount=amount if amount is not None else ZERO,
                purpose=ui.purpose_edit.toPlainText(),
                opened_on=case_labels.read_date(ui.opened_edit, "opened_on"),
            )
        except ValidationError as error:
            self._on_failed(error)
            return
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        run_in_background(
            lambda: self._services.cases.open_case(draft), self._on_opened, self._on_failed, context=self
        )

    def _on_opened(self, case: CaseDetail) -> None:
        self.opened.emit(case)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if isinstance(error, ValidationError):
            case_labels.focus_field(self._fields, error)
        show_error(self, error)
