"""Sprechtage: plan consultation days, book their slots, record walk-ins and consultations, print the
appointment list and export a calendar; take days to a laptop (check-out), bring the work back (check-in,
conflicts) and refresh a laptop for the next days.

On a laptop kit the same screen shows what the kit is and writes the check-in package; the office actions
are hidden there. Everything that touches the database runs through ``run_in_background``.
"""

from __future__ import annotations

import logging
import uuid
from datetime import time
from pathlib import Path

from PySide6.QtCore import QItemSelection, QStandardPaths, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import AppointmentStatus
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.consultation_day_service import AppointmentRow, DayDetail, DayRow
from dlzw_desktop.services.permissions import Permission, allowed
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.sync_service import (
    PACKAGE_SUFFIX,
    CheckOutResult,
    ImportResult,
    KitInfoRow,
    PackageWritten,
    PendingChanges,
    RefreshResult,
)
from dlzw_desktop.ui.appointment_consultation_dialog import AppointmentConsultationDialog
from dlzw_desktop.ui.booking_dialog import BookingDialog
from dlzw_desktop.ui.consultation_day_dialog import ConsultationDayDialog
from dlzw_desktop.ui.consultation_day_table_model import (
    ScheduleLine,
    day_model,
    hm,
    schedule_lines,
    schedule_model,
)
from dlzw_desktop.ui.generated.ui_consultation_days_view import Ui_ConsultationDaysView
from dlzw_desktop.ui.kit_checkout_dialog import KitCheckoutDialog
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.passphrase_dialog import ask_passphrase
from dlzw_desktop.ui.sync_conflicts_dialog import SyncConflictsDialog
from dlzw_desktop.ui.workers import Pool, run_in_background

logger = logging.getLogger(__name__)


def kit_days_text(kit: KitInfoRow) -> str:
    return ", ".join(f"{day.held_on:%d.%m.%Y} {day.place}" for day in kit.days)


class ConsultationDaysView(QWidget):
    """Days on the left, the selected day's schedule on the right; office or laptop-kit actions on top."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_ConsultationDaysView()
        self._ui.setupUi(self)
        ui = self._ui
        font = QFont(ui.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        ui.title_label.setFont(font)
        title = QFont(ui.day_title_label.font())
        title.setPointSizeF(title.pointSizeF() * 1.2)
        title.setBold(True)
        ui.day_title_label.setFont(title)
        ui.kit_frame.setVisible(False)
        ui.kit_frame.setStyleSheet("QFrame#kit_frame { background: #fff4ce; border: 1px solid #c19c00; }")
        ui.kit_label.setStyleSheet("color: #3b2f00;")
        ui.pending_label.setStyleSheet("color: #3b2f00; font-weight: bold;")
        self._days = day_model(self)
        self._schedule = schedule_model(self)
        ui.days_table.setModel(self._days)
        ui.appointments_table.setModel(self._schedule)
        ui.main_splitter.setStretchFactor(0, 2)
        ui.main_splitter.setStretchFactor(1, 3)
        ui.main_splitter.setSizes([480, 720])
        self._detail: DayDetail | None = None
        self._kit: KitInfoRow | None = None
        self._all_days: list[DayRow] = []
        self._template_requested = False
        role = services.context.user.principal.role
        self._may_edit = allowed(role, Permission.EDIT_CASES)
        self._may_export = allowed(role, Permission.EXPORT_DATA)
        self._may_sync = allowed(role, Permission.SYNC)
        ui.days_table.selectionModel().selectionChanged.connect(self._on_days_table_selection_changed)
        ui.appointments_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        ui.days_table.activated.connect(lambda _index: self._on_edit_day_button_clicked())
        ui.appointments_table.activated.connect(lambda _index: self._on_appointment_activated())
        ui.show_past_check.toggled.connect(lambda _checked: self._show_days())
        ui.new_day_button.clicked.connect(self._on_new_day_button_clicked)
        ui.edit_day_button.clicked.connect(self._on_edit_day_button_clicked)
        ui.delete_day_button.clicked.connect(self._on_delete_day_button_clicked)
        ui.book_button.clicked.connect(lambda: self._on_book(walk_in=False))
        ui.walk_in_button.clicked.connect(lambda: self._on_book(walk_in=True))
        ui.consultation_button.clicked.connect(self._on_consultation_button_clicked)
        ui.attended_button.clicked.connect(lambda: self._set_status(AppointmentStatus.ATTENDED))
        ui.no_show_button.clicked.connect(lambda: self._set_status(AppointmentStatus.NO_SHOW))
        ui.cancel_appointment_button.clicked.connect(self._on_cancel_appointment_button_clicked)
        ui.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        ui.ics_button.clicked.connect(self._on_ics_button_clicked)
        ui.check_out_button.clicked.connect(self._on_check_out_button_clicked)
        ui.refresh_kit_button.clicked.connect(self._on_refresh_kit_button_clicked)
        ui.import_button.clicked.connect(self._on_import_button_clicked)
        ui.conflicts_button.clicked.connect(self.open_conflicts)
        ui.write_package_button.clicked.connect(self._on_write_package_button_clicked)
        for keys, slot in (
            (QKeySequence.StandardKey.New, self._on_new_day_button_clicked),
            (QKeySequence("Ctrl+B"), lambda: self._on_book(walk_in=False)),
            (QKeySequence(QKeySequence.StandardKey.Refresh), self.refresh),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_buttons()
        self.refresh()

    # -- hooks tests replace ---------------------------------------------------------------------------

    def ask_save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        return Path(path) if path else None

    def ask_open_path(self, title: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getOpenFileName(self, title, folder, file_filter)
        return Path(path) if path else None

    def ask_passphrase(self, title: str, message: str, error: str = "") -> str | None:
        return ask_passphrase(self, title, message, error=error)

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("DLZW Desktop"), text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, text: str) -> None:
        QMessageBox.information(self, self.tr("DLZW Desktop"), text)

    # -- loading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        services = self._services
        may_sync = self._may_sync

        def load() -> tuple[KitInfoRow | None, list[DayRow], int, PendingChanges | None]:
            kit = services.sync.kit_info()
            days = services.consultation_days.days()
            conflicts = services.sync.open_conflict_count() if may_sync and kit is None else 0
            pending = services.sync.pending_changes() if may_sync and kit is not None else None
            return kit, days, conflicts, pending

        run_in_background(load, self._on_loaded, self._failed, context=self)

    def _on_loaded(self, loaded: tuple[KitInfoRow | None, list[DayRow], int, PendingChanges | None]) -> None:
        kit, days, conflicts, pending = loaded
        ui = self._ui
        self._kit = kit
        ui.kit_frame.setVisible(kit is not None)
        ui.office_actions_widget.setVisible(True)
        for button in (ui.check_out_button, ui.refresh_kit_button, ui.import_button, ui.conflicts_button):
            button.setVisible(kit is None)
        ui.conflicts_button.setText(
            self.tr("Conflict&s ({count})…").format(count=conflicts) if conflicts else self.tr("Conflict&s…")
        )
        if kit is not None:
            ui.kit_label.setText(
                self.tr(
                    "Laptop kit {code} for the consultation day(s) {days}, checked out on {date} by {user}. "
                    "Everything is stored encrypted on this laptop. Back in the office, write a check-in "
                    "package and hand it in with the passphrase."
                ).format(
                    code=kit.code,
                    days=kit_days_text(kit),
                    date=kit.checked_out_at.strftime("%d.%m.%Y"),
                    user=kit.checked_out_by,
                )
            )
            self._show_pending(pending)
        elif self._may_sync and not self._template_requested:
            # The first check-out would build the kit template (about a second): do it while people look.
            self._template_requested = True
            run_in_background(
                self._services.sync.prepare_check_out,
                lambda _none: None,
                self._ignore,
                context=self,
                pool=Pool.GENERAL,  # it does not touch the open database
            )
        self._all_days = days
        self._show_days()

    def _show_pending(self, pending: PendingChanges | None) -> None:
        if pending is None:
            self._ui.pending_label.setText("")
            return
        if pending.total == 0:
            self._ui.pending_label.setText(self.tr("No changes yet"))
            return
        self._ui.pending_label.setText(
            self.tr("{new} new, {changed} changed records not yet checked in").format(
                new=pending.new, changed=pending.changed
            )
        )

    def _show_days(self) -> None:
        current = self._detail.day.id if self._detail else None
        today = today_berlin()
        past = self._ui.show_past_check.isChecked()
        rows = [d for d in self._all_days if past or d.held_on >= today]
        self._days.set_rows(rows)
        self._ui.days_table.resizeColumnsToContents()
        ids = [row.id for row in rows]
        if current in ids:
            self.select_day(current)
        elif rows:
            upcoming = [i for i, row in enumerate(rows) if row.held_on >= today]
            self._ui.days_table.selectRow(upcoming[-1] if upcoming else 0)
        else:
            self._show_detail(None)

    def select_day(self, day_id: uuid.UUID) -> None:
        for row, day in enumerate(self._days.rows()):
            if day.id == day_id:
                self._ui.days_table.selectRow(row)
                return

    def current_day(self) -> DayRow | None:
        index = self._ui.days_table.currentIndex()
        return self._days.row_at(index.row()) if index.isValid() else None

    def current_line(self) -> ScheduleLine | None:
        index = self._ui.appointments_table.currentIndex()
        return self._schedule.row_at(index.row()) if index.isValid() else None

    def _on_days_table_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._load_detail()

    def _load_detail(self, select: uuid.UUID | None = None) -> None:
        day = self.current_day()
        if day is None:
            self._show_detail(None)
            return
        days = self._services.consultation_days
        run_in_background(
            lambda: days.day(day.id),
            lambda detail: self._show_detail(detail, select),
            self._failed,
            context=self,
        )

    def _show_detail(self, detail: DayDetail | None, select: uuid.UUID | None = None) -> None:
        ui = self._ui
        self._detail = detail
        if detail is None:
            ui.day_title_label.setText(self.tr("No consultation day chosen"))
            ui.day_facts_label.setText(
                self.tr("Plan a consultation day with “New day…”.")
                if self._may_edit and self._kit is None
                else ""
            )
            self._schedule.set_rows([])
            self._update_buttons()
            return
        day = detail.day
        ui.day_title_label.setText(f"{day.held_on:%d.%m.%Y} · {day.place}")
        facts = [
            self.tr("{start}–{end}, slots of {minutes} minutes").format(
                start=hm(day.starts_at), end=hm(day.ends_at), minutes=day.slot_minutes
            ),
        ]
        if day.area:
            facts.append(self.tr("Area: {area}").format(area=day.area))
        if day.initiative_name:
            facts.append(self.tr("Partner initiative: {name}").format(name=day.initiative_name))
        facts.append(
            self.tr("Advisors: {names}").format(names=", ".join(day.advisor_names) or self.tr("none yet"))
        )
        facts.append(
            self.tr("{booked} of {capacity} places booked, {walk_ins} walk-ins").format(
                booked=day.booked, capacity=day.capacity, walk_ins=day.walk_ins
            )
        )
        ui.day_facts_label.setText(" · ".join(facts))
        lines = schedule_lines(detail)
        self._schedule.set_rows(lines)
        ui.appointments_table.resizeColumnsToContents()
        if select is not None:
            for row, line in enumerate(lines):
                if line.appointment is not None and line.appointment.id == select:
                    ui.appointments_table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self._ui
        day = self._detail is not None
        line = self.current_line()
        appointment = line.appointment if line is not None else None
        active = appointment is not None and appointment.status is not AppointmentStatus.CANCELLED
        office = self._kit is None
        ui.new_day_button.setEnabled(self._may_edit)
        ui.edit_day_button.setEnabled(self._may_edit and day)
        ui.delete_day_button.setEnabled(self._may_edit and day and office)
        ui.book_button.setEnabled(self._may_edit and day)
        ui.walk_in_button.setEnabled(self._may_edit and day)
        ui.consultation_button.setEnabled(
            self._may_edit and active and appointment is not None and appointment.consultation_id is None
        )
        ui.attended_button.setEnabled(self._may_edit and appointment is not None)
        ui.no_show_button.setEnabled(self._may_edit and appointment is not None and not appointment.walk_in)
        ui.cancel_appointment_button.setEnabled(self._may_edit and active)
        ui.pdf_button.setEnabled(self._may_export and day)
        ui.ics_button.setEnabled(self._may_export and day)
        for button in (ui.check_out_button, ui.refresh_kit_button, ui.import_button, ui.conflicts_button):
            button.setEnabled(self._may_sync)
        ui.write_package_button.setEnabled(self._may_sync)

    def _after_change(self, message: str, select: uuid.UUID | None = None) -> None:
        self._notify(message)
        day = self.current_day()
        self.refresh()
        if day is not None:
            self._load_detail(select)

    def _notify(self, message: str) -> None:
        logger.info("%s", message)
        self._ui.status_label.setText(message)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _ignore(self, error: BaseException) -> None:
        logger.warning("kit template not prepared in advance: %s", error)

    # -- days ------------------------------------------------------------------------------------------

    def _on_new_day_button_clicked(self) -> None:
        if not self._may_edit:
            return
        dialog = ConsultationDayDialog(self._services, parent=self)
        dialog.saved.connect(self._on_day_saved)
        dialog.open()

    def _on_edit_day_button_clicked(self) -> None:
        if self._detail is None or not self._may_edit:
            return
        dialog = ConsultationDayDialog(self._services, self._detail.day, parent=self)
        dialog.saved.connect(self._on_day_saved)
        dialog.open()

    def _on_day_saved(self, detail: DayDetail) -> None:
        self._show_detail(detail)
        self._notify(self.tr("Consultation day saved."))
        self.refresh()

    def _on_delete_day_button_clicked(self) -> None:
        day = self._detail.day if self._detail else None
        if day is None or not self.confirm(
            self.tr("Delete the consultation day of {date} at {place}?").format(
                date=day.held_on.strftime("%d.%m.%Y"), place=day.place
            )
        ):
            return
        days = self._services.consultation_days
        self._detail = None
        run_in_background(
            lambda: days.delete_day(day.id, day.version),
            lambda _none: self._after_change(self.tr("Consultation day deleted.")),
            self._failed,
            context=self,
        )

    # -- appointments ----------------------------------------------------------------------------------

    def _on_book(self, *, walk_in: bool) -> None:
        if self._detail is None or not self._may_edit:
            return
        line = self.current_line()
        slot: time | None = line.starts_at if line is not None and line.free else None
        dialog = BookingDialog(self._services, self._detail, walk_in=walk_in, slot=slot, parent=self)
        dialog.saved.connect(
            lambda row: self._after_change(
                self.tr("Walk-in recorded: {name}").format(name=row.name)
                if walk_in
                else self.tr("Booked: {time} {name}").format(time=hm(row.starts_at), name=row.name),
                row.id,
            )
        )
        dialog.open()

    def _on_appointment_activated(self) -> None:
        line = self.current_line()
        if line is None:
            return
        if line.free:
            self._on_book(walk_in=False)
        elif self._ui.consultation_button.isEnabled():
            self._on_consultation_button_clicked()

    def _current_appointment(self) -> AppointmentRow | None:
        line = self.current_line()
        return line.appointment if line is not None else None

    def _on_consultation_button_clicked(self) -> None:
        appointment = self._current_appointment()
        if appointment is None or self._detail is None:
            return
        if appointment.person_id is None and appointment.case_id is None:
            show_error(
                self,
                ValidationError(
                    "appointment.no_person",
                    "Record the visitor as a person (or open a case) and link them to the appointment "
                    "first; a consultation belongs to a person or a case.",
                ),
            )
            return
        dialog = AppointmentConsultationDialog(self._services, self._detail.day, appointment, parent=self)
        dialog.saved.connect(
            lambda row: self._after_change(
                self.tr("Consultation recorded: {name}").format(name=row.name), row.id
            )
        )
        dialog.open()

    def _set_status(self, status: AppointmentStatus) -> None:
        appointment = self._current_appointment()
        if appointment is None:
            return
        days = self._services.consultation_days
        run_in_background(
            lambda: days.set_status(appointment.id, appointment.version, status),
            lambda row: self._after_change(
                self.tr("Appointment updated: {name}").format(name=row.name), row.id
            ),
            self._failed,
            context=self,
        )

    def _on_cancel_appointment_button_clicked(self) -> None:
        appointment = self._current_appointment()
        if appointment is None or not self.confirm(
            self.tr("Cancel the appointment of {name} at {time}? The slot becomes free again.").format(
                name=appointment.name, time=hm(appointment.starts_at)
            )
        ):
            return
        self._set_status(AppointmentStatus.CANCELLED)

    # -- outputs ---------------------------------------------------------------------------------------

    def _export_name(self, suffix: str) -> str:
        assert self._detail is not None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / f"Sprechtag-{self._detail.day.held_on:%Y-%m-%d}{suffix}")

    def _on_pdf_button_clicked(self) -> None:
        if self._detail is None:
            return
        day_id = self._detail.day.id
        path = self.ask_save_path(
            self.tr("Save appointment list"), self._export_name(".pdf"), self.tr("PDF document (*.pdf)")
        )
        if path is None:
            return
        days = self._services.consultation_days
        run_in_background(
            lambda: days.appointment_list_pdf(day_id, path),
            lambda written: self._notify(self.tr("Appointment list saved: {path}").format(path=written)),
            self._failed,
            context=self,
        )

    def _on_ics_button_clicked(self) -> None:
        if self._detail is None:
            return
        day_id = self._detail.day.id
        path = self.ask_save_path(
            self.tr("Save calendar file"), self._export_name(".ics"), self.tr("Calendar file (*.ics)")
        )
        if path is None:
            return
        days = self._services.consultation_days
        run_in_background(
            lambda: days.export_calendar(day_id, path),
            lambda written: self._notify(self.tr("Calendar file saved: {path}").format(path=written)),
            self._failed,
            context=self,
        )

    # -- laptop kits (office) --------------------------------------------------------------------------

    def _on_check_out_button_clicked(self) -> None:
        chosen = [self._detail.day.id] if self._detail else []
        upcoming = [d for d in self._all_days if d.held_on >= today_berlin() or d.id in chosen]
        dialog = KitCheckoutDialog(
            self._services, sorted(upcoming, key=lambda d: d.held_on), chosen, parent=self
        )
        dialog.kit_written.connect(self._on_kit_checked_out)
        dialog.open()

    def _on_kit_checked_out(self, result: CheckOutResult) -> None:
        self._notify(
            self.tr("Laptop kit {code} written to {path} ({count} records).").format(
                code=result.code, path=result.path, count=result.records
            )
        )
        self.refresh()

    def _on_refresh_kit_button_clicked(self) -> None:
        upcoming = [d for d in self._all_days if d.held_on >= today_berlin()]
        dialog = KitCheckoutDialog(
            self._services, sorted(upcoming, key=lambda d: d.held_on), refresh=True, parent=self
        )
        dialog.kit_written.connect(self._on_kit_refreshed)
        dialog.open()

    def _on_kit_refreshed(self, result: RefreshResult) -> None:
        self._notify(
            self.tr(
                "Laptop kit refreshed: {added} records added, {updated} updated; {kept} records with "
                "laptop changes kept for the next check-in."
            ).format(added=result.added, updated=result.updated + result.merged, kept=result.kept)
        )
        self.refresh()

    def _on_import_button_clicked(self) -> None:
        path = self.ask_open_path(
            self.tr("Import check-in package"),
            self.tr("Check-in package (*{suffix})").format(suffix=PACKAGE_SUFFIX),
        )
        if path is None:
            return
        sync = self._services.sync
        run_in_background(
            lambda: sync.peek_package(path),
            lambda header: self._ask_import_passphrase(path, header.sequence, ""),
            self._failed,
            context=self,
        )

    def _ask_import_passphrase(self, path: Path, sequence: int, error: str) -> None:
        passphrase = self.ask_passphrase(
            self.tr("Import check-in package"),
            self.tr(
                "Package {number} of a laptop kit: {path}\nEnter the passphrase of the kit. Nothing is "
                "written unless the package is complete, unchanged and belongs to this office."
            ).format(number=sequence, path=path.name),
            error,
        )
        if passphrase is None:
            return
        sync = self._services.sync
        self._notify(self.tr("Importing the package…"))
        run_in_background(
            lambda: sync.import_package(path, passphrase),
            self._on_imported,
            lambda error: self._on_import_failed(path, sequence, error),
            context=self,
        )

    def _on_import_failed(self, path: Path, sequence: int, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.code == "sync.wrong_passphrase":
            self._ask_import_passphrase(path, sequence, user_message(error))
            return
        self._notify("")
        show_error(self, error)

    def _on_imported(self, result: ImportResult) -> None:
        if result.already_imported:
            text = self.tr("This package of laptop kit {code} was imported before; nothing changed.").format(
                code=result.kit_code
            )
        else:
            text = self.tr(
                "Package {number} of laptop kit {code} imported: {inserted} new and {updated} updated "
                "records, {conflicts} conflicts to decide."
            ).format(
                number=result.sequence,
                code=result.kit_code,
                inserted=result.inserted,
                updated=result.updated,
                conflicts=result.conflicts,
            )
            if result.case_numbers:
                numbers = ", ".join(f"{old} → {new}" for old, new in result.case_numbers)
                text += "\n" + self.tr("New cases received office numbers: {numbers}").format(numbers=numbers)
        self._notify(text)
        self.refresh()
        if not result.already_imported and result.conflicts:
            if self.confirm(text + "\n\n" + self.tr("Decide the conflicts now?")):
                self.open_conflicts()
        else:
            self.inform(text)

    def open_conflicts(self) -> SyncConflictsDialog:
        dialog = SyncConflictsDialog(self._services, self)
        dialog.decided.connect(self.refresh)
        dialog.open()
        return dialog

    # -- laptop kit (laptop) ---------------------------------------------------------------------------

    def _on_write_package_button_clicked(self) -> None:
        kit = self._kit
        if kit is None:
            return
        first = kit.days[0].held_on if kit.days else today_berlin()
        path = self.ask_save_path(
            self.tr("Write check-in package"),
            str(
                Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
                / f"Sprechtag-{first:%Y-%m-%d}-Rueckgabe-{kit.last_sequence + 1}{PACKAGE_SUFFIX}"
            ),
            self.tr("Check-in package (*{suffix})").format(suffix=PACKAGE_SUFFIX),
        )
        if path is None:
            return
        if path.suffix.lower() != PACKAGE_SUFFIX:
            path = path.with_name(path.name + PACKAGE_SUFFIX)
        self._write_package(path, "")

    def _write_package(self, path: Path, error: str) -> None:
        passphrase = self.ask_passphrase(
            self.tr("Write check-in package"),
            self.tr(
                "Enter the passphrase of this kit. The package is encrypted with it; the office needs it to "
                "import the package."
            ),
            error,
        )
        if passphrase is None:
            return
        sync = self._services.sync
        self._notify(self.tr("Writing the package…"))
        run_in_background(
            lambda: sync.write_package(path, passphrase),
            self._on_package_written,
            lambda failure: self._on_package_failed(path, failure),
            context=self,
        )

    def _on_package_failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.field == "passphrase":
            self._write_package(path, user_message(error))
            return
        self._notify("")
        show_error(self, error)

    def _on_package_written(self, written: PackageWritten) -> None:
        text = self.tr(
            "Check-in package {number} written with {count} records: {path}\nHand it in at the office; the "
            "kit keeps everything until the office has imported it."
        ).format(number=written.sequence, count=written.records, path=written.path)
        self._notify(text)
        self.refresh()
        self.inform(text)
