"""Data protection for administrators: information and erasure for a person, legal hold, retention
periods and the yearly run, and the record of processing activities."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QInputDialog, QMessageBox, QSpinBox, QWidget

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.retention import RecordType, RetentionRules
from dlzw_desktop.errors import DlzwError
from dlzw_desktop.services.data_protection_service import (
    ErasureResult,
    ExportResult,
    PersonHit,
    RetentionPlan,
    RetentionResult,
)
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.consent_dialog import open_consent_dialog
from dlzw_desktop.ui.generated.ui_data_protection_dialog import Ui_DataProtectionDialog
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.person_hit_table_model import PersonHitTableModel
from dlzw_desktop.ui.row_table_model import SORT_ROLE
from dlzw_desktop.ui.security_format import date_text, name_buttons, name_table_parts
from dlzw_desktop.ui.workers import Pool, run_in_background


class DataProtectionDialog(QDialog):
    """Three tabs: people (Art. 15, 17, legal hold, consents), retention, record of processing."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_DataProtectionDialog()
        self._ui.setupUi(self)
        self._model = PersonHitTableModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SORT_ROLE)
        self._ui.persons_table.setModel(self._proxy)
        self._ui.persons_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self._ui.persons_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._spins: dict[RecordType, QSpinBox] = {
            RecordType.CASE_WITH_LOAN: self._ui.case_with_loan_spin,
            RecordType.CASE_WITHOUT_LOAN: self._ui.case_without_loan_spin,
            RecordType.CONTACT_WITHOUT_CASE: self._ui.contact_spin,
            RecordType.ATTACHMENT: self._ui.attachment_spin,
            RecordType.APPOINTMENT: self._ui.appointment_spin,
            RecordType.SPACE_REQUEST: self._ui.space_request_spin,
        }
        self._ui.search_button.clicked.connect(self._on_search_button_clicked)
        self._ui.search_edit.returnPressed.connect(self._on_search_button_clicked)
        self._ui.export_button.clicked.connect(self._on_export_button_clicked)
        self._ui.consents_button.clicked.connect(self._on_consents_button_clicked)
        self._ui.legal_hold_button.clicked.connect(self._on_legal_hold_button_clicked)
        self._ui.erase_button.clicked.connect(self._on_erase_button_clicked)
        self._ui.save_rules_button.clicked.connect(self._on_save_rules_button_clicked)
        self._ui.preview_button.clicked.connect(self._on_preview_button_clicked)
        self._ui.run_button.clicked.connect(self._on_run_button_clicked)
        self._ui.record_pdf_button.clicked.connect(lambda: self._export_record("pdf"))
        self._ui.record_markdown_button.clicked.connect(lambda: self._export_record("md"))
        name_buttons(self._ui.button_box)
        name_table_parts(self._ui.persons_table)
        self._ui.button_box.rejected.connect(self.reject)
        self._update_buttons()
        run_in_background(
            services.data_protection.retention_rules, self._show_rules, self._on_failed, context=self
        )
        run_in_background(
            services.data_protection.last_retention_run, self._show_last_run, self._on_failed, context=self
        )

    # -- people ------------------------------------------------------------------------------------

    def _on_search_button_clicked(self) -> None:
        text = self._ui.search_edit.text()
        run_in_background(
            lambda: self._services.data_protection.find_persons(text),
            self._on_found,
            self._on_failed,
            context=self,
        )

    def _on_found(self, hits: list[PersonHit]) -> None:
        self._model.set_rows(hits)
        self._ui.message_label.setText(self.tr("People found: {count}").format(count=len(hits)))
        if hits:
            self._ui.persons_table.selectRow(0)
        self._update_buttons()

    def _selected(self) -> PersonHit | None:
        indexes = self._ui.persons_table.selectionModel().selectedRows()
        return self._model.row_at(self._proxy.mapToSource(indexes[0]).row()) if indexes else None

    def _update_buttons(self, *_args: object) -> None:
        hit = self._selected()
        usable = hit is not None and not hit.anonymised
        for button in (self._ui.export_button, self._ui.consents_button):
            button.setEnabled(hit is not None)
        self._ui.legal_hold_button.setEnabled(usable)
        self._ui.erase_button.setEnabled(usable and hit is not None and not hit.legal_hold)
        if hit is not None:
            self._ui.legal_hold_button.setText(
                self.tr("Lift &legal hold…") if hit.legal_hold else self.tr("&Legal hold…")
            )

    def _on_export_button_clicked(self) -> None:
        hit = self._selected()
        if hit is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the information (Art. 15)"), str(Path.home())
        )
        if not folder:
            return
        self._ui.message_label.setText(self.tr("Writing the information…"))
        run_in_background(
            lambda: self._services.data_protection.export_person(hit.id, Path(folder)),
            self._on_exported,
            self._on_failed,
            context=self,
            pool=Pool.GENERAL,
        )

    def _on_exported(self, result: ExportResult) -> None:
        self._ui.message_label.setText(
            self.tr("Information written to {folder} (PDF, JSON and {files} files).").format(
                folder=result.folder, files=result.files_copied
            )
        )

    def _on_consents_button_clicked(self) -> None:
        hit = self._selected()
        if hit is not None:
            open_consent_dialog(self._services, hit.id, self)

    def _on_legal_hold_button_clicked(self) -> None:
        hit = self._selected()
        if hit is None:
            return
        if hit.legal_hold:
            prompt = self.tr("Why is the legal hold of {name} lifted?").format(name=hit.name)
        else:
            prompt = self.tr(
                "Why must the data of {name} be kept (for example the file number of a court case)? While "
                "the hold lasts, the person is restricted instead of anonymised."
            ).format(name=hit.name)
        reason, ok = QInputDialog.getText(self, self.tr("Legal hold"), prompt)
        if not ok:
            return
        run_in_background(
            lambda: self._services.data_protection.set_legal_hold(
                hit.id, hit.version, not hit.legal_hold, reason
            ),
            lambda _hit: self._after_change(self.tr("Legal hold saved.")),
            self._on_failed,
            context=self,
        )

    def _on_erase_button_clicked(self) -> None:
        hit = self._selected()
        if hit is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Erase person"),
            self.tr("On whose request and when (for example: letter of 02.01.2027)?"),
        )
        if not ok:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Erase person"),
            self.tr(
                "Erase {name} for good? Names, contact details, notes and files are removed from the "
                "database "
                "and its audit trail; the statistics keep only what they count. This cannot be undone. "
                "Backups made before now still contain the person until they rotate away."
            ).format(name=hit.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._ui.message_label.setText(self.tr("Erasing…"))
        run_in_background(
            lambda: self._services.data_protection.erase_person(hit.id, hit.version, reason),
            self._on_erased,
            self._on_failed,
            context=self,
        )

    def _on_erased(self, result: ErasureResult) -> None:
        text = self.tr("Erased: {rows} records anonymised, {files} files deleted.").format(
            rows=result.rows_anonymised, files=result.files_deleted
        )
        if result.kept_shared:
            text += " " + self.tr("Kept because other people run them too: {names}.").format(
                names=", ".join(result.kept_shared)
            )
        self._after_change(text)

    def _after_change(self, message: str) -> None:
        self._ui.message_label.setText(message)
        if self._ui.search_edit.text().strip():
            text = self._ui.search_edit.text()
            run_in_background(
                lambda: self._services.data_protection.find_persons(text),
                self._model.set_rows,
                self._on_failed,
                context=self,
            )

    # -- retention ---------------------------------------------------------------------------------

    def _show_rules(self, rules: RetentionRules) -> None:
        for kind, spin in self._spins.items():
            spin.setValue(rules.months[kind])

    def _on_rules_saved(self, rules: RetentionRules) -> None:
        self._show_rules(rules)
        self._ui.message_label.setText(self.tr("Periods saved."))

    def _show_last_run(self, last: object) -> None:
        if last is None:
            text = self.tr("The yearly run has not been made yet.")
        else:
            text = self.tr("Last run: {day}.").format(day=date_text(last))  # type: ignore[arg-type]
        self._ui.last_run_label.setText(text)

    def _on_save_rules_button_clicked(self) -> None:
        changes = {kind: spin.value() for kind, spin in self._spins.items()}
        run_in_background(
            lambda: self._services.data_protection.set_retention_rules(changes),
            self._on_rules_saved,
            self._on_failed,
            context=self,
        )

    def _on_preview_button_clicked(self) -> None:
        run_in_background(
            self._services.data_protection.retention_preview, self._show_plan, self._on_failed, context=self
        )

    def _show_plan(self, plan: RetentionPlan) -> None:
        self._ui.plan_list.clear()
        for due in plan.persons:
            action = self.tr("restrict (legal hold)") if due.restrict_only else self.tr("anonymise")
            self._ui.plan_list.addItem(
                self.tr("{name}: {action}, due since {day}").format(
                    name=due.name, action=action, day=date_text(due.due_on)
                )
            )
        self._ui.plan_list.addItem(
            self.tr(
                "Files to delete: {files}; visitor names to clear: {names}; request notes to clear: {notes}"
            ).format(files=plan.attachments, names=plan.appointments, notes=plan.space_requests)
        )
        self._ui.message_label.setText(
            self.tr("On {day}, {count} people are due.").format(
                day=date_text(plan.on), count=len(plan.persons)
            )
        )

    def _on_run_button_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Run retention"),
            self.tr(
                "Anonymise everybody whose retention periods have ended, restrict people under a legal hold "
                "and delete expired files now? This cannot be undone."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._ui.run_button.setEnabled(False)
        self._ui.message_label.setText(self.tr("Running…"))
        run_in_background(
            self._services.data_protection.run_retention, self._on_ran, self._on_failed, context=self
        )

    def _on_ran(self, result: RetentionResult) -> None:
        self._ui.run_button.setEnabled(True)
        self._ui.plan_list.clear()
        self._show_last_run(result.on)
        self._ui.message_label.setText(
            self.tr(
                "Done: {anonymised} anonymised, {restricted} restricted, {files} files deleted, "
                "{names} visitor names cleared."
            ).format(
                anonymised=result.anonymised,
                restricted=result.restricted,
                files=result.attachments_deleted,
                names=result.appointments_cleared,
            )
        )

    # -- record of processing ----------------------------------------------------------------------

    def _export_record(self, kind: str) -> None:
        suffix = "pdf" if kind == "pdf" else "md"
        suggestion = Path.home() / f"Verarbeitungsverzeichnis-{today_berlin():%Y-%m-%d}.{suffix}"
        filters = self.tr("PDF document (*.pdf)") if kind == "pdf" else self.tr("Markdown text (*.md)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the record of processing activities"), str(suggestion), filters
        )
        if not path:
            return
        run_in_background(
            lambda: self._services.data_protection.export_processing_record(Path(path)),
            lambda written: self._ui.message_label.setText(self.tr("Written: {path}").format(path=written)),
            self._on_failed,
            context=self,
            pool=Pool.GENERAL,
        )

    def _on_failed(self, error: BaseException) -> None:
        self._ui.run_button.setEnabled(True)
        if isinstance(error, DlzwError):
            self._ui.message_label.setText(user_message(error))
            return
        show_error(self, error)
