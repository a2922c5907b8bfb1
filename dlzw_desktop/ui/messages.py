"""Turn typed errors into translated sentences, and show them: the single place that does so.

``UserError`` -> a warning with what to do; ``StorageError`` -> a critical message about the environment;
anything else is a bug: logged with its traceback and shown in the one "unexpected error" dialog.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from dlzw_desktop.errors import DlzwError, StorageError, UserError
from dlzw_desktop.paths import log_dir
from dlzw_desktop.ui.generated.ui_error_dialog import Ui_ErrorDialog
from dlzw_desktop.ui.labels import enum_label

logger = logging.getLogger(__name__)


def _localised(value: object) -> object:
    """Parameters as the user reads them: labels for enum members, German dates and decimals."""
    if isinstance(value, StrEnum):
        return enum_label(value)
    if isinstance(value, date):
        return QLocale().toString(QDate(value.year, value.month, value.day), "dd.MM.yyyy")
    if isinstance(value, Decimal):
        return str(value).replace(".", QLocale().decimalPoint())
    if isinstance(value, tuple | list | frozenset | set):
        return ", ".join(str(_localised(item)) for item in value)
    return value


def user_message(error: DlzwError) -> str:
    """The error's message in the user's language, with its parameters filled in (enum members as
    their translated labels)."""
    template = QCoreApplication.translate("errors", error.message)
    try:
        return template.format(**{key: _localised(value) for key, value in error.params.items()})
    except (KeyError, IndexError, ValueError):
        return template


class ErrorDialog(QDialog):
    """The one dialog for unexpected errors: a calm sentence, the details, and where the log is."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ErrorDialog()
        self._ui.setupUi(self)
        self._ui.message_label.setText(
            self.tr(
                "Something went wrong that should not have. Your saved data is safe; the last action was "
                "not completed. Please tell your administrator and attach the log file."
            )
        )
        self._ui.details_text.setPlainText(details)
        self._ui.copy_button.clicked.connect(self._on_copy_button_clicked)
        self._ui.log_folder_button.clicked.connect(self._on_log_folder_button_clicked)
        self._ui.button_box.rejected.connect(self.reject)
        self._ui.button_box.accepted.connect(self.accept)

    def _on_copy_button_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self._ui.details_text.toPlainText())

    def _on_log_folder_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))


_session_expired_handler: Callable[[], None] | None = None


def set_session_expired_handler(handler: Callable[[], None] | None) -> None:
    """Who deals with an expired session (the database controller locks the window and asks for the
    password): such errors then open no message box of their own."""
    global _session_expired_handler  # noqa: PLW0603 - one window, one handler
    _session_expired_handler = handler


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show any exception appropriately (see module docstring)."""
    title = QCoreApplication.translate("messages", "DLZW Desktop")
    if isinstance(error, UserError) and error.code == "auth.session_expired" and _session_expired_handler:
        _session_expired_handler()
        return
    if isinstance(error, StorageError):
        logger.warning("storage problem: %s", error)
        QMessageBox.critical(parent, title, user_message(error))
    elif isinstance(error, UserError):
        QMessageBox.warning(parent, title, user_message(error))
    else:
        show_unexpected(parent, type(error), error, error.__traceback__)


def show_unexpected(
    parent: QWidget | None,
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
) -> None:
    details = "".join(traceback.format_exception(kind, error, tb))
    logger.error("unexpected error\n%s", details)
    if QCoreApplication.instance() is None:
        return
    dialog = ErrorDialog(details, parent)
    dialog.exec()


def handle_uncaught(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` of the GUI: uncaught exceptions go to the dialogs instead of stderr."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if isinstance(error, DlzwError):
        show_error(None, error)
        return
    show_unexpected(None, kind, error, tb)
