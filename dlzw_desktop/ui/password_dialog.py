"""Choose a password: change your own, choose one after an administrator assigned it, or assign one."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from dlzw_desktop.domain.passwords import check_password
from dlzw_desktop.errors import DlzwError, UserError, ValidationError
from dlzw_desktop.ui.generated.ui_password_dialog import Ui_PasswordDialog
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.security_format import name_buttons
from dlzw_desktop.ui.workers import run_in_background


def rules_text() -> str:
    return QCoreApplication.translate(
        "PasswordDialog",
        "At least 12 characters, or a passphrase of four words (for example: Kaffee Fahrrad Hafen Wolke). "
        "Not your user name or your name, and not a well-known password.",
    )


def show_password_feedback(label: QLabel, password: str, username: str, display_name: str) -> None:
    """Tell the user while typing whether the password meets the rules (checked locally, no database)."""
    if not password:
        label.setText("")
        return
    try:
        check_password(password, username=username, display_name=display_name)
    except ValidationError as error:
        label.setText(user_message(error))
        return
    label.setText(QCoreApplication.translate("PasswordDialog", "✓ The password meets the rules."))


class PasswordMode(Enum):
    """Why the dialog is shown."""

    CHANGE = "change"  # the user changes their own password
    FORCED = "forced"  # an administrator assigned it: choose your own before working
    ASSIGN = "assign"  # an administrator assigns a password to somebody


class PasswordDialog(QDialog):
    """Asks for (current and) new password and hands them to ``submit`` on the database thread.

    Signals: ``changed()`` once ``submit`` succeeded (the dialog then closes).
    """

    changed = Signal()

    def __init__(
        self,
        mode: PasswordMode,
        submit: Callable[[str, str, str], Any],
        *,
        username: str,
        display_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._submit = submit
        self._username = username
        self._display_name = display_name
        self._ui = Ui_PasswordDialog()
        self._ui.setupUi(self)
        ok = self._ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save password"))
        intro = {
            PasswordMode.CHANGE: self.tr("Change the password of {name}."),
            PasswordMode.FORCED: self.tr(
                "An administrator set your password. Please choose your own now; nobody else will know it."
            ),
            PasswordMode.ASSIGN: self.tr(
                "Assign a new password to {name}. Tell it to them in person; they choose their own at the "
                "next "
                "sign-in. A lock after wrong passwords is lifted."
            ),
        }[mode]
        self._ui.intro_label.setText(intro.format(name=display_name))
        if mode is PasswordMode.ASSIGN:
            self._ui.current_label.hide()
            self._ui.current_edit.hide()
            self.setWindowTitle(self.tr("Assign password – DLZW Desktop"))
        else:
            self.setWindowTitle(self.tr("Change password – DLZW Desktop"))
        if mode is PasswordMode.FORCED:
            self._ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sign out"))
        self._ui.rules_label.setText(rules_text())
        self._ui.new_edit.textChanged.connect(self._on_new_edit_text_changed)
        name_buttons(self._ui.button_box)
        self._ui.button_box.accepted.connect(self._on_accepted)
        self._ui.button_box.rejected.connect(self.reject)

    def _on_new_edit_text_changed(self, text: str) -> None:
        show_password_feedback(self._ui.rules_label, text, self._username, self._display_name)

    def _on_accepted(self) -> None:
        current = self._ui.current_edit.text()
        new = self._ui.new_edit.text()
        repeat = self._ui.repeat_edit.text()
        self._ui.button_box.setEnabled(False)
        self._ui.message_label.setText(self.tr("Saving…"))
        run_in_background(
            lambda: self._submit(current, new, repeat), self._on_done, self._on_failed, context=self
        )

    def _on_done(self, _result: object) -> None:
        self._ui.button_box.setEnabled(True)
        self.changed.emit()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        if isinstance(error, UserError | DlzwError):
            self._ui.message_label.setText(user_message(error))
            field = getattr(error, "field", None)
            target = {"current_password": self._ui.current_edit, "password_repeat": self._ui.repeat_edit}.get(
                field or "", self._ui.new_edit
            )
            target.setFocus()
            target.selectAll()
            return
        self._ui.message_label.setText("")
        show_error(self, error)
