"""Local value-creation indicator (LWSI): direct value added times a local multiplier (see docs/lwsi.md).

Arithmetic is exact: inputs are ``Decimal``, intermediate results are ``fractions.Fraction`` (day shares
such as 45/365 have no finite decimal expansion), and a figure is rounded once, at the end, half up:
euros to cents, the index to one decimal. So a stored computation reproduces to the cent on any machine,
whatever the process-wide ``decimal`` context is.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType
from typing import Any

from dlzw_desktop.errors import StorageError, ValidationError

logger = logging.getLogger(__name__)

#: Bumped whenever the formula changes; stored with every computation (docs/lwsi.md, "Versionierung").
DEFINITION_VERSION = 1

#: The 21 sections (Abschnitte) of WZ 2008.
WZ_SECTIONS = frozenset("ABCDEFGHIJKLMNOPQRSTU")

#: LM3 is the sum of three spending rounds divided by the first, so it lies between 1 and 3.
MULTIPLIER_MIN = Decimal(1)
MULTIPLIER_MAX = Decimal(3)

#: Codes in ``LwsiComputation.estimated_inputs``.
ESTIMATED_MULTIPLIER = "multiplier"
ESTIMATED_GVA_PREFIX = "gva:"

_RECORD_KIND = "lwsi_computation"


def _exact(value: Decimal, what: str) -> Fraction:
    """A finite Decimal as an exact fraction; floats and NaN/Infinity are programming errors."""
    if not isinstance(value, Decimal):
        raise TypeError(f"{what} must be Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{what} must be a finite number, not {value}")
    return Fraction(value)


def round_half_up(value: Fraction, places: int) -> Decimal:
    """An exact fraction rounded half away from zero to ``places`` decimals (commercial rounding)."""
    scaled = value * 10**places
    whole, remainder = divmod(abs(scaled.numerator), scaled.denominator)
    if 2 * remainder >= scaled.denominator:
        whole += 1
    signed = -whole if scaled < 0 else whole
    return Decimal(signed).scaleb(-places)


# --------------------------------------------------------------------------------------------- periods


@dataclass(frozen=True, slots=True)
class Period:
    """A span of calendar days; both ``start`` and ``end`` belong to it."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                "lwsi.period_reversed",
                "The period ends ({end}) before it starts ({start}). Swap the two dates.",
                field="period",
                start=self.start.isoformat(),
                end=self.end.isoformat(),
            )

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year ``year`` (1 January to 31 December)."""
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def days(self) -> int:
        """Number of days in the period."""
        return (self.end - self.start).days + 1

    @property
    def is_calendar_year(self) -> bool:
        """True for exactly 1 January to 31 December of one year."""
        return self == Period.year(self.start.year)


@dataclass(frozen=True, slots=True, order=True)
class CalendarQuarter:
    """A calendar quarter of a year (Q1 = January to March); not to be confused with a ``Quarter`` area."""

    year: int
    quarter: int

    def __post_init__(self) -> None:
        if not 1 <= self.quarter <= 4:
            raise ValueError(f"quarter must be 1-4, not {self.quarter}")

    @classmethod
    def of(cls, day: date) -> CalendarQuarter:
        """The calendar quarter containing ``day``."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, label: str) -> CalendarQuarter:
        """Inverse of ``label``: ``"2026-Q1"``."""
        year, _, quarter = label.partition("-Q")
        return cls(int(year), int(quarter))

    @property
    def label(self) -> str:
        """Stable text form for storage, e.g. ``2026-Q1``."""
        return f"{self.year}-Q{self.quarter}"

    @property
    def period(self) -> Period:
        """The days of the quarter."""
        first_month = 3 * (self.quarter - 1) + 1
        last_month = first_month + 2
        return Period(
            date(self.year, first_month, 1),
            date(self.year, last_month, calendar.monthrange(self.year, last_month)[1]),
        )

    def previous(self) -> CalendarQuarter:
        """The quarter before this one."""
        if self.quarter == 1:
            return CalendarQuarter(self.year - 1, 4)
        return CalendarQuarter(self.year, self.quarter - 1)

    def next(self) -> CalendarQuarter:
        """The quarter after this one."""
        if self.quarter == 4:
            return CalendarQuarter(self.year + 1, 1)
        return CalendarQuarter(self.year, self.quarter + 1)


def calendar_quarters(start: date, end: date) -> list[CalendarQuarter]:
    """Every calendar quarter that shares at least one day with ``start``..``end``, in order."""
    Period(start, end)  # validates the order
    quarters = [CalendarQuarter.of(start)]
    last = CalendarQuarter.of(end)
    while quarters[-1] < last:
        quarters.append(quarters[-1].next())
    return quarters


def _overlap_days(first: date, last: date | None, period: Period) -> int:
    start = max(first, period.start)
    end = period.end if last is None else min(last, period.end)
    return max(0, (end - start).days + 1)


def _year_fraction(first: date, last: date | None, period: Period) -> Fraction:
    """Active days in ``period``, each counted as 1/365 or 1/366 of its own calendar year."""
    total = Fraction(0)
    for year in range(period.start.year, period.end.year + 1):
        year_days = 366 if calendar.isleap(year) else 365
        part = Period(max(period.start, date(year, 1, 1)), min(period.end, date(year, 12, 31)))
        days = _overlap_days(first, last, part)
        if days:
            total += Fraction(days, year_days)
    return total


# ---------------------------------------------------------------------------------------------- inputs


def _check_section(section: str, field_name: str) -> None:
    if section not in WZ_SECTIONS:
        raise ValidationError(
            "lwsi.unknown_section",
            "'{section}' is not a WZ 2008 section. Use one capital letter from A to U.",
            field=field_name,
            section=section,
        )


@dataclass(frozen=True, slots=True)
class BusinessActivity:
    """FTE of one supported business in one WZ section and district over a span of days.

    ``active_to`` is the last active day, ``None`` while the business is still active. A change of FTE,
    section or district starts a new activity (the service splits the history at the change date).
    """

    business_id: str
    section: str
    fte: Decimal
    active_from: date
    active_to: date | None
    district_id: str

    def __post_init__(self) -> None:
        _check_section(self.section, "section")
        if _exact(self.fte, "fte") < 0:
            raise ValidationError(
                "lwsi.negative_fte",
                "The full-time equivalents of business {business} are negative ({fte}). Enter 0 or more.",
                field="fte",
                business=self.business_id,
                fte=str(self.fte),
            )
        if self.active_to is not None and self.active_to < self.active_from:
            raise ValidationError(
                "lwsi.activity_reversed",
                "Business {business} is recorded as active until {to}, before it started on {start}. "
                "Correct the start or end date.",
                field="active_to",
                business=self.business_id,
                to=self.active_to.isoformat(),
                start=self.active_from.isoformat(),
            )


@dataclass(frozen=True, slots=True)
class GvaTable:
    """Gross value added per worker (EUR per worker and year) by WZ section, from one source and year.

    ``values`` may omit sections; those fall back to ``nrw_average`` (all sections) and are marked
    estimated.
    """

    source: str
    year: int
    values: Mapping[str, Decimal] = field(hash=False)
    nrw_average: Decimal

    def __post_init__(self) -> None:
        if not self.source.strip():
            raise ValidationError(
                "lwsi.gva_source_missing",
                "Name the source of the value-added table (publisher and table), so figures can be traced.",
                field="source",
            )
        for section, value in self.values.items():
            _check_section(section, "values")
            self._check_positive(value, section)
        self._check_positive(self.nrw_average, "NRW")
        object.__setattr__(self, "values", MappingProxyType(dict(sorted(self.values.items()))))

    @staticmethod
    def _check_positive(value: Decimal, section: str) -> None:
        if _exact(value, "gross value added") <= 0:
            raise ValidationError(
                "lwsi.gva_not_positive",
                "The gross value added per worker for {section} must be more than 0 EUR (it is {value}). "
                "Check the imported table.",
                field="values",
                section=section,
                value=str(value),
            )

    def per_worker(self, section: str) -> tuple[Decimal, bool]:
        """(EUR per worker and year, whether the NRW all-sector average stood in for a missing value)."""
        value = self.values.get(section)
        if value is None:
            return self.nrw_average, True
        return value, False


@dataclass(frozen=True, slots=True)
class MultiplierSetting:
    """The local multiplier (LM3, from 1 to 3) applied to direct value added, and where it comes from."""

    value: Decimal
    estimated: bool
    source: str

    def __post_init__(self) -> None:
        if not MULTIPLIER_MIN <= self.value <= MULTIPLIER_MAX or not self.value.is_finite():
            raise ValidationError(
                "lwsi.multiplier_out_of_range",
                "A local multiplier (LM3) lies between 1 and 3; {value} is not possible. "
                "Check the survey result.",
                field="multiplier",
                value=str(self.value),
            )
        if not self.source.strip():
            raise ValidationError(
                "lwsi.multiplier_source_missing",
                "Name where the multiplier comes from (survey and year, or the literature for an estimate).",
                field="source",
            )


#: Used until a survey of the supported businesses yields a measured LM3 (docs/lwsi.md, section 4).
DEFAULT_MULTIPLIER = MultiplierSetting(
    value=Decimal("1.7"),
    estimated=True,
    source=(
        "Estimate without survey: NEF LM3 method (Sacks 2002, The Money Trail); between the LM3 of local "
        "suppliers in Northumberland (1.76, NEF/Northumberland County Council 2005) and of local SMEs in "
        "UK council procurement (1.63, CLES/FSB 2013). Replace with the result of an LM3 survey."
    ),
)


@dataclass(frozen=True, slots=True)
class PopulationTable:
    """Inhabitants by district id, from one source and reference date (for the per-capita figure)."""

    source: str
    reference_date: date
    values: Mapping[str, int] = field(hash=False)

    def __post_init__(self) -> None:
        for district, inhabitants in self.values.items():
            if isinstance(inhabitants, bool) or not isinstance(inhabitants, int) or inhabitants < 0:
                raise ValidationError(
                    "lwsi.population_invalid",
                    "The population of district {district} must be a whole number of 0 or more, "
                    "not {value}. Check the imported table.",
                    field="population",
                    district=district,
                    value=str(inhabitants),
                )
        object.__setattr__(self, "values", MappingProxyType(dict(sorted(self.values.items()))))


@dataclass(frozen=True, slots=True)
class ReactivatedSpace:
    """A vacant commercial unit let again: reported next to the LWSI, never part of its value."""

    property_id: str
    area_m2: Decimal
    reactivated_on: date
    district_id: str

    def __post_init__(self) -> None:
        if _exact(self.area_m2, "area_m2") <= 0:
            raise ValidationError(
                "lwsi.area_not_positive",
                "The reactivated area of property {property} must be more than 0 m² (it is {area}).",
                field="area_m2",
                property=self.property_id,
                area=str(self.area_m2),
            )


# --------------------------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class DirectValueAdded:
    """Direct value added in a period (EUR, rounded to cents) and what it consists of."""

    total: Decimal
    by_section: Mapping[str, Decimal] = field(hash=False)
    businesses_by_section: Mapping[str, int] = field(hash=False)
    estimated_sections: frozenset[str]


@dataclass(frozen=True, slots=True)
class LwsiComputation:
    """One LWSI figure with every input it used, so the stored record reproduces it (``recompute``).

    ``value`` = ``direct_value_added`` (exact) x multiplier, rounded to cents once. Parts rounded on their
    own (``direct_by_section``, ``direct_value_added``) may therefore differ from a hand recomputation
    from rounded parts by a cent or two. ``reactivated_m2`` is reported alongside and is not in ``value``.
    """

    period: Period
    district_ids: frozenset[str] | None
    activities: tuple[BusinessActivity, ...]
    gva: GvaTable
    multiplier: MultiplierSetting
    population: PopulationTable | None
    spaces: tuple[ReactivatedSpace, ...]
    direct_value_added: Decimal
    value: Decimal
    per_capita: Decimal | None
    population_total: int | None
    population_missing: tuple[str, ...]
    reactivated_m2: Decimal
    direct_by_section: Mapping[str, Decimal] = field(hash=False)
    businesses_by_section: Mapping[str, int] = field(hash=False)
    estimated_inputs: tuple[str, ...]
    version: int = DEFINITION_VERSION

    @property
    def estimated(self) -> bool:
        """True when any input that shaped the figure is an estimate (see ``estimated_inputs``)."""
        return bool(self.estimated_inputs)

    @property
    def business_count(self) -> int:
        """Distinct businesses that contributed (for disclosure control of published figures)."""
        return len({a.business_id for a in self.activities if _contributes(a, self.period)})

    def recompute(self) -> LwsiComputation:
        """The same computation run again from the stored inputs."""
        return compute_lwsi(
            self.activities,
            self.gva,
            self.multiplier,
            self.period,
            district_ids=self.district_ids,
            population=self.population,
            spaces=self.spaces,
        )

    def to_record(self) -> dict[str, Any]:
        """A JSON-safe dict (Decimals as strings, dates ISO) holding inputs and results."""
        return {
            "kind": _RECORD_KIND,
            "version": self.version,
            "period": {"start": self.period.start.isoformat(), "end": self.period.end.isoformat()},
            "district_ids": None if self.district_ids is None else sorted(self.district_ids),
            "activities": [
                {
                    "business_id": a.business_id,
                    "section": a.section,
                    "fte": str(a.fte),
                    "active_from": a.active_from.isoformat(),
                    "active_to": None if a.active_to is None else a.active_to.isoformat(),
                    "district_id": a.district_id,
                }
                for a in self.activities
            ],
            "gva": {
                "source": self.gva.source,
                "year": self.gva.year,
                "values": {k: str(v) for k, v in self.gva.values.items()},
                "nrw_average": str(self.gva.nrw_average),
            },
            "multiplier": {
                "value": str(self.multiplier.value),
                "estimated": self.multiplier.estimated,
                "source": self.multiplier.source,
            },
            "population": None
            if self.population is None
            else {
                "source": self.population.source,
                "reference_date": self.population.reference_date.isoformat(),
                "values": dict(self.population.values),
            },
            "spaces": [
                {
                    "property_id": s.property_id,
                    "area_m2": str(s.area_m2),
                    "reactivated_on": s.reactivated_on.isoformat(),
                    "district_id": s.district_id,
                }
                for s in self.spaces
            ],
            "result": {
                "direct_value_added": str(self.direct_value_added),
                "value": str(self.value),
                "per_capita": None if self.per_capita is None else str(self.per_capita),
                "population_total": self.population_total,
                "population_missing": list(self.population_missing),
                "reactivated_m2": str(self.reactivated_m2),
                "direct_by_section": {k: str(v) for k, v in self.direct_by_section.items()},
                "businesses_by_section": dict(self.businesses_by_section),
                "estimated": self.estimated,
                "estimated_inputs": list(self.estimated_inputs),
            },
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> LwsiComputation:
        """Read a stored computation back exactly as it was stored (use ``recompute`` to verify it).

        Raises ``StorageError`` (``lwsi.record_corrupt``, ``lwsi.record_newer``) when the record cannot be
        read; that means a damaged database or a newer application, nothing the user typed.
        """
        try:
            return _from_record(record)
        except StorageError:
            raise
        except (KeyError, TypeError, ValueError, InvalidOperation, AttributeError, ValidationError) as exc:
            raise StorageError(
                "lwsi.record_corrupt",
                "A stored LWSI computation cannot be read ({reason}). Restore the database from a backup "
                "or compute the figure again.",
                reason=repr(exc),
            ) from exc


def _decimal(text: Any) -> Decimal:
    if not isinstance(text, str):
        raise TypeError(f"expected a decimal string, got {type(text).__name__}")
    value = Decimal(text)
    if not value.is_finite():
        raise ValueError(f"not a finite number: {text}")
    return value


def _optional_date(text: Any) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def _from_record(record: Mapping[str, Any]) -> LwsiComputation:
    if record["kind"] != _RECORD_KIND:
        raise ValueError(f"not an LWSI computation: {record['kind']!r}")
    version = _integer(record["version"])
    if version > DEFINITION_VERSION:
        raise StorageError(
            "lwsi.record_newer",
            "This LWSI computation was stored by a newer version of DLZW Desktop (definition {version}). "
            "Update the application to open it.",
            version=version,
        )
    result = record["result"]
    gva = record["gva"]
    multiplier = record["multiplier"]
    population = record["population"]
    districts = record["district_ids"]
    return LwsiComputation(
        period=Period(
            date.fromisoformat(record["period"]["start"]), date.fromisoformat(record["period"]["end"])
        ),
        district_ids=None if districts is None else frozenset(str(d) for d in districts),
        activities=tuple(
            BusinessActivity(
                business_id=str(a["business_id"]),
                section=str(a["section"]),
                fte=_decimal(a["fte"]),
                active_from=date.fromisoformat(a["active_from"]),
                active_to=_optional_date(a["active_to"]),
                district_id=str(a["district_id"]),
            )
            for a in record["activities"]
        ),
        gva=GvaTable(
            source=str(gva["source"]),
            year=_integer(gva["year"]),
            values={str(k): _decimal(v) for k, v in gva["values"].items()},
            nrw_average=_decimal(gva["nrw_average"]),
        ),
        multiplier=MultiplierSetting(
            value=_decimal(multiplier["value"]),
            estimated=bool(multiplier["estimated"]),
            source=str(multiplier["source"]),
        ),
        population=None
        if population is None
        else PopulationTable(
            source=str(population["source"]),
            reference_date=date.fromisoformat(population["reference_date"]),
            values={str(k): _integer(v) for k, v in population["values"].items()},
        ),
        spaces=tuple(
            ReactivatedSpace(
                property_id=str(s["property_id"]),
                area_m2=_decimal(s["area_m2"]),
                reactivated_on=date.fromisoformat(s["reactivated_on"]),
                district_id=str(s["district_id"]),
            )
            for s in record["spaces"]
        ),
        direct_value_added=_decimal(result["direct_value_added"]),
        value=_decimal(result["value"]),
        per_capita=None if result["per_capita"] is None else _decimal(result["per_capita"]),
        population_total=None if result["population_total"] is None else _integer(result["population_total"]),
        population_missing=tuple(str(d) for d in result["population_missing"]),
        reactivated_m2=_decimal(result["reactivated_m2"]),
        direct_by_section=MappingProxyType(
            {str(k): _decimal(v) for k, v in result["direct_by_section"].items()}
        ),
        businesses_by_section=MappingProxyType(
            {str(k): _integer(v) for k, v in result["businesses_by_section"].items()}
        ),
        estimated_inputs=tuple(str(code) for code in result["estimated_inputs"]),
        version=version,
    )


# ----------------------------------------------------------------------------------------- computation


def share_active(activity: BusinessActivity, period_start: date, period_end: date) -> Fraction:
    """Share of the period's days (both ends included) on which the business was active, exactly.

    A business active from 15.02.2026 has share 45/90 of Q1 2026 (15.-28.02. and all of March).
    """
    period = Period(period_start, period_end)
    return Fraction(_overlap_days(activity.active_from, activity.active_to, period), period.days)


def _contributes(activity: BusinessActivity, period: Period) -> bool:
    return activity.fte > 0 and _overlap_days(activity.active_from, activity.active_to, period) > 0


def _in_area(district_id: str, district_ids: frozenset[str] | None) -> bool:
    return district_ids is None or district_id in district_ids


@dataclass(frozen=True, slots=True)
class _ExactDirect:
    """Unrounded direct value added, its parts by section and the sections that used the fallback."""

    total: Fraction
    by_section: dict[str, Fraction]
    businesses_by_section: dict[str, set[str]]
    estimated_sections: frozenset[str]


def _direct_exact(activities: Iterable[BusinessActivity], gva: GvaTable, period: Period) -> _ExactDirect:
    """Sum over activities of FTE x GVA per worker and year x active days as a fraction of their year.

    For a period inside one calendar year this equals FTE x GVA x share_active x (period days / year
    days): the annual GVA scaled to the active part of the period.
    """
    total = Fraction(0)
    by_section: dict[str, Fraction] = {}
    businesses: dict[str, set[str]] = {}
    estimated_sections: set[str] = set()
    for activity in activities:
        if not _contributes(activity, period):
            continue
        per_worker, estimated = gva.per_worker(activity.section)
        amount = (
            _exact(activity.fte, "fte")
            * _exact(per_worker, "gross value added")
            * _year_fraction(activity.active_from, activity.active_to, period)
        )
        total += amount
        by_section[activity.section] = by_section.get(activity.section, Fraction(0)) + amount
        businesses.setdefault(activity.section, set()).add(activity.business_id)
        if estimated:
            estimated_sections.add(activity.section)
    return _ExactDirect(total, by_section, businesses, frozenset(estimated_sections))


def direct_value_added(
    activities: Iterable[BusinessActivity],
    gva: GvaTable,
    period: Period,
    *,
    district_ids: frozenset[str] | None = None,
) -> DirectValueAdded:
    """Direct value added (EUR, cents) of the activities in the area (all districts when ``None``)."""
    exact = _direct_exact((a for a in activities if _in_area(a.district_id, district_ids)), gva, period)
    return DirectValueAdded(
        total=round_half_up(exact.total, 2),
        by_section=MappingProxyType({s: round_half_up(v, 2) for s, v in sorted(exact.by_section.items())}),
        businesses_by_section=MappingProxyType(
            {s: len(ids) for s, ids in sorted(exact.businesses_by_section.items())}
        ),
        estimated_sections=frozenset(exact.estimated_sections),
    )


def compute_lwsi(
    activities: Iterable[BusinessActivity],
    gva: GvaTable,
    multiplier: MultiplierSetting,
    period: Period,
    *,
    district_ids: frozenset[str] | None = None,
    population: PopulationTable | None = None,
    spaces: Iterable[ReactivatedSpace] = (),
) -> LwsiComputation:
    """The LWSI of an area (a Quartier's districts; the whole city when ``None``) in a period.

    Only activities in the area that overlap the period are kept as inputs; only spaces in the area
    reactivated within the period count towards ``reactivated_m2``. The per-capita figure divides the
    exact LWSI by the area's population and is ``None`` when a district's population is missing (listed
    in ``population_missing``) or the population is 0.
    """
    used = tuple(
        a
        for a in activities
        if _in_area(a.district_id, district_ids) and _overlap_days(a.active_from, a.active_to, period) > 0
    )
    used_spaces = tuple(
        s
        for s in spaces
        if _in_area(s.district_id, district_ids) and period.start <= s.reactivated_on <= period.end
    )
    exact = _direct_exact(used, gva, period)
    value = exact.total * _exact(multiplier.value, "multiplier")

    estimated_inputs = [f"{ESTIMATED_GVA_PREFIX}{s}" for s in sorted(exact.estimated_sections)]
    if multiplier.estimated:
        estimated_inputs.insert(0, ESTIMATED_MULTIPLIER)

    per_capita: Decimal | None = None
    population_total: int | None = None
    missing: tuple[str, ...] = ()
    if population is not None:
        wanted = population.values.keys() if district_ids is None else district_ids
        missing = tuple(sorted(d for d in wanted if d not in population.values))
        if not missing:
            population_total = sum(population.values[d] for d in wanted)
            if population_total > 0:
                per_capita = round_half_up(value / population_total, 2)

    computation = LwsiComputation(
        period=period,
        district_ids=district_ids,
        activities=used,
        gva=gva,
        multiplier=multiplier,
        population=population,
        spaces=used_spaces,
        direct_value_added=round_half_up(exact.total, 2),
        value=round_half_up(value, 2),
        per_capita=per_capita,
        population_total=population_total,
        population_missing=missing,
        reactivated_m2=sum((s.area_m2 for s in used_spaces), Decimal("0.00")),
        direct_by_section=MappingProxyType(
            {s: round_half_up(v, 2) for s, v in sorted(exact.by_section.items())}
        ),
        businesses_by_section=MappingProxyType(
            {s: len(ids) for s, ids in sorted(exact.businesses_by_section.items())}
        ),
        estimated_inputs=tuple(estimated_inputs),
    )
    logger.debug(
        "LWSI %s..%s: %s EUR from %d activities (estimated: %s)",
        period.start,
        period.end,
        computation.value,
        len(used),
        ",".join(estimated_inputs) or "-",
    )
    return computation


# ------------------------------------------------------------------------------------------ the index


class TargetStatus(StrEnum):
    """Whether a Quartier's LWSI target is met."""

    MET = "met"
    NOT_MET = "not_met"
    NO_BASE = "no_base"


def rolling_index(
    per_quarter_values: Mapping[CalendarQuarter, Decimal],
    base_year_value: Decimal | None,
    *,
    as_of: CalendarQuarter | None = None,
) -> Decimal | None:
    """Sum of the four calendar quarters ending with ``as_of`` / base-year value x 100, one decimal.

    ``as_of`` defaults to the latest quarter given. ``None`` when there is no base to compare with (no
    base-year value, or one of 0). Raises ``ValidationError`` (``lwsi.quarters_missing``) when one of
    the four quarters has no value.
    """
    if base_year_value is None or _exact(base_year_value, "base-year value") <= 0:
        return None
    if as_of is None:
        if not per_quarter_values:
            raise ValidationError(
                "lwsi.quarters_missing",
                "No quarterly LWSI values are available yet. Compute the last four quarters first.",
                quarters="",
            )
        as_of = max(per_quarter_values)
    window = [as_of]
    for _ in range(3):
        window.append(window[-1].previous())
    missing = [q.label for q in reversed(window) if q not in per_quarter_values]
    if missing:
        raise ValidationError(
            "lwsi.quarters_missing",
            "The index needs the four quarters up to {as_of}; {quarters} have no value. Compute them first.",
            as_of=as_of.label,
            quarters=", ".join(missing),
        )
    total = sum((_exact(per_quarter_values[q], "quarter value") for q in window), Fraction(0))
    return round_half_up(total / _exact(base_year_value, "base-year value") * 100, 1)


def target_status(index: Decimal | None, goal_percent: Decimal | int = 10) -> TargetStatus:
    """MET when the (rounded, published) index is at least 100 + goal_percent; NO_BASE without index."""
    if index is None:
        return TargetStatus.NO_BASE
    return TargetStatus.MET if index >= 100 + Decimal(goal_percent) else TargetStatus.NOT_MET


@dataclass(frozen=True, slots=True)
class LwsiIndex:
    """The rolling four-quarter index of an area against its base year, and whether it meets the goal."""

    as_of: CalendarQuarter
    base_year: int | None
    value: Decimal | None
    status: TargetStatus
    estimated_inputs: tuple[str, ...]

    @property
    def estimated(self) -> bool:
        """True when a quarter or the base year rests on estimated inputs."""
        return bool(self.estimated_inputs)


def _comparable_key(computation: LwsiComputation) -> tuple[object, ...]:
    gva = computation.gva
    return (
        computation.district_ids,
        gva.source,
        gva.year,
        dict(gva.values),
        gva.nrw_average,
        computation.multiplier.value,
    )


def index_of(
    quarters: Sequence[LwsiComputation],
    base: LwsiComputation | None,
    *,
    goal_percent: Decimal | int = 10,
    as_of: CalendarQuarter | None = None,
) -> LwsiIndex:
    """The index from stored computations, refusing to compare figures made with different inputs.

    All computations must cover the same districts and use the same value-added table and multiplier:
    otherwise a new table (prices of another year) or a surveyed multiplier would move the index
    without any change in the businesses. Raises ``ValidationError`` (``lwsi.not_comparable``,
    ``lwsi.not_a_quarter``, ``lwsi.base_not_a_year``).
    """
    by_quarter: dict[CalendarQuarter, LwsiComputation] = {}
    for computation in quarters:
        quarter = CalendarQuarter.of(computation.period.start)
        if computation.period != quarter.period:
            raise ValidationError(
                "lwsi.not_a_quarter",
                "The figure for {start} to {end} is not a calendar quarter. Compute it per quarter.",
                start=computation.period.start.isoformat(),
                end=computation.period.end.isoformat(),
            )
        by_quarter[quarter] = computation
    if as_of is None:
        if not by_quarter:
            raise ValidationError(
                "lwsi.quarters_missing",
                "No quarterly LWSI values are available yet. Compute the last four quarters first.",
                quarters="",
            )
        as_of = max(by_quarter)
    if base is not None and not base.period.is_calendar_year:
        raise ValidationError(
            "lwsi.base_not_a_year",
            "The base value must cover a whole calendar year, not {start} to {end}.",
            start=base.period.start.isoformat(),
            end=base.period.end.isoformat(),
        )
    window = [as_of]
    for _ in range(3):
        window.append(window[-1].previous())
    involved = [by_quarter[q] for q in window if q in by_quarter] + ([base] if base is not None else [])
    if any(_comparable_key(c) != _comparable_key(involved[0]) for c in involved):
        raise ValidationError(
            "lwsi.not_comparable",
            "The base year and the quarters were computed with different areas, value-added tables or "
            "multipliers. Recompute all of them with the current settings before comparing.",
        )
    value = rolling_index(
        {q: c.value for q, c in by_quarter.items()},
        None if base is None else base.value,
        as_of=as_of,
    )
    estimated = sorted({code for c in involved for code in c.estimated_inputs})
    return LwsiIndex(
        as_of=as_of,
        base_year=None if base is None else base.period.start.year,
        value=value,
        status=target_status(value, goal_percent),
        estimated_inputs=tuple(estimated),
    )
