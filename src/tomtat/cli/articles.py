"""The path shared by ``summarize`` and ``officials``: read each input, run, render."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from tomtat.cli.options import Format, ReadOptions
from tomtat.errors import ExitCode, TomtatError, UsageError

if TYPE_CHECKING:
    from rich.console import Console

    from tomtat.cli.env import Environment
    from tomtat.models import Article, Config, Summary


class View(NamedTuple):
    """What a command shows of each result."""

    summary: bool = True
    officials: bool = True
    explain: bool = False
    highlight: bool = False


def sources(inputs: list[str] | None, env: Environment, from_list: str | None = None) -> list[str]:
    """The inputs to read (directories expanded, ``--from-list`` added); none means stdin,
    which must then be a pipe."""
    from tomtat.inputs import expand

    if inputs or from_list is not None:
        names = expand(list(inputs or ()), from_list, env.stdin)
        if not names:
            raise UsageError(f"no input: {from_list} lists no path or URL")
        return names
    if env.stdin is None or env.stdin_isatty:
        raise UsageError("no input: give a file path, or '-' / a pipe for stdin")
    return ["-"]


def resolve_format(fmt: Format, env: Environment) -> Format:
    """``auto``: rich panels for a person at a terminal, plain text in a pipe."""
    if fmt is not Format.auto:
        return fmt
    return Format.rich if env.stdout_isatty else Format.text


def console(env: Environment, stream: Any = None) -> Console:
    """A rich console on the environment's stdout (or ``stream``, an output file)."""
    from rich.console import Console

    if stream is not None and stream is not env.stdout:
        return Console(file=stream, no_color=True, highlight=False, soft_wrap=False)
    return Console(
        file=env.stdout,
        no_color=not env.colors or None,
        highlight=False,
        soft_wrap=False,
        force_terminal=env.stdout_isatty or None,
    )


def run(
    inputs: list[str] | None,
    config: Config,
    fmt: Format,
    env: Environment,
    *,
    view: View,
    read: ReadOptions,
    title: str | None = None,
    output: str | None = None,
    from_list: str | None = None,
) -> int:
    """Summarise (or list the officials of) every input; return the exit code.

    ``title`` (``--title``) replaces every input's own headline; ``output`` (``-o``) is
    written atomically instead of stdout.
    """
    from dataclasses import replace

    from tomtat import lang as langs
    from tomtat import render
    from tomtat.cli.output import open_stream
    from tomtat.pipeline import find_officials, summarize

    names = sources(inputs, env, from_list)
    to_file = output not in (None, "-")
    if fmt is Format.auto and to_file:
        fmt = Format.text
    fmt = resolve_format(fmt, env)
    if fmt is Format.csv and view.summary:
        raise UsageError("--format csv lists officials: use it with tomtat officials")
    run_one = summarize if view.summary else find_officials

    def results() -> Iterator[tuple[str, Summary | TomtatError]]:
        for source in names:
            try:
                article = read_one(source, read, env)
                if title is not None:
                    article = replace(article, title=title)
                try:
                    langs.require_supported(config.lang, article.text)
                    summary = run_one(article, config)
                except TomtatError as exc:
                    exc.args = (f"{'<stdin>' if source == '-' else source}: {exc}",)
                    raise
            except TomtatError as exc:
                env.stderr.write(f"tomtat: error: {exc}\n")
                yield source, exc
                continue
            for warning in summary.warnings:
                env.stderr.write(f"tomtat: warning: {source}: {render.warning_line(warning)}\n")
            yield source, summary

    with open_stream(output, env.stdout) as stream:
        writer = render.Writer(
            fmt.value,
            stream,
            several=len(names) > 1,
            show_summary=view.summary,
            show_officials=view.officials,
            explain=view.explain,
            console=console(env, stream) if fmt is Format.rich else None,
            keywords=view.summary and config.keywords > 0,
            highlight=view.highlight,
        )
        failures = render.write(results(), writer)
    return int(ExitCode.INPUT_ERROR) if failures else int(ExitCode.OK)


def read_one(source: str, read: ReadOptions, env: Environment) -> Article:
    """Read one input with the command's reading options."""
    from tomtat import inputs as readers

    return readers.read(
        source,
        max_bytes=read.max_bytes,
        encoding=read.encoding,
        input_format=read.input_format,
        stdin=env.stdin,
        timeout=read.timeout,
        user_agent=read.user_agent,
    )
