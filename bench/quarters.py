"""Quarter page and local economy picture on a city-sized database, against a plain scan baseline.

Builds a temporary SQLite database with businesses, cases, founders, consultations and units spread over
Dortmund's 62 districts, defines quarters, and times (median of several runs, same process):

- ``quarter_page_ms``: ``QuarterService.quarter_page`` (everything in the quarter plus goal progress);
- ``picture_ms``: ``LocalEconomyService.picture`` (the quarter next to the whole city);
- ``baseline_ms``: reading every business with its district and sector once (the least any city-wide
  figure costs).

    python bench/quarters.py [--quick]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import emit  # noqa: E402


def build(services: object, businesses: int, seed: int) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from dlzw_desktop.db.models import (
        Business,
        BusinessMember,
        Case,
        Consultation,
        District,
        Person,
        Property,
        Sector,
    )
    from dlzw_desktop.domain.dates import utc_now
    from dlzw_desktop.domain.enums import (
        BusinessRole,
        ConsultationPlace,
        MigrationBackground,
        PropertyStatus,
        PropertyUse,
    )

    rng = random.Random(seed)
    engine = services.context.sessions.engine  # type: ignore[attr-defined]
    with Session(engine) as session:  # bulk rows without the audit trail: this is set-up, not the subject
        districts = list(session.scalars(select(District.id)))
        sectors = list(session.scalars(select(Sector.id).where(Sector.level == "class")))
        now = utc_now()
        rows = []
        for number in range(businesses):
            district_id = rng.choice(districts)
            person = Person(
                id=uuid.uuid4(),
                family_name=f"Person {number}",
                migration_background=rng.choice(list(MigrationBackground)),
                preferred_languages=rng.choice(["de", "tr, de", "ar", "pl, de", ""]),
                district_id=district_id,
            )
            business = Business(
                id=uuid.uuid4(),
                name=f"Betrieb {number}",
                district_id=district_id,
                sector_id=rng.choice(sectors),
            )
            case = Case(
                id=uuid.uuid4(),
                number=f"MK-B-{number:06d}",
                business_id=business.id,
                stage_since=now,
                opened_on=date(2025, 1 + number % 12, 1),
            )
            rows.append((number, district_id, person, business, case))
        # Parents first: without relationships the unit of work does not order these tables itself.
        for group in (0, 1, 2):
            session.add_all([row[2 + group] for row in rows])
            session.flush()
        for number, district_id, person, business, case in rows:
            session.add(
                BusinessMember(business_id=business.id, person_id=person.id, role=BusinessRole.FOUNDER)
            )
            session.add(
                Consultation(
                    case_id=case.id,
                    held_on=date(2025, 1 + number % 12, 2),
                    duration_minutes=60,
                    place=ConsultationPlace.OFFICE,
                    language=rng.choice(["de", "tr", "ar", "pl"]),
                )
            )
            if number % 4 == 0:
                session.add(
                    Property(
                        street=f"Straße {number}",
                        district_id=district_id,
                        area_m2=Decimal(80),
                        cold_rent=Decimal(600),
                        uses=[PropertyUse.RETAIL.value],
                        owner_business_id=business.id,
                        owner_consent=True,
                        owner_consent_on=date(2025, 1, 1),
                        status=rng.choice([PropertyStatus.VACANT, PropertyStatus.LET]),
                        let_on=date(2025, 6, 1),
                    )
                )
        session.commit()


def timed(function: object, runs: int) -> float:
    values = []
    for _ in range(runs):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        values.append((time.perf_counter() - started) * 1000)
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2,000 businesses instead of 20,000")
    args = parser.parse_args()
    businesses = 2000 if args.quick else 20000
    runs = 5 if args.quick else 7

    work = Path(tempfile.mkdtemp(prefix="dlzw-bench-quarters-"))
    from sqlalchemy import select

    from dlzw_desktop.db.base import reference_id
    from dlzw_desktop.db.models import Business, District, Sector
    from dlzw_desktop.services.quarter_service import QuarterDraft
    from dlzw_desktop.services.registry import open_services

    services = open_services(work / "bench.sqlite3")
    services.users.local_principal("bench.admin")
    started = time.perf_counter()
    build(services, businesses, seed=1)
    print(f"built {businesses} businesses in {time.perf_counter() - started:.1f} s")
    nordstadt = services.quarters.create_quarter(
        QuarterDraft(
            "Nordstadt",
            2025,
            tuple(reference_id("district", n) for n in ("Hafen", "Nordmarkt", "Borsigplatz")),
            goal_reactivated_units=20,
        )
    )

    def baseline() -> None:
        with services.context.sessions() as session:
            list(
                session.execute(
                    select(Business.id, District.name, Sector.section)
                    .outerjoin(District, District.id == Business.district_id)
                    .outerjoin(Sector, Sector.id == Business.sector_id)
                )
            )

    page = services.quarters.quarter_page(nordstadt.id)
    picture = services.local_economy.picture(nordstadt.id)
    print(f"quarter page: {len(page.businesses)} businesses, {len(page.properties)} units")
    print(f"picture: {picture.supported} of {picture.city_supported} supported businesses")
    result = {
        "businesses": businesses,
        "quarter_page_ms": timed(lambda: services.quarters.quarter_page(nordstadt.id), runs),
        "picture_ms": timed(lambda: services.local_economy.picture(nordstadt.id), runs),
        "baseline_ms": timed(baseline, runs),
    }
    result["quarter_page_ratio"] = result["quarter_page_ms"] / result["baseline_ms"]
    result["picture_ratio"] = result["picture_ms"] / result["baseline_ms"]
    services.close()
    emit(result)


if __name__ == "__main__":
    main()
