"""Small dialogs of the case view: a consultation, a stage change with its reason or outcome, a reminder.

Each only reads and checks what was typed (``value()`` raises ``ValidationError``); the case view saves.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import CaseOutcome, ConsultationPlace
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.case_detail import ConsultationRow, ReminderRow
from dlzw_desktop.services.consultation_service import ConsultationDraft
from dlzw_desktop.services.editing import InputField
from dlzw_desktop.services.reminder_service import ReminderDraft
from dlzw_desktop.services.user_service import UserRow
from dlzw_desktop.ui import case_labels
from dlzw_desktop.ui.case_labels import add_choice, choice, select_choice
from dlzw_desktop.ui.generated.ui_consultation_dialog import Ui_ConsultationDialog
from dlzw_desktop.ui.generated.ui_reminder_dialog import Ui_ReminderDialog
from dlzw_desktop.ui.generated.ui_stage_dialog import Ui_StageDialog
from dlzw_desktop.ui.labels import enum_items
from dlzw_desktop.ui.messages import show_error


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class _CheckedDialog(QDialog):
    """Accepts only when ``value()`` does not raise; shows the message and focuses the field otherwise."""

    _fields: dict[str, QWidget]

    def value(self) -> object:
        raise NotImplementedError

    def _on_button_box_accepted(self) -> None:
        try:
            self.value()
        except ValidationError as error:
            case_labels.focus_field(self._fields, error)
            show_error(self, error)
            return
        self.accept()


class ConsultationDialog(_CheckedDialog):
    """Record or correct a consultation: date, minutes, place, advisor, language, topics and notes."""

    def __init__(
        self,
        advisors: Sequence[UserRow],
        *,
        consultation: ConsultationRow | None = None,
        advisor_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_ConsultationDialog()
        self._ui.setupUi(self)
        case_labels.name_buttons(self._ui.button_box)
        ui = self._ui
        self.setWindowTitle(
            self.tr("Record consultation") if consultation is None else self.tr("Edit consultation")
        )
        for text, place in enum_items(list(ConsultationPlace)):
            add_choice(ui.place_combo, text, place)
        for advisor in advisors:
            add_choice(ui.advisor_combo, advisor.display_name, advisor.id)
        ui.held_edit.setText(_day(today_berlin()))
        ui.minutes_spin.setValue(60)
        ui.language_edit.setText("de")
        select_choice(ui.advisor_combo, advisor_id)
        if consultation is not None:
            ui.held_edit.setText(_day(consultation.held_on))
            ui.minutes_spin.setValue(consultation.duration_minutes)
            select_choice(ui.place_combo, consultation.place)
            select_choice(ui.advisor_combo, consultation.advisor_id)
            ui.language_edit.setText(consultation.language)
            ui.topics_edit.setText(consultation.topics)
            ui.notes_edit.setPlainText(consultation.notes)
        self._fields = {
            "held_on": ui.held_edit,
            "duration_minutes": ui.minutes_spin,
            "language": ui.language_edit,
        }
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)

    def value(self) -> ConsultationDraft:
        ui = self._ui
        held = case_labels.read_date(ui.held_edit, "held_on")
        assert held is not None
        return ConsultationDraft(
            held_on=held,
            duration_minutes=ui.minutes_spin.value(),
            place=choice(ui.place_combo),
            topics=ui.topics_edit.text(),
            notes=ui.notes_edit.toPlainText(),
            advisor_id=choice(ui.advisor_combo),
            language=ui.language_edit.text(),
        )


class StageDialog(_CheckedDialog):
    """Confirm a stage change: its reason (required to move back) and, to close, the outcome."""

    def __init__(
        self,
        question: str,
        *,
        outcomes: Sequence[CaseOutcome] = (),
        reason_required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_StageDialog()
        self._ui.setupUi(self)
        case_labels.name_buttons(self._ui.button_box)
        ui = self._ui
        self._reason_required = reason_required
        ui.question_label.setText(question)
        for text, outcome in enum_items(list(outcomes)):
            add_choice(ui.outcome_combo, text, outcome)
        ui.outcome_label.setVisible(bool(outcomes))
        ui.outcome_combo.setVisible(bool(outcomes))
        if reason_required:
            ui.reason_label.setText(self.tr("&Reason (required)"))
        self._fields = {"reason": ui.reason_edit, "outcome": ui.outcome_combo}
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)

    def value(self) -> tuple[str, CaseOutcome | None]:
        reason = self._ui.reason_edit.toPlainText().strip()
        if self._reason_required and not reason:
            raise ValidationError(
                "workflow.reason_required",
                "Please give a reason for this step; it is kept in the case history.",
                field="reason",
            )
        outcome = choice(self._ui.outcome_combo) if self._ui.outcome_combo.isVisible() else None
        return reason, outcome

    def set_reason(self, text: str) -> None:
        self._ui.reason_edit.setPlainText(text)


class ReminderDialog(_CheckedDialog):
    """A dated task: due date, what to do, for whom, a note."""

    def __init__(
        self,
        users: Sequence[UserRow],
        *,
        reminder: ReminderRow | None = None,
        assignee: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_ReminderDialog()
        self._ui.setupUi(self)
        case_labels.name_buttons(self._ui.button_box)
        ui = self._ui
        for user in users:
            add_choice(ui.assignee_combo, user.display_name, user.id)
        ui.due_edit.setText(_day(today_berlin()))
        select_choice(ui.assignee_combo, assignee)
        if reminder is not None:
            ui.due_edit.setText(_day(reminder.due_on))
            ui.title_edit.setText(reminder.title)
            ui.note_edit.setPlainText(reminder.note)
            select_choice(ui.assignee_combo, reminder.assigned_to_id)
        self._fields = {"due_on": ui.due_edit, "title": ui.title_edit}
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)

    def value(self) -> ReminderDraft:
        ui = self._ui
        due = case_labels.read_date(ui.due_edit, "due_on")
        assert due is not None
        if not ui.title_edit.text().strip():
            raise ValidationError(
                "input.required", "Please fill in: {label}.", field="title", label=InputField.TITLE
            )
        return ReminderDraft(due, ui.title_edit.text(), ui.note_edit.toPlainText(), choice(ui.assignee_combo))
