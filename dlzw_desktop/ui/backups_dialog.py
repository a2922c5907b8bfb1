"""Backups: see the automatic ones, back up now, restore one (never without a safety copy)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from dlzw_desktop.errors import DlzwError
from dlzw_desktop.services.backup_service import BackupInfo, BackupResult
from dlzw_desktop.services.permissions import Permission, allowed
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.backup_table_model import BackupTableModel
from dlzw_desktop.ui.generated.ui_backups_dialog import Ui_BackupsDialog
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.row_table_model import SORT_ROLE
from dlzw_desktop.ui.security_format import name_buttons, name_table_parts
from dlzw_desktop.ui.workers import Pool, run_in_background


class BackupsDialog(QDialog):
    """Lists backups of the open database. Restoring is the database controller's job: it closes the
    database, restores and opens it again.

    Signals: ``restore_requested(object)`` with the ``Path`` of the backup the user confirmed.
    """

    restore_requested = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_BackupsDialog()
        self._ui.setupUi(self)
        self._model = BackupTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self._model)
        proxy.setSortRole(SORT_ROLE)
        self._proxy = proxy
        self._ui.backups_table.setModel(proxy)
        self._ui.backups_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self._ui.backups_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self._ui.backups_table.selectionModel().selectionChanged.connect(self._update_buttons)
        on_server = services.context.sessions.dialect != "sqlite"
        if on_server:
            self._ui.intro_label.setText(
                self.tr(
                    "The office database lives on the PostgreSQL server. It is backed up there every night "
                    "(pg_dump with the roles); the administrator restores it with pg_restore, as the "
                    "deployment guide describes."
                )
            )
        else:
            self._ui.intro_label.setText(
                self.tr(
                    "DLZW Desktop backs up this database every day and whenever you quit, checks every "
                    "backup and keeps the newest of the last 7 days, 4 weeks and 12 months. A restore first "
                    "saves the current state as a safety copy."
                )
            )
        may_restore = allowed(services.context.user.principal.role, Permission.RESTORE) and not on_server
        self._may_restore = may_restore
        self._ui.restore_file_button.setEnabled(may_restore)
        self._ui.backup_now_button.setEnabled(not on_server)
        self._ui.backup_now_button.clicked.connect(self._on_backup_now_button_clicked)
        self._ui.restore_button.clicked.connect(self._on_restore_button_clicked)
        self._ui.restore_file_button.clicked.connect(self._on_restore_file_button_clicked)
        name_buttons(self._ui.button_box)
        name_table_parts(self._ui.backups_table)
        self._ui.button_box.rejected.connect(self.reject)
        self._update_buttons()
        if not on_server:
            self.reload()

    def reload(self) -> None:
        run_in_background(self._services.backups.backups, self._model.set_rows, self._on_failed, context=self)

    def _selected(self) -> BackupInfo | None:
        indexes = self._ui.backups_table.selectionModel().selectedRows()
        return self._model.row_at(self._proxy.mapToSource(indexes[0]).row()) if indexes else None

    def _update_buttons(self, *_args: object) -> None:
        self._ui.restore_button.setEnabled(self._may_restore and self._selected() is not None)

    def _on_backup_now_button_clicked(self) -> None:
        self._ui.backup_now_button.setEnabled(False)
        self._ui.message_label.setText(self.tr("Writing backup…"))
        run_in_background(
            self._services.backups.automatic_backup,
            self._on_backed_up,
            self._on_failed,
            context=self,
            pool=Pool.GENERAL,
        )

    def _on_backed_up(self, result: BackupResult | None) -> None:
        self._ui.backup_now_button.setEnabled(True)
        if result is not None:
            self._ui.message_label.setText(
                self.tr("Backup written and verified: {path}").format(path=result.path)
            )
        self.reload()

    def _on_restore_button_clicked(self) -> None:
        info = self._selected()
        if info is not None:
            self._confirm(info.path)

    def _on_restore_file_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(self._services.context.backups_dir),
            self.tr("DLZW backup (*.sqlite3);;All files (*)"),
        )
        if path:
            self._confirm(Path(path))

    def _confirm(self, path: Path) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the database with the backup {name}?\n\nEverything entered after that backup is "
                "replaced; the current state is saved as a safety copy first, so nothing is lost. "
                "Everybody signs in again afterwards."
            ).format(name=path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(path)
            self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.backup_now_button.setEnabled(True)
        if isinstance(error, DlzwError):
            self._ui.message_label.setText(user_message(error))
            return
        show_error(self, error)
