"""The case's sections shown in the navigation list. Later modules append theirs to ``SECTIONS``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.ui.document import CaseDocument
from desktop_app.ui.pages.base import SectionPage
from desktop_app.ui.pages.engagement import EngagementPage
from desktop_app.ui.pages.overview import OverviewPage
from desktop_app.ui.pages.profile import ProfilePage


@dataclass(frozen=True)
class Section:
    id: str
    title: str  # source text; shown through QCoreApplication.translate("Sections", title)
    factory: Callable[[CaseDocument], SectionPage]

    def display_title(self) -> str:
        return QCoreApplication.translate("Sections", self.title)


SECTIONS: list[Section] = [
    Section("overview", QT_TRANSLATE_NOOP("Sections", "案例概览"), OverviewPage),
    Section("profile", QT_TRANSLATE_NOOP("Sections", "企业概况"), ProfilePage),
    Section("engagement", QT_TRANSLATE_NOOP("Sections", "诊断任务"), EngagementPage),
]
