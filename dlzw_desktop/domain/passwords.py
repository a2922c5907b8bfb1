"""Password rules for sign-in accounts: long passwords or passphrases, never the user name.

The rules follow the BSI's current advice (and NIST SP 800-63B): length beats character classes, so
a password needs 12 characters, or it is a passphrase of at least four words; it must not contain the
user name or display name, be one character repeated, a keyboard or number run, or a well-known password.
"""

from __future__ import annotations

import re
import unicodedata

from dlzw_desktop.errors import ValidationError

MIN_LENGTH = 12
MIN_PASSPHRASE_WORDS = 4
MIN_PASSPHRASE_WORD_LENGTH = 3
# argon2 hashes any length, but a megabyte-long "password" is an attack on the CPU, not a password.
MAX_LENGTH = 256

_RUNS = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertzuiopü",
    "qwertyuiop",
    "asdfghjklöä",
    "yxcvbnm",
    "zxcvbnm",
)
# The most common passwords of 12+ characters in German and international leak lists.
_WELL_KNOWN = frozenset(
    {
        "passwort1234",
        "password1234",
        "passwort123!",
        "password123!",
        "hallo1234567",
        "qwertz123456",
        "qwerty123456",
        "ichliebedich1",
        "willkommen123",
        "sommer2024!!",
        "sommer2025!!",
        "sommer2026!!",
        "dortmund1909",
        "borussia1909",
        "dortmund2026",
        "wirtschaftsfoerderung",
        "wirtschaftsförderung",
        "mikrokredit123",
        "administrator",
        "administrator1",
        "changeme1234",
        "letmein12345",
    }
)
_WORD_SPLIT = re.compile(r"[\s\-_.,;:+/]+")


def _normalised(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def passphrase_words(password: str) -> list[str]:
    """The words of a passphrase: separated by spaces, hyphens, dots and the like."""
    return [word for word in _WORD_SPLIT.split(password.strip()) if word]


def is_passphrase(password: str) -> bool:
    words = passphrase_words(password)
    return (
        len(words) >= MIN_PASSPHRASE_WORDS
        and all(len(word) >= MIN_PASSPHRASE_WORD_LENGTH for word in words)
        and len({_normalised(word) for word in words}) == len(words)
    )


def _is_run(text: str) -> bool:
    """One character repeated, or a stretch of the alphabet, the digits or a keyboard row."""
    if len(set(text)) <= 2:
        return True
    for run in _RUNS:
        for line in (run, run[::-1]):
            if text in (line * 3):
                return True
    return False


def check_password(password: str, *, username: str = "", display_name: str = "") -> None:
    """Raise ``ValidationError`` (field ``password``) with a message saying what to change.

    Accepted: at least 12 characters, or a passphrase of four different words of three letters or more;
    not containing the user name or a part of the display name, not a run such as ``aaaa…``,
    ``123456789012`` or ``qwertzuiopü`` and not a well-known password.
    """
    if len(password) > MAX_LENGTH:
        raise ValidationError(
            "password.too_long",
            "The password is longer than {maximum} characters. Please choose a shorter one.",
            field="password",
            maximum=MAX_LENGTH,
        )
    if password != password.strip():
        raise ValidationError(
            "password.outer_spaces",
            "The password starts or ends with a space. Remove the space, or it would be easy to mistype.",
            field="password",
        )
    if len(password) < MIN_LENGTH and not is_passphrase(password):
        raise ValidationError(
            "password.too_short",
            "The password needs at least {minimum} characters, or use a passphrase of four words "
            "(for example: Kaffee Fahrrad Hafen Wolke).",
            field="password",
            minimum=MIN_LENGTH,
        )
    folded = _normalised(password)
    compact = re.sub(r"[\s\-_.]", "", folded)
    name = _normalised(username)
    compact_name = re.sub(r"[\s\-_.]", "", name)
    if len(name) >= 3 and (name in folded or (len(compact_name) >= 3 and compact_name in compact)):
        raise ValidationError(
            "password.contains_username",
            "The password must not contain the user name. Please choose another one.",
            field="password",
        )
    for part in _WORD_SPLIT.split(_normalised(display_name)):
        if len(part) >= 4 and part in folded:
            raise ValidationError(
                "password.contains_name",
                "The password must not contain your name. Please choose another one.",
                field="password",
            )
    if _is_run(compact):
        raise ValidationError(
            "password.too_simple",
            "The password is a simple run of characters (like 111111111111 or qwertzuiopü). "
            "Please choose one that is harder to guess.",
            field="password",
        )
    if folded in _WELL_KNOWN or compact in _WELL_KNOWN:
        raise ValidationError(
            "password.well_known",
            "This password appears in lists of common passwords. Please choose another one.",
            field="password",
        )


def check_new_password(password: str, repeated: str, *, username: str = "", display_name: str = "") -> None:
    """``check_password`` plus the repetition the user typed in a second field."""
    check_password(password, username=username, display_name=display_name)
    if password != repeated:
        raise ValidationError(
            "password.mismatch",
            "The two passwords differ. Please type the same password twice.",
            field="password_repeat",
        )
