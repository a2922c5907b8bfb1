"""Imported borough boundaries: what is accepted, and the message for everything else."""

from __future__ import annotations

import json

import pytest

from dlzw_desktop.domain.borough_map import TILE_LAYOUT, Boundaries, name_key, parse_boundaries
from dlzw_desktop.errors import ValidationError
from tests.services.property_fixtures import borough_geojson

BOROUGHS = list(TILE_LAYOUT)
DISTRICTS = {"Hörde": "Hörde", "Benninghofen": "Hörde", "Nordmarkt": "Innenstadt-Nord"}


def parse(document: object) -> Boundaries:
    data = json.dumps(document).encode() if not isinstance(document, bytes) else document
    return parse_boundaries(data, name="bezirke.geojson", boroughs=BOROUGHS, district_boroughs=DISTRICTS)


def test_the_tile_map_places_twelve_boroughs_once() -> None:
    assert len(TILE_LAYOUT) == 12
    assert len(set(TILE_LAYOUT.values())) == 12
    assert TILE_LAYOUT["Mengede"] == (0, 0)  # north-west
    assert TILE_LAYOUT["Aplerbeck"][0] > TILE_LAYOUT["Innenstadt-Ost"][0]  # south-east of the centre


def test_names_are_matched_whatever_their_spelling() -> None:
    assert name_key("Stadtbezirk Innenstadt West") == name_key("INNENSTADT-WEST")
    assert name_key("Hoerde") == name_key("Hörde")
    assert name_key("Luetgendortmund") == name_key("Lütgendortmund")


def test_a_borough_file_is_gathered_by_borough() -> None:
    boundaries = parse(borough_geojson())
    assert [shape.name for shape in boundaries.shapes] == BOROUGHS
    west, south, east, north = boundaries.bounds()
    assert 7.3 < west < east < 7.7 and 51.3 < south < north < 51.7


def test_district_features_join_their_borough_and_strangers_are_listed() -> None:
    document = borough_geojson()
    extra = json.loads(json.dumps(document["features"][9]))  # Hörde's square
    extra["properties"] = {"name": "Benninghofen"}
    stranger = json.loads(json.dumps(extra))
    stranger["properties"] = {"name": "Castrop-Rauxel"}
    document["features"] += [extra, stranger]
    boundaries = parse(document)
    shapes = {s.name: s for s in boundaries.shapes}
    assert len(shapes["Hörde"].polygons) == 2
    assert boundaries.unmatched == ("Castrop-Rauxel",)


def test_multipolygons_and_holes_are_kept() -> None:
    document = borough_geojson()
    polygon = document["features"][0]["geometry"]["coordinates"]
    document["features"][0]["geometry"] = {"type": "MultiPolygon", "coordinates": [polygon, polygon]}
    assert len(parse(document).shapes[0].polygons) == 2


@pytest.mark.parametrize(
    ("document", "code"),
    [
        (b"\x89PNG\r\n\x1a\n binary", "map.not_geojson"),
        (b"{ not json", "map.not_geojson"),
        (b"[1, 2, 3]", "map.not_geojson"),
        ({"type": "FeatureCollection"}, "map.not_geojson"),
        ({"type": "FeatureCollection", "features": [{"type": "Point"}]}, "map.not_geojson"),
        ({"type": "FeatureCollection", "features": []}, "map.no_polygons"),
        (b'{"type": "FeatureCollection", "features": [], "x": NaN}', "map.not_geojson"),
        (
            {
                **borough_geojson(),
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}},
            },
            "map.wrong_crs",
        ),
        (borough_geojson(shift=(390000.0, 5700000.0)), "map.wrong_crs"),
        (borough_geojson(shift=(2.35 - 7.4, 48.85 - 51.5)), "map.not_dortmund"),
        (borough_geojson(names=BOROUGHS[:11]), "map.boroughs_missing"),
    ],
)
def test_bad_files_get_a_clear_message(document: object, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse(document)
    assert caught.value.code == code
    assert "bezirke.geojson" in str(caught.value)


def test_swapped_axes_are_named() -> None:
    document = borough_geojson()
    for feature in document["features"]:
        ring = feature["geometry"]["coordinates"][0]
        feature["geometry"]["coordinates"][0] = [[lat, lon] for lon, lat in ring]
    with pytest.raises(ValidationError) as caught:
        parse(document)
    assert caught.value.code == "map.axes_swapped"


def test_a_declared_wgs84_crs_is_accepted_and_the_missing_boroughs_are_named() -> None:
    document = {
        **borough_geojson(),
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
    }
    assert len(parse(document).shapes) == 12
    with pytest.raises(ValidationError) as caught:
        parse(borough_geojson(names=BOROUGHS[1:]))
    assert caught.value.params["missing"] == ("Mengede",)


def test_huge_content_is_refused_by_size() -> None:
    with pytest.raises(ValidationError) as caught:
        parse(b" " * (20 * 1024 * 1024 + 1))
    assert caught.value.code == "map.too_large"
