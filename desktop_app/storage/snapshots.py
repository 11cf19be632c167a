"""Snapshots of a case file, made with SQLite's backup API (never an OS copy of a live file).

They live outside the case, in the per-user data folder (``JNZD_DATA_DIR`` overrides it), one folder per case
UUID, so the case file itself stays one small self-contained document. Each snapshot is written to a temporary
name, checked with ``quick_check`` and then renamed into place, so a listed snapshot is always a valid case.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.storage import tempfiles

REASONS = ("open", "periodic", "before-bulk", "before-migrate", "before-restore", "close", "manual")
_TS = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken_utc: datetime
    reason: str
    head: str  # first 12 hex characters of the journal head hash at the time

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def data_dir() -> Path:
    env = os.environ.get("JNZD_DATA_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":  # pragma: no cover
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "JNZD"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "jnzd"


def snapshot_dir(case_uuid: str) -> Path:
    return data_dir() / "snapshots" / case_uuid


def take(conn: sqlite3.Connection, case_uuid: str, reason: str, head: str) -> Snapshot:
    """Back ``conn`` up into a new snapshot. Raises sqlite3.Error / OSError (the caller maps them)."""
    if reason not in REASONS:
        raise ValueError(reason)
    folder = snapshot_dir(case_uuid)
    folder.mkdir(parents=True, exist_ok=True)
    tempfiles.sweep(folder)  # a killed run's half-written snapshot
    now = datetime.now(UTC)
    final = folder / f"{now.strftime(_TS)}-{reason}-{head[:12]}.jnzd"
    tmp = final.with_suffix(".tmp")
    try:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            ok = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if ok != "ok":
            raise sqlite3.DatabaseError(f"snapshot quick_check: {ok}")
        os.replace(tmp, final)
    except BaseException:  # a full or read-only data folder: no half snapshot left behind
        tempfiles.discard(tmp)
        raise
    return Snapshot(final, now, reason, head[:12])


def parse(path: Path) -> Snapshot | None:
    parts = path.stem.split("-", 2)
    if path.suffix != ".jnzd" or len(parts) < 2:
        return None
    stamp, rest = parts[0], "-".join(parts[1:])
    try:
        taken = datetime.strptime(stamp, _TS).replace(tzinfo=UTC)
    except ValueError:
        return None
    reason, _, head = rest.rpartition("-")
    if reason not in REASONS:
        return None
    return Snapshot(path, taken, reason, head)


def list_snapshots(case_uuid: str) -> list[Snapshot]:
    """Newest first."""
    folder = snapshot_dir(case_uuid)
    if not folder.is_dir():
        return []
    found = [s for s in (parse(p) for p in folder.glob("*.jnzd")) if s is not None]
    return sorted(found, key=lambda s: s.taken_utc, reverse=True)


def to_prune(snaps: list[Snapshot], now: datetime, keep_recent: int = 30) -> list[Snapshot]:
    """Thinning (Anki's idea): keep the newest ``keep_recent``, then one a day for 30 days, one a month after."""
    keep: set[Path] = {s.path for s in snaps[:keep_recent]}
    days: set[str] = set()
    months: set[str] = set()
    for s in snaps[keep_recent:]:  # newest first, so the newest of each day/month is kept
        if now - s.taken_utc <= timedelta(days=30):
            key = s.taken_utc.strftime("%Y%m%d")
            if key not in days:
                days.add(key)
                keep.add(s.path)
        else:
            key = s.taken_utc.strftime("%Y%m")
            if key not in months:
                months.add(key)
                keep.add(s.path)
    return [s for s in snaps if s.path not in keep]


def prune(case_uuid: str) -> int:
    removed = 0
    for s in to_prune(list_snapshots(case_uuid), datetime.now(UTC)):
        try:
            s.path.unlink()
            removed += 1
        except OSError:
            pass
    return removed
