"""About DLZW Desktop: version, purpose, and the attribution the reference data requires."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from dlzw_desktop import APP_NAME, __version__
from dlzw_desktop.paths import resource
from dlzw_desktop.ui.generated.ui_about_dialog import Ui_AboutDialog


def attribution_text() -> str:
    """The attribution file shipped with the reference data (resources/data/ATTRIBUTION.txt)."""
    return resource("data", "ATTRIBUTION.txt").read_text(encoding="utf-8")


class AboutDialog(QDialog):
    """Shows the version and the sources and licences of shipped data and fonts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_AboutDialog()
        self._ui.setupUi(self)
        self._ui.title_label.setText(f"{APP_NAME} {__version__}")
        self._ui.description_label.setText(
            self.tr(
                "Case management for the microloan advisors of Wirtschaftsförderung Dortmund, "
                "service centre DLZW."
            )
        )
        self._ui.sources_text.setPlainText(attribution_text())
        self._ui.button_box.rejected.connect(self.reject)
