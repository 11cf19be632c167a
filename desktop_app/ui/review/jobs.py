"""The review window's background work (``worker.Task``): the portfolio scan, of which only the latest one
reports (starting another cancels the running one), and exports. Tasks are kept alive until they report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.operations import portfolio
from desktop_app.operations.portfolio import CaseRow
from desktop_app.ui.worker import Task

Work = Callable[[Callable[[float], bool]], Any]


def scan_work(folders: Sequence[Path], cancelled: Callable[[], bool]) -> Work:
    """``portfolio.scan`` as a task's work: progress as a fraction, stopping when ``cancelled()``."""
    folders = list(folders)

    def work(progress: Callable[[float], bool]) -> list[CaseRow]:
        return portfolio.scan(folders, progress=lambda done, total: progress(done / total if total else 1.0),
                              cancelled=cancelled)

    return work


class Jobs(QObject):
    scan_progress = Signal(float)
    scan_finished = Signal(object)  # list[CaseRow]
    scan_failed = Signal(str)
    scan_cancelled = Signal()
    export_finished = Signal(object)  # the Path written
    export_failed = Signal(str)
    idle_changed = Signal()  # a scan or an export started or ended

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scan: Task | None = None
        self._tasks: list[Task] = []

    def scanning(self) -> bool:
        return self._scan is not None

    def exporting(self) -> bool:
        return any(t is not self._scan and t.signals.property("export") for t in self._tasks)

    def scan(self, folders: Sequence[Path]) -> Task:
        """Read the folders in the background; a running scan is cancelled and its result never reported."""
        if self._scan is not None:
            self._scan.cancel()
        holder: list[Task] = []
        task = Task(scan_work(folders, lambda: holder[0].cancelled))
        holder.append(task)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._scan_finished)
        task.signals.failed.connect(self._scan_failed)
        task.signals.cancelled.connect(self._scan_cancelled)
        self._scan = task
        return self._start(task)

    def cancel_scan(self) -> None:
        if self._scan is not None:
            self._scan.cancel()

    def shutdown(self, timeout_s: float = 10.0) -> None:
        """Cancel the scan and wait for every running task (the window is closing): no task may outlive the
        objects its signals reach, and the scan's worker processes are shut down by the scan itself."""
        self.cancel_scan()
        for task in list(self._tasks):
            task.done.wait(timeout_s)

    def export(self, work: Work) -> Task:
        task = Task(work)
        task.signals.setProperty("export", True)
        task.signals.finished.connect(self._export_finished)
        task.signals.failed.connect(self._export_failed)
        task.signals.cancelled.connect(self._forget)
        return self._start(task)

    def _start(self, task: Task) -> Task:
        self._tasks.append(task)
        task.start()
        self.idle_changed.emit()
        return task

    def _reported(self) -> bool:
        """Forget the task whose signal is being handled; True when it is the current scan."""
        sender = self.sender()
        task = next((t for t in self._tasks if t.signals is sender), None)
        if task is None:
            return False
        self._tasks.remove(task)
        current = task is self._scan
        if current:
            self._scan = None
        self.idle_changed.emit()
        return current

    def _progress(self, fraction: float) -> None:
        if self._scan is not None and self.sender() is self._scan.signals:
            self.scan_progress.emit(fraction)

    def _scan_finished(self, rows: list[CaseRow]) -> None:
        if self._reported():
            self.scan_finished.emit(rows)

    def _scan_failed(self, message: str) -> None:
        if self._reported():
            self.scan_failed.emit(message)

    def _scan_cancelled(self) -> None:
        if self._reported():
            self.scan_cancelled.emit()

    def _export_finished(self, out: Path) -> None:
        self._reported()
        self.export_finished.emit(out)

    def _export_failed(self, message: str) -> None:
        self._reported()
        self.export_failed.emit(message)

    def _forget(self) -> None:
        self._reported()
