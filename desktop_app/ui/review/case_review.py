"""Drill-in from the portfolio: every section of one case, read-only, with the reviewer's panel beside it.

The case is shown from an in-memory read-only copy, so nothing the reviewer clicks can change the engineer's data.
A comment or decision opens the file writable for that one commit (refused, with who holds it, while the engineer
has it open), then the view reloads the copy and the portfolio re-reads the file's row.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMessageBox, QWidget

from desktop_app import APP_NAME, CASE_SUFFIX
from desktop_app.domain.errors import JnzdError
from desktop_app.operations import export, review
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.review import reviewer_name
from desktop_app.ui.review.engineer import navigate, track_section
from desktop_app.ui.review.panel import ReviewPanel


def open_for_review(path: Path, window: Any) -> CaseReviewWindow | None:
    """Open ``path`` for review beside the portfolio ``window`` (which gets ``refresh_file(path)`` on changes).

    An upload bundle is verified and restored into a temporary case first: it can be read, not decided on."""
    path = Path(path)
    parent = window if isinstance(window, QWidget) else None
    bundle: Path | None = None
    if path.suffix.lower() != CASE_SUFFIX:
        bundle, tmp = path, Path(tempfile.mkdtemp(prefix="jnzd-review-"))
        try:
            path = export.open_bundle(bundle, tmp / f"{bundle.stem}{CASE_SUFFIX}", user=reviewer_name())
        except JnzdError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            QMessageBox.warning(parent, APP_NAME, exc.message())
            return None
    drill = CaseReviewWindow(path, parent, bundle=bundle)
    if not drill.load():
        drill.deleteLater()
        return None
    drill.show()
    return drill


class CaseReviewWindow(MainWindow):
    def __init__(self, path: Path, portfolio: QWidget | None = None, *, bundle: Path | None = None) -> None:
        self.path = path
        self.portfolio = portfolio
        self.bundle = bundle  # the upload bundle shown (restored into a temporary case), or None
        super().__init__(CaseDocument())
        if portfolio is not None:
            self.setParent(portfolio, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.menuBar().actions()[0].setVisible(False)  # no new/open here: this window shows one case
        self.resize(1400, 860)

    def _attach_review(self) -> None:
        self.panel = ReviewPanel("reviewer", self._write, reviewer_name)
        self.panel.navigate.connect(lambda s, k, key: navigate(self, s, k, key))
        track_section(self, self.panel)
        dock = QDockWidget(self.tr("审核"), self)
        dock.setObjectName("reviewerDock")
        dock.setWidget(self.panel)
        dock.setMinimumWidth(380)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.document.opened.connect(self.panel.show_case)

    def load(self) -> bool:
        return self.document.open(self.path, read_only=True)

    def _update_title_and_banner(self) -> None:
        super()._update_title_and_banner()
        case = self.document.case
        if case is None:
            return
        self.setWindowTitle(self.tr("审核：%s") % self.windowTitle())
        if self.bundle is not None:
            text = self.tr("上报数据包 %s（已校验）：只能查看；审核意见和审核决定请在对应的 .jnzd 案例文件上记录。")
            self.ui.bannerLabel.setText(text % self.bundle.name)
        else:
            self.ui.bannerLabel.setText(self.tr("审核视图：显示的是案例文件的只读副本，审核不会修改工程师的数据；"
                                                "意见和审核决定单独记录在案例文件中。"))
        self.ui.bannerLabel.show()

    def _write(self, op: Any, *args: object, raise_errors: bool = False, **kwargs: object) -> bool:
        if self.bundle is not None:
            QMessageBox.information(self, APP_NAME,
                                    self.tr("上报数据包只能查看：审核意见和审核决定需要在 .jnzd 案例文件上记录。"))
            return False
        try:
            with review.writable(self.path, user=reviewer_name()) as case:
                op(case, *args, **kwargs)
        except JnzdError as exc:
            if raise_errors:
                raise
            QMessageBox.warning(self, APP_NAME, exc.message())
            return False
        row = self.ui.navList.currentRow()
        self.load()
        self.ui.navList.setCurrentRow(row)
        refresh = getattr(self.portfolio, "refresh_file", None)
        if refresh is not None:
            refresh(self.path)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        # Not MainWindow's: the engineer's window geometry and last section are not the reviewer's to change.
        self.document.close()
        if self.bundle is not None:
            shutil.rmtree(self.path.parent, ignore_errors=True)  # the temporary case restored from the bundle
        event.accept()
