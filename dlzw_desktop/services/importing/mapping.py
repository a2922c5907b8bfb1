"""Which column of the user's list fills which field: the target fields, their header synonyms, and the
automatic suggestion (exact synonym first, then fuzzy similarity), saved as JSON for reuse."""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from rapidfuzz import fuzz

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
from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

FUZZY_THRESHOLD = 85
_FUZZY_MIN_CHARS = 4  # "PLZ", "EG", "NK": too short for similarity to mean anything
_MAPPING_VERSION = 1
_TEXT = 20_000  # cap for Text columns (notes), which have no length in the database


class ImportKind(StrEnum):
    """What a list holds."""

    PERSONS = "persons"  # people, with their business where the list has one
    CASES = "cases"
    CONSULTATIONS = "consultations"
    PROPERTIES = "properties"


class FieldType(StrEnum):
    """How a cell is converted (see ``convert``)."""

    TEXT = "text"
    EMAIL = "email"
    POSTCODE = "postcode"
    DATE = "date"
    MONEY = "money"
    DECIMAL = "decimal"
    INTEGER = "integer"
    MINUTES = "minutes"  # 90, "1:30", a time cell
    BOOLEAN = "boolean"
    CHOICE = "choice"  # one enum value from a German or English label
    CHOICES = "choices"  # several enum values, separated by , ; / or "und"
    LANGUAGE = "language"  # one ISO 639-1 code from a code or a language name
    LANGUAGES = "languages"  # several, stored comma separated


@dataclass(frozen=True, slots=True)
class TargetField:
    """A field an import fills: its key, English label, conversion and the header titles that mean it."""

    key: str
    label: str
    field_type: FieldType
    synonyms: tuple[str, ...]
    required: bool = False
    max_length: int | None = None
    choices: type[StrEnum] | None = None
    default: object = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    allow_negative: bool = False
    units: tuple[str, ...] = ()  # unit words allowed after a number ("36 Monate")
    past_only: bool = False  # a birth date: two-digit years are read as 19xx when 20xx lies ahead


TEXT, DATE, MONEY, INT, BOOL, CHOICE = (
    FieldType.TEXT,
    FieldType.DATE,
    FieldType.MONEY,
    FieldType.INTEGER,
    FieldType.BOOLEAN,
    FieldType.CHOICE,
)
_NOTES = (
    "Bemerkung",
    "Bemerkungen",
    "Notiz",
    "Notizen",
    "Anmerkung",
    "Anmerkungen",
    "Kommentar",
    "notes",
    "note",
    "comments",
    "remarks",
)

PERSON_FIELDS: tuple[TargetField, ...] = (
    TargetField(
        "person.family_name",
        "Family name",
        TEXT,
        (
            "Nachname",
            "Name",
            "Familienname",
            "Zuname",
            "Name Antragsteller",
            "last name",
            "surname",
            "family name",
        ),
        required=True,
        max_length=200,
    ),
    TargetField(
        "person.given_names",
        "Given names",
        TEXT,
        ("Vorname", "Vornamen", "Rufname", "first name", "given name", "given names", "forename"),
        max_length=200,
    ),
    TargetField(
        "person.birth_date",
        "Date of birth",
        DATE,
        (
            "Geburtsdatum",
            "geb.",
            "geboren",
            "geboren am",
            "Geb.-Datum",
            "Geburtstag",
            "date of birth",
            "birth date",
            "birthday",
            "dob",
        ),
        past_only=True,
    ),
    TargetField(
        "person.gender",
        "Gender",
        CHOICE,
        ("Geschlecht", "Anrede", "gender", "sex", "salutation"),
        choices=Gender,
        default=Gender.NOT_STATED,
    ),
    TargetField(
        "person.migration_background",
        "Migration background",
        CHOICE,
        ("Migrationshintergrund", "Migrationsgeschichte", "Zuwanderungsgeschichte", "migration background"),
        choices=MigrationBackground,
        default=MigrationBackground.NOT_STATED,
    ),
    TargetField(
        "person.residence_status",
        "Residence status",
        CHOICE,
        ("Aufenthaltsstatus", "Aufenthaltstitel", "Aufenthaltsrecht", "residence status", "residence permit"),
        choices=ResidenceStatus,
        default=ResidenceStatus.NOT_STATED,
    ),
    TargetField(
        "person.residence_permit_until",
        "Residence permit valid until",
        DATE,
        (
            "Aufenthaltserlaubnis bis",
            "Aufenthaltstitel bis",
            "Aufenthaltstitel gültig bis",
            "befristet bis",
            "gültig bis",
            "permit valid until",
            "residence permit until",
        ),
    ),
    TargetField(
        "person.preferred_languages",
        "Languages",
        FieldType.LANGUAGES,
        ("Sprachen", "Sprache", "Sprachkenntnisse", "Muttersprache", "languages", "language"),
        max_length=200,
    ),
    TargetField(
        "person.email",
        "E-mail",
        FieldType.EMAIL,
        ("E-Mail", "Email", "Mail", "E-Mail-Adresse", "Mailadresse", "e-mail address", "email address"),
        max_length=254,
    ),
    TargetField(
        "person.phone",
        "Phone",
        TEXT,
        (
            "Telefon",
            "Tel.",
            "Telefonnummer",
            "Handy",
            "Handynummer",
            "Mobil",
            "Mobilnummer",
            "Mobiltelefon",
            "phone",
            "telephone",
            "mobile",
            "phone number",
        ),
        max_length=60,
    ),
    TargetField(
        "person.street",
        "Street",
        TEXT,
        (
            "Straße",
            "Str.",
            "Straße und Hausnummer",
            "Straße Hausnummer",
            "Anschrift",
            "Adresse",
            "Wohnadresse",
            "street",
            "address",
            "street address",
        ),
        max_length=200,
    ),
    TargetField(
        "person.postcode",
        "Postcode",
        FieldType.POSTCODE,
        ("PLZ", "Postleitzahl", "postcode", "post code", "postal code", "zip", "zip code"),
        max_length=10,
    ),
    TargetField("person.city", "City", TEXT, ("Ort", "Wohnort", "Stadt", "city", "town"), max_length=100),
    TargetField(
        "person.district",
        "District",
        TEXT,
        ("Stadtteil", "Statistischer Bezirk", "Wohnbezirk", "district"),
        max_length=100,
    ),
    TargetField("person.notes", "Notes", TEXT, _NOTES, max_length=_TEXT),
    TargetField(
        "business.name",
        "Business name",
        TEXT,
        (
            "Unternehmen",
            "Firma",
            "Firmenname",
            "Unternehmensname",
            "Name des Unternehmens",
            "Vorhaben",
            "Betrieb",
            "Geschäftsidee",
            "business",
            "company",
            "company name",
            "business name",
        ),
        max_length=300,
    ),
    TargetField(
        "business.legal_form",
        "Legal form",
        CHOICE,
        ("Rechtsform", "Unternehmensform", "legal form"),
        choices=LegalForm,
    ),
    TargetField(
        "business.sector",
        "Sector (WZ 2008)",
        TEXT,
        (
            "Branche",
            "WZ",
            "WZ-Code",
            "WZ 2008",
            "WZ-Schlüssel",
            "Wirtschaftszweig",
            "Branchenschlüssel",
            "sector",
            "industry",
        ),
        max_length=200,
    ),
    TargetField(
        "business.founding_date",
        "Founding date",
        DATE,
        (
            "Gründungsdatum",
            "Gründung",
            "gegründet am",
            "Gründung am",
            "Gründungstermin",
            "founding date",
            "founded",
            "founded on",
            "date of founding",
        ),
    ),
    TargetField(
        "business.founding_planned",
        "Founding planned",
        BOOL,
        ("Gründung geplant", "in Gründung", "geplant", "founding planned", "planned"),
    ),
    TargetField(
        "business.employees",
        "Employees",
        INT,
        (
            "Mitarbeiter",
            "Mitarbeitende",
            "Mitarbeiterzahl",
            "Anzahl Mitarbeiter",
            "Beschäftigte",
            "Angestellte",
            "employees",
            "staff",
            "number of employees",
        ),
        minimum=Decimal(0),
        maximum=Decimal(100_000),
    ),
    TargetField(
        "business.street",
        "Business street",
        TEXT,
        (
            "Straße Unternehmen",
            "Firmenadresse",
            "Firmenanschrift",
            "Betriebsadresse",
            "Betriebsstätte",
            "Geschäftsadresse",
            "business street",
            "business address",
            "company address",
        ),
        max_length=200,
    ),
    TargetField(
        "business.postcode",
        "Business postcode",
        FieldType.POSTCODE,
        ("PLZ Unternehmen", "PLZ Betrieb", "Firmen-PLZ", "business postcode", "company postcode"),
        max_length=10,
    ),
    TargetField(
        "business.city",
        "Business city",
        TEXT,
        ("Ort Unternehmen", "Firmensitz", "Sitz", "Betriebsort", "business city", "company city"),
        max_length=100,
    ),
    TargetField(
        "business.role",
        "Role in the business",
        CHOICE,
        ("Rolle", "Funktion", "Rolle im Unternehmen", "role"),
        choices=BusinessRole,
        default=BusinessRole.FOUNDER,
    ),
)

CASE_FIELDS: tuple[TargetField, ...] = (
    TargetField(
        "case.number",
        "Case number",
        TEXT,
        (
            "Fallnummer",
            "Fall-Nr.",
            "Aktenzeichen",
            "Az.",
            "Vorgangsnummer",
            "Vorgang",
            "Nr.",
            "Nummer",
            "case number",
            "case no",
            "file number",
            "reference",
        ),
        max_length=24,
    ),
    TargetField(
        "case.business_name",
        "Business name",
        TEXT,
        ("Unternehmen", "Firma", "Firmenname", "Vorhaben", "Betrieb", "business", "company", "business name"),
        required=True,
        max_length=300,
    ),
    TargetField(
        "case.family_name",
        "Applicant's family name",
        TEXT,
        (
            "Nachname",
            "Name",
            "Antragsteller",
            "Antragstellerin",
            "Antragsteller/in",
            "Gründer",
            "Gründerin",
            "Gründer/in",
            "Kunde",
            "Kundin",
            "applicant",
            "last name",
            "surname",
            "founder",
        ),
        max_length=200,
    ),
    TargetField(
        "case.given_names",
        "Applicant's given names",
        TEXT,
        ("Vorname", "Vornamen", "first name", "given name"),
        max_length=200,
    ),
    TargetField(
        "case.opened_on",
        "Opened on",
        DATE,
        (
            "Eingangsdatum",
            "Eingang",
            "Erstkontakt",
            "Datum Erstkontakt",
            "Anfrage vom",
            "Anfragedatum",
            "eröffnet am",
            "angelegt am",
            "Beginn",
            "Datum",
            "opened",
            "opened on",
            "date of enquiry",
            "enquiry date",
            "date",
        ),
        required=True,
    ),
    TargetField(
        "case.requested_amount",
        "Requested amount",
        MONEY,
        (
            "Kreditbetrag",
            "Kredithöhe",
            "Kreditwunsch",
            "beantragter Betrag",
            "Betrag",
            "Darlehensbetrag",
            "Darlehen",
            "Finanzierungsbedarf",
            "Mikrokredit",
            "requested amount",
            "loan amount",
            "amount",
        ),
    ),
    TargetField(
        "case.purpose",
        "Purpose",
        TEXT,
        ("Verwendungszweck", "Zweck", "Kreditzweck", "Verwendung", "purpose"),
        max_length=_TEXT,
    ),
    TargetField(
        "case.source",
        "Source",
        CHOICE,
        (
            "Quelle",
            "Zugang",
            "Zugangsweg",
            "Kontaktweg",
            "aufmerksam geworden durch",
            "vermittelt durch",
            "source",
            "referral",
            "referred by",
        ),
        choices=CaseSource,
        default=CaseSource.OTHER,
    ),
    TargetField(
        "case.stage",
        "Stage",
        CHOICE,
        ("Status", "Stand", "Phase", "Bearbeitungsstand", "stage", "status"),
        choices=CaseStage,
        default=CaseStage.ENQUIRY,
    ),
    TargetField(
        "case.outcome",
        "Outcome",
        CHOICE,
        ("Ergebnis", "Abschlussgrund", "Ausgang", "outcome", "result"),
        choices=CaseOutcome,
    ),
    TargetField(
        "case.closed_on",
        "Closed on",
        DATE,
        ("Abschlussdatum", "abgeschlossen am", "geschlossen am", "closed", "closed on"),
    ),
    TargetField(
        "case.household_income",
        "Household income",
        MONEY,
        ("Haushaltseinkommen", "Einkommen", "Nettoeinkommen", "household income", "income"),
    ),
    TargetField(
        "case.household_expenses",
        "Household expenses",
        MONEY,
        ("Haushaltsausgaben", "Ausgaben", "Lebenshaltungskosten", "household expenses", "expenses"),
    ),
    TargetField(
        "case.business_surplus",
        "Business surplus",
        MONEY,
        (
            "Betriebsüberschuss",
            "Überschuss",
            "Gewinn",
            "Betriebsergebnis",
            "business surplus",
            "surplus",
            "profit",
        ),
        allow_negative=True,
    ),
    TargetField(
        "case.planned_term_months",
        "Term (months)",
        INT,
        (
            "Laufzeit",
            "Laufzeit Monate",
            "Laufzeit in Monaten",
            "Kreditlaufzeit",
            "term",
            "term months",
            "term in months",
        ),
        minimum=Decimal(1),
        maximum=Decimal(240),
        units=("monate", "monat", "mon", "mo"),
    ),
    TargetField(
        "case.planned_grace_months",
        "Grace period (months)",
        INT,
        (
            "tilgungsfreie Zeit",
            "Tilgungsaussetzung",
            "Karenzzeit",
            "tilgungsfreie Monate",
            "grace period",
            "grace months",
        ),
        minimum=Decimal(0),
        maximum=Decimal(60),
        units=("monate", "monat", "mon", "mo"),
    ),
    TargetField(
        "case.advisor",
        "Advisor",
        TEXT,
        (
            "Berater",
            "Beraterin",
            "Berater/in",
            "Beratung durch",
            "zuständig",
            "Ansprechpartner",
            "advisor",
            "adviser",
            "consultant",
        ),
        max_length=200,
    ),
    TargetField(
        "case.lender",
        "Lender",
        TEXT,
        ("Kreditgeber", "MFI", "Mikrofinanzinstitut", "Bank", "lender"),
        max_length=200,
    ),
    TargetField("case.notes", "Notes", TEXT, _NOTES, max_length=_TEXT),
)

CONSULTATION_FIELDS: tuple[TargetField, ...] = (
    TargetField(
        "consultation.held_on",
        "Date",
        DATE,
        (
            "Datum",
            "Beratungsdatum",
            "Termin",
            "Beratung am",
            "Gesprächsdatum",
            "am",
            "date",
            "consultation date",
        ),
        required=True,
    ),
    TargetField(
        "consultation.duration_minutes",
        "Duration (minutes)",
        FieldType.MINUTES,
        (
            "Dauer",
            "Dauer Min.",
            "Dauer in Minuten",
            "Minuten",
            "Beratungsdauer",
            "Zeitaufwand",
            "duration",
            "minutes",
            "duration minutes",
        ),
        required=True,
        minimum=Decimal(1),
        maximum=Decimal(1440),
        units=("min", "minuten", "minute"),
    ),
    TargetField(
        "consultation.place",
        "Place",
        CHOICE,
        (
            "Ort",
            "Beratungsort",
            "Gesprächsort",
            "Art",
            "Beratungsart",
            "Form",
            "place",
            "location",
            "channel",
        ),
        choices=ConsultationPlace,
        default=ConsultationPlace.OFFICE,
    ),
    TargetField(
        "consultation.language",
        "Language",
        FieldType.LANGUAGE,
        ("Sprache", "Beratungssprache", "language"),
        max_length=10,
        default="de",
    ),
    TargetField(
        "consultation.topics",
        "Topics",
        TEXT,
        (
            "Themen",
            "Thema",
            "Inhalt",
            "Gesprächsinhalt",
            "Beratungsthema",
            "Beratungsinhalt",
            "topics",
            "topic",
            "subject",
        ),
        max_length=500,
    ),
    TargetField(
        "consultation.notes", "Notes", TEXT, (*_NOTES, "Protokoll", "Gesprächsnotiz"), max_length=_TEXT
    ),
    TargetField(
        "consultation.case_number",
        "Case number",
        TEXT,
        ("Fallnummer", "Fall-Nr.", "Aktenzeichen", "Vorgangsnummer", "case number"),
        max_length=24,
    ),
    TargetField(
        "consultation.family_name",
        "Client's family name",
        TEXT,
        ("Nachname", "Name", "Kunde", "Kundin", "Ratsuchende", "Klient", "client", "last name", "surname"),
        max_length=200,
    ),
    TargetField(
        "consultation.given_names",
        "Client's given names",
        TEXT,
        ("Vorname", "Vornamen", "first name", "given name"),
        max_length=200,
    ),
    TargetField(
        "consultation.business_name",
        "Business name",
        TEXT,
        ("Unternehmen", "Firma", "Vorhaben", "business", "company"),
        max_length=300,
    ),
    TargetField(
        "consultation.advisor",
        "Advisor",
        TEXT,
        ("Berater", "Beraterin", "Berater/in", "advisor", "adviser"),
        max_length=200,
    ),
)

PROPERTY_FIELDS: tuple[TargetField, ...] = (
    TargetField(
        "property.street",
        "Street",
        TEXT,
        (
            "Straße",
            "Str.",
            "Adresse",
            "Anschrift",
            "Objektadresse",
            "Lage",
            "Straße und Hausnummer",
            "street",
            "address",
        ),
        required=True,
        max_length=200,
    ),
    TargetField(
        "property.postcode",
        "Postcode",
        FieldType.POSTCODE,
        ("PLZ", "Postleitzahl", "postcode", "zip"),
        max_length=10,
    ),
    TargetField(
        "property.district",
        "District",
        TEXT,
        ("Stadtteil", "Statistischer Bezirk", "Bezirk", "Stadtbezirk", "Quartier", "district", "borough"),
        max_length=100,
    ),
    TargetField(
        "property.ground_floor",
        "Ground floor",
        BOOL,
        ("Erdgeschoss", "EG", "im Erdgeschoss", "ground floor"),
        default=True,
    ),
    TargetField(
        "property.floor_note",
        "Floor",
        TEXT,
        ("Etage", "Geschoss", "Stockwerk", "Lage im Haus", "floor"),
        max_length=60,
    ),
    TargetField(
        "property.area_m2",
        "Area (m²)",
        FieldType.DECIMAL,
        (
            "Fläche",
            "Fläche m²",
            "Fläche in m²",
            "Fläche qm",
            "Größe",
            "Größe m²",
            "qm",
            "m²",
            "Nutzfläche",
            "Verkaufsfläche",
            "Mietfläche",
            "area",
            "area m2",
            "size",
            "floor area",
        ),
        required=True,
        minimum=Decimal("0.01"),
        maximum=Decimal(100_000),
        units=("m2", "m²", "qm", "quadratmeter"),
    ),
    TargetField(
        "property.rooms",
        "Rooms",
        INT,
        ("Räume", "Zimmer", "Anzahl Räume", "Raumanzahl", "rooms"),
        minimum=Decimal(0),
        maximum=Decimal(500),
    ),
    TargetField(
        "property.cold_rent",
        "Cold rent",
        MONEY,
        ("Kaltmiete", "Miete", "Nettokaltmiete", "Grundmiete", "Miete kalt", "cold rent", "rent", "net rent"),
        required=True,
    ),
    TargetField(
        "property.service_charges",
        "Service charges",
        MONEY,
        (
            "Nebenkosten",
            "NK",
            "Betriebskosten",
            "Nebenkostenvorauszahlung",
            "service charges",
            "ancillary costs",
        ),
        default=Decimal("0.00"),
    ),
    TargetField(
        "property.uses",
        "Uses",
        FieldType.CHOICES,
        (
            "Nutzung",
            "Nutzungsart",
            "Nutzungen",
            "Eignung",
            "geeignet für",
            "Art der Nutzung",
            "use",
            "uses",
            "suitable for",
        ),
        choices=PropertyUse,
        default=(),
    ),
    TargetField("property.shop_window", "Shop window", BOOL, ("Schaufenster", "shop window"), default=False),
    TargetField(
        "property.step_free",
        "Step-free",
        BOOL,
        ("barrierefrei", "stufenlos", "ebenerdig", "Barrierefreiheit", "step-free", "accessible"),
        default=False,
    ),
    TargetField(
        "property.condition",
        "Condition",
        CHOICE,
        ("Zustand", "Objektzustand", "condition"),
        choices=PropertyCondition,
        default=PropertyCondition.READY,
    ),
    TargetField(
        "property.renovation_needs",
        "Renovation needs",
        TEXT,
        ("Renovierungsbedarf", "Sanierungsbedarf", "erforderliche Arbeiten", "renovation needs"),
        max_length=_TEXT,
    ),
    TargetField(
        "property.renovation_cost",
        "Renovation cost",
        MONEY,
        ("Renovierungskosten", "Sanierungskosten", "Kosten Renovierung", "renovation cost"),
    ),
    TargetField(
        "property.vacant_since",
        "Vacant since",
        DATE,
        ("leer seit", "Leerstand seit", "frei seit", "leerstehend seit", "vacant since"),
    ),
    TargetField(
        "property.vacancy_reason",
        "Reason for vacancy",
        TEXT,
        ("Leerstandsgrund", "Grund des Leerstands", "Grund", "vacancy reason"),
        max_length=_TEXT,
    ),
    TargetField(
        "property.owner_name",
        "Owner",
        TEXT,
        (
            "Eigentümer",
            "Eigentümerin",
            "Eigentümer/in",
            "Vermieter",
            "Vermieterin",
            "Besitzer",
            "owner",
            "landlord",
        ),
        max_length=300,
    ),
    TargetField(
        "property.owner_consent",
        "Owner's consent",
        BOOL,
        (
            "Einverständnis",
            "Einverständnis Eigentümer",
            "Zustimmung",
            "Zustimmung Eigentümer",
            "Einwilligung",
            "owner consent",
            "consent",
        ),
        default=False,
    ),
    TargetField(
        "property.owner_consent_on",
        "Consent given on",
        DATE,
        (
            "Einverständnis vom",
            "Zustimmung am",
            "Einwilligung am",
            "Einverständnis am",
            "consent date",
            "consent given on",
        ),
    ),
    TargetField(
        "property.status",
        "Status",
        CHOICE,
        ("Status", "Stand", "status"),
        choices=PropertyStatus,
        default=PropertyStatus.VACANT,
    ),
    TargetField("property.let_on", "Let on", DATE, ("vermietet am", "Vermietung am", "Mietbeginn", "let on")),
    TargetField("property.notes", "Notes", TEXT, _NOTES, max_length=_TEXT),
)

FIELDS: dict[ImportKind, tuple[TargetField, ...]] = {
    ImportKind.PERSONS: PERSON_FIELDS,
    ImportKind.CASES: CASE_FIELDS,
    ImportKind.CONSULTATIONS: CONSULTATION_FIELDS,
    ImportKind.PROPERTIES: PROPERTY_FIELDS,
}


def fields_of(kind: ImportKind) -> tuple[TargetField, ...]:
    """The target fields of an import kind, in the order a preview shows them."""
    return FIELDS[kind]


def field_by_key(kind: ImportKind, key: str) -> TargetField:
    for target in FIELDS[kind]:
        if target.key == key:
            return target
    raise KeyError(key)


# --- normalising header text ---------------------------------------------------------------------------

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_WORD = re.compile(r"[\W_]+")
_BRACKETED = re.compile(r"[(\[{][^)\]}]*[)\]}]")
_UNIT_WORDS = frozenset(
    {"in", "eur", "euro", "m2", "qm", "ca", "tt", "mm", "jj", "jjjj", "dd", "yyyy", "min"}
)


def normalise(text: str) -> str:
    """Case, umlauts, ß, accents and punctuation folded: "Straße/Nr." -> "strasse nr"."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_UMLAUTS)
    text = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
    return " ".join(_NON_WORD.sub(" ", text).split())


def _header_variants(header: str) -> list[str]:
    """Compact (space-free) forms of a header: as written, without (hints), without unit words."""
    full = normalise(header)
    bare = normalise(_BRACKETED.sub(" ", header))
    words = bare.split()
    while words and words[-1] in _UNIT_WORDS:
        words.pop()
    variants: list[str] = []
    for form in (full, bare, " ".join(words)):
        compact = form.replace(" ", "")
        if compact and compact not in variants:
            variants.append(compact)
    return variants


# --- the mapping ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ColumnAssignment:
    """One field filled from one column (0-based index) whose title was ``header``."""

    field: str
    column: int
    header: str


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column fills which field of an import kind; each field and each column at most once."""

    kind: ImportKind
    assignments: tuple[ColumnAssignment, ...] = field(default=())

    def __post_init__(self) -> None:
        keys = {target.key for target in FIELDS[self.kind]}
        seen_fields: set[str] = set()
        seen_columns: set[int] = set()
        for item in self.assignments:
            if item.field not in keys:
                raise ValidationError(
                    "import.mapping_unknown_field",
                    "'{field}' is not a field of this import.",
                    field=item.field,
                )
            if item.field in seen_fields or item.column in seen_columns or item.column < 0:
                raise ValidationError(
                    "import.mapping_duplicate",
                    "Each field and each column can be assigned only once (column {column}).",
                    column=item.column + 1,
                )
            seen_fields.add(item.field)
            seen_columns.add(item.column)

    def column_of(self, key: str) -> int | None:
        return next((item.column for item in self.assignments if item.field == key), None)

    def field_of(self, column: int) -> str | None:
        return next((item.field for item in self.assignments if item.column == column), None)

    def with_column(self, key: str, column: int | None, header: str = "") -> ColumnMapping:
        """The user's correction: ``key`` now comes from ``column`` (None: from no column).

        A field that used ``column`` before loses it, so a column is still used at most once.
        """
        kept = tuple(item for item in self.assignments if item.field != key and item.column != column)
        if column is None:
            return ColumnMapping(self.kind, kept)
        return ColumnMapping(self.kind, (*kept, ColumnAssignment(key, column, header)))

    def missing_required(self) -> tuple[TargetField, ...]:
        """Required fields without a column: the import cannot start until they have one."""
        assigned = {item.field for item in self.assignments}
        return tuple(target for target in FIELDS[self.kind] if target.required and target.key not in assigned)

    def to_json(self) -> str:
        """For the settings store; headers are kept so the mapping fits files with reordered columns."""
        return json.dumps(
            {
                "version": _MAPPING_VERSION,
                "kind": self.kind.value,
                "assignments": [
                    {"field": item.field, "column": item.column, "header": item.header}
                    for item in self.assignments
                ],
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """Parse a saved mapping; raises ``ValidationError`` (``import.mapping_invalid``) when damaged."""
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("version") != _MAPPING_VERSION:
                raise ValueError("version")
            kind = ImportKind(data["kind"])
            items = []
            for raw in data["assignments"]:
                key, column, header = raw["field"], raw["column"], raw["header"]
                if not isinstance(key, str) or type(column) is not int or not isinstance(header, str):
                    raise ValueError("assignment")
                items.append(ColumnAssignment(key, column, header))
            return cls(kind, tuple(items))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValidationError(
                "import.mapping_invalid",
                "The saved column assignment cannot be read. Assign the columns again and save them.",
            ) from exc

    def applied_to(self, header: Sequence[str]) -> ColumnMapping:
        """This saved mapping for another file: each field finds its column by title, else is dropped."""
        by_title: dict[str, list[int]] = {}
        for index, title in enumerate(header):
            by_title.setdefault(normalise(title), []).append(index)
        items: list[ColumnAssignment] = []
        for item in self.assignments:
            candidates = by_title.get(normalise(item.header), [])
            if candidates:
                column = item.column if item.column in candidates else candidates[0]
                candidates.remove(column)
                items.append(ColumnAssignment(item.field, column, header[column]))
        return ColumnMapping(self.kind, tuple(items))


def suggest_mapping(
    kind: ImportKind,
    header: Sequence[str],
    *,
    saved: ColumnMapping | None = None,
    threshold: int = FUZZY_THRESHOLD,
) -> ColumnMapping:
    """Propose which column fills which field.

    A saved mapping of the same kind is applied first (by column title); then each remaining column whose
    title, normalised, equals a field's synonym; then the most similar remaining pairs (rapidfuzz, score
    >= ``threshold``), best first. Every field and every column is used at most once.
    """
    targets = FIELDS[kind]
    assigned: dict[str, int] = {}
    used: set[int] = set()
    if saved is not None and saved.kind is kind:
        for item in saved.applied_to(header).assignments:
            assigned[item.field] = item.column
            used.add(item.column)

    exact: dict[str, str] = {}
    for target in targets:
        for synonym in (target.label, *target.synonyms):
            exact.setdefault(normalise(synonym).replace(" ", ""), target.key)
    for index, title in enumerate(header):
        if index in used or not title.strip():
            continue
        for variant in _header_variants(title):
            key = exact.get(variant)
            if key is not None and key not in assigned:
                assigned[key] = index
                used.add(index)
                break

    open_targets = [
        (target.key, [normalise(synonym) for synonym in (target.label, *target.synonyms)])
        for target in targets
        if target.key not in assigned
    ]
    candidates: list[tuple[float, int, str]] = []
    for index, title in enumerate(header):
        spaced = normalise(title)
        if index in used or len(spaced.replace(" ", "")) < _FUZZY_MIN_CHARS:
            continue
        for key, synonyms in open_targets:
            best = max(_similarity(spaced, synonym) for synonym in synonyms)
            if best >= threshold:
                candidates.append((best, index, key))
    for _score, index, key in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if index not in used and key not in assigned:
            assigned[key] = index
            used.add(index)

    order = {target.key: position for position, target in enumerate(targets)}
    items = sorted(
        (ColumnAssignment(key, index, header[index]) for key, index in assigned.items()),
        key=lambda item: order[item.field],
    )
    logger.debug("suggested %d of %d columns for %s", len(items), len(header), kind.value)
    return ColumnMapping(kind, tuple(items))


def _similarity(header: str, synonym: str) -> float:
    if len(synonym.replace(" ", "")) < _FUZZY_MIN_CHARS:
        return 0.0
    return max(
        fuzz.ratio(header.replace(" ", ""), synonym.replace(" ", "")),
        fuzz.token_sort_ratio(header, synonym),
    )
