"""Checks shared by widget tests: every control a user can reach has an accessible name; the mnemonics
(Alt+letter) of one window are unique."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
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
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts, e.g. the menu bar's overflow button
        if widget.accessibleName() or id(widget) in buddied:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue  # a button's text is its accessible name (Qt reads it without the mnemonic)
        missing.append(widget.objectName() or type(widget).__name__)
    return missing


# -- keyboard: mnemonics ----------------------------------------------------------------------------


def mnemonic_letter(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower-cased; ``None`` without one.

    An ``&`` before a space or punctuation ("Grill & Döner" in a record's name) is no mnemonic.
    """
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        if not text[index + 1].isalnum():
            index += 1
            continue
        return text[index + 1].casefold()


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, owner) of every mnemonic a user can press in ``root``'s window right now: buttons, labels
    with a buddy, group boxes, the tabs of visible tab bars and, for a main window, the menu bar."""
    found: list[tuple[str, str]] = []

    def add(text: str, owner: str) -> None:
        letter = mnemonic_letter(text)
        if letter is not None:
            found.append((letter, f"{owner} {text!r}"))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text(), name)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), name)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), f"{name}[{index}]")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), f"{name} menu")
    return found


def mnemonic_clashes(root: QWidget) -> dict[str, list[str]]:
    """Letters claimed by more than one visible control of ``root``'s window (Alt+letter is ambiguous)."""
    by_letter: dict[str, list[str]] = {}
    for letter, owner in mnemonics(root):
        by_letter.setdefault(letter, []).append(owner)
    return {letter: owners for letter, owners in by_letter.items() if len(owners) > 1}
