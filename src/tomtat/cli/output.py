"""Where results go: stdout, or a file written atomically (``-o``/``--output``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from tomtat.errors import InputError


@contextmanager
def open_stream(output: str | None, stdout: TextIO) -> Iterator[TextIO]:
    """stdout, or a temporary file renamed onto ``output`` at the end.

    The file is created with the umask's mode (like any file a shell redirect makes),
    or keeps the mode of the file it replaces. An interrupted run keeps its valid prefix.
    """
    if output is None or output == "-":
        yield stdout
        return
    fh, tmp = _create_temp(output)
    try:
        yield fh
    except OSError as exc:
        fh.close()
        os.replace(tmp, output)
        raise InputError(f"{output}: write failed ({exc.strerror or exc})") from None
    except BaseException:
        fh.close()
        os.replace(tmp, output)  # keep the valid prefix written so far
        raise
    fh.close()
    os.replace(tmp, output)


@contextmanager
def open_output(output: str | None, stdout: TextIO) -> Iterator[Callable[[str], None]]:
    """A line writer (flushed per line) to stdout or, atomically, to ``output``."""
    with open_stream(output, stdout) as stream:

        def write(line: str) -> None:
            stream.write(line)
            stream.flush()

        yield write


def _create_temp(output: str) -> tuple[TextIO, str]:
    import secrets

    directory = os.path.dirname(os.path.abspath(output))
    try:
        mode = os.stat(output).st_mode & 0o7777
    except OSError:
        mode = None
    for _ in range(100):
        tmp = os.path.join(directory, f".tomtat-{secrets.token_hex(4)}.part")
        try:
            # 0o666 & ~umask, as open(2) does for `> out.jsonl`; mkstemp would give 0600
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None
        if mode is not None:
            os.fchmod(fd, mode)
        return os.fdopen(fd, "w", encoding="utf-8"), tmp
    raise InputError(f"{output}: cannot create a temporary file in {directory}")
