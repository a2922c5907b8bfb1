"""Declarative base, naming convention and the change-tracking columns every table carries."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from dlzw_desktop.db.types import UTCDateTime
from dlzw_desktop.domain.dates import utc_now

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Reference rows get deterministic ids, so an office database and a laptop kit built apart agree.
REFERENCE_NAMESPACE = uuid.UUID("6f1d7c1e-8d4e-4c56-9a57-2f3c0d7b5a10")


def reference_id(kind: str, key: str) -> uuid.UUID:
    """Deterministic UUID of a reference row (borough, district, sector, ...)."""
    return uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{key}")


class Base(DeclarativeBase):
    """Base of all models."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """UUID key plus change tracking: created/updated at and by, optimistic-lock version, deletion marker.

    ``version`` is SQLAlchemy's ``version_id_col``: an UPDATE that finds another version raises
    ``StaleDataError`` and writes nothing. ``deleted_at`` marks a row as deleted; purging is an explicit
    data-protection action.
    """

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(64), default="system")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    updated_by: Mapped[str] = mapped_column(String(64), default="system")
    version: Mapped[int] = mapped_column(default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr signature
        return {"version_id_col": cls.version}
