"""Supervisor review (审核): the portfolio window, the drill-in review panel, and the reviewer's name."""

from __future__ import annotations

from desktop_app.storage.lock import default_user
from desktop_app.ui import recent

_KEY = "review/reviewer"


def reviewer_name() -> str:
    """The name recorded with comments and decisions; the login name until the reviewer sets one."""
    value = recent.settings().value(_KEY, "")
    return value.strip() if isinstance(value, str) and value.strip() else default_user()


def set_reviewer_name(name: str) -> None:
    recent.settings().setValue(_KEY, name.strip())
