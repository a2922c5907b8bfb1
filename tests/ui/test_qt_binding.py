"""Guards against defects of the Qt binding that would crash a long working day."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_do_not_consume_references_to_none(qapp: QApplication) -> None:
    """PySide6 6.12.0 on Python 3.11 lost one reference to None per call: the app died after minutes."""
    label = QLabel()
    before = sys.getrefcount(None)
    for index in range(500):
        label.setText(str(index))
        label.update()
    assert sys.getrefcount(None) - before >= 0
