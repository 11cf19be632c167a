"""The review panel: comments pinned to where they belong, what changed since the last review, the decisions.

The same panel serves both sides. The engineer (mode ``engineer``) reads the comments, jumps to them and marks
them resolved in the open case. The reviewer (mode ``reviewer``) also adds and withdraws comments and decides;
those writes go through a ``writer`` the owner supplies (a short writable open of the file: the reviewer's view
itself stays a read-only copy).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QMessageBox, QTreeWidgetItem, QWidget

from desktop_app.domain import review as rv
from desktop_app.domain.errors import JnzdError
from desktop_app.domain.review import local_minute
from desktop_app.operations import review
from desktop_app.storage.casefile import CaseFile
from desktop_app.ui.forms.ui_review_comment import Ui_ReviewCommentDialog
from desktop_app.ui.forms.ui_review_panel import Ui_ReviewPanelForm

Writer = Callable[..., bool]  # writer(op, *args, **kwargs) -> True when the write was committed
OPEN_BRUSH = QBrush(QColor("#fff4d6"))


class ReviewPanel(QWidget):
    navigate = Signal(str, str, str)  # section, target kind, target key

    def __init__(self, mode: str, writer: Writer, reviewer: Callable[[], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self._write = writer
        self._reviewer = reviewer or (lambda: "")
        self._case: CaseFile | None = None
        self._status: review.Status | None = None
        self.ui = Ui_ReviewPanelForm()
        self.ui.setupUi(self)
        header = self.ui.commentTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 150)
        for col in (3, 4):  # reviewer and time: in the detail line under the list
            self.ui.commentTree.setColumnHidden(col, True)
        changes = self.ui.changeTree.header()
        changes.setStretchLastSection(False)
        for col in (0, 1):
            changes.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        changes.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.decisionTree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        reviewer_mode = mode == "reviewer"
        for w in (self.ui.addButton, self.ui.withdrawButton, self.ui.decisionBox):
            w.setVisible(reviewer_mode)
        self.ui.commentTree.currentItemChanged.connect(self._on_current)
        self.ui.commentTree.itemDoubleClicked.connect(self._goto_item)
        self.ui.gotoButton.clicked.connect(self._goto)
        self.ui.resolveButton.clicked.connect(self._resolve)
        self.ui.addButton.clicked.connect(self._add)
        self.ui.withdrawButton.clicked.connect(self._withdraw)
        self.ui.returnButton.clicked.connect(self._return)
        self.ui.approveButton.clicked.connect(self._approve)
        self.ui.reopenButton.clicked.connect(self._reopen)

    # -- showing -------------------------------------------------------------------------------------------
    def show_case(self, case: CaseFile | None) -> None:
        self._case = case
        self._status = review.status(case) if case is not None else None
        self._fill()

    def status(self) -> review.Status | None:
        return self._status

    def _fill(self) -> None:
        st = self._status
        tree = self.ui.commentTree
        tree.clear()
        self.ui.changeTree.clear()
        self.ui.decisionTree.clear()
        if st is None or self._case is None:
            self.ui.statusLabel.setText(self.tr("未打开案例"))
            self._update_buttons()
            return
        state = self._case.workflow_state
        last = st.last
        if last is None:
            text = self.tr("尚未审核。")
        else:
            when = local_minute(last.decided_utc)
            text = self.tr("上次审核：<b>%s</b> · %s · %s") % (last.label, last.reviewer, when)
            if last.comment:
                text += "<br>" + last.comment.replace("<", "&lt;")
        text += "<br>" + self.tr("未解决的意见：%d 条；共 %d 条。") % (len(st.open_comments), len(st.comments))
        if state == "submitted" and st.changes and last is not None:
            text += "<br><b>" + self.tr("重新提交，审核后有 %d 项修改（见“审核后的修改”）。") % len(st.changes) + "</b>"
        self.ui.statusLabel.setText(text)
        for c in st.comments:
            mark = self.tr("○ 未解决") if c.open else self.tr("✓ 已解决")
            where = QCoreApplication.translate("Sections", rv.section_label(c.section))
            if c.target_label:
                where += " · " + c.target_label
            item = QTreeWidgetItem([mark, where, c.text, c.reviewer, local_minute(c.created_utc)])
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(2, c.text)
            if c.open:
                for col in range(5):
                    item.setBackground(col, OPEN_BRUSH)
            tree.addTopLevelItem(item)
        self.ui.tabs.setTabText(0, self.tr("审核意见（%d 未解决）") % len(st.open_comments))
        if last is not None:
            since = self.tr("自上次审核（%s）以来工程师的 %d 项操作，最新的在前：") % (local_minute(last.decided_utc),
                                                                            len(st.changes))
        else:
            since = self.tr("尚未审核：以下是案例建立以来的全部 %d 项操作，最新的在前。") % len(st.changes)
        self.ui.changesLabel.setText(since)
        for g in st.changes:
            parent = QTreeWidgetItem([local_minute(g.ts_utc), g.user, g.label])
            parent.setToolTip(2, g.label)
            lines = [*g.details, *([self.tr("……另有 %d 项改动") % g.more] if g.more else [])]
            self.ui.changeTree.addTopLevelItem(parent)
            for line in lines:
                child = QTreeWidgetItem([line])
                child.setToolTip(0, line)
                parent.addChild(child)
                child.setFirstColumnSpanned(True)
        self.ui.tabs.setTabText(1, self.tr("审核后的修改（%d）") % len(st.changes))
        for d in st.decisions:
            self.ui.decisionTree.addTopLevelItem(
                QTreeWidgetItem([local_minute(d.decided_utc), d.label, d.reviewer, d.comment]))
        self._update_buttons()

    def _current(self) -> review.Comment | None:
        item = self.ui.commentTree.currentItem()
        if item is None or self._status is None:
            return None
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self._status.comments if c.id == cid), None)

    def _on_current(self, *_: object) -> None:
        c = self._current()
        if c is None:
            self.ui.detailLabel.clear()
            self._update_buttons()
            return
        text = self.tr("%s（%s %s）：%s") % (c.where, c.reviewer, local_minute(c.created_utc), c.text)
        if not c.open:
            text += "\n" + self.tr("✓ %s（%s）：%s") % (c.resolved_by, local_minute(c.resolved_utc),
                                                       c.resolution or self.tr("已解决"))
        self.ui.detailLabel.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        c = self._current()
        writable = self._case is not None
        self.ui.gotoButton.setEnabled(c is not None)
        self.ui.resolveButton.setEnabled(writable and c is not None and c.open)
        self.ui.withdrawButton.setEnabled(writable and c is not None and c.open)
        self.ui.addButton.setEnabled(writable)
        state = self._case.workflow_state if self._case is not None else ""
        self.ui.returnButton.setEnabled(state == "submitted")
        self.ui.approveButton.setEnabled(state == "submitted")
        self.ui.reopenButton.setEnabled(state == "approved")

    # -- actions -------------------------------------------------------------------------------------------
    def _goto(self) -> None:
        c = self._current()
        if c is not None:
            self.navigate.emit(c.section, c.target_kind, c.target_key)

    def _goto_item(self, *_: object) -> None:
        self._goto()

    def _resolve(self) -> None:
        c = self._current()
        if c is None:
            return
        note, ok = QInputDialog.getMultiLineText(self, self.tr("标记已解决"),
                                                 self.tr("处理说明（可选）：\n%s") % c.text)
        if ok:
            kwargs = {"user": self._reviewer()} if self.mode == "reviewer" else {}
            self._write(review.resolve, c.id, note, **kwargs)

    def _withdraw(self) -> None:
        c = self._current()
        if c is None:
            return
        answer = QMessageBox.question(self, self.tr("撤回意见"), self.tr("撤回这条审核意见？\n%s") % c.text)
        if answer == QMessageBox.StandardButton.Yes:
            self._write(review.withdraw, c.id)

    def _add(self) -> None:
        if self._case is None:
            return
        dialog = CommentDialog(self._case, self.current_section(), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            section, kind, key, text = dialog.values()
            try:
                ok = self._write(review.add_comment, section=section, target_kind=kind, target_key=key, text=text,
                                 reviewer=self._reviewer(), raise_errors=True)
            except JnzdError as exc:
                dialog.show_error(exc.message())
                continue
            if ok:
                return

    def current_section(self) -> str:
        """The section the owner's window shows (set by the owner), to preselect it for a new comment."""
        return str(self.property("currentSection") or "overview")

    def _return(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("退回修改"), self.tr("退回原因（已添加的审核意见会一并退回）："))
        if ok:
            self._write(review.decide, "return", reviewer=self._reviewer(), comment=text)

    def _approve(self) -> None:
        if QMessageBox.question(self, self.tr("审核通过"), self.tr("确认审核通过？审核人：%s") % self._reviewer()) \
                == QMessageBox.StandardButton.Yes:
            self._write(review.decide, "approve", reviewer=self._reviewer())

    def _reopen(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("重新打开"), self.tr("重新打开的原因："))
        if ok:
            self._write(review.decide, "reopen", reviewer=self._reviewer(), comment=text)


class CommentDialog(QDialog):
    """Pick the section and, optionally, the checklist item, device or measure the comment is about."""

    def __init__(self, case: CaseFile, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.ui = Ui_ReviewCommentDialog()
        self.ui.setupUi(self)
        for sid, title in rv.SECTIONS.items():
            self.ui.sectionCombo.addItem(QCoreApplication.translate("Sections", title), sid)
        self.ui.sectionCombo.currentIndexChanged.connect(self._fill_targets)
        index = self.ui.sectionCombo.findData(section)
        self.ui.sectionCombo.setCurrentIndex(max(index, 0))
        self._fill_targets()
        self.ui.buttonBox.accepted.connect(self._accept)

    def _fill_targets(self, *_: object) -> None:
        combo = self.ui.targetCombo
        combo.clear()
        combo.addItem(self.tr("（整个部分）"), ("", ""))
        section = str(self.ui.sectionCombo.currentData())
        kind = next((k for k, (s, _label) in rv.TARGET_KINDS.items() if s == section), "")
        combo.setEnabled(bool(kind))
        if kind:
            for t in review.targets(self.case, kind):
                combo.addItem(t.label, (t.kind, t.key))

    def values(self) -> tuple[str, str, str, str]:
        kind, key = self.ui.targetCombo.currentData() or ("", "")
        return str(self.ui.sectionCombo.currentData()), kind, key, self.ui.textEdit.toPlainText()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)

    def _accept(self) -> None:
        if not self.ui.textEdit.toPlainText().strip():
            self.show_error(self.tr("请填写意见内容。"))
            return
        self.accept()
