"""The first-start wizard: organisation and letterhead, where the database lives, demo data, a summary.

Imported only when it is shown (the first start of a workstation): ordinary starts never load it. The
checks of the database page run in the background (``services.database_setup``); the wizard hands its
decision to the database controller as a ``FirstStartPlan`` and does not open the database itself.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget, QWizard

from dlzw_desktop.domain.organisation import DEFAULT_ORGANISATION, clean_organisation
from dlzw_desktop.errors import DlzwError, StorageError, ValidationError
from dlzw_desktop.paths import default_database_path, resource
from dlzw_desktop.services.database_setup import (
    CONNECT_TIMEOUT_S,
    Backend,
    FirstStartPlan,
    ProbeResult,
    SchemaState,
    parse_server_url,
    pgpass_path,
    probe_file,
    probe_server,
    timeout_problem,
)
from dlzw_desktop.ui.generated.ui_first_start_wizard import Ui_FirstStartWizard
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.theme import is_dark
from dlzw_desktop.ui.workers import Pool, run_in_background

logger = logging.getLogger(__name__)

LOCAL_CHECK_DELAY_MS = 400
"""A typed path is checked once typing pauses this long."""

WATCHDOG_EXTRA_S = 3
"""A connection test that has not answered ``CONNECT_TIMEOUT_S`` plus this is reported as timed out."""

TargetKey = tuple[str, ...]


class FirstStartWizard(QWizard):
    """Asks what a new workstation needs; the database controller carries it out.

    Signals: ``planned(object)`` with the ``FirstStartPlan`` when the user finishes (before the wizard
    closes). Cancel and Esc reject the wizard (``rejected``).
    """

    planned = Signal(object)

    def __init__(
        self,
        *,
        offer_demo: bool = True,
        demo_cases: int = 300,
        default_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_FirstStartWizard()
        self._ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._offer_demo = offer_demo
        self._demo_cases = demo_cases
        ids = self.pageIds()
        self._organisation_id, self._database_id, self._demo_id, self._summary_id = ids
        self._results: dict[TargetKey, ProbeResult | DlzwError] = {}
        self._generation = 0
        self._pending: TargetKey | None = None
        self._advance_when_checked = False
        self._organisation: dict[str, str] = {}

        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        logo = QIcon(str(resource("icons", "dlzw.svg"))).pixmap(48, 48)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo)

        ui = self._ui
        ui.organisation_name_edit.setText(DEFAULT_ORGANISATION.organisation_name)
        ui.organisation_unit_edit.setText(DEFAULT_ORGANISATION.organisation_unit)
        ui.letterhead_address_edit.setPlainText(DEFAULT_ORGANISATION.letterhead_address)
        ui.letterhead_contact_edit.setText(DEFAULT_ORGANISATION.letterhead_contact)
        ui.organisation_message_label.hide()
        ui.path_edit.setText(str(default_path or default_database_path()))
        ui.busy_bar.hide()
        ui.demo_label.setText(
            self.tr(
                "Demo data are fictitious but realistic examples: {count} microloan cases with founders, "
                "businesses and consultations, vacant properties, quarters and initiatives. All names, "
                "addresses and figures are invented. They help you to get to know the screens and to try "
                "things out."
            ).format(count=demo_cases)
        )
        ui.demo_check.setText(self.tr("&Load demo data ({count} fictitious cases)").format(count=demo_cases))

        self._local_timer = QTimer(self)
        self._local_timer.setSingleShot(True)
        self._local_timer.setInterval(LOCAL_CHECK_DELAY_MS)
        self._local_timer.timeout.connect(self._check_current)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval((CONNECT_TIMEOUT_S + WATCHDOG_EXTRA_S) * 1000)
        self._watchdog.timeout.connect(self._on_watchdog_timeout)

        ui.local_radio.toggled.connect(self._on_local_radio_toggled)
        ui.path_edit.textChanged.connect(self._on_path_edit_text_changed)
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.url_edit.textChanged.connect(self._on_server_input_changed)
        ui.url_edit.editingFinished.connect(self._on_url_edit_editing_finished)
        ui.password_edit.textChanged.connect(self._on_server_input_changed)
        ui.test_button.clicked.connect(self._on_test_button_clicked)
        self.currentIdChanged.connect(self._on_current_id_changed)
        self._on_local_radio_toggled(True)
        ui.organisation_name_edit.setFocus()
        ui.organisation_name_edit.selectAll()

    # -- what the user chose -------------------------------------------------------------------------

    def is_local(self) -> bool:
        return bool(self._ui.local_radio.isChecked())

    def target_key(self) -> TargetKey:
        """The database as the fields name it now (results of checks are kept per key)."""
        if self.is_local():
            return ("file", self._ui.path_edit.text().strip())
        return ("server", self._ui.url_edit.text().strip(), self._ui.password_edit.text())

    def checked_database(self) -> ProbeResult | None:
        """The check of the database named now, when it succeeded."""
        found = self._results.get(self.target_key())
        return found if isinstance(found, ProbeResult) else None

    def plan(self) -> FirstStartPlan:
        """What finishing would do (valid on the summary page)."""
        result = self.checked_database()
        assert result is not None, "the database page lets nobody on without a checked database"
        password: str | None = None
        if result.backend is Backend.POSTGRESQL:
            address = parse_server_url(self._ui.url_edit.text(), self._ui.password_edit.text())
            target, password = address.url, address.password
        else:
            target = result.location
        return FirstStartPlan(
            target=target,
            password=password,
            organisation=None if result.keeps_organisation else dict(self._organisation),
            load_demo=self._demo_offered(result) and self._ui.demo_check.isChecked(),
        )

    def _demo_offered(self, result: ProbeResult) -> bool:
        return self._offer_demo and result.empty and result.state is not SchemaState.KIT

    # -- navigation ----------------------------------------------------------------------------------

    def nextId(self) -> int:  # noqa: N802 - Qt override
        current = self.currentId()
        if current == self._database_id:
            result = self.checked_database()
            return self._demo_id if result is not None and self._demo_offered(result) else self._summary_id
        return super().nextId()

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override
        current = self.currentId()
        if current == self._organisation_id:
            return self._validate_organisation()
        if current == self._database_id:
            return self._validate_database()
        return True

    def accept(self) -> None:
        plan = self.plan()
        logger.info(
            "first start: database %s, organisation %s, demo data %s",
            plan.target,
            "kept" if plan.organisation is None else "set",
            plan.load_demo,
        )
        self.planned.emit(plan)
        super().accept()

    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id == self._database_id:
            if self.is_local() and self.target_key() not in self._results:
                self._check_current()
            (self._ui.path_edit if self.is_local() else self._ui.url_edit).setFocus()
        elif page_id == self._demo_id:
            self._ui.demo_check.setFocus()
        elif page_id == self._summary_id:
            self._fill_summary()

    # -- page 1: the organisation --------------------------------------------------------------------

    def _validate_organisation(self) -> bool:
        ui = self._ui
        fields = {
            "organisation_name": ui.organisation_name_edit,
            "organisation_unit": ui.organisation_unit_edit,
            "letterhead_address": ui.letterhead_address_edit,
            "letterhead_contact": ui.letterhead_contact_edit,
        }
        values = {
            "organisation_name": ui.organisation_name_edit.text(),
            "organisation_unit": ui.organisation_unit_edit.text(),
            "letterhead_address": ui.letterhead_address_edit.toPlainText(),
            "letterhead_contact": ui.letterhead_contact_edit.text(),
        }
        try:
            self._organisation = clean_organisation(values)
        except ValidationError as error:
            self._show_message(ui.organisation_message_label, user_message(error), problem=True)
            fields.get(error.field or "", ui.organisation_name_edit).setFocus()
            return False
        ui.organisation_message_label.hide()
        return True

    # -- page 2: the database ------------------------------------------------------------------------

    def _on_local_radio_toggled(self, local: bool) -> None:
        ui = self._ui
        ui.local_box.setEnabled(local)
        ui.server_box.setEnabled(not local)
        self._advance_when_checked = False
        self._show_current()
        if self.currentId() != self._database_id:
            return
        if local:
            ui.path_edit.setFocus()
            if self.target_key() not in self._results:
                self._local_timer.start()
        else:
            ui.url_edit.setFocus()

    def _on_path_edit_text_changed(self, _text: str) -> None:
        self._advance_when_checked = False
        self._show_current()
        if self.target_key() not in self._results:
            self._local_timer.start()

    def _on_browse_button_clicked(self) -> None:
        current = Path(self._ui.path_edit.text().strip() or default_database_path())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where should the database be stored?"),
            str(current),
            self.tr("DLZW database (*.sqlite3);;Laptop kit (*.dlzwkit);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self._ui.path_edit.setText(path)
            self._ui.path_edit.setFocus()

    def _on_url_edit_editing_finished(self) -> None:
        """A password typed into the address moves into the password field: it is never shown again."""
        text = self._ui.url_edit.text()
        try:
            address = parse_server_url(text)
        except ValidationError:
            return
        if address.password and not self._ui.password_edit.text():
            self._ui.password_edit.setText(address.password)
        if address.url != text.strip():
            self._ui.url_edit.setText(address.url)

    def _on_server_input_changed(self, _text: str) -> None:
        self._advance_when_checked = False
        self._show_current()

    def _on_test_button_clicked(self) -> None:
        self._on_url_edit_editing_finished()
        self._check_current()

    def _validate_database(self) -> bool:
        if not self.is_local():
            self._on_url_edit_editing_finished()  # first: it may change the fields (and their key)
        key = self.target_key()
        found = self._results.get(key)
        if isinstance(found, ProbeResult):
            if found.usable:
                return True
            self._focus_target()
            return False
        if isinstance(found, DlzwError):
            self._focus_target(found)
            return False
        # Not checked yet: check now and go on by itself once the answer is good.
        self._advance_when_checked = True
        if self._pending != key:
            self._check_current()
        return False

    def _check_current(self) -> None:
        """Check the database the fields name now, in the background; the answer replaces older ones."""
        self._local_timer.stop()
        if not self.is_local():
            self._on_url_edit_editing_finished()
        key = self.target_key()
        self._generation += 1
        generation = self._generation
        ui = self._ui
        if self.is_local():
            path = key[1]
            self._pending = key
            ui.busy_bar.show()
            self._show_message(ui.status_label, self.tr("Checking the place for the database…"))
            run_in_background(
                lambda: probe_file(path),
                lambda result: self._on_checked(generation, key, result),
                lambda error: self._on_check_failed(generation, key, error),
                context=self,
                pool=Pool.GENERAL,
            )
            return
        try:
            address = parse_server_url(key[1], key[2])
        except ValidationError as error:
            self._results[key] = error
            self._show_current()
            self._focus_target(error)
            self._advance_when_checked = False
            return
        self._pending = key
        ui.busy_bar.show()
        self._show_message(
            ui.status_label,
            self.tr("Connecting to {server} (at most {seconds} seconds)…").format(
                server=address.host, seconds=CONNECT_TIMEOUT_S
            ),
        )
        ui.test_button.setEnabled(False)
        self._watchdog.start()
        url, password = address.url, address.password
        run_in_background(
            lambda: probe_server(url, password, timeout_s=CONNECT_TIMEOUT_S),
            lambda result: self._on_checked(generation, key, result),
            lambda error: self._on_check_failed(generation, key, error),
            context=self,
            pool=Pool.GENERAL,
        )

    def _on_checked(self, generation: int, key: TargetKey, result: ProbeResult) -> None:
        self._results[key] = result
        if generation != self._generation:
            return  # an answer nobody waits for any more (the fields changed, or it came too late)
        self._check_finished()
        logger.info("checked %s: %s", result.location, result.state.value)
        if key != self.target_key():
            return
        self._show_current()
        if self._advance_when_checked and self.currentId() == self._database_id:
            self._advance_when_checked = False
            if result.usable:
                self.next()
            else:
                self._focus_target()

    def _on_check_failed(self, generation: int, key: TargetKey, error: BaseException) -> None:
        if not isinstance(error, DlzwError):
            if generation == self._generation:
                self._check_finished()
            show_error(self, error)
            return
        self._results[key] = error
        if generation != self._generation:
            return
        self._check_finished()
        logger.info("database check failed: %s", error.code)
        if key != self.target_key():
            return
        self._show_current()
        if self._advance_when_checked:
            self._advance_when_checked = False
            self._focus_target(error)

    def _on_watchdog_timeout(self) -> None:
        key = self._pending
        if key is None or key[0] != "server":
            return
        self._generation += 1  # the late answer, if any, is kept but not shown
        self._check_finished()
        try:
            address = parse_server_url(key[1], key[2])
        except ValidationError:
            return
        self._results.pop(key, None)
        error = timeout_problem(address, CONNECT_TIMEOUT_S)
        if key == self.target_key():
            self._show_message(self._ui.status_label, user_message(error), problem=True)
            self._advance_when_checked = False
            self._ui.url_edit.setFocus()

    def _check_finished(self) -> None:
        self._pending = None
        self._watchdog.stop()
        self._ui.busy_bar.hide()
        self._ui.test_button.setEnabled(True)

    def _focus_target(self, error: DlzwError | None = None) -> None:
        ui = self._ui
        if self.is_local():
            ui.path_edit.setFocus()
        elif isinstance(error, StorageError) and error.code in (
            "setup.login_failed",
            "setup.password_needed",
        ):
            ui.password_edit.setFocus()
        else:
            ui.url_edit.setFocus()

    def _show_current(self) -> None:
        """Show the check of the database the fields name now (or that it is not checked yet)."""
        label = self._ui.status_label
        key = self.target_key()
        found = self._results.get(key)
        if found is None:
            if self._pending == key:
                return  # "checking…" stays
            if self.is_local():
                self._show_message(label, "")
            else:
                self._show_message(
                    label,
                    self.tr(
                        "Not tested yet: Test connection checks the address now; Next checks it before it "
                        "goes on."
                    ),
                )
            return
        if isinstance(found, DlzwError):
            self._show_message(label, user_message(found), problem=True)
            return
        self._show_message(label, self.describe(found), problem=not found.usable)

    def describe(self, result: ProbeResult) -> str:
        """What the check found and what finishing will do, in the user's language."""
        parts: list[str] = []
        state = result.state
        if result.backend is Backend.POSTGRESQL:
            parts.append(
                self.tr("Connected: PostgreSQL {version}, database {database}, login {login}.").format(
                    version=result.server_version, database=result.database, login=result.login
                )
            )
            if state is SchemaState.NEW and result.may_set_up:
                parts.append(self.tr("The database is empty: DLZW Desktop sets it up when you finish."))
            elif state is SchemaState.NEW:
                parts.append(
                    self.tr(
                        "The database is empty, but the login {login} may not set it up (create tables and "
                        "roles). Set it up once with the owner's login (dlzw init, see the administration "
                        "guide), or ask the administration."
                    ).format(login=result.login)
                )
            elif state is SchemaState.CURRENT:
                parts.append(self.tr("It holds a DLZW database of this version: it is opened as it is."))
            elif state is SchemaState.OLDER and result.may_set_up:
                parts.append(
                    self.tr(
                        "It holds a DLZW database of an older version: it is upgraded when it is opened. "
                        "Make sure a current backup exists."
                    )
                )
            elif state is SchemaState.OLDER:
                parts.append(
                    self.tr(
                        "It holds a DLZW database of an older version, which only its owner may upgrade. Ask "
                        "the administration to run dlzw init, then test again."
                    )
                )
            elif state is SchemaState.NEWER:
                parts.append(
                    self.tr(
                        "It holds a DLZW database of a newer version. This DLZW Desktop is too old for it: "
                        "install the current version. Nothing was changed."
                    )
                )
            else:
                parts.append(
                    self.tr(
                        "It holds tables of another program, not a DLZW database. Choose an empty database "
                        "or a DLZW database; nothing was changed."
                    )
                )
        elif state is SchemaState.NEW:
            parts.append(self.tr("A new database will be created here."))
        elif state is SchemaState.CURRENT:
            parts.append(self.tr("A DLZW database is already stored here: it is opened as it is."))
        elif state is SchemaState.OLDER:
            parts.append(
                self.tr(
                    "A DLZW database of an older version is stored here: it is upgraded when it is opened."
                )
            )
        elif state is SchemaState.NEWER:
            parts.append(
                self.tr(
                    "This file was written by a newer version of DLZW Desktop, which this version cannot "
                    "open: install the current version, or choose another file."
                )
            )
        elif state is SchemaState.KIT:
            parts.append(
                self.tr(
                    "This is an encrypted laptop kit: DLZW Desktop asks for its passphrase when it opens it."
                )
            )
        else:
            parts.append(
                self.tr(
                    "This file is not a DLZW database. Choose another file name; the file stays untouched."
                )
            )
        if result.usable and result.has_data:
            parts.append(self.tr("It already holds people and cases."))
        if result.network_share:
            parts.append(
                self.tr(
                    "Warning: this is a network drive. A database file there can be damaged when several "
                    "computers use it; several workstations share a PostgreSQL database instead."
                )
            )
        return " ".join(parts)

    def _show_message(self, label: QLabel, text: str, *, problem: bool = False) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        colour = ("#ff8a80" if is_dark() else "#b3261e") if problem else ""
        label.setStyleSheet(f"color: {colour};" if colour else "")
        label.setAccessibleDescription(text)

    # -- page 4: the summary -------------------------------------------------------------------------

    def _fill_summary(self) -> None:
        ui = self._ui
        result = self.checked_database()
        if result is None:
            return
        plan = self.plan()
        if plan.organisation is None:
            if result.state is SchemaState.KIT:
                organisation = self.tr("From the office database (the laptop kit brings it along).")
            else:
                organisation = self.tr(
                    "The database already names its organisation ({name}); it stays as it is. Change it "
                    "under Settings."
                ).format(name=result.organisation_name)
        else:
            lines = [plan.organisation["organisation_name"], plan.organisation.get("organisation_unit", "")]
            lines += plan.organisation.get("letterhead_address", "").splitlines()
            lines.append(plan.organisation.get("letterhead_contact", ""))
            organisation = "\n".join(line for line in lines if line)
        ui.summary_organisation_label.setText(organisation)

        if result.backend is Backend.POSTGRESQL:
            database = self.tr("PostgreSQL database {location}").format(location=result.location)
            if plan.password:
                database += "\n" + self.tr(
                    "The password is saved for your user account in {file} (readable only by you), not in "
                    "the settings of DLZW Desktop."
                ).format(file=pgpass_path())
        else:
            database = self.tr("File {path}").format(path=result.location)
        ui.summary_database_label.setText(database)

        if not self._demo_offered(result):
            demo = self.tr("None (the database is not empty).") if result.has_data else self.tr("None.")
        elif plan.load_demo:
            demo = self.tr("{count} fictitious cases are loaded after you have signed in.").format(
                count=self._demo_cases
            )
        else:
            demo = self.tr("None: you start with an empty database.")
        ui.summary_demo_label.setText(demo)

        if result.state is SchemaState.KIT:
            steps = self.tr("Next, DLZW Desktop opens the laptop kit and asks for its passphrase.")
        elif result.state is SchemaState.NEW:
            steps = self.tr(
                "Next, DLZW Desktop sets up the database and asks you for the administrator account: the "
                "administrator signs in first and creates the accounts of colleagues."
            )
        else:
            steps = self.tr(
                "Next, DLZW Desktop opens the database. You sign in with your account; if the database has "
                "no accounts yet, you create the administrator account."
            )
        ui.summary_next_label.setText(steps)
