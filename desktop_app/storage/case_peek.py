"""Small read-only queries the supervisor's portfolio needs and the case API does not offer: the review status
(open comments, the newest decision, the engineer's changes since it) of an open case, and a SQLite error met
while reading one as the app's typed error."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import JnzdError
from desktop_app.domain.review import ENGINEER_KINDS  # what counts as the engineer changing the case
from desktop_app.storage.case_io import map_sqlite_error
from desktop_app.storage.casefile import CaseFile


@dataclass(frozen=True)
class ReviewStatus:
    open_comments: int  # review comments without a resolution time
    action: str  # the newest decision: return | approve | reopen ("" when never reviewed)
    reviewer: str
    decided_utc: str
    changed_since: int  # distinct engineer change groups journaled after that decision (0 when never reviewed)


def review_status(case: CaseFile) -> ReviewStatus:
    conn = case.conn
    open_comments = int(conn.execute(
        "SELECT count(*) FROM review_comment WHERE resolved_utc IS NULL OR resolved_utc = ''").fetchone()[0])
    last = conn.execute("SELECT action, reviewer, decided_utc, journal_seq FROM review_decision"
                        " ORDER BY id DESC LIMIT 1").fetchone()
    if last is None:
        return ReviewStatus(open_comments, "", "", "", 0)
    marks = ", ".join("?" for _ in ENGINEER_KINDS)
    changed = int(conn.execute(f"SELECT count(DISTINCT grp) FROM journal WHERE kind IN ({marks}) AND seq > ?",
                               (*ENGINEER_KINDS, int(last[3] or 0))).fetchone()[0])
    return ReviewStatus(open_comments, str(last[0] or ""), str(last[1] or ""), str(last[2] or ""), changed)


def as_case_error(exc: BaseException, path: Path) -> JnzdError | None:
    """A SQLite error met while reading a case, as the typed error the app shows (None for any other error)."""
    return map_sqlite_error(exc, path) if isinstance(exc, sqlite3.Error) else None
