"""Three-way merge of laptop changes: readable examples of each rule, then a randomised property test."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from dlzw_desktop.domain.merge import (
    DEFAULT_RULES,
    DELETED_AT,
    Choice,
    Conflict,
    ConflictKind,
    FieldUpdate,
    JsonValue,
    MergePlan,
    MergeRules,
    Record,
    RecordKey,
    merge,
    resolve,
    same,
)
from dlzw_desktop.errors import ValidationError

CASE_ID = "7d3a0c52-0d1e-4a57-9f53-2d0c5f7a0001"
PERSON_ID = "7d3a0c52-0d1e-4a57-9f53-2d0c5f7a0002"
CASE = ("cases", CASE_ID)
PERSON = ("persons", PERSON_ID)
T0 = "2026-05-04T08:00:00+00:00"
T1 = "2026-05-06T14:30:00+00:00"
T2 = "2026-05-07T09:15:00+00:00"


def case_row(**changes: JsonValue) -> dict[str, JsonValue]:
    row: dict[str, JsonValue] = {
        "id": CASE_ID,
        "created_at": T0,
        "created_by": "office:meier",
        "updated_at": T0,
        "updated_by": "office:meier",
        "version": 3,
        DELETED_AT: None,
        "number": "MK-2026-0042",
        "stage": "consulting",
        "requested_amount_cents": 1_500_000,
        "notes": "",
    }
    row.update(changes)
    return row


def apply(
    office: Mapping[RecordKey, Record], plan: MergePlan, *, number: str = "MK-2026-0100"
) -> dict[RecordKey, dict[str, Any]]:
    """What the importer does with a plan, on plain dicts: insert, update, bump the lock version."""
    after: dict[RecordKey, dict[str, Any]] = {key: dict(row) for key, row in office.items()}
    for key, values in plan.inserts.items():
        assert key not in after
        row = dict(values)
        row["version"] = 1
        if key[0] == "cases":
            row["number"] = number
        after[key] = row
    for key, values in plan.updates.items():
        after[key].update(values)
        after[key]["version"] += 1
    return after


def apply_resolution(office: dict[RecordKey, dict[str, Any]], update: FieldUpdate) -> None:
    if update.values:
        office[(update.table, update.row_id)].update(update.values)


# --- the rules, one example each ------------------------------------------------------------------


def test_a_field_changed_only_on_the_laptop_is_taken() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row()}
    laptop = {CASE: case_row(notes="Businessplan besprochen", updated_by="laptop:schulz", version=4)}

    plan = merge(base, office, laptop)

    assert plan.updates == {CASE: {"notes": "Businessplan besprochen"}}
    assert plan.conflicts == ()
    assert not plan.inserts


def test_a_field_changed_only_in_the_office_stays() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row(stage="documents_complete", version=4)}
    laptop = {CASE: case_row(notes="Termin vereinbart")}

    plan = merge(base, office, laptop)

    assert plan.updates == {CASE: {"notes": "Termin vereinbart"}}
    assert apply(office, plan)[CASE]["stage"] == "documents_complete"


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row(requested_amount_cents=2_000_000, updated_by="office:meier")}
    laptop = {CASE: case_row(requested_amount_cents=2_000_000, updated_by="laptop:schulz")}

    plan = merge(base, office, laptop)

    assert plan.is_empty
    assert plan.no_ops == {CASE}


def test_different_changes_on_both_sides_are_a_conflict_and_the_office_value_stays() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row(requested_amount_cents=2_000_000)}
    laptop = {CASE: case_row(requested_amount_cents=2_500_000)}

    plan = merge(base, office, laptop)

    assert plan.conflicts == (
        Conflict(
            "cases", CASE_ID, "requested_amount_cents", 1_500_000, 2_000_000, 2_500_000, ConflictKind.EDIT
        ),
    )
    assert not plan.updates
    assert apply(office, plan)[CASE]["requested_amount_cents"] == 2_000_000


def test_a_type_change_counts_as_a_change() -> None:
    # 1 == True == 1.0 in Python, but a flag turning into a number is an edit the office must see.
    base = {CASE: case_row(notes=1)}
    office = {CASE: case_row(notes=1)}
    laptop = {CASE: case_row(notes=True)}

    assert merge(base, office, laptop).updates == {CASE: {"notes": True}}
    assert not same(1, True)
    assert not same(1, 1.0)
    assert same({"a": [1, 2]}, {"a": [1, 2]})


def test_a_laptop_delete_against_an_office_edit_keeps_the_row_and_asks() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row(stage="assessment")}
    laptop = {CASE: case_row(deleted_at=T1)}

    plan = merge(base, office, laptop)

    assert not plan.updates
    assert plan.conflicts == (
        Conflict("cases", CASE_ID, DELETED_AT, None, None, T1, ConflictKind.DELETE_VS_EDIT),
    )
    assert apply(office, plan)[CASE][DELETED_AT] is None


def test_a_laptop_delete_of_an_untouched_row_deletes_it() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row(updated_at=T1, version=4)}  # saved without changes: not an edit
    laptop = {CASE: case_row(deleted_at=T1)}

    plan = merge(base, office, laptop)

    assert plan.updates == {CASE: {DELETED_AT: T1}}
    assert plan.conflicts == ()


def test_an_office_delete_against_a_laptop_edit_keeps_the_edit_and_asks() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row(deleted_at=T1)}
    laptop = {CASE: case_row(notes="Gründerin kommt zum Sprechtag")}

    plan = merge(base, office, laptop)

    # The laptop's edit is not lost, the office deletion is not silently undone: a person decides.
    assert plan.updates == {CASE: {"notes": "Gründerin kommt zum Sprechtag"}}
    assert plan.conflicts == (
        Conflict("cases", CASE_ID, DELETED_AT, None, T1, None, ConflictKind.DELETE_VS_EDIT),
    )
    assert resolve(plan.conflicts[0], Choice.LAPTOP).values == {DELETED_AT: None}


def test_deleted_on_both_sides_is_agreement() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row(deleted_at=T1)}
    laptop = {CASE: case_row(deleted_at=T2)}

    plan = merge(base, office, laptop)

    assert plan.is_empty


def test_a_new_laptop_row_is_inserted_without_its_provisional_number() -> None:
    new_id = "7d3a0c52-0d1e-4a57-9f53-2d0c5f7a0099"
    row = case_row(id=new_id, number="LAPTOP-0001", created_by="laptop:schulz", version=2)
    plan = merge({}, {}, {("cases", new_id): row})

    inserted = plan.inserts[("cases", new_id)]
    assert "number" not in inserted  # the office hands out MK-YYYY-NNNN
    assert "version" not in inserted
    assert inserted["id"] == new_id
    assert inserted["created_by"] == "laptop:schulz"
    assert inserted["notes"] == row["notes"]


def test_never_merged_fields_are_not_taken_from_the_laptop() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row()}
    laptop = {
        CASE: case_row(created_at=T2, created_by="laptop:x", version=99, updated_at=T2, number="LAPTOP-0007")
    }

    assert merge(base, office, laptop).is_empty


def test_office_assigned_fields_are_configurable() -> None:
    rules = MergeRules(office_assigned={"persons": frozenset({"customer_number"})})
    base = {PERSON: {"id": PERSON_ID, "customer_number": "K-1", "name": "Ayşe"}}
    laptop = {PERSON: {"id": PERSON_ID, "customer_number": "K-9", "name": "Ayşe Yılmaz"}}

    plan = merge(base, dict(base), laptop, rules=rules)

    assert plan.updates == {PERSON: {"name": "Ayşe Yılmaz"}}
    # Under these rules cases have no office-assigned fields any more.
    assert "number" in rules.insert_values("cases", case_row())
    assert "number" not in DEFAULT_RULES.insert_values("cases", case_row())


def test_a_row_absent_from_the_laptop_is_left_alone() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row(notes="im Büro ergänzt")}

    plan = merge(base, office, {})

    assert plan.is_empty
    assert plan.no_ops == {CASE}


def test_a_laptop_change_to_a_row_purged_in_the_office_is_listed_not_recreated() -> None:
    base = {CASE: case_row()}
    laptop = {CASE: case_row(notes="nach Löschung bearbeitet")}

    plan = merge(base, {}, laptop)

    assert not plan.inserts and not plan.updates
    (conflict,) = plan.conflicts
    assert conflict.kind is ConflictKind.MISSING_IN_OFFICE
    assert conflict.laptop == {"notes": "nach Löschung bearbeitet"}
    assert resolve(conflict, Choice.OFFICE).values == {}
    with pytest.raises(ValidationError) as excinfo:
        resolve(conflict, Choice.LAPTOP)
    assert excinfo.value.code == "sync.purged_record"


def test_without_a_base_differences_are_conflicts_not_overwrites() -> None:
    # A laptop-created row imported earlier, merged again without the earlier laptop state as base.
    office = {CASE: case_row(notes="Büro")}
    laptop = {CASE: case_row(notes="Laptop")}

    plan = merge({}, office, laptop)

    (conflict,) = plan.conflicts
    assert (conflict.field, conflict.base_known, conflict.office, conflict.laptop) == (
        "notes",
        False,
        "Büro",
        "Laptop",
    )


def test_resolutions_produce_the_field_update() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row(notes="Büro")}
    laptop = {CASE: case_row(notes="Laptop")}
    (conflict,) = merge(base, office, laptop).conflicts

    assert resolve(conflict, Choice.OFFICE) == FieldUpdate("cases", CASE_ID, {})
    assert resolve(conflict, Choice.LAPTOP) == FieldUpdate("cases", CASE_ID, {"notes": "Laptop"})
    assert resolve(conflict, Choice.EDITED, "Büro und Laptop") == FieldUpdate(
        "cases", CASE_ID, {"notes": "Büro und Laptop"}
    )


def test_a_deletion_conflict_cannot_be_resolved_with_a_typed_value() -> None:
    conflict = merge({CASE: case_row()}, {CASE: case_row(notes="x")}, {CASE: case_row(deleted_at=T1)})
    with pytest.raises(ValidationError) as excinfo:
        resolve(conflict.conflicts[0], Choice.EDITED, "2026-01-01")
    assert excinfo.value.code == "sync.deletion_needs_choice"


def test_remerging_after_apply_is_empty_and_recorded_conflicts_are_not_listed_again() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row(stage="assessment", requested_amount_cents=2_000_000)}
    laptop = {CASE: case_row(notes="Laptop", requested_amount_cents=2_500_000)}
    plan = merge(base, office, laptop)
    after = apply(office, plan)

    again = merge(base, after, laptop, recorded_conflicts={c.key for c in plan.conflicts})

    assert again.is_empty
    # Without the record the unresolved conflict is reported again, but nothing is overwritten.
    unrecorded = merge(base, after, laptop)
    assert unrecorded.conflicts == plan.conflicts
    assert not unrecorded.updates


def test_a_person_typing_back_the_old_value_is_not_overwritten_by_the_next_package() -> None:
    base = {CASE: case_row()}
    office = {CASE: case_row(notes="Büro")}
    laptop = {CASE: case_row(notes="Laptop")}
    plan = merge(base, office, laptop)
    after = apply(office, plan)
    apply_resolution(after, resolve(plan.conflicts[0], Choice.EDITED, ""))  # back to the snapshot value

    again = merge(base, after, laptop, recorded_conflicts={c.key for c in plan.conflicts})

    assert again.is_empty
    # A different laptop value later is a new change, not hidden by the old record; the office holds
    # the snapshot value again, so it is taken like any change made only on the laptop.
    newer = {CASE: case_row(notes="Laptop, überarbeitet")}
    later = merge(base, after, newer, recorded_conflicts={c.key for c in plan.conflicts})
    assert later.updates == {CASE: {"notes": "Laptop, überarbeitet"}}


# --- randomised property test ---------------------------------------------------------------------

TABLES = ("cases", "persons")
FIELDS = ("stage", "amount", "notes")
VALUES: list[JsonValue] = [None, 0, 1, True, 1.0, "a", "b", [1, "x"], {"k": "v"}]
STAMPS: list[JsonValue] = [None, None, T1, T2]


def json_equal(left: object, right: object) -> bool:
    """The test's own notion of "unchanged": equal as JSON text (so 1, 1.0 and True differ)."""
    return json.dumps(left, sort_keys=True) == json.dumps(right, sort_keys=True)


def row_ids(count: int) -> list[str]:
    return [f"00000000-0000-4000-8000-{index:012d}" for index in range(count)]


@st.composite
def rows(draw: st.DrawFn, table: str, row_id: str) -> dict[str, JsonValue]:
    row: dict[str, JsonValue] = {
        "id": row_id,
        "created_at": T0,
        "created_by": "office",
        "updated_at": T0,
        "updated_by": "office",
        "version": 1,
        DELETED_AT: draw(st.sampled_from(STAMPS)),
    }
    if table == "cases":
        row["number"] = "MK-2026-0001"
    for name in FIELDS:
        row[name] = draw(st.sampled_from(VALUES))
    return row


@st.composite
def edited(draw: st.DrawFn, row: Mapping[str, JsonValue], side: str) -> dict[str, JsonValue]:
    """A copy with some fields, the deletion marker and the bookkeeping columns changed."""
    result = copy.deepcopy(dict(row))
    for name in (*FIELDS, DELETED_AT):
        if draw(st.booleans()):
            result[name] = draw(st.sampled_from(STAMPS if name == DELETED_AT else VALUES))
    if draw(st.booleans()):
        result["updated_by"] = side
        result["updated_at"] = T2
        result["version"] = 7
        if "number" in result:
            result["number"] = f"{side}-number"
    return result


@st.composite
def scenarios(
    draw: st.DrawFn,
) -> tuple[dict[RecordKey, Record], dict[RecordKey, Record], dict[RecordKey, Record]]:
    base: dict[RecordKey, Record] = {}
    office: dict[RecordKey, Record] = {}
    laptop: dict[RecordKey, Record] = {}
    for row_id in row_ids(draw(st.integers(min_value=1, max_value=6))):
        table = draw(st.sampled_from(TABLES))
        key = (table, row_id)
        origin = draw(st.sampled_from(["checked_out"] * 4 + ["laptop_new", "laptop_new_imported"]))
        original = draw(rows(table, row_id))
        if origin == "checked_out":
            base[key] = original
            if draw(st.integers(min_value=0, max_value=9)) > 0:  # otherwise purged in the office
                office[key] = draw(edited(original, "office"))
            if draw(st.integers(min_value=0, max_value=4)) > 0:  # otherwise not sent by the laptop
                laptop[key] = draw(edited(original, "laptop"))
        elif origin == "laptop_new":
            laptop[key] = original
        else:  # created on the laptop, imported earlier, changed since on both sides; no base
            office[key] = draw(edited(original, "office"))
            laptop[key] = draw(edited(original, "laptop"))
        event(origin)
    return base, office, laptop


def deleted(row: Mapping[str, JsonValue] | None) -> bool:
    return row is not None and row.get(DELETED_AT) is not None


def compared_fields(table: str) -> list[str]:
    ignored = DEFAULT_RULES.ignored(table)
    return [name for name in (*FIELDS, DELETED_AT) if name not in ignored]


def office_edited(base: Record, office: Record, laptop: Record) -> bool:
    return any(
        not json_equal(office[name], base[name]) and not json_equal(office[name], laptop[name])
        for name in FIELDS
    )


def laptop_edited(base: Record, office: Record, laptop: Record) -> bool:
    return any(
        not json_equal(laptop[name], base[name]) and not json_equal(laptop[name], office[name])
        for name in FIELDS
    )


@settings(max_examples=500, deadline=None)
@given(scenarios(), st.randoms(use_true_random=False))
def test_merge_properties(
    scenario: tuple[dict[RecordKey, Record], dict[RecordKey, Record], dict[RecordKey, Record]],
    rnd: Any,
) -> None:
    base, office, laptop = scenario
    plan = merge(base, office, laptop)
    after = apply(office, plan)
    conflicts_by_row: dict[RecordKey, dict[str | None, Conflict]] = {}
    for conflict in plan.conflicts:
        conflicts_by_row.setdefault((conflict.table, conflict.row_id), {})[conflict.field] = conflict
    if plan.conflicts:
        event("has conflicts")
    if any(c.kind is ConflictKind.DELETE_VS_EDIT for c in plan.conflicts):
        event("delete_vs_edit")

    # No record is lost: every office row stays, every new laptop row arrives, nothing else appears.
    new_rows = {key for key in laptop if key not in base and key not in office}
    assert set(after) == set(office) | new_rows
    assert set(plan.updates) <= set(office)

    for key, laptop_row in laptop.items():
        table = key[0]
        base_row, office_row, now = base.get(key), office.get(key), after.get(key)
        conflicts = conflicts_by_row.get(key, {})
        if base_row is None and office_row is None:
            assert now is not None
            assert all(json_equal(now[name], laptop_row[name]) for name in compared_fields(table))
            continue
        if office_row is None:
            assert base_row is not None and now is None  # purged rows are never re-created
            laptop_changed = any(not json_equal(laptop_row[n], base_row[n]) for n in compared_fields(table))
            assert not laptop_changed or deleted(laptop_row) or None in conflicts
            continue
        assert now is not None
        # No laptop change is lost: it is applied or listed as a conflict.
        for name in FIELDS:
            changed = base_row is None or not json_equal(laptop_row[name], base_row[name])
            if changed:
                assert json_equal(now[name], laptop_row[name]) or name in conflicts, name
        laptop_moved = base_row is None or deleted(laptop_row) != deleted(base_row)
        if laptop_moved:
            assert deleted(now) == deleted(laptop_row) or DELETED_AT in conflicts
        # A delete against an edit never deletes.
        if base_row is not None and not deleted(base_row):
            if (
                deleted(laptop_row)
                and not deleted(office_row)
                and office_edited(base_row, office_row, laptop_row)
            ):
                assert not deleted(now)
                assert conflicts[DELETED_AT].kind is ConflictKind.DELETE_VS_EDIT
            if (
                deleted(office_row)
                and not deleted(laptop_row)
                and laptop_edited(base_row, office_row, laptop_row)
            ):
                assert conflicts[DELETED_AT].kind is ConflictKind.DELETE_VS_EDIT
                assert now[DELETED_AT] == office_row[DELETED_AT]

    # No office change is overwritten; conflicted fields keep the office value; office-only columns stay.
    for key, office_row in office.items():
        base_row, now = base.get(key), after[key]
        for name, value in office_row.items():
            if name == "version":
                continue
            office_changed = base_row is None or not json_equal(value, base_row.get(name))
            if (
                office_changed
                or name in conflicts_by_row.get(key, {})
                or name in DEFAULT_RULES.ignored(key[0])
            ):
                assert json_equal(now[name], value), (key, name)
        # Only a laptop delete of a row the office did not edit may newly delete it.
        if deleted(now) and not deleted(office_row):
            laptop_row, base_row = laptop[key], base.get(key)
            assert deleted(laptop_row) and base_row is not None
            assert not office_edited(base_row, office_row, laptop_row)

    # Re-merging the same laptop state after applying is empty.
    recorded = {conflict.key for conflict in plan.conflicts}
    assert merge(base, after, laptop, recorded_conflicts=recorded).is_empty

    # And it stays empty after a person resolved every conflict, whichever way.
    for conflict in plan.conflicts:
        if conflict.kind is ConflictKind.MISSING_IN_OFFICE:
            choices = [Choice.OFFICE]
        elif conflict.kind is ConflictKind.DELETE_VS_EDIT:
            choices = [Choice.OFFICE, Choice.LAPTOP]
        else:
            choices = list(Choice)
        choice = rnd.choice(choices)
        apply_resolution(after, resolve(conflict, choice, rnd.choice(VALUES)))
        if choice is Choice.LAPTOP and conflict.field is not None:
            assert json_equal(after[(conflict.table, conflict.row_id)][conflict.field], conflict.laptop)
    assert merge(base, after, laptop, recorded_conflicts=recorded).is_empty
