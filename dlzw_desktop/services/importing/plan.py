"""What an import would do, row by row, before anything is written: the plan the preview shows, the user's
choice per row (import, link to the existing record, skip) and the result of writing it."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from dlzw_desktop.services.importing.convert import Problem, Severity
from dlzw_desktop.services.importing.mapping import ColumnMapping, ImportKind


class RowAction(StrEnum):
    """What to do with one row of the file."""

    IMPORT = "import"  # record it (as new records, even where a duplicate was found)
    LINK = "link"  # use the existing record the duplicate check found instead of a new one
    SKIP = "skip"  # leave the row out


class RowStatus(StrEnum):
    """How the preview marks a row."""

    READY = "ready"
    WARNING = "warning"
    DUPLICATE = "duplicate"
    ERROR = "error"


class DuplicateReason(StrEnum):
    """Why a record looks like one already there."""

    BIRTH_DATE = "birth_date"  # similar name, same birth date
    ADDRESS = "address"  # similar name, same postcode and similar street
    NUMBER = "number"  # same case number
    SAME_DAY = "same_day"  # same business (case) or client (consultation) on the same day
    OPEN_CASE = "open_case"  # the business has an open case already
    SAME_UNIT = "same_unit"  # same street, postcode and floor (property)
    SAME_NAME = "same_name"  # same name, the list gives no address to compare (business)


class DuplicateEntity(StrEnum):
    """The kind of record a duplicate is."""

    PERSON = "person"
    BUSINESS = "business"
    CASE = "case"
    CONSULTATION = "consultation"
    PROPERTY = "property"


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """A recorded (``record_id``) or earlier imported (``row``) record that looks like this row's.

    ``confident`` when the evidence leaves little doubt (same name and birth date, same case number, …);
    the import then skips the row unless the user decides otherwise.
    """

    entity: DuplicateEntity
    label: str
    reasons: tuple[DuplicateReason, ...]
    score: int
    confident: bool
    record_id: uuid.UUID | None = None
    row: int | None = None

    @property
    def in_file(self) -> bool:
        return self.row is not None


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One data row of the file as the import would treat it."""

    number: int  # as Excel shows it
    summary: str  # who or what the row is, for the preview list
    problems: tuple[Problem, ...]
    duplicates: tuple[DuplicateMatch, ...] = ()
    actions: tuple[RowAction, ...] = (RowAction.IMPORT, RowAction.SKIP)
    default_action: RowAction = RowAction.IMPORT
    creates: tuple[str, ...] = ()  # what a plain import of the row records: "person", "business", …

    @property
    def has_errors(self) -> bool:
        return any(problem.severity is Severity.ERROR for problem in self.problems)

    @property
    def has_warnings(self) -> bool:
        return any(problem.severity is Severity.WARNING for problem in self.problems)

    @property
    def status(self) -> RowStatus:
        if self.has_errors:
            return RowStatus.ERROR
        if self.duplicates:
            return RowStatus.DUPLICATE
        if self.has_warnings:
            return RowStatus.WARNING
        return RowStatus.READY


@dataclass(frozen=True)
class ImportPlan:
    """The preview of an import: every row with its problems and duplicates, and how it would be written.

    Hand it back to ``ImportService.commit`` with the user's choices; the plan itself never changes.
    """

    kind: ImportKind
    file_name: str
    mapping: ColumnMapping
    header_row: int  # row number of the column titles
    rows: tuple[PlannedRow, ...]
    skipped_empty_rows: int = 0
    problems_omitted: int = 0  # problems beyond the preview's cap (the rows are still marked)
    intents: tuple[object, ...] = field(default=(), repr=False, compare=False)  # the writer's input

    @property
    def total_rows(self) -> int:
        return len(self.rows)

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def error_rows(self) -> int:
        return sum(1 for row in self.rows if row.has_errors)

    def problems(self) -> Iterator[Problem]:
        for row in self.rows:
            yield from row.problems

    def default_actions(self) -> dict[int, RowAction]:
        """Row number -> the action taken unless the user chooses another."""
        return {row.number: row.default_action for row in self.rows}

    def actions_of(self, choices: Mapping[int, RowAction] | None) -> list[RowAction]:
        """The action for each row in order: the user's choice where allowed, otherwise the default; rows
        with errors are always skipped."""
        chosen = choices or {}
        actions = []
        for row in self.rows:
            action = chosen.get(row.number, row.default_action)
            if row.has_errors:
                action = RowAction.SKIP
            elif action not in row.actions:
                action = row.default_action
            actions.append(action)
        return actions


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did (or, for a dry run or a refused import, would have done)."""

    kind: ImportKind
    file_name: str
    rows: int  # data rows with content
    imported: int  # rows written (new or linked)
    linked: int  # of those, rows that used an existing record
    skipped_duplicates: int  # rows left out as duplicates
    skipped_by_choice: int  # rows the user chose to leave out
    error_rows: int  # rows not importable because of errors
    created: Mapping[str, int]  # table -> rows written
    written: bool  # False for a dry run, and when errors stopped the import
    report_path: Path | None = None
    problems: int = 0
    warnings: int = 0

    @property
    def created_total(self) -> int:
        return sum(self.created.values())


def count_created(tables: Counter[str]) -> dict[str, int]:
    return {table: count for table, count in sorted(tables.items()) if count}
