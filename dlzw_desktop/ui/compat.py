"""Small typing shims that cost nothing at run time (start-up speed matters)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from typing_extensions import override
else:
    _F = TypeVar("_F")

    def override(method: _F) -> _F:
        """``typing.override`` (Python 3.12) without importing typing_extensions on 3.11."""
        return method


__all__ = ["override"]
