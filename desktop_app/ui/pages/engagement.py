"""诊断任务: agency, diagnosis type, team, dates and the as-of date."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.domain.changes import OpChanges
from desktop_app.reference import catalogues
from desktop_app.ui.binder import FieldBinder
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.document_state import editable
from desktop_app.ui.forms.ui_engagement import Ui_EngagementForm
from desktop_app.ui.pages.base import SectionPage


class EngagementPage(SectionPage):
    section_id = "engagement"

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_EngagementForm()
        self.ui.setupUi(form)
        super().__init__(document, form)
        self.ui.typeCombo.addItem(self.tr("（请选择）"), "")
        for t in catalogues.diagnosis_types():
            self.ui.typeCombo.addItem(t.name_zh, t.code)
        self.binder = FieldBinder(form, document)

    def reload(self) -> None:
        self.binder.load()

    def on_changed(self, changes: OpChanges) -> None:
        self.binder.on_changed(changes)
        if changes.kind in ("workflow", "restore"):
            self.set_read_only(False)

    def set_read_only(self, read_only: bool) -> None:
        self.binder.set_read_only(read_only or not editable(self.document.case))
