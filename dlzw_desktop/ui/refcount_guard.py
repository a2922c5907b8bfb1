"""Guard against a PySide6 6.12 reference-count bug on Python 3.11: every call of a void Qt method
(``setText``, ``update``, ``QPainter.setPen``, …) releases one reference to ``None`` that it never took.

On Python 3.12 and later ``None`` is immortal and nothing happens. On 3.11 the count drains with every call
(a custom-painted widget loses dozens per repaint) until CPython aborts with "Fatal Python error:
none_dealloc" (measured here: PySide6 6.12.0, CPython 3.11.7). ``protect_none()`` gives ``None`` a
reference count no session can drain; ``None`` is never freed anyway, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import logging
import sys

logger = logging.getLogger(__name__)

_RESERVE = 1 << 40
_done = False


def protect_none() -> None:
    """Idempotent; a no-op where ``None`` is immortal (Python 3.12+) or not a CPython object."""
    global _done  # noqa: PLW0603 - one process-wide flag
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field (Py_ssize_t) of every CPython object.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _RESERVE
    _done = True
    logger.debug("None's reference count raised to survive the PySide6 void-return bug")
