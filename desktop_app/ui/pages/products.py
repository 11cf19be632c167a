"""产品能耗: unit-product indicators graded against the limit standards; the trace is one click away."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from desktop_app.calculations.energy import display_tce
from desktop_app.calculations.grading import relevant_inputs
from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import JnzdError
from desktop_app.operations import energy as energy_ops
from desktop_app.operations import products as ops
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.document_state import editable
from desktop_app.ui.forms.ui_products import Ui_ProductsForm
from desktop_app.ui.limit_picker import LimitPickerDialog
from desktop_app.ui.pages.base import SectionPage

T = "ProductsPage"
HEADERS = (
    QT_TRANSLATE_NOOP("ProductsPage", "产品"),
    QT_TRANSLATE_NOOP("ProductsPage", "指标"),
    QT_TRANSLATE_NOOP("ProductsPage", "计算值"),
    QT_TRANSLATE_NOOP("ProductsPage", "单位"),
    QT_TRANSLATE_NOOP("ProductsPage", "1级"),
    QT_TRANSLATE_NOOP("ProductsPage", "2级"),
    QT_TRANSLATE_NOOP("ProductsPage", "3级"),
    QT_TRANSLATE_NOOP("ProductsPage", "判定"),
    QT_TRANSLATE_NOOP("ProductsPage", "标准"),
    QT_TRANSLATE_NOOP("ProductsPage", "节能量（tce）"),
)
PRODUCT_FIELDS = (
    ("output", QT_TRANSLATE_NOOP("ProductsPage", "本期产量"), "t"),
    ("base_value", QT_TRANSLATE_NOOP("ProductsPage", "对比期单位产品能耗（用于节能量）"), ""),
)
OUTCOME_COLOURS = {
    "grade_1": "#2e8b3a",
    "grade_2": "#2e8b3a",
    "grade_3": "#8a6d00",
    "below_limit": "#c0392b",
    "cannot_judge": "#c07000",
    "out_of_scope": "#666666",
    "not_in_force": "#666666",
}


class ProductsPage(SectionPage):
    section_id = "products"

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_ProductsForm()
        self.ui.setupUi(form)
        super().__init__(document, form, scroll=False)
        table = self.ui.productTable
        table.setColumnCount(len(HEADERS))
        table.setHorizontalHeaderLabels([QCoreApplication.translate(T, h) for h in HEADERS])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._show_selected)
        inputs = self.ui.inputTable
        inputs.setColumnCount(3)
        inputs.setHorizontalHeaderLabels([self.tr("输入项"), self.tr("值"), self.tr("单位")])
        inputs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        inputs.itemChanged.connect(self._input_edited)
        self.ui.addButton.clicked.connect(self.add_product)
        self.ui.removeButton.clicked.connect(self.remove_product)
        self.results: list[ops.ProductResult] = []
        self._filling = False

    def reload(self) -> None:
        case = self.document.case
        if case is None:
            return
        try:
            self.results = ops.grade_products(case)
            total = energy_ops.report(case).total_tce
        except JnzdError as exc:
            self.document.failed.emit(exc.message())
            return
        intensity = ops.output_value_intensity(case, total)
        self.ui.intensityLabel.setText(
            self.tr("单位产值综合能耗：%1 tce/万元（综合能耗 ÷ 工业总产值）").replace("%1", display_tce(intensity, 4))
            if intensity is not None
            else self.tr("单位产值综合能耗：需要能源消费和企业概况中的工业总产值")
        )
        table = self.ui.productTable
        current = table.currentRow()
        table.setRowCount(len(self.results))
        for r, p in enumerate(self.results):
            res = p.result
            cells = (
                p.name,
                res.indicator,
                "" if res.value is None else f"{res.value:.2f}",
                res.unit,
                *("—" if res.limits.get(g) is None else f"{res.limits[g]:.2f}" for g in ("1", "2", "3")),
                res.label_zh,
                p.standard,
                "" if p.savings_tce is None else display_tce(p.savings_tce),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                if c == 7:
                    item.setForeground(QBrush(QColor(OUTCOME_COLOURS.get(res.outcome, "#333333"))))
                table.setItem(r, c, item)
        if self.results:
            table.selectRow(min(max(current, 0), len(self.results) - 1))
        self._show_selected()

    def on_changed(self, changes: OpChanges) -> None:
        if (
            changes.everything
            or any(changes.touches(t) for t in ("product", "energy_item", "case_info"))
            or changes.touches("enterprise", "output_value_wan")
        ):
            self.reload()

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or not editable(self.document.case)
        self.ui.addButton.setEnabled(not read_only)
        self.ui.removeButton.setEnabled(not read_only)
        self.ui.inputTable.setEditTriggers(
            self.ui.inputTable.editTriggers().NoEditTriggers
            if read_only
            else self.ui.inputTable.editTriggers().DoubleClicked | self.ui.inputTable.editTriggers().EditKeyPressed
        )

    def selected(self) -> ops.ProductResult | None:
        row = self.ui.productTable.currentRow()
        return self.results[row] if 0 <= row < len(self.results) else None

    def _show_selected(self) -> None:
        p = self.selected()
        case = self.document.case
        self._filling = True
        try:
            table = self.ui.inputTable
            table.setRowCount(0)
            if p is None or case is None:
                self.ui.traceLabel.setText("")
                return
            row = case.row("product", p.id) or {}
            std = ops.standard(case, str(row["standard_id"]))  # the edition this case uses
            values = json.loads(str(row["inputs"] or "{}"))
            keys = relevant_inputs(std, str(row["indicator_id"]))
            table.setRowCount(len(keys) + len(PRODUCT_FIELDS))
            for r, key in enumerate(keys):
                spec = std["inputs"][key]
                name = QTableWidgetItem(str(spec["name"]))
                name.setData(Qt.ItemDataRole.UserRole, key)
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                unit = QTableWidgetItem(" / ".join(spec.get("choices", [])) or str(spec.get("unit", "")))
                unit.setFlags(unit.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, 0, name)
                table.setItem(r, 1, QTableWidgetItem(str(values.get(key, ""))))
                table.setItem(r, 2, unit)
            for r, (column, label, unit_text) in enumerate(PRODUCT_FIELDS, start=len(keys)):
                name = QTableWidgetItem(QCoreApplication.translate("ProductsPage", label))
                name.setData(Qt.ItemDataRole.UserRole, f"product.{column}")
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                unit = QTableWidgetItem(p.result.unit if column == "base_value" else unit_text)
                unit.setFlags(unit.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, 0, name)
                table.setItem(r, 1, QTableWidgetItem("" if row.get(column) is None else str(row[column])))
                table.setItem(r, 2, unit)
            lines = list(p.result.trace)
            if p.savings_tce is not None:
                lines.append(
                    self.tr("节能量（GB/T 13234）=（对比期单耗 − 本期单耗）× 本期产量 = %1 tce").replace(
                        "%1", display_tce(p.savings_tce)
                    )
                )
            self.ui.traceLabel.setText("\n".join(lines))
        finally:
            self._filling = False

    def _input_edited(self, item: QTableWidgetItem) -> None:
        p = self.selected()
        if self._filling or p is None or item.column() != 1:
            return
        key = str(self.ui.inputTable.item(item.row(), 0).data(Qt.ItemDataRole.UserRole))
        if key.startswith("product."):
            result = self.document.run(ops.update_product, p.id, {key.split(".", 1)[1]: item.text()}, source=self)
        else:
            result = self.document.run(ops.set_inputs, p.id, {key: item.text()}, source=self)
        if result is None:
            self._show_selected()
        else:
            self.reload()

    def add_product(self) -> None:
        case = self.document.case
        dialog = LimitPickerDialog(self, ops.as_of_date(case) if case is not None else None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        if choice is not None:
            self.document.run(ops.add_product, dialog.name(), choice[0], choice[1], source=self)

    def remove_product(self) -> None:
        p = self.selected()
        if p is not None:
            self.document.run(ops.delete_product, p.id, source=self)
