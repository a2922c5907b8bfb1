"""German names of enum values and WZ sections as printed in reports (reports are German, without Qt)."""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType

from dlzw_desktop.domain import enums as e
from dlzw_desktop.domain.lwsi import TargetStatus
from dlzw_desktop.domain.reporting import TargetState
from dlzw_desktop.domain.statistics import AgeGroup

_ENTRIES: tuple[tuple[StrEnum, str], ...] = (
    (e.CaseStage.ENQUIRY, "Erstkontakt"),
    (e.CaseStage.CONSULTING, "Beratung"),
    (e.CaseStage.DOCUMENTS_COMPLETE, "Unterlagen vollständig"),
    (e.CaseStage.ASSESSMENT, "Prüfung"),
    (e.CaseStage.RECOMMENDED, "Empfohlen"),
    (e.CaseStage.APPROVED, "Bewilligt"),
    (e.CaseStage.DECLINED, "Abgelehnt"),
    (e.CaseStage.DISBURSED, "Ausgezahlt"),
    (e.CaseStage.MONITORING, "Begleitung"),
    (e.CaseStage.CLOSED, "Abgeschlossen"),
    (e.CaseOutcome.REPAID, "zurückgezahlt"),
    (e.CaseOutcome.WRITTEN_OFF, "abgeschrieben"),
    (e.CaseOutcome.WITHDRAWN, "zurückgezogen"),
    (e.CaseOutcome.NOT_ELIGIBLE, "nicht förderfähig"),
    (e.CaseOutcome.DECLINED, "vom Kreditgeber abgelehnt"),
    (e.CaseSource.CONSULTATION_DAY, "Sprechtag"),
    (e.CaseSource.IHK, "IHK"),
    (e.CaseSource.HWK, "Handwerkskammer"),
    (e.CaseSource.JOB_CENTRE, "Jobcenter"),
    (e.CaseSource.EMPLOYMENT_AGENCY, "Agentur für Arbeit"),
    (e.CaseSource.INITIATIVE, "Initiative vor Ort"),
    (e.CaseSource.BANK, "Bank"),
    (e.CaseSource.WEBSITE, "Internetseite"),
    (e.CaseSource.WORD_OF_MOUTH, "Empfehlung von Bekannten"),
    (e.CaseSource.OTHER, "Sonstiges"),
    (e.Gender.FEMALE, "weiblich"),
    (e.Gender.MALE, "männlich"),
    (e.Gender.DIVERSE, "divers"),
    (e.Gender.NOT_STATED, "keine Angabe"),
    (e.MigrationBackground.YES, "mit Migrationshintergrund"),
    (e.MigrationBackground.NO, "ohne Migrationshintergrund"),
    (e.MigrationBackground.NOT_STATED, "keine Angabe"),
    (e.LenderDecision.APPROVED, "bewilligt"),
    (e.LenderDecision.DECLINED, "abgelehnt"),
    (e.JobsOccasion.INTAKE, "bei Aufnahme"),
    (e.JobsOccasion.MONTH_6, "nach 6 Monaten"),
    (e.JobsOccasion.MONTH_12, "nach 12 Monaten"),
    (e.JobsOccasion.MONTH_24, "nach 24 Monaten"),
    (e.CostKind.STAFF, "Personal"),
    (e.CostKind.MATERIAL, "Sachkosten"),
    (e.CostKind.OVERHEAD, "Gemeinkosten"),
    (e.CostKind.LOAN_LOSSES, "Anteil Kreditausfälle"),
    (e.CostKind.OTHER, "Sonstige Kosten"),
    (AgeGroup.UNDER_25, "unter 25 Jahre"),
    (AgeGroup.FROM_25_TO_34, "25 bis 34 Jahre"),
    (AgeGroup.FROM_35_TO_44, "35 bis 44 Jahre"),
    (AgeGroup.FROM_45_TO_54, "45 bis 54 Jahre"),
    (AgeGroup.FROM_55, "55 Jahre und älter"),
    (AgeGroup.NOT_STATED, "keine Angabe"),
    (TargetState.MET, "erreicht"),
    (TargetState.NOT_MET, "nicht erreicht"),
    (TargetState.NO_VALUE, "kein Wert"),
    (TargetStatus.MET, "Ziel erreicht"),
    (TargetStatus.NOT_MET, "Ziel nicht erreicht"),
    (TargetStatus.NO_BASE, "keine Basis"),
)

# Keyed by class and value: members of different enums with the same value ("declined", "met") are
# equal as strings and would otherwise overwrite each other in one dict.
_LABELS: dict[tuple[type, str], str] = {(type(member), member.value): text for member, text in _ENTRIES}

#: Short German titles of the 21 WZ 2008 sections (Statistisches Bundesamt, Gliederung der WZ 2008).
WZ_SECTION_TITLES = MappingProxyType(
    {
        "A": "Land- und Forstwirtschaft, Fischerei",
        "B": "Bergbau und Gewinnung von Steinen und Erden",
        "C": "Verarbeitendes Gewerbe",
        "D": "Energieversorgung",
        "E": "Wasserversorgung, Abwasser- und Abfallentsorgung",
        "F": "Baugewerbe",
        "G": "Handel; Instandhaltung und Reparatur von Kfz",
        "H": "Verkehr und Lagerei",
        "I": "Gastgewerbe",
        "J": "Information und Kommunikation",
        "K": "Finanz- und Versicherungsdienstleistungen",
        "L": "Grundstücks- und Wohnungswesen",
        "M": "Freiberufliche, wissenschaftliche und technische Dienstleistungen",
        "N": "Sonstige wirtschaftliche Dienstleistungen",
        "O": "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
        "P": "Erziehung und Unterricht",
        "Q": "Gesundheits- und Sozialwesen",
        "R": "Kunst, Unterhaltung und Erholung",
        "S": "Erbringung von sonstigen Dienstleistungen",
        "T": "Private Haushalte",
        "U": "Exterritoriale Organisationen und Körperschaften",
    }
)

NOT_ASSIGNED = "nicht zugeordnet"


def label_de(member: StrEnum) -> str:
    """The German report label of an enum member (its value when none is declared)."""
    return _LABELS.get((type(member), member.value), member.value)


def section_label(section: str | None) -> str:
    """``"G Handel; …"`` for a WZ section letter; "nicht zugeordnet" for none."""
    if not section:
        return NOT_ASSIGNED
    return f"{section} {WZ_SECTION_TITLES.get(section, '')}".strip()
