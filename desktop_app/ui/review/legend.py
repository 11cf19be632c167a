"""The legend under the portfolio table: each highlight's colour with the icon that marks it (not colour only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop_app.ui.review.portfolio_columns import AMBER, BLUE, INK, RED, VIOLET
from desktop_app.ui.review.portfolio_model import marker_icon


def _items() -> list[tuple[str, QColor | None, str]]:
    return [
        ("error", RED, QCoreApplication.translate("ReviewLegend", "阻断问题 / 无法读取")),
        ("warning", AMBER, QCoreApplication.translate("ReviewLegend", "合理性问题 / 完整度不足")),
        ("waiting", None, QCoreApplication.translate("ReviewLegend", "粗体：已提交，待审核")),
        ("comment", BLUE, QCoreApplication.translate("ReviewLegend", "有未解决的审核意见")),
        ("changed", VIOLET, QCoreApplication.translate("ReviewLegend", "审核后修改并重新提交")),
    ]


def build_legend(host: QWidget) -> None:
    layout = QHBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(QLabel(QCoreApplication.translate("ReviewLegend", "图例：")))
    size = host.fontMetrics().height()
    for icon, colour, text in _items():
        mark = QLabel()
        mark.setPixmap(marker_icon(icon).pixmap(size, size))
        label = QLabel(text)
        if colour is not None:
            label.setStyleSheet(f"background:{colour.name()}; color:{INK.name()}; padding:1px 6px;"
                                "border-radius:3px;")
        else:
            label.setStyleSheet("font-weight:bold; padding:1px 6px;")
        layout.addWidget(mark)
        layout.addWidget(label)
        layout.addSpacing(10)
    layout.addStretch(1)
