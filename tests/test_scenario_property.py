"""Scenario: a vacant shop in Hörde is let to a founder through DLZW and its m² count as reactivated.

Through the services on SQLite and PostgreSQL: the advisor records the vacancy and the owner's consent,
notes that Hörde misses a bakery, records the founder's space request, ranks the properties, proposes the
best one with its explanation, arranges a viewing, records the signed lease and sees the area counted.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from dlzw_desktop.db.base import reference_id
from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import MatchStage, PropertyStatus, PropertyUse, SpaceRequestStatus
from dlzw_desktop.domain.matching import Feature
from dlzw_desktop.services.property_rows import (
    DemandEntryDraft,
    OwnerDraft,
    PartyKind,
    PropertyDraft,
    SpaceRequestDraft,
)
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.properties_view import PropertiesView
from dlzw_desktop.ui.property_dialog import PropertyDialog
from dlzw_desktop.ui.property_inputs import current_value, select_data
from dlzw_desktop.ui.space_request_dialog import SpaceRequestDialog
from dlzw_desktop.ui.step_dialog import StepDialog
from tests.ui.property_gui import click, dialog_of, messages, open_view, press, window

__all__ = ["messages", "window"]  # fixtures of the GUI part

HOERDE = reference_id("district", "Hörde")
BAKERY = reference_id("sector", "47.24")


def test_a_vacancy_is_let_to_a_founder_and_counted_as_reactivated(services: Services) -> None:
    properties = services.properties
    today = today_berlin()

    # The owner of an empty shop agrees that DLZW may offer it.
    landlord = properties.create_owner(OwnerDraft(PartyKind.BUSINESS, "Wohnungsgesellschaft Hörde eG"))
    shop = properties.create_property(
        PropertyDraft(
            street="Hermannstraße 44",
            postcode="44263",
            district_id=HOERDE,
            area_m2=Decimal("78.5"),
            rooms=2,
            cold_rent=Decimal("690.00"),
            service_charges=Decimal("130.00"),
            uses=frozenset({PropertyUse.RETAIL, PropertyUse.GASTRONOMY}),
            shop_window=True,
            step_free=True,
            vacant_since=date(2025, 9, 1),
            vacancy_reason="Bäckereifiliale geschlossen",
            owner=landlord.ref,
            owner_consent=True,
            owner_consent_on=date(2026, 1, 15),
        )
    )
    # A second empty shop nearby whose owner has not agreed yet.
    properties.create_property(
        PropertyDraft(
            street="Hermannstraße 50",
            postcode="44263",
            district_id=HOERDE,
            area_m2=Decimal("80"),
            cold_rent=Decimal("600.00"),
            uses=frozenset({PropertyUse.RETAIL}),
        )
    )
    assert shop.status is PropertyStatus.VACANT and shop.borough_name == "Hörde"

    # At the traders' meeting Hörde said it misses a bakery.
    properties.add_demand_entry(DemandEntryDraft(sector_id=BAKERY, weight=Decimal(9), district_id=HOERDE))

    # A founder wants to open a bakery shop.
    founder = properties.create_owner(OwnerDraft(PartyKind.PERSON, "Demir", "Elif"))
    request = properties.create_request(
        SpaceRequestDraft(
            applicant=founder.ref,
            use=PropertyUse.RETAIL,
            sector_id=BAKERY,
            min_area_m2=Decimal(60),
            max_area_m2=Decimal(90),
            max_rent=Decimal("900.00"),
            preferred_district_ids=frozenset({HOERDE}),
            must_haves=frozenset({Feature.GROUND_FLOOR, Feature.SHOP_WINDOW}),
            earliest_move_in=today + timedelta(days=14),
        )
    )

    # Ranked match with its explanation: only the consented shop, with every part visible.
    ranked = properties.rank_properties_for(request.id)
    assert [candidate.property_id for candidate in ranked] == [shop.id]
    best = ranked[0]
    assert best.score > 0.8
    assert best.explanation == (
        "Passt sehr gut: Miete 80,00\u00a0€ unter dem Höchstbetrag, im gewünschten Bezirk Hörde, "
        "Einzelhandel mit Back- und Süßwaren wird im Bezirk vermisst; 78,50 m² im gewünschten Rahmen."
    )
    assert best.fund_eligible
    assert [name for name, _ in best.parts.items()] == [
        "size",
        "rent",
        "location",
        "features",
        "demand",
        "renovation",
    ]
    assert [c.request_id for c in properties.rank_requests_for(shop.id)] == [request.id]

    # Proposed, owner contacted, viewing.
    match = properties.propose(request.id, shop.id)
    assert match.explanation == best.explanation and match.parts == best.parts
    match = properties.advance_match(match.id, match.version, MatchStage.OWNER_CONTACTED)
    match = properties.advance_match(
        match.id, match.version, MatchStage.VIEWING, note="Besichtigung Di 10 Uhr"
    )
    assert match.stage is MatchStage.VIEWING and match.note == "Besichtigung Di 10 Uhr"

    # The lease is signed: the shop is let and the founder's request fulfilled.
    match = properties.advance_match(match.id, match.version, MatchStage.LEASE_SIGNED, on=today)
    assert properties.get_property(shop.id).status is PropertyStatus.LET
    assert properties.get_request(request.id).status is SpaceRequestStatus.FULFILLED
    assert properties.rank_properties_for(request.id) == []  # no longer vacant

    # Its 78,5 m² count as reactivated space this year, in Hörde, and for the LWSI.
    year = properties.reactivated_area(date(today.year, 1, 1), date(today.year, 12, 31))
    assert (year.units, year.area_m2) == (1, Decimal("78.50"))
    assert year.by_borough == (("Hörde", 1, Decimal("78.50")),)
    spaces = properties.reactivated_spaces(date(today.year, 1, 1), today, district_ids=[HOERDE])
    assert [(s.property_id, s.area_m2) for s in spaces] == [(str(shop.id), Decimal("78.50"))]
    hoerde = next(f for f in properties.borough_figures(today.year) if f.name == "Hörde")
    assert (hoerde.vacant, hoerde.reactivated_m2) == (1, Decimal("78.50"))


def _tree_child(parent: QTreeWidgetItem, text: str) -> QTreeWidgetItem:
    children = [parent.child(i) for i in range(parent.childCount())]
    found = next(child for child in children if child is not None and child.text(0) == text)
    assert found is not None
    return found


def _first_stage(view: PropertiesView) -> MatchStage | None:
    row = view._matches.row_at(0)
    return None if row is None else row.stage


def test_the_same_vacancy_through_the_gui(window: MainWindow, qtbot: QtBot, messages: list[str]) -> None:
    """The advisor does it all with the keyboard and mouse in the Immobilien section."""
    services = window.services
    assert services is not None
    properties = services.properties
    landlord = properties.create_owner(OwnerDraft(PartyKind.BUSINESS, "Wohnungsgesellschaft Hörde eG"))
    founder = properties.create_owner(OwnerDraft(PartyKind.PERSON, "Demir", "Elif"))
    properties.add_demand_entry(DemandEntryDraft(sector_id=BAKERY, weight=Decimal(9), district_id=HOERDE))
    properties.create_property(
        PropertyDraft(
            street="Hermannstraße 50",
            district_id=HOERDE,
            area_m2=Decimal(80),
            cold_rent=Decimal("600.00"),
            uses=frozenset({PropertyUse.RETAIL}),
            shop_window=True,
        )
    )
    view = open_view(window, qtbot)
    qtbot.waitUntil(lambda: view._properties.rowCount() == 1)

    # Property recorded through the dialog, with the owner's consent.
    click(view._ui.new_property_button, qtbot)
    dialog = dialog_of(view, PropertyDialog, qtbot)
    ui = dialog._ui
    qtbot.keyClicks(ui.street_edit, "Hermannstraße 44")
    qtbot.keyClicks(ui.postcode_edit, "44263")
    select_data(ui.district_combo, HOERDE)
    assert ui.borough_combo.currentText() == "Hörde"
    qtbot.keyClicks(ui.area_edit, "78,5")
    qtbot.keyClicks(ui.cold_rent_edit, "690,00")
    qtbot.keyClicks(ui.service_charges_edit, "130,00")
    for index in range(ui.uses_list.count()):
        if ui.uses_list.item(index).text() == "Einzelhandel":
            ui.uses_list.item(index).setCheckState(Qt.CheckState.Checked)
    ui.shop_window_check.setChecked(True)
    ui.step_free_check.setChecked(True)
    qtbot.keyClicks(ui.owner_search_edit, "Wohnungsgesellschaft")
    qtbot.waitUntil(lambda: current_value(ui.owner_combo) == landlord.ref, timeout=5_000)
    ui.consent_check.setChecked(True)
    press(dialog, QDialogButtonBox.StandardButton.Save, qtbot)
    qtbot.waitUntil(lambda: view._properties.rowCount() == 2)
    shop = next(r for r in view._properties.rows() if r.street == "Hermannstraße 44")
    assert (shop.area_m2, shop.total_rent, shop.owner_consent) == (Decimal("78.50"), Decimal("820.00"), True)

    # The founder's space request.
    view._ui.sections_tabs.setCurrentIndex(1)
    click(view._ui.new_request_button, qtbot)
    request_dialog = dialog_of(view, SpaceRequestDialog, qtbot)
    rui = request_dialog._ui
    select_data(rui.applicant_kind_combo, PartyKind.PERSON)
    qtbot.keyClicks(rui.applicant_search_edit, "Demir")
    qtbot.waitUntil(lambda: current_value(rui.applicant_combo) == founder.id, timeout=5_000)
    qtbot.keyClicks(rui.sector_edit, "47.24")
    qtbot.waitUntil(lambda: current_value(rui.sector_combo) == BAKERY, timeout=5_000)
    qtbot.keyClicks(rui.min_area_edit, "60")
    qtbot.keyClicks(rui.max_area_edit, "90")
    qtbot.keyClicks(rui.max_rent_edit, "900")
    rui.must_ground_floor_check.setChecked(True)
    rui.must_shop_window_check.setChecked(True)
    district = _tree_child(_tree_child(rui.places_tree.invisibleRootItem(), "Hörde"), "Hörde")
    district.setCheckState(0, Qt.CheckState.Checked)
    press(request_dialog, QDialogButtonBox.StandardButton.Save, qtbot)
    qtbot.waitUntil(lambda: view._requests.rowCount() == 1)

    # Ranked: only the shop whose owner consented, with its sentence and visible parts.
    view._ui.requests_table.selectRow(0)
    click(view._ui.find_properties_button, qtbot)
    qtbot.waitUntil(lambda: view._request_candidates.rowCount() == 1, timeout=5_000)
    candidate = view._request_candidates.row_at(0)
    assert candidate is not None and candidate.property_label == "Hermannstraße 44, 44263"
    explanation = view._ui.request_candidate_explanation_label.text()
    assert "Passt sehr gut" in explanation and "Mietgröße" not in explanation
    assert "Anmietungs-Fonds möglich" in explanation

    # Proposed, owner contacted, viewing, lease signed.
    click(view._ui.propose_property_button, qtbot)
    view._ui.sections_tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: view._matches.rowCount() == 1, timeout=5_000)
    for stage in (MatchStage.OWNER_CONTACTED, MatchStage.VIEWING, MatchStage.LEASE_SIGNED):
        qtbot.waitUntil(lambda: view._matches.rowCount() == 1, timeout=5_000)
        view._ui.matches_table.selectRow(0)
        click(view._ui.advance_match_button, qtbot)
        step = dialog_of(view, StepDialog, qtbot)
        assert current_value(step._ui.target_combo) is stage
        press(step, QDialogButtonBox.StandardButton.Ok, qtbot)
        if stage is not MatchStage.LEASE_SIGNED:
            reached: MatchStage = stage
            qtbot.waitUntil(lambda: _first_stage(view) is reached)  # noqa: B023 - waited for at once

    # The lease: the shop is let and its 78,5 m² are counted as reactivated.
    qtbot.waitUntil(lambda: view._matches.rowCount() == 0, timeout=5_000)  # no longer in progress
    qtbot.waitUntil(lambda: "78,5" in view._ui.reactivated_label.text(), timeout=5_000)
    assert properties.get_property(shop.id).status is PropertyStatus.LET
    view._ui.sections_tabs.setCurrentIndex(4)
    qtbot.waitUntil(
        lambda: any(f.reactivated_m2 == Decimal("78.50") for f in view._map_rows.rows()), timeout=5_000
    )
    assert messages == []
