"""Services check permissions themselves; every public method declares what it needs.

Calling a method a role may not use is refused before the method runs, whatever its arguments, so this
test can call every method as every role with placeholder arguments.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator

import pytest

from dlzw_desktop.domain.enums import Role
from dlzw_desktop.errors import PermissionDenied
from dlzw_desktop.services.context import Principal, Service
from dlzw_desktop.services.permissions import ANYONE_SIGNED_IN, NO_SIGN_IN, ROLE_PERMISSIONS, Permission
from dlzw_desktop.services.registry import Services


def service_methods(services: Services) -> Iterator[tuple[str, Service, str]]:
    for field in services.__dataclass_fields__:
        service = getattr(services, field)
        if not isinstance(service, Service):
            continue
        for name, _member in inspect.getmembers(type(service), inspect.isfunction):
            if not name.startswith("_"):
                yield field, service, name


def test_every_public_service_method_declares_its_permission(services: Services) -> None:
    undeclared = [
        f"{field}.{name}"
        for field, service, name in service_methods(services)
        if not hasattr(getattr(type(service), name), "__required_permission__")
    ]
    assert not undeclared, f"add @requires(...) to: {undeclared}"


@pytest.mark.parametrize("role", list(Role))
def test_every_method_refuses_roles_without_its_permission(services: Services, role: Role) -> None:
    services.context.user.sign_in(Principal(None, f"test.{role}", "Test", role))
    checked = 0
    for _field, service, name in service_methods(services):
        needed = getattr(type(service), name).__required_permission__
        if needed in (ANYONE_SIGNED_IN, NO_SIGN_IN):
            continue
        assert isinstance(needed, Permission)
        method = getattr(service, name)
        placeholders = [None] * sum(
            1
            for p in inspect.signature(method).parameters.values()
            if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        )
        if needed in ROLE_PERMISSIONS[role]:
            continue  # allowed: exercised by the feature tests with real arguments
        with pytest.raises(PermissionDenied):
            method(*placeholders)
        checked += 1
    if role is not Role.ADMIN:
        assert checked > 0


def test_nobody_signed_in_gets_a_clear_refusal(services: Services) -> None:
    services.context.user.sign_out()
    with pytest.raises(PermissionDenied) as caught:
        services.reference.boroughs()
    assert caught.value.code == "auth.not_signed_in"


def test_the_reporting_role_is_read_only() -> None:
    writes = {
        Permission.EDIT_CASES,
        Permission.DELETE_CASES,
        Permission.EDIT_PROPERTIES,
        Permission.EDIT_SETTINGS,
        Permission.MANAGE_USERS,
        Permission.IMPORT_DATA,
    }
    assert not writes & ROLE_PERMISSIONS[Role.REPORTING]
    assert Permission.SIGN_OFF not in ROLE_PERMISSIONS[Role.ADVISOR]
