"""One writer per case file: an OS-held lock on ``<case>.lock`` beside the case.

The OS releases the lock when the holding process dies (kill -9, power cut), so a stale lock file never blocks
anyone: the next opener simply acquires it again. The file's text says who holds it, for the read-only message.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

_FAR_OFFSET = 0x7FFF0000  # Windows: lock a byte past the text so readers can still read who holds it


def lock_path(case_path: Path) -> Path:
    return case_path.with_name(case_path.name + ".lock")


class CaseLock:
    def __init__(self, case_path: Path) -> None:
        self.path = lock_path(case_path)
        self._fh: IO[str] | None = None

    def acquire(self, user: str) -> bool:
        """Take the lock; False when another process (or another open in this one) holds it."""
        for _attempt in range(5):
            fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open for the lock's lifetime
            if not _try_lock(fh):
                fh.close()
                return False
            # The holder unlinks the file before unlocking; if we locked a file that was just unlinked, the
            # lock guards nothing, so try again on the path's current file.
            try:
                same = os.path.samestat(os.fstat(fh.fileno()), os.stat(self.path))
            except OSError:
                same = False
            if same:
                break
            _unlock(fh)
            fh.close()
        else:
            return False
        try:
            fh.seek(0)
            fh.truncate()
            info = {
                "user": user,
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "since_utc": datetime.now(UTC).isoformat(timespec="seconds"),
            }
            fh.write(json.dumps(info, ensure_ascii=False))
            fh.flush()
        except OSError:
            fh.close()
            raise
        self._fh = fh
        return True

    def holder(self) -> str:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return "?"
        who = f"{info.get('user', '?')}@{info.get('host', '?')}"
        return f"{who} (pid {info.get('pid', '?')}, {info.get('since_utc', '?')})"

    def release(self) -> None:
        if self._fh is None:
            return
        fh, self._fh = self._fh, None
        try:
            # Unlink while still holding the lock (POSIX); see ``acquire`` for why this order is safe.
            # On Windows an open file cannot be unlinked, so it is removed after unlocking.
            self.path.unlink()
        except OSError:
            pass
        _unlock(fh)
        fh.close()
        if sys.platform == "win32":  # pragma: no cover
            with contextlib.suppress(OSError):
                self.path.unlink()


def is_held(lock_file: Path) -> bool:
    """Whether a live process holds the lock on ``lock_file`` (False when it is missing or free; nothing written)."""
    try:
        fh = open(lock_file, encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError:
        return False
    try:
        if not _try_lock(fh):
            return True
        _unlock(fh)
        return False
    finally:
        fh.close()


def default_user() -> str:
    env = os.environ.get("JNZD_USER")
    if env:
        return env
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build
    import msvcrt

    def _try_lock(fh: IO[str]) -> bool:
        pos = fh.tell()
        fh.seek(_FAR_OFFSET)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            fh.seek(pos)
        return True

    def _unlock(fh: IO[str]) -> None:
        fh.seek(_FAR_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fh: IO[str]) -> bool:
        # flock locks belong to the open file description, so a second open in the same process is refused
        # too (fcntl/lockf locks would not be).
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
