"""Choosing the limit standard and indicator of a product: every shipped standard in the edition in force on the
case's as-of date, filterable by number, product or indicator name, with its source label and what is unconfirmed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from desktop_app.calculations.grading import UNCONFIRMED
from desktop_app.reference import limits
from desktop_app.ui.forms.ui_limit_picker import Ui_LimitPickerDialog

KEY = Qt.ItemDataRole.UserRole


class LimitPickerDialog(QDialog):
    def __init__(self, parent: QWidget | None, as_of: date | None) -> None:
        super().__init__(parent)
        self.ui = Ui_LimitPickerDialog()
        self.ui.setupUi(self)
        self._as_of = as_of
        self._fill()
        tree = self.ui.standardsTree
        tree.header().resizeSection(0, 480)
        tree.currentItemChanged.connect(self._selected)
        tree.itemDoubleClicked.connect(lambda *_: self.ui.nameEdit.setFocus())
        self.ui.filterEdit.textChanged.connect(self._filter)
        self.ui.buttonBox.accepted.connect(self._accept)
        self._ok_enabled()
        self.ui.nameEdit.textChanged.connect(self._ok_enabled)

    def _fill(self) -> None:
        tree = self.ui.standardsTree
        for sid in sorted(limits.families(), key=lambda s: limits.standard(s, self._as_of)["standard"]):
            std = limits.standard(sid, self._as_of)
            top = QTreeWidgetItem([f"{std['standard']} {std['title']}", "", str(std["effective_date"]),
                                   str(std["label"])])
            top.setData(0, KEY, None)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            top.setToolTip(0, str(std.get("source", "")))
            for ind in std["indicators"]:
                child = QTreeWidgetItem([str(ind["name"]), str(ind["unit"]), "", ""])
                child.setData(0, KEY, (sid, str(ind["id"])))
                child.setToolTip(0, str(ind["limits"]["table"]))
                top.addChild(child)
            tree.addTopLevelItem(top)
        tree.expandAll()

    def _filter(self, text: str) -> None:
        words = text.strip().lower().split()
        tree = self.ui.standardsTree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            head = top.text(0).lower()
            shown = 0
            for j in range(top.childCount()):
                child = top.child(j)
                hit = all(w in head or w in child.text(0).lower() for w in words)
                child.setHidden(not hit)
                shown += hit
            top.setHidden(shown == 0)

    def _selected(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        choice = self.choice()
        note = ""
        if choice is not None:
            std = limits.standard(choice[0], self._as_of)
            label = str(std["label"])
            note = f"{std['standard']}，{std['effective_date']} 实施，来源等级 {label}"
            if label in UNCONFIRMED:
                note += f"：{UNCONFIRMED[label]}"
            if self._as_of is not None and date.fromisoformat(str(std["effective_date"])) > self._as_of:
                note += self.tr("。诊断基准日期早于该标准实施日期，评定结果为“标准尚未实施”")
            if current is not None and not self.ui.nameEdit.text().strip():
                self.ui.nameEdit.setPlaceholderText(current.text(0))
        self.ui.noteLabel.setText(note)
        self._ok_enabled()

    def choice(self) -> tuple[str, str] | None:
        item = self.ui.standardsTree.currentItem()
        data = item.data(0, KEY) if item is not None else None
        return (str(data[0]), str(data[1])) if data else None

    def name(self) -> str:
        return self.ui.nameEdit.text().strip() or self.ui.nameEdit.placeholderText().strip()

    def _ok_enabled(self) -> None:
        button = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Ok)
        button.setEnabled(self.choice() is not None and bool(self.name()))

    def _accept(self) -> None:
        if self.choice() is not None and self.name():
            self.accept()
