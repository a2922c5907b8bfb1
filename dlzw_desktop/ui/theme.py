"""Light and dark appearance that follows the operating system.

Qt reports the system's colour scheme through ``QStyleHints.colorScheme``. Native styles that cannot draw
dark (e.g. "windowsvista") are replaced by Fusion with a dark palette when the system is dark; the
choice follows the system while the app runs. Views that paint their own colours (charts, the map)
read ``is_dark()``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_DARK = {
    QPalette.ColorRole.Window: "#202326",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17191c",
    QPalette.ColorRole.AlternateBase: "#24282c",
    QPalette.ColorRole.ToolTipBase: "#2b2f33",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#8a9096",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2b2f33",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#2f7fa3",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6cc3e8",
}
_DISABLED_TEXT = "#6b7177"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT))
    return palette


def is_dark() -> bool:
    """Whether the application currently shows a dark palette."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Switch to dark (Fusion + dark palette) or back to the platform's own look."""
    if scheme == Qt.ColorScheme.Dark:
        if app.style().name().lower() != "fusion":
            app.setProperty("dlzw_native_style", app.style().name())
            app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
        return
    native = app.property("dlzw_native_style")
    if isinstance(native, str) and native:
        app.setStyle(QStyleFactory.create(native))
    app.setPalette(app.style().standardPalette())


def follow_system(app: QApplication) -> None:
    """Apply the system's colour scheme now and whenever it changes."""
    hints = app.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        apply_scheme(app, Qt.ColorScheme.Dark)
    hints.colorSchemeChanged.connect(lambda scheme: apply_scheme(app, scheme))
