"""The German translation is complete and matches the sources."""

from __future__ import annotations

import shutil
from pathlib import Path

from dlzw_desktop.ui import devtools


def test_error_texts_module_is_up_to_date() -> None:
    assert devtools.ERROR_TEXTS.read_text(encoding="utf-8") == devtools.error_texts_module(), (
        "run python -m dlzw_desktop.ui.devtools i18n"
    )


def test_ts_file_holds_every_source_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copyfile(devtools.TS_FILE, fresh)
    devtools.run_lupdate(fresh)
    missing = devtools.messages(fresh) - devtools.messages(devtools.TS_FILE)
    assert not missing, f"strings not in dlzw_de.ts (run devtools i18n): {sorted(missing)[:20]}"


def test_every_german_translation_is_finished() -> None:
    left = devtools.unfinished()
    assert not left, f"{len(left)} German translations missing, e.g. {left[:15]}"


def test_compiled_translation_matches_the_ts_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    devtools.run_lrelease(fresh)
    assert devtools.QM_FILE.read_bytes() == fresh.read_bytes(), "run python -m dlzw_desktop.ui.devtools i18n"


def test_german_is_loaded_for_the_main_window(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(devtools.QM_FILE))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Overview") == "Übersicht"
        assert QCoreApplication.translate("MainWindow", "Cases") == "Fälle"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """pyside6-lupdate does not look into f-strings: a tr() there is never translated."""
    import ast

    offenders = []
    for path in sorted((devtools.PACKAGE / "ui").rglob("*.py")):
        if "generated" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    name = getattr(inner.func, "attr", getattr(inner.func, "id", ""))
                    if (
                        name in ("tr", "translate")
                        and inner.args
                        and isinstance(inner.args[-1], ast.Constant)
                    ):
                        offenders.append(f"{path.name}:{inner.lineno}")
    assert not offenders, f"move these tr() calls out of f-strings: {offenders}"
