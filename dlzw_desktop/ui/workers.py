"""The one way off the GUI thread: ``run_in_background``.

``fn`` is a service call that never touches a widget. ``on_done``/``on_error``/``on_progress`` arrive on
the GUI thread and are dropped silently when ``context`` has been destroyed in the meantime. Database
work runs on a single-thread pool (SQLite has one writer; ordering stays predictable); exports and
reports may use the general pool.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

logger = logging.getLogger(__name__)


class Pool(Enum):
    """Which thread pool a task runs on."""

    DATABASE = "database"
    GENERAL = "general"


class TaskCancelled(Exception):
    """Raised inside a task by its progress callback once the user cancelled it."""


ProgressFn = Callable[[int, int], None]


class _Pools:
    """Lazily created pools; one per process."""

    database: QThreadPool | None = None

    @classmethod
    def get(cls, pool: Pool) -> QThreadPool:
        if pool is Pool.GENERAL:
            return QThreadPool.globalInstance()
        if cls.database is None:
            cls.database = QThreadPool()
            cls.database.setMaxThreadCount(1)
            cls.database.setExpiryTimeout(-1)
        return cls.database


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until all background tasks finished (used on exit and in tests)."""
    ok = True
    if _Pools.database is not None:
        ok = _Pools.database.waitForDone(timeout_ms) and ok
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and ok


class _Signals(QObject):
    """Carries a task's outcome from the worker thread to the GUI thread.

    Signals: ``finished(object)``, ``failed(object)``, ``progressed(int, int)``.
    """

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Receiver(QObject):
    """Lives in the GUI thread as a child of ``context``: dies with it, and with it the callbacks."""

    def __init__(
        self,
        context: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: ProgressFn | None,
    ) -> None:
        super().__init__(context)
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress

    @Slot(object)
    def deliver_done(self, result: object) -> None:
        try:
            self._on_done(result)
        finally:
            self.deleteLater()

    @Slot(object)
    def deliver_error(self, error: object) -> None:
        try:
            assert isinstance(error, BaseException)
            self._on_error(error)
        finally:
            self.deleteLater()

    @Slot(int, int)
    def deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)


class TaskHandle:
    """Lets the GUI cancel a running task (the task stops at its next progress report)."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class _Task(QRunnable):
    def __init__(
        self, fn: Callable[..., Any], signals: _Signals, handle: TaskHandle, wants_progress: bool
    ) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self._handle = handle
        self._wants_progress = wants_progress
        self.setAutoDelete(True)

    def _progress(self, done: int, total: int) -> None:
        if self._handle.cancelled:
            raise TaskCancelled
        self._signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            if self._handle.cancelled:
                raise TaskCancelled
            result = self._fn(progress=self._progress) if self._wants_progress else self._fn()
        except BaseException as exc:
            if not isinstance(exc, TaskCancelled):
                logger.debug("background task failed", exc_info=exc)
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


def _accepts_progress(fn: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    context: QObject,
    progress: ProgressFn | None = None,
    pool: Pool = Pool.DATABASE,
) -> TaskHandle:
    """Run ``fn`` off the GUI thread; deliver its result or exception on the GUI thread.

    If ``fn`` takes a ``progress`` keyword it receives a ``progress(done, total)`` callback, which raises
    ``TaskCancelled`` after ``TaskHandle.cancel()``; ``on_error`` then receives that exception.
    """
    handle = TaskHandle()
    receiver = _Receiver(context, on_done, on_error, progress)
    signals = _Signals()
    signals.finished.connect(receiver.deliver_done)
    signals.failed.connect(receiver.deliver_error)
    signals.progressed.connect(receiver.deliver_progress)
    task = _Task(fn, signals, handle, _accepts_progress(fn))
    _Pools.get(pool).start(task)
    return handle
