"""The analysis tabs of the measurements page: time series with range statistics, load-duration curve, histogram,
scatter, day-type profiles with a calendar to reassign days, and the spot measurements typed in by hand."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QObject
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.calculations import series
from desktop_app.domain.errors import JnzdError
from desktop_app.operations import spot_measurements as spot_ops
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.forms.ui_measurements import Ui_MeasurementsForm
from desktop_app.ui.measure_charts import (
    DayTypeChart,
    DurationChart,
    HistogramChart,
    ScatterChart,
    Series,
    TimeSeriesChart,
)

if TYPE_CHECKING:
    from desktop_app.ui.pages.measurements import MeasurementsPage

T = "MeasurementAnalysis"
STATS_HEADERS = (
    QT_TRANSLATE_NOOP("MeasurementAnalysis", "通道"), QT_TRANSLATE_NOOP("MeasurementAnalysis", "单位"),
    QT_TRANSLATE_NOOP("MeasurementAnalysis", "样本数"), QT_TRANSLATE_NOOP("MeasurementAnalysis", "缺测"),
    QT_TRANSLATE_NOOP("MeasurementAnalysis", "最小"), QT_TRANSLATE_NOOP("MeasurementAnalysis", "最大"),
    QT_TRANSLATE_NOOP("MeasurementAnalysis", "平均"), QT_TRANSLATE_NOOP("MeasurementAnalysis", "标准差"),
    "P5", "P95", QT_TRANSLATE_NOOP("MeasurementAnalysis", "累计电量"))
SPOT_COLUMNS = (("label", QT_TRANSLATE_NOOP("MeasurementAnalysis", "测量项目")),
                ("value", QT_TRANSLATE_NOOP("MeasurementAnalysis", "测量值")),
                ("unit", QT_TRANSLATE_NOOP("MeasurementAnalysis", "单位")),
                ("taken_at", QT_TRANSLATE_NOOP("MeasurementAnalysis", "测量时间")),
                ("instrument", QT_TRANSLATE_NOOP("MeasurementAnalysis", "仪器")),
                ("equipment_id", QT_TRANSLATE_NOOP("MeasurementAnalysis", "关联设备编号")),
                ("note", QT_TRANSLATE_NOOP("MeasurementAnalysis", "备注")))


def _host(widget: QWidget, chart: QWidget) -> None:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(chart)


def _num(value: float | None, unit: str = "") -> str:
    """Four significant digits without an exponent (15210, 729.2, 0.9496), the unit kept."""
    if value is None or not np.isfinite(value):
        return "—"
    decimals = 0 if value == 0 else max(0, 3 - int(np.floor(np.log10(abs(value)))))
    return f"{value:.{min(decimals, 6)}f}" + (f" {unit}" if unit else "")


class MeasurementAnalysis(QObject):
    def __init__(self, ui: Ui_MeasurementsForm, document: CaseDocument, page: MeasurementsPage) -> None:
        super().__init__()
        self.ui = ui
        self.document = document
        self.page = page
        self.time_chart = TimeSeriesChart()
        self.duration_chart = DurationChart()
        self.histogram_chart = HistogramChart()
        self.scatter_chart = ScatterChart()
        self.day_chart = DayTypeChart()
        for host, chart in ((ui.timeChartHost, self.time_chart), (ui.durationHost, self.duration_chart),
                            (ui.histogramHost, self.histogram_chart), (ui.scatterHost, self.scatter_chart),
                            (ui.dayChartHost, self.day_chart)):
            _host(host, chart)
        ui.statsTable.setColumnCount(len(STATS_HEADERS))
        ui.statsTable.setHorizontalHeaderLabels([QCoreApplication.translate(T, h) for h in STATS_HEADERS])
        ui.statsTable.verticalHeader().setVisible(False)
        ui.statsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.rangeCheck.toggled.connect(self._range_toggled)
        self.time_chart.region_changed.connect(lambda _a, _b: self.fill_stats())
        for minutes in (15, 30, 60):
            ui.binCombo.addItem(self.tr("%1 分钟").replace("%1", str(minutes)), minutes)
        ui.binCombo.setCurrentIndex(2)
        ui.binCombo.activated.connect(lambda _i: self.refresh_day_types())
        for name in spot_ops.DAY_TYPES:
            ui.dayTypeCombo.addItem(name)
        ui.setDayTypeButton.clicked.connect(lambda: self._set_day(ui.dayTypeCombo.currentText()))
        ui.resetDayTypeButton.clicked.connect(lambda: self._set_day(None))
        ui.scatterXCombo.activated.connect(lambda _i: self.refresh_scatter())
        ui.scatterYCombo.activated.connect(lambda _i: self.refresh_scatter())
        ui.spotTable.setColumnCount(len(SPOT_COLUMNS))
        ui.spotTable.setHorizontalHeaderLabels([QCoreApplication.translate(T, h) for _k, h in SPOT_COLUMNS])
        ui.spotTable.itemChanged.connect(self._spot_edited)
        ui.addSpotButton.clicked.connect(self._add_spot)
        ui.deleteSpotButton.clicked.connect(self._delete_spot)
        ui.tabs.currentChanged.connect(lambda _i: self.channel_changed())
        self._spot_ids: list[int] = []
        self._filling = False

    # -- refreshes -------------------------------------------------------------------------------------------
    def dataset_changed(self) -> None:
        ui, page = self.ui, self.page
        for box in (ui.scatterXCombo, ui.scatterYCombo):
            box.clear()
            for ch in page.channel_rows():
                box.addItem(f"{ch['label']}（{ch['unit'] or '—'}）", int(str(ch["id"])))
        if ui.scatterYCombo.count() > 1:
            ui.scatterYCombo.setCurrentIndex(1)
        self.refresh_time_chart()
        self.fill_spots()

    def channel_changed(self) -> None:
        tab = self.ui.tabs.currentWidget()
        if tab is self.ui.durationTab or tab is self.ui.histogramTab:
            self.refresh_distribution()
        elif tab is self.ui.scatterTab:
            self.refresh_scatter()
        elif tab is self.ui.dayTab:
            self.refresh_day_types()

    def _series(self, ids: list[int]) -> list[Series]:
        page = self.page
        rows = {int(str(c["id"])): c for c in page.channel_rows()}
        return [Series(str(i), str(rows[i]["label"]), str(rows[i]["unit"] or ""), page.times, page.values(i),
                       page.tz(), str(rows[i].get("series_kind") or "sample")) for i in ids if i in rows]

    def refresh_time_chart(self) -> None:
        self.time_chart.set_series(self._series(self.page.shown_ids()))
        case = self.document.case
        notes = (spot_ops.annotations_of(case, self.page.dataset_id)
                 if case is not None and self.page.dataset_id is not None else [])
        self.time_chart.set_annotations([(t, text) for t, text, _id in notes])
        self.fill_stats()

    def _range_toggled(self, on: bool) -> None:
        times = self.page.times
        if on and len(times):
            span = int(times[-1]) - int(times[0])
            self.time_chart.set_region(int(times[0]) + span // 3, int(times[0]) + 2 * span // 3)
        else:
            self.time_chart.set_region(None, None)
        self.fill_stats()

    def fill_stats(self) -> None:
        region = self.time_chart.region() if self.ui.rangeCheck.isChecked() else None
        t0, t1 = region if region else (None, None)
        tz = ZoneInfo(self.page.tz())
        if region:
            a, b = (datetime.fromtimestamp(t / 1000, tz).strftime("%Y-%m-%d %H:%M:%S") for t in region)
            self.ui.rangeLabel.setText(self.tr("区间：") + f"{a} — {b}（{self.page.tz()}）")
        else:
            self.ui.rangeLabel.setText(self.tr("全部数据"))
        shown = self._series(self.page.shown_ids())
        table = self.ui.statsTable
        table.setRowCount(len(shown))
        for r, s in enumerate(shown):
            try:
                st = series.range_stats(s.times, s.values, s.unit, t0, t1, kind=s.kind)
            except JnzdError as exc:
                table.setItem(r, 0, QTableWidgetItem(f"{s.name}：{exc.message()}"))
                continue
            energy = _num(st.energy, st.energy_unit) if st.energy is not None else "—"
            cells = (s.name, s.unit or "—", str(st.count), str(st.missing), _num(st.min), _num(st.max),
                     _num(st.mean), _num(st.std), _num(st.p5), _num(st.p95), energy)
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))

    def refresh_distribution(self) -> None:
        ch = self.page.current_channel()
        if ch is None:
            self.duration_chart.set_data("", "", np.empty(0), np.empty(0))
            self.histogram_chart.set_data("", "", np.empty(1), np.empty(0))
            return
        values = self.page.values(int(str(ch["id"])))
        percent, ordered = series.load_duration(values)
        self.duration_chart.set_data(str(ch["label"]), str(ch["unit"] or ""), percent, ordered)
        finite = values[np.isfinite(values)]
        if len(finite):
            edges, counts = series.histogram(values, 40)
            self.histogram_chart.set_data(str(ch["label"]), str(ch["unit"] or ""), edges, counts)

    def refresh_scatter(self) -> None:
        ui, page = self.ui, self.page
        x_id, y_id = ui.scatterXCombo.currentData(), ui.scatterYCombo.currentData()
        if not x_id or not y_id:
            return
        rows = {int(str(c["id"])): c for c in page.channel_rows()}
        x, y = rows[int(x_id)], rows[int(y_id)]
        self.scatter_chart.set_data(str(x["label"]), str(x["unit"] or ""), page.values(int(x_id)),
                                    str(y["label"]), str(y["unit"] or ""), page.values(int(y_id)))

    def refresh_day_types(self) -> None:
        ch = self.page.current_channel()
        case = self.document.case
        if ch is None or case is None or len(self.page.times) == 0:
            self.day_chart.set_profiles("", 60, [])
            return
        minutes = int(self.ui.binCombo.currentData() or 60)
        try:
            result = series.day_types(self.page.times, self.page.values(int(str(ch["id"]))), tz=self.page.tz(),
                                      bin_minutes=minutes, overrides=spot_ops.day_overrides(case))
        except JnzdError as exc:
            self.ui.dayNote.setText(exc.message())
            return
        unit = str(ch["unit"] or "")
        self.day_chart.set_profiles(unit, minutes, [(p.day_type, p.bins, p.mean, p.std) for p in result.profiles])
        counts = "；".join(f"{p.day_type} {len(p.days)} 天" for p in result.profiles)
        note = f"{ch['label']}：{counts}"
        if result.incomplete_days:
            note += self.tr("；数据不全未计入：") + "、".join(result.incomplete_days)
        self.ui.dayNote.setText(note)
        self._mark_calendar(result.day_of)
        overrides = spot_ops.day_overrides(case)
        self.ui.dayListLabel.setText(self.tr("已指定：") + ("；".join(f"{d} {t}" for d, t in sorted(overrides.items()))
                                                          or self.tr("无（周一至周五为工作日，周六、周日为周末）")))
        types = [p.day_type for p in result.profiles]
        table = self.ui.hourTable
        table.setColumnCount(1 + 2 * len(types))
        headers = [self.tr("小时")]
        mean_text, std_text = self.tr("平均"), self.tr("标准差")
        for t in types:
            headers += [f"{t} {mean_text}（{unit}）", f"{t} {std_text}"]
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setRowCount(len(result.hourly))
        for r, (hour, by_type) in enumerate(result.hourly):
            table.setItem(r, 0, QTableWidgetItem(f"{hour:02d}:00"))
            for n, t in enumerate(types):
                mean, std = by_type.get(t, (float("nan"), float("nan")))
                table.setItem(r, 1 + 2 * n, QTableWidgetItem(_num(mean)))
                table.setItem(r, 2 + 2 * n, QTableWidgetItem(_num(std)))

    def _mark_calendar(self, day_of: dict[str, str]) -> None:
        """Limit the calendar to the data's days, select the first, colour excluded and custom days."""
        calendar = self.ui.calendar
        if not day_of:
            return
        days = sorted(day_of)
        first, last = (QDate.fromString(d, "yyyy-MM-dd") for d in (days[0], days[-1]))
        calendar.setDateRange(first, last)
        if not first <= calendar.selectedDate() <= last:
            calendar.setSelectedDate(first)
        colours = {"排除": QColor("#cccccc"), "工作日": None, "周末": None}
        for day, kind in day_of.items():
            fmt = QTextCharFormat()
            colour = colours.get(kind, QColor("#cfe3f7"))
            if colour is not None:
                fmt.setBackground(colour)
            fmt.setToolTip(kind)
            calendar.setDateTextFormat(QDate.fromString(day, "yyyy-MM-dd"), fmt)

    def _set_day(self, day_type: str | None) -> None:
        day = self.ui.calendar.selectedDate().toString("yyyy-MM-dd")
        self.document.run(spot_ops.set_day_type, day, day_type, source=self)
        self.refresh_day_types()

    def select_day(self, day: str) -> None:
        self.ui.calendar.setSelectedDate(QDate.fromString(day, "yyyy-MM-dd"))

    def current_chart(self) -> QWidget | None:
        tab = self.ui.tabs.currentWidget()
        return {self.ui.timeTab: self.time_chart, self.ui.durationTab: self.duration_chart,
                self.ui.histogramTab: self.histogram_chart, self.ui.scatterTab: self.scatter_chart,
                self.ui.dayTab: self.day_chart}.get(tab)

    # -- spot measurements -----------------------------------------------------------------------------------
    def fill_spots(self) -> None:
        case = self.document.case
        if case is None:
            return
        rows = spot_ops.spots(case)
        self._spot_ids = [int(r["id"]) for r in rows]
        self._filling = True
        try:
            self.ui.spotTable.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, (key, _h) in enumerate(SPOT_COLUMNS):
                    value = row.get(key)
                    self.ui.spotTable.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        finally:
            self._filling = False

    def _spot_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or not 0 <= item.row() < len(self._spot_ids):
            return
        key = SPOT_COLUMNS[item.column()][0]
        if self.document.run(spot_ops.update_spot, self._spot_ids[item.row()], {key: item.text()}, source=self) is None:
            self.fill_spots()

    def _add_spot(self) -> None:
        result = self.document.run(spot_ops.add_spot, {"label": self.tr("新测量"), "value": "0", "unit": "—"},
                                   source=self)
        if result is not None:
            self.fill_spots()
            self.ui.spotTable.setCurrentCell(self.ui.spotTable.rowCount() - 1, 0)

    def _delete_spot(self) -> None:
        row = self.ui.spotTable.currentRow()
        if 0 <= row < len(self._spot_ids):
            self.document.run(spot_ops.delete_spot, self._spot_ids[row], source=self)
            self.fill_spots()

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.ui.addSpotButton, self.ui.deleteSpotButton, self.ui.setDayTypeButton,
                  self.ui.resetDayTypeButton):
            w.setEnabled(not read_only)
        triggers = self.ui.spotTable.editTriggers()
        self.ui.spotTable.setEditTriggers(triggers.NoEditTriggers if read_only
                                          else triggers.DoubleClicked | triggers.EditKeyPressed)
