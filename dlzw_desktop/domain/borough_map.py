"""Dortmund's borough map: the schematic tile layout, and validation of imported GeoJSON boundaries.

Until the user imports the city's boundary file, maps show the 12 boroughs as tiles in their rough
geographic arrangement (Mengede in the north-west, Aplerbeck in the south-east). An imported file must be
a GeoJSON FeatureCollection of Polygon/MultiPolygon features in WGS84 longitude/latitude whose features
name the boroughs (or the 62 statistical districts, which are gathered into their boroughs).
"""

from __future__ import annotations

import json
import logging
import math
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
MAX_POINTS = 2_000_000

# (column, row) of each borough on a 4 x 4 grid, north up.
TILE_LAYOUT: Mapping[str, tuple[int, int]] = {
    "Mengede": (0, 0),
    "Eving": (1, 0),
    "Scharnhorst": (2, 0),
    "Huckarde": (0, 1),
    "Innenstadt-Nord": (1, 1),
    "Innenstadt-Ost": (2, 1),
    "Brackel": (3, 1),
    "Lütgendortmund": (0, 2),
    "Innenstadt-West": (1, 2),
    "Hörde": (2, 2),
    "Aplerbeck": (3, 2),
    "Hombruch": (1, 3),
}
TILE_COLUMNS = 4
TILE_ROWS = 4

# Rough bounding box of Dortmund (WGS84) with a margin: a file elsewhere is the wrong file.
_DORTMUND_LON = (7.0, 7.9)
_DORTMUND_LAT = (51.25, 51.75)

Point: TypeAlias = tuple[float, float]
Ring: TypeAlias = tuple[Point, ...]
Polygon: TypeAlias = tuple[Ring, ...]
"""Outer ring first, then holes; points are (longitude, latitude)."""


@dataclass(frozen=True, slots=True)
class BoroughShape:
    """The polygons of one borough (several when the file holds its districts)."""

    name: str
    polygons: tuple[Polygon, ...]


@dataclass(frozen=True, slots=True)
class Boundaries:
    """Validated borough boundaries, by borough name in the order of ``TILE_LAYOUT``.

    ``unmatched`` lists the labels of features that named no borough or district (they are dropped).
    """

    shapes: tuple[BoroughShape, ...]
    unmatched: tuple[str, ...] = ()

    def bounds(self) -> tuple[float, float, float, float]:
        """(min lon, min lat, max lon, max lat) over every point."""
        lons = [p[0] for s in self.shapes for poly in s.polygons for ring in poly for p in ring]
        lats = [p[1] for s in self.shapes for poly in s.polygons for ring in poly for p in ring]
        return min(lons), min(lats), max(lons), max(lats)

    def to_geojson(self) -> dict[str, Any]:
        """One MultiPolygon feature per borough, ``properties.borough`` = its name (what is stored)."""
        return {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"borough": shape.name},
                    "geometry": {
                        "type": "MultiPolygon",
                        "coordinates": [
                            [[list(point) for point in ring] for ring in polygon]
                            for polygon in shape.polygons
                        ],
                    },
                }
                for shape in self.shapes
            ],
        }


def name_key(text: str) -> str:
    """A spelling-tolerant key: "Innenstadt West", "INNENSTADT-WEST" and "Stadtbezirk Innenstadt-West"
    agree, and so do "Hörde" and "Hoerde"."""
    folded = text.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch) and ch.isalnum()
    )
    return folded.removeprefix("stadtbezirk")


def _not_geojson(name: str, detail: str) -> ValidationError:
    return ValidationError(
        "map.not_geojson",
        "The file {name} is not a GeoJSON file ({detail}). Choose the borough boundaries as GeoJSON "
        "(.geojson or .json), as published on the city's open data portal.",
        field="file",
        name=name,
        detail=detail,
    )


def _wrong_crs(name: str, example: str) -> ValidationError:
    return ValidationError(
        "map.wrong_crs",
        "The coordinates in {name} are not WGS84 longitude/latitude (found {example}; these look like "
        "projected metres, e.g. ETRS89/UTM 32N). Download or export the file in WGS84 (EPSG:4326) and "
        "import it again.",
        field="file",
        name=name,
        example=example,
    )


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


class _Counter:
    """Counts points across the file so that a huge geometry is refused early."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.points = 0

    def add(self, count: int) -> None:
        self.points += count
        if self.points > MAX_POINTS:
            raise ValidationError(
                "map.too_many_points",
                "The file {name} has more than {limit} boundary points. Choose a simplified (generalised) "
                "version of the borough boundaries.",
                field="file",
                name=self.name,
                limit=MAX_POINTS,
            )


def _ring(raw: object, name: str, counter: _Counter) -> Ring:
    if not isinstance(raw, list) or len(raw) < 4:
        raise _not_geojson(name, "a polygon ring needs at least four positions")
    counter.add(len(raw))
    points: list[Point] = []
    for position in raw:
        if (
            not isinstance(position, list)
            or len(position) < 2
            or not all(_is_number(v) for v in position[:2])
        ):
            raise _not_geojson(name, "a position is not a pair of numbers")
        lon, lat = float(position[0]), float(position[1])
        if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
            raise _wrong_crs(name, f"{position[0]}, {position[1]}")
        points.append((lon, lat))
    return tuple(points)


def _polygons(geometry: object, name: str, counter: _Counter) -> tuple[Polygon, ...]:
    if not isinstance(geometry, dict):
        return ()
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if kind == "Polygon":
        rings = coordinates if isinstance(coordinates, list) and coordinates else None
        if rings is None:
            raise _not_geojson(name, "a Polygon without coordinates")
        return (tuple(_ring(ring, name, counter) for ring in rings),)
    if kind == "MultiPolygon":
        if not isinstance(coordinates, list) or not coordinates:
            raise _not_geojson(name, "a MultiPolygon without coordinates")
        result = []
        for polygon in coordinates:
            if not isinstance(polygon, list) or not polygon:
                raise _not_geojson(name, "an empty polygon")
            result.append(tuple(_ring(ring, name, counter) for ring in polygon))
        return tuple(result)
    return ()


def _check_crs(document: Mapping[str, Any], name: str) -> None:
    """A declared CRS other than WGS84 (old GeoJSON 2008 files carry one) is refused by name."""
    crs = document.get("crs")
    if not isinstance(crs, dict):
        return
    properties = crs.get("properties")
    declared = str(properties.get("name", "")) if isinstance(properties, dict) else ""
    if declared and not re.search(r"(CRS84|EPSG::?4326|WGS ?84)$", declared, flags=re.IGNORECASE):
        raise _wrong_crs(name, declared)


def _labels(properties: object) -> Iterator[str]:
    """The feature's text properties, name-like keys first."""
    if not isinstance(properties, dict):
        return
    items = [(str(k), v) for k, v in properties.items() if isinstance(v, str) and v.strip()]
    items.sort(key=lambda kv: 0 if re.search(r"name|bez|bezirk", kv[0], re.IGNORECASE) else 1)
    for _, value in items:
        yield value


def parse_boundaries(
    data: bytes,
    *,
    name: str,
    boroughs: Sequence[str],
    district_boroughs: Mapping[str, str],
) -> Boundaries:
    """Validate a GeoJSON file and gather its polygons by borough.

    ``boroughs`` are the 12 borough names; ``district_boroughs`` maps each statistical district's name to
    its borough. Raises ``ValidationError`` with a message that says what is wrong and what to do:
    ``map.too_large``, ``map.not_geojson``, ``map.wrong_crs``, ``map.not_dortmund``, ``map.too_many_points``,
    ``map.no_polygons``, ``map.boroughs_missing``.
    """
    if len(data) > MAX_BYTES:
        raise ValidationError(
            "map.too_large",
            "The file {name} is {size} MB large; at most 20 MB are accepted. Choose the (simplified) "
            "boundaries of the 12 boroughs, not a detailed map.",
            field="file",
            name=name,
            size=round(len(data) / 2**20, 1),
        )
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except UnicodeDecodeError:
        raise _not_geojson(name, "it is not text") from None
    except (ValueError, RecursionError) as exc:
        raise _not_geojson(name, f"not valid JSON: {str(exc)[:80]}") from None
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        kind = document.get("type") if isinstance(document, dict) else type(document).__name__
        raise _not_geojson(name, f"expected a FeatureCollection, found {kind!s:.40}")
    features = document.get("features")
    if not isinstance(features, list):
        raise _not_geojson(name, "the FeatureCollection has no list of features")
    _check_crs(document, name)
    by_key = {name_key(b): b for b in boroughs}
    district_key = {name_key(d): b for d, b in district_boroughs.items()}
    counter = _Counter(name)
    gathered: dict[str, list[Polygon]] = {}
    unmatched: list[str] = []
    everything: list[Polygon] = []
    for index, feature in enumerate(features):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise _not_geojson(name, f"entry {index + 1} is not a Feature")
        polygons = _polygons(feature.get("geometry"), name, counter)
        if not polygons:
            continue
        everything.extend(polygons)
        labels = list(_labels(feature.get("properties")))
        borough = next((by_key[name_key(t)] for t in labels if name_key(t) in by_key), None)
        if borough is None:
            borough = next((district_key[name_key(t)] for t in labels if name_key(t) in district_key), None)
        if borough is None:
            unmatched.append(labels[0] if labels else f"#{index + 1}")
            continue
        gathered.setdefault(borough, []).extend(polygons)
    if not everything:
        raise ValidationError(
            "map.no_polygons",
            "The file {name} holds no areas (Polygon or MultiPolygon features). Choose the file with the "
            "borough boundaries.",
            field="file",
            name=name,
        )
    _check_location(everything, name)
    missing = tuple(b for b in boroughs if b not in gathered)
    if missing:
        raise ValidationError(
            "map.boroughs_missing",
            "The file {name} does not name these boroughs: {missing}. Choose the file with all 12 "
            "Dortmund boroughs (or all 62 statistical districts), with their names as a property.",
            field="file",
            name=name,
            missing=missing,
        )
    ordered = sorted(gathered, key=lambda b: list(TILE_LAYOUT).index(b) if b in TILE_LAYOUT else 99)
    shapes = tuple(BoroughShape(b, tuple(gathered[b])) for b in ordered)
    logger.info("borough boundaries validated: %d boroughs, %d points", len(shapes), counter.points)
    return Boundaries(shapes, tuple(unmatched))


def _refuse_constant(text: str) -> float:
    raise ValueError(f"{text} is not a number GeoJSON allows")


def _check_location(polygons: Sequence[Polygon], name: str) -> None:
    lons = [p[0] for poly in polygons for ring in poly for p in ring]
    lats = [p[1] for poly in polygons for ring in poly for p in ring]
    lon, lat = sum(lons) / len(lons), sum(lats) / len(lats)
    if _DORTMUND_LON[0] <= lon <= _DORTMUND_LON[1] and _DORTMUND_LAT[0] <= lat <= _DORTMUND_LAT[1]:
        return
    if _DORTMUND_LON[0] <= lat <= _DORTMUND_LON[1] and _DORTMUND_LAT[0] <= lon <= _DORTMUND_LAT[1]:
        raise ValidationError(
            "map.axes_swapped",
            "In {name} latitude and longitude are swapped. GeoJSON needs longitude first; export the file "
            "again in WGS84 (EPSG:4326) with the axis order longitude, latitude.",
            field="file",
            name=name,
        )
    raise ValidationError(
        "map.not_dortmund",
        "The areas in {name} do not lie in Dortmund (their centre is at {lon}, {lat}). Choose the boundary "
        "file of Dortmund's boroughs.",
        field="file",
        name=name,
        lon=round(lon, 3),
        lat=round(lat, 3),
    )
