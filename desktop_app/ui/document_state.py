"""Small helpers about what the user may do with the open case."""

from __future__ import annotations

from desktop_app.domain.workflow import is_editable
from desktop_app.storage.casefile import CaseFile


def editable(case: CaseFile | None) -> bool:
    return case is not None and not case.read_only and is_editable(case.workflow_state)
