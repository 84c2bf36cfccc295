"""Streaming JSONL batch: one output line per non-blank input line, in order.

A bad record becomes an error object and the run goes on; memory stays flat
because at most a bounded window of records is in flight.
"""

from __future__ import annotations

import gc
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from tomtat.errors import RecordError, TomtatError
from tomtat.limits import DEFAULT_MAX_BYTES
from tomtat.models import Article, Config, Summary

# Records summarised together, stage by stage (see process): in this process, and in each
# task sent to a worker; fewer when their text passes CHUNK_BYTES.
STAGE_CHUNK = 256
POOL_CHUNK = 128
CHUNK_BYTES = 8 * 1024 * 1024

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


def process(lines: Sequence[Line], options: BatchOptions) -> list[Outcome]:
    """Summarise records, in order: each is read on its own (a bad one becomes its error
    record), then the good ones are summarised together, stage by stage
    (:func:`tomtat.pipeline.summarize_each`); one failing never loses the others."""
    from tomtat.pipeline import summarize_each

    outcomes: list[Outcome] = []
    articles: list[Article] = []
    waiting: list[int] = []  # the outcomes that wait for their summary
    for line in lines:
        ref, read = _read(line, options)
        if isinstance(read, Article):
            waiting.append(len(outcomes))
            articles.append(read)
            outcomes.append(Outcome(ref, line.number, None))
        else:
            outcomes.append(Outcome(ref, line.number, None, read))
    for at, result in zip(waiting, summarize_each(articles, options.config), strict=True):
        if isinstance(result, Exception):
            outcomes[at] = outcomes[at]._replace(error=_error(result))
        else:
            outcomes[at] = outcomes[at]._replace(summary=result)
    return outcomes


def _read(line: Line, options: BatchOptions) -> tuple[Any, Article | tuple[str, str]]:
    """A record's id and its article, or the error that the record is."""
    from tomtat.lang import require_supported

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
    except Exception as exc:  # a bug must cost one record, not the run
        return ref, _error(exc)
    return ref, article


def _error(exc: Exception) -> tuple[str, str]:
    """An error record's kind and message."""
    if isinstance(exc, TomtatError):
        return exc.kind, str(exc)
    return "internal_error", f"{type(exc).__name__}: {exc}"


def _process_chunk(args: tuple[list[Line], BatchOptions]) -> list[Outcome]:
    """A worker's task (its collector paused, see _start_worker)."""
    lines, options = args
    outcomes = process(lines, options)
    _collect()
    return outcomes


def chunks(lines: Iterable[Line], size: int, max_bytes: int = CHUNK_BYTES) -> Iterator[list[Line]]:
    """``lines`` in runs of ``size`` (fewer when their data passes ``max_bytes``)."""
    chunk: list[Line] = []
    held = 0
    for line in lines:
        chunk.append(line)
        held += len(line.data or b"")
        if len(chunk) >= size or held >= max_bytes:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def run(
    lines: Iterable[Line],
    options: BatchOptions,
    writer: Writer,
    *,
    jobs: int = 1,
    chunk_size: int | None = None,
    streaming: bool = False,
    on_record: Callable[[bool], None] | None = None,
) -> tuple[int, int]:
    """Process every line, writing each result with ``writer`` in input order.

    Records go through the stages in chunks of ``chunk_size`` (default
    :data:`STAGE_CHUNK` here, :data:`POOL_CHUNK` a worker's task). ``streaming``: the
    input comes as it is written (a pipe, a terminal), so with one job each record is
    answered before the next is read.

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
        size = 1 if streaming else chunk_size or STAGE_CHUNK
        with _collected_per_chunk(not streaming) as collect:
            for chunk in chunks(lines, size):
                for result in process(chunk, options):
                    emit(result)
                collect()
        return done, failed

    with pool(jobs, options.config) as workers:
        pending: deque[Any] = deque()

        def drain(limit: int) -> None:
            while len(pending) > limit:
                for result in pending.popleft().get():
                    emit(result)

        for chunk in chunks(lines, chunk_size or POOL_CHUNK):
            pending.append(workers.apply_async(_process_chunk, ((chunk, options),)))
            drain(jobs * 3)
        drain(0)
    return done, failed


def _collect() -> None:
    """The collector's pass after a chunk; what survives it is frozen.

    The pass runs the finalisers of what it frees, and Python drops an exception raised
    in one ("Exception ignored in ..."): a Ctrl-C landing there would be lost and the
    run go on. Where the platform can, the signal is held off during the pass and
    arrives right after it, as a KeyboardInterrupt in ordinary code.
    """
    import signal
    import threading

    hold = getattr(signal, "pthread_sigmask", None)
    if threading.current_thread() is not threading.main_thread():
        hold = None
    before = hold(signal.SIG_BLOCK, {signal.SIGINT}) if hold else None
    try:
        gc.collect()
        gc.freeze()
    finally:
        if hold and before is not None:
            hold(signal.SIG_SETMASK, before)


@contextmanager
def _collected_per_chunk(paused: bool) -> Iterator[Callable[[], None]]:
    """The cycle collector run once a chunk instead of every so many allocations.

    The pipeline makes no reference cycles (tests/test_pipeline.py): what a chunk leaves
    behind is freed as it goes, but for a failed record's traceback, which the pass after
    the chunk frees. What is alive after that pass (the loaded tables, the memos) lives
    as long as the run: it is frozen, so no later pass walks it again (see gc.freeze).
    Within a chunk the collector would walk the records in flight again and again.
    Not ``paused`` (records answered one by one), the collector runs as it would: a
    full pass a record would cost more than it saves.
    """
    if not paused:
        yield lambda: None
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield _collect
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


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
        with ctx.Pool(jobs, initializer=_start_worker) as workers:
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


def _start_worker() -> None:
    # Ctrl-C is the parent's to handle: it writes the valid prefix and exits 130.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # as in this process with one job (_collected_per_chunk): one collector pass a task
    gc.disable()


def _spawn_only() -> bool:
    import multiprocessing

    return "fork" not in multiprocessing.get_all_start_methods()
