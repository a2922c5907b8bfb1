"""Record or change a meeting of an initiative: date, participants, minutes, agreed actions, missed offers.

Actions become reminders and missed offers enter the district demand profile when the service saves the
meeting; this dialog only collects them.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.services.initiative_service import (
    ActionDraft,
    InitiativeRow,
    MeetingDraft,
    MeetingRow,
    MissingOfferDraft,
)
from dlzw_desktop.services.reference_service import DistrictRow, SectorRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.user_service import UserRow
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.generated.ui_meeting_dialog import Ui_MeetingDialog
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.neighbourhood_widgets import (
    format_date,
    format_number,
    from_qdate,
    name_buttons,
    to_qdate,
)
from dlzw_desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Offer:
    """A missed offer as the dialog lists it."""

    sector: SectorRow
    district_id: uuid.UUID | None
    district_name: str
    weight: Decimal
    note: str


@dataclass(frozen=True, slots=True)
class _Action:
    """An action as the dialog lists it."""

    text: str
    owner_id: uuid.UUID | None
    owner_name: str
    due_on: date
    id: uuid.UUID | None = None


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class MeetingDialog(QDialog):
    """Record (``meeting`` None) or change a meeting; saves through InitiativeService.

    Signals: ``saved(MeetingRow)``.
    """

    saved = Signal(object)

    def __init__(
        self,
        services: Services,
        initiative: InitiativeRow,
        meeting: MeetingRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._initiative = initiative
        self._meeting = meeting
        self._actions: list[_Action] = []
        self._offers: list[_Offer] = []
        self._ui = Ui_MeetingDialog()
        self._ui.setupUi(self)
        ui = self._ui
        name_buttons(ui.button_box)
        title = self.tr("Change meeting of {name}") if meeting else self.tr("Record meeting of {name}")
        self.setWindowTitle(title.format(name=initiative.name))
        today = today_berlin()
        ui.held_on_edit.setMaximumDate(to_qdate(today))
        ui.held_on_edit.setMinimumDate(QDate(2000, 1, 1))
        ui.held_on_edit.setDate(to_qdate(today))
        ui.action_due_edit.setDate(to_qdate(today + timedelta(days=14)))
        ui.held_on_edit.dateChanged.connect(ui.action_due_edit.setMinimumDate)
        for table, headers in (
            (ui.actions_table, [self.tr("Action"), self.tr("Owner"), self.tr("Due")]),
            (
                ui.offers_table,
                [self.tr("Missing offer (WZ 2008)"), self.tr("Area"), self.tr("Weight"), self.tr("Note")],
            ),
        ):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setAccessibleName(table.accessibleName())
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setAccessibleName(table.accessibleName())
            corner = table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
            if corner is not None:
                corner.setAccessibleName(table.accessibleName())
        # Long advisor and district names must not squeeze the text fields next to them.
        for combo in (ui.action_owner_combo, ui.offer_district_combo, ui.offer_sector_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        ui.action_text_edit.setMinimumWidth(260)
        self.resize(1040, 680)
        ui.offer_district_combo.addItem(self.tr("Whole area of the initiative"), None)
        ui.action_owner_combo.addItem(self.tr("(type a name or choose an advisor)"), None)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._search_sectors)
        ui.offer_search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.add_action_button.clicked.connect(self._on_add_action_button_clicked)
        ui.remove_action_button.clicked.connect(self._on_remove_action_button_clicked)
        ui.add_offer_button.clicked.connect(self._on_add_offer_button_clicked)
        ui.remove_offer_button.clicked.connect(self._on_remove_offer_button_clicked)
        # Enter in an entry row adds the row instead of saving the whole meeting.
        self._enter_adds = {
            ui.action_text_edit: self._on_add_action_button_clicked,
            ui.offer_note_edit: self._on_add_offer_button_clicked,
            ui.offer_search_edit: self._on_add_offer_button_clicked,
        }
        for edit in self._enter_adds:
            edit.installEventFilter(self)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.button_box.setEnabled(False)
        run_in_background(
            lambda: (services.users.advisors(), services.reference.districts()),
            self._on_loaded,
            self._on_failed,
            context=self,
        )

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in self._enter_adds
        ):
            self._enter_adds[watched]()
            return True
        return super().eventFilter(watched, event)

    # -- loading ---------------------------------------------------------------------------------

    def _on_loaded(self, loaded: tuple[list[UserRow], list[DistrictRow]]) -> None:
        advisors, districts = loaded
        ui = self._ui
        for advisor in advisors:
            ui.action_owner_combo.addItem(advisor.display_name, advisor.id)
        area = set(self._initiative.district_ids)
        for district in districts:
            if not area or district.id in area:
                ui.offer_district_combo.addItem(district.name, district.id)
        if area:  # other districts after the initiative's own
            for district in districts:
                if district.id not in area:
                    ui.offer_district_combo.addItem(district.name, district.id)
        meeting = self._meeting
        if meeting is not None:
            ui.held_on_edit.setDate(to_qdate(meeting.held_on))
            ui.participants_edit.setPlainText(meeting.participants)
            ui.minutes_edit.setPlainText(meeting.minutes)
            self._actions = [
                _Action(a.text, a.owner_id, a.owner_name, a.due_on, a.id) for a in meeting.actions
            ]
            self._offers = [
                _Offer(
                    SectorRow(o.sector_id, o.sector_code, "class", "", o.sector_name, ""),
                    o.district_id,
                    o.district_name,
                    o.weight,
                    o.note,
                )
                for o in meeting.missing_offers
            ]
            self._show_lists()
        ui.button_box.setEnabled(True)
        ui.participants_edit.setFocus()

    def _show_lists(self) -> None:
        _fill(
            self._ui.actions_table,
            [[a.text, a.owner_name, format_date(a.due_on)] for a in self._actions],
        )
        whole = self.tr("Whole area of the initiative")
        _fill(
            self._ui.offers_table,
            [
                [o.sector.label, o.district_name or whole, format_number(o.weight, 1), o.note]
                for o in self._offers
            ],
        )

    # -- actions ---------------------------------------------------------------------------------

    def _on_add_action_button_clicked(self) -> None:
        ui = self._ui
        text = ui.action_text_edit.text().strip()
        if not text:
            ui.action_text_edit.setFocus()
            return
        combo = ui.action_owner_combo
        index = combo.currentIndex()
        typed = combo.currentText().strip()
        if index > 0 and typed == combo.itemText(index):
            owner_id, owner_name = combo.itemData(index), typed  # one of the advisors
        else:
            owner_id, owner_name = None, "" if index == 0 and typed == combo.itemText(0) else typed
        if owner_id is None and not owner_name:
            combo.setFocus()
            combo.lineEdit().selectAll()
            return
        self._actions.append(_Action(text, owner_id, owner_name, from_qdate(ui.action_due_edit.date())))
        ui.action_text_edit.clear()
        self._show_lists()
        ui.action_text_edit.setFocus()

    def _on_remove_action_button_clicked(self) -> None:
        row = self._ui.actions_table.currentRow()
        if 0 <= row < len(self._actions):
            del self._actions[row]
            self._show_lists()

    # -- missed offers ---------------------------------------------------------------------------

    def _search_sectors(self) -> None:
        text = self._ui.offer_search_edit.text().strip()
        if len(text) < 2:
            self._ui.offer_sector_combo.clear()
            return
        reference = self._services.reference
        run_in_background(
            lambda: reference.search_sectors(text, level="class", limit=40),
            self._on_sectors,
            self._on_failed,
            context=self,
        )

    def _on_sectors(self, sectors: list[SectorRow]) -> None:
        combo = self._ui.offer_sector_combo
        combo.clear()
        for sector in sectors:
            combo.addItem(sector.label, sector)
        if not sectors:
            combo.addItem(self.tr("No WZ 2008 class found"), None)

    def _on_add_offer_button_clicked(self) -> None:
        ui = self._ui
        sector = ui.offer_sector_combo.currentData()
        if not isinstance(sector, SectorRow):
            ui.offer_search_edit.setFocus()
            return
        district_id = ui.offer_district_combo.currentData()
        self._offers = [o for o in self._offers if o.sector.id != sector.id]  # one entry per sector
        self._offers.append(
            _Offer(
                sector,
                district_id,
                ui.offer_district_combo.currentText() if district_id else "",
                Decimal(f"{ui.offer_weight_spin.value():.1f}"),
                ui.offer_note_edit.text().strip(),
            )
        )
        ui.offer_note_edit.clear()
        self._show_lists()
        ui.offer_search_edit.setFocus()

    def _on_remove_offer_button_clicked(self) -> None:
        row = self._ui.offers_table.currentRow()
        if 0 <= row < len(self._offers):
            del self._offers[row]
            self._show_lists()

    # -- save ------------------------------------------------------------------------------------

    def draft(self) -> MeetingDraft:
        ui = self._ui
        return MeetingDraft(
            held_on=from_qdate(ui.held_on_edit.date()),
            participants=ui.participants_edit.toPlainText(),
            minutes=ui.minutes_edit.toPlainText(),
            actions=tuple(
                ActionDraft(a.text, a.due_on, a.owner_id, "" if a.owner_id else a.owner_name, a.id)
                for a in self._actions
            ),
            missing_offers=tuple(
                MissingOfferDraft(o.sector.id, o.weight, o.district_id, o.note) for o in self._offers
            ),
        )

    def _on_button_box_accepted(self) -> None:
        if self._ui.action_text_edit.text().strip():
            self._on_add_action_button_clicked()  # an action typed but not yet added is not lost
        draft = self.draft()
        service = self._services.initiatives
        meeting = self._meeting
        initiative_id = self._initiative.id
        self._ui.button_box.setEnabled(False)
        if meeting is None:
            run_in_background(
                lambda: service.record_meeting(initiative_id, draft),
                self._on_saved,
                self._on_failed,
                context=self,
            )
        else:
            run_in_background(
                lambda: service.update_meeting(meeting.id, meeting.version, draft),
                self._on_saved,
                self._on_failed,
                context=self,
            )

    def _on_saved(self, row: MeetingRow) -> None:
        self.saved.emit(row)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._ui.button_box.setEnabled(True)
        show_error(self, error)
