"""LWSI reference tables (GVA per worker by WZ section, population by district) and stored computations

Revision ID: 3001
Revises: 1002
Create Date: 2026-11-25 16:35:23.177258

New tables only; downgrading drops them (and the imported tables and computations with them).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import dlzw_desktop.db.types

revision: str = "3001"
down_revision: str | Sequence[str] | None = "1002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "gva_tables",
        sa.Column("edition", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("nrw_average_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("edition > 0", name=op.f("ck_gva_tables_edition_positive")),
        sa.CheckConstraint("nrw_average_cents > 0", name=op.f("ck_gva_tables_average_positive")),
        sa.CheckConstraint("year >= 1990 AND year <= 2100", name=op.f("ck_gva_tables_year_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gva_tables")),
        sa.UniqueConstraint("edition", name=op.f("uq_gva_tables_edition")),
    )
    op.create_table(
        "population_tables",
        sa.Column("edition", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("reference_date", sa.Date(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("edition > 0", name=op.f("ck_population_tables_edition_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_population_tables")),
        sa.UniqueConstraint("edition", name=op.f("uq_population_tables_edition")),
    )
    op.create_table(
        "gva_values",
        sa.Column("table_id", sa.Uuid(), nullable=False),
        sa.Column("section", sa.String(length=1), nullable=False),
        sa.Column("value_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("value_cents > 0", name=op.f("ck_gva_values_value_positive")),
        sa.ForeignKeyConstraint(
            ["table_id"], ["gva_tables.id"], name=op.f("fk_gva_values_table_id_gva_tables")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gva_values")),
        sa.UniqueConstraint("table_id", "section", name=op.f("uq_gva_values_table_id_section")),
    )
    with op.batch_alter_table("gva_values", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gva_values_table_id"), ["table_id"], unique=False)

    op.create_table(
        "lwsi_computations",
        sa.Column("quarter_id", sa.Uuid(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("calendar_quarter", sa.String(length=7), nullable=True),
        sa.Column("is_base_year", sa.Boolean(), nullable=False),
        sa.Column("gva_table_id", sa.Uuid(), nullable=True),
        sa.Column("population_table_id", sa.Uuid(), nullable=True),
        sa.Column("definition_version", sa.Integer(), nullable=False),
        sa.Column("value_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("direct_value_added_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("business_count", sa.Integer(), nullable=False),
        sa.Column("estimated", sa.Boolean(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "business_count >= 0", name=op.f("ck_lwsi_computations_business_count_not_negative")
        ),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_lwsi_computations_period_ordered")),
        sa.ForeignKeyConstraint(
            ["gva_table_id"], ["gva_tables.id"], name=op.f("fk_lwsi_computations_gva_table_id_gva_tables")
        ),
        sa.ForeignKeyConstraint(
            ["population_table_id"],
            ["population_tables.id"],
            name=op.f("fk_lwsi_computations_population_table_id_population_tables"),
        ),
        sa.ForeignKeyConstraint(
            ["quarter_id"], ["quarters.id"], name=op.f("fk_lwsi_computations_quarter_id_quarters")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lwsi_computations")),
    )
    with op.batch_alter_table("lwsi_computations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lwsi_computations_period_start"), ["period_start"], unique=False)
        batch_op.create_index(batch_op.f("ix_lwsi_computations_quarter_id"), ["quarter_id"], unique=False)

    op.create_table(
        "population_values",
        sa.Column("table_id", sa.Uuid(), nullable=False),
        sa.Column("district_id", sa.Uuid(), nullable=False),
        sa.Column("inhabitants", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("inhabitants >= 0", name=op.f("ck_population_values_inhabitants_not_negative")),
        sa.ForeignKeyConstraint(
            ["district_id"], ["districts.id"], name=op.f("fk_population_values_district_id_districts")
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["population_tables.id"],
            name=op.f("fk_population_values_table_id_population_tables"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_population_values")),
        sa.UniqueConstraint(
            "table_id", "district_id", name=op.f("uq_population_values_table_id_district_id")
        ),
    )
    with op.batch_alter_table("population_values", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_population_values_table_id"), ["table_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("population_values", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_population_values_table_id"))

    op.drop_table("population_values")
    with op.batch_alter_table("lwsi_computations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lwsi_computations_quarter_id"))
        batch_op.drop_index(batch_op.f("ix_lwsi_computations_period_start"))

    op.drop_table("lwsi_computations")
    with op.batch_alter_table("gva_values", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gva_values_table_id"))

    op.drop_table("gva_values")
    op.drop_table("population_tables")
    op.drop_table("gva_tables")
