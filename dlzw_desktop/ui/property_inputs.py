"""Small input helpers of the property dialogs: optional dates, German amounts and areas, check lists."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem

from dlzw_desktop.domain.money import format_plain, parse_amount
from dlzw_desktop.domain.properties import format_area, parse_area

_NO_DATE = QDate(1900, 1, 1)
DATA_ROLE = Qt.ItemDataRole.UserRole


class Boxed:
    """A Python value kept intact in Qt item data: Qt turns ``str`` subclasses (every ``StrEnum``) into plain
    strings and compares Python objects by identity, so values travel in this box and compare by ``==``."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Boxed) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)


def unbox(data: Any) -> Any:
    return data.value if isinstance(data, Boxed) else data


def add_item(combo: QComboBox, text: str, value: Any) -> None:
    combo.addItem(text, Boxed(value))


def value_at(combo: QComboBox, index: int) -> Any:
    return unbox(combo.itemData(index))


def current_value(combo: QComboBox) -> Any:
    """The Python value of the chosen entry (``None`` when nothing is chosen)."""
    return value_at(combo, combo.currentIndex()) if combo.currentIndex() >= 0 else None


def make_date_optional(edit: QDateEdit) -> None:
    """Let ``edit`` hold "no date": its minimum stands for none and shows as "–"."""
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("PropertyInputs", "–"))


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value is not None else edit.minimumDate())


def get_date(edit: QDateEdit) -> date | None:
    """The date shown, or ``None`` for an optional edit showing "–"."""
    chosen = edit.date()
    if edit.specialValueText() and chosen == edit.minimumDate():
        return None
    return date(chosen.year(), chosen.month(), chosen.day())


def set_amount(edit: QLineEdit, value: Decimal | None) -> None:
    edit.setText("" if value is None else format_plain(value))


def get_amount(edit: QLineEdit, field: str, *, optional: bool = False) -> Decimal | None:
    """A German amount from ``edit``; empty gives ``None`` when optional. Raises ``ValidationError``."""
    if optional and not edit.text().strip():
        return None
    return parse_amount(edit.text(), field=field)


def set_area(edit: QLineEdit, value: Decimal | None) -> None:
    edit.setText("" if value is None else format_area(value))


def get_area(edit: QLineEdit, field: str, *, optional: bool = False) -> Decimal | None:
    if optional and not edit.text().strip():
        return None
    return parse_area(edit.text(), field=field)


def fill_checklist(
    widget: QListWidget, items: Iterable[tuple[str, Any]], checked: Iterable[Any] = ()
) -> None:
    """Checkable entries (label, value); the values in ``checked`` start ticked."""
    ticked = set(checked)
    widget.clear()
    for text, value in items:
        entry = QListWidgetItem(text, widget)
        entry.setData(DATA_ROLE, Boxed(value))
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked)


def checked_values(widget: QListWidget) -> list[Any]:
    return [
        unbox(widget.item(i).data(DATA_ROLE))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]], current: Any = None) -> None:
    """Replace the entries of ``combo`` and select the one whose value is ``current`` (else the first)."""
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        add_item(combo, text, value)
    index = next((i for i in range(combo.count()) if value_at(combo, i) == current), 0)
    combo.setCurrentIndex(index if combo.count() else -1)
    combo.blockSignals(False)


def find_data(combo: QComboBox, value: Any) -> int:
    """Index of the entry whose value equals ``value`` (by Python equality: ``findData`` compares UUIDs
    and other Python objects by identity), or -1."""
    return next((i for i in range(combo.count()) if value_at(combo, i) == value), -1)


def select_data(combo: QComboBox, value: Any) -> None:
    index = find_data(combo, value)
    if index >= 0:
        combo.setCurrentIndex(index)


def name_buttons(box: QDialogButtonBox) -> None:
    """Give a button box's standard buttons (Save, Cancel, …) their text as accessible name."""
    for button in box.buttons():
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))
