"""Logger files whose units are the trap: the classes of real exports that came in with wrong numbers (issue 13),
generated here with known physics so the tests can assert exact values and energy totals.

Every generator returns (path, expected) where ``expected`` holds the true values in canonical units (kW, kWh, °C …)
computed here, independently of the importer.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

START = datetime(2024, 5, 6, 0, 0)


def _stamps(n: int, step_s: int, start: datetime = START) -> list[str]:
    return [f"{start + timedelta(seconds=step_s * k):%Y-%m-%d %H:%M:%S}" for k in range(n)]


def _write(path: Path, header: str, rows: list[str]) -> Path:
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def power_in_watts(folder: Path, n: int = 240, scale: float = 1.0, header_unit: str = "") -> tuple[Path, dict]:
    """A three-phase analyser export: total power with no unit (values ~180 000, i.e. W) next to phase voltages
    (~231 V) and currents (~270 A) and the power factor. ``scale`` multiplies the power column (1000 with
    ``header_unit="mW"`` …); ``header_unit`` writes a unit into the power header."""
    rng = np.random.default_rng(1)
    u = 231.0 + rng.normal(0, 0.8, n)
    i = 270.0 + rng.normal(0, 6, n)
    pf = 0.96 + rng.normal(0, 0.005, n)
    p_w = 3 * u * i * pf
    name = "PowerP_Total_avg" + (f" ({header_unit})" if header_unit else "")
    rows = [f"{t},{p * scale:.1f},{a:.2f},{b:.2f},{c:.3f}" for t, p, a, b, c in zip(_stamps(n, 60), p_w, u, i, pf,
                                                                                      strict=True)]
    path = _write(folder / f"analyser_W_{scale:g}{header_unit}.csv",
                  f"Time,{name},Vrms_AN_avg,Irms_A_avg,PF_Total_avg", rows)
    p_kw = np.round(p_w * scale, 1) / scale / 1000
    return path, {"p_kw": p_kw, "energy_kwh": float(np.sum((p_kw[1:] + p_kw[:-1]) / 2) / 60)}


def meter_15min(folder: Path, days: int = 2) -> tuple[Path, dict]:
    """A building meter: energy per 15 min (Usage_kWh), reactive energy per interval (Q1_kVarh) and the register
    (Reading_kWh), which resets to zero once (a meter exchange)."""
    n = days * 96
    rng = np.random.default_rng(2)
    kw = 40 + 25 * ((np.arange(n) % 96 >= 32) & (np.arange(n) % 96 < 72)) + rng.normal(0, 1.5, n)
    usage = np.round(kw / 4, 2)
    kvarh = np.round(usage * 0.4, 2)
    reading = 51_200.0 + np.cumsum(usage)
    reset_at = n // 2
    reading[reset_at:] = np.cumsum(usage[reset_at:])  # the new meter starts at 0 with the interval's energy
    stamps = _stamps(n, 900, START + timedelta(minutes=15))
    rows = [f"{t},{a:.2f},{b:.2f},{c:.2f}" for t, a, b, c in zip(stamps, usage, kvarh, reading, strict=True)]
    path = _write(folder / "meter_15min.csv", "Timestamp,Usage_kWh,Q1_kVarh,Reading_kWh", rows)
    # the register's energy over the file: every interval after the first reading
    return path, {"usage_kwh": float(np.sum(usage)), "kvarh": float(np.sum(kvarh)),
                  "register_kwh": float(np.sum(usage[1:])), "kw": usage * 4}


def household(folder: Path, n: int = 600) -> tuple[Path, dict]:
    """A household smart-meter export in the UCI style: dd/mm/yyyy date and separate time, active power in kW,
    reactive in kvar, voltage, current (intensity) and three sub-meters in Wh per minute — none with a unit."""
    rng = np.random.default_rng(3)
    p_kw = np.clip(1.2 + 0.8 * np.sin(np.arange(n) / 60) + rng.normal(0, 0.1, n), 0.2, None)
    q_kvar = 0.12 + rng.normal(0, 0.01, n)
    volts = 240.0 + rng.normal(0, 1.5, n)
    amps = np.sqrt(p_kw**2 + q_kvar**2) * 1000 / volts
    sub1 = np.zeros(n)
    sub1[100:130] = 38.0  # the kitchen: on for half an hour
    sub2 = np.round(np.full(n, 1.0) + rng.integers(0, 2, n), 0)
    sub3 = np.round(p_kw * 1000 / 60 * 0.4, 0)  # water heater and air conditioner: 40 % of the total
    rows = []
    for k in range(n):
        t = datetime(2024, 5, 16) + timedelta(minutes=k)  # day 16: the day comes first
        rows.append(f"{t:%d/%m/%Y};{t:%H:%M:%S};{p_kw[k]:.3f};{q_kvar[k]:.3f};{volts[k]:.2f};{amps[k]:.1f};"
                    f"{sub1[k]:.0f};{sub2[k]:.0f};{sub3[k]:.0f}")
    header = ("Date;Time;Global_active_power;Global_reactive_power;Voltage;Global_intensity;Sub_metering_1;"
              "Sub_metering_2;Sub_metering_3")
    path = folder / "household_power_consumption.txt"
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path, {"p_kw": np.round(p_kw, 3), "sub3_kwh": float(np.sum(sub3)) / 1000}


def names_and_fahrenheit(folder: Path, n: int = 48) -> tuple[Path, dict]:
    """A building-management export: a power factor column named after the current, a wind speed, a temperature
    in °F after a comma, a CO2 concentration."""
    rng = np.random.default_rng(4)
    pf = np.round(0.91 + rng.normal(0, 0.01, n), 3)
    wind = np.round(3.0 + rng.normal(0, 0.5, n), 2)
    temp_f = np.round(68.0 + rng.normal(0, 2, n), 1)
    co2 = np.round(600 + rng.normal(0, 30, n), 0)
    rows = [f"{t},{a:.3f},{b:.2f},{c:.1f},{d:.0f}" for t, a, b, c, d in zip(_stamps(n, 300), pf, wind, temp_f, co2,
                                                                             strict=True)]
    path = _write(folder / "bms_export.csv",
                  'Time,Main_Current_Power_Factor,Wind speed (m/s),"Temp, °F",CO2 (ppm)', rows)
    return path, {"pf": pf, "wind": wind, "temp_c": (temp_f - 32) * 5 / 9, "co2": co2}


def stated_but_wrong(folder: Path, n: int = 60) -> tuple[Path, dict]:
    """A header that says kW over values in W (a vendor's mislabel): U and I prove it."""
    path, expected = power_in_watts(folder, n, header_unit="kW")
    return path, expected


def unanswerable(folder: Path, n: int = 30) -> Path:
    """A power column with no unit and nothing to check it against."""
    rows = [f"{t},{180_000 + k * 10}" for k, t in enumerate(_stamps(n, 60))]
    return _write(folder / "power_only.csv", "Time,Power", rows)


CORPUS = (power_in_watts, meter_15min, household, names_and_fahrenheit)
