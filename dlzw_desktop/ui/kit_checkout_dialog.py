"""Check out a laptop kit for consultation days, or refresh a kit for the next days."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from dlzw_desktop.errors import UserError
from dlzw_desktop.services.consultation_day_service import DayRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.sync_service import KIT_SUFFIX, MIN_PASSPHRASE, CheckOutResult, RefreshResult
from dlzw_desktop.services.user_service import UserRow
from dlzw_desktop.ui.consultation_day_dialog import select_data
from dlzw_desktop.ui.generated.ui_kit_checkout_dialog import Ui_KitCheckoutDialog
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.neighbourhood_widgets import name_buttons
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


class KitCheckoutDialog(QDialog):
    """Check-out (``refresh`` False): days, advisor, file and passphrase twice; the kit is written
    encrypted. Refresh: the kit file, its passphrase and days to add; the kit keeps what it holds.

    Signals: ``kit_written(CheckOutResult | RefreshResult)`` when the kit was written.
    """

    kit_written = Signal(object)

    def __init__(
        self,
        services: Services,
        days: Sequence[DayRow],
        chosen: Sequence[uuid.UUID] = (),
        *,
        refresh: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._refresh = refresh
        self._ui = Ui_KitCheckoutDialog()
        self._ui.setupUi(self)
        ui = self._ui
        name_buttons(ui.button_box)
        ui.progress_bar.setVisible(False)
        wanted = set(chosen)
        for day in days:
            item = QListWidgetItem(f"{day.held_on:%d.%m.%Y} · {day.place}")
            item.setData(ID_ROLE, day.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if day.id in wanted else Qt.CheckState.Unchecked)
            ui.days_list.addItem(item)
        if refresh:
            self.setWindowTitle(self.tr("Refresh laptop kit"))
            ui.intro_label.setText(
                self.tr(
                    "Choose the kit file from the laptop and enter its passphrase. The kit receives what "
                    "changed in the office; what was recorded on the laptop and not yet checked in stays. "
                    "Tick days to add to the kit (for several days in a row)."
                )
            )
            ui.days_label.setText(self.tr("&Add days"))
            for widget in (ui.advisor_label, ui.advisor_combo, ui.repeat_label, ui.repeat_edit):
                widget.setVisible(False)
            ui.hint_label.setText("")
        else:
            self.setWindowTitle(self.tr("Check out laptop kit"))
            ui.intro_label.setText(
                self.tr(
                    "The kit holds the chosen days with their appointments, the people and cases booked, "
                    "and what is needed to work on them without network. It is encrypted with the "
                    "passphrase; tell the advisor the passphrase in person, never with the kit."
                )
            )
            ui.hint_label.setText(
                self.tr(
                    "The passphrase needs at least {count} characters; a few unrelated words work well."
                ).format(count=MIN_PASSPHRASE)
            )
            first = days[0] if days and not wanted else next((d for d in days if d.id in wanted), None)
            name = f"Sprechtag-{first.held_on:%Y-%m-%d}" if first else "Sprechtag"
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            ui.path_edit.setText(str(Path(folder) / f"{name}{KIT_SUFFIX}"))
            run_in_background(services.users.advisors, self._on_advisors, self._on_failed, context=self)
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        (ui.path_edit if refresh else ui.days_list).setFocus()

    def _on_advisors(self, advisors: list[UserRow]) -> None:
        me = self._services.context.user.principal.user_id
        for advisor in advisors:
            self._ui.advisor_combo.addItem(advisor.display_name, advisor.id)
        select_data(self._ui.advisor_combo, me)

    def _on_browse_button_clicked(self) -> None:
        current = self._ui.path_edit.text()
        file_filter = self.tr("Laptop kit (*{suffix})").format(suffix=KIT_SUFFIX)
        if self._refresh:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose the laptop kit"), current, file_filter
            )
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the laptop kit"), current, file_filter)
        if path:
            if not path.lower().endswith(KIT_SUFFIX):
                path += KIT_SUFFIX
            self._ui.path_edit.setText(path)

    def day_ids(self) -> list[uuid.UUID]:
        days = self._ui.days_list
        return [
            days.item(row).data(ID_ROLE)
            for row in range(days.count())
            if days.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _on_button_box_accepted(self) -> None:
        ui = self._ui
        passphrase = ui.passphrase_edit.text()
        path = Path(ui.path_edit.text().strip())
        if not self._refresh and passphrase != ui.repeat_edit.text():
            ui.hint_label.setText(self.tr("The two passphrases differ. Type them again."))
            ui.repeat_edit.clear()
            ui.repeat_edit.setFocus()
            return
        sync = self._services.sync
        days = self.day_ids()
        advisor = ui.advisor_combo.currentData()
        ui.button_box.setEnabled(False)
        ui.progress_bar.setVisible(True)

        def progress(done: int, total: int) -> None:
            ui.progress_bar.setMaximum(max(total, 1))
            ui.progress_bar.setValue(done)

        if self._refresh:
            run_in_background(
                lambda progress: sync.refresh_kit(path, passphrase, add_day_ids=days, progress=progress),
                self._on_done,
                self._on_failed,
                context=self,
                progress=progress,
            )
        else:
            run_in_background(
                lambda progress: sync.check_out(
                    days, path, passphrase, advisor_id=advisor, progress=progress
                ),
                self._on_done,
                self._on_failed,
                context=self,
                progress=progress,
            )

    def _on_done(self, result: CheckOutResult | RefreshResult) -> None:
        self.kit_written.emit(result)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        ui = self._ui
        ui.button_box.setEnabled(True)
        ui.progress_bar.setVisible(False)
        if isinstance(error, UserError):
            field = getattr(error, "field", None)
            if field == "passphrase":
                ui.passphrase_edit.selectAll()
                ui.passphrase_edit.setFocus()
            elif field == "path":
                ui.path_edit.setFocus()
        show_error(self, error)
