"""The path shared by ``summarize`` and ``officials``: read each input, run, render."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tomtat.cli.options import Format
from tomtat.errors import ExitCode, TomtatError, UsageError

if TYPE_CHECKING:
    from rich.console import Console

    from tomtat.cli.env import Environment
    from tomtat.models import Config


@dataclass(frozen=True, slots=True)
class View:
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
    from tomtat import render, serialize
    from tomtat.pipeline import find_officials, summarize

    names = sources(inputs, env)
    fmt = resolve_format(fmt, env)
    several = len(names) > 1
    results: list[dict[str, Any]] = []
    failures = 0
    out = env.stdout
    rich_console = console(env) if fmt is Format.rich else None
    first_block = True
    run_one = summarize if view.summary else find_officials

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
            failures += 1
            env.stderr.write(f"tomtat: error: {exc}\n")
            if several and fmt in (Format.json, Format.jsonl):
                err = serialize.error_to_dict(exc.kind, str(exc), ref=source)
                if fmt is Format.jsonl:
                    out.write(serialize.dumps(err) + "\n")
                else:
                    results.append(err)
            continue
        for warning in summary.warnings:
            env.stderr.write(f"tomtat: warning: {source}: {render.warning_line(warning)}\n")
        if fmt in (Format.json, Format.jsonl):
            item = serialize.summary_to_dict(
                summary, ref=source, include_summary=view.summary, explain=view.explain
            )
            if fmt is Format.json:
                results.append(item)
            else:
                out.write(serialize.dumps(item) + "\n")
                out.flush()
        elif fmt is Format.markdown:
            if not first_block:
                out.write("\n")
            out.write(
                render.summary_markdown(
                    summary,
                    source=source if source != "-" else None,
                    show_summary=view.summary,
                    show_officials=view.officials,
                )
            )
        elif fmt is Format.rich:
            assert rich_console is not None
            render.print_rich(
                rich_console,
                render.summary_rich(
                    summary,
                    source=source,
                    show_summary=view.summary,
                    show_officials=view.officials,
                    explain=view.explain,
                ),
            )
        else:
            block = render.summary_text(
                summary,
                show_summary=view.summary,
                show_officials=view.officials,
                explain=view.explain,
            )
            if several:
                block = f"==> {source} <==\n{block}"
            out.write(("" if first_block else "\n") + block + "\n")
        first_block = False
    if fmt is Format.json and (results or not failures):
        payload: Any = results if several else results[0]
        out.write(serialize.dumps(payload, indent=2) + "\n")
    out.flush()
    return int(ExitCode.INPUT_ERROR) if failures else int(ExitCode.OK)
