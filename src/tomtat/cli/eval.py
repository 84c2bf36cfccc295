"""``tomtat eval``: ROUGE of tomtat's summaries against the references in a JSONL file.

Needs rouge-score (``pip install 'tomtat[test]'``). stdout carries only the report;
a bad record is skipped, named on stderr and counted (exit code 3), like in ``batch``.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from tomtat.cli.env import Environment
from tomtat.cli.options import Lang, LangOpt, SentencesOpt
from tomtat.errors import ExitCode, InputError, guard

EPILOG = """Examples:

  tomtat eval data.jsonl

  tomtat eval data.jsonl --baseline lead -n 3 --format json
"""


class EvalFormat(StrEnum):
    """Report formats."""

    text = "text"
    json = "json"


class Baseline(StrEnum):
    """Baselines scored next to tomtat."""

    lead = "lead"


def read_records(
    path: str,
    *,
    text_field: str = "text",
    summary_field: str = "summary",
    title_field: str = "title",
    stdin: IO[bytes] | None = None,
) -> tuple[list[Any], list[str]]:
    """Read the JSONL file at ``path`` (``-``: stdin) into evaluation records.

    Returns the good records and one message per skipped (bad) record.

    Raises:
        InputError: the file is missing, unreadable or not UTF-8, or no record is good.
    """
    import json

    from tomtat.evaluate import record_from_mapping

    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            if stdin is None:
                raise InputError("no stdin to read")
            raw = stdin.read()
        else:
            raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text") from exc
    records = []
    skipped: list[str] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: invalid JSON: {exc.msg}") from exc
            records.append(
                record_from_mapping(
                    row,
                    text_field=text_field,
                    summary_field=summary_field,
                    title_field=title_field,
                    where=where,
                )
            )
        except InputError as exc:
            skipped.append(str(exc))
    if not records:
        why = f" ({len(skipped)} skipped, the first: {skipped[0]})" if skipped else ""
        raise InputError(f"{name}: no records{why}")
    return records, skipped


def run_eval(data: str, *, fmt: str = "text", **options: Any) -> tuple[str, list[str]]:
    """Evaluate ``data``; return the report (text, or the JSON document) and the skipped."""
    from tomtat.serialize import SCHEMA_VERSION, dumps

    text, body, skipped = eval_report(data, **options)
    if fmt == "json":
        return dumps({"schema_version": SCHEMA_VERSION, **body}, indent=2), skipped
    return text, skipped


def eval_report(
    data: str,
    *,
    sentences: int = 3,
    summary_field: str = "summary",
    text_field: str = "text",
    title_field: str = "title",
    lang: str = "auto",
    baseline: str | None = None,
    stdin: IO[bytes] | None = None,
) -> tuple[str, dict[str, Any], list[str]]:
    """Evaluate ``data``; return the text report, its data and the skipped records."""
    from tomtat.evaluate import evaluate, report_to_dict, report_to_text
    from tomtat.models import Config

    if sentences < 1:
        raise InputError("--sentences must be at least 1")
    records, skipped = read_records(
        data,
        text_field=text_field,
        summary_field=summary_field,
        title_field=title_field,
        stdin=stdin,
    )
    report = evaluate(records, Config(sentences=sentences, lang=lang), baseline=baseline)
    body = {**report_to_dict(report), "skipped": len(skipped)}
    return report_to_text(report), body, skipped


def eval_cmd(
    data: Annotated[
        str,
        typer.Argument(metavar="DATA.jsonl", help="JSONL with text and reference; '-': stdin."),
    ],
    sentences: SentencesOpt = None,
    summary_field: Annotated[
        str,
        typer.Option(
            "--summary-field", metavar="NAME", help="Field holding the reference summary."
        ),
    ] = "summary",
    text_field: Annotated[
        str, typer.Option("--text-field", metavar="NAME", help="Field holding the article text.")
    ] = "text",
    title_field: Annotated[
        str, typer.Option("--title-field", metavar="NAME", help="Field holding the headline.")
    ] = "title",
    lang: LangOpt = Lang.auto,
    baseline: Annotated[
        Baseline | None,
        typer.Option(
            "--baseline",
            metavar="NAME",
            help="Also score a baseline (lead: the first N sentences).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        EvalFormat,
        typer.Option("--format", "-f", metavar="FORMAT", help="Report format: text or json."),
    ] = EvalFormat.text,
) -> None:
    """Score summaries with ROUGE-1/2/Lsum against the references in a JSONL file."""
    env = Environment.from_process()
    with guard(env.stderr, debug=env.debug):
        text, report, skipped = eval_report(
            data,
            sentences=sentences or 3,
            summary_field=summary_field,
            text_field=text_field,
            title_field=title_field,
            lang=lang.value,
            baseline=baseline.value if baseline is not None else None,
            stdin=env.stdin,
        )
        for message in skipped:
            env.stderr.write(f"tomtat: warning: skipped {message}\n")
        if skipped:
            env.stderr.write(f"tomtat: {len(skipped)} bad records skipped\n")
        from tomtat.render import Writer

        Writer(fmt.value, env.stdout).report(text, report)
    raise typer.Exit(int(ExitCode.PARTIAL_FAILURE) if skipped else int(ExitCode.OK))
