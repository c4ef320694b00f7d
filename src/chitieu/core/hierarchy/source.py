"""Read the real units from the data files of the PyPI package ``vietnamadminunits`` (MIT, pinned 1.0.4).

Only the data files are read (``dataset.db`` and ``converter_2025.json``); the package's Python modules are
never imported, because its converter calls an online geocoder. The package is located with
``importlib.util.find_spec``, which finds a top-level package without executing it.

The converter names units by concatenated ASCII keys (``"tinhquangninh_huyenhaiha_xaquangminh"``), so
besides the units this module returns indexes from those keys to unit identities, for the lineage join.
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chitieu.core.hierarchy.model import E2025, LEGACY, Edition, HierarchyError, Level, Unit, UnitKey
from chitieu.core.hierarchy.names import ascii_fold, english_name, split_kind

PACKAGE = "vietnamadminunits"
PACKAGE_VERSION = "1.0.4"


class SourceError(HierarchyError):
    """The package's data files are missing or not shaped as expected."""


@dataclass(frozen=True, slots=True)
class SourceData:
    """Everything read from the package: units of both editions, converter tables, and key indexes."""

    units: tuple[Unit, ...]
    legacy_index: dict[str, UnitKey]  # "prov", "prov_dist_" (island district), "prov_dist_ward"
    new_index: dict[str, UnitKey]  # "prov", "prov_ward"
    converter: dict[str, Any]
    # Rows whose type column disagrees with the type word of the name; the name wins (see the docs).
    kind_conflicts: tuple[tuple[str, str, str], ...]  # (code, name, type column)


def package_data_dir() -> Path:
    """The ``data`` folder of the installed ``vietnamadminunits`` package (without importing it)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SourceError(f"the package {PACKAGE}=={PACKAGE_VERSION} is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def read_source(data_dir: Path | None = None) -> SourceData:
    """Read both editions and the converter tables from ``data_dir`` (default: the installed package)."""
    data_dir = data_dir or package_data_dir()
    db_path, converter_path = data_dir / "dataset.db", data_dir / "converter_2025.json"
    for path in (db_path, converter_path):
        if not path.is_file():
            raise SourceError(f"missing data file {path}")
    conflicts: list[tuple[str, str, str]] = []
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        db.row_factory = sqlite3.Row
        legacy_units, legacy_index = _read_legacy(db.execute("SELECT * FROM admin_units_legacy"), conflicts)
        new_units, new_index = _read_new(db.execute("SELECT * FROM admin_units"), conflicts)
    converter = json.loads(converter_path.read_text(encoding="utf-8"))
    return SourceData(
        units=tuple(legacy_units + new_units),
        legacy_index=legacy_index,
        new_index=new_index,
        converter=converter,
        kind_conflicts=tuple(conflicts),
    )


def _read_legacy(
    rows: Iterator[sqlite3.Row], conflicts: list[tuple[str, str, str]]
) -> tuple[list[Unit], dict[str, UnitKey]]:
    units: dict[str, Unit] = {}
    index: dict[str, UnitKey] = {}
    for row in rows:
        province = _unit_once(units, row, "province", Level.PROVINCE, None, LEGACY)
        district = _unit_once(units, row, "district", Level.DISTRICT, province.code, LEGACY)
        index[row["provinceKey"]] = province.key
        if row["wardCode"] is None:
            # An island district without communes; the converter writes it with an empty commune key.
            index[f"{row['provinceKey']}_{row['districtKey']}_"] = district.key
            continue
        commune = _unit_once(units, row, "ward", Level.COMMUNE, district.code, LEGACY)
        _check_kind(commune, row["wardType"], conflicts)
        index[f"{row['provinceKey']}_{row['districtKey']}_{row['wardKey']}"] = commune.key
    return list(units.values()), index


def _read_new(
    rows: Iterator[sqlite3.Row], conflicts: list[tuple[str, str, str]]
) -> tuple[list[Unit], dict[str, UnitKey]]:
    units: dict[str, Unit] = {}
    index: dict[str, UnitKey] = {}
    for row in rows:
        province = _unit_once(units, row, "province", Level.PROVINCE, None, E2025)
        commune = _unit_once(units, row, "ward", Level.COMMUNE, province.code, E2025)
        _check_kind(commune, row["wardType"], conflicts)
        index[row["provinceKey"]] = province.key
        index[f"{row['provinceKey']}_{row['wardKey']}"] = commune.key
    return list(units.values()), index


def _check_kind(unit: Unit, type_column: str, conflicts: list[tuple[str, str, str]]) -> None:
    if unit.kind != type_column:
        conflicts.append((unit.code, unit.name, type_column))


def _unit_once(
    units: dict[str, Unit], row: sqlite3.Row, prefix: str, level: Level, parent: str | None, edition: Edition
) -> Unit:
    """The unit described by the ``prefix*`` columns of ``row``, built the first time its code is seen."""
    code = row[f"{prefix}Code"]
    # Codes are unique within a level of one edition (2, 3 and 5 digits); the level keeps that explicit.
    slot = f"{level}:{code}"
    if slot not in units:
        units[slot] = _make_unit(row, prefix, level, parent, edition)
    return units[slot]


def _make_unit(row: sqlite3.Row, prefix: str, level: Level, parent: str | None, edition: Edition) -> Unit:
    # The name is authoritative for the type word: the short-name column sometimes carries a
    # disambiguating suffix ("Yên Viên (Xã)") and the type column disagrees with the name in seven rows.
    kind, short = split_kind(row[prefix])
    keys = row.keys()
    return Unit(
        code=row[f"{prefix}Code"],
        level=level,
        kind=kind,
        name=f"{kind} {short}",
        short_name=short,
        ascii_name=ascii_fold(short),
        name_en=english_name(level, kind, short),
        parent_code=parent,
        edition=edition.name,
        valid_from=edition.valid_from,
        valid_to=edition.valid_to,
        lat=row[f"{prefix}Lat"],
        lon=row[f"{prefix}Lon"],
        area_km2=row[f"{prefix}AreaKm2"] if f"{prefix}AreaKm2" in keys else None,
        aliases=_aliases(row[f"{prefix}Keywords"]),
    )


def _aliases(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    try:
        return tuple(json.loads(raw))
    except json.JSONDecodeError as exc:
        raise SourceError(f"unreadable keyword list {raw!r}: {exc}") from None
