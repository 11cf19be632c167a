"""The demo plant's logger data: a week of 1-minute readings of the 10 kV main feeder and the kiln-hood exhaust
fan from a Chinese power analyser (GBK CSV, Chinese headers, a preamble and a unit row), and the compressor's
30-second log from a foreign logger (UTF-8 with BOM, English headers), imported together and aligned to 1 min.

The series are synthetic but shaped like the real thing (deterministic seed): cement grinding runs in the valley
tariff hours (23:00–07:00), so the feeder peaks at night; the kiln fan runs flat; the compressor cycles between
load and unload with the pressure swinging between its set points. One day is excluded (kiln maintenance stop),
and a few spot readings are typed in by hand.
"""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

from desktop_app.importers.logs import LogOptions
from desktop_app.operations import equipment, measurements, spot_measurements
from desktop_app.storage.casefile import CaseFile

START = datetime(2026, 3, 9)  # Monday, local time (Asia/Shanghai)
DAYS = 7
MAINTENANCE_DAY = "2026-03-11"  # kiln stop 08:00–14:00


def _feeder_file(folder: Path, rng: np.random.Generator) -> Path:
    n = DAYS * 1440
    minutes = np.arange(n)
    hour = (minutes % 1440) / 60
    valley = ((hour >= 23) | (hour < 7)).astype(float)
    weekend = (minutes // 1440 >= 5).astype(float)  # Sat/Sun: no packing or dispatch on the day shift
    day_shift = ((hour >= 8) & (hour < 18)).astype(float)
    p = (11_800 + 2_400 * valley + 500 * np.sin(hour / 24 * 2 * np.pi) - 900 * weekend * day_shift
         + rng.normal(0, 180, n))
    stop = (minutes >= 2 * 1440 + 8 * 60) & (minutes < 2 * 1440 + 14 * 60)
    p[stop] -= 5_200
    q = p * 0.33 + rng.normal(0, 60, n)
    pf = p / np.sqrt(p**2 + q**2)
    u = 10_350 + rng.normal(0, 25, n)
    i = np.sqrt(p**2 + q**2) / (np.sqrt(3) * u / 1000)
    fan_p = 298 + rng.normal(0, 6, n)
    fan_p[stop] = 0.0
    fan_i = np.where(fan_p > 0, fan_p / (np.sqrt(3) * 0.38 * 0.86), 0.0)
    lines = ["电能质量分析仪数据导出", "仪器型号：PQA-3000　序列号：20251108", "测点：10kV 总进线及窑头排风机",
             "时间,P总,Q总,Uab,Ia,功率因数,窑头排风机P,窑头排风机I", ",kW,kvar,V,A,,kW,A"]
    for k in range(n):
        t = START + timedelta(minutes=int(k))
        lines.append(f"{t:%Y-%m-%d %H:%M:%S},{p[k]:.1f},{q[k]:.1f},{u[k]:.1f},{i[k]:.2f},{pf[k]:.3f},"
                     f"{fan_p[k]:.1f},{fan_i[k]:.1f}")
    lines[200] = lines[200].split(",")[0] + ",通讯中断,,,,,,"  # one unreadable logger row, reported on import
    path = folder / "10kV总进线_窑头排风机_20260309.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    return path


def _compressor_file(folder: Path, rng: np.random.Generator) -> Path:
    n = DAYS * 2880
    loaded = np.zeros(n, dtype=bool)
    pressure = np.empty(n)
    level, state = 0.70, True
    for k in range(n):  # load until 0.75 MPa, unload down to 0.65 MPa
        level += 0.006 if state else -0.004
        if level >= 0.75:
            state = False
        elif level <= 0.65:
            state = True
        loaded[k], pressure[k] = state, level
    power = np.where(loaded, 36.5, 11.8) + rng.normal(0, 0.4, n)  # kW
    pf = np.where(loaded, 0.86, 0.42)
    volts = 231.0 + rng.normal(0, 1.2, n)
    amps = power * 1000 / (3 * volts * pf)
    # the compressor's own logger writes no units: power in W (checked on import against 3·U·I·PF and stored as
    # kW), pressure in MPa (given by the engineer on import, since the magnitude alone cannot tell MPa from bar)
    lines = ["Time,PowerP_Total_avg,Vrms_AN_avg,Irms_A_avg,Pressure_avg"]
    for k in range(n):
        t = START + timedelta(seconds=30 * k)
        lines.append(f"{t:%Y-%m-%d %H:%M:%S},{power[k] * 1000:.0f},{volts[k]:.1f},{amps[k]:.1f},{pressure[k]:.3f}")
    path = folder / "C01_compressor_log.csv"
    path.write_bytes(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
    return path


def _meter_file(folder: Path, rng: np.random.Generator) -> Path:
    """The plant's electricity meter for the compressor room, exported every 15 min: the register reading
    (cumulative kWh) and the energy of each interval, as building and utility meters write them."""
    n = DAYS * 96
    hour = (np.arange(n) % 96) / 4
    kw = 52.0 + 18.0 * ((hour >= 8) & (hour < 20)) + rng.normal(0, 2.0, n)
    usage = np.round(kw * 0.25, 2)
    reading = 286_410.0 + np.cumsum(usage)
    lines = ["Meter: 空压站配电柜电能表 AM-07", "Interval: 15 min", "Timestamp,Meter_Reading_kWh,Usage_kWh"]
    for k in range(n):
        t = START + timedelta(minutes=15 * (k + 1))
        lines.append(f"{t:%Y-%m-%d %H:%M},{reading[k]:.2f},{usage[k]:.2f}")
    path = folder / "AM-07_空压站电能表_15min.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return path


SPOTS = [
    ("M-02", {"label": "窑尾排风机电机电流（钳形表）", "value": "452", "unit": "A", "taken_at": "2026-03-17 10:20",
              "instrument": "Fluke 376 FC"}),
    ("F-01", {"label": "窑头排风机出口烟气含氧量", "value": "11.8", "unit": "%", "taken_at": "2026-03-17 14:05",
              "instrument": "testo 350"}),
    ("B-01", {"label": "采暖锅炉排烟温度", "value": "148", "unit": "℃", "taken_at": "2026-03-18 09:30",
              "instrument": "testo 350"}),
    ("C-01", {"label": "空压站停产泄漏测试 加载时间", "value": "41", "unit": "s", "taken_at": "2026-03-15 13:00",
              "note": "周日停产，加载 41 s / 卸载 79 s"}),
]


def add_measurements(case: CaseFile) -> None:
    rng = np.random.default_rng(20260309)
    with tempfile.TemporaryDirectory(prefix="jnzd-demo-") as tmp:
        folder = Path(tmp)
        files = [_feeder_file(folder, rng), _compressor_file(folder, rng)]
        _changes, dataset_id, _prepared = measurements.import_logs(
            case, files, [None, LogOptions(units=(("Pressure_avg", "MPa"),))], resample_ms=60_000,
            label="总进线、窑头排风机与 1# 空压机 一周记录（1 min）",
            instrument="PQA-3000 电能质量分析仪；空压机自带记录仪")
        _changes, meter_id, _prepared = measurements.import_logs(
            case, [_meter_file(folder, rng)], label="空压站电能表 AM-07 一周（15 min）", instrument="AM-07 电能表")
    tags = {str(v.row.get("tag")): v.id for v in equipment.register(case)}
    links = {"窑头排风机": "F-01", "PowerP": "C-01", "Vrms": "C-01", "Irms": "C-01", "Pressure": "C-01",
             "Meter_Reading": "C-01", "Usage": "C-01"}
    for ch in measurements.channels(case, dataset_id) + measurements.channels(case, meter_id):
        tag = next((t for key, t in links.items() if key in str(ch["column_name"])), None)
        if tag:
            measurements.update_channel(case, ch["id"], {"equipment_id": tags[tag]})
    spot_measurements.set_day_type(case, MAINTENANCE_DAY, "排除")
    stop = datetime(2026, 3, 11, 8, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    spot_measurements.add_annotation(case, dataset_id, int(stop.timestamp() * 1000), "窑系统计划检修停机 08:00–14:00")
    for tag, values in SPOTS:
        spot_measurements.add_spot(case, {**values, "equipment_id": str(tags[tag])})

