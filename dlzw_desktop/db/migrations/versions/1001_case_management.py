"""Case management: CHECK constraints for what bypasses the UI, duplicate-check indexes, optional
documents of a programme, and the Mikrokreditfonds Deutschland programme as shipped.

Revision ID: 1001
Revises: 2001
Create Date: 2026-11-25

The programme row is seeded only when no programme of that name exists; downgrading keeps it (cases
refer to it), and upgrading again finds it and adds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

from dlzw_desktop.db.base import reference_id
from dlzw_desktop.domain.money import to_cents
from dlzw_desktop.domain.programme import MIKROKREDITFONDS_DEUTSCHLAND

revision: str = "1001"
down_revision: str | Sequence[str] | None = "2001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> (constraint name without the ck_<table>_ prefix, condition)
CHECKS: dict[str, list[tuple[str, str]]] = {
    "loan_programmes": [
        ("grace_below_term", "max_grace_months >= 0 AND max_grace_months < max_term_months"),
        ("follow_up_not_negative", "follow_up_after_months >= 0"),
    ],
    "case_number_sequences": [
        ("year_plausible", "year >= 2000 AND year <= 2999"),
        ("last_number_not_negative", "last_number >= 0"),
    ],
    "persons": [("birth_date_plausible", "birth_date IS NULL OR birth_date >= '1900-01-01'")],
    "cases": [
        ("outcome_only_when_closed", "stage = 'closed' OR outcome IS NULL"),
        ("closed_has_date", "stage <> 'closed' OR closed_on IS NOT NULL"),
        ("closed_after_opened", "closed_on IS NULL OR closed_on >= opened_on"),
        ("number_not_empty", "length(number) > 0"),
        (
            "grace_below_term",
            "planned_grace_months IS NULL OR planned_term_months IS NULL "
            "OR planned_grace_months < planned_term_months",
        ),
    ],
    "stage_changes": [("reversal_has_reason", "NOT is_reversal OR length(trim(reason)) > 0")],
    "document_requirements": [
        ("status_has_date", "status IN ('missing', 'not_applicable') OR status_on IS NOT NULL")
    ],
    "recommendations": [
        ("grace_below_term", "grace_months < term_months"),
        ("rate_not_negative", "interest_rate_percent >= 0"),
        ("four_eyes", "signed_off_by IS NULL OR lower(signed_off_by) <> lower(author)"),
        (
            "sign_off_complete",
            "(signed_off_by IS NULL AND signed_off_at IS NULL) "
            "OR (signed_off_by IS NOT NULL AND signed_off_at IS NOT NULL)",
        ),
        ("sent_after_sign_off", "sent_on IS NULL OR signed_off_by IS NOT NULL"),
    ],
    "loans": [
        ("payout_only_approved", "decision = 'approved' OR disbursed_on IS NULL"),
        ("term_positive", "term_months IS NULL OR term_months > 0"),
        (
            "grace_below_term",
            "grace_months IS NULL OR term_months IS NULL OR grace_months < term_months",
        ),
    ],
    "repayment_entries": [("arrears_have_amount", "status <> 'arrears' OR arrears_cents > 0")],
    "jobs_records": [("fte_within_heads", "created_fte <= created_heads AND secured_fte <= secured_heads")],
    "reminders": [("title_not_empty", "length(title) > 0")],
}


def _seed_programme() -> None:
    bind = op.get_bind()
    programmes = sa.table(
        "loan_programmes",
        sa.column("id", sa.Uuid()),
        sa.column("name", sa.String()),
        sa.column("valid_from", sa.Date()),
        sa.column("valid_to", sa.Date()),
        sa.column("first_loan_cap_cents", sa.BigInteger()),
        sa.column("total_cap_cents", sa.BigInteger()),
        sa.column("max_term_months", sa.Integer()),
        sa.column("max_grace_months", sa.Integer()),
        sa.column("interest_rate_percent", sa.Numeric(6, 3)),
        sa.column("fee_cents", sa.BigInteger()),
        sa.column("follow_up_after_months", sa.Integer()),
        sa.column("required_documents", sa.JSON()),
        sa.column("optional_documents", sa.JSON()),
        sa.column("notes", sa.Text()),
        sa.column("created_at", sa.DateTime()),
        sa.column("created_by", sa.String()),
        sa.column("updated_at", sa.DateTime()),
        sa.column("updated_by", sa.String()),
        sa.column("version", sa.Integer()),
    )
    rules = MIKROKREDITFONDS_DEUTSCHLAND
    seeded_id = reference_id("programme", f"{rules.name}:{rules.valid_from.isoformat()}")
    optional = [kind.value for kind in rules.optional_documents]
    exists = bind.scalar(
        sa.select(sa.func.count()).select_from(programmes).where(programmes.c.name == rules.name)
    )
    if exists:
        # Kept by a downgrade, which dropped the optional documents column: give the seed its list back.
        bind.execute(
            programmes.update().where(programmes.c.id == seeded_id).values(optional_documents=optional)
        )
        return
    # Shipped data, like the reference data: a fixed instant, so every new database is the same.
    now = datetime(2020, 1, 1, tzinfo=UTC)
    if bind.dialect.name == "sqlite":
        now = now.replace(tzinfo=None)  # stored as naive UTC on SQLite (see db.types.UTCDateTime)
    bind.execute(
        programmes.insert().values(
            id=seeded_id,
            name=rules.name,
            valid_from=rules.valid_from,
            valid_to=rules.valid_to,
            first_loan_cap_cents=to_cents(rules.first_loan_cap),
            total_cap_cents=to_cents(rules.total_cap),
            max_term_months=rules.max_term_months,
            max_grace_months=rules.max_grace_months,
            interest_rate_percent=rules.interest_rate_percent,
            fee_cents=to_cents(rules.fee),
            follow_up_after_months=rules.follow_up_after_months,
            required_documents=[kind.value for kind in rules.required_documents],
            optional_documents=optional,
            notes=(
                "Regeln wie ausgeliefert: Erstkredit bis 10.000 €, insgesamt bis 25.000 €, Laufzeit bis "
                "48 Monate, 7,9 % p. a., 100 € Gebühr, Folgekredit nach 6 Monaten störungsfreier Tilgung. "
                f"Gültig ab {date(2020, 1, 1):%d.%m.%Y} (Startwert; frühere Zeiträume bitte ergänzen)."
            ),
            created_at=now,
            created_by="system",
            updated_at=now,
            updated_by="system",
            version=1,
        )
    )


def upgrade() -> None:
    with op.batch_alter_table("loan_programmes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("optional_documents", sa.JSON(), nullable=True))
    op.execute("UPDATE loan_programmes SET optional_documents = '[]' WHERE optional_documents IS NULL")
    with op.batch_alter_table("loan_programmes", schema=None) as batch_op:
        batch_op.alter_column("optional_documents", existing_type=sa.JSON(), nullable=False)

    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_birth_date"), ["birth_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_persons_postcode"), ["postcode"], unique=False)
    with op.batch_alter_table("businesses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_businesses_postcode"), ["postcode"], unique=False)

    for table, checks in CHECKS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, condition in checks:
                batch_op.create_check_constraint(op.f(f"ck_{table}_{name}"), condition)

    _seed_programme()


def downgrade() -> None:
    for table, checks in reversed(CHECKS.items()):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, _condition in checks:
                batch_op.drop_constraint(op.f(f"ck_{table}_{name}"), type_="check")

    with op.batch_alter_table("businesses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_businesses_postcode"))
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_postcode"))
        batch_op.drop_index(batch_op.f("ix_persons_birth_date"))

    with op.batch_alter_table("loan_programmes", schema=None) as batch_op:
        batch_op.drop_column("optional_documents")
