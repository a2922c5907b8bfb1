"""Property register: status history with reasons, further features, nice-to-haves, match details.

Revision ID: 2001
Revises: 5001
Create Date: 2026-11-25

Adds ``property_status_changes`` (each step of a property's status, with its reason and the area that
counts as reactivated when a unit is let), ``properties.extra_features/status_since/status_reason``,
``space_requests.nice_to_haves/status_reason``, ``matches.score_parts/fund_reason/stage_on/note`` and the
CHECKs that a listing consent names its owner and date, a rejection its reason, a lease its date.

Existing rows that break the new CHECKs are repaired first: a consent without a date takes the day the
row was created; a consent without any owner is no consent and is cleared. Downgrading drops what was
added and keeps every other row.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import dlzw_desktop.db.types

revision: str = "2001"
down_revision: str | Sequence[str] | None = "5001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STATUSES = ("vacant", "reserved", "let", "reactivated", "withdrawn")


def upgrade() -> None:
    op.create_table(
        "property_status_changes",
        sa.Column("property_id", sa.Uuid(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(*_STATUSES, name="from_status", native_enum=False, create_constraint=True),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(*_STATUSES, name="to_status", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("match_id", sa.Uuid(), nullable=True),
        sa.Column("area_m2", sa.Numeric(precision=9, scale=2), nullable=False),
        sa.Column("borough_id", sa.Uuid(), nullable=True),
        sa.Column("district_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("area_m2 > 0", name=op.f("ck_property_status_changes_area_positive")),
        sa.ForeignKeyConstraint(
            ["borough_id"], ["boroughs.id"], name=op.f("fk_property_status_changes_borough_id_boroughs")
        ),
        sa.ForeignKeyConstraint(
            ["district_id"], ["districts.id"], name=op.f("fk_property_status_changes_district_id_districts")
        ),
        sa.ForeignKeyConstraint(
            ["match_id"], ["matches.id"], name=op.f("fk_property_status_changes_match_id_matches")
        ),
        sa.ForeignKeyConstraint(
            ["property_id"], ["properties.id"], name=op.f("fk_property_status_changes_property_id_properties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_property_status_changes")),
    )
    with op.batch_alter_table("property_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_property_status_changes_changed_on"), ["changed_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_property_status_changes_property_id"), ["property_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_property_status_changes_to_status"), ["to_status"], unique=False)

    # Repair rows that the new consent CHECK would refuse (see the module docstring).
    properties = sa.table(
        "properties",
        sa.column("owner_consent", sa.Boolean()),
        sa.column("owner_consent_on", sa.Date()),
        sa.column("owner_person_id", sa.Uuid()),
        sa.column("owner_business_id", sa.Uuid()),
        sa.column("created_at", sa.DateTime()),
    )
    no_owner = sa.and_(properties.c.owner_person_id.is_(None), properties.c.owner_business_id.is_(None))
    op.execute(
        properties.update()
        .where(properties.c.owner_consent.is_(True), no_owner)
        .values(owner_consent=False, owner_consent_on=None)
    )
    # SQLite stores the timestamp as text and casts it to a number; date() takes its day.
    created_day = (
        sa.func.date(properties.c.created_at)
        if op.get_bind().dialect.name == "sqlite"
        else sa.cast(properties.c.created_at, sa.Date())
    )
    op.execute(
        properties.update()
        .where(properties.c.owner_consent.is_(True), properties.c.owner_consent_on.is_(None))
        .values(owner_consent_on=created_day)
    )

    with op.batch_alter_table("matches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("score_parts", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("fund_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("stage_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
        batch_op.create_check_constraint(
            "rejection_has_reason", "stage <> 'rejected' OR rejection_reason <> ''"
        )
        batch_op.create_check_constraint(
            "lease_has_date",
            "stage NOT IN ('lease_signed', 'business_opened') OR lease_signed_on IS NOT NULL",
        )

    with op.batch_alter_table("properties", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("extra_features", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
        batch_op.add_column(sa.Column("status_since", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("status_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.create_check_constraint(
            "consent_has_owner_and_date",
            "NOT owner_consent OR ((owner_person_id IS NOT NULL OR owner_business_id IS NOT NULL) "
            "AND owner_consent_on IS NOT NULL)",
        )

    with op.batch_alter_table("space_requests", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("nice_to_haves", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
        batch_op.add_column(sa.Column("status_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("space_requests", schema=None) as batch_op:
        batch_op.drop_column("status_reason")
        batch_op.drop_column("nice_to_haves")

    with op.batch_alter_table("properties", schema=None) as batch_op:
        batch_op.drop_constraint("consent_has_owner_and_date", type_="check")
        batch_op.drop_column("status_reason")
        batch_op.drop_column("status_since")
        batch_op.drop_column("extra_features")

    with op.batch_alter_table("matches", schema=None) as batch_op:
        batch_op.drop_constraint("lease_has_date", type_="check")
        batch_op.drop_constraint("rejection_has_reason", type_="check")
        batch_op.drop_column("note")
        batch_op.drop_column("stage_on")
        batch_op.drop_column("fund_reason")
        batch_op.drop_column("score_parts")

    with op.batch_alter_table("property_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_property_status_changes_to_status"))
        batch_op.drop_index(batch_op.f("ix_property_status_changes_property_id"))
        batch_op.drop_index(batch_op.f("ix_property_status_changes_changed_on"))

    op.drop_table("property_status_changes")
