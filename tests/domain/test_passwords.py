"""Password rules: long passwords or passphrases pass; short, personal or guessable ones get a reason."""

from __future__ import annotations

import pytest

from dlzw_desktop.domain.passwords import check_new_password, check_password, is_passphrase
from dlzw_desktop.errors import ValidationError


@pytest.mark.parametrize(
    "password",
    [
        "Kaffee Fahrrad Hafen Wolke",
        "rot-Tisch-Mond-Segel",
        "Ümlaute&Zahlen2026",
        "n8Gw!4pXz-Q2",
        "Dortmund liegt an der Emscher",
    ],
)
def test_good_passwords_pass(password: str) -> None:
    check_password(password, username="a.yilmaz", display_name="Ayşe Yılmaz")


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("kurz123", "password.too_short"),
        ("elf Zeichen", "password.too_short"),
        ("a.yilmaz-2026-gut", "password.contains_username"),
        ("ayilmaz.geheim!", "password.contains_username"),
        ("Yılmaz und Kaffee", "password.contains_name"),
        ("aaaaaaaaaaaaaa", "password.too_simple"),
        ("123456789012", "password.too_simple"),
        ("qwertzuiopü", "password.too_short"),
        ("qwertzuiopüqwertz", "password.too_simple"),
        ("Passwort1234", "password.well_known"),
        (" leerzeichen vorne", "password.outer_spaces"),
        ("x" * 300, "password.too_long"),
    ],
)
def test_weak_passwords_are_refused_with_a_reason(password: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_password(password, username="a.yilmaz", display_name="Ayşe Yılmaz")
    assert caught.value.code == code
    assert caught.value.field == "password"
    assert str(caught.value)  # an English sentence that says what to do


def test_a_passphrase_needs_four_different_words() -> None:
    assert is_passphrase("Kaffee Fahrrad Hafen Wolke")
    assert not is_passphrase("Kaffee Fahrrad Hafen")
    assert not is_passphrase("Hund Hund Hund Hund")
    assert not is_passphrase("ab cd ef gh")


def test_the_repetition_must_match() -> None:
    with pytest.raises(ValidationError) as caught:
        check_new_password("Kaffee Fahrrad Hafen Wolke", "Kaffee Fahrrad Hafen Wolken")
    assert caught.value.field == "password_repeat"
