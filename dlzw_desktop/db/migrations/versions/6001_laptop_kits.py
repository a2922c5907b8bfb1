"""Laptop kits: the office's register of kits, their record bases, id map, imported packages and
conflicts; the kit's own description and check-out snapshots.

Revision ID: 6001
Revises: 3001
Create Date: 2026-11-25 17:43:37.333806

New tables only; downgrading drops them. An office that downgrades loses the record of its kits: kits
still out must then be checked out again (their packages are refused as coming from an unknown kit).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import dlzw_desktop.db.types

revision: str = "6001"
down_revision: str | Sequence[str] | None = "3001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_kit_info",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("office_installation_id", sa.Uuid(), nullable=False),
        sa.Column("day_ids", sa.JSON(), nullable=False),
        sa.Column("advisor_username", sa.String(length=64), nullable=False),
        sa.Column("checked_out_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("checked_out_by", sa.String(length=64), nullable=False),
        sa.Column("refreshed_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("schema_revision", sa.String(length=64), nullable=False),
        sa.Column("key_check", sa.String(length=200), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.Column("last_package_id", sa.Uuid(), nullable=True),
        sa.Column("last_package_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("provisional_last", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("last_sequence >= 0", name=op.f("ck_sync_kit_info_sequence_not_negative")),
        sa.CheckConstraint("provisional_last >= 0", name=op.f("ck_sync_kit_info_provisional_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_kit_info")),
    )
    op.create_table(
        "sync_snapshots",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_snapshots")),
        sa.UniqueConstraint("table_name", "row_id", name=op.f("uq_sync_snapshots_table_name_row_id")),
    )
    op.create_table(
        "sync_kits",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("day_ids", sa.JSON(), nullable=False),
        sa.Column("advisor_id", sa.Uuid(), nullable=True),
        sa.Column("checked_out_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("refreshed_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.Column("last_imported_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("last_sequence >= 0", name=op.f("ck_sync_kits_sequence_not_negative")),
        sa.CheckConstraint("length(code) > 0", name=op.f("ck_sync_kits_code_not_empty")),
        sa.ForeignKeyConstraint(["advisor_id"], ["users.id"], name=op.f("fk_sync_kits_advisor_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_kits")),
        sa.UniqueConstraint("code", name=op.f("uq_sync_kits_code")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("kit_id", sa.Uuid(), nullable=False),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field_name", sa.String(length=64), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "edit",
                "delete_vs_edit",
                "missing_in_office",
                name="conflictkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("base_known", sa.Boolean(), nullable=False),
        sa.Column("base_value", sa.JSON(), nullable=False),
        sa.Column("office_value", sa.JSON(), nullable=False),
        sa.Column("laptop_value", sa.JSON(), nullable=False),
        sa.Column("laptop_key", sa.Text(), nullable=False),
        sa.Column(
            "resolution",
            sa.Enum(
                "office",
                "laptop",
                "edited",
                name="conflict_choice",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("resolved_value", sa.JSON(), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolved_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "(resolution IS NULL AND resolved_at IS NULL) OR (resolution IS NOT NULL AND resolved_at IS NOT NULL)",
            name=op.f("ck_sync_conflicts_resolution_complete"),
        ),
        sa.ForeignKeyConstraint(
            ["kit_id"], ["sync_kits.id"], name=op.f("fk_sync_conflicts_kit_id_sync_kits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflicts_kit_id"), ["kit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflicts_resolved_at"), ["resolved_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflicts_row_id"), ["row_id"], unique=False)

    op.create_table(
        "sync_id_map",
        sa.Column("kit_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("laptop_id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["kit_id"], ["sync_kits.id"], name=op.f("fk_sync_id_map_kit_id_sync_kits")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_id_map")),
        sa.UniqueConstraint(
            "kit_id", "table_name", "laptop_id", name=op.f("uq_sync_id_map_kit_id_table_name_laptop_id")
        ),
    )
    op.create_table(
        "sync_imports",
        sa.Column("kit_id", sa.Uuid(), nullable=False),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("written_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("imported_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("inserted", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("case_numbers", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("sequence > 0", name=op.f("ck_sync_imports_sequence_positive")),
        sa.ForeignKeyConstraint(["kit_id"], ["sync_kits.id"], name=op.f("fk_sync_imports_kit_id_sync_kits")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_imports")),
        sa.UniqueConstraint("package_id", name=op.f("uq_sync_imports_package_id")),
    )
    with op.batch_alter_table("sync_imports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_imports_kit_id"), ["kit_id"], unique=False)

    op.create_table(
        "sync_kit_records",
        sa.Column("kit_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["kit_id"], ["sync_kits.id"], name=op.f("fk_sync_kit_records_kit_id_sync_kits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_kit_records")),
        sa.UniqueConstraint(
            "kit_id", "table_name", "row_id", name=op.f("uq_sync_kit_records_kit_id_table_name_row_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("sync_kit_records")
    with op.batch_alter_table("sync_imports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_imports_kit_id"))

    op.drop_table("sync_imports")
    op.drop_table("sync_id_map")
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_row_id"))
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_resolved_at"))
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_kit_id"))

    op.drop_table("sync_conflicts")
    op.drop_table("sync_kits")
    op.drop_table("sync_snapshots")
    op.drop_table("sync_kit_info")
