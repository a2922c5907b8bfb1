"""Users of the application: sign-in with argon2id passwords, lockout, sessions and user management.

Two states of a database (docs/deployment.md, "Anmeldung"):

- **Setup** – no user has a password yet: a new or demo database, or one from before sign-in existed.
  The GUI asks for the administrator account first (``create_first_admin``); scripts and the CLI may work
  as the operating-system user (``local_principal``), the first user becoming admin. A file without
  accounts is protected by nothing but the file system, like any other file on the computer.
- **Accounts** – at least one user has a password: everybody signs in (``sign_in``), and
  ``local_principal`` is refused.

Five wrong passwords in a row lock an account for five minutes. On PostgreSQL with personal database
logins (``db/pg_security.py``) the user signs in as the login's own user; the login reads and updates
only its own sign-in state through SECURITY DEFINER functions, and its database group must match the
user's role.
"""

from __future__ import annotations

import getpass
import logging
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, undefer

from dlzw_desktop.db.audit import record_event
from dlzw_desktop.db.migrate import check_kit_passphrase
from dlzw_desktop.db.models import SettingValue, User
from dlzw_desktop.db.pg_security import LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS, personal_role
from dlzw_desktop.domain.dates import to_berlin, utc_now
from dlzw_desktop.domain.enums import Role
from dlzw_desktop.domain.passwords import check_new_password
from dlzw_desktop.errors import NotFound, PermissionDenied, ValidationError
from dlzw_desktop.services.context import Principal, Service
from dlzw_desktop.services.editing import conflict
from dlzw_desktop.services.permissions import ANYONE_SIGNED_IN, NO_SIGN_IN, Permission, requires

logger = logging.getLogger(__name__)

# argon2id with argon2-cffi's RFC 9106 "low memory" profile: 64 MiB, 3 passes, 4 lanes.
HASHER = PasswordHasher()
LOCKOUT = timedelta(minutes=LOCKOUT_MINUTES)
SESSION_TIMEOUT_KEY = "security.session_timeout_minutes"
DEFAULT_SESSION_TIMEOUT_MINUTES = 15
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


class AuthMode(StrEnum):
    """Whether a database has accounts with passwords yet."""

    SETUP = "setup"
    ACCOUNTS = "accounts"


@dataclass(frozen=True, slots=True)
class AuthState:
    """What the start-up needs to know: set up the first admin, or sign in (and as whom on PostgreSQL)."""

    mode: AuthMode
    database_login: str | None  # the personal PostgreSQL login that must sign in, else None


@dataclass(frozen=True, slots=True)
class UserRow:
    """A user as lists show it."""

    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool
    email: str | None = None
    has_password: bool = False
    locked_until: datetime | None = None
    last_sign_in_at: datetime | None = None
    must_change_password: bool = False
    version: int = 1

    @classmethod
    def of(cls, user: User) -> UserRow:
        return cls(
            user.id,
            user.username,
            user.display_name,
            user.role,
            user.active,
            user.email,
            user.password_changed_at is not None,
            user.locked_until,
            user.last_sign_in_at,
            user.must_change_password,
            user.version,
        )

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


@dataclass(frozen=True, slots=True)
class UserDraft:
    """A new user as the administrator enters it."""

    username: str
    display_name: str
    role: Role
    password: str
    password_repeat: str
    email: str | None = None


@dataclass(frozen=True, slots=True)
class SignInResult:
    """Who signed in, and whether they must choose a new password first."""

    principal: Principal
    must_change_password: bool


def os_username() -> str:
    try:
        return getpass.getuser()[:64] or "user"
    except (KeyError, OSError):  # no passwd entry, e.g. in a container
        return "user"


@cache
def _dummy_hash() -> str:
    return HASHER.hash("dlzw timing equaliser")


def _verify(stored: str | None, password: str) -> bool:
    if not stored:
        # Same work as for a real account, so that timing does not tell which user names exist.
        stored = _dummy_hash()
        password = password + "\x00never"
    try:
        return HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def normalised_username(username: str) -> str:
    return username.strip().casefold()


def _invalid() -> PermissionDenied:
    return PermissionDenied(
        "auth.invalid",
        "The user name or the password is wrong. Check the keyboard layout and Caps Lock, and try again.",
    )


def _locked(until: datetime) -> PermissionDenied:
    return PermissionDenied(
        "auth.locked",
        "Too many wrong passwords: this account is locked for {minutes} minutes, until {until}. Wait until "
        "then or ask an administrator to unlock it.",
        minutes=LOCKOUT_MINUTES,
        until=to_berlin(until).strftime("%H:%M"),
    )


class UserService(Service):
    """Sign-in, sessions and the administration of users."""

    # -- reading -----------------------------------------------------------------------------------

    @requires(ANYONE_SIGNED_IN)
    def users(self) -> list[UserRow]:
        with self._sessions() as session:
            rows = session.scalars(select(User).where(User.deleted_at.is_(None)).order_by(User.display_name))
            return [UserRow.of(u) for u in rows]

    @requires(ANYONE_SIGNED_IN)
    def advisors(self) -> list[UserRow]:
        return [u for u in self.users() if u.active and u.role in (Role.ADVISOR, Role.LEAD, Role.ADMIN)]

    # -- state of the database ---------------------------------------------------------------------

    def _database_login(self) -> tuple[str, str] | None:
        """(login, group role) of a personal PostgreSQL login, else ``None``."""
        if self._sessions.dialect != "postgresql":
            return None
        if not hasattr(self, "_personal_login"):
            with self._sessions.engine.connect() as connection:
                role = personal_role(connection)
                login = str(connection.exec_driver_sql("SELECT session_user").scalar())
            self._personal_login = None if role is None else (login, role)
        return self._personal_login

    @staticmethod
    def _has_accounts(session: Session) -> bool:
        count = session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.password_changed_at.is_not(None), User.deleted_at.is_(None))
        )
        return bool(count)

    @requires(NO_SIGN_IN)
    def auth_state(self) -> AuthState:
        login = self._database_login()
        with self._sessions() as session:
            mode = AuthMode.ACCOUNTS if self._has_accounts(session) else AuthMode.SETUP
        return AuthState(mode, None if login is None else login[0])

    # -- setup mode --------------------------------------------------------------------------------

    @requires(NO_SIGN_IN)
    def local_principal(self, username: str | None = None) -> Principal:
        """Work as the operating-system user while the database has no accounts (setup mode).

        The first user of a database becomes admin, later ones advisors. Refused once any user has a
        password: then everybody signs in.
        """
        name = normalised_username(username or os_username())[:64]
        with self._sessions.begin(actor=name) as session:
            if self._has_accounts(session):
                raise PermissionDenied(
                    "auth.sign_in_required",
                    "This database has user accounts. Please sign in with your user name and password.",
                )
            user = session.scalar(select(User).where(User.username == name))
            if user is None:
                first = (session.scalar(select(func.count()).select_from(User)) or 0) == 0
                user = User(username=name, display_name=name, role=Role.ADMIN if first else Role.ADVISOR)
                session.add(user)
                session.flush()
            principal = Principal(user.id, user.username, user.display_name, user.role)
        self._context.user.sign_in(principal)
        return principal

    @requires(NO_SIGN_IN)
    def create_first_admin(
        self, username: str, display_name: str, password: str, password_repeat: str
    ) -> Principal:
        """Create the administrator account of a database in setup mode and sign it in."""
        name = self._checked_username(username)
        display = display_name.strip() or name
        check_new_password(password, password_repeat, username=name, display_name=display)
        digest = HASHER.hash(password)
        login = self._database_login()
        if login is not None and login[0] != name:
            raise PermissionDenied(
                "auth.login_mismatch",
                "On the office database you sign in as your own database login ({login}). Use that "
                "name, or ask the database administrator.",
                login=login[0],
            )
        now = utc_now()
        with self._sessions.begin(actor=name) as session:
            if self._has_accounts(session):
                raise PermissionDenied(
                    "auth.admin_exists",
                    "This database already has an administrator. Please sign in instead.",
                )
            user = session.scalar(select(User).where(User.username == name))
            if user is None:
                user = User(username=name, display_name=display, role=Role.ADMIN)
                session.add(user)
            user.display_name = display
            user.role = Role.ADMIN
            user.active = True
            user.password_hash = digest
            user.password_changed_at = now
            user.last_sign_in_at = now
            session.flush()
            record_event(session, "users", user.id, "administrator account created")
            principal = Principal(user.id, user.username, user.display_name, user.role)
        self._context.user.sign_in(principal)
        return principal

    # -- sign-in -----------------------------------------------------------------------------------

    @requires(NO_SIGN_IN)
    def sign_in(self, username: str, password: str) -> SignInResult:
        """Check the password and sign the user in; raises ``PermissionDenied`` with a clear code:
        ``auth.invalid``, ``auth.locked``, ``auth.inactive``, ``auth.no_password``, ``auth.login_mismatch``,
        ``auth.role_mismatch``."""
        name = normalised_username(username)
        login = self._database_login()
        if login is not None:
            result = self._sign_in_personal_login(name, password, login)
        else:
            result = self._sign_in_with_table(name, password)
        self._context.user.sign_in(result.principal)
        logger.info("%s signed in", result.principal.username)
        return result

    @requires(NO_SIGN_IN)
    def reauthenticate(self, password: str) -> SignInResult:
        """Sign the same user in again after the session expired."""
        current = self._context.user.pending_principal
        if current is None:
            raise PermissionDenied("auth.not_signed_in", "Please sign in first.")
        return self.sign_in(current.username, password)

    @requires(NO_SIGN_IN)
    def reauthenticate_on_kit(self, passphrase: str) -> Principal:
        """On a laptop kit, its passphrase signs the same user in again after the session expired.

        A kit holds no password hashes (a lost laptop must not expose them to guessing), so the kit's
        passphrase, stretched with Argon2id, is the credential there.
        """
        current = self._context.user.pending_principal
        if current is None:
            raise PermissionDenied("auth.not_signed_in", "Please sign in first.")
        if not self._sessions.encrypted:
            raise PermissionDenied(
                "auth.not_a_kit",
                "Only a laptop kit is unlocked with its passphrase. Sign in with your password.",
            )
        check_kit_passphrase(Path(str(self._sessions.url.database)), passphrase)
        self._context.user.sign_in(current)
        logger.info("%s unlocked the laptop kit again", current.username)
        return current

    @requires(NO_SIGN_IN)
    def sign_out(self) -> None:
        principal = self._context.user.pending_principal
        if principal is not None:
            logger.info("%s signed out", principal.username)
        self._context.user.sign_out()

    def _sign_in_with_table(self, name: str, password: str) -> SignInResult:
        now = utc_now()
        failure: PermissionDenied | None = None
        result: SignInResult | None = None
        with self._sessions.begin(actor=name if _USERNAME.match(name) else "system") as session:
            user = session.scalar(
                select(User)
                .options(undefer(User.password_hash))
                .where(User.username == name, User.deleted_at.is_(None))
            )
            if user is None or user.password_changed_at is None:
                _verify(None, password)
                if user is not None and self._has_accounts(session):
                    failure = PermissionDenied(
                        "auth.no_password",
                        "This account has no password yet. Ask an administrator to set one.",
                    )
                else:
                    failure = _invalid()
            elif user.locked_until is not None and user.locked_until > now:
                failure = _locked(user.locked_until)
            elif not _verify(user.password_hash, password):
                user.failed_attempts += 1
                if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                    user.failed_attempts = 0
                    user.locked_until = now + LOCKOUT
                    record_event(session, "users", user.id, "account locked after failed sign-ins")
                    failure = _locked(user.locked_until)
                else:
                    record_event(session, "users", user.id, "failed sign-in")
                    failure = _invalid()
            elif not user.active:
                failure = PermissionDenied(
                    "auth.inactive",
                    "This account has been deactivated. Ask an administrator if you need access again.",
                )
            else:
                user.failed_attempts = 0
                user.locked_until = None
                user.last_sign_in_at = now
                if user.password_hash and HASHER.check_needs_rehash(user.password_hash):
                    user.password_hash = HASHER.hash(password)
                record_event(session, "users", user.id, "signed in")
                result = SignInResult(
                    Principal(user.id, user.username, user.display_name, user.role),
                    user.must_change_password,
                )
        if failure is not None:
            raise failure
        assert result is not None
        return result

    def _sign_in_personal_login(self, name: str, password: str, login: tuple[str, str]) -> SignInResult:
        login_name, group = login
        if name != normalised_username(login_name):
            raise PermissionDenied(
                "auth.login_mismatch",
                "On the office database you sign in as your own database login ({login}). Use that "
                "name, or ask the database administrator.",
                login=login_name,
            )
        now = utc_now()
        with self._sessions() as session:
            state = session.execute(text("SELECT * FROM dlzw_sign_in_state()")).first()
            user = session.scalar(select(User).where(User.username == login_name))
        if state is None or user is None or state.password_hash is None:
            _verify(None, password)
            raise _invalid()
        if state.locked_until is not None and state.locked_until > now:
            raise _locked(state.locked_until)
        ok = _verify(state.password_hash, password)
        with self._sessions.begin() as session:
            locked = session.execute(text("SELECT dlzw_sign_in_attempt(:ok)"), {"ok": ok}).scalar()
        if not ok:
            if locked is not None and locked > now:
                raise _locked(locked)
            raise _invalid()
        if not state.active:
            raise PermissionDenied(
                "auth.inactive",
                "This account has been deactivated. Ask an administrator if you need access again.",
            )
        if group != f"dlzw_{user.role.value}":
            raise PermissionDenied(
                "auth.role_mismatch",
                "Your database login belongs to {group}, but your role in DLZW Desktop is {role}. Ask the "
                "administrator to make them match.",
                group=group,
                role=user.role,
            )
        return SignInResult(
            Principal(user.id, user.username, user.display_name, user.role), bool(state.must_change_password)
        )

    @requires(ANYONE_SIGNED_IN)
    def change_own_password(self, current: str, new: str, repeat: str) -> None:
        """Change the signed-in user's password (also after an administrator assigned one)."""
        principal = self._context.user.principal
        check_new_password(new, repeat, username=principal.username, display_name=principal.display_name)
        if current == new:
            raise ValidationError(
                "password.unchanged", "The new password must differ from the current one.", field="password"
            )
        login = self._database_login()
        if login is not None:
            with self._sessions() as session:
                state = session.execute(text("SELECT * FROM dlzw_sign_in_state()")).first()
            if state is None or not _verify(state.password_hash, current):
                raise ValidationError(
                    "password.current_wrong", "The current password is wrong.", field="current_password"
                )
            with self._sessions.begin() as session:
                session.execute(text("SELECT dlzw_set_own_password(:hash)"), {"hash": HASHER.hash(new)})
            return
        with self._sessions.begin() as session:
            user = session.scalar(
                select(User).options(undefer(User.password_hash)).where(User.id == principal.user_id)
            )
            if user is None:
                raise NotFound("user.not_found", "This user no longer exists.")
            if not _verify(user.password_hash, current):
                raise ValidationError(
                    "password.current_wrong", "The current password is wrong.", field="current_password"
                )
            user.password_hash = HASHER.hash(new)
            user.password_changed_at = utc_now()
            user.must_change_password = False

    # -- administration ----------------------------------------------------------------------------

    @staticmethod
    def _checked_username(username: str) -> str:
        name = normalised_username(username)
        if not _USERNAME.match(name):
            raise ValidationError(
                "user.username_invalid",
                "A user name has 2 to 64 characters: lower-case letters, digits, dot, hyphen or underscore, "
                "starting with a letter or digit (for example a.yilmaz).",
                field="username",
            )
        return name

    @requires(Permission.MANAGE_USERS)
    def create_user(self, draft: UserDraft) -> UserRow:
        """A new account with a first password; the user chooses their own at the first sign-in."""
        name = self._checked_username(draft.username)
        display = draft.display_name.strip()
        if not display:
            raise ValidationError(
                "user.display_name_missing", "Please enter the person's name.", field="display_name"
            )
        check_new_password(draft.password, draft.password_repeat, username=name, display_name=display)
        with self._sessions.begin() as session:
            if session.scalar(select(User).where(User.username == name)) is not None:
                raise ValidationError(
                    "user.username_taken",
                    "The user name {username} is already taken. Choose another one.",
                    field="username",
                    username=name,
                )
            user = User(
                username=name,
                display_name=display,
                role=draft.role,
                email=(draft.email or "").strip() or None,
                password_hash=HASHER.hash(draft.password),
                password_changed_at=utc_now(),
                must_change_password=True,
            )
            session.add(user)
            session.flush()
            return UserRow.of(user)

    def _load_for_edit(
        self, session: Session, user_id: uuid.UUID, version: int, mine: dict[str, Any] | None = None
    ) -> User:
        """The user at the version the administrator saw; else ``ConflictError`` with ``mine`` against the
        stored values, field by field (``ui/conflict_dialog.py`` lets the administrator choose)."""
        user = session.get(User, user_id)
        if user is None or user.deleted_at is not None:
            raise NotFound("user.not_found", "This user no longer exists.")
        if user.version != version:
            raise conflict(user, mine or {"active": user.active})
        return user

    def _active_admins(self, session: Session) -> int:
        return (
            session.scalar(
                select(func.count())
                .select_from(User)
                .where(User.role == Role.ADMIN, User.active.is_(True), User.deleted_at.is_(None))
            )
            or 0
        )

    @requires(Permission.MANAGE_USERS)
    def update_user(
        self,
        user_id: uuid.UUID,
        version: int,
        *,
        display_name: str | None = None,
        email: str | None = None,
        role: Role | None = None,
    ) -> UserRow:
        """Change name, e-mail or role; ``version`` is what the administrator saw (else ``ConflictError``)."""
        mine: dict[str, Any] = {
            key: value
            for key, value in (("display_name", display_name), ("email", email), ("role", role))
            if value is not None
        }
        if "display_name" in mine:
            mine["display_name"] = mine["display_name"].strip()
        if "email" in mine:
            mine["email"] = mine["email"].strip() or None
        with self._sessions.begin() as session:
            user = self._load_for_edit(session, user_id, version, mine)
            changes: dict[str, Any] = {}
            if display_name is not None:
                if not display_name.strip():
                    raise ValidationError(
                        "user.display_name_missing", "Please enter the person's name.", field="display_name"
                    )
                changes["display_name"] = display_name.strip()
            if email is not None:
                changes["email"] = email.strip() or None
            if role is not None and role is not user.role:
                if user.role is Role.ADMIN and user.active and self._active_admins(session) <= 1:
                    raise ValidationError(
                        "user.last_admin",
                        "This is the last active administrator. Make another user administrator first.",
                        field="role",
                    )
                changes["role"] = role
            for key, value in changes.items():
                setattr(user, key, value)
            session.flush()
            return UserRow.of(user)

    @requires(Permission.MANAGE_USERS)
    def set_active(self, user_id: uuid.UUID, version: int, active: bool) -> UserRow:
        """Deactivate (the account can no longer sign in; its history stays) or reactivate a user."""
        me = self._context.user.principal
        with self._sessions.begin() as session:
            user = self._load_for_edit(session, user_id, version, {"active": active})
            if not active and user.id == me.user_id:
                raise ValidationError(
                    "user.deactivate_self",
                    "You cannot deactivate your own account. Ask another administrator.",
                    field="active",
                )
            if not active and user.role is Role.ADMIN and user.active and self._active_admins(session) <= 1:
                raise ValidationError(
                    "user.last_admin",
                    "This is the last active administrator. Make another user administrator first.",
                    field="active",
                )
            user.active = active
            session.flush()
            return UserRow.of(user)

    @requires(Permission.MANAGE_USERS)
    def reset_password(self, user_id: uuid.UUID, version: int, password: str, repeat: str) -> UserRow:
        """Assign a new password (and lift a lock); the user must choose their own at the next sign-in."""
        with self._sessions.begin() as session:
            user = self._load_for_edit(session, user_id, version)
            check_new_password(password, repeat, username=user.username, display_name=user.display_name)
            user.password_hash = HASHER.hash(password)
            user.password_changed_at = utc_now()
            user.must_change_password = True
            user.failed_attempts = 0
            user.locked_until = None
            session.flush()
            return UserRow.of(user)

    @requires(Permission.MANAGE_USERS)
    def unlock(self, user_id: uuid.UUID) -> UserRow:
        with self._sessions.begin() as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFound("user.not_found", "This user no longer exists.")
            user.failed_attempts = 0
            user.locked_until = None
            session.flush()
            return UserRow.of(user)

    # -- session timeout ---------------------------------------------------------------------------

    @requires(ANYONE_SIGNED_IN)
    def session_timeout_minutes(self) -> int:
        with self._sessions() as session:
            row = session.scalar(select(SettingValue).where(SettingValue.key == SESSION_TIMEOUT_KEY))
        value = None if row is None else row.value
        return value if isinstance(value, int) and value > 0 else DEFAULT_SESSION_TIMEOUT_MINUTES

    @requires(Permission.MANAGE_USERS)
    def set_session_timeout_minutes(self, minutes: int) -> None:
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 480:
            raise ValidationError(
                "user.session_timeout_range",
                "The session timeout must be between 1 and 480 minutes.",
                field="session_timeout",
            )
        with self._sessions.begin() as session:
            row = session.scalar(select(SettingValue).where(SettingValue.key == SESSION_TIMEOUT_KEY))
            if row is None:
                session.add(SettingValue(key=SESSION_TIMEOUT_KEY, value=minutes))
            else:
                row.value = minutes
