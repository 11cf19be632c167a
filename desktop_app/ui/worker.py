"""Long work off the UI thread (parsing a logger file): progress, cancel, and the result or the error message
delivered back on the UI thread through queued signals. The work function must not touch the case file (its
SQLite connection belongs to the UI thread); storing happens afterwards, on the UI thread, in one edit."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.domain.errors import JnzdError

Work = Callable[[Callable[[float], bool]], Any]  # work(progress) → result; progress(fraction) → False to stop


class _Signals(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """One background job. Connect to ``signals`` before ``start``; ``cancel`` asks the work to stop."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps the task (and its signals) alive until it reports
        self.signals = _Signals()
        self._work = work
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, fraction: float) -> bool:
        if self._cancel.is_set():
            return False
        self.signals.progress.emit(max(0.0, min(1.0, fraction)))
        return True

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except JnzdError as exc:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(exc.message())
        except MemoryError:
            self.signals.failed.emit("内存不足，文件过大，请分割后导入")
        except Exception as exc:  # a bug must reach the user as a message, never kill the thread silently
            self.signals.failed.emit(f"内部错误：{type(exc).__name__}: {exc}")
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.done.set()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)
