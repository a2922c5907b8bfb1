"""Icons are SVG and sharp on high-DPI screens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from dlzw_desktop.paths import resource
from dlzw_desktop.ui.icons import KIND_ICONS, icon

ICONS = sorted(
    str(path.relative_to(resource("icons")).with_suffix("")) for path in resource("icons").rglob("*.svg")
)


@pytest.mark.parametrize("name", ICONS)
def test_every_svg_icon_draws_at_twice_the_size_without_blur(qapp: QApplication, name: str) -> None:
    pixmap = icon(name).pixmap(QSize(22, 22), 2.0)
    assert pixmap.size() == QSize(44, 44)  # rendered for the device pixels, not a 24 px image scaled up
    image = pixmap.toImage()
    drawn = sum(
        1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).alpha() > 0
    )
    assert drawn > 44 * 44 // 20, f"{name} draws almost nothing"


def test_the_search_palette_and_menus_use_existing_icons() -> None:
    names = [*KIND_ICONS.values(), "actions/search", "actions/open_database", "actions/backup"]
    names += ["actions/recent"]
    assert set(names) <= set(ICONS)
