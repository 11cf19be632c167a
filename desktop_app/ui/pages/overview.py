"""案例概览: enterprise, workflow state, completeness and what is still missing."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QInputDialog, QListWidgetItem, QMessageBox, QWidget

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import JnzdError
from desktop_app.domain.findings import CheckReport, Severity
from desktop_app.domain.signature import Verdict
from desktop_app.domain.workflow import Action, allowed_actions
from desktop_app.operations import signing
from desktop_app.operations.check import check_case
from desktop_app.operations.summary import CaseSummary, summarize
from desktop_app.operations.workflow import transition
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.forms.ui_overview import Ui_OverviewForm
from desktop_app.ui.pages.base import SectionPage

STATE_COLOURS = {"draft": "#555555", "submitted": "#1f5fbf", "returned": "#c06000", "approved": "#2e8b3a"}


class OverviewPage(SectionPage):
    section_id = "overview"
    jump = Signal(str)  # table.column of a finding the user double-clicked

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_OverviewForm()
        self.ui.setupUi(form)
        super().__init__(document, form)
        self._buttons = {
            Action.SUBMIT: self.ui.submitButton, Action.WITHDRAW: self.ui.withdrawButton,
            Action.RETURN: self.ui.returnButton, Action.APPROVE: self.ui.approveButton,
            Action.REOPEN: self.ui.reopenButton,
        }
        for action, button in self._buttons.items():
            button.clicked.connect(lambda _c=False, a=action: self.do(a))
        self.ui.findingsList.itemDoubleClicked.connect(self._jump)

    def reload(self) -> None:
        case = self.document.case
        if case is None:
            return
        try:
            report = check_case(case)
            s = summarize(case, report)
        except JnzdError as exc:  # e.g. a damaged checklist template inside the case: say so, keep working
            self.ui.stateValue.setText(exc.message())
            self.document.failed.emit(exc.message())
            return
        ui = self.ui
        for label, value in ((ui.enterpriseValue, s.enterprise), (ui.usccValue, s.uscc), (ui.regionValue, s.region),
                             (ui.industryValue, s.industry), (ui.typeValue, s.diagnosis_type),
                             (ui.agencyValue, s.agency), (ui.asOfValue, s.as_of_date)):
            label.setText(value or "—")
        energy = f"{s.energy_tce} tce（当量值，GB/T 2589-{s.gbt2589_edition}）" if s.energy_tce else "—"
        if s.energy_tce_equal:
            energy += f"；{s.energy_tce_equal} tce（等价值）"
        ui.energyValue.setText(energy)
        ui.co2Value.setText(f"{s.co2_t} t" if s.co2_t else "—")
        ui.smeValue.setText(f"{s.sme_class}（{s.sme_reason}）" if s.sme_class else s.sme_reason)
        colour = STATE_COLOURS.get(s.workflow_state, "#555555")
        state = self.tr("状态：") + f'<b style="color:{colour}">{s.workflow_label}</b>'
        if s.read_only:
            state += "　" + self.tr("（只读）")
        ui.stateValue.setText(state)
        ui.trustValue.setText(self._trust_html(s))
        ui.completenessBar.setValue(round(s.completeness * 100))
        ui.checklistBar.setValue(round(s.checklist_completeness * 100))
        sections = "；".join(f"{c['id']} {c['required_answered']}/{c['required_total']}"
                             for c in s.checklist_sections if c["required_total"])
        ui.checklistLabel.setText((self.tr("清单：") + "、".join(s.checklist_templates) + "\n"
                                   + self.tr("各章节必填：") + sections) if s.checklist_templates
                                  else self.tr("尚未选择诊断清单模板"))
        allowed = set(allowed_actions(s.workflow_state)) if not case.read_only else set()
        for action, button in self._buttons.items():
            button.setVisible(action in allowed)
        self._fill_findings(report)

    def _trust_html(self, s: CaseSummary) -> str:
        """What the journal proves and who signed: green when proven and signed by a known key, amber for what
        cannot be proven (unsigned, a key this computer does not know, rows an older version wrote), red for
        changes outside the app and forged signatures. Colour always comes with a mark."""
        case = self.document.case
        assert case is not None
        red, amber, green = "#b00020", "#b06000", "#2e8b3a"
        rows: list[tuple[str, str, str]] = []
        if s.integrity_ok:
            rows.append((green, "✓", s.integrity[0] if s.integrity else self.tr("文件完整性已核对")))
            rows += [(amber, "ⓘ", line) for line in s.integrity[1:]]
        else:
            rows.append((red, "✖", self.tr("文件在程序之外被改动过（见下方待完善清单中的“文件完整性”各条）")))
        judged = signing.verify(case)
        for i, line in enumerate(s.signatures):
            if i < len(judged) and judged[i].verdict is Verdict.FORGED:
                rows.append((red, "✖", line))
            elif i < len(judged) and (judged[i].known or judged[i].own):
                rows.append((green, "✓", line))
            else:
                rows.append((amber, "⚠", line))
        if case.recovery_note:
            rows.append((amber, "ⓘ", case.recovery_note))
        return "<br>".join(f'<span style="color:{c}">{m} {html.escape(t)}</span>' for c, m, t in rows)

    def _fill_findings(self, report: CheckReport) -> None:
        lst = self.ui.findingsList
        lst.clear()
        if not report.findings:
            item = QListWidgetItem(self.tr("没有待完善的内容。"))
            item.setData(Qt.ItemDataRole.UserRole, "")  # never None (see pages/checklist.py)
            lst.addItem(item)
        for f in sorted(report.findings, key=lambda f: f.severity is not Severity.BLOCKING):  # blocking first
            mark = "✖" if f.severity is Severity.BLOCKING else "⚠"
            item = QListWidgetItem(f"{mark} {f.message}")
            item.setData(Qt.ItemDataRole.UserRole, f.key)
            lst.addItem(item)

    def on_changed(self, changes: OpChanges) -> None:
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        """Nothing to do: ``reload`` shows the state and which workflow buttons apply."""

    def do(self, action: Action) -> None:
        comment = ""
        if action is Action.RETURN:  # a review decision: it needs its reason
            comment, ok = QInputDialog.getMultiLineText(self, self.tr("退回修改"), self.tr("退回原因："))
            if not ok:
                return
        elif action in (Action.APPROVE, Action.REOPEN):
            answer = QMessageBox.question(self, self.tr("确认"), self.tr("确定要“%s”这个案例吗？") % action.label_zh)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.document.run(transition, action.value, comment, source=self)

    def _jump(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.jump.emit(str(key))
