"""The filter bar above the portfolio table: search as you type, state, agency, region and "needs attention",
each driving the filter proxy directly; the agency and region choices are refilled from the rows read."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop_app.operations.portfolio import CaseRow
from desktop_app.ui.forms.ui_review_window import Ui_ReviewWindowForm
from desktop_app.ui.review.portfolio_columns import STATE_LABELS, collator, region_key, state_label
from desktop_app.ui.review.portfolio_model import PortfolioFilter


class FilterBar:
    def __init__(self, ui: Ui_ReviewWindowForm, proxy: PortfolioFilter) -> None:
        self.ui = ui
        ui.stateCombo.addItem(QCoreApplication.translate("ReviewFilterBar", "全部"), "")
        for key in STATE_LABELS:
            ui.stateCombo.addItem(state_label(key), key)
        ui.searchEdit.textChanged.connect(lambda text: proxy.set_filter(text=text))
        ui.stateCombo.currentIndexChanged.connect(lambda: proxy.set_filter(state=ui.stateCombo.currentData() or ""))
        ui.agencyCombo.currentIndexChanged.connect(lambda: proxy.set_filter(agency=ui.agencyCombo.currentData() or ""))
        ui.regionCombo.currentIndexChanged.connect(lambda: proxy.set_filter(region=ui.regionCombo.currentData() or ""))
        ui.attentionCheck.toggled.connect(lambda on: proxy.set_filter(attention=on))

    def refill(self, rows: Sequence[CaseRow]) -> None:
        """Offer the agencies and regions found in ``rows``."""
        refill(self.ui.agencyCombo, QCoreApplication.translate("ReviewFilterBar", "全部机构"),
               {r.agency for r in rows if r.agency})
        refill(self.ui.regionCombo, QCoreApplication.translate("ReviewFilterBar", "全部地区"),
               {region_key(r.region) for r in rows if r.region})


def refill(combo: QComboBox, everything: str, values: set[str]) -> None:
    """``everything`` ("" as data) then the values in Chinese collation order; the current choice is kept when it
    is still offered, else the filter falls back to everything."""
    current = combo.currentData() or ""
    order = collator()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, "")
    for value in sorted(values, key=order.sortKey):
        combo.addItem(value, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
    if (combo.currentData() or "") != current:
        combo.currentIndexChanged.emit(combo.currentIndex())
