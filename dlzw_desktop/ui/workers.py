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
import traceback
from collections.abc import Callable
from enum import Enum
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

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


class _Undelivered:
    """Tasks started whose outcome has not reached the GUI thread yet (changed on the GUI thread only)."""

    count = 0


def pending_tasks() -> int:
    """How many background tasks still owe the GUI thread their answer (tests wait for 0)."""
    return _Undelivered.count


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until all background tasks finished (used on exit and in tests)."""
    ok = True
    if _Pools.database is not None:
        ok = _Pools.database.waitForDone(timeout_ms) and ok
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and ok


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
        self._on_done: Callable[[Any], None] | None = on_done
        self._on_error: Callable[[BaseException], None] | None = on_error
        self._on_progress = on_progress

    def _release(self) -> tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]:
        # The callbacks usually hold ``context`` (bound methods, lambdas over ``self``): a cycle through
        # this child. Broken here, on the GUI thread, so that the cyclic garbage collector never gets to
        # free a widget, possibly on a worker thread that happened to trigger a collection.
        on_done, on_error = self._on_done, self._on_error
        self._on_done = self._on_error = self._on_progress = None
        self.deleteLater()
        return on_done, on_error

    def deliver(self, ok: bool, value: object) -> None:
        on_done, on_error = self._release()
        if ok:
            if on_done is not None:
                on_done(value)
        elif on_error is not None:
            assert isinstance(value, BaseException)
            on_error(value)

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


class _Job(QObject):
    """One task's Python references (``fn``, its outcome, the receiver), let go of on the GUI thread only.

    ``fn`` often closes over a widget. Were the last reference to it dropped on the worker thread, the
    widget would be destroyed there, which crashes Qt. So the job belongs to the application object (never
    freed by Python), the worker hands the outcome over and keeps nothing, and ``_deliver`` (GUI thread)
    clears the references and deletes the job. While the task runs, the job also keeps the receiver and so
    the callbacks and ``context`` reachable: a parentless dialog closed meanwhile is not collected (on any
    thread) before its answer arrived.

    Signals: ``ready()`` once the outcome is stored, ``progressed(int, int)``; both emitted by the worker.
    """

    ready = Signal()
    progressed = Signal(int, int)

    def __init__(
        self, fn: Callable[..., Any], receiver: _Receiver, handle: TaskHandle, wants_progress: bool
    ) -> None:
        application = QCoreApplication.instance()
        if application is None:
            raise RuntimeError("run_in_background needs a running Qt application")
        super().__init__(application)
        self._fn: Callable[..., Any] | None = fn
        self._receiver: _Receiver | None = receiver
        self._handle = handle
        self._wants_progress = wants_progress
        self._outcome: tuple[bool, object] | None = None
        self.ready.connect(self._deliver)  # queued: emitted on the worker thread
        self.progressed.connect(self._deliver_progress)

    # -- worker thread

    def _progress(self, done: int, total: int) -> None:
        if self._handle.cancelled:
            raise TaskCancelled
        self.progressed.emit(done, total)

    def _call(self) -> object:
        fn = self._fn
        assert fn is not None
        return fn(progress=self._progress) if self._wants_progress else fn()

    def execute(self) -> None:
        """Run ``fn`` and post its outcome; no reference of ``fn`` is left on this thread afterwards."""
        try:
            if self._handle.cancelled:
                raise TaskCancelled
            self._outcome = (True, self._call())
        except BaseException as exc:
            # The traceback's frames hold ``fn``'s closure; their locals are not needed to report it.
            traceback.clear_frames(exc.__traceback__)
            if not isinstance(exc, TaskCancelled):
                logger.debug("background task failed", exc_info=exc)
            self._outcome = (False, exc)
        self.ready.emit()

    # -- GUI thread

    @Slot()
    def _deliver(self) -> None:
        _Undelivered.count -= 1
        outcome, receiver = self._outcome, self._receiver
        self._outcome = self._fn = self._receiver = None
        self.deleteLater()
        if outcome is not None and receiver is not None and shiboken6.isValid(receiver):
            receiver.deliver(*outcome)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        receiver = self._receiver
        if receiver is not None and shiboken6.isValid(receiver):
            receiver.deliver_progress(done, total)


class _Task(QRunnable):
    """Runs a job on a pool thread; the pool deletes it there, so it lets go of the job first."""

    def __init__(self, job: _Job) -> None:
        super().__init__()
        self._job: _Job | None = job
        self.setAutoDelete(True)

    def run(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.execute()


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
    job = _Job(fn, receiver, handle, _accepts_progress(fn))
    _Undelivered.count += 1
    _Pools.get(pool).start(_Task(job))
    return handle
