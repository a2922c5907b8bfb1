"""Ask for the passphrase of a laptop kit or a check-in package (never stored anywhere)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from dlzw_desktop.ui.generated.ui_passphrase_dialog import Ui_PassphraseDialog
from dlzw_desktop.ui.neighbourhood_widgets import name_buttons

logger = logging.getLogger(__name__)


class PassphraseDialog(QDialog):
    """A message, the passphrase (hidden unless "show" is ticked) and, after a failed try, why."""

    def __init__(self, title: str, message: str, *, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_PassphraseDialog()
        self._ui.setupUi(self)
        ui = self._ui
        name_buttons(ui.button_box)
        self.setWindowTitle(title)
        ui.message_label.setText(message)
        self.show_error(error)
        ui.show_check.toggled.connect(self._on_show_check_toggled)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.passphrase_edit.setFocus()

    def show_error(self, text: str) -> None:
        self._ui.error_label.setText(text)
        self._ui.error_label.setVisible(bool(text))
        self._ui.error_label.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 4px;")

    def passphrase(self) -> str:
        return str(self._ui.passphrase_edit.text())

    def _on_show_check_toggled(self, checked: bool) -> None:
        self._ui.passphrase_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if checked else QLineEdit.EchoMode.Password
        )

    def _on_button_box_accepted(self) -> None:
        if not self.passphrase():
            self.show_error(self.tr("Enter the passphrase."))
            self._ui.passphrase_edit.setFocus()
            return
        self.accept()


def ask_passphrase(parent: QWidget | None, title: str, message: str, *, error: str = "") -> str | None:
    """The passphrase the user typed, or None when they cancelled."""
    dialog = PassphraseDialog(title, message, error=error, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()
