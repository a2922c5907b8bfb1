"""Reference data for pickers: boroughs, districts, WZ 2008 sectors and postcode suggestions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import select

from dlzw_desktop.db.models import Borough, District, PostcodeHint, Sector
from dlzw_desktop.domain.similarity import fold
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import ANYONE_SIGNED_IN, requires


@dataclass(frozen=True, slots=True)
class BoroughRow:
    """A Stadtbezirk."""

    id: uuid.UUID
    name: str
    display_order: int


@dataclass(frozen=True, slots=True)
class DistrictRow:
    """A statistischer Bezirk with its borough."""

    id: uuid.UUID
    name: str
    code: str | None
    borough_id: uuid.UUID
    borough_name: str


@dataclass(frozen=True, slots=True)
class SectorRow:
    """A WZ 2008 entry."""

    id: uuid.UUID
    code: str
    level: str
    section: str
    name_de: str
    name_en: str

    @property
    def label(self) -> str:
        return f"{self.code} {self.name_de}"


@dataclass(frozen=True, slots=True)
class AreaSuggestion:
    """Borough and district suggested from a postcode; the advisor confirms it.

    ``ambiguous`` is true when the postcode is stated for more than one area (e.g. 44227: Hombruch and
    Hörde); the first candidate is then only a guess.
    """

    postcode: str
    boroughs: tuple[BoroughRow, ...]
    districts: tuple[DistrictRow, ...]

    @property
    def ambiguous(self) -> bool:
        return len(self.boroughs) > 1 or len(self.districts) > 1


# What people type -> how the (2008) classification spells it, after folding.
_SPELLING_VARIANTS = {"friseur": "frisor", "friseure": "frisor", "frisoer": "frisor", "imbiss": "imbiss"}


class ReferenceService(Service):
    """Read-only access to reference data; cached per service instance (it changes only on upgrade)."""

    @cached_property
    def _boroughs(self) -> tuple[BoroughRow, ...]:
        with self._sessions() as session:
            rows = session.scalars(select(Borough).order_by(Borough.display_order))
            return tuple(BoroughRow(b.id, b.name, b.display_order) for b in rows)

    @cached_property
    def _districts(self) -> tuple[DistrictRow, ...]:
        names = {b.id: b.name for b in self._boroughs}
        with self._sessions() as session:
            rows = session.scalars(select(District).order_by(District.name))
            return tuple(DistrictRow(d.id, d.name, d.code, d.borough_id, names[d.borough_id]) for d in rows)

    @cached_property
    def _sectors(self) -> tuple[tuple[SectorRow, str], ...]:
        with self._sessions() as session:
            rows = session.scalars(select(Sector).order_by(Sector.code))
            return tuple(
                (
                    SectorRow(s.id, s.code, s.level, s.section, s.name_de, s.name_en),
                    f"{fold(s.name_de)} | {fold(s.name_en)}",
                )
                for s in rows
            )

    @requires(ANYONE_SIGNED_IN)
    def boroughs(self) -> list[BoroughRow]:
        return list(self._boroughs)

    @requires(ANYONE_SIGNED_IN)
    def districts(self, borough_id: uuid.UUID | None = None) -> list[DistrictRow]:
        return [d for d in self._districts if borough_id is None or d.borough_id == borough_id]

    @requires(ANYONE_SIGNED_IN)
    def district(self, district_id: uuid.UUID) -> DistrictRow | None:
        return next((d for d in self._districts if d.id == district_id), None)

    @requires(ANYONE_SIGNED_IN)
    def sector(self, sector_id: uuid.UUID) -> SectorRow | None:
        return next((s for s, _ in self._sectors if s.id == sector_id), None)

    @requires(ANYONE_SIGNED_IN)
    def sector_by_code(self, code: str) -> SectorRow | None:
        return next((s for s, _ in self._sectors if s.code == code), None)

    @requires(ANYONE_SIGNED_IN)
    def sections(self) -> list[SectorRow]:
        return [s for s, _ in self._sectors if s.level == "section"]

    @requires(ANYONE_SIGNED_IN)
    def search_sectors(self, text: str, *, level: str = "class", limit: int = 30) -> list[SectorRow]:
        """WZ entries whose German or English name contains every typed word (case and accents ignored,
        common spelling variants such as "Friseur" understood), or whose code starts with the text."""
        words = [_SPELLING_VARIANTS.get(word, word) for word in fold(text).split()]
        if not words:
            return []
        hits: list[SectorRow] = []
        for sector, folded in self._sectors:
            if sector.level != level:
                continue
            if sector.code.startswith(text.strip()) or all(word in folded for word in words):
                hits.append(sector)
                if len(hits) >= limit:
                    break
        return hits

    @requires(ANYONE_SIGNED_IN)
    def suggest_area(self, postcode: str) -> AreaSuggestion:
        """Borough and district candidates for a postcode, from the shipped (partial) postcode hints."""
        code = postcode.strip()
        boroughs: dict[uuid.UUID, BoroughRow] = {}
        districts: dict[uuid.UUID, DistrictRow] = {}
        if len(code) == 5 and code.isdigit():
            by_borough = {b.id: b for b in self._boroughs}
            by_district = {d.id: d for d in self._districts}
            with self._sessions() as session:
                hints = session.scalars(
                    select(PostcodeHint).where(PostcodeHint.plz_from <= code, PostcodeHint.plz_to >= code)
                )
                for hint in hints:
                    boroughs[hint.borough_id] = by_borough[hint.borough_id]
                    if hint.district_id is not None:
                        districts[hint.district_id] = by_district[hint.district_id]
        return AreaSuggestion(code, tuple(boroughs.values()), tuple(districts.values()))
