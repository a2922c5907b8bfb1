"""The manuals show what they describe: every screenshot they use exists, is a real, compact PNG, and the
keyboard table of the user manual names the shortcuts the main window really has."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def _images() -> list[tuple[Path, Path]]:
    return [
        (doc, (doc.parent / target).resolve()) for doc in DOCS for target in IMAGE.findall(doc.read_text())
    ]


def test_the_manual_has_screenshots() -> None:
    used = [image for doc, image in _images() if doc.name == "benutzerhandbuch.md"]
    assert len(used) >= 15


@pytest.mark.parametrize(("doc", "image"), _images(), ids=lambda value: Path(value).name)
def test_every_image_exists_and_is_compact(doc: Path, image: Path) -> None:
    assert image.is_file(), (
        f"{doc.name} shows {image.name}, which is missing (python docs/screenshots.py --compact)"
    )
    data = image.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) < 150_000, f"{image.name}: {len(data)} bytes; regenerate with --compact"


def test_the_keyboard_table_matches_the_main_window() -> None:
    manual = (ROOT / "docs" / "benutzerhandbuch.md").read_text()
    form = (ROOT / "forms" / "main_window.ui").read_text()
    for shortcut in re.findall(r"<string>(Ctrl\+\w)</string>", form):
        assert f"`{shortcut.replace('Ctrl', 'Strg')}`" in manual, shortcut
