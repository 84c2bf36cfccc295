"""``tomtat officials``: the key officials of each input (segmentation + officials, no scorer)."""

from __future__ import annotations

import typer

from tomtat.cli import articles
from tomtat.cli.env import Environment
from tomtat.cli.options import (
    DEFAULT_MAX_BYTES,
    EncodingOpt,
    Format,
    FormatOpt,
    InputFormat,
    InputFormatOpt,
    InputsArg,
    Lang,
    LangOpt,
    MaxBytesOpt,
    MaxOfficialsOpt,
    NoColorOpt,
)
from tomtat.errors import guard

EPILOG = """Examples:

  tomtat officials article.txt

  tomtat officials a.txt b.txt --format jsonl

  tomtat officials article.txt -f json | jq -r '.officials[].name'
"""


def officials(
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
    env = Environment.from_process(no_color=no_color)
    with guard(env.stderr, debug=env.debug):
        from tomtat.models import Config

        config = Config(lang=lang.value, max_officials=max_officials)
        code = articles.run(
            inputs,
            config,
            fmt,
            env,
            view=articles.View(summary=False, officials=True),
            encoding=encoding,
            max_bytes=max_bytes,
            input_format=input_format.value,
        )
    raise typer.Exit(code)
