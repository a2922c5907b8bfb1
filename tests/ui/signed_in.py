"""Sign-in for GUI tests that are about something else: an administrator without the dialogs.

The sign-in and first-administrator dialogs have their own tests (tests/ui/test_sign_in.py).
"""

from __future__ import annotations

from dlzw_desktop.services.registry import Services


def sign_in_as_admin(services: Services) -> None:
    """Runs on the database thread: a local administrator session (the database has no accounts)."""
    services.users.local_principal("admin.test")
