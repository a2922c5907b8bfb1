"""Table of stored matches and their pipeline stage."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from dlzw_desktop.domain.enums import MatchStage
from dlzw_desktop.services.property_rows import MatchRow
from dlzw_desktop.ui.property_labels import area, day, percent
from dlzw_desktop.ui.row_table_model import Column, RowTableModel


def _stage_colour(row: MatchRow) -> QColor | None:
    if row.stage is MatchStage.REJECTED:
        return QColor("#8a8a8a")
    if row.stage in (MatchStage.LEASE_SIGNED, MatchStage.BUSINESS_OPENED):
        return QColor("#1b7f3b")
    return None


class MatchTableModel(RowTableModel[MatchRow]):
    """Applicant, property, stage with its day, score, fund flag and the explanation of each match."""

    def __init__(self, parent: QObject | None = None) -> None:
        possible = self.tr("possible")
        super().__init__(
            [
                Column(self.tr("Applicant"), lambda r: r.applicant_label),
                Column(self.tr("Property"), lambda r: r.property_label),
                Column(self.tr("Borough"), lambda r: r.borough_name),
                Column(self.tr("Area"), lambda r: r.area_m2, lambda r: area(r.area_m2), numeric=True),
                Column(
                    self.tr("Stage"),
                    lambda r: r.stage,
                    colour=_stage_colour,
                    tooltip=lambda r: r.rejection_reason,
                ),
                Column(self.tr("Since"), lambda r: r.stage_on, lambda r: day(r.stage_on)),
                Column(self.tr("Score"), lambda r: r.score, lambda r: percent(r.score), numeric=True),
                Column(
                    self.tr("Fund"),
                    lambda r: r.fund_eligible,
                    lambda r: possible if r.fund_eligible else "",
                    tooltip=lambda r: r.fund_reason,
                ),
                Column(self.tr("Why"), lambda r: r.explanation, tooltip=lambda r: r.explanation),
            ],
            parent,
        )
