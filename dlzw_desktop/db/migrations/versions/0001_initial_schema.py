"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 16:00:14.909323
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import dlzw_desktop.db.types

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "audit_log",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            sa.Identity(always=False),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=True),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=True),
        sa.Column("row_hash", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("id", name=op.f("uq_audit_log_id")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_actor"), ["actor"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_entity"), ["entity"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_person_id"), ["person_id"], unique=False)

    op.create_table(
        "boroughs",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("display_order", sa.Integer(), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("population_date", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_boroughs")),
        sa.UniqueConstraint("name", name=op.f("uq_boroughs_name")),
    )
    op.create_table(
        "case_number_sequences",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_number_sequences")),
        sa.UniqueConstraint("year", name=op.f("uq_case_number_sequences_year")),
    )
    op.create_table(
        "lenders",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("contact_person", sa.String(length=200), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lenders")),
        sa.UniqueConstraint("name", name=op.f("uq_lenders_name")),
    )
    op.create_table(
        "loan_programmes",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("first_loan_cap_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("total_cap_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("max_term_months", sa.Integer(), nullable=False),
        sa.Column("max_grace_months", sa.Integer(), nullable=False),
        sa.Column("interest_rate_percent", sa.Numeric(precision=6, scale=3), nullable=False),
        sa.Column("fee_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("follow_up_after_months", sa.Integer(), nullable=False),
        sa.Column("required_documents", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint("fee_cents >= 0", name=op.f("ck_loan_programmes_fee_not_negative")),
        sa.CheckConstraint(
            "first_loan_cap_cents > 0",
            name=op.f("ck_loan_programmes_first_loan_cap_positive"),
        ),
        sa.CheckConstraint(
            "interest_rate_percent >= 0",
            name=op.f("ck_loan_programmes_rate_not_negative"),
        ),
        sa.CheckConstraint("max_term_months > 0", name=op.f("ck_loan_programmes_max_term_positive")),
        sa.CheckConstraint(
            "total_cap_cents >= first_loan_cap_cents",
            name=op.f("ck_loan_programmes_total_cap_covers_first"),
        ),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from",
            name=op.f("ck_loan_programmes_validity_ordered"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_programmes")),
    )
    op.create_table(
        "programme_costs",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "staff",
                "material",
                "overhead",
                "loan_losses",
                "other",
                name="costkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("amount_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint("amount_cents >= 0", name=op.f("ck_programme_costs_amount_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_costs")),
    )
    with op.batch_alter_table("programme_costs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_costs_year"), ["year"], unique=False)

    op.create_table(
        "sectors",
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("section", sa.String(length=1), nullable=False),
        sa.Column("parent_code", sa.String(length=10), nullable=True),
        sa.Column("name_de", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sectors")),
        sa.UniqueConstraint("code", name=op.f("uq_sectors_code")),
    )
    with op.batch_alter_table("sectors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sectors_section"), ["section"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settings")),
        sa.UniqueConstraint("key", name=op.f("uq_settings_key")),
    )
    op.create_table(
        "users",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "advisor",
                "lead",
                "reporting",
                "admin",
                name="role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column(
            "locked_until",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.Column(
            "last_sign_in_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "districts",
        sa.Column("borough_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=True),
        sa.Column("area_km2", sa.Numeric(precision=8, scale=3), nullable=True),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("population_date", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["borough_id"],
            ["boroughs.id"],
            name=op.f("fk_districts_borough_id_boroughs"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_districts")),
        sa.UniqueConstraint("name", name=op.f("uq_districts_name")),
    )
    with op.batch_alter_table("districts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_districts_borough_id"), ["borough_id"], unique=False)

    op.create_table(
        "quarters",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("base_year", sa.Integer(), nullable=False),
        sa.Column("lwsi_goal_percent", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("goal_reactivated_units", sa.Integer(), nullable=True),
        sa.Column("goal_recommended_loans", sa.Integer(), nullable=True),
        sa.Column("goal_jobs", sa.Integer(), nullable=True),
        sa.Column("responsible_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "active",
                "completed",
                name="quarterstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("allow_overlap", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint(
            "base_year >= 2000 AND base_year <= 2100",
            name=op.f("ck_quarters_base_year_range"),
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["users.id"],
            name=op.f("fk_quarters_responsible_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarters")),
        sa.UniqueConstraint("name", name=op.f("uq_quarters_name")),
    )
    op.create_table(
        "businesses",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "legal_form",
            sa.Enum(
                "sole_trader",
                "freelancer",
                "ek",
                "gbr",
                "ug",
                "gmbh",
                "other",
                name="legalform",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("sector_id", sa.Uuid(), nullable=True),
        sa.Column("founding_date", sa.Date(), nullable=True),
        sa.Column("founding_planned", sa.Boolean(), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("borough_id", sa.Uuid(), nullable=True),
        sa.Column("district_id", sa.Uuid(), nullable=True),
        sa.Column("employees", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint("employees >= 0", name=op.f("ck_businesses_employees_not_negative")),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_businesses_name_not_empty")),
        sa.ForeignKeyConstraint(
            ["borough_id"],
            ["boroughs.id"],
            name=op.f("fk_businesses_borough_id_boroughs"),
        ),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["districts.id"],
            name=op.f("fk_businesses_district_id_districts"),
        ),
        sa.ForeignKeyConstraint(["sector_id"], ["sectors.id"], name=op.f("fk_businesses_sector_id_sectors")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_businesses")),
    )
    with op.batch_alter_table("businesses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_businesses_borough_id"), ["borough_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_businesses_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_businesses_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_businesses_sector_id"), ["sector_id"], unique=False)

    op.create_table(
        "initiatives",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "traders",
                "retail",
                "creative",
                "owners",
                "mixed",
                name="initiativekind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("quarter_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["quarter_id"],
            ["quarters.id"],
            name=op.f("fk_initiatives_quarter_id_quarters"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiatives")),
    )
    with op.batch_alter_table("initiatives", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_initiatives_quarter_id"), ["quarter_id"], unique=False)

    op.create_table(
        "persons",
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("given_names", sa.String(length=200), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column(
            "gender",
            sa.Enum(
                "female",
                "male",
                "diverse",
                "not_stated",
                name="gender",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "migration_background",
            sa.Enum(
                "yes",
                "no",
                "not_stated",
                name="migrationbackground",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "residence_status",
            sa.Enum(
                "not_relevant",
                "german",
                "eu",
                "settlement_permit",
                "residence_permit_self_employment",
                "residence_permit_other",
                "not_stated",
                name="residencestatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("residence_permit_until", sa.Date(), nullable=True),
        sa.Column("preferred_languages", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("district_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "anonymised_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.Column("legal_hold", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint("length(family_name) > 0", name=op.f("ck_persons_family_name_not_empty")),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["districts.id"],
            name=op.f("fk_persons_district_id_districts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_persons_family_name"), ["family_name"], unique=False)

    op.create_table(
        "postcode_hints",
        sa.Column("plz_from", sa.String(length=5), nullable=False),
        sa.Column("plz_to", sa.String(length=5), nullable=False),
        sa.Column("borough_id", sa.Uuid(), nullable=False),
        sa.Column("district_id", sa.Uuid(), nullable=True),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["borough_id"],
            ["boroughs.id"],
            name=op.f("fk_postcode_hints_borough_id_boroughs"),
        ),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["districts.id"],
            name=op.f("fk_postcode_hints_district_id_districts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_postcode_hints")),
    )
    with op.batch_alter_table("postcode_hints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_postcode_hints_plz_from"), ["plz_from"], unique=False)

    op.create_table(
        "quarter_districts",
        sa.Column("quarter_id", sa.Uuid(), nullable=False),
        sa.Column("district_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["districts.id"],
            name=op.f("fk_quarter_districts_district_id_districts"),
        ),
        sa.ForeignKeyConstraint(
            ["quarter_id"],
            ["quarters.id"],
            name=op.f("fk_quarter_districts_quarter_id_quarters"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarter_districts")),
        sa.UniqueConstraint(
            "quarter_id",
            "district_id",
            name=op.f("uq_quarter_districts_quarter_id_district_id"),
        ),
    )
    with op.batch_alter_table("quarter_districts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quarter_districts_district_id"),
            ["district_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_quarter_districts_quarter_id"), ["quarter_id"], unique=False)

    op.create_table(
        "business_members",
        sa.Column("business_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "founder",
                "co_founder",
                "guarantor",
                name="businessrole",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["businesses.id"],
            name=op.f("fk_business_members_business_id_businesses"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_business_members_person_id_persons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_members")),
        sa.UniqueConstraint(
            "business_id",
            "person_id",
            "role",
            name=op.f("uq_business_members_business_id_person_id_role"),
        ),
    )
    with op.batch_alter_table("business_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_business_members_business_id"), ["business_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_business_members_person_id"), ["person_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("provisional", sa.Boolean(), nullable=False),
        sa.Column("business_id", sa.Uuid(), nullable=False),
        sa.Column("advisor_id", sa.Uuid(), nullable=True),
        sa.Column("programme_id", sa.Uuid(), nullable=True),
        sa.Column("lender_id", sa.Uuid(), nullable=True),
        sa.Column("previous_case_id", sa.Uuid(), nullable=True),
        sa.Column(
            "source",
            sa.Enum(
                "consultation_day",
                "ihk",
                "hwk",
                "job_centre",
                "employment_agency",
                "initiative",
                "bank",
                "website",
                "word_of_mouth",
                "other",
                name="casesource",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("requested_amount_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "enquiry",
                "consulting",
                "documents_complete",
                "assessment",
                "recommended",
                "approved",
                "declined",
                "disbursed",
                "monitoring",
                "closed",
                name="casestage",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "stage_since",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                "repaid",
                "written_off",
                "withdrawn",
                "not_eligible",
                "declined",
                name="caseoutcome",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("household_income_cents", dlzw_desktop.db.types.Money(), nullable=True),
        sa.Column("household_expenses_cents", dlzw_desktop.db.types.Money(), nullable=True),
        sa.Column("business_surplus_cents", dlzw_desktop.db.types.Money(), nullable=True),
        sa.Column("planned_term_months", sa.Integer(), nullable=True),
        sa.Column("planned_grace_months", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint(
            "stage <> 'closed' OR outcome IS NOT NULL",
            name=op.f("ck_cases_closed_has_outcome"),
        ),
        sa.CheckConstraint(
            "household_expenses_cents IS NULL OR household_expenses_cents >= 0",
            name=op.f("ck_cases_expenses_ok"),
        ),
        sa.CheckConstraint(
            "household_income_cents IS NULL OR household_income_cents >= 0",
            name=op.f("ck_cases_income_ok"),
        ),
        sa.CheckConstraint(
            "planned_grace_months IS NULL OR planned_grace_months >= 0",
            name=op.f("ck_cases_grace_ok"),
        ),
        sa.CheckConstraint(
            "planned_term_months IS NULL OR planned_term_months > 0",
            name=op.f("ck_cases_term_positive"),
        ),
        sa.CheckConstraint(
            "requested_amount_cents >= 0",
            name=op.f("ck_cases_requested_amount_not_negative"),
        ),
        sa.ForeignKeyConstraint(["advisor_id"], ["users.id"], name=op.f("fk_cases_advisor_id_users")),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["businesses.id"],
            name=op.f("fk_cases_business_id_businesses"),
        ),
        sa.ForeignKeyConstraint(["lender_id"], ["lenders.id"], name=op.f("fk_cases_lender_id_lenders")),
        sa.ForeignKeyConstraint(
            ["previous_case_id"],
            ["cases.id"],
            name=op.f("fk_cases_previous_case_id_cases"),
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["loan_programmes.id"],
            name=op.f("fk_cases_programme_id_loan_programmes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("number", name=op.f("uq_cases_number")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_advisor_id"), ["advisor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_business_id"), ["business_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_opened_on"), ["opened_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_stage"), ["stage"], unique=False)

    op.create_table(
        "consents",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "advice",
                "lender_transfer",
                "owner_contact",
                "statistics",
                "initiative_contact",
                name="consentpurpose",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column(
            "form",
            sa.Enum(
                "written",
                "electronic",
                "oral",
                name="consentform",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_consents_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_person_id"), ["person_id"], unique=False)

    op.create_table(
        "consultation_days",
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("borough_id", sa.Uuid(), nullable=True),
        sa.Column("district_id", sa.Uuid(), nullable=True),
        sa.Column("initiative_id", sa.Uuid(), nullable=True),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("ends_at", sa.Time(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_consultation_days_ends_after_start")),
        sa.CheckConstraint(
            "slot_minutes >= 5 AND slot_minutes <= 240",
            name=op.f("ck_consultation_days_slot_length"),
        ),
        sa.ForeignKeyConstraint(
            ["borough_id"],
            ["boroughs.id"],
            name=op.f("fk_consultation_days_borough_id_boroughs"),
        ),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["districts.id"],
            name=op.f("fk_consultation_days_district_id_districts"),
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_consultation_days_initiative_id_initiatives"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_days")),
    )
    with op.batch_alter_table("consultation_days", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consultation_days_held_on"), ["held_on"], unique=False)

    op.create_table(
        "initiative_districts",
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("district_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["districts.id"],
            name=op.f("fk_initiative_districts_district_id_districts"),
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_initiative_districts_initiative_id_initiatives"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiative_districts")),
        sa.UniqueConstraint(
            "initiative_id",
            "district_id",
            name=op.f("uq_initiative_districts_initiative_id_district_id"),
        ),
    )
    with op.batch_alter_table("initiative_districts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_initiative_districts_initiative_id"),
            ["initiative_id"],
            unique=False,
        )

    op.create_table(
        "initiative_meetings",
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_initiative_meetings_initiative_id_initiatives"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiative_meetings")),
    )
    with op.batch_alter_table("initiative_meetings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_initiative_meetings_initiative_id"),
            ["initiative_id"],
            unique=False,
        )

    op.create_table(
        "initiative_members",
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("business_id", sa.Uuid(), nullable=True),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("is_contact", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint(
            "(person_id IS NULL) <> (business_id IS NULL)",
            name=op.f("ck_initiative_members_person_or_business"),
        ),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["businesses.id"],
            name=op.f("fk_initiative_members_business_id_businesses"),
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_initiative_members_initiative_id_initiatives"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_initiative_members_person_id_persons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiative_members")),
    )
    with op.batch_alter_table("initiative_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_initiative_members_initiative_id"),
            ["initiative_id"],
            unique=False,
        )

    op.create_table(
        "properties",
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("borough_id", sa.Uuid(), nullable=True),
        sa.Column("district_id", sa.Uuid(), nullable=True),
        sa.Column("ground_floor", sa.Boolean(), nullable=False),
        sa.Column("floor_note", sa.String(length=60), nullable=False),
        sa.Column("area_m2", sa.Numeric(precision=9, scale=2), nullable=False),
        sa.Column("rooms", sa.Integer(), nullable=True),
        sa.Column("cold_rent_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("service_charges_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("uses", sa.JSON(), nullable=False),
        sa.Column("shop_window", sa.Boolean(), nullable=False),
        sa.Column("step_free", sa.Boolean(), nullable=False),
        sa.Column(
            "condition",
            sa.Enum(
                "ready",
                "minor_work",
                "renovation",
                "major_renovation",
                name="propertycondition",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("renovation_needs", sa.Text(), nullable=False),
        sa.Column("renovation_cost_cents", dlzw_desktop.db.types.Money(), nullable=True),
        sa.Column("vacant_since", sa.Date(), nullable=True),
        sa.Column("vacancy_reason", sa.Text(), nullable=False),
        sa.Column("owner_person_id", sa.Uuid(), nullable=True),
        sa.Column("owner_business_id", sa.Uuid(), nullable=True),
        sa.Column("owner_consent", sa.Boolean(), nullable=False),
        sa.Column("owner_consent_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "vacant",
                "reserved",
                "let",
                "reactivated",
                "withdrawn",
                name="propertystatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("let_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint(
            "(owner_person_id IS NULL) OR (owner_business_id IS NULL)",
            name=op.f("ck_properties_one_owner_kind"),
        ),
        sa.CheckConstraint(
            "area_m2 > 0 AND area_m2 <= 100000",
            name=op.f("ck_properties_area_plausible"),
        ),
        sa.CheckConstraint("cold_rent_cents >= 0", name=op.f("ck_properties_rent_not_negative")),
        sa.CheckConstraint(
            "renovation_cost_cents IS NULL OR renovation_cost_cents >= 0",
            name=op.f("ck_properties_renovation_not_negative"),
        ),
        sa.CheckConstraint(
            "rooms IS NULL OR (rooms >= 0 AND rooms <= 500)",
            name=op.f("ck_properties_rooms_plausible"),
        ),
        sa.CheckConstraint(
            "service_charges_cents >= 0",
            name=op.f("ck_properties_charges_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["borough_id"],
            ["boroughs.id"],
            name=op.f("fk_properties_borough_id_boroughs"),
        ),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["districts.id"],
            name=op.f("fk_properties_district_id_districts"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_business_id"],
            ["businesses.id"],
            name=op.f("fk_properties_owner_business_id_businesses"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_person_id"],
            ["persons.id"],
            name=op.f("fk_properties_owner_person_id_persons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_properties")),
    )
    with op.batch_alter_table("properties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_properties_borough_id"), ["borough_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_properties_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_properties_status"), ["status"], unique=False)

    op.create_table(
        "appointments",
        sa.Column("day_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("visitor_name", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "booked",
                "attended",
                "no_show",
                "cancelled",
                name="appointmentstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_appointments_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["day_id"],
            ["consultation_days.id"],
            name=op.f("fk_appointments_day_id_consultation_days"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_appointments_person_id_persons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointments_day_id"), ["day_id"], unique=False)

    op.create_table(
        "consultation_day_advisors",
        sa.Column("day_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["day_id"],
            ["consultation_days.id"],
            name=op.f("fk_consultation_day_advisors_day_id_consultation_days"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_consultation_day_advisors_user_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_day_advisors")),
        sa.UniqueConstraint(
            "day_id",
            "user_id",
            name=op.f("uq_consultation_day_advisors_day_id_user_id"),
        ),
    )
    with op.batch_alter_table("consultation_day_advisors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consultation_day_advisors_day_id"), ["day_id"], unique=False)

    op.create_table(
        "consultations",
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("consultation_day_id", sa.Uuid(), nullable=True),
        sa.Column("advisor_id", sa.Uuid(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column(
            "place",
            sa.Enum(
                "office",
                "consultation_day",
                "on_site",
                "phone",
                "video",
                name="consultationplace",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("topics", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint(
            "duration_minutes > 0 AND duration_minutes <= 1440",
            name=op.f("ck_consultations_duration_plausible"),
        ),
        sa.ForeignKeyConstraint(["advisor_id"], ["users.id"], name=op.f("fk_consultations_advisor_id_users")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_consultations_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["consultation_day_id"],
            ["consultation_days.id"],
            name=op.f("fk_consultations_consultation_day_id_consultation_days"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_consultations_person_id_persons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultations")),
    )
    with op.batch_alter_table("consultations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consultations_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consultations_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_consultations_person_id"), ["person_id"], unique=False)

    op.create_table(
        "demand_entries",
        sa.Column("district_id", sa.Uuid(), nullable=True),
        sa.Column("quarter_id", sa.Uuid(), nullable=True),
        sa.Column("sector_id", sa.Uuid(), nullable=False),
        sa.Column("weight", sa.Numeric(precision=4, scale=2), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint(
            "district_id IS NOT NULL OR quarter_id IS NOT NULL",
            name=op.f("ck_demand_entries_has_area"),
        ),
        sa.CheckConstraint("weight > 0 AND weight <= 10", name=op.f("ck_demand_entries_weight_range")),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["districts.id"],
            name=op.f("fk_demand_entries_district_id_districts"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["initiative_meetings.id"],
            name=op.f("fk_demand_entries_meeting_id_initiative_meetings"),
        ),
        sa.ForeignKeyConstraint(
            ["quarter_id"],
            ["quarters.id"],
            name=op.f("fk_demand_entries_quarter_id_quarters"),
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"],
            ["sectors.id"],
            name=op.f("fk_demand_entries_sector_id_sectors"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demand_entries")),
    )
    with op.batch_alter_table("demand_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_demand_entries_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_demand_entries_quarter_id"), ["quarter_id"], unique=False)

    op.create_table(
        "document_requirements",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "business_plan",
                "liquidity_plan",
                "profitability_plan",
                "household_budget",
                "id_document",
                "permits",
                "trade_registration",
                "references",
                "credit_self_disclosure",
                "residence_permit",
                "other",
                name="documentkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "missing",
                "requested",
                "received",
                "checked",
                "not_applicable",
                name="documentstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("status_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_document_requirements_case_id_cases"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_requirements")),
        sa.UniqueConstraint("case_id", "kind", name=op.f("uq_document_requirements_case_id_kind")),
    )
    with op.batch_alter_table("document_requirements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_requirements_case_id"), ["case_id"], unique=False)

    op.create_table(
        "jobs_records",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column(
            "occasion",
            sa.Enum(
                "intake",
                "month_6",
                "month_12",
                "month_24",
                name="jobsoccasion",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("created_heads", sa.Integer(), nullable=False),
        sa.Column("created_fte", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("secured_heads", sa.Integer(), nullable=False),
        sa.Column("secured_fte", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint(
            "created_heads >= 0 AND secured_heads >= 0 AND created_fte >= 0 AND secured_fte >= 0",
            name=op.f("ck_jobs_records_counts_not_negative"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_jobs_records_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs_records")),
        sa.UniqueConstraint("case_id", "occasion", name=op.f("uq_jobs_records_case_id_occasion")),
    )
    with op.batch_alter_table("jobs_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_jobs_records_case_id"), ["case_id"], unique=False)

    op.create_table(
        "meeting_missing_offers",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("sector_id", sa.Uuid(), nullable=False),
        sa.Column("district_id", sa.Uuid(), nullable=True),
        sa.Column("weight", sa.Numeric(precision=4, scale=2), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["districts.id"],
            name=op.f("fk_meeting_missing_offers_district_id_districts"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["initiative_meetings.id"],
            name=op.f("fk_meeting_missing_offers_meeting_id_initiative_meetings"),
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"],
            ["sectors.id"],
            name=op.f("fk_meeting_missing_offers_sector_id_sectors"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_missing_offers")),
    )
    with op.batch_alter_table("meeting_missing_offers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_missing_offers_meeting_id"),
            ["meeting_id"],
            unique=False,
        )

    op.create_table(
        "recommendations",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("programme_id", sa.Uuid(), nullable=True),
        sa.Column("lender_id", sa.Uuid(), nullable=True),
        sa.Column("amount_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("grace_months", sa.Integer(), nullable=False),
        sa.Column("interest_rate_percent", sa.Numeric(precision=6, scale=3), nullable=False),
        sa.Column("fee_cents", dlzw_desktop.db.types.Money(), nullable=False),
        sa.Column("recommended_on", sa.Date(), nullable=False),
        sa.Column("is_follow_up_loan", sa.Boolean(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("signed_off_by", sa.String(length=64), nullable=True),
        sa.Column(
            "signed_off_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_recommendations_amount_positive")),
        sa.CheckConstraint("fee_cents >= 0", name=op.f("ck_recommendations_fee_not_negative")),
        sa.CheckConstraint("grace_months >= 0", name=op.f("ck_recommendations_grace_not_negative")),
        sa.CheckConstraint("term_months > 0", name=op.f("ck_recommendations_term_positive")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_recommendations_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["lender_id"],
            ["lenders.id"],
            name=op.f("fk_recommendations_lender_id_lenders"),
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["loan_programmes.id"],
            name=op.f("fk_recommendations_programme_id_loan_programmes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendations")),
    )
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recommendations_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_recommendations_recommended_on"),
            ["recommended_on"],
            unique=False,
        )

    op.create_table(
        "reminders",
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("property_id", sa.Uuid(), nullable=True),
        sa.Column("initiative_id", sa.Uuid(), nullable=True),
        sa.Column("assigned_to_id", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "manual",
                "jobs_follow_up",
                "meeting_action",
                "documents",
                name="reminderkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("done_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("origin_key", sa.String(length=120), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["assigned_to_id"],
            ["users.id"],
            name=op.f("fk_reminders_assigned_to_id_users"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_reminders_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_reminders_initiative_id_initiatives"),
        ),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.id"],
            name=op.f("fk_reminders_property_id_properties"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders")),
        sa.UniqueConstraint("origin_key", name=op.f("uq_reminders_origin_key")),
    )
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminders_assigned_to_id"), ["assigned_to_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminders_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminders_due_on"), ["due_on"], unique=False)

    op.create_table(
        "space_requests",
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("business_id", sa.Uuid(), nullable=True),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("sector_id", sa.Uuid(), nullable=True),
        sa.Column("use", sa.String(length=20), nullable=False),
        sa.Column("min_area_m2", sa.Numeric(precision=9, scale=2), nullable=True),
        sa.Column("max_area_m2", sa.Numeric(precision=9, scale=2), nullable=True),
        sa.Column("max_rent_cents", dlzw_desktop.db.types.Money(), nullable=True),
        sa.Column("preferred_district_ids", sa.JSON(), nullable=False),
        sa.Column("preferred_borough_ids", sa.JSON(), nullable=False),
        sa.Column("needs_ground_floor", sa.Boolean(), nullable=False),
        sa.Column("needs_shop_window", sa.Boolean(), nullable=False),
        sa.Column("needs_step_free", sa.Boolean(), nullable=False),
        sa.Column("earliest_move_in", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "fulfilled",
                "withdrawn",
                name="spacerequeststatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint(
            "max_area_m2 IS NULL OR min_area_m2 IS NULL OR max_area_m2 >= min_area_m2",
            name=op.f("ck_space_requests_area_range"),
        ),
        sa.CheckConstraint(
            "max_rent_cents IS NULL OR max_rent_cents >= 0",
            name=op.f("ck_space_requests_rent_not_negative"),
        ),
        sa.CheckConstraint(
            "min_area_m2 IS NULL OR min_area_m2 > 0",
            name=op.f("ck_space_requests_min_area_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["businesses.id"],
            name=op.f("fk_space_requests_business_id_businesses"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_space_requests_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_space_requests_person_id_persons"),
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"],
            ["sectors.id"],
            name=op.f("fk_space_requests_sector_id_sectors"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_space_requests")),
    )
    with op.batch_alter_table("space_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_space_requests_case_id"), ["case_id"], unique=False)

    op.create_table(
        "stage_changes",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column(
            "from_stage",
            sa.Enum(
                "enquiry",
                "consulting",
                "documents_complete",
                "assessment",
                "recommended",
                "approved",
                "declined",
                "disbursed",
                "monitoring",
                "closed",
                name="from_stage",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_stage",
            sa.Enum(
                "enquiry",
                "consulting",
                "documents_complete",
                "assessment",
                "recommended",
                "approved",
                "declined",
                "disbursed",
                "monitoring",
                "closed",
                name="to_stage",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "changed_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("changed_by", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("is_reversal", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_stage_changes_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_changes")),
    )
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_changes_case_id"), ["case_id"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("requirement_id", sa.Uuid(), nullable=True),
        sa.Column("property_id", sa.Uuid(), nullable=True),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("stored_name", sa.String(length=80), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_attachments_size_not_negative")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_attachments_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.id"],
            name=op.f("fk_attachments_property_id_properties"),
        ),
        sa.ForeignKeyConstraint(
            ["requirement_id"],
            ["document_requirements.id"],
            name=op.f("fk_attachments_requirement_id_document_requirements"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
        sa.UniqueConstraint("stored_name", name=op.f("uq_attachments_stored_name")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_property_id"), ["property_id"], unique=False)

    op.create_table(
        "loans",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("recommendation_id", sa.Uuid(), nullable=True),
        sa.Column("lender_id", sa.Uuid(), nullable=True),
        sa.Column(
            "decision",
            sa.Enum(
                "approved",
                "declined",
                name="lenderdecision",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", dlzw_desktop.db.types.Money(), nullable=True),
        sa.Column("term_months", sa.Integer(), nullable=True),
        sa.Column("grace_months", sa.Integer(), nullable=True),
        sa.Column("interest_rate_percent", sa.Numeric(precision=6, scale=3), nullable=True),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("disbursed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint(
            "amount_cents IS NULL OR amount_cents > 0",
            name=op.f("ck_loans_amount_positive"),
        ),
        sa.CheckConstraint(
            "disbursed_on IS NULL OR disbursed_on >= decided_on",
            name=op.f("ck_loans_payout_after_decision"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_loans_case_id_cases")),
        sa.ForeignKeyConstraint(["lender_id"], ["lenders.id"], name=op.f("fk_loans_lender_id_lenders")),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendations.id"],
            name=op.f("fk_loans_recommendation_id_recommendations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loans")),
    )
    with op.batch_alter_table("loans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loans_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loans_decided_on"), ["decided_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_loans_disbursed_on"), ["disbursed_on"], unique=False)

    op.create_table(
        "matches",
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("property_id", sa.Uuid(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "proposed",
                "owner_contacted",
                "viewing",
                "lease_signed",
                "business_opened",
                "rejected",
                name="matchstage",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("score", sa.Numeric(precision=6, scale=4), nullable=True),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("fund_eligible", sa.Boolean(), nullable=False),
        sa.Column("rejection_reason", sa.Text(), nullable=False),
        sa.Column("lease_signed_on", sa.Date(), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.id"],
            name=op.f("fk_matches_property_id_properties"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["space_requests.id"],
            name=op.f("fk_matches_request_id_space_requests"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matches")),
        sa.UniqueConstraint("request_id", "property_id", name=op.f("uq_matches_request_id_property_id")),
    )
    with op.batch_alter_table("matches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matches_property_id"), ["property_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_matches_request_id"), ["request_id"], unique=False)

    op.create_table(
        "meeting_actions",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("owner_name", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("reminder_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["initiative_meetings.id"],
            name=op.f("fk_meeting_actions_meeting_id_initiative_meetings"),
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_meeting_actions_owner_id_users")),
        sa.ForeignKeyConstraint(
            ["reminder_id"],
            ["reminders.id"],
            name=op.f("fk_meeting_actions_reminder_id_reminders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_actions")),
    )
    with op.batch_alter_table("meeting_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_actions_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "repayment_entries",
        sa.Column("loan_id", sa.Uuid(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "on_time",
                "arrears",
                "rescheduled",
                "written_off",
                name="repaymentstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("arrears_cents", dlzw_desktop.db.types.Money(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "deleted_at",
            dlzw_desktop.db.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.CheckConstraint(
            "arrears_cents IS NULL OR arrears_cents >= 0",
            name=op.f("ck_repayment_entries_arrears_not_negative"),
        ),
        sa.ForeignKeyConstraint(["loan_id"], ["loans.id"], name=op.f("fk_repayment_entries_loan_id_loans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repayment_entries")),
        sa.UniqueConstraint("loan_id", "month", name=op.f("uq_repayment_entries_loan_id_month")),
    )
    with op.batch_alter_table("repayment_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_repayment_entries_loan_id"), ["loan_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("repayment_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_repayment_entries_loan_id"))

    op.drop_table("repayment_entries")
    with op.batch_alter_table("meeting_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_actions_meeting_id"))

    op.drop_table("meeting_actions")
    with op.batch_alter_table("matches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matches_request_id"))
        batch_op.drop_index(batch_op.f("ix_matches_property_id"))

    op.drop_table("matches")
    with op.batch_alter_table("loans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loans_disbursed_on"))
        batch_op.drop_index(batch_op.f("ix_loans_decided_on"))
        batch_op.drop_index(batch_op.f("ix_loans_case_id"))

    op.drop_table("loans")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_property_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_case_id"))

    op.drop_table("attachments")
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_changes_case_id"))

    op.drop_table("stage_changes")
    with op.batch_alter_table("space_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_space_requests_case_id"))

    op.drop_table("space_requests")
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminders_due_on"))
        batch_op.drop_index(batch_op.f("ix_reminders_case_id"))
        batch_op.drop_index(batch_op.f("ix_reminders_assigned_to_id"))

    op.drop_table("reminders")
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendations_recommended_on"))
        batch_op.drop_index(batch_op.f("ix_recommendations_case_id"))

    op.drop_table("recommendations")
    with op.batch_alter_table("meeting_missing_offers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_missing_offers_meeting_id"))

    op.drop_table("meeting_missing_offers")
    with op.batch_alter_table("jobs_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_jobs_records_case_id"))

    op.drop_table("jobs_records")
    with op.batch_alter_table("document_requirements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_requirements_case_id"))

    op.drop_table("document_requirements")
    with op.batch_alter_table("demand_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_demand_entries_quarter_id"))
        batch_op.drop_index(batch_op.f("ix_demand_entries_district_id"))

    op.drop_table("demand_entries")
    with op.batch_alter_table("consultations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consultations_person_id"))
        batch_op.drop_index(batch_op.f("ix_consultations_held_on"))
        batch_op.drop_index(batch_op.f("ix_consultations_case_id"))

    op.drop_table("consultations")
    with op.batch_alter_table("consultation_day_advisors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consultation_day_advisors_day_id"))

    op.drop_table("consultation_day_advisors")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_day_id"))

    op.drop_table("appointments")
    with op.batch_alter_table("properties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_properties_status"))
        batch_op.drop_index(batch_op.f("ix_properties_district_id"))
        batch_op.drop_index(batch_op.f("ix_properties_borough_id"))

    op.drop_table("properties")
    with op.batch_alter_table("initiative_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiative_members_initiative_id"))

    op.drop_table("initiative_members")
    with op.batch_alter_table("initiative_meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiative_meetings_initiative_id"))

    op.drop_table("initiative_meetings")
    with op.batch_alter_table("initiative_districts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiative_districts_initiative_id"))

    op.drop_table("initiative_districts")
    with op.batch_alter_table("consultation_days", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consultation_days_held_on"))

    op.drop_table("consultation_days")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_person_id"))

    op.drop_table("consents")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_stage"))
        batch_op.drop_index(batch_op.f("ix_cases_opened_on"))
        batch_op.drop_index(batch_op.f("ix_cases_business_id"))
        batch_op.drop_index(batch_op.f("ix_cases_advisor_id"))

    op.drop_table("cases")
    with op.batch_alter_table("business_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_business_members_person_id"))
        batch_op.drop_index(batch_op.f("ix_business_members_business_id"))

    op.drop_table("business_members")
    with op.batch_alter_table("quarter_districts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quarter_districts_quarter_id"))
        batch_op.drop_index(batch_op.f("ix_quarter_districts_district_id"))

    op.drop_table("quarter_districts")
    with op.batch_alter_table("postcode_hints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_postcode_hints_plz_from"))

    op.drop_table("postcode_hints")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_family_name"))
        batch_op.drop_index(batch_op.f("ix_persons_district_id"))

    op.drop_table("persons")
    with op.batch_alter_table("initiatives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiatives_quarter_id"))

    op.drop_table("initiatives")
    with op.batch_alter_table("businesses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_businesses_sector_id"))
        batch_op.drop_index(batch_op.f("ix_businesses_name"))
        batch_op.drop_index(batch_op.f("ix_businesses_district_id"))
        batch_op.drop_index(batch_op.f("ix_businesses_borough_id"))

    op.drop_table("businesses")
    op.drop_table("quarters")
    with op.batch_alter_table("districts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_districts_borough_id"))

    op.drop_table("districts")
    op.drop_table("users")
    op.drop_table("settings")
    with op.batch_alter_table("sectors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sectors_section"))

    op.drop_table("sectors")
    with op.batch_alter_table("programme_costs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_costs_year"))

    op.drop_table("programme_costs")
    op.drop_table("loan_programmes")
    op.drop_table("lenders")
    op.drop_table("case_number_sequences")
    op.drop_table("boroughs")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_person_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_entity"))
        batch_op.drop_index(batch_op.f("ix_audit_log_case_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))
        batch_op.drop_index(batch_op.f("ix_audit_log_actor"))

    op.drop_table("audit_log")
