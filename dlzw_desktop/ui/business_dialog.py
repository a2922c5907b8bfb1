"""Record or edit a business: WZ 2008 class found by typing part of its German name, borough and district
suggested from the postcode (the advisor confirms), its people with their roles, and the duplicate check."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from dlzw_desktop.domain.enums import BusinessRole, LegalForm
from dlzw_desktop.errors import ConflictError, ValidationError
from dlzw_desktop.services.intake_service import (
    BusinessDraft,
    BusinessRow,
    DuplicateCandidate,
    DuplicateFound,
    PersonRow,
)
from dlzw_desktop.services.reference_service import AreaSuggestion, BoroughRow, DistrictRow, SectorRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui import case_labels
from dlzw_desktop.ui.case_labels import add_choice, choice, select_choice
from dlzw_desktop.ui.conflict_dialog import resolve_conflict
from dlzw_desktop.ui.generated.ui_business_dialog import Ui_BusinessDialog
from dlzw_desktop.ui.labels import enum_items
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.person_dialog import PersonDialog, candidate_text
from dlzw_desktop.ui.row_table_model import RowTableModel, shown
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MemberEntry:
    """A person in a role, recorded (``member_id``) or still to be recorded with the business."""

    person_id: uuid.UUID
    name: str
    role: BusinessRole
    member_id: uuid.UUID | None = None


class BusinessDialog(QDialog):
    """Signals: ``saved(object)`` with the ``BusinessRow`` recorded, changed or chosen instead."""

    saved = Signal(object)

    def __init__(
        self, services: Services, business: BusinessRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._business = business
        self._ui = Ui_BusinessDialog()
        self._ui.setupUi(self)
        case_labels.name_buttons(self._ui.button_box)
        ui = self._ui
        self.setWindowTitle(self.tr("New business") if business is None else self.tr("Edit business"))
        for text, member in enum_items(list(LegalForm)):
            add_choice(ui.legal_form_combo, text, member)
        for text, member in enum_items(list(BusinessRole)):
            add_choice(ui.role_combo, text, member)
        ui.planned_check.setChecked(True)
        ui.city_edit.setText("Dortmund")
        ui.duplicates_group.hide()
        self._sector_id: uuid.UUID | None = None
        self._sectors: dict[str, SectorRow] = {}
        self._sector_model = QStringListModel(self)
        completer = QCompleter(self._sector_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._on_sector_chosen)
        ui.sector_edit.setCompleter(completer)
        self._persons: dict[str, PersonRow] = {}
        self._person_model = QStringListModel(self)
        person_completer = QCompleter(self._person_model, self)
        person_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        person_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        ui.person_edit.setCompleter(person_completer)
        self._members = RowTableModel[MemberEntry](
            [shown(self.tr("Person"), lambda m: m.name), shown(self.tr("Role"), lambda m: m.role)], self
        )
        ui.members_table.setModel(self._members)
        self._sector_timer = self._debounce(self._search_sectors)
        self._person_timer = self._debounce(self._search_persons)
        self._boroughs: list[BoroughRow] = []
        self._districts: list[DistrictRow] = []
        self._fields = {
            "name": ui.name_edit,
            "founding_date": ui.founding_edit,
            "employees": ui.employees_spin,
            "street": ui.street_edit,
            "postcode": ui.postcode_edit,
            "city": ui.city_edit,
            "sector_id": ui.sector_edit,
            "borough_id": ui.borough_combo,
            "district_id": ui.district_combo,
        }
        ui.sector_edit.textEdited.connect(self._on_sector_edit_text_edited)
        ui.person_edit.textEdited.connect(lambda _text: self._person_timer.start())
        ui.postcode_edit.textEdited.connect(self._on_postcode_edit_text_edited)
        ui.borough_combo.currentIndexChanged.connect(self._on_borough_combo_current_index_changed)
        ui.add_member_button.clicked.connect(self._on_add_member_button_clicked)
        ui.new_person_button.clicked.connect(self._on_new_person_button_clicked)
        ui.remove_member_button.clicked.connect(self._on_remove_member_button_clicked)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.use_existing_button.clicked.connect(self._on_use_existing_button_clicked)
        ui.create_anyway_button.clicked.connect(lambda: self._save_new(allow_duplicate=True))
        run_in_background(self._load_areas, self._on_areas, self._on_failed, context=self)

    def _debounce(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(150)
        timer.timeout.connect(slot)
        return timer

    # -- loading ---------------------------------------------------------------------------------------

    def _load_areas(self) -> tuple[list[BoroughRow], list[DistrictRow], SectorRow | None]:
        reference = self._services.reference
        sector = None
        if self._business is not None and self._business.sector_id is not None:
            sector = reference.sector(self._business.sector_id)
        return reference.boroughs(), reference.districts(), sector

    def _on_areas(self, loaded: tuple[list[BoroughRow], list[DistrictRow], SectorRow | None]) -> None:
        self._boroughs, self._districts, sector = loaded
        combo = self._ui.borough_combo
        combo.blockSignals(True)
        add_choice(combo, self.tr("– not chosen –"), None)
        for borough in self._boroughs:
            add_choice(combo, borough.name, borough.id)
        combo.blockSignals(False)
        self._fill_districts(None)
        if self._business is not None:
            self._fill(self._business, sector)

    def _fill(self, business: BusinessRow, sector: SectorRow | None) -> None:
        ui = self._ui
        ui.name_edit.setText(business.name)
        select_choice(ui.legal_form_combo, business.legal_form)
        if sector is not None:
            self._sectors[sector.label] = sector
            self._sector_id = sector.id
            ui.sector_edit.setText(sector.label)
        ui.founding_edit.setText(
            business.founding_date.strftime("%d.%m.%Y") if business.founding_date else ""
        )
        ui.planned_check.setChecked(business.founding_planned)
        ui.employees_spin.setValue(business.employees)
        ui.street_edit.setText(business.street or "")
        ui.postcode_edit.setText(business.postcode or "")
        ui.city_edit.setText(business.city or "")
        select_choice(ui.borough_combo, business.borough_id)
        select_choice(ui.district_combo, business.district_id)
        ui.notes_edit.setPlainText(business.notes)
        self._members.set_rows(
            [MemberEntry(m.person_id, m.person_name, m.role, m.id) for m in business.members]
        )

    def _fill_districts(self, borough_id: uuid.UUID | None) -> None:
        combo = self._ui.district_combo
        current = choice(combo)
        combo.clear()
        add_choice(combo, self.tr("– not chosen –"), None)
        for district in self._districts:
            if borough_id is None or district.borough_id == borough_id:
                add_choice(combo, district.name, district.id)
        select_choice(combo, current)

    def _on_borough_combo_current_index_changed(self, _index: int) -> None:
        self._fill_districts(choice(self._ui.borough_combo))

    # -- WZ class by typing ----------------------------------------------------------------------------

    def _on_sector_edit_text_edited(self, _text: str) -> None:
        self._sector_id = None
        self._sector_timer.start()

    def _search_sectors(self) -> None:
        text = self._ui.sector_edit.text()
        run_in_background(
            lambda: self._services.reference.search_sectors(text, limit=30),
            self._on_sectors,
            self._on_failed,
            context=self,
        )

    def _on_sectors(self, sectors: list[SectorRow]) -> None:
        self._sectors = {sector.label: sector for sector in sectors}
        self._sector_model.setStringList(list(self._sectors))
        completer = self._ui.sector_edit.completer()
        if sectors and self._ui.sector_edit.hasFocus():
            completer.complete()
        exact = self._sectors.get(self._ui.sector_edit.text())
        if exact is not None:
            self._sector_id = exact.id

    def _on_sector_chosen(self, text: str) -> None:
        sector = self._sectors.get(text)
        self._sector_id = sector.id if sector is not None else None

    def choose_sector(self, label: str) -> None:
        """Choose a WZ class by its label, as picking it from the list does."""
        self._ui.sector_edit.setText(label)
        self._on_sector_chosen(label)

    # -- area from postcode ----------------------------------------------------------------------------

    def _on_postcode_edit_text_edited(self, text: str) -> None:
        code = text.strip()
        if len(code) != 5 or not code.isdigit():
            self._ui.area_hint_label.clear()
            return
        run_in_background(
            lambda: self._services.reference.suggest_area(code),
            self._on_area_suggested,
            self._on_failed,
            context=self,
        )

    def _on_area_suggested(self, suggestion: AreaSuggestion) -> None:
        ui = self._ui
        if suggestion.postcode != ui.postcode_edit.text().strip():
            return
        if not suggestion.boroughs:
            ui.area_hint_label.setText(
                self.tr("No area known for this postcode: choose borough and district.")
            )
            return
        select_choice(ui.borough_combo, suggestion.boroughs[0].id)
        if suggestion.districts:
            select_choice(ui.district_combo, suggestion.districts[0].id)
        names = ", ".join(b.name for b in suggestion.boroughs)
        if suggestion.ambiguous:
            ui.area_hint_label.setText(
                self.tr(
                    "Suggested from the postcode; it covers several areas ({names}). Please check."
                ).format(names=names)
            )
        else:
            ui.area_hint_label.setText(
                self.tr("Suggested from the postcode ({names}). Please confirm.").format(names=names)
            )

    # -- people ----------------------------------------------------------------------------------------

    def _search_persons(self) -> None:
        text = self._ui.person_edit.text().strip()
        if len(text) < 2:
            return
        run_in_background(
            lambda: self._services.intake.list_persons(text, limit=20),
            self._on_persons,
            self._on_failed,
            context=self,
        )

    def _on_persons(self, persons: list[PersonRow]) -> None:
        self._persons = {}
        for person in persons:
            born = f" ({person.birth_date:%d.%m.%Y})" if person.birth_date else ""
            self._persons[f"{person.full_name}{born}"] = person
        self._person_model.setStringList(list(self._persons))
        if persons and self._ui.person_edit.hasFocus():
            self._ui.person_edit.completer().complete()

    def _on_add_member_button_clicked(self) -> None:
        person = self._persons.get(self._ui.person_edit.text())
        if person is None:
            show_error(
                self,
                ValidationError(
                    "business.person_not_chosen",
                    "Choose the person from the list that appears while you type, or record a new person.",
                    field="person",
                ),
            )
            return
        self._add_member(person)

    def _on_new_person_button_clicked(self) -> None:
        dialog = PersonDialog(self._services, parent=self)
        dialog.saved.connect(self._add_member)
        dialog.open()

    def _add_member(self, person: PersonRow) -> None:
        role: BusinessRole = choice(self._ui.role_combo)
        if any(m.person_id == person.id and m.role is role for m in self._members.rows()):
            return
        if self._business is None:
            self._members.append_rows([MemberEntry(person.id, person.full_name, role)])
            self._ui.person_edit.clear()
            return
        business_id = self._business.id
        run_in_background(
            lambda: self._services.intake.add_member(business_id, person.id, role),
            self._on_members_changed,
            self._on_failed,
            context=self,
        )

    def _on_remove_member_button_clicked(self) -> None:
        index = self._ui.members_table.currentIndex()
        entry = self._members.row_at(index.row()) if index.isValid() else None
        if entry is None:
            return
        if entry.member_id is None:
            self._members.set_rows([m for m in self._members.rows() if m != entry])
            return
        member_id = entry.member_id
        run_in_background(
            lambda: self._services.intake.remove_member(member_id),
            self._on_members_changed,
            self._on_failed,
            context=self,
        )

    def _on_members_changed(self, business: BusinessRow) -> None:
        self._business = business if self._business is not None else None
        self._members.set_rows(
            [MemberEntry(m.person_id, m.person_name, m.role, m.id) for m in business.members]
        )
        self._ui.person_edit.clear()

    def members(self) -> list[MemberEntry]:
        return self._members.rows()

    # -- saving ----------------------------------------------------------------------------------------

    def draft(self) -> BusinessDraft:
        ui = self._ui
        if ui.sector_edit.text().strip() and self._sector_id is None:
            raise ValidationError(
                "business.sector_not_chosen",
                "Choose the WZ 2008 class from the list that appears while you type part of its name.",
                field="sector_id",
            )
        return BusinessDraft(
            name=ui.name_edit.text(),
            legal_form=choice(ui.legal_form_combo),
            sector_id=self._sector_id,
            founding_date=case_labels.read_date(ui.founding_edit, "founding_date", required=False),
            founding_planned=ui.planned_check.isChecked(),
            street=ui.street_edit.text(),
            postcode=ui.postcode_edit.text(),
            city=ui.city_edit.text(),
            borough_id=choice(ui.borough_combo),
            district_id=choice(ui.district_combo),
            employees=ui.employees_spin.value(),
            notes=ui.notes_edit.toPlainText(),
        )

    def _busy(self, busy: bool) -> None:
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _on_button_box_accepted(self) -> None:
        if self._business is None:
            self._save_new(allow_duplicate=False)
            return
        try:
            draft = self.draft()
        except ValidationError as error:
            self._on_failed(error)
            return
        self._busy(True)
        business = self._business
        run_in_background(
            lambda: self._services.intake.update_business(business.id, business.version, draft),
            self._on_saved,
            self._on_update_failed,
            context=self,
        )

    def _save_new(self, *, allow_duplicate: bool) -> None:
        try:
            draft = self.draft()
        except ValidationError as error:
            self._on_failed(error)
            return
        members = [(m.person_id, m.role) for m in self._members.rows()]
        self._busy(True)
        run_in_background(
            lambda: self._services.intake.create_business(draft, members, allow_duplicate=allow_duplicate),
            self._on_saved,
            self._on_failed,
            context=self,
        )

    def _on_update_failed(self, error: BaseException) -> None:
        business = self._business
        if not isinstance(error, ConflictError) or business is None:
            self._on_failed(error)
            return
        base = {key: getattr(business.draft(), key) for key in BusinessDraft.__dataclass_fields__}
        values = resolve_conflict(
            self, error, {key: case_labels.field_label(key) for key in error.mine}, base=base
        )
        if values is None:
            self._busy(False)
            return
        merged = BusinessDraft(**{k: v for k, v in values.items() if k in BusinessDraft.__dataclass_fields__})
        version = int(error.params["version"])
        run_in_background(
            lambda: self._services.intake.update_business(business.id, version, merged),
            self._on_saved,
            self._on_update_failed,
            context=self,
        )

    def _on_saved(self, business: BusinessRow) -> None:
        self._busy(False)
        self.saved.emit(business)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, DuplicateFound):
            self._offer(error.candidates)
            return
        if isinstance(error, ValidationError):
            case_labels.focus_field(self._fields, error)
        show_error(self, error)

    def _offer(self, candidates: tuple[DuplicateCandidate, ...]) -> None:
        ui = self._ui
        ui.duplicates_label.setText(
            self.tr(
                "A business with a similar name is already recorded at this address. Use it, or confirm that "
                "this is another business."
            )
        )
        ui.duplicates_list.clear()
        for candidate in candidates:
            item = QListWidgetItem(
                candidate_text(
                    candidate, by_birth=self.tr("same birth date"), by_address=self.tr("same address")
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            ui.duplicates_list.addItem(item)
        ui.duplicates_list.setCurrentRow(0)
        ui.duplicates_group.show()

    def _on_use_existing_button_clicked(self) -> None:
        item = self._ui.duplicates_list.currentItem()
        if item is None:
            return
        candidate: DuplicateCandidate = item.data(Qt.ItemDataRole.UserRole)
        run_in_background(
            lambda: self._services.intake.business(candidate.id),
            self._on_saved,
            self._on_failed,
            context=self,
        )
