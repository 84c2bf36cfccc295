"""``tomtat batch``: JSONL in, JSONL out on stdout (or ``-o``), progress on stderr only."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from tomtat.cli.env import Environment
from tomtat.cli.options import (
    DEFAULT_MAX_BYTES,
    Lang,
    LangOpt,
    MaxBytesOpt,
    OfficialsOpt,
    SentencesOpt,
)
from tomtat.errors import ExitCode, InputError, UsageError, fail, guard, silence_stdout

if TYPE_CHECKING:
    from rich.console import Console

EPILOG = """Examples:

  tomtat batch articles.jsonl > summaries.jsonl

  tomtat batch articles.jsonl -o summaries.jsonl --jobs 0

  zcat news.jsonl.gz | tomtat batch --text-field body -q | jq -c '{id, title}'
"""


def batch(
    input_path: Annotated[
        str, typer.Argument(metavar="[INPUT.jsonl]", help="JSONL file; '-' or none: stdin.")
    ] = "-",
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write here (atomically) instead of stdout.",
            show_default=False,
        ),
    ] = None,
    sentences: SentencesOpt = None,
    lang: LangOpt = Lang.auto,
    officials: OfficialsOpt = True,
    text_field: Annotated[
        str, typer.Option("--text-field", metavar="NAME", help="Field holding the text.")
    ] = "text",
    id_field: Annotated[
        str, typer.Option("--id-field", metavar="NAME", help="Field holding the id.")
    ] = "id",
    title_field: Annotated[
        str, typer.Option("--title-field", metavar="NAME", help="Field holding the headline.")
    ] = "title",
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=0, metavar="N", help="Worker processes; 0 = all cores."),
    ] = 1,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress or summary line on stderr.")
    ] = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
) -> None:
    """Summarise a JSONL file: one output line per input line, errors kept per record."""
    env = Environment.from_process()
    with guard(env.stderr, debug=env.debug):
        from tomtat import batch as batching
        from tomtat.models import Config

        if input_path == "-" and (env.stdin is None or env.stdin_isatty):
            raise UsageError("no input: give a JSONL path, or pipe JSONL to stdin")
        options = batching.BatchOptions(
            config=Config(sentences=sentences or 3, lang=lang.value, officials=officials),
            text_field=text_field,
            id_field=id_field,
            title_field=title_field,
            max_bytes=max_bytes,
        )
        code = _run(input_path, output, options, jobs or os.cpu_count() or 1, quiet, env)
    raise typer.Exit(code)


def _run(
    input_path: str,
    output: str | None,
    options: Any,
    jobs: int,
    quiet: bool,
    env: Environment,
) -> int:
    from tomtat import batch as batching
    from tomtat.inputs import open_binary

    stream = env.stdin if input_path == "-" else open_binary(input_path)
    assert stream is not None
    watching = not quiet and env.stderr_isatty
    progress = Progress(
        env, enabled=watching, total=count_records(input_path) if watching else None
    )
    try:
        with open_output(output, env.stdout) as write:
            done, failed = batching.run(
                batching.read_lines(stream, options.max_bytes),
                options,
                write,
                jobs=jobs,
                on_record=progress.tick,
            )
    except BrokenPipeError:
        # Unlike a summary cut short by `| head`, a batch that cannot write loses
        # records: say how far it got.
        silence_stdout()
        fail(env.stderr, f"output closed after {progress.count} records", ExitCode.INPUT_ERROR)
    finally:
        progress.close()
        if input_path != "-":
            stream.close()
    if watching:
        where = output if output not in (None, "-") else "stdout"
        env.stderr.write(
            f"{records(done)} → {where}, {failed} failed, {progress.elapsed():.1f} s\n"
        )
    elif failed:
        env.stderr.write(f"tomtat: {failed} of {done} records failed\n")
    return int(ExitCode.PARTIAL_FAILURE) if failed else int(ExitCode.OK)


def records(n: int) -> str:
    """``1 record``, ``2 records``."""
    return f"{n} record" if n == 1 else f"{n} records"


COUNT_LIMIT = 256 * 1024 * 1024


def count_records(path: str) -> int | None:
    """Non-blank lines of a file (the records to come); None for stdin or a huge file."""
    if path == "-":
        return None
    try:
        if os.path.getsize(path) > COUNT_LIMIT:
            return None
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return None


class Progress:
    """n/N records, rate and ETA on stderr; drawn only when stderr is a terminal.

    The display never redirects stdout (rich's default would print the records on
    the terminal instead of into ``> out.jsonl``).
    """

    def __init__(self, env: Environment, *, enabled: bool, total: int | None) -> None:
        import time

        self.count = 0
        self.failed = 0
        self._bar: Any = None
        self._total = total
        self._start = time.monotonic()
        if enabled:
            from rich.progress import BarColumn, SpinnerColumn, TextColumn
            from rich.progress import Progress as RichProgress

            columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}")]
            if total:
                columns.insert(1, BarColumn())
            self._bar = RichProgress(
                *columns,
                console=_stderr_console(env.stderr, env.colors),
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._bar.start()
            self._task = self._bar.add_task(self.describe(), total=total or None)

    def elapsed(self) -> float:
        """Seconds since the run started."""
        import time

        return time.monotonic() - self._start

    def describe(self) -> str:
        """``120/300 records, 2 failed · 85/s · ETA 0:02``."""
        done = f"{self.count}/{self._total}" if self._total else str(self.count)
        text = f"{done} records"
        if self.failed:
            text += f", {self.failed} failed"
        seconds = self.elapsed()
        if self.count and seconds > 0:
            rate = self.count / seconds
            text += f" · {rate:,.0f}/s"
            if self._total and self._total > self.count:
                text += f" · ETA {clock((self._total - self.count) / rate)}"
        return text

    def tick(self, ok: bool) -> None:
        """One more record done."""
        self.count += 1
        self.failed += not ok
        if self._bar is None or self.count % 8:
            return
        self._bar.update(self._task, description=self.describe(), completed=self.count)

    def close(self) -> None:
        """Take the display off the terminal."""
        if self._bar is not None:
            self._bar.stop()


def clock(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``)."""
    minutes, secs = divmod(int(seconds + 0.5), 60)
    if minutes < 60:
        return f"{minutes}:{secs:02d}"
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"


def _stderr_console(stderr: TextIO, colors: bool) -> Console:
    from rich.console import Console

    return Console(file=stderr, no_color=not colors or None)


@contextmanager
def open_output(output: str | None, stdout: TextIO) -> Iterator[Callable[[str], None]]:
    """A line writer to stdout, or to a temporary file renamed onto ``output`` at the end.

    The file is created with the umask's mode (like any file a shell redirect makes),
    or keeps the mode of the file it replaces. An interrupted run keeps its valid prefix.
    """
    if output is None or output == "-":

        def write_stdout(line: str) -> None:
            stdout.write(line)
            stdout.flush()

        yield write_stdout
        return
    fh, tmp = _create_temp(output)

    def write_file(line: str) -> None:
        fh.write(line)
        fh.flush()

    try:
        yield write_file
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
