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


UIC_LIKE = """# header kept
from PySide6.QtCore import (QCoreApplication, QDate, QMetaObject,
    QSize, Qt)
from PySide6.QtGui import (QBrush, QFont)
from PySide6.QtWidgets import (QLabel, QWidget)

class Ui_Form(object):
    def setupUi(self, Form):
        self.label = QLabel(Form)
        Form.resize(QSize(10, 10))
        self.label.setText(QCoreApplication.translate("Form", u"x", None))
"""


def test_generated_forms_import_only_the_qt_names_they_use() -> None:
    pruned = devtools.prune_qt_imports(UIC_LIKE)
    assert pruned.startswith("# header kept\n")
    assert "from PySide6.QtCore import QCoreApplication, QSize\n" in pruned
    assert "QtGui" not in pruned  # nothing of it is used: the line goes
    assert "from PySide6.QtWidgets import QLabel\n" in pruned
    assert pruned.endswith(UIC_LIKE[UIC_LIKE.index("\nclass") :])
    compile(pruned, "ui_form.py", "exec")
