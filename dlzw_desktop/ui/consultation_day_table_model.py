"""Columns of the consultation day screens: the list of days, a day's schedule (slots, free places and
walk-ins as lines) and the conflicts between laptop and office."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from dlzw_desktop.domain.enums import AppointmentStatus
from dlzw_desktop.services.consultation_day_service import AppointmentRow, DayDetail, DayRow
from dlzw_desktop.services.sync_service import ConflictRow
from dlzw_desktop.ui.i18n import QT_TRANSLATE_NOOP
from dlzw_desktop.ui.labels import enum_label
from dlzw_desktop.ui.row_table_model import Column, RowTableModel
from dlzw_desktop.ui.sync_labels import field_label, table_label

_CONTEXT = "ConsultationDaysView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def hm(value: time) -> str:
    return value.strftime("%H:%M")


@dataclass(frozen=True, slots=True)
class ScheduleLine:
    """One line of a day's schedule: a booked (or cancelled) appointment, a free place, or a walk-in."""

    starts_at: time
    ends_at: time
    appointment: AppointmentRow | None
    walk_in: bool = False
    free_places: int = 0

    @property
    def free(self) -> bool:
        return self.appointment is None


def schedule_lines(detail: DayDetail) -> list[ScheduleLine]:
    """Slots in time order (a "free" line where places are left), walk-ins after them by arrival."""
    lines: list[ScheduleLine] = []
    for slot in detail.slots:
        for appointment in slot.appointments:
            lines.append(ScheduleLine(slot.starts_at, slot.ends_at, appointment))
        if slot.free:
            lines.append(ScheduleLine(slot.starts_at, slot.ends_at, None, free_places=slot.free))
    for appointment in sorted(detail.walk_ins, key=lambda a: a.starts_at):
        lines.append(ScheduleLine(appointment.starts_at, appointment.ends_at, appointment, walk_in=True))
    return lines


def _muted() -> QColor:
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def _line_colour(line: ScheduleLine) -> QColor | None:
    if line.appointment is None or line.appointment.status is AppointmentStatus.CANCELLED:
        return _muted()
    return None


def _line_time(line: ScheduleLine) -> str:
    if line.walk_in:
        return QCoreApplication.translate("ConsultationDaysView", "{time} (walk-in)").format(
            time=hm(line.starts_at)
        )
    return f"{hm(line.starts_at)}–{hm(line.ends_at)}"


def _line_name(line: ScheduleLine) -> str:
    if line.appointment is not None:
        return line.appointment.name
    if line.free_places > 1:
        return QCoreApplication.translate("ConsultationDaysView", "free ({count} places)").format(
            count=line.free_places
        )
    return QCoreApplication.translate("ConsultationDaysView", "free")


def _status(line: ScheduleLine) -> str:
    if line.appointment is None:
        return ""
    return enum_label(line.appointment.status)


DAY_COLUMNS: list[Column[DayRow]] = [
    Column(
        QT_TRANSLATE_NOOP("ConsultationDaysView", "Date"),
        lambda d: d.held_on,
        lambda d: d.held_on.strftime("%d.%m.%Y"),
    ),
    Column(QT_TRANSLATE_NOOP("ConsultationDaysView", "Place"), lambda d: d.place),
    Column(QT_TRANSLATE_NOOP("ConsultationDaysView", "Area"), lambda d: d.area),
    Column(QT_TRANSLATE_NOOP("ConsultationDaysView", "Partner initiative"), lambda d: d.initiative_name),
    Column(
        QT_TRANSLATE_NOOP("ConsultationDaysView", "Booked"),
        lambda d: d.booked,
        lambda d: f"{d.booked}/{d.capacity}",
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ConsultationDaysView", "Walk-ins"),
        lambda d: d.walk_ins,
        lambda d: str(d.walk_ins),
        numeric=True,
    ),
]

SCHEDULE_COLUMNS: list[Column[ScheduleLine]] = [
    Column(
        QT_TRANSLATE_NOOP("ConsultationDaysView", "Time"),
        lambda line: (line.walk_in, line.starts_at.hour * 60 + line.starts_at.minute),
        _line_time,
        colour=_line_colour,
    ),
    Column(QT_TRANSLATE_NOOP("ConsultationDaysView", "Name"), _line_name, colour=_line_colour),
    Column(
        QT_TRANSLATE_NOOP("ConsultationDaysView", "Case"),
        lambda line: line.appointment.case_number if line.appointment else "",
        colour=_line_colour,
    ),
    Column(
        QT_TRANSLATE_NOOP("ConsultationDaysView", "Concern"),
        lambda line: line.appointment.topic if line.appointment else "",
        colour=_line_colour,
    ),
    Column(QT_TRANSLATE_NOOP("ConsultationDaysView", "Status"), _status, colour=_line_colour),
    Column(
        QT_TRANSLATE_NOOP("ConsultationDaysView", "Consultation"),
        lambda line: bool(line.appointment and line.appointment.consultation_id),
        lambda line: "✓" if line.appointment and line.appointment.consultation_id else "",
    ),
]

CONFLICT_COLUMNS: list[Column[ConflictRow]] = [
    Column(
        QT_TRANSLATE_NOOP("ConsultationDaysView", "Recorded"),
        lambda c: c.recorded_at,
        lambda c: c.recorded_at.strftime("%d.%m.%Y"),
    ),
    Column(QT_TRANSLATE_NOOP("ConsultationDaysView", "Kit"), lambda c: c.kit_code),
    Column(QT_TRANSLATE_NOOP("ConsultationDaysView", "Record"), lambda c: table_label(c.table_name)),
    Column(QT_TRANSLATE_NOOP("ConsultationDaysView", "Concerning"), lambda c: c.record_label),
    Column(QT_TRANSLATE_NOOP("ConsultationDaysView", "Field"), lambda c: field_label(c.field_name)),
    Column(QT_TRANSLATE_NOOP("ConsultationDaysView", "Kind"), lambda c: enum_label(c.kind)),
    Column(
        QT_TRANSLATE_NOOP("ConsultationDaysView", "Decision"),
        lambda c: enum_label(c.resolution) if c.resolution is not None else "",
    ),
]


def translated(columns: list[Column[Any]]) -> list[Column[Any]]:
    """The columns with their titles in the user's language."""
    return [Column(_tr(c.title), c.value, c.text, c.numeric, c.tooltip, c.colour) for c in columns]


def day_model(parent: Any) -> RowTableModel[DayRow]:
    return RowTableModel(translated(DAY_COLUMNS), parent)


def schedule_model(parent: Any) -> RowTableModel[ScheduleLine]:
    return RowTableModel(translated(SCHEDULE_COLUMNS), parent)


def conflict_model(parent: Any) -> RowTableModel[ConflictRow]:
    return RowTableModel(translated(CONFLICT_COLUMNS), parent)
