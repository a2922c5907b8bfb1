"""Table of space requests (Gesuche)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from dlzw_desktop.services.property_rows import SpaceRequestRow
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.property_labels import area, day, money
from dlzw_desktop.ui.row_table_model import Column, RowTableModel


class SpaceRequestTableModel(RowTableModel[SpaceRequestRow]):
    """Applicant, use and sector, size, rent limit, places and status of each request."""

    def __init__(self, parent: QObject | None = None) -> None:
        texts = {
            "any": self.tr("any"),
            "from": self.tr("from {low}"),
            "to": self.tr("up to {high}"),
            "no_limit": self.tr("no limit"),
            "anywhere": self.tr("anywhere"),
        }
        size = _size_text(texts)
        super().__init__(
            [
                Column(self.tr("Applicant"), lambda r: r.applicant_label),
                Column(self.tr("Use"), lambda r: r.use),
                Column(
                    self.tr("Sector (WZ)"),
                    lambda r: r.sector_code or "",
                    lambda r: f"{r.sector_code} {r.sector_label}" if r.sector_code else "",
                ),
                Column(self.tr("Size"), lambda r: r.min_area_m2 or r.max_area_m2, size, numeric=True),
                Column(
                    self.tr("Max. rent"),
                    lambda r: r.max_rent,
                    lambda r: money(r.max_rent) if r.max_rent is not None else texts["no_limit"],
                    numeric=True,
                ),
                Column(
                    self.tr("Preferred areas"),
                    lambda r: ", ".join(r.preferred_labels),
                    lambda r: ", ".join(r.preferred_labels) or texts["anywhere"],
                ),
                Column(
                    self.tr("Must-haves"), lambda r: ", ".join(sorted(enum_label(f) for f in r.must_haves))
                ),
                Column(
                    self.tr("Move-in from"), lambda r: r.earliest_move_in, lambda r: day(r.earliest_move_in)
                ),
                Column(self.tr("Status"), lambda r: r.status, tooltip=lambda r: r.status_reason),
                Column(self.tr("Open matches"), lambda r: r.open_matches, numeric=True),
            ],
            parent,
        )


def _size_text(texts: dict[str, str]) -> Callable[[SpaceRequestRow], str]:
    def size(row: SpaceRequestRow) -> str:
        if row.min_area_m2 is None and row.max_area_m2 is None:
            return texts["any"]
        if row.max_area_m2 is None:
            return texts["from"].format(low=area(row.min_area_m2))
        if row.min_area_m2 is None:
            return texts["to"].format(high=area(row.max_area_m2))
        return f"{area(row.min_area_m2)} – {area(row.max_area_m2)}"

    return size
