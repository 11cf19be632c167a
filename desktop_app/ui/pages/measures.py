"""节能措施: the measures register with live totals and a payback chart; the editor of the selected measure lives
in ``measures_editor``."""

from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.calculations import measures as calc
from desktop_app.domain.changes import OpChanges
from desktop_app.operations import measures as ops
from desktop_app.reference import measures_catalogue
from desktop_app.ui.charts import BarChart
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.document_state import editable
from desktop_app.ui.forms.ui_measures import Ui_MeasuresForm
from desktop_app.ui.pages.base import SectionPage
from desktop_app.ui.pages.measures_editor import MeasureEditor

T = "MeasuresPage"
COLUMNS = (
    QT_TRANSLATE_NOOP("MeasuresPage", "编号"), QT_TRANSLATE_NOOP("MeasuresPage", "措施"),
    QT_TRANSLATE_NOOP("MeasuresPage", "类别"), QT_TRANSLATE_NOOP("MeasuresPage", "企业决定"),
    QT_TRANSLATE_NOOP("MeasuresPage", "节能量 tce（当量）"), QT_TRANSLATE_NOOP("MeasuresPage", "tce（等价）"),
    QT_TRANSLATE_NOOP("MeasuresPage", "减排 tCO2"), QT_TRANSLATE_NOOP("MeasuresPage", "年节约 万元"),
    QT_TRANSLATE_NOOP("MeasuresPage", "投资 万元"), QT_TRANSLATE_NOOP("MeasuresPage", "回收期 年"),
)
TABLES = ("measure", "measure_stream", "measure_decision", "measure_link", "energy_setting", "energy_item")


def fmt(value: Decimal | None, places: int = 1) -> str:
    return "—" if value is None else f"{value:,.{places}f}"


class MeasuresPage(SectionPage):
    section_id = "measures"

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_MeasuresForm()
        self.ui.setupUi(form)
        super().__init__(document, form, scroll=False)
        ui = self.ui
        table = ui.measureTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([QCoreApplication.translate(T, h) for h in COLUMNS])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        table.itemSelectionChanged.connect(self._selected)
        plot = pg.PlotWidget()
        layout = QVBoxLayout(ui.chartHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plot)
        self.chart = BarChart(plot, self.tr("静态投资回收期"), self.tr("年"))
        for m in measures_catalogue.catalogue().measures:
            ui.catalogueCombo.addItem(f"{calc.CATEGORIES.get(m.category, m.category)}｜{m.name}", m.id)
            ui.catalogueCombo.setItemData(ui.catalogueCombo.count() - 1,
                                          f"{m.description}\n典型节能：{m.saving.summary} [{m.label}]；"
                                          f"回收期 {m.payback.summary}", Qt.ItemDataRole.ToolTipRole)
        ui.addButton.clicked.connect(self.add)
        ui.fromCatalogueButton.clicked.connect(self.add_from_catalogue)
        ui.deleteButton.clicked.connect(self.delete)
        ui.splitter.setSizes([700, 560])
        self.editor = MeasureEditor(ui, document)
        self._ids: list[int] = []

    def reload(self) -> None:
        case = self.document.case
        if case is None:
            return
        views = ops.register(case)
        selected = self.selected_id()
        self._ids = [v.id for v in views]
        table = self.ui.measureTable
        table.blockSignals(True)
        try:
            table.setRowCount(len(views))
            for r, v in enumerate(views):
                f = v.figures
                cells = (str(v.row.get("code") or ""), str(v.row["title"]),
                         calc.CATEGORIES.get(str(v.row["category"]), str(v.row["category"])), v.decision_label,
                         fmt(f.tce_equivalent if f else None), fmt(f.tce_equal if f else None),
                         fmt(f.tco2 if f else None), fmt(f.annual_saving_wan if f else None, 2),
                         fmt(f.investment_wan if f else None, 2), fmt(f.payback_years if f else None, 2))
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text if not v.error or c < 4 else "!")
                    if c >= 4:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if v.error:
                        item.setToolTip(v.error)
                    if v.decision == "rejected":
                        item.setForeground(Qt.GlobalColor.gray)
                    table.setItem(r, c, item)
            if selected in self._ids:
                table.selectRow(self._ids.index(selected))
        finally:
            table.blockSignals(False)
        paid = [(str(v.row.get("code") or v.id), float(v.figures.payback_years)) for v in views
                if v.figures is not None and v.figures.payback_years is not None and v.decision != "rejected"]
        self.chart.set_bars([p[0] for p in paid], [p[1] for p in paid])
        t = ops.totals(case)
        self.ui.totalsLabel.setText(
            self.tr("合计（不含“不采纳”）：") + f"{t.count} 项；"
            + self.tr("节能量 %1 tce（当量）").replace("%1", fmt(t.tce_equivalent))
            + (self.tr("、%1 tce（等价）").replace("%1", fmt(t.tce_equal)) if t.tce_equal is not None else "")
            + "；" + self.tr("减排 %1 tCO2").replace("%1", fmt(t.tco2))
            + "；" + self.tr("投资 %1 万元，年节约 %2 万元，静态回收期 %3 年").replace(
                "%1", fmt(t.investment_wan, 2)).replace("%2", fmt(t.annual_saving_wan, 2)).replace(
                "%3", fmt(t.payback_years, 2)))
        self._selected()

    def selected_id(self) -> int | None:
        rows = {i.row() for i in self.ui.measureTable.selectedIndexes()}
        return self._ids[min(rows)] if rows and min(rows) < len(self._ids) else None

    def _selected(self) -> None:
        case = self.document.case
        measure_id = self.selected_id()
        view = next((v for v in ops.register(case) if v.id == measure_id), None) if case is not None else None
        self.editor.show(view)

    def select(self, measure_id: int) -> None:
        if measure_id in self._ids:
            self.ui.measureTable.selectRow(self._ids.index(measure_id))

    def focus_field(self, key: str) -> bool:
        """``measure.<id>`` (a finding or a review comment) selects that measure."""
        table, _, rest = key.partition(".")
        if table != "measure" or not rest.isdigit() or int(rest) not in self._ids:
            return False
        self.select(int(rest))
        self.ui.measureTable.setFocus()
        return True

    def on_changed(self, changes: OpChanges) -> None:
        if changes.everything or any(changes.touches(t) for t in TABLES):
            self.reload()

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or not editable(self.document.case)
        for w in (self.ui.addButton, self.ui.fromCatalogueButton, self.ui.deleteButton):
            w.setEnabled(not read_only)
        self.editor.set_read_only(read_only)

    def commit_pending(self) -> None:
        self.editor.commit_pending()

    def add(self) -> None:
        result = self.document.run(ops.add, {"title": self.tr("新措施")}, source=self)
        if result is not None:
            self.reload()
            self.select(result[1])
            self.ui.titleEdit.setFocus()
            self.ui.titleEdit.selectAll()

    def add_from_catalogue(self) -> None:
        entry = self.ui.catalogueCombo.currentData()
        if entry:
            result = self.document.run(ops.add_from_catalogue, str(entry), source=self)
            if result is not None:
                self.reload()
                self.select(result[1])

    def delete(self) -> None:
        measure_id = self.selected_id()
        if measure_id is None:
            return
        answer = QMessageBox.question(self, self.tr("删除措施"),
                                      self.tr("删除所选措施及其资源流、决定和关联？可用“撤销”恢复。"))
        if answer == QMessageBox.StandardButton.Yes:
            self.document.run(ops.delete, measure_id, source=self)
