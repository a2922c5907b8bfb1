"""Users as the administration dialog lists them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.services.user_service import UserRow
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.row_table_model import Column, RowTableModel
from dlzw_desktop.ui.security_format import moment_text


def _state(row: UserRow) -> str:
    if not row.active:
        return QCoreApplication.translate("UserTableModel", "deactivated")
    if row.locked(utc_now()):
        return QCoreApplication.translate("UserTableModel", "locked until {time}").format(
            time=moment_text(row.locked_until)[-8:-3]
        )
    if not row.has_password:
        return QCoreApplication.translate("UserTableModel", "no password")
    if row.must_change_password:
        return QCoreApplication.translate("UserTableModel", "must choose a password")
    return QCoreApplication.translate("UserTableModel", "active")


class UserTableModel(RowTableModel[UserRow]):
    """Columns: user name, name, role, state, last sign-in."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("UserTableModel", "User name"), lambda r: r.username),
                Column(QCoreApplication.translate("UserTableModel", "Name"), lambda r: r.display_name),
                Column(QCoreApplication.translate("UserTableModel", "Role"), lambda r: enum_label(r.role)),
                Column(QCoreApplication.translate("UserTableModel", "State"), _state),
                Column(
                    QCoreApplication.translate("UserTableModel", "Last sign-in"),
                    lambda r: r.last_sign_in_at.isoformat() if r.last_sign_in_at else "",
                    text=lambda r: moment_text(r.last_sign_in_at),
                ),
            ],
            parent,
        )
