"""Security: audit hash chain, password columns, restricted persons; PostgreSQL roles, grants, RLS, triggers.

Revision ID: 4001
Revises: 6001
Create Date: 2026-12-01

Existing audit rows are sealed into the new hash chain at the upgrade. On SQLite, triggers refuse to
change or delete audit rows (except a data-protection redaction that keeps the chain fields). On
PostgreSQL, ``db/pg_security.py`` creates the group roles (when missing), grants, row-level security
policies and the audit triggers; on SQLite that part is a no-op. Downgrading removes triggers, policies
and grants; the cluster-wide group roles stay (other databases may use them).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import dlzw_desktop.db.types
from dlzw_desktop.db.audit import seal_existing_rows
from dlzw_desktop.db.pg_security import apply_pg_security, remove_pg_security

revision: str = "4001"
down_revision: str | Sequence[str] | None = "6001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_GUARDS = (
    """
    CREATE TRIGGER IF NOT EXISTS audit_log_append_only_update BEFORE UPDATE ON audit_log
    WHEN NOT (NEW.changes LIKE '{"_redacted"%' AND NEW.note = ''
              AND NEW.seq = OLD.seq AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
              AND NEW.action = OLD.action AND NEW.entity = OLD.entity
              AND NEW.entity_id IS OLD.entity_id AND NEW.case_id IS OLD.case_id
              AND NEW.person_id IS OLD.person_id AND NEW.content_hash IS OLD.content_hash
              AND NEW.prev_hash IS OLD.prev_hash AND NEW.row_hash IS OLD.row_hash)
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS audit_log_append_only_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
    """,
)


def upgrade() -> None:
    # Plain ADD/DROP COLUMN, no batch rebuild: SQLite (3.35 and later) adds and drops these simple columns
    # in place, while rebuilding ``persons`` would break the case search triggers (1002) that name it.
    op.add_column("audit_log", sa.Column("content_hash", sa.String(length=64), nullable=True))
    op.add_column(
        "persons", sa.Column("restricted_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True)
    )
    op.add_column(
        "users",
        sa.Column("password_changed_at", dlzw_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
    )
    op.add_column(
        "users", sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    bind = op.get_bind()
    seal_existing_rows(bind)
    if bind.dialect.name == "postgresql":
        apply_pg_security(bind)
    elif bind.dialect.name == "sqlite":
        for statement in SQLITE_GUARDS:
            bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        remove_pg_security(bind)
    elif bind.dialect.name == "sqlite":
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_append_only_update")
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_append_only_delete")
    op.drop_column("users", "must_change_password")
    op.drop_column("users", "password_changed_at")
    op.drop_column("persons", "restricted_at")
    op.drop_column("audit_log", "content_hash")
