"""summarize(article, config) -> Summary: wires the stages together, no I/O."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from tomtat import lang as langs
from tomtat import score, segment, select
from tomtat.models import (
    Article,
    Config,
    Document,
    Keyword,
    Official,
    Picked,
    StageWarning,
    Summary,
)
from tomtat.text import clean


def summarize(article: Article | str, config: Config | None = None) -> Summary:
    """Summarise one article.

    Args:
        article: an :class:`Article`, or just its text (plain text, paragraphs
            separated by blank lines).
        config: options; defaults to 3 sentences, language auto-detected, officials on.

    Returns:
        The picked sentences in document order, with their scores, and the officials.
        Officials are ``None`` when not asked for; should their stage fail on this
        article, they are ``None`` too and ``warnings`` says why: the summary is kept.
        A ``--words`` budget that no sentence fits gives no sentence and a warning.
    """
    (result,) = summarize_each((article,), config)
    if isinstance(result, Exception):
        raise result
    return result


def summarize_each(
    articles: Sequence[Article | str], config: Config | None = None
) -> list[Summary | Exception]:
    """:func:`summarize` of each article, the stages run one after the other over all.

    Each stage goes over every article before the next one starts, so the tables it
    reads (the splitter's parameters, the document frequencies, the lexicons and their
    memos) stay in the processor's cache while it runs: a batch goes faster than article
    by article, with the same summaries. An article a stage raises on gets the exception
    in its place (nothing more is done for it); the others go on.
    """
    config = config or Config()
    jobs = [_Job(article) for article in articles]
    for stage in _STAGES:
        for job in jobs:
            if job.error is None:
                try:
                    stage(job, config)
                except Exception as exc:  # this article's; the caller decides what it costs
                    job.error = exc
    return [job.summary() if job.error is None else job.error for job in jobs]


@dataclass(slots=True)
class _Job:
    """One article on its way through the stages; each stage fills in its part."""

    article: Article | str
    doc: Document | None = None
    scored: score.Scored | None = None
    picked: tuple[Picked, ...] = ()
    warnings: tuple[StageWarning, ...] = ()
    officials: tuple[Official, ...] | None = None
    more_officials: int = 0
    keywords: tuple[Keyword, ...] = ()
    ranking: tuple[Picked, ...] = ()
    error: Exception | None = None

    def document(self) -> Document:
        assert self.doc is not None, "the split stage runs first"
        return self.doc

    def summary(self) -> Summary:
        doc = self.document()
        return Summary(
            lang=doc.lang,
            title=doc.title,
            sentence_count=len(doc.sentences),
            sentences=self.picked,
            officials=self.officials,
            warnings=self.warnings,
            more_officials=self.more_officials,
            keywords=self.keywords,
            ranking=self.ranking,
        )


def _split_stage(job: _Job, config: Config) -> None:
    job.doc = _document(job.article, config)


def _score_stage(job: _Job, config: Config) -> None:
    doc = job.document()
    job.scored = scored = score.score(doc)
    if config.detail:
        job.ranking = tuple(
            Picked(s.index, s.text, round(parts.total, 4), parts)
            for s, parts in zip(doc.sentences, scored.parts, strict=True)
        )


def _select_stage(job: _Job, config: Config) -> None:
    doc, scored = job.document(), job.scored
    assert scored is not None, "the score stage runs first"
    job.picked = select.select(doc, scored, config)
    if not job.picked and config.words is not None:
        shortest = select.shortest(doc, scored)
        if shortest is not None:
            job.warnings += (
                StageWarning(
                    "select",
                    f"no sentence fits in --words {config.words}"
                    f" (the shortest has {shortest} words)",
                ),
            )


def _officials_stage(job: _Job, config: Config) -> None:
    job.officials, job.more_officials, failed = _officials(job.document(), config)
    job.warnings += failed


def _keywords_stage(job: _Job, config: Config) -> None:
    job.keywords, failed = _keywords(job.document(), config)
    job.warnings += failed


_STAGES: tuple[Callable[[_Job, Config], None], ...] = (
    _split_stage,
    _score_stage,
    _select_stage,
    _officials_stage,
    _keywords_stage,
)


def _keywords(
    doc: Document, config: Config
) -> tuple[tuple[Keyword, ...], tuple[StageWarning, ...]]:
    """The keywords stage, isolated like the officials stage."""
    if config.keywords <= 0:
        return (), ()
    from tomtat import keywords

    try:
        return keywords.extract(doc, config.keywords), ()
    except Exception as exc:  # reported, never fatal to the summary
        return (), (StageWarning("keywords", f"{type(exc).__name__}: {exc}"),)


def find_officials(article: Article | str, config: Config | None = None) -> Summary:
    """The key officials of one article: segmentation and the officials stage, no scoring.

    The result is a :class:`Summary` without sentences (``officials`` as in
    :func:`summarize`, always asked for); keywords as ``config.keywords`` asks.
    """
    config = config or Config()
    doc = _document(article, config)
    people, more, failed = _officials(doc, replace(config, officials=True))
    keys, key_failed = _keywords(doc, config)
    return Summary(
        lang=doc.lang,
        title=doc.title,
        sentence_count=len(doc.sentences),
        sentences=(),
        officials=people,
        warnings=failed + key_failed,
        more_officials=more,
        keywords=keys,
    )


def _document(article: Article | str, config: Config) -> Document:
    if isinstance(article, str):
        article = Article(article)
    text = clean(article.text)
    lang = langs.resolve(config.lang, text)
    title = clean(article.title) if article.title else None
    return segment.split(text, lang, title)


def _officials(
    doc: Document, config: Config
) -> tuple[tuple[Official, ...] | None, int, tuple[StageWarning, ...]]:
    """The officials stage, isolated: a failure on one article must not lose its summary.

    Returns the officials kept (``None``: not asked for, or failed), how many more
    ``max_officials`` left out, and the stage's warning if it failed.
    """
    if not config.officials:
        return None, 0, ()
    from tomtat import officials

    try:
        people = officials.extract(doc)
    except Exception as exc:  # a bug in one stage; reported, never fatal to the others
        return None, 0, (StageWarning("officials", f"{type(exc).__name__}: {exc}"),)
    if config.max_officials is not None and len(people) > config.max_officials:
        return people[: config.max_officials], len(people) - config.max_officials, ()
    return people, 0, ()
