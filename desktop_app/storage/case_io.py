"""Below the case API: recognise a case file from its header, map SQLite's error codes to the app's errors, and
read a case without writing it — an in-memory copy of the committed state. A crashed writer's hot journal is
rolled back in a private temporary copy, never in the case: a command that only reads writes no byte of the case
or its journal (issue 14)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path

from desktop_app.domain import errors
from desktop_app.domain.messages import render
from desktop_app.storage import schema

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
    if code == _SQLITE_IOERR and getattr(exc, "sqlite_errorcode", 0) in _WRITE_ERRORS and _out_of_space(path):
        return errors.StorageFull(path=str(path))
    return errors.StorageIOError(path=str(path), detail=detail)


_WRITE_ERRORS = frozenset({10 | 3 << 8, 10 | 4 << 8, 10 | 6 << 8, 10 | 13 << 8})  # IOERR_WRITE, FSYNC, TRUNCATE,
# FSTAT

LOW_SPACE = 1 << 20


def _out_of_space(path: Path) -> bool:
    """Whether a failed write was for want of room. SQLite reports a full disk met while writing the file as
    SQLITE_FULL, but the file-size limit (EFBIG) and a full disk met while writing its journal or syncing only as
    an I/O error: then a finite file-size limit, or less than 1 MB free in the folder, says which."""
    try:
        import resource  # POSIX only

        if resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY:
            return True
    except (ImportError, OSError, ValueError):
        pass
    try:
        st = os.statvfs(Path(path).parent)
    except (OSError, AttributeError):  # no statvfs on Windows: SQLite reports ENOSPC there as SQLITE_FULL
        return False
    return st.f_bavail * st.f_frsize < LOW_SPACE


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


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # the first bytes of a rollback journal that is not reset


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_hot_journal(path: Path) -> bool:
    """A rollback journal with a live header beside the case: a writer died mid-commit (or a journal that belongs
    to another copy of the file sits there). Reading it needs a roll-back, which a reader must never do in place."""
    try:
        with open(journal_path(path), "rb") as fh:
            return fh.read(8) == JOURNAL_MAGIC
    except OSError:
        return False


def read_only_copy(path: Path) -> sqlite3.Connection:
    return read_only_copy_noted(path)[0]


def read_only_copy_noted(path: Path) -> tuple[sqlite3.Connection, str]:
    """An in-memory copy of the case's committed state and, when a hot journal had to be rolled back to get it,
    a note saying so. The case file and its journal are never written: the roll-back happens in a temporary copy
    (``rolled_back_copy``)."""
    try:
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            quick_check(src, path)
            mem = sqlite3.connect(":memory:", isolation_level=None)
            src.backup(mem)
        finally:
            src.close()
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", 0) == _SQLITE_READONLY_ROLLBACK:
            return rolled_back_copy_noted(path)
        raise map_sqlite_error(exc, path) from None
    mem.row_factory = sqlite3.Row
    return mem, ""


def reader_connection(path: Path) -> sqlite3.Connection:
    """``CaseFile.open_reader``'s connection: read-only in place, or an in-memory copy of the committed state when
    a hot journal must be rolled back (done in a temporary copy of the file and its journal)."""
    try:
        conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S)
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
    return rolled_back_copy_noted(path)[0]


def rolled_back_copy_noted(path: Path) -> tuple[sqlite3.Connection, str]:
    """The committed state of a case with a hot journal, read from a private temporary copy of both files (the
    copy is rolled back, never the case). When the rolled-back copy fails SQLite's integrity check but the file
    alone passes it, the journal does not belong to this file (a crash, then an older copy put back over the
    case): the file is read without it, and the note says so."""
    import shutil
    import tempfile

    journal = journal_path(path)
    try:
        with tempfile.TemporaryDirectory(prefix="jnzd-read-") as tmp:
            copy = Path(tmp) / "case.jnzd"
            shutil.copyfile(path, copy)
            with suppress(FileNotFoundError):  # the writer may have finished meanwhile: the file alone is whole
                shutil.copyfile(journal, journal_path(copy))
            mem = _checked_copy(copy, path)
            if mem is not None:
                return mem, render("case.hot_journal_read", journal=journal.name)
            journal_path(copy).unlink(missing_ok=True)
            shutil.copyfile(path, copy)  # the file alone, as it is
            mem = _checked_copy(copy, path)
            if mem is None:
                raise errors.CaseCorrupt(path=str(path), detail=render("case.detail.foreign_journal_damaged",
                                                                       journal=journal.name))
            return mem, render("case.foreign_journal_read", journal=journal.name)
    except sqlite3.Error as exc:
        raise map_sqlite_error(exc, path) from None
    except OSError as exc:
        raise errors.StorageIOError(path=str(path), detail=exc.strerror or str(exc)) from None


def _checked_copy(copy: Path, path: Path) -> sqlite3.Connection | None:
    """An in-memory copy of ``copy`` (rolling back its journal, if any), or None when the result fails SQLite's
    integrity check."""
    src = sqlite3.connect(copy, isolation_level=None, timeout=5.0)
    try:
        try:
            ok = src.execute("PRAGMA integrity_check(1)").fetchone()[0] == "ok"  # the first read rolls back
        except sqlite3.DatabaseError:
            ok = False
        if not ok:
            return None
        quick_check(src, path)
        mem = sqlite3.connect(":memory:", isolation_level=None)
        src.backup(mem)
    finally:
        src.close()
    mem.row_factory = sqlite3.Row
    return mem
