"""Benchmark: sync package key derivation, refusal of a wrong passphrase, round trip and merge.

Baselines in the same run: JSON + zlib without encryption or key derivation (what the crypto adds to a
round trip), and a JSON round trip of the same records (what the merge adds to copying them).
Run from the repository root: ``python bench/sync_package.py [--quick]``; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dlzw_desktop.domain.merge import Record, RecordKey, merge
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.sync.package import (
    DEFAULT_KDF,
    KDF_MEMORY_KIB_RANGE,
    KDF_PARALLELISM_RANGE,
    KDF_TIME_COST_RANGE,
    KdfParams,
    derive_key_check,
    read_package,
    write_package,
)


def timed(action: Callable[[], object], repeats: int) -> float:
    """Median wall time in seconds."""
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def records(count: int) -> dict[RecordKey, dict[str, Any]]:
    rows: dict[RecordKey, dict[str, Any]] = {}
    for index in range(count):
        row_id = str(uuid.UUID(int=index))
        rows[("cases", row_id)] = {
            "id": row_id,
            "version": 1,
            "deleted_at": None,
            "number": f"MK-2026-{index:04d}",
            "stage": "consulting",
            "requested_amount_cents": 1_000_000 + index,
            # A random part keeps zlib from shrinking the bench payload to nothing.
            "notes": f"Beratung {index}: Businessplan, Finanzierung {uuid.uuid4().hex} Nordstadt",
        }
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small data, fewer repeats (< 1 minute)")
    args = parser.parse_args()
    repeats = 3 if args.quick else 7
    count = 2_000 if args.quick else 20_000

    salt = bytes(16)
    worst = KdfParams(
        time_cost=KDF_TIME_COST_RANGE[1],
        memory_cost_kib=KDF_MEMORY_KIB_RANGE[1],
        parallelism=KDF_PARALLELISM_RANGE[0],
    )
    kdf_default_s = timed(lambda: derive_key_check("passphrase", salt, DEFAULT_KDF), repeats)
    kdf_worst_accepted_s = timed(lambda: derive_key_check("passphrase", salt, worst), repeats)

    base = records(count)
    office = {key: dict(row) for key, row in base.items()}
    laptop = {key: dict(row) for key, row in base.items()}
    for index, key in enumerate(sorted(base)):
        if index % 3 == 0:
            laptop[key]["notes"] = "geändert am Sprechtag"
        if index % 5 == 0:
            office[key]["stage"] = "assessment"
        if index % 15 == 0:
            office[key]["notes"] = "im Büro geändert"
    payload = {"records": {f"{t}/{r}": row for (t, r), row in laptop.items()}, "meta": {"count": count}}
    body = json.dumps(payload).encode()

    installation, kit = uuid.uuid4(), uuid.uuid4()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "bench.dlzwsync"

        def write() -> None:
            write_package(
                path,
                payload,
                passphrase="passphrase",
                schema_revision="0002",
                installation_id=installation,
                kit_id=kit,
                sequence=1,
            )

        def read(passphrase: str = "passphrase") -> object:
            return read_package(
                path,
                passphrase,
                expected_installation_id=installation,
                known_schema_revisions={"0002"},
                already_imported=set(),
                last_sequence_by_kit={},
            )

        def refuse() -> None:
            try:
                read("wrong")
            except ValidationError as error:
                assert error.code == "sync.wrong_passphrase"

        write_s = timed(write, repeats)
        package_bytes = path.stat().st_size
        read_s = timed(read, repeats)
        wrong_passphrase_s = timed(refuse, repeats)

    def plain_round_trip() -> object:
        return json.loads(zlib.decompress(zlib.compress(json.dumps(payload).encode(), 6)))

    baseline_round_trip_s = timed(plain_round_trip, repeats)
    base_records: dict[RecordKey, Record] = dict(base)
    merge_s = timed(lambda: merge(base_records, office, laptop), repeats)
    baseline_copy_s = timed(
        lambda: json.loads(json.dumps([list(base.values()), list(laptop.values())])), repeats
    )
    plan = merge(base_records, office, laptop)

    print(
        f"KDF default {DEFAULT_KDF}: {kdf_default_s:.3f} s; "
        f"worst accepted {worst}: {kdf_worst_accepted_s:.3f} s"
    )
    print(f"{count} records, {len(body) / 2**20:.1f} MiB JSON -> {package_bytes / 2**20:.2f} MiB package")
    print(f"plan: {len(plan.updates)} updates, {len(plan.conflicts)} conflicts, {len(plan.no_ops)} untouched")
    result = {
        "records": count,
        "kdf_default_s": round(kdf_default_s, 3),
        "kdf_worst_accepted_s": round(kdf_worst_accepted_s, 3),
        "wrong_passphrase_s": round(wrong_passphrase_s, 3),
        "write_s": round(write_s, 3),
        "read_s": round(read_s, 3),
        "baseline_round_trip_s": round(baseline_round_trip_s, 3),
        "crypto_round_trip_ratio": round((write_s + read_s) / baseline_round_trip_s, 1),
        "merge_s": round(merge_s, 3),
        "baseline_copy_s": round(baseline_copy_s, 3),
        "merge_ratio": round(merge_s / baseline_copy_s, 1),
        "package_mib": round(package_bytes / 2**20, 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
