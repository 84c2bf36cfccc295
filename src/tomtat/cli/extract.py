"""``tomtat extract``: the cleaned text tomtat would summarise (decoded, HTML extracted)."""

from __future__ import annotations

import typer

from tomtat.cli import articles
from tomtat.cli.env import Environment
from tomtat.cli.options import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    EncodingOpt,
    FromListOpt,
    InputFormat,
    InputFormatOpt,
    InputsArg,
    MaxBytesOpt,
    OutputOpt,
    ReadOptions,
    TimeoutOpt,
    UserAgentOpt,
)
from tomtat.errors import ExitCode, TomtatError, guard

EPILOG = """Examples:

  tomtat extract https://example.org/news.html

  tomtat extract page.html -o page.txt
"""


def extract(
    inputs: InputsArg = None,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    output: OutputOpt = None,
    from_list: FromListOpt = None,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    user_agent: UserAgentOpt = None,
) -> None:
    """Print the text tomtat would summarise: the headline (if known), a blank line, the body."""
    env = Environment.from_process()
    with guard(env.stderr, debug=env.debug):
        from tomtat.cli.output import open_stream

        read = ReadOptions(encoding, max_bytes, input_format.value, timeout, user_agent)
        names = articles.sources(inputs, env, from_list)
        failures = 0
        with open_stream(output, env.stdout) as out:
            for number, source in enumerate(names):
                try:
                    article = articles.read_one(source, read, env)
                except TomtatError as exc:
                    env.stderr.write(f"tomtat: error: {exc}\n")
                    failures += 1
                    continue
                if len(names) > 1:
                    out.write(("\n" if number else "") + f"==> {source} <==\n")
                if article.title:
                    out.write(article.title + "\n\n")
                out.write(article.text.strip("\n") + "\n")
            out.flush()
    raise typer.Exit(int(ExitCode.INPUT_ERROR) if failures else int(ExitCode.OK))
