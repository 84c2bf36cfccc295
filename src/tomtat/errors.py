"""Errors raised by tomtat and the exit codes the CLI maps them to."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import NoReturn, TextIO


class ExitCode(IntEnum):
    """Process exit codes; documented in the README."""

    OK = 0
    INPUT_ERROR = 1
    USAGE_ERROR = 2
    PARTIAL_FAILURE = 3
    INTERNAL = 70
    INTERRUPTED = 130


class TomtatError(Exception):
    """Base of every error tomtat raises on purpose."""

    exit_code: ExitCode = ExitCode.INPUT_ERROR
    kind: str = "error"


class InputError(TomtatError):
    """The input cannot be read or is not an article (missing, empty, binary, ...)."""

    kind = "input_error"


class EmptyInputError(InputError):
    """The input holds no text."""

    kind = "empty_input"


class BinaryInputError(InputError):
    """The input looks like binary data, not text."""

    kind = "binary_input"


class DecodeError(InputError):
    """The input's bytes cannot be decoded as text."""

    kind = "decode_error"


class UnsupportedLanguageError(InputError):
    """The text is in a language tomtat does not summarise (neither Vietnamese nor English)."""

    kind = "unsupported_language"


class RecordError(TomtatError):
    """A batch record is malformed (bad JSON, missing or non-string text)."""

    kind = "bad_record"

    def __init__(self, message: str, kind: str = "bad_record") -> None:
        super().__init__(message)
        self.kind = kind


class UsageError(TomtatError):
    """The command line asks for something impossible (conflicting options, no input)."""

    exit_code = ExitCode.USAGE_ERROR
    kind = "usage_error"


def fail(stderr: TextIO, message: str, code: ExitCode) -> NoReturn:
    """One ``tomtat: error:`` line on stderr, then exit with ``code``."""
    stderr.write(f"tomtat: error: {message}\n")
    stderr.flush()
    raise SystemExit(int(code))


def silence_stdout() -> None:
    """Point stdout at /dev/null: its reader went away (``| head -1``).

    Keeps Python's shutdown flush from printing "Exception ignored ... BrokenPipeError".
    """
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@contextmanager
def guard(stderr: TextIO, *, debug: bool = False) -> Iterator[None]:
    """Map failures to one stderr line and an exit code, never a traceback.

    With ``debug`` an internal error (a bug) also prints its traceback.
    """
    try:
        yield
    except TomtatError as exc:
        fail(stderr, str(exc), exc.exit_code)
    except KeyboardInterrupt:
        stderr.write("tomtat: interrupted\n")
        raise SystemExit(int(ExitCode.INTERRUPTED)) from None
    except BrokenPipeError:
        silence_stdout()
        raise SystemExit(int(ExitCode.OK)) from None
    except OSError as exc:  # stdout on a full disk, a closed terminal, ...
        silence_stdout()
        fail(stderr, f"cannot write output: {exc.strerror or exc}", ExitCode.INPUT_ERROR)
    except Exception as exc:  # a bug: one line, the traceback only when asked for
        if debug:
            import traceback

            traceback.print_exc(file=stderr)
        hint = "" if debug else " (a bug: --debug or TOMTAT_DEBUG=1 shows the traceback)"
        fail(stderr, f"internal error: {type(exc).__name__}: {exc}{hint}", ExitCode.INTERNAL)
