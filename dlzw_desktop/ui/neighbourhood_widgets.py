"""Small pieces shared by the quarters and initiatives screens: the district tick list, dates, numbers."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
)

from dlzw_desktop.domain.similarity import fold
from dlzw_desktop.services.reference_service import DistrictRow

ID_ROLE = Qt.ItemDataRole.UserRole


def format_date(value: date | None) -> str:
    """German style everywhere: 31.12.2026."""
    return "" if value is None else value.strftime("%d.%m.%Y")


def format_number(value: Decimal | int | None, places: int = 1) -> str:
    """A number in the user's locale (``12,5`` in German); ``–`` for none."""
    if value is None:
        return "–"
    if isinstance(value, int):
        return QLocale().toString(value)
    quantized = value.quantize(Decimal(1).scaleb(-places))
    if quantized == quantized.to_integral_value():
        return QLocale().toString(int(quantized))
    return QLocale().toString(float(quantized), "f", places)  # display only, already rounded


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def name_buttons(box: QDialogButtonBox) -> None:
    """Give the standard buttons of a button box their text as accessible name."""
    for button in box.findChildren(QAbstractButton):
        button.setAccessibleName(button.text().replace("&", ""))


def fill_districts(
    widget: QListWidget, districts: Iterable[DistrictRow], checked: Iterable[uuid.UUID]
) -> None:
    """Districts as tickable items "District (Borough)", ticked when in ``checked``."""
    chosen = set(checked)
    widget.clear()
    for row in sorted(districts, key=lambda d: fold(d.name)):
        item = QListWidgetItem(f"{row.name} ({row.borough_name})")
        item.setData(ID_ROLE, row.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if row.id in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)


def checked_ids(widget: QListWidget) -> tuple[uuid.UUID, ...]:
    ids = []
    for index in range(widget.count()):
        item = widget.item(index)
        if item.checkState() == Qt.CheckState.Checked:
            ids.append(item.data(ID_ROLE))
    return tuple(ids)


def filter_list(widget: QListWidget, text: str) -> None:
    """Hide items whose text does not contain ``text`` (case and accents ignored); ticked ones stay."""
    wanted = fold(text.strip())
    for index in range(widget.count()):
        item = widget.item(index)
        visible = not wanted or wanted in fold(item.text()) or item.checkState() == Qt.CheckState.Checked
        item.setHidden(not visible)


def connect_district_picker(
    filter_edit: QLineEdit, widget: QListWidget, count_label: QLabel, template: str
) -> None:
    """Wire the filter and the "n districts ticked" label of a district tick list."""

    def update_count() -> None:
        count_label.setText(template.format(count=len(checked_ids(widget))))

    filter_edit.textChanged.connect(lambda text: filter_list(widget, text))
    widget.itemChanged.connect(lambda _item: update_count())
    update_count()
