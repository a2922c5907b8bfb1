"""Opening a database from the GUI: off the GUI thread, with clear choices when it cannot be used,
and the offer of demo data when it is empty."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from dlzw_desktop.errors import StorageError, UserError
from dlzw_desktop.paths import default_database_path
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.workers import Pool, TaskCancelled, run_in_background

if TYPE_CHECKING:
    from dlzw_desktop.services.registry import Services

logger = logging.getLogger(__name__)

DEMO_CASES = 300
DEMO_SEED = 1


KIT_SUFFIX = ".dlzwkit"
"""The ending of laptop kits (``db.cipher.KIT_SUFFIX``; not imported here, to keep start-up light)."""


def _open_and_sign_in(target: str, passphrase: str | None = None) -> Services:
    """Runs on the database thread: imports SQLAlchemy there, so the first paint never waits for it.

    On a laptop kit the user signs in as a user the kit knows, so that no user is created offline.
    """
    from dlzw_desktop.services.registry import open_services  # noqa: PLC0415

    services = open_services(target, passphrase=passphrase)
    try:
        services.users.local_principal(services.sync.kit_sign_in_name())
    except BaseException:
        services.close()
        raise
    return services


def is_kit(target: str) -> bool:
    return target.lower().endswith(KIT_SUFFIX)


class DatabaseController(QObject):
    """Opens databases for the main window and handles what can go wrong.

    Signals: ``opened(object)`` with the ``Services``; ``failed(object)`` with the error.
    """

    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, window: MainWindow, store: SettingsStore, *, offer_demo: bool = True) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._offer_demo = offer_demo
        self._target = ""
        window.open_database_requested.connect(self.choose_and_open)
        window.backup_requested.connect(self._on_backup_requested)
        window.demo_requested.connect(self._on_demo_requested)

    def open(self, target: str | None = None, *, error: str = "") -> None:
        """Open ``target`` (the last database by default); a laptop kit asks for its passphrase first."""
        self._target = target or self._store.load().database or str(default_database_path())
        old = self._window.services
        self._window.detach()
        if old is not None:
            old.close()
        passphrase: str | None = None
        if is_kit(self._target):
            passphrase = self.ask_kit_passphrase(self._target, error)
            if passphrase is None:
                self._window.show_busy(
                    self.tr(
                        "The laptop kit was not opened. Open it again with File → Open database, or choose "
                        "another database."
                    )
                )
                return
        self._window.show_busy(self.tr("Opening the database {location}…").format(location=self._target))
        target_now = self._target
        run_in_background(
            lambda: _open_and_sign_in(target_now, passphrase), self._on_opened, self._on_failed, context=self
        )

    def ask_kit_passphrase(self, target: str, error: str) -> str | None:
        """The kit's passphrase (a hook tests replace); None when the user cancels."""
        from dlzw_desktop.ui.passphrase_dialog import ask_passphrase  # noqa: PLC0415 - kits only

        return ask_passphrase(
            self._window,
            self.tr("Open laptop kit"),
            self.tr("{path} is an encrypted laptop kit. Enter its passphrase.").format(
                path=Path(target).name
            ),
            error=error,
        )

    def _on_opened(self, services: Services) -> None:
        self._window.attach(services)
        self.opened.emit(services)
        run_in_background(
            services.sync.kit_info, lambda kit: self._on_kit_known(services, kit), self._ignore, context=self
        )

    def _on_kit_known(self, services: Services, kit: object) -> None:
        self._window.show_kit(kit)  # type: ignore[arg-type]
        if kit is None and self._offer_demo:
            run_in_background(services.overview.figures, self._maybe_offer_demo, self._ignore, context=self)

    def _ignore(self, error: BaseException) -> None:
        logger.warning("overview figures unavailable: %s", error)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError) and error.code in ("kit.wrong_passphrase", "kit.passphrase_empty"):
            self.open(self._target, error=user_message(error))  # ask again, with the reason
            return
        self.failed.emit(error)
        if not isinstance(error, StorageError):
            self._window.show_busy(self.tr("The database could not be opened."))
            show_error(self._window, error)
            return
        self._window.show_busy(user_message(error))
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Database cannot be used"))
        box.setText(user_message(error))
        if error.code == "db.location_not_writable":
            box.setInformativeText(self.tr("Choose another place for the database, or quit."))
        else:
            box.setInformativeText(self.tr("Open another database, or quit. Nothing was changed."))
        choose = box.addButton(self.tr("Choose another database…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is choose:
            self.choose_and_open()
        else:
            QApplication.quit()

    def choose_and_open(self) -> None:
        start = str(Path(self._target).parent) if self._target else str(default_database_path().parent)
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Open or create a database"),
            start,
            self.tr("DLZW database (*.sqlite3);;Laptop kit (*.dlzwkit);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self._store.update(database=path)
            self.open(path)

    # -- demo data ---------------------------------------------------------------------------------

    def _maybe_offer_demo(self, figures: object) -> None:
        if getattr(figures, "persons", 1) or getattr(figures, "cases", 1):
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Empty database"),
            self.tr(
                "This database is still empty. Load demo data ({count} fictitious cases with people, "
                "businesses and consultations) to try DLZW Desktop?\n\nDo not use demo data in a database "
                "with real cases."
            ).format(count=DEMO_CASES),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo()

    def _on_demo_requested(self) -> None:
        if self._window.kit_status() is not None:
            QMessageBox.information(
                self._window,
                self.tr("Load demo data"),
                self.tr("Demo data is never loaded into a laptop kit: it would travel back to the office."),
            )
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Load demo data"),
            self.tr("Add {count} fictitious demo cases to this database?").format(count=DEMO_CASES),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo()

    def load_demo(self) -> None:
        services = self._window.services
        if services is None:
            return
        dialog = QProgressDialog(self.tr("Loading demo data…"), self.tr("Cancel"), 0, 100, self._window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAccessibleName(self.tr("Demo data progress"))

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

        handle = run_in_background(
            lambda progress: services.demo.load(cases=DEMO_CASES, seed=DEMO_SEED, progress=progress),
            lambda _summary: self._on_demo_loaded(dialog),
            lambda error: self._on_demo_failed(dialog, error),
            context=self,
            progress=progress,
        )
        dialog.canceled.connect(handle.cancel)

    def _on_demo_loaded(self, dialog: QProgressDialog) -> None:
        dialog.reset()
        self._window.show_activity(self.tr("Demo data loaded."))
        self._window.attach(self._window.services)  # type: ignore[arg-type]

    def _on_demo_failed(self, dialog: QProgressDialog, error: BaseException) -> None:
        dialog.reset()
        if isinstance(error, TaskCancelled):
            self._window.show_activity(self.tr("Loading demo data was cancelled; nothing was added."))
            return
        show_error(self._window, error)

    # -- backup ------------------------------------------------------------------------------------

    def _on_backup_requested(self) -> None:
        services = self._window.services
        if services is None:
            return
        from dlzw_desktop.domain.dates import today_berlin  # noqa: PLC0415

        suggestion = services.context.backups_dir / f"dlzw-sicherung-{today_berlin():%Y-%m-%d}.sqlite3"
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Back up database"),
            str(suggestion),
            self.tr("SQLite database (*.sqlite3)"),
        )
        if not path:
            return
        self._window.show_activity(self.tr("Writing backup…"))
        run_in_background(
            lambda: services.backups.backup(Path(path)),
            lambda result: self._window.show_activity(
                self.tr("Backup written and verified: {path}").format(path=result.path)
            ),
            lambda error: show_error(self._window, error),
            context=self,
            pool=Pool.GENERAL,
        )
