"""Choose the checklist templates: when a case is created, and later (draft only) with a preview of changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from desktop_app.domain.checklist import TemplateDiff
from desktop_app.domain.errors import JnzdError
from desktop_app.domain.profile import parse_date
from desktop_app.operations import checklist as ops
from desktop_app.reference import checklists as shipped
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.forms.ui_templates import Ui_TemplatesDialog


class TemplatesDialog(QDialog):
    def __init__(self, document: CaseDocument | None, preselect: list[str], parent: QWidget | None = None,
                 *, new_case: bool = False) -> None:
        super().__init__(parent)
        self.document = document
        self.new_case = new_case
        self.ui = Ui_TemplatesDialog()
        self.ui.setupUi(self)
        self.ui.asOfLabel.setVisible(new_case)
        self.ui.asOfEdit.setVisible(new_case)
        self.ui.asOfEdit.setText(date.today().isoformat())
        self.ui.previewLabel.setVisible(not new_case)
        self.ui.previewEdit.setVisible(not new_case)
        for s in shipped.shipped():
            if s.template.kind == "general":
                self.ui.editionCombo.addItem(s.template.title, s.template.edition)
        self.ui.editionCombo.setCurrentIndex(self.ui.editionCombo.count() - 1)
        for m in shipped.industry_modules():
            item = QListWidgetItem(f"{m.template.industry_name}　{m.template.title}")
            item.setData(Qt.ItemDataRole.UserRole, m.template.id)
            item.setCheckState(Qt.CheckState.Checked if m.template.id in preselect else Qt.CheckState.Unchecked)
            self.ui.modulesList.addItem(item)
        self.ui.modulesList.itemChanged.connect(lambda _i: self.update_preview())
        self.ui.editionCombo.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.update_preview()

    def module_ids(self) -> list[str]:
        lst = self.ui.modulesList
        return [str(lst.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def selection(self) -> list[shipped.Shipped]:
        return ops.selection(self.ui.editionCombo.currentData(), self.module_ids())

    def update_preview(self) -> None:
        if self.new_case or self.document is None or self.document.case is None:
            return
        diff = ops.preview(self.document.case, self.selection())
        self.ui.previewEdit.setPlainText(describe(diff))

    def accept(self) -> None:
        if self.new_case:
            try:
                parse_date(self.ui.asOfEdit.text(), "诊断基准日期")
            except JnzdError as exc:
                self.ui.asOfEdit.setToolTip(exc.message())
                self.ui.asOfEdit.setStyleSheet("border: 1px solid #d03030;")
                return
        super().accept()

    @classmethod
    def for_new_case(cls, parent: QWidget) -> tuple[str, list[str], str] | None:
        """(as-of date, module ids, general edition) or None when cancelled."""
        try:
            dialog = cls(None, [], parent, new_case=True)
        except JnzdError as exc:  # a broken template in resources/: name it, create nothing
            QMessageBox.warning(parent, dialog_title(), exc.message())
            return None
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return parse_date(dialog.ui.asOfEdit.text()).isoformat(), dialog.module_ids(), \
            str(dialog.ui.editionCombo.currentData())

    @classmethod
    def change(cls, document: CaseDocument, parent: QWidget) -> bool:
        case = document.case
        if case is None:
            return False
        try:
            current = [t.id for t in ops.frozen_templates(case)] or [s.template.id
                                                                     for s in ops.default_selection(case)]
            dialog = cls(document, current, parent)
        except JnzdError as exc:
            document.failed.emit(exc.message())
            return False
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return document.run(ops.apply_templates, dialog.selection(), source=dialog) is not None


def dialog_title() -> str:
    return QCoreApplication.translate("TemplatesDialog", "诊断清单模板")


def describe(diff: TemplateDiff) -> str:
    if diff.empty:
        return "没有变化。"
    lines = []
    lines += [f"+ 加入模板：{t}" for t in diff.added_templates]
    lines += [f"− 移除模板：{t}" for t in diff.removed_templates]
    lines += [f"↑ 升级：{tid} {old} 版 → {new} 版" for tid, old, new in diff.upgraded_templates]
    if diff.added_items:
        lines.append(f"新增条目 {len(diff.added_items)} 个：" + "、".join(i.id for i in diff.added_items[:30])
                     + ("…" if len(diff.added_items) > 30 else ""))
    if diff.removed_items:
        lines.append(f"移除条目 {len(diff.removed_items)} 个：" + "、".join(i.id for i in diff.removed_items[:30])
                     + ("…" if len(diff.removed_items) > 30 else ""))
    if diff.removed_answered:
        lines.append("注意：以下被移除的条目已有回答或证据，它们会被隐藏（不删除，重新加入模板即恢复）："
                     + "、".join(diff.removed_answered))
    lines += [f"~ {c.item_id} {c.title}：{c.what}有变化" for c in diff.changed_items]
    return "\n".join(lines)
