"""The main window: navigation, sections (created on first visit), menus and status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QWidget

from dlzw_desktop.paths import log_dir
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.generated.ui_main_window import Ui_MainWindow
from dlzw_desktop.ui.settings_store import SettingsStore

if TYPE_CHECKING:  # importing services at start-up would pull in SQLAlchemy before the first paint
    from dlzw_desktop.services.registry import Services

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Section:
    """One entry of the navigation."""

    key: str
    title: str
    description: str


class MainWindow(QMainWindow):
    """Navigation on the left, the current section on the right.

    Signals: ``first_painted()`` once the window has been painted the first time;
    ``open_database_requested()``, ``backup_requested()``, ``demo_requested()`` from the File menu;
    ``users_requested()``, ``audit_requested()``, ``data_protection_requested()``, ``backups_requested()``,
    ``change_password_requested()``, ``sign_out_requested()`` from the Administration menu.
    """

    first_painted = Signal()
    open_database_requested = Signal()
    backup_requested = Signal()
    demo_requested = Signal()
    users_requested = Signal()
    audit_requested = Signal()
    data_protection_requested = Signal()
    backups_requested = Signal()
    change_password_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._services: Services | None = None
        self._painted = False
        self._ui = Ui_MainWindow()
        self._ui.setupUi(self)
        self.setWindowTitle(self.tr("DLZW Desktop – Microloan advice"))
        self._sections = self._declare_sections()
        self._section_widgets: dict[str, QWidget] = {}
        self._busy_label = QLabel(self.tr("Opening the database…"))
        self._busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._busy_label.setAccessibleName(self.tr("Status"))
        self._ui.sections_stack.addWidget(self._busy_label)
        self._setup_navigation()
        self._setup_status_bar()
        self._ui.action_quit.triggered.connect(self.close)
        self._ui.action_about.triggered.connect(self._on_action_about_triggered)
        self._ui.action_open_log_folder.triggered.connect(self._on_action_open_log_folder_triggered)
        self._ui.action_open_database.triggered.connect(self.open_database_requested)
        self._ui.action_backup.triggered.connect(self.backup_requested)
        self._ui.action_load_demo.triggered.connect(self.demo_requested)
        self._ui.action_users.triggered.connect(self.users_requested)
        self._ui.action_audit.triggered.connect(self.audit_requested)
        self._ui.action_data_protection.triggered.connect(self.data_protection_requested)
        self._ui.action_backups.triggered.connect(self.backups_requested)
        self._ui.action_change_password.triggered.connect(self.change_password_requested)
        self._ui.action_sign_out.triggered.connect(self.sign_out_requested)
        self._locked_section: str | None = None
        self._set_database_actions_enabled(False)
        self._restore_window_state()

    def _declare_sections(self) -> list[Section]:
        return [
            Section("overview", self.tr("Overview"), ""),
            Section(
                "cases",
                self.tr("Cases"),
                self.tr(
                    "Here advisors will follow each microloan case from the first consultation through "
                    "documents, assessment and recommendation to the lender's decision, payout and "
                    "monitoring. This section is being built."
                ),
            ),
            Section(
                "people",
                self.tr("People & businesses"),
                self.tr(
                    "Here you will record founders, co-founders and guarantors and their businesses, "
                    "with a duplicate check at intake. This section is being built."
                ),
            ),
            Section(
                "properties",
                self.tr("Properties"),
                self.tr(
                    "Here you will keep the register of vacant shops and workshops, the space requests "
                    "of founders and the explained matches between them. This section is being built."
                ),
            ),
            Section(
                "consultation_days",
                self.tr("Consultation days"),
                self.tr(
                    "Here you will plan neighbourhood consultation days with appointment slots and take "
                    "the work to a laptop without network. This section is being built."
                ),
            ),
            Section(
                "reports",
                self.tr("Reports"),
                self.tr(
                    "Here you will produce the annual microfinance report as PDF and Excel, programme "
                    "costs per job and the local value-creation indicator. This section is being built."
                ),
            ),
            Section("settings", self.tr("Settings"), ""),
        ]

    def _setup_navigation(self) -> None:
        navigation = self._ui.navigation_list
        for index, section in enumerate(self._sections, start=1):
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, section.title)
            navigation.addItem(item)
            action = QAction(section.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(self._make_show(section.key))
            self._ui.menu_view.addAction(action)
        navigation.currentRowChanged.connect(self._on_navigation_list_current_row_changed)
        navigation.setEnabled(False)

    def _make_show(self, key: str) -> Callable[[], None]:
        return lambda: self.show_section(key)

    def _setup_status_bar(self) -> None:
        self._database_label = QLabel()
        self._database_label.setAccessibleName(self.tr("Database in use"))
        self._user_label = QLabel()
        self._user_label.setAccessibleName(self.tr("Signed-in user"))
        self._activity_label = QLabel()
        self._activity_label.setAccessibleName(self.tr("Background activity"))
        self._ui.status_bar.addWidget(self._activity_label, 1)
        self._ui.status_bar.addPermanentWidget(self._database_label)
        self._ui.status_bar.addPermanentWidget(self._user_label)

    def _set_database_actions_enabled(self, enabled: bool) -> None:
        self._ui.action_backup.setEnabled(enabled)
        self._ui.action_load_demo.setEnabled(enabled)
        for action in (
            self._ui.action_users,
            self._ui.action_audit,
            self._ui.action_data_protection,
            self._ui.action_backups,
            self._ui.action_change_password,
        ):
            action.setEnabled(enabled)
        self._ui.action_sign_out.setText(self.tr("&Sign out") if enabled else self.tr("&Sign in…"))

    def _apply_role(self, services: Services) -> None:
        """Offer only what the role may do (the services check again: this is for clarity)."""
        from dlzw_desktop.services.permissions import Permission, allowed  # noqa: PLC0415

        role = services.context.user.principal.role
        self._ui.action_users.setEnabled(allowed(role, Permission.MANAGE_USERS))
        self._ui.action_audit.setEnabled(allowed(role, Permission.VIEW_AUDIT))
        self._ui.action_data_protection.setEnabled(allowed(role, Permission.DATA_PROTECTION))
        self._ui.action_backups.setEnabled(allowed(role, Permission.BACKUP))
        self._ui.action_backup.setEnabled(allowed(role, Permission.BACKUP))

    # -- database ----------------------------------------------------------------------------------

    @property
    def services(self) -> Services | None:
        return self._services

    def show_busy(self, text: str) -> None:
        self._busy_label.setText(text)
        self._ui.sections_stack.setCurrentWidget(self._busy_label)
        self._ui.navigation_list.setEnabled(False)

    def show_activity(self, text: str) -> None:
        self._activity_label.setText(text)

    def attach(self, services: Services) -> None:
        """Show the sections on ``services`` (replacing those of a previously open database)."""
        self.detach()
        self._services = services
        principal = services.context.user.principal
        self._database_label.setText(
            self.tr("Database: {location}").format(location=services.info.location())
        )
        self._user_label.setText(self.tr("User: {name}").format(name=principal.display_name))
        self._ui.navigation_list.setEnabled(True)
        self._set_database_actions_enabled(True)
        self._apply_role(services)
        last = self._store.load().last_section
        keys = [s.key for s in self._sections]
        self.show_section(last if last in keys else "overview")
        self._ui.navigation_list.setFocus()

    def lock(self, text: str) -> None:
        """Hide the sections behind a message (an expired session); they keep what was entered."""
        if self._locked_section is None:
            self._locked_section = self.current_section() or "overview"
        self.show_busy(text)
        self._set_database_actions_enabled(False)
        self._ui.action_sign_out.setEnabled(True)

    def unlock(self) -> None:
        section, self._locked_section = self._locked_section, None
        if self._services is None:
            return
        self._ui.navigation_list.setEnabled(True)
        self._set_database_actions_enabled(True)
        self._apply_role(self._services)
        key = section or "overview"
        widget = self._section_widgets.get(key)
        if widget is not None:
            self._ui.sections_stack.setCurrentWidget(widget)
        else:
            self.show_section(key)

    @property
    def locked(self) -> bool:
        return self._locked_section is not None

    def detach(self) -> None:
        self._locked_section = None
        for widget in self._section_widgets.values():
            self._ui.sections_stack.removeWidget(widget)
            widget.deleteLater()
        self._section_widgets.clear()
        self._services = None
        self._set_database_actions_enabled(False)

    # -- sections ----------------------------------------------------------------------------------

    def current_section(self) -> str | None:
        item = self._ui.navigation_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def section_widget(self, key: str) -> QWidget | None:
        return self._section_widgets.get(key)

    def show_section(self, key: str) -> None:
        if self._services is None or self._locked_section is not None:
            return
        keys = [s.key for s in self._sections]
        row = keys.index(key)
        if self._ui.navigation_list.currentRow() != row:
            self._ui.navigation_list.setCurrentRow(row)  # comes back here through the signal
            return
        widget = self._section_widgets.get(key)
        if widget is None:
            widget = self._create_section(self._sections[row])
            self._section_widgets[key] = widget
            self._ui.sections_stack.addWidget(widget)
        self._ui.sections_stack.setCurrentWidget(widget)

    def _on_navigation_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._sections):
            self.show_section(self._sections[row].key)

    def _create_section(self, section: Section) -> QWidget:
        services = self._services
        assert services is not None
        if section.key == "overview":
            from dlzw_desktop.ui.overview_view import OverviewView  # noqa: PLC0415 - loaded on first visit

            return OverviewView(services, self)
        if section.key == "settings":
            from dlzw_desktop.ui.settings_view import SettingsView  # noqa: PLC0415

            view = SettingsView(services, self._store, self)
            view.backup_requested.connect(self.backup_requested)
            view.database_change_requested.connect(self.open_database_requested)
            return view
        from dlzw_desktop.ui.coming_view import ComingView  # noqa: PLC0415

        return ComingView(section.title, section.description, self)

    # -- menus -------------------------------------------------------------------------------------

    def _on_action_about_triggered(self) -> None:
        from dlzw_desktop.ui.about_dialog import AboutDialog  # noqa: PLC0415 - rarely used, not at start-up

        AboutDialog(self).exec()

    def _on_action_open_log_folder_triggered(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    # -- window state ------------------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        geometry = self._store.restore_state("main_window_geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self._store.restore_state("main_window_state")
        if state is not None:
            self.restoreState(state)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._store.save_state("main_window_geometry", self.saveGeometry())
        self._store.save_state("main_window_state", self.saveState())
        section = self.current_section()
        if section is not None and self._services is not None:
            self._store.update(last_section=section)
        super().closeEvent(event)

    @override
    def event(self, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return super().event(event)
