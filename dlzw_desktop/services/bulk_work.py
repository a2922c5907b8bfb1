"""Interpreter settings for long bulk work: imports and demo loads.

``gc_paused`` stops the cyclic garbage collector while hundreds of thousands of short-lived rows are
built (each collection would walk every live object again); ``quick_thread_switches`` shortens the thread
switch interval while a streamed import's writer thread runs beside its reading thread. Both count
concurrent users and restore the interpreter's setting when the last one ends.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _GcPause:
    """How much bulk work has paused the collector, and whether it ran before the first."""

    lock = threading.Lock()
    count = 0
    was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while an import or a demo load builds its many small objects.

    With hundreds of thousands of rows alive, every collection walks all of them again, which made an
    import twice as slow; an import's objects hold no reference cycles worth collecting early. Concurrent
    pauses are counted; the collector runs again (if it ran before) when the last one ends.
    """
    with _GcPause.lock:
        if _GcPause.count == 0:
            _GcPause.was_enabled = gc.isenabled()
            gc.disable()
        _GcPause.count += 1
    try:
        yield
    finally:
        with _GcPause.lock:
            _GcPause.count -= 1
            if _GcPause.count == 0 and _GcPause.was_enabled:
                gc.enable()


class _SwitchInterval:
    """How many streamed imports have shortened the interpreter's thread switch interval, and what it was."""

    lock = threading.Lock()
    count = 0
    previous = 0.005


SWITCH_INTERVAL_S = 0.001


@contextmanager
def quick_thread_switches() -> Iterator[None]:
    """A short thread switch interval while a streamed import runs its writer thread.

    The writer thread gives up the interpreter lock for every row SQLite inserts and then waits for it
    again; while the reading thread runs Python, that wait lasts the whole switch interval (5 ms by
    default), which throttled the writer to a fraction of its speed. With a short interval the database
    work really runs beside the Python work. 1 ms: with the sandbox doing most of the reading, shorter
    intervals only add switches (200,000 founders, alternating runs: 0.1 ms 23.3-23.8 s, 0.5 ms 23.0-23.7 s,
    1-2 ms 21.5-23.3 s, 5 ms 23.0-23.2 s). Concurrent imports are counted; the interval is restored when
    the last one ends.
    """
    with _SwitchInterval.lock:
        if _SwitchInterval.count == 0:
            _SwitchInterval.previous = sys.getswitchinterval()
            sys.setswitchinterval(min(SWITCH_INTERVAL_S, _SwitchInterval.previous))
        _SwitchInterval.count += 1
    try:
        yield
    finally:
        with _SwitchInterval.lock:
            _SwitchInterval.count -= 1
            if _SwitchInterval.count == 0:
                sys.setswitchinterval(_SwitchInterval.previous)
