"""The import's audit rows written straight as text are exactly ``row_audit_entries`` serialised."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from dlzw_desktop.db.bulk import OrderedIds, _row_audit_texts, row_audit_entries
from dlzw_desktop.domain.audit_chain import canonical_json
from dlzw_desktop.domain.enums import BusinessRole, Gender, LegalForm

ORDER = ("persons", "businesses", "business_members", "cases", "stage_changes")
LINKS: dict[str, tuple[str | None, str | None]] = {
    "persons": (None, "id"),
    "businesses": (None, None),
    "business_members": (None, "person_id"),
    "cases": ("id", None),
    "stage_changes": ("case_id", None),
}
AT = datetime(2026, 1, 31, 10, 15, tzinfo=UTC)
TRACKING = {"created_at": AT, "created_by": "a", "updated_at": AT, "updated_by": "a", "version": 1}


def _value(rnd: random.Random, kind: str, empty_share: float = 0.2) -> Any:
    if rnd.random() < empty_share:
        return rnd.choice([None, "", []]) if kind in ("text", "list") else None
    return {
        "text": lambda: rnd.choice(
            ['Müller "M"', "Ayşe\\n", "a\nb\tc\x01", "Иванов", "😀", "x" * 30, "</script>"]
        ),
        "int": lambda: rnd.randrange(-5, 10**12),
        "bool": lambda: rnd.random() < 0.5,
        "date": lambda: date(1900 + rnd.randrange(200), 1 + rnd.randrange(12), 1 + rnd.randrange(28)),
        "gender": lambda: rnd.choice(list(Gender)),
        "form": lambda: rnd.choice(list(LegalForm)),
        "role": lambda: rnd.choice(list(BusinessRole)),
        "uuid": uuid.uuid4,
        "money": lambda: Decimal(rnd.randrange(10**6)) / 100,
        "float": lambda: rnd.choice([1.5, -0.0, 1e-7, 12500.25]),
        "list": lambda: rnd.choice([("de", "tr"), ["ar"], ()]),
    }[kind]()


COLUMNS = {
    "persons": {"family_name": "text", "given_names": "text", "birth_date": "date", "gender": "gender",
                "legal_hold": "bool", "district_id": "uuid", "languages": "list", "notes": "text"},
    "businesses": {"name": "text", "legal_form": "form", "employees": "int", "founding_date": "date",
                   "area": "float", "notes": "text"},
    "business_members": {"business_id": "uuid", "person_id": "uuid", "role": "role"},
    "cases": {"number": "text", "amount": "money", "opened_on": "date", "business_id": "uuid"},
    "stage_changes": {"case_id": "uuid", "reason": "text", "is_reversal": "bool"},
}  # fmt: skip


def _records(
    rnd: random.Random, *, shape: str = "mixed", empty_share: float = 0.2
) -> dict[str, list[tuple[int, dict[str, Any]]]]:
    """Records of 78 rows: "mixed" (none, one or two records of each table a row), "one each" (one record
    of every table a row, as a list of founders gives), "gaps" (one each, some tables missing a row).
    ``empty_share`` of the values are None, "" or [] (0: whole columns without one, the encoders' fast
    paths)."""
    records: dict[str, list[tuple[int, dict[str, Any]]]] = {table: [] for table in ORDER}
    choices = {"mixed": [0, 0, 1, 1, 1, 2], "one each": [1], "gaps": [0, 1, 1, 1]}[shape]
    for number in range(2, 80):
        for table in ORDER:
            for _ in range(rnd.choice(choices)):
                values = {
                    "id": uuid.uuid4(),
                    **{key: _value(rnd, kind, empty_share) for key, kind in COLUMNS[table].items()},
                }
                records[table].append((number, {**values, **TRACKING}))
    return records


def test_texts_are_the_entries_serialised() -> None:
    rnd = random.Random(31)
    compared = 0
    for primary, shape, empty_share in [
        (p, s, e)
        for p in ("persons", "cases", "businesses")
        for s in ("mixed", "one each", "gaps")
        for e in (0.2, 0.01, 0.0)
    ]:
        for _ in range(8):
            records = _records(rnd, shape=shape, empty_share=empty_share)
            entries = row_audit_entries(
                records,
                order=ORDER,
                primary=primary,
                links=LINKS,
                actor="a",
                at=AT,
                ids=OrderedIds(),
                note="n",
            )
            texts = _row_audit_texts(records, order=ORDER, primary=primary, links=LINKS)
            assert [
                (
                    int(entry["note"].rsplit(" ", 1)[1]),
                    entry["entity"],
                    entry["entity_id"],
                    entry["case_id"],
                    entry["person_id"],
                    canonical_json(entry["changes"]),
                )
                for entry in entries
            ] == texts
            compared += len(texts)
    assert compared > 9000
