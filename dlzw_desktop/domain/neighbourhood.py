"""Rules of the neighbourhood work: quarter overlaps, goals, migrant-led businesses, languages, shares.

Pure functions over plain values; the services feed them from the database. Voluntary statistical fields
are never guessed: a business counts as migrant-led only when one of its founders said so, as not
migrant-led only when every founder said so, and as "not stated" otherwise. Shares are taken over the
stated answers and the not-stated ones are reported next to them.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from dlzw_desktop.domain.enums import MigrationBackground

logger = logging.getLogger(__name__)

_ONE_DECIMAL = Decimal("0.1")


# --------------------------------------------------------------------------------------------- quarters


@dataclass(frozen=True, slots=True)
class QuarterArea:
    """What the overlap rule needs to know about one quarter."""

    quarter_id: uuid.UUID | None
    name: str
    district_ids: frozenset[uuid.UUID]
    allow_overlap: bool
    current: bool = True  # planned or active; a completed quarter no longer claims its districts


@dataclass(frozen=True, slots=True)
class Overlap:
    """A district that ``candidate`` shares with another current quarter although overlap is not allowed."""

    district_id: uuid.UUID
    other: QuarterArea


def forbidden_overlaps(candidate: QuarterArea, others: Iterable[QuarterArea]) -> list[Overlap]:
    """Districts the candidate would share with another current quarter without both allowing it.

    Two quarters may share a district only when both allow overlapping: otherwise a quarter that was
    defined as exclusive would silently lose that property. Completed quarters do not count (a new
    quarter may follow a completed one in the same districts).
    """
    if not candidate.current:
        return []
    found: list[Overlap] = []
    for other in sorted(others, key=lambda area: area.name.casefold()):
        if other.quarter_id == candidate.quarter_id or not other.current:
            continue
        if candidate.allow_overlap and other.allow_overlap:
            continue
        found.extend(
            Overlap(district_id, other)
            for district_id in sorted(candidate.district_ids & other.district_ids, key=str)
        )
    return found


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """Progress towards one countable quarter goal (reactivated units, recommended loans, jobs)."""

    key: str
    achieved: int
    goal: int | None

    @property
    def percent(self) -> Decimal | None:
        """Achieved as a share of the goal in percent (one decimal); ``None`` without a goal."""
        if not self.goal:
            return None
        return percent(self.achieved, self.goal)

    @property
    def met(self) -> bool | None:
        return None if not self.goal else self.achieved >= self.goal


# ------------------------------------------------------------------------------------------------ shares


def percent(part: int, whole: int) -> Decimal | None:
    """``part`` of ``whole`` in percent, rounded half up to one decimal; ``None`` when ``whole`` is 0."""
    if whole <= 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


def migrant_led(founders: Iterable[MigrationBackground]) -> MigrationBackground:
    """Whether a business is migrant-led, from its founders' voluntary answers; never guessed.

    YES when any founder said yes; NO when there is at least one founder and every one said no;
    NOT_STATED otherwise (no founder recorded, or a founder did not answer and nobody said yes).
    """
    answers = list(founders)
    if MigrationBackground.YES in answers:
        return MigrationBackground.YES
    if answers and all(answer is MigrationBackground.NO for answer in answers):
        return MigrationBackground.NO
    return MigrationBackground.NOT_STATED


@dataclass(frozen=True, slots=True)
class StatedShare:
    """Counts of a voluntary yes/no field: the share is over the stated answers only."""

    yes: int = 0
    no: int = 0
    not_stated: int = 0

    @classmethod
    def of(cls, answers: Iterable[MigrationBackground]) -> StatedShare:
        counts = Counter(answers)
        return cls(
            yes=counts[MigrationBackground.YES],
            no=counts[MigrationBackground.NO],
            not_stated=counts[MigrationBackground.NOT_STATED],
        )

    @property
    def total(self) -> int:
        return self.yes + self.no + self.not_stated

    @property
    def stated(self) -> int:
        return self.yes + self.no

    @property
    def yes_percent(self) -> Decimal | None:
        """Share of "yes" among the stated answers, in percent; ``None`` when nobody answered."""
        return percent(self.yes, self.stated)


# ---------------------------------------------------------------------------------------------- languages

_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")

#: German names of the languages advice is commonly given in (ISO 639-1/-3 codes).
LANGUAGE_NAMES_DE: Mapping[str, str] = {
    "ar": "Arabisch",
    "bg": "Bulgarisch",
    "bs": "Bosnisch",
    "de": "Deutsch",
    "el": "Griechisch",
    "en": "Englisch",
    "es": "Spanisch",
    "fa": "Persisch",
    "fr": "Französisch",
    "hr": "Kroatisch",
    "it": "Italienisch",
    "ku": "Kurdisch",
    "kmr": "Kurmandschi",
    "nl": "Niederländisch",
    "pl": "Polnisch",
    "prs": "Dari",
    "ps": "Paschtu",
    "pt": "Portugiesisch",
    "ro": "Rumänisch",
    "ru": "Russisch",
    "sq": "Albanisch",
    "sr": "Serbisch",
    "ti": "Tigrinya",
    "tr": "Türkisch",
    "uk": "Ukrainisch",
    "vi": "Vietnamesisch",
    "zh": "Chinesisch",
}


def split_languages(text: str | None) -> tuple[str, ...]:
    """Language codes from a stored list such as ``"de, TR;ar"``: lower case, unique, in order.

    Entries that are no ISO language code are skipped (and logged): they cannot be named in a report.
    """
    codes: list[str] = []
    for raw in re.split(r"[,;/\s]+", text or ""):
        code = raw.strip().lower()
        if not code:
            continue
        if not _LANGUAGE_CODE.match(code):
            logger.debug("skipping language entry %r: not an ISO 639 code", raw)
            continue
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def language_name_de(code: str) -> str:
    """The German name of a language code for reports; the code itself when it is not in the table."""
    return LANGUAGE_NAMES_DE.get(code, code.upper())


# ----------------------------------------------------------------------------------- district statistics


class DistrictIndicator(StrEnum):
    """Figures an imported district statistics table may hold (per district and year)."""

    POPULATION = "population"  # residents with main residence
    POPULATION_MIGRANT = "population_migrant"  # residents with a migration background
    BUSINESSES = "businesses"  # registered businesses (Gewerbebestand)
    BUSINESS_REGISTRATIONS = "business_registrations"  # new trade registrations in the year
    VACANT_UNITS = "vacant_units"  # vacant commercial units counted by the city


#: Column headings an import recognises for each indicator (folded: lower case, no accents/umlauts).
INDICATOR_HEADINGS: Mapping[DistrictIndicator, tuple[str, ...]] = {
    DistrictIndicator.POPULATION: (
        "population",
        "einwohner",
        "einwohnerinnen",
        "bevolkerung",
        "einwohnerzahl",
    ),
    DistrictIndicator.POPULATION_MIGRANT: (
        "population_migrant",
        "migrationshintergrund",
        "einwohner mit migrationshintergrund",
        "migration background",
        "population with migration background",
    ),
    DistrictIndicator.BUSINESSES: (
        "businesses",
        "betriebe",
        "gewerbebetriebe",
        "gewerbebestand",
        "unternehmen",
    ),
    DistrictIndicator.BUSINESS_REGISTRATIONS: (
        "business_registrations",
        "gewerbeanmeldungen",
        "anmeldungen",
        "trade registrations",
    ),
    DistrictIndicator.VACANT_UNITS: (
        "vacant_units",
        "leerstande",
        "leerstand",
        "gewerbeleerstande",
        "vacancies",
        "vacant units",
    ),
}

#: Names of the whole city in an import's district column.
CITY_NAMES = frozenset({"dortmund", "gesamtstadt", "stadt dortmund", "city total", "insgesamt", "gesamt"})


@dataclass(frozen=True, slots=True)
class ReferenceFigure:
    """A quarter's figure set against the city's, with where the city figure comes from."""

    key: str
    quarter_value: Decimal | None
    city_value: Decimal | None
    unit: str  # "count", "percent", "per_1000" or "per_100"
    source: str = ""
    year: int | None = None


def area_total(values: Mapping[uuid.UUID, Decimal], district_ids: Iterable[uuid.UUID]) -> Decimal | None:
    """Sum of a statistic over districts; ``None`` when any district lacks it (a partial sum misleads)."""
    total = Decimal(0)
    for district_id in district_ids:
        value = values.get(district_id)
        if value is None:
            return None
        total += value
    return total


@dataclass(frozen=True, slots=True)
class StatisticValue:
    """One imported figure: a district's (or, with ``district_id`` None, the whole city's) value in a year."""

    district_id: uuid.UUID | None
    indicator: DistrictIndicator
    year: int
    value: Decimal
    source: str


@dataclass(frozen=True, slots=True)
class _AreaValue:
    value: Decimal
    sources: frozenset[str]


def _area_value(
    values: Iterable[StatisticValue], districts: frozenset[uuid.UUID], *, city: bool
) -> _AreaValue | None:
    """The value for ``districts`` (all of them needed); for the city a published total wins."""
    by_district: dict[uuid.UUID, StatisticValue] = {}
    total: StatisticValue | None = None
    for item in values:
        if item.district_id is None:
            total = item
        elif item.district_id in districts:
            by_district[item.district_id] = item
    if city and total is not None:
        return _AreaValue(total.value, frozenset({total.source}))
    if districts and by_district.keys() == districts:
        return _AreaValue(
            sum((item.value for item in by_district.values()), Decimal(0)),
            frozenset(item.source for item in by_district.values()),
        )
    return None


def _per(part: Decimal | int, whole: Decimal | None, scale: int) -> Decimal | None:
    if whole is None or whole <= 0:
        return None
    return (Decimal(part) * scale / whole).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


def reference_figures(
    statistics: Iterable[StatisticValue],
    *,
    quarter_districts: frozenset[uuid.UUID],
    city_districts: frozenset[uuid.UUID],
    supported_quarter: int,
    supported_city: int,
) -> tuple[ReferenceFigure, ...]:
    """The quarter set against the city from imported district statistics, where the data allows.

    Per indicator the latest year is used for which every district of the quarter has a value; the city
    figure of the same year is the published city total, else the sum over all districts when complete.
    A figure that cannot be formed honestly (missing districts, no population) is left out, never filled.
    Keys: ``population``, ``population_migrant_share`` (percent), ``supported_per_1000_residents``,
    ``businesses``, ``supported_per_100_businesses``, ``business_registrations``, ``vacant_units``.
    """
    grouped: dict[tuple[DistrictIndicator, int], list[StatisticValue]] = {}
    for item in statistics:
        grouped.setdefault((item.indicator, item.year), []).append(item)

    def latest(indicator: DistrictIndicator) -> tuple[int, _AreaValue, _AreaValue | None] | None:
        years = sorted((year for kind, year in grouped if kind is indicator), reverse=True)
        for year in years:
            values = grouped[(indicator, year)]
            mine = _area_value(values, quarter_districts, city=False)
            if mine is not None:
                return year, mine, _area_value(values, city_districts, city=True)
        return None

    def source(*parts: _AreaValue | None) -> str:
        names: set[str] = set()
        for part in parts:
            if part is not None:
                names |= part.sources
        return "; ".join(sorted(names))

    figures: list[ReferenceFigure] = []
    population = latest(DistrictIndicator.POPULATION)
    if population is not None:
        year, mine, city = population
        figures.append(
            ReferenceFigure(
                "population", mine.value, city.value if city else None, "count", source(mine, city), year
            )
        )
        figures.append(
            ReferenceFigure(
                "supported_per_1000_residents",
                _per(supported_quarter, mine.value, 1000),
                _per(supported_city, city.value if city else None, 1000),
                "per_1000",
                source(mine, city),
                year,
            )
        )
        migrant_values = grouped.get((DistrictIndicator.POPULATION_MIGRANT, year))
        if migrant_values:
            migrant_mine = _area_value(migrant_values, quarter_districts, city=False)
            migrant_city = _area_value(migrant_values, city_districts, city=True)
            if migrant_mine is not None:
                figures.append(
                    ReferenceFigure(
                        "population_migrant_share",
                        _per(migrant_mine.value, mine.value, 100),
                        _per(migrant_city.value, city.value if city else None, 100) if migrant_city else None,
                        "percent",
                        source(migrant_mine, migrant_city),
                        year,
                    )
                )
    businesses = latest(DistrictIndicator.BUSINESSES)
    if businesses is not None:
        year, mine, city = businesses
        city_value = city.value if city else None
        figures.append(
            ReferenceFigure("businesses", mine.value, city_value, "count", source(mine, city), year)
        )
        figures.append(
            ReferenceFigure(
                "supported_per_100_businesses",
                _per(supported_quarter, mine.value, 100),
                _per(supported_city, city_value, 100),
                "per_100",
                source(mine, city),
                year,
            )
        )
    for indicator, key in (
        (DistrictIndicator.BUSINESS_REGISTRATIONS, "business_registrations"),
        (DistrictIndicator.VACANT_UNITS, "vacant_units"),
    ):
        found = latest(indicator)
        if found is not None:
            year, mine, city = found
            figures.append(
                ReferenceFigure(
                    key, mine.value, city.value if city else None, "count", source(mine, city), year
                )
            )
    return tuple(figures)
