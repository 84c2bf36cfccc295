"""``tomtat officials --combine``: one row a person across every input, streamed.

Inputs are paths, directories, ``-``, URLs, and JSONL record files (``*.jsonl``,
``*.jsonl.gz``, read like ``batch``). Each article is reduced to its officials and
keywords as soon as it is read (in worker processes with ``--jobs``); a failed input is
reported on stderr and counted, never fatal (exit code 3).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from tomtat.cli.options import Format, ReadOptions
from tomtat.errors import ExitCode, RecordError, TomtatError

if TYPE_CHECKING:
    from tomtat.cli.env import Environment
    from tomtat.models import Config, Keyword, Official

RECORD_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")


class Fields(NamedTuple):
    """Record field names."""

    text: str = "text"
    id: str = "id"
    title: str = "title"


class Item(NamedTuple):
    """One article to reduce, or why it could not be read."""

    ref: str
    text: str | None
    title: str | None = None
    error: tuple[str, str] | None = None


class Reduced(NamedTuple):
    """What the combiner keeps of one article."""

    ref: str
    officials: tuple[Official, ...] = ()
    keywords: tuple[Keyword, ...] = ()
    error: tuple[str, str] | None = None
    warnings: tuple[str, ...] = ()


def items(names: list[str], read: ReadOptions, fields: Fields, env: Environment) -> Iterator[Item]:
    """Every article of every input, lazily (record files line by line)."""
    from tomtat.cli.articles import read_one

    for name in names:
        if name.lower().endswith(RECORD_SUFFIXES):
            yield from _records(name, read, fields)
            continue
        try:
            article = read_one(name, read, env)
        except TomtatError as exc:
            yield Item(name, None, error=(exc.kind, str(exc)))
            continue
        yield Item(name, article.text, article.title)


def _records(path: str, read: ReadOptions, fields: Fields) -> Iterator[Item]:
    from tomtat.batch import read_lines
    from tomtat.inputs import open_binary

    try:
        raw = open_binary(path)
    except TomtatError as exc:
        yield Item(path, None, error=(exc.kind, str(exc)))
        return
    stream: Any = gzip.GzipFile(fileobj=raw) if path.lower().endswith(".gz") else raw
    with raw, stream:
        try:
            for line in read_lines(stream, read.max_bytes):
                where = f"{path}:{line.number}"
                try:
                    if line.data is None:
                        raise RecordError(f"record exceeds {read.max_bytes} bytes", "too_large")
                    try:
                        row = json.loads(line.data)
                    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                        raise RecordError(str(exc), "invalid_json") from None
                    if not isinstance(row, dict):
                        raise RecordError("expected a JSON object")
                    text = row.get(fields.text)
                    if not isinstance(text, str) or not text.strip():
                        raise RecordError(f"no text in field {fields.text!r}", "missing_text")
                    ref = row.get(fields.id)
                    title = row.get(fields.title)
                    yield Item(
                        where if ref is None else str(ref),
                        text,
                        title if isinstance(title, str) and title.strip() else None,
                    )
                except RecordError as exc:
                    yield Item(where, None, error=(exc.kind, f"{where}: {exc}"))
        except (OSError, EOFError) as exc:  # a truncated or corrupt gzip file
            yield Item(path, None, error=("input_error", f"{path}: cannot read ({exc})"))


def reduce(item: Item, config: Config) -> Reduced:
    """One article's officials and keywords (an error stays an error)."""
    from tomtat.lang import require_supported
    from tomtat.models import Article
    from tomtat.pipeline import find_officials

    if item.error is not None or item.text is None:
        return Reduced(item.ref, error=item.error or ("input_error", "no text"))
    try:
        require_supported(config.lang, item.text)
        result = find_officials(Article(item.text, item.title, item.ref), config)
    except TomtatError as exc:
        return Reduced(item.ref, error=(exc.kind, f"{item.ref}: {exc}"))
    except Exception as exc:  # a bug costs one article, not the run
        return Reduced(item.ref, error=("internal_error", f"{item.ref}: {exc!r}"))
    from tomtat.render import warning_line

    warnings = tuple(warning_line(w) for w in result.warnings)
    return Reduced(item.ref, result.officials or (), result.keywords, None, warnings)


def _reduce_chunk(args: tuple[list[Item], Config]) -> list[Reduced]:
    chunk, config = args
    return [reduce(item, config) for item in chunk]


def reduced(
    stream: Iterator[Item], config: Config, jobs: int, chunk_size: int = 32
) -> Iterator[Reduced]:
    """Reduce every item in input order; with ``jobs`` > 1 in worker processes, at most
    ``3 * jobs`` chunks in flight (memory stays flat)."""
    if jobs <= 1:
        for item in stream:
            yield reduce(item, config)
        return
    from collections import deque

    from tomtat.batch import pool

    with pool(jobs, config) as workers:
        pending: deque[Any] = deque()
        chunk: list[Item] = []
        for item in stream:
            chunk.append(item)
            if len(chunk) >= chunk_size:
                pending.append(workers.apply_async(_reduce_chunk, ((chunk, config),)))
                chunk = []
                while len(pending) > jobs * 3:
                    yield from pending.popleft().get()
        if chunk:
            pending.append(workers.apply_async(_reduce_chunk, ((chunk, config),)))
        while pending:
            yield from pending.popleft().get()


def run(
    names: list[str],
    config: Config,
    fmt: Format,
    env: Environment,
    *,
    read: ReadOptions,
    fields: Fields,
    jobs: int,
    min_articles: int,
    limit: int | None,
    top_keywords: int,
    quiet: bool,
    output: str | None,
) -> int:
    """Combine every input; return the exit code."""
    from tomtat import render
    from tomtat.cli.articles import console, resolve_format
    from tomtat.cli.batch import Progress
    from tomtat.cli.output import open_stream
    from tomtat.combine import Combiner

    combiner = Combiner()
    watching = not quiet and env.stderr_isatty
    plain = not any(n.lower().endswith(RECORD_SUFFIXES) for n in names)
    progress = Progress(env, enabled=watching, total=len(names) if plain else None, unit="articles")
    failed = 0
    try:
        for result in reduced(items(names, read, fields, env), config, jobs):
            if result.error is not None:
                failed += 1
                if progress.enabled:
                    progress.print(f"tomtat: error: {result.error[1]}")
                else:
                    env.stderr.write(f"tomtat: error: {result.error[1]}\n")
            else:
                combiner.add(result.ref, result.officials, result.keywords)
            for warning in result.warnings:  # a stage failed on this article: say so
                line = f"tomtat: warning: {result.ref}: {warning}"
                if progress.enabled:
                    progress.print(line)
                else:
                    env.stderr.write(line + "\n")
            progress.tick(result.error is None)
    finally:
        progress.close()
    people = combiner.people(min_articles)
    more = 0
    if limit is not None and len(people) > limit:
        more = len(people) - limit
        people = people[:limit]
    if fmt is Format.auto and output not in (None, "-"):
        fmt = Format.text
    fmt = resolve_format(fmt, env)
    if fmt is Format.markdown:
        fmt = Format.text
    keywords = combiner.keywords(top_keywords) if top_keywords > 0 else None
    with open_stream(output, env.stdout) as stream:
        render.write_combined(
            people,
            keywords,
            fmt.value,
            stream,
            articles=combiner.articles,
            failed=failed,
            more=more,
            console=console(env, stream) if fmt is Format.rich else None,
        )
    if failed:
        env.stderr.write(f"tomtat: {failed} of {combiner.articles + failed} inputs failed\n")
    return int(ExitCode.PARTIAL_FAILURE) if failed else int(ExitCode.OK)
