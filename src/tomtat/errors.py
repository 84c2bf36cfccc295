"""Errors raised by tomtat and the exit codes the CLI maps them to."""

from __future__ import annotations

from enum import IntEnum


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


class RecordError(TomtatError):
    """A batch record is malformed (bad JSON, missing or non-string text)."""

    kind = "bad_record"

    def __init__(self, message: str, kind: str = "bad_record") -> None:
        super().__init__(message)
        self.kind = kind
