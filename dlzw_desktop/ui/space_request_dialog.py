"""Create or edit a space request (Gesuch): applicant, use and WZ sector, size, rent, places, features."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from dlzw_desktop.domain.enums import PropertyUse
from dlzw_desktop.domain.matching import Feature
from dlzw_desktop.errors import UserError, ValidationError
from dlzw_desktop.services.property_rows import (
    PartyKind,
    PartyRef,
    PartyRow,
    SpaceRequestDraft,
    SpaceRequestRow,
)
from dlzw_desktop.services.reference_service import BoroughRow, DistrictRow, SectorRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.generated.ui_space_request_dialog import Ui_SpaceRequestDialog
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.property_inputs import (
    add_item,
    checked_values,
    current_value,
    fill_checklist,
    fill_combo,
    get_amount,
    get_area,
    get_date,
    make_date_optional,
    name_buttons,
    select_data,
    set_amount,
    set_area,
    set_date,
)
from dlzw_desktop.ui.workers import run_in_background

_AREA_ROLE = Qt.ItemDataRole.UserRole


class SpaceRequestDialog(QDialog):
    """Edits one request; limits are checked by ``PropertyService``.

    Signals: ``request_saved(object)`` with the stored ``SpaceRequestRow``.
    """

    request_saved = Signal(object)

    def __init__(
        self,
        services: Services,
        boroughs: Sequence[BoroughRow],
        districts: Sequence[DistrictRow],
        row: SpaceRequestRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._row = row
        self._ui = Ui_SpaceRequestDialog()
        self._ui.setupUi(self)
        name_buttons(self._ui.button_box)
        self.setWindowTitle(self.tr("Edit space request") if row else self.tr("New space request"))
        fill_combo(self._ui.applicant_kind_combo, [(enum_label(k), k) for k in PartyKind])
        fill_combo(self._ui.use_combo, [(enum_label(u), u) for u in PropertyUse])
        fill_checklist(self._ui.nice_list, [(enum_label(f), f) for f in Feature])
        make_date_optional(self._ui.move_in_edit)
        set_date(self._ui.move_in_edit, None)
        add_item(self._ui.sector_combo, self.tr("– no sector –"), None)
        self._fill_places(boroughs, districts, frozenset(), frozenset())
        self._applicant_timer = self._timer(self._search_applicants)
        self._sector_timer = self._timer(self._search_sectors)
        self._ui.applicant_search_edit.textEdited.connect(lambda _text: self._applicant_timer.start())
        self._ui.applicant_kind_combo.currentIndexChanged.connect(
            lambda _index: self._applicant_timer.start()
        )
        self._ui.sector_edit.textEdited.connect(lambda _text: self._sector_timer.start())
        self._ui.places_tree.itemChanged.connect(self._on_places_tree_item_changed)
        self._ui.button_box.accepted.connect(self.accept)
        self._ui.button_box.rejected.connect(self.reject)
        if row is not None:
            self._show(row, boroughs, districts)
        else:
            self._applicant_timer.start()

    def _timer(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(250)
        timer.timeout.connect(slot)
        return timer

    def _fill_places(
        self,
        boroughs: Sequence[BoroughRow],
        districts: Sequence[DistrictRow],
        chosen_boroughs: frozenset[uuid.UUID],
        chosen_districts: frozenset[uuid.UUID],
    ) -> None:
        tree = self._ui.places_tree
        tree.blockSignals(True)
        tree.clear()
        for borough in boroughs:
            top = QTreeWidgetItem(tree, [borough.name])
            top.setData(0, _AREA_ROLE, ("borough", borough.id))
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            top.setCheckState(
                0, Qt.CheckState.Checked if borough.id in chosen_boroughs else Qt.CheckState.Unchecked
            )
            for district in (d for d in districts if d.borough_id == borough.id):
                child = QTreeWidgetItem(top, [district.name])
                child.setData(0, _AREA_ROLE, ("district", district.id))
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(
                    0, Qt.CheckState.Checked if district.id in chosen_districts else Qt.CheckState.Unchecked
                )
                if district.id in chosen_districts:
                    top.setExpanded(True)
        tree.blockSignals(False)

    def _on_places_tree_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        # A ticked borough covers its districts: untick them, so that the request says it once.
        if item.checkState(0) == Qt.CheckState.Checked:
            self._ui.places_tree.blockSignals(True)
            parent = item.parent()
            if parent is None:
                for i in range(item.childCount()):
                    child = item.child(i)
                    if child is not None:
                        child.setCheckState(0, Qt.CheckState.Unchecked)
            else:
                parent.setCheckState(0, Qt.CheckState.Unchecked)
            self._ui.places_tree.blockSignals(False)

    def _places(self) -> tuple[frozenset[uuid.UUID], frozenset[uuid.UUID]]:
        boroughs: set[uuid.UUID] = set()
        districts: set[uuid.UUID] = set()
        tree = self._ui.places_tree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            if top is None:
                continue
            if top.checkState(0) == Qt.CheckState.Checked:
                boroughs.add(top.data(0, _AREA_ROLE)[1])
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None and child.checkState(0) == Qt.CheckState.Checked:
                    districts.add(child.data(0, _AREA_ROLE)[1])
        return frozenset(boroughs), frozenset(districts)

    def _show(
        self, row: SpaceRequestRow, boroughs: Sequence[BoroughRow], districts: Sequence[DistrictRow]
    ) -> None:
        ui = self._ui
        select_data(ui.applicant_kind_combo, row.applicant.kind)
        fill_combo(ui.applicant_combo, [(row.applicant_label, row.applicant.id)], row.applicant.id)
        select_data(ui.use_combo, row.use)
        if row.sector_id is not None:
            add_item(ui.sector_combo, f"{row.sector_code} {row.sector_label}", row.sector_id)
            ui.sector_combo.setCurrentIndex(ui.sector_combo.count() - 1)
        set_area(ui.min_area_edit, row.min_area_m2)
        set_area(ui.max_area_edit, row.max_area_m2)
        set_amount(ui.max_rent_edit, row.max_rent)
        set_date(ui.move_in_edit, row.earliest_move_in)
        ui.must_ground_floor_check.setChecked(Feature.GROUND_FLOOR in row.must_haves)
        ui.must_shop_window_check.setChecked(Feature.SHOP_WINDOW in row.must_haves)
        ui.must_step_free_check.setChecked(Feature.STEP_FREE in row.must_haves)
        fill_checklist(ui.nice_list, [(enum_label(f), f) for f in Feature], row.nice_to_haves)
        self._fill_places(boroughs, districts, row.preferred_borough_ids, row.preferred_district_ids)
        ui.notes_edit.setPlainText(row.notes)

    # -- searches --------------------------------------------------------------------------------------

    def _search_applicants(self) -> None:
        kind = current_value(self._ui.applicant_kind_combo)
        text = self._ui.applicant_search_edit.text()
        run_in_background(
            lambda: self._services.properties.find_parties(text, [kind]),
            self._show_applicants,
            self._on_failed,
            context=self,
        )

    def _show_applicants(self, parties: list[PartyRow]) -> None:
        current = current_value(self._ui.applicant_combo)
        fill_combo(self._ui.applicant_combo, [(p.label, p.id) for p in parties], current)

    def _search_sectors(self) -> None:
        text = self._ui.sector_edit.text()
        run_in_background(
            lambda: self._services.reference.search_sectors(text),
            self._show_sectors,
            self._on_failed,
            context=self,
        )

    def _show_sectors(self, sectors: list[SectorRow]) -> None:
        fill_combo(
            self._ui.sector_combo,
            [(self.tr("– no sector –"), None), *((s.label, s.id) for s in sectors)],
            sectors[0].id if sectors else None,
        )

    # -- saving ----------------------------------------------------------------------------------------

    def draft(self) -> SpaceRequestDraft:
        """The entered values; raises ``ValidationError`` for a missing applicant or unreadable numbers."""
        ui = self._ui
        applicant_id = current_value(ui.applicant_combo)
        if applicant_id is None:
            ui.applicant_search_edit.setFocus()
            raise ValidationError(
                "request.applicant_missing",
                "Choose who is looking: search the person, business or case and pick it from the list.",
                field="applicant",
            )
        try:
            low = get_area(ui.min_area_edit, "min_area_m2", optional=True)
            high = get_area(ui.max_area_edit, "max_area_m2", optional=True)
            rent = get_amount(ui.max_rent_edit, "max_rent", optional=True)
        except ValidationError as error:
            {"min_area_m2": ui.min_area_edit, "max_area_m2": ui.max_area_edit}.get(
                error.field or "", ui.max_rent_edit
            ).setFocus()
            raise
        boroughs, districts = self._places()
        must = {
            Feature.GROUND_FLOOR: ui.must_ground_floor_check.isChecked(),
            Feature.SHOP_WINDOW: ui.must_shop_window_check.isChecked(),
            Feature.STEP_FREE: ui.must_step_free_check.isChecked(),
        }
        return SpaceRequestDraft(
            applicant=PartyRef(current_value(ui.applicant_kind_combo), applicant_id),
            use=current_value(ui.use_combo),
            sector_id=current_value(ui.sector_combo),
            min_area_m2=low,
            max_area_m2=high,
            max_rent=rent,
            preferred_borough_ids=boroughs,
            preferred_district_ids=districts,
            must_haves=frozenset(f for f, needed in must.items() if needed),
            nice_to_haves=frozenset(checked_values(ui.nice_list)),
            earliest_move_in=get_date(ui.move_in_edit),
            notes=ui.notes_edit.toPlainText(),
        )

    @override
    def accept(self) -> None:
        try:
            draft = self.draft()
        except UserError as error:
            show_error(self, error)
            return
        row = self._row
        properties = self._services.properties
        self._ui.button_box.setEnabled(False)
        run_in_background(
            (lambda: properties.update_request(row.id, row.version, draft))
            if row is not None
            else (lambda: properties.create_request(draft)),
            self._on_saved,
            self._on_failed,
            context=self,
        )

    def _on_saved(self, row: SpaceRequestRow) -> None:
        self._ui.button_box.setEnabled(True)
        self.request_saved.emit(row)
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        target = {
            "min_area_m2": self._ui.min_area_edit,
            "max_area_m2": self._ui.max_area_edit,
            "max_rent": self._ui.max_rent_edit,
            "applicant": self._ui.applicant_search_edit,
        }.get(getattr(error, "field", None) or "")
        if target is not None:
            target.setFocus()
        show_error(self, error)
