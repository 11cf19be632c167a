"""The engineer's side of review: when a case carries review comments, a dock lists them on opening, jumps to
what each is about and lets the engineer mark them resolved (one journaled commit each, like any edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from desktop_app.domain.changes import OpChanges
from desktop_app.storage.casefile import CaseFile
from desktop_app.ui.sections import SECTIONS

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.review.panel import ReviewPanel

TARGET_TABLES = {"checklist": "checklist", "equipment": "equipment", "measure": "measure"}


def navigate(window: MainWindow, section: str, kind: str, key: str) -> None:
    """Show the section a comment is pinned to, and select its item, device or measure when the page can."""
    row = next((i for i, s in enumerate(SECTIONS) if s.id == section), -1)
    if row >= 0:
        window.ui.navList.setCurrentRow(row)
    if kind in TARGET_TABLES and key:
        window.jump_to_field(f"{TARGET_TABLES[kind]}.{key}")


def track_section(window: MainWindow, panel: ReviewPanel) -> None:
    """Keep the panel told which section is shown (a new comment preselects it)."""
    def follow(row: int) -> None:
        if 0 <= row < len(SECTIONS):
            panel.setProperty("currentSection", SECTIONS[row].id)

    window.ui.navList.currentRowChanged.connect(follow)


class EngineerReview(QObject):
    """Owns the review dock of the engineer's main window; builds it only for a case that has been reviewed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock: QDockWidget | None = None
        self.panel: ReviewPanel | None = None
        window.document.opened.connect(self._on_opened)
        window.document.changed.connect(self._on_changed)
        window.document.closed.connect(self._on_closed)

    def _on_opened(self, case: CaseFile) -> None:
        if case.count("review_comment") == 0 and case.count("review_decision") == 0:
            if self.dock is not None:
                self.dock.hide()
            return
        panel = self._ensure_panel()
        panel.show_case(case)
        assert self.dock is not None
        self.dock.show()
        st = panel.status()
        if st is not None and st.open_comments:
            self.window.statusBar().showMessage(
                self.tr("审核人留下 %d 条未解决的审核意见，见右侧“审核意见”。") % len(st.open_comments), 15000)

    def _on_changed(self, changes: OpChanges) -> None:
        if self.panel is not None and self.dock is not None and self.dock.isVisible():
            self.panel.show_case(self.window.document.case)

    def _on_closed(self) -> None:
        if self.panel is not None:
            self.panel.show_case(None)
        if self.dock is not None:
            self.dock.hide()

    def _ensure_panel(self) -> ReviewPanel:
        if self.panel is None:
            from desktop_app.ui.review.panel import ReviewPanel  # only reviewed cases need it

            self.panel = ReviewPanel("engineer", self._write)
            self.panel.navigate.connect(lambda s, k, key: navigate(self.window, s, k, key))
            track_section(self.window, self.panel)
            self.dock = QDockWidget(self.tr("审核意见"), self.window)
            self.dock.setObjectName("reviewDock")
            self.dock.setMinimumWidth(360)
            self.dock.setWidget(self.panel)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        return self.panel

    def _write(self, op: object, *args: object, raise_errors: bool = False, **kwargs: object) -> bool:
        document = self.window.document
        if raise_errors:
            document.try_run(op, *args, **kwargs)  # type: ignore[arg-type]
            return True
        return document.run(op, *args, **kwargs) is not None  # type: ignore[arg-type]
