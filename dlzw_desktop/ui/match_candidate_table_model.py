"""Table of ranked candidates: the total score, its six visible parts and the German sentence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from dlzw_desktop.services.property_rows import MatchCandidate
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.property_labels import area, money, part_title, percent
from dlzw_desktop.ui.row_table_model import Column, RowTableModel


def _part(name: str) -> Callable[[MatchCandidate], float]:
    return lambda c: float(getattr(c.parts, name))


def _part_text(name: str) -> Callable[[MatchCandidate], str]:
    return lambda c: percent(getattr(c.parts, name))


def _part_columns() -> list[Column[MatchCandidate]]:
    return [
        Column(part_title(name), _part(name), _part_text(name), numeric=True)
        for name in ("size", "rent", "location", "features", "demand", "renovation")
    ]


class MatchCandidateTableModel(RowTableModel[MatchCandidate]):
    """Candidates for one request (``of_requests=False``: properties) or one property (requests)."""

    def __init__(self, *, of_requests: bool, parent: QObject | None = None) -> None:
        possible = self.tr("possible")
        who: Column[MatchCandidate] = (
            Column(self.tr("Applicant"), lambda c: c.applicant_label)
            if of_requests
            else Column(self.tr("Property"), lambda c: c.property_label, tooltip=lambda c: c.district_name)
        )
        super().__init__(
            [
                Column(self.tr("Score"), lambda c: c.score, lambda c: percent(c.score), numeric=True),
                who,
                Column(self.tr("Borough"), lambda c: c.borough_name),
                Column(self.tr("Area"), lambda c: c.area_m2, lambda c: area(c.area_m2), numeric=True),
                Column(
                    self.tr("Rent incl. charges"),
                    lambda c: c.total_rent,
                    lambda c: money(c.total_rent),
                    numeric=True,
                ),
                *_part_columns(),
                Column(
                    self.tr("Fund"),
                    lambda c: c.fund_eligible,
                    lambda c: possible if c.fund_eligible else "",
                    tooltip=lambda c: c.fund_reason,
                ),
                Column(
                    self.tr("Proposed"),
                    lambda c: c.match_stage or "",
                    lambda c: enum_label(c.match_stage) if c.match_stage else "",
                ),
                Column(self.tr("Why"), lambda c: c.explanation, tooltip=lambda c: c.explanation),
            ],
            parent,
        )
