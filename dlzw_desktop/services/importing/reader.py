"""Reading a user's XLSX or CSV list in a separate, limited process (``read_in_sandbox``).

The file is parsed in a child process started with the ``spawn`` method, so a hostile file can at
worst kill that child, never the GUI. In the child, on Linux:

* ``RLIMIT_AS`` caps the address space so that the child's resident memory stays within
  ``max_rss_mb``. The limit is set *after* the child has imported its code: it is the address space
  in use at that moment plus the remaining budget (``max_rss_mb`` minus the resident memory in use),
  because every new allocation grows the address space at least as much as it can grow the resident
  set. A file that needs more fails with ``MemoryError`` in the child: ``import.too_much_memory``.
* ``RLIMIT_CORE`` 0 (no core dump holding personal data) and ``RLIMIT_FSIZE`` 0 (the child never writes).
* A lower scheduling priority (``CHILD_NICENESS``, every Unix): the application comes first.

On Windows (no ``resource`` module) and macOS (``RLIMIT_AS`` is not enforced) these limits are not
available: the timeout always applies, and when ``psutil`` is installed the parent samples the child's
resident memory while waiting and kills it above ``max_rss_mb`` (a sampling watchdog, not a hard cap).

The child sends only JSON (cell texts, kind letters, numbers) through the pipe, never pickled objects,
and the parent checks every value's type: even a child subverted by a parser bug cannot hand the
parent an object. The parent kills the child on timeout and always reaps it.

``stream_converted`` has the child convert the rows as well (header, mapping, typed values, problems,
duplicates within the file: ``converted``), for imports in one go; its typed batches are checked field
by field before the parent builds rows from them.

The application entry point must call ``multiprocessing.freeze_support()`` first when frozen
(PyInstaller), or the spawned child would start a second GUI.
"""

from __future__ import annotations

import gc
import json
import logging
import multiprocessing
import os
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dlzw_desktop.errors import DlzwError, StorageError, ValidationError
from dlzw_desktop.services.importing.raw import (
    CELL_SEPARATOR,
    FileKind,
    RawRow,
    ReadLimits,
    ReadResult,
    SourceInfo,
    WireRow,
    guess_header_index,
    no_data,
    raw_rows,
    rejection,
)

if TYPE_CHECKING:
    from dlzw_desktop.services.importing.converted import (
        ChildConverter,
        ConvertedBatch,
        ConvertRequest,
        Layout,
        Totals,
    )

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int | None], None]
"""``progress(done, total)``: rows read so far; ``total`` is an estimate from the workbook or None."""

_POLL_S = 0.1
_MAX_MESSAGE_BYTES = 256 * 1024 * 1024
_KIND_LETTERS = frozenset(" sndtbfe")
_INT = frozenset({int})
_STR = frozenset({str})
_EXTENSIONS = {
    ".csv": FileKind.CSV,
    ".txt": FileKind.CSV,
    ".tsv": FileKind.CSV,
    ".xlsx": FileKind.XLSX,
    ".xlsm": FileKind.XLSX,  # refused inside with the macro message
    ".xltx": FileKind.XLSX,
    ".xltm": FileKind.XLSX,
    ".xls": FileKind.XLSX,  # refused inside with the "old format" message
    ".xlsb": FileKind.XLSX,
}


@dataclass(slots=True)
class SandboxStats:
    """Filled in by ``read_in_sandbox`` when passed: what the child used (for tests and benchmarks)."""

    peak_rss_mb: float | None = None  # the child's high-water resident memory, as it reported or sampled
    exit_code: int | None = None
    elapsed_s: float = 0.0
    rss_limit_applied: bool = False


def detect_file_kind(path: Path) -> FileKind:
    """The reader for a file name's extension; refuses names the importer cannot handle."""
    kind = _EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        raise rejection(
            "import.unsupported_extension",
            "Files of type '{extension}' cannot be imported. Save the list as an Excel workbook (.xlsx) or "
            "as CSV and import that file.",
            extension=path.suffix or path.name,
        )
    return kind


# --- in process ----------------------------------------------------------------------------------------


class _Collector:
    """Sink that keeps the rows in memory (in-process reading)."""

    def __init__(self, progress: ProgressCallback | None) -> None:
        self.source: SourceInfo | None = None
        self.collected: list[RawRow] = []
        self._progress = progress

    def info(self, info: SourceInfo) -> None:
        self.source = info

    def rows(self, batch: list[WireRow], done: int) -> None:
        self.collected.extend(raw_rows(batch))
        if self._progress is not None:
            self._progress(done, self.source.total_rows if self.source else None)

    def result(self) -> ReadResult:
        if self.source is None:  # pragma: no cover - every source announces itself first
            raise RuntimeError("the source sent no info")
        return _result(self.source, self.collected)


def _result(info: SourceInfo, rows: list[RawRow]) -> ReadResult:
    if not rows:
        raise no_data()
    return ReadResult(info=info, rows=tuple(rows), header_index=guess_header_index(rows))


def read_rows(
    path: Path,
    kind: FileKind | None = None,
    *,
    sheet: str | None = None,
    limits: ReadLimits | None = None,
    progress: ProgressCallback | None = None,
) -> ReadResult:
    """Read in the *calling* process, with the same checks but no memory limit and no timeout.

    For tests, benchmarks and files the program wrote itself. Files chosen by a user go through
    ``read_in_sandbox``.
    """
    kind = kind or detect_file_kind(path)
    collector = _Collector(progress)
    _read_into(Path(path), kind, sheet, limits or ReadLimits(), collector)
    return collector.result()


def _read_into(path: Path, kind: FileKind, sheet: str | None, limits: ReadLimits, sink: Any) -> None:
    if kind is FileKind.CSV:
        # Imported here, not at the top: the sandbox child must block numpy before openpyxl loads.
        from dlzw_desktop.services.importing.csv_source import stream_csv  # noqa: PLC0415

        stream_csv(path, limits, sink)
    else:
        from dlzw_desktop.services.importing.xlsx_source import stream_xlsx  # noqa: PLC0415

        stream_xlsx(path, limits, sheet, sink)


# --- the sandbox: child side ---------------------------------------------------------------------------


def _proc_status_kb(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:  # noqa: PTH123 - /proc is not a Path use
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def _peak_rss_kb() -> int | None:
    peak = _proc_status_kb("VmHWM")
    if peak is not None:
        return peak
    try:
        import resource  # noqa: PLC0415 - not on Windows
    except ImportError:
        return None
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value // 1024 if sys.platform == "darwin" else value  # macOS reports bytes


def _prepare_child(*, converting: bool = False) -> None:
    """Quiet, lean imports before the memory limit is taken."""
    warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions; nobody reads it here
    os.environ["OPENPYXL_DEFUSEDXML"] = "True"
    # openpyxl imports numpy when present, only to recognise numpy numbers when *writing*; it would map
    # ~120 MB of address space and start BLAS threads in the child for nothing.
    if "numpy" not in sys.modules:
        sys.modules["numpy"] = None  # type: ignore[assignment]  # a None entry makes "import numpy" fail
    import openpyxl  # noqa: F401, PLC0415

    from dlzw_desktop.services.importing import csv_source, xlsx_source  # noqa: F401, PLC0415

    if converting:
        from dlzw_desktop.services.importing import converted  # noqa: F401, PLC0415


CHILD_NICENESS = 10


def _lower_priority() -> None:
    """Run the child at a lower scheduling priority than the application (Unix; Windows keeps the normal
    one): the GUI and, in a streamed import, the parent's planning and writing come first, and the child
    takes the cores they leave. It reads ahead of the parent anyway (its time out includes no time the
    parent spends on the rows), so on a busy two-core machine this shortens the whole import: measured
    at 200,000 rows, 20.3 s instead of 21.1 s, with the child's CPU unchanged."""
    nice = getattr(os, "nice", None)
    if nice is None:
        return
    try:
        nice(CHILD_NICENESS)
    except OSError:
        logger.debug("could not lower the reader's priority")


def _limit_child_memory(max_rss_mb: int) -> bool:
    """Apply the address-space limit described in the module docstring; True when it is in force."""
    try:
        import resource  # noqa: PLC0415 - not on Windows
    except ImportError:  # Windows: the parent's watchdog and the timeout remain
        return False
    for limit in ("RLIMIT_CORE", "RLIMIT_FSIZE"):
        try:
            resource.setrlimit(getattr(resource, limit), (0, 0))
        except (ValueError, OSError, AttributeError):
            logger.debug("could not set %s", limit)
    size_kb, rss_kb = _proc_status_kb("VmSize"), _proc_status_kb("VmRSS")
    if size_kb is None or rss_kb is None:  # macOS: RLIMIT_AS exists but is not enforced
        return False
    budget_kb = max(max_rss_mb * 1024 - rss_kb, 32 * 1024)
    try:
        resource.setrlimit(resource.RLIMIT_AS, ((size_kb + budget_kb) * 1024, (size_kb + budget_kb) * 1024))
    except (ValueError, OSError):
        return False
    return True


class _PipeSink:
    """Sends what a source reads to the parent.

    A message is a JSON header, a line break, and for rows the cell texts joined by ``CELL_SEPARATOR``
    (far cheaper to produce and check than one JSON string per cell, and still only text).
    """

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def send(self, message: dict[str, Any], payload: str = "") -> None:
        header = json.dumps(message, ensure_ascii=False, separators=(",", ":"))
        self._conn.send_bytes(f"{header}\n{payload}".encode())

    def finish(self) -> None:
        """After the last row (a converting sink sends what it held back)."""

    def info(self, info: SourceInfo) -> None:
        self.send({"t": "info", "info": info.to_wire()})

    def rows(self, batch: list[WireRow], done: int) -> None:
        self.send(
            {
                "t": "rows",
                "numbers": [row[0] for row in batch],
                "kinds": [row[2] for row in batch],
                "done": done,
            },
            CELL_SEPARATOR.join([CELL_SEPARATOR.join(row[1]) for row in batch]),
        )


@dataclass(frozen=True, slots=True)
class _ChildRequest:
    """What the parent asks the sandbox child to read (pickled parent -> child only)."""

    path: str
    kind: FileKind
    sheet: str | None
    limits: ReadLimits
    max_rss_mb: int
    convert: ConvertRequest | None = None


def _child_main(conn: Connection, request: _ChildRequest) -> None:
    """Entry point of the sandbox process; reports exactly one of "end" or "error" last."""
    pipe = _PipeSink(conn)
    sink: _PipeSink | ChildConverter = pipe
    try:
        _lower_priority()
        _prepare_child(converting=request.convert is not None)
        # A short-lived process with a hard memory cap has no use for the cycle collector, which would
        # otherwise rescan openpyxl's per-cell objects over and over.
        gc.freeze()
        gc.disable()
        limited = _limit_child_memory(request.max_rss_mb)
        pipe.send({"t": "limits", "rss_limit_applied": limited})
        if request.convert is not None:
            from dlzw_desktop.services.importing.converted import ChildConverter  # noqa: PLC0415

            sink = ChildConverter(request.convert, pipe.send)
        _read_into(Path(request.path), request.kind, request.sheet, request.limits, sink)
        sink.finish()
        pipe.send({"t": "end", "peak_rss_kb": _peak_rss_kb()})
    except DlzwError as exc:
        params = {key: value for key, value in exc.params.items() if isinstance(value, (str, int))}
        pipe.send(
            {
                "t": "error",
                "code": exc.code,
                "message": exc.message,
                "params": params,
                "peak_rss_kb": _peak_rss_kb(),
            }
        )
    except MemoryError:
        _send_out_of_memory(pipe)
    except Exception as exc:  # anything else is a reader bug; the parent gets a code, the log a trace
        logger.exception("import reader failed")
        pipe.send(
            {
                "t": "error",
                "code": "import.reader_failed",
                "message": "",
                "params": {"detail": type(exc).__name__},
                "peak_rss_kb": _peak_rss_kb(),
            }
        )
    finally:
        conn.close()


def _send_out_of_memory(sink: _PipeSink) -> None:
    try:
        sink.send(
            {
                "t": "error",
                "code": "import.too_much_memory",
                "message": "",
                "params": {},
                "peak_rss_kb": _peak_rss_kb(),
            }
        )
    except (MemoryError, OSError):  # nothing left to say it with: the parent sees the exit code
        os._exit(3)


# --- the sandbox: parent side --------------------------------------------------------------------------


def _too_much_memory(max_rss_mb: int) -> ValidationError:
    return rejection(
        "import.too_much_memory",
        "Reading the file needed more than {limit_mb} MB of memory and was stopped. Split the list into "
        "smaller files and import them one after the other.",
        limit_mb=max_rss_mb,
    )


def _reader_failed(detail: str) -> ValidationError:
    return rejection(
        "import.reader_failed",
        "The file could not be read (the reading process stopped unexpectedly). Open it in Excel, save it "
        "again as .xlsx or CSV, and import the new copy.",
        detail=detail,
    )


def _child_rss_mb(pid: int | None) -> float | None:
    """The child's high-water resident memory while it runs (Linux /proc, else psutil when installed)."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:  # noqa: PTH123
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        import psutil  # type: ignore[import-untyped]  # noqa: PLC0415 - optional, not a dependency
    except ImportError:
        return None
    try:
        return float(psutil.Process(pid).memory_info().rss) / (1024 * 1024)
    except psutil.Error:
        return None


def _rows_from_wire(message: dict[str, Any], payload: str, rows: list[RawRow], cache: dict[str, str]) -> None:
    """Check a batch from the child and append it as RawRows: whole numbers, known kind letters, and
    exactly as many cell texts as kind letters."""
    numbers, kinds_list = message.get("numbers"), message.get("kinds")
    if (
        not isinstance(numbers, list)
        or not isinstance(kinds_list, list)
        or len(numbers) != len(kinds_list)
        or not _INT.issuperset(map(type, numbers))
        or not _STR.issuperset(map(type, kinds_list))
        or not _KIND_LETTERS.issuperset("".join(kinds_list))
    ):
        raise TypeError("malformed rows header")
    cells = payload.split(CELL_SEPARATOR)
    if len(cells) != sum(map(len, kinds_list)) or not all(kinds_list):
        raise TypeError("cell count does not match")
    append = rows.append
    start = 0
    for number, kinds in zip(numbers, kinds_list, strict=True):
        end = start + len(kinds)
        values = cells[start:end]
        append(
            RawRow(
                number,
                tuple([value or None for value in values]) if " " in kinds else tuple(values),
                cache.setdefault(kinds, kinds),
            )
        )
        start = end


TIMEOUT_BASE_S = 30.0
TIMEOUT_PER_MB_S = 8.0
TIMEOUT_MAX_S = 900.0


def read_timeout_s(path: Path) -> float:
    """How long reading ``path`` may take: 30 s plus 8 s per MB of file, at most 15 minutes.

    Honest files need time in proportion to their size (200,000 Excel rows are about 10 MB and take some
    20 s here); the hostile ones are refused by the reader's checks long before, and the memory limit and
    this deadline stop whatever the checks do not recognise.
    """
    try:
        megabytes = Path(path).stat().st_size / 1e6
    except OSError:
        megabytes = 0.0
    return min(TIMEOUT_MAX_S, TIMEOUT_BASE_S + TIMEOUT_PER_MB_S * megabytes)


class _CallerFailed(Exception):
    """Carries an exception of ``on_rows`` past the checks of the child's messages."""

    def __init__(self, original: BaseException) -> None:
        super().__init__(repr(original))
        self.original = original


RowsCallback = Callable[[SourceInfo, list[RawRow]], None]
"""``on_rows(info, batch)``: a checked batch of rows in file order (the header among the first)."""


def read_in_sandbox(
    path: Path,
    kind: FileKind | None = None,
    timeout_s: float = 30,
    max_rss_mb: int = 300,
    *,
    sheet: str | None = None,
    limits: ReadLimits | None = None,
    progress: ProgressCallback | None = None,
    stats: SandboxStats | None = None,
) -> ReadResult:
    """Read a user's file in a limited child process; blocks the calling (worker) thread until done.

    Raises ``ValidationError`` with an ``import.*`` code for every file it refuses, including
    ``import.timeout`` and ``import.too_much_memory``; ``StorageError`` when the installation cannot
    read workbooks safely. ``progress(done, total)`` is called in the calling thread after each batch.
    """
    rows: list[RawRow] = []

    def keep(_info: SourceInfo, batch: list[RawRow]) -> None:
        rows.extend(batch)

    info = stream_in_sandbox(
        path,
        keep,
        kind,
        timeout_s,
        max_rss_mb,
        sheet=sheet,
        limits=limits,
        progress=progress,
        stats=stats,
    )
    return _result(info, rows)


def stream_in_sandbox(
    path: Path,
    on_rows: RowsCallback,
    kind: FileKind | None = None,
    timeout_s: float = 30,
    max_rss_mb: int = 300,
    *,
    sheet: str | None = None,
    limits: ReadLimits | None = None,
    progress: ProgressCallback | None = None,
    stats: SandboxStats | None = None,
) -> SourceInfo:
    """Like ``read_in_sandbox``, but hands each batch of rows to ``on_rows`` as it arrives and keeps none.

    The child goes on reading while ``on_rows`` works on the batch before (a two-stage pipeline); the time
    ``on_rows`` takes does not count against ``timeout_s``, which limits the reading. Raises
    ``import.no_data`` when the file holds no row, and whatever ``on_rows`` raises (the child is stopped).
    """
    kinds_cache: dict[str, str] = {}
    delivered = 0

    def handle(tag: str, message: dict[str, Any], payload: str, info: SourceInfo) -> None:
        nonlocal delivered
        if tag != "rows":
            raise TypeError(f"unknown message {tag!r}")
        batch: list[RawRow] = []
        _rows_from_wire(message, payload, batch, kinds_cache)
        delivered += len(batch)
        with _caller():
            on_rows(info, batch)

    info = _exchange(Path(path), kind, None, handle, timeout_s, max_rss_mb, sheet, limits, progress, stats)
    if not delivered:
        raise no_data()
    return info


def stream_converted(
    path: Path,
    request: ConvertRequest,
    on_layout: Callable[[SourceInfo, Layout], None],
    on_batch: Callable[[ConvertedBatch], None],
    *,
    timeout_s: float = 30,
    max_rss_mb: int = 300,
    sheet: str | None = None,
    limits: ReadLimits | None = None,
    progress: ProgressCallback | None = None,
    stats: SandboxStats | None = None,
) -> Totals:
    """Read ``path`` in the sandbox and have the child convert it too (``converted``): ``on_layout`` gets
    the header and mapping the child settled on, then ``on_batch`` each checked batch of typed rows, in
    file order, while the child converts the next. Errors as ``stream_in_sandbox``; a mapping the child
    cannot use is refused with its ``import.*`` code (e.g. ``import.mapping_incomplete``)."""
    from dlzw_desktop.services.importing.converted import (  # noqa: PLC0415 - not needed by plain reading
        BatchDecoder,
        layout_from_wire,
        totals_from_wire,
    )

    decoder: BatchDecoder | None = None
    totals: Totals | None = None

    def handle(tag: str, message: dict[str, Any], _payload: str, info: SourceInfo) -> None:
        nonlocal decoder, totals
        if tag == "layout" and decoder is None:
            layout = layout_from_wire(message, request.kind)
            decoder = BatchDecoder(layout)
            with _caller():
                on_layout(info, layout)
        elif tag == "typed" and decoder is not None and totals is None:
            batch = decoder.decode(message)
            with _caller():
                on_batch(batch)
        elif tag == "totals" and decoder is not None and totals is None:
            totals = totals_from_wire(message)
        else:
            raise TypeError(f"unexpected message {tag!r}")

    _exchange(Path(path), None, request, handle, timeout_s, max_rss_mb, sheet, limits, progress, stats)
    if totals is None:
        raise _reader_failed("no totals")
    return totals


@contextmanager
def _caller() -> Iterator[None]:
    """Marks the caller's own code: its errors are passed on as they are, not taken for a broken reader."""
    try:
        yield
    except BaseException as exc:
        raise _CallerFailed(exc) from exc


Handler = Callable[[str, dict[str, Any], str, SourceInfo], None]


def _exchange(  # noqa: PLR0917 - the one loop that talks to the child
    path: Path,
    kind: FileKind | None,
    convert: ConvertRequest | None,
    handle: Handler,
    timeout_s: float,
    max_rss_mb: int,
    sheet: str | None,
    limits: ReadLimits | None,
    progress: ProgressCallback | None,
    stats: SandboxStats | None,
) -> SourceInfo:
    """Start the child, pass its messages on to ``handle`` (all but limits, info, end and error, which are
    handled here), and stop it. The time ``handle`` takes does not count against ``timeout_s``."""
    kind = kind or detect_file_kind(path)
    limits = limits or ReadLimits()
    stats = stats if stats is not None else SandboxStats()
    started = time.monotonic()
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child_main,
        args=(sender, _ChildRequest(str(path), kind, sheet, limits, max_rss_mb, convert)),
        name="dlzw-import-reader",
        daemon=True,
    )
    info: SourceInfo | None = None
    answered = False
    try:
        process.start()
        sender.close()
        deadline = started + timeout_s
        next_sample = started
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise rejection(
                    "import.timeout",
                    "Reading the file took longer than {seconds} seconds and was stopped. Split the list "
                    "into smaller files, or save it again from Excel, and import again.",
                    seconds=round(timeout_s),
                )
            pending = receiver.poll(min(remaining, _POLL_S))
            if time.monotonic() >= next_sample:  # also while rows stream in: the watchdog must not starve
                _watch_memory(process.pid, max_rss_mb, stats)
                next_sample = time.monotonic() + _POLL_S
            if not pending:
                if not process.is_alive() and not receiver.poll(0):
                    raise _died(process, max_rss_mb, stats)
                continue
            try:
                raw = receiver.recv_bytes(_MAX_MESSAGE_BYTES)
            except EOFError:
                raise _died(process, max_rss_mb, stats) from None
            header, _, payload = raw.decode("utf-8").partition("\n")
            message = json.loads(header)
            if not isinstance(message, dict):
                raise TypeError("message must be an object")
            tag = message.get("t")
            if tag == "limits":
                stats.rss_limit_applied = message.get("rss_limit_applied") is True
            elif tag == "info":
                info = SourceInfo.from_wire(message.get("info"))
            elif tag == "end":
                answered = True
                _note_peak(stats, message.get("peak_rss_kb"))
                if info is None:
                    raise TypeError("no info before end")
                return info
            elif tag == "error":
                answered = True
                _note_peak(stats, message.get("peak_rss_kb"))
                raise _error_from_child(message, max_rss_mb)
            elif info is None or not isinstance(tag, str):
                raise TypeError("data before info")
            else:
                handed = time.monotonic()
                handle(tag, message, payload, info)
                deadline += time.monotonic() - handed  # the caller's work is not the reader's time
                done = message.get("done")
                if progress is not None and type(done) is int:
                    progress(done, info.total_rows)
    except _CallerFailed as failed:
        raise failed.original from None
    except (TypeError, ValueError, KeyError, OSError, ArithmeticError) as exc:
        logger.warning("import sandbox sent an invalid message: %s", exc)
        raise _reader_failed(type(exc).__name__) from exc
    finally:
        stats.exit_code = _stop(process, answered=answered)
        receiver.close()
        stats.elapsed_s = time.monotonic() - started


def _note_peak(stats: SandboxStats, peak_kb: object) -> None:
    if type(peak_kb) is int:
        stats.peak_rss_mb = max(stats.peak_rss_mb or 0.0, peak_kb / 1024)


def _watch_memory(pid: int | None, max_rss_mb: int, stats: SandboxStats) -> None:
    rss = _child_rss_mb(pid)
    if rss is None:
        return
    stats.peak_rss_mb = max(stats.peak_rss_mb or 0.0, rss)
    if rss > max_rss_mb and not stats.rss_limit_applied:
        raise _too_much_memory(max_rss_mb)


def _died(process: Any, max_rss_mb: int, stats: SandboxStats) -> ValidationError:
    process.join(1)
    code = process.exitcode
    logger.warning("import reader process ended without an answer (exit code %s)", code)
    if code == 3 or (code is not None and code < 0 and stats.rss_limit_applied):
        return _too_much_memory(max_rss_mb)
    return _reader_failed(f"exit code {code}")


def _error_from_child(message: dict[str, Any], max_rss_mb: int) -> ValidationError:
    code = message.get("code")
    text = message.get("message")
    params = message.get("params")
    if not isinstance(code, str) or not code.startswith("import.") or not isinstance(params, dict):
        raise TypeError("malformed error")
    if code == "import.too_much_memory":
        return _too_much_memory(max_rss_mb)
    if code == "import.reader_failed":
        return _reader_failed(str(params.get("detail", "")))
    if code == "import.xml_parser_unsafe":
        raise StorageError(code, text if isinstance(text, str) else None)
    clean: dict[str, Any] = {
        str(key): value for key, value in params.items() if isinstance(value, (str, int)) and key != "field"
    }
    return ValidationError(code, text if isinstance(text, str) else None, **clean)


def _stop(process: Any, *, answered: bool) -> int | None:
    """Kill the child if it still runs, reap it (no zombies, no orphans); its exit code.

    A child that has answered is given a moment to exit by itself.
    """
    if process.pid is None:
        return None
    if answered:
        process.join(1)
    if process.is_alive():
        process.kill()
    process.join(5)
    code: int | None = process.exitcode
    if code is not None:
        process.close()
    return code
