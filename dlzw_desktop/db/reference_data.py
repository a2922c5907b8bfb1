"""Load Dortmund's boroughs, districts, postcode hints and the WZ 2008 classification from
``resources/data/`` into the database. Idempotent: missing rows are inserted, changed names updated."""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select, update

from dlzw_desktop.db.base import Base, reference_id
from dlzw_desktop.db.models.reference import Borough, District, PostcodeHint, Sector
from dlzw_desktop.domain.dates import utc_now

logger = logging.getLogger(__name__)

# Attribution texts, as required by the sources (see resources/data/SOURCES.md); shown in the About dialog.
ATTRIBUTIONS = (
    "Quelle: Statistisches Bundesamt (Destatis), Klassifikation der Wirtschaftszweige, Ausgabe 2008 "
    "(WZ 2008); englische Bezeichnungen: Eurostat, NACE Rev. 2; maschinenlesbare Fassung: "
    "github.com/pludoni/wz2008 (MIT). Bearbeitet.",
    "Datengrundlage: Stadt Dortmund, Dortmunder Statistik (statistikportal.dortmund.de); Wikipedia (de), "
    "Artikel zu Dortmunder Stadtbezirken/Stadtteilen, CC BY-SA 4.0. Zusammenstellung, unvollständig.",
)


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _int(text: str) -> int | None:
    return int(text) if text.strip() else None


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


def _upsert(connection: Connection, table: Table, rows: Iterable[dict[str, Any]], keys: list[str]) -> int:
    """Insert rows whose id is missing; update ``keys`` of existing rows that differ. Returns inserts."""
    existing = {row.id: row for row in connection.execute(select(table.c.id, *[table.c[k] for k in keys]))}
    now = utc_now()
    missing = []
    for row in rows:
        current = existing.get(row["id"])
        if current is None:
            missing.append(
                {
                    **row,
                    "created_at": now,
                    "updated_at": now,
                    "created_by": "system",
                    "updated_by": "system",
                    "version": 1,
                }
            )
        elif any(getattr(current, k) != row[k] for k in keys):
            connection.execute(
                update(table)
                .where(table.c.id == row["id"])
                .values(**{k: row[k] for k in keys}, updated_at=now, version=table.c.version + 1)
            )
    if missing:
        connection.execute(insert(table), missing)
    return len(missing)


def load_reference_data(connection: Connection, data_dir: Path) -> dict[str, int]:
    """Load or refresh all reference tables; returns the number of inserted rows per table."""
    boroughs = []
    for row in _rows(data_dir / "dortmund_boroughs.csv"):
        boroughs.append(
            {
                "id": reference_id("borough", row["borough_name"]),
                "name": row["borough_name"],
                "display_order": int(row["borough_order"]),
                "population": _int(row["population"]),
                "population_date": _date(row["population_date"]),
            }
        )
    districts = []
    for row in _rows(data_dir / "dortmund_districts.csv"):
        districts.append(
            {
                "id": reference_id("district", row["district_name"]),
                "borough_id": reference_id("borough", row["borough_name"]),
                "name": row["district_name"],
                "code": row["district_code"] or None,
                "area_km2": Decimal(row["area_km2"]) if row["area_km2"] else None,
                "population": _int(row["population"]),
                "population_date": _date(row["population_date"]),
            }
        )
    district_names = {d["name"] for d in districts}
    hints = []
    for row in _rows(data_dir / "dortmund_postcodes.csv"):
        district = row["area_name"] if row["area_type"] == "stat_bezirk" else None
        if district is not None and district not in district_names:
            district = None
        key = f"{row['plz_from']}-{row['plz_to']}-{row['area_name']}"
        hints.append(
            {
                "id": reference_id("postcode", key),
                "plz_from": row["plz_from"],
                "plz_to": row["plz_to"],
                "borough_id": reference_id("borough", row["borough_name"]),
                "district_id": reference_id("district", district) if district else None,
                "source": row["source"].split(" ")[0][:40],
            }
        )
    sectors = []
    for row in _rows(data_dir / "wz2008.csv"):
        sectors.append(
            {
                "id": reference_id("sector", row["code"]),
                "code": row["code"],
                "level": row["level"],
                "section": row["section"],
                "parent_code": row["parent_code"] or None,
                "name_de": row["name_de"],
                "name_en": row["name_en"],
            }
        )
    counts = {
        "boroughs": _upsert(connection, _table(Borough), boroughs, ["name", "display_order", "population"]),
        "districts": _upsert(
            connection, _table(District), districts, ["name", "borough_id", "code", "population"]
        ),
        "postcode_hints": _upsert(
            connection, _table(PostcodeHint), hints, ["plz_from", "plz_to", "borough_id", "district_id"]
        ),
        "sectors": _upsert(connection, _table(Sector), sectors, ["name_de", "name_en", "parent_code"]),
    }
    logger.info("reference data loaded: %s", counts)
    return counts
