"""Energy reference data from ``resources/reference``: GB/T 2589 折标准煤系数 (editions 2008 and 2020), CO2
factors (grid electricity by year and region, fuel-combustion parameters, purchased heat, province → grid region)
and GB 17167 metering requirements (配备率, thresholds, accuracy classes).

Every number is a ``Decimal`` parsed from a JSON *string* exactly as printed (a JSON number is rejected, so no
float ever enters). Every row carries its REFERENCE.md label (V, V-2, D, M, I) and its source. A malformed file
raises ``ReferenceDataError`` naming the file and the key path; so does asking for an unknown edition or code.

Loaders are cached; ``clear_cache()`` drops the caches (tests, or after replacing the files).
"""

from __future__ import annotations

from desktop_app.reference import catalogues
from desktop_app.reference._energy_common import (
    CO2_FILE,
    COEFFICIENT_CATEGORIES,
    COEFFICIENT_UNITS,
    GB17167_FILE,
    GBT2589_FILE,
    GRID_REGIONS,
    NATIONAL,
    NATIONAL_EXCL_MARKET_NONFOSSIL,
    NATIONAL_FOSSIL,
)
from desktop_app.reference.co2_factors import (
    FuelCO2,
    GridFactor,
    _fuels,
    _grid_factors,
    _region_map,
    fuel_co2,
    fuels_co2,
    grid_factor,
    grid_factors,
    grid_region,
    heat_co2_default,
)
from desktop_app.reference.gb17167 import (
    AccuracyRequirement,
    Gb17167Edition,
    MeteringRate,
    MeteringReading,
    MeteringThreshold,
    _accuracy,
    _gb17167_editions,
    _rates,
    _thresholds,
    gb17167_accuracy,
    gb17167_edition,
    gb17167_edition_for,
    gb17167_editions,
    gb17167_exemptions,
    gb17167_rates,
    gb17167_thresholds,
)
from desktop_app.reference.gbt2589 import (
    Coefficient,
    ElectricityEqualValue,
    Gbt2589Edition,
    RefinerySteamClass,
    _gbt2589,
    coefficient,
    coefficients,
    electricity_equal_value,
    gbt2589_edition,
    gbt2589_edition_for,
    gbt2589_editions,
    refinery_steam_classes,
)

__all__ = [
    "CO2_FILE",
    "COEFFICIENT_CATEGORIES",
    "COEFFICIENT_UNITS",
    "GB17167_FILE",
    "GBT2589_FILE",
    "GRID_REGIONS",
    "NATIONAL",
    "NATIONAL_EXCL_MARKET_NONFOSSIL",
    "NATIONAL_FOSSIL",
    "AccuracyRequirement",
    "Coefficient",
    "ElectricityEqualValue",
    "FuelCO2",
    "Gb17167Edition",
    "Gbt2589Edition",
    "GridFactor",
    "MeteringRate",
    "MeteringReading",
    "MeteringThreshold",
    "RefinerySteamClass",
    "clear_cache",
    "coefficient",
    "coefficients",
    "electricity_equal_value",
    "fuel_co2",
    "fuels_co2",
    "gb17167_accuracy",
    "gb17167_edition",
    "gb17167_edition_for",
    "gb17167_editions",
    "gb17167_exemptions",
    "gb17167_rates",
    "gb17167_thresholds",
    "gbt2589_edition",
    "gbt2589_edition_for",
    "gbt2589_editions",
    "grid_factor",
    "grid_factors",
    "grid_region",
    "heat_co2_default",
    "refinery_steam_classes",
]


def clear_cache() -> None:
    """Forget every loaded file, here and in ``catalogues`` (the next call re-reads ``resources/reference``)."""
    catalogues.clear_cache()
    for fn in (
        _gbt2589,
        electricity_equal_value,
        refinery_steam_classes,
        _grid_factors,
        _fuels,
        heat_co2_default,
        _region_map,
        _gb17167_editions,
        _rates,
        _thresholds,
        _accuracy,
        gb17167_exemptions,
    ):
        fn.cache_clear()
