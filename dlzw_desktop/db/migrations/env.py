"""Alembic environment: runs migrations on the engine handed in by ``dlzw_desktop.db.migrate``.

SQLite: batch mode, and foreign keys switched off *before* the migration transaction begins. A batch table
rebuild with ``foreign_keys=ON`` fires ``ON DELETE CASCADE`` and silently empties child tables. After the
migration, ``PRAGMA foreign_key_check`` must come back empty before foreign keys are switched on again.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from dlzw_desktop.db import models  # noqa: F401 - registers every table on Base.metadata
from dlzw_desktop.db.base import Base
from dlzw_desktop.db.search import include_name

config = context.config
target_metadata = Base.metadata


def _run_sqlite(engine: Engine) -> None:
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        # Outside any transaction: PRAGMA foreign_keys is a no-op inside one.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=True,
                compare_type=True,
                include_name=include_name,
            )
            with context.begin_transaction():
                context.run_migrations()
            connection.commit()
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"migration left dangling foreign keys: {problems[:10]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _run_other(engine: Engine) -> None:
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            compare_type=True,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


def run_migrations_online() -> None:
    engine: Engine = config.attributes["engine"]
    if engine.dialect.name == "sqlite":
        _run_sqlite(engine)
    else:
        _run_other(engine)


if context.is_offline_mode():  # pragma: no cover - offline SQL generation is not offered
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
