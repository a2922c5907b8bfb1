"""The district demand profile for matching, built from ``DemandEntry`` rows.

Kept apart on purpose: the property side (issue 4) owns the matching service and the demand profile
editor and replaces this builder with its own. The contract both follow: every ``DemandEntry`` that is not
deleted is one missed offer (WZ code, weight) of a district or of a quarter; a quarter's entries apply to
the units in all its districts (``PropertyFacts.quarter_ids``).
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dlzw_desktop.db.models import DemandEntry, Quarter, Sector
from dlzw_desktop.domain.matching import DemandProfile

logger = logging.getLogger(__name__)


def demand_profile(session: Session) -> DemandProfile:
    """All recorded missed offers as a ``DemandProfile`` keyed by district or quarter id.

    The same WZ code noted several times for one area (e.g. at two meetings) keeps its highest weight:
    weights say how badly an offer is missed, and repeating a wish does not make it more urgent.
    """
    weights: dict[uuid.UUID, dict[str, Decimal]] = defaultdict(dict)
    rows = session.execute(
        select(DemandEntry.district_id, DemandEntry.quarter_id, Sector.code, DemandEntry.weight)
        .join(Sector, Sector.id == DemandEntry.sector_id)
        .outerjoin(Quarter, Quarter.id == DemandEntry.quarter_id)
        .where(DemandEntry.deleted_at.is_(None), Quarter.deleted_at.is_(None))
    )
    for district_id, quarter_id, code, weight in rows:
        area = quarter_id if quarter_id is not None else district_id
        if area is None:  # the CHECK constraint forbids it; stay robust against a foreign writer
            continue
        known = weights[area].get(code)
        weights[area][code] = max(Decimal(weight), known) if known is not None else Decimal(weight)
    logger.debug("demand profile with %d areas", len(weights))
    return DemandProfile(weights)
