"""Global search (Ctrl+K): one query over cases, persons, businesses and properties.

A thin facade over the searches the sections already use (the case search index, the intake lists, the
property register), so the palette finds what the lists find. Kinds the signed-in role may not view are
left out instead of refusing the whole search.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from dlzw_desktop.domain.enums import CaseStage, PropertyStatus
from dlzw_desktop.errors import NotFound
from dlzw_desktop.services.case_detail import CaseDetail
from dlzw_desktop.services.case_search import CaseQuery
from dlzw_desktop.services.case_service import CaseService
from dlzw_desktop.services.context import Service, ServiceContext
from dlzw_desktop.services.intake_service import BusinessRow, IntakeService, PersonRow
from dlzw_desktop.services.permissions import ANYONE_SIGNED_IN, Permission, allowed, requires
from dlzw_desktop.services.property_rows import PropertyQuery, PropertyRow
from dlzw_desktop.services.property_service import PropertyService

logger = logging.getLogger(__name__)

MIN_QUERY_LENGTH = 2
DEFAULT_LIMIT = 5


class HitKind(StrEnum):
    """What a search hit is; the order of the members is the order of the groups in the palette."""

    CASE = "case"
    PERSON = "person"
    BUSINESS = "business"
    PROPERTY = "property"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One record found: ``title`` names it, ``subtitle`` tells it apart, ``status`` (a case stage or a
    property status) is left for the UI to label."""

    kind: HitKind
    id: uuid.UUID
    title: str
    subtitle: str = ""
    status: CaseStage | PropertyStatus | None = None


@dataclass(frozen=True, slots=True)
class SearchResults:
    """The hits for ``text``, grouped in ``HitKind`` order; ``more`` names the kinds that had more hits
    than were returned."""

    text: str
    hits: tuple[SearchHit, ...]
    more: frozenset[HitKind] = frozenset()

    def of(self, kind: HitKind) -> tuple[SearchHit, ...]:
        return tuple(hit for hit in self.hits if hit.kind is kind)


def _join(*parts: str | None) -> str:
    return " · ".join(part for part in parts if part)


def case_hit(case: CaseDetail) -> SearchHit:
    names = ", ".join(dict.fromkeys(m.person_name for m in case.business.members))
    return SearchHit(HitKind.CASE, case.id, _join(case.number, case.business.name), names, case.stage)


def person_hit(person: PersonRow) -> SearchHit:
    businesses = ", ".join(dict.fromkeys(m.business_name for m in person.memberships))
    place = _join(person.postcode, person.district_name)
    return SearchHit(HitKind.PERSON, person.id, person.full_name, _join(place, businesses))


def business_hit(business: BusinessRow) -> SearchHit:
    people = ", ".join(dict.fromkeys(m.person_name for m in business.members))
    area = business.district_name or business.borough_name
    return SearchHit(HitKind.BUSINESS, business.id, business.name, _join(people, area))


def property_hit(unit: PropertyRow) -> SearchHit:
    area = unit.district_name or unit.borough_name
    return SearchHit(
        HitKind.PROPERTY, unit.id, unit.street, _join(unit.postcode, area, unit.owner_label), unit.status
    )


class SearchService(Service):
    """Searches every kind of record the role may view, a few hits of each."""

    def __init__(
        self,
        context: ServiceContext,
        *,
        cases: CaseService,
        intake: IntakeService,
        properties: PropertyService,
    ) -> None:
        super().__init__(context)
        self._cases = cases
        self._intake = intake
        self._properties = properties

    @requires(ANYONE_SIGNED_IN)
    def search(self, text: str, *, limit: int = DEFAULT_LIMIT) -> SearchResults:
        """Up to ``limit`` hits per kind for ``text`` (no hits below ``MIN_QUERY_LENGTH`` characters).

        Runs four reads, one unit of work each; call it off the GUI thread.
        """
        text = " ".join(text.split())
        if len(text) < MIN_QUERY_LENGTH:
            return SearchResults(text, ())
        role = self._context.user.principal.role
        hits: list[SearchHit] = []
        more: set[HitKind] = set()

        def add(kind: HitKind, found: list[SearchHit]) -> None:
            if len(found) > limit:
                more.add(kind)
            hits.extend(found[:limit])

        if allowed(role, Permission.VIEW_CASES):
            page = self._cases.search(CaseQuery(text=text, limit=limit))
            hits.extend(
                SearchHit(
                    HitKind.CASE, row.id, _join(row.number, row.business_name), row.person_names, row.stage
                )
                for row in page.rows
            )
            if page.has_more:
                more.add(HitKind.CASE)
            add(HitKind.PERSON, [person_hit(p) for p in self._intake.list_persons(text, limit=limit + 1)])
            add(
                HitKind.BUSINESS,
                [business_hit(b) for b in self._intake.list_businesses(text, limit=limit + 1)],
            )
        if allowed(role, Permission.VIEW_PROPERTIES):
            units = self._properties.properties(PropertyQuery(text=text, limit=limit + 1))
            add(HitKind.PROPERTY, [property_hit(u) for u in units])
        return SearchResults(text, tuple(hits), frozenset(more))

    @requires(ANYONE_SIGNED_IN)
    def current_hits(self, records: Sequence[tuple[HitKind, uuid.UUID]]) -> tuple[SearchHit, ...]:
        """Today's hits for ``records`` (e.g. the recently opened ones), in their order: titles as they
        are now, without the records deleted since or of kinds the role may not view."""
        role = self._context.user.principal.role
        hits = []
        for kind, record_id in records:
            needed = Permission.VIEW_PROPERTIES if kind is HitKind.PROPERTY else Permission.VIEW_CASES
            if not allowed(role, needed):
                continue
            try:
                if kind is HitKind.CASE:
                    hits.append(case_hit(self._cases.case(record_id)))
                elif kind is HitKind.PERSON:
                    hits.append(person_hit(self._intake.person(record_id)))
                elif kind is HitKind.BUSINESS:
                    hits.append(business_hit(self._intake.business(record_id)))
                else:
                    hits.append(property_hit(self._properties.get_property(record_id)))
            except NotFound:
                logger.info("recent %s %s no longer exists", kind, record_id)
        return tuple(hits)
