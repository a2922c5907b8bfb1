"""User administration: create, edit, assign passwords, unlock, deactivate; the session timeout."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.errors import DlzwError
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.user_service import UserRow
from dlzw_desktop.ui.generated.ui_users_dialog import Ui_UsersDialog
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.password_dialog import PasswordDialog, PasswordMode
from dlzw_desktop.ui.row_table_model import SORT_ROLE
from dlzw_desktop.ui.security_format import name_buttons, name_table_parts
from dlzw_desktop.ui.user_edit_dialog import UserEditDialog
from dlzw_desktop.ui.user_table_model import UserTableModel
from dlzw_desktop.ui.workers import run_in_background


class UsersDialog(QDialog):
    """Lists the users of the database; every change goes through ``UserService`` (admins only)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_UsersDialog()
        self._ui.setupUi(self)
        self._model = UserTableModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SORT_ROLE)
        self._ui.users_table.setModel(self._proxy)
        self._ui.users_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._ui.users_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._ui.users_table.doubleClicked.connect(self._on_edit_button_clicked)
        self._ui.new_button.clicked.connect(self._on_new_button_clicked)
        self._ui.edit_button.clicked.connect(self._on_edit_button_clicked)
        self._ui.reset_password_button.clicked.connect(self._on_reset_password_button_clicked)
        self._ui.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self._ui.active_button.clicked.connect(self._on_active_button_clicked)
        self._ui.timeout_save_button.clicked.connect(self._on_timeout_save_button_clicked)
        name_buttons(self._ui.button_box)
        name_table_parts(self._ui.users_table)
        self._ui.button_box.rejected.connect(self.reject)
        self._update_buttons()
        self.reload()
        run_in_background(
            services.users.session_timeout_minutes,
            self._ui.timeout_spin.setValue,
            self._on_failed,
            context=self,
        )

    def reload(self) -> None:
        run_in_background(self._services.users.users, self._on_loaded, self._on_failed, context=self)

    def _on_loaded(self, rows: list[UserRow]) -> None:
        selected = self._selected()
        self._model.set_rows(rows)
        if selected is not None:
            for row, user in enumerate(self._model.rows()):
                if user.id == selected.id:
                    self._ui.users_table.selectRow(self._proxy.mapFromSource(self._model.index(row, 0)).row())
        self._update_buttons()

    def _selected(self) -> UserRow | None:
        indexes = self._ui.users_table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self._model.row_at(self._proxy.mapToSource(indexes[0]).row())

    def _update_buttons(self, *_args: object) -> None:
        user = self._selected()
        for button in (self._ui.edit_button, self._ui.reset_password_button, self._ui.active_button):
            button.setEnabled(user is not None)
        self._ui.unlock_button.setEnabled(user is not None and user.locked(utc_now()))
        if user is not None:
            self._ui.active_button.setText(
                self.tr("&Reactivate") if not user.active else self.tr("&Deactivate")
            )

    def _on_new_button_clicked(self) -> None:
        dialog = UserEditDialog(self._services, None, self)
        dialog.saved.connect(
            lambda row: self._done(self.tr("{name} can now sign in.").format(name=row.display_name))
        )
        dialog.open()

    def _on_edit_button_clicked(self, *_args: object) -> None:
        user = self._selected()
        if user is None:
            return
        dialog = UserEditDialog(self._services, user, self)
        dialog.saved.connect(lambda row: self._done(self.tr("{name} saved.").format(name=row.display_name)))
        dialog.open()

    def _on_reset_password_button_clicked(self) -> None:
        user = self._selected()
        if user is None:
            return
        users = self._services.users
        dialog = PasswordDialog(
            PasswordMode.ASSIGN,
            lambda _current, new, repeat: users.reset_password(user.id, user.version, new, repeat),
            username=user.username,
            display_name=user.display_name,
            parent=self,
        )
        dialog.changed.connect(
            lambda: self._done(
                self.tr("New password of {name} saved; they choose their own at the next sign-in.").format(
                    name=user.display_name
                )
            )
        )
        dialog.open()

    def _on_unlock_button_clicked(self) -> None:
        user = self._selected()
        if user is None:
            return
        run_in_background(
            lambda: self._services.users.unlock(user.id),
            lambda row: self._done(self.tr("{name} unlocked.").format(name=row.display_name)),
            self._on_failed,
            context=self,
        )

    def _on_active_button_clicked(self) -> None:
        user = self._selected()
        if user is None:
            return
        if user.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate user"),
                self.tr("Deactivate {name}? They can no longer sign in; their history stays.").format(
                    name=user.display_name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        run_in_background(
            lambda: self._services.users.set_active(user.id, user.version, not user.active),
            lambda row: self._done(
                (self.tr("{name} reactivated.") if row.active else self.tr("{name} deactivated.")).format(
                    name=row.display_name
                )
            ),
            self._on_failed,
            context=self,
        )

    def _on_timeout_save_button_clicked(self) -> None:
        minutes = self._ui.timeout_spin.value()
        run_in_background(
            lambda: self._services.users.set_session_timeout_minutes(minutes),
            lambda _none: self._done(
                self.tr(
                    "Sessions now end after {minutes} minutes without activity (from the next sign-in)."
                ).format(minutes=minutes)
            ),
            self._on_failed,
            context=self,
        )

    def _done(self, message: str) -> None:
        self._ui.message_label.setText(message)
        self.reload()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, DlzwError):
            self._ui.message_label.setText(user_message(error))
            self.reload()
            return
        show_error(self, error)
