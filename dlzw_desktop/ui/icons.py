"""SVG icons from ``resources/icons``: sharp at every scale factor, loaded on first use.

Qt's SVG icon engine is a plugin that takes a noticeable time to load, so nothing may ask for an icon
before the main window's first paint (``MainWindow.first_painted``).
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QIcon

from dlzw_desktop.paths import resource

logger = logging.getLogger(__name__)

# What each kind of record found by the global search looks like (sections share their icons).
KIND_ICONS = {
    "case": "sections/cases",
    "person": "actions/person",
    "business": "actions/business",
    "property": "sections/properties",
}


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (e.g. ``"actions/search"``); an empty icon if missing."""
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        logger.warning("icon %s is missing", path)
        return QIcon()
    return QIcon(str(path))
