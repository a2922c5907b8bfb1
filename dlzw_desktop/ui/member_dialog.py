"""Add a person or business to an initiative (searching existing records), or change a member's role.

People and businesses are created in the people section; here they are only picked. A person's consent to
invitations can be recorded at the same time (date and form), because it is often given at the meeting.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import ConsentForm
from dlzw_desktop.services.initiative_service import ConsentRow, MemberDraft, MemberRow, PartyRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.generated.ui_member_dialog import Ui_MemberDialog
from dlzw_desktop.ui.i18n import QT_TRANSLATE_NOOP
from dlzw_desktop.ui.labels import enum_items
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.neighbourhood_widgets import format_date, from_qdate, name_buttons, to_qdate
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)

ROLE_SUGGESTIONS = (
    QT_TRANSLATE_NOOP("MemberDialog", "Member"),
    QT_TRANSLATE_NOOP("MemberDialog", "Spokesperson"),
    QT_TRANSLATE_NOOP("MemberDialog", "Deputy spokesperson"),
    QT_TRANSLATE_NOOP("MemberDialog", "Treasurer"),
    QT_TRANSLATE_NOOP("MemberDialog", "Property owner"),
    QT_TRANSLATE_NOOP("MemberDialog", "Guest"),
)
_PARTY_ROLE = Qt.ItemDataRole.UserRole


class MemberDialog(QDialog):
    """Pick a person or business and give them a role; with ``member`` only role and contact change.

    Signals: ``saved(MemberRow)``.
    """

    saved = Signal(object)

    def __init__(
        self,
        services: Services,
        initiative_id: uuid.UUID,
        member: MemberRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._initiative_id = initiative_id
        self._member = member
        self._chosen: PartyRow | None = None
        self._ui = Ui_MemberDialog()
        self._ui.setupUi(self)
        ui = self._ui
        name_buttons(ui.button_box)
        self.setWindowTitle(self.tr("Change member") if member else self.tr("Add member"))
        for role in ROLE_SUGGESTIONS:
            ui.role_combo.addItem(QCoreApplication.translate("MemberDialog", role))
        ui.role_combo.setCurrentIndex(0)
        for text, form in enum_items(ConsentForm):
            ui.consent_form_combo.addItem(text, form)
        ui.consent_date_edit.setDate(to_qdate(today_berlin()))
        ui.consent_date_edit.setMaximumDate(to_qdate(today_berlin()))
        ui.consent_date_edit.setMinimumDate(QDate(2000, 1, 1))
        ui.record_consent_check.toggled.connect(self._on_record_consent_check_toggled)
        self._on_record_consent_check_toggled(False)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._search)
        ui.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.results_list.currentItemChanged.connect(self._on_results_list_current_item_changed)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        if member is not None:
            ui.search_edit.setEnabled(False)
            ui.results_list.setEnabled(False)
            ui.role_combo.setCurrentText(member.role)
            ui.contact_check.setChecked(member.is_contact)
            party_id = member.person_id if member.person_id is not None else member.business_id
            assert party_id is not None  # the database allows exactly one of them
            self._chosen = PartyRow(member.kind, party_id, member.name, member.detail)
            self._show_chosen()
        else:
            self._show_chosen()
            ui.search_edit.setFocus()

    # -- search ----------------------------------------------------------------------------------

    def _search(self) -> None:
        text = self._ui.search_edit.text().strip()
        if len(text) < 2:
            self._ui.results_list.clear()
            return
        service = self._services.initiatives
        run_in_background(lambda: service.find_parties(text), self._on_found, self._on_failed, context=self)

    def _on_found(self, parties: list[PartyRow]) -> None:
        self._ui.results_list.clear()
        for party in parties:
            kind = self.tr("Person") if party.kind == "person" else self.tr("Business")
            detail = f" – {party.detail}" if party.detail else ""
            item = QListWidgetItem(f"{party.name} ({kind}){detail}")
            item.setData(_PARTY_ROLE, party)
            self._ui.results_list.addItem(item)
        if not parties:
            self._ui.results_list.addItem(
                self.tr("Nobody found. People and businesses are created in the people section.")
            )

    def _on_results_list_current_item_changed(self, item: QListWidgetItem | None, _previous: Any) -> None:
        party = item.data(_PARTY_ROLE) if item is not None else None
        self._chosen = party if isinstance(party, PartyRow) else None
        self._show_chosen()

    def _show_chosen(self) -> None:
        ui = self._ui
        chosen = self._chosen
        if chosen is None:
            ui.chosen_label.setText(self.tr("Search and choose a person or business above."))
            ui.consent_group.setEnabled(False)
            ui.consent_state_label.setText("")
            return
        ui.chosen_label.setText(self.tr("Member: {name}").format(name=chosen.name))
        if chosen.kind == "business":
            ui.consent_group.setEnabled(False)
            ui.consent_state_label.setText(
                self.tr(
                    "A business is invited through its founders who consented; record it for them as people."
                )
            )
            return
        ui.consent_group.setEnabled(True)
        ui.record_consent_check.setEnabled(False)  # until we know whether a consent is recorded
        ui.consent_state_label.setText(self.tr("Looking up recorded consent…"))
        service = self._services.initiatives
        person_id = chosen.id
        run_in_background(
            lambda: service.contact_consents(person_id), self._on_consents, self._on_failed, context=self
        )

    def _on_consents(self, consents: list[ConsentRow]) -> None:
        current = [c for c in consents if c.withdrawn_on is None]
        if current:
            self._ui.consent_state_label.setText(
                self.tr("Consent recorded since {date}.").format(date=format_date(current[0].given_on))
            )
            self._ui.record_consent_check.setChecked(False)
            self._ui.record_consent_check.setEnabled(False)
        elif consents:
            self._ui.consent_state_label.setText(
                self.tr("Consent withdrawn on {date}: this person is not invited.").format(
                    date=format_date(consents[0].withdrawn_on)
                )
            )
            self._ui.record_consent_check.setEnabled(True)
        else:
            self._ui.consent_state_label.setText(self.tr("No consent recorded: this person is not invited."))
            self._ui.record_consent_check.setEnabled(True)

    def _on_record_consent_check_toggled(self, checked: bool) -> None:
        self._ui.consent_date_edit.setEnabled(checked)
        self._ui.consent_form_combo.setEnabled(checked)

    # -- save ------------------------------------------------------------------------------------

    def _on_button_box_accepted(self) -> None:
        chosen = self._chosen
        if chosen is None:
            self._ui.search_edit.setFocus()
            self._ui.chosen_label.setText(self.tr("Please choose a person or business first."))
            return
        ui = self._ui
        role = ui.role_combo.currentText()
        is_contact = ui.contact_check.isChecked()
        consent: tuple[date, ConsentForm] | None = None
        if (
            chosen.kind == "person"
            and ui.record_consent_check.isEnabled()
            and ui.record_consent_check.isChecked()
        ):
            consent = (from_qdate(ui.consent_date_edit.date()), ui.consent_form_combo.currentData())
        service = self._services.initiatives
        member = self._member
        initiative_id = self._initiative_id

        def save() -> MemberRow:
            if consent is not None:
                service.record_contact_consent(chosen.id, consent[0], consent[1])
            if member is not None:
                return service.update_member(member.id, member.version, role=role, is_contact=is_contact)
            draft = MemberDraft(
                person_id=chosen.id if chosen.kind == "person" else None,
                business_id=chosen.id if chosen.kind == "business" else None,
                role=role,
                is_contact=is_contact,
            )
            return service.add_member(initiative_id, draft)

        ui.button_box.setEnabled(False)
        run_in_background(save, self._on_saved, self._on_failed, context=self)

    def _on_saved(self, row: MemberRow) -> None:
        self.saved.emit(row)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        show_error(self, error)
