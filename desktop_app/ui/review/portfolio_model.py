"""The portfolio table of the review window: one row per case file (``portfolio.CaseRow``), what needs the
supervisor's attention coloured *and* marked with an icon, numbers sorted as numbers, and a filter proxy that
stays instant on thousands of rows (every row's search text and filter keys are computed once, on load)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.domain.review import local_minute
from desktop_app.operations.portfolio import CaseRow
from desktop_app.ui.review.portfolio_columns import (
    AMBER,
    BLUE,
    COLUMNS,
    DECIMALS,
    ERROR_INK,
    INK,
    RED,
    STATE_LABELS,
    UNREADABLE,
    VIOLET,
    C,
    awaiting_review,
    collator,
    grouped,
    needs_attention,
    number,
    region_key,
    resubmitted_with_changes,
    tr,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Keys:
    """What filtering needs of a row, computed once per load."""

    hay: str
    state: str
    agency: str
    region: str
    attention: bool


class PortfolioModel(QAbstractTableModel):
    """The rows, readable cases first and unreadable files last (the order until the user sorts)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._keys: list[_Keys] = []
        self._sort: list[tuple[object, ...]] = []
        self._collator = collator()
        self._icons: dict[str, QIcon] = {}

    # -- content ----------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = [r for r in rows if not r.error] + [r for r in rows if r.error]
        self._keys = [self._filter_keys(r) for r in self._rows]
        self._sort = [self._sort_keys(r) for r in self._rows]
        self.endResetModel()

    def rows(self) -> list[CaseRow]:
        return list(self._rows)

    def error_rows(self) -> list[int]:
        """Source rows of the files that could not be read (few: the view spans their message)."""
        return [n for n, r in enumerate(self._rows) if r.error]

    def row(self, source_row: int) -> CaseRow:
        return self._rows[source_row]

    def keys(self, source_row: int) -> _Keys:
        return self._keys[source_row]

    def sort_key(self, source_row: int, column: int) -> tuple[object, ...]:
        return self._sort[source_row][column]  # type: ignore[return-value]

    def put(self, row: CaseRow) -> int:
        """Replace the row of the same file in place (or append it); returns its source row."""
        target = _same(row.path)
        n = next((i for i, r in enumerate(self._rows) if _same(r.path) == target), None)
        if n is None:
            n = len(self._rows)
            self.beginInsertRows(QModelIndex(), n, n)
            self._rows.append(row)
            self._keys.append(self._filter_keys(row))
            self._sort.append(self._sort_keys(row))
            self.endInsertRows()
        else:
            self._rows[n], self._keys[n], self._sort[n] = row, self._filter_keys(row), self._sort_keys(row)
            self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))
        return n

    def _filter_keys(self, r: CaseRow) -> _Keys:
        hay = "\n".join((r.enterprise, r.uscc, r.region, r.industry, r.agency, r.path.name)).casefold()
        return _Keys(hay, UNREADABLE if r.error else r.workflow, r.agency, region_key(r.region), needs_attention(r))

    def _sort_keys(self, r: CaseRow) -> tuple[object, ...]:
        def text(value: str) -> tuple[object, ...]:
            return (1, self._collator.sortKey(value)) if value else (0,)

        def num(value: float | Decimal | None) -> tuple[object, ...]:
            return (0,) if value is None or r.error else (1, float(value))

        return (text(r.enterprise or r.path.name), text(r.region), text(r.industry), text(r.agency),
                text(r.diagnosis_type), text(UNREADABLE if r.error else r.workflow), num(r.completeness),
                num(r.blocking), num(r.plausibility), num(number(r.energy_tce)), num(r.measures), num(r.saving_tce),
                num(r.saving_tco2), num(r.saving_wan), num(r.investment_wan), num(int(r.feedback)),
                num(r.open_comments), text(r.last_decision),
                num(r.changed_since_review if r.last_decision else None), text(r.last_change),
                text(r.path.name), text(r.error))

    # -- Qt model ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        col = COLUMNS[C(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(col.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(col.tip) if col.tip else tr(col.header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = self._rows[index.row()], C(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, c)
        if role == SORT_ROLE:
            return self._sort[index.row()][c]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[c].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(r, c)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(r, c)
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.error:
                return ERROR_INK
            return INK if self._background(r, c) is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._marker(r, c)
        if role == Qt.ItemDataRole.FontRole and awaiting_review(r):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, r: CaseRow, c: C) -> str:
        if r.error:
            # The view spans the error across ERROR_SPAN; the state stays in its column for copy and export.
            return {C.ENTERPRISE: r.path.name, C.REGION: self.tr("无法读取：") + r.error,
                    C.STATE: tr(STATE_LABELS[UNREADABLE]), C.FILE: r.path.name, C.ERROR: r.error}.get(c, "")
        if c in DECIMALS:
            value = r.completeness * 100 if c == C.COMPLETENESS else {
                C.SAVING_TCE: r.saving_tce, C.SAVING_CO2: r.saving_tco2, C.SAVING_WAN: r.saving_wan,
                C.INVESTMENT: r.investment_wan}[c]
            return f"{value:,.{DECIMALS[c]}f}"
        match c:
            case C.ENTERPRISE | C.REGION | C.INDUSTRY | C.AGENCY | C.TYPE | C.LAST_DECISION | C.SIGNATURE:
                return str(getattr(r, {C.ENTERPRISE: "enterprise", C.REGION: "region", C.INDUSTRY: "industry",
                                       C.AGENCY: "agency", C.TYPE: "diagnosis_type",
                                       C.LAST_DECISION: "last_decision", C.SIGNATURE: "signature"}[c]))
            case C.STATE:
                return tr(STATE_LABELS[r.workflow]) if r.workflow in STATE_LABELS else r.workflow
            case C.BLOCKING | C.WARNINGS | C.MEASURES | C.COMMENTS:
                return str(int(getattr(r, {C.BLOCKING: "blocking", C.WARNINGS: "plausibility", C.MEASURES: "measures",
                                           C.COMMENTS: "open_comments"}[c])))
            case C.ENERGY:
                return grouped(r.energy_tce) if r.energy_tce else "—"
            case C.FEEDBACK:
                return self.tr("已确认") if r.feedback else self.tr("未填完")
            case C.CHANGED:
                return str(r.changed_since_review) if r.last_decision else "—"
            case C.LAST_CHANGE:
                return local_minute(r.last_change) if r.last_change else ""
            case C.FILE:
                return self.tr("上报数据包") + " · " + r.path.name if r.kind == "bundle" else r.path.name
            case _:
                return ""

    def _tip(self, r: CaseRow, c: C) -> str | None:
        if r.error:
            return f"{r.path}\n{r.error}"
        if c == C.FILE:
            tip = str(r.path)
            if r.kind == "bundle":
                tip += "\n" + self.tr("上报数据包只能查看：审核意见和审核决定需要打开对应的 .jnzd 案例文件")
            return tip
        if c == C.STATE and awaiting_review(r):
            return self.tr("已提交，等待审核")
        if c == C.CHANGED and resubmitted_with_changes(r):
            return self.tr("上次审核后有修改并重新提交：请查看修改内容")
        if c == C.COMMENTS and r.open_comments > 0:
            return self.tr("有 %1 条审核意见尚未解决").replace("%1", str(r.open_comments))
        if c == C.COMPLETENESS and r.completeness < 1:
            return self.tr("必填内容尚未填完")
        if c == C.LAST_CHANGE and r.last_change:
            return self.tr("UTC 时间：") + r.last_change
        if c == C.SIGNATURE and r.signature_lines:
            return "\n".join(r.signature_lines)
        return None

    def _background(self, r: CaseRow, c: C) -> QColor | None:
        if r.error:
            return RED
        if (c == C.BLOCKING and r.blocking > 0) or (c == C.SIGNATURE and r.signature_status == "forged"):
            return RED
        if c == C.SIGNATURE and r.signature_status in ("unknown_key", "unsigned"):
            return AMBER
        if (c == C.WARNINGS and r.plausibility > 0) or (c == C.COMPLETENESS and r.completeness < 1):
            return AMBER
        if c == C.COMMENTS and r.open_comments > 0:
            return BLUE
        if c == C.CHANGED and resubmitted_with_changes(r):
            return VIOLET
        return None

    def _marker(self, r: CaseRow, c: C) -> QIcon | None:
        if r.error:
            return self._icon("error") if c in (C.ENTERPRISE, C.FILE) else None
        if (c == C.BLOCKING and r.blocking > 0) or (c == C.SIGNATURE and r.signature_status == "forged"):
            return self._icon("error")
        if c == C.SIGNATURE and r.signature_status in ("unknown_key", "unsigned"):
            return self._icon("warning")
        if (c == C.WARNINGS and r.plausibility > 0) or (c == C.COMPLETENESS and r.completeness < 1):
            return self._icon("warning")
        if c == C.STATE and awaiting_review(r):
            return self._icon("waiting")
        if c == C.COMMENTS and r.open_comments > 0:
            return self._icon("comment")
        if c == C.CHANGED and resubmitted_with_changes(r):
            return self._icon("changed")
        return None

    def _icon(self, name: str) -> QIcon:
        return marker_icon(name, self._icons)


def _same(path: Path) -> str:
    """How ``portfolio.case_files`` tells two paths of one file apart (no file-system call)."""
    return os.path.normcase(os.path.abspath(path))


MARKERS = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
           "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
           "waiting": QStyle.StandardPixmap.SP_MessageBoxInformation,
           "comment": QStyle.StandardPixmap.SP_MessageBoxQuestion,
           "changed": QStyle.StandardPixmap.SP_BrowserReload}


def marker_icon(name: str, cache: dict[str, QIcon] | None = None) -> QIcon:
    """The non-colour marker of a highlighted cell (the legend shows the same icons)."""
    if cache is not None and name in cache:
        return cache[name]
    style = QApplication.style()
    icon = style.standardIcon(MARKERS[name]) if style is not None else QIcon()
    if cache is not None:
        cache[name] = icon
    return icon


class PortfolioFilter(QSortFilterProxyModel):
    """Search text, state, agency, region and "needs attention", tested against keys precomputed by the model;
    unreadable files stay at the end whichever way a column is sorted."""

    def __init__(self, model: PortfolioModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.needle = ""
        self.state = ""
        self.agency = ""
        self.region = ""
        self.attention = False

    filter_changed = Signal()  # once per set_filter, after the view followed (not once per removed range)

    def set_filter(self, *, text: str | None = None, state: str | None = None, agency: str | None = None,
                   region: str | None = None, attention: bool | None = None) -> None:
        """Change any of the criteria ("" = any); the view follows at once."""
        begin = getattr(self, "beginFilterChange", None)  # Qt ≥ 6.9; invalidateRowsFilter before
        if begin is not None:
            begin()
        if text is not None:
            self.needle = text.strip().casefold()
        if state is not None:
            self.state = state
        if agency is not None:
            self.agency = agency
        if region is not None:
            self.region = region
        if attention is not None:
            self.attention = attention
        if begin is not None:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()
        self.filter_changed.emit()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        k = self._model.keys(source_row)
        return ((not self.needle or self.needle in k.hay) and (not self.state or k.state == self.state)
                and (not self.agency or k.agency == self.agency) and (not self.region or k.region == self.region)
                and (not self.attention or k.attention))

    def lessThan(self, left: Index, right: Index) -> bool:
        m = self._model
        left_error, right_error = bool(m.row(left.row()).error), bool(m.row(right.row()).error)
        if left_error != right_error:  # errors last in both orders (Qt swaps the arguments when descending)
            return right_error if self.sortOrder() == Qt.SortOrder.AscendingOrder else left_error
        a, b = m.sort_key(left.row(), left.column()), m.sort_key(right.row(), right.column())
        return a < b  # type: ignore[operator]

    def visible_rows(self) -> list[CaseRow]:
        return [self._model.row(self.mapToSource(self.index(i, 0)).row()) for i in range(self.rowCount())]
