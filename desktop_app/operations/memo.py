"""Results derived from a case, computed once per revision of the case (its journal head).

One screen refresh asks for the energy report, the product grades and the checklist state several times (the
check, the summary and the checklist bindings all need them); the head changes with every committed edit, undo
and restore, so a memo keyed by it can never serve a stale result. Callers must not mutate what they get.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import TypeVar

from desktop_app.storage.casefile import CaseFile

R = TypeVar("R")


def per_revision(fn: Callable[[CaseFile], R]) -> Callable[[CaseFile], R]:
    memo: weakref.WeakKeyDictionary[CaseFile, tuple[str, R]] = weakref.WeakKeyDictionary()

    @functools.wraps(fn)
    def wrapper(case: CaseFile) -> R:
        head = case.head
        hit = memo.get(case)
        if hit is not None and hit[0] == head:
            return hit[1]
        result = fn(case)
        memo[case] = (head, result)
        return result

    return wrapper
