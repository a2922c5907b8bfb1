"""Sign in (at start, after switching user, and again after an idle session expired)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dlzw_desktop.errors import DlzwError
from dlzw_desktop.services.user_service import SignInResult
from dlzw_desktop.ui.generated.ui_sign_in_dialog import Ui_SignInDialog
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.security_format import name_buttons
from dlzw_desktop.ui.workers import run_in_background


class SignInDialog(QDialog):
    """User name and password; the check (argon2id, lockout) runs on the database thread.

    Wrong passwords, locked and deactivated accounts are explained inside the dialog. Signals:
    ``signed_in(object)`` with the ``SignInResult`` (the dialog then closes).
    """

    signed_in = Signal(object)

    def __init__(
        self,
        authenticate: Callable[[str, str], SignInResult],
        *,
        location: str,
        username: str = "",
        fixed_username: bool = False,
        intro: str | None = None,
        cancel_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._authenticate = authenticate
        self._ui = Ui_SignInDialog()
        self._ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            cancel_text or self.tr("Cancel")
        )
        if intro:
            self._ui.intro_label.setText(intro)
        self._ui.database_label.setText(self.tr("Database: {location}").format(location=location))
        self._ui.username_edit.setText(username)
        self._ui.username_edit.setReadOnly(fixed_username)
        (self._ui.password_edit if username else self._ui.username_edit).setFocus()
        name_buttons(self._ui.button_box)
        self._ui.button_box.accepted.connect(self._on_accepted)
        self._ui.button_box.rejected.connect(self.reject)

    def _on_accepted(self) -> None:
        username = self._ui.username_edit.text().strip()
        password = self._ui.password_edit.text()
        if not username or not password:
            self._ui.message_label.setText(self.tr("Please enter your user name and password."))
            (self._ui.username_edit if not username else self._ui.password_edit).setFocus()
            return
        self._ui.button_box.setEnabled(False)
        self._ui.message_label.setText(self.tr("Checking…"))
        run_in_background(
            lambda: self._authenticate(username, password), self._on_done, self._on_failed, context=self
        )

    def _on_done(self, result: SignInResult) -> None:
        self._ui.button_box.setEnabled(True)
        self._ui.password_edit.clear()
        self.signed_in.emit(result)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        self._ui.password_edit.clear()
        self._ui.password_edit.setFocus()
        if isinstance(error, DlzwError):
            self._ui.message_label.setText(user_message(error))
            return
        self._ui.message_label.setText("")
        show_error(self, error)
