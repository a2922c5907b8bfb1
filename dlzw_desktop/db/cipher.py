"""Encrypted laptop kits: SQLCipher databases keyed from a passphrase with Argon2id.

A kit is an ordinary DLZW database (same schema, same migrations) in an SQLCipher file. Every page of the
file and of its ``-wal`` is encrypted (AES-256, HMAC-SHA512 per page); the ``-shm`` index holds page
numbers and checksums only. Temporary tables and sort spills stay in memory (``temp_store = MEMORY``), so
no plain text reaches the disk.

Key: SQLCipher's own KDF is PBKDF2. Kits use a memory-hard KDF instead: Argon2id over the NFC-normalised
passphrase and the 16-byte salt that SQLCipher keeps in the first bytes of the file gives the 256-bit raw
key (``PRAGMA key = "x'<key><salt>'"`` when the file is created, ``"x'<key>'"`` when it is opened; the
salt is then read back from the file). Cost: 64 MiB, 12 passes, 1 lane (about 0.5 s on the development
machine, once per opening: pooled connections reuse the derived key), so a wrong passphrase is reported
after one derivation, well under 2 s. Changing these parameters would make existing kits unreadable:
add a new parameter set and try both instead.
"""

from __future__ import annotations

import logging
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw

from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

KIT_SUFFIX: Final = ".dlzwkit"
SALT_BYTES: Final = 16
KEY_BYTES: Final = 32
SQLITE_HEADER: Final = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class KitKdf:
    """Argon2id cost of a kit key."""

    time_cost: int = 12
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 1


KIT_KDF = KitKdf()
"""The cost used for new and opened kits (tests lower it)."""


@dataclass(frozen=True, slots=True)
class KitKey:
    """The raw SQLCipher key of one kit file and the salt it was derived with (kept in memory only)."""

    raw: bytes = field(repr=False)
    salt: bytes

    def pragma(self, *, with_salt: bool) -> str:
        """The ``PRAGMA key`` statement: with the salt to create a file, without to open one."""
        material = self.raw.hex() + (self.salt.hex() if with_salt else "")
        return f"PRAGMA key = \"x'{material}'\""


def passphrase_bytes(passphrase: str) -> bytes:
    """The passphrase as the KDF sees it; raises ``ValidationError`` for an empty one."""
    if not passphrase:
        raise ValidationError(
            "kit.passphrase_empty", "Enter the passphrase of the laptop kit.", field="passphrase"
        )
    # Umlauts typed on different systems may arrive composed or decomposed; both must open the kit.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_kit_key(passphrase: str, salt: bytes, kdf: KitKdf | None = None) -> KitKey:
    """One Argon2id derivation (about 0.5 s with the default cost ``KIT_KDF``)."""
    kdf = kdf or KIT_KDF
    if len(salt) != SALT_BYTES:
        raise ValueError(f"salt must be {SALT_BYTES} bytes")
    raw = hash_secret_raw(
        passphrase_bytes(passphrase),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost_kib,
        parallelism=kdf.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
        version=ARGON2_VERSION,
    )
    return KitKey(raw, salt)


def new_kit_key(passphrase: str, kdf: KitKdf | None = None) -> KitKey:
    """A key with a fresh random salt, for a new kit file."""
    return derive_kit_key(passphrase, os.urandom(SALT_BYTES), kdf)


def read_salt(path: Path) -> bytes:
    """The salt SQLCipher stored in the first bytes of an existing kit file."""
    with path.open("rb") as handle:
        salt = handle.read(SALT_BYTES)
    if len(salt) != SALT_BYTES:
        raise ValueError("file too short for a kit")
    return salt


def is_plain_sqlite(path: Path) -> bool:
    """Whether ``path`` starts like an unencrypted SQLite database."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def dbapi() -> Any:
    """The SQLCipher DB-API module (imported only when a kit is used)."""
    import sqlcipher3.dbapi2  # noqa: PLC0415 - native library, loaded on first use of a kit

    return sqlcipher3.dbapi2


def connect(path: Path, key: KitKey, *, create: bool, timeout: float = 10.0) -> Any:
    """An SQLCipher connection keyed with ``key``; memory for temporary storage, quiet on bad keys.

    The key is checked by reading the schema: a wrong key (or a damaged file) raises the driver's
    ``DatabaseError`` ("file is not a database").
    """
    module = dbapi()
    connection = module.connect(str(path), timeout=timeout, check_same_thread=False, isolation_level=None)
    try:
        # SQLCipher logs failed page authentications to stderr; the caller reports a wrong key itself.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(key.pragma(with_salt=create))
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection
