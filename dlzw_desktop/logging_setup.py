"""Logging is configured once, here: a rotated file in the user's log folder.

Rotation happens once at start (5 files of up to 2 MB); ``logging.handlers`` is not imported, because
its imports (socket, pickle, queue) would delay the first paint of the main window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from dlzw_desktop.paths import log_dir

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
KEEP = 5


def _rotate(path: Path) -> None:
    try:
        if not path.exists() or path.stat().st_size < MAX_BYTES:
            return
        for index in range(KEEP - 1, 0, -1):
            older = path.with_name(f"{path.name}.{index}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{index + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))
    except OSError:
        logging.getLogger(__name__).warning("could not rotate %s", path, exc_info=True)


class _AppFileHandler(logging.FileHandler):
    """Marks the handler this module installed, so configuring twice does not log twice."""


def configure_logging(level: int = logging.INFO, directory: Path | None = None) -> Path:
    """Log to ``dlzw.log`` in the log folder and return its path. Safe to call more than once."""
    folder = directory or log_dir()
    path = folder / "dlzw.log"
    root = logging.getLogger()
    if any(isinstance(h, _AppFileHandler) for h in root.handlers):
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _rotate(path)
        handler: logging.Handler = _AppFileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.StreamHandler()  # a read-only home must not stop the app
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return path
