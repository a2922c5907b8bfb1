"""Photos of a property: thumbnails, add (PNG/JPEG) and remove."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from dlzw_desktop.services.property_rows import PhotoRow, PropertyRow
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.generated.ui_property_photos_dialog import Ui_PropertyPhotosDialog
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.property_inputs import name_buttons
from dlzw_desktop.ui.workers import run_in_background

_THUMB = QSize(200, 140)


def _thumbnails(services: Services, property_id: uuid.UUID) -> list[tuple[PhotoRow, QImage]]:
    """Runs off the GUI thread: the photos and their scaled images (QImage is safe outside it)."""
    result = []
    for photo in services.properties.photos(property_id):
        reader = QImageReader(str(services.properties.photo_file(photo.id)))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(_THUMB, Qt.AspectRatioMode.KeepAspectRatio))
        result.append((photo, reader.read()))
    return result


class PropertyPhotosDialog(QDialog):
    """Shows and changes the photos of one property (they appear in its exposé).

    Signals: ``photos_changed()`` after a photo was added or removed.
    """

    photos_changed = Signal()

    def __init__(self, services: Services, row: PropertyRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._row = row
        self._ui = Ui_PropertyPhotosDialog()
        self._ui.setupUi(self)
        name_buttons(self._ui.button_box)
        self._ui.info_label.setText(
            self.tr("Photos of {property}. PNG and JPEG files; the first six appear in the exposé.").format(
                property=row.label
            )
        )
        self._ui.button_box.rejected.connect(self.reject)
        self._ui.add_photo_button.clicked.connect(self._on_add_photo_button_clicked)
        self._ui.remove_photo_button.clicked.connect(self._on_remove_photo_button_clicked)
        self._ui.photos_list.currentItemChanged.connect(self._update_buttons)
        self._reload()

    def _reload(self) -> None:
        run_in_background(
            lambda: _thumbnails(self._services, self._row.id), self._show, self._on_failed, context=self
        )

    def _show(self, photos: list[tuple[PhotoRow, QImage]]) -> None:
        self._ui.photos_list.clear()
        for photo, image in photos:
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), photo.original_name, self._ui.photos_list)
            item.setData(Qt.ItemDataRole.UserRole, photo)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self._ui.remove_photo_button.setEnabled(self._ui.photos_list.currentItem() is not None)

    def _on_add_photo_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a photo"), str(Path.home()), self.tr("Photos (*.jpg *.jpeg *.png)")
        )
        if name:
            self.add_photo(Path(name))

    def add_photo(self, path: Path) -> None:
        run_in_background(
            lambda: self._services.properties.add_photo(self._row.id, path),
            self._on_changed,
            self._on_failed,
            context=self,
        )

    def _on_remove_photo_button_clicked(self) -> None:
        item = self._ui.photos_list.currentItem()
        if item is None:
            return
        photo: PhotoRow = item.data(Qt.ItemDataRole.UserRole)
        run_in_background(
            lambda: self._services.properties.remove_photo(photo.id, photo.version),
            self._on_changed,
            self._on_failed,
            context=self,
        )

    def _on_changed(self, _result: object) -> None:
        self.photos_changed.emit()
        self._reload()

    def _on_failed(self, error: BaseException) -> None:
        show_error(self, error)
