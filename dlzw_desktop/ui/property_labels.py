"""Display names for the property section: enums of matching and parties, score parts, German formats.

Importing this module registers the labels with ``ui.labels`` (the section imports it on first visit).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from dlzw_desktop.domain.matching import Feature, HardFilter
from dlzw_desktop.domain.money import format_eur
from dlzw_desktop.domain.properties import format_area
from dlzw_desktop.services.property_rows import PartyKind
from dlzw_desktop.ui.i18n import QT_TRANSLATE_NOOP
from dlzw_desktop.ui.labels import register_labels

_LABELS: dict[StrEnum, str] = {
    Feature.GROUND_FLOOR: QT_TRANSLATE_NOOP("labels", "Ground floor"),
    Feature.SHOP_WINDOW: QT_TRANSLATE_NOOP("labels", "Shop window"),
    Feature.STEP_FREE: QT_TRANSLATE_NOOP("labels", "Step-free access"),
    Feature.KITCHEN: QT_TRANSLATE_NOOP("labels", "Kitchen"),
    Feature.STORAGE: QT_TRANSLATE_NOOP("labels", "Storage room"),
    Feature.PARKING: QT_TRANSLATE_NOOP("labels", "Parking"),
    Feature.OUTDOOR_AREA: QT_TRANSLATE_NOOP("labels", "Outdoor area"),
    Feature.CUSTOMER_TOILET: QT_TRANSLATE_NOOP("labels", "Customer toilet"),
    HardFilter.OWNER_CONSENT: QT_TRANSLATE_NOOP("labels", "owner's consent to the listing"),
    HardFilter.STATUS: QT_TRANSLATE_NOOP("labels", "property is vacant"),
    HardFilter.USE: QT_TRANSLATE_NOOP("labels", "intended use allowed"),
    HardFilter.AREA: QT_TRANSLATE_NOOP("labels", "size within the range"),
    HardFilter.RENT: QT_TRANSLATE_NOOP("labels", "rent within the limit"),
    HardFilter.AVAILABILITY: QT_TRANSLATE_NOOP("labels", "available in time"),
    HardFilter.MUST_HAVES: QT_TRANSLATE_NOOP("labels", "every must-have"),
    PartyKind.PERSON: QT_TRANSLATE_NOOP("labels", "Person"),
    PartyKind.BUSINESS: QT_TRANSLATE_NOOP("labels", "Business"),
    PartyKind.CASE: QT_TRANSLATE_NOOP("labels", "Case"),
}
register_labels(_LABELS)

PART_TITLES: dict[str, str] = {
    "size": QT_TRANSLATE_NOOP("PropertyLabels", "Size fit"),
    "rent": QT_TRANSLATE_NOOP("PropertyLabels", "Rent fit"),
    "location": QT_TRANSLATE_NOOP("PropertyLabels", "Location"),
    "features": QT_TRANSLATE_NOOP("PropertyLabels", "Features"),
    "demand": QT_TRANSLATE_NOOP("PropertyLabels", "Demand"),
    "renovation": QT_TRANSLATE_NOOP("PropertyLabels", "Renovation"),
}


def part_title(name: str) -> str:
    """The translated name of a score part ("size", "rent", ...)."""
    return QCoreApplication.translate("PropertyLabels", PART_TITLES[name])


def percent(value: float | Decimal | None) -> str:
    """A score in [0, 1] as a whole percentage: ``0.934`` -> ``93 %``."""
    return "" if value is None else f"{round(float(value) * 100)}\u00a0%"


def money(value: Decimal | None) -> str:
    return "" if value is None else format_eur(value)


def area(value: Decimal | None) -> str:
    return "" if value is None else f"{format_area(value)}\u00a0m²"


def day(value: date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")
