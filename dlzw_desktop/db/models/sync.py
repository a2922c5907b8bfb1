"""Laptop kits and their check-in: the office's register of kits, imported packages and conflicts, and the
kit's own description and check-out snapshots.

Office side: ``sync_kits`` (one row per kit checked out), ``sync_kit_records`` (per kit and record the
last state both sides agreed on: the check-out snapshot, then the laptop state last imported),
``sync_id_map`` (rows both sides created under the same natural key), ``sync_imports`` (packages
imported) and ``sync_conflicts`` (fields a person has to decide). Kit side: ``sync_kit_info`` (one row:
which office, which days, package sequence, provisional numbers) and ``sync_snapshots`` (each checked-out
record as it was checked out or last refreshed). Every database carries all of these tables; a database
is a kit exactly when ``sync_kit_info`` holds a row.

``sync_kit_records``, ``sync_id_map``, ``sync_snapshots`` and ``sync_kit_info`` are bookkeeping written in
bulk by the sync service (SQLAlchemy Core), never edited by a person and never merged: they carry the
change-tracking columns like every table, but they are not audited row by row (the import itself is).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from dlzw_desktop.db.base import Base, Tracked
from dlzw_desktop.db.types import UTCDateTime, enum_type
from dlzw_desktop.domain.merge import Choice, ConflictKind


class SyncKit(Tracked, Base):
    """A laptop kit checked out from this office database."""

    __tablename__ = "sync_kits"
    __table_args__ = (
        CheckConstraint("last_sequence >= 0", name="sequence_not_negative"),
        CheckConstraint("length(code) > 0", name="code_not_empty"),
    )

    code: Mapped[str] = mapped_column(String(12), unique=True)
    label: Mapped[str] = mapped_column(String(300))
    day_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    checked_out_at: Mapped[datetime] = mapped_column(UTCDateTime)
    refreshed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_sequence: Mapped[int] = mapped_column(default=0)
    last_imported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    record_count: Mapped[int] = mapped_column(default=0)


class SyncKitRecord(Tracked, Base):
    """The common base of one record between the office and one kit (canonical JSON of its fields)."""

    __tablename__ = "sync_kit_records"
    __table_args__ = (UniqueConstraint("kit_id", "table_name", "row_id"),)

    kit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sync_kits.id"))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    data: Mapped[str] = mapped_column(Text)


class SyncIdMap(Tracked, Base):
    """A row the laptop created under a natural key the office already had: merged into the office row."""

    __tablename__ = "sync_id_map"
    __table_args__ = (UniqueConstraint("kit_id", "table_name", "laptop_id"),)

    kit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sync_kits.id"))
    table_name: Mapped[str] = mapped_column(String(64))
    laptop_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    office_id: Mapped[uuid.UUID] = mapped_column(Uuid)


class SyncImport(Tracked, Base):
    """One package imported from a kit, with what it did."""

    __tablename__ = "sync_imports"
    __table_args__ = (CheckConstraint("sequence > 0", name="sequence_positive"),)

    kit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sync_kits.id"), index=True)
    package_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    sequence: Mapped[int]
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    inserted: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    conflicts: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    case_numbers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncConflict(Tracked, Base):
    """A field the laptop and the office changed differently; the office value stays until a person decides.

    Values are stored wrapped as ``{"v": value}`` so that a JSON ``null`` and "no value" stay apart;
    ``laptop_key`` is the canonical JSON of the laptop value (``domain.merge.ConflictKey``).
    """

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        CheckConstraint(
            "(resolution IS NULL AND resolved_at IS NULL) "
            "OR (resolution IS NOT NULL AND resolved_at IS NOT NULL)",
            name="resolution_complete",
        ),
    )

    kit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sync_kits.id"), index=True)
    package_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field_name: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[ConflictKind] = mapped_column(enum_type(ConflictKind))
    base_known: Mapped[bool] = mapped_column(default=True)
    base_value: Mapped[dict[str, Any]] = mapped_column(JSON)
    office_value: Mapped[dict[str, Any]] = mapped_column(JSON)
    laptop_value: Mapped[dict[str, Any]] = mapped_column(JSON)
    laptop_key: Mapped[str] = mapped_column(Text)
    resolution: Mapped[Choice | None] = mapped_column(enum_type(Choice, "conflict_choice"))
    resolved_value: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)


class SyncKitInfo(Tracked, Base):
    """Kit side: what this kit is (one row, ``id`` is the kit id; absent in an office database)."""

    __tablename__ = "sync_kit_info"
    __table_args__ = (
        CheckConstraint("last_sequence >= 0", name="sequence_not_negative"),
        CheckConstraint("provisional_last >= 0", name="provisional_not_negative"),
    )

    code: Mapped[str] = mapped_column(String(12))
    label: Mapped[str] = mapped_column(String(300))
    office_installation_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    day_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    advisor_username: Mapped[str] = mapped_column(String(64))
    checked_out_at: Mapped[datetime] = mapped_column(UTCDateTime)
    checked_out_by: Mapped[str] = mapped_column(String(64))
    refreshed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    schema_revision: Mapped[str] = mapped_column(String(64))
    key_check: Mapped[str] = mapped_column(String(200))
    """Base64 of salt and key check (``sync.package.derive_key_check``): verifies the passphrase offline."""
    last_sequence: Mapped[int] = mapped_column(default=0)
    last_package_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    last_package_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    provisional_last: Mapped[int] = mapped_column(default=0)


class SyncSnapshot(Tracked, Base):
    """Kit side: a record as it was checked out (or last refreshed), canonical JSON of its fields."""

    __tablename__ = "sync_snapshots"
    __table_args__ = (UniqueConstraint("table_name", "row_id"),)

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    data: Mapped[str] = mapped_column(Text)
