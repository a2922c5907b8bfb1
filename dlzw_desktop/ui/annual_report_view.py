"""Berichte → Jahresbericht: choose period and variant, generate PDF and Excel off the GUI thread, preview."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDate, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QWidget

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.reporting import ReportPeriod
from dlzw_desktop.errors import UserError
from dlzw_desktop.ui.generated.ui_annual_report_view import Ui_AnnualReportView
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.workers import Pool, ProgressFn, TaskCancelled, TaskHandle, run_in_background

if TYPE_CHECKING:
    from dlzw_desktop.services.registry import Services
    from dlzw_desktop.services.report_service import AnnualReportFiles
    from dlzw_desktop.ui.settings_store import SettingsStore

logger = logging.getLogger(__name__)

_FOLDER_STATE = "annual_report_folder"


class AnnualReportView(QWidget):
    """Generates the annual report in the background (with progress and cancel) and previews the PDF.

    Signals: ``report_written(object)`` with the ``AnnualReportFiles`` of a finished run.
    """

    report_written = Signal(object)

    def __init__(
        self, services: Services, store: SettingsStore | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._store = store
        self._ui = Ui_AnnualReportView()
        self._ui.setupUi(self)
        self._task: TaskHandle | None = None
        self._files: AnnualReportFiles | None = None
        self._document = QPdfDocument(self)
        self._ui.pdf_view.setDocument(self._document)
        self._ui.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self._ui.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        today = today_berlin()
        self._ui.year_spin.setValue(today.year - 1)
        self._ui.from_date_edit.setDate(QDate(today.year, 1, 1))
        self._ui.to_date_edit.setDate(QDate(today.year, today.month, today.day))
        for text, mode, factor in (
            (self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth, 1.0),
            (self.tr("Whole page"), QPdfView.ZoomMode.FitInView, 1.0),
            ("75 %", QPdfView.ZoomMode.Custom, 0.75),
            ("100 %", QPdfView.ZoomMode.Custom, 1.0),
            ("150 %", QPdfView.ZoomMode.Custom, 1.5),
        ):
            self._ui.zoom_combo.addItem(text, (mode, factor))
        self._ui.folder_edit.setText(str(self._initial_folder()))
        self._ui.year_radio.toggled.connect(self._on_period_kind_changed)
        self._ui.published_check.toggled.connect(self._on_published_check_toggled)
        self._ui.choose_folder_button.clicked.connect(self._on_choose_folder_button_clicked)
        self._ui.generate_button.clicked.connect(self._on_generate_button_clicked)
        self._ui.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self._ui.open_pdf_button.clicked.connect(self._on_open_pdf_button_clicked)
        self._ui.open_xlsx_button.clicked.connect(self._on_open_xlsx_button_clicked)
        self._ui.show_folder_button.clicked.connect(self._on_show_folder_button_clicked)
        self._ui.zoom_combo.currentIndexChanged.connect(self._on_zoom_combo_current_index_changed)
        self._ui.previous_page_button.clicked.connect(lambda: self._step_page(-1))
        self._ui.next_page_button.clicked.connect(lambda: self._step_page(1))
        self._ui.pdf_view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._on_cancel_button_clicked)
        QShortcut(QKeySequence("Ctrl+G"), self, self._on_generate_button_clicked)
        self._on_period_kind_changed(True)
        self._on_published_check_toggled(False)
        self._show_page_number()
        self._ui.status_label.setText(self.tr("Choose the period and the variant, then generate the report."))

    # -- inputs ------------------------------------------------------------------------------------

    def _initial_folder(self) -> Path:
        if self._store is not None:
            stored = self._store.restore_state(_FOLDER_STATE)
            if stored is not None:
                folder = Path(bytes(stored.data()).decode("utf-8", errors="replace"))
                if folder.is_dir():
                    return folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def period(self) -> ReportPeriod:
        """The period as entered; raises ``ValidationError`` for a reversed or too long range."""
        if self._ui.year_radio.isChecked():
            return ReportPeriod.year(self._ui.year_spin.value())
        start: date = self._ui.from_date_edit.date().toPython()
        end: date = self._ui.to_date_edit.date().toPython()
        return ReportPeriod(start, end)

    def _on_period_kind_changed(self, _checked: bool) -> None:
        by_year = self._ui.year_radio.isChecked()
        self._ui.year_spin.setEnabled(by_year)
        self._ui.from_date_edit.setEnabled(not by_year)
        self._ui.to_date_edit.setEnabled(not by_year)

    def _on_published_check_toggled(self, published: bool) -> None:
        self._ui.k_spin.setEnabled(published)
        if published:
            self._ui.variant_hint_label.setText(
                self.tr(
                    "Counts below k and the cells that would reveal them are replaced by a dot; case "
                    "numbers, names and the case-level sheet are left out."
                )
            )
        else:
            self._ui.variant_hint_label.setText(
                self.tr(
                    "Internal variant: all figures, an appendix with case numbers and business names, and "
                    "a sheet of anonymised case data. Not for passing on."
                )
            )

    def _on_choose_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the report"), self._ui.folder_edit.text()
        )
        if folder:
            self._ui.folder_edit.setText(folder)

    # -- running -----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None

    def _on_generate_button_clicked(self) -> None:
        if self.running:
            return
        try:
            period = self.period()
        except UserError as error:
            show_error(self, error)
            return
        folder = Path(self._ui.folder_edit.text().strip())
        published = self._ui.published_check.isChecked()
        k = self._ui.k_spin.value()
        pdf, xlsx = self._ui.pdf_check.isChecked(), self._ui.xlsx_check.isChecked()
        reports = self._services.reports

        def work(progress: ProgressFn) -> AnnualReportFiles:
            return reports.write_annual_report(
                period, folder, published=published, k=k, pdf=pdf, xlsx=xlsx, progress=progress
            )

        self._set_running(True)
        self._ui.status_label.setText(
            self.tr("Generating the report for {period}…").format(period=period.label)
        )
        # Reports read a lot and write files for seconds: the general pool keeps the database pool free.
        self._task = run_in_background(
            work,
            self._on_report_written,
            self._on_report_failed,
            context=self,
            progress=self._on_progress,
            pool=Pool.GENERAL,
        )

    def _on_progress(self, done: int, total: int) -> None:
        self._ui.progress_bar.setMaximum(max(total, 1))
        self._ui.progress_bar.setValue(done)

    def _on_cancel_button_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._ui.status_label.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self._ui.generate_button.setEnabled(not running)
        self._ui.cancel_button.setEnabled(running)
        self._ui.progress_bar.setVisible(running)
        self._ui.progress_bar.setValue(0)
        for widget in (self._ui.period_group, self._ui.variant_group, self._ui.output_group):
            widget.setEnabled(not running)
        if not running:
            self._task = None

    def _on_report_written(self, files: AnnualReportFiles) -> None:
        self._set_running(False)
        self._files = files
        written = files.pdf or files.xlsx
        if self._store is not None and written is not None:
            self._store.save_state(_FOLDER_STATE, QByteArray(str(written.parent).encode("utf-8")))
        names = [path.name for path in (files.pdf, files.xlsx) if path is not None]
        self._ui.status_label.setText(self.tr("Report written: {files}").format(files=", ".join(names)))
        self._ui.open_pdf_button.setEnabled(files.pdf is not None)
        self._ui.open_xlsx_button.setEnabled(files.xlsx is not None)
        self._ui.show_folder_button.setEnabled(True)
        if files.pdf is not None:
            self.preview(files.pdf)
        self.report_written.emit(files)

    def _on_report_failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, TaskCancelled):
            self._ui.status_label.setText(self.tr("The report was cancelled; no file was written."))
            return
        self._ui.status_label.setText(self.tr("The report could not be written."))
        show_error(self, error)

    # -- preview and files -------------------------------------------------------------------------

    def preview(self, path: Path) -> None:
        """Show ``path`` in the preview (the document is read in place, nothing is copied)."""
        self._document.close()
        error = self._document.load(str(path))
        if error != QPdfDocument.Error.None_:
            logger.warning("preview of %s failed: %s", path, error)
            self._ui.status_label.setText(self.tr("The PDF was written but cannot be previewed here."))
        self._show_page_number()

    def _show_page_number(self, *_args: object) -> None:
        pages = self._document.pageCount()
        if pages <= 0:
            self._ui.page_label.setText(self.tr("No preview"))
        else:
            current = self._ui.pdf_view.pageNavigator().currentPage() + 1
            self._ui.page_label.setText(self.tr("Page {page} of {pages}").format(page=current, pages=pages))
        self._ui.previous_page_button.setEnabled(pages > 0)
        self._ui.next_page_button.setEnabled(pages > 0)

    def _step_page(self, step: int) -> None:
        pages = self._document.pageCount()
        if pages <= 0:
            return
        navigator = self._ui.pdf_view.pageNavigator()
        target = min(max(navigator.currentPage() + step, 0), pages - 1)
        navigator.jump(target, navigator.currentLocation())

    def _on_zoom_combo_current_index_changed(self, _index: int) -> None:
        mode, factor = self._ui.zoom_combo.currentData()
        self._ui.pdf_view.setZoomMode(mode)
        if mode == QPdfView.ZoomMode.Custom:
            self._ui.pdf_view.setZoomFactor(factor)

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _on_open_pdf_button_clicked(self) -> None:
        self._open(None if self._files is None else self._files.pdf)

    def _on_open_xlsx_button_clicked(self) -> None:
        self._open(None if self._files is None else self._files.xlsx)

    def _on_show_folder_button_clicked(self) -> None:
        if self._files is not None:
            shown = self._files.pdf or self._files.xlsx
            if shown is not None:
                self._open(shown.parent)
