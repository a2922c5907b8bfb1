"""LWSI reference tables (imported, versioned, with source and year) and stored LWSI computations."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dlzw_desktop.db.base import Base, Tracked
from dlzw_desktop.db.types import Money


class GvaTableVersion(Tracked, Base):
    """One imported version of gross value added per worker by WZ section for NRW (EUR per year)."""

    __tablename__ = "gva_tables"
    __table_args__ = (
        CheckConstraint("edition > 0", name="edition_positive"),
        CheckConstraint("year >= 1990 AND year <= 2100", name="year_range"),
        CheckConstraint("nrw_average_cents > 0", name="average_positive"),
    )

    edition: Mapped[int] = mapped_column(unique=True)
    source: Mapped[str] = mapped_column(String(500))
    year: Mapped[int]
    nrw_average: Mapped[Decimal] = mapped_column("nrw_average_cents", Money)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class GvaTableValue(Tracked, Base):
    """The value of one WZ section in a GVA table version."""

    __tablename__ = "gva_values"
    __table_args__ = (
        UniqueConstraint("table_id", "section"),
        CheckConstraint("value_cents > 0", name="value_positive"),
    )

    table_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("gva_tables.id"), index=True)
    section: Mapped[str] = mapped_column(String(1))
    value: Mapped[Decimal] = mapped_column("value_cents", Money)


class PopulationTableVersion(Tracked, Base):
    """One imported version of the population by statistical district at a reference date."""

    __tablename__ = "population_tables"
    __table_args__ = (CheckConstraint("edition > 0", name="edition_positive"),)

    edition: Mapped[int] = mapped_column(unique=True)
    source: Mapped[str] = mapped_column(String(500))
    reference_date: Mapped[date]
    file_name: Mapped[str] = mapped_column(String(255), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class PopulationTableValue(Tracked, Base):
    """Inhabitants of one district in a population table version."""

    __tablename__ = "population_values"
    __table_args__ = (
        UniqueConstraint("table_id", "district_id"),
        CheckConstraint("inhabitants >= 0", name="inhabitants_not_negative"),
    )

    table_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("population_tables.id"), index=True)
    district_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("districts.id"))
    inhabitants: Mapped[int]


class LwsiComputationRecord(Tracked, Base):
    """One stored LWSI computation with all its inputs (``record``), so a past figure can be reproduced.

    ``quarter_id`` NULL means the whole city. A correction is a new row; the newest row of an area and
    period is the current figure.
    """

    __tablename__ = "lwsi_computations"
    __table_args__ = (
        CheckConstraint("period_end >= period_start", name="period_ordered"),
        CheckConstraint("business_count >= 0", name="business_count_not_negative"),
    )

    quarter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("quarters.id"), index=True)
    period_start: Mapped[date] = mapped_column(index=True)
    period_end: Mapped[date]
    calendar_quarter: Mapped[str | None] = mapped_column(String(7))  # "2026-Q1"; NULL for a base year
    is_base_year: Mapped[bool] = mapped_column(default=False)
    gva_table_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("gva_tables.id"))
    population_table_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("population_tables.id"))
    definition_version: Mapped[int]
    value: Mapped[Decimal] = mapped_column("value_cents", Money)
    direct_value_added: Mapped[Decimal] = mapped_column("direct_value_added_cents", Money)
    business_count: Mapped[int]
    estimated: Mapped[bool]
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
