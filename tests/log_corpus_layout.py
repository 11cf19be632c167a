"""Logger files whose layout is the trap (issue 13, item 5): headers of several lines (file information, channel
names, units, how each value was taken), numbers written with their unit in the cell, and a last line cut off.
Generated here, never copied from a vendor's file.

Every generator returns (path, expected): the local times of the rows that must be imported and the values of each
channel as written (the importer's canonical unit is the written one in these files unless a test says so).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

START = datetime(2024, 3, 1, 8, 0)


def _moments(n: int, step_s: int = 60) -> list[datetime]:
    return [START + timedelta(seconds=step_s * k) for k in range(n)]


def _write(path: Path, lines: list[str], end: str = "\n", encoding: str = "utf-8") -> Path:
    path.write_bytes((end.join(lines) + end).encode(encoding))
    return path


def _climate(n: int) -> dict[str, list[float]]:
    return {"temp": [round(21.5 + 0.1 * k, 1) for k in range(n)],
            "rh": [round(45.0 - 0.2 * k, 1) for k in range(n)],
            "light": [float(300 + 5 * k) for k in range(n)]}


def hobo_four_lines(folder: Path, n: int = 12) -> tuple[Path, dict]:
    """A HOBO-style export: file information, channel names, units, the processing line ``Smp``."""
    v = _climate(n)
    lines = ["Logger: HOBO U12-013, S/N 2034567", "Date Time,Temp,RH,Light", ",°C,%RH,lx", ",Smp,Smp,Smp"]
    lines += [f"{m:%Y-%m-%d %H:%M:%S},{t:.1f},{h:.1f},{x:.0f}"
              for m, t, h, x in zip(_moments(n), v["temp"], v["rh"], v["light"], strict=True)]
    return _write(folder / "hobo_u12.csv", lines), {"moments": _moments(n), **v}


def chinese_four_lines(folder: Path, n: int = 12) -> tuple[Path, dict]:
    """A Chinese logger: “文件：…”, 时间/温度/湿度/照度, units in brackets, 瞬时值 under every channel; CRLF, GBK."""
    v = _climate(n)
    lines = ["文件：记录仪导出 温湿度照度记录仪 3# 车间东侧", "时间,温度,湿度,照度", ",(°C),(%RH),(lx)",
             ",瞬时值,瞬时值,瞬时值"]
    lines += [f"{m:%Y/%m/%d %H:%M:%S},{t:.1f},{h:.1f},{x:.0f}"
              for m, t, h, x in zip(_moments(n), v["temp"], v["rh"], v["light"], strict=True)]
    return _write(folder / "温湿度.csv", lines, "\r\n", "gbk"), {"moments": _moments(n), **v}


def avg_max_min(folder: Path, n: int = 12) -> tuple[Path, dict]:
    """One channel logged three ways (``Avg, Max, Min``) and a second one averaged: the statistic names them."""
    avg = [round(60.0 + 0.5 * k, 1) for k in range(n)]
    top = [round(a + 1.2, 1) for a in avg]
    low = [round(a - 0.9, 1) for a in avg]
    rh = [round(30.0 + 0.1 * k, 1) for k in range(n)]
    lines = ["Logger: HOBO UX100-003, S/N 20581123", "Date Time,Temp,Temp,Temp,RH", ",°F,°F,°F,%RH",
             ",Avg,Max,Min,Avg"]
    lines += [f"{m:%Y-%m-%d %H:%M:%S},{a:.1f},{b:.1f},{c:.1f},{d:.1f}"
              for m, a, b, c, d in zip(_moments(n, 300), avg, top, low, rh, strict=True)]
    return _write(folder / "hobo_stats.csv", lines), {"moments": _moments(n, 300), "avg": avg, "max": top,
                                                       "min": low, "rh": rh}


def names_then_channels(folder: Path, n: int = 6) -> tuple[Path, dict]:
    """Names, then a line of channel labels (neither names nor units), then ``Avg``: the labels are skipped."""
    p = [round(11.5 + 0.25 * k, 2) for k in range(n)]
    u = [round(230.0 + 0.5 * k, 1) for k in range(n)]
    lines = ["Time,P(kW),U(V)", "CH1,CH2,CH3", ",Avg,Avg"]
    lines += [f"{m:%Y-%m-%d %H:%M:%S},{a:.2f},{b:.1f}" for m, a, b in zip(_moments(n), p, u, strict=True)]
    return _write(folder / "channels.csv", lines), {"moments": _moments(n), "p": p, "u": u}


def stats_only(folder: Path, n: int = 4) -> Path:
    """The old trap: a statistic line right above the data and no other header line."""
    lines = ["Time,Smp,Smp,Smp"] + [f"{m:%Y-%m-%d %H:%M:%S},{k}.5,{k}.25,{k}" for k, m in enumerate(_moments(n))]
    return _write(folder / "smp.csv", lines)


def four_lines_xlsx(folder: Path, n: int = 8) -> tuple[Path, dict]:
    """The Chinese four-line header in a workbook, date cells below it."""
    import openpyxl

    v = _climate(n)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "记录"
    ws.append(["文件：记录仪导出 温湿度照度记录仪 5#"])
    ws.append(["时间", "温度", "湿度", "照度"])
    ws.append([None, "(°C)", "(%RH)", "(lx)"])
    ws.append([None, "瞬时值", "瞬时值", "瞬时值"])
    for m, t, h, x in zip(_moments(n), v["temp"], v["rh"], v["light"], strict=True):
        ws.append([m, t, h, x])
    path = folder / "温湿度.xlsx"
    wb.save(path)
    return path, {"moments": _moments(n), **v}


# --- numbers with their unit in the cell ------------------------------------------------------------------------------

BAD_UNIT_ROWS = (5, 17)  # data rows (0-based) whose cell has another unit than its column


def units_in_cells(folder: Path, n: int = 30) -> tuple[Path, dict]:
    """``27.4 °C``, ``577 ppm``, ``230.1V``, ``V 0.5`` (a unit before the number), a plain P(kW) column; one
    temperature in °F and one voltage in kV among them (those rows are bad)."""
    temp = [round(27.4 + 0.1 * k, 1) for k in range(n)]
    co2 = [float(577 + 3 * k) for k in range(n)]
    volt = [round(230.1 + 0.2 * k, 1) for k in range(n)]
    ripple = [round(0.5 + 0.01 * k, 2) for k in range(n)]
    power = [round(1.5 + 0.05 * k, 2) for k in range(n)]
    lines = ["Time,Temp,CO2,U,Ripple,P(kW)"]
    for k, m in enumerate(_moments(n)):
        t_unit = "°F" if k == BAD_UNIT_ROWS[0] else "°C"
        v_unit = "kV" if k == BAD_UNIT_ROWS[1] else "V"
        lines.append(f"{m:%Y-%m-%d %H:%M:%S},{temp[k]:.1f} {t_unit},{co2[k]:.0f} ppm,{volt[k]:.1f}{v_unit},"
                     f"mV {ripple[k]:.2f},{power[k]:.2f}")
    keep = [k for k in range(n) if k not in BAD_UNIT_ROWS]
    return _write(folder / "cells.csv", lines), {
        "moments": [_moments(n)[k] for k in keep], "temp": [temp[k] for k in keep], "co2": [co2[k] for k in keep],
        "volt": [volt[k] for k in keep], "ripple": [ripple[k] for k in keep], "power": [power[k] for k in keep],
        "lines": [lines[k + 1] for k in BAD_UNIT_ROWS]}


def _comma(x: float, digits: int) -> str:
    return f"{x:.{digits}f}".replace(".", ",")


def decimal_comma_units(folder: Path, n: int = 10, temp_header: str = "Temperatur") -> tuple[Path, dict]:
    """Semicolons, DD.MM.YYYY, ``1,5 kW`` and ``27,4 °C`` (decimal comma before the unit), cp1252."""
    power = [round(1.5 + 0.25 * k, 2) for k in range(n)]
    temp = [round(27.4 + 0.3 * k, 1) for k in range(n)]
    lines = [f"Zeit;Leistung;{temp_header}"]
    lines += [f"{m:%d.%m.%Y %H:%M:%S};{_comma(p, 2)} kW;{_comma(t, 1)} °C"
              for m, p, t in zip(_moments(n), power, temp, strict=True)]
    return _write(folder / "leistung.csv", lines, encoding="cp1252"), {"moments": _moments(n), "power": power,
                                                                       "temp": temp}


# --- a last line cut off ----------------------------------------------------------------------------------------------

def header_and_cut_line(folder: Path) -> Path:
    """A header and one data line cut off in its last cell (no line break at the end)."""
    path = folder / "cut_one.csv"
    path.write_bytes("时间,P(kW),U(V)\n2024-03-01 08:00:00,1.5".encode())
    return path


def cut_last_line(folder: Path, n: int = 2) -> tuple[Path, dict]:
    """``n`` whole rows and a last line cut inside its timestamp: one cell where the others have three (with so
    few rows that line used to make the data start unrecognisable)."""
    p = [round(1.5 + 0.1 * k, 1) for k in range(n)]
    u = [float(220 + k) for k in range(n)]
    lines = ["时间,P(kW),U(V)"] + [f"{m:%Y-%m-%d %H:%M:%S},{a:.1f},{b:.0f}" for m, a, b in zip(_moments(n), p, u,
                                                                                          strict=True)]
    cut = f"{_moments(n + 1)[-1]:%Y-%m-%d %H:%M:%S}"[:15]
    path = folder / "cut_last.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n" + cut).encode())
    return path, {"moments": _moments(n), "p": p, "u": u, "cut": cut, "line": n + 2}


def cut_inside_a_unit(folder: Path, n: int = 6) -> tuple[Path, dict]:
    """Numbers with units in the cells, the last line cut inside its last number (``50`` of ``50x ppm``)."""
    temp = [round(27.4 + 0.1 * k, 1) for k in range(n)]
    lines = ["Time,Temp,CO2"] + [f"{m:%Y-%m-%d %H:%M:%S},{t:.1f} °C,{500 + k} ppm" for k, (m, t) in
                                 enumerate(zip(_moments(n), temp, strict=True))]
    cut = f"{_moments(n + 1)[-1]:%Y-%m-%d %H:%M:%S},28.0 °C,50"
    path = folder / "cut_unit.csv"
    path.write_bytes(("\n".join(lines) + "\n" + cut).encode())
    return path, {"moments": _moments(n), "temp": temp, "cut": cut, "line": n + 2}
