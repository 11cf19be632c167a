"""能源计量: 配备率 per energy and level against GB 17167, calibration findings, and the instrument ledger."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QInputDialog, QTableWidgetItem, QWidget

from desktop_app.domain.changes import OpChanges
from desktop_app.operations import metering as ops
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.document_state import editable
from desktop_app.ui.forms.ui_metering import Ui_MeteringForm
from desktop_app.ui.pages.base import SectionPage

T = "MeteringPage"
METER_COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("MeteringPage", "名称")),
    ("kind", QT_TRANSLATE_NOOP("MeteringPage", "类别")),
    ("model", QT_TRANSLATE_NOOP("MeteringPage", "型号")),
    ("range_text", QT_TRANSLATE_NOOP("MeteringPage", "测量范围")),
    ("accuracy_class", QT_TRANSLATE_NOOP("MeteringPage", "准确度等级")),
    ("location", QT_TRANSLATE_NOOP("MeteringPage", "安装位置")),
    ("energy", QT_TRANSLATE_NOOP("MeteringPage", "能源种类")),
    ("level", QT_TRANSLATE_NOOP("MeteringPage", "级别（1/2/3）")),
    ("calibrated_on", QT_TRANSLATE_NOOP("MeteringPage", "检定日期")),
    ("calibration_due", QT_TRANSLATE_NOOP("MeteringPage", "有效期至")),
)
RATE_HEADERS = (
    QT_TRANSLATE_NOOP("MeteringPage", "能源种类"),
    QT_TRANSLATE_NOOP("MeteringPage", "级别"),
    QT_TRANSLATE_NOOP("MeteringPage", "应配备"),
    QT_TRANSLATE_NOOP("MeteringPage", "已配备"),
    QT_TRANSLATE_NOOP("MeteringPage", "配备率"),
    QT_TRANSLATE_NOOP("MeteringPage", "要求"),
    QT_TRANSLATE_NOOP("MeteringPage", "结论"),
)


class MeteringPage(SectionPage):
    section_id = "metering"

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_MeteringForm()
        self.ui.setupUi(form)
        super().__init__(document, form, scroll=False)
        ui = self.ui
        ui.meterTable.setColumnCount(len(METER_COLUMNS))
        ui.meterTable.setHorizontalHeaderLabels([QCoreApplication.translate(T, h) for _k, h in METER_COLUMNS])
        ui.meterTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.meterTable.itemChanged.connect(self._meter_edited)
        ui.rateTable.setColumnCount(len(RATE_HEADERS))
        ui.rateTable.setHorizontalHeaderLabels([QCoreApplication.translate(T, h) for h in RATE_HEADERS])
        ui.rateTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.rateTable.itemChanged.connect(self._required_edited)
        ui.addMeterButton.clicked.connect(self.add_meter)
        ui.removeMeterButton.clicked.connect(self.remove_meter)
        ui.addRequirementButton.clicked.connect(self.add_requirement)
        self._filling = False
        self._meter_ids: list[int] = []
        self._rate_keys: list[tuple[str, int]] = []

    def reload(self) -> None:
        case = self.document.case
        if case is None:
            return
        self._filling = True
        try:
            rows = case.rows("meter")
            self._meter_ids = [int(r["id"]) for r in rows]
            table = self.ui.meterTable
            table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, (key, _h) in enumerate(METER_COLUMNS):
                    table.setItem(r, c, QTableWidgetItem("" if row.get(key) is None else str(row[key])))
            rep = ops.report(case)
            levels = {v: k for k, v in ops.LEVELS.items()}
            self._rate_keys = [(rate.energy, levels[rate.level]) for rate in rep.rates]
            rates = self.ui.rateTable
            rates.setRowCount(len(rep.rates))
            for r, rate in enumerate(rep.rates):
                cells = (
                    rate.energy,
                    rate.level,
                    str(rate.required),
                    str(rate.installed),
                    "" if rate.rate_pct is None else f"{rate.rate_pct:.1f}%",
                    "—" if rate.required_pct is None else f"≥ {rate.required_pct}%",
                    rate.verdict_zh,
                )
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if c != 2:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if c == 6:
                        colour = {"符合": "#2e8b3a", "不符合": "#c0392b"}.get(rate.verdict_zh, "#666666")
                        item.setForeground(QBrush(QColor(colour)))
                    rates.setItem(r, c, item)
            notes = []
            if rep.overdue:
                notes.append(self.tr("检定已过期：") + "、".join(rep.overdue))
            if rep.undated:
                notes.append(self.tr("未填有效期：") + "、".join(rep.undated))
            notes += rep.excess
            notes += rep.accuracy
            notes.append(self.tr("依据：") + rep.basis)
            self.ui.findingsLabel.setText("\n".join(notes))
        finally:
            self._filling = False

    def on_changed(self, changes: OpChanges) -> None:
        if changes.everything or any(changes.touches(t) for t in ("meter", "metering_requirement", "case_info")):
            self.reload()

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or not editable(self.document.case)
        for w in (self.ui.addMeterButton, self.ui.removeMeterButton, self.ui.addRequirementButton):
            w.setEnabled(not read_only)
        for table in (self.ui.meterTable, self.ui.rateTable):
            table.setEditTriggers(
                table.editTriggers().NoEditTriggers
                if read_only
                else table.editTriggers().DoubleClicked | table.editTriggers().EditKeyPressed
            )

    def _meter_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        key = METER_COLUMNS[item.column()][0]
        if self.document.run(ops.update_meter, self._meter_ids[item.row()], {key: item.text()}, source=self) is None:
            self.reload()

    def _required_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 2:
            return
        energy, level = self._rate_keys[item.row()]
        self.document.run(ops.set_required, energy, level, item.text(), source=self)
        self.reload()

    def add_meter(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("添加计量器具"), self.tr("名称："))
        if not ok or not name.strip():
            return
        energy, ok = QInputDialog.getItem(
            self, self.tr("添加计量器具"), self.tr("能源种类："), ops.energies(), 0, False
        )
        if not ok:
            return
        level, ok = QInputDialog.getItem(
            self, self.tr("添加计量器具"), self.tr("级别："), [f"{k} {v}" for k, v in ops.LEVELS.items()], 0, False
        )
        if ok:
            self.document.run(ops.add_meter, {"name": name, "energy": energy, "level": level.split()[0]}, source=self)

    def remove_meter(self) -> None:
        row = self.ui.meterTable.currentRow()
        if 0 <= row < len(self._meter_ids):
            self.document.run(ops.delete_meter, self._meter_ids[row], source=self)

    def add_requirement(self) -> None:
        energy, ok = QInputDialog.getItem(
            self, self.tr("添加应配备项"), self.tr("能源种类："), ops.energies(), 0, False
        )
        if not ok:
            return
        level, ok = QInputDialog.getItem(
            self, self.tr("添加应配备项"), self.tr("级别："), [f"{k} {v}" for k, v in ops.LEVELS.items()], 0, False
        )
        if not ok:
            return
        count, ok = QInputDialog.getInt(self, self.tr("添加应配备项"), self.tr("应配备数量："), 1, 0, 100000)
        if ok:
            self.document.run(ops.set_required, energy, int(level.split()[0]), count, source=self)
