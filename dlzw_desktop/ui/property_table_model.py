"""Table of the property register."""

from __future__ import annotations

from PySide6.QtCore import QObject

from dlzw_desktop.services.property_rows import PropertyRow
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.property_labels import area, day, money
from dlzw_desktop.ui.row_table_model import Column, RowTableModel


class PropertyTableModel(RowTableModel[PropertyRow]):
    """Address, area, rent, status, consent and vacancy of each property."""

    def __init__(self, parent: QObject | None = None) -> None:
        no = self.tr("no")
        super().__init__(
            [
                Column(self.tr("Address"), lambda r: r.label),
                Column(self.tr("Borough"), lambda r: r.borough_name),
                Column(self.tr("District"), lambda r: r.district_name),
                Column(self.tr("Area"), lambda r: r.area_m2, lambda r: area(r.area_m2), numeric=True),
                Column(
                    self.tr("Rent incl. charges"),
                    lambda r: r.total_rent,
                    lambda r: money(r.total_rent),
                    numeric=True,
                ),
                Column(self.tr("Uses"), lambda r: ", ".join(sorted(enum_label(u) for u in r.uses))),
                Column(self.tr("Status"), lambda r: r.status, tooltip=lambda r: r.status_reason),
                Column(
                    self.tr("Owner consent"),
                    lambda r: r.owner_consent,
                    lambda r: day(r.owner_consent_on) if r.owner_consent else no,
                    tooltip=lambda r: r.owner_label,
                ),
                Column(self.tr("Vacant since"), lambda r: r.vacant_since, lambda r: day(r.vacant_since)),
                Column(self.tr("Open matches"), lambda r: r.open_matches, numeric=True),
            ],
            parent,
        )
