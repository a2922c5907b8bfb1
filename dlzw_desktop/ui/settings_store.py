"""Per-machine preferences: declared once in ``AppSettings``; only this module touches ``QSettings``.

Window and header state live apart from preferences (``save_state``/``restore_state``).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QSettings

from dlzw_desktop import APP_ID

LANGUAGES = ("system", "de", "en")


@dataclass(frozen=True, slots=True)
class AppSettings:
    """Preferences of this workstation (not shared through the database)."""

    language: str = "system"
    database: str = ""  # empty: the default file in the user's data folder
    last_section: str = "overview"
    recent_items: tuple[str, ...] = ()


def config_dir() -> Path:
    override = os.environ.get("DLZW_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir(APP_ID, appauthor=False))


class SettingsStore:
    """Reads and writes ``AppSettings`` and window state in an INI file in the user's config folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.ini"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def load(self) -> AppSettings:
        values: dict[str, object] = {}
        defaults = AppSettings()
        for field in dataclasses.fields(AppSettings):
            key = f"preferences/{field.name}"
            if not self._qsettings.contains(key):
                continue
            raw = self._qsettings.value(key)
            default = getattr(defaults, field.name)
            if isinstance(default, tuple):
                items = raw if isinstance(raw, list) else ([raw] if raw else [])
                values[field.name] = tuple(str(item) for item in items)
            else:
                values[field.name] = str(raw) if raw is not None else default
        settings = AppSettings(**values)  # type: ignore[arg-type]
        if settings.language not in LANGUAGES:
            settings = dataclasses.replace(settings, language="system")
        return settings

    def save(self, settings: AppSettings) -> None:
        for field in dataclasses.fields(AppSettings):
            value = getattr(settings, field.name)
            self._qsettings.setValue(
                f"preferences/{field.name}", list(value) if isinstance(value, tuple) else value
            )
        self._qsettings.sync()

    def update(self, **changes: object) -> AppSettings:
        settings = dataclasses.replace(self.load(), **changes)  # type: ignore[arg-type]
        self.save(settings)
        return settings

    def save_state(self, name: str, data: QByteArray) -> None:
        self._qsettings.setValue(f"state/{name}", data)
        self._qsettings.sync()

    def restore_state(self, name: str) -> QByteArray | None:
        value = self._qsettings.value(f"state/{name}")
        return value if isinstance(value, QByteArray) else None
