"""Immobilien: the property register, space requests, explained matches, demand profiles and the district map.

All lists load off the GUI thread through ``run_in_background``; a borough chosen in the filter or
clicked on the map filters the properties, requests and matches.
"""

from __future__ import annotations

import html
import logging
import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QTableView, QWidget

from dlzw_desktop.domain.borough_map import Boundaries
from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import MatchStage, PropertyStatus, SpaceRequestStatus
from dlzw_desktop.domain.properties import (
    LEASED_MATCH_STAGES,
    MATCH_TRANSITIONS,
    OPEN_MATCH_STAGES,
    PROPERTY_TRANSITIONS,
    format_area,
    match_targets,
    property_targets,
)
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.property_rows import (
    BoroughFigures,
    DemandAreaRow,
    DemandEntryDraft,
    DemandEntryRow,
    MatchCandidate,
    MatchQuery,
    MatchRow,
    PropertyQuery,
    PropertyRow,
    ReactivatedArea,
    RequestQuery,
    SpaceRequestRow,
)
from dlzw_desktop.services.reference_service import BoroughRow, DistrictRow, SectorRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.borough_map_widget import MapArea
from dlzw_desktop.ui.demand_table_model import DemandTableModel
from dlzw_desktop.ui.generated.ui_properties_view import Ui_PropertiesView
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.match_candidate_table_model import MatchCandidateTableModel
from dlzw_desktop.ui.match_table_model import MatchTableModel
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.property_inputs import add_item, current_value, fill_combo, find_data
from dlzw_desktop.ui.property_labels import area, part_title, percent
from dlzw_desktop.ui.property_table_model import PropertyTableModel
from dlzw_desktop.ui.row_table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from dlzw_desktop.ui.space_request_table_model import SpaceRequestTableModel
from dlzw_desktop.ui.step_dialog import StepChoice, StepDialog
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)
RowT = TypeVar("RowT")

_OFFERED = "offered"
_ALL = "all"
_LEASED = "leased"


def _proxy(model: RowTableModel[Any], table: QTableView) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(table)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table.setModel(proxy)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a header is clicked
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return proxy


def _fit(table: QTableView) -> None:
    """Columns as wide as their content, but none wider than a third of the screen's table."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), 280))


def _selected(table: QTableView) -> Any:
    index = table.currentIndex()
    if not index.isValid() or not table.selectionModel().isSelected(index):
        return None
    return index.data(ROW_ROLE)


class PropertiesView(QWidget):
    """The Immobilien section (tabs: properties, requests, matches, demand profiles, district map).

    Signals: ``property_opened(PropertyRow)`` when a property is opened for editing.
    """

    property_opened = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_PropertiesView()
        self._ui.setupUi(self)
        font = QFont(self._ui.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._ui.title_label.setFont(font)
        self._boroughs: list[BoroughRow] = []
        self._districts: list[DistrictRow] = []
        self._borough_id: uuid.UUID | None = None
        self._figures: list[BoroughFigures] = []
        self._candidates_for: PropertyRow | SpaceRequestRow | None = None
        self._setup_models()
        self._setup_filters()
        self._connect()
        self._update_buttons()
        run_in_background(self._load_reference, self._on_reference, self._on_failed, context=self)

    # ==============================================================================================
    # Set-up

    def _setup_models(self) -> None:
        ui = self._ui
        self._properties = PropertyTableModel(self)
        self._requests = SpaceRequestTableModel(self)
        self._matches = MatchTableModel(self)
        self._property_candidates = MatchCandidateTableModel(of_requests=True, parent=self)
        self._request_candidates = MatchCandidateTableModel(of_requests=False, parent=self)
        self._demand = DemandTableModel(self)
        self._map_rows: RowTableModel[BoroughFigures] = RowTableModel(
            [
                Column(self.tr("Borough"), lambda f: f.name),
                Column(self.tr("Vacant"), lambda f: f.vacant, numeric=True),
                Column(self.tr("Open cases"), lambda f: f.open_cases, numeric=True),
                Column(
                    self.tr("Reactivated"),
                    lambda f: f.reactivated_m2,
                    lambda f: area(f.reactivated_m2),
                    numeric=True,
                ),
            ],
            self,
        )
        self._proxies = [
            _proxy(self._properties, ui.properties_table),
            _proxy(self._requests, ui.requests_table),
            _proxy(self._matches, ui.matches_table),
        ]
        _proxy(self._property_candidates, ui.property_candidates_table)
        _proxy(self._request_candidates, ui.request_candidates_table)
        _proxy(self._demand, ui.demand_table)
        _proxy(self._map_rows, ui.map_table)
        for table in (ui.property_candidates_table, ui.request_candidates_table):
            table.setSortingEnabled(False)  # keep the ranking order
        ui.properties_splitter.setSizes([420, 260])
        ui.requests_splitter.setSizes([420, 260])

    def _setup_filters(self) -> None:
        ui = self._ui
        fill_combo(
            ui.property_status_combo,
            [
                (self.tr("Vacant"), PropertyStatus.VACANT),
                (self.tr("Not yet let (vacant, reserved)"), _OFFERED),
                *((enum_label(s), s) for s in PropertyStatus if s is not PropertyStatus.VACANT),
                (self.tr("All"), _ALL),
            ],
            _OFFERED,
        )
        fill_combo(
            ui.request_status_combo,
            [*((enum_label(s), s) for s in SpaceRequestStatus), (self.tr("All"), _ALL)],
            SpaceRequestStatus.OPEN,
        )
        fill_combo(
            ui.match_stage_combo,
            [
                (self.tr("In progress"), _OFFERED),
                (self.tr("Lease signed or business opened"), _LEASED),
                (enum_label(MatchStage.REJECTED), MatchStage.REJECTED),
                (self.tr("All"), _ALL),
            ],
            _OFFERED,
        )
        fill_combo(
            ui.metric_combo,
            [
                (self.tr("Vacant properties"), "vacant"),
                (self.tr("Open cases"), "open_cases"),
                (self.tr("Reactivated m² in the year"), "reactivated"),
            ],
            "vacant",
        )
        ui.year_spin.setValue(today_berlin().year)
        add_item(ui.borough_filter_combo, self.tr("All boroughs"), None)
        ui.filter_hint_label.setVisible(False)
        add_item(ui.sector_combo, self.tr("– search a sector –"), None)

    def _connect(self) -> None:
        ui = self._ui
        ui.refresh_button.clicked.connect(self.refresh)
        ui.settings_button.clicked.connect(self._on_settings_button_clicked)
        ui.borough_filter_combo.currentIndexChanged.connect(
            self._on_borough_filter_combo_current_index_changed
        )
        ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, ui.search_edit.setFocus)
        # properties
        ui.property_status_combo.currentIndexChanged.connect(lambda _i: self._load_properties())
        ui.new_property_button.clicked.connect(lambda: self._open_property_dialog(None))
        ui.edit_property_button.clicked.connect(lambda: self._open_property_dialog(self.selected_property()))
        ui.properties_table.activated.connect(lambda _i: self._open_property_dialog(self.selected_property()))
        ui.status_button.clicked.connect(self._on_status_button_clicked)
        ui.photos_button.clicked.connect(self._on_photos_button_clicked)
        ui.expose_button.clicked.connect(self._on_expose_button_clicked)
        ui.find_requests_button.clicked.connect(self._on_find_requests_button_clicked)
        ui.propose_request_button.clicked.connect(self._on_propose_request_button_clicked)
        # requests
        ui.request_status_combo.currentIndexChanged.connect(lambda _i: self._load_requests())
        ui.new_request_button.clicked.connect(lambda: self._open_request_dialog(None))
        ui.edit_request_button.clicked.connect(lambda: self._open_request_dialog(self.selected_request()))
        ui.requests_table.activated.connect(lambda _i: self._open_request_dialog(self.selected_request()))
        ui.close_request_button.clicked.connect(self._on_close_request_button_clicked)
        ui.find_properties_button.clicked.connect(self._on_find_properties_button_clicked)
        ui.propose_property_button.clicked.connect(self._on_propose_property_button_clicked)
        # matches
        ui.match_stage_combo.currentIndexChanged.connect(lambda _i: self._load_matches())
        ui.advance_match_button.clicked.connect(lambda: self._open_match_dialog(reject=False))
        ui.reject_match_button.clicked.connect(lambda: self._open_match_dialog(reject=True))
        ui.matches_table.activated.connect(lambda _i: self._open_match_dialog(reject=False))
        # demand
        ui.demand_area_combo.currentIndexChanged.connect(lambda _i: self._load_demand())
        self._sector_timer = QTimer(self)
        self._sector_timer.setSingleShot(True)
        self._sector_timer.setInterval(250)
        self._sector_timer.timeout.connect(self._search_sectors)
        ui.sector_edit.textEdited.connect(lambda _t: self._sector_timer.start())
        ui.add_demand_button.clicked.connect(self._on_add_demand_button_clicked)
        ui.update_demand_button.clicked.connect(self._on_update_demand_button_clicked)
        ui.remove_demand_button.clicked.connect(self._on_remove_demand_button_clicked)
        # map
        ui.metric_combo.currentIndexChanged.connect(lambda _i: self._show_map_values())
        ui.year_spin.valueChanged.connect(lambda _v: self._load_map())
        ui.borough_map.borough_clicked.connect(self._on_borough_map_borough_clicked)
        ui.map_table.activated.connect(self._on_map_table_activated)
        ui.import_map_button.clicked.connect(self._on_import_map_button_clicked)
        ui.remove_map_button.clicked.connect(self._on_remove_map_button_clicked)
        # selections
        for table in (
            ui.properties_table,
            ui.requests_table,
            ui.matches_table,
            ui.property_candidates_table,
            ui.request_candidates_table,
            ui.demand_table,
        ):
            table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.demand_table.selectionModel().selectionChanged.connect(lambda *_: self._show_demand_entry())
        ui.matches_table.selectionModel().selectionChanged.connect(lambda *_: self._show_match_detail())
        ui.property_candidates_table.selectionModel().selectionChanged.connect(
            lambda *_: self._show_candidate(
                self._ui.property_candidates_table, self._ui.property_candidate_explanation_label
            )
        )
        ui.request_candidates_table.selectionModel().selectionChanged.connect(
            lambda *_: self._show_candidate(
                self._ui.request_candidates_table, self._ui.request_candidate_explanation_label
            )
        )

    # ==============================================================================================
    # Selections and buttons

    def selected_property(self) -> PropertyRow | None:
        row: PropertyRow | None = _selected(self._ui.properties_table)
        return row

    def selected_request(self) -> SpaceRequestRow | None:
        row: SpaceRequestRow | None = _selected(self._ui.requests_table)
        return row

    def selected_match(self) -> MatchRow | None:
        row: MatchRow | None = _selected(self._ui.matches_table)
        return row

    def _update_buttons(self) -> None:
        ui = self._ui
        unit = self.selected_property()
        request = self.selected_request()
        match = self.selected_match()
        for button in (ui.edit_property_button, ui.status_button, ui.photos_button):
            button.setEnabled(unit is not None)
        offered = (
            unit is not None
            and unit.owner_consent
            and unit.status in (PropertyStatus.VACANT, PropertyStatus.RESERVED)
        )
        ui.expose_button.setEnabled(offered)
        ui.find_requests_button.setEnabled(unit is not None)
        ui.edit_request_button.setEnabled(request is not None)
        ui.close_request_button.setEnabled(request is not None)
        ui.find_properties_button.setEnabled(
            request is not None and request.status is SpaceRequestStatus.OPEN
        )
        ui.advance_match_button.setEnabled(
            match is not None and match.stage is not MatchStage.BUSINESS_OPENED
        )
        ui.reject_match_button.setEnabled(match is not None and match.stage in OPEN_MATCH_STAGES)
        for table, button in (
            (ui.property_candidates_table, ui.propose_request_button),
            (ui.request_candidates_table, ui.propose_property_button),
        ):
            candidate: MatchCandidate | None = _selected(table)
            button.setEnabled(candidate is not None and candidate.match_id is None)
        entry = _selected(ui.demand_table)
        ui.update_demand_button.setEnabled(entry is not None)
        ui.remove_demand_button.setEnabled(entry is not None)
        ui.add_demand_button.setEnabled(current_value(ui.demand_area_combo) is not None)

    # ==============================================================================================
    # Loading

    def _load_reference(
        self,
    ) -> tuple[list[BoroughRow], list[DistrictRow], list[DemandAreaRow], Boundaries | None]:
        reference = self._services.reference
        return (
            reference.boroughs(),
            reference.districts(),
            self._services.properties.demand_areas(),
            self._services.properties.boundaries(),
        )

    def _on_reference(
        self, loaded: tuple[list[BoroughRow], list[DistrictRow], list[DemandAreaRow], Boundaries | None]
    ) -> None:
        self._boroughs, self._districts, areas, boundaries = loaded
        combo = self._ui.borough_filter_combo
        combo.blockSignals(True)
        for borough in self._boroughs:
            add_item(combo, borough.name, borough.id)
        combo.blockSignals(False)
        self._fill_demand_areas(areas)
        self._show_boundaries(boundaries)
        self.refresh()

    def refresh(self) -> None:
        """Reload every list (F5)."""
        self._load_properties()
        self._load_requests()
        self._load_matches()
        self._load_map()
        self._load(self._services.properties.demand_areas, self._fill_demand_areas)
        self._load_demand()

    def _load(self, fetch: Callable[[], RowT], show: Callable[[RowT], None]) -> None:
        run_in_background(fetch, show, self._on_failed, context=self)

    def _load_properties(self) -> None:
        choice = current_value(self._ui.property_status_combo)
        statuses: frozenset[PropertyStatus] | None
        if choice == _ALL:
            statuses = None
        elif choice == _OFFERED:
            statuses = frozenset({PropertyStatus.VACANT, PropertyStatus.RESERVED})
        else:
            statuses = frozenset({choice})
        query = PropertyQuery(statuses=statuses, borough_id=self._borough_id)
        self._load(
            lambda: self._services.properties.properties(query),
            self._show_rows(self._properties, self._ui.properties_table),
        )

    def _load_requests(self) -> None:
        choice = current_value(self._ui.request_status_combo)
        query = RequestQuery(
            statuses=None if choice == _ALL else frozenset({choice}), borough_id=self._borough_id
        )
        self._load(
            lambda: self._services.properties.requests(query),
            self._show_rows(self._requests, self._ui.requests_table),
        )

    def _load_matches(self) -> None:
        choice = current_value(self._ui.match_stage_combo)
        stages = {_OFFERED: OPEN_MATCH_STAGES, _LEASED: LEASED_MATCH_STAGES, _ALL: None}.get(
            choice, frozenset({choice}) if choice else None
        )
        query = MatchQuery(stages=stages, borough_id=self._borough_id)
        self._load(
            lambda: self._services.properties.matches(query),
            self._show_rows(self._matches, self._ui.matches_table),
        )
        year = today_berlin().year
        borough = self._borough_id
        self._load(
            lambda: self._services.properties.reactivated_area(
                date(year, 1, 1), date(year, 12, 31), borough_id=borough
            ),
            self._show_reactivated,
        )

    def _show_rows(self, model: RowTableModel[Any], table: QTableView) -> Callable[[list[Any]], None]:
        def show(rows: list[Any]) -> None:
            model.set_rows(rows)
            _fit(table)
            self._update_buttons()

        return show

    def _show_reactivated(self, reactivated: ReactivatedArea) -> None:
        self._ui.reactivated_label.setText(
            self.tr(
                "Reactivated in {year}: {units} properties let, {area} (each letting counts on its day)."
            ).format(year=reactivated.start.year, units=reactivated.units, area=area(reactivated.area_m2))
        )

    def _on_failed(self, error: BaseException) -> None:
        show_error(self, error)

    # ==============================================================================================
    # Filters

    def _on_search_edit_text_changed(self, text: str) -> None:
        for proxy in self._proxies:
            proxy.setFilterFixedString(text)

    def _on_borough_filter_combo_current_index_changed(self) -> None:
        self.set_borough_filter(current_value(self._ui.borough_filter_combo))

    def set_borough_filter(self, borough_id: uuid.UUID | None) -> None:
        """Show only the properties, requests and matches of one borough (``None``: all)."""
        self._borough_id = borough_id
        combo = self._ui.borough_filter_combo
        index = find_data(combo, borough_id) if borough_id is not None else 0
        if combo.currentIndex() != index:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._ui.borough_map.set_selected(borough_id)
        name = combo.currentText()
        self._ui.filter_hint_label.setVisible(borough_id is not None)
        self._ui.filter_hint_label.setText(
            self.tr(
                "Showing the borough {name} only. Choose “All boroughs” or click {name} on the map again "
                "to show everything."
            ).format(name=name)
        )
        self._load_properties()
        self._load_requests()
        self._load_matches()

    # ==============================================================================================
    # Properties

    def _open_property_dialog(self, row: PropertyRow | None) -> None:
        from dlzw_desktop.ui.property_dialog import PropertyDialog  # noqa: PLC0415 - loaded when first used

        dialog = PropertyDialog(self._services, self._boroughs, self._districts, row, self)
        dialog.property_saved.connect(lambda _row: self._after_change())
        self._open(dialog)
        if row is not None:
            self.property_opened.emit(row)

    def open_property(self, property_id: uuid.UUID) -> None:
        """Open the property ``property_id`` (e.g. from the global search), loaded off the GUI thread.

        The view's boroughs and districts are loaded first (the database thread keeps the order).
        """
        self._ui.sections_tabs.setCurrentWidget(self._ui.properties_tab)
        self._load(lambda: self._services.properties.get_property(property_id), self._open_property_dialog)

    def search_for(self, text: str) -> None:
        """Show the properties of every status whose row contains ``text``."""
        ui = self._ui
        ui.sections_tabs.setCurrentWidget(ui.properties_tab)
        index = find_data(ui.property_status_combo, _ALL)
        if index >= 0:
            ui.property_status_combo.setCurrentIndex(index)
        ui.search_edit.setText(text)
        ui.search_edit.setFocus()

    def _after_change(self) -> None:
        self._load_properties()
        self._load_requests()
        self._load_matches()
        self._load_map()

    def _on_status_button_clicked(self) -> None:
        unit = self.selected_property()
        if unit is None:
            return
        properties = self._services.properties

        def submit(choice: StepChoice) -> PropertyRow:
            assert isinstance(choice.target, PropertyStatus)
            return properties.change_status(unit.id, unit.version, choice.target, choice.reason, choice.on)

        hints: dict[StrEnum, str] = {
            PropertyStatus.LET: self.tr(
                "Letting counts the property’s area as reactivated on this day and rejects its open matches."
            ),
            PropertyStatus.WITHDRAWN: self.tr(
                "The property is no longer offered; its open matches are rejected."
            ),
            PropertyStatus.RESERVED: self.tr("A reserved property is not proposed to further applicants."),
            PropertyStatus.VACANT: self.tr("The property is offered again from this day."),
            PropertyStatus.REACTIVATED: self.tr("The business has opened: the unit is in use again."),
        }
        dialog = StepDialog(
            title=self.tr("Change the status of {property}").format(property=unit.label),
            info=self.tr("Now: {status} since {day}.").format(
                status=enum_label(unit.status),
                day=unit.status_since.strftime("%d.%m.%Y") if unit.status_since else "–",
            ),
            targets=property_targets(unit.status),
            reason_required=lambda t: PROPERTY_TRANSITIONS[(unit.status, t)].reason_required,
            hints=hints,
            submit=submit,
            parent=self,
        )
        dialog.step_done.connect(lambda _row: self._after_change())
        self._open(dialog)

    def _on_photos_button_clicked(self) -> None:
        unit = self.selected_property()
        if unit is None:
            return
        from dlzw_desktop.ui.property_photos_dialog import PropertyPhotosDialog  # noqa: PLC0415

        dialog = PropertyPhotosDialog(self._services, unit, self)
        dialog.photos_changed.connect(self._load_properties)
        self._open(dialog)

    def _on_expose_button_clicked(self) -> None:
        unit = self.selected_property()
        if unit is None:
            return
        suggested = Path.home() / f"Expose {unit.street}.pdf".replace("/", "-")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the exposé"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if name:
            self.write_expose(unit, Path(name))

    def write_expose(self, unit: PropertyRow, target: Path) -> None:
        """Write the exposé in the background and say where it is."""
        self._ui.expose_button.setEnabled(False)
        run_in_background(
            lambda: self._services.properties.write_expose(unit.id, target),
            self._on_expose_written,
            self._on_expose_failed,
            context=self,
        )

    def _on_expose_written(self, path: Path) -> None:
        self._update_buttons()
        url = QUrl.fromLocalFile(str(path)).toString()
        self._ui.message_label.setText(
            self.tr('Exposé saved: <a href="{url}">{name}</a>').format(url=url, name=html.escape(path.name))
        )

    def _on_expose_failed(self, error: BaseException) -> None:
        self._update_buttons()
        show_error(self, error)

    def _on_find_requests_button_clicked(self) -> None:
        unit = self.selected_property()
        if unit is None:
            return
        self._candidates_for = unit
        self._ui.property_candidates_label.setText(
            self.tr("Ranking the open requests for {property}…").format(property=unit.label)
        )
        self._load(
            lambda: self._services.properties.rank_requests_for(unit.id), self._show_property_candidates
        )

    def _show_property_candidates(self, candidates: list[MatchCandidate]) -> None:
        unit = self._candidates_for
        label = unit.label if isinstance(unit, PropertyRow) else ""
        self._property_candidates.set_rows(candidates)
        _fit(self._ui.property_candidates_table)
        if candidates:
            text = self.tr("Open requests that {property} suits: {count}, best first. Select one to see why.")
        elif isinstance(unit, PropertyRow) and not unit.owner_consent:
            text = self.tr(
                "{property} is not proposed to anyone: the owner has not consented to the listing."
            )
        elif isinstance(unit, PropertyRow) and unit.status is not PropertyStatus.VACANT:
            text = self.tr("{property} is not proposed to anyone: it is not vacant.")
        else:
            text = self.tr("No open request suits {property}.")
        self._ui.property_candidates_label.setText(text.format(count=len(candidates), property=label))
        self._ui.property_candidate_explanation_label.clear()
        if candidates:
            self._ui.property_candidates_table.selectRow(0)
        self._update_buttons()

    def _on_propose_request_button_clicked(self) -> None:
        candidate: MatchCandidate | None = _selected(self._ui.property_candidates_table)
        if candidate is not None:
            self._propose(candidate, self._on_find_requests_button_clicked)

    def _propose(self, candidate: MatchCandidate, rerank: Callable[[], None]) -> None:
        def done(_match: MatchRow) -> None:
            self._load_matches()
            self._load_properties()
            self._load_requests()
            rerank()

        run_in_background(
            lambda: self._services.properties.propose(candidate.request_id, candidate.property_id),
            done,
            self._on_failed,
            context=self,
        )

    def _show_candidate(self, table: QTableView, label: Any) -> None:
        candidate: MatchCandidate | None = _selected(table)
        self._update_buttons()
        if candidate is None:
            label.clear()
            return
        parts = ", ".join(f"{part_title(name)} {percent(value)}" for name, value in candidate.parts.items())
        label.setText(
            f"<b>{percent(candidate.score)}</b> – {candidate.explanation}"
            f"<br/>{parts}<br/>{candidate.fund_reason}"
        )

    # ==============================================================================================
    # Requests

    def _open_request_dialog(self, row: SpaceRequestRow | None) -> None:
        from dlzw_desktop.ui.space_request_dialog import SpaceRequestDialog  # noqa: PLC0415

        dialog = SpaceRequestDialog(self._services, self._boroughs, self._districts, row, self)
        dialog.request_saved.connect(lambda _row: self._after_change())
        self._open(dialog)

    def _on_close_request_button_clicked(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        properties = self._services.properties
        targets: tuple[SpaceRequestStatus, ...]
        if request.status is SpaceRequestStatus.OPEN:
            targets = (SpaceRequestStatus.WITHDRAWN, SpaceRequestStatus.FULFILLED)
        else:
            targets = (SpaceRequestStatus.OPEN,)

        def submit(choice: StepChoice) -> SpaceRequestRow:
            assert isinstance(choice.target, SpaceRequestStatus)
            return properties.set_request_status(request.id, request.version, choice.target, choice.reason)

        dialog = StepDialog(
            title=self.tr("Close or reopen the request of {applicant}").format(
                applicant=request.applicant_label
            ),
            info=self.tr("Now: {status}.").format(status=enum_label(request.status)),
            targets=targets,
            reason_required=lambda _t: True,
            hints={
                SpaceRequestStatus.WITHDRAWN: self.tr("Its open matches are rejected."),
                SpaceRequestStatus.FULFILLED: self.tr(
                    "Found space without a match; its open matches are rejected."
                ),
            },
            submit=submit,
            parent=self,
        )
        dialog.step_done.connect(lambda _row: self._after_change())
        self._open(dialog)

    def _on_find_properties_button_clicked(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        self._candidates_for = request
        self._ui.request_candidates_label.setText(
            self.tr("Ranking the vacant properties for {applicant}…").format(
                applicant=request.applicant_label
            )
        )
        self._load(
            lambda: self._services.properties.rank_properties_for(request.id), self._show_request_candidates
        )

    def _show_request_candidates(self, candidates: list[MatchCandidate]) -> None:
        request = self._candidates_for
        applicant = request.applicant_label if isinstance(request, SpaceRequestRow) else ""
        self._request_candidates.set_rows(candidates)
        _fit(self._ui.request_candidates_table)
        if candidates:
            text = self.tr(
                "Vacant properties that suit the request of {applicant}: {count}, best first. Only "
                "properties whose owner consented to the listing are proposed."
            )
        else:
            text = self.tr(
                "No vacant property with the owner’s consent suits the request of {applicant}. Check the "
                "size range, the rent limit and the must-haves."
            )
        self._ui.request_candidates_label.setText(text.format(count=len(candidates), applicant=applicant))
        self._ui.request_candidate_explanation_label.clear()
        if candidates:
            self._ui.request_candidates_table.selectRow(0)
        self._update_buttons()

    def _on_propose_property_button_clicked(self) -> None:
        candidate: MatchCandidate | None = _selected(self._ui.request_candidates_table)
        if candidate is not None:
            self._propose(candidate, self._on_find_properties_button_clicked)

    # ==============================================================================================
    # Matches

    def _show_match_detail(self) -> None:
        match = self.selected_match()
        self._update_buttons()
        if match is None:
            self._ui.match_detail_label.clear()
            return
        lines = [f"<b>{percent(match.score)}</b> – {match.explanation}"]
        if match.parts is not None:
            lines.append(", ".join(f"{part_title(n)} {percent(v)}" for n, v in match.parts.items()))
        if match.fund_reason:
            lines.append(match.fund_reason)
        if match.rejection_reason:
            lines.append(self.tr("Rejected: {reason}").format(reason=match.rejection_reason))
        if match.note:
            lines.append(self.tr("Note: {note}").format(note=match.note))
        self._ui.match_detail_label.setText("<br/>".join(lines))

    def _open_match_dialog(self, *, reject: bool) -> None:
        match = self.selected_match()
        if match is None:
            return
        properties = self._services.properties
        if reject:
            targets: tuple[MatchStage, ...] = (MatchStage.REJECTED,)
        else:
            targets = tuple(t for t in match_targets(match.stage) if t is not MatchStage.REJECTED)
        if not targets:
            return

        def submit(choice: StepChoice) -> MatchRow:
            assert isinstance(choice.target, MatchStage)
            return properties.advance_match(
                match.id,
                match.version,
                choice.target,
                on=choice.on,
                reason=choice.reason,
                note=choice.note or None,
            )

        dialog = StepDialog(
            title=self.tr("{applicant} and {property}").format(
                applicant=match.applicant_label, property=match.property_label
            ),
            info=self.tr("Stage now: {stage}. {explanation}").format(
                stage=enum_label(match.stage), explanation=match.explanation
            ),
            targets=targets,
            reason_required=lambda t: MATCH_TRANSITIONS[(match.stage, t)].reason_required,
            hints={
                MatchStage.LEASE_SIGNED: self.tr(
                    "The property becomes let and its {area} count as reactivated on this day; the request "
                    "is fulfilled and the other open matches of both are rejected."
                ).format(area=area(match.area_m2)),
                MatchStage.BUSINESS_OPENED: self.tr("The property is marked as reactivated."),
                MatchStage.REJECTED: self.tr("Say why, so that the next proposal fits better."),
            },
            submit=submit,
            show_note=not reject,
            parent=self,
        )
        dialog.step_done.connect(lambda _row: self._after_change())
        self._open(dialog)

    # ==============================================================================================
    # Demand profiles

    def _fill_demand_areas(self, areas: list[DemandAreaRow]) -> None:
        current = current_value(self._ui.demand_area_combo)
        items: list[tuple[str, Any]] = []
        for row in areas:
            if row.kind == "quarter":
                text = self.tr("Quarter {name}").format(name=row.name)
            else:
                text = f"{row.name} ({row.borough_name})"
            if row.entries:
                text += f" – {row.entries}"
            items.append((text, f"{row.kind}:{row.id}"))
        fill_combo(self._ui.demand_area_combo, items, current)

    def _load_demand(self) -> None:
        chosen = self._demand_area()
        if chosen is None:
            return
        kind, area_id = chosen
        if kind == "quarter":
            fetch = lambda: self._services.properties.demand_entries(quarter_id=area_id)  # noqa: E731
        else:
            fetch = lambda: self._services.properties.demand_entries(district_id=area_id)  # noqa: E731
        self._load(fetch, self._show_rows(self._demand, self._ui.demand_table))

    def _demand_area(self) -> tuple[str, uuid.UUID] | None:
        """("district" or "quarter", id) of the chosen area; the combo keeps them as "kind:id" text."""
        chosen = current_value(self._ui.demand_area_combo)
        if not chosen:
            return None
        kind, _, key = str(chosen).partition(":")
        return kind, uuid.UUID(key)

    def _search_sectors(self) -> None:
        text = self._ui.sector_edit.text()
        self._load(lambda: self._services.reference.search_sectors(text), self._show_sectors)

    def _show_sectors(self, sectors: list[SectorRow]) -> None:
        fill_combo(
            self._ui.sector_combo,
            [(s.label, s.id) for s in sectors] or [(self.tr("– no sector found –"), None)],
        )

    def _show_demand_entry(self) -> None:
        entry: DemandEntryRow | None = _selected(self._ui.demand_table)
        if entry is not None:
            self._ui.weight_spin.setValue(float(entry.weight))
            self._ui.demand_note_edit.setText(entry.note)

    def _weight(self) -> Decimal:
        # One decimal place as shown by the spin box; no float reaches the service.
        return Decimal(round(self._ui.weight_spin.value() * 10)) / 10

    def _demand_changed(self, _result: object = None) -> None:
        self._load_demand()
        self._load(self._services.properties.demand_areas, self._fill_demand_areas)

    def _on_add_demand_button_clicked(self) -> None:
        chosen = self._demand_area()
        sector = current_value(self._ui.sector_combo)
        if chosen is None:
            return
        if sector is None:
            self._ui.sector_edit.setFocus()
            show_error(
                self,
                ValidationError(
                    "demand.sector_missing",
                    "Search the missed offer by name or WZ code and choose it from the list.",
                    field="sector",
                ),
            )
            return
        kind, area_id = chosen
        draft = DemandEntryDraft(
            sector_id=sector,
            weight=self._weight(),
            district_id=area_id if kind == "district" else None,
            quarter_id=area_id if kind == "quarter" else None,
            note=self._ui.demand_note_edit.text(),
        )
        run_in_background(
            lambda: self._services.properties.add_demand_entry(draft),
            self._demand_changed,
            self._on_failed,
            context=self,
        )

    def _on_update_demand_button_clicked(self) -> None:
        entry: DemandEntryRow | None = _selected(self._ui.demand_table)
        if entry is None:
            return
        weight, note = self._weight(), self._ui.demand_note_edit.text()
        run_in_background(
            lambda: self._services.properties.update_demand_entry(entry.id, entry.version, weight, note),
            self._demand_changed,
            self._on_failed,
            context=self,
        )

    def _on_remove_demand_button_clicked(self) -> None:
        entry: DemandEntryRow | None = _selected(self._ui.demand_table)
        if entry is None:
            return
        run_in_background(
            lambda: self._services.properties.remove_demand_entry(entry.id, entry.version),
            self._demand_changed,
            self._on_failed,
            context=self,
        )

    # ==============================================================================================
    # District map

    def _load_map(self) -> None:
        year = self._ui.year_spin.value()
        self._load(lambda: self._services.properties.borough_figures(year), self._show_figures)

    def _show_figures(self, figures: list[BoroughFigures]) -> None:
        self._figures = figures
        self._map_rows.set_rows(figures)
        _fit(self._ui.map_table)
        self._show_map_values()

    def _show_map_values(self) -> None:
        metric = current_value(self._ui.metric_combo)
        areas = []
        for f in self._figures:
            if metric == "open_cases":
                areas.append(MapArea(f.borough_id, f.name, float(f.open_cases), str(f.open_cases)))
            elif metric == "reactivated":
                areas.append(
                    MapArea(
                        f.borough_id, f.name, float(f.reactivated_m2), f"{format_area(f.reactivated_m2)} m²"
                    )
                )
            else:
                areas.append(MapArea(f.borough_id, f.name, float(f.vacant), str(f.vacant)))
        self._ui.borough_map.set_areas(areas, self._ui.metric_combo.currentText())

    def _show_boundaries(self, boundaries: Boundaries | None) -> None:
        self._ui.borough_map.set_boundaries(boundaries)
        self._ui.remove_map_button.setEnabled(boundaries is not None)
        if boundaries is None:
            self._ui.map_source_label.setText(
                self.tr(
                    "Schematic map: the 12 boroughs in their rough arrangement. Import the city’s borough "
                    "boundaries (GeoJSON, WGS84, from the open data portal) for the real outlines."
                )
            )
        else:
            text = self.tr("Outlines from the imported boundary file ({count} boroughs).").format(
                count=len(boundaries.shapes)
            )
            if boundaries.unmatched:
                text += " " + self.tr("Not matched to a borough and left out: {names}.").format(
                    names=", ".join(boundaries.unmatched[:8])
                )
            self._ui.map_source_label.setText(text)

    def _on_borough_map_borough_clicked(self, borough_id: uuid.UUID | None) -> None:
        self.set_borough_filter(borough_id)

    def _on_map_table_activated(self) -> None:
        figures: BoroughFigures | None = _selected(self._ui.map_table)
        if figures is not None:
            self.set_borough_filter(None if figures.borough_id == self._borough_id else figures.borough_id)

    def _on_import_map_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import borough boundaries"),
            str(Path.home()),
            self.tr("GeoJSON (*.geojson *.json);;All files (*)"),
        )
        if name:
            self.import_boundaries(Path(name))

    def import_boundaries(self, path: Path) -> None:
        run_in_background(
            lambda: self._services.properties.import_boundaries(path),
            self._show_boundaries,
            self._on_failed,
            context=self,
        )

    def _on_remove_map_button_clicked(self) -> None:
        run_in_background(
            self._services.properties.remove_boundaries,
            lambda _r: self._show_boundaries(None),
            self._on_failed,
            context=self,
        )

    # ==============================================================================================
    # Settings

    def _on_settings_button_clicked(self) -> None:
        from dlzw_desktop.ui.matching_settings_dialog import MatchingSettingsDialog  # noqa: PLC0415

        dialog = MatchingSettingsDialog(self._services, self)
        dialog.settings_saved.connect(lambda _s: self._clear_candidates())
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        """Open a dialog window-modal without blocking; it is deleted once closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _clear_candidates(self) -> None:
        self._property_candidates.set_rows([])
        self._request_candidates.set_rows([])
        self._ui.property_candidate_explanation_label.clear()
        self._ui.request_candidate_explanation_label.clear()
