"""Users of the application and who is working right now."""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from dlzw_desktop.db.models import User
from dlzw_desktop.domain.enums import Role
from dlzw_desktop.services.context import Principal, Service
from dlzw_desktop.services.permissions import ANYONE_SIGNED_IN, NO_SIGN_IN, requires


@dataclass(frozen=True, slots=True)
class UserRow:
    """A user as lists show it."""

    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool


def os_username() -> str:
    try:
        return getpass.getuser()[:64] or "user"
    except (KeyError, OSError):  # no passwd entry, e.g. in a container
        return "user"


class UserService(Service):
    """Lists users; signs in the operating-system user until sign-in with passwords exists."""

    @requires(ANYONE_SIGNED_IN)
    def users(self) -> list[UserRow]:
        with self._sessions() as session:
            rows = session.scalars(select(User).where(User.deleted_at.is_(None)).order_by(User.display_name))
            return [UserRow(u.id, u.username, u.display_name, u.role, u.active) for u in rows]

    @requires(ANYONE_SIGNED_IN)
    def advisors(self) -> list[UserRow]:
        return [u for u in self.users() if u.active and u.role in (Role.ADVISOR, Role.LEAD, Role.ADMIN)]

    @requires(NO_SIGN_IN)
    def local_principal(self, username: str | None = None) -> Principal:
        """The principal for the operating-system user; the first user of a database becomes admin."""
        name = username or os_username()
        with self._sessions.begin() as session:
            session.info["actor"] = name
            user = session.scalar(select(User).where(User.username == name))
            if user is None:
                first = (session.scalar(select(func.count()).select_from(User)) or 0) == 0
                user = User(username=name, display_name=name, role=Role.ADMIN if first else Role.ADVISOR)
                session.add(user)
                session.flush()
            principal = Principal(user.id, user.username, user.display_name, user.role)
        self._context.user.sign_in(principal)
        return principal
