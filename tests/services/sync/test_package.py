"""Sync packages: round trip, and every way a package must be refused before any of its data is used."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import struct
import subprocess
import sys
import time
import unicodedata
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from dlzw_desktop.errors import ConflictError, NotFound, StorageError, UserError, ValidationError
from dlzw_desktop.services.sync import package
from dlzw_desktop.services.sync.package import (
    DEFAULT_KDF,
    MAGIC,
    KdfParams,
    Package,
    PackageHeader,
    derive_key_check,
    passphrase_matches,
    peek_header,
    read_package,
    write_package,
)

# Cheapest parameters a reader accepts: keeps the many refusals below fast. DEFAULT_KDF is used where
# the real cost matters.
FAST = KdfParams(time_cost=2, memory_cost_kib=19 * 1024, parallelism=1)
PASSPHRASE = "Sprechtag Nordstadt 2026!"
OFFICE = uuid.UUID("0b8e1c7a-3f51-4a0e-9c55-0d1b2e3f4a50")
KIT = uuid.UUID("5c2f9a10-7e43-4d6b-8a21-1f0e9d8c7b60")
REVISIONS = frozenset({"0001", "0002"})
PAYLOAD: dict[str, Any] = {
    "records": {
        "cases": {"7d3a0c52-0d1e-4a57-9f53-2d0c5f7a0001": {"notes": "Gründerin: Ayşe Öztürk, „Café“"}}
    },
    "snapshots": {"cases": {}},
    "meta": {"advisor": "schulz", "rows": 1, "amount_cents": 1_500_000, "empty": None, "flag": True},
}
PREFIX = struct.Struct(">8sHI32s")


def write(path: Path, *, sequence: int = 1, kdf: KdfParams = FAST, **overrides: Any) -> PackageHeader:
    arguments: dict[str, Any] = {
        "passphrase": PASSPHRASE,
        "schema_revision": "0002",
        "installation_id": OFFICE,
        "kit_id": KIT,
        "sequence": sequence,
        "kdf": kdf,
    }
    arguments.update(overrides)
    payload = arguments.pop("payload", PAYLOAD)
    return write_package(path, payload, **arguments)


def read(path: Path, passphrase: str = PASSPHRASE, **overrides: Any) -> Package:
    arguments: dict[str, Any] = {
        "expected_installation_id": OFFICE,
        "known_schema_revisions": REVISIONS,
        "already_imported": set(),
        "last_sequence_by_kit": {},
    }
    arguments.update(overrides)
    return read_package(path, passphrase, **arguments)


def refusal(path: Path, **overrides: Any) -> UserError:
    with pytest.raises(UserError) as excinfo:
        read(path, **overrides)
    return excinfo.value


@pytest.fixture
def package_path(tmp_path: Path) -> Path:
    path = tmp_path / "kit-nordstadt-0001.dlzwsync"
    write(path)
    return path


def forge(path: Path, change: Callable[[dict[str, Any]], object], *, raw_header: bytes | None = None) -> None:
    """Rewrite the header as an attacker could: new JSON, recomputed checksum and length, same ciphertext."""
    data = path.read_bytes()
    magic, version, length, _digest = PREFIX.unpack_from(data)
    header = json.loads(data[PREFIX.size : PREFIX.size + length])
    ciphertext = data[PREFIX.size + length :]
    change(header)
    new_header = raw_header if raw_header is not None else json.dumps(header).encode()
    digest = hashlib.sha256(new_header).digest()
    path.write_bytes(PREFIX.pack(magic, version, len(new_header), digest) + new_header + ciphertext)


@pytest.fixture
def no_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if a key is derived: hostile headers must be refused before that work."""

    def refuse(*_args: object, **_kwargs: object) -> bytes:
        raise AssertionError("key derivation ran for a package that should have been refused first")

    monkeypatch.setattr(package, "hash_secret_raw", refuse)


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".part"))


# --- round trip ------------------------------------------------------------------------------------


def test_round_trip_returns_the_payload_and_the_header(tmp_path: Path) -> None:
    path = tmp_path / "p.dlzwsync"
    created = datetime(2026, 5, 6, 16, 45, tzinfo=UTC)
    written = write(path, sequence=3, package_id=uuid.UUID(int=7), created_at=created)

    opened = read(path)

    assert opened.payload == PAYLOAD
    assert not opened.already_imported
    assert opened.header == written
    assert (opened.header.installation_id, opened.header.kit_id, opened.header.sequence) == (OFFICE, KIT, 3)
    assert opened.header.package_id == uuid.UUID(int=7)
    assert opened.header.created_at == created and opened.header.created_at.tzinfo is not None
    assert opened.header.schema_revision == "0002"
    assert peek_header(path) == written
    assert path.read_bytes().startswith(MAGIC)
    assert leftovers(tmp_path) == []


def test_the_payload_is_encrypted_and_the_header_readable(package_path: Path) -> None:
    data = package_path.read_bytes()
    assert b"Gr\xc3\xbcnderin" not in data and b"schulz" not in data
    assert str(KIT).encode() in data  # the office can tell which kit a package came from


def test_two_packages_of_the_same_content_share_no_salt_nonce_or_key(tmp_path: Path) -> None:
    first, second = write(tmp_path / "a"), write(tmp_path / "b")
    assert first.salt != second.salt and first.nonce != second.nonce
    assert first.key_check != second.key_check
    assert first.package_id != second.package_id


def test_a_composed_and_a_decomposed_umlaut_open_the_same_package(tmp_path: Path) -> None:
    path = tmp_path / "p.dlzwsync"
    write(path, passphrase=unicodedata.normalize("NFC", "Hörde-Sprechtag"))
    assert read(path, unicodedata.normalize("NFD", "Hörde-Sprechtag")).payload == PAYLOAD


def test_default_kdf_round_trip_and_timings(tmp_path: Path) -> None:
    path = tmp_path / "p.dlzwsync"
    started = time.perf_counter()
    write(path, kdf=DEFAULT_KDF)
    written = time.perf_counter() - started
    started = time.perf_counter()
    assert read(path).payload == PAYLOAD
    opened = time.perf_counter() - started
    started = time.perf_counter()
    error = refusal(path, passphrase="Sprechtag Nordstadt 2025!")
    refused = time.perf_counter() - started
    assert error.code == "sync.wrong_passphrase"
    # Measured, not asserted (timings never are); the issue asks for a refusal in under 2 s.
    print(
        f"default KDF {DEFAULT_KDF}: write {written:.3f} s, read {opened:.3f} s, "
        f"wrong passphrase {refused:.3f} s"
    )


# --- passphrase --------------------------------------------------------------------------------------


def test_a_wrong_passphrase_is_named_as_such(package_path: Path) -> None:
    error = refusal(package_path, passphrase="sprechtag nordstadt 2026!")
    assert isinstance(error, ValidationError)
    assert error.code == "sync.wrong_passphrase"
    assert error.field == "passphrase"
    assert "passphrase that was set when the laptop kit was checked out" in str(error)


def test_an_empty_passphrase_is_refused_on_both_sides(tmp_path: Path, package_path: Path) -> None:
    assert refusal(package_path, passphrase="").code == "sync.passphrase_empty"
    with pytest.raises(ValidationError) as excinfo:
        write(tmp_path / "q.dlzwsync", passphrase="")
    assert excinfo.value.code == "sync.passphrase_empty"
    assert not (tmp_path / "q.dlzwsync").exists()


def test_key_check_lets_a_laptop_verify_its_passphrase() -> None:
    salt = bytes(range(16))
    check = derive_key_check("Kit-Passphrase", salt, FAST)
    assert len(check) == 32
    assert derive_key_check("Kit-Passphrase", salt, FAST) == check
    assert derive_key_check("Kit-Passphrase", bytes(16), FAST) != check
    assert passphrase_matches("Kit-Passphrase", salt, FAST, check)
    assert not passphrase_matches("kit-passphrase", salt, FAST, check)


def test_key_check_matches_what_a_package_stores(package_path: Path) -> None:
    header = peek_header(package_path)
    assert passphrase_matches(PASSPHRASE, header.salt, header.kdf, header.key_check)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(time_cost=2, memory_cost_kib=4 * 1024 * 1024, parallelism=1),  # 4 GiB
        KdfParams(time_cost=1000, memory_cost_kib=64 * 1024, parallelism=1),
        KdfParams(time_cost=2, memory_cost_kib=19 * 1024, parallelism=64),
        KdfParams(time_cost=1, memory_cost_kib=8, parallelism=1),  # too weak to write
    ],
)
def test_kdf_parameters_outside_the_bounds_are_refused(params: KdfParams, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as excinfo:
        derive_key_check("x", bytes(16), params)
    assert excinfo.value.code == "sync.unsupported_kdf"
    with pytest.raises(ValidationError):
        write(tmp_path / "p.dlzwsync", kdf=params)


# --- damage and tampering ------------------------------------------------------------------------------


def test_every_single_changed_byte_is_refused(package_path: Path) -> None:
    original = package_path.read_bytes()
    header_length = PREFIX.unpack_from(original)[2]
    ciphertext_start = PREFIX.size + header_length
    codes: dict[str, set[str]] = {"magic": set(), "prefix": set(), "header": set(), "ciphertext": set()}
    for position in range(len(original)):
        damaged = bytearray(original)
        damaged[position] ^= 0x01 if position % 2 else 0x80
        package_path.write_bytes(bytes(damaged))
        error = refusal(package_path)
        if position < len(MAGIC):
            region = "magic"
        elif position < PREFIX.size:
            region = "prefix"
        elif position < ciphertext_start:
            region = "header"
        else:
            region = "ciphertext"
        codes[region].add(error.code)
    assert codes["magic"] == {"sync.not_a_package"}
    assert codes["prefix"] <= {"sync.unsupported_format", "sync.tampered", "sync.truncated"}
    assert codes["header"] == {"sync.tampered"}
    assert codes["ciphertext"] == {"sync.tampered"}


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda h: h.update(installation_id=str(uuid.UUID(int=1))), id="installation"),
        pytest.param(lambda h: h.update(sequence=h["sequence"] + 100), id="sequence-bumped-to-evade-replay"),
        pytest.param(lambda h: h.update(package_id=str(uuid.uuid4())), id="package-id"),
        pytest.param(lambda h: h.update(schema_revision="0001"), id="schema-revision"),
        pytest.param(lambda h: h.update(created_at="2020-01-01T00:00:00+00:00"), id="created-at"),
        pytest.param(lambda h: h.update(nonce="AAAAAAAAAAAAAAAA"), id="nonce"),
    ],
)
def test_a_forged_header_with_a_valid_checksum_fails_authentication(
    package_path: Path, change: Callable[[dict[str, Any]], object]
) -> None:
    forge(package_path, change)
    assert refusal(package_path).code == "sync.tampered"


def test_a_forged_salt_or_key_check_is_refused(package_path: Path) -> None:
    # Without the passphrase nobody can produce a matching check, so this reads as a wrong passphrase.
    forge(package_path, lambda h: h.update(key_check="A" * 43 + "="))
    assert refusal(package_path).code == "sync.wrong_passphrase"


def test_every_truncation_is_refused_as_incomplete(package_path: Path) -> None:
    original = package_path.read_bytes()
    for length in range(len(original)):
        package_path.write_bytes(original[:length])
        error = refusal(package_path)
        assert error.code == "sync.truncated", length
    assert "Copy it from the laptop again" in str(error)


def test_appended_bytes_are_refused(package_path: Path) -> None:
    with package_path.open("ab") as handle:
        handle.write(b"\x00")
    assert refusal(package_path).code == "sync.tampered"


def test_another_file_is_not_a_package(tmp_path: Path) -> None:
    path = tmp_path / "Businessplan.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(200))
    error = refusal(path)
    assert error.code == "sync.not_a_package"
    assert ".dlzwsync" in str(error)


def test_a_newer_package_format_asks_for_an_update(package_path: Path) -> None:
    data = bytearray(package_path.read_bytes())
    data[8:10] = (2).to_bytes(2, "big")
    package_path.write_bytes(bytes(data))
    error = refusal(package_path)
    assert error.code == "sync.unsupported_format"
    assert "Update DLZW Desktop" in str(error)


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(NotFound) as excinfo:
        read(tmp_path / "gone.dlzwsync")
    assert excinfo.value.code == "sync.package_missing"


# --- hostile headers: refused before any key derivation ---------------------------------------------


def test_an_oversized_header_length_is_refused_unread(package_path: Path, no_key_derivation: None) -> None:
    data = bytearray(package_path.read_bytes())
    for length in (0xFFFFFFFF, package.MAX_HEADER_BYTES + 1, 0):
        data[10:14] = length.to_bytes(4, "big")
        package_path.write_bytes(bytes(data))
        assert refusal(package_path).code in {"sync.tampered", "sync.truncated"}


@pytest.mark.parametrize(
    ("change", "raw", "code"),
    [
        pytest.param(None, b"[" * 15000 + b"]" * 15000, "sync.tampered", id="deeply-nested"),
        pytest.param(None, b"\xff\xfe not utf-8", "sync.tampered", id="not-utf8"),
        pytest.param(None, b'{"a": 1}', "sync.tampered", id="wrong-fields"),
        pytest.param(lambda h: h.update(extra="x"), None, "sync.tampered", id="extra-field"),
        pytest.param(lambda h: h.update(sequence=True), None, "sync.tampered", id="bool-sequence"),
        pytest.param(lambda h: h.update(sequence=0), None, "sync.tampered", id="zero-sequence"),
        pytest.param(lambda h: h.update(salt="AAAA"), None, "sync.tampered", id="short-salt"),
        pytest.param(
            lambda h: h.update(created_at="2026-05-06T10:00:00"), None, "sync.tampered", id="naive-time"
        ),
        pytest.param(
            lambda h: h.update(ciphertext_length=2**40), None, "sync.tampered", id="huge-ciphertext"
        ),
        pytest.param(lambda h: h.update(payload_length=2**40), None, "sync.tampered", id="huge-payload"),
        pytest.param(
            lambda h: h.update(schema_revision="0002; DROP"), None, "sync.tampered", id="bad-revision"
        ),
        pytest.param(lambda h: h["kdf"].update(algorithm="pbkdf2"), None, "sync.tampered", id="other-kdf"),
        pytest.param(
            lambda h: h["kdf"].update(memory_cost_kib=4 * 1024 * 1024),
            None,
            "sync.unsupported_kdf",
            id="4-gib-kdf",
        ),
        pytest.param(
            lambda h: h["kdf"].update(time_cost=10**9), None, "sync.unsupported_kdf", id="endless-kdf"
        ),
    ],
)
def test_a_hostile_header_is_refused_before_key_derivation(
    package_path: Path,
    no_key_derivation: None,
    change: Callable[[dict[str, Any]], object] | None,
    raw: bytes | None,
    code: str,
) -> None:
    forge(package_path, change or (lambda _h: None), raw_header=raw)
    assert refusal(package_path).code == code


# --- the authenticated header: installation, schema, replay ------------------------------------------


def test_a_package_for_another_installation_is_refused(package_path: Path) -> None:
    error = refusal(package_path, expected_installation_id=uuid.UUID(int=99))
    assert isinstance(error, ValidationError)
    assert error.code == "sync.other_installation"
    assert error.params["package_installation"] == str(OFFICE)


def test_a_newer_schema_is_refused_and_an_older_known_one_accepted(tmp_path: Path) -> None:
    newer = tmp_path / "newer.dlzwsync"
    write(newer, schema_revision="0003")
    error = refusal(newer)
    assert error.code == "sync.newer_schema"
    assert "nothing was written" in str(error)
    older = tmp_path / "older.dlzwsync"
    write(older, schema_revision="0001")
    assert read(older).header.schema_revision == "0001"


def test_the_same_package_again_is_marked_already_imported(package_path: Path) -> None:
    first = read(package_path)

    again = read(
        package_path,
        already_imported={first.header.package_id},
        last_sequence_by_kit={KIT: first.header.sequence},
    )

    assert again.already_imported
    assert again.payload == {}  # nothing to import twice
    assert again.header == first.header


def test_an_older_or_equal_sequence_under_a_new_id_is_a_replay(tmp_path: Path) -> None:
    old, same = tmp_path / "old.dlzwsync", tmp_path / "same.dlzwsync"
    write(old, sequence=2)
    write(same, sequence=5)
    for path in (old, same):
        with pytest.raises(ConflictError) as excinfo:
            read(path, already_imported={uuid.uuid4()}, last_sequence_by_kit={KIT: 5})
        assert excinfo.value.code == "sync.replay"
        assert "import the newest package" in str(excinfo.value)


def test_sequences_are_counted_per_kit_and_gaps_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "p.dlzwsync"
    write(path, sequence=4)
    other_kit = uuid.UUID(int=5)
    assert read(path, last_sequence_by_kit={other_kit: 9}).header.sequence == 4  # first of this kit
    assert read(path, last_sequence_by_kit={KIT: 1}).payload == PAYLOAD  # 2 and 3 never arrived


def test_authentication_comes_before_the_installation_check(package_path: Path) -> None:
    # A forged "this is yours" must not get further than a genuine "not yours" would.
    error = refusal(package_path, passphrase="falsch", expected_installation_id=uuid.UUID(int=99))
    assert error.code == "sync.wrong_passphrase"


# --- writing ---------------------------------------------------------------------------------------


def test_a_full_disk_leaves_no_package_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.dlzwsync"
    real_write = package._write_fully

    def half_then_full(fd: int, data: bytes) -> None:
        real_write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(package, "_write_fully", half_then_full)
    with pytest.raises(StorageError) as excinfo:
        write(path, payload={"blob": os.urandom(50_000).hex()})

    assert excinfo.value.code == "sync.disk_full"
    assert "No partial package was left behind" in str(excinfo.value)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_previous_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.dlzwsync"
    write(path, sequence=1)
    before = path.read_bytes()

    def fail(fd: int, data: bytes) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(package, "_write_fully", fail)
    with pytest.raises(StorageError) as excinfo:
        write(path, sequence=2)

    assert excinfo.value.code == "sync.write_failed"
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE behaviour is Linux's")
def test_a_write_the_kernel_cuts_off_midway_leaves_nothing(tmp_path: Path) -> None:
    # A real short write, not a monkeypatch: the file-size limit makes write() fail with EFBIG midway.
    script = f"""
import os, resource, signal, uuid
from pathlib import Path
from dlzw_desktop.errors import StorageError
from dlzw_desktop.services.sync.package import KdfParams, write_package
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
try:
    write_package(Path({str(tmp_path / "p.dlzwsync")!r}), {{"blob": os.urandom(40000).hex()}},
                  passphrase="x", schema_revision="0002", installation_id=uuid.uuid4(), kit_id=uuid.uuid4(),
                  sequence=1, kdf=KdfParams(time_cost=2, memory_cost_kib=19 * 1024, parallelism=1))
except StorageError as error:
    print(error.code)
"""
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stdout.strip() == "sync.write_failed", result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_payload_that_is_not_json_safe_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        write(tmp_path / "p.dlzwsync", payload={"amount": Decimal("1.50")})
    assert list(tmp_path.iterdir()) == []


def test_a_payload_over_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package, "MAX_PAYLOAD_BYTES", 1000)
    with pytest.raises(ValidationError) as excinfo:
        write(tmp_path / "p.dlzwsync", payload={"blob": "x" * 2000})
    assert excinfo.value.code == "sync.payload_too_large"
    assert list(tmp_path.iterdir()) == []
