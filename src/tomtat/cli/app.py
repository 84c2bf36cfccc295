"""The Typer application: the root options and one command per module.

Errors become exit codes in the commands (``tomtat.errors.guard``) and here for
Ctrl-C outside them; nothing reads the terminal at import time.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from tomtat import __version__
from tomtat.cli import batch, extract, officials, summarize
from tomtat.cli import eval as eval_command
from tomtat.cli.env import Environment, set_debug
from tomtat.errors import ExitCode

HELP = """Extractive summaries and key officials for Vietnamese and English news.

Examples:

  tomtat summarize article.txt

  tomtat summarize https://example.org/news.html -n 5 --explain

  cat article.txt | tomtat summarize - -f json | jq '.summary[].text'

  tomtat officials article.txt

  tomtat officials --combine news/ --min-articles 2

  tomtat extract https://example.org/news.html

  tomtat batch articles.jsonl -o summaries.jsonl

  tomtat eval data.jsonl --baseline lead

Exit codes: 0 ok, 1 input error, 2 usage error, 3 some batch records failed,
70 internal error (--debug shows its traceback), 130 interrupted.
"""

app = typer.Typer(
    name="tomtat",
    help=HELP,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tomtat {__version__}")
        raise typer.Exit()


@app.callback(help=HELP)
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="Show the traceback of an internal error (or TOMTAT_DEBUG=1)."
        ),
    ] = False,
) -> None:
    set_debug(debug)


app.command(epilog=summarize.EPILOG)(summarize.summarize)
app.command(name="officials", epilog=officials.EPILOG)(officials.officials)
app.command(epilog=extract.EPILOG)(extract.extract)
app.command(epilog=batch.EPILOG)(batch.batch)
app.command(name="eval", epilog=eval_command.EPILOG)(eval_command.eval_cmd)


def main() -> None:
    """Console-script entry point."""
    env = Environment.from_process()
    # Rich help boxes only for a person at a terminal; decided now, not at import.
    app.rich_markup_mode = "rich" if env.decorate else None
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("tomtat: interrupted\n")
        sys.exit(int(ExitCode.INTERRUPTED))
