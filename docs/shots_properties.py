"""Screenshots of the Immobilien section and its dialogs, and the first page of an exposé (for
``docs/screenshots.py``). Seeds a few properties, requests and a demand profile when the database has none."""

from __future__ import annotations

import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from dlzw_desktop.db.base import reference_id
from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import MatchStage, PropertyCondition, PropertyUse
from dlzw_desktop.domain.matching import Feature
from dlzw_desktop.services.property_rows import (
    DemandEntryDraft,
    OwnerDraft,
    PartyKind,
    PropertyDraft,
    SpaceRequestDraft,
)
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.workers import wait_for_all


def _pump(seconds: float = 0.6) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        wait_for_all(200)
    app.processEvents()


def _seed(services: Services, photo_dir: Path) -> None:
    properties = services.properties
    if properties.properties():
        return
    landlord = properties.create_owner(OwnerDraft(PartyKind.BUSINESS, "Wohnungsgesellschaft Hörde eG")).ref
    hoerde, nordmarkt = reference_id("district", "Hörde"), reference_id("district", "Nordmarkt")
    bakery, hairdresser = reference_id("sector", "47.24"), reference_id("sector", "96.02")
    units = [
        ("Hermannstraße 44", "44263", hoerde, "78.5", "690", "130", PropertyCondition.MINOR_WORK),
        ("Hörder Bahnhofstraße 12", "44263", hoerde, "120", "1150", "180", PropertyCondition.READY),
        ("Münsterstraße 50", "44145", nordmarkt, "62.5", "540", "90", PropertyCondition.RENOVATION),
        ("Schützenstraße 19", "44147", nordmarkt, "45", "390", "70", PropertyCondition.READY),
    ]
    rows = []
    for street, postcode, district, area, rent, charges, condition in units:
        rows.append(
            properties.create_property(
                PropertyDraft(
                    street=street,
                    postcode=postcode,
                    district_id=district,
                    area_m2=Decimal(area),
                    cold_rent=Decimal(rent),
                    service_charges=Decimal(charges),
                    uses=frozenset({PropertyUse.RETAIL, PropertyUse.SERVICES}),
                    shop_window=True,
                    step_free=street != "Münsterstraße 50",
                    condition=condition,
                    renovation_cost=Decimal(6500) if condition is not PropertyCondition.READY else None,
                    vacant_since=date(2025, 9, 1),
                    owner=landlord,
                    owner_consent=True,
                    owner_consent_on=date(2026, 1, 15),
                )
            )
        )
    properties.create_property(
        PropertyDraft(
            street="Alfred-Trappen-Straße 3",
            postcode="44263",
            district_id=hoerde,
            area_m2=Decimal(95),
            cold_rent=Decimal(800),
            uses=frozenset({PropertyUse.RETAIL}),
            vacancy_reason="Eigentümer noch nicht erreicht",
        )
    )
    try:
        from tests.services.property_fixtures import png_photo

        properties.add_photo(rows[0].id, png_photo(photo_dir / "Ansicht Hermannstraße.png"))
    except ImportError:
        pass
    properties.add_demand_entry(DemandEntryDraft(sector_id=bakery, weight=Decimal(9), district_id=hoerde))
    properties.add_demand_entry(
        DemandEntryDraft(sector_id=hairdresser, weight=Decimal(3), district_id=hoerde, note="Sprechtag März")
    )
    elif_ = properties.create_owner(OwnerDraft(PartyKind.PERSON, "Demir", "Elif")).ref
    jan = properties.create_owner(OwnerDraft(PartyKind.PERSON, "Kowalski", "Jan")).ref
    request = properties.create_request(
        SpaceRequestDraft(
            applicant=elif_,
            use=PropertyUse.RETAIL,
            sector_id=bakery,
            min_area_m2=Decimal(60),
            max_area_m2=Decimal(100),
            max_rent=Decimal(950),
            preferred_district_ids=frozenset({hoerde}),
            must_haves=frozenset({Feature.GROUND_FLOOR, Feature.SHOP_WINDOW}),
            earliest_move_in=today_berlin() + timedelta(days=30),
        )
    )
    properties.create_request(
        SpaceRequestDraft(
            applicant=jan,
            use=PropertyUse.SERVICES,
            sector_id=hairdresser,
            min_area_m2=Decimal(40),
            max_area_m2=Decimal(80),
            max_rent=Decimal(700),
        )
    )
    match = properties.propose(request.id, rows[0].id)
    properties.advance_match(match.id, match.version, MatchStage.OWNER_CONTACTED)


def _grab(widget: QWidget, path: Path) -> None:
    _pump()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def _dialog(view: QWidget, kind: type[QDialog]) -> QDialog:
    _pump()
    found = [d for d in view.findChildren(kind) if d.isVisible()]
    assert found, kind.__name__
    return found[-1]


def shoot(window: QMainWindow, out: Path) -> None:
    """Save PNGs of every tab, the dialogs and the exposé's first page into ``out``."""
    from dlzw_desktop.ui.matching_settings_dialog import MatchingSettingsDialog
    from dlzw_desktop.ui.property_dialog import PropertyDialog
    from dlzw_desktop.ui.property_photos_dialog import PropertyPhotosDialog
    from dlzw_desktop.ui.space_request_dialog import SpaceRequestDialog
    from dlzw_desktop.ui.step_dialog import StepDialog

    services = window.services  # type: ignore[attr-defined]
    _seed(services, out)
    window.show_section("properties")  # type: ignore[attr-defined]
    view = window.section_widget("properties")  # type: ignore[attr-defined]
    _pump(1.5)
    view.refresh()
    ui = view._ui
    _pump()
    ui.properties_table.selectRow(1)
    ui.find_requests_button.click()
    _grab(window, out / "properties_1_register.png")
    ui.sections_tabs.setCurrentIndex(1)
    _pump()
    ui.requests_table.selectRow(1)
    ui.find_properties_button.click()
    _grab(window, out / "properties_2_requests.png")
    ui.sections_tabs.setCurrentIndex(2)
    _pump()
    ui.matches_table.selectRow(0)
    _grab(window, out / "properties_3_matches.png")
    ui.advance_match_button.click()
    step = _dialog(view, StepDialog)
    _grab(step, out / "properties_3b_next_stage.png")
    step.reject()
    ui.sections_tabs.setCurrentIndex(3)
    _pump()
    hoerde = next(
        i for i in range(ui.demand_area_combo.count()) if ui.demand_area_combo.itemText(i).startswith("Hörde")
    )
    ui.demand_area_combo.setCurrentIndex(hoerde)
    _grab(window, out / "properties_4_demand.png")
    ui.sections_tabs.setCurrentIndex(4)
    _grab(window, out / "properties_5_map.png")
    ui.sections_tabs.setCurrentIndex(0)
    _pump()
    ui.properties_table.selectRow(1)
    ui.edit_property_button.click()
    dialog = _dialog(view, PropertyDialog)
    _grab(dialog, out / "properties_6_property_dialog.png")
    dialog.reject()
    ui.properties_table.selectRow(1)
    ui.photos_button.click()
    dialog = _dialog(view, PropertyPhotosDialog)
    _grab(dialog, out / "properties_6b_photos.png")
    dialog.reject()
    ui.sections_tabs.setCurrentIndex(1)
    _pump()
    ui.requests_table.selectRow(1)
    ui.edit_request_button.click()
    dialog = _dialog(view, SpaceRequestDialog)
    _grab(dialog, out / "properties_7_request_dialog.png")
    dialog.reject()
    ui.settings_button.click()
    dialog = _dialog(view, MatchingSettingsDialog)
    _grab(dialog, out / "properties_8_matching_settings.png")
    dialog.reject()
    rows = services.properties.properties()
    unit = next((r for r in rows if r.street == "Hermannstraße 44"), None) or next(
        r for r in rows if r.owner_consent
    )  # the seeded unit, or any listable one of the demo data
    pdf = services.properties.write_expose(unit.id, out / "properties_9_expose.pdf")
    _render_first_page(pdf, out / "properties_9_expose.png")


def _render_first_page(pdf: Path, png: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0)
    image: QImage = document.render(0, QSize(round(size.width() * 1.3), round(size.height() * 1.3)))
    image.save(str(png))
    document.close()
    pdf.unlink()
    print(f"wrote {png}")
