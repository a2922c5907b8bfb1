"""An honest placeholder for a section that a later release builds."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from dlzw_desktop.ui.generated.ui_coming_view import Ui_ComingView


class ComingView(QWidget):
    """Says what the section will offer; shows nothing that pretends to work."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ComingView()
        self._ui.setupUi(self)
        font = QFont(self._ui.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._ui.title_label.setFont(font)
        self._ui.title_label.setText(title)
        self._ui.description_label.setText(description)
