"""Create or edit a property of the register: place, space, uses, rent, condition, vacancy, owner, consent."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import PropertyCondition, PropertyUse
from dlzw_desktop.domain.matching import Feature
from dlzw_desktop.errors import UserError, ValidationError
from dlzw_desktop.services.property_rows import (
    MUST_HAVE_FEATURES,
    PartyKind,
    PartyRef,
    PartyRow,
    PropertyDraft,
    PropertyRow,
)
from dlzw_desktop.services.reference_service import AreaSuggestion, BoroughRow, DistrictRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.generated.ui_property_dialog import Ui_PropertyDialog
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.owner_dialog import OwnerDialog
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

_OWNER_KINDS = (PartyKind.PERSON, PartyKind.BUSINESS)


class PropertyDialog(QDialog):
    """Edits one property; plausibility and consent rules are checked by ``PropertyService``.

    Signals: ``property_saved(object)`` with the stored ``PropertyRow``.
    """

    property_saved = Signal(object)

    def __init__(
        self,
        services: Services,
        boroughs: Sequence[BoroughRow],
        districts: Sequence[DistrictRow],
        row: PropertyRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._districts = list(districts)
        self._row = row
        self._ui = Ui_PropertyDialog()
        self._ui.setupUi(self)
        name_buttons(self._ui.button_box)
        self.setWindowTitle(self.tr("Edit property") if row else self.tr("New property"))
        fill_combo(
            self._ui.borough_combo, [(self.tr("– choose –"), None), *((b.name, b.id) for b in boroughs)]
        )
        self._fill_districts(None, None)
        fill_combo(self._ui.condition_combo, [(enum_label(c), c) for c in PropertyCondition])
        fill_checklist(self._ui.uses_list, [(enum_label(u), u) for u in PropertyUse])
        fill_checklist(
            self._ui.extra_features_list, [(enum_label(f), f) for f in Feature if f not in MUST_HAVE_FEATURES]
        )
        for edit in (self._ui.vacant_since_edit, self._ui.consent_date_edit):
            make_date_optional(edit)
            set_date(edit, None)
        add_item(self._ui.owner_combo, self.tr("– no owner recorded –"), None)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._search_owners)
        self._ui.owner_search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self._ui.borough_combo.currentIndexChanged.connect(self._on_borough_combo_current_index_changed)
        self._ui.district_combo.currentIndexChanged.connect(self._on_district_combo_current_index_changed)
        self._ui.postcode_edit.editingFinished.connect(self._on_postcode_edit_editing_finished)
        self._ui.consent_check.toggled.connect(self._on_consent_check_toggled)
        self._ui.new_owner_button.clicked.connect(self._on_new_owner_button_clicked)
        self._ui.button_box.accepted.connect(self.accept)
        self._ui.button_box.rejected.connect(self.reject)
        if row is not None:
            self._show(row)
        else:
            self._ui.ground_floor_check.setChecked(True)
            set_date(self._ui.vacant_since_edit, today_berlin())
        self._on_consent_check_toggled(self._ui.consent_check.isChecked())

    # -- filling ---------------------------------------------------------------------------------------

    def _fill_districts(self, borough_id: uuid.UUID | None, current: uuid.UUID | None) -> None:
        choices = [d for d in self._districts if borough_id is None or d.borough_id == borough_id]
        fill_combo(
            self._ui.district_combo,
            [(self.tr("– choose –"), None), *((f"{d.name} ({d.borough_name})", d.id) for d in choices)],
            current,
        )

    def _show(self, row: PropertyRow) -> None:
        ui = self._ui
        ui.street_edit.setText(row.street)
        ui.postcode_edit.setText(row.postcode)
        select_data(ui.borough_combo, row.borough_id)
        self._fill_districts(row.borough_id, row.district_id)
        set_area(ui.area_edit, row.area_m2)
        ui.rooms_spin.setValue(row.rooms or 0)
        ui.ground_floor_check.setChecked(row.ground_floor)
        ui.floor_note_edit.setText(row.floor_note)
        fill_checklist(ui.uses_list, [(enum_label(u), u) for u in PropertyUse], row.uses)
        ui.shop_window_check.setChecked(row.shop_window)
        ui.step_free_check.setChecked(row.step_free)
        fill_checklist(
            ui.extra_features_list,
            [(enum_label(f), f) for f in Feature if f not in MUST_HAVE_FEATURES],
            row.extra_features,
        )
        set_amount(ui.cold_rent_edit, row.cold_rent)
        set_amount(ui.service_charges_edit, row.service_charges)
        select_data(ui.condition_combo, row.condition)
        set_amount(ui.renovation_cost_edit, row.renovation_cost)
        ui.renovation_needs_edit.setPlainText(row.renovation_needs)
        set_date(ui.vacant_since_edit, row.vacant_since)
        ui.vacancy_reason_edit.setText(row.vacancy_reason)
        if row.owner is not None:
            add_item(ui.owner_combo, f"{row.owner_label} ({enum_label(row.owner.kind)})", row.owner)
            ui.owner_combo.setCurrentIndex(ui.owner_combo.count() - 1)
        ui.consent_check.setChecked(row.owner_consent)
        set_date(ui.consent_date_edit, row.owner_consent_on)
        ui.notes_edit.setPlainText(row.notes)

    # -- reactions -------------------------------------------------------------------------------------

    def _on_borough_combo_current_index_changed(self) -> None:
        borough = current_value(self._ui.borough_combo)
        district = current_value(self._ui.district_combo)
        keep = next((d.id for d in self._districts if d.id == district and d.borough_id == borough), None)
        self._fill_districts(borough, keep)

    def _on_district_combo_current_index_changed(self) -> None:
        district = next((d for d in self._districts if d.id == current_value(self._ui.district_combo)), None)
        if district is not None and current_value(self._ui.borough_combo) != district.borough_id:
            self._ui.borough_combo.blockSignals(True)
            select_data(self._ui.borough_combo, district.borough_id)
            self._ui.borough_combo.blockSignals(False)

    def _on_postcode_edit_editing_finished(self) -> None:
        code = self._ui.postcode_edit.text().strip()
        if len(code) != 5 or current_value(self._ui.borough_combo) is not None:
            return  # a suggestion never overrides what the advisor chose
        run_in_background(
            lambda: self._services.reference.suggest_area(code),
            self._on_suggestion,
            self._on_failed,
            context=self,
        )

    def _on_suggestion(self, suggestion: AreaSuggestion) -> None:
        if current_value(self._ui.borough_combo) is not None or not suggestion.boroughs:
            return
        select_data(self._ui.borough_combo, suggestion.boroughs[0].id)
        if suggestion.districts and not suggestion.ambiguous:
            select_data(self._ui.district_combo, suggestion.districts[0].id)

    def _on_consent_check_toggled(self, checked: bool) -> None:
        self._ui.consent_date_edit.setEnabled(checked)
        if checked and get_date(self._ui.consent_date_edit) is None:
            today = today_berlin()
            self._ui.consent_date_edit.setDate(QDate(today.year, today.month, today.day))

    def _search_owners(self) -> None:
        text = self._ui.owner_search_edit.text()
        run_in_background(
            lambda: self._services.properties.find_parties(text, _OWNER_KINDS),
            self._show_owners,
            self._on_failed,
            context=self,
        )

    def _show_owners(self, parties: list[PartyRow]) -> None:
        current = current_value(self._ui.owner_combo)
        items: list[tuple[str, PartyRef | None]] = [(self.tr("– no owner recorded –"), None)]
        if current is not None:
            items.append((self._ui.owner_combo.currentText(), current))
        items += [(f"{p.label} ({enum_label(p.kind)})", p.ref) for p in parties if p.ref != current]
        fill_combo(
            self._ui.owner_combo,
            items,
            current if current is not None else (parties[0].ref if parties else None),
        )

    def _on_new_owner_button_clicked(self) -> None:
        dialog = OwnerDialog(self._services, self)
        dialog.owner_created.connect(self._on_owner_created)
        dialog.open()

    def _on_owner_created(self, owner: PartyRow) -> None:
        add_item(self._ui.owner_combo, f"{owner.label} ({enum_label(owner.kind)})", owner.ref)
        self._ui.owner_combo.setCurrentIndex(self._ui.owner_combo.count() - 1)

    # -- saving ----------------------------------------------------------------------------------------

    def draft(self) -> PropertyDraft:
        """The entered values; raises ``ValidationError`` for unreadable numbers (the focus moves there)."""
        ui = self._ui
        try:
            area = get_area(ui.area_edit, "area_m2")
            cold_rent = get_amount(ui.cold_rent_edit, "cold_rent")
            charges = get_amount(ui.service_charges_edit, "service_charges", optional=True)
            renovation = get_amount(ui.renovation_cost_edit, "renovation_cost", optional=True)
        except ValidationError as error:
            {
                "area_m2": ui.area_edit,
                "cold_rent": ui.cold_rent_edit,
                "service_charges": ui.service_charges_edit,
                "renovation_cost": ui.renovation_cost_edit,
            }.get(error.field or "", ui.area_edit).setFocus()
            raise
        assert area is not None and cold_rent is not None
        return PropertyDraft(
            street=ui.street_edit.text(),
            postcode=ui.postcode_edit.text(),
            borough_id=current_value(ui.borough_combo),
            district_id=current_value(ui.district_combo),
            area_m2=area,
            rooms=ui.rooms_spin.value() or None,
            ground_floor=ui.ground_floor_check.isChecked(),
            floor_note=ui.floor_note_edit.text(),
            cold_rent=cold_rent,
            service_charges=charges if charges is not None else Decimal(0),
            uses=frozenset(checked_values(ui.uses_list)),
            shop_window=ui.shop_window_check.isChecked(),
            step_free=ui.step_free_check.isChecked(),
            extra_features=frozenset(checked_values(ui.extra_features_list)),
            condition=current_value(ui.condition_combo),
            renovation_needs=ui.renovation_needs_edit.toPlainText(),
            renovation_cost=renovation,
            vacant_since=get_date(ui.vacant_since_edit),
            vacancy_reason=ui.vacancy_reason_edit.text(),
            owner=current_value(ui.owner_combo),
            owner_consent=ui.consent_check.isChecked(),
            owner_consent_on=get_date(ui.consent_date_edit) if ui.consent_check.isChecked() else None,
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
            (lambda: properties.update_property(row.id, row.version, draft))
            if row is not None
            else (lambda: properties.create_property(draft)),
            self._on_saved,
            self._on_failed,
            context=self,
        )

    def _on_saved(self, row: PropertyRow) -> None:
        self._ui.button_box.setEnabled(True)
        self.property_saved.emit(row)
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        field = getattr(error, "field", None)
        target = {
            "area_m2": self._ui.area_edit,
            "cold_rent": self._ui.cold_rent_edit,
            "service_charges": self._ui.service_charges_edit,
            "renovation_cost": self._ui.renovation_cost_edit,
            "street": self._ui.street_edit,
            "postcode": self._ui.postcode_edit,
            "owner": self._ui.owner_search_edit,
            "owner_consent_on": self._ui.consent_date_edit,
            "uses": self._ui.uses_list,
            "district_id": self._ui.district_combo,
            "rooms": self._ui.rooms_spin,
        }.get(field or "")
        if target is not None:
            target.setFocus()
        show_error(self, error)
