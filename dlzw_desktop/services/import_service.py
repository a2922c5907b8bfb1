"""Importing the agency's Excel and CSV lists into the database: persons and businesses, cases,
consultations and properties.

Two ways in, one set of rules (``services/importing``):

* Step by step (the import dialog): ``read`` the file in the sandbox, ``suggest_mapping`` (saved mappings
  are reused by name), ``preview`` every row with its problems and duplicates, then ``commit`` the plan
  with the user's choice per row (import, link to the existing record, skip).
* In one go (``dlzw import`` and the benchmark): ``import_file`` streams the file: the sandbox reads,
  converts and checks the list against its own earlier rows (``importing/converted``) while this thread
  plans the batch before (references, duplicates in the database) and prepares its records and audit
  texts, and a writer thread executes the batches before that (up to ``WRITES_AHEAD``); duplicates get
  their default (confident ones skipped). Three stages on two cores.

Writing is all or nothing: one transaction, rolled back when any row fails at write time (the row is
named), when the user cancels, and in ``import_file`` when any row has errors (unless ``skip_invalid``).
Every import leaves one ``event`` row in the audit trail (who, file, counts) besides the ``insert`` rows
of each record.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from dlzw_desktop.db import search
from dlzw_desktop.db.bulk import OrderedIds, event_entry, insert_audit
from dlzw_desktop.db.models import SettingValue
from dlzw_desktop.domain.dates import today_berlin, utc_now
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.bulk_work import gc_paused, quick_thread_switches
from dlzw_desktop.services.context import Service, ServiceContext
from dlzw_desktop.services.importing.convert import BatchConverter, Problem, Severity
from dlzw_desktop.services.importing.converted import ConvertedBatch, ConvertRequest, Layout, Totals
from dlzw_desktop.services.importing.mapping import ColumnMapping, ImportKind, suggest_mapping
from dlzw_desktop.services.importing.plan import (
    ImportPlan,
    ImportResult,
    PlannedRow,
    RowAction,
    count_created,
)
from dlzw_desktop.services.importing.planner import PLANNERS, Intent, Planner
from dlzw_desktop.services.importing.problems_xlsx import write_import_report
from dlzw_desktop.services.importing.raw import (
    ReadResult,
    SourceInfo,
)
from dlzw_desktop.services.importing.reader import read_in_sandbox, read_timeout_s, stream_converted
from dlzw_desktop.services.importing.resolve import References
from dlzw_desktop.services.importing.writer import ImportWriter, explicit_case_numbers
from dlzw_desktop.services.permissions import Permission, requires
from dlzw_desktop.services.settings_service import SettingsService

logger = logging.getLogger(__name__)

MAPPING_PREFIX = "import.mapping."
MAX_MAPPING_NAME = 80
BATCH_ROWS = 2000
WRITES_AHEAD = 3  # prepared batches a streamed import lets wait for the writer thread
BULK_FROM_ROWS = 5000  # from here the case search index is rebuilt once instead of kept row by row
_CASE_SEARCH_KINDS = frozenset({ImportKind.CASES, ImportKind.CONSULTATIONS})  # lists whose rows it indexes
# SQLite page cache while a large list is written. Pages that no longer fit are written to the WAL while the
# import goes on; the rest at the commit, which waits for them: 200,000 founders commit in 0.7 s with 16 MiB,
# 1.1-1.4 s with 256 MiB, and import faster overall. Lists of cases rebuild the search index at the end,
# which reads every case again and keeps the larger cache.
_SQLITE_IMPORT_CACHE_KIB = 16 * 1024
_SQLITE_REBUILD_CACHE_KIB = 256 * 1024
ProgressFn = Callable[[int, int], None]

PRIMARY_TABLE = {
    ImportKind.PERSONS: "persons",
    ImportKind.CASES: "cases",
    ImportKind.CONSULTATIONS: "consultations",
    ImportKind.PROPERTIES: "properties",
}
_WRITE_PERMISSION = {
    ImportKind.PERSONS: Permission.EDIT_CASES,
    ImportKind.CASES: Permission.EDIT_CASES,
    ImportKind.CONSULTATIONS: Permission.EDIT_CASES,
    ImportKind.PROPERTIES: Permission.EDIT_PROPERTIES,
}


@dataclass(frozen=True, slots=True)
class SavedMapping:
    """A column assignment saved under a name for the next list of the same layout."""

    name: str
    mapping: ColumnMapping

    @property
    def kind(self) -> ImportKind:
        return self.mapping.kind


class _Rollback(Exception):
    """Leaves a write transaction without keeping anything (dry run, errors in the file)."""


@dataclass(slots=True)
class _Tally:
    """Counts of an import as its rows go by."""

    rows: int = 0
    imported: int = 0
    linked: int = 0
    skipped_duplicates: int = 0
    skipped_by_choice: int = 0
    error_rows: int = 0
    problems: int = 0
    warnings: int = 0

    def add(self, planned: PlannedRow, action: RowAction) -> None:
        self.rows += 1
        self.problems += len(planned.problems)
        self.warnings += sum(1 for problem in planned.problems if problem.severity is Severity.WARNING)
        if planned.has_errors:
            self.error_rows += 1
        elif action is RowAction.SKIP:
            if planned.default_action is RowAction.SKIP and planned.duplicates:
                self.skipped_duplicates += 1
            else:
                self.skipped_by_choice += 1
        else:
            self.imported += 1
            self.linked += action is RowAction.LINK

    def figures(self, created: Mapping[str, int], skipped_empty: int) -> dict[str, object]:
        figures: dict[str, object] = {
            "Zeilen mit Daten": self.rows,
            "davon importiert": self.imported,
            "davon mit vorhandenen Datensätzen verknüpft": self.linked,
            "als Dubletten übersprungen": self.skipped_duplicates,
            "auf Wunsch übersprungen": self.skipped_by_choice,
            "wegen Fehlern nicht importiert": self.error_rows,
            "Hinweise": self.warnings,
            "leere Zeilen übersprungen": skipped_empty,
        }
        for table, count in created.items():
            figures[f"neu angelegt: {table}"] = count
        return figures


@dataclass(slots=True)
class _Stream:
    """State of ``import_file`` while the sandbox streams the file."""

    kind: ImportKind
    file_name: str
    write: bool
    skip_invalid: bool
    keep_rows: bool  # for the report: rows with a problem or a duplicate (none kept without a report)
    planner: Planner | None = None
    writer: ImportWriter | None = None
    kept: list[PlannedRow] = field(default_factory=list)  # rows with something to report
    actions: dict[int, RowAction] = field(default_factory=dict)
    tally: _Tally = field(default_factory=_Tally)
    totals: Totals = field(default_factory=lambda: Totals(0, 0))
    pending: deque[Future[None]] = field(default_factory=deque)  # batches with the writer thread, in order


@dataclass(frozen=True, slots=True)
class _Where:
    """What the batches of a streamed import are planned and written with."""

    reading: Session
    writing: Session
    executor: ThreadPoolExecutor
    refs: References
    day: date
    now: datetime


class ImportService(Service):
    """Reading lists safely, mapping their columns, previewing and writing them (see module docstring)."""

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self._settings = SettingsService(context)

    # -- reading ---------------------------------------------------------------------------------------

    @requires(Permission.IMPORT_DATA)
    def read(self, path: Path, *, sheet: str | None = None, progress: ProgressFn | None = None) -> ReadResult:
        """Read ``path`` (XLSX or CSV) in the sandbox process; raises ``ValidationError`` (``import.*``) for
        a file it refuses, with a message that says what to do."""

        def report(done: int, total: int | None) -> None:
            if progress is not None:
                progress(done, total or 0)

        return read_in_sandbox(Path(path), timeout_s=read_timeout_s(Path(path)), sheet=sheet, progress=report)

    # -- mappings --------------------------------------------------------------------------------------

    @requires(Permission.IMPORT_DATA)
    def suggest_mapping(
        self, kind: ImportKind, header: Sequence[str], *, saved: str | None = None
    ) -> ColumnMapping:
        """Which column fills which field: the saved mapping ``saved`` applied by column title, the rest
        suggested from German and English titles."""
        stored = self._stored_mapping(saved) if saved else None
        return suggest_mapping(kind, header, saved=stored)

    def _stored_mapping(self, name: str) -> ColumnMapping:
        raw = self._settings.get_value(MAPPING_PREFIX + name)
        if raw is None:
            raise ValidationError(
                "import.mapping_unknown",
                "There is no saved column assignment called '{name}'.",
                field="mapping",
                name=name,
            )
        return ColumnMapping.from_json(raw if isinstance(raw, str) else json.dumps(raw))

    @requires(Permission.IMPORT_DATA)
    def saved_mappings(self, kind: ImportKind | None = None) -> list[SavedMapping]:
        """The saved column assignments (of ``kind``), by name."""
        with self._sessions() as session:
            rows = session.execute(
                select(SettingValue.key, SettingValue.value).where(
                    SettingValue.key.like(MAPPING_PREFIX + "%"), SettingValue.deleted_at.is_(None)
                )
            ).all()
        found = []
        for key, value in rows:
            try:
                mapping = ColumnMapping.from_json(value if isinstance(value, str) else json.dumps(value))
            except ValidationError:
                logger.warning("saved import mapping %s cannot be read", key)
                continue
            if kind is None or mapping.kind is kind:
                found.append(SavedMapping(key.removeprefix(MAPPING_PREFIX), mapping))
        return sorted(found, key=lambda saved: saved.name.casefold())

    @requires(Permission.IMPORT_DATA)
    def save_mapping(self, name: str, mapping: ColumnMapping) -> SavedMapping:
        """Save ``mapping`` under ``name`` (replacing one of that name)."""
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError(
                "import.mapping_name_missing", "Enter a name for the column assignment.", field="name"
            )
        if len(clean) > MAX_MAPPING_NAME:
            raise ValidationError(
                "import.mapping_name_too_long",
                "The name may have at most {limit} characters.",
                field="name",
                limit=MAX_MAPPING_NAME,
            )
        self._settings.set_value(
            MAPPING_PREFIX + clean, json.loads(mapping.to_json()), permission=Permission.IMPORT_DATA
        )
        return SavedMapping(clean, mapping)

    @requires(Permission.IMPORT_DATA)
    def delete_mapping(self, name: str) -> None:
        with self._sessions.begin() as session:
            row = session.scalar(select(SettingValue).where(SettingValue.key == MAPPING_PREFIX + name))
            if row is not None:
                session.delete(row)

    # -- preview and commit ------------------------------------------------------------------------------

    @requires(Permission.IMPORT_DATA)
    def preview(
        self,
        table: ReadResult,
        mapping: ColumnMapping,
        *,
        file_name: str,
        progress: ProgressFn | None = None,
        today: date | None = None,
    ) -> ImportPlan:
        """Every data row of ``table`` converted, resolved and checked for duplicates; nothing is written.

        Raises ``ValidationError`` (``import.mapping_incomplete``) when a required field has no column.
        """
        day = today or today_berlin()
        header = table.header_texts
        converter = BatchConverter(header, mapping, date1904=table.info.date1904, today=day)
        data = table.data_rows
        planned: list[tuple[PlannedRow, Intent | None]] = []
        with gc_paused(), self._sessions() as session:
            planner = PLANNERS[mapping.kind](References(session), mapping, header, file_name, day)
            for start in range(0, len(data), BATCH_ROWS):
                rows = converter.convert(data[start : start + BATCH_ROWS])
                planned.extend(planner.plan(session, rows, converter.take_problems()))
                if progress is not None:
                    progress(min(start + BATCH_ROWS, len(data)), len(data))
        return ImportPlan(
            kind=mapping.kind,
            file_name=file_name,
            mapping=mapping,
            header_row=table.header.number,
            rows=tuple(row for row, _ in planned),
            skipped_empty_rows=converter.skipped_empty_rows,
            problems_omitted=converter.problems_omitted,
            intents=tuple(intent for _, intent in planned),
        )

    @requires(Permission.IMPORT_DATA)
    def commit(
        self,
        plan: ImportPlan,
        choices: Mapping[int, RowAction] | None = None,
        *,
        progress: ProgressFn | None = None,
        report: Path | None = None,
    ) -> ImportResult:
        """Write ``plan`` with the user's ``choices`` (row number -> action; defaults elsewhere).

        All or nothing: raises ``ImportWriteFailed`` naming the row the database refused, and whatever
        ``progress`` raises to cancel (``TaskCancelled``); nothing is kept then. ``report`` writes the
        German report of the import (problems, duplicates, figures) to that file.
        """
        self._require(_WRITE_PERMISSION[plan.kind])
        actions = plan.actions_of(choices)
        tally = _Tally()
        for planned, action in zip(plan.rows, actions, strict=True):
            tally.add(planned, action)
        items = list(zip(plan.rows, plan.intents, actions, strict=True))
        total = len(items)
        now = utc_now()
        with gc_paused(), self._sessions.begin() as session, self._bulk(session, total, plan.kind):
            writer = ImportWriter(
                session,
                actor=self._context.user.actor(),
                file_name=plan.file_name,
                now=now,
                primary=PRIMARY_TABLE[plan.kind],
            )
            writer.reserve_numbers(explicit_case_numbers(plan.intents))  # type: ignore[arg-type]
            if progress is not None:
                progress(0, total)
            for start in range(0, total, BATCH_ROWS):
                writer.write(items[start : start + BATCH_ROWS])  # type: ignore[arg-type]
                if progress is not None:
                    progress(min(start + BATCH_ROWS, total), total)
            created = count_created(writer.created)
            self._record_import(
                session,
                ids=writer.ids,
                kind=plan.kind,
                file_name=plan.file_name,
                tally=tally,
                created=created,
                now=now,
            )
        logger.info("import of %s: %s rows, created %s", plan.file_name, tally.imported, created)
        report_path = None
        if report is not None:
            report_path = write_import_report(
                report,
                kind=plan.kind,
                rows=[row for row in plan.rows if row.problems or row.duplicates],
                actions={row.number: action for row, action in zip(plan.rows, actions, strict=True)},
                figures=tally.figures(created, plan.skipped_empty_rows),
                problems_omitted=plan.problems_omitted,
            )
        return _result(plan.kind, plan.file_name, tally, created, written=True, report=report_path)

    @requires(Permission.IMPORT_DATA)
    def write_report(
        self, plan: ImportPlan, path: Path, choices: Mapping[int, RowAction] | None = None
    ) -> Path:
        """The German problem report (XLSX) of a preview: every problem and duplicate, and what would
        happen to each row."""
        actions = plan.actions_of(choices)
        tally = _Tally()
        for planned, action in zip(plan.rows, actions, strict=True):
            tally.add(planned, action)
        return write_import_report(
            path,
            kind=plan.kind,
            rows=[row for row in plan.rows if row.problems or row.duplicates],
            actions={row.number: action for row, action in zip(plan.rows, actions, strict=True)},
            figures=tally.figures({}, plan.skipped_empty_rows),
            problems_omitted=plan.problems_omitted,
        )

    # -- in one go -----------------------------------------------------------------------------------------

    @requires(Permission.IMPORT_DATA)
    def import_file(
        self,
        kind: ImportKind,
        path: Path,
        *,
        mapping: ColumnMapping | str | None = None,
        dry_run: bool = False,
        skip_invalid: bool = False,
        report: Path | None = None,
        report_only_with_problems: bool = False,
        sheet: str | None = None,
        header_row: int | None = None,
        progress: ProgressFn | None = None,
        today: date | None = None,
    ) -> ImportResult:
        """Read, check and write ``path`` in one streamed pass (see the module docstring).

        ``mapping`` is a column mapping, the name of a saved one, or None for the suggestion from the
        column titles. Duplicates get their default action. Nothing is written on a ``dry_run``, nor when a
        row has errors unless ``skip_invalid`` (those rows are then left out). ``header_row`` is the row
        number of the column titles (found automatically when None). ``report`` receives the German report
        (with ``report_only_with_problems`` only when a row has a problem or a duplicate).
        """
        if not dry_run:
            self._require(_WRITE_PERMISSION[kind])
        # The collector runs again only once the import's own objects are gone: with them alive, its first
        # collection would walk every one of them (half a second for 200,000 rows).
        with gc_paused():
            return self._import_streamed(
                kind,
                Path(path),
                mapping=mapping,
                dry_run=dry_run,
                skip_invalid=skip_invalid,
                report=report,
                report_only_with_problems=report_only_with_problems,
                sheet=sheet,
                header_row=header_row,
                progress=progress,
                day=today or today_berlin(),
            )

    def _import_streamed(
        self,
        kind: ImportKind,
        path: Path,
        *,
        mapping: ColumnMapping | str | None,
        dry_run: bool,
        skip_invalid: bool,
        report: Path | None,
        report_only_with_problems: bool,
        sheet: str | None,
        header_row: int | None,
        progress: ProgressFn | None,
        day: date,
    ) -> ImportResult:
        state = _Stream(kind, path.name, not dry_run, skip_invalid, keep_rows=report is not None)
        request = self._convert_request(kind, mapping, header_row, day)
        now = utc_now()
        written = False
        try:
            with (
                quick_thread_switches(),
                self._sessions() as reading,
                self._unit(write=not dry_run) as writing,
                ThreadPoolExecutor(1, thread_name_prefix="dlzw-import-writer") as executor,
            ):
                where = _Where(reading, writing, executor, References(reading), day, now)

                def on_layout(_info: SourceInfo, layout: Layout) -> None:
                    self._start_stream(state, layout, where)

                def on_batch(batch: ConvertedBatch) -> None:
                    self._stream_batch(state, batch, where)

                def report_progress(done: int, total: int | None) -> None:
                    if progress is not None:
                        progress(done, total or 0)

                try:
                    with self._bulk(
                        writing, _estimated_rows(path) if not dry_run else 0, kind, reading_beside=True
                    ):
                        state.totals = stream_converted(
                            path,
                            request,
                            on_layout,
                            on_batch,
                            timeout_s=read_timeout_s(path),
                            sheet=sheet,
                            progress=report_progress,
                        )
                        _drain(state)
                        if state.writer is None or dry_run or (state.tally.error_rows and not skip_invalid):
                            raise _Rollback
                        created = count_created(state.writer.created)
                        self._record_import(
                            writing,
                            ids=state.writer.ids,
                            kind=kind,
                            file_name=path.name,
                            tally=state.tally,
                            created=created,
                            now=now,
                        )
                        written = True
                finally:
                    _drain(state, quiet=True)  # never leave the writer thread busy with the session
        except _Rollback:
            pass
        created = count_created(state.writer.created) if state.writer is not None and written else {}
        report_path = None
        if report is not None and (state.kept or not report_only_with_problems):
            report_path = write_import_report(
                report,
                kind=kind,
                rows=state.kept,
                actions=state.actions,
                figures=state.tally.figures(created, state.totals.skipped_empty_rows),
                problems_omitted=state.totals.problems_omitted,
            )
        return _result(kind, path.name, state.tally, created, written=written, report=report_path)

    def _convert_request(
        self, kind: ImportKind, wanted: ColumnMapping | str | None, header_row: int | None, day: date
    ) -> ConvertRequest:
        """What the sandbox converts with: the mapping given, or a saved one (by name) applied to the file's
        column titles, or the suggestion from the titles alone."""
        saved: ColumnMapping | None
        if isinstance(wanted, ColumnMapping):
            saved, mapping_json = wanted, wanted.to_json()
        else:
            saved, mapping_json = (self._stored_mapping(wanted) if wanted else None), None
        if saved is not None and saved.kind is not kind:
            raise ValidationError(
                "import.mapping_other_kind",
                "The saved column assignment '{name}' belongs to another kind of list.",
                field="mapping",
                name=wanted if isinstance(wanted, str) else kind.value,
            )
        return ConvertRequest(
            kind,
            day,
            mapping_json=mapping_json,
            saved_json=saved.to_json() if saved is not None and mapping_json is None else None,
            header_row=header_row,
        )

    def _start_stream(self, state: _Stream, layout: Layout, where: _Where) -> None:
        """The sandbox settled the header and mapping: plan and write with them."""
        state.planner = PLANNERS[state.kind](
            where.refs, layout.mapping, layout.header, state.file_name, where.day
        )
        if state.write:
            state.writer = ImportWriter(
                where.writing,
                actor=self._context.user.actor(),
                file_name=state.file_name,
                now=where.now,
                primary=PRIMARY_TABLE[state.kind],
            )

    def _stream_batch(self, state: _Stream, batch: ConvertedBatch, where: _Where) -> None:
        """Plan one converted batch (reading the database through ``where.reading``), prepare its records
        and hand them to the writer thread, which writes them into ``where.writing``'s transaction while
        the next batches are converted and prepared."""
        assert state.planner is not None
        if not batch.rows:
            return
        planned = state.planner.plan(where.reading, batch.rows, batch.problems, batch.file_matches)
        items = []
        for row, intent in planned:
            action = RowAction.SKIP if row.has_errors else row.default_action
            state.tally.add(row, action)
            if state.keep_rows and (row.problems or row.duplicates):
                state.kept.append(row)
                state.actions[row.number] = action
            items.append((row, intent, action))
        stop_writing = state.tally.error_rows and not state.skip_invalid
        if state.writer is not None and not stop_writing:
            prepared = state.writer.prepare(items)
            _settle(state, WRITES_AHEAD - 1)
            state.pending.append(where.executor.submit(state.writer.execute, prepared))
        else:
            _settle(state, 0)

    @contextmanager
    def _unit(self, *, write: bool) -> Iterator[Session]:
        if write:
            with self._sessions.begin() as session:
                yield session
        else:
            with self._sessions() as session:
                yield session

    @contextmanager
    def _bulk(
        self, session: Session, rows: int, kind: ImportKind, *, reading_beside: bool = False
    ) -> Iterator[None]:
        """For large imports: a bigger SQLite page cache (see ``_SQLITE_IMPORT_CACHE_KIB``), and for lists of
        cases and consultations the case search index rebuilt once at the end (same transaction) instead of
        kept up row by row.

        The rebuild costs in proportion to every case of the database, keeping it up in proportion to the
        cases the import writes: persons and properties keep their triggers (a new membership looks up the
        business's cases by index; properties are not in the case search).

        ``reading_beside``: another session reads the tables while this one writes (a streamed import).
        PostgreSQL's DROP TRIGGER locks a table against every reader until the commit, so there the index
        is kept up by its triggers instead (SQLite's readers are not blocked by the write transaction).
        """
        if rows < BULK_FROM_ROWS:
            yield
            return
        connection: Connection = session.connection()
        previous = None
        if connection.dialect.name == "sqlite":
            previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            cache_kib = _SQLITE_REBUILD_CACHE_KIB if kind in _CASE_SEARCH_KINDS else _SQLITE_IMPORT_CACHE_KIB
            connection.exec_driver_sql(f"PRAGMA cache_size = -{cache_kib}")
        try:
            if kind not in _CASE_SEARCH_KINDS or (reading_beside and connection.dialect.name != "sqlite"):
                yield
            else:
                with search.suspended(connection):
                    yield
        finally:
            if previous is not None:
                connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")

    def _record_import(
        self,
        session: Session,
        *,
        ids: OrderedIds,
        kind: ImportKind,
        file_name: str,
        tally: _Tally,
        created: Mapping[str, int],
        now: datetime,
    ) -> None:
        details: dict[str, Any] = {
            "file": file_name,
            "kind": kind.value,
            "rows": tally.rows,
            "imported": tally.imported,
            "linked": tally.linked,
            "skipped_duplicates": tally.skipped_duplicates,
            "skipped_by_choice": tally.skipped_by_choice,
            "error_rows": tally.error_rows,
            **{f"created_{table}": count for table, count in created.items()},
        }
        note = f"Import of {file_name} ({kind.value}): {tally.imported} of {tally.rows} rows"
        insert_audit(
            session.connection(),
            [
                event_entry(
                    entity="import",
                    note=note,
                    actor=self._context.user.actor(),
                    at=now,
                    ids=ids,
                    details=details,
                )
            ],
        )


def _settle(state: _Stream, keep: int) -> None:
    """Wait until at most ``keep`` batches are with the writer thread; a failed batch's error is raised
    here (the import stops at the first)."""
    pending = state.pending
    while pending and (len(pending) > keep or pending[0].done()):
        pending.popleft().result()


def _drain(state: _Stream, *, quiet: bool = False) -> None:
    """Wait for every batch with the writer thread; the first error is raised here (unless ``quiet``:
    already failing)."""
    if not quiet:
        _settle(state, 0)
        return
    while state.pending:
        state.pending.popleft().exception()


def _estimated_rows(path: Path) -> int:
    """A rough row count from the file size (about 50 bytes a row in XLSX, 100 in CSV)."""
    try:
        size = path.stat().st_size
    except OSError:
        return 0
    return size // (100 if path.suffix.lower() in (".csv", ".txt", ".tsv") else 50)


def _result(
    kind: ImportKind,
    file_name: str,
    tally: _Tally,
    created: Mapping[str, int],
    *,
    written: bool,
    report: Path | None,
) -> ImportResult:
    return ImportResult(
        kind=kind,
        file_name=file_name,
        rows=tally.rows,
        imported=tally.imported,
        linked=tally.linked,
        skipped_duplicates=tally.skipped_duplicates,
        skipped_by_choice=tally.skipped_by_choice,
        error_rows=tally.error_rows,
        created=dict(created),
        written=written,
        report_path=report,
        problems=tally.problems,
        warnings=tally.warnings,
    )


def problem_rows(plan: ImportPlan) -> list[Problem]:
    """Every problem of a plan, in row order (for lists and tests)."""
    return list(plan.problems())
