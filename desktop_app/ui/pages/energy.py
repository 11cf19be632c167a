"""能源消费: settings, the purchase/stock/consumption table with computed tce and CO2, monthly quantities,
and charts of the structure and the monthly profile. Every edit is one operation; the trace of the selected
row says which table value (or measured calorific value) decided its figure."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QInputDialog, QLineEdit, QTableWidgetItem, QWidget

from desktop_app.calculations.energy import display_tce
from desktop_app.calculations.units import UNITS
from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import JnzdError
from desktop_app.operations import energy as ops
from desktop_app.ui.charts import BarChart, MonthChart
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.document_state import editable
from desktop_app.ui.forms.ui_energy import Ui_EnergyForm
from desktop_app.ui.pages.base import SectionPage

# (column key, header, editable)
T = "EnergyPage"
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("EnergyPage", "能源品种"), True),
    ("unit", QT_TRANSLATE_NOOP("EnergyPage", "单位"), False),
    ("purchased", QT_TRANSLATE_NOOP("EnergyPage", "购入量"), True),
    ("opening_stock", QT_TRANSLATE_NOOP("EnergyPage", "期初库存"), True),
    ("closing_stock", QT_TRANSLATE_NOOP("EnergyPage", "期末库存"), True),
    ("transferred_out", QT_TRANSLATE_NOOP("EnergyPage", "外供量"), True),
    ("consumed", QT_TRANSLATE_NOOP("EnergyPage", "消费量"), True),
    ("cost_yuan", QT_TRANSLATE_NOOP("EnergyPage", "费用（元）"), True),
    ("measured_ncv", QT_TRANSLATE_NOOP("EnergyPage", "实测低位发热量"), True),
    ("ncv_source", QT_TRANSLATE_NOOP("EnergyPage", "发热量来源"), True),
    ("coefficient", QT_TRANSLATE_NOOP("EnergyPage", "折标系数"), False),
    ("tce", QT_TRANSLATE_NOOP("EnergyPage", "当量值（tce）"), False),
    ("share", QT_TRANSLATE_NOOP("EnergyPage", "占比"), False),
    ("co2", QT_TRANSLATE_NOOP("EnergyPage", "CO2（t）"), False),
    ("price", QT_TRANSLATE_NOOP("EnergyPage", "单价（元/计量单位）"), False),
)
SETTING_EDITS = {
    "equalValueEdit": "equal_value",
    "equalYearEdit": "equal_value_year",
    "equalSourceEdit": "equal_value_source",
    "gridFactorEdit": "grid_factor",
    "gridBasisEdit": "grid_factor_basis",
    "heatFactorEdit": "heat_factor",
    "heatBasisEdit": "heat_factor_basis",
    "compareYearEdit": "compare_year",
    "compareTceEdit": "compare_tce",
    "compareOutputEdit": "compare_output_value_wan",
}
COMPUTED = QBrush(QColor("#efefef"))
TABLES = ("energy_item", "energy_month", "energy_setting", "frozen_reference")


def _unit_price(row: dict[str, object]) -> str:
    """Cost ÷ purchased quantity (else consumed), in 元 per the item's own unit."""
    cost = row.get("cost_yuan")
    qty = row.get("purchased") or row.get("consumed")
    if not cost or not qty or Decimal(str(qty)) == 0:
        return ""
    return f"{(Decimal(str(cost)) / Decimal(str(qty))).quantize(Decimal('0.0001')).normalize():f} 元/{row['unit']}"


class EnergyPage(SectionPage):
    section_id = "energy"

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_EnergyForm()
        self.ui.setupUi(form)
        super().__init__(document, form)
        ui = self.ui
        table = ui.itemTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([QCoreApplication.translate(T, h) for _k, h, _e in COLUMNS])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.itemChanged.connect(self._cell_edited)
        table.itemSelectionChanged.connect(self._selection_changed)
        ui.monthTable.setRowCount(1)
        ui.monthTable.setColumnCount(12)
        ui.monthTable.setHorizontalHeaderLabels([self.tr("%1月").replace("%1", str(m)) for m in range(1, 13)])
        ui.monthTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.monthTable.itemChanged.connect(self._month_edited)
        ui.addItemButton.clicked.connect(self.add_item)
        ui.removeItemButton.clicked.connect(self.remove_item)
        for name, key in SETTING_EDITS.items():
            edit: QLineEdit = getattr(ui, name)
            edit.editingFinished.connect(lambda e=edit, k=key: self._setting_edited(e, k))
        ui.mediaCheck.clicked.connect(
            lambda on: self.document.run(ops.set_settings, {"include_working_media": on}, source=self)
        )
        self.structure = BarChart(ui.structurePlot, self.tr("能源消费结构（当量值）"), "%")
        self.months = MonthChart(ui.monthPlot, self.tr("月度用量"))
        self._filling = False
        self._rows: list[int] = []

    # -- SectionPage -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        case = self.document.case
        if case is None:
            return
        try:
            self.report = ops.report(case)
        except JnzdError as exc:
            self.document.failed.emit(exc.message())
            return
        self._fill_settings()
        self._fill_table()
        self._fill_totals()
        self._selection_changed()

    def on_changed(self, changes: OpChanges) -> None:
        if changes.everything or any(changes.touches(t) for t in TABLES) or changes.touches("case_info"):
            self.reload()
        if changes.kind == "workflow":
            self.set_read_only(False)

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or not editable(self.document.case)
        ui = self.ui
        for name in SETTING_EDITS:
            getattr(ui, name).setReadOnly(read_only)
        for w in (ui.mediaCheck, ui.addItemButton, ui.removeItemButton):
            w.setEnabled(not read_only)
        triggers = (
            ui.itemTable.editTriggers().NoEditTriggers
            if read_only
            else (
                ui.itemTable.editTriggers().DoubleClicked
                | ui.itemTable.editTriggers().EditKeyPressed
                | ui.itemTable.editTriggers().AnyKeyPressed
            )
        )
        ui.itemTable.setEditTriggers(triggers)
        ui.monthTable.setEditTriggers(triggers)

    def focus_field(self, key: str) -> bool:
        if key.split(".", 1)[0] in ("energy_item", "energy_setting"):
            self.ui.itemTable.setFocus()
            return True
        return False

    # -- filling ---------------------------------------------------------------------------------------------
    def _fill_settings(self) -> None:
        case = self.document.case
        assert case is not None
        setting = case.row("energy_setting", 1) or {}
        for name, key in SETTING_EDITS.items():
            edit: QLineEdit = getattr(self.ui, name)
            value = setting.get(key)
            edit.setText("" if value is None else str(value))
            edit.setStyleSheet("")
        self.ui.mediaCheck.setChecked(bool(setting.get("include_working_media")))
        frozen = case.row("frozen_reference", f"gbt2589/{self.report.edition}") is not None
        self.ui.editionLabel.setText(
            self.tr("GB/T 2589-%1 附录A/B（%2）")
            .replace("%1", self.report.edition)
            .replace("%2", self.tr("已固化在本案例中") if frozen else self.tr("录入第一项能源后固化在本案例中"))
            + self.tr("；各行来源等级见折标系数提示。2020 版附录原文未核对，数值为通行值 [V-2]。")
            + self.tr("计算全程用精确十进制，显示按 GB/T 8170 修约（四舍六入五成双）。")
        )

    def _fill_table(self) -> None:
        case = self.document.case
        assert case is not None
        rows = case.rows("energy_item")
        by_id = {i.id: i for i in self.report.items}
        shares = dict(self.report.structure())
        table = self.ui.itemTable
        self._filling = True
        try:
            table.setRowCount(len(rows))
            self._rows = [int(r["id"]) for r in rows]
            for r, row in enumerate(rows):
                result = by_id.get(int(row["id"]))
                conv = result.conversion if result else None
                computed = {
                    "coefficient": f"{conv.coefficient.quantize(Decimal('0.000001')).normalize():f}" if conv else "",
                    "tce": display_tce(conv.tce) if conv else "",
                    "share": f"{shares.get(result.name, Decimal(0)) * 100:.1f}%" if conv and result else "",
                    "co2": display_tce(result.emission.tco2) if result and result.emission else "",
                    "price": _unit_price(row),
                }
                for c, (key, _header, is_editable) in enumerate(COLUMNS):
                    text = computed[key] if key in computed else ("" if row.get(key) is None else str(row[key]))
                    item = QTableWidgetItem(text)
                    if not is_editable:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                        item.setBackground(COMPUTED)
                    if key == "coefficient" and conv is not None:
                        item.setToolTip(conv.basis + self.tr("；来源等级 ") + conv.label)
                    if key in ("purchased", "opening_stock", "closing_stock", "transferred_out", "consumed"):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, c, item)
        finally:
            self._filling = False
        names = [i.name for i in self.report.items if i.conversion]
        self.structure.set_bars(names, [float(shares.get(n, 0)) * 100 for n in names])

    def _fill_totals(self) -> None:
        rep = self.report
        if not any(i.conversion for i in rep.items):
            self.ui.totalsLabel.setText(self.tr("尚无消费数据"))
            return
        text = self.tr("综合能耗 当量值 <b>%1</b> tce").replace("%1", display_tce(rep.total_tce))
        if rep.total_tce_equal is not None:
            text += self.tr("；等价值 <b>%1</b> tce").replace("%1", display_tce(rep.total_tce_equal))
        text += self.tr("；CO2 <b>%1</b> t").replace("%1", display_tce(rep.total_co2))
        if rep.comparison is not None:
            c = rep.comparison
            text += self.tr("；较对比期%1 %2%").replace("%1", f"（{c.year}）" if c.year else "").replace(
                "%2", f"{c.change * 100:+.1f}"
            )
            if c.savings_by_output_value is not None:
                text += self.tr("，按产值节能量 %1 tce").replace("%1", display_tce(c.savings_by_output_value))
        self.ui.totalsLabel.setText(text)

    def selected_id(self) -> int | None:
        rows = self.ui.itemTable.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._rows):
            return self._rows[rows[0].row()]
        return self._rows[0] if self._rows else None

    def _selection_changed(self) -> None:
        item_id = self.selected_id()
        result = next((i for i in self.report.items if i.id == item_id), None) if item_id else None
        self._filling = True
        try:
            for m in range(12):
                value = result.months[m] if result and result.months else None
                self.ui.monthTable.setItem(0, m, QTableWidgetItem("" if value is None else f"{value.normalize():f}"))
        finally:
            self._filling = False
        if result is None:
            self.ui.traceLabel.setText("")
            self.months.set_months([None] * 12, "")
            return
        lines = []
        if result.conversion:
            c = result.conversion
            lines.append(self.tr("消费量：") + f"{c.quantity.normalize():f} {c.unit}")
            lines.append(self.tr("折标依据：") + c.basis + f" → {display_tce(c.tce, 4)} tce")
        if result.equal:
            lines.append(self.tr("等价值：") + result.equal.basis + f" → {display_tce(result.equal.tce, 4)} tce")
        if result.emission:
            lines.append("CO2：" + result.emission.trace + f" → {display_tce(result.emission.tco2, 4)} t")
        elif result.co2_missing:
            lines.append(self.tr("CO2 未计算：") + result.co2_missing)
        if result.balance is not None:
            b = result.balance
            lines.append(
                self.tr("平衡：购入 + 期初 − 期末 − 外供 = %1，消费量 %2")
                .replace("%1", f"{b.expected.normalize():f}")
                .replace("%2", f"{b.consumed.normalize():f}")
            )
        self.ui.traceLabel.setText("\n".join(lines))
        self.months.set_months([None if v is None else float(v) for v in result.months], result.unit)

    # -- edits -----------------------------------------------------------------------------------------------
    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        key = COLUMNS[item.column()][0]
        item_id = self._rows[item.row()]
        if self.document.run(ops.update_item, item_id, {key: item.text()}, source=self) is None:
            self.reload()  # refused: show the stored value again (the status bar says why)

    def _month_edited(self, item: QTableWidgetItem) -> None:
        item_id = self.selected_id()
        if self._filling or item_id is None:
            return
        if self.document.run(ops.set_month, item_id, item.column() + 1, item.text(), source=self) is None:
            self.reload()

    def _setting_edited(self, edit: QLineEdit, key: str) -> None:
        case = self.document.case
        if case is None or self._filling:
            return
        current = (case.row("energy_setting", 1) or {}).get(key)
        if edit.text().strip() == ("" if current is None else str(current)):
            return
        if self.document.run(ops.set_settings, {key: edit.text()}, source=self) is None:
            edit.setStyleSheet("border: 1px solid #d03030; background: #fff0f0;")

    def add_item(self) -> None:
        case = self.document.case
        if case is None:
            return
        coefs = ops.coefficients(case)
        names = [f"{c.name_zh}（{c.code}）" for c in coefs.values()]
        choice, ok = QInputDialog.getItem(
            self, self.tr("添加能源品种"), self.tr("GB/T 2589 能源品种："), names, 0, False
        )
        if not ok:
            return
        code = choice.rsplit("（", 1)[1].rstrip("）")
        base = coefs[code].unit
        units = [u for u, (b, _f) in UNITS.items() if b == base]
        unit, ok = QInputDialog.getItem(self, self.tr("添加能源品种"), self.tr("计量单位："), units, 0, False)
        if ok:
            self.document.run(ops.add_item, code, unit, source=self)

    def remove_item(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.document.run(ops.delete_item, item_id, source=self)
