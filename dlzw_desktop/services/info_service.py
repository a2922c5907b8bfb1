"""What is in the database: schema version and row counts (for ``dlzw info`` and the status bar)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from dlzw_desktop.db.base import Base
from dlzw_desktop.db.engine import describe
from dlzw_desktop.db.migrate import current_revision, head_revision
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import ANYONE_SIGNED_IN, NO_SIGN_IN, requires


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

    @requires(NO_SIGN_IN)
    def location(self) -> str:
        """Where the database is (shown in the sign-in dialog, before anybody is signed in)."""
        return describe(self._sessions.url)

    @requires(NO_SIGN_IN)
    def check_location(self) -> None:
        """Raise ``StorageError`` when the database file was moved, deleted or replaced while open."""
        self._sessions.check_location()

    @requires(ANYONE_SIGNED_IN)
    def database_info(self) -> DatabaseInfo:
        counts: dict[str, int] = {}
        with self._sessions() as session:
            readable = None
            if self._sessions.dialect == "postgresql":
                # A personal login may not read every table (the audit trail): count what it may read.
                readable = {
                    row[0]
                    for row in session.execute(
                        text(
                            "SELECT c.relname FROM pg_class AS c "
                            "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
                            "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                            "AND has_table_privilege(c.oid, 'SELECT')"
                        )
                    )
                }
            for table in Base.metadata.sorted_tables:
                if readable is not None and table.name not in readable:
                    continue
                counts[table.name] = session.scalar(select(func.count()).select_from(table)) or 0
        return DatabaseInfo(
            location=self.location(),
            dialect=self._sessions.dialect,
            schema_revision=current_revision(self._sessions.engine),
            head_revision=head_revision(),
            row_counts=counts,
        )
