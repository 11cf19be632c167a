"""The selected device on the equipment page: its fields (built from the type's declaration), its grade with the
trace, its eliminated-equipment check, and the calculator results linked to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidgetItem, QWidget

from desktop_app.calculations import equipment_register as reg
from desktop_app.domain.errors import JnzdError
from desktop_app.operations import calc_results
from desktop_app.operations import equipment as ops
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.forms.ui_equipment import Ui_EquipmentForm

T = "Equipment"  # context of the register's declared labels (calculations/equipment_register.py)

OUTCOME_COLOURS = {
    "grade_1": "#1e7b34", "grade_2": "#2e8b3a", "grade_3": "#7a6a00", "below_limit": "#c0392b",
    "cannot_judge": "#d35400", "out_of_scope": "#666666", "out_of_coverage": "#666666", "not_in_force": "#666666",
}
ELIMINATION_COLOURS = {"eliminated": "#c0392b", "suspected": "#d35400", "not_found_in_covered_entries": "#444444"}


def tr_label(text: str) -> str:
    return QCoreApplication.translate(T, text)


class EquipmentDetail(QObject):
    calculate = Signal(int)  # equipment id: open the calculators for it

    def __init__(self, ui: Ui_EquipmentForm, document: CaseDocument) -> None:
        super().__init__()
        self.ui = ui
        self.document = document
        self.view: ops.DeviceView | None = None
        self._built_for: tuple[int, str] | None = None
        self._widgets: dict[str, QWidget] = {}
        self._read_only = False
        ui.calculatorButton.clicked.connect(lambda: self.view and self.calculate.emit(self.view.id))

    # -- showing ---------------------------------------------------------------------------------------
    def show(self, view: ops.DeviceView | None) -> None:
        self.view = view
        ui = self.ui
        ui.detailPanel.setEnabled(view is not None)
        if view is None:
            self._clear_fields()
            ui.detailTitle.setText(self.tr("选择左侧的设备查看和编辑"))
            for w in (ui.gradeLabel, ui.eliminationLabel, ui.errorLabel):
                w.setText("")
            ui.gradeTrace.clear()
            ui.eliminationTrace.clear()
            ui.calcList.clear()
            return
        if self._built_for != (view.id, view.kind):
            self._build(view)
        self._fill(view)
        ui.detailTitle.setText(f"{view.title}（{tr_label(view.kind_label)}）")
        self._show_grade(view)
        self._show_elimination(view)
        self._show_calcs(view)

    def _show_grade(self, view: ops.DeviceView) -> None:
        ui = self.ui
        if view.grade_error:
            ui.gradeLabel.setText(self.tr("数据有误：") + view.grade_error)
            ui.gradeLabel.setStyleSheet("font-size: 15px; font-weight: bold; color: #c0392b;")
            ui.gradeTrace.clear()
            return
        g = view.grade
        if g is None:
            ui.gradeLabel.setText(self.tr("无适用的能效等级标准（本类设备不评定能效等级）"))
            ui.gradeLabel.setStyleSheet("font-size: 15px; font-weight: bold; color: #666666;")
            ui.gradeTrace.clear()
            return
        head = f"{g.label_zh}（{g.standard}" + (f"，{g.table}，{g.row}" if g.row else "") + "）"
        if g.missing:
            head += self.tr("；缺少：") + "、".join(g.missing)
        ui.gradeLabel.setText(head)
        ui.gradeLabel.setStyleSheet(f"font-size: 15px; font-weight: bold; color: {OUTCOME_COLOURS[g.outcome]};")
        ui.gradeTrace.setPlainText("\n".join(f"{n}. {line}" for n, line in enumerate(g.trace, start=1)))

    def _show_elimination(self, view: ops.DeviceView) -> None:
        ui = self.ui
        e = view.elimination
        if e is None:
            ui.eliminationLabel.setText(self.tr("所收录的淘汰目录不含此类设备"))
            ui.eliminationLabel.setStyleSheet("font-weight: bold; color: #666666;")
            ui.eliminationTrace.clear()
            return
        text = view.elimination_label
        if e.outcome == "suspected":
            text += self.tr("：需补充 ") + "、".join(e.missing_conditions)
        ui.eliminationLabel.setText(text)
        ui.eliminationLabel.setStyleSheet(f"font-weight: bold; color: {ELIMINATION_COLOURS[e.outcome]};")
        ui.eliminationTrace.setPlainText(e.trace)

    def _show_calcs(self, view: ops.DeviceView) -> None:
        ui = self.ui
        ui.calcList.clear()
        case = self.document.case
        if case is None:
            return
        for r in calc_results.saved(case, view.id):
            item = QListWidgetItem(f"{r.title}：{r.headline()}（{r.saved_utc[:10]}）")
            item.setToolTip(r.trace)
            ui.calcList.addItem(item)
        if ui.calcList.count() == 0:
            ui.calcList.addItem(self.tr("（尚无关联的计算结果）"))

    # -- the form --------------------------------------------------------------------------------------
    def _clear_fields(self) -> None:
        layout = self.ui.fieldsLayout
        while layout.rowCount():
            layout.removeRow(0)
        self._widgets = {}
        self._built_for = None

    def _build(self, view: ops.DeviceView) -> None:
        self._clear_fields()
        layout = self.ui.fieldsLayout
        kind_box = QComboBox()
        for key, k in reg.KINDS.items():
            kind_box.addItem(tr_label(k.label), key)
        kind_box.setObjectName("field_kind")
        kind_box.activated.connect(lambda _i, b=kind_box: self._commit("kind", str(b.currentData())))
        layout.addRow(self.tr("设备类型"), kind_box)
        self._widgets["kind"] = kind_box
        for spec in (*reg.COMMON, *reg.kind(view.kind).fields):
            widget: QWidget
            if spec.kind == "choice":
                box = QComboBox()
                box.addItem("", "")
                for value, label in spec.choices:
                    box.addItem(tr_label(label), value)
                box.activated.connect(lambda _i, b=box, k=spec.key: self._commit(k, str(b.currentData())))
                widget = box
            else:
                edit = QLineEdit()
                edit.editingFinished.connect(lambda e=edit, k=spec.key: self._edited(k, e))
                widget = edit
            widget.setObjectName(f"field_{spec.key}")
            heading = tr_label(spec.label) + (f"（{spec.unit}）" if spec.unit else "")
            if spec.graded:
                heading += " *"
                widget.setToolTip(self.tr("判定能效等级所需"))
            layout.addRow(heading, widget)
            self._widgets[spec.key] = widget
        self._built_for = (view.id, view.kind)
        self.set_read_only(self._read_only)

    def _stored(self, view: ops.DeviceView, key: str) -> str:
        if key in ops.COLUMNS:
            value = view.row.get(key)
            return "" if value is None else str(value)
        if key == "kind":
            return view.kind
        return view.params.get(key, "")

    def _fill(self, view: ops.DeviceView) -> None:
        for key, widget in self._widgets.items():
            value = self._stored(view, key)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QLineEdit) and not (widget.hasFocus() and widget.isModified()):
                widget.setText(value)
                widget.setModified(False)

    def _edited(self, key: str, edit: QLineEdit) -> None:
        if not edit.isModified():
            return
        edit.setModified(False)
        self._commit(key, edit.text())

    def _commit(self, key: str, value: str) -> None:
        view = self.view
        if view is None or self.document.case is None or value == self._stored(view, key):
            return
        try:
            self.document.try_run(ops.update, view.id, {key: value}, source=self)
        except JnzdError as exc:
            self.ui.errorLabel.setText(exc.message())
            widget = self._widgets.get(key)
            if isinstance(widget, QLineEdit):
                widget.setText(self._stored(view, key))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(self._stored(view, key))))
            return
        self.ui.errorLabel.setText("")

    def commit_pending(self) -> None:
        for key, widget in self._widgets.items():
            if isinstance(widget, QLineEdit) and widget.isModified():
                self._edited(key, widget)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in self._widgets.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
        self.ui.calculatorButton.setEnabled(not read_only)

    def focus(self, key: str) -> bool:
        widget = self._widgets.get(key)
        if widget is None:
            return False
        widget.setFocus()
        return True
