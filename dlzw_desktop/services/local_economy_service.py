"""The local economy picture of a quarter, set against the city, and the district statistics it uses.

"Supported businesses" are businesses with at least one microloan case (not deleted); "financed" are
those whose loan was paid out. Whether a business is migrant-led comes from its founders' voluntary answer
(``domain.neighbourhood.migrant_led``): "not stated" is counted separately and never guessed. The languages
are those consultations were held in (``Consultation.language``) and those the founders prefer
(``Person.preferred_languages``). City-wide reference figures come from imported district statistics with
their source and year (``reference_figures``); the import is part of this service.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from dlzw_desktop.db.audit import record_event
from dlzw_desktop.db.models import (
    Borough,
    Business,
    BusinessMember,
    Case,
    Consultation,
    ConsultationDay,
    District,
    DistrictStatistic,
    Loan,
    Person,
    Property,
    Quarter,
    Sector,
)
from dlzw_desktop.domain.dates import today_berlin, utc_now
from dlzw_desktop.domain.enums import MigrationBackground, PropertyStatus
from dlzw_desktop.domain.neighbourhood import (
    DistrictIndicator,
    ReferenceFigure,
    StatedShare,
    StatisticValue,
    migrant_led,
    percent,
    reference_figures,
    split_languages,
)
from dlzw_desktop.domain.similarity import fold
from dlzw_desktop.errors import NotFound
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.district_statistics_import import parse_statistics, read_table
from dlzw_desktop.services.initiative_service import LEADING_ROLES
from dlzw_desktop.services.permissions import Permission, requires
from dlzw_desktop.services.quarter_service import (
    REACTIVATED_STATES,
    base_year_start,
    quarter_district_ids_select,
)

if TYPE_CHECKING:  # openpyxl is imported only when exporting
    from dlzw_desktop.reports import local_economy_xlsx

logger = logging.getLogger(__name__)

NOT_CLASSIFIED = ""  # section key of businesses without a WZ classification


@dataclass(frozen=True, slots=True)
class SectionCount:
    """Supported businesses of one WZ section ("" = not classified) in the quarter and in the city."""

    section: str
    name: str
    quarter: int
    city: int


@dataclass(frozen=True, slots=True)
class LanguageCount:
    """A language: consultations held in it (quarter, city) and founders preferring it (quarter)."""

    code: str
    consultations: int
    city_consultations: int
    people: int


@dataclass(frozen=True, slots=True)
class LocalEconomyPicture:
    """The figures of one quarter next to the whole city."""

    quarter_id: uuid.UUID
    quarter_name: str
    district_names: tuple[str, ...]
    base_year: int
    as_of: date
    supported: int
    city_supported: int
    financed: int
    city_financed: int
    migrant_led: StatedShare
    city_migrant_led: StatedShare
    sections: tuple[SectionCount, ...]
    languages: tuple[LanguageCount, ...]
    vacant: int
    city_vacant: int
    reactivated: int
    city_reactivated: int
    reactivated_since_base_year: int
    references: tuple[ReferenceFigure, ...]


@dataclass(frozen=True, slots=True)
class StatisticsSetRow:
    """One imported indicator and year: how many districts, whether a city total, from which source."""

    indicator: DistrictIndicator
    year: int
    districts: int
    has_city_total: bool
    source: str


@dataclass(frozen=True, slots=True)
class StatisticsImportResult:
    """What an import stored."""

    figures: int
    replaced: int
    indicators: tuple[DistrictIndicator, ...]
    years: tuple[int, ...]
    skipped_rows: tuple[str, ...]


class LocalEconomyService(Service):
    """The local economy picture per quarter, its export, and the district statistics behind it."""

    @requires(Permission.VIEW_REPORTS)
    def picture(self, quarter_id: uuid.UUID) -> LocalEconomyPicture:
        as_of = today_berlin()
        with self._sessions() as session:
            quarter = session.get(Quarter, quarter_id)
            if quarter is None or quarter.deleted_at is not None:
                raise NotFound("quarter.not_found", "This quarter no longer exists. Refresh the list.")
            mine = frozenset(session.scalars(quarter_district_ids_select(quarter_id)))
            district_names = tuple(
                sorted(
                    session.scalars(select(District.name).where(District.id.in_(mine))),
                    key=str.casefold,
                )
            )
            all_districts = frozenset(
                session.scalars(select(District.id).where(District.deleted_at.is_(None)))
            )

            # Supported businesses city-wide, with district and section; the quarter is a subset.
            with_case = select(Case.business_id).where(Case.deleted_at.is_(None))
            businesses = session.execute(
                select(Business.id, Business.district_id, Sector.section)
                .outerjoin(Sector, Sector.id == Business.sector_id)
                .where(Business.deleted_at.is_(None), Business.id.in_(with_case))
            ).all()
            financed_ids = set(
                session.scalars(
                    select(Case.business_id)
                    .join(Loan, Loan.case_id == Case.id)
                    .where(
                        Case.deleted_at.is_(None), Loan.deleted_at.is_(None), Loan.disbursed_on.is_not(None)
                    )
                )
            )
            founders: dict[uuid.UUID, list[MigrationBackground]] = defaultdict(list)
            preferred: dict[uuid.UUID, str] = {}
            founder_business: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
            for business_id, person_id, background, spoken in session.execute(
                select(
                    BusinessMember.business_id,
                    Person.id,
                    Person.migration_background,
                    Person.preferred_languages,
                )
                .join(Person, Person.id == BusinessMember.person_id)
                .where(
                    BusinessMember.deleted_at.is_(None),
                    BusinessMember.role.in_(LEADING_ROLES),
                    Person.deleted_at.is_(None),
                )
            ):
                founders[business_id].append(MigrationBackground(background))
                preferred[person_id] = spoken or ""
                founder_business[person_id].add(business_id)

            in_quarter = [b for b in businesses if b.district_id in mine]
            quarter_ids = {b.id for b in in_quarter}
            leadership = {b.id: migrant_led(founders.get(b.id, [])) for b in businesses}
            section_names = dict(
                session.execute(select(Sector.section, Sector.name_de).where(Sector.level == "section")).all()
            )
            quarter_sections = Counter(b.section or NOT_CLASSIFIED for b in in_quarter)
            city_sections = Counter(b.section or NOT_CLASSIFIED for b in businesses)
            sections = tuple(
                SectionCount(
                    section,
                    section_names.get(section, "") if section else "",
                    quarter_sections[section],
                    city_sections[section],
                )
                for section in sorted(city_sections, key=lambda s: (s == NOT_CLASSIFIED, s))
            )

            # Languages: a consultation lies where its case's business is, else its consultation day,
            # else where the person lives.
            case_district = (
                select(Business.district_id)
                .join(Case, Case.business_id == Business.id)
                .where(Case.id == Consultation.case_id)
                .scalar_subquery()
            )
            where = func.coalesce(case_district, ConsultationDay.district_id, Person.district_id)
            consultations = session.execute(
                select(Consultation.language, where, func.count())
                .outerjoin(ConsultationDay, ConsultationDay.id == Consultation.consultation_day_id)
                .outerjoin(Person, Person.id == Consultation.person_id)
                .where(Consultation.deleted_at.is_(None))
                .group_by(Consultation.language, where)
            ).all()
            consultations_quarter: Counter[str] = Counter()
            consultations_city: Counter[str] = Counter()
            for language, district_id, number in consultations:
                code = (split_languages(language) or ("",))[0]
                consultations_city[code] += number
                if district_id in mine:
                    consultations_quarter[code] += number
            people_quarter: Counter[str] = Counter()
            for person_id, preferred_languages in preferred.items():
                if founder_business[person_id] & quarter_ids:
                    people_quarter.update(split_languages(preferred_languages))
            codes = set(consultations_quarter) | set(people_quarter)
            languages = tuple(
                LanguageCount(
                    code, consultations_quarter[code], consultations_city[code], people_quarter[code]
                )
                for code in sorted(
                    codes, key=lambda c: (-consultations_quarter[c], -people_quarter[c], c == "", c)
                )
            )

            properties = session.execute(
                select(Property.district_id, Property.status, Property.let_on).where(
                    Property.deleted_at.is_(None)
                )
            ).all()
            start = base_year_start(quarter.base_year)
            reactivated_states = set(REACTIVATED_STATES)
            vacant = sum(1 for p in properties if p.district_id in mine and p.status == PropertyStatus.VACANT)
            city_vacant = sum(1 for p in properties if p.status == PropertyStatus.VACANT)
            reactivated = sum(
                1 for p in properties if p.district_id in mine and p.status in reactivated_states
            )
            city_reactivated = sum(1 for p in properties if p.status in reactivated_states)
            since_base = sum(
                1
                for p in properties
                if p.district_id in mine
                and p.status in reactivated_states
                and p.let_on is not None
                and p.let_on >= start
            )

            statistics = [
                StatisticValue(s.district_id, s.indicator, s.year, s.value, s.source)
                for s in session.scalars(
                    select(DistrictStatistic).where(DistrictStatistic.deleted_at.is_(None))
                )
            ]
            references = reference_figures(
                statistics,
                quarter_districts=mine,
                city_districts=all_districts,
                supported_quarter=len(in_quarter),
                supported_city=len(businesses),
            )
            return LocalEconomyPicture(
                quarter_id=quarter.id,
                quarter_name=quarter.name,
                district_names=district_names,
                base_year=quarter.base_year,
                as_of=as_of,
                supported=len(in_quarter),
                city_supported=len(businesses),
                financed=len(quarter_ids & financed_ids),
                city_financed=len({b.id for b in businesses} & financed_ids),
                migrant_led=StatedShare.of(leadership[b] for b in quarter_ids),
                city_migrant_led=StatedShare.of(leadership.values()),
                sections=sections,
                languages=languages,
                vacant=vacant,
                city_vacant=city_vacant,
                reactivated=reactivated,
                city_reactivated=city_reactivated,
                reactivated_since_base_year=since_base,
                references=references,
            )

    @requires(Permission.EXPORT_DATA)
    def export_picture(self, quarter_id: uuid.UUID, path: Path) -> Path:
        """The picture as XLSX (German): overview, sections, languages, reference figures, definitions."""
        from dlzw_desktop.reports import local_economy_xlsx  # noqa: PLC0415 - openpyxl only when exporting

        picture = self.picture(quarter_id)
        local_economy_xlsx.write_picture(path, picture_document(picture))
        with self._sessions.begin() as session:
            record_event(
                session, "quarters", quarter_id, "local economy picture exported", details={"file": path.name}
            )
        return path

    # -- district statistics ---------------------------------------------------------------------

    @requires(Permission.VIEW_REPORTS)
    def statistics_sets(self) -> list[StatisticsSetRow]:
        """What district statistics are stored, by indicator and year (newest first)."""
        with self._sessions() as session:
            rows = session.execute(
                select(
                    DistrictStatistic.indicator,
                    DistrictStatistic.year,
                    DistrictStatistic.district_id,
                    DistrictStatistic.source,
                ).where(DistrictStatistic.deleted_at.is_(None))
            ).all()
        grouped: dict[tuple[DistrictIndicator, int], list[tuple[uuid.UUID | None, str]]] = defaultdict(list)
        for indicator, year, district_id, source in rows:
            grouped[(DistrictIndicator(indicator), year)].append((district_id, source))
        order = list(DistrictIndicator)
        return [
            StatisticsSetRow(
                indicator=indicator,
                year=year,
                districts=sum(1 for d, _ in items if d is not None),
                has_city_total=any(d is None for d, _ in items),
                source="; ".join(sorted({s for _, s in items})),
            )
            for (indicator, year), items in sorted(
                grouped.items(), key=lambda kv: (-kv[0][1], order.index(kv[0][0]))
            )
        ]

    @requires(Permission.IMPORT_DATA)
    def import_statistics(
        self,
        path: Path,
        *,
        source: str,
        year: int | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> StatisticsImportResult:
        """Import a district statistics table (CSV/XLSX); figures of the same district, indicator and year
        are replaced (the old ones stay in the audit trail). All or nothing: a problem stops the import."""
        if progress is not None:
            progress(0, 3)
        rows = read_table(path)
        if progress is not None:
            progress(1, 3)
        with self._sessions.begin() as session:
            districts = session.execute(select(District.id, District.name, District.code)).all()
            boroughs = list(session.scalars(select(Borough.name)))
            parsed = parse_statistics(
                rows,
                districts={" ".join(fold(d.name).split()): d.id for d in districts},
                district_codes={str(int(d.code)): d.id for d in districts if d.code and d.code.isdigit()},
                boroughs=boroughs,
                source=source,
                default_year=year,
            )
            existing = {
                (s.district_id, DistrictIndicator(s.indicator), s.year): s
                for s in session.scalars(
                    select(DistrictStatistic).where(DistrictStatistic.deleted_at.is_(None))
                )
            }
            now = utc_now()
            replaced = 0
            for value in parsed.values:
                old = existing.get((value.district_id, value.indicator, value.year))
                if old is not None:
                    old.deleted_at = now
                    replaced += 1
                session.add(
                    DistrictStatistic(
                        district_id=value.district_id,
                        indicator=value.indicator,
                        year=value.year,
                        value=value.value,
                        source=value.source,
                    )
                )
            record_event(
                session,
                "district_statistics",
                None,
                "district statistics imported",
                details={
                    "file": path.name,
                    "figures": len(parsed.values),
                    "replaced": replaced,
                    "years": list(parsed.years),
                },
            )
        if progress is not None:
            progress(3, 3)
        logger.info(
            "imported %d district figures (%d replaced) from %s", len(parsed.values), replaced, path.name
        )
        return StatisticsImportResult(
            figures=len(parsed.values),
            replaced=replaced,
            indicators=parsed.indicators,
            years=parsed.years,
            skipped_rows=parsed.skipped_rows,
        )


def picture_document(picture: LocalEconomyPicture) -> local_economy_xlsx.PictureDocument:
    """The picture as the plain data the XLSX builder takes."""
    from dlzw_desktop.reports import local_economy_xlsx  # noqa: PLC0415

    return local_economy_xlsx.PictureDocument(
        quarter=picture.quarter_name,
        districts=", ".join(picture.district_names),
        base_year=picture.base_year,
        as_of=picture.as_of,
        overview=(
            local_economy_xlsx.Figure(
                "Geförderte Unternehmen (mit Fall)", picture.supported, picture.city_supported
            ),
            local_economy_xlsx.Figure(
                "davon mit ausgezahltem Mikrokredit", picture.financed, picture.city_financed
            ),
            local_economy_xlsx.Figure(
                "Migrantisch geführt (Angabe ja)", picture.migrant_led.yes, picture.city_migrant_led.yes
            ),
            local_economy_xlsx.Figure(
                "Nicht migrantisch geführt (Angabe nein)", picture.migrant_led.no, picture.city_migrant_led.no
            ),
            local_economy_xlsx.Figure(
                "Keine Angabe (gesondert gezählt)",
                picture.migrant_led.not_stated,
                picture.city_migrant_led.not_stated,
            ),
            local_economy_xlsx.Figure(
                "Anteil migrantisch geführt an den Angaben (%)",
                picture.migrant_led.yes_percent,
                picture.city_migrant_led.yes_percent,
            ),
            local_economy_xlsx.Figure("Leerstände (aktuell)", picture.vacant, picture.city_vacant),
            local_economy_xlsx.Figure(
                "Reaktivierte Einheiten (vermietet/wieder genutzt)",
                picture.reactivated,
                picture.city_reactivated,
            ),
            local_economy_xlsx.Figure(
                f"davon reaktiviert seit dem Basisjahr {picture.base_year}",
                picture.reactivated_since_base_year,
                None,
            ),
        ),
        sections=tuple(
            local_economy_xlsx.SectionLine(
                s.section or "–",
                s.name or "ohne WZ-Einstufung",
                s.quarter,
                percent(s.quarter, picture.supported),
                s.city,
                percent(s.city, picture.city_supported),
            )
            for s in picture.sections
        ),
        languages=tuple(
            local_economy_xlsx.LanguageLine(
                language.code, language.consultations, language.city_consultations, language.people
            )
            for language in picture.languages
        ),
        references=picture.references,
    )
