"""快照: list the case's snapshots, take one, restore one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from desktop_app.ui.document import CaseDocument
from desktop_app.ui.forms.ui_snapshots import Ui_SnapshotsDialog


class SnapshotsDialog(QDialog):
    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ui = Ui_SnapshotsDialog()
        self.ui.setupUi(self)
        self.reasons = {
            "open": self.tr("打开时"), "periodic": self.tr("定时"), "before-bulk": self.tr("批量操作前"),
            "before-migrate": self.tr("升级格式前"), "before-restore": self.tr("恢复前"), "close": self.tr("关闭时"),
            "manual": self.tr("手动"),
        }
        self.ui.snapshotTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.createButton.clicked.connect(self.create)
        self.ui.restoreButton.clicked.connect(self.restore)
        read_only = document.case is None or document.case.read_only
        self.ui.createButton.setEnabled(not read_only)
        self.ui.restoreButton.setEnabled(not read_only)
        self.refresh()

    def refresh(self) -> None:
        case = self.document.case
        snaps = case.snapshots() if case else []
        self._snaps = snaps
        table = self.ui.snapshotTable
        table.setRowCount(len(snaps))
        for r, s in enumerate(snaps):
            local = s.taken_utc.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            for c, text in enumerate((local, self.reasons.get(s.reason, s.reason), f"{s.size / 1024:.0f} KB", s.head)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r)
                table.setItem(r, c, item)
        if snaps:
            table.selectRow(0)

    def create(self) -> None:
        if self.document.case is not None:
            self.document.run(lambda case: case.snapshot("manual"))
        self.refresh()

    def selected(self) -> int | None:
        rows = self.ui.snapshotTable.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def restore(self) -> None:
        index = self.selected()
        if index is None:
            return
        snap = self._snaps[index]
        local = snap.taken_utc.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        answer = QMessageBox.question(
            self, self.tr("恢复快照"),
            self.tr("将案例恢复到 %s 的状态？当前状态会先另存为一个快照。") % local)
        if answer == QMessageBox.StandardButton.Yes:
            self.document.restore(snap)
            self.refresh()
