"""Mapped raw rows to typed values, German style, with a problem per cell instead of an exception.

Numbers and dates are read the German way through ``domain.money.parse_amount`` and
``domain.dates.parse_date``; Excel cells that already hold numbers, dates or booleans are taken as they
are (serial numbers in a date column count as Excel dates). Text is stripped, NFC-normalised and
length-checked; Turkish, Arabic, Cyrillic and combining marks stay as they are. Every problem names the
row as Excel shows it, the column letter and title, the value and what to do. A row with an error is
not importable; a warning (for example a formula imported as text) leaves it importable.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

from dlzw_desktop.domain.dates import check_birth_date, parse_date, today_berlin
from dlzw_desktop.domain.enums import (
    BusinessRole,
    CaseOutcome,
    CaseSource,
    CaseStage,
    ConsultationPlace,
    Gender,
    LegalForm,
    MigrationBackground,
    PropertyCondition,
    PropertyStatus,
    PropertyUse,
    ResidenceStatus,
)
from dlzw_desktop.domain.money import parse_amount, round_cents
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.importing.mapping import (
    ColumnMapping,
    FieldType,
    ImportKind,
    TargetField,
    fields_of,
    normalise,
)
from dlzw_desktop.services.importing.raw import RawRow, ReadResult

logger = logging.getLogger(__name__)

T = TypeVar("T")

MAX_PROBLEMS = 50_000  # beyond this only a count is kept: a wrong mapping must not exhaust memory
PROGRESS_EVERY = 5_000
_CACHE_LIMIT = 4096
PLACEHOLDERS = frozenset({"-", "--", "---", "–", "—", "/", "?", ".", "..."})
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100


class Severity(StrEnum):
    """An error makes its row not importable; a warning only informs."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a cell (or, with ``column`` None, with a row), as the user should see it."""

    row: int  # row number as Excel shows it
    column: str | None  # column letter, e.g. "C"
    header: str | None  # the column's title in the file
    value: str | None  # the cell as read
    code: str
    message: str  # English; the UI translates ``code`` with ``params``, the report is German
    params: Mapping[str, Any]
    severity: Severity
    field: str | None = None


@dataclass(frozen=True, slots=True)
class ImportedRow:
    """One data row, typed: ``row["person.birth_date"]`` or ``row.value("person.birth_date", date)``."""

    number: int
    values: tuple[object, ...]
    has_errors: bool
    has_warnings: bool
    field_index: Mapping[str, int] = field(repr=False, compare=False)

    @property
    def importable(self) -> bool:
        return not self.has_errors

    def __getitem__(self, key: str) -> object:
        return self.values[self.field_index[key]]

    def value(self, key: str, expected: type[T]) -> T | None:
        """The typed value of a field, checked against ``expected``; None when empty."""
        value = self.values[self.field_index[key]]
        if value is None:
            return None
        if not isinstance(value, expected):
            raise TypeError(f"{key} holds {type(value).__name__}, not {expected.__name__}")
        return value

    def as_dict(self) -> dict[str, object]:
        return {key: self.values[index] for key, index in self.field_index.items()}


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import would bring in: every non-empty data row, typed, and every problem found."""

    kind: ImportKind
    mapping: ColumnMapping
    fields: tuple[str, ...]  # order of ``ImportedRow.values``: all fields of the kind
    rows: tuple[ImportedRow, ...]
    problems: tuple[Problem, ...]  # in row order, at most MAX_PROBLEMS
    problems_omitted: int = 0
    skipped_empty_rows: int = 0

    @property
    def total_rows(self) -> int:
        return len(self.rows)

    @property
    def importable_count(self) -> int:
        return sum(1 for row in self.rows if not row.has_errors)

    @property
    def error_row_count(self) -> int:
        return sum(1 for row in self.rows if row.has_errors)

    @property
    def warning_count(self) -> int:
        return sum(1 for problem in self.problems if problem.severity is Severity.WARNING)

    def importable_rows(self) -> Iterator[ImportedRow]:
        return (row for row in self.rows if not row.has_errors)


class _CellError(Exception):
    """A cell that cannot be converted (internal; becomes an error Problem)."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.message = message
        self.params = params


Warn = Callable[..., None]
Converter = Callable[[str, str, Warn], object]


# --- labels --------------------------------------------------------------------------------------------

_NOT_STATED_WORDS = frozenset(
    normalise(word) for word in ("keine Angabe", "k.A.", "ka", "unbekannt", "n/a", "not stated", "unknown")
)

_LABELS: dict[type[StrEnum], dict[StrEnum, tuple[str, ...]]] = {
    Gender: {
        Gender.FEMALE: ("weiblich", "w", "weibl.", "Frau", "female", "f", "woman"),
        Gender.MALE: ("männlich", "m", "männl.", "Herr", "male", "man"),
        Gender.DIVERSE: ("divers", "d", "x", "nicht-binär", "diverse", "non-binary"),
        Gender.NOT_STATED: ("keine Angabe", "k.A.", "ka", "not stated", "prefer not to say"),
    },
    MigrationBackground: {
        MigrationBackground.YES: ("ja", "j", "x", "yes", "y", "1"),
        MigrationBackground.NO: ("nein", "n", "no", "0"),
        MigrationBackground.NOT_STATED: ("keine Angabe", "k.A.", "ka", "not stated"),
    },
    ResidenceStatus: {
        ResidenceStatus.NOT_RELEVANT: ("nicht relevant", "entfällt", "not relevant"),
        ResidenceStatus.GERMAN: ("deutsch", "deutsche Staatsangehörigkeit", "Deutschland", "german"),
        ResidenceStatus.EU: (
            "EU",
            "EU-Bürger",
            "EU-Bürgerin",
            "EU-Staatsangehörigkeit",
            "Freizügigkeit",
            "EU citizen",
        ),
        ResidenceStatus.SETTLEMENT_PERMIT: (
            "Niederlassungserlaubnis",
            "Daueraufenthalt-EU",
            "unbefristet",
            "settlement permit",
        ),
        ResidenceStatus.RESIDENCE_PERMIT_SELF_EMPLOYMENT: (
            "Aufenthaltserlaubnis selbstständig",
            "Aufenthaltserlaubnis selbständig",
            "§ 21 AufenthG",
            "Aufenthaltserlaubnis § 21",
            "residence permit self-employment",
        ),
        ResidenceStatus.RESIDENCE_PERMIT_OTHER: (
            "Aufenthaltserlaubnis",
            "Aufenthaltserlaubnis sonstige",
            "befristet",
            "residence permit other",
        ),
        ResidenceStatus.NOT_STATED: ("keine Angabe", "k.A.", "not stated"),
    },
    LegalForm: {
        LegalForm.SOLE_TRADER: (
            "Einzelunternehmen",
            "Einzelunternehmer",
            "Einzelunternehmerin",
            "Einzelunternehmer/in",
            "Kleingewerbe",
            "Gewerbe",
            "sole trader",
        ),
        LegalForm.FREELANCER: (
            "freiberuflich",
            "Freiberufler",
            "Freiberuflerin",
            "Freiberufler/in",
            "freier Beruf",
            "freelancer",
        ),
        LegalForm.EK: ("e.K.", "eK", "eingetragener Kaufmann", "eingetragene Kauffrau"),
        LegalForm.GBR: ("GbR", "Gesellschaft bürgerlichen Rechts"),
        LegalForm.UG: ("UG", "UG (haftungsbeschränkt)", "Unternehmergesellschaft"),
        LegalForm.GMBH: ("GmbH", "Gesellschaft mit beschränkter Haftung"),
        LegalForm.OTHER: ("sonstige", "andere", "other"),
    },
    BusinessRole: {
        BusinessRole.FOUNDER: (
            "Gründer",
            "Gründerin",
            "Gründer/in",
            "Inhaber",
            "Inhaberin",
            "Antragsteller",
            "Antragstellerin",
            "founder",
            "owner",
        ),
        BusinessRole.CO_FOUNDER: (
            "Mitgründer",
            "Mitgründerin",
            "Mitgründer/in",
            "Co-Gründer",
            "Mitinhaber",
            "Mitinhaberin",
            "co-founder",
        ),
        BusinessRole.GUARANTOR: ("Bürge", "Bürgin", "Bürge/Bürgin", "guarantor"),
    },
    CaseSource: {
        CaseSource.CONSULTATION_DAY: ("Sprechtag", "Beratungstag", "Quartierssprechtag", "consultation day"),
        CaseSource.IHK: ("IHK", "Industrie- und Handelskammer"),
        CaseSource.HWK: ("HWK", "Handwerkskammer"),
        CaseSource.JOB_CENTRE: ("Jobcenter", "Job-Center", "job centre"),
        CaseSource.EMPLOYMENT_AGENCY: (
            "Agentur für Arbeit",
            "Arbeitsagentur",
            "Bundesagentur für Arbeit",
            "employment agency",
        ),
        CaseSource.INITIATIVE: ("Initiative", "Standortgemeinschaft", "Netzwerk"),
        CaseSource.BANK: ("Bank", "Sparkasse", "Hausbank"),
        CaseSource.WEBSITE: ("Website", "Webseite", "Internet", "Homepage", "online"),
        CaseSource.WORD_OF_MOUTH: ("Mundpropaganda", "Empfehlung", "Bekannte", "Freunde", "word of mouth"),
        CaseSource.OTHER: ("sonstige", "sonstiges", "andere", "other"),
    },
    CaseStage: {
        CaseStage.ENQUIRY: ("Erstkontakt", "Anfrage", "enquiry"),
        CaseStage.CONSULTING: ("Beratung", "in Beratung", "consulting"),
        CaseStage.DOCUMENTS_COMPLETE: ("Unterlagen vollständig", "documents complete"),
        CaseStage.ASSESSMENT: ("Prüfung", "in Prüfung", "assessment"),
        CaseStage.RECOMMENDED: ("Empfohlen", "Empfehlung ausgesprochen", "recommended"),
        CaseStage.APPROVED: ("bewilligt", "genehmigt", "zugesagt", "Zusage", "approved"),
        CaseStage.DECLINED: ("abgelehnt", "Ablehnung", "declined"),
        CaseStage.DISBURSED: ("ausgezahlt", "Auszahlung", "disbursed"),
        CaseStage.MONITORING: ("Begleitung", "in Begleitung", "Monitoring"),
        CaseStage.CLOSED: ("abgeschlossen", "geschlossen", "erledigt", "closed"),
    },
    CaseOutcome: {
        CaseOutcome.REPAID: ("zurückgezahlt", "getilgt", "vollständig zurückgezahlt", "repaid"),
        CaseOutcome.WRITTEN_OFF: ("abgeschrieben", "ausgefallen", "Ausfall", "written off"),
        CaseOutcome.WITHDRAWN: ("zurückgezogen", "abgebrochen", "withdrawn"),
        CaseOutcome.NOT_ELIGIBLE: ("nicht förderfähig", "nicht antragsberechtigt", "not eligible"),
        CaseOutcome.DECLINED: ("abgelehnt", "declined"),
    },
    ConsultationPlace: {
        ConsultationPlace.OFFICE: ("Büro", "im Büro", "Dienststelle", "DLZW", "Präsenz", "office"),
        ConsultationPlace.CONSULTATION_DAY: ("Sprechtag", "Beratungstag", "consultation day"),
        ConsultationPlace.ON_SITE: ("vor Ort", "beim Kunden", "Außentermin", "im Betrieb", "on site"),
        ConsultationPlace.PHONE: ("Telefon", "telefonisch", "Tel.", "phone"),
        ConsultationPlace.VIDEO: ("Video", "Videokonferenz", "Videocall", "online", "Zoom", "Teams"),
    },
    PropertyUse: {
        PropertyUse.RETAIL: ("Einzelhandel", "Handel", "Laden", "Ladenlokal", "Verkauf", "retail", "shop"),
        PropertyUse.GASTRONOMY: ("Gastronomie", "Gastro", "Café", "Restaurant", "Imbiss", "gastronomy"),
        PropertyUse.OFFICE: ("Büro", "Praxis", "office"),
        PropertyUse.WORKSHOP: ("Werkstatt", "Handwerk", "Produktion", "workshop"),
        PropertyUse.CREATIVE: ("Kreativ", "Kreativwirtschaft", "Atelier", "Kunst", "creative"),
        PropertyUse.SERVICES: ("Dienstleistung", "Dienstleistungen", "services"),
        PropertyUse.OTHER: ("sonstige", "sonstiges", "andere", "other"),
    },
    PropertyCondition: {
        PropertyCondition.READY: ("bezugsfertig", "sofort nutzbar", "gut", "renoviert", "neuwertig", "ready"),
        PropertyCondition.MINOR_WORK: (
            "kleinere Arbeiten",
            "Schönheitsreparaturen",
            "leichter Renovierungsbedarf",
            "minor work",
        ),
        PropertyCondition.RENOVATION: ("renovierungsbedürftig", "Renovierung", "renovation"),
        PropertyCondition.MAJOR_RENOVATION: (
            "sanierungsbedürftig",
            "Sanierung",
            "Kernsanierung",
            "major renovation",
        ),
    },
    PropertyStatus: {
        PropertyStatus.VACANT: ("leer", "Leerstand", "leerstehend", "frei", "verfügbar", "vacant"),
        PropertyStatus.RESERVED: ("reserviert", "reserved"),
        PropertyStatus.LET: ("vermietet", "let"),
        PropertyStatus.REACTIVATED: ("reaktiviert", "wiederbelebt", "reactivated"),
        PropertyStatus.WITHDRAWN: ("zurückgezogen", "nicht mehr verfügbar", "withdrawn"),
    },
}


def _label_index(enum: type[StrEnum]) -> dict[str, StrEnum]:
    index: dict[str, StrEnum] = {}
    for member, labels in _LABELS[enum].items():
        for label in (*labels, member.value, member.value.replace("_", " ")):
            index.setdefault(normalise(label), member)
    return index


CHOICE_LABELS: dict[type[StrEnum], dict[str, StrEnum]] = {enum: _label_index(enum) for enum in _LABELS}


def german_label(member: StrEnum) -> str:
    """The first German label of an enum value, as the import accepts it (for messages and reports)."""
    labels = _LABELS.get(type(member), {}).get(member)
    return labels[0] if labels else member.value


_LANGUAGES: dict[str, tuple[str, ...]] = {
    "de": ("Deutsch", "German"),
    "en": ("Englisch", "English"),
    "tr": ("Türkisch", "Turkish"),
    "ar": ("Arabisch", "Arabic"),
    "ru": ("Russisch", "Russian"),
    "uk": ("Ukrainisch", "Ukrainian"),
    "pl": ("Polnisch", "Polish"),
    "fr": ("Französisch", "French"),
    "es": ("Spanisch", "Spanish"),
    "it": ("Italienisch", "Italian"),
    "pt": ("Portugiesisch", "Portuguese"),
    "fa": ("Persisch", "Farsi", "Dari", "Persian"),
    "ku": ("Kurdisch", "Kurdish", "Kurmandschi"),
    "ro": ("Rumänisch", "Romanian"),
    "bg": ("Bulgarisch", "Bulgarian"),
    "el": ("Griechisch", "Greek"),
    "sr": ("Serbisch", "Serbian"),
    "hr": ("Kroatisch", "Croatian"),
    "bs": ("Bosnisch", "Bosnian"),
    "sq": ("Albanisch", "Albanian"),
    "hu": ("Ungarisch", "Hungarian"),
    "nl": ("Niederländisch", "Dutch"),
    "vi": ("Vietnamesisch", "Vietnamese"),
    "zh": ("Chinesisch", "Chinese", "Mandarin"),
    "ti": ("Tigrinya", "Tigrinisch"),
    "so": ("Somali",),
    "ps": ("Paschtu", "Pashto"),
    "ur": ("Urdu",),
    "am": ("Amharisch", "Amharic"),
    "tw": ("Twi",),
    "yo": ("Yoruba",),
    "ig": ("Igbo",),
    "ha": ("Hausa",),
}
LANGUAGE_CODES: dict[str, str] = {
    normalise(name): code for code, names in _LANGUAGES.items() for name in (code, *names)
}


# --- cell helpers --------------------------------------------------------------------------------------

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI_OVERRIDES = re.compile("[\u202a-\u202e\u2066-\u2069]")
_FORMULA_HINT = re.compile(r"[=!|&\"';]|[A-Za-z_][A-Za-z0-9_.]*\(")
_TRAILING_TIME = re.compile(r"(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Uhr)?$")
_TWO_DIGIT_YEAR = re.compile(r"\.\d{2}$")
_INTEGER = re.compile(r"^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,0+)?$")
_HOURS_MINUTES = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2})?$")
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]\\]+@[^@\s<>(),;:\"\[\]\\]+\.[^@\s<>(),;:\"\[\]\\.]{2,}$")
_POSTCODE = re.compile(r"^\d{5}$")
_POSTCODE_LOOSE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$")
_LIST_SPLIT = re.compile(r"\s*(?:[,;/+&]|\bund\b|\band\b)\s*", re.IGNORECASE)
_TRUE = frozenset({"ja", "j", "x", "yes", "y", "wahr", "true", "1", "vorhanden", "✓", "✔"})
_FALSE = frozenset({"nein", "n", "no", "falsch", "false", "0", "nicht vorhanden"})
_HOUR_UNITS = ("stunden", "stunde", "std.", "std", "h")


_FORMULA_FIRST = frozenset("=@+-")


def _is_formula_like(text: str) -> bool:
    """Text that spreadsheet programs would run as a formula if it reached a cell or a CSV unchanged.

    "=" and "@" always; "+" and "-" only with operators or a function call, so that phone numbers
    ("+49 231 ...") and placeholders ("-keine-") are not flagged.
    """
    first = text[0]
    if first in "=@":
        return True
    return first in "+-" and _FORMULA_HINT.search(text) is not None


def _german_number_text(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f").replace(".", ",")


def _decimal(raw: str) -> Decimal:
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise _CellError("import.not_a_number", "'{value}' is not a number.", value=raw) from exc
    if not value.is_finite():
        raise _CellError("import.not_a_number", "'{value}' is not a number.", value=raw)
    return value


def _excel_error(raw: str) -> _CellError:
    return _CellError(
        "import.excel_error",
        "The cell shows the Excel error {value}. Correct the formula in Excel or clear the cell.",
        value=raw,
    )


def _formula_not_value(raw: str) -> _CellError:
    return _CellError(
        "import.formula_not_value",
        "The cell holds the formula {value}. Formulas are never calculated on import: in Excel replace it "
        "by its value (Copy, Paste Special > Values) and import again.",
        value=raw,
    )


def _cell_as_text(raw: str, kind: str) -> str:
    """A cell of any kind as the text a text field stores."""
    if kind in {"s", "f"}:
        return raw
    if kind == "n":
        return _german_number_text(_decimal(raw))
    if kind == "d":
        moment = raw.replace("T", " ")
        day = date.fromisoformat(moment[:10]).strftime("%d.%m.%Y")
        clock = moment[11:16]
        return day if not clock or clock == "00:00" else f"{day} {clock}"
    if kind == "t":
        return raw[:5] if len(raw) >= 5 and raw[2] == ":" else raw
    if kind == "b":
        return "ja" if raw == "1" else "nein"
    if kind == "e":
        raise _excel_error(raw)
    return raw


class _Context:
    """Settings shared by the converters of one preview."""

    def __init__(self, *, today: date, date1904: bool, block_formulas: bool) -> None:
        self.today = today
        self.date1904 = date1904
        self.block_formulas = block_formulas


def _clean_text(text: str, warn: Warn, context: _Context) -> str:
    text = text.strip()
    if text.isascii() and text.isprintable():  # the common case: nothing to normalise or remove
        if text and text[0] in _FORMULA_FIRST and _is_formula_like(text):
            _flag_formula(text, warn, context)
        return text
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if _BIDI_OVERRIDES.search(text):
            warn(
                "import.bidi_controls",
                "The text contains invisible direction marks that can make it display differently from "
                "what it says. Check the value.",
            )
    if not text.isprintable():
        cleaned = _CONTROL.sub("", text)
        if cleaned != text:
            warn("import.control_characters", "Invisible control characters were removed from the text.")
            text = cleaned.strip()
    if text and _is_formula_like(text):
        _flag_formula(text, warn, context)
    return text


def _flag_formula(text: str, warn: Warn, context: _Context) -> None:
    message = (
        "The cell holds a formula or text that spreadsheet programs run as a formula ({value}). It is "
        "imported as text and never calculated; in Excel, replace a formula by its value if you meant "
        "the value."
    )
    if context.block_formulas:
        raise _CellError("import.formula_as_text", message, value=text[:200])
    warn("import.formula_as_text", message, value=text[:200])


# --- converters ----------------------------------------------------------------------------------------


def _text_converter(spec: TargetField, context: _Context) -> Converter:
    limit = spec.max_length

    def convert(raw: str, kind: str, warn: Warn) -> object:
        if kind == "s" and raw.isascii() and raw.isprintable():  # stripped already; most cells end here
            text = raw
            if text[0] in _FORMULA_FIRST and _is_formula_like(text):
                _flag_formula(text, warn, context)
        else:
            text = _clean_text(raw if kind == "s" else _cell_as_text(raw, kind), warn, context)
        if limit is not None and len(text) > limit:
            raise _CellError(
                "import.text_too_long",
                "The text has {length} characters; this field holds at most {limit}. Shorten it.",
                length=len(text),
                limit=limit,
            )
        return text or None

    return convert


def _email_converter(spec: TargetField, context: _Context) -> Converter:
    text_of = _text_converter(spec, context)

    def convert(raw: str, kind: str, warn: Warn) -> object:
        text = text_of(raw, kind, warn)
        if not isinstance(text, str):
            return text
        if text.lower().startswith("mailto:"):
            text = text[7:]
        if not _EMAIL.match(text):
            raise _CellError(
                "import.email_invalid",
                "'{value}' is not an e-mail address. Enter one address per cell, like name@example.de.",
                value=text[:200],
            )
        return text

    return convert


def _postcode_converter(spec: TargetField, context: _Context) -> Converter:
    def convert(raw: str, kind: str, warn: Warn) -> object:
        # Excel drops the leading zero of 01067 when the column holds numbers.
        if kind == "n" and raw.isascii() and raw.isdigit() and len(raw) <= 5 and raw.strip("0"):
            return raw.zfill(5)
        if kind == "n":
            number = _decimal(raw)
            if number == number.to_integral_value() and 0 < number < 100_000:
                return f"{int(number):05d}"
        text = _clean_text(_cell_as_text(raw, kind), warn, context)
        if text[:2].upper() == "D-":
            text = text[2:].strip()
        if _POSTCODE.match(text):
            return text
        if _POSTCODE_LOOSE.match(text):
            warn("import.postcode_unusual", "'{value}' is not a German postcode (five digits).", value=text)
            return text
        raise _CellError("import.postcode_invalid", "'{value}' is not a postcode.", value=text[:200])

    return convert


def _excel_serial_date(raw: str, context: _Context) -> date:
    number = _decimal(raw)
    if number == number.to_integral_value() and EARLIEST_YEAR <= number <= LATEST_YEAR:
        raise _CellError(
            "import.year_not_date",
            "'{value}' looks like a year, not a date. Enter the full date, e.g. 31.12.{value}.",
            value=str(int(number)),
        )
    days = int(number)  # a time of day in the fraction is dropped
    if context.date1904:
        base = date(1904, 1, 1)
    elif days < 60:
        base = date(1899, 12, 31)  # before Excel's phantom 29.02.1900
    else:
        base = date(1899, 12, 30)
    if not 1 <= days <= 73_050:  # 31.12.2099
        raise _CellError("import.not_a_date", "'{value}' is not a date. Write it as DD.MM.YYYY.", value=raw)
    return base + timedelta(days=days)


def _previous_century(value: date) -> date:
    try:
        return value.replace(year=value.year - 100)
    except ValueError:  # 29.02. of a year whose century earlier is no leap year
        return value.replace(year=value.year - 100, day=28)


def _date_converter(spec: TargetField, context: _Context) -> Converter:
    past_only = spec.past_only

    def convert(raw: str, kind: str, warn: Warn) -> object:
        if kind == "d":
            try:
                value = date.fromisoformat(raw[:10])
            except ValueError as exc:
                raise _CellError("import.not_a_date", "'{value}' is not a date.", value=raw) from exc
        elif kind == "n":
            value = _excel_serial_date(raw, context)
        elif kind == "s":
            text = _TRAILING_TIME.sub("", raw.strip())
            value = parse_date(text, field=spec.key)
            if past_only and value > context.today and _TWO_DIGIT_YEAR.search(text):
                value = _previous_century(value)
                warn(
                    "import.two_digit_year",
                    "'{value}' was read as {date}. Write four-digit years to be sure.",
                    value=text,
                    date=value.strftime("%d.%m.%Y"),
                )
        elif kind == "f":
            raise _formula_not_value(raw)
        elif kind == "e":
            raise _excel_error(raw)
        else:
            raise _CellError(
                "import.not_a_date", "'{value}' is not a date. Write it as DD.MM.YYYY.", value=raw
            )
        if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
            raise _CellError(
                "import.date_out_of_range",
                "The date {date} lies outside 1900-2100. Please check the year.",
                date=value.strftime("%d.%m.%Y"),
            )
        if past_only:
            check_birth_date(value, today=context.today, field=spec.key)
        return value

    return convert


def _typed_number(raw: str, kind: str) -> Decimal | None:
    """The Decimal of a number cell; None for text, which each converter parses its own way."""
    if kind == "n":
        return _decimal(raw)
    if kind == "s":
        return None
    if kind == "f":
        raise _formula_not_value(raw)
    if kind == "e":
        raise _excel_error(raw)
    raise _CellError("import.not_a_number", "'{value}' is not a number.", value=raw)


def _money_converter(spec: TargetField, context: _Context) -> Converter:
    allow_negative = spec.allow_negative

    def convert(raw: str, kind: str, warn: Warn) -> object:
        value = _typed_number(raw, kind)
        if value is None:
            return parse_amount(raw, allow_negative=allow_negative, field=spec.key)
        if value < 0 and not allow_negative:
            raise ValidationError(
                "amount.negative",
                "The amount must not be negative (you entered {text}).",
                field=spec.key,
                text=raw,
            )
        return round_cents(value)

    return convert


def _strip_unit(text: str, units: tuple[str, ...]) -> str:
    lowered = text.lower().rstrip(".")
    for unit in units:
        if lowered.endswith(unit) and (len(lowered) == len(unit) or not lowered[-len(unit) - 1].isalpha()):
            return text[: len(lowered) - len(unit)].strip()
    return text


def _check_bounds(value: Decimal, spec: TargetField) -> None:
    if spec.minimum is not None and value < spec.minimum:
        raise _CellError(
            "import.number_too_small",
            "{value} is less than the smallest allowed value, {minimum}.",
            value=_german_number_text(value),
            minimum=_german_number_text(spec.minimum),
        )
    if spec.maximum is not None and value > spec.maximum:
        raise _CellError(
            "import.number_too_large",
            "{value} is more than the largest allowed value, {maximum}.",
            value=_german_number_text(value),
            maximum=_german_number_text(spec.maximum),
        )


def _decimal_converter(spec: TargetField, context: _Context) -> Converter:
    def convert(raw: str, kind: str, warn: Warn) -> object:
        value = _typed_number(raw, kind)
        if value is None:
            text = _strip_unit(raw.strip(), spec.units)
            try:
                value = parse_amount(text, allow_negative=True, field=spec.key)
            except ValidationError as exc:
                code = (
                    "import.number_english_format"
                    if exc.code == "amount.english_format"
                    else "import.number_invalid"
                )
                message = (
                    "'{value}' looks like an English number. Write numbers the German way, e.g. 1.234,5."
                    if code == "import.number_english_format"
                    else "'{value}' is not a number. Write it like 1.234,5 (dot for thousands, comma for "
                    "decimals)."
                )
                raise _CellError(code, message, value=raw.strip()[:200]) from exc
        value = round_cents(value)
        _check_bounds(value, spec)
        return value

    return convert


def _whole(value: Decimal, raw: str) -> int:
    if value != value.to_integral_value():
        raise _CellError(
            "import.not_whole_number", "'{value}' is not a whole number.", value=raw.strip()[:200]
        )
    return int(value)


def _integer_converter(spec: TargetField, context: _Context) -> Converter:
    low = int(spec.minimum) if spec.minimum is not None else None
    high = int(spec.maximum) if spec.maximum is not None else None

    def convert(raw: str, kind: str, warn: Warn) -> object:
        if kind == "n" and raw.isascii() and raw.isdigit():  # the common case: a plain whole number cell
            number = int(raw)
            if (low is None or number >= low) and (high is None or number <= high):
                return number
        value = _typed_number(raw, kind)
        if value is None:
            text = _strip_unit(raw.strip(), spec.units)
            if not _INTEGER.match(text):
                raise _CellError(
                    "import.not_whole_number", "'{value}' is not a whole number.", value=raw.strip()[:200]
                )
            value = Decimal(text.split(",")[0].replace(".", ""))
        number = _whole(value, raw)
        _check_bounds(Decimal(number), spec)
        return number

    return convert


def _minutes_converter(spec: TargetField, context: _Context) -> Converter:
    integer = _integer_converter(spec, context)

    def convert(raw: str, kind: str, warn: Warn) -> object:
        text = raw.strip()
        clock = _HOURS_MINUTES.match(text) if kind in ("t", "s") else None
        if clock is None and kind == "s":
            lowered = text.lower()
            for unit in _HOUR_UNITS:
                if lowered.endswith(unit) and lowered[: -len(unit)].strip():
                    hours = _typed_hours(lowered[: -len(unit)].strip(), raw)
                    minutes = _whole(hours * 60, raw)
                    _check_bounds(Decimal(minutes), spec)
                    return minutes
            clock = _HOURS_MINUTES.match(_strip_unit(text, _HOUR_UNITS))
        if clock is not None:
            minutes = int(clock.group(1)) * 60 + int(clock.group(2))
            _check_bounds(Decimal(minutes), spec)
            return minutes
        if kind == "t":
            raise _CellError("import.not_minutes", "'{value}' is not a duration in minutes.", value=raw)
        return integer(raw, kind, warn)

    return convert


def _typed_hours(text: str, raw: str) -> Decimal:
    try:
        return parse_amount(text)
    except ValidationError as exc:
        raise _CellError(
            "import.not_minutes", "'{value}' is not a duration in minutes.", value=raw.strip()
        ) from exc


def _boolean_converter(spec: TargetField, context: _Context) -> Converter:
    def convert(raw: str, kind: str, warn: Warn) -> object:
        if kind == "b":
            return raw == "1"
        if kind == "f":
            raise _formula_not_value(raw)
        if kind == "e":
            raise _excel_error(raw)
        word = raw.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        if kind == "n" and _decimal(raw) in (0, 1):
            return _decimal(raw) == 1
        raise _CellError(
            "import.not_yes_no",
            "'{value}' is neither yes nor no. Write ja or nein (or x for yes).",
            value=raw.strip()[:200],
        )

    return convert


def _choice_key(raw: str, kind: str) -> str:
    if kind == "f":
        raise _formula_not_value(raw)
    if kind == "e":
        raise _excel_error(raw)
    return normalise(_cell_as_text(raw, kind))


def _unknown_choice(raw: str, spec: TargetField) -> _CellError:
    enum = spec.choices
    allowed = ", ".join(german_label(member) for member in enum) if enum is not None else ""
    return _CellError(
        "import.unknown_choice",
        "'{value}' is not a value for '{field_label}'. Use one of: {allowed}.",
        value=raw.strip()[:200],
        field_label=spec.label,
        allowed=allowed,
    )


def _choice_converter(spec: TargetField, context: _Context) -> Converter:
    if spec.choices is None:  # pragma: no cover - the field table pairs CHOICE with an enum
        raise TypeError(f"{spec.key} has no choices")
    labels = CHOICE_LABELS[spec.choices]
    default = spec.default
    # Lists repeat a handful of labels thousands of times; normalising each once keeps imports fast.
    known: dict[str, object] = {}

    def convert(raw: str, kind: str, warn: Warn) -> object:
        if kind == "s" and raw in known:
            return known[raw]
        key = _choice_key(raw, kind)
        member = labels.get(key)
        if member is not None:
            result: object = member
        elif key in _NOT_STATED_WORDS or not key:
            result = default
        else:
            raise _unknown_choice(raw, spec)
        if kind == "s" and len(known) < _CACHE_LIMIT:
            known[raw] = result
        return result

    return convert


def _choices_converter(spec: TargetField, context: _Context) -> Converter:
    if spec.choices is None:  # pragma: no cover - the field table pairs CHOICES with an enum
        raise TypeError(f"{spec.key} has no choices")
    labels = CHOICE_LABELS[spec.choices]

    def convert(raw: str, kind: str, warn: Warn) -> object:
        _choice_key(raw, kind)  # refuses formulas and errors
        members: list[StrEnum] = []
        for part in _LIST_SPLIT.split(raw.strip()):
            if not part.strip():
                continue
            member = labels.get(normalise(part))
            if member is None:
                raise _unknown_choice(part, spec)
            if member not in members:
                members.append(member)
        return tuple(members)

    return convert


def _language_codes(raw: str, kind: str) -> list[str]:
    _choice_key(raw, kind)
    codes: list[str] = []
    for part in _LIST_SPLIT.split(raw.strip()):
        if not part.strip():
            continue
        code = LANGUAGE_CODES.get(normalise(part))
        if code is None:
            raise _CellError(
                "import.unknown_language",
                "'{value}' is not a language the import knows. Write the language in German (e.g. Türkisch) "
                "or as a two-letter code (tr).",
                value=part.strip()[:200],
            )
        if code not in codes:
            codes.append(code)
    return codes


def _language_converter(spec: TargetField, context: _Context) -> Converter:
    def convert(raw: str, kind: str, warn: Warn) -> object:
        codes = _language_codes(raw, kind)
        if len(codes) > 1:
            raise _CellError(
                "import.one_language", "Enter one language per cell (found '{value}').", value=raw.strip()
            )
        return codes[0] if codes else None

    return convert


def _languages_converter(spec: TargetField, context: _Context) -> Converter:
    def convert(raw: str, kind: str, warn: Warn) -> object:
        return ",".join(_language_codes(raw, kind)) or None

    return convert


_FACTORIES: dict[FieldType, Callable[[TargetField, _Context], Converter]] = {
    FieldType.TEXT: _text_converter,
    FieldType.EMAIL: _email_converter,
    FieldType.POSTCODE: _postcode_converter,
    FieldType.DATE: _date_converter,
    FieldType.MONEY: _money_converter,
    FieldType.DECIMAL: _decimal_converter,
    FieldType.INTEGER: _integer_converter,
    FieldType.MINUTES: _minutes_converter,
    FieldType.BOOLEAN: _boolean_converter,
    FieldType.CHOICE: _choice_converter,
    FieldType.CHOICES: _choices_converter,
    FieldType.LANGUAGE: _language_converter,
    FieldType.LANGUAGES: _languages_converter,
}

PROBLEM_CODES = frozenset(
    {
        "import.required",
        "import.value_unreadable",
        "import.text_too_long",
        "import.formula_as_text",
        "import.formula_not_value",
        "import.excel_error",
        "import.control_characters",
        "import.bidi_controls",
        "import.not_a_date",
        "import.year_not_date",
        "import.date_out_of_range",
        "import.two_digit_year",
        "import.not_a_number",
        "import.number_invalid",
        "import.number_english_format",
        "import.not_whole_number",
        "import.number_too_small",
        "import.number_too_large",
        "import.not_minutes",
        "import.not_yes_no",
        "import.unknown_choice",
        "import.unknown_language",
        "import.one_language",
        "import.email_invalid",
        "import.postcode_invalid",
        "import.postcode_unusual",
        "import.business_name_missing",
        "import.closed_without_outcome",
        "import.closed_before_opened",
        "import.outcome_without_closed",
        "import.closed_without_date",
        # from the domain's German parsers
        "amount.invalid",
        "amount.english_format",
        "amount.negative",
        "date.invalid",
        "date.no_such_month",
        "date.not_leap_year",
        "date.no_such_day",
        "birth_date.future",
        "birth_date.implausible",
    }
)
"""Every code a Problem can carry (the report has a German sentence for each)."""


# --- the conversion ------------------------------------------------------------------------------------


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index > 0:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


@dataclass(frozen=True, slots=True)
class _Step:
    """One mapped field: where it comes from and how it is converted."""

    position: int  # index in the preview's fields
    column: int
    letter: str
    header: str
    spec: TargetField
    convert: Converter


class _Problems:
    """Collects problems up to the cap, counting the rest."""

    def __init__(self) -> None:
        self.items: list[Problem] = []
        self.kept = 0
        self.omitted = 0

    def add(self, problem: Problem) -> None:
        if self.kept < MAX_PROBLEMS:
            self.items.append(problem)
            self.kept += 1
        else:
            self.omitted += 1

    def take(self) -> list[Problem]:
        taken, self.items = self.items, []
        return taken


def _incomplete(mapping: ColumnMapping) -> ValidationError | None:
    missing = mapping.missing_required()
    if not missing:
        return None
    return ValidationError(
        "import.mapping_incomplete",
        "Assign a column of the file to: {labels}.",
        fields=", ".join(target.key for target in missing),
        labels=", ".join(target.label for target in missing),
    )


class BatchConverter:
    """Types data rows through a mapping batch by batch, with the rules of ``convert_rows``.

    For streamed imports: rows can be converted as the reader delivers them, and the problems found since
    the last call are taken with ``take_problems`` (at most ``MAX_PROBLEMS`` in all; the rest are counted in
    ``problems_omitted``). Raises ``ValidationError`` (``import.mapping_incomplete``) when a required field
    has no column.
    """

    def __init__(
        self,
        header: Sequence[str],
        mapping: ColumnMapping,
        *,
        date1904: bool = False,
        today: date | None = None,
        block_formulas: bool = False,
    ) -> None:
        problem = _incomplete(mapping)
        if problem is not None:
            raise problem
        targets = fields_of(mapping.kind)
        self.kind = mapping.kind
        self.mapping = mapping
        self.fields = tuple(target.key for target in targets)
        field_index: Mapping[str, int] = MappingProxyType(
            {key: index for index, key in enumerate(self.fields)}
        )
        context = _Context(today=today or today_berlin(), date1904=date1904, block_formulas=block_formulas)
        steps = []
        for position, target in enumerate(targets):
            column = mapping.column_of(target.key)
            if column is None:
                continue
            steps.append(
                _Step(
                    position,
                    column,
                    _column_letter(column),
                    header[column] if column < len(header) else "",
                    target,
                    _FACTORIES[target.field_type](target, context),
                )
            )
        self._converter = _RowConverter(
            steps, tuple(target.default for target in targets), field_index, mapping.kind
        )
        self.skipped_empty_rows = 0

    @property
    def problems_omitted(self) -> int:
        return self._converter.problems.omitted

    def convert(self, rows: Iterable[RawRow]) -> list[ImportedRow]:
        """The typed rows of ``rows`` (rows whose mapped cells are all empty are skipped and counted)."""
        converted: list[ImportedRow] = []
        convert = self._converter.convert
        for raw_row in rows:
            row = convert(raw_row)
            if row is None:
                self.skipped_empty_rows += 1
            else:
                converted.append(row)
        return converted

    def take_problems(self) -> list[Problem]:
        """The problems found since the last call, in row order."""
        return self._converter.problems.take()


def convert_rows(
    table: ReadResult,
    mapping: ColumnMapping,
    *,
    today: date | None = None,
    block_formulas: bool = False,
    progress: Callable[[int, int | None], None] | None = None,
) -> ImportPreview:
    """Type every data row of ``table`` through ``mapping``; never raises for a bad cell.

    ``block_formulas`` turns "formula imported as text" from a warning into an error. Raises
    ``ValidationError`` (``import.mapping_incomplete``) when a required field has no column.
    """
    converter = BatchConverter(
        table.header_texts,
        mapping,
        date1904=table.info.date1904,
        today=today,
        block_formulas=block_formulas,
    )
    rows: list[ImportedRow] = []
    data = table.data_rows
    total = len(data)
    for start in range(0, total, PROGRESS_EVERY):
        rows.extend(converter.convert(data[start : start + PROGRESS_EVERY]))
        if progress is not None and start + PROGRESS_EVERY < total:
            progress(start + PROGRESS_EVERY, total)
    if progress is not None:
        progress(total, total)
    return ImportPreview(
        kind=mapping.kind,
        mapping=mapping,
        fields=converter.fields,
        rows=tuple(rows),
        problems=tuple(converter.take_problems()),
        problems_omitted=converter.problems_omitted,
        skipped_empty_rows=converter.skipped_empty_rows,
    )


RowRule = Callable[[RawRow, list[object], Callable[[Problem], None]], None]


class _RowConverter:
    """Runs rows through the steps of one preview (the hot loop of an import: keep it lean)."""

    def __init__(
        self,
        steps: Sequence[_Step],
        defaults: tuple[object, ...],
        field_index: Mapping[str, int],
        kind: ImportKind,
    ) -> None:
        self.plan = [(step, step.column, step.position, step.spec.required, step.convert) for step in steps]
        self.defaults = defaults
        self.field_index = field_index
        make_rule = _ROW_RULES.get(kind)
        self.check_row = make_rule(steps) if make_rule is not None else None
        self.problems = _Problems()
        self.notes: list[tuple[str, str, dict[str, Any]]] = []  # warnings of the cell being converted

    def warn(self, code: str, message: str, **params: Any) -> None:
        self.notes.append((code, message, params))

    def convert(self, raw_row: RawRow) -> ImportedRow | None:
        """The typed row, or None when every mapped cell is empty."""
        values = raw_row.values
        kinds = raw_row.kinds
        width = len(values)
        result = list(self.defaults)
        errors = warnings = filled = False
        pending_required: list[_Step] = []
        number = raw_row.number
        add = self.problems.add
        notes = self.notes
        warn = self.warn
        for step, column, position, required, convert in self.plan:
            raw = values[column] if column < width else None
            if raw is None:
                if required:
                    pending_required.append(step)
                continue
            kind = kinds[column]
            if kind == "s":
                text = raw.strip()
                if not text or text in PLACEHOLDERS:
                    if required:
                        pending_required.append(step)
                    continue
            else:
                text = raw
            filled = True
            try:
                value = convert(text, kind, warn)
            except (ArithmeticError, ValueError) as exc:
                # A value no parser was written for (40-digit amounts overflow Decimal's context): the
                # cell is refused, the import goes on.
                logger.debug("unreadable cell in row %d: %s", number, type(exc).__name__)
                errors = True
                add(
                    _problem(
                        number,
                        step,
                        raw,
                        code="import.value_unreadable",
                        message="'{value}' cannot be read for this field. Check the cell.",
                        params={"value": raw[:200]},
                        severity=Severity.ERROR,
                    )
                )
                notes.clear()
                continue
            except (_CellError, ValidationError) as exc:  # ValidationError: the domain's German parsers
                errors = True
                add(
                    _problem(
                        number,
                        step,
                        raw,
                        code=exc.code,
                        message=exc.message,
                        params=dict(exc.params),
                        severity=Severity.ERROR,
                    )
                )
                notes.clear()
                continue
            if notes:
                warnings = True
                for code, message, params in notes:
                    add(
                        _problem(
                            number,
                            step,
                            raw,
                            code=code,
                            message=message,
                            params=params,
                            severity=Severity.WARNING,
                        )
                    )
                notes.clear()
            if value is None:
                if required:
                    pending_required.append(step)
            else:
                result[position] = value
        if not filled:
            return None
        for step in pending_required:
            unless = step.spec.required_unless
            if unless is not None and result[self.field_index[unless]] is not None:
                continue  # e.g. a business without a person: the other field carries the row
            errors = True
            add(
                _problem(
                    number,
                    step,
                    None,
                    code="import.required",
                    message="'{field_label}' is required, but the cell is empty.",
                    params={"field_label": step.spec.label},
                    severity=Severity.ERROR,
                )
            )
        if self.check_row is not None:
            found: list[Problem] = []
            self.check_row(raw_row, result, found.append)
            for problem in found:
                errors = errors or problem.severity is Severity.ERROR
                warnings = warnings or problem.severity is Severity.WARNING
                add(problem)
        return ImportedRow(number, tuple(result), errors, warnings, self.field_index)


def _problem(
    row: int,
    step: _Step | None,
    raw: str | None,
    *,
    code: str,
    message: str,
    params: Mapping[str, Any],
    severity: Severity,
) -> Problem:
    try:
        text = message.format(**params)
    except (KeyError, IndexError, ValueError):
        text = message
    return Problem(
        row=row,
        column=step.letter if step else None,
        header=step.header if step else None,
        value=raw,
        code=code,
        message=text,
        params=MappingProxyType(dict(params)),
        severity=severity,
        field=step.spec.key if step else None,
    )


# --- rules across the cells of a row -------------------------------------------------------------------


def _step_of(steps: Sequence[_Step], key: str) -> _Step | None:
    return next((step for step in steps if step.spec.key == key), None)


def _cell(raw_row: RawRow, step: _Step | None) -> str | None:
    if step is None or step.column >= len(raw_row.values):
        return None
    return raw_row.values[step.column]


def _person_rule(steps: Sequence[_Step]) -> RowRule | None:
    """Business details need a business name (built once per preview: the rule runs on every row)."""
    details = [
        (step.position, step.spec.default)
        for step in steps
        if step.spec.key.startswith("business.") and step.spec.key not in ("business.name", "business.role")
    ]
    if not details:
        return None
    name_step = _step_of(steps, "business.name")

    def rule(raw_row: RawRow, result: list[object], report: Callable[[Problem], None]) -> None:
        if name_step is not None and result[name_step.position] is not None:
            return
        if any(result[position] is not None and result[position] != default for position, default in details):
            report(
                _problem(
                    raw_row.number,
                    name_step,
                    _cell(raw_row, name_step),
                    code="import.business_name_missing",
                    message="The row has business details but no business name. Enter the name or clear the "
                    "business columns.",
                    params={},
                    severity=Severity.ERROR,
                )
            )

    return rule


def _case_rule(steps: Sequence[_Step]) -> RowRule | None:
    """A closed case needs an outcome, and cannot close before it opened."""
    stage_step = _step_of(steps, "case.stage")
    outcome_step = _step_of(steps, "case.outcome")
    opened_step = _step_of(steps, "case.opened_on")
    closed_step = _step_of(steps, "case.closed_on")

    def rule(raw_row: RawRow, result: list[object], report: Callable[[Problem], None]) -> None:
        stage = result[stage_step.position] if stage_step else None
        outcome = result[outcome_step.position] if outcome_step else None
        if stage is CaseStage.CLOSED and outcome is None:
            report(
                _problem(
                    raw_row.number,
                    outcome_step or stage_step,
                    _cell(raw_row, outcome_step),
                    code="import.closed_without_outcome",
                    message="The case is closed but has no outcome. Enter why it was closed (e.g. "
                    "zurückgezahlt).",
                    params={},
                    severity=Severity.ERROR,
                )
            )
        if outcome is not None and stage is not CaseStage.CLOSED:
            report(
                _problem(
                    raw_row.number,
                    stage_step or outcome_step,
                    _cell(raw_row, stage_step),
                    code="import.outcome_without_closed",
                    message="The row names an outcome, but the case is not closed. Set the status to "
                    "abgeschlossen or clear the outcome.",
                    params={},
                    severity=Severity.ERROR,
                )
            )
        opened = result[opened_step.position] if opened_step else None
        closed = result[closed_step.position] if closed_step else None
        if stage is CaseStage.CLOSED and closed is None:
            report(
                _problem(
                    raw_row.number,
                    closed_step or stage_step,
                    _cell(raw_row, closed_step),
                    code="import.closed_without_date",
                    message="The case is closed but has no closing date. Enter the day it was closed.",
                    params={},
                    severity=Severity.ERROR,
                )
            )
        if isinstance(opened, date) and isinstance(closed, date) and closed < opened:
            report(
                _problem(
                    raw_row.number,
                    closed_step,
                    _cell(raw_row, closed_step),
                    code="import.closed_before_opened",
                    message="The case was closed ({closed}) before it was opened ({opened}). Check both "
                    "dates.",
                    params={"closed": closed.strftime("%d.%m.%Y"), "opened": opened.strftime("%d.%m.%Y")},
                    severity=Severity.ERROR,
                )
            )

    return rule


_ROW_RULES: dict[ImportKind, Callable[[Sequence[_Step]], RowRule | None]] = {
    ImportKind.PERSONS: _person_rule,
    ImportKind.CASES: _case_rule,
}
