"""The path shared by ``summarize`` and ``officials``: read each input, run, render."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from tomtat.cli.options import Format
from tomtat.errors import ExitCode, TomtatError, UsageError

if TYPE_CHECKING:
    from rich.console import Console

    from tomtat.cli.env import Environment
    from tomtat.models import Config, Summary


class View(NamedTuple):
    """What a command shows of each result."""

    summary: bool = True
    officials: bool = True
    explain: bool = False


def sources(inputs: list[str] | None, env: Environment) -> list[str]:
    """The inputs to read; none means stdin, which must then be a pipe."""
    if inputs:
        return inputs
    if env.stdin is None or env.stdin_isatty:
        raise UsageError("no input: give a file path, or '-' / a pipe for stdin")
    return ["-"]


def resolve_format(fmt: Format, env: Environment) -> Format:
    """``auto``: rich panels for a person at a terminal, plain text in a pipe."""
    if fmt is not Format.auto:
        return fmt
    return Format.rich if env.stdout_isatty else Format.text


def console(env: Environment) -> Console:
    """A rich console on the environment's stdout."""
    from rich.console import Console

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
    encoding: str | None,
    max_bytes: int,
    input_format: str,
    title: str | None = None,
) -> int:
    """Summarise (or list the officials of) every input; return the exit code.

    ``title`` (``--title``) replaces every input's own headline.
    """
    from dataclasses import replace

    from tomtat import inputs as readers
    from tomtat import lang as langs
    from tomtat import render
    from tomtat.pipeline import find_officials, summarize

    names = sources(inputs, env)
    fmt = resolve_format(fmt, env)
    writer = render.Writer(
        fmt.value,
        env.stdout,
        several=len(names) > 1,
        show_summary=view.summary,
        show_officials=view.officials,
        explain=view.explain,
        console=console(env) if fmt is Format.rich else None,
    )
    run_one = summarize if view.summary else find_officials

    def results() -> Iterator[tuple[str, Summary | TomtatError]]:
        for source in names:
            try:
                article = readers.read(
                    source,
                    max_bytes=max_bytes,
                    encoding=encoding,
                    input_format=input_format,
                    stdin=env.stdin,
                )
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

    failures = render.write(results(), writer)
    return int(ExitCode.INPUT_ERROR) if failures else int(ExitCode.OK)
