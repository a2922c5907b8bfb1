"""The audit viewer: who changed what and when, filtered, exported to Excel, and checked for tampering."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from dlzw_desktop.domain.dates import parse_date, today_berlin
from dlzw_desktop.errors import DlzwError, ValidationError
from dlzw_desktop.services.audit_service import AuditPage, AuditQuery, ChainReport
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.audit_table_model import AuditTableModel
from dlzw_desktop.ui.generated.ui_audit_dialog import Ui_AuditDialog
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.security_format import name_buttons, name_table_parts
from dlzw_desktop.ui.workers import Pool, run_in_background


class AuditDialog(QDialog):
    """Filters on top, the trail below (newest first, more loads while scrolling)."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, query: AuditQuery | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._query = query or AuditQuery()
        self._ui = Ui_AuditDialog()
        self._ui.setupUi(self)
        self._model = AuditTableModel(self)
        self._model.request_more = self._load_more
        self._ui.audit_table.setModel(self._model)
        self._ui.audit_table.setWordWrap(False)
        self._ui.audit_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self._ui.audit_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 130, 90, 110, 110, 150, 180, 150)):
            header.resizeSection(column, width)
        self._ui.user_combo.addItem(self.tr("Everybody"), "")
        self._ui.case_edit.setText(self._query.case_number)
        self._ui.person_edit.setText(self._query.person_name)
        self._ui.apply_button.clicked.connect(self._on_apply_button_clicked)
        self._ui.reset_button.clicked.connect(self._on_reset_button_clicked)
        self._ui.verify_button.clicked.connect(self._on_verify_button_clicked)
        self._ui.export_button.clicked.connect(self._on_export_button_clicked)
        name_buttons(self._ui.button_box)
        name_table_parts(self._ui.audit_table)
        self._ui.button_box.rejected.connect(self.reject)
        for edit in (self._ui.case_edit, self._ui.person_edit, self._ui.from_edit, self._ui.to_edit):
            edit.returnPressed.connect(self._on_apply_button_clicked)
        run_in_background(services.audit.actors, self._on_actors, self._on_failed, context=self)
        self._load()

    # -- filter ------------------------------------------------------------------------------------

    def _date(self, text: str, field: str) -> date | None:
        return parse_date(text, field=field) if text.strip() else None

    def _read_filter(self) -> AuditQuery | None:
        try:
            start = self._date(self._ui.from_edit.text(), "date_from")
            end = self._date(self._ui.to_edit.text(), "date_to")
        except ValidationError as error:
            self._ui.status_label.setText(user_message(error))
            (self._ui.from_edit if error.field == "date_from" else self._ui.to_edit).setFocus()
            return None
        return replace(
            self._query,
            case_number=self._ui.case_edit.text(),
            person_name=self._ui.person_edit.text(),
            actor=self._ui.user_combo.currentData() or "",
            date_from=start,
            date_to=end,
            before_seq=None,
        )

    def _on_apply_button_clicked(self) -> None:
        query = self._read_filter()
        if query is not None:
            self._query = query
            self._load()

    def _on_reset_button_clicked(self) -> None:
        for edit in (self._ui.case_edit, self._ui.person_edit, self._ui.from_edit, self._ui.to_edit):
            edit.clear()
        self._ui.user_combo.setCurrentIndex(0)
        self._query = AuditQuery()
        self._load()

    def _on_actors(self, actors: list[str]) -> None:
        for actor in actors:
            self._ui.user_combo.addItem(actor, actor)

    # -- loading -----------------------------------------------------------------------------------

    def _load(self) -> None:
        self._ui.status_label.setText(self.tr("Loading…"))
        query = self._query
        run_in_background(
            lambda: self._services.audit.entries(query), self._on_page, self._on_failed, context=self
        )

    def _on_page(self, page: AuditPage) -> None:
        self._model.set_page(page.rows, page.has_more)
        self._show_count()

    def _load_more(self, before_seq: int) -> None:
        query = replace(self._query, before_seq=before_seq)
        run_in_background(
            lambda: self._services.audit.entries(query), self._on_more, self._on_failed, context=self
        )

    def _on_more(self, page: AuditPage) -> None:
        self._model.append_page(page.rows, page.has_more)
        self._show_count()

    def _show_count(self) -> None:
        count = len({line.row.seq for line in self._model.rows()})
        self._ui.status_label.setText(self.tr("Entries shown: {count}").format(count=count))

    # -- integrity and export ----------------------------------------------------------------------

    def _on_verify_button_clicked(self) -> None:
        self._ui.verify_button.setEnabled(False)
        self._ui.status_label.setText(self.tr("Checking every entry of the audit trail…"))
        run_in_background(self._services.audit.verify_chain, self._on_verified, self._on_failed, context=self)

    def _on_verified(self, report: ChainReport) -> None:
        self._ui.verify_button.setEnabled(True)
        self._ui.status_label.setText(chain_text(report))

    def _on_export_button_clicked(self) -> None:
        query = self._read_filter()
        if query is None:
            return
        suggestion = Path.home() / f"Protokoll-{today_berlin():%Y-%m-%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), str(suggestion), self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        self._ui.export_button.setEnabled(False)
        self._ui.status_label.setText(self.tr("Exporting…"))
        run_in_background(
            lambda: self._services.audit.export_xlsx(query, Path(path)),
            lambda lines: self._on_exported(path, lines),
            self._on_failed,
            context=self,
            pool=Pool.GENERAL,
        )

    def _on_exported(self, path: str, lines: int) -> None:
        self._ui.export_button.setEnabled(True)
        self._ui.status_label.setText(
            self.tr("{lines} lines written to {path}.").format(lines=lines, path=path)
        )

    def _on_failed(self, error: BaseException) -> None:
        self._ui.verify_button.setEnabled(True)
        self._ui.export_button.setEnabled(True)
        if isinstance(error, DlzwError):
            self._ui.status_label.setText(user_message(error))
            return
        show_error(self, error)


def chain_text(report: ChainReport) -> str:
    """The result of the integrity check in the user's language."""
    if report.ok:
        return QCoreApplication.translate(
            "AuditDialog",
            "The audit trail is intact: {count} entries checked, {redacted} of them redacted for data "
            "protection.",
        ).format(count=report.rows_checked, redacted=report.redacted_rows)
    assert report.first_break is not None
    reasons = {
        "unsealed": QCoreApplication.translate("AuditDialog", "it was written outside DLZW Desktop"),
        "content_changed": QCoreApplication.translate("AuditDialog", "its values were changed afterwards"),
        "row_changed": QCoreApplication.translate(
            "AuditDialog", "who, when or what it refers to was changed afterwards"
        ),
        "link_broken": QCoreApplication.translate(
            "AuditDialog", "an entry before it was removed, or entries were inserted"
        ),
    }
    return QCoreApplication.translate(
        "AuditDialog",
        "The audit trail was altered: entry {seq} does not match ({reason}). Keep the backups and tell the "
        "administrator and the data protection officer.",
    ).format(seq=report.first_break.seq, reason=reasons.get(report.first_break.reason, ""))
