"""Watches the signed-in session: activity keeps it alive, idleness ends it, and a database file that
moved away is noticed while the app runs."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from dlzw_desktop.errors import StorageError
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.workers import run_in_background

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class SessionGuard(QObject):
    """Installed on the application while a user is signed in.

    Signals: ``expired()`` once the idle timeout has passed; ``location_lost(object)`` with the
    ``StorageError`` when the database file was moved, deleted or replaced (once until it is back).
    """

    expired = Signal()
    location_lost = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None, *, interval_ms: int = 5000) -> None:
        super().__init__(parent)
        self._services = services
        self._last_touch = 0.0
        self._expired_reported = False
        self._location_reported = False
        self._checking = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def resume(self) -> None:
        """After signing in again: report the next expiry again."""
        self._expired_reported = False

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY:
            now = time.monotonic()
            if now - self._last_touch > 1.0:  # at most once a second
                self._last_touch = now
                self._services.context.user.touch()
        return False

    def check(self) -> None:
        user = self._services.context.user
        if user.expired and not self._expired_reported:
            self._expired_reported = True
            self.expired.emit()
        if self._services.context.sessions.dialect == "sqlite" and not self._checking:
            self._checking = True
            run_in_background(
                self._services.info.check_location,
                self._on_location_ok,
                self._on_location_error,
                context=self,
            )

    def _on_location_ok(self, _result: object) -> None:
        self._checking = False
        self._location_reported = False

    def _on_location_error(self, error: BaseException) -> None:
        self._checking = False
        if isinstance(error, StorageError) and not self._location_reported:
            self._location_reported = True
            self.location_lost.emit(error)
