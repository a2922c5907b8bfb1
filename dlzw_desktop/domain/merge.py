"""Three-way, field-by-field merge of a laptop's offline changes into the office records.

A record is a plain dict ``{field: json-safe value}``; records are keyed by ``(table, row_id)``. For every
record the laptop sent, three states are compared: the snapshot taken when the kit was checked out
(``base``, ``None`` for a row the laptop created), the current office row (``office``, ``None`` when absent)
and the laptop row (``laptop``). The outcome is a ``MergePlan``: rows to insert, fields to update and
conflicts a person has to resolve. Nothing here touches a database; the importer applies the plan.

Rules, per field:

- changed only on the laptop -> the laptop value is taken;
- changed only in the office -> the office value stays;
- changed on both to the same value -> nothing to do;
- changed on both differently -> conflict of kind ``edit``; the office value stays until a person decides.

Deletion is the marker field ``deleted_at`` (not ``None`` = deleted). A laptop delete against an office
edit, and an office delete against a laptop edit, never delete: they become a conflict of kind
``delete_vs_edit`` on ``deleted_at`` and the office deletion state stays as it is. The laptop's other
field changes to such a row are merged by the rules above, so none of them is lost.

Fields that are never taken from the laptop (``MergeRules.never_merged``: key, creation stamp, lock
version and the update stamps the importer sets) are ignored when comparing; fields the office assigns
(``MergeRules.office_assigned``, e.g. a case's ``number``) are ignored as well and left out of inserts so
the importer hands out office values.

A laptop field that is absent from the laptop row counts as unchanged; an absent row in ``laptop`` means
the laptop sent nothing about it (never "deleted": deletion is a marker). For a row the laptop created
and that was already imported, the importer should pass the laptop state it imported last time as
``base``; without a base every differing field is listed as a conflict, which is safe but noisy.

Idempotence: after a plan is applied, merging the same laptop state again gives an empty plan as long as
the conflicts already recorded are passed in ``recorded_conflicts`` (a ``ConflictKey`` includes the
laptop value, so a later, different laptop value for the same field is a new conflict and is not hidden).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Final, NamedTuple, TypeAlias

from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

JsonValue: TypeAlias = "bool | int | float | str | Sequence[JsonValue] | Mapping[str, JsonValue] | None"
Record: TypeAlias = Mapping[str, JsonValue]
RecordKey: TypeAlias = tuple[str, str]
"""``(table, row_id)``; row ids are the UUID's canonical string form."""

DELETED_AT: Final = "deleted_at"


class _Missing:
    """Marker for a field a record does not carry (distinct from a JSON ``null``)."""

    def __repr__(self) -> str:
        return "<missing>"


_MISSING: Final = _Missing()


class ConflictKind(StrEnum):
    """Why a person has to decide."""

    EDIT = "edit"
    """Both sides changed the field to different values (or there is no common base and they differ)."""
    DELETE_VS_EDIT = "delete_vs_edit"
    """One side deleted (or restored) the row while the other edited it."""
    MISSING_IN_OFFICE = "missing_in_office"
    """The laptop changed a checked-out row that no longer exists in the office (purged)."""


class ConflictKey(NamedTuple):
    """Identity of a conflict for idempotent re-merges: where, and which laptop value was refused."""

    table: str
    row_id: str
    field: str | None
    laptop: str
    """Canonical JSON of the laptop value."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """A field that needs a person's decision; the office value stays until then.

    For ``missing_in_office`` the conflict is about the whole row: ``field`` is ``None`` and ``base`` and
    ``laptop`` hold ``{field: value}`` of the fields the laptop changed.
    """

    table: str
    row_id: str
    field: str | None
    base: JsonValue
    office: JsonValue
    laptop: JsonValue
    kind: ConflictKind
    base_known: bool = True
    """False when there was no snapshot (the laptop created the row) or it lacked the field."""

    @property
    def key(self) -> ConflictKey:
        return ConflictKey(self.table, self.row_id, self.field, canonical_json(self.laptop))


def _default_office_assigned() -> Mapping[str, frozenset[str]]:
    return MappingProxyType({"cases": frozenset({"number"})})


@dataclass(frozen=True, slots=True)
class MergeRules:
    """Which fields the merge never takes from the laptop."""

    never_merged: frozenset[str] = frozenset(
        # updated_at/updated_by always differ between two sides that touched a row; comparing them would
        # turn every pair of unrelated edits into a conflict. The importer stamps them when it applies.
        {"id", "created_at", "created_by", "version", "updated_at", "updated_by"}
    )
    office_assigned: Mapping[str, frozenset[str]] = field(default_factory=_default_office_assigned)
    """Per table: fields only the office sets (new cases get office numbers); left out of inserts."""
    not_inserted: frozenset[str] = frozenset({"version"})
    """Left out of inserts besides ``office_assigned``: the office starts its own lock version."""

    def ignored(self, table: str) -> frozenset[str]:
        """Fields that are not compared for ``table``."""
        return self.never_merged | self.office_assigned.get(table, frozenset())

    def insert_values(self, table: str, laptop: Record) -> dict[str, JsonValue]:
        """The values of a laptop-created row as the office inserts them (id and creation stamp kept)."""
        dropped = self.not_inserted | self.office_assigned.get(table, frozenset())
        return {name: value for name, value in laptop.items() if name not in dropped}


DEFAULT_RULES: Final = MergeRules()


@dataclass(frozen=True, slots=True)
class RecordMerge:
    """The outcome for one record: an insert, field updates and conflicts (any may be empty)."""

    table: str
    row_id: str
    insert: Record | None
    update: Record
    conflicts: tuple[Conflict, ...]


@dataclass(frozen=True, slots=True)
class MergePlan:
    """What importing a laptop's changes does: inserts, field updates, conflicts and untouched records."""

    inserts: Mapping[RecordKey, Record]
    updates: Mapping[RecordKey, Record]
    """``(table, row_id) -> {field: new value}``; only fields the office has not changed since check-out."""
    conflicts: tuple[Conflict, ...]
    """New conflicts only: laptop values whose key was passed in ``recorded_conflicts`` are left out."""
    no_ops: frozenset[RecordKey]

    @property
    def is_empty(self) -> bool:
        """Nothing to insert, update or decide."""
        return not self.inserts and not self.updates and not self.conflicts


class Choice(StrEnum):
    """A person's decision on a conflict."""

    OFFICE = "office"
    LAPTOP = "laptop"
    EDITED = "edited"


@dataclass(frozen=True, slots=True)
class FieldUpdate:
    """The field values a resolution writes to one office row (empty: keep the office values)."""

    table: str
    row_id: str
    values: Mapping[str, JsonValue]


def canonical_json(value: JsonValue) -> str:
    """Stable JSON text of a value (sorted keys); raises ``TypeError`` for values that are not json-safe."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def same(left: JsonValue | _Missing, right: JsonValue | _Missing) -> bool:
    """Equal as JSON: unlike ``==``, ``1``, ``1.0`` and ``True`` differ, so a type change is a change."""
    if isinstance(left, _Missing) or isinstance(right, _Missing):
        return left is right
    if left is right:
        return True
    # ``==`` first: cheap, and a difference there is a difference as JSON too.
    return bool(left == right) and canonical_json(left) == canonical_json(right)


def _is_deleted(value: JsonValue | _Missing) -> bool:
    return not isinstance(value, _Missing) and value is not None


def _get(record: Record | None, name: str) -> JsonValue | _Missing:
    if record is None or name not in record:
        return _MISSING
    return record[name]


def _json(value: JsonValue | _Missing) -> JsonValue:
    return None if isinstance(value, _Missing) else value


def merge_record(
    table: str,
    row_id: str,
    base: Record | None,
    office: Record | None,
    laptop: Record | None,
    *,
    rules: MergeRules = DEFAULT_RULES,
    recorded_conflicts: Set[ConflictKey] = frozenset(),
) -> RecordMerge:
    """Merge one record; see the module docstring for the rules.

    A laptop value that already went to a person (its ``ConflictKey`` is in ``recorded_conflicts``) is
    neither listed nor applied again: the person's decision stands, even where they typed the old value.
    """

    def decided(name: str | None, value: JsonValue) -> bool:
        return bool(recorded_conflicts) and (
            ConflictKey(table, row_id, name, canonical_json(value)) in recorded_conflicts
        )

    if laptop is None:
        # The laptop sent nothing about this row: deletion is a marker, so absence is never a delete.
        return RecordMerge(table, row_id, None, {}, ())
    if office is None:
        if base is None:
            return RecordMerge(table, row_id, rules.insert_values(table, laptop), {}, ())
        missing = _missing_in_office(table, row_id, base, laptop, rules)
        return RecordMerge(table, row_id, None, {}, tuple(c for c in missing if not decided(None, c.laptop)))

    ignored = rules.ignored(table)
    laptop_fields = sorted(name for name in laptop if name not in ignored and name != DELETED_AT)
    update: dict[str, JsonValue] = {}
    conflicts: list[Conflict] = []
    for name in laptop_fields:
        lv, ov, bv = laptop[name], _get(office, name), _get(base, name)
        if decided(name, lv):
            continue
        if isinstance(ov, _Missing):
            ov = None  # a column the office row does not carry reads as empty
        if same(lv, ov):
            continue
        if not isinstance(bv, _Missing):
            if same(lv, bv):
                continue  # the laptop left it alone; the office value stays
            if same(ov, bv):
                update[name] = lv  # only the laptop changed it
                continue
        conflicts.append(
            Conflict(table, row_id, name, _json(bv), ov, lv, ConflictKind.EDIT, not isinstance(bv, _Missing))
        )

    deletion = _merge_deletion(table, row_id, base=base, office=office, laptop=laptop, ignored=ignored)
    if DELETED_AT in laptop and decided(DELETED_AT, laptop[DELETED_AT]):
        deletion = None
    if isinstance(deletion, Conflict):
        conflicts.append(deletion)
    elif deletion is not None:
        update[DELETED_AT] = deletion[0]
    return RecordMerge(table, row_id, None, update, tuple(conflicts))


def _merge_deletion(
    table: str,
    row_id: str,
    *,
    base: Record | None,
    office: Record,
    laptop: Record,
    ignored: frozenset[str],
) -> Conflict | tuple[JsonValue] | None:
    """The deletion marker: a conflict, a new value (1-tuple, as ``None`` is a value) or nothing."""
    if DELETED_AT not in laptop:
        return None
    ld, od, bd = laptop[DELETED_AT], office.get(DELETED_AT), _get(base, DELETED_AT)
    l_del, o_del = _is_deleted(ld), _is_deleted(od)
    if same(ld, od) or (l_del and o_del):
        return None  # both agree on the state; the office timestamp stays

    def conflict() -> Conflict:
        return Conflict(
            table,
            row_id,
            DELETED_AT,
            _json(bd),
            od,
            ld,
            ConflictKind.DELETE_VS_EDIT,
            not isinstance(bd, _Missing),
        )

    if isinstance(bd, _Missing):
        return conflict()  # one side deleted, the other did not, and nobody knows who moved
    if same(ld, bd):
        # The laptop kept the deletion state; an office delete stands unless the laptop edited the row.
        if o_del and not _is_deleted(bd) and _laptop_edited(base, office, laptop, ignored):
            return conflict()
        return None
    if same(od, bd):
        # Only the laptop changed the deletion state.
        if l_del and _office_edited(base, office, laptop, ignored):
            return conflict()
        return (ld,)
    return conflict()  # both changed it and disagree (e.g. a restore against a new delete)


def _office_edited(base: Record | None, office: Record, laptop: Record, ignored: frozenset[str]) -> bool:
    """Did the office change a field since check-out to something the laptop did not also write?"""
    names = (set(office) | set(base or {})) - ignored - {DELETED_AT}
    for name in names:
        bv, ov = _get(base, name), _get(office, name)
        if isinstance(bv, _Missing) or same(ov, bv):
            continue
        if not same(ov, _get(laptop, name)):
            return True
    return False


def _laptop_edited(base: Record | None, office: Record, laptop: Record, ignored: frozenset[str]) -> bool:
    """Did the laptop change a field since check-out to something the office does not already hold?"""
    for name in laptop:
        if name in ignored or name == DELETED_AT:
            continue
        lv = laptop[name]
        if same(lv, _get(base, name)):
            continue
        if not same(lv, office.get(name)):
            return True
    return False


def _missing_in_office(
    table: str, row_id: str, base: Record, laptop: Record, rules: MergeRules
) -> tuple[Conflict, ...]:
    """A checked-out row the office no longer has: list the laptop's changes, never re-create the row."""
    if _is_deleted(laptop.get(DELETED_AT)):
        return ()  # gone on both sides
    ignored = rules.ignored(table)
    changed = {
        name: value
        for name, value in sorted(laptop.items())
        if name not in ignored and not same(value, _get(base, name))
    }
    if not changed:
        return ()
    before = {name: _json(_get(base, name)) for name in changed}
    return (Conflict(table, row_id, None, before, None, changed, ConflictKind.MISSING_IN_OFFICE),)


def merge(
    base: Mapping[RecordKey, Record],
    office: Mapping[RecordKey, Record],
    laptop: Mapping[RecordKey, Record],
    *,
    rules: MergeRules = DEFAULT_RULES,
    recorded_conflicts: Set[ConflictKey] = frozenset(),
) -> MergePlan:
    """Merge every record the laptop knows about (keys of ``base`` and ``laptop``) into a plan.

    ``office`` needs to hold only the office rows for those keys. Pass the keys of every conflict an
    earlier import recorded, resolved or not: a laptop value a person already decided about is neither
    listed nor applied again.
    """
    inserts: dict[RecordKey, Record] = {}
    updates: dict[RecordKey, Record] = {}
    conflicts: list[Conflict] = []
    no_ops: set[RecordKey] = set()
    for key in sorted(set(base) | set(laptop)):
        table, row_id = key
        outcome = merge_record(
            table,
            row_id,
            base.get(key),
            office.get(key),
            laptop.get(key),
            rules=rules,
            recorded_conflicts=recorded_conflicts,
        )
        if outcome.insert is not None:
            inserts[key] = MappingProxyType(dict(outcome.insert))
        if outcome.update:
            updates[key] = MappingProxyType(dict(outcome.update))
        conflicts.extend(outcome.conflicts)
        if outcome.insert is None and not outcome.update and not outcome.conflicts:
            no_ops.add(key)
    plan = MergePlan(
        inserts=MappingProxyType(inserts),
        updates=MappingProxyType(updates),
        conflicts=tuple(conflicts),
        no_ops=frozenset(no_ops),
    )
    logger.info(
        "merge plan: %d inserts, %d updated rows, %d new conflicts, %d untouched",
        len(plan.inserts),
        len(plan.updates),
        len(plan.conflicts),
        len(plan.no_ops),
    )
    return plan


def resolve(conflict: Conflict, choice: Choice, edited_value: JsonValue = None) -> FieldUpdate:
    """The field update that carries out a person's decision (``edited_value`` is used for ``EDITED``).

    Raises ``ValidationError`` for decisions the conflict does not allow: a deletion conflict can only
    keep the office state or take the laptop's, and a row purged in the office is never re-created.
    """
    if choice is Choice.OFFICE:
        return FieldUpdate(conflict.table, conflict.row_id, MappingProxyType({}))
    if conflict.kind is ConflictKind.MISSING_IN_OFFICE or conflict.field is None:
        raise ValidationError(
            "sync.purged_record",
            "This record was removed from the office database (purged for data protection) after the "
            "laptop was checked out, so the laptop's changes cannot be applied. Keep the office state; "
            "if the record is still needed, enter it again.",
            table=conflict.table,
            row_id=conflict.row_id,
        )
    if choice is Choice.EDITED and conflict.kind is ConflictKind.DELETE_VS_EDIT:
        raise ValidationError(
            "sync.deletion_needs_choice",
            "Decide whether the record stays or is deleted: keep the office state or take the laptop's.",
            table=conflict.table,
            row_id=conflict.row_id,
        )
    value = conflict.laptop if choice is Choice.LAPTOP else edited_value
    canonical_json(value)  # refuse what could not be stored or sent again
    return FieldUpdate(conflict.table, conflict.row_id, MappingProxyType({conflict.field: value}))
