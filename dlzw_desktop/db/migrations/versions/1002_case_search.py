"""Search as you type over cases: FTS5 on SQLite, tsvector (+ unaccent where available) on PostgreSQL.

Revision ID: 1002
Revises: 1001
Create Date: 2026-11-25

The index tables and triggers are described in ``dlzw_desktop.db.search``; they are filled from the
existing data here. Downgrading drops them (the data they index stays).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dlzw_desktop.db import search

revision: str = "1002"
down_revision: str | Sequence[str] | None = "1001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    search.install(op.get_bind())


def downgrade() -> None:
    search.uninstall(op.get_bind())
