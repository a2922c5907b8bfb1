"""Encrypted, authenticated sync packages: a laptop's offline changes carried back to the office.

File layout (integers big-endian)::

    magic          8 bytes   b"DLZWSYNC"
    format         2 bytes   FORMAT_VERSION
    header_length  4 bytes   at most MAX_HEADER_BYTES
    header_sha256 32 bytes   SHA-256 of the header bytes
    header         header_length bytes of UTF-8 JSON (see PackageHeader)
    ciphertext     AES-256-GCM of the zlib-compressed JSON payload, 16-byte tag at the end

Everything before the ciphertext is GCM associated data: it is readable without the passphrase (the
office can show which kit a package came from) but a changed byte anywhere fails the tag. The header
digest is not a security measure (anyone can recompute it); it tells accidental damage to the header
apart from a wrong passphrase, and lets hostile headers be refused before any key derivation.

Key: Argon2id over the NFC-normalised UTF-8 passphrase and a random 16-byte salt per package gives 32
bytes of key material; HKDF-SHA256 splits it into the AES key and a key-check value stored in the header,
so a wrong passphrase is reported as such instead of as damage. Salt and key are fresh per package, so
a random 96-bit nonce never repeats under one key.

Default KDF cost (measured on the 2-core development machine, argon2-cffi 25.1): 64 MiB, 12 passes,
1 lane, about 0.48 s per derivation. A reader accepts 19-64 MiB, 2-16 passes and 1-4 lanes (at most
about 0.7 s here), so a hostile header cannot make the office derive for long: a wrong passphrase is
refused after one derivation.

Limits: one GCM message; the JSON payload may hold at most ``MAX_PAYLOAD_BYTES`` (512 MiB) before and
after compression (``cryptography`` caps one message at 2 GiB). Writing and reading hold the payload in
memory two to three times over, so large files (scanned attachments) belong beside the package, not in it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import errno
import hashlib
import hmac
import json
import logging
import os
import re
import struct
import tempfile
import unicodedata
import uuid
import zlib
from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, BinaryIO, Final, NoReturn

from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.errors import ConflictError, NotFound, StorageError, ValidationError

logger = logging.getLogger(__name__)

MAGIC: Final = b"DLZWSYNC"
FORMAT_VERSION: Final = 1
PACKAGE_SUFFIX: Final = ".dlzwsync"
MAX_HEADER_BYTES: Final = 16 * 1024
MAX_PAYLOAD_BYTES: Final = 512 * 1024 * 1024
SALT_BYTES: Final = 16
NONCE_BYTES: Final = 12
TAG_BYTES: Final = 16
KEY_CHECK_BYTES: Final = 32

_PREFIX = struct.Struct(">8sHI32s")
_MAX_SEQUENCE = 2**53  # stays exact in any JSON reader
_REVISION = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_HEADER_KEYS = frozenset(
    {
        "schema_revision",
        "installation_id",
        "kit_id",
        "package_id",
        "sequence",
        "created_at",
        "kdf",
        "salt",
        "nonce",
        "key_check",
        "compression",
        "payload_length",
        "ciphertext_length",
    }
)
_KDF_KEYS = frozenset({"algorithm", "version", "time_cost", "memory_cost_kib", "parallelism"})


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost parameters, stored in every package header."""

    time_cost: int = 12
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 1


DEFAULT_KDF: Final = KdfParams()

# What a reader accepts. The upper bounds cap the work a hostile header can demand (the office must
# refuse a wrong passphrase in under 2 s); the lower bound is OWASP's minimum for Argon2id.
KDF_MEMORY_KIB_RANGE: Final = (19 * 1024, 64 * 1024)
KDF_TIME_COST_RANGE: Final = (2, 16)
KDF_PARALLELISM_RANGE: Final = (1, 4)


@dataclass(frozen=True, slots=True)
class PackageHeader:
    """The unencrypted, authenticated part of a package."""

    format_version: int
    schema_revision: str
    installation_id: uuid.UUID
    kit_id: uuid.UUID
    package_id: uuid.UUID
    sequence: int
    created_at: datetime
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    key_check: bytes
    payload_length: int
    ciphertext_length: int


@dataclass(frozen=True, slots=True)
class Package:
    """A package that passed every check. ``already_imported``: same package id as an earlier import.

    For an already imported package the payload is left empty: importing it again changes nothing, and
    the importer reports "nothing to do".
    """

    header: PackageHeader
    payload: Mapping[str, Any]
    already_imported: bool


@dataclass(frozen=True, slots=True)
class _Keys:
    """The AES key and the key-check value derived from one passphrase and salt."""

    encryption: bytes
    check: bytes


# --- key derivation ----------------------------------------------------------------------------------


def _passphrase_bytes(passphrase: str) -> bytes:
    if not passphrase:
        raise ValidationError(
            "sync.passphrase_empty",
            "Enter the passphrase of the laptop kit.",
            field="passphrase",
        )
    # Umlauts typed on different systems may arrive composed or decomposed; both must open the package.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _check_kdf(params: KdfParams) -> None:
    bounds = (
        (params.memory_cost_kib, KDF_MEMORY_KIB_RANGE),
        (params.time_cost, KDF_TIME_COST_RANGE),
        (params.parallelism, KDF_PARALLELISM_RANGE),
    )
    if any(not low <= value <= high for value, (low, high) in bounds):
        raise ValidationError(
            "sync.unsupported_kdf",
            "The package asks for key-derivation settings this version does not accept ({detail}). It may "
            "come from a newer DLZW Desktop or be damaged: update DLZW Desktop in the office, or write the "
            "package again on the laptop. Nothing was written.",
            detail=f"{params.memory_cost_kib} KiB, {params.time_cost} passes, {params.parallelism} lanes",
        )


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> _Keys:
    _check_kdf(params)
    if len(salt) != SALT_BYTES:
        raise ValueError(f"salt must be {SALT_BYTES} bytes")
    secret = hash_secret_raw(
        _passphrase_bytes(passphrase),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
        version=ARGON2_VERSION,
    )

    def expand(info: bytes, length: int) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(secret)

    return _Keys(expand(b"dlzw-sync/v1/aes-256-gcm", 32), expand(b"dlzw-sync/v1/key-check", KEY_CHECK_BYTES))


def derive_key_check(passphrase: str, salt: bytes, params: KdfParams = DEFAULT_KDF) -> bytes:
    """The value a kit stores to verify its passphrase; one Argon2id derivation (~0.5 s by default).

    Raises ``ValidationError`` for an empty passphrase or parameters outside the accepted bounds.
    """
    return _derive(passphrase, salt, params).check


def passphrase_matches(passphrase: str, salt: bytes, params: KdfParams, key_check: bytes) -> bool:
    """Whether ``passphrase`` is the one ``key_check`` was derived from (constant-time comparison)."""
    return hmac.compare_digest(derive_key_check(passphrase, salt, params), key_check)


# --- writing ---------------------------------------------------------------------------------------


def write_package(
    path: Path,
    payload: Mapping[str, Any],
    *,
    passphrase: str,
    schema_revision: str,
    installation_id: uuid.UUID,
    kit_id: uuid.UUID,
    sequence: int,
    package_id: uuid.UUID | None = None,
    created_at: datetime | None = None,
    kdf: KdfParams = DEFAULT_KDF,
) -> PackageHeader:
    """Encrypt ``payload`` (json-safe) into a package at ``path``, atomically.

    The file is written next to ``path`` under a temporary name, flushed to disk and renamed: after a
    failure (disk full, stick pulled) no file at ``path`` exists that looks like a package, and an older
    file at ``path`` is left as it was. Raises ``ValidationError`` (empty passphrase, payload too large,
    bad arguments), ``StorageError`` (``sync.disk_full``, ``sync.write_failed``) and ``TypeError`` for a
    payload that is not json-safe.
    """
    if not _REVISION.match(schema_revision):
        raise ValueError(f"not an alembic revision: {schema_revision!r}")
    if not 1 <= sequence < _MAX_SEQUENCE or isinstance(sequence, bool):
        raise ValueError(f"sequence must be a positive integer, got {sequence!r}")
    moment = created_at or utc_now()
    if moment.tzinfo is None:
        raise ValueError("created_at must be timezone-aware")
    body = json.dumps(payload, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    compressed = zlib.compress(body, 6)
    if max(len(body), len(compressed)) > MAX_PAYLOAD_BYTES:
        raise ValidationError(
            "sync.payload_too_large",
            "The changes are too large for one package ({size} MiB, at most {limit} MiB). Write a package "
            "now, import it in the office, and carry the rest in a second one.",
            size=len(body) // 2**20,
            limit=MAX_PAYLOAD_BYTES // 2**20,
        )
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    keys = _derive(passphrase, salt, kdf)
    header = PackageHeader(
        format_version=FORMAT_VERSION,
        schema_revision=schema_revision,
        installation_id=installation_id,
        kit_id=kit_id,
        package_id=package_id or uuid.uuid4(),
        sequence=sequence,
        created_at=moment.astimezone(UTC),
        kdf=kdf,
        salt=salt,
        nonce=nonce,
        key_check=keys.check,
        payload_length=len(body),
        ciphertext_length=len(compressed) + TAG_BYTES,
    )
    header_bytes = _encode_header(header)
    if len(header_bytes) > MAX_HEADER_BYTES:
        raise ValueError("header too large")  # cannot happen with validated fields; guards the format
    associated = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes), hashlib.sha256(header_bytes).digest())
    associated += header_bytes
    ciphertext = AESGCM(keys.encryption).encrypt(nonce, compressed, associated)
    _atomic_write(path, (associated, ciphertext))
    logger.info(
        "wrote sync package %s (kit %s, #%d, %d bytes of changes)",
        header.package_id,
        kit_id,
        sequence,
        len(body),
    )
    return header


def _encode_header(header: PackageHeader) -> bytes:
    document = {
        "schema_revision": header.schema_revision,
        "installation_id": str(header.installation_id),
        "kit_id": str(header.kit_id),
        "package_id": str(header.package_id),
        "sequence": header.sequence,
        "created_at": header.created_at.isoformat(),
        "kdf": {
            "algorithm": "argon2id",
            "version": ARGON2_VERSION,
            "time_cost": header.kdf.time_cost,
            "memory_cost_kib": header.kdf.memory_cost_kib,
            "parallelism": header.kdf.parallelism,
        },
        "salt": base64.b64encode(header.salt).decode("ascii"),
        "nonce": base64.b64encode(header.nonce).decode("ascii"),
        "key_check": base64.b64encode(header.key_check).decode("ascii"),
        "compression": "zlib",
        "payload_length": header.payload_length,
        "ciphertext_length": header.ciphertext_length,
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _write_fully(fd: int, data: bytes) -> None:
    """Write all of ``data`` (``os.write`` may write less than asked)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view[: 1024 * 1024])
        view = view[written:]


def _atomic_write(path: Path, parts: tuple[bytes, ...]) -> None:
    directory = path.parent
    temporary: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
        temporary = Path(name)
        try:
            for part in parts:
                _write_fully(fd, part)
            os.fsync(fd)
        finally:
            os.close(fd)
        temporary.replace(path)
        temporary = None
    except OSError as exc:
        detail = exc.strerror or str(exc)
        if exc.errno in {errno.ENOSPC, errno.EDQUOT}:
            raise StorageError(
                "sync.disk_full",
                "There is not enough space in {folder} to write the package. Free space or choose another "
                "drive, then write it again. No partial package was left behind.",
                folder=str(directory),
                detail=detail,
            ) from exc
        raise StorageError(
            "sync.write_failed",
            "The package could not be written to {folder} ({detail}). Check that the drive is plugged in "
            "and writable, then write it again. No partial package was left behind.",
            folder=str(directory),
            detail=detail,
        ) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable (POSIX); the package itself is complete either way."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:  # some file systems (e.g. FAT on a stick) refuse; the data was fsynced
        logger.warning("could not fsync directory %s: %s", directory, exc)


# --- reading ---------------------------------------------------------------------------------------


def _tampered(path: Path, detail: str) -> NoReturn:
    raise ValidationError(
        "sync.tampered",
        "The package {path} was changed or damaged after it was written ({detail}). Do not use this copy: "
        "write a new package on the laptop and import that. Nothing was written.",
        path=str(path),
        detail=detail,
    )


def _truncated(path: Path, detail: str) -> NoReturn:
    raise ValidationError(
        "sync.truncated",
        "The package {path} is incomplete ({detail}), probably because copying was interrupted. Copy it "
        "from the laptop again and wait until copying has finished. Nothing was written.",
        path=str(path),
        detail=detail,
    )


def _field(document: Mapping[str, Any], key: str, kind: type) -> Any:
    value = document[key]
    # bool is an int in Python, but never a valid count here.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"{key} is not {kind.__name__}")
    return value


def _bytes_field(document: Mapping[str, Any], key: str, length: int) -> bytes:
    value = base64.b64decode(_field(document, key, str), validate=True)
    if len(value) != length:
        raise ValueError(f"{key} has {len(value)} bytes")
    return value


def _int_field(document: Mapping[str, Any], key: str, low: int, high: int) -> int:
    value: int = _field(document, key, int)
    if not low <= value <= high:
        raise ValueError(f"{key} out of range")
    return value


def _parse_header(path: Path, raw: bytes) -> PackageHeader:
    """Strictly parse header JSON; anything unexpected is damage (the format is versioned instead)."""
    try:
        document = json.loads(raw.decode("utf-8"))
        if not isinstance(document, dict) or set(document) != _HEADER_KEYS:
            raise ValueError("unexpected header fields")
        kdf_document = document["kdf"]
        if not isinstance(kdf_document, dict) or set(kdf_document) != _KDF_KEYS:
            raise ValueError("unexpected KDF fields")
        if kdf_document["algorithm"] != "argon2id" or kdf_document["version"] != ARGON2_VERSION:
            raise ValueError("unknown KDF")
        if document["compression"] != "zlib":
            raise ValueError("unknown compression")
        revision = _field(document, "schema_revision", str)
        if not _REVISION.match(revision):
            raise ValueError("bad schema revision")
        created_at = datetime.fromisoformat(_field(document, "created_at", str))
        if created_at.tzinfo is None:
            raise ValueError("created_at without time zone")
        kdf = KdfParams(
            time_cost=_field(kdf_document, "time_cost", int),
            memory_cost_kib=_field(kdf_document, "memory_cost_kib", int),
            parallelism=_field(kdf_document, "parallelism", int),
        )
        header = PackageHeader(
            format_version=FORMAT_VERSION,
            schema_revision=revision,
            installation_id=uuid.UUID(_field(document, "installation_id", str)),
            kit_id=uuid.UUID(_field(document, "kit_id", str)),
            package_id=uuid.UUID(_field(document, "package_id", str)),
            sequence=_int_field(document, "sequence", 1, _MAX_SEQUENCE),
            created_at=created_at.astimezone(UTC),
            kdf=kdf,
            salt=_bytes_field(document, "salt", SALT_BYTES),
            nonce=_bytes_field(document, "nonce", NONCE_BYTES),
            key_check=_bytes_field(document, "key_check", KEY_CHECK_BYTES),
            payload_length=_int_field(document, "payload_length", 0, MAX_PAYLOAD_BYTES),
            ciphertext_length=_int_field(
                document, "ciphertext_length", TAG_BYTES, MAX_PAYLOAD_BYTES + TAG_BYTES
            ),
        )
    except (ValueError, TypeError, KeyError, RecursionError, binascii.Error) as exc:
        # ValueError covers UnicodeDecodeError and JSONDecodeError; RecursionError a deeply nested header.
        _tampered(path, f"unreadable header: {type(exc).__name__}")
    _check_kdf(header.kdf)
    return header


def _open_header(path: Path, handle: BinaryIO) -> tuple[bytes, PackageHeader]:
    """Read and check everything before the ciphertext; no key derivation happens here."""
    prefix = handle.read(_PREFIX.size)
    if prefix[: len(MAGIC)] != MAGIC[: len(prefix)]:
        raise ValidationError(
            "sync.not_a_package",
            "{path} is not a DLZW sync package. Choose the {suffix} file the laptop wrote.",
            path=str(path),
            suffix=PACKAGE_SUFFIX,
        )
    if len(prefix) < _PREFIX.size:
        _truncated(path, "the file ends inside the header")
    _magic, version, header_length, digest = _PREFIX.unpack(prefix)
    if version != FORMAT_VERSION:
        if version > FORMAT_VERSION:
            raise ValidationError(
                "sync.unsupported_format",
                "The package {path} was written by a newer DLZW Desktop (package format {version}). Update "
                "DLZW Desktop in the office, then import it again. Nothing was written.",
                path=str(path),
                version=version,
            )
        _tampered(path, "format version 0")
    if not 2 <= header_length <= MAX_HEADER_BYTES:
        _tampered(path, f"header length {header_length}")
    raw = handle.read(header_length)
    if len(raw) < header_length:
        _truncated(path, "the file ends inside the header")
    if not hmac.compare_digest(hashlib.sha256(raw).digest(), digest):
        _tampered(path, "header checksum")
    return prefix + raw, _parse_header(path, raw)


def peek_header(path: Path) -> PackageHeader:
    """The header of a package WITHOUT checking its authenticity: for showing where it came from only.

    Raises the structural rejections of ``read_package`` (not a package, newer format, truncated header,
    damaged header).
    """
    with _open_for_reading(path) as handle:
        return _open_header(path, handle)[1]


@contextlib.contextmanager
def _open_for_reading(path: Path) -> Iterator[BinaryIO]:
    try:
        handle = path.open("rb")
    except FileNotFoundError as exc:
        raise NotFound(
            "sync.package_missing",
            "The package {path} does not exist (any more). Choose the file again.",
            path=str(path),
        ) from exc
    except OSError as exc:
        raise StorageError(
            "sync.read_failed",
            "The package {path} cannot be read ({detail}). Check that the drive is plugged in, then try "
            "again.",
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    with handle:
        yield handle


def read_package(
    path: Path,
    passphrase: str,
    *,
    expected_installation_id: uuid.UUID,
    known_schema_revisions: Set[str],
    already_imported: Set[uuid.UUID],
    last_sequence_by_kit: Mapping[uuid.UUID, int],
) -> Package:
    """Open a package, refusing it before any of its data is returned unless every check passes.

    Order: structure (magic, format, header length and checksum, KDF bounds, file length), then the
    passphrase (one key derivation), then authenticity (GCM tag over header and ciphertext), then the
    authenticated header: installation, schema revision, replay. Codes (all ``ValidationError`` except
    ``sync.replay``, a ``ConflictError``): ``sync.not_a_package``, ``sync.unsupported_format``,
    ``sync.truncated``, ``sync.tampered``, ``sync.unsupported_kdf``, ``sync.passphrase_empty``,
    ``sync.wrong_passphrase``, ``sync.other_installation``, ``sync.newer_schema``, ``sync.replay``.

    Replay rule: a package whose id was imported before comes back with ``already_imported=True`` and
    an empty payload (importing it again changes nothing). Any other package of a kit must carry a
    sequence number greater than the last one imported from that kit (missing kit: 0); gaps are
    accepted, because every package carries all changes since check-out, so a newer one supersedes a
    lost older one. An older or equal number under a new id is refused as a replay.
    """
    with _open_for_reading(path) as handle:
        associated, header = _open_header(path, handle)
        size = os.fstat(handle.fileno()).st_size
        expected_size = len(associated) + header.ciphertext_length
        if size < expected_size:
            _truncated(path, f"{size} of {expected_size} bytes")
        if size > expected_size:
            _tampered(path, f"{size - expected_size} bytes appended")
        keys = _derive(passphrase, header.salt, header.kdf)
        if not hmac.compare_digest(keys.check, header.key_check):
            raise ValidationError(
                "sync.wrong_passphrase",
                "This passphrase does not open the package. Enter the passphrase that was set when the "
                "laptop kit was checked out (mind upper and lower case). Nothing was written.",
                field="passphrase",
                path=str(path),
            )
        ciphertext = handle.read(header.ciphertext_length)
    if len(ciphertext) != header.ciphertext_length:  # the file shrank while we read it
        _truncated(path, "the file ends inside the encrypted data")
    try:
        compressed = AESGCM(keys.encryption).decrypt(header.nonce, ciphertext, associated)
    except InvalidTag:
        _tampered(path, "authentication failed")

    if header.installation_id != expected_installation_id:
        raise ValidationError(
            "sync.other_installation",
            "This package belongs to another DLZW Desktop installation ({package_installation}), not to "
            "this office ({expected_installation}). Import it where the laptop kit was checked out. "
            "Nothing was written.",
            package_installation=str(header.installation_id),
            expected_installation=str(expected_installation_id),
        )
    if header.schema_revision not in known_schema_revisions:
        raise ValidationError(
            "sync.newer_schema",
            "The package was written with a newer database schema ({revision}) than this installation "
            "knows. It was refused and nothing was written: update DLZW Desktop in the office, then import "
            "it again.",
            revision=header.schema_revision,
        )
    if header.package_id in already_imported:
        logger.info("sync package %s was imported before: nothing to do", header.package_id)
        return Package(header, MappingProxyType({}), already_imported=True)
    last = last_sequence_by_kit.get(header.kit_id, 0)
    if header.sequence <= last:
        raise ConflictError(
            "sync.replay",
            "This package (number {sequence} of laptop kit {kit_id}) is not newer than the last package "
            "imported from that kit (number {last_sequence}). It was refused and nothing was written; "
            "import the newest package the laptop wrote.",
            sequence=header.sequence,
            kit_id=str(header.kit_id),
            last_sequence=last,
            package_id=str(header.package_id),
        )
    if header.sequence > last + 1:
        logger.info(
            "sync package %s skips kit sequence %d..%d", header.package_id, last + 1, header.sequence - 1
        )
    return Package(header, _decode_payload(path, compressed, header.payload_length), already_imported=False)


def _decode_payload(path: Path, compressed: bytes, payload_length: int) -> Mapping[str, Any]:
    # Authenticated by now, so damage here means a faulty writer; still bounded, never a zip bomb.
    inflater = zlib.decompressobj()
    try:
        body = inflater.decompress(compressed, payload_length + 1)
    except zlib.error as exc:
        _tampered(path, f"payload does not decompress: {exc}")
    if len(body) != payload_length or not inflater.eof or inflater.unused_data:
        _tampered(path, "payload length")

    def refuse_constant(name: str) -> NoReturn:
        raise ValueError(f"{name} is not json-safe")

    try:
        payload = json.loads(body.decode("utf-8"), parse_constant=refuse_constant)
    except (ValueError, RecursionError) as exc:
        _tampered(path, f"payload is not JSON: {type(exc).__name__}")
    if not isinstance(payload, dict):
        _tampered(path, "payload is not a JSON object")
    return payload
