"""The main window: navigation, sections (created on first visit), menus and status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from dlzw_desktop.paths import log_dir
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.generated.ui_main_window import Ui_MainWindow
from dlzw_desktop.ui.settings_store import SettingsStore

if TYPE_CHECKING:  # importing services at start-up would pull in SQLAlchemy before the first paint
    from dlzw_desktop.services.registry import Services
    from dlzw_desktop.services.search_service import SearchHit
    from dlzw_desktop.services.sync_service import KitInfoRow
    from dlzw_desktop.ui.global_search_popup import GlobalSearchPopup, MoreRequest
    from dlzw_desktop.ui.list_export import ListExporter
    from dlzw_desktop.ui.recent_items import RecentItem  # json and uuid: not before the first paint

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
        self._database = ""
        self._search_popup: GlobalSearchPopup | None = None
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
        self._ui.action_global_search.triggered.connect(self.show_global_search)
        self._ui.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        self._ui.action_export_list.triggered.connect(self._on_action_export_list_triggered)
        self._list_exporter: ListExporter | None = None
        self._ui.action_import.triggered.connect(self.open_import)
        self._set_database_actions_enabled(False)
        self._restore_window_state()
        # SVG icons load Qt's SVG plugin: after the first paint, so start-up does not wait for them.
        self.first_painted.connect(self._load_navigation_icons)

    def _load_navigation_icons(self) -> None:
        from dlzw_desktop.ui.icons import icon  # noqa: PLC0415 - SVG icons only after the first paint

        navigation = self._ui.navigation_list
        navigation.setIconSize(QSize(22, 22))
        for row, section in enumerate(self._sections):
            navigation.item(row).setIcon(icon(f"sections/{section.key}"))
        ui = self._ui
        for action, name in (
            (ui.action_global_search, "actions/search"),
            (ui.action_open_database, "actions/open_database"),
            (ui.action_backup, "actions/backup"),
        ):
            action.setIcon(icon(name))
        ui.menu_recent.setIcon(icon("actions/recent"))

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
            Section("quarters", self.tr("Quarters & initiatives"), ""),
            Section("consultation_days", self.tr("Consultation days"), ""),
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
            action = QAction(section.title.replace("&", "&&"), self)  # "&&": an ampersand, no mnemonic
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
        # On a laptop kit this stays visible the whole time: the advisor must never mistake it for the office.
        self._kit_label = QLabel()
        self._kit_label.setAccessibleName(self.tr("Laptop kit"))
        self._kit_label.setStyleSheet(
            "QLabel { background: #ffd43b; color: #1f1600; font-weight: bold; padding: 2px 8px; "
            "border-radius: 3px; }"
        )
        self._kit_label.setVisible(False)
        self._ui.status_bar.addWidget(self._kit_label)
        self._ui.status_bar.addWidget(self._activity_label, 1)
        self._ui.status_bar.addPermanentWidget(self._database_label)
        self._ui.status_bar.addPermanentWidget(self._user_label)

    def _set_database_actions_enabled(self, enabled: bool) -> None:
        self._ui.action_backup.setEnabled(enabled)
        self._ui.action_load_demo.setEnabled(enabled)
        self._ui.action_global_search.setEnabled(enabled)
        self._ui.menu_recent.setEnabled(enabled)
        self._ui.action_export_list.setEnabled(enabled)
        self._ui.action_import.setEnabled(enabled)
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
        self._ui.action_import.setEnabled(allowed(role, Permission.IMPORT_DATA))
        self._ui.action_export_list.setEnabled(allowed(role, Permission.EXPORT_DATA))

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
        self._database = services.info.location()
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

    def show_kit(self, kit: KitInfoRow | None) -> None:
        """Mark the window as working on a laptop kit (status bar and title), or as the office."""
        title = self.tr("DLZW Desktop – Microloan advice")
        if kit is None:
            self._kit_label.setVisible(False)
            self.setWindowTitle(title)
            return
        days = ", ".join(f"{day.held_on:%d.%m.%Y} {day.place}" for day in kit.days)
        text = self.tr("Laptop kit {code} · consultation day {days}").format(code=kit.code, days=days)
        self._kit_label.setText(text)
        self._kit_label.setToolTip(
            self.tr(
                "This is an encrypted copy for working offline. Write a check-in package in the section "
                "Consultation days and import it in the office."
            )
        )
        self._kit_label.setVisible(True)
        self.setWindowTitle(f"{title} – {text}")

    def kit_status(self) -> str | None:
        """The laptop-kit text of the status bar (None in the office)."""
        return self._kit_label.text() if not self._kit_label.isHidden() else None

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
        self.show_kit(None)
        self._locked_section = None
        for widget in self._section_widgets.values():
            self._ui.sections_stack.removeWidget(widget)
            widget.deleteLater()
        self._section_widgets.clear()
        if self._search_popup is not None:
            self._search_popup.deleteLater()
            self._search_popup = None
        if self._list_exporter is not None:  # it belongs to the database being closed
            self._list_exporter.cancel()
            self._list_exporter.deleteLater()
            self._list_exporter = None
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

    def open_case(self, case_id: object) -> None:
        """Show the case ``case_id`` in the Fälle section (from the Übersicht, for example)."""
        self.show_section("cases")
        view = self._section_widgets.get("cases")
        if view is not None and hasattr(view, "open_case"):
            view.open_case(case_id)

    def open_person(self, person_id: object) -> None:
        """Open the person ``person_id`` in the Personen & Unternehmen section."""
        self.show_section("people")
        view = self._section_widgets.get("people")
        if view is not None and hasattr(view, "open_person"):
            view.open_person(person_id)

    def open_business(self, business_id: object) -> None:
        """Open the business ``business_id`` in the Personen & Unternehmen section."""
        self.show_section("people")
        view = self._section_widgets.get("people")
        if view is not None and hasattr(view, "open_business"):
            view.open_business(business_id)

    def open_property(self, property_id: object) -> None:
        """Open the property ``property_id`` in the Immobilien section."""
        self.show_section("properties")
        view = self._section_widgets.get("properties")
        if view is not None and hasattr(view, "open_property"):
            view.open_property(property_id)

    def open_record(self, item: RecentItem) -> None:
        """Open a record found by the global search or chosen among the recently opened ones."""
        opener = {
            "case": self.open_case,
            "person": self.open_person,
            "business": self.open_business,
            "property": self.open_property,
        }[item.kind]
        opener(item.id)

    # -- global search and recently opened records -------------------------------------------------

    def show_global_search(self) -> None:
        """Ctrl+K: the search over cases, persons, businesses and properties."""
        if self._services is None:
            return
        if self._search_popup is None:
            from dlzw_desktop.ui.global_search_popup import GlobalSearchPopup  # noqa: PLC0415 - first use

            self._search_popup = GlobalSearchPopup(self._services, self._store, self)
            self._search_popup.record_chosen.connect(self.open_record)
            self._search_popup.more_requested.connect(self._on_search_popup_more_requested)
        self._search_popup.popup()

    @property
    def search_popup(self) -> GlobalSearchPopup | None:
        return self._search_popup

    def _on_search_popup_more_requested(self, request: MoreRequest) -> None:
        section = {"case": "cases", "person": "people", "business": "people", "property": "properties"}
        self.show_section(section[request.kind])
        view = self._section_widgets.get(section[request.kind])
        method = {"person": "search_persons", "business": "search_businesses"}.get(request.kind, "search_for")
        if view is not None and hasattr(view, method):
            getattr(view, method)(request.text)

    def remember(self, hit: SearchHit) -> None:
        """Put the record of ``hit`` first in the recently opened ones of this database."""
        from dlzw_desktop.ui.recent_items import RecentItem, remembered  # noqa: PLC0415 - after the first paint

        if self._services is None:
            return
        item = RecentItem(hit.kind.value, hit.id, hit.title, hit.subtitle, self._database)
        self._store.update(recent_items=remembered(self._store.load().recent_items, item))

    def recent_items(self) -> list[RecentItem]:
        """The records recently opened in the open database, newest first."""
        from dlzw_desktop.ui.recent_items import recent_in  # noqa: PLC0415 - after the first paint

        return recent_in(self._store.load().recent_items, self._database)

    def _fill_recent_menu(self) -> None:
        menu = self._ui.menu_recent
        menu.clear()
        items = self.recent_items() if self._services is not None else []
        from dlzw_desktop.ui.icons import KIND_ICONS, icon  # noqa: PLC0415 - after the first paint

        for item in items:
            action = menu.addAction(icon(KIND_ICONS[item.kind]), item.title.replace("&", "&&"))
            action.setStatusTip(item.subtitle)
            action.setToolTip(item.subtitle)
            action.triggered.connect(self._make_open(item))
        if not items:
            menu.addAction(self.tr("No records opened yet")).setEnabled(False)

    def _make_open(self, item: RecentItem) -> Callable[[], None]:
        return lambda: self.open_record(item)

    def _on_navigation_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._sections):
            self.show_section(self._sections[row].key)

    def _create_section(self, section: Section) -> QWidget:
        services = self._services
        assert services is not None
        if section.key == "overview":
            from dlzw_desktop.ui.overview_view import OverviewView  # noqa: PLC0415 - loaded on first visit

            return OverviewView(services, self)
        if section.key == "cases":
            from dlzw_desktop.services import search_service  # noqa: PLC0415 - loaded on first visit
            from dlzw_desktop.ui.cases_view import CasesView  # noqa: PLC0415 - loaded on first visit

            cases = CasesView(services, self)
            cases.case_view.loaded.connect(lambda case: self.remember(search_service.case_hit(case)))
            return cases
        if section.key == "people":
            from dlzw_desktop.services import search_service  # noqa: PLC0415 - loaded on first visit
            from dlzw_desktop.ui.people_view import PeopleView  # noqa: PLC0415 - loaded on first visit

            people = PeopleView(services, self)
            people.person_opened.connect(lambda row: self.remember(search_service.person_hit(row)))
            people.business_opened.connect(lambda row: self.remember(search_service.business_hit(row)))
            return people
        if section.key == "quarters":
            from dlzw_desktop.ui.quarters_view import QuartersView  # noqa: PLC0415

            return QuartersView(services, self)
        if section.key == "settings":
            from dlzw_desktop.ui.settings_view import SettingsView  # noqa: PLC0415

            view = SettingsView(services, self._store, self)
            view.backup_requested.connect(self.backup_requested)
            view.database_change_requested.connect(self.open_database_requested)
            return view
        if section.key == "properties":
            from dlzw_desktop.services import search_service  # noqa: PLC0415 - loaded on first visit
            from dlzw_desktop.ui.properties_view import PropertiesView  # noqa: PLC0415

            properties = PropertiesView(services, self)
            properties.property_opened.connect(lambda row: self.remember(search_service.property_hit(row)))
            return properties
        if section.key == "reports":
            from dlzw_desktop.ui.reports_view import ReportsView  # noqa: PLC0415 - loaded on first visit

            return ReportsView(services, self._store, self)
        if section.key == "consultation_days":
            from dlzw_desktop.ui.consultation_days_view import ConsultationDaysView  # noqa: PLC0415

            return ConsultationDaysView(services, self)
        from dlzw_desktop.ui.coming_view import ComingView  # noqa: PLC0415

        return ComingView(section.title, section.description, self)

    # -- menus -------------------------------------------------------------------------------------

    def open_import(self) -> QWidget | None:
        """File > Import list…: the import dialog, for the kind of list of the section on screen."""
        services = self._services
        if services is None:
            return None
        from dlzw_desktop.services.importing.mapping import ImportKind  # noqa: PLC0415 - on first use
        from dlzw_desktop.ui.import_dialog import ImportDialog  # noqa: PLC0415 - on first use

        kinds = {"cases": ImportKind.CASES, "properties": ImportKind.PROPERTIES}
        dialog = ImportDialog(services, kinds.get(self.current_section() or "", ImportKind.PERSONS), self)
        dialog.imported.connect(self._on_import_dialog_imported)
        dialog.open()
        return dialog

    def _on_import_dialog_imported(self, _result: object) -> None:
        for widget in self._section_widgets.values():
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()

    def _on_action_about_triggered(self) -> None:
        from dlzw_desktop.ui.about_dialog import AboutDialog  # noqa: PLC0415 - rarely used, not at start-up

        AboutDialog(self).exec()

    def _on_action_export_list_triggered(self) -> None:
        """Export the list the user is in (focus), as filtered and sorted on screen, to Excel."""
        from dlzw_desktop.domain.dates import today_berlin  # noqa: PLC0415 - not needed at start-up
        from dlzw_desktop.ui.list_export import ListExporter, file_stem, pick_list  # noqa: PLC0415

        key = self.current_section()
        section = self._section_widgets.get(key) if key is not None else None
        if self._services is None or section is None:
            return
        view = pick_list(section, QApplication.focusWidget())
        if view is None:
            QMessageBox.information(
                self,
                self.tr("Export list to Excel"),
                self.tr("Click into the list you want to export, then choose Export list again."),
            )
            return
        title = next(s.title for s in self._sections if s.key == key)
        name = view.accessibleName()
        if self._list_exporter is None:
            self._list_exporter = ListExporter(self._services, self)
        self._list_exporter.export_view(
            view,
            title=f"{title} – {name}" if name else title,
            suggested_name=file_stem(title, name, today_berlin().isoformat()),
        )

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
