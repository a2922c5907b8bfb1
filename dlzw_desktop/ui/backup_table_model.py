"""Backups beside the database, newest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from dlzw_desktop.services.backup_service import BackupInfo
from dlzw_desktop.ui.row_table_model import Column, RowTableModel
from dlzw_desktop.ui.security_format import moment_text


def _kind(info: BackupInfo) -> str:
    if info.automatic:
        return QCoreApplication.translate("BackupTableModel", "automatic")
    if info.path.name.startswith("vor-wiederherstellung"):
        return QCoreApplication.translate("BackupTableModel", "before a restore")
    return QCoreApplication.translate("BackupTableModel", "manual")


class BackupTableModel(RowTableModel[BackupInfo]):
    """Columns: created, kind, size, file."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("BackupTableModel", "Created"),
                    lambda b: b.created_at.isoformat(),
                    text=lambda b: moment_text(b.created_at),
                ),
                Column(QCoreApplication.translate("BackupTableModel", "Kind"), _kind),
                Column(
                    QCoreApplication.translate("BackupTableModel", "Size"),
                    lambda b: b.size_bytes,
                    text=lambda b: QLocale().formattedDataSize(b.size_bytes),
                    numeric=True,
                ),
                Column(
                    QCoreApplication.translate("BackupTableModel", "File"),
                    lambda b: b.path.name,
                    tooltip=lambda b: str(b.path),
                ),
            ],
            parent,
        )
