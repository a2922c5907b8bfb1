"""What every service needs: sessions, the signed-in user, and where files live."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from dlzw_desktop.db.engine import Sessions
from dlzw_desktop.domain.enums import Role
from dlzw_desktop.errors import PermissionDenied
from dlzw_desktop.services.permissions import Permission, require


@dataclass(frozen=True, slots=True)
class Principal:
    """The signed-in user as services see them."""

    user_id: uuid.UUID | None
    username: str
    display_name: str
    role: Role


class SessionExpired(PermissionDenied):
    """The signed-in user was idle for longer than the session timeout and must sign in again."""


class CurrentUser:
    """Holder of the signed-in principal; the audit trail and permission checks read it.

    With an ``idle_timeout`` (the GUI sets one; scripts do not), the session expires when ``touch()`` was
    not called for that long: every service call is then refused with ``SessionExpired`` until the same
    user signs in again (``UserService.reauthenticate``). The GUI calls ``touch()`` on keyboard and mouse
    input, so background refreshes do not keep an abandoned workstation signed in.
    """

    def __init__(
        self,
        principal: Principal | None = None,
        *,
        idle_timeout: timedelta | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._principal = principal
        self._clock = clock
        self._last_activity = clock()
        self._expired = False
        self.idle_timeout = idle_timeout

    @property
    def principal(self) -> Principal:
        if self._principal is None:
            raise PermissionDenied("auth.not_signed_in", "Please sign in first.")
        if self.expired:
            raise SessionExpired(
                "auth.session_expired",
                "You were signed out after {minutes} minutes without activity. Please sign in again; "
                "nothing you entered is lost.",
                minutes=self.timeout_minutes,
            )
        return self._principal

    @property
    def timeout_minutes(self) -> int:
        return 0 if self.idle_timeout is None else int(self.idle_timeout.total_seconds() // 60)

    @property
    def expired(self) -> bool:
        if self._principal is None:
            return False
        if not self._expired and self.idle_timeout is not None:
            self._expired = self._clock() - self._last_activity > self.idle_timeout.total_seconds()
        return self._expired

    @property
    def pending_principal(self) -> Principal | None:
        """Who is (or was, before the session expired) signed in, without checking expiry."""
        return self._principal

    @property
    def signed_in(self) -> bool:
        return self._principal is not None and not self.expired

    def touch(self) -> None:
        """Record activity of the user (keeps the session alive unless it already expired)."""
        if not self.expired:
            self._last_activity = self._clock()

    def sign_in(self, principal: Principal) -> None:
        self._principal = principal
        self._expired = False
        self._last_activity = self._clock()

    def sign_out(self) -> None:
        self._principal = None
        self._expired = False

    def actor(self) -> str:
        return self._principal.username if self._principal else "system"


@dataclass(frozen=True)
class ServiceContext:
    """Shared by all services of one open database."""

    sessions: Sessions
    user: CurrentUser
    data_dir: Path

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"


class Service:
    """Base of the use-case classes: one unit of work per public call, frozen rows out."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._sessions = context.sessions

    def _require(self, permission: Permission) -> Principal:
        principal = self._context.user.principal
        require(principal.role, permission)
        return principal
