"""计算: the engineering calculators (one form per calculator, built from the registry's declaration), results
with the formula and trace, saved into the case linked to a device; the saved results below."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTableWidgetItem, QTreeWidgetItem, QWidget

from desktop_app.calculations import registry
from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import JnzdError
from desktop_app.operations import calc_results
from desktop_app.operations import equipment as equipment_ops
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.document_state import editable
from desktop_app.ui.forms.ui_calculators import Ui_CalculatorsForm
from desktop_app.ui.pages.base import SectionPage

T = "CalculatorsPage"
CT = "Calculators"  # context of the registry's declared labels (calculations/registry.py)
RESULT_HEADERS = (QT_TRANSLATE_NOOP("CalculatorsPage", "结果"), QT_TRANSLATE_NOOP("CalculatorsPage", "数值"),
                  QT_TRANSLATE_NOOP("CalculatorsPage", "单位"))
SAVED_HEADERS = (QT_TRANSLATE_NOOP("CalculatorsPage", "标题"), QT_TRANSLATE_NOOP("CalculatorsPage", "计算器"),
                 QT_TRANSLATE_NOOP("CalculatorsPage", "主要结果"), QT_TRANSLATE_NOOP("CalculatorsPage", "关联设备"),
                 QT_TRANSLATE_NOOP("CalculatorsPage", "保存时间"), QT_TRANSLATE_NOOP("CalculatorsPage", "复核"))


def _t(text: str) -> str:
    return QCoreApplication.translate(CT, text)


class CalculatorsPage(SectionPage):
    section_id = "calculators"
    jump = Signal(str)  # "equipment.<id>": show the device a result is linked to

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_CalculatorsForm()
        self.ui.setupUi(form)
        super().__init__(document, form, scroll=False)
        ui = self.ui
        groups: dict[str, QTreeWidgetItem] = {}
        for calc in registry.CALCULATORS.values():
            parent = groups.get(calc.group)
            if parent is None:
                parent = groups[calc.group] = QTreeWidgetItem(ui.calculatorTree, [_t(calc.group)])
                parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item = QTreeWidgetItem(parent, [_t(calc.title)])
            item.setData(0, Qt.ItemDataRole.UserRole, calc.id)
        ui.calculatorTree.expandAll()
        ui.calculatorTree.currentItemChanged.connect(self._tree_changed)
        ui.resultTable.setColumnCount(3)
        ui.resultTable.setHorizontalHeaderLabels([QCoreApplication.translate(T, h) for h in RESULT_HEADERS])
        ui.resultTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.resultTable.verticalHeader().setVisible(False)
        ui.savedTable.setColumnCount(len(SAVED_HEADERS))
        ui.savedTable.setHorizontalHeaderLabels([QCoreApplication.translate(T, h) for h in SAVED_HEADERS])
        ui.savedTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.savedTable.verticalHeader().setVisible(False)
        ui.savedTable.cellDoubleClicked.connect(self._load_saved)
        ui.saveButton.clicked.connect(self.save)
        ui.exampleButton.clicked.connect(lambda: self.calc and self.set_values(dict(self.calc.example)))
        ui.clearButton.clicked.connect(lambda: self.set_values({}))
        ui.deleteSavedButton.clicked.connect(self.delete_saved)
        ui.splitter.setSizes([280, 900])
        ui.vsplitter.setSizes([560, 220])
        self.calc: registry.Calculator | None = None
        self._inputs: dict[str, QWidget] = {}
        self._saved_ids: list[int] = []
        self._saved_equipment: list[int | None] = []
        self._last: registry.RunResult | None = None
        self.select_calculator(next(iter(registry.CALCULATORS)))

    # -- the calculator form ---------------------------------------------------------------------------
    def select_calculator(self, calc_id: str) -> None:
        tree = self.ui.calculatorTree
        for g in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(g)
            for c in range(group.childCount()):
                if group.child(c).data(0, Qt.ItemDataRole.UserRole) == calc_id:
                    tree.setCurrentItem(group.child(c))
                    return

    def _tree_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        calc_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if calc_id:
            self._build(registry.calculator(str(calc_id)))

    def _build(self, calc: registry.Calculator, values: dict[str, str] | None = None) -> None:
        self.calc = calc
        ui = self.ui
        ui.titleLabel.setText(_t(calc.title))
        ui.standardLabel.setText(self.tr("依据：") + calc.standard)
        ui.formulaLabel.setText(self.tr("公式：") + calc.formula)
        layout = ui.inputsLayout
        while layout.rowCount():
            layout.removeRow(0)
        self._inputs = {}
        for spec in calc.inputs:
            value = (values or {}).get(spec.key, spec.default)
            widget: QWidget
            if spec.kind == "choice":
                box = QComboBox()
                for v, label in spec.choices:
                    box.addItem(_t(label), v)
                box.setCurrentIndex(max(0, box.findData(value)))
                box.activated.connect(lambda _i: self.compute())
                widget = box
            else:
                edit = QLineEdit(value if value is not None else "")
                edit.setPlaceholderText(self.tr("可不填") if spec.optional else "")
                edit.editingFinished.connect(self.compute)
                widget = edit
            widget.setObjectName(f"input_{spec.key}")
            if spec.help:
                widget.setToolTip(spec.help)
            heading = _t(spec.label) + (f"（{spec.unit}）" if spec.unit else "")
            layout.addRow(heading, widget)
            self._inputs[spec.key] = widget
        self.compute()

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, widget in self._inputs.items():
            out[key] = str(widget.currentData()) if isinstance(widget, QComboBox) else widget.text()  # type: ignore[attr-defined]
        return out

    def set_values(self, values: dict[str, str]) -> None:
        if self.calc is not None:
            self._build(self.calc, values)

    def compute(self) -> registry.RunResult | None:
        calc = self.calc
        ui = self.ui
        if calc is None:
            return None
        values = self.values()
        blank = all(not values[i.key].strip() for i in calc.inputs if not i.default and i.kind != "choice")
        ui.exampleButton.setEnabled(bool(calc.example))
        try:
            result = registry.run(calc.id, values)
        except JnzdError as exc:
            self._last = None
            ui.hintLabel.setText(self.tr("填写输入后自动计算；可先点“填入算例”对照参考结果。") if blank else "")
            ui.errorLabel.setText("" if blank else exc.message())
            ui.resultTable.setRowCount(0)
            ui.traceBrowser.clear()
            self._update_save_button()
            return None
        self._last = result
        ui.errorLabel.setText("")
        ui.hintLabel.setText("")
        ui.resultTable.setRowCount(len(result.outputs))
        for r, o in enumerate(result.outputs):
            for c, text in enumerate((_t(o.label), o.text, o.unit)):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                ui.resultTable.setItem(r, c, item)
        ui.traceBrowser.setPlainText(result.trace)
        self._update_save_button()
        return result

    def _update_save_button(self) -> None:
        self.ui.saveButton.setEnabled(self._last is not None and editable(self.document.case))

    def save(self) -> None:
        if self.calc is None or self.compute() is None:
            return
        equipment_id = self.ui.equipmentCombo.currentData()
        result = self.document.run(calc_results.run_and_save, self.calc.id, self.values(),
                                   equipment_id=int(equipment_id) if equipment_id else None,
                                   title=self.ui.resultTitleEdit.text(), source=self)
        if result is not None:
            self.ui.resultTitleEdit.clear()
            self.reload()
            self.ui.savedTable.selectRow(len(self._saved_ids) - 1)

    # -- the case --------------------------------------------------------------------------------------
    def reload(self) -> None:
        case = self.document.case
        if case is None:
            return
        ui = self.ui
        devices = equipment_ops.register(case)
        current = ui.equipmentCombo.currentData()
        ui.equipmentCombo.clear()
        ui.equipmentCombo.addItem(self.tr("（不关联）"), 0)
        for v in devices:
            ui.equipmentCombo.addItem(v.title, v.id)
        ui.equipmentCombo.setCurrentIndex(max(0, ui.equipmentCombo.findData(current)))
        titles = {v.id: v.title for v in devices}
        saved = calc_results.saved(case)
        self._saved_ids = [r.id for r in saved]
        self._saved_equipment = [r.equipment_id for r in saved]
        ui.savedTable.setRowCount(len(saved))
        for row, r in enumerate(saved):
            name = registry.CALCULATORS[r.calculator].title if r.calculator in registry.CALCULATORS else r.calculator
            is_stale = calc_results.stale(r)
            cells = (r.title, _t(name), r.headline(), titles.get(r.equipment_id or 0, ""),
                     r.saved_utc.replace("T", " ")[:16],
                     self.tr("按现行算法结果不同，请复核") if is_stale else self.tr("一致"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(r.trace)
                if c == 5 and is_stale:
                    item.setForeground(QBrush(QColor("#c0392b")))
                ui.savedTable.setItem(row, c, item)
        self._update_save_button()

    def on_changed(self, changes: OpChanges) -> None:
        if changes.everything or any(changes.touches(t) for t in ("calc_result", "equipment")):
            self.reload()

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or not editable(self.document.case)
        self.ui.deleteSavedButton.setEnabled(not read_only)
        self._update_save_button()

    def _load_saved(self, row: int, column: int) -> None:
        case = self.document.case
        if case is None or not 0 <= row < len(self._saved_ids):
            return
        if column == 3 and self._saved_equipment[row]:
            self.jump.emit(f"equipment.{self._saved_equipment[row]}")
            return
        saved = next(r for r in calc_results.saved(case) if r.id == self._saved_ids[row])
        if saved.calculator in registry.CALCULATORS:
            self.select_calculator(saved.calculator)
            self.set_values(saved.inputs)
            self.ui.equipmentCombo.setCurrentIndex(max(0, self.ui.equipmentCombo.findData(saved.equipment_id or 0)))

    def delete_saved(self) -> None:
        row = self.ui.savedTable.currentRow()
        if 0 <= row < len(self._saved_ids):
            self.document.run(calc_results.delete, self._saved_ids[row], source=self)

    def focus_field(self, key: str) -> bool:
        """``calc_result.equipment:<id>`` preselects that device for the next saved result."""
        _table, _, rest = key.partition(".")
        if rest.startswith("equipment:") and rest[10:].isdigit():
            index = self.ui.equipmentCombo.findData(int(rest[10:]))
            if index >= 0:
                self.ui.equipmentCombo.setCurrentIndex(index)
                self.ui.calculatorTree.setFocus()
                return True
        return False
