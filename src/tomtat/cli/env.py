"""The process's streams and terminal state, read when a command runs, never at import.

In the spirit of httpie's ``Environment``: commands take one of these instead of
touching ``sys.stdout`` or asking ``isatty()`` themselves, so tests can hand them
any streams and either answer.
"""

from __future__ import annotations

import os
import sys
from typing import IO, NamedTuple, TextIO


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if isatty is not None else False
    except (OSError, ValueError):
        return False


class Environment(NamedTuple):
    """Where results, diagnostics and input go, and whether a person is watching.

    A NamedTuple, not a dataclass: ``dataclasses`` would cost every start-up its import.
    """

    stdin: IO[bytes] | None
    stdout: TextIO
    stderr: TextIO
    stdin_isatty: bool = False
    stdout_isatty: bool = False
    stderr_isatty: bool = False
    colors: bool = True
    debug: bool = False

    @classmethod
    def from_process(cls, *, no_color: bool = False) -> Environment:
        """The streams of this process as they are now (CliRunner swaps them per test)."""
        stdin = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
        return cls(
            stdin=stdin,
            stdout=sys.stdout,
            stderr=sys.stderr,
            stdin_isatty=sys.stdin is not None and _isatty(sys.stdin),
            stdout_isatty=_isatty(sys.stdout),
            stderr_isatty=_isatty(sys.stderr),
            colors=not no_color and not os.environ.get("NO_COLOR"),
            debug=debug_requested(),
        )

    @property
    def decorate(self) -> bool:
        """Rich help and error boxes: only for a person at a terminal who wants colour."""
        return self.stdout_isatty and self.stderr_isatty and self.colors


_DEBUG = False


def set_debug(value: bool) -> None:
    """Remember ``--debug`` for the command that runs next."""
    global _DEBUG
    _DEBUG = value


def debug_requested() -> bool:
    """``--debug`` was given, or ``TOMTAT_DEBUG`` is set to something other than 0."""
    return _DEBUG or os.environ.get("TOMTAT_DEBUG", "") not in ("", "0")
