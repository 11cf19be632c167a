"""诊断清单: the section/item tree with progress, and the item panel (guidance, answer, evidence).

Keyboard: ↑/↓ in the tree walks the items (section rows are skipped);
1 符合, 2 不符合, 3 不适用, 4 待补充, 0 未查 set the status;
Enter jumps to the finding text, Esc back to the tree; Ctrl+↓ / Ctrl+↑ next / previous item from anywhere;
F8 (or Ctrl+J) the next required item still unanswered; Ctrl+V pastes a photo or file as evidence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QPushButton, QTreeWidgetItem, QWidget

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.checklist import STATUS_KEYS, Status
from desktop_app.domain.errors import JnzdError
from desktop_app.operations import checklist as ops
from desktop_app.operations.bindings import source_of
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.document_state import editable
from desktop_app.ui.evidence import EvidenceController
from desktop_app.ui.forms.ui_checklist import Ui_ChecklistForm
from desktop_app.ui.pages.base import SectionPage

ITEM_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {Status.UNCHECKED: "#888888", Status.CONFORMING: "#2e8b3a", Status.NONCONFORMING: "#c0392b",
                  Status.NOT_APPLICABLE: "#555555", Status.FOLLOW_UP: "#c07000"}
FILTERS = ("all", "unanswered", "nonconforming", "required", "evidence", "follow_up")
TABLES = ("checklist_answer", "evidence", "checklist_template")


class ChecklistPage(SectionPage):
    section_id = "checklist"

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_ChecklistForm()
        self.ui.setupUi(form)
        super().__init__(document, form, scroll=False)
        self.state: ops.ChecklistState | None = None
        self._tree_items: dict[str, QTreeWidgetItem] = {}
        self._current: str | None = None
        self._loading = False
        ui = self.ui
        for key, text in zip(FILTERS, (self.tr("全部条目"), self.tr("未回答"), self.tr("不符合"), self.tr("必填"),
                                       self.tr("有证据"), self.tr("待补充")), strict=True):
            ui.filterCombo.addItem(text, key)
        header = ui.itemTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        ui.splitter.setSizes([380, 620])
        self._status_buttons: dict[Status, QPushButton] = {
            Status.CONFORMING: ui.conformingButton, Status.NONCONFORMING: ui.nonconformingButton,
            Status.NOT_APPLICABLE: ui.notApplicableButton, Status.FOLLOW_UP: ui.followUpButton,
            Status.UNCHECKED: ui.uncheckedButton,
        }
        for status, button in self._status_buttons.items():
            button.clicked.connect(lambda _c=False, s=status: self.set_status(s))
        ui.itemTree.currentItemChanged.connect(lambda cur, _prev: self._select(cur))
        ui.itemTree.installEventFilter(self)
        ui.findingEdit.installEventFilter(self)
        ui.valueEdit.editingFinished.connect(self._commit_value)
        ui.valueCombo.activated.connect(lambda _i: self._commit_value())
        self._finding_timer = QTimer(self)
        self._finding_timer.setSingleShot(True)
        self._finding_timer.setInterval(3000)
        self._finding_timer.timeout.connect(self._commit_finding)
        ui.findingEdit.textChanged.connect(lambda: None if self._loading else self._finding_timer.start())
        ui.filterCombo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        ui.searchEdit.textChanged.connect(lambda _t: self._apply_filter())
        ui.nextRequiredButton.clicked.connect(self.next_unanswered_required)
        ui.templatesButton.clicked.connect(self.change_templates)
        self.evidence = EvidenceController(document, ui.evidenceList, self)
        ui.addEvidenceButton.clicked.connect(self.evidence.choose_files)
        ui.pasteEvidenceButton.clicked.connect(self.evidence.paste)
        ui.openEvidenceButton.clicked.connect(self.evidence.open_selected)
        ui.saveEvidenceButton.clicked.connect(self.evidence.save_selected)
        ui.removeEvidenceButton.clicked.connect(self.evidence.remove_selected)
        self.setAcceptDrops(True)
        for keys, slot in (("Ctrl+Down", lambda: self.step(1)), ("Ctrl+Up", lambda: self.step(-1)),
                           ("F8", self.next_unanswered_required), ("Ctrl+J", self.next_unanswered_required)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        paste = QShortcut(QKeySequence.StandardKey.Paste, ui.evidenceList)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.evidence.paste)

    # -- SectionPage -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        case = self.document.case
        try:
            self.state = ops.load(case) if case is not None else None
        except JnzdError as exc:  # a damaged template copy in the case: a message, not a crash
            self.state = None
            self.document.failed.emit(exc.message())
        self._build_tree()
        self._apply_filter()
        if self._current not in self._tree_items:
            first = next(iter(self._tree_items), None)
            self._current = first
        if self._current is not None:
            self.ui.itemTree.setCurrentItem(self._tree_items[self._current])
        self._show_current()

    def on_changed(self, changes: OpChanges) -> None:
        if changes.everything or changes.touches("checklist_template"):
            self.reload()
            return
        if not any(changes.touches(t) for t in (*TABLES, "enterprise", "engagement", "contact")):
            if changes.kind == "workflow":
                self.set_read_only(False)
            return
        case = self.document.case
        if case is None:
            return
        try:
            self.state = ops.load(case)
        except JnzdError as exc:
            self.document.failed.emit(exc.message())
            return
        self._refresh_tree_statuses()
        self._apply_filter()
        if changes.source is not self:
            self._show_current()
        else:
            self._show_answer_meta()
        if changes.kind == "workflow":
            self.set_read_only(False)

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or not editable(self.document.case)
        ui = self.ui
        for w in (*self._status_buttons.values(), ui.valueCombo, ui.addEvidenceButton, ui.pasteEvidenceButton,
                  ui.removeEvidenceButton, ui.templatesButton):
            w.setEnabled(not read_only)
        ui.valueEdit.setReadOnly(read_only)
        ui.findingEdit.setReadOnly(read_only)

    def focus_field(self, key: str) -> bool:
        if not key.startswith("checklist."):
            return False
        item_id = key.split(".", 1)[1]
        tree_item = self._tree_items.get(item_id)
        if tree_item is None:
            return False
        self.ui.filterCombo.setCurrentIndex(0)
        self.ui.searchEdit.clear()
        self.ui.itemTree.setCurrentItem(tree_item)
        self.ui.itemTree.setFocus()
        return True

    def commit_pending(self) -> None:
        self._commit_finding()
        self._commit_value()

    # -- tree ------------------------------------------------------------------------------------------------
    def _build_tree(self) -> None:
        tree = self.ui.itemTree
        self._loading = True
        tree.clear()
        self._tree_items.clear()
        if self.state is None:
            self._loading = False
            return
        for section in self.state.sections:
            node = QTreeWidgetItem(tree, [f"{section.id} {section.title}", ""])
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            node.setData(0, ITEM_ROLE, "")  # never None: PySide6 6.12 mis-counts None returned by data()
            node.setFlags(node.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for it in section.items:
                mark = " *" if it.required else ""
                child = QTreeWidgetItem(node, [f"{it.id} {it.title}{mark}", ""])
                child.setData(0, ITEM_ROLE, it.id)
                self._tree_items[it.id] = child
            node.setExpanded(True)
        self._loading = False
        self._refresh_tree_statuses()

    def _refresh_tree_statuses(self) -> None:
        if self.state is None:
            return
        for item_id, node in self._tree_items.items():
            st = self.state.items.get(item_id)
            if st is None:
                continue
            text = st.status.label_zh + (" ⊕" if st.derived is not None and st.manual_status is Status.UNCHECKED
                                         else "") + (f"  证据{st.evidence_count}" if st.evidence_count else "")
            node.setText(1, text)
            node.setForeground(1, QBrush(QColor(STATUS_COLOURS[st.status])))
        progress = {p.section.id: p for p in self.state.progress()}
        tree = self.ui.itemTree
        for i in range(tree.topLevelItemCount()):
            node = tree.topLevelItem(i)
            sid = str(node.text(0)).split(" ", 1)[0]
            p = progress.get(sid)
            if p is not None:
                node.setText(1, f"{p.answered}/{p.total}")
        self.ui.progressLabel.setText(
            self.tr("必填 %1/%2（%3%）").replace("%1", str(self.state.required_answered))
            .replace("%2", str(self.state.required_total)).replace("%3", f"{self.state.completeness * 100:.0f}"))

    def _matches(self, st: ops.ItemState, mode: str, needle: str) -> bool:
        if mode == "unanswered" and st.answered:
            return False
        if mode == "nonconforming" and st.status is not Status.NONCONFORMING:
            return False
        if mode == "required" and not st.item.required:
            return False
        if mode == "evidence" and not st.evidence_count:
            return False
        if mode == "follow_up" and st.status is not Status.FOLLOW_UP:
            return False
        if needle:
            finding = str((st.answer or {}).get("finding") or "")
            hay = f"{st.item.id} {st.item.title} {st.item.guidance} {finding}".lower()
            return needle in hay
        return True

    def _apply_filter(self) -> None:
        if self.state is None:
            return
        mode = str(self.ui.filterCombo.currentData() or "all")
        needle = self.ui.searchEdit.text().strip().lower()
        tree = self.ui.itemTree
        for i in range(tree.topLevelItemCount()):
            node = tree.topLevelItem(i)
            visible = 0
            for j in range(node.childCount()):
                child = node.child(j)
                st = self.state.items.get(str(child.data(0, ITEM_ROLE)))
                shown = st is not None and self._matches(st, mode, needle)
                child.setHidden(not shown)
                visible += int(shown)
            node.setHidden(visible == 0)

    def visible_item_ids(self) -> list[str]:
        return [k for k, node in self._tree_items.items() if not node.isHidden() and not node.parent().isHidden()]

    def step(self, delta: int) -> None:
        ids = self.visible_item_ids()
        if not ids:
            return
        index = ids.index(self._current) + delta if self._current in ids else 0
        index = max(0, min(index, len(ids) - 1))
        self.ui.itemTree.setCurrentItem(self._tree_items[ids[index]])

    def next_unanswered_required(self) -> bool:
        if self.state is None:
            return False
        order = [st.item.id for st in self.state.ordered()]
        start = order.index(self._current) + 1 if self._current in order else 0
        for item_id in order[start:] + order[:start]:
            st = self.state.items[item_id]
            if st.item.required and not st.answered:
                self.ui.filterCombo.setCurrentIndex(0)
                self.ui.searchEdit.clear()
                self.ui.itemTree.setCurrentItem(self._tree_items[item_id])
                self.ui.itemTree.setFocus()
                return True
        self.document.failed.emit(self.tr("所有必填条目都已回答"))
        return False

    # -- panel -----------------------------------------------------------------------------------------------
    def _select(self, node: QTreeWidgetItem | None) -> None:
        if self._loading or node is None:
            return
        item_id = node.data(0, ITEM_ROLE)
        if not item_id:  # a section node
            return
        if self._current != item_id:
            self.commit_pending()  # leaving an item commits what was typed for it
        self._current = str(item_id)
        self._show_current()

    def current_state(self) -> ops.ItemState | None:
        if self.state is None or self._current is None:
            return None
        return self.state.items.get(self._current)

    def _show_current(self) -> None:
        st = self.current_state()
        ui = self.ui
        ui.itemPanel.setEnabled(st is not None)
        if st is None:
            ui.titleLabel.setText(self.tr("本案例尚未选择诊断清单模板。请点“清单模板…”选择。"))
            for w in (ui.metaLabel, ui.guidanceLabel, ui.derivedLabel, ui.answeredByLabel):
                w.clear()
            ui.derivedLabel.hide()
            ui.templatesButton.setEnabled(editable(self.document.case))
            self.evidence.show_item(None)
            return
        it = st.item
        self._loading = True
        try:
            required = self.tr("（必填）") if it.required else ""
            ui.titleLabel.setText(f"<h3>{it.id}　{it.title}{required}</h3>")
            wants = {"photo": self.tr("照片"), "document": self.tr("文件"), "none": self.tr("无")}[it.evidence]
            ui.metaLabel.setText(self.tr("依据：") + it.basis + "　·　" + self.tr("来源等级：") + it.label
                                 + "　·　" + self.tr("需要的证据：") + wants)
            ui.guidanceLabel.setText(it.guidance)
            if it.binding:
                source = source_of(it.binding)
                if st.derived is not None:
                    text = self.tr("由“%1”模块根据数据给出：").replace("%1", st.derived.source) \
                        + f"{st.derived.status.label_zh}。{st.derived.text}"
                    if st.manual_status is not Status.UNCHECKED:
                        text += self.tr("（已被手工状态“%1”覆盖）").replace("%1", st.manual_status.label_zh)
                else:
                    text = self.tr("此条目将由“%1”模块根据数据回答；该模块尚无数据，可先手工回答。")
                    text = text.replace("%1", source)
                ui.derivedLabel.setText(text)
                ui.derivedLabel.show()
            else:
                ui.derivedLabel.hide()
            kind = it.answer.type
            ui.valueLabel.setVisible(kind != "status")
            ui.valueEdit.setVisible(kind in ("number", "text"))
            ui.valueCombo.setVisible(kind == "choice")
            ui.unitLabel.setVisible(kind == "number")
            ui.unitLabel.setText(it.answer.unit)
            value = st.value()
            ui.valueEdit.setText("" if value is None else (f"{value:g}" if isinstance(value, float) else str(value)))
            if kind == "choice":
                ui.valueCombo.clear()
                ui.valueCombo.addItem(self.tr("（请选择）"), "")
                for choice in it.answer.choices:
                    ui.valueCombo.addItem(choice, choice)
                ui.valueCombo.setCurrentIndex(max(ui.valueCombo.findData(value or ""), 0))
            ui.findingEdit.setPlainText(str((st.answer or {}).get("finding") or ""))
            self._mark_status(st.manual_status)
            self._show_answer_meta()
        finally:
            self._loading = False
        self.evidence.show_item(it.id)

    def _show_answer_meta(self) -> None:
        st = self.current_state()
        a = (st.answer if st else None) or {}
        self.ui.answeredByLabel.setText(
            self.tr("最后修改：%1，%2").replace("%1", str(a.get("updated_by"))).replace("%2", str(a.get("updated_utc")))
            if a.get("updated_utc") else "")
        if st is not None:
            self._mark_status(st.manual_status)

    def _mark_status(self, status: Status) -> None:
        for s, button in self._status_buttons.items():
            button.setChecked(s is status)

    # -- edits -----------------------------------------------------------------------------------------------
    def set_status(self, status: Status) -> None:
        node = self.ui.itemTree.currentItem()
        if self._current is None or not editable(self.document.case) or (
                node is not None and node.data(0, ITEM_ROLE) != self._current):
            return  # a section row is highlighted: a status key must not hit the item shown before it
        self.commit_pending()
        self.document.run(ops.set_answer, self._current, status=status.value, source=self)
        self._show_answer_meta()

    def _commit_value(self) -> None:
        st = self.current_state()
        if self._loading or st is None or st.item.answer.type == "status" or not editable(self.document.case):
            return
        raw = self.ui.valueCombo.currentData() if st.item.answer.type == "choice" else self.ui.valueEdit.text()
        current = st.value()
        shown = "" if current is None else (f"{current:g}" if isinstance(current, float) else str(current))
        if str(raw or "").strip() == shown:
            self.ui.valueEdit.setStyleSheet("")
            return
        try:
            self.document.try_run(ops.set_answer, st.item.id, value=raw, source=self)
        except JnzdError as exc:
            self.ui.valueEdit.setStyleSheet("border: 1px solid #d03030; background: #fff0f0;")
            self.ui.valueEdit.setToolTip(exc.message())
            self.document.failed.emit(exc.message())
            return
        self.ui.valueEdit.setStyleSheet("")
        self.ui.valueEdit.setToolTip("")

    def _commit_finding(self) -> None:
        self._finding_timer.stop()
        st = self.current_state()
        if self._loading or st is None or not editable(self.document.case):
            return
        text = self.ui.findingEdit.toPlainText().rstrip()
        if text == str((st.answer or {}).get("finding") or ""):
            return
        self.document.run(ops.set_answer, st.item.id, finding=text, source=self)

    # -- keyboard, drops -------------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if obj is self.ui.itemTree:
                if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not (
                        event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
                    self.step(1 if event.key() == Qt.Key.Key_Down else -1)  # items only, never a section row
                    return True
                status = STATUS_KEYS.get(event.text())
                if status is not None and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                                Qt.KeyboardModifier.KeypadModifier):
                    self.set_status(status)
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.ui.findingEdit.setFocus()
                    return True
                if event.matches(QKeySequence.StandardKey.Paste):
                    self.evidence.paste()
                    return True
            elif obj is self.ui.findingEdit and event.key() == Qt.Key.Key_Escape:
                self._commit_finding()
                self.ui.itemTree.setFocus()
                return True
        elif event.type() == QEvent.Type.FocusOut and obj is self.ui.findingEdit:
            self._commit_finding()
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if self._current is not None and files and not all(f.endswith(".jnzd") for f in files) and editable(
                self.document.case):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()
                 if u.isLocalFile() and not u.toLocalFile().endswith(".jnzd")]
        if paths:
            self.evidence.add_files(paths)
            event.acceptProposedAction()

    def change_templates(self) -> None:
        from desktop_app.ui.templates_dialog import TemplatesDialog  # only when asked

        TemplatesDialog.change(self.document, self)
