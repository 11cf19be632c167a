"""The case's sections shown in the navigation list. Later modules append theirs to ``SECTIONS``.

Pages are imported and built when first shown, so start-up pays only for the overview.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.ui.document import CaseDocument
from desktop_app.ui.pages.base import SectionPage


@dataclass(frozen=True)
class Section:
    id: str
    title: str  # source text; shown through QCoreApplication.translate("Sections", title)
    page: str  # "module:Class" of its SectionPage
    field_tables: tuple[str, ...] = ()  # tables whose fields the page edits (for jumping to a finding)

    def display_title(self) -> str:
        return QCoreApplication.translate("Sections", self.title)

    def create(self, document: CaseDocument) -> SectionPage:
        module, _, cls = self.page.partition(":")
        page: SectionPage = getattr(importlib.import_module(module), cls)(document)
        return page


SECTIONS: list[Section] = [
    Section("overview", QT_TRANSLATE_NOOP("Sections", "案例概览"), "desktop_app.ui.pages.overview:OverviewPage"),
    Section("profile", QT_TRANSLATE_NOOP("Sections", "企业概况"), "desktop_app.ui.pages.profile:ProfilePage",
            ("enterprise", "contact")),
    Section("engagement", QT_TRANSLATE_NOOP("Sections", "诊断任务"), "desktop_app.ui.pages.engagement:EngagementPage",
            ("engagement", "case_info")),
    Section("checklist", QT_TRANSLATE_NOOP("Sections", "诊断清单"), "desktop_app.ui.pages.checklist:ChecklistPage",
            ("checklist",)),
    Section("energy", QT_TRANSLATE_NOOP("Sections", "能源消费"), "desktop_app.ui.pages.energy:EnergyPage",
            ("energy_item", "energy_setting")),
    Section("products", QT_TRANSLATE_NOOP("Sections", "产品能耗"), "desktop_app.ui.pages.products:ProductsPage",
            ("product",)),
    Section("metering", QT_TRANSLATE_NOOP("Sections", "能源计量"), "desktop_app.ui.pages.metering:MeteringPage",
            ("meter", "metering_requirement")),
    Section("equipment", QT_TRANSLATE_NOOP("Sections", "设备"), "desktop_app.ui.pages.equipment:EquipmentPage",
            ("equipment",)),
    Section("measurements", QT_TRANSLATE_NOOP("Sections", "测量"),
            "desktop_app.ui.pages.measurements:MeasurementsPage", ("channel", "dataset", "spot_measurement")),
    Section("calculators", QT_TRANSLATE_NOOP("Sections", "计算"), "desktop_app.ui.pages.calculators:CalculatorsPage",
            ("calc_result",)),
    Section("measures", QT_TRANSLATE_NOOP("Sections", "节能措施"), "desktop_app.ui.pages.measures:MeasuresPage",
            ("measure",)),
    Section("feedback", QT_TRANSLATE_NOOP("Sections", "企业反馈"), "desktop_app.ui.pages.feedback:FeedbackPage",
            ("feedback",)),
    Section("report", QT_TRANSLATE_NOOP("Sections", "报告与上报"), "desktop_app.ui.pages.report:ReportPage"),
]
