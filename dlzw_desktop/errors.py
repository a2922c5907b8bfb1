"""Typed errors: what the user can fix, what the environment broke, and everything else (bugs).

Every error carries a machine-readable ``code`` and ``params``; the UI turns the code into a translated,
actionable sentence (see ``dlzw_desktop.ui.messages``). ``str(error)`` is an English fallback for logs and
the CLI.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any


def english(value: Any) -> Any:
    """A parameter as English text: enum members as words, sequences joined with commas.

    Enum members stay members in ``params``, so the UI can show them with their translated labels.
    """
    if isinstance(value, StrEnum):
        return value.value.replace("_", " ")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, tuple | list | frozenset | set):
        return ", ".join(str(english(item)) for item in value)
    return value


class DlzwError(Exception):
    """Base class of all errors the application raises on purpose."""

    default_message = "An error occurred."

    def __init__(self, code: str, message: str | None = None, **params: Any) -> None:
        self.code = code
        self.params: Mapping[str, Any] = params
        self.message = message or self.default_message
        super().__init__(self.message)

    def __str__(self) -> str:
        try:
            return self.message.format(**{key: english(value) for key, value in self.params.items()})
        except (KeyError, IndexError, ValueError):
            return self.message


class UserError(DlzwError):
    """Something the user can fix: wrong input, a missing step, a stale record."""


class ValidationError(UserError):
    """Input that breaks a rule. ``field`` names the offending input where there is one."""

    def __init__(
        self, code: str, message: str | None = None, *, field: str | None = None, **params: Any
    ) -> None:
        super().__init__(code, message, **params)
        self.field = field


class ConflictError(UserError):
    """A save over a newer version, or a rule clash with what is already stored.

    ``mine`` and ``theirs`` hold field values (by field name) where the conflict is a concurrent edit.
    """

    def __init__(
        self,
        code: str,
        message: str | None = None,
        *,
        mine: Mapping[str, Any] | None = None,
        theirs: Mapping[str, Any] | None = None,
        **params: Any,
    ) -> None:
        super().__init__(code, message, **params)
        self.mine: Mapping[str, Any] = mine or {}
        self.theirs: Mapping[str, Any] = theirs or {}


class PermissionDenied(UserError):
    """The signed-in user's role does not allow this action."""


class NotFound(UserError):
    """The record does not exist (any more)."""


class StorageError(DlzwError):
    """The environment failed: disk full, file locked, unreadable or corrupt database, newer schema."""
