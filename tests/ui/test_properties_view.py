"""The Immobilien section on a temporary database: names, models, filters, bad input and the map."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dlzw_desktop.db.base import reference_id
from dlzw_desktop.services.property_rows import DemandEntryDraft
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.matching_settings_dialog import MatchingSettingsDialog
from dlzw_desktop.ui.owner_dialog import OwnerDialog
from dlzw_desktop.ui.property_dialog import PropertyDialog
from dlzw_desktop.ui.property_inputs import select_data
from dlzw_desktop.ui.property_photos_dialog import PropertyPhotosDialog
from dlzw_desktop.ui.space_request_dialog import SpaceRequestDialog
from dlzw_desktop.ui.step_dialog import StepDialog
from dlzw_desktop.ui.workers import wait_for_all
from tests.services.property_fixtures import (
    BAKERY_SHOP,
    HOERDE,
    NORDMARKT,
    add_request,
    add_unit,
    borough_geojson,
    founder,
    owner,
    png_photo,
    write_json,
)
from tests.ui.accessibility import unnamed_controls
from tests.ui.property_gui import click, dialog_of, messages, open_view, window

__all__ = ["messages", "window"]  # fixtures


def test_every_control_of_the_section_and_its_dialogs_is_named(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    services = window.services
    assert services is not None
    unit = add_unit(services, owner(services))
    add_request(services, founder(services))
    view = open_view(window, qtbot)
    for index in range(view._ui.sections_tabs.count()):
        view._ui.sections_tabs.setCurrentIndex(index)
        assert not unnamed_controls(view), unnamed_controls(view)
    qtbot.waitUntil(lambda: view._properties.rowCount() == 1)
    view._ui.sections_tabs.setCurrentIndex(0)
    view._ui.properties_table.selectRow(0)
    click(view._ui.new_property_button, qtbot)
    property_dialog = dialog_of(view, PropertyDialog, qtbot)
    click(property_dialog._ui.new_owner_button, qtbot)
    owner_dialog = dialog_of(property_dialog, OwnerDialog, qtbot)
    for dialog in (property_dialog, owner_dialog):
        assert not unnamed_controls(dialog), unnamed_controls(dialog)
    owner_dialog.reject()
    property_dialog.reject()
    click(view._ui.new_request_button, qtbot)
    request_dialog = dialog_of(view, SpaceRequestDialog, qtbot)
    assert not unnamed_controls(request_dialog)
    request_dialog.reject()
    click(view._ui.status_button, qtbot)
    step = dialog_of(view, StepDialog, qtbot)
    assert not unnamed_controls(step)
    step.reject()
    click(view._ui.photos_button, qtbot)
    photos = dialog_of(view, PropertyPhotosDialog, qtbot)
    photos.add_photo(png_photo(tmp_path / "laden.png"))
    qtbot.waitUntil(lambda: photos._ui.photos_list.count() == 1, timeout=5_000)
    assert not unnamed_controls(photos)
    photos.reject()
    click(view._ui.settings_button, qtbot)
    settings = dialog_of(view, MatchingSettingsDialog, qtbot)
    qtbot.waitUntil(settings.isEnabled)
    assert not unnamed_controls(settings)
    settings.reject()
    assert services.properties.get_property(unit.id).photo_count == 1
    wait_for_all()


def test_the_table_models_are_sound(window: MainWindow, qtbot: QtBot) -> None:
    services = window.services
    assert services is not None
    unit = add_unit(services, owner(services))
    request = add_request(services, founder(services))
    services.properties.propose(request.id, unit.id)
    services.properties.add_demand_entry(
        DemandEntryDraft(sector_id=BAKERY_SHOP, weight=Decimal(4), district_id=HOERDE)
    )
    view = open_view(window, qtbot)
    qtbot.waitUntil(lambda: view._requests.rowCount() == 1)
    view._ui.requests_table.selectRow(0)
    click(view._ui.find_properties_button, qtbot)
    qtbot.waitUntil(lambda: view._request_candidates.rowCount() == 1)
    select_data(view._ui.demand_area_combo, f"district:{HOERDE}")
    qtbot.waitUntil(lambda: view._demand.rowCount() == 1)
    for model in (
        view._properties,
        view._requests,
        view._matches,
        view._request_candidates,
        view._property_candidates,
        view._demand,
        view._map_rows,
    ):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    area_column = 3
    assert view._properties.headerData(area_column, Qt.Orientation.Horizontal) == "Fläche"
    index = view._properties.index(0, area_column)
    assert index.data() == "85\u00a0m²"
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)


def test_bad_input_is_refused_with_a_message_and_the_dialog_stays(
    window: MainWindow, qtbot: QtBot, messages: list[str]
) -> None:
    view = open_view(window, qtbot)
    click(view._ui.new_property_button, qtbot)
    dialog = dialog_of(view, PropertyDialog, qtbot)
    ui = dialog._ui
    qtbot.keyClicks(ui.street_edit, "Testweg 1")
    qtbot.keyClicks(ui.area_edit, "-85")
    qtbot.keyClicks(ui.cold_rent_edit, "500")
    ui.uses_list.item(0).setCheckState(Qt.CheckState.Checked)
    click(ui.button_box.button(QDialogButtonBox.StandardButton.Save), qtbot)
    assert len(messages) == 1 and "-85" in messages[0]
    assert dialog.isVisible() and dialog.focusWidget() == ui.area_edit
    ui.area_edit.setText("85")
    ui.cold_rent_edit.setText("850.000,00")
    click(ui.button_box.button(QDialogButtonBox.StandardButton.Save), qtbot)
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=5_000)
    assert "850.000" in messages[1].replace("850000", "850.000") and dialog.isVisible()
    assert dialog.focusWidget() == ui.cold_rent_edit
    assert window.services is not None and window.services.properties.properties() == []
    dialog.reject()


def test_a_property_without_consent_is_never_offered_in_the_gui(window: MainWindow, qtbot: QtBot) -> None:
    services = window.services
    assert services is not None
    add_unit(services, None, street="Ohne Zustimmung 7")
    add_request(services, founder(services))
    view = open_view(window, qtbot)
    qtbot.waitUntil(lambda: view._properties.rowCount() == 1)
    view._ui.properties_table.selectRow(0)
    assert not view._ui.expose_button.isEnabled()
    click(view._ui.find_requests_button, qtbot)
    qtbot.waitUntil(lambda: "Ohne Zustimmung 7" in view._ui.property_candidates_label.text(), timeout=5_000)
    wait_for_all()
    assert view._property_candidates.rowCount() == 0
    view._ui.sections_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view._requests.rowCount() == 1)
    view._ui.requests_table.selectRow(0)
    click(view._ui.find_properties_button, qtbot)
    qtbot.waitUntil(lambda: not view._ui.request_candidates_label.text().endswith("…"), timeout=5_000)
    wait_for_all()
    assert view._request_candidates.rowCount() == 0
    assert not view._ui.propose_property_button.isEnabled()


def test_clicking_a_borough_on_the_map_filters_the_lists(window: MainWindow, qtbot: QtBot) -> None:
    services = window.services
    assert services is not None
    landlord = owner(services)
    add_unit(services, landlord)
    add_unit(services, landlord, street="Münsterstraße 50", postcode="44145", district_id=NORDMARKT)
    add_request(services, founder(services))
    view = open_view(window, qtbot)
    qtbot.waitUntil(lambda: view._properties.rowCount() == 2)
    view._ui.sections_tabs.setCurrentIndex(4)
    qtbot.waitUntil(lambda: view._map_rows.rowCount() == 12)
    borough_map = view._ui.borough_map
    assert not borough_map.uses_outlines()
    centre = borough_map.centre_of("Hörde")
    qtbot.mouseClick(borough_map, Qt.MouseButton.LeftButton, pos=QPoint(round(centre.x()), round(centre.y())))
    assert borough_map.selected() == reference_id("borough", "Hörde")
    qtbot.waitUntil(lambda: view._properties.rowCount() == 1)
    wait_for_all()
    assert view._properties.row_at(0).street == "Hörder Bahnhofstraße 12"  # type: ignore[union-attr]
    assert view._requests.rowCount() == 1  # the request prefers the district Hörde
    assert view._ui.borough_filter_combo.currentText() == "Hörde"
    assert view._ui.filter_hint_label.isVisibleTo(view)
    # The keyboard reaches the map too: Esc clears the borough filter.
    borough_map.setFocus()
    qtbot.keyClick(borough_map, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view._properties.rowCount() == 2)
    assert view._ui.borough_filter_combo.currentIndex() == 0


def test_boundaries_are_imported_and_bad_files_get_a_clear_message(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    view = open_view(window, qtbot)
    view._ui.sections_tabs.setCurrentIndex(4)
    not_geojson = tmp_path / "bezirke.csv"
    not_geojson.write_text("Bezirk;Leerstand\nHörde;3\n", encoding="utf-8")
    view.import_boundaries(not_geojson)
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=5_000)
    assert "bezirke.csv" in messages[0]
    projected = write_json(tmp_path / "utm.geojson", borough_geojson(shift=(390000.0, 5700000.0)))
    view.import_boundaries(projected)
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=5_000)
    assert "utm.geojson" in messages[1] and "4326" in messages[1]
    assert not view._ui.borough_map.uses_outlines()
    good = write_json(tmp_path / "bezirke.geojson", borough_geojson())
    view.import_boundaries(good)
    qtbot.waitUntil(view._ui.borough_map.uses_outlines, timeout=5_000)
    assert view._ui.remove_map_button.isEnabled()
    assert (
        json.loads((tmp_path / "maps" / "boroughs.geojson").read_text(encoding="utf-8"))["type"]
        == "FeatureCollection"
    )
    click(view._ui.remove_map_button, qtbot)
    qtbot.waitUntil(lambda: not view._ui.borough_map.uses_outlines(), timeout=5_000)
