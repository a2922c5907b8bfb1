"""Record a new property owner (a person or a company) from the property dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from dlzw_desktop.services.property_rows import OwnerDraft, PartyKind, PartyRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.generated.ui_owner_dialog import Ui_OwnerDialog
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.property_inputs import add_item, current_value, name_buttons
from dlzw_desktop.ui.workers import run_in_background


class OwnerDialog(QDialog):
    """Name and contact of a new owner; stored through ``PropertyService.create_owner``.

    Signals: ``owner_created(object)`` with the new ``PartyRow``.
    """

    owner_created = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_OwnerDialog()
        self._ui.setupUi(self)
        name_buttons(self._ui.button_box)
        for kind in (PartyKind.BUSINESS, PartyKind.PERSON):
            add_item(self._ui.kind_combo, enum_label(kind), kind)
        self._ui.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self._ui.button_box.accepted.connect(self.accept)
        self._ui.button_box.rejected.connect(self.reject)
        self._on_kind_combo_current_index_changed()

    def _on_kind_combo_current_index_changed(self) -> None:
        person = current_value(self._ui.kind_combo) is PartyKind.PERSON
        self._ui.given_names_edit.setEnabled(person)
        self._ui.name_label.setText(self.tr("Family &name:") if person else self.tr("Company &name:"))

    @override
    def accept(self) -> None:
        draft = OwnerDraft(
            kind=current_value(self._ui.kind_combo),
            name=self._ui.name_edit.text(),
            given_names=self._ui.given_names_edit.text(),
            phone=self._ui.phone_edit.text(),
            email=self._ui.email_edit.text(),
        )
        self.setEnabled(False)
        run_in_background(
            lambda: self._services.properties.create_owner(draft),
            self._on_created,
            self._on_failed,
            context=self,
        )

    def _on_created(self, row: PartyRow) -> None:
        self.setEnabled(True)
        self.owner_created.emit(row)
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self._ui.name_edit.setFocus()
        show_error(self, error)
