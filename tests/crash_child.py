"""Child process of tests/test_crash_safety.py: a fork server whose workers save founders in a loop.

The server imports everything once, then for every ``go`` line on stdin forks a worker and prints its
pid (``pid N``); the worker prints ``open N`` once the database is open. A worker opens the database
like the application, and saves one founder per unit of work (person,
business, membership, case: written together or not at all), appending ``<unit>\\n`` to the ack file
only after the commit returned. The test kills workers with SIGKILL at random moments.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from dlzw_desktop.db.engine import Sessions
from dlzw_desktop.db.models import Business, BusinessMember, Case, Person
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import BusinessRole, Role
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.registry import Services, open_services


def save(sessions: Sessions, unit: str, index: int) -> None:
    """One founder: all four rows in one unit of work."""
    with sessions.begin() as session:
        person = Person(family_name="Absturz", given_names=unit, notes=unit)
        business = Business(name=f"Firma {unit}", notes=unit)
        session.add_all([person, business])
        session.flush()
        session.add(BusinessMember(business_id=business.id, person_id=person.id, role=BusinessRole.FOUNDER))
        session.add(
            Case(
                number=f"MK-{unit}",
                business_id=business.id,
                requested_amount=Decimal("1000.00") + index,
                stage_since=utc_now(),
                opened_on=date(2026, 1, 1),
                notes=unit,
            )
        )


def open_signed_in(database: str) -> Services:
    services = open_services(database, migrate=False)
    services.context.user.sign_in(Principal(None, "crash.test", "Crash test", Role.ADVISOR))
    return services


def warm_up(database: str) -> None:
    """One save on a scratch copy, so that workers do not spend their first 100 ms compiling SQL."""
    scratch = Path(tempfile.mkdtemp()) / "warm.sqlite3"
    source, target = sqlite3.connect(database), sqlite3.connect(scratch)
    source.backup(target)
    source.close()
    target.close()
    services = open_signed_in(str(scratch))
    save(services.context.sessions, "warm", 0)
    services.close()
    shutil.rmtree(scratch.parent)


def work(database: str, ack_path: str, round_no: int) -> None:
    services = open_signed_in(database)
    ack = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    print(f"open {round_no}", flush=True)
    index = 0
    while True:
        unit = f"u{round_no}-{index}"
        save(services.context.sessions, unit, index)
        os.write(ack, f"{unit}\n".encode())
        index += 1


def main() -> int:
    database, ack_path = sys.argv[1], sys.argv[2]
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed workers are reaped by the kernel
    warm_up(database)
    print("ready", flush=True)
    for line in sys.stdin:
        round_no = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            try:
                work(database, ack_path, round_no)
            finally:
                os._exit(1)
        print(f"pid {pid}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
