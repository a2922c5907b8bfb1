"""Import a district statistics table (CSV/XLSX) with its source and year."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget

from dlzw_desktop.services.local_economy_service import StatisticsImportResult, StatisticsSetRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.generated.ui_statistics_import_dialog import Ui_StatisticsImportDialog
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.neighbourhood_widgets import name_buttons
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)


class StatisticsImportDialog(QDialog):
    """Choose the file, name the source, import; the service checks the whole table first.

    Signals: ``imported(StatisticsImportResult)``.
    """

    imported = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_StatisticsImportDialog()
        self._ui.setupUi(self)
        name_buttons(self._ui.button_box)
        self.resize(max(self.width(), 640), self.height())
        self._ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        self._ok_button().setEnabled(False)
        self._ui.stored_label.setText(self.tr("Looking up stored district statistics…"))
        run_in_background(
            services.local_economy.statistics_sets, self._on_sets, self._on_failed, context=self
        )

    def _ok_button(self) -> QPushButton:
        button: QPushButton = self._ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        return button

    def set_path(self, path: Path) -> None:
        self._ui.file_edit.setText(str(path))
        self._ok_button().setEnabled(True)

    def _on_sets(self, sets: list[StatisticsSetRow]) -> None:
        if not sets:
            self._ui.stored_label.setText(self.tr("No district statistics are stored yet."))
            return
        lines = [
            self.tr("{figure} {year}: {districts} districts{city} – {source}").format(
                figure=enum_label(s.indicator),
                year=s.year,
                districts=s.districts,
                city=self.tr(" and the city total") if s.has_city_total else "",
                source=s.source,
            )
            for s in sets
        ]
        self._ui.stored_label.setText(self.tr("Stored:") + "\n" + "\n".join(lines))

    def _on_browse_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose district statistics"), "", self.tr("Tables (*.csv *.xlsx)")
        )
        if path:
            self.set_path(Path(path))

    def _on_button_box_accepted(self) -> None:
        path = Path(self._ui.file_edit.text())
        source = self._ui.source_edit.text()
        year_value = self._ui.year_spin.value()
        year = None if year_value == self._ui.year_spin.minimum() else year_value
        service = self._services.local_economy
        self._ok_button().setEnabled(False)
        run_in_background(
            lambda progress: service.import_statistics(path, source=source, year=year, progress=progress),
            self._on_imported,
            self._on_failed,
            context=self,
        )

    def _on_imported(self, result: StatisticsImportResult) -> None:
        self.imported.emit(result)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ok_button().setEnabled(bool(self._ui.file_edit.text()))
        show_error(self, error)
