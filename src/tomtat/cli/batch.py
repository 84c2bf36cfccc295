"""``tomtat batch``: JSONL in, JSONL out on stdout (or ``-o``), progress on stderr only."""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from tomtat.cli.env import Environment
from tomtat.cli.options import (
    DEFAULT_KEYWORDS,
    DEFAULT_MAX_BYTES,
    ExplainOpt,
    KeywordsOpt,
    Lang,
    LangOpt,
    MaxBytesOpt,
    MaxOfficialsOpt,
    OfficialsOpt,
    OutputOpt,
    RatioOpt,
    SentencesOpt,
    WordsOpt,
)
from tomtat.cli.output import open_stream
from tomtat.errors import ExitCode, UsageError, fail, guard, silence_stdout

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
    output: OutputOpt = None,
    sentences: SentencesOpt = None,
    ratio: RatioOpt = None,
    words: WordsOpt = None,
    lang: LangOpt = Lang.auto,
    officials: OfficialsOpt = True,
    max_officials: MaxOfficialsOpt = None,
    explain: ExplainOpt = False,
    keywords: KeywordsOpt = DEFAULT_KEYWORDS,
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
        from tomtat.cli.summarize import length_options
        from tomtat.models import Config

        if input_path == "-" and (env.stdin is None or env.stdin_isatty):
            raise UsageError("no input: give a JSONL path, or pipe JSONL to stdin")
        config = Config(
            sentences=length_options(sentences, ratio, words),
            ratio=ratio,
            words=words,
            lang=lang.value,
            officials=officials,
            max_officials=max_officials,
            keywords=keywords,
            detail=explain,
        )
        options = batching.BatchOptions(
            config=config,
            text_field=text_field,
            id_field=id_field,
            title_field=title_field,
            max_bytes=max_bytes,
        )
        code = _run(
            input_path, output, options, jobs or os.cpu_count() or 1, quiet, env, explain=explain
        )
    raise typer.Exit(code)


def _run(
    input_path: str,
    output: str | None,
    options: Any,
    jobs: int,
    quiet: bool,
    env: Environment,
    *,
    explain: bool = False,
) -> int:
    from tomtat import batch as batching
    from tomtat.inputs import open_binary
    from tomtat.render import Writer

    stream = env.stdin if input_path == "-" else open_binary(input_path)
    assert stream is not None
    watching = not quiet and env.stderr_isatty
    progress = Progress(
        env, enabled=watching, total=count_records(input_path) if watching else None
    )
    try:
        with open_stream(output, env.stdout) as out:
            writer = Writer(
                "jsonl",
                out,
                several=True,
                show_officials=options.config.officials,
                explain=explain,
                keywords=options.config.keywords > 0,
                key="id",
            )
            done, failed = batching.run(
                batching.read_lines(stream, options.max_bytes),
                options,
                writer,
                jobs=jobs,
                streaming=arrives_live(stream),
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


def arrives_live(stream: Any) -> bool:
    """Whether the input comes as it is written (a pipe, a terminal, a socket) rather than
    from a file read at the reader's pace: a live record is answered before the next is
    read, file records are summarised in chunks (faster, see batch.STAGE_CHUNK)."""
    try:
        return not stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):  # in memory (tests, embedding): no wait
        return False


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

    def __init__(
        self, env: Environment, *, enabled: bool, total: int | None, unit: str = "records"
    ) -> None:
        import time

        self.enabled = enabled
        self.unit = unit
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
        text = f"{done} {self.unit}"
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

    def print(self, line: str) -> None:
        """A diagnostic line above the display."""
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False)

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
