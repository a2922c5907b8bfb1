"""``dlzw-desktop``: the composition root of the GUI.

Start-up is ordered for speed: Qt, the translation and the main window come first; SQLAlchemy, the
services and the database are loaded on the database thread after the first paint.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, Qt, QTimer, QtMsgType, qInstallMessageHandler


def skip_pyside_feature_scan() -> None:
    """Stop PySide6 from reading the source of every module imported after it.

    PySide6 replaces ``__import__`` to support its opt-in ``from __feature__ import snake_case,
    true_property``; to find modules that might use it, it reads each newly imported module's whole source
    file (``inspect.getsource``), 10–40 ms of file reading on a cold start. This app never uses those
    features, so every module counts as "no feature", which is what PySide assumes for a module it
    ignores. Harmless where a PySide version has no such hook.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]


def _uses_no_feature(module: object) -> bool:
    return False


skip_pyside_feature_scan()

from PySide6.QtGui import QGuiApplication, QIcon  # noqa: E402 - after the scan is off
from PySide6.QtWidgets import QApplication  # noqa: E402

from dlzw_desktop import APP_ID, APP_NAME, ORGANISATION, __version__  # noqa: E402
from dlzw_desktop.logging_setup import configure_logging  # noqa: E402
from dlzw_desktop.paths import resource  # noqa: E402

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("qt")

SMOKE_TIMEOUT_MS = 60_000

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_logger.log(_QT_LEVELS.get(kind, logging.WARNING), "%s (%s)", message, context.category)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Uncaught exceptions (e.g. in slots) go to the one error dialog; its module loads only then."""
    from dlzw_desktop.ui.messages import handle_uncaught  # noqa: PLC0415

    handle_uncaught(kind, error, tb)


@dataclass(frozen=True, slots=True)
class StartOptions:
    """What the command line asked for."""

    db: str | None = None
    language: str | None = None
    smoke: bool = False
    no_demo_offer: bool = False
    no_wizard: bool = False


def _parse_simple(argv: Sequence[str]) -> StartOptions | None:
    """The usual command lines without argparse, whose import costs start-up time; None otherwise."""
    values: dict[str, str | bool] = {}
    items = list(argv)
    while items:
        item = items.pop(0)
        name, has_value, value = item.partition("=")
        if name in ("--smoke", "--no-demo-offer", "--no-wizard") and not has_value:
            values[name[2:].replace("-", "_")] = True
        elif name in ("--db", "--language") and (has_value or items):
            values[name[2:]] = value if has_value else items.pop(0)
        else:
            return None  # --help, a typo, …: argparse explains
    if values.get("language") not in (None, "de", "en"):
        return None
    return StartOptions(**values)  # type: ignore[arg-type]


def parse_args(argv: Sequence[str]) -> StartOptions:
    simple = _parse_simple(argv)
    if simple is not None:
        return simple
    import argparse  # noqa: PLC0415

    parser = argparse.ArgumentParser(prog="dlzw-desktop", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", help="database file or URL (default: from the settings, else the app's file)")
    parser.add_argument("--language", choices=("de", "en"), help="override the language setting")
    parser.add_argument(
        "--smoke", action="store_true", help="open the main window, wait for its first paint, exit 0"
    )
    parser.add_argument("--no-demo-offer", action="store_true", help="do not offer demo data")
    parser.add_argument(
        "--no-wizard",
        action="store_true",
        help="skip the first-start wizard (the default database in the user's data folder is used)",
    )
    parsed = parser.parse_args(argv)
    return StartOptions(parsed.db, parsed.language, parsed.smoke, parsed.no_demo_offer, parsed.no_wizard)


def configure_high_dpi() -> None:
    """Scale by the screen's exact factor (e.g. 1.25 or 1.5 on office laptops), not a rounded one.

    Must run before the ``QApplication`` exists. Text and layouts then scale smoothly; icons stay sharp
    because they are SVG (``ui/icons.py``).
    """
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the import sandbox starts child processes of the bundle
        import multiprocessing  # noqa: PLC0415

        multiprocessing.freeze_support()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if QApplication.instance() is None:
        configure_high_dpi()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    configure_logging()
    qInstallMessageHandler(_qt_message_handler)

    from dlzw_desktop.ui.i18n import install_translators  # noqa: PLC0415 - after QApplication exists
    from dlzw_desktop.ui.main_window import MainWindow  # noqa: PLC0415
    from dlzw_desktop.ui.settings_store import SettingsStore  # noqa: PLC0415
    from dlzw_desktop.ui.workers import wait_for_all  # noqa: PLC0415

    sys.excepthook = _excepthook
    store = SettingsStore()
    language = install_translators(app, args.language or store.load().language)
    logger.info("%s %s starting (language %s)", APP_NAME, __version__, language)
    window = MainWindow(store)
    from dlzw_desktop.ui.theme import follow_system  # noqa: PLC0415

    follow_system(app)
    # The SVG icon loads the SVG image plugin: after the first paint, not before.
    window.first_painted.connect(lambda: app.setWindowIcon(QIcon(str(resource("icons", "dlzw.svg")))))

    if args.smoke:
        window.first_painted.connect(lambda: app.exit(0))
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(1))
        window.show()
        return app.exec()

    from dlzw_desktop.ui.database_controller import DatabaseController  # noqa: PLC0415

    controller = DatabaseController(window, store, offer_demo=not args.no_demo_offer)
    # On the first start of a workstation the wizard comes first; its module loads only then.
    window.first_painted.connect(lambda: controller.start(args.db, wizard=not args.no_wizard))
    window.show()
    code = app.exec()
    wait_for_all()
    controller.shutdown()  # the backup on exit
    services = window.services
    if services is not None:
        services.close()
    logger.info("%s stopped with code %s", APP_NAME, code)
    return code


if __name__ == "__main__":
    sys.exit(main())
