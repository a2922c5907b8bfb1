"""Sign-in, lockout, sessions and user administration, as an office would use them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from dlzw_desktop.db.models import AuditEntry, User
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import Role
from dlzw_desktop.errors import ConflictError, PermissionDenied, ValidationError
from dlzw_desktop.services import user_service
from dlzw_desktop.services.context import CurrentUser, Principal, SessionExpired
from dlzw_desktop.services.registry import Services, open_services
from dlzw_desktop.services.user_service import AuthMode, UserDraft

PASSWORD = "Kaffee Fahrrad Hafen Wolke"
OTHER = "Mond Segel Tisch Laterne"


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with small parameters: the rules are the same, the tests faster."""
    monkeypatch.setattr(user_service, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def fresh(db_url: str) -> Services:
    opened = open_services(db_url)
    yield opened  # type: ignore[misc]
    opened.close()


def _admin(services: Services) -> None:
    services.users.create_first_admin("chefin", "Clara Chefin", PASSWORD, PASSWORD)


def test_the_first_start_creates_the_admin_and_then_everybody_signs_in(fresh: Services) -> None:
    assert fresh.users.auth_state().mode is AuthMode.SETUP
    principal = fresh.users.create_first_admin(" Chefin ", "Clara Chefin", PASSWORD, PASSWORD)
    assert principal.role is Role.ADMIN and principal.username == "chefin"
    assert fresh.users.auth_state().mode is AuthMode.ACCOUNTS
    fresh.users.sign_out()
    with pytest.raises(PermissionDenied) as caught:
        fresh.users.local_principal()
    assert caught.value.code == "auth.sign_in_required"
    with pytest.raises(PermissionDenied) as caught:
        fresh.users.create_first_admin("zweiter", "Zweiter Admin", OTHER, OTHER)
    assert caught.value.code == "auth.admin_exists"
    result = fresh.users.sign_in("CHEFIN", PASSWORD)
    assert result.principal.display_name == "Clara Chefin"
    assert not result.must_change_password


def test_the_first_admin_needs_a_good_password(fresh: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        fresh.users.create_first_admin("chefin", "Clara Chefin", "chefin2026!!", "chefin2026!!")
    assert caught.value.code == "password.contains_username"
    with pytest.raises(ValidationError) as caught:
        fresh.users.create_first_admin("chefin", "Clara Chefin", PASSWORD, PASSWORD + "x")
    assert caught.value.field == "password_repeat"
    assert fresh.users.auth_state().mode is AuthMode.SETUP


def test_five_wrong_passwords_lock_the_account_for_five_minutes(fresh: Services) -> None:
    _admin(fresh)
    fresh.users.sign_out()
    for _ in range(4):
        with pytest.raises(PermissionDenied) as caught:
            fresh.users.sign_in("chefin", "falsches Passwort 1")
        assert caught.value.code == "auth.invalid"
    with pytest.raises(PermissionDenied) as caught:
        fresh.users.sign_in("chefin", "falsches Passwort 1")
    assert caught.value.code == "auth.locked"
    assert "5" in str(caught.value)
    with pytest.raises(PermissionDenied) as caught:
        fresh.users.sign_in("chefin", PASSWORD)  # even the right password waits
    assert caught.value.code == "auth.locked"
    assert not fresh.context.user.signed_in
    with fresh.context.sessions.begin() as session:  # five minutes later
        session.execute(update(User).values(locked_until=utc_now() - timedelta(seconds=1)))
    assert fresh.users.sign_in("chefin", PASSWORD).principal.username == "chefin"
    with fresh.context.sessions() as session:
        user = session.scalars(select(User).where(User.username == "chefin")).one()
        assert user.failed_attempts == 0 and user.locked_until is None


def test_unknown_users_get_the_same_answer_as_wrong_passwords(fresh: Services) -> None:
    _admin(fresh)
    fresh.users.sign_out()
    with pytest.raises(PermissionDenied) as unknown:
        fresh.users.sign_in("niemand", PASSWORD)
    with pytest.raises(PermissionDenied) as wrong:
        fresh.users.sign_in("chefin", "falsches Passwort 1")
    assert unknown.value.code == wrong.value.code == "auth.invalid"
    assert str(unknown.value) == str(wrong.value)


def test_the_administrator_manages_users(fresh: Services) -> None:
    _admin(fresh)
    row = fresh.users.create_user(UserDraft("b.becker", "Berta Becker", Role.ADVISOR, OTHER, OTHER))
    assert row.must_change_password and row.has_password
    with pytest.raises(ValidationError) as caught:
        fresh.users.create_user(UserDraft("b.becker", "Noch eine", Role.ADVISOR, OTHER, OTHER))
    assert caught.value.code == "user.username_taken"
    with pytest.raises(ValidationError):
        fresh.users.create_user(UserDraft("Ö Leer", "X", Role.ADVISOR, OTHER, OTHER))
    row = fresh.users.update_user(row.id, row.version, role=Role.LEAD)
    assert row.role is Role.LEAD
    with pytest.raises(ConflictError) as conflict:  # somebody saw the old version
        fresh.users.update_user(row.id, row.version - 1, display_name="Alter Stand")
    # Field by field: what this administrator typed against what is stored (ui/conflict_dialog.py).
    assert conflict.value.mine == {"display_name": "Alter Stand"}
    assert conflict.value.theirs == {"display_name": "Berta Becker"}
    assert conflict.value.params["version"] == row.version
    assert fresh.users.update_user(row.id, row.version, display_name="Berta Becker-Lang").role is Role.LEAD
    row = next(u for u in fresh.users.users() if u.username == "b.becker")
    row = fresh.users.set_active(row.id, row.version, False)
    fresh.users.sign_out()
    with pytest.raises(PermissionDenied) as caught:
        fresh.users.sign_in("b.becker", OTHER)
    assert caught.value.code == "auth.inactive"


def test_an_assigned_password_must_be_changed_by_its_owner(fresh: Services) -> None:
    _admin(fresh)
    row = fresh.users.create_user(UserDraft("b.becker", "Berta Becker", Role.ADVISOR, OTHER, OTHER))
    row = fresh.users.reset_password(
        row.id, row.version, "Wiese Brunnen Adler Kiesel", "Wiese Brunnen Adler Kiesel"
    )
    fresh.users.sign_out()
    result = fresh.users.sign_in("b.becker", "Wiese Brunnen Adler Kiesel")
    assert result.must_change_password
    with pytest.raises(ValidationError) as caught:
        fresh.users.change_own_password("falsch falsch falsch", PASSWORD + "!", PASSWORD + "!")
    assert caught.value.code == "password.current_wrong"
    fresh.users.change_own_password(
        "Wiese Brunnen Adler Kiesel", "Sonne backt gern Brot", "Sonne backt gern Brot"
    )
    fresh.users.sign_out()
    assert not fresh.users.sign_in("b.becker", "Sonne backt gern Brot").must_change_password
    with pytest.raises(PermissionDenied):
        fresh.users.sign_in("b.becker", "Wiese Brunnen Adler Kiesel")


def test_the_last_administrator_cannot_be_removed(fresh: Services) -> None:
    _admin(fresh)
    me = next(u for u in fresh.users.users() if u.username == "chefin")
    with pytest.raises(ValidationError) as caught:
        fresh.users.update_user(me.id, me.version, role=Role.ADVISOR)
    assert caught.value.code == "user.last_admin"
    with pytest.raises(ValidationError) as caught:
        fresh.users.set_active(me.id, me.version, False)
    assert caught.value.code == "user.deactivate_self"


def test_only_administrators_manage_users(fresh: Services) -> None:
    _admin(fresh)
    fresh.context.user.sign_in(Principal(None, "l.leitung", "Lea", Role.LEAD))
    with pytest.raises(PermissionDenied):
        fresh.users.create_user(UserDraft("x.y", "X Y", Role.ADMIN, OTHER, OTHER))


def test_an_idle_session_expires_and_the_same_user_signs_in_again(fresh: Services) -> None:
    now = [1000.0]
    fresh.context.user.__init__(idle_timeout=timedelta(minutes=15), clock=lambda: now[0])  # type: ignore[misc]
    _admin(fresh)
    now[0] += 14 * 60
    fresh.context.user.touch()
    now[0] += 14 * 60
    assert fresh.users.users()  # still within 15 minutes of the last activity
    now[0] += 16 * 60
    with pytest.raises(SessionExpired) as caught:
        fresh.users.users()
    assert caught.value.code == "auth.session_expired"
    assert "15" in str(caught.value)
    with pytest.raises(PermissionDenied):
        fresh.users.reauthenticate("falsches Passwort 1")
    assert fresh.users.reauthenticate(PASSWORD).principal.username == "chefin"
    assert fresh.users.users()


def test_the_session_timeout_is_a_shared_setting(fresh: Services) -> None:
    _admin(fresh)
    assert fresh.users.session_timeout_minutes() == 15
    fresh.users.set_session_timeout_minutes(30)
    assert fresh.users.session_timeout_minutes() == 30
    with pytest.raises(ValidationError):
        fresh.users.set_session_timeout_minutes(0)


def test_sign_ins_are_audited_and_no_password_ever_reaches_the_trail(fresh: Services) -> None:
    _admin(fresh)
    fresh.users.sign_out()
    with pytest.raises(PermissionDenied):
        fresh.users.sign_in("chefin", "falsches Passwort 1")
    fresh.users.sign_in("chefin", PASSWORD)
    with fresh.context.sessions() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    notes = [e.note for e in entries if e.action == "event"]
    assert "failed sign-in" in notes and "signed in" in notes
    text = " ".join(str(e.changes) for e in entries)
    assert "$argon2" not in text
    assert "***" in text
    assert fresh.audit.verify_chain().ok


def test_current_user_without_timeout_never_expires() -> None:
    clock = [0.0]
    user = CurrentUser(Principal(None, "x", "X", Role.ADVISOR), clock=lambda: clock[0])
    clock[0] += 10**6
    assert user.principal.username == "x"


def test_a_database_from_before_sign_in_keeps_working_in_setup_mode(
    tmp_path: Path, sqlite_path: Path
) -> None:
    services = open_services(sqlite_path)
    try:
        first = services.users.local_principal("a.yilmaz")
        second = services.users.local_principal("b.becker")
        assert (first.role, second.role) == (Role.ADMIN, Role.ADVISOR)
        assert services.users.auth_state().mode is AuthMode.SETUP
        # Creating the administrator account turns sign-in on; the old user becomes that admin.
        services.users.create_first_admin("a.yilmaz", "Ayşe Yılmaz", PASSWORD, PASSWORD)
        services.users.sign_out()
        with pytest.raises(PermissionDenied) as caught:
            services.users.sign_in("b.becker", PASSWORD)
        assert caught.value.code == "auth.no_password"
    finally:
        services.close()
