"""Reference data: Dortmund's boroughs, statistical districts, postcode hints and WZ 2008 sectors."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dlzw_desktop.db.base import Base, Tracked


class Borough(Tracked, Base):
    """Stadtbezirk: one of Dortmund's 12 boroughs."""

    __tablename__ = "boroughs"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    display_order: Mapped[int]
    population: Mapped[int | None]
    population_date: Mapped[date | None]

    districts: Mapped[list[District]] = relationship(back_populates="borough", order_by="District.name")


class District(Tracked, Base):
    """Statistischer Bezirk: one of Dortmund's 62 statistical districts."""

    __tablename__ = "districts"

    borough_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("boroughs.id"), index=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    code: Mapped[str | None] = mapped_column(String(8))
    area_km2: Mapped[Decimal | None] = mapped_column(Numeric(8, 3))
    population: Mapped[int | None]
    population_date: Mapped[date | None]

    borough: Mapped[Borough] = relationship(back_populates="districts")


class PostcodeHint(Tracked, Base):
    """A postcode (range) stated for a borough or district: a suggestion, never a decision."""

    __tablename__ = "postcode_hints"

    plz_from: Mapped[str] = mapped_column(String(5), index=True)
    plz_to: Mapped[str] = mapped_column(String(5))
    borough_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("boroughs.id"))
    district_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("districts.id"))
    source: Mapped[str] = mapped_column(String(40))


class Sector(Tracked, Base):
    """An entry of the WZ 2008 classification (section, division, group, class or subclass)."""

    __tablename__ = "sectors"

    code: Mapped[str] = mapped_column(String(10), unique=True)
    level: Mapped[str] = mapped_column(String(10))
    section: Mapped[str] = mapped_column(String(1), index=True)
    parent_code: Mapped[str | None] = mapped_column(String(10))
    name_de: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
