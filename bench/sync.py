"""Benchmark: laptop kits end to end on SQLite with the real key-derivation costs.

Measures checking out a kit of 200 cases (budget 2 s), opening it, writing a package with 5,000 changed
records on the laptop, and checking that package in at the office (budget 5 s), plus how long a wrong
passphrase takes to be refused (budget 2 s) for a kit and for a package.

Baselines in the same run: one Argon2id derivation (what every check-out, opening and import pays once)
and migrating an empty SQLite database (what a check-out pays to give the kit its schema).

Run from the repository root: ``python bench/sync.py [--quick]``; the last line is JSON.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from datetime import time as clock
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import emit

PASSPHRASE = "Nordstadt Sprechtag 2026"


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def plan_day(services: Any, cases: int) -> uuid.UUID:
    """A day with ``cases`` booked cases of the demo data (bulk, as a planner would over weeks)."""
    from sqlalchemy import insert, select

    from dlzw_desktop.db.models import Appointment, BusinessMember, Case, ConsultationDay
    from dlzw_desktop.domain.dates import utc_now

    with services.context.sessions.begin() as session:
        day = ConsultationDay(
            held_on=date(2026, 6, 1), place="Quartiersbüro Nordmarkt", starts_at=clock(8), ends_at=clock(20)
        )
        session.add(day)
        session.flush()
        rows = session.execute(
            select(Case.id, BusinessMember.person_id)
            .join(BusinessMember, BusinessMember.business_id == Case.business_id)
            .where(Case.deleted_at.is_(None))
            .order_by(Case.opened_on.desc(), Case.id)
        ).all()
        chosen: dict[uuid.UUID, uuid.UUID] = {}
        for case_id, person_id in rows:
            chosen.setdefault(case_id, person_id)
            if len(chosen) == cases:
                break
        now = utc_now()
        session.execute(
            insert(Appointment.__table__),
            [
                {
                    "id": uuid.uuid4(),
                    "day_id": day.id,
                    "starts_at": clock(8 + index % 12, 0),
                    "case_id": case_id,
                    "person_id": person_id,
                    "walk_in": False,
                    "visitor_name": "",
                    "topic": "Finanzierung",
                    "status": "booked",
                    "created_at": now,
                    "updated_at": now,
                    "created_by": "bench",
                    "updated_by": "bench",
                    "version": 1,
                }
                for index, (case_id, person_id) in enumerate(chosen.items())
            ],
        )
        return day.id


def laptop_changes(kit: Any, wanted: int) -> int:
    """Change every person, business, case, consultation and checklist item, then add consultations
    until ``wanted`` records differ from their snapshots."""
    from sqlalchemy import select, update

    from dlzw_desktop.db.models import Business, Case, Consultation, DocumentRequirement, Person
    from dlzw_desktop.domain.enums import ConsultationPlace

    changed = 0
    with kit.context.sessions.begin() as session:
        for model, column in (
            (Person, "notes"),
            (Business, "notes"),
            (Case, "notes"),
            (Consultation, "notes"),
            (DocumentRequirement, "note"),
        ):
            ids = list(session.scalars(select(model.id)))
            room = wanted - changed
            if room <= 0:
                break
            ids = ids[:room]
            for part in range(0, len(ids), 500):
                session.execute(
                    update(model)
                    .where(model.id.in_(ids[part : part + 500]))
                    .values({column: "am Sprechtag ergänzt"})
                )
            changed += len(ids)
        pairs = session.execute(select(Case.id, Case.business_id)).all()
        index = 0
        while changed < wanted:
            case_id, _business = pairs[index % len(pairs)]
            session.add(
                Consultation(
                    case_id=case_id,
                    held_on=date(2026, 6, 1),
                    duration_minutes=30,
                    place=ConsultationPlace.CONSULTATION_DAY,
                    topics="Sprechtag",
                )
            )
            changed += 1
            index += 1
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small data (well under a minute)")
    args = parser.parse_args()
    cases, records, demo_cases = (50, 1000, 120) if args.quick else (200, 5000, 400)

    work = Path(tempfile.mkdtemp(prefix="dlzw-bench-sync-"))
    os.environ["DLZW_DATA_DIR"] = str(work)
    try:
        from argon2.low_level import Type, hash_secret_raw

        from dlzw_desktop.db.cipher import KIT_KDF
        from dlzw_desktop.db.migrate import open_database
        from dlzw_desktop.errors import ValidationError
        from dlzw_desktop.services.registry import open_services

        argon2_s, _ = timed(
            lambda: hash_secret_raw(
                b"x" * 24,
                os.urandom(16),
                time_cost=KIT_KDF.time_cost,
                memory_cost=KIT_KDF.memory_cost_kib,
                parallelism=KIT_KDF.parallelism,
                hash_len=32,
                type=Type.ID,
            )
        )
        migrate_s, sessions = timed(lambda: open_database(work / "empty.sqlite3"))
        sessions.engine.dispose()

        office = open_services(work / "office.sqlite3")
        office.users.local_principal("bench.admin")
        office.demo.load(cases=demo_cases, seed=1)
        day_id = plan_day(office, cases)
        kit_path = work / "stick" / "sprechtag.dlzwkit"
        kit_path.parent.mkdir()

        # Once per session the kit template is built (the section does it in the background when opened).
        template_s, _ = timed(office.sync.prepare_check_out)
        checkout_s, checked_out = timed(lambda: office.sync.check_out([day_id], kit_path, PASSPHRASE))
        open_s, kit = timed(lambda: open_services(kit_path, passphrase=PASSPHRASE))
        kit.users.local_principal(kit.sync.kit_sign_in_name())
        from sqlalchemy import func, select

        from dlzw_desktop.db.models import Case

        with kit.context.sessions() as session:
            kit_cases = session.scalar(select(func.count()).select_from(Case)) or 0
        changed = laptop_changes(kit, records)
        package_path = work / "stick" / "rueckgabe.dlzwsync"
        write_s, written = timed(lambda: kit.sync.write_package(package_path, PASSPHRASE))
        kit.close()

        def refused(action: Callable[[], Any]) -> float:
            started = time.perf_counter()
            try:
                action()
            except ValidationError:
                return time.perf_counter() - started
            raise AssertionError("a wrong passphrase was accepted")

        wrong_kit_s = refused(lambda: open_services(kit_path, passphrase="Nordstadt Sprechtag 2025"))
        wrong_package_s = refused(
            lambda: office.sync.import_package(package_path, "Nordstadt Sprechtag 2025")
        )
        checkin_s, result = timed(lambda: office.sync.import_package(package_path, PASSPHRASE))
        again_s, again = timed(lambda: office.sync.import_package(package_path, PASSPHRASE))
        office.close()
        assert result.inserted + result.updated + result.conflicts + result.unchanged >= written.records * 0.9
        assert again.already_imported

        print(f"kit: {kit_cases} cases, {checked_out.records} records; package: {written.records} records")
        print(f"check-in: {result.inserted} inserted, {result.updated} updated, {result.conflicts} conflicts")
        emit(
            {
                "quick": args.quick,
                "kit_cases": kit_cases,
                "kit_records": checked_out.records,
                "package_records": written.records,
                "changed_on_laptop": changed,
                "checkout_s": checkout_s,
                "checkout_budget_ratio": checkout_s / 2.0,
                "kit_open_s": open_s,
                "write_package_s": write_s,
                "checkin_s": checkin_s,
                "checkin_budget_ratio": checkin_s / 5.0,
                "reimport_s": again_s,
                "wrong_passphrase_kit_s": wrong_kit_s,
                "wrong_passphrase_package_s": wrong_package_s,
                "baseline_argon2_s": argon2_s,
                "baseline_migrate_empty_s": migrate_s,
                "template_once_per_session_s": template_s,
                "checkout_over_argon2": checkout_s / argon2_s,
            }
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
