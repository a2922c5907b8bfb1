"""Reference data: Dortmund's boroughs, districts, postcode hints and WZ 2008.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

The loader is idempotent and also refreshes changed names; later reference updates call it again from a
new revision. Downgrading keeps the rows: they are referenced by user data and do no harm.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dlzw_desktop.db.reference_data import load_reference_data
from dlzw_desktop.paths import resource

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    load_reference_data(op.get_bind(), resource("data"))


def downgrade() -> None:
    pass
