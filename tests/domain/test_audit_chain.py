"""The audit chain's canonical serialisation: deterministic, unambiguous, and every field counts."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from dlzw_desktop.domain.audit_chain import (
    ChainFields,
    StoredRow,
    canonical_json,
    check_link,
    content_hash,
    epoch_microseconds,
    field,
    redaction_marker,
    row_hash,
)

FIELDS = ChainFields(
    seq=7,
    at_us=epoch_microseconds(datetime(2026, 3, 29, 1, 30, 0, 123456, tzinfo=UTC)),
    actor="a.yilmaz",
    action="update",
    entity="cases",
    entity_id="4f9e0c1a-0000-4000-8000-000000000001",
    case_id="4f9e0c1a-0000-4000-8000-000000000001",
    person_id=None,
    content_hash=content_hash('{"notes":["",";2:x;"]}', ""),
    prev_hash="ab" * 32,
)


def test_length_prefixes_make_field_boundaries_unforgeable() -> None:
    assert field(None) == "~;"
    assert field("") == "0:;"
    assert field("ä;b") == "3:ä;b;"
    moved = dataclasses.replace(FIELDS, actor="a.yilmaz;6:update", action="")
    assert row_hash(moved) != row_hash(FIELDS)


def test_every_field_changes_the_hash() -> None:
    original = row_hash(FIELDS)
    for name, value in [
        ("seq", 8),
        ("at_us", FIELDS.at_us + 1),
        ("actor", "b.becker"),
        ("action", "delete"),
        ("entity", "persons"),
        ("entity_id", None),
        ("case_id", None),
        ("person_id", "x"),
        ("content_hash", "0" * 64),
        ("prev_hash", None),
    ]:
        assert row_hash(dataclasses.replace(FIELDS, **{name: value})) != original, name


def test_epoch_microseconds_is_exact() -> None:
    assert epoch_microseconds(datetime(1970, 1, 1, 0, 0, 0, 1, tzinfo=UTC)) == 1
    assert epoch_microseconds(datetime(2026, 1, 1, tzinfo=UTC)) == 1767225600_000000


def test_canonical_json_sorts_keys_and_keeps_umlauts() -> None:
    assert canonical_json({"b": 1, "a": ["Ä", None]}) == '{"a":["Ä",null],"b":1}'


def test_check_link_names_what_broke() -> None:
    text = '{"notes":["",";2:x;"]}'
    good = StoredRow(FIELDS, text, "", row_hash(FIELDS))
    assert check_link(good, FIELDS.prev_hash) is None
    assert check_link(good, "cd" * 32).reason == "link_broken"  # type: ignore[union-attr]
    assert check_link(dataclasses.replace(good, changes_text="{}"), FIELDS.prev_hash).reason == (  # type: ignore[union-attr]
        "content_changed"
    )
    assert check_link(dataclasses.replace(good, row_hash=None), FIELDS.prev_hash).reason == "unsealed"  # type: ignore[union-attr]
    forged = dataclasses.replace(good, fields=dataclasses.replace(FIELDS, actor="chef"))
    assert check_link(forged, FIELDS.prev_hash).reason == "row_changed"  # type: ignore[union-attr]
    redacted = dataclasses.replace(good, changes_text=canonical_json(redaction_marker("2027-01-02")))
    assert check_link(redacted, FIELDS.prev_hash) is None
