"""Where things live: bundled resources, and the user's data, log and backup directories."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from platformdirs import PlatformDirs

from dlzw_desktop import APP_ID

_DIRS = PlatformDirs(appname=APP_ID, appauthor=False)


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    installed = Path(__file__).resolve().parent / "_resources"
    if installed.is_dir():
        return installed
    raise FileNotFoundError("resources folder not found; reinstall DLZW Desktop")


def resource(*parts: str) -> Path:
    """A bundled resource file, e.g. ``resource("data", "wz2008.csv")``."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data directory (database, attachments); ``DLZW_DATA_DIR`` overrides it."""
    override = os.environ.get("DLZW_DATA_DIR")
    return Path(override) if override else Path(_DIRS.user_data_dir)


def default_database_path() -> Path:
    return data_dir() / "dlzw.sqlite3"


def attachments_dir() -> Path:
    return data_dir() / "attachments"


def backups_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    override = os.environ.get("DLZW_DATA_DIR")
    return Path(override) / "logs" if override else Path(_DIRS.user_log_dir)
