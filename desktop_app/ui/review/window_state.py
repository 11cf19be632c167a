"""What the review window keeps in QSettings: the folders, the window geometry and dock layout, the table's column
widths, order and sort, and whether the charts follow the filter."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QMainWindow

from desktop_app.ui import recent
from desktop_app.ui.forms.ui_review_window import Ui_ReviewWindowForm
from desktop_app.ui.review.portfolio_columns import COLUMNS

KEY = "review/"  # the settings group of the review window


def remembered_folders() -> list[Path]:
    """The folders open last time that still exist."""
    value = recent.settings().value(KEY + "folders", [])
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
    return [Path(p) for p in items if isinstance(p, str) and p and Path(p).exists()]


def remember_folders(folders: Sequence[Path]) -> None:
    recent.settings().setValue(KEY + "folders", [str(f) for f in folders])


def export_dir() -> str:
    return str(recent.settings().value(KEY + "exportDir", "") or "")


def remember_export_dir(folder: Path) -> None:
    recent.settings().setValue(KEY + "exportDir", str(folder))


def restore(window: QMainWindow, ui: Ui_ReviewWindowForm) -> None:
    """Restore the saved state, then turn sorting on (by the restored column; none: the file order)."""
    s = recent.settings()
    header = ui.caseTable.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    same_columns = str(s.value(KEY + "columns")) == str(len(COLUMNS))  # else the saved widths are stale
    for key, apply in (("geometry", window.restoreGeometry), ("windowState", window.restoreState),
                       ("header", header.restoreState)):
        value = s.value(KEY + key)
        if isinstance(value, QByteArray) and (key != "header" or same_columns):
            apply(value)
    ui.followFilterCheck.setChecked(s.value(KEY + "chartsFollowFilter", False) in (True, "true"))
    ui.caseTable.setSortingEnabled(True)


def save(window: QMainWindow, ui: Ui_ReviewWindowForm) -> None:
    s = recent.settings()
    s.setValue(KEY + "geometry", window.saveGeometry())
    s.setValue(KEY + "windowState", window.saveState())
    s.setValue(KEY + "header", ui.caseTable.horizontalHeader().saveState())
    s.setValue(KEY + "columns", len(COLUMNS))
    s.setValue(KEY + "chartsFollowFilter", ui.followFilterCheck.isChecked())
