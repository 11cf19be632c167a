"""Creating a case: the file, then the checklist templates chosen for it (each step journaled)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.operations import checklist
from desktop_app.storage.casefile import CaseFile


def new_case(path: Path | str, *, as_of_date: str, general_edition: str | None = None,
             module_ids: list[str] | None = None, user: str | None = None, overwrite: bool = True) -> CaseFile:
    case = CaseFile.create(path, as_of_date=as_of_date, user=user, overwrite=overwrite)
    try:
        checklist.apply_templates(case, checklist.selection(general_edition, module_ids or []))
    except BaseException:
        case.close()
        raise
    return case
