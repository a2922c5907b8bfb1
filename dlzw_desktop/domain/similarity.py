"""How names and addresses are compared when looking for duplicates: the folding and the thresholds.

Folding makes a name case- and accent-free ("Çağlar Yıldırım" and "caglar yildirim" fold alike):
Unicode decomposition drops the marks, and ``EXTRA_FOLDS`` handles the letters that do not decompose
(ß, ı, ł, ø, æ, …). The same table folds the case search index and its queries (``db.search``).

A person is a likely duplicate when the folded names score at least ``NAME_THRESHOLD`` (token sort ratio)
and the birth date is the same or the address is (same postcode, street at least ``STREET_THRESHOLD``);
a business when its name scores at least ``BUSINESS_NAME_THRESHOLD`` at the same postcode and a similar
street. The intake dialogs and the import apply these rules alike.
"""

from __future__ import annotations

import re
import unicodedata

NAME_THRESHOLD = 85
STREET_THRESHOLD = 85
BUSINESS_NAME_THRESHOLD = 88

# Letters without a Unicode decomposition that people type without their marks.
EXTRA_FOLDS: dict[str, str] = {
    "ß": "ss",
    "ẞ": "ss",
    "ı": "i",
    "İ": "i",
    "ł": "l",
    "Ł": "l",
    "ø": "o",
    "Ø": "o",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "Ð": "d",
    "þ": "th",
    "Þ": "th",
}

_STREET_ABBREVIATION = re.compile(r"str\.?(?=\s|\d|$)")


def fold_text(text: str) -> str:
    """``EXTRA_FOLDS`` applied to ``text`` (the rest of the folding is left to the caller or the database)."""
    return "".join(EXTRA_FOLDS.get(ch, ch) for ch in text)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching what people type ("backerei" finds "Bäckerei")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")


def fold_name(text: str) -> str:
    """Case- and accent-free form of a name for comparisons (ß, ı, ł … included), single spaces."""
    return " ".join(fold(fold_text(text)).replace(",", " ").split())


def fold_street(text: str | None) -> str:
    """A street for comparison: folded, "Str." spelled out."""
    return _STREET_ABBREVIATION.sub("strasse", fold_name(text or ""))
