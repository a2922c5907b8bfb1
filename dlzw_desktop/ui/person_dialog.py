"""Record or edit a person (intake), with the duplicate check that offers an existing record."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from dlzw_desktop.domain.enums import Gender, MigrationBackground, ResidenceStatus
from dlzw_desktop.errors import ConflictError, UserError, ValidationError
from dlzw_desktop.services.intake_service import DuplicateCandidate, DuplicateFound, PersonDraft, PersonRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui import case_labels
from dlzw_desktop.ui.case_labels import add_choice, choice, select_choice
from dlzw_desktop.ui.conflict_dialog import resolve_conflict
from dlzw_desktop.ui.generated.ui_person_dialog import Ui_PersonDialog
from dlzw_desktop.ui.labels import enum_items
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)


def candidate_text(candidate: DuplicateCandidate, *, by_birth: str, by_address: str) -> str:
    """One line per candidate: name, birth date, address and why it matched."""
    parts = [candidate.name]
    if candidate.birth_date:
        parts.append(candidate.birth_date.strftime("%d.%m.%Y"))
    address = " ".join(p for p in (candidate.street, candidate.postcode, candidate.city) if p)
    if address:
        parts.append(address)
    if candidate.detail:
        parts.append(candidate.detail)
    reasons = [by_birth if r == "birth_date" else by_address for r in candidate.reasons]
    return " · ".join(parts) + f"  ({', '.join(reasons)})"


class PersonDialog(QDialog):
    """Signals: ``saved(object)`` with the ``PersonRow`` recorded, changed or chosen instead."""

    saved = Signal(object)

    def __init__(
        self, services: Services, person: PersonRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._person = person
        self._ui = Ui_PersonDialog()
        self._ui.setupUi(self)
        case_labels.name_buttons(self._ui.button_box)
        ui = self._ui
        for combo, members in (
            (ui.residence_combo, list(ResidenceStatus)),
            (ui.gender_combo, list(Gender)),
            (ui.migration_combo, list(MigrationBackground)),
        ):
            for text, member in enum_items(members):
                add_choice(combo, text, member)
        select_choice(ui.residence_combo, ResidenceStatus.NOT_STATED)
        select_choice(ui.gender_combo, Gender.NOT_STATED)
        select_choice(ui.migration_combo, MigrationBackground.NOT_STATED)
        ui.city_edit.setText("Dortmund")
        ui.duplicates_group.hide()
        self._fields = {
            "family_name": ui.family_name_edit,
            "given_names": ui.given_names_edit,
            "birth_date": ui.birth_date_edit,
            "preferred_languages": ui.languages_edit,
            "email": ui.email_edit,
            "phone": ui.phone_edit,
            "street": ui.street_edit,
            "postcode": ui.postcode_edit,
            "city": ui.city_edit,
            "residence_permit_until": ui.permit_until_edit,
        }
        self.setWindowTitle(self.tr("New person") if person is None else self.tr("Edit person"))
        if person is not None:
            self._fill(person)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.use_existing_button.clicked.connect(self._on_use_existing_button_clicked)
        ui.create_anyway_button.clicked.connect(self._on_create_anyway_button_clicked)
        ui.duplicates_list.itemActivated.connect(lambda _item: self._on_use_existing_button_clicked())

    def _fill(self, person: PersonRow) -> None:
        ui = self._ui
        ui.family_name_edit.setText(person.family_name)
        ui.given_names_edit.setText(person.given_names)
        ui.birth_date_edit.setText(person.birth_date.strftime("%d.%m.%Y") if person.birth_date else "")
        ui.languages_edit.setText(", ".join(person.preferred_languages))
        ui.phone_edit.setText(person.phone or "")
        ui.email_edit.setText(person.email or "")
        ui.street_edit.setText(person.street or "")
        ui.postcode_edit.setText(person.postcode or "")
        ui.city_edit.setText(person.city or "")
        select_choice(ui.residence_combo, person.residence_status)
        ui.permit_until_edit.setText(
            person.residence_permit_until.strftime("%d.%m.%Y") if person.residence_permit_until else ""
        )
        select_choice(ui.gender_combo, person.gender)
        select_choice(ui.migration_combo, person.migration_background)
        ui.notes_edit.setPlainText(person.notes)

    def draft(self) -> PersonDraft:
        """The typed values; raises ``ValidationError`` for a date that does not exist."""
        ui = self._ui
        return PersonDraft(
            family_name=ui.family_name_edit.text(),
            given_names=ui.given_names_edit.text(),
            birth_date=case_labels.read_date(ui.birth_date_edit, "birth_date", required=False),
            gender=choice(ui.gender_combo),
            migration_background=choice(ui.migration_combo),
            residence_status=choice(ui.residence_combo),
            residence_permit_until=case_labels.read_date(
                ui.permit_until_edit, "residence_permit_until", required=False
            ),
            preferred_languages=tuple(
                code for code in ui.languages_edit.text().replace(";", ",").split(",") if code.strip()
            ),
            email=ui.email_edit.text(),
            phone=ui.phone_edit.text(),
            street=ui.street_edit.text(),
            postcode=ui.postcode_edit.text(),
            city=ui.city_edit.text(),
            notes=ui.notes_edit.toPlainText(),
        )

    def _busy(self, busy: bool) -> None:
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _on_button_box_accepted(self) -> None:
        try:
            draft = self.draft()
        except ValidationError as error:
            self._on_failed(error)
            return
        self._busy(True)
        if self._person is None:
            self._save_new(draft, allow_duplicate=False)
        else:
            person = self._person
            run_in_background(
                lambda: self._services.intake.update_person(person.id, person.version, draft),
                self._on_saved,
                lambda error: self._on_update_failed(error, draft),
                context=self,
            )

    def _save_new(self, draft: PersonDraft, *, allow_duplicate: bool) -> None:
        run_in_background(
            lambda: self._services.intake.create_person(draft, allow_duplicate=allow_duplicate),
            self._on_saved,
            self._on_failed,
            context=self,
        )

    def _on_update_failed(self, error: BaseException, draft: PersonDraft) -> None:
        if not isinstance(error, ConflictError) or self._person is None:
            self._on_failed(error)
            return
        base = {key: getattr(self._person.draft(), key) for key in PersonDraft.__dataclass_fields__}
        base["preferred_languages"] = ",".join(self._person.preferred_languages)
        labels = {key: case_labels.field_label(key) for key in error.mine}
        values = resolve_conflict(self, error, labels, base=base)
        if values is None:
            self._busy(False)
            return
        values["preferred_languages"] = tuple(
            c for c in str(values.get("preferred_languages") or "").split(",") if c
        )
        merged = PersonDraft(**{k: v for k, v in values.items() if k in PersonDraft.__dataclass_fields__})
        person, version = self._person, int(error.params["version"])
        run_in_background(
            lambda: self._services.intake.update_person(person.id, version, merged),
            self._on_saved,
            lambda again: self._on_update_failed(again, merged),
            context=self,
        )

    def _on_saved(self, person: PersonRow) -> None:
        self._busy(False)
        self.saved.emit(person)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, DuplicateFound):
            self._offer(error)
            return
        if isinstance(error, ValidationError):
            case_labels.focus_field(self._fields, error)
        show_error(self, error)

    def _offer(self, found: DuplicateFound) -> None:
        ui = self._ui
        ui.duplicates_label.setText(
            self.tr(
                "These persons are already recorded with a similar name and the same birth date or address. "
                "Use the existing record, or confirm that this is someone else."
            )
        )
        ui.duplicates_list.clear()
        for candidate in found.candidates:
            item = QListWidgetItem(
                candidate_text(
                    candidate, by_birth=self.tr("same birth date"), by_address=self.tr("same address")
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            ui.duplicates_list.addItem(item)
        ui.duplicates_list.setCurrentRow(0)
        ui.duplicates_group.show()
        ui.duplicates_list.setFocus()

    def _on_use_existing_button_clicked(self) -> None:
        item = self._ui.duplicates_list.currentItem()
        if item is None:
            return
        candidate: DuplicateCandidate = item.data(Qt.ItemDataRole.UserRole)
        self._busy(True)
        run_in_background(
            lambda: self._services.intake.person(candidate.id), self._on_saved, self._on_failed, context=self
        )

    def _on_create_anyway_button_clicked(self) -> None:
        try:
            draft = self.draft()
        except UserError as error:
            self._on_failed(error)
            return
        self._busy(True)
        self._save_new(draft, allow_duplicate=True)

    def values(self) -> dict[str, Any]:
        """The typed text per field (for tests and the conflict dialog)."""
        return {key: widget.text() for key, widget in self._fields.items()}
