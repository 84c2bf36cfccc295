"""``tomtat officials``: the key officials of each input, or (``--combine``) of all of them."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from tomtat.cli import articles
from tomtat.cli.env import Environment
from tomtat.cli.options import (
    DEFAULT_KEYWORDS,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    EncodingOpt,
    Format,
    FormatOpt,
    FromListOpt,
    InputFormat,
    InputFormatOpt,
    InputsArg,
    KeywordsOpt,
    Lang,
    LangOpt,
    MaxBytesOpt,
    MaxOfficialsOpt,
    NoColorOpt,
    OutputOpt,
    ReadOptions,
    TimeoutOpt,
    UserAgentOpt,
)
from tomtat.errors import UsageError, guard

EPILOG = """Examples:

  tomtat officials article.txt

  tomtat officials a.txt b.txt --format jsonl

  tomtat officials article.txt -f csv -o officials.csv

  tomtat officials --combine news/ archive.jsonl.gz --min-articles 2 --jobs 2
"""


def officials(
    inputs: InputsArg = None,
    lang: LangOpt = Lang.auto,
    fmt: FormatOpt = Format.auto,
    max_officials: MaxOfficialsOpt = None,
    combine: Annotated[
        bool,
        typer.Option(
            "--combine",
            help="One row a person across all inputs (JSONL record files too): titles,"
            " articles, mentions.",
        ),
    ] = False,
    min_articles: Annotated[
        int,
        typer.Option(
            "--min-articles", min=1, metavar="K", help="--combine: people in K articles or more."
        ),
    ] = 1,
    keywords: KeywordsOpt = DEFAULT_KEYWORDS,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, metavar="N", help="--combine: worker processes; 0 = all cores."
        ),
    ] = 1,
    text_field: Annotated[
        str,
        typer.Option("--text-field", metavar="NAME", help="--combine: record field of the text."),
    ] = "text",
    id_field: Annotated[
        str, typer.Option("--id-field", metavar="NAME", help="--combine: record field of the id.")
    ] = "id",
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="--combine: no progress display on stderr.")
    ] = False,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    output: OutputOpt = None,
    from_list: FromListOpt = None,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    user_agent: UserAgentOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """List the key officials of articles: names, titles, mentions."""
    env = Environment.from_process(no_color=no_color)
    with guard(env.stderr, debug=env.debug):
        from tomtat.models import Config

        read = ReadOptions(encoding, max_bytes, input_format.value, timeout, user_agent)
        if combine:
            from tomtat.cli import combine as combining

            # --max-officials cuts the combined list, never an article's officials
            # each article lists at least 8 keywords, so the top K do not depend on K
            config = Config(lang=lang.value, keywords=max(keywords, 8) if keywords else 0)
            code = combining.run(
                articles.sources(inputs, env, from_list),
                config,
                fmt,
                env,
                read=read,
                fields=combining.Fields(text_field, id_field),
                jobs=jobs or os.cpu_count() or 1,
                min_articles=min_articles,
                limit=max_officials,
                top_keywords=keywords,
                quiet=quiet,
                output=output,
            )
        elif min_articles != 1 or jobs != 1 or quiet or (text_field, id_field) != ("text", "id"):
            raise UsageError(
                "--min-articles, --jobs, --quiet, --text-field and --id-field go with --combine"
            )
        else:
            code = _each(inputs, lang, max_officials, fmt, env, read, output, from_list)
    raise typer.Exit(code)


def _each(
    inputs: list[str] | None,
    lang: Lang,
    max_officials: int | None,
    fmt: Format,
    env: Environment,
    read: ReadOptions,
    output: str | None,
    from_list: str | None,
) -> int:
    from tomtat.models import Config

    config = Config(lang=lang.value, max_officials=max_officials, keywords=0)
    return articles.run(
        inputs,
        config,
        fmt,
        env,
        view=articles.View(summary=False, officials=True),
        read=read,
        output=output,
        from_list=from_list,
    )
