"""``tomtat eval``: ROUGE of tomtat's summaries against the references in a JSONL file.

Registered in cli.py with ``app.command(name="eval")(eval_cmd)``. Needs rouge-score
(``pip install 'tomtat[test]'``). stdout carries only the report.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from tomtat.cli_types import Lang, SentencesOpt
from tomtat.errors import InputError


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
) -> list[Any]:
    """Read the JSONL file at ``path`` (``-``: stdin) into evaluation records.

    Raises:
        InputError: the file is missing or unreadable, a line is not a JSON object, a
            record lacks its text or reference, or there are no records.
    """
    from tomtat.evaluate import record_from_mapping

    name = "<stdin>" if path == "-" else path
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text") from exc
    records = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
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
    if not records:
        raise InputError(f"{name}: no records")
    return records


def run_eval(
    data: str,
    *,
    sentences: int = 3,
    summary_field: str = "summary",
    text_field: str = "text",
    title_field: str = "title",
    lang: str = "auto",
    baseline: str | None = None,
    fmt: str = "text",
) -> str:
    """Evaluate ``data`` and return the report as text or JSON (raises InputError)."""
    from tomtat.evaluate import evaluate, report_to_dict, report_to_text
    from tomtat.models import Config
    from tomtat.serialize import dumps

    if sentences < 1:
        raise InputError("--sentences must be at least 1")
    records = read_records(
        data, text_field=text_field, summary_field=summary_field, title_field=title_field
    )
    report = evaluate(records, Config(sentences=sentences, lang=lang), baseline=baseline)
    if fmt == "json":
        return dumps(report_to_dict(report), indent=2)
    return report_to_text(report)


def eval_cmd(
    data: Annotated[
        str,
        typer.Argument(metavar="DATA.jsonl", help="JSONL with text and reference; '-': stdin."),
    ],
    sentences: SentencesOpt = 3,
    summary_field: Annotated[
        str, typer.Option("--summary-field", help="Field holding the reference summary.")
    ] = "summary",
    text_field: Annotated[
        str, typer.Option("--text-field", help="Field holding the article text.")
    ] = "text",
    title_field: Annotated[
        str, typer.Option("--title-field", help="Field holding the headline.")
    ] = "title",
    lang: Annotated[
        Lang,
        typer.Option("--lang", help="Article language; auto: the record's lang, else detected."),
    ] = Lang.auto,
    baseline: Annotated[
        Baseline | None,
        typer.Option(
            "--baseline",
            help="Also score a baseline (lead: first N sentences).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        EvalFormat, typer.Option("--format", "-f", help="Report format.")
    ] = EvalFormat.text,
) -> None:
    """Score summaries with ROUGE-1/2/Lsum against the references in a JSONL file."""
    from tomtat.cli import _guard

    with _guard():
        out = run_eval(
            data,
            sentences=sentences,
            summary_field=summary_field,
            text_field=text_field,
            title_field=title_field,
            lang=lang.value,
            baseline=baseline.value if baseline is not None else None,
            fmt=fmt.value,
        )
        sys.stdout.write(out + "\n")
        sys.stdout.flush()
