"""Who may do what. Services check permissions themselves: hiding a button is not enough.

The role matrix (docs/deployment.md shows it to administrators; on PostgreSQL the database roles
``dlzw_advisor`` … enforce the same lines for every login, see ``db/pg_security.py``):

==================  =======  ====  =========  =====
permission          advisor  lead  reporting  admin
==================  =======  ====  =========  =====
view/edit cases       ✓/✓     ✓/✓     ✓/–      ✓/✓
delete cases           –       ✓       –        ✓
sign off               –       ✓       –        ✓
view/edit properties  ✓/✓     ✓/✓     ✓/–      ✓/✓
view reports, export   ✓       ✓       ✓        ✓
edit programmes        –       ✓       –        ✓
view audit trail       –       ✓       –        ✓
back up                ✓       ✓       –        ✓
import, sync           ✓       ✓       –        ✓
edit initiatives       ✓       ✓       –        ✓
define quarters        –       ✓       –        ✓
settings, users        –       –       –        ✓
data protection        –       –       –        ✓
restore a backup       –       –       –        ✓
==================  =======  ====  =========  =====
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from dlzw_desktop.domain.enums import Role
from dlzw_desktop.errors import PermissionDenied


class Permission(StrEnum):
    """One capability a service method needs."""

    VIEW_CASES = "view_cases"
    EDIT_CASES = "edit_cases"
    DELETE_CASES = "delete_cases"
    SIGN_OFF = "sign_off"
    VIEW_PROPERTIES = "view_properties"
    EDIT_PROPERTIES = "edit_properties"
    VIEW_REPORTS = "view_reports"
    EXPORT_DATA = "export_data"
    EDIT_PROGRAMMES = "edit_programmes"
    EDIT_SETTINGS = "edit_settings"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    DATA_PROTECTION = "data_protection"
    BACKUP = "backup"
    IMPORT_DATA = "import_data"
    SYNC = "sync"
    EDIT_INITIATIVES = "edit_initiatives"
    MANAGE_QUARTERS = "manage_quarters"
    RESTORE = "restore"


_ADVISOR = frozenset(
    {
        Permission.VIEW_CASES,
        Permission.EDIT_CASES,
        Permission.VIEW_PROPERTIES,
        Permission.EDIT_PROPERTIES,
        Permission.VIEW_REPORTS,
        Permission.EXPORT_DATA,
        Permission.BACKUP,
        Permission.IMPORT_DATA,
        Permission.SYNC,
        Permission.EDIT_INITIATIVES,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADVISOR: _ADVISOR,
    Role.LEAD: _ADVISOR
    | {
        Permission.SIGN_OFF,
        Permission.EDIT_PROGRAMMES,
        Permission.DELETE_CASES,
        Permission.VIEW_AUDIT,
        Permission.MANAGE_QUARTERS,
    },
    Role.REPORTING: frozenset(
        {Permission.VIEW_CASES, Permission.VIEW_PROPERTIES, Permission.VIEW_REPORTS, Permission.EXPORT_DATA}
    ),
    Role.ADMIN: frozenset(Permission),
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def require(role: Role, permission: Permission) -> None:
    """Raise ``PermissionDenied`` unless ``role`` has ``permission``."""
    if not allowed(role, permission):
        raise PermissionDenied(
            "permission.denied",
            "Your role ({role}) does not allow this ({permission}). Ask a team lead or an administrator.",
            role=role,
            permission=permission,
        )


ANYONE_SIGNED_IN = "anyone_signed_in"
NO_SIGN_IN = "no_sign_in"
_F = TypeVar("_F", bound=Callable[..., Any])


def requires(permission: Permission | str) -> Callable[[_F], _F]:
    """Declare and enforce what a public service method needs.

    ``permission`` is a ``Permission``, ``ANYONE_SIGNED_IN`` (any role) or ``NO_SIGN_IN`` (sign-in itself).
    The check runs before the method body, so a refused call never touches the database. Every public
    method of every service carries this declaration; ``tests/services/test_permissions.py`` checks it.
    """

    def decorate(method: _F) -> _F:
        @functools.wraps(method)
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            if permission != NO_SIGN_IN:
                principal = self._context.user.principal  # raises when nobody is signed in
                if isinstance(permission, Permission):
                    require(principal.role, permission)
            return method(self, *args, **kwargs)

        wrapper.__required_permission__ = permission  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate
