"""Exports of lists to Excel: written through the report builders and recorded in the audit trail."""

from __future__ import annotations

import logging
from pathlib import Path

from dlzw_desktop.db.audit import record_event
from dlzw_desktop.errors import StorageError, ValidationError
from dlzw_desktop.reports.list_xlsx import ListTable, ProgressFn, write_list_xlsx
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import Permission, requires

logger = logging.getLogger(__name__)


class ExportService(Service):
    """Writes what a list shows to a workbook; every export is audited (lists may hold personal data)."""

    @requires(Permission.EXPORT_DATA)
    def write_list(self, table: ListTable, path: Path, *, progress: ProgressFn | None = None) -> Path:
        """Write ``table`` to ``path`` (.xlsx). ``progress`` may raise to cancel; nothing is left then."""
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            raise ValidationError(
                "export.not_xlsx", "Save the export as an Excel workbook (.xlsx).", field="path"
            )
        if not target.parent.is_dir():
            raise ValidationError(
                "export.no_folder",
                "The folder {folder} does not exist. Choose an existing folder.",
                field="path",
                folder=str(target.parent),
            )
        try:
            write_list_xlsx(table, target, progress)
        except OSError as exc:
            raise StorageError(
                "export.write_failed",
                "The workbook could not be written ({reason}). Check free space and write permission, or "
                "choose another folder.",
                reason=exc.strerror or str(exc),
            ) from exc
        with self._sessions.begin() as session:
            record_event(
                session,
                "export",
                None,
                f"list '{table.title}' exported ({len(table.rows)} rows)",
                details={"file": target.name, "rows": len(table.rows), "columns": table.headers},
            )
        logger.info("list %r exported to %s", table.title, target)
        return target
