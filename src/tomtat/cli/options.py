"""Option types shared by the commands; short metavars so 80-column help never breaks a word."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, NamedTuple

import typer

from tomtat.limits import DEFAULT_MAX_BYTES

__all__ = ["DEFAULT_MAX_BYTES"]


class Lang(StrEnum):
    """Article languages."""

    auto = "auto"
    vi = "vi"
    en = "en"


class Format(StrEnum):
    """Output formats."""

    auto = "auto"
    rich = "rich"
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    csv = "csv"


class InputFormat(StrEnum):
    """How to read inputs."""

    auto = "auto"
    text = "text"
    html = "html"


def _positive_ratio(value: float | None) -> float | None:
    if value is not None and value <= 0:
        raise typer.BadParameter("must be greater than 0")
    return value


InputsArg = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="INPUT...",
        help="Article files or http(s) URLs; '-' or none (with a pipe) reads stdin.",
        show_default=False,
    ),
]
SentencesOpt = Annotated[
    int | None,
    typer.Option(
        "--sentences",
        "-n",
        min=1,
        metavar="N",
        help="Number of summary sentences (default 3).",
        show_default=False,
    ),
]
RatioOpt = Annotated[
    float | None,
    typer.Option(
        "--ratio",
        min=0.0,
        max=1.0,
        metavar="R",
        callback=_positive_ratio,
        help="Pick this fraction of the sentences instead of -n.",
        show_default=False,
    ),
]
WordsOpt = Annotated[
    int | None,
    typer.Option(
        "--words",
        min=1,
        metavar="W",
        help="Pick the best sentences that fit in W words, instead of -n.",
        show_default=False,
    ),
]
LangOpt = Annotated[
    Lang,
    typer.Option(
        "--lang",
        metavar="LANG",
        help="Article language: auto, vi or en; auto detects Vietnamese diacritics.",
    ),
]
FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="auto, rich, text, json, jsonl, markdown or csv (officials). auto: rich on a"
        " terminal, text in a pipe. json: one object (an array for several inputs); jsonl:"
        " one line per input.",
    ),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="NAME",
        help="Input encoding (default: BOM, else UTF-8, else detected).",
        show_default=False,
    ),
]
MaxBytesOpt = Annotated[
    int,
    typer.Option("--max-bytes", min=1, metavar="N", help="Refuse inputs larger than N bytes."),
]
NoColorOpt = Annotated[
    bool, typer.Option("--no-color", help="No colour on a terminal (NO_COLOR is honoured too).")
]
InputFormatOpt = Annotated[
    InputFormat,
    typer.Option(
        "--input-format",
        metavar="KIND",
        help="auto, text or html. auto: HTML pages, fragments and URLs go through trafilatura;"
        " anything else is plain text.",
    ),
]
MaxOfficialsOpt = Annotated[
    int | None,
    typer.Option(
        "--max-officials",
        min=0,
        metavar="K",
        help="List at most K officials.",
        show_default=False,
    ),
]
OfficialsOpt = Annotated[
    bool, typer.Option("--officials/--no-officials", help="List key officials.")
]
OutputOpt = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write here (atomically) instead of stdout.",
        show_default=False,
    ),
]
FromListOpt = Annotated[
    str | None,
    typer.Option(
        "--from-list",
        metavar="FILE",
        help="Also read the paths and URLs listed in FILE, one a line ('-': stdin).",
        show_default=False,
    ),
]
TimeoutOpt = Annotated[
    float,
    typer.Option("--timeout", min=0.1, metavar="SECONDS", help="Give up on a URL after this long."),
]
UserAgentOpt = Annotated[
    str | None,
    typer.Option(
        "--user-agent",
        metavar="TEXT",
        help="User-Agent header for URLs (default: a browser's, naming tomtat).",
        show_default=False,
    ),
]
ExplainOpt = Annotated[
    bool,
    typer.Option("--explain", help="Each picked sentence's score in parts, and the runners-up."),
]
KeywordsOpt = Annotated[
    int,
    typer.Option("--keywords", min=0, metavar="K", help="List K keywords per article; 0: none."),
]
DEFAULT_TIMEOUT = 20.0
DEFAULT_KEYWORDS = 8


class ReadOptions(NamedTuple):
    """How to read inputs (files, stdin, URLs)."""

    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    input_format: str = "auto"
    timeout: float = DEFAULT_TIMEOUT
    user_agent: str | None = None
