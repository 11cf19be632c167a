"""Crash safety: a writer killed with SIGKILL at a random moment never loses an acknowledged edit.

Each iteration forks a child that opens the case and commits edits as fast as it can (alternately renaming the
enterprise and adding a contact), writing the number of each edit to a pipe *after* the edit returned. The parent
kills the child after a random 0–40 ms — counted from the fork in even iterations (so some kills land while the
child is still opening the case), from the child's first acknowledged edit in odd ones (so half the kills land
among edits however slow the machine is) — then reopens the case and checks that every acknowledged edit is
there, that at most the one edit in flight was added on top, that the file and the journal's hash chain are
intact, and that the dead writer's lock does not block the next writer.

A fixed number of iterations and no clock: how long the loop takes is not a test outcome (a crash-recovery figure
is in ``make bench``, benchmarks/commit_latency.py).
"""

from __future__ import annotations

import os
import random
import signal
import time
import traceback
from pathlib import Path

import pytest

from desktop_app.operations import profile
from desktop_app.storage.casefile import CaseFile

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)"),
]

ITERATIONS = 200
MAX_DELAY_S = 0.040
STRIDE = 1_000_000  # edit numbers of iteration i start at i * STRIDE (even, so every child starts with a rename)


def contact_values(n: int) -> dict[str, object]:
    """The contact added by (odd) edit ``n``; four kinds of contact so different columns are written."""
    name = f"联系人{n}"
    kind = (n // 2) % 4
    if kind == 0:
        return {"name": name}
    if kind == 1:
        return {"name": name, "phone": f"0371-{n % 10_000_000:07d}"}
    if kind == 2:
        return {"name": name, "role": "能源管理员", "email": f"c{n}@example.com"}
    return {"name": name, "role": "总工程师", "phone": "139 3730 5678", "email": f"chief{n}@example.com"}


def is_rename(n: int) -> bool:
    return n % 2 == 0


def _child(path: Path, base: int, wfd: int) -> None:
    """Runs in the forked child. Never returns: always leaves through os._exit (no pytest clean-up)."""
    code = 1
    try:
        signal.alarm(30)  # an orphaned child must not run forever if the parent test died
        case = CaseFile.open(path)
        if case.read_only:
            os.write(2, f"child: opened read-only: {case.read_only_notice}\n".encode())
            code = 3
        else:
            n = base
            while True:
                if is_rename(n):
                    profile.set_field(case, "enterprise.name", f"名称{n}")
                else:
                    profile.add_contact(case, contact_values(n))
                os.write(wfd, f"{n}\n".encode())  # the acknowledgement: only after the edit returned
                n += 1
    except BaseException:
        os.write(2, traceback.format_exc().encode("utf-8", "replace"))
        code = 2
    finally:
        os._exit(code)


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


class Model:
    """What the case must contain: everything acknowledged (plus in-flight edits found committed)."""

    def __init__(self) -> None:
        self.name: str | None = None
        self.contacts: dict[str, dict[str, object]] = {}
        self.edits = 0

    def apply(self, n: int) -> None:
        if is_rename(n):
            self.name = f"名称{n}"
        else:
            values = contact_values(n)
            self.contacts[str(values["name"])] = values
        self.edits += 1


def _contacts(case: CaseFile) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for r in case.rows("contact"):
        out[r["name"]] = {k: r[k] for k in ("name", "role", "phone", "email") if r[k] is not None}
    return out


def test_sigkilled_writer_never_loses_an_acknowledged_edit(tmp_path: Path) -> None:
    path = tmp_path / "crash.jnzd"
    CaseFile.create(path, as_of_date="2026-03-20").close()
    rng = random.Random(20260320)
    model = Model()
    stats = {"acked": 0, "killed_mid_edit": 0, "inflight_committed": 0, "hot_journal": 0, "stale_lock": 0}

    for it in range(ITERATIONS):
        base = it * STRIDE
        rfd, wfd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(rfd)
            _child(path, base, wfd)
        os.close(wfd)
        try:
            # The first acknowledgement (odd iterations): one read returns at least one whole line, or b"" if the
            # child died first, which the status check below reports. The child's alarm bounds the wait.
            raw = os.read(rfd, 65536) if it % 2 else b""
            time.sleep(rng.uniform(0, MAX_DELAY_S))
            os.kill(pid, signal.SIGKILL)
            raw += _read_all(rfd)
        finally:
            os.close(rfd)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
            f"iteration {it}: child did not die by SIGKILL (status {status}); it failed on its own")

        # Complete lines only: a write of a few bytes to a pipe is atomic, so a partial line cannot be an ack.
        lines = raw.decode().split("\n")
        acks = [int(x) for x in lines[:-1]]
        assert lines[-1] == "", f"iteration {it}: partial ack {lines[-1]!r}"
        assert acks == list(range(base, base + len(acks))), f"iteration {it}: acks out of order"
        stats["acked"] += len(acks)
        stats["killed_mid_edit"] += bool(acks)
        stats["hot_journal"] += path.with_name(path.name + "-journal").exists()
        stats["stale_lock"] += path.with_name(path.name + ".lock").exists()

        for n in acks:
            model.apply(n)
        inflight = base + len(acks)  # the one edit that may have committed without being acknowledged

        # A reader first (``jnzd info``, or a second window): it must cope with the hot journal a writer killed
        # mid-commit leaves, and see the same committed state the next writer sees.
        with CaseFile.open(path, read_only=True) as reader:
            seen_by_reader = (reader.row("enterprise", 1)["name"], _contacts(reader))  # type: ignore[index]

        case = CaseFile.open(path)
        try:
            assert not case.read_only, f"iteration {it}: dead writer's lock blocks: {case.read_only_notice}"
            assert case.integrity_check() == "ok"
            assert case.verify_journal() is None, f"iteration {it}: journal hash chain broken"
            name = case.row("enterprise", 1)["name"]  # type: ignore[index]
            contacts = _contacts(case)
            assert seen_by_reader == (name, contacts), f"iteration {it}: the read-only open saw another state"
            if is_rename(inflight):
                assert name in (model.name, f"名称{inflight}"), (
                    f"iteration {it}: name {name!r}, last acknowledged {model.name!r}, in flight 名称{inflight}")
                committed = name == f"名称{inflight}" and name != model.name
                assert contacts == model.contacts, f"iteration {it}: contacts differ"
            else:
                assert name == model.name, f"iteration {it}: name {name!r}, last acknowledged {model.name!r}"
                extra = set(contacts) - set(model.contacts)
                missing = set(model.contacts) - set(contacts)
                assert not missing, f"iteration {it}: acknowledged contacts lost: {sorted(missing)}"
                assert extra <= {f"联系人{inflight}"}, f"iteration {it}: unexpected contacts {sorted(extra)}"
                committed = bool(extra)
            if committed:
                model.apply(inflight)
                stats["inflight_committed"] += 1
            assert contacts == model.contacts, f"iteration {it}: contact details differ"
            groups = case.conn.execute("SELECT COUNT(DISTINCT grp) FROM journal WHERE kind = 'edit'").fetchone()[0]
            assert groups == model.edits, f"iteration {it}: {groups} edit groups in the journal, {model.edits} made"
        finally:
            case.close()
        leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(path.name) and p != path)
        assert leftovers == [], f"iteration {it}: files left beside the closed case: {leftovers}"

    print(f"crash loop: {ITERATIONS} kills, {stats}")
    # The loop must really have exercised edits being killed, not only children killed while starting up: every odd
    # iteration waited for an acknowledged edit before killing, on a fast or a slow machine alike.
    assert stats["killed_mid_edit"] >= ITERATIONS // 2, stats
    with CaseFile.open(path) as case:
        assert len(case.rows("contact")) == len(model.contacts)
        assert case.verify_journal() is None
