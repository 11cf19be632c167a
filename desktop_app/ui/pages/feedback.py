"""企业反馈: satisfaction per service aspect, the measures the enterprise intends to adopt, comments and the
confirming person — each choice commits at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QListWidgetItem, QWidget

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import JnzdError
from desktop_app.operations import feedback as ops
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.document_state import editable
from desktop_app.ui.forms.ui_feedback import Ui_FeedbackForm
from desktop_app.ui.pages.base import SectionPage

T = "Feedback"  # context of the declared aspect and level names (operations/feedback.py)


class FeedbackPage(SectionPage):
    section_id = "feedback"

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_FeedbackForm()
        self.ui.setupUi(form)
        super().__init__(document, form)
        ui = self.ui
        self.boxes: dict[str, QComboBox] = {}
        for key, label in ops.ASPECTS:
            box = QComboBox()
            box.addItem(self.tr("（未选）"), "")
            for level, name in ops.LEVELS.items():
                box.addItem(f"{level} {QCoreApplication.translate(T, name)}", str(level))
            box.setObjectName(f"aspect_{key}")
            box.activated.connect(lambda _i, k=key, b=box: self._commit({k: str(b.currentData())}))
            ui.satisfactionLayout.addRow(QCoreApplication.translate(T, label), box)
            self.boxes[key] = box
        ui.measureList.itemChanged.connect(lambda _i: self._adopted_changed())
        ui.confirmedByEdit.editingFinished.connect(lambda: self._text("confirmed_by", ui.confirmedByEdit.text()))
        ui.positionEdit.editingFinished.connect(lambda: self._text("position", ui.positionEdit.text()))
        ui.confirmedOnEdit.editingFinished.connect(lambda: self._text("confirmed_on", ui.confirmedOnEdit.text()))
        self._comments_timer = QTimer(self)
        self._comments_timer.setSingleShot(True)
        self._comments_timer.setInterval(3000)  # like other multi-line fields: commit after a 3 s pause
        self._comments_timer.timeout.connect(self._commit_comments)
        ui.commentsEdit.textChanged.connect(lambda: self._filling or self._comments_timer.start())
        self._filling = False

    def reload(self) -> None:
        case = self.document.case
        if case is None:
            return
        fb = ops.load(case)
        ui = self.ui
        self._filling = True
        try:
            for key, box in self.boxes.items():
                box.setCurrentIndex(max(0, box.findData(str(fb.satisfaction.get(key, "")))))
            ui.measureList.clear()
            for m in sorted(case.rows("measure"), key=lambda r: (r.get("sort_order") or 0, r["id"])):
                item = QListWidgetItem(f"{m.get('code') or ''} {m['title']}".strip())
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if m["id"] in fb.adopted else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, int(m["id"]))
                ui.measureList.addItem(item)
            if not self._comments_timer.isActive():
                ui.commentsEdit.setPlainText(fb.comments)
            ui.confirmedByEdit.setText(fb.confirmed_by)
            ui.positionEdit.setText(fb.position)
            ui.confirmedOnEdit.setText(fb.confirmed_on)
            missing = fb.missing()
            ui.statusLabel.setText(self.tr("已填写完整。") if not missing else self.tr("尚缺：") + "、".join(missing))
        finally:
            self._filling = False

    def _commit(self, values: dict[str, object]) -> None:
        if self._filling or self.document.case is None:
            return
        try:
            self.document.try_run(ops.set_fields, values, source=self)
        except JnzdError as exc:
            self.reload()  # the stored values back in the fields
            self.ui.statusLabel.setText(exc.message())

    def _text(self, key: str, value: str) -> None:
        case = self.document.case
        if case is not None and getattr(ops.load(case), key) != value.strip():
            self._commit({key: value})

    def _commit_comments(self) -> None:
        self._text("comments", self.ui.commentsEdit.toPlainText())

    def commit_pending(self) -> None:
        if self._comments_timer.isActive():
            self._comments_timer.stop()
            self._commit_comments()

    def _adopted_changed(self) -> None:
        lst = self.ui.measureList
        ids = [int(lst.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lst.count())
               if lst.item(i).checkState() == Qt.CheckState.Checked]
        self._commit({"adopted": ids})

    def on_changed(self, changes: OpChanges) -> None:
        if changes.source is not self and (changes.everything or changes.touches("feedback")
                                           or changes.touches("measure")):
            self.reload()
        elif changes.source is self:
            case = self.document.case
            if case is not None:
                missing = ops.load(case).missing()
                self.ui.statusLabel.setText(self.tr("已填写完整。") if not missing
                                            else self.tr("尚缺：") + "、".join(missing))

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or not editable(self.document.case)
        for w in (*self.boxes.values(), self.ui.measureList):
            w.setEnabled(not read_only)
        for e in (self.ui.confirmedByEdit, self.ui.positionEdit, self.ui.confirmedOnEdit):
            e.setReadOnly(read_only)
        self.ui.commentsEdit.setReadOnly(read_only)
