"""Shared behaviour of section pages: a Designer form in a scroll area, bound to the case document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from desktop_app.domain.changes import OpChanges
from desktop_app.storage.casefile import CaseFile
from desktop_app.ui.document import CaseDocument


class SectionPage(QWidget):
    """Subclasses build ``self.form`` and implement ``reload`` / ``on_changed``."""

    section_id = ""

    def __init__(self, document: CaseDocument, form: QWidget, *, scroll: bool = True) -> None:
        super().__init__()
        self.document = document
        self.form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if scroll:
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setWidget(form)
            layout.addWidget(area)
        else:
            layout.addWidget(form)
        document.opened.connect(self._on_opened)
        document.changed.connect(self.on_changed)
        document.about_to_close.connect(self.commit_pending)

    def _on_opened(self, case: CaseFile) -> None:
        self.reload()
        self.set_read_only(case.read_only)

    def commit_pending(self) -> None:
        """Commit what the user typed but has not yet left (the field binder does this for forms)."""
        binder = getattr(self, "binder", None)
        if binder is not None:
            binder.commit_all()

    def reload(self) -> None:
        raise NotImplementedError

    def on_changed(self, changes: OpChanges) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def focus_field(self, key: str) -> bool:
        """Jump to the widget of ``table.column``; False if this page does not show it."""
        binder = getattr(self, "binder", None)
        widget = binder.widgets.get(key) if binder is not None else None
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
