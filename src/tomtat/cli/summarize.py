"""``tomtat summarize``: the picked sentences and the key officials of each input."""

from __future__ import annotations

from typing import Annotated

import typer

from tomtat.cli import articles
from tomtat.cli.env import Environment
from tomtat.cli.options import (
    DEFAULT_KEYWORDS,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    EncodingOpt,
    ExplainOpt,
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
    OfficialsOpt,
    OutputOpt,
    RatioOpt,
    ReadOptions,
    SentencesOpt,
    TimeoutOpt,
    UserAgentOpt,
    WordsOpt,
)
from tomtat.errors import UsageError, guard

EPILOG = """Examples:

  tomtat summarize article.txt

  tomtat summarize a.txt b.txt -n 5 --format jsonl

  cat article.txt | tomtat summarize - -f json | jq '.summary[].text'

  tomtat summarize https://example.org/news.html --words 80 --explain

  tomtat summarize article.txt --highlight --explain

  tomtat summarize news/ --from-list more.txt -f jsonl -o out.jsonl
"""


def length_options(sentences: int | None, ratio: float | None, words: int | None) -> int:
    """The sentence count, refusing two ways of saying how long the summary is."""
    given = [
        name
        for name, value in (("-n/--sentences", sentences), ("--ratio", ratio), ("--words", words))
        if value is not None
    ]
    if len(given) > 1:
        raise UsageError(f"{' and '.join(given)} conflict: give one way to size the summary")
    return 3 if sentences is None else sentences


def summarize(
    inputs: InputsArg = None,
    sentences: SentencesOpt = None,
    ratio: RatioOpt = None,
    words: WordsOpt = None,
    lang: LangOpt = Lang.auto,
    fmt: FormatOpt = Format.auto,
    officials: OfficialsOpt = True,
    max_officials: MaxOfficialsOpt = None,
    explain: ExplainOpt = False,
    highlight: Annotated[
        bool,
        typer.Option(
            "--highlight",
            help="Show the whole article, picked sentences highlighted, a score bar each.",
        ),
    ] = False,
    keywords: KeywordsOpt = DEFAULT_KEYWORDS,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            metavar="TEXT",
            help="The headline, if not the article's first line.",
            show_default=False,
        ),
    ] = None,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    output: OutputOpt = None,
    from_list: FromListOpt = None,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    user_agent: UserAgentOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Summarise articles, with their keywords and key officials."""
    env = Environment.from_process(no_color=no_color)
    with guard(env.stderr, debug=env.debug):
        from tomtat.models import Config

        count = length_options(sentences, ratio, words)
        config = Config(
            sentences=count,
            ratio=ratio,
            words=words,
            lang=lang.value,
            officials=officials,
            max_officials=max_officials,
            keywords=keywords,
            detail=explain or highlight,
        )
        code = articles.run(
            inputs,
            config,
            fmt,
            env,
            view=articles.View(
                summary=True, officials=officials, explain=explain, highlight=highlight
            ),
            read=ReadOptions(encoding, max_bytes, input_format.value, timeout, user_agent),
            title=title,
            output=output,
            from_list=from_list,
        )
    raise typer.Exit(code)
