"""Append-only audit trail and shared settings stored in the database."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Identity, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from dlzw_desktop.db.base import Base, Tracked
from dlzw_desktop.db.types import AuditJSON, UTCDateTime
from dlzw_desktop.domain.dates import utc_now


class AuditEntry(Base):
    """One change made through a service: who, when, which row, old and new values.

    Append-only: the application never updates or deletes audit rows. ``seq`` orders the trail;
    ``content_hash``/``prev_hash``/``row_hash`` chain it so that tampering is detectable (see
    ``domain.audit_chain``). The only change ever made is a data-protection redaction, which replaces
    ``changes`` and ``note`` and keeps ``content_hash``.
    """

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), Identity(), primary_key=True
    )
    id: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4, unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(16))  # insert, update, delete, restore, purge, event
    entity: Mapped[str] = mapped_column(String(64), index=True)
    entity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    changes: Mapped[dict[str, Any]] = mapped_column(AuditJSON, default=dict)  # field -> [old, new]
    note: Mapped[str] = mapped_column(String(500), default="")
    content_hash: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    row_hash: Mapped[str | None] = mapped_column(String(64))


class SettingValue(Tracked, Base):
    """A setting shared by all users of one database (hourly rate, matching weights, targets, ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[Any] = mapped_column(JSON)
