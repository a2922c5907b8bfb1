"""Audit entries, one line per changed field, loaded page by page as the user scrolls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex

from dlzw_desktop.services.audit_service import AuditRow, FieldChange
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.row_table_model import Column, RowTableModel
from dlzw_desktop.ui.security_format import action_text, entity_text, field_text, moment_text, value_text


@dataclass(frozen=True, slots=True)
class AuditLine:
    """One line of the viewer: an entry and one of its changed fields (or none, for events)."""

    row: AuditRow
    change: FieldChange | None
    first: bool = True  # the first line of its entry: says when, who, what


def lines_of(rows: tuple[AuditRow, ...] | list[AuditRow]) -> list[AuditLine]:
    lines: list[AuditLine] = []
    for row in rows:
        if row.changes and not row.redacted:
            lines += [AuditLine(row, change, index == 0) for index, change in enumerate(row.changes)]
        else:
            lines.append(AuditLine(row, None))
    return lines


def _head(text: Callable[[AuditRow], str]) -> Callable[[AuditLine], str]:
    """Entry columns are written on the first line of an entry only, so entries stand out."""
    return lambda line: text(line.row) if line.first else ""


AnyIndex = QModelIndex | QPersistentModelIndex


def _field(line: AuditLine) -> str:
    if line.row.redacted:
        return QCoreApplication.translate("AuditTableModel", "(redacted for data protection)")
    if line.change is None:
        return line.row.note
    return field_text(line.change.name)


class AuditTableModel(RowTableModel[AuditLine]):
    """Columns: when, who, action, record, case, person, field, old value, new value.

    ``request_more`` is called (once at a time) when the view wants more lines and older entries exist;
    the owner loads them off the GUI thread and calls ``append_page``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("AuditTableModel", "When"),
                    lambda line: line.row.seq,
                    text=_head(lambda row: moment_text(row.at)),
                    tooltip=lambda line: moment_text(line.row.at),
                ),
                Column(
                    QCoreApplication.translate("AuditTableModel", "Who"),
                    _head(lambda row: row.actor_name),
                    tooltip=lambda line: line.row.actor,
                ),
                Column(
                    QCoreApplication.translate("AuditTableModel", "Action"),
                    _head(lambda row: action_text(row.action)),
                ),
                Column(
                    QCoreApplication.translate("AuditTableModel", "Record"),
                    _head(lambda row: entity_text(row.entity)),
                ),
                Column(
                    QCoreApplication.translate("AuditTableModel", "Case"), _head(lambda row: row.case_number)
                ),
                Column(
                    QCoreApplication.translate("AuditTableModel", "Person"),
                    _head(lambda row: row.person_name),
                ),
                Column(
                    QCoreApplication.translate("AuditTableModel", "Field"),
                    _field,
                    tooltip=lambda line: line.change.name if line.change else line.row.note,
                ),
                Column(
                    QCoreApplication.translate("AuditTableModel", "Old value"),
                    lambda line: value_text(line.change.old) if line.change else "",
                ),
                Column(
                    QCoreApplication.translate("AuditTableModel", "New value"),
                    lambda line: value_text(line.change.new) if line.change else "",
                ),
            ],
            parent,
        )
        self._has_more = False
        self._loading = False
        self.request_more: Callable[[int], None] | None = None

    def set_page(self, rows: tuple[AuditRow, ...], has_more: bool) -> None:
        self._has_more = has_more
        self._loading = False
        self.set_rows(lines_of(rows))

    def append_page(self, rows: tuple[AuditRow, ...], has_more: bool) -> None:
        self._has_more = has_more
        self._loading = False
        self.append_rows(lines_of(rows))

    def oldest_seq(self) -> int | None:
        rows = self.rows()
        return rows[-1].row.seq if rows else None

    @override
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt signature
        return not parent.isValid() and self._has_more and not self._loading

    @override
    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802 - Qt signature
        oldest = self.oldest_seq()
        if parent.isValid() or self.request_more is None or oldest is None or self._loading:
            return
        self._loading = True
        self.request_more(oldest)
