"""Quartiere & Initiativen: target quarters and their page, local initiatives, the local economy picture.

Everything that touches the database runs through ``run_in_background``; dialogs save through the services
themselves and report back with their ``saved`` signal.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QLocale, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableView,
    QWidget,
)

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import QuarterStatus
from dlzw_desktop.domain.neighbourhood import (
    DistrictIndicator,
    GoalProgress,
    ReferenceFigure,
    language_name_de,
)
from dlzw_desktop.services.initiative_service import (
    InitiativeRow,
    InvitationExport,
    MeetingRow,
    MemberRow,
    ReminderRow,
)
from dlzw_desktop.services.local_economy_service import (
    LanguageCount,
    LocalEconomyPicture,
    StatisticsImportResult,
)
from dlzw_desktop.services.permissions import Permission, allowed
from dlzw_desktop.services.quarter_service import (
    GOAL_JOBS,
    GOAL_REACTIVATED_UNITS,
    GOAL_RECOMMENDED_LOANS,
    QuarterBusinessRow,
    QuarterCaseRow,
    QuarterDayRow,
    QuarterInitiativeRow,
    QuarterPage,
    QuarterPropertyRow,
    QuarterRow,
)
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.generated.ui_quarters_view import Ui_QuartersView
from dlzw_desktop.ui.i18n import QT_TRANSLATE_NOOP
from dlzw_desktop.ui.labels import enum_label, register_labels
from dlzw_desktop.ui.local_economy_chart import LocalEconomyChart
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.neighbourhood_widgets import format_date, format_number
from dlzw_desktop.ui.quarter_table_model import Column, RowTableModel, attach, selected_row
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)

register_labels(
    {
        DistrictIndicator.POPULATION: QT_TRANSLATE_NOOP("labels", "Residents"),
        DistrictIndicator.POPULATION_MIGRANT: QT_TRANSLATE_NOOP(
            "labels", "Residents with a migration background"
        ),
        DistrictIndicator.BUSINESSES: QT_TRANSLATE_NOOP("labels", "Registered businesses"),
        DistrictIndicator.BUSINESS_REGISTRATIONS: QT_TRANSLATE_NOOP("labels", "Trade registrations"),
        DistrictIndicator.VACANT_UNITS: QT_TRANSLATE_NOOP("labels", "Vacant commercial units (statistics)"),
    }
)

REFERENCE_LABELS = {
    "population": QT_TRANSLATE_NOOP("QuartersView", "Residents"),
    "population_migrant_share": QT_TRANSLATE_NOOP(
        "QuartersView", "Residents with a migration background (%)"
    ),
    "supported_per_1000_residents": QT_TRANSLATE_NOOP(
        "QuartersView", "Supported businesses per 1,000 residents"
    ),
    "businesses": QT_TRANSLATE_NOOP("QuartersView", "Registered businesses"),
    "supported_per_100_businesses": QT_TRANSLATE_NOOP(
        "QuartersView", "Supported per 100 registered businesses"
    ),
    "business_registrations": QT_TRANSLATE_NOOP("QuartersView", "Trade registrations"),
    "vacant_units": QT_TRANSLATE_NOOP("QuartersView", "Vacant commercial units (statistics)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuartersView", text)


def _date_key(value: Any) -> str:
    return value.isoformat() if value is not None else ""


@dataclass(frozen=True, slots=True)
class FigureLine:
    """A line of the local economy table: figure, quarter, city."""

    label: str
    quarter: str
    city: str
    quarter_sort: float = 0.0


def language_name(code: str) -> str:
    """A language's name in the user's language (German names from the domain table)."""
    if not code:
        return QCoreApplication.translate("QuartersView", "not stated")
    if QLocale().language() == QLocale.Language.German:
        return language_name_de(code)
    language = QLocale(code).language()
    return QLocale.languageToString(language) if language != QLocale.Language.C else code.upper()


QUARTER_COLUMNS: list[Column[QuarterRow]] = [
    Column(QT_TRANSLATE_NOOP("QuartersView", "Quarter"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Status"), lambda r: enum_label(r.status)),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Districts"), lambda r: ", ".join(r.district_names)),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Base year"),
        lambda r: str(r.base_year),
        lambda r: r.base_year,
        True,
    ),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Responsible"), lambda r: r.responsible_name),
]
CASE_COLUMNS: list[Column[QuarterCaseRow]] = [
    Column(QT_TRANSLATE_NOOP("QuartersView", "Case"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Business"), lambda r: r.business_name),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Stage"), lambda r: enum_label(r.stage)),
    Column(QT_TRANSLATE_NOOP("QuartersView", "District"), lambda r: r.district_name),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Opened"),
        lambda r: format_date(r.opened_on),
        lambda r: _date_key(r.opened_on),
    ),
]
BUSINESS_COLUMNS: list[Column[QuarterBusinessRow]] = [
    Column(QT_TRANSLATE_NOOP("QuartersView", "Business"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Sector (WZ 2008)"), lambda r: r.sector),
    Column(QT_TRANSLATE_NOOP("QuartersView", "District"), lambda r: r.district_name),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Cases"),
        lambda r: QLocale().toString(r.cases),
        lambda r: r.cases,
        True,
    ),
]
PROPERTY_COLUMNS: list[Column[QuarterPropertyRow]] = [
    Column(QT_TRANSLATE_NOOP("QuartersView", "Address"), lambda r: r.street),
    Column(QT_TRANSLATE_NOOP("QuartersView", "District"), lambda r: r.district_name),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Status"), lambda r: enum_label(r.status)),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Area (m²)"),
        lambda r: format_number(r.area_m2, 0),
        lambda r: float(r.area_m2),
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "In use since"),
        lambda r: format_date(r.let_on),
        lambda r: _date_key(r.let_on),
    ),
]
DAY_COLUMNS: list[Column[QuarterDayRow]] = [
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Date"),
        lambda r: format_date(r.held_on),
        lambda r: _date_key(r.held_on),
    ),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Place"), lambda r: r.place),
    Column(QT_TRANSLATE_NOOP("QuartersView", "District"), lambda r: r.district_name),
]
QUARTER_INITIATIVE_COLUMNS: list[Column[QuarterInitiativeRow]] = [
    Column(QT_TRANSLATE_NOOP("QuartersView", "Initiative"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Type"), lambda r: enum_label(r.kind)),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Members"),
        lambda r: QLocale().toString(r.members),
        lambda r: r.members,
        True,
    ),
]
INITIATIVE_COLUMNS: list[Column[InitiativeRow]] = [
    Column(QT_TRANSLATE_NOOP("QuartersView", "Initiative"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Type"), lambda r: enum_label(r.kind)),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Quarter / districts"),
        lambda r: " · ".join(part for part in (r.quarter_name, ", ".join(r.district_names)) if part),
    ),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Members"),
        lambda r: QLocale().toString(r.members),
        lambda r: r.members,
        True,
    ),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Contacts"), lambda r: ", ".join(r.contacts)),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Last meeting"),
        lambda r: format_date(r.last_meeting),
        lambda r: _date_key(r.last_meeting),
    ),
]
MEMBER_COLUMNS: list[Column[MemberRow]] = [
    Column(QT_TRANSLATE_NOOP("QuartersView", "Name"), lambda r: r.name),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Kind"),
        lambda r: (
            QCoreApplication.translate("QuartersView", "Person")
            if r.kind == "person"
            else QCoreApplication.translate("QuartersView", "Business")
        ),
    ),
    Column(QT_TRANSLATE_NOOP("QuartersView", "District / sector"), lambda r: r.detail),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Role"), lambda r: r.role),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Contact person"),
        lambda r: QCoreApplication.translate("QuartersView", "yes") if r.is_contact else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Invitations"),
        lambda r: (
            QCoreApplication.translate("QuartersView", "consent since {date}").format(
                date=format_date(r.consent_since)
            )
            if r.consent_since
            else QCoreApplication.translate("QuartersView", "no consent: not invited")
        ),
        lambda r: _date_key(r.consent_since),
    ),
]
MEETING_COLUMNS: list[Column[MeetingRow]] = [
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Date"),
        lambda r: format_date(r.held_on),
        lambda r: _date_key(r.held_on),
    ),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Participants"), lambda r: " ".join(r.participants.split())),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Actions"),
        lambda r: QLocale().toString(len(r.actions)),
        lambda r: len(r.actions),
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Missing offers"),
        lambda r: ", ".join(f"{o.sector_code} {o.sector_name}" for o in r.missing_offers),
    ),
]
REMINDER_COLUMNS: list[Column[ReminderRow]] = [
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Due"),
        lambda r: format_date(r.due_on),
        lambda r: _date_key(r.due_on),
    ),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Reminder"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Assigned to"), lambda r: r.assigned_to),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Done"),
        lambda r: QCoreApplication.translate("QuartersView", "done") if r.done else "",
    ),
]
FIGURE_COLUMNS: list[Column[FigureLine]] = [
    Column(QT_TRANSLATE_NOOP("QuartersView", "Figure"), lambda r: r.label),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Quarter"), lambda r: r.quarter, lambda r: r.quarter_sort, True),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Dortmund"), lambda r: r.city, None, True),
]
LANGUAGE_COLUMNS: list[Column[LanguageCount]] = [
    Column(QT_TRANSLATE_NOOP("QuartersView", "Language"), lambda r: language_name(r.code)),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Consultations, quarter"),
        lambda r: QLocale().toString(r.consultations),
        lambda r: r.consultations,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Consultations, city"),
        lambda r: QLocale().toString(r.city_consultations),
        lambda r: r.city_consultations,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Founders speaking it"),
        lambda r: QLocale().toString(r.people),
        lambda r: r.people,
        True,
    ),
]


def _reference_value(figure: ReferenceFigure, value: Decimal | None) -> str:
    if value is None:
        return "–"
    if figure.unit == "percent":
        return f"{format_number(value, 1)} %"
    return format_number(value, 0 if figure.unit == "count" else 1)


REFERENCE_COLUMNS: list[Column[ReferenceFigure]] = [
    Column(QT_TRANSLATE_NOOP("QuartersView", "Figure"), lambda r: _tr(REFERENCE_LABELS.get(r.key, r.key))),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Quarter"),
        lambda r: _reference_value(r, r.quarter_value),
        None,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Dortmund"), lambda r: _reference_value(r, r.city_value), None, True
    ),
    Column(
        QT_TRANSLATE_NOOP("QuartersView", "Year"), lambda r: str(r.year or ""), lambda r: r.year or 0, True
    ),
    Column(QT_TRANSLATE_NOOP("QuartersView", "Source"), lambda r: r.source),
]


class QuartersView(QWidget):
    """The section: quarters with their page, initiatives with members/meetings/reminders, local economy."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_QuartersView()
        self._ui.setupUi(self)
        ui = self._ui
        font = QFont(ui.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        ui.title_label.setFont(font)
        for label in (ui.quarter_title_label, ui.initiative_title_label):
            bold = QFont(label.font())
            bold.setPointSizeF(bold.pointSizeF() * 1.25)
            bold.setBold(True)
            label.setFont(bold)
        self._dialog: QDialog | None = None
        self._page: QuarterPage | None = None
        self._initiative: InitiativeRow | None = None
        self._picture: LocalEconomyPicture | None = None

        self._quarters = RowTableModel(QUARTER_COLUMNS, self)
        self._cases = RowTableModel(CASE_COLUMNS, self)
        self._businesses = RowTableModel(BUSINESS_COLUMNS, self)
        self._properties = RowTableModel(PROPERTY_COLUMNS, self)
        self._days = RowTableModel(DAY_COLUMNS, self)
        self._quarter_initiatives = RowTableModel(QUARTER_INITIATIVE_COLUMNS, self)
        self._initiatives = RowTableModel(INITIATIVE_COLUMNS, self)
        self._members = RowTableModel(MEMBER_COLUMNS, self)
        self._meetings = RowTableModel(MEETING_COLUMNS, self)
        self._reminders = RowTableModel(REMINDER_COLUMNS, self)
        self._figures = RowTableModel(FIGURE_COLUMNS, self)
        self._languages = RowTableModel(LANGUAGE_COLUMNS, self)
        self._references = RowTableModel(REFERENCE_COLUMNS, self)
        tables: tuple[tuple[QTableView, RowTableModel[Any]], ...] = (
            (ui.quarters_table, self._quarters),
            (ui.cases_table, self._cases),
            (ui.businesses_table, self._businesses),
            (ui.properties_table, self._properties),
            (ui.days_table, self._days),
            (ui.quarter_initiatives_table, self._quarter_initiatives),
            (ui.initiatives_table, self._initiatives),
            (ui.members_table, self._members),
            (ui.meetings_table, self._meetings),
            (ui.reminders_table, self._reminders),
        )
        for view, model in tables:
            attach(view, model, view.accessibleName())
        figure_tables: tuple[tuple[QTableView, RowTableModel[Any]], ...] = (
            (ui.economy_figures_table, self._figures),
            (ui.languages_table, self._languages),
            (ui.references_table, self._references),
        )
        for view, model in figure_tables:
            attach(view, model, view.accessibleName(), sortable=False)  # the order of the figures is meant
        for combo in (ui.status_filter_combo, ui.initiative_quarter_combo, ui.economy_quarter_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        ui.quarters_splitter.setSizes([420, 900])
        ui.initiatives_splitter.setSizes([460, 860])
        ui.economy_splitter.setSizes([560, 760])
        ui.quarters_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.initiatives_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.meetings_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        ui.reminders_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._chart = LocalEconomyChart(ui.chart_container)
        ui.chart_layout.addWidget(self._chart)
        # Tab follows the reading order: the left column, then the chart above its references.
        QWidget.setTabOrder(ui.languages_table, self._chart)
        QWidget.setTabOrder(self._chart, ui.references_table)

        ui.status_filter_combo.addItem(self.tr("All"), None)
        for status in QuarterStatus:
            ui.status_filter_combo.addItem(enum_label(status), status)
        ui.initiative_quarter_combo.addItem(self.tr("All quarters"), None)

        ui.status_filter_combo.currentIndexChanged.connect(lambda _i: self.refresh_quarters())
        ui.quarters_table.selectionModel().selectionChanged.connect(self._on_quarters_table_selection_changed)
        ui.quarters_table.activated.connect(lambda _index: self._on_edit_quarter_button_clicked())
        ui.new_quarter_button.clicked.connect(self._on_new_quarter_button_clicked)
        ui.edit_quarter_button.clicked.connect(self._on_edit_quarter_button_clicked)
        ui.delete_quarter_button.clicked.connect(self._on_delete_quarter_button_clicked)
        ui.initiative_quarter_combo.currentIndexChanged.connect(lambda _i: self.refresh_initiatives())
        ui.initiatives_table.selectionModel().selectionChanged.connect(
            self._on_initiatives_table_selection_changed
        )
        ui.initiatives_table.activated.connect(lambda _index: self._on_edit_initiative_button_clicked())
        ui.new_initiative_button.clicked.connect(self._on_new_initiative_button_clicked)
        ui.edit_initiative_button.clicked.connect(self._on_edit_initiative_button_clicked)
        ui.delete_initiative_button.clicked.connect(self._on_delete_initiative_button_clicked)
        ui.add_member_button.clicked.connect(self._on_add_member_button_clicked)
        ui.edit_member_button.clicked.connect(self._on_edit_member_button_clicked)
        ui.members_table.activated.connect(lambda _index: self._on_edit_member_button_clicked())
        ui.remove_member_button.clicked.connect(self._on_remove_member_button_clicked)
        ui.export_members_button.clicked.connect(self._on_export_members_button_clicked)
        ui.export_invitations_button.clicked.connect(self._on_export_invitations_button_clicked)
        ui.new_meeting_button.clicked.connect(self._on_new_meeting_button_clicked)
        ui.edit_meeting_button.clicked.connect(self._on_edit_meeting_button_clicked)
        ui.meetings_table.activated.connect(lambda _index: self._on_edit_meeting_button_clicked())
        ui.delete_meeting_button.clicked.connect(self._on_delete_meeting_button_clicked)
        ui.minutes_pdf_button.clicked.connect(self._on_minutes_pdf_button_clicked)
        ui.reminder_done_button.clicked.connect(self._on_reminder_done_button_clicked)
        for view in (ui.members_table, ui.meetings_table, ui.reminders_table):
            view.selectionModel().selectionChanged.connect(lambda *_args: self._update_initiative_buttons())
        ui.show_done_check.toggled.connect(lambda _checked: self._reload_initiative())
        ui.economy_quarter_combo.currentIndexChanged.connect(lambda _i: self.refresh_picture())
        ui.import_statistics_button.clicked.connect(self._on_import_statistics_button_clicked)
        ui.export_picture_button.clicked.connect(self._on_export_picture_button_clicked)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)

        role = services.context.user.principal.role
        self._may_manage = allowed(role, Permission.MANAGE_QUARTERS)
        self._may_edit = allowed(role, Permission.EDIT_INITIATIVES)
        self._may_export = allowed(role, Permission.EXPORT_DATA)
        ui.import_statistics_button.setEnabled(allowed(role, Permission.IMPORT_DATA))
        self._show_quarter_page(None)
        self._show_initiative(None, [], [], [])
        self._show_picture(None)
        self.refresh()

    # -- public ----------------------------------------------------------------------------------

    @property
    def dialog(self) -> QDialog | None:
        """The dialog opened last (tests drive it)."""
        return self._dialog

    def refresh(self) -> None:
        self.refresh_quarters()
        self.refresh_initiatives()

    def refresh_quarters(self) -> None:
        status = self._ui.status_filter_combo.currentData()
        service = self._services.quarters
        run_in_background(
            lambda: (service.quarters(status), service.quarters()),
            self._on_quarters,
            self._failed,
            context=self,
        )

    def refresh_initiatives(self) -> None:
        quarter_id = self._ui.initiative_quarter_combo.currentData()
        service = self._services.initiatives
        run_in_background(
            lambda: service.initiatives(quarter_id), self._on_initiatives, self._failed, context=self
        )

    def refresh_picture(self) -> None:
        quarter_id = self._ui.economy_quarter_combo.currentData()
        if quarter_id is None:
            self._show_picture(None)
            return
        service = self._services.local_economy
        run_in_background(lambda: service.picture(quarter_id), self._show_picture, self._failed, context=self)

    def select_quarter(self, quarter_id: uuid.UUID) -> None:
        self._select(self._ui.quarters_table, self._quarters, quarter_id)

    def select_initiative(self, initiative_id: uuid.UUID) -> None:
        self._select(self._ui.initiatives_table, self._initiatives, initiative_id)

    # -- hooks tests replace ---------------------------------------------------------------------

    def ask_save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        return Path(path) if path else None

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("DLZW Desktop"), text)
        return answer == QMessageBox.StandardButton.Yes

    # -- quarters --------------------------------------------------------------------------------

    def _on_quarters(self, loaded: tuple[list[QuarterRow], list[QuarterRow]]) -> None:
        shown, every = loaded
        current = self._current_quarter()
        self._quarters.set_rows(shown)
        for combo, keep_all in (
            (self._ui.initiative_quarter_combo, True),
            (self._ui.economy_quarter_combo, False),
        ):
            self._fill_quarter_combo(combo, every, keep_all)
        if current is not None and any(q.id == current.id for q in shown):
            self.select_quarter(current.id)
        elif shown:
            self._ui.quarters_table.selectRow(0)
        else:
            self._show_quarter_page(None)
        self._update_quarter_buttons()

    def _fill_quarter_combo(self, combo: QComboBox, quarters: list[QuarterRow], with_all: bool) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if with_all:
            combo.addItem(self.tr("All quarters"), None)
        for quarter in quarters:
            combo.addItem(quarter.name, quarter.id)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if not with_all and combo.currentData() != chosen:
            self.refresh_picture()

    def _current_quarter(self) -> QuarterRow | None:
        row = selected_row(self._ui.quarters_table)
        return row if isinstance(row, QuarterRow) else None

    def _update_quarter_buttons(self) -> None:
        selected = self._current_quarter() is not None
        self._ui.new_quarter_button.setEnabled(self._may_manage)
        self._ui.edit_quarter_button.setEnabled(self._may_manage and selected)
        self._ui.delete_quarter_button.setEnabled(self._may_manage and selected)

    def _on_quarters_table_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._update_quarter_buttons()
        quarter = self._current_quarter()
        if quarter is None:
            self._show_quarter_page(None)
            return
        service = self._services.quarters
        run_in_background(
            lambda: service.quarter_page(quarter.id), self._show_quarter_page, self._failed, context=self
        )

    def _show_quarter_page(self, page: QuarterPage | None) -> None:
        ui = self._ui
        self._page = page
        ui.quarter_page_widget.setEnabled(page is not None)
        if page is None:
            ui.quarter_title_label.setText(self.tr("No quarter chosen"))
            ui.quarter_summary_label.setText(
                self.tr("Choose a quarter on the left, or define one with \u201cNew quarter\u201d.")
            )
            for model in (
                self._cases,
                self._businesses,
                self._properties,
                self._days,
                self._quarter_initiatives,
            ):
                model.set_rows([])
            for bar, label in (
                (ui.reactivated_bar, ui.reactivated_value_label),
                (ui.loans_bar, ui.loans_value_label),
                (ui.jobs_bar, ui.jobs_value_label),
            ):
                bar.setValue(0)
                label.setText("")
            ui.lwsi_value_label.setText("")
            return
        quarter = page.quarter
        ui.quarter_title_label.setText(quarter.name)
        lines = [
            self.tr("Districts: {names}").format(names=", ".join(quarter.district_names)),
            self.tr("Status: {status} · base year {year} · responsible: {who}").format(
                status=enum_label(quarter.status),
                year=quarter.base_year,
                who=quarter.responsible_name or self.tr("nobody yet"),
            ),
        ]
        if page.overlapping:
            lines.append(
                self.tr("Shares districts with: {names} (overlapping allowed).").format(
                    names=", ".join(page.overlapping)
                )
            )
        ui.quarter_summary_label.setText("\n".join(lines))
        goal = format_number(quarter.lwsi_goal_percent, 2)
        if page.lwsi is None:
            ui.lwsi_value_label.setText(self.tr("Goal +{goal} %: not computed yet.").format(goal=goal))
        else:
            verdict = {
                True: self.tr("goal met"),
                False: self.tr("goal not met"),
                None: self.tr("no base value"),
            }
            ui.lwsi_value_label.setText(
                self.tr("Index {index} ({period}) against the goal +{goal} %: {verdict}{estimated}").format(
                    index=format_number(page.lwsi.index, 1),
                    period=page.lwsi.as_of_label,
                    goal=goal,
                    verdict=verdict[page.lwsi.met],
                    estimated=self.tr(" (estimated)") if page.lwsi.estimated else "",
                )
            )
        goals = {g.key: g for g in page.goals}
        for key, bar, label in (
            (GOAL_REACTIVATED_UNITS, ui.reactivated_bar, ui.reactivated_value_label),
            (GOAL_RECOMMENDED_LOANS, ui.loans_bar, ui.loans_value_label),
            (GOAL_JOBS, ui.jobs_bar, ui.jobs_value_label),
        ):
            self._show_goal(goals[key], bar, label)
        self._cases.set_rows(page.cases)
        self._businesses.set_rows(page.businesses)
        self._properties.set_rows(page.properties)
        self._days.set_rows(page.consultation_days)
        self._quarter_initiatives.set_rows(page.initiatives)
        tabs = ui.contents_tabs
        for index, count in enumerate(
            (
                len(page.cases),
                len(page.businesses),
                len(page.properties),
                len(page.consultation_days),
                len(page.initiatives),
            )
        ):
            base = (
                self.tr("Cases"),
                self.tr("Businesses"),
                self.tr("Properties"),
                self.tr("Consultation days"),
                self.tr("Initiatives"),
            )[index]
            tabs.setTabText(index, f"{base} ({QLocale().toString(count)})")

    def _show_goal(self, goal: GoalProgress, bar: QProgressBar, label: QLabel) -> None:
        achieved = QLocale().toString(goal.achieved)
        if goal.goal is None:
            bar.setRange(0, 1)
            bar.setValue(0)
            label.setText(self.tr("{achieved} (no goal set)").format(achieved=achieved))
            return
        bar.setRange(0, goal.goal)
        bar.setValue(min(goal.achieved, goal.goal))
        label.setText(
            self.tr("{achieved} of {goal} ({percent} %)").format(
                achieved=achieved, goal=QLocale().toString(goal.goal), percent=format_number(goal.percent, 1)
            )
        )

    def _on_new_quarter_button_clicked(self) -> None:
        from dlzw_desktop.ui.quarter_dialog import QuarterDialog  # noqa: PLC0415 - loaded when needed

        dialog = QuarterDialog(self._services, None, self)
        dialog.saved.connect(self._on_quarter_saved)
        self._open(dialog)

    def _on_edit_quarter_button_clicked(self) -> None:
        quarter = self._current_quarter()
        if quarter is None or not self._may_manage:
            return
        from dlzw_desktop.ui.quarter_dialog import QuarterDialog  # noqa: PLC0415

        dialog = QuarterDialog(self._services, quarter, self)
        dialog.saved.connect(self._on_quarter_saved)
        self._open(dialog)

    def _on_quarter_saved(self, row: QuarterRow) -> None:
        self._notify(self.tr("Quarter {name} saved.").format(name=row.name))
        service = self._services.quarters
        status = self._ui.status_filter_combo.currentData()

        def then(loaded: tuple[list[QuarterRow], list[QuarterRow]]) -> None:
            self._on_quarters(loaded)
            self.select_quarter(row.id)

        run_in_background(
            lambda: (service.quarters(status), service.quarters()), then, self._failed, context=self
        )
        self.refresh_initiatives()

    def _on_delete_quarter_button_clicked(self) -> None:
        quarter = self._current_quarter()
        if quarter is None or not self.confirm(
            self.tr("Delete the quarter {name}? Its cases, businesses and properties stay.").format(
                name=quarter.name
            )
        ):
            return
        service = self._services.quarters
        run_in_background(
            lambda: service.delete_quarter(quarter.id, quarter.version),
            lambda _none: self._after_quarter_deleted(quarter.name),
            self._failed,
            context=self,
        )

    def _after_quarter_deleted(self, name: str) -> None:
        self._notify(self.tr("Quarter {name} deleted.").format(name=name))
        self.refresh()

    # -- initiatives -----------------------------------------------------------------------------

    def _on_initiatives(self, rows: list[InitiativeRow]) -> None:
        current = self._initiative
        self._initiatives.set_rows(rows)
        if current is not None and any(r.id == current.id for r in rows):
            self.select_initiative(current.id)
        elif rows:
            self._ui.initiatives_table.selectRow(0)
        else:
            self._show_initiative(None, [], [], [])
        self._update_initiative_buttons()

    def _current_initiative(self) -> InitiativeRow | None:
        row = selected_row(self._ui.initiatives_table)
        return row if isinstance(row, InitiativeRow) else None

    def _update_initiative_buttons(self) -> None:
        ui = self._ui
        chosen = self._initiative is not None
        ui.new_initiative_button.setEnabled(self._may_edit)
        for button in (
            ui.edit_initiative_button,
            ui.delete_initiative_button,
            ui.add_member_button,
            ui.new_meeting_button,
        ):
            button.setEnabled(self._may_edit and chosen)
        member = selected_row(ui.members_table) is not None
        meeting = selected_row(ui.meetings_table) is not None
        reminder = selected_row(ui.reminders_table)
        ui.edit_member_button.setEnabled(self._may_edit and member)
        ui.remove_member_button.setEnabled(self._may_edit and member)
        ui.edit_meeting_button.setEnabled(self._may_edit and meeting)
        ui.delete_meeting_button.setEnabled(self._may_edit and meeting)
        ui.minutes_pdf_button.setEnabled(self._may_export and meeting)
        ui.export_members_button.setEnabled(self._may_export and chosen)
        ui.export_invitations_button.setEnabled(self._may_export and chosen)
        ui.reminder_done_button.setEnabled(self._may_edit and isinstance(reminder, ReminderRow))
        if isinstance(reminder, ReminderRow):
            ui.reminder_done_button.setText(
                self.tr("Mark as open") if reminder.done else self.tr("Mark as &done")
            )

    def _on_initiatives_table_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        initiative = self._current_initiative()
        if initiative is None:
            self._show_initiative(None, [], [], [])
            self._update_initiative_buttons()
            return
        self._initiative = initiative
        self._reload_initiative()

    def _reload_initiative(self) -> None:
        initiative = self._initiative
        if initiative is None:
            return
        service = self._services.initiatives
        include_done = self._ui.show_done_check.isChecked()
        run_in_background(
            lambda: (
                service.initiative(initiative.id),
                service.members(initiative.id),
                service.meetings(initiative.id),
                service.reminders(initiative.id, include_done=include_done),
            ),
            lambda loaded: self._show_initiative(*loaded),
            self._failed,
            context=self,
        )

    def _show_initiative(
        self,
        initiative: InitiativeRow | None,
        members: list[MemberRow],
        meetings: list[MeetingRow],
        reminders: list[ReminderRow],
    ) -> None:
        ui = self._ui
        self._initiative = initiative
        ui.initiative_page_widget.setEnabled(initiative is not None)
        self._members.set_rows(members)
        self._meetings.set_rows(meetings)
        self._reminders.set_rows(reminders)
        if initiative is None:
            ui.initiative_title_label.setText(self.tr("No initiative chosen"))
            ui.initiative_summary_label.setText(
                self.tr("Choose an initiative above, or found one with \u201cNew initiative\u201d.")
            )
        else:
            ui.initiative_title_label.setText(initiative.name)
            area = " · ".join(
                part for part in (initiative.quarter_name, ", ".join(initiative.district_names)) if part
            )
            ui.initiative_summary_label.setText(
                self.tr("{kind} · {area} · contact persons: {contacts}").format(
                    kind=enum_label(initiative.kind),
                    area=area,
                    contacts=", ".join(initiative.contacts) or self.tr("none yet"),
                )
            )
            with_consent = sum(1 for m in members if m.consent_since is not None)
            ui.initiative_tabs.setTabText(
                0,
                self.tr("Members ({count}, {invited} may be invited)").format(
                    count=len(members), invited=with_consent
                ),
            )
            ui.initiative_tabs.setTabText(1, self.tr("Meetings ({count})").format(count=len(meetings)))
            ui.initiative_tabs.setTabText(2, self.tr("Reminders ({count})").format(count=len(reminders)))
        self._update_initiative_buttons()

    def _on_new_initiative_button_clicked(self) -> None:
        from dlzw_desktop.ui.initiative_dialog import InitiativeDialog  # noqa: PLC0415

        dialog = InitiativeDialog(
            self._services, None, self, quarter_id=self._ui.initiative_quarter_combo.currentData()
        )
        dialog.saved.connect(self._on_initiative_saved)
        self._open(dialog)

    def _on_edit_initiative_button_clicked(self) -> None:
        initiative = self._initiative
        if initiative is None or not self._may_edit:
            return
        from dlzw_desktop.ui.initiative_dialog import InitiativeDialog  # noqa: PLC0415

        dialog = InitiativeDialog(self._services, initiative, self)
        dialog.saved.connect(self._on_initiative_saved)
        self._open(dialog)

    def _on_initiative_saved(self, row: InitiativeRow) -> None:
        self._notify(self.tr("Initiative {name} saved.").format(name=row.name))
        self._initiative = row
        self.refresh_initiatives()

    def _on_delete_initiative_button_clicked(self) -> None:
        initiative = self._initiative
        if initiative is None or not self.confirm(
            self.tr(
                "Delete the initiative {name} with its members, meetings, open reminders and the missing "
                "offers it noted?"
            ).format(name=initiative.name)
        ):
            return
        service = self._services.initiatives
        self._initiative = None
        run_in_background(
            lambda: service.delete_initiative(initiative.id, initiative.version),
            lambda _none: self._after_initiative_deleted(initiative.name),
            self._failed,
            context=self,
        )

    def _after_initiative_deleted(self, name: str) -> None:
        self._notify(self.tr("Initiative {name} deleted.").format(name=name))
        self.refresh_initiatives()

    # -- members ---------------------------------------------------------------------------------

    def _on_add_member_button_clicked(self) -> None:
        if self._initiative is None:
            return
        from dlzw_desktop.ui.member_dialog import MemberDialog  # noqa: PLC0415

        dialog = MemberDialog(self._services, self._initiative.id, None, self)
        dialog.saved.connect(lambda row: self._after_change(self.tr("{name} added.").format(name=row.name)))
        self._open(dialog)

    def _on_edit_member_button_clicked(self) -> None:
        member = selected_row(self._ui.members_table)
        if self._initiative is None or not isinstance(member, MemberRow) or not self._may_edit:
            return
        from dlzw_desktop.ui.member_dialog import MemberDialog  # noqa: PLC0415

        dialog = MemberDialog(self._services, self._initiative.id, member, self)
        dialog.saved.connect(lambda row: self._after_change(self.tr("{name} saved.").format(name=row.name)))
        self._open(dialog)

    def _on_remove_member_button_clicked(self) -> None:
        member = selected_row(self._ui.members_table)
        if not isinstance(member, MemberRow) or not self.confirm(
            self.tr("Remove {name} from the initiative?").format(name=member.name)
        ):
            return
        service = self._services.initiatives
        run_in_background(
            lambda: service.remove_member(member.id, member.version),
            lambda _none: self._after_change(self.tr("{name} removed.").format(name=member.name)),
            self._failed,
            context=self,
        )

    def _on_export_members_button_clicked(self) -> None:
        initiative = self._initiative
        if initiative is None:
            return
        path = self.ask_save_path(
            self.tr("Save member list"),
            f"Mitglieder {initiative.name}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path is None:
            return
        service = self._services.initiatives
        run_in_background(
            lambda: service.export_member_list(initiative.id, path),
            lambda written: self._notify(self.tr("Member list saved: {path}").format(path=written)),
            self._failed,
            context=self,
        )

    def _on_export_invitations_button_clicked(self) -> None:
        initiative = self._initiative
        if initiative is None:
            return
        path = self.ask_save_path(
            self.tr("Save invitation list"),
            f"Einladungsliste {initiative.name}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path is None:
            return
        service = self._services.initiatives

        def done(result: InvitationExport) -> None:
            self._notify(
                self.tr(
                    "Invitation list saved with {invited} people; {left} member(s) without recorded consent "
                    "are not on it: {path}"
                ).format(invited=result.invited, left=result.members_without_consent, path=result.path)
            )

        run_in_background(
            lambda: service.export_invitations(initiative.id, path), done, self._failed, context=self
        )

    # -- meetings and reminders ------------------------------------------------------------------

    def _on_new_meeting_button_clicked(self) -> None:
        if self._initiative is None:
            return
        from dlzw_desktop.ui.meeting_dialog import MeetingDialog  # noqa: PLC0415

        dialog = MeetingDialog(self._services, self._initiative, None, self)
        dialog.saved.connect(self._on_meeting_saved)
        self._open(dialog)

    def _on_edit_meeting_button_clicked(self) -> None:
        meeting = selected_row(self._ui.meetings_table)
        if self._initiative is None or not isinstance(meeting, MeetingRow) or not self._may_edit:
            return
        from dlzw_desktop.ui.meeting_dialog import MeetingDialog  # noqa: PLC0415

        dialog = MeetingDialog(self._services, self._initiative, meeting, self)
        dialog.saved.connect(self._on_meeting_saved)
        self._open(dialog)

    def _on_meeting_saved(self, row: MeetingRow) -> None:
        self._after_change(
            self.tr(
                "Meeting of {date} saved: {actions} action(s) as reminders, {offers} missing offer(s)."
            ).format(date=format_date(row.held_on), actions=len(row.actions), offers=len(row.missing_offers))
        )

    def _on_delete_meeting_button_clicked(self) -> None:
        meeting = selected_row(self._ui.meetings_table)
        if not isinstance(meeting, MeetingRow) or not self.confirm(
            self.tr("Delete the meeting of {date} with its open reminders and missing offers?").format(
                date=format_date(meeting.held_on)
            )
        ):
            return
        service = self._services.initiatives
        run_in_background(
            lambda: service.delete_meeting(meeting.id, meeting.version),
            lambda _none: self._after_change(self.tr("Meeting deleted.")),
            self._failed,
            context=self,
        )

    def _on_minutes_pdf_button_clicked(self) -> None:
        meeting = selected_row(self._ui.meetings_table)
        if not isinstance(meeting, MeetingRow) or self._initiative is None:
            return
        path = self.ask_save_path(
            self.tr("Save minutes"),
            f"Protokoll {self._initiative.name} {meeting.held_on:%Y-%m-%d}.pdf",
            self.tr("PDF document (*.pdf)"),
        )
        if path is None:
            return
        service = self._services.initiatives
        run_in_background(
            lambda: service.minutes_pdf(meeting.id, path),
            lambda written: self._notify(self.tr("Minutes saved: {path}").format(path=written)),
            self._failed,
            context=self,
        )

    def _on_reminder_done_button_clicked(self) -> None:
        reminder = selected_row(self._ui.reminders_table)
        if not isinstance(reminder, ReminderRow):
            return
        service = self._services.initiatives
        run_in_background(
            lambda: service.mark_reminder_done(reminder.id, reminder.version, not reminder.done),
            lambda _none: self._after_change(self.tr("Reminder updated.")),
            self._failed,
            context=self,
        )

    def _after_change(self, message: str) -> None:
        self._notify(message)
        self.refresh_initiatives()
        self._reload_initiative()

    # -- local economy ---------------------------------------------------------------------------

    def _show_picture(self, picture: LocalEconomyPicture | None) -> None:
        self._picture = picture
        self._chart.show_picture(picture)
        self._ui.export_picture_button.setEnabled(self._may_export and picture is not None)
        if picture is None:
            self._figures.set_rows([])
            self._languages.set_rows([])
            self._references.set_rows([])
            self._ui.statistics_label.setText(self.tr("Define a quarter to see its local economy."))
            return
        share = picture.migrant_led
        city_share = picture.city_migrant_led

        def count(value: int) -> str:
            return QLocale().toString(value)

        def pct(value: Decimal | None) -> str:
            return "–" if value is None else f"{format_number(value, 1)} %"

        self._figures.set_rows(
            [
                FigureLine(
                    self.tr("Supported businesses (with a case)"),
                    count(picture.supported),
                    count(picture.city_supported),
                    picture.supported,
                ),
                FigureLine(
                    self.tr("of these with a microloan paid out"),
                    count(picture.financed),
                    count(picture.city_financed),
                    picture.financed,
                ),
                FigureLine(
                    self.tr("Migrant-led (answer yes)"), count(share.yes), count(city_share.yes), share.yes
                ),
                FigureLine(
                    self.tr("Not migrant-led (answer no)"), count(share.no), count(city_share.no), share.no
                ),
                FigureLine(
                    self.tr("Not stated (counted separately)"),
                    count(share.not_stated),
                    count(city_share.not_stated),
                    share.not_stated,
                ),
                FigureLine(
                    self.tr("Share migrant-led of those who answered"),
                    pct(share.yes_percent),
                    pct(city_share.yes_percent),
                    float(share.yes_percent or 0),
                ),
                FigureLine(
                    self.tr("Vacant units now"),
                    count(picture.vacant),
                    count(picture.city_vacant),
                    picture.vacant,
                ),
                FigureLine(
                    self.tr("Reactivated units"),
                    count(picture.reactivated),
                    count(picture.city_reactivated),
                    picture.reactivated,
                ),
                FigureLine(
                    self.tr("of these since the base year {year}").format(year=picture.base_year),
                    count(picture.reactivated_since_base_year),
                    "",
                    picture.reactivated_since_base_year,
                ),
            ]
        )
        self._languages.set_rows(picture.languages)
        self._references.set_rows(picture.references)
        if picture.references:
            self._ui.statistics_label.setText(
                self.tr("Reference figures from imported district statistics; each with its year and source.")
            )
        else:
            self._ui.statistics_label.setText(
                self.tr(
                    "No district statistics cover all districts of this quarter yet. Import a table with "
                    "\u201cImport district statistics\u201d to set the quarter against the city."
                )
            )

    def _on_import_statistics_button_clicked(self) -> None:
        from dlzw_desktop.ui.statistics_import_dialog import StatisticsImportDialog  # noqa: PLC0415

        dialog = StatisticsImportDialog(self._services, self)
        dialog.imported.connect(self._on_statistics_imported)
        self._open(dialog)

    def _on_statistics_imported(self, result: StatisticsImportResult) -> None:
        self._notify(
            self.tr("{figures} figures imported ({replaced} replaced) for {years}.").format(
                figures=result.figures,
                replaced=result.replaced,
                years=", ".join(str(y) for y in result.years),
            )
        )
        self.refresh_picture()

    def _on_export_picture_button_clicked(self) -> None:
        picture = self._picture
        if picture is None:
            return
        path = self.ask_save_path(
            self.tr("Save local economy picture"),
            f"Lokale Ökonomie {picture.quarter_name} {today_berlin():%Y-%m-%d}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path is None:
            return
        service = self._services.local_economy
        quarter_id = picture.quarter_id
        run_in_background(
            lambda: service.export_picture(quarter_id, path),
            lambda written: self._notify(self.tr("Local economy picture saved: {path}").format(path=written)),
            self._failed,
            context=self,
        )

    # -- helpers ---------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _select(self, view: QTableView, model: RowTableModel[Any], row_id: uuid.UUID) -> None:
        proxy = view.model()
        for source_row, row in enumerate(model.rows()):
            if getattr(row, "id", None) == row_id:
                index = proxy.mapFromSource(model.index(source_row, 0))  # type: ignore[attr-defined]
                view.selectRow(index.row())
                view.scrollTo(index)
                return

    def _notify(self, message: str) -> None:
        logger.info("%s", message)
        self._ui.status_label.setText(message)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
