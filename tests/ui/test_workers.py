"""Background tasks: answers arrive on the GUI thread, and widgets are only ever destroyed there."""

from __future__ import annotations

import gc
import threading

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from dlzw_desktop.ui.workers import Pool, TaskCancelled, pending_tasks, run_in_background, wait_for_all


class _Dialog(QDialog):
    """Records where its answer arrived and on which thread it was destroyed."""

    def __init__(self, log: dict[str, object]) -> None:
        super().__init__()
        self._log = log
        self.destroyed.connect(lambda: log.setdefault("destroyed_on", threading.current_thread()))

    def on_done(self, result: object) -> None:
        self._log["result"] = result
        self._log["answered_on"] = threading.current_thread()


def test_a_closed_parentless_dialog_is_destroyed_on_the_gui_thread_after_its_answer(qtbot: QtBot) -> None:
    log: dict[str, object] = {}
    started = threading.Event()
    go_on = threading.Event()
    dialog = _Dialog(log)

    def task() -> int:
        started.set()
        go_on.wait(10)
        # A collection that happens to start on the worker thread must not reach the dialog.
        gc.collect()
        return 42

    run_in_background(task, dialog.on_done, lambda _e: None, context=dialog)
    assert started.wait(10)
    del dialog  # the user closed it; only the pending answer still refers to it
    go_on.set()
    wait_for_all()
    qtbot.waitUntil(lambda: "destroyed_on" in log, timeout=10_000)
    assert log["result"] == 42
    assert log["answered_on"] is threading.main_thread()
    assert log["destroyed_on"] is threading.main_thread()


def test_no_answer_reaches_a_destroyed_context(qtbot: QtBot) -> None:
    answers: list[object] = []
    go_on = threading.Event()
    widget = QWidget()

    def task(progress: object) -> str:
        go_on.wait(10)
        return "late"

    run_in_background(task, answers.append, answers.append, context=widget, progress=lambda d, t: None)
    shiboken6.delete(widget)
    go_on.set()
    wait_for_all()
    qtbot.wait(50)
    assert answers == []


def test_errors_and_cancelling_arrive_as_exceptions(qtbot: QtBot) -> None:
    widget = QWidget()
    errors: list[BaseException] = []
    started = threading.Event()
    go_on = threading.Event()

    def failing() -> None:
        raise ValueError("kaputt")

    def cancellable(progress: object) -> None:
        started.set()
        go_on.wait(10)
        progress(1, 2)  # type: ignore[operator]

    run_in_background(failing, lambda _r: None, errors.append, context=widget, pool=Pool.GENERAL)
    handle = run_in_background(cancellable, lambda _r: None, errors.append, context=widget)
    assert started.wait(10)
    handle.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=10_000)
    assert {type(e) for e in errors} == {ValueError, TaskCancelled}
    assert pending_tasks() == 0
    shiboken6.delete(widget)
