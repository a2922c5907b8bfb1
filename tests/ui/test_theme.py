"""Dark mode follows the system: the palette switches, text stays readable, and back again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from dlzw_desktop.ui.theme import apply_scheme, is_dark


def test_dark_and_light_schemes(qapp: QApplication) -> None:
    assert not is_dark()
    apply_scheme(qapp, Qt.ColorScheme.Dark)
    try:
        assert is_dark()
        palette = qapp.palette()
        background = palette.color(QPalette.ColorRole.Base).lightness()
        text = palette.color(QPalette.ColorRole.Text).lightness()
        assert text - background > 150  # readable contrast
        assert qapp.style().name().lower() == "fusion"
    finally:
        apply_scheme(qapp, Qt.ColorScheme.Light)
    assert not is_dark()
