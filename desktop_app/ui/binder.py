"""Binds the input widgets of a Designer form to case fields.

Each input in ``forms/*.ui`` carries a ``fieldKey`` property (``table.column``); the binder finds them, loads
values from the case, commits edits through ``operations.profile.set_field`` the moment the user finishes a
field (line edits and combos) or pauses typing (multi-line text), and reloads when another change touches the
field. An invalid value is marked on the widget with the reason, and nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import JnzdError
from desktop_app.operations.profile import set_field
from desktop_app.ui.document import CaseDocument

IDLE_COMMIT_MS = 3000
INVALID_STYLE = "border: 1px solid #d03030; background: #fff0f0;"


def display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


class FieldBinder(QObject):
    invalid = Signal(str, str)  # field key, message

    def __init__(self, form: QWidget, document: CaseDocument) -> None:
        super().__init__(form)
        self.document = document
        self.widgets: dict[str, QWidget] = {}
        for w in form.findChildren(QWidget):
            key = w.property("fieldKey")
            if key:
                self.widgets[str(key)] = w
                self._connect(str(key), w)
        self._timers: dict[str, QTimer] = {}
        self._loading = False

    # -- wiring ------------------------------------------------------------------------------------------
    def _connect(self, key: str, w: QWidget) -> None:
        if isinstance(w, QLineEdit):
            w.editingFinished.connect(lambda k=key: self.commit(k))
        elif isinstance(w, QComboBox):
            w.activated.connect(lambda _i, k=key: self.commit(k))
        elif isinstance(w, QPlainTextEdit):
            w.installEventFilter(self)
            w.textChanged.connect(lambda k=key: self._typing(k))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            key = obj.property("fieldKey")
            if key:
                self.commit(str(key))
        return False

    def _typing(self, key: str) -> None:
        if self._loading:
            return
        timer = self._timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(IDLE_COMMIT_MS)
            timer.timeout.connect(lambda k=key: self.commit(k))
            self._timers[key] = timer
        timer.start()

    # -- values ------------------------------------------------------------------------------------------
    def widget_value(self, key: str) -> str | None:
        w = self.widgets[key]
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            data = w.currentData()
            return None if data in (None, "") else str(data)
        return None

    def stored_value(self, key: str) -> object:
        case = self.document.case
        if case is None:
            return None
        table, column = key.split(".", 1)
        row = case.row(table, 1) or {}
        return row.get(column)

    def commit(self, key: str) -> bool:
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()
        if self._loading or self.document.case is None or self.document.case.read_only:
            return False
        raw = self.widget_value(key)
        if (raw or "").strip() == display(self.stored_value(key)).strip():
            self._mark(key, "")
            return False
        try:
            self.document.try_run(set_field, key, raw, source=self)
        except JnzdError as exc:
            message = exc.message()
            self._mark(key, message)
            self.invalid.emit(key, message)
            self.document.failed.emit(message)  # the status bar says it too, in full
            return False
        self._mark(key, "")
        self.load(keys=[key])  # show the normalised value (e.g. upper-cased USCC, ISO date)
        return True

    def commit_all(self) -> None:
        """Commit every field whose text differs from the stored value (closing, switching cases)."""
        for key in self.widgets:
            self.commit(key)

    def _mark(self, key: str, message: str) -> None:
        w = self.widgets[key]
        w.setStyleSheet(INVALID_STYLE if message else "")
        w.setToolTip(message)
        w.setProperty("invalid", bool(message))

    def load(self, keys: list[str] | None = None) -> None:
        self._loading = True
        try:
            for key in keys or list(self.widgets):
                w, value = self.widgets[key], self.stored_value(key)
                if isinstance(w, QLineEdit):
                    if w.text() != display(value):
                        w.setText(display(value))
                        w.setCursorPosition(0)
                elif isinstance(w, QPlainTextEdit):
                    if w.toPlainText() != display(value):
                        w.setPlainText(display(value))
                elif isinstance(w, QComboBox):
                    index = w.findData(value if value is not None else "")
                    w.setCurrentIndex(max(index, 0))
                self._mark(key, "")
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        for w in self.widgets.values():
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(read_only)
            else:
                w.setEnabled(not read_only)

    def on_changed(self, changes: OpChanges) -> None:
        keys = [k for k in self.widgets if changes.touches(*k.split(".", 1))]
        if changes.source is self:
            return
        if keys:
            self.load(keys)
