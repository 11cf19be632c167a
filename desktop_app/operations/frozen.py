"""Reference data as a case used it, frozen into the case (``frozen_reference``) at first use, so later data
releases never rewrite an old case's figures. Keys name the data set and edition, e.g. ``limits/gb16780``."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from desktop_app.storage.casefile import CaseFile, Tx


def freeze(case: CaseFile, tx: Tx, key: str, current: Callable[[], Any]) -> None:
    """Store ``current()`` under ``key`` unless the case already holds that key."""
    if case.row("frozen_reference", key) is None:
        tx.insert("frozen_reference", {"key": key, "content": json.dumps(current(), ensure_ascii=False, default=str),
                                       "frozen_utc": datetime.now(UTC).isoformat(timespec="seconds")})


def load(case: CaseFile, key: str, current: Callable[[], Any]) -> Any:
    """The frozen copy when the case has one, else the current reference data (nothing is written)."""
    row = case.row("frozen_reference", key)
    return json.loads(str(row["content"])) if row is not None else current()
