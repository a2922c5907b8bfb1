"""The first start of a database: create the administrator account."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dlzw_desktop.errors import DlzwError
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.user_service import SignInResult, os_username
from dlzw_desktop.ui.generated.ui_first_admin_dialog import Ui_FirstAdminDialog
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.password_dialog import rules_text, show_password_feedback
from dlzw_desktop.ui.security_format import name_buttons
from dlzw_desktop.ui.workers import run_in_background


class FirstAdminDialog(QDialog):
    """User name, name and password of the administrator; saved through ``UserService``.

    Signals: ``signed_in(object)`` with a ``SignInResult`` once the account exists and is signed in.
    """

    signed_in = Signal(object)

    def __init__(self, services: Services, *, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_FirstAdminDialog()
        self._ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create and sign in"))
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._ui.rules_label.setText(rules_text())
        self._ui.message_label.setText(self.tr("Database: {location}").format(location=location))
        self._ui.username_edit.setText(os_username().casefold())
        self._ui.display_name_edit.setFocus()
        self._ui.password_edit.textChanged.connect(self._on_password_edit_text_changed)
        name_buttons(self._ui.button_box)
        self._ui.button_box.accepted.connect(self._on_accepted)
        self._ui.button_box.rejected.connect(self.reject)

    def _on_password_edit_text_changed(self, text: str) -> None:
        show_password_feedback(
            self._ui.rules_label, text, self._ui.username_edit.text(), self._ui.display_name_edit.text()
        )

    def _on_accepted(self) -> None:
        values = (
            self._ui.username_edit.text(),
            self._ui.display_name_edit.text(),
            self._ui.password_edit.text(),
            self._ui.repeat_edit.text(),
        )
        self._ui.button_box.setEnabled(False)
        self._ui.message_label.setText(self.tr("Creating the account…"))
        run_in_background(
            lambda: self._services.users.create_first_admin(*values),
            self._on_done,
            self._on_failed,
            context=self,
        )

    def _on_done(self, principal: Principal) -> None:
        self._ui.button_box.setEnabled(True)
        self.signed_in.emit(SignInResult(principal, must_change_password=False))
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        if isinstance(error, DlzwError):
            self._ui.message_label.setText(user_message(error))
            field = getattr(error, "field", None)
            target = {
                "username": self._ui.username_edit,
                "display_name": self._ui.display_name_edit,
                "password_repeat": self._ui.repeat_edit,
            }.get(field or "", self._ui.password_edit)
            target.setFocus()
            return
        show_error(self, error)
