"""The layer rule as a test: every import of every module is checked against ARCHITECTURE.md."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "dlzw_desktop"

QT = ("PySide6", "shiboken6")
SQLA = ("sqlalchemy", "alembic")
REPORT_LIBS = ("reportlab", "openpyxl")

# layer -> prefixes it must never import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        *QT,
        *SQLA,
        *REPORT_LIBS,
        "dlzw_desktop.db",
        "dlzw_desktop.services",
        "dlzw_desktop.reports",
        "dlzw_desktop.ui",
        "dlzw_desktop.app",
        "dlzw_desktop.cli",
    ),
    "db": (*QT, "dlzw_desktop.services", "dlzw_desktop.reports", "dlzw_desktop.ui", "dlzw_desktop.app"),
    "services": (*QT, "dlzw_desktop.ui", "dlzw_desktop.app", "dlzw_desktop.cli"),
    "reports": (*QT, *SQLA, "dlzw_desktop.db", "dlzw_desktop.services", "dlzw_desktop.ui"),
    "ui": (*SQLA, "dlzw_desktop.db", "dlzw_desktop.app", "dlzw_desktop.cli"),
    "cli": (*QT, "dlzw_desktop.ui", "dlzw_desktop.db"),
}


def layer_of(path: Path) -> str | None:
    relative = path.relative_to(PACKAGE)
    if relative.parts[0] in FORBIDDEN:
        return relative.parts[0]
    if relative.name == "cli.py":
        return "cli"
    return None


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if layer_of(p) is not None)


def test_the_package_has_modules_in_every_layer() -> None:
    layers = {layer_of(p) for p in modules()}
    assert {"domain", "db", "services", "ui", "cli"} <= layers


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_respects_its_layer(path: Path) -> None:
    layer = layer_of(path)
    assert layer is not None
    crossings = [
        f"line {line}: imports {module}"
        for line, module in imported_modules(path)
        if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert not crossings, f"{path.relative_to(PACKAGE)} ({layer}) crosses a layer: {crossings}"


def test_the_checker_catches_a_crossing(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("import sqlalchemy\nfrom PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    names = [name for _, name in imported_modules(module)]
    assert "sqlalchemy" in names
    assert "PySide6.QtWidgets" in names
