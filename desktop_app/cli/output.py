"""The one line an error gets on stderr: ``jnzd: <message>``, never more than one line, never acting on the
terminal. Messages carry names the user did not choose — a bundle member, a logger file's cell, a file name — and
a newline or an escape sequence in one of them would split the line or drive the terminal; they are shown as
``\\n``, ``\\x1b`` … instead."""

from __future__ import annotations

import re
import sys

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with every control character (C0, DEL, C1, the Unicode line and paragraph separators) escaped."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def say(message: str) -> None:
    """``jnzd: <message>`` on stderr, as one line."""
    print(f"jnzd: {one_line(message)}", file=sys.stderr)
