"""Recently opened case files and window state, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10


def settings() -> QSettings:
    return QSettings()


def recent_files() -> list[str]:
    value = settings().value("recentFiles", [])
    items = [value] if isinstance(value, str) else list(value or [])
    return [p for p in items if isinstance(p, str)]


def remember(path: Path) -> None:
    entry = str(path.absolute())
    items = [p for p in recent_files() if p != entry]
    settings().setValue("recentFiles", [entry, *items][:MAX_RECENT])


def forget(path: str) -> None:
    settings().setValue("recentFiles", [p for p in recent_files() if p != path])
