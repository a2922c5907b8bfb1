"""Checks shared by widget tests: every control a user can reach has an accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


def _buddied(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _inside_compound(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView)):
            return True  # a spin or combo box's line edit and popup, a table's headers and corner button
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Object names (or classes) of controls with neither an accessible name nor a buddy label."""
    buddied = _buddied(root)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        if _inside_compound(widget):
            continue  # the inner line edit or popup list of a spin or combo box
        if type(widget).__name__ in ("QScrollBar", "QToolButton") and not widget.objectName():
            continue  # Qt's own scroll buttons and scroll bars
        if widget.accessibleName() or id(widget) in buddied:
            continue
        missing.append(widget.objectName() or type(widget).__name__)
    return missing
