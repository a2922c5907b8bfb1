"""Render every section of the main window (and registered dialogs) on a demo database into PNG files.

    python docs/screenshots.py [--out docs/screenshots] [--language de|en] [--cases 300]

Runs offscreen; used for the user manual and for review. Views that need more than a section visit
register a function in ``EXTRA_SHOTS``: it receives the window and the output folder and saves PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

SECTIONS = ["overview", "cases", "people", "properties", "consultation_days", "reports", "settings"]
WINDOW_SIZE = QSize(1366, 800)

# name -> function(window, out_dir); features add their dialogs here.
EXTRA_SHOTS: dict[str, Callable[[QMainWindow, Path], None]] = {}


def _properties_shots(window: QMainWindow, out: Path) -> None:
    from docs.shots_properties import shoot

    shoot(window, out)


EXTRA_SHOTS["properties"] = _properties_shots


def _wait(app: QApplication, condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not condition():
        app.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("timed out waiting for the application")
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("de", "en"), default="de")
    parser.add_argument("--cases", type=int, default=300)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    work = Path(tempfile.mkdtemp(prefix="dlzw-shots-"))
    os.environ["DLZW_DATA_DIR"] = str(work)
    os.environ["DLZW_CONFIG_DIR"] = str(work / "config")

    from dlzw_desktop.services.registry import open_services
    from dlzw_desktop.ui.database_controller import DatabaseController
    from dlzw_desktop.ui.i18n import install_translators
    from dlzw_desktop.ui.main_window import MainWindow
    from dlzw_desktop.ui.settings_store import SettingsStore
    from dlzw_desktop.ui.workers import wait_for_all

    database = work / "demo.sqlite3"
    services = open_services(database)
    services.users.local_principal("a.yilmaz")
    if hasattr(services, "demo"):
        services.demo.load(cases=args.cases, seed=1)
    services.close()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, args.language)  # type: ignore[arg-type]
    store = SettingsStore(work / "settings.ini")
    window = MainWindow(store)
    window.resize(WINDOW_SIZE)
    controller = DatabaseController(window, store, offer_demo=False)
    opened: list[object] = []
    controller.opened.connect(opened.append)
    window.show()
    controller.open(str(database))
    _wait(app, lambda: bool(opened))
    for index, key in enumerate(SECTIONS, start=1):
        window.show_section(key)
        for _ in range(30):  # let background loads land
            app.processEvents()
            wait_for_all(2000)
        app.processEvents()
        path = args.out / f"{index:02d}_{key}.png"
        window.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    for name, shoot in EXTRA_SHOTS.items():
        shoot(window, args.out)
        print(f"wrote extra shots: {name}")
    window.close()
    wait_for_all()
    if window.services is not None:
        window.services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
