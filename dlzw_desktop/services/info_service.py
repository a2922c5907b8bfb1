"""What is in the database: schema version and row counts (for ``dlzw info`` and the status bar)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from dlzw_desktop.db.base import Base
from dlzw_desktop.db.engine import describe
from dlzw_desktop.db.migrate import current_revision, head_revision
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import ANYONE_SIGNED_IN, requires


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    """Location, schema and size of the open database."""

    location: str
    dialect: str
    schema_revision: str | None
    head_revision: str
    row_counts: dict[str, int]

    @property
    def up_to_date(self) -> bool:
        return self.schema_revision == self.head_revision


class InfoService(Service):
    """Database facts for the CLI and the status bar; needs no permission beyond being signed in."""

    @requires(ANYONE_SIGNED_IN)
    def location(self) -> str:
        return describe(self._sessions.url)

    @requires(ANYONE_SIGNED_IN)
    def database_info(self) -> DatabaseInfo:
        counts: dict[str, int] = {}
        with self._sessions() as session:
            for table in Base.metadata.sorted_tables:
                counts[table.name] = session.scalar(select(func.count()).select_from(table)) or 0
        return DatabaseInfo(
            location=self.location(),
            dialect=self._sessions.dialect,
            schema_revision=current_revision(self._sessions.engine),
            head_revision=head_revision(),
            row_counts=counts,
        )
