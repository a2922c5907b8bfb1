"""Table of one area's demand profile: missed offers as WZ codes with weights."""

from __future__ import annotations

from PySide6.QtCore import QObject

from dlzw_desktop.services.property_rows import DemandEntryRow
from dlzw_desktop.ui.property_labels import day
from dlzw_desktop.ui.row_table_model import Column, RowTableModel


class DemandTableModel(RowTableModel[DemandEntryRow]):
    """WZ code and name, weight, where the entry came from and its note."""

    def __init__(self, parent: QObject | None = None) -> None:
        meeting, entered = self.tr("Meeting on {day}"), self.tr("entered")
        super().__init__(
            [
                Column(self.tr("WZ code"), lambda r: r.sector_code),
                Column(self.tr("Missed offer"), lambda r: r.sector_label),
                Column(
                    self.tr("Weight"),
                    lambda r: r.weight,
                    lambda r: f"{r.weight.normalize():f}".replace(".", ","),
                    numeric=True,
                ),
                Column(
                    self.tr("Source"),
                    lambda r: r.meeting_on,
                    lambda r: meeting.format(day=day(r.meeting_on)) if r.meeting_id else entered,
                ),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            parent,
        )
