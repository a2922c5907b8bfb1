"""Recently opened records (cases, persons, businesses, properties) of this workstation.

Kept in ``AppSettings.recent_items`` as small JSON texts, newest first, each record once, at most
``MAX_RECENT`` per database: an advisor who works on the office database and on a consultation-day
laptop file sees the records of the database that is open. Title and subtitle are stored with the id
so the "Recently opened" menu needs no database query. Deliberately free of the services (they load
SQLAlchemy): the main window imports this module at start-up.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

logger = logging.getLogger(__name__)

MAX_RECENT = 10
MAX_STORED = 50  # over all databases
KINDS = ("case", "person", "business", "property")  # the values of services.search_service.HitKind


@dataclass(frozen=True, slots=True)
class RecentItem:
    """A record the user opened in the database ``database`` (its location as the status bar shows it);
    ``kind`` is one of ``KINDS``."""

    kind: str
    id: uuid.UUID
    title: str
    subtitle: str = ""
    database: str = ""

    @property
    def key(self) -> tuple[str, str, uuid.UUID]:
        return (self.database, self.kind, self.id)

    def encode(self) -> str:
        return json.dumps(
            {
                "kind": self.kind,
                "id": str(self.id),
                "title": self.title,
                "subtitle": self.subtitle,
                "database": self.database,
            },
            ensure_ascii=False,
        )

    @classmethod
    def decode(cls, text: str) -> RecentItem | None:
        """The item stored as ``text``; ``None`` for anything unreadable (a hand-edited settings file)."""
        try:
            values = json.loads(text)
            item = cls(
                str(values["kind"]),
                uuid.UUID(str(values["id"])),
                str(values["title"]),
                str(values.get("subtitle", "")),
                str(values.get("database", "")),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            logger.warning("ignoring an unreadable recent item in the settings: %r", text[:80])
            return None
        return item if item.kind in KINDS else None


def decode_all(stored: Iterable[str]) -> list[RecentItem]:
    """Every readable item, newest first, each record once."""
    items: list[RecentItem] = []
    keys: set[tuple[str, str, uuid.UUID]] = set()
    for text in stored:
        item = RecentItem.decode(text)
        if item is not None and item.key not in keys:
            keys.add(item.key)
            items.append(item)
    return items


def recent_in(stored: Iterable[str], database: str) -> list[RecentItem]:
    """The records recently opened in ``database``, newest first, at most ``MAX_RECENT``."""
    return [item for item in decode_all(stored) if item.database == database][:MAX_RECENT]


def _encoded(items: Sequence[RecentItem]) -> tuple[str, ...]:
    per_database: dict[str, int] = {}
    kept = []
    for item in items:
        count = per_database.get(item.database, 0)
        if count < MAX_RECENT:
            per_database[item.database] = count + 1
            kept.append(item.encode())
    return tuple(kept[:MAX_STORED])


def remembered(stored: Iterable[str], item: RecentItem) -> tuple[str, ...]:
    """``stored`` with ``item`` first (replacing an older entry of the same record)."""
    return _encoded([item, *(i for i in decode_all(stored) if i.key != item.key)])


def replaced(stored: Iterable[str], database: str, current: Sequence[RecentItem]) -> tuple[str, ...]:
    """``stored`` with the items of ``database`` replaced by ``current`` (refreshed titles, deleted records
    gone); the other databases' items are kept."""
    others = [i for i in decode_all(stored) if i.database != database]
    return _encoded([*current, *others])
