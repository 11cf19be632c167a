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
