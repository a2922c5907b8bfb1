"""What every service needs: sessions, the signed-in user, and where files live."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
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


class CurrentUser:
    """Holder of the signed-in principal; the audit trail and permission checks read it."""

    def __init__(self, principal: Principal | None = None) -> None:
        self._principal = principal

    @property
    def principal(self) -> Principal:
        if self._principal is None:
            raise PermissionDenied("auth.not_signed_in", "Please sign in first.")
        return self._principal

    @property
    def signed_in(self) -> bool:
        return self._principal is not None

    def sign_in(self, principal: Principal) -> None:
        self._principal = principal

    def sign_out(self) -> None:
        self._principal = None

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
