"""Below the case API: recognise a case file from its header, map SQLite's error codes to the app's errors, and
read a case without writing it — an in-memory copy of the committed state (rolling a crashed writer's hot journal
back in place when nobody holds the case, or in a private copy for the portfolio's reader, which never writes)."""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path

from desktop_app.domain import errors
from desktop_app.domain.messages import render
from desktop_app.storage import schema
from desktop_app.storage.lock import CaseLock, default_user

SQLITE_MAGIC = b"SQLite format 3\x00"
_SQLITE_ERROR = 1
_SQLITE_FULL = 13
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY_ROLLBACK = 776  # extended code: a hot journal a read-only connection cannot undo

BUSY_TIMEOUT_S = 15.0
"""How long a writer's commit waits for a reader to let go (SQLite's busy handler retries with a growing back-off,
up to 100 ms apart). A supervisor's roll-up or a backup program reading the file holds it for seconds; giving up
is ``CaseBusy`` (exit 6), the edit not saved and the case intact."""



def map_sqlite_error(exc: sqlite3.Error, path: Path) -> errors.JnzdError:
    """Typed error from SQLite's error code (never from its message text)."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    detail = getattr(exc, "sqlite_errorname", type(exc).__name__)
    if code == _SQLITE_FULL:
        return errors.StorageFull(path=str(path))
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):  # the connection's busy timeout (retries with back-off) ran out
        return errors.CaseBusy(path=str(path), seconds=f"{BUSY_TIMEOUT_S:g}")
    if code == _SQLITE_NOTADB:
        return errors.NotACaseFile(path=str(path), detail=render("case.detail.notadb"))
    if code == _SQLITE_CORRUPT:
        return errors.CaseCorrupt(path=str(path), detail=detail)
    return errors.StorageIOError(path=str(path), detail=detail)


def identify(path: Path) -> int:
    """Check the header without trusting any table; return the schema version (user_version).

    Raises CaseNotFound, NotACaseFile, CaseCorrupt.
    """
    if not path.exists():
        raise errors.CaseNotFound(path=str(path))
    if path.is_dir():
        raise errors.NotACaseFile(path=str(path), detail=render("case.detail.directory"))
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise errors.StorageIOError(path=str(path), detail=exc.strerror or str(exc)) from None
    if size == 0:
        raise errors.NotACaseFile(path=str(path), detail=render("case.detail.empty"))
    if not head.startswith(SQLITE_MAGIC):
        kind = "case.detail.zip" if head.startswith(b"PK\x03\x04") else "case.detail.notsqlite"
        raise errors.NotACaseFile(path=str(path), detail=render(kind))
    if len(head) < 100:
        raise errors.CaseCorrupt(path=str(path), detail=render("case.detail.truncated"))
    app_id = int.from_bytes(head[68:72], "big")
    if app_id != schema.APPLICATION_ID:
        raise errors.NotACaseFile(path=str(path), detail=render("case.detail.foreign_sqlite"))
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    hot_journal = path.with_name(path.name + "-journal").exists()
    if not hot_journal and pages and size < pages * page_size:
        raise errors.CaseCorrupt(path=str(path), detail=render("case.detail.truncated"))
    return int.from_bytes(head[60:64], "big")


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise errors.CaseCorrupt(path=str(path), detail=str(result)[:120])
    fmt = None
    with suppress(sqlite3.OperationalError):
        fmt = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    if fmt is None or fmt[0] != schema.FORMAT_NAME:
        raise errors.NotACaseFile(path=str(path), detail=render("case.detail.no_meta"))


def read_only_copy(path: Path) -> sqlite3.Connection:
    for attempt in range(2):
        try:
            src = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)
            try:
                quick_check(src, path)
                mem = sqlite3.connect(":memory:", isolation_level=None)
                src.backup(mem)
            finally:
                src.close()
        except sqlite3.Error as exc:
            if attempt == 0 and getattr(exc, "sqlite_errorcode", 0) == _SQLITE_READONLY_ROLLBACK \
                    and roll_back_hot_journal(path):
                continue
            raise map_sqlite_error(exc, path) from None
        mem.row_factory = sqlite3.Row
        return mem
    raise AssertionError("unreachable")


def reader_connection(path: Path) -> sqlite3.Connection:
    """``CaseFile.open_reader``'s connection: read-only in place, or an in-memory copy of the committed state when
    a hot journal must be rolled back (done in a temporary copy of the file and its journal)."""
    try:
        conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, isolation_level=None, timeout=5.0)
    except sqlite3.Error as exc:
        raise map_sqlite_error(exc, path) from None
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("BEGIN")  # one read transaction until close: every figure from the same committed state
        fmt = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()  # the first read
    except sqlite3.Error as exc:
        conn.close()
        if getattr(exc, "sqlite_errorcode", 0) == _SQLITE_READONLY_ROLLBACK:
            return rolled_back_copy(path)
        if getattr(exc, "sqlite_errorcode", 0) == _SQLITE_ERROR:  # no meta table (or no such column)
            raise errors.NotACaseFile(path=str(path), detail=render("case.detail.no_meta")) from None
        raise map_sqlite_error(exc, path) from None
    if fmt is None or fmt[0] != schema.FORMAT_NAME:
        conn.close()
        raise errors.NotACaseFile(path=str(path), detail=render("case.detail.no_meta"))
    return conn


def rolled_back_copy(path: Path) -> sqlite3.Connection:
    import shutil
    import tempfile

    journal = path.with_name(path.name + "-journal")
    try:
        with tempfile.TemporaryDirectory(prefix="jnzd-read-") as tmp:
            copy = Path(tmp) / "case.jnzd"
            shutil.copyfile(path, copy)
            with suppress(FileNotFoundError):  # the writer may have finished meanwhile: the file alone is whole
                shutil.copyfile(journal, copy.with_name(copy.name + "-journal"))
            src = sqlite3.connect(copy, isolation_level=None, timeout=5.0)
            try:
                quick_check(src, path)  # a writer's first read rolls the journal back (in the copy)
                mem = sqlite3.connect(":memory:", isolation_level=None)
                src.backup(mem)
            finally:
                src.close()
    except sqlite3.Error as exc:
        raise map_sqlite_error(exc, path) from None
    except OSError as exc:
        raise errors.StorageIOError(path=str(path), detail=exc.strerror or str(exc)) from None
    mem.row_factory = sqlite3.Row
    return mem


def roll_back_hot_journal(path: Path) -> bool:
    """A writer that died mid-commit left a hot journal, which a read-only connection cannot roll back. When no
    instance holds the case, roll it back as any writer's open would (this restores the last committed state);
    True when done."""
    lock = CaseLock(path)
    try:
        if not lock.acquire(default_user()):
            return False
    except OSError:
        return False
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    finally:
        lock.release()
    return True
