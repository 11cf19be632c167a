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


def stats_only(folder: Path, n: int = 4) -> Path:
    """The old trap: a statistic line right above the data and no other header line."""
    lines = ["Time,Smp,Smp,Smp"] + [f"{m:%Y-%m-%d %H:%M:%S},{k}.5,{k}.25,{k}" for k, m in enumerate(_moments(n))]
    return _write(folder / "smp.csv", lines)
