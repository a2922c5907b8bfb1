"""Settings shared by everyone who uses one database (organisation, letterhead, rates, thresholds).

Per-machine preferences (language, window state, database location) live in ``ui.settings_store``.
Every shared setting is declared once in ``SharedSettings`` with its default.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from dlzw_desktop.db.models import SettingValue
from dlzw_desktop.domain.money import parse_amount
from dlzw_desktop.domain.organisation import DEFAULT_ORGANISATION, clean_organisation
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import ANYONE_SIGNED_IN, Permission, requires


@dataclass(frozen=True, slots=True)
class SharedSettings:
    """Preferences of the organisation, stored in the database."""

    organisation_name: str = DEFAULT_ORGANISATION.organisation_name
    organisation_unit: str = DEFAULT_ORGANISATION.organisation_unit
    letterhead_address: str = DEFAULT_ORGANISATION.letterhead_address
    letterhead_contact: str = DEFAULT_ORGANISATION.letterhead_contact
    staff_hourly_rate: Decimal = Decimal("62.00")
    stale_stage_days: int = 30
    target_recommendations_per_year: int = 15
    target_recommended_volume: Decimal = Decimal("120000.00")
    target_cost_per_job: Decimal = Decimal("300.00")
    publication_min_cell: int = 3


_DECIMAL_FIELDS = {f.name for f in dataclasses.fields(SharedSettings) if f.type in ("Decimal", Decimal)}
_INT_FIELDS = {f.name for f in dataclasses.fields(SharedSettings) if f.type in ("int", int)}


def _decode(name: str, raw: Any) -> Any:
    if name in _DECIMAL_FIELDS:
        return Decimal(str(raw))
    if name in _INT_FIELDS:
        return int(raw)
    return raw


def _encode(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


class SettingsService(Service):
    """Read and change the shared settings; changing them needs the settings permission."""

    @requires(ANYONE_SIGNED_IN)
    def shared(self) -> SharedSettings:
        with self._sessions() as session:
            stored = {s.key: s.value for s in session.scalars(select(SettingValue))}
        values = {
            f.name: _decode(f.name, stored[f.name])
            for f in dataclasses.fields(SharedSettings)
            if f.name in stored
        }
        return SharedSettings(**values)

    @requires(Permission.EDIT_SETTINGS)
    def update_shared(self, **changes: Any) -> SharedSettings:
        """Change shared settings (audited); the organisation details follow ``clean_organisation``."""
        known = {f.name for f in dataclasses.fields(SharedSettings)}
        changes.update(clean_organisation(changes))
        for name, value in changes.items():
            if name not in known:
                raise ValueError(f"unknown setting {name}")
            if name in _DECIMAL_FIELDS:
                amount = value if isinstance(value, Decimal) else parse_amount(str(value), field=name)
                if amount < 0:
                    raise ValidationError("settings.negative", "The value must not be negative.", field=name)
                changes[name] = amount
            if name in _INT_FIELDS and (not isinstance(value, int) or value < 0):
                raise ValidationError(
                    "settings.whole_number", "Please enter a whole number of at least 0.", field=name
                )
        with self._sessions.begin() as session:
            existing = {s.key: s for s in session.scalars(select(SettingValue))}
            for name, value in changes.items():
                if name in existing:
                    existing[name].value = _encode(value)
                else:
                    session.add(SettingValue(key=name, value=_encode(value)))
        return self.shared()

    @requires(ANYONE_SIGNED_IN)
    def get_value(self, key: str, default: Any = None) -> Any:
        """A free-form setting (e.g. a saved import mapping, matching weights) by key."""
        with self._sessions() as session:
            row = session.scalar(select(SettingValue).where(SettingValue.key == key))
            return default if row is None else row.value

    @requires(ANYONE_SIGNED_IN)
    def set_value(self, key: str, value: Any, permission: Permission = Permission.EDIT_SETTINGS) -> None:
        self._require(permission)
        with self._sessions.begin() as session:
            row = session.scalar(select(SettingValue).where(SettingValue.key == key))
            if row is None:
                session.add(SettingValue(key=key, value=value))
            else:
                row.value = value
