"""Opening a database from the GUI: the first-start wizard on a new workstation, off the GUI thread,
with clear choices when it cannot be used, the sign-in (or, on a new database, the creation of the
administrator), sessions that expire, automatic backups, restore, and the offer of demo data when the
database is empty.

Nothing here blocks the GUI: the database opens on the database thread after the first paint; the
sign-in dialogs are window-modal but opened with ``open()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from dlzw_desktop.errors import StorageError, UserError
from dlzw_desktop.paths import default_database_path
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.messages import set_session_expired_handler, show_error, user_message
from dlzw_desktop.ui.settings_store import SettingsStore
from dlzw_desktop.ui.workers import Pool, TaskCancelled, run_in_background

if TYPE_CHECKING:
    from dlzw_desktop.services.database_setup import FirstStartPlan
    from dlzw_desktop.services.registry import Services
    from dlzw_desktop.services.user_service import AuthState, SignInResult
    from dlzw_desktop.ui.session_guard import SessionGuard

logger = logging.getLogger(__name__)

DEMO_CASES = 300
DEMO_SEED = 1
DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000

SignInFn = Callable[["Services"], object]


KIT_SUFFIX = ".dlzwkit"
"""The ending of laptop kits (``db.cipher.KIT_SUFFIX``; not imported here, to keep start-up light)."""


def _open_database(target: str, passphrase: str | None = None) -> tuple[Services, AuthState, str | None]:
    """Runs on the database thread: imports SQLAlchemy there, so the first paint never waits for it.

    Returns the services, how users sign in, and on a laptop kit the user to work as: a kit holds no
    password hashes, its passphrase is the credential (see docs/deployment.md).
    """
    from dlzw_desktop.services.registry import open_services  # noqa: PLC0415

    services = open_services(target, passphrase=passphrase)
    try:
        return services, services.users.auth_state(), services.sync.kit_sign_in_name()
    except BaseException:
        services.close()
        raise


def is_kit(target: str) -> bool:
    return target.lower().endswith(KIT_SUFFIX)


def first_start_due(store: SettingsStore, db: str | None) -> bool:
    """The first start of this workstation: no database named on the command line, none remembered, and
    the default database file does not exist yet."""
    return not db and not store.load().database and not default_database_path().exists()


def _remember_password(target: str, password: str) -> None:
    """Runs on the database thread: the password goes into libpq's password file, never the settings."""
    from dlzw_desktop.services.database_setup import remember_password  # noqa: PLC0415 - first start only

    remember_password(target, password)


class DatabaseController(QObject):
    """Opens databases for the main window, signs the user in and handles what can go wrong.

    ``sign_in`` replaces the interactive sign-in (tests, kiosk scripts): it runs on the database thread
    with the opened services and must sign somebody in.

    Signals: ``opened(object)`` with the ``Services`` once somebody is signed in; ``failed(object)`` with
    the error; ``sign_in_shown(object)`` with the sign-in or first-administrator dialog;
    ``wizard_shown(object)`` with the first-start wizard; ``first_start_done()`` once the wizard's choices
    (organisation, demo data) are carried out in the opened database.
    """

    opened = Signal(object)
    failed = Signal(object)
    sign_in_shown = Signal(object)
    wizard_shown = Signal(object)
    first_start_done = Signal()

    def __init__(
        self,
        window: MainWindow,
        store: SettingsStore,
        *,
        offer_demo: bool = True,
        sign_in: SignInFn | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._offer_demo = offer_demo
        self._sign_in_fn = sign_in
        self._target = ""
        self._pending: Services | None = None
        self._plan: FirstStartPlan | None = None
        self._first_start_demo = False
        self._guard: SessionGuard | None = None
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(DAILY_BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self._daily_backup)
        window.open_database_requested.connect(self.choose_and_open)
        window.backup_requested.connect(self._on_backup_requested)
        window.demo_requested.connect(self._on_demo_requested)
        window.users_requested.connect(self._on_users_requested)
        window.audit_requested.connect(self._on_audit_requested)
        window.data_protection_requested.connect(self._on_data_protection_requested)
        window.backups_requested.connect(self._on_backups_requested)
        window.change_password_requested.connect(self._on_change_password_requested)
        window.sign_out_requested.connect(self._on_sign_out_requested)

    # -- the first start ----------------------------------------------------------------------------

    def start(self, db: str | None = None, *, wizard: bool = True) -> None:
        """After the first paint: the first-start wizard when it is due (and ``wizard``), else open ``db``
        (or the last database)."""
        if wizard and first_start_due(self._store, db):
            self.show_first_start_wizard()
        else:
            self.open(db)

    def show_first_start_wizard(self) -> None:
        from dlzw_desktop.ui.first_start_wizard import FirstStartWizard  # noqa: PLC0415 - first start only

        self._window.show_busy(self.tr("Welcome! Set up DLZW Desktop in the window in front."))
        wizard = FirstStartWizard(offer_demo=self._offer_demo, demo_cases=DEMO_CASES, parent=self._window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.planned.connect(self.carry_out)
        wizard.rejected.connect(self._on_wizard_rejected)
        self.wizard_shown.emit(wizard)
        wizard.open()

    def _on_wizard_rejected(self) -> None:
        """Cancel: go on as before the wizard existed, with the database file in the user's data folder."""
        logger.info("first-start wizard cancelled: opening the default database")
        self.open()
        self._window.show_activity(
            self.tr(
                "Setup was cancelled: DLZW Desktop uses a database on this computer. Enter the organisation "
                "under Settings; File > Open database chooses another database."
            )
        )

    def carry_out(self, plan: FirstStartPlan) -> None:
        """Remember the wizard's database, open it as usual, then write the organisation and load demo
        data once somebody is signed in (see ``_finish``)."""
        self._store.update(database=plan.target)
        self._plan = plan
        if not plan.password:
            self.open(plan.target)
            return
        password = plan.password
        self._window.show_busy(self.tr("Saving the database password…"))
        run_in_background(
            lambda: _remember_password(plan.target, password),
            lambda _done: self.open(plan.target),
            self._on_failed,
            context=self,
        )

    # -- opening -----------------------------------------------------------------------------------

    def open(self, target: str | None = None, *, error: str = "") -> None:
        """Open ``target`` (the last database by default); a laptop kit asks for its passphrase first."""
        self._target = target or self._store.load().database or str(default_database_path())
        if self._plan is not None and self._plan.target != self._target:
            self._plan = None  # another database than the wizard's: its choices do not apply
        self._close_current()
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
            lambda: _open_database(target_now, passphrase),
            self._on_database_ready,
            self._on_failed,
            context=self,
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

    def _close_current(self) -> None:
        self._stop_guard()
        self._backup_timer.stop()
        old = self._window.services
        self._window.detach()
        for services in {id(s): s for s in (old, self._pending) if s is not None}.values():
            services.close()
        self._pending = None

    def _on_database_ready(self, result: tuple[Services, AuthState, str | None]) -> None:
        services, state, kit_user = result
        self._pending = services
        if kit_user is not None:  # the passphrase opened the kit: work as its advisor
            run_in_background(
                lambda: services.users.local_principal(kit_user),
                lambda _r: self._finish(services),
                self._on_failed,
                context=self,
            )
            return
        if self._sign_in_fn is not None:
            sign_in = self._sign_in_fn
            run_in_background(
                lambda: sign_in(services), lambda _r: self._finish(services), self._on_failed, context=self
            )
            return
        self._ask_sign_in(services, state)

    def _ask_sign_in(self, services: Services, state: AuthState) -> None:
        from dlzw_desktop.services.user_service import AuthMode  # noqa: PLC0415
        from dlzw_desktop.ui.first_admin_dialog import FirstAdminDialog  # noqa: PLC0415
        from dlzw_desktop.ui.sign_in_dialog import SignInDialog  # noqa: PLC0415

        location = services.info.location()
        self._window.show_busy(self.tr("Please sign in."))
        dialog: FirstAdminDialog | SignInDialog
        if state.mode is AuthMode.SETUP:
            dialog = FirstAdminDialog(services, location=location, parent=self._window)
        else:
            dialog = SignInDialog(
                services.users.sign_in,
                location=location,
                username=state.database_login or "",
                fixed_username=state.database_login is not None,
                cancel_text=self.tr("Cancel"),
                parent=self._window,
            )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(lambda result: self._after_sign_in(services, result))
        dialog.rejected.connect(self._on_sign_in_cancelled)
        self.sign_in_shown.emit(dialog)
        dialog.open()

    def _on_sign_in_cancelled(self) -> None:
        self._window.show_busy(
            self.tr("Nobody is signed in. Choose Administration > Sign in… to sign in, or quit.")
        )

    def _after_sign_in(self, services: Services, result: SignInResult) -> None:
        if not result.must_change_password:
            self._finish(services)
            return
        from dlzw_desktop.ui.password_dialog import PasswordDialog, PasswordMode  # noqa: PLC0415

        principal = result.principal
        dialog = PasswordDialog(
            PasswordMode.FORCED,
            services.users.change_own_password,
            username=principal.username,
            display_name=principal.display_name,
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.changed.connect(lambda: self._finish(services))
        dialog.rejected.connect(lambda: self._sign_out_pending(services))
        self.sign_in_shown.emit(dialog)
        dialog.open()

    def _sign_out_pending(self, services: Services) -> None:
        services.users.sign_out()
        self._on_sign_in_cancelled()

    def _finish(self, services: Services) -> None:
        """Somebody is signed in: the wizard's organisation first (if any), then ``_show_database``."""
        plan, self._plan = self._plan, None
        if plan is None or plan.organisation is None:
            self._show_database(services, plan)
            return
        organisation = dict(plan.organisation)
        self._window.show_busy(self.tr("Saving the organisation details…"))
        run_in_background(
            lambda: services.settings.update_shared(**organisation),
            lambda _shared: self._show_database(services, plan),
            lambda error: self._on_organisation_failed(services, plan, error),
            context=self,
        )

    def _on_organisation_failed(self, services: Services, plan: FirstStartPlan, error: BaseException) -> None:
        if not isinstance(error, UserError):
            show_error(self._window, error)
        self._show_database(services, plan)
        if isinstance(error, UserError):
            self._window.show_activity(
                self.tr(
                    "The organisation details were not saved: {reason} An administrator can enter them under "
                    "Settings."
                ).format(reason=user_message(error))
            )

    def _show_database(self, services: Services, plan: FirstStartPlan | None = None) -> None:
        """Show the sections, watch the session, back up once a day; load the wizard's demo data."""
        self._pending = None
        self._window.attach(services)
        self.opened.emit(services)
        self._start_guard(services)
        if self._sign_in_fn is None:
            run_in_background(
                services.users.session_timeout_minutes,
                lambda minutes: setattr(services.context.user, "idle_timeout", timedelta(minutes=minutes)),
                self._ignore,
                context=self,
            )
        self._daily_backup()
        self._backup_timer.start()
        self._remind_retention(services)
        run_in_background(
            services.sync.kit_info,
            lambda kit: self._on_kit_known(services, kit, plan),
            self._ignore,
            context=self,
        )

    def _on_kit_known(self, services: Services, kit: object, plan: FirstStartPlan | None = None) -> None:
        self._window.show_kit(kit)  # type: ignore[arg-type]
        if plan is not None:  # the wizard asked about demo data already
            if plan.load_demo and kit is None:
                self._first_start_demo = True
                self.load_demo()
            else:
                self.first_start_done.emit()
            return
        if kit is None and self._offer_demo:
            run_in_background(services.overview.figures, self._maybe_offer_demo, self._ignore, context=self)

    def _remind_retention(self, services: Services) -> None:
        """Administrators are reminded when the yearly retention run is due."""
        from dlzw_desktop.services.permissions import Permission, allowed  # noqa: PLC0415

        if not allowed(services.context.user.principal.role, Permission.DATA_PROTECTION):
            return
        run_in_background(
            services.data_protection.retention_run_due, self._on_retention_due, self._ignore, context=self
        )

    def _on_retention_due(self, due: bool) -> None:
        if due:
            self._window.show_activity(
                self.tr("The yearly retention run is due: Administration > Data protection > Retention.")
            )

    def _ignore(self, error: BaseException) -> None:
        logger.warning("background task failed: %s", error)

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

    # -- sessions ----------------------------------------------------------------------------------

    def _start_guard(self, services: Services) -> None:
        from dlzw_desktop.ui.session_guard import SessionGuard  # noqa: PLC0415

        self._stop_guard()
        self._guard = SessionGuard(services, self)
        self._guard.expired.connect(self._on_session_expired)
        self._guard.location_lost.connect(self._on_location_lost)
        set_session_expired_handler(self._guard.check)

    def _stop_guard(self) -> None:
        set_session_expired_handler(None)
        if self._guard is not None:
            self._guard.stop()
            self._guard.deleteLater()
            self._guard = None

    @property
    def session_guard(self) -> SessionGuard | None:
        return self._guard

    def _on_session_expired(self) -> None:
        services = self._window.services
        if services is None:
            return
        if self._window.kit_status() is not None:
            self._unlock_kit(services)
            return
        from dlzw_desktop.ui.sign_in_dialog import SignInDialog  # noqa: PLC0415

        principal = services.context.user.pending_principal
        text = self.tr(
            "You were signed out after {minutes} minutes without activity. Sign in again to go on; nothing "
            "you entered is lost."
        ).format(minutes=services.context.user.timeout_minutes)
        self._window.lock(text)
        dialog = SignInDialog(
            lambda _username, password: services.users.reauthenticate(password),
            location=services.info.location(),
            username=principal.username if principal else "",
            fixed_username=True,
            intro=text,
            cancel_text=self.tr("Sign in as someone else"),
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(self._on_reauthenticated)
        dialog.rejected.connect(self._switch_user)
        self.sign_in_shown.emit(dialog)
        dialog.open()

    def _unlock_kit(self, services: Services, error: str = "") -> None:
        """Unlock a laptop kit with its passphrase (a kit holds no passwords); the forms stay as they were."""
        text = self.tr(
            "The laptop kit was locked after {minutes} minutes without activity. Enter its passphrase to go "
            "on; nothing you entered is lost."
        ).format(minutes=services.context.user.timeout_minutes)
        self._window.lock(text)
        passphrase = self.ask_kit_passphrase(self._target, error)
        if passphrase is None:
            return  # stays locked; Administration > Sign in… asks again
        run_in_background(
            lambda: services.users.reauthenticate_on_kit(passphrase),
            self._on_reauthenticated,
            lambda failure: self._on_kit_unlock_failed(services, failure),
            context=self,
        )

    def _on_kit_unlock_failed(self, services: Services, failure: BaseException) -> None:
        if not isinstance(failure, UserError):
            show_error(self._window, failure)
            return
        self._unlock_kit(services, user_message(failure))

    def _on_reauthenticated(self, _result: object) -> None:
        self._window.unlock()
        if self._guard is not None:
            self._guard.resume()

    def _on_location_lost(self, error: StorageError) -> None:
        self._window.show_activity(user_message(error))
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Database moved away"))
        box.setText(user_message(error))
        box.setInformativeText(
            self.tr("Saving is not possible until the file is back. Nothing saved before is lost.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _on_sign_out_requested(self) -> None:
        services = self._window.services
        if services is None:
            if self._target:
                self.open(self._target)
            return
        if self._window.locked and self._window.kit_status() is not None:
            self._unlock_kit(services)
            return
        if not self._window.locked:
            answer = QMessageBox.question(
                self._window,
                self.tr("Sign out"),
                self.tr("Sign out now? Entries in open forms that are not saved yet would be lost."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._switch_user()

    def _switch_user(self) -> None:
        services = self._window.services
        if services is None:
            return
        if self._window.kit_status() is not None:  # a kit has one user: signing out closes it
            self.open(self._target)
            return
        from dlzw_desktop.services.user_service import AuthMode, AuthState  # noqa: PLC0415

        self._stop_guard()
        self._backup_timer.stop()
        self._window.detach()
        services.users.sign_out()
        self._pending = services
        self._ask_sign_in(services, AuthState(AuthMode.ACCOUNTS, None))

    # -- administration ----------------------------------------------------------------------------

    def _on_users_requested(self) -> None:
        services = self._window.services
        if services is not None:
            from dlzw_desktop.ui.users_dialog import UsersDialog  # noqa: PLC0415

            self._show(UsersDialog(services, self._window))

    def _on_audit_requested(self) -> None:
        services = self._window.services
        if services is not None:
            from dlzw_desktop.ui.audit_dialog import AuditDialog  # noqa: PLC0415

            self._show(AuditDialog(services, self._window))

    def _on_data_protection_requested(self) -> None:
        services = self._window.services
        if services is not None:
            from dlzw_desktop.ui.data_protection_dialog import DataProtectionDialog  # noqa: PLC0415

            self._show(DataProtectionDialog(services, self._window))

    def _on_backups_requested(self) -> None:
        services = self._window.services
        if services is not None:
            from dlzw_desktop.ui.backups_dialog import BackupsDialog  # noqa: PLC0415

            dialog = BackupsDialog(services, self._window)
            dialog.restore_requested.connect(self.restore)
            self._show(dialog)

    def _on_change_password_requested(self) -> None:
        services = self._window.services
        if services is None:
            return
        from dlzw_desktop.ui.password_dialog import PasswordDialog, PasswordMode  # noqa: PLC0415

        principal = services.context.user.principal
        dialog = PasswordDialog(
            PasswordMode.CHANGE,
            services.users.change_own_password,
            username=principal.username,
            display_name=principal.display_name,
            parent=self._window,
        )
        dialog.changed.connect(lambda: self._window.show_activity(self.tr("Your password was changed.")))
        self._show(dialog)

    def _show(self, dialog: QObject) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def restore(self, backup: Path) -> None:
        """Restore the open database from ``backup`` (safety copy first), then open it again."""
        services = self._window.services
        if services is None:
            return
        target = self._target
        self._stop_guard()
        self._backup_timer.stop()
        self._window.detach()
        self._window.show_busy(self.tr("Restoring the database from {name}…").format(name=backup.name))

        def done(result: object) -> None:
            safety = getattr(result, "safety_copy", None)
            self._window.show_activity(
                self.tr("Restored from {name}; the previous state is kept as {safety}.").format(
                    name=backup.name, safety=safety or "–"
                )
            )
            services.close()
            self.open(target)

        def failed(error: BaseException) -> None:
            show_error(self._window, error)
            services.close()
            self.open(target)

        run_in_background(lambda: services.backups.restore(backup), done, failed, context=self)

    # -- backups -----------------------------------------------------------------------------------

    def _daily_backup(self) -> None:
        services = self._window.services
        if services is None:
            return
        run_in_background(
            lambda: services.backups.automatic_backup(only_if_none_today=True),
            self._on_daily_backup,
            self._on_backup_failed,
            context=self,
        )

    def _on_daily_backup(self, result: object) -> None:
        if result is not None:
            self._window.show_activity(self.tr("Daily backup written and verified."))

    def _on_backup_failed(self, error: BaseException) -> None:
        logger.warning("automatic backup failed: %s", error)
        if isinstance(error, StorageError):
            self._window.show_activity(
                self.tr("The automatic backup failed: {reason}").format(reason=user_message(error))
            )

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
        self._demo_done()

    def _demo_done(self) -> None:
        if self._first_start_demo:
            self._first_start_demo = False
            self.first_start_done.emit()

    def _on_demo_failed(self, dialog: QProgressDialog, error: BaseException) -> None:
        dialog.reset()
        self._demo_done()
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

    def shutdown(self) -> None:
        """On exit: stop watching, then write the exit backup (SQLite)."""
        self._stop_guard()
        self._backup_timer.stop()
        services = self._window.services
        if services is None:
            return
        try:
            services.backups.automatic_backup()
        except Exception:  # an exit backup must never stop the exit; the failure is logged
            logger.exception("the backup on exit failed")
