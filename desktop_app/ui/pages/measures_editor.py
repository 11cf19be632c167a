"""The selected measure: its fields, resource streams, figures with the trace, decisions over time and links."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidgetItem, QTableWidgetItem

from desktop_app.calculations import measures as calc
from desktop_app.domain.errors import JnzdError
from desktop_app.operations import calc_results, equipment
from desktop_app.operations import measures as ops
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.forms.ui_measures import Ui_MeasuresForm

STREAM_COLUMNS = (QT_TRANSLATE_NOOP("MeasureEditor", "资源"), QT_TRANSLATE_NOOP("MeasureEditor", "年节约量"),
                  QT_TRANSLATE_NOOP("MeasureEditor", "单位"), QT_TRANSLATE_NOOP("MeasureEditor", "单价（元/单位）"),
                  QT_TRANSLATE_NOOP("MeasureEditor", "说明"))


class MeasureEditor(QObject):
    def __init__(self, ui: Ui_MeasuresForm, document: CaseDocument) -> None:
        super().__init__()
        self.ui = ui
        self.document = document
        self.view: ops.MeasureView | None = None
        self._filling = False
        for key, label in calc.CATEGORIES.items():
            ui.categoryCombo.addItem(label, key)
        ui.priorityCombo.addItem("", "")
        for key, label in calc.PRIORITIES.items():
            ui.priorityCombo.addItem(label, key)
        for key, label in calc.DECISIONS.items():
            ui.decisionCombo.addItem(label, key)
        for key, res in calc.RESOURCES.items():
            ui.resourceCombo.addItem(f"{res.name_zh}（{res.unit}）", key)
        for key, label in ops.LINK_KINDS.items():
            ui.linkKindCombo.addItem(label, key)
        ui.streamTable.setColumnCount(len(STREAM_COLUMNS))
        ui.streamTable.setHorizontalHeaderLabels([QCoreApplication.translate("MeasureEditor", h)
                                                  for h in STREAM_COLUMNS])
        ui.streamTable.verticalHeader().setVisible(False)
        ui.streamTable.itemChanged.connect(self._stream_edited)
        for edit, key in ((ui.codeEdit, "code"), (ui.titleEdit, "title"), (ui.investmentEdit, "investment_wan"),
                          (ui.omEdit, "extra_om_wan"), (ui.lifetimeEdit, "lifetime_years"),
                          (ui.rateEdit, "discount_rate_pct")):
            edit.editingFinished.connect(lambda e=edit, k=key: self._edited(k, e))
        ui.categoryCombo.activated.connect(lambda _i: self._commit({"category": ui.categoryCombo.currentData()}))
        ui.priorityCombo.activated.connect(lambda _i: self._commit({"priority": ui.priorityCombo.currentData()}))
        ui.addStreamButton.clicked.connect(self._add_stream)
        ui.deleteStreamButton.clicked.connect(self._delete_stream)
        ui.decideButton.clicked.connect(self._decide)
        ui.linkKindCombo.activated.connect(lambda _i: self._fill_targets())
        ui.linkButton.clicked.connect(lambda: self._link(True))
        ui.unlinkButton.clicked.connect(lambda: self._link(False))

    # -- showing -----------------------------------------------------------------------------------------------
    def show(self, view: ops.MeasureView | None) -> None:
        self.view = view
        ui = self.ui
        ui.editor.setEnabled(view is not None)
        self._filling = True
        try:
            if view is None:
                for e in (ui.codeEdit, ui.titleEdit, ui.investmentEdit, ui.omEdit, ui.lifetimeEdit, ui.rateEdit):
                    e.clear()
                ui.descriptionEdit.clear()
                ui.streamTable.setRowCount(0)
                ui.decisionList.clear()
                ui.linkList.clear()
                ui.traceBrowser.clear()
                ui.figuresLabel.setText(self.tr("选择左侧的措施，或新建 / 从目录添加。"))
                return
            row = view.row
            for edit, key in ((ui.codeEdit, "code"), (ui.titleEdit, "title"), (ui.investmentEdit, "investment_wan"),
                              (ui.omEdit, "extra_om_wan"), (ui.lifetimeEdit, "lifetime_years"),
                              (ui.rateEdit, "discount_rate_pct")):
                if not (edit.hasFocus() and edit.isModified()):
                    edit.setText("" if row.get(key) is None else str(row[key]))
                    edit.setModified(False)
            if not ui.descriptionEdit.hasFocus():
                ui.descriptionEdit.setPlainText(str(row.get("description") or ""))
            ui.categoryCombo.setCurrentIndex(max(0, ui.categoryCombo.findData(row["category"])))
            ui.priorityCombo.setCurrentIndex(max(0, ui.priorityCombo.findData(row.get("priority") or "")))
            self._fill_streams(view)
            self._fill_figures(view)
            ui.decisionList.clear()
            for d in view.decisions:
                note = f"：{d['note']}" if d.get("note") else ""
                ui.decisionList.addItem(f"{d['decided_on']} {calc.DECISIONS.get(d['decision'], d['decision'])}{note}")
            if not ui.decisionDateEdit.text():
                ui.decisionDateEdit.setText(date.today().isoformat())
            ui.linkList.clear()
            titles = self._targets_all()
            for lk in view.links:
                item = QListWidgetItem(f"{ops.LINK_KINDS.get(lk['kind'], lk['kind'])}："
                                       f"{titles.get((lk['kind'], lk['target']), lk['target'])}")
                item.setData(Qt.ItemDataRole.UserRole, f"{lk['kind']}|{lk['target']}")
                ui.linkList.addItem(item)
            self._fill_targets()
        finally:
            self._filling = False

    def _fill_streams(self, view: ops.MeasureView) -> None:
        table = self.ui.streamTable
        table.blockSignals(True)
        try:
            table.setRowCount(len(view.streams))
            prices = ops.default_prices(self.document.case) if self.document.case is not None else {}
            for r, s in enumerate(view.streams):
                res = calc.RESOURCES.get(s["resource"])
                default = prices.get(s["resource"])
                price = s.get("price") or ""
                cells = (res.name_zh if res else s["resource"], str(s["quantity"]), res.unit if res else "",
                         str(price), str(s.get("note") or ""))
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if c in (0, 2):
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if c == 3 and not price and default is not None:
                        item.setToolTip(self.tr("空着时按能源消费中的平均单价 %1 元").replace("%1", str(default)))
                    table.setItem(r, c, item)
        finally:
            table.blockSignals(False)

    def _fill_figures(self, view: ops.MeasureView) -> None:
        ui = self.ui
        f = view.figures
        if f is None:
            ui.figuresLabel.setText(f'<span style="color:#c0392b">{view.error}</span>')
            ui.traceBrowser.clear()
            return
        parts = [f"{f.tce_equivalent:.2f} tce（当量）"]
        if f.tce_equal is not None:
            parts.append(f"{f.tce_equal:.2f} tce（等价）")
        if f.tco2 is not None:
            parts.append(f"{f.tco2:.1f} tCO2")
        parts.append(f"年节约 {f.annual_saving_wan:.2f} 万元")
        parts.append("静态回收期 " + (f"{f.payback_years:.2f} 年" if f.payback_years is not None else "—"))
        if f.npv_wan is not None:
            parts.append(f"NPV {f.npv_wan:.2f} 万元")
        if f.irr_percent is not None:
            parts.append(f"IRR {f.irr_percent:.1f} %")
        text = "；".join(parts)
        if f.unpriced:
            text += self.tr("（未计价：") + "、".join(f.unpriced) + "）"
        ui.figuresLabel.setText(text)
        ui.traceBrowser.setPlainText(f.trace_text)

    def _targets_all(self) -> dict[tuple[str, str], str]:
        case = self.document.case
        if case is None:
            return {}
        out: dict[tuple[str, str], str] = {}
        for v in equipment.register(case):
            out[("equipment", str(v.id))] = v.title
        for d in case.rows("dataset"):
            out[("dataset", str(d["id"]))] = str(d["label"])
        for c in case.rows("channel"):
            out[("channel", str(c["id"]))] = f"{c['label']}（{c['unit']}）"
        for r in calc_results.saved(case):
            out[("calc_result", str(r.id))] = f"{r.title}：{r.headline()}"
        for a in case.rows("checklist_answer"):
            out[("checklist", str(a["item_id"]))] = str(a["item_id"])
        return out

    def _fill_targets(self) -> None:
        kind = str(self.ui.linkKindCombo.currentData())
        box: QComboBox = self.ui.linkTargetCombo
        box.clear()
        box.setEditable(kind == "checklist")
        for (k, key), title in sorted(self._targets_all().items()):
            if k == kind:
                box.addItem(title, key)

    # -- editing -----------------------------------------------------------------------------------------------
    def _commit(self, values: dict[str, object]) -> bool:
        view = self.view
        if view is None or self._filling or self.document.case is None:
            return False
        try:
            self.document.try_run(ops.update, view.id, values, source=self)
        except JnzdError as exc:
            self.show(view)  # the stored values back in the fields
            self.ui.figuresLabel.setText(f'<span style="color:#c0392b">{exc.message()}</span>')
            return False
        return True

    def _edited(self, key: str, edit: QLineEdit) -> None:
        if edit.isModified():
            edit.setModified(False)
            self._commit({key: edit.text()})

    def commit_pending(self) -> None:
        view = self.view
        if view is not None and self.ui.descriptionEdit.toPlainText() != str(view.row.get("description") or ""):
            self._commit({"description": self.ui.descriptionEdit.toPlainText()})
        for edit, key in ((self.ui.codeEdit, "code"), (self.ui.titleEdit, "title"),
                          (self.ui.investmentEdit, "investment_wan"), (self.ui.omEdit, "extra_om_wan"),
                          (self.ui.lifetimeEdit, "lifetime_years"), (self.ui.rateEdit, "discount_rate_pct")):
            self._edited(key, edit)

    def _stream_edited(self, item: QTableWidgetItem) -> None:
        view = self.view
        if view is None or self._filling or not 0 <= item.row() < len(view.streams):
            return
        s = view.streams[item.row()]
        table = self.ui.streamTable
        qty, price, note = (table.item(item.row(), c).text() for c in (1, 3, 4))
        if self.document.run(ops.set_stream, view.id, s["resource"], qty, price, note, stream_id=s["id"],
                             source=self) is None:
            self.show(view)

    def _add_stream(self) -> None:
        if self.view is not None:
            self.document.run(ops.set_stream, self.view.id, str(self.ui.resourceCombo.currentData()), "0",
                              source=self)

    def _delete_stream(self) -> None:
        view = self.view
        row = self.ui.streamTable.currentRow()
        if view is not None and 0 <= row < len(view.streams):
            self.document.run(ops.delete_stream, view.streams[row]["id"], source=self)

    def _decide(self) -> None:
        view = self.view
        if view is not None:
            self.document.run(ops.decide, view.id, str(self.ui.decisionCombo.currentData()),
                              self.ui.decisionDateEdit.text().strip(), self.ui.decisionNoteEdit.text(), source=self)
            self.ui.decisionNoteEdit.clear()

    def _link(self, on: bool) -> None:
        view = self.view
        if view is None:
            return
        if on:
            box = self.ui.linkTargetCombo
            target = box.currentData() if box.currentData() is not None and not box.isEditable() else \
                box.currentText().strip()
            self.document.run(ops.link, view.id, str(self.ui.linkKindCombo.currentData()), target, source=self)
            return
        item = self.ui.linkList.currentItem()
        if item is not None:
            kind, _, target = str(item.data(Qt.ItemDataRole.UserRole)).partition("|")
            self.document.run(ops.link, view.id, kind, target, on=False, source=self)

    def set_read_only(self, read_only: bool) -> None:
        ui = self.ui
        for e in (ui.codeEdit, ui.titleEdit, ui.investmentEdit, ui.omEdit, ui.lifetimeEdit, ui.rateEdit,
                  ui.decisionDateEdit, ui.decisionNoteEdit):
            e.setReadOnly(read_only)
        ui.descriptionEdit.setReadOnly(read_only)
        for w in (ui.categoryCombo, ui.priorityCombo, ui.addStreamButton, ui.deleteStreamButton, ui.decideButton,
                  ui.linkButton, ui.unlinkButton, ui.streamTable):
            w.setEnabled(not read_only)
