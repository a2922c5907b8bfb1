"""Create a user, or change a user's name, e-mail and role (administrators)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dlzw_desktop.domain.enums import Role
from dlzw_desktop.errors import ConflictError, DlzwError
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.user_service import UserDraft, UserRow
from dlzw_desktop.ui.conflict_dialog import resolve_conflict
from dlzw_desktop.ui.generated.ui_user_edit_dialog import Ui_UserEditDialog
from dlzw_desktop.ui.labels import enum_items
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.password_dialog import rules_text, show_password_feedback
from dlzw_desktop.ui.security_format import name_buttons
from dlzw_desktop.ui.workers import run_in_background


class UserEditDialog(QDialog):
    """New user (with a first password) or an existing one (without). Signals: ``saved(object)``."""

    saved = Signal(object)

    def __init__(
        self, services: Services, user: UserRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._ui = Ui_UserEditDialog()
        self._ui.setupUi(self)
        for label, member in enum_items(Role):
            self._ui.role_combo.addItem(label, member)
        self._ui.rules_label.setText(rules_text())
        if user is None:
            self.setWindowTitle(self.tr("New user – DLZW Desktop"))
            self._ui.role_combo.setCurrentIndex(self._ui.role_combo.findData(Role.ADVISOR))
        else:
            self.setWindowTitle(self.tr("Edit user – DLZW Desktop"))
            self._ui.username_edit.setText(user.username)
            self._ui.username_edit.setReadOnly(True)
            self._ui.display_name_edit.setText(user.display_name)
            self._ui.email_edit.setText(user.email or "")
            self._ui.role_combo.setCurrentIndex(self._ui.role_combo.findData(user.role))
            for widget in (
                self._ui.password_label,
                self._ui.password_edit,
                self._ui.repeat_label,
                self._ui.repeat_edit,
                self._ui.rules_label,
            ):
                widget.hide()
        name_buttons(self._ui.button_box)
        self._ui.password_edit.textChanged.connect(self._on_password_edit_text_changed)
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(
            self._on_save_clicked
        )
        self._ui.button_box.rejected.connect(self.reject)

    def _on_password_edit_text_changed(self, text: str) -> None:
        show_password_feedback(
            self._ui.rules_label, text, self._ui.username_edit.text(), self._ui.display_name_edit.text()
        )

    def _on_save_clicked(self) -> None:
        role = self._ui.role_combo.currentData()
        display = self._ui.display_name_edit.text()
        email = self._ui.email_edit.text()
        users = self._services.users
        if self._user is None:
            draft = UserDraft(
                self._ui.username_edit.text(),
                display,
                role,
                self._ui.password_edit.text(),
                self._ui.repeat_edit.text(),
                email,
            )
            task: Callable[[], UserRow] = lambda: users.create_user(draft)  # noqa: E731
        else:
            self._update(self._user.version, display, email, role)
            return
        self._ui.button_box.setEnabled(False)
        run_in_background(task, self._on_saved, self._on_failed, context=self)

    def _update(self, version: int, display: str, email: str | None, role: Role) -> None:
        user, users = self._user, self._services.users
        assert user is not None
        self._ui.button_box.setEnabled(False)
        run_in_background(
            lambda: users.update_user(user.id, version, display_name=display, email=email or "", role=role),
            self._on_saved,
            self._on_update_failed,
            context=self,
        )

    def _on_update_failed(self, error: BaseException) -> None:
        """Another administrator saved this user meanwhile: mine and theirs, field by field."""
        if not isinstance(error, ConflictError) or self._user is None:
            self._on_failed(error)
            return
        user = self._user
        labels = {
            "display_name": self.tr("Name"),
            "email": self.tr("E-mail"),
            "role": self.tr("Role"),
        }
        base = {"display_name": user.display_name, "email": user.email, "role": user.role}
        values = resolve_conflict(self, error, labels, base=base)
        if values is None:
            self._ui.button_box.setEnabled(True)
            self._ui.message_label.setText(
                self.tr("Nothing was saved. Open the user again to see the stored state.")
            )
            return
        self._update(
            int(error.params["version"]),
            str(values.get("display_name", user.display_name)),
            values.get("email", user.email),
            values.get("role", user.role),
        )

    def _on_saved(self, row: UserRow) -> None:
        self._ui.button_box.setEnabled(True)
        self.saved.emit(row)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        if isinstance(error, DlzwError):
            self._ui.message_label.setText(user_message(error))
            return
        show_error(self, error)
