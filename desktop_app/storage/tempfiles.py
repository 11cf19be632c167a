"""Temporary names of files being written, and the sweep that removes the ones a killed run left behind.

Everything jnzd writes grows under a hidden temporary name in the target's own folder and is renamed into place
when complete (``os.replace``, atomic within one folder), so a crash, a kill or a full disk never leaves half a
file under the final name. The temporary names, all recognised by ``sweep``:

- ``.<name>.<8 hex>.creating`` — a case being created (``CaseFile.create``), built (``jnzd demo``) or restored
  from a bundle (``case_export.restore_case``); beside it SQLite's ``-journal`` and, while a case being built is
  open, its ``.lock``;
- ``.<name>.<8 hex>.writing`` — an upload bundle (``reporting.bundle``), a folder index (``portfolio_index``),
  the portfolio workbook; ``.<name>.writing`` — the workbook's name before it got a random part;
- ``.<name>.<8 hex>.tmp`` — the exported PDF and workbook (``outputs``); ``.report-<random>.pdf.tmp`` — a PDF
  written by ``reporting.pdf.render`` (the portfolio's roll-up PDF);
- ``<timestamp>-<reason>-<head>.tmp`` (and its ``-journal``) in a snapshot folder (``snapshots.take``).

When is a left-over clearly stale? Rule: none of its files (the temporary file, its ``-journal``, its ``.lock``)
was modified in the last ``STALE_AFTER_S`` (15 minutes), and no live process holds its ``.lock``. Why age and
not a process id: these folders are often a USB stick or a network share that another laptop writes too, where
this machine can neither see the other's processes nor trust file locks; a modification time is seen the same
everywhere. Every writer of these files writes continuously (a case being built commits every few milliseconds, a
bundle streams its members), so a file untouched for 15 minutes is not being written by anyone — the margin also
covers clocks that differ between machines. A case being built is, in addition, never removed while its lock is
held (a writer stopped in a debugger).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
import uuid
from pathlib import Path

from desktop_app.domain import errors
from desktop_app.storage.lock import is_held

STALE_AFTER_S = 15 * 60
_COMPANIONS = ("-journal", ".lock")
_TEMP_NAMES = (
    re.compile(r"\..+\.[0-9a-f]{8}\.(creating|writing|tmp)"),
    re.compile(r"\..+\.writing"),
    re.compile(r"\.report-[A-Za-z0-9_]+\.pdf\.tmp"),
    re.compile(r"\d{8}T\d{12}Z-[a-z-]+-[0-9a-f]*\.tmp"),  # snapshots.take
)
_NAME_PART_MAX = 100  # bytes of the final name kept in a temporary name (which adds ≤ 20 + companions' 8)


def temp_path(path: Path, kind: str = "creating") -> Path:
    """A new hidden temporary name for ``path`` in its folder: ``.<name>.<8 hex>.<kind>`` (``kind`` is one of
    ``creating``, ``writing``, ``tmp``). A long name is shortened so the temporary name fits where ``path`` does."""
    name = path.name
    if len(os.fsencode(name)) > _NAME_PART_MAX:
        name = os.fsencode(name)[:_NAME_PART_MAX].decode("utf-8", "ignore") or "case"
    return path.with_name(f".{name}.{uuid.uuid4().hex[:8]}.{kind}")


def discard(tmp: Path) -> None:
    """Remove a temporary file and its companions (SQLite's ``-journal``, the ``.lock``); never raises."""
    for p in (tmp, *(tmp.with_name(tmp.name + c) for c in _COMPANIONS)):
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)


def check_case_name(path: Path) -> None:
    """PathTooLong when ``path``'s name, or the ``-journal`` SQLite puts beside it, is longer than the folder's file
    system allows: a case whose journal cannot be created could not save a single edit."""
    limit = 255
    with contextlib.suppress(OSError, ValueError, AttributeError):
        limit = int(os.pathconf(path.parent if path.parent.is_dir() else ".", "PC_NAME_MAX"))
    longest = path.name + "-journal"
    size = len(longest) if sys.platform == "win32" else len(os.fsencode(longest))  # NTFS counts UTF-16 units
    if size > limit:
        raise errors.PathTooLong(path=str(path), limit=limit)


def _base(name: str) -> str | None:
    """The temporary file ``name`` belongs to (itself, or the file a companion sits beside), or None."""
    for candidate in (name, *(name[: -len(c)] for c in _COMPANIONS if name.endswith(c))):
        if any(p.fullmatch(candidate) for p in _TEMP_NAMES):
            return candidate
    return None


def sweep(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove the stale left-overs of killed runs in ``folder`` (see the module docstring for the rule); returns
    what was removed. Never raises: a folder that cannot be listed or a file that cannot be removed is skipped."""
    now = time.time() if now is None else now
    groups: dict[str, list[os.DirEntry[str]]] = {}
    try:
        with os.scandir(folder) as it:
            for entry in it:
                base = _base(entry.name)
                if base is not None:
                    groups.setdefault(base, []).append(entry)
    except OSError:
        return []
    removed: list[Path] = []
    for base, entries in groups.items():
        try:
            if any(not e.is_file(follow_symlinks=False) for e in entries):
                continue
            if max(e.stat(follow_symlinks=False).st_mtime for e in entries) > now - STALE_AFTER_S:
                continue
        except OSError:
            continue
        lock = Path(folder) / (base + ".lock")
        if any(e.name == lock.name for e in entries) and is_held(lock):
            continue
        for e in entries:
            with contextlib.suppress(OSError):
                os.unlink(e.path)
                removed.append(Path(e.path))
    return removed
