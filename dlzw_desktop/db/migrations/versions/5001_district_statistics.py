"""District statistics: imported reference figures per district (or the whole city), year and source.

Revision ID: 5001
Revises: 0002
Create Date: 2026-11-25 16:35:01.772921

A new table only; downgrading drops it with the imported figures (they can be imported again).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import dlzw_desktop.db.types

revision: str = "5001"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "district_statistics",
        sa.Column("district_id", sa.Uuid(), nullable=True),
        sa.Column(
            "indicator",
            sa.Enum(
                "population",
                "population_migrant",
                "businesses",
                "business_registrations",
                "vacant_units",
                name="districtindicator",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("length(source) > 0", name=op.f("ck_district_statistics_source_not_empty")),
        sa.CheckConstraint("value >= 0", name=op.f("ck_district_statistics_value_not_negative")),
        sa.CheckConstraint("year >= 1990 AND year <= 2100", name=op.f("ck_district_statistics_year_range")),
        sa.ForeignKeyConstraint(
            ["district_id"], ["districts.id"], name=op.f("fk_district_statistics_district_id_districts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_district_statistics")),
    )
    with op.batch_alter_table("district_statistics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_district_statistics_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_district_statistics_year"), ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("district_statistics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_district_statistics_year"))
        batch_op.drop_index(batch_op.f("ix_district_statistics_district_id"))

    op.drop_table("district_statistics")
