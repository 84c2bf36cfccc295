"""Streaming JSONL batch: one output line per non-blank input line, in order.

A bad record becomes an error object and the run goes on; memory stays flat
because at most a bounded window of records is in flight.
"""

from __future__ import annotations

import gc
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from tomtat.errors import RecordError, TomtatError
from tomtat.limits import DEFAULT_MAX_BYTES
from tomtat.models import Article, Config, Summary

if TYPE_CHECKING:
    from tomtat.render import Writer


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """What to read from each record and how to summarise it."""

    config: Config
    text_field: str = "text"
    id_field: str = "id"
    title_field: str = "title"
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank input line; ``data`` is None when the line exceeded the size cap."""

    number: int
    data: bytes | None


def read_lines(stream: IO[bytes], max_bytes: int) -> Iterator[Line]:
    """Yield non-blank lines; a line longer than ``max_bytes`` is skipped over, not held."""
    number = 0
    while True:
        chunk = stream.readline(max_bytes + 1)
        if not chunk:
            return
        number += 1
        if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
            while True:  # drain the rest of the oversized line in bounded pieces
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield Line(number, None)
            continue
        if chunk.strip():
            yield Line(number, chunk)


def _record_id(record: Any, id_field: str) -> Any:
    if isinstance(record, dict):
        value = record.get(id_field)
        if isinstance(value, str | int) and not isinstance(value, bool):
            return value
    return None


def _article(record: dict[str, Any], options: BatchOptions) -> Article:
    """A record's article: its text and title (fetching its ``url`` when it has no text)."""
    field = options.text_field
    text = record.get(field)
    title = record.get(options.title_field)
    title = title.strip() if isinstance(title, str) and title.strip() else None
    url = record.get("url")
    if text is None and isinstance(url, str) and url:
        from tomtat import inputs

        article = inputs.read(url, max_bytes=options.max_bytes)
        text, title = article.text, title or article.title
    if text is None:
        raise RecordError(f"missing field {field!r} (or 'url')", "missing_text")
    if not isinstance(text, str):
        raise RecordError(f"field {field!r} is {type(text).__name__}, not a string", "bad_text")
    if not text.strip():
        raise RecordError(f"field {field!r} is empty", "empty_text")
    if "\x00" in text:
        raise RecordError(f"field {field!r} contains NUL bytes", "binary_text")
    ref = _record_id(record, options.id_field)
    return Article(text, title, None if ref is None else str(ref))


class Outcome(NamedTuple):
    """One record's result: its summary, or the error that replaced it."""

    ref: Any
    line: int
    summary: Summary | None
    error: tuple[str, str] | None = None


def process(line: Line, options: BatchOptions) -> Outcome:
    """Summarise one record."""
    from tomtat.lang import require_supported
    from tomtat.pipeline import summarize

    ref = None
    try:
        if line.data is None:
            raise RecordError(f"record exceeds {options.max_bytes} bytes", "too_large")
        try:
            record = json.loads(line.data)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RecordError(str(exc), "invalid_json") from None
        ref = _record_id(record, options.id_field)
        if not isinstance(record, dict):
            raise RecordError(f"expected a JSON object, got {type(record).__name__}")
        article = _article(record, options)
        require_supported(options.config.lang, article.text)
        summary = summarize(article, options.config)
    except TomtatError as exc:
        return Outcome(ref, line.number, None, (exc.kind, str(exc)))
    except Exception as exc:  # a bug must cost one record, not the run
        return Outcome(ref, line.number, None, ("internal_error", f"{type(exc).__name__}: {exc}"))
    return Outcome(ref, line.number, summary)


def _process_chunk(args: tuple[list[Line], BatchOptions]) -> list[Outcome]:
    lines, options = args
    return [process(line, options) for line in lines]


def run(
    lines: Iterable[Line],
    options: BatchOptions,
    writer: Writer,
    *,
    jobs: int = 1,
    chunk_size: int = 64,
    on_record: Callable[[bool], None] | None = None,
) -> tuple[int, int]:
    """Process every line, writing each result with ``writer`` in input order.

    Returns (records, failures).
    """
    done = failed = 0

    def emit(result: Outcome) -> None:
        nonlocal done, failed
        done += 1
        if result.summary is None:
            assert result.error is not None
            failed += 1
            writer.error(result.ref, *result.error, line=result.line)
        else:
            writer.result(result.ref, result.summary)
        if on_record is not None:
            on_record(result.summary is not None)

    if jobs <= 1:
        for line in lines:
            emit(process(line, options))
        return done, failed

    with pool(jobs, options.config) as workers:
        pending: deque[Any] = deque()
        chunk: list[Line] = []

        def drain(limit: int) -> None:
            while len(pending) > limit:
                for result in pending.popleft().get():
                    emit(result)

        for line in lines:
            chunk.append(line)
            if len(chunk) >= chunk_size:
                pending.append(workers.apply_async(_process_chunk, ((chunk, options),)))
                chunk = []
                drain(jobs * 3)
        if chunk:
            pending.append(workers.apply_async(_process_chunk, ((chunk, options),)))
        drain(0)
    return done, failed


@contextmanager
def pool(jobs: int, config: Config) -> Iterator[Any]:
    """Worker processes that inherit warm models (forked after one warm-up run here)."""
    import multiprocessing

    # The first records run here, before forking: workers then inherit the loaded
    # models and warm caches (stems, syllables, lexicon look-ups) instead of each
    # building its own from cold.
    _warm(config)
    # What is alive now (the models, the warm caches) lives as long as the workers:
    # frozen, the collector never walks it, in this process or in a forked worker,
    # where a walk would also copy every page it touches (see gc.freeze).
    gc.collect()
    gc.freeze()
    try:
        ctx = multiprocessing.get_context("spawn" if _spawn_only() else "fork")
        with ctx.Pool(jobs, initializer=_ignore_sigint) as workers:
            yield workers
    finally:
        gc.unfreeze()


def _warm(config: Config) -> None:
    """Load the splitter, stopwords and lexicons of both languages once, in this process."""
    from dataclasses import replace

    from tomtat.pipeline import summarize

    for lang, text in (
        ("vi", "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, phát biểu. Ông An cảm ơn."),
        ("en", "Mayor John Smith spoke on Monday. Smith thanked the council."),
    ):
        summarize(Article(text), replace(config, lang=lang, officials=True))


def _ignore_sigint() -> None:
    # Ctrl-C is the parent's to handle: it writes the valid prefix and exits 130.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _spawn_only() -> bool:
    import multiprocessing

    return "fork" not in multiprocessing.get_all_start_methods()
