"""The open case as seen by the UI: one controller owns the document lifecycle, not the main window.

Every edit goes through ``run`` → an operation → one journaled commit; the resulting ``OpChanges`` is broadcast
so each view refreshes only what it shows (and ignores the echo of its own edit via ``OpChanges.source``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import JnzdError
from desktop_app.operations.cases import new_case
from desktop_app.storage.casefile import CaseFile
from desktop_app.storage.snapshots import Snapshot

T = TypeVar("T")
SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000


class CaseDocument(QObject):
    opened = Signal(object)  # CaseFile
    about_to_close = Signal()  # views commit what the user is still typing
    closed = Signal()
    changed = Signal(object)  # OpChanges
    saved = Signal(str)  # local time of the last acknowledged commit
    failed = Signal(str)  # a one-line message for the user

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case: CaseFile | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(SNAPSHOT_INTERVAL_MS)
        self._timer.timeout.connect(self.periodic_snapshot)

    # -- lifecycle ---------------------------------------------------------------------------------------
    def open(self, path: Path | str, *, read_only: bool = False) -> bool:
        try:
            case = CaseFile.open(path, snapshot=False, read_only=read_only)
        except JnzdError as exc:
            self.failed.emit(exc.message())
            return False
        self._install(case)
        # The on-open snapshot waits until the window has drawn the case: start-up stays quick.
        QTimer.singleShot(0, lambda: self._snapshot("open"))
        return True

    def create(self, path: Path | str, as_of_date: str, modules: list[str] | None = None,
               edition: str | None = None) -> bool:
        """A new case with the general checklist (and the chosen industry modules) frozen into it."""
        try:
            case = new_case(path, as_of_date=as_of_date, general_edition=edition, module_ids=modules or [])
        except JnzdError as exc:
            self.failed.emit(exc.message())
            return False
        self._install(case)
        return True

    def _install(self, case: CaseFile) -> None:
        self.close()
        self.case = case
        if not case.read_only:
            self._timer.start()
        self.opened.emit(case)

    def close(self) -> None:
        if self.case is None:
            return
        self._timer.stop()
        self.about_to_close.emit()
        case, self.case = self.case, None
        try:
            case.close()
        finally:
            self.closed.emit()

    # -- edits -------------------------------------------------------------------------------------------
    def run(self, op: Callable[..., T], *args: object, **kwargs: object) -> T | None:
        """Run an operation on the open case. On error: a message, nothing changed, returns None."""
        if self.case is None:
            return None
        try:
            result = op(self.case, *args, **kwargs)
        except JnzdError as exc:
            self.failed.emit(exc.message())
            return None
        changes = result[0] if isinstance(result, tuple) else result
        if isinstance(changes, OpChanges):
            self._announce(changes)
        return result

    def try_run(self, op: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Like ``run`` but raises JnzdError, for callers that show the error next to the field."""
        assert self.case is not None
        result = op(self.case, *args, **kwargs)
        changes = result[0] if isinstance(result, tuple) else result
        if isinstance(changes, OpChanges):
            self._announce(changes)
        return result

    def undo(self) -> None:
        self.run(lambda case: case.undo())

    def redo(self) -> None:
        self.run(lambda case: case.redo())

    def restore(self, snap: Snapshot) -> None:
        self.run(lambda case: case.restore(snap))

    def _announce(self, changes: OpChanges) -> None:
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        self.changed.emit(changes)

    def periodic_snapshot(self) -> None:
        self._snapshot("periodic")

    def _snapshot(self, reason: str) -> None:
        if self.case is None or self.case.read_only:
            return
        try:
            self.case.snapshot(reason, only_if_changed=True)
        except JnzdError as exc:
            self.failed.emit(exc.message())
