"""The portfolio's per-folder index: what was read from each file of a scanned folder, so the next scan re-reads
only the files that changed.

One JSON file per scanned folder, in the per-user data folder (``JNZD_DATA_DIR`` overrides it; see
``snapshots.data_dir``) under ``portfolio/``, named by a hash of the folder's absolute path — never inside the
scanned folder, so a folder the reviewer cannot write to (a share, a USB stick) is indexed all the same and the
cases stay untouched. Each entry holds the file's path relative to the folder, its size, mtime (ns) and whether a
``-journal`` lay beside it when it was read, and the row read from it (error rows too). A file whose stat differs
is read again.

The index carries a format number and the caller's key (app version, case schema version, extraction version,
language of the messages): a different key, a damaged or unreadable index file is simply ignored and rebuilt.
Saving writes a temporary file and ``os.replace``s it, so a crash never leaves half an index.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.storage.snapshots import data_dir

INDEX_FORMAT = 1


@dataclass(frozen=True)
class Stamp:
    """What says a file is unchanged since it was read."""

    size: int
    mtime_ns: int
    journal: bool  # a ``-journal`` beside it (a writer at work, or one that crashed)


@dataclass(frozen=True)
class Entry:
    stamp: Stamp
    row: dict[str, Any]  # the caller's row, as JSON-able values


def index_dir() -> Path:
    return data_dir() / "portfolio"


def folder_key(folder: Path) -> str:
    return os.path.normcase(os.path.abspath(folder))


def index_path(folder: Path) -> Path:
    digest = hashlib.sha256(folder_key(folder).encode("utf-8")).hexdigest()[:24]
    return index_dir() / f"{digest}.json"


def stamp(path: Path) -> Stamp:
    """The file's stamp (raises OSError when it cannot be stat'ed)."""
    st = path.stat()
    return Stamp(st.st_size, st.st_mtime_ns, path.with_name(path.name + "-journal").exists())


def load(folder: Path, key: dict[str, str]) -> dict[str, Entry]:
    """{relative path (POSIX separators): entry} of the folder's index; empty when there is none, it is damaged,
    unreadable, of another format or key, or of another folder."""
    try:
        doc = json.loads(index_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    try:
        if doc.get("format") != INDEX_FORMAT or doc.get("key") != key or doc.get("folder") != folder_key(folder):
            return {}
        out: dict[str, Entry] = {}
        for rel, e in doc["entries"].items():
            s = Stamp(int(e["size"]), int(e["mtime_ns"]), bool(e["journal"]))
            if not isinstance(rel, str) or not isinstance(e["row"], dict):
                return {}
            out[rel] = Entry(s, e["row"])
        return out
    except (AttributeError, KeyError, TypeError, ValueError):
        return {}


def save(folder: Path, key: dict[str, str], entries: dict[str, Entry]) -> bool:
    """Write the folder's index atomically; False (and nothing changed) when the data folder is not writable."""
    target = index_path(folder)
    doc = {"format": INDEX_FORMAT, "key": key, "folder": folder_key(folder),
           "entries": {rel: {"size": e.stamp.size, "mtime_ns": e.stamp.mtime_ns, "journal": e.stamp.journal,
                             "row": e.row} for rel, e in sorted(entries.items())}}
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.writing")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))  # the C encoder: ~5× json.dump's speed
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except (OSError, TypeError, ValueError):
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # a hidden leftover in the data folder; the index itself is unchanged
        return False
    return True
