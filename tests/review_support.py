"""What "the engineer's data" is, for the tests that prove review never changes it: every table of the case except
the review tables, the journal (review is journaled), case_info (a decision changes the workflow state) and the
reviewer's signatures of decisions (the engineer's signatures of submissions stay)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.storage.case_export import dump_tables
from desktop_app.storage.casefile import CaseFile

REVIEW_TABLES = {"review_comment", "review_decision", "journal", "case_info"}


def engineer_data(case: CaseFile | Path) -> dict[str, list[dict[str, Any]]]:
    if isinstance(case, CaseFile):
        out = {t: rows for t, rows in dump_tables(case).items() if t not in REVIEW_TABLES}
        out["signature"] = [r for r in out.get("signature", []) if r["purpose"] != "decision"]  # a reviewer's own
        return out
    with CaseFile.open(case, read_only=True) as opened:
        return engineer_data(opened)
