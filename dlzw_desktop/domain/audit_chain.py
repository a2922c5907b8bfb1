"""The audit trail's hash chain: one canonical serialisation, computed the same way everywhere.

Every audit row stores ``content_hash`` (SHA-256 over its changes and note) and ``row_hash`` (SHA-256 over
the row's fixed fields, its ``content_hash`` and the previous row's ``row_hash``). Changing, inserting or
removing a row breaks the chain from there on. Redacting a row for data protection replaces its changes
and note but keeps ``content_hash``, so the chain still verifies and the redaction stays visible.

The serialisation is length-prefixed (``<length>:<text>;``, ``~;`` for NULL), so no field value can
imitate a field boundary. PostgreSQL's trigger (``db/pg_security.py``) builds exactly the same text;
``tests/db/test_audit_chain.py`` checks both against each other.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

CHAIN_VERSION = "dlzw-audit-v1"
REDACTED_KEY = "_redacted"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def field(value: str | None) -> str:
    """One length-prefixed field of the canonical text."""
    return "~;" if value is None else f"{len(value)}:{value};"


def canonical_json(value: Any) -> str:
    """The JSON text the application stores for audit changes: sorted keys, no spaces, UTF-8 as is."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def epoch_microseconds(moment: datetime) -> int:
    """Microseconds since 1970 of an aware instant, exact (no float)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - _EPOCH) // timedelta(microseconds=1)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(changes_text: str, note: str) -> str:
    """Hash of what a row says (its stored changes JSON text and its note)."""
    return sha256_hex(field(changes_text) + field(note))


@dataclass(frozen=True, slots=True)
class ChainFields:
    """The fields of an audit row the chain covers (identifiers as text, the time as microseconds)."""

    seq: int
    at_us: int
    actor: str
    action: str
    entity: str
    entity_id: str | None
    case_id: str | None
    person_id: str | None
    content_hash: str
    prev_hash: str | None


def row_hash(fields: ChainFields) -> str:
    text = (
        f"{CHAIN_VERSION};"
        + field(str(fields.seq))
        + field(str(fields.at_us))
        + field(fields.actor)
        + field(fields.action)
        + field(fields.entity)
        + field(fields.entity_id)
        + field(fields.case_id)
        + field(fields.person_id)
        + field(fields.content_hash)
        + field(fields.prev_hash)
    )
    return sha256_hex(text)


def redaction_marker(on: str) -> dict[str, str]:
    """What a redacted row's changes become (``on`` is the ISO date of the redaction)."""
    return {REDACTED_KEY: on}


def is_redacted(changes_text: str) -> bool:
    try:
        loaded = json.loads(changes_text)
    except ValueError:
        return False
    return isinstance(loaded, dict) and set(loaded) == {REDACTED_KEY}


@dataclass(frozen=True, slots=True)
class StoredRow:
    """An audit row as read back for verification: chain fields plus the stored texts."""

    fields: ChainFields
    changes_text: str
    note: str
    row_hash: str | None


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first link that does not hold: which row, and what is wrong with it."""

    seq: int
    reason: str  # "unsealed", "content_changed", "row_changed", "link_broken"


def check_link(row: StoredRow, expected_prev: str | None) -> ChainBreak | None:
    """Check one row against the previous row's hash; ``None`` when the link holds."""
    seq = row.fields.seq
    if row.row_hash is None:
        return ChainBreak(seq, "unsealed")
    if not is_redacted(row.changes_text) and content_hash(row.changes_text, row.note) != (
        row.fields.content_hash
    ):
        return ChainBreak(seq, "content_changed")
    if row.fields.prev_hash != expected_prev:
        return ChainBreak(seq, "link_broken")
    if row_hash(row.fields) != row.row_hash:
        return ChainBreak(seq, "row_changed")
    return None
