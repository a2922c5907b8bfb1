"""Committed form modules must be what pyside6-uic makes of forms/*.ui today."""

from __future__ import annotations

from pathlib import Path

import pytest

from dlzw_desktop.ui import devtools

FORMS = sorted(devtools.FORMS.glob("*.ui"))


def test_there_are_forms() -> None:
    assert FORMS


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_generated_module_is_up_to_date(ui_file: Path) -> None:
    generated = devtools.generated_path(ui_file)
    assert generated.exists(), f"{generated} missing: run python -m dlzw_desktop.ui.devtools forms"
    assert generated.read_text(encoding="utf-8") == devtools.compile_form(ui_file), (
        f"{generated.name} is stale: run python -m dlzw_desktop.ui.devtools forms"
    )


def test_every_generated_module_has_a_form() -> None:
    stems = {f"ui_{p.stem}" for p in FORMS}
    orphans = [p.name for p in devtools.GENERATED.glob("ui_*.py") if p.stem not in stems]
    assert not orphans
