"""企业概况: the enterprise profile form and the contact list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QInputDialog, QTableWidgetItem, QWidget

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import JnzdError
from desktop_app.domain.sme import classify_sme
from desktop_app.operations import profile as ops
from desktop_app.reference import catalogues
from desktop_app.ui.binder import FieldBinder, display
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.document_state import editable
from desktop_app.ui.forms.ui_profile import Ui_ProfileForm
from desktop_app.ui.pages.base import SectionPage

CONTACT_COLUMNS = ("name", "role", "phone", "email")


class ProfilePage(SectionPage):
    section_id = "profile"

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_ProfileForm()
        self.ui.setupUi(form)
        super().__init__(document, form)
        self.ui.provinceCombo.addItem(self.tr("（请选择）"), "")
        for p in catalogues.provinces():
            self.ui.provinceCombo.addItem(f"{p.code} {p.name}", p.code)
        self.ui.industryCombo.addItem(self.tr("（请选择）"), "")
        for section in catalogues.industry_sections():
            for d in section.divisions:
                self.ui.industryCombo.addItem(f"{d.full_code} {d.name}", d.full_code)
        self.binder = FieldBinder(form, document)
        table = self.ui.contactTable
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.itemChanged.connect(self._contact_edited)
        self.ui.addContactButton.clicked.connect(self.add_contact)
        self.ui.removeContactButton.clicked.connect(self.remove_contact)
        self._filling = False

    # -- SectionPage -------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.binder.load()
        self._fill_contacts()
        self._update_sme()

    def on_changed(self, changes: OpChanges) -> None:
        self.binder.on_changed(changes)
        if changes.touches("contact"):
            self._fill_contacts()
        if changes.touches("enterprise", "employees") or changes.touches("enterprise", "revenue_wan"):
            self._update_sme()
        if changes.kind in ("workflow", "restore"):
            self.set_read_only(not editable(self.document.case))

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or not editable(self.document.case)
        self.binder.set_read_only(read_only)
        self.ui.addContactButton.setEnabled(not read_only)
        self.ui.removeContactButton.setEnabled(not read_only)
        self.ui.contactTable.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)

    def focus_field(self, key: str) -> bool:
        if key.startswith("contact"):
            self.ui.contactTable.setFocus()
            return True
        return super().focus_field(key)

    # -- derived display ---------------------------------------------------------------------------------
    def _update_sme(self) -> None:
        case = self.document.case
        row = (case.row("enterprise", 1) if case else None) or {}
        employees, revenue = row.get("employees"), row.get("revenue_wan")
        try:
            result = classify_sme(employees if isinstance(employees, int) else None,
                                  revenue if isinstance(revenue, int | float) else None)
        except JnzdError as exc:
            self.ui.smeLabel.setText(exc.message())
            return
        cls = result.sme_class.label_zh if result.sme_class else self.tr("无法划型")
        self.ui.smeLabel.setText(f"<b>{cls}</b>　{result.reason}")

    # -- contacts ----------------------------------------------------------------------------------------
    def _fill_contacts(self) -> None:
        case = self.document.case
        rows = case.rows("contact") if case else []
        table = self.ui.contactTable
        self._filling = True
        try:
            table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, col in enumerate(CONTACT_COLUMNS):
                    item = QTableWidgetItem(display(row.get(col)))
                    item.setData(Qt.ItemDataRole.UserRole, row["id"])
                    table.setItem(r, c, item)
        finally:
            self._filling = False

    def _contact_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        column = CONTACT_COLUMNS[item.column()]
        result = self.document.run(ops.update_contact, contact_id, {column: item.text()}, source=self)
        if result is None:  # invalid: show the stored value again; the message is in the status bar
            self._fill_contacts()

    def add_contact(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("添加联系人"), self.tr("联系人姓名："))
        if ok and name.strip():
            self.document.run(ops.add_contact, {"name": name}, source=self)

    def remove_contact(self) -> None:
        items = self.ui.contactTable.selectedItems()
        if items:
            self.document.run(ops.delete_contact, items[0].data(Qt.ItemDataRole.UserRole), source=self)
