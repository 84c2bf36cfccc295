"""The ``tomtat`` command line: parse options, call the pipeline, render.

Errors become exit codes here and only here (see errors.ExitCode).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO

import typer

from tomtat import __version__
from tomtat.cli_types import Lang, SentencesOpt
from tomtat.errors import ExitCode, InputError, TomtatError

if TYPE_CHECKING:
    from rich.console import Console

    from tomtat.models import Config, Summary

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class Format(StrEnum):
    """Output formats."""

    auto = "auto"
    rich = "rich"
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


class InputFormat(StrEnum):
    """How to read inputs."""

    auto = "auto"
    text = "text"
    html = "html"


def _decorate() -> bool:
    # Rich help and error boxes only for a person at a terminal.
    return sys.stdout.isatty() and sys.stderr.isatty() and not os.environ.get("NO_COLOR")


app = typer.Typer(
    name="tomtat",
    rich_markup_mode="rich" if _decorate() else None,
    help="Extractive summaries and key officials for Vietnamese and English news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tomtat {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Extractive summaries and key officials for Vietnamese and English news.

    Exit codes: 0 ok, 1 input error, 2 usage error, 3 batch had failed records,
    130 interrupted.
    """


def _positive_ratio(value: float | None) -> float | None:
    if value is not None and value <= 0:
        raise typer.BadParameter("must be greater than 0")
    return value


def _fail(message: str, code: ExitCode) -> NoReturn:
    sys.stderr.write(f"tomtat: error: {message}\n")
    sys.stderr.flush()
    raise typer.Exit(int(code))


def _silence_stdout() -> None:
    # The reader went away (`| head -1`): stop writing, and keep Python's
    # shutdown flush from printing "Exception ignored ... BrokenPipeError".
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@contextmanager
def _guard() -> Iterator[None]:
    """Map failures to one stderr line and an exit code, never a traceback."""
    try:
        yield
    except typer.Exit:
        raise
    except TomtatError as exc:
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("tomtat: interrupted\n")
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(int(ExitCode.OK)) from None
    except OSError as exc:  # stdout on a full disk, a closed terminal, ...
        _silence_stdout()
        _fail(f"cannot write output: {exc.strerror or exc}", ExitCode.INPUT_ERROR)
    except Exception as exc:  # a bug: still one line, not a traceback
        _fail(f"internal error: {type(exc).__name__}: {exc}", ExitCode.INTERNAL)


def _sources(inputs: list[str] | None) -> list[str]:
    if inputs:
        return inputs
    if sys.stdin is None or sys.stdin.isatty():
        _fail("no input: give a file path, or '-' / a pipe for stdin", ExitCode.USAGE_ERROR)
    return ["-"]


def _resolve_format(fmt: Format, stream: TextIO) -> Format:
    if fmt is not Format.auto:
        return fmt
    isatty = getattr(stream, "isatty", None)
    return Format.rich if isatty is not None and isatty() else Format.text


def _console(no_color: bool) -> Console:
    from rich.console import Console

    return Console(no_color=no_color or None, highlight=False, soft_wrap=False)


def _build_config(**kwargs: Any) -> Config:
    from tomtat.models import Config

    return Config(**kwargs)


def _run(
    inputs: list[str] | None,
    config: Config,
    fmt: Format,
    *,
    show_summary: bool,
    show_officials: bool,
    explain: bool,
    encoding: str | None,
    max_bytes: int,
    no_color: bool,
    input_format: InputFormat,
) -> None:
    from dataclasses import replace

    from tomtat import inputs as readers
    from tomtat import render, serialize
    from tomtat.pipeline import summarize

    sources = _sources(inputs)
    fmt = _resolve_format(fmt, sys.stdout)
    several = len(sources) > 1
    results: list[dict[str, Any]] = []
    failures = 0
    console = _console(no_color) if fmt is Format.rich else None
    first_block = True

    def to_dict(source: str, summary: Summary) -> dict[str, Any]:
        return serialize.summary_to_dict(
            summary,
            ref=source,
            include_summary=show_summary,
            explain=explain,
        )

    for source in sources:
        try:
            article = readers.read(
                source, max_bytes=max_bytes, encoding=encoding, input_format=input_format.value
            )
            cfg = config
            if article.title and config.title is None:
                cfg = replace(config, title=article.title)
            summary = summarize(article.text, cfg)
        except InputError as exc:
            failures += 1
            sys.stderr.write(f"tomtat: error: {exc}\n")
            if several and fmt in (Format.json, Format.jsonl):
                err = serialize.error_to_dict(exc.kind, str(exc), ref=source)
                if fmt is Format.jsonl:
                    sys.stdout.write(serialize.dumps(err) + "\n")
                else:
                    results.append(err)
            continue
        for warning in summary.warnings:
            sys.stderr.write(
                f"tomtat: warning: {source}: {warning.stage} failed: {warning.message}\n"
            )
        if fmt is Format.json:
            results.append(to_dict(source, summary))
        elif fmt is Format.jsonl:
            sys.stdout.write(serialize.dumps(to_dict(source, summary)) + "\n")
            sys.stdout.flush()
        elif fmt is Format.markdown:
            if not first_block:
                sys.stdout.write("\n")
            sys.stdout.write(
                render.summary_markdown(
                    summary,
                    source=source if source != "-" else None,
                    show_summary=show_summary,
                    show_officials=show_officials,
                )
            )
        elif fmt is Format.rich:
            assert console is not None
            render.print_rich(
                console,
                render.summary_rich(
                    summary,
                    source=source,
                    show_summary=show_summary,
                    show_officials=show_officials,
                    explain=explain,
                ),
            )
        else:
            block = render.summary_text(
                summary,
                show_summary=show_summary,
                show_officials=show_officials,
                explain=explain,
            )
            if several:
                block = f"==> {source} <==\n{block}"
            sys.stdout.write(("" if first_block else "\n") + block + "\n")
        first_block = False
    if fmt is Format.json and (results or not failures):
        payload: Any = results if several else results[0]
        sys.stdout.write(serialize.dumps(payload, indent=2) + "\n")
    sys.stdout.flush()
    if failures:
        raise typer.Exit(int(ExitCode.INPUT_ERROR))


InputsArg = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="INPUT...",
        help="Article files; '-' or none (with a pipe) reads stdin.",
        show_default=False,
    ),
]
LangOpt = Annotated[
    Lang, typer.Option("--lang", help="Article language; auto detects Vietnamese diacritics.")
]
FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        help="auto: rich on a terminal, text in a pipe. json: one object (an array for several"
        " inputs); jsonl: one line per input.",
    ),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding", help="Input encoding (default: BOM, else UTF-8).", show_default=False
    ),
]
MaxBytesOpt = Annotated[
    int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this.")
]
NoColorOpt = Annotated[
    bool, typer.Option("--no-color", help="No colour on a terminal (NO_COLOR is honoured too).")
]
InputFormatOpt = Annotated[
    InputFormat,
    typer.Option(
        "--input-format",
        help="auto: HTML pages (and URLs) go through trafilatura, anything else is plain text.",
    ),
]
MaxOfficialsOpt = Annotated[
    int | None,
    typer.Option("--max-officials", min=0, help="List at most K officials.", show_default=False),
]


@app.command(epilog="Example: tomtat summarize seeds/000_c74147841ab369b7.txt -n 3 --format json")
def summarize(
    inputs: InputsArg = None,
    sentences: SentencesOpt = 3,
    ratio: Annotated[
        float | None,
        typer.Option(
            "--ratio",
            min=0.0,
            max=1.0,
            callback=lambda v: _positive_ratio(v),
            help="Pick this fraction of the sentences instead of -n.",
            show_default=False,
        ),
    ] = None,
    words: Annotated[
        int | None,
        typer.Option(
            "--words", min=1, help="Pick sentences within this word budget.", show_default=False
        ),
    ] = None,
    lang: LangOpt = Lang.auto,
    fmt: FormatOpt = Format.auto,
    officials: Annotated[
        bool, typer.Option("--officials/--no-officials", help="List key officials.")
    ] = True,
    max_officials: MaxOfficialsOpt = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show each picked sentence's score in parts.")
    ] = False,
    title: Annotated[
        str | None,
        typer.Option(
            "--title", help="The headline, if not the article's first line.", show_default=False
        ),
    ] = None,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    no_color: NoColorOpt = False,
) -> None:
    """Summarise articles and list their key officials."""
    with _guard():
        config = _build_config(
            sentences=sentences,
            ratio=ratio,
            words=words,
            lang=lang.value,
            officials=officials,
            max_officials=max_officials,
            title=title,
        )
        _run(
            inputs,
            config,
            fmt,
            show_summary=True,
            show_officials=officials,
            explain=explain,
            encoding=encoding,
            max_bytes=max_bytes,
            no_color=no_color,
            input_format=input_format,
        )


@app.command(name="officials", epilog="Example: tomtat officials article.txt --format json")
def officials_cmd(
    inputs: InputsArg = None,
    lang: LangOpt = Lang.auto,
    fmt: FormatOpt = Format.auto,
    max_officials: MaxOfficialsOpt = None,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    no_color: NoColorOpt = False,
) -> None:
    """List the key officials of articles: names, titles, mentions."""
    with _guard():
        config = _build_config(lang=lang.value, max_officials=max_officials, sentences=1)
        _run(
            inputs,
            config,
            fmt,
            show_summary=False,
            show_officials=True,
            explain=False,
            encoding=encoding,
            max_bytes=max_bytes,
            no_color=no_color,
            input_format=input_format,
        )


@app.command(epilog="Example: tomtat batch articles.jsonl --output summaries.jsonl --jobs 0")
def batch(
    input_path: Annotated[
        str, typer.Argument(metavar="[INPUT.jsonl]", help="JSONL file; '-' or none: stdin.")
    ] = "-",
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", help="Write here (atomically) instead of stdout.", show_default=False
        ),
    ] = None,
    sentences: SentencesOpt = 3,
    lang: LangOpt = Lang.auto,
    officials: Annotated[
        bool, typer.Option("--officials/--no-officials", help="List key officials.")
    ] = True,
    text_field: Annotated[
        str, typer.Option("--text-field", help="Field holding the text.")
    ] = "text",
    id_field: Annotated[str, typer.Option("--id-field", help="Field holding the id.")] = "id",
    title_field: Annotated[
        str, typer.Option("--title-field", help="Field holding the headline.")
    ] = "title",
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes; 0 = all cores.")
    ] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")] = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
) -> None:
    """Summarise a JSONL file: one output line per input line, errors kept per record."""
    with _guard():
        _batch(
            input_path,
            output,
            sentences,
            lang,
            officials,
            text_field,
            id_field,
            title_field,
            jobs,
            quiet,
            max_bytes,
        )


def _batch(
    input_path: str,
    output: str | None,
    sentences: int,
    lang: Lang,
    officials: bool,
    text_field: str,
    id_field: str,
    title_field: str,
    jobs: int,
    quiet: bool,
    max_bytes: int,
) -> None:
    from tomtat import batch as batching

    if input_path == "-" and (sys.stdin is None or sys.stdin.isatty()):
        _fail("no input: give a JSONL path, or pipe JSONL to stdin", ExitCode.USAGE_ERROR)
    options = batching.BatchOptions(
        config=_build_config(sentences=sentences, lang=lang.value, officials=officials),
        text_field=text_field,
        id_field=id_field,
        title_field=title_field,
        max_bytes=max_bytes,
    )
    if jobs == 0:
        jobs = os.cpu_count() or 1
    from tomtat.inputs import open_binary

    stream = sys.stdin.buffer if input_path == "-" else open_binary(input_path)
    progress = _Progress(
        enabled=not quiet and sys.stderr.isatty(), total=_size(input_path), stream=stream
    )
    try:
        with _open_output(output) as write:
            done, failed = batching.run(
                batching.read_lines(stream, max_bytes),
                options,
                write,
                jobs=jobs,
                on_record=progress.tick,
            )
    except BrokenPipeError:
        # Unlike a summary cut short by `| head`, a batch that cannot write loses
        # records: say how far it got.
        _silence_stdout()
        _fail(f"output closed after {progress.count} records", ExitCode.INPUT_ERROR)
    finally:
        progress.close()
        if stream is not sys.stdin.buffer:
            stream.close()
    if failed:
        sys.stderr.write(f"tomtat: {failed} of {done} records failed\n")
        raise typer.Exit(int(ExitCode.PARTIAL_FAILURE))


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path) if path != "-" else None
    except OSError:
        return None


class _Progress:
    """Records, records/s and (for a file) an ETA on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool, total: int | None, stream: Any = None) -> None:
        self.count = 0
        self.failed = 0
        self._bar: Any = None
        self._stream = stream
        self._start = 0.0
        if enabled:
            import time

            from rich.progress import (
                BarColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}")]
            if total:
                columns += [BarColumn(), TimeRemainingColumn()]
            columns.append(TimeElapsedColumn())
            self._bar = Progress(*columns, console=_stderr_console(), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("0 records", total=total or None)
            self._total = total
            self._start = time.monotonic()

    def tick(self, ok: bool) -> None:
        self.count += 1
        self.failed += not ok
        if self._bar is None or self.count % 8:
            return
        import time

        rate = self.count / max(time.monotonic() - self._start, 1e-6)
        desc = f"{self.count} records ({self.failed} failed) · {rate:,.0f} rec/s"
        done = None
        if self._total and self._stream is not None:
            try:
                done = self._stream.tell()
            except (OSError, ValueError):
                done = None
        self._bar.update(self._task, description=desc, completed=done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


@contextmanager
def _open_output(output: str | None) -> Iterator[Callable[[str], None]]:
    if output is None or output == "-":

        def write_stdout(line: str) -> None:
            sys.stdout.write(line)
            sys.stdout.flush()

        yield write_stdout
        return
    import tempfile

    directory = os.path.dirname(os.path.abspath(output))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tomtat-", suffix=".part", dir=directory)
    except OSError as exc:
        raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None
    fh = os.fdopen(fd, "w", encoding="utf-8")

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


def _register_eval() -> None:
    from tomtat.cli_eval import eval_cmd

    app.command(
        name="eval",
        epilog="Example: tomtat eval data.jsonl --baseline lead --format json",
    )(eval_cmd)


_register_eval()


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("tomtat: interrupted\n")
        sys.exit(int(ExitCode.INTERRUPTED))
