"""Which tables and columns hold data about the people DLZW advises, and what anonymisation does to them.

Every table of the schema is registered here, and every column of a table about people is classified:

- ``IDENTIFYING``: names, contact details, free text, personal finances. Exported under Art. 15 and
  erased (``NULL`` or empty, or a fixed placeholder where the column must not be empty) on anonymisation.
- ``STATISTICAL``: personal, but needed for the programme statistics (gender, age, district, amounts,
  jobs). Exported, and kept on anonymisation; the birth date is generalised.
- ``RECORD``: facts about the record rather than the person (stage, dates of steps, the advisor). Exported.
- ``TECHNICAL``: keys and change tracking. Exported in JSON only.

``tests/db/test_personal_data.py`` fails when a table or column is added without being classified here,
so the Art. 15 export and the erasure cannot silently miss a new personal column.

The person's records are found by walking foreign keys from ``persons`` (``PERSON_TABLES``): a row belongs
to the person when it references a row that does. ``FOLLOW_PARENT`` adds the few parent rows reached
through a link table (the businesses of the person's memberships); ``NOT_FOLLOWED`` names references that
lead to other people's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import MetaData

import dlzw_desktop.db.models  # noqa: F401 - every table registered in Base.metadata
from dlzw_desktop.db.base import Base


class Category(StrEnum):
    """What a column says about a person."""

    IDENTIFYING = "identifying"
    STATISTICAL = "statistical"
    RECORD = "record"
    TECHNICAL = "technical"


I = Category.IDENTIFYING  # noqa: E741 - a one-letter table reads better below
S = Category.STATISTICAL
R = Category.RECORD
T = Category.TECHNICAL

TRACKING = {
    "id": T,
    "created_at": T,
    "created_by": T,
    "updated_at": T,
    "updated_by": T,
    "version": T,
    "deleted_at": T,
}


@dataclass(frozen=True, slots=True)
class PersonTable:
    """A table holding data about the people DLZW advises."""

    columns: dict[str, Category]
    # False: the row stays as it is on anonymisation (it is about something else, e.g. a building),
    # only its link to the person remains, to the anonymised person.
    anonymise: bool = True
    # True: rows are deleted on anonymisation (files whose content cannot be anonymised).
    purge: bool = False
    # Fixed replacement for identifying columns that must not be empty.
    placeholders: dict[str, str] | None = None


PERSON_TABLES: dict[str, PersonTable] = {
    "persons": PersonTable(
        {
            "family_name": I,
            "given_names": I,
            "birth_date": S,  # generalised to a coarser date in the same age groups
            "gender": S,
            "migration_background": S,
            "residence_status": S,
            "residence_permit_until": I,
            "preferred_languages": S,
            "email": I,
            "phone": I,
            "street": I,
            "postcode": I,
            "city": I,
            "district_id": S,
            "notes": I,
            "anonymised_at": R,
            "legal_hold": R,
            "restricted_at": R,
        },
        placeholders={"family_name": "Anonymisiert"},
    ),
    "business_members": PersonTable({"business_id": T, "person_id": T, "role": S}),
    "consents": PersonTable(
        {"person_id": T, "purpose": R, "given_on": R, "form": R, "withdrawn_on": R, "note": I}
    ),
    "businesses": PersonTable(
        {
            "name": I,
            "legal_form": S,
            "sector_id": S,
            "founding_date": S,
            "founding_planned": S,
            "street": I,
            "postcode": I,
            "city": I,
            "borough_id": S,
            "district_id": S,
            "employees": S,
            "notes": I,
        },
        placeholders={"name": "Anonymisiert"},
    ),
    "cases": PersonTable(
        {
            "number": R,
            "provisional": R,
            "business_id": T,
            "advisor_id": R,
            "programme_id": S,
            "lender_id": S,
            "previous_case_id": T,
            "source": S,
            "requested_amount_cents": S,
            "purpose": I,
            "stage": S,
            "stage_since": R,
            "outcome": S,
            "opened_on": S,
            "closed_on": S,
            "household_income_cents": I,
            "household_expenses_cents": I,
            "business_surplus_cents": I,
            "planned_term_months": S,
            "planned_grace_months": S,
            "notes": I,
        }
    ),
    "stage_changes": PersonTable(
        {
            "case_id": T,
            "from_stage": S,
            "to_stage": S,
            "changed_at": S,
            "changed_by": R,
            "reason": I,
            "is_reversal": R,
        }
    ),
    "consultations": PersonTable(
        {
            "case_id": T,
            "person_id": T,
            "consultation_day_id": T,
            "advisor_id": R,
            "held_on": S,
            "duration_minutes": S,
            "place": S,
            "language": S,
            "topics": I,
            "notes": I,
        }
    ),
    "document_requirements": PersonTable({"case_id": T, "kind": R, "status": R, "status_on": R, "note": I}),
    "attachments": PersonTable(
        {
            "case_id": T,
            "requirement_id": T,
            "property_id": T,
            "original_name": I,
            "stored_name": T,
            "sha256": T,
            "size_bytes": T,
            "media_type": T,
        },
        purge=True,
    ),
    "recommendations": PersonTable(
        {
            "case_id": T,
            "programme_id": S,
            "lender_id": S,
            "amount_cents": S,
            "term_months": S,
            "grace_months": S,
            "interest_rate_percent": S,
            "fee_cents": S,
            "recommended_on": S,
            "is_follow_up_loan": S,
            "summary": I,
            "author": R,
            "signed_off_by": R,
            "signed_off_at": R,
            "sent_on": S,
        }
    ),
    "loans": PersonTable(
        {
            "case_id": T,
            "recommendation_id": T,
            "lender_id": S,
            "decision": S,
            "decided_on": S,
            "amount_cents": S,
            "term_months": S,
            "grace_months": S,
            "interest_rate_percent": S,
            "conditions": I,
            "disbursed_on": S,
        }
    ),
    "repayment_entries": PersonTable({"loan_id": T, "month": S, "status": S, "arrears_cents": S, "note": I}),
    "jobs_records": PersonTable(
        {
            "case_id": T,
            "occasion": S,
            "recorded_on": S,
            "created_heads": S,
            "created_fte": S,
            "secured_heads": S,
            "secured_fte": S,
            "note": I,
        }
    ),
    "reminders": PersonTable(
        {
            "case_id": T,
            "property_id": T,
            "initiative_id": T,
            "assigned_to_id": R,
            "kind": R,
            "due_on": R,
            "title": I,
            "note": I,
            "done_at": R,
            "origin_key": T,
        },
        placeholders={"title": "Anonymisiert"},
    ),
    "space_requests": PersonTable(
        {
            "person_id": T,
            "business_id": T,
            "case_id": T,
            "sector_id": S,
            "use": S,
            "min_area_m2": S,
            "max_area_m2": S,
            "max_rent_cents": S,
            "preferred_district_ids": S,
            "preferred_borough_ids": S,
            "needs_ground_floor": S,
            "needs_shop_window": S,
            "needs_step_free": S,
            "earliest_move_in": S,
            "status": S,
            "notes": I,
            "nice_to_haves": S,
            "status_reason": I,
        }
    ),
    "matches": PersonTable(
        {
            "request_id": T,
            "property_id": T,
            "stage": S,
            "score": S,
            "explanation": I,
            "fund_eligible": S,
            "rejection_reason": I,
            "lease_signed_on": S,
            "opened_on": S,
            "score_parts": S,
            "fund_reason": I,
            "stage_on": S,
            "note": I,
        }
    ),
    "appointments": PersonTable(
        {
            "day_id": T,
            "starts_at": R,
            "person_id": T,
            "case_id": T,
            "walk_in": S,
            "visitor_name": I,
            "topic": I,
            "status": S,
        }
    ),
    "properties": PersonTable(
        {
            "street": R,
            "postcode": R,
            "borough_id": R,
            "district_id": R,
            "ground_floor": R,
            "floor_note": R,
            "area_m2": R,
            "rooms": R,
            "cold_rent_cents": R,
            "service_charges_cents": R,
            "uses": R,
            "shop_window": R,
            "step_free": R,
            "condition": R,
            "renovation_needs": R,
            "renovation_cost_cents": R,
            "vacant_since": R,
            "vacancy_reason": R,
            "owner_person_id": T,
            "owner_business_id": T,
            "owner_consent": R,
            "owner_consent_on": R,
            "status": R,
            "let_on": R,
            "notes": R,
            "extra_features": R,
            "status_since": R,
            "status_reason": R,
        },
        anonymise=False,
    ),
    "initiative_members": PersonTable(
        {"initiative_id": T, "person_id": T, "business_id": T, "role": R, "is_contact": R}
    ),
}

# Tables that hold no data about the people DLZW advises, and why.
OTHER_TABLES: dict[str, str] = {
    "audit_log": "the audit trail: redacted for the person's rows on anonymisation, never exported raw",
    "users": "staff accounts, not clients",
    "settings": "organisation settings",
    "loan_programmes": "programme rules",
    "lenders": "institutions",
    "case_number_sequences": "counters",
    "programme_costs": "yearly costs of the programme",
    "boroughs": "reference data",
    "districts": "reference data",
    "postcode_hints": "reference data",
    "sectors": "reference data",
    "quarters": "target areas",
    "quarter_districts": "target areas",
    "initiatives": "local networks (organisations)",
    "initiative_districts": "local networks (organisations)",
    "initiative_meetings": "minutes; participants are noted by organisation, not private persons",
    "meeting_actions": "agreed actions of a network meeting",
    "meeting_missing_offers": "demand noted at a meeting",
    "demand_entries": "district demand profiles",
    "consultation_days": "advisory days (place and time)",
    "consultation_day_advisors": "staff rota",
    "district_statistics": "published figures of the city's district statistics",
    "property_status_changes": "status history of a building (area, district, reason about the building)",
    "gva_tables": "published gross value added tables (LWSI reference data)",
    "gva_values": "published gross value added figures",
    "population_tables": "published population tables (LWSI reference data)",
    "population_values": "published population figures per district",
    "lwsi_computations": "computed LWSI figures per quarter (aggregates, no person)",
    "sync_kits": "laptop kits checked out (advisor, days, times)",
    "sync_kit_records": "which records a kit holds (table and id only)",
    "sync_id_map": "provisional ids of a laptop mapped to office ids",
    "sync_imports": "check-in packages imported (ids, times, counts)",
    "sync_kit_info": "what a laptop kit is (one row on the kit)",
    "sync_conflicts": "copies of field values between office and laptop: deleted with the person's records "
    "on anonymisation; their values are shown and exported through the records they belong to",
    "sync_snapshots": "a kit's copies of its records as checked out: deleted with the person's records on "
    "anonymisation",
}

# (table, column) references followed from child to parent: the business of a membership.
FOLLOW_PARENT: frozenset[tuple[str, str]] = frozenset({("business_members", "business_id")})

# (table, column) references not followed from parent to child: they lead to other people's data.
NOT_FOLLOWED: frozenset[tuple[str, str]] = frozenset(
    {
        ("matches", "property_id"),  # other founders' requests matched to the person's property
        ("attachments", "property_id"),
        ("reminders", "property_id"),
        ("meeting_actions", "reminder_id"),
        ("cases", "previous_case_id"),  # reached through the business anyway
    }
)


def column_category(table: str, column: str) -> Category:
    if column in TRACKING:
        return TRACKING[column]
    return PERSON_TABLES[table].columns[column]


def unclassified(metadata: MetaData | None = None) -> list[str]:
    """``table.column`` of every column of a person table without a category, and every table that is
    registered nowhere (used by the test that guards this registry)."""
    missing: list[str] = []
    for table in sorted((metadata or Base.metadata).sorted_tables, key=lambda t: t.name):
        if table.name in OTHER_TABLES:
            continue
        spec = PERSON_TABLES.get(table.name)
        if spec is None:
            missing.append(f"{table.name} (table not registered)")
            continue
        for column in table.columns:
            if column.name not in TRACKING and column.name not in spec.columns:
                missing.append(f"{table.name}.{column.name}")
    return missing
