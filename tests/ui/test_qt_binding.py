"""The Qt binding itself must not corrupt reference counts (PySide6 6.12.0 did, on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem


def test_void_calls_do_not_leak_or_steal_none_references(qapp: QApplication) -> None:
    tree = QTreeWidget()
    tree.setColumnCount(2)
    item = QTreeWidgetItem(tree, ["a", "b"])
    before = sys.getrefcount(None)
    for _ in range(5000):
        item.setText(1, "x")
        item.setForeground(1, QBrush(QColor("#888888")))
        item.setHidden(False)
    assert abs(sys.getrefcount(None) - before) < 100
    tree.deleteLater()
