"""summarize(article, config) -> Summary: wires the stages together, no I/O."""

from __future__ import annotations

from dataclasses import replace

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
    config = config or Config()
    doc = _document(article, config)
    scored = score.score(doc)
    picked = select.select(doc, scored, config)
    warnings: tuple[StageWarning, ...] = ()
    if not picked and config.words is not None:
        shortest = select.shortest(doc, scored)
        if shortest is not None:
            warnings = (
                StageWarning(
                    "select",
                    f"no sentence fits in --words {config.words}"
                    f" (the shortest has {shortest} words)",
                ),
            )
    people, more, failed = _officials(doc, config)
    keys, key_failed = _keywords(doc, config)
    ranking: tuple[Picked, ...] = ()
    if config.detail:
        ranking = tuple(
            Picked(s.index, s.text, round(parts.total, 4), parts)
            for s, parts in zip(doc.sentences, scored.parts, strict=True)
        )
    return Summary(
        lang=doc.lang,
        title=doc.title,
        sentence_count=len(doc.sentences),
        sentences=picked,
        officials=people,
        warnings=warnings + failed + key_failed,
        more_officials=more,
        keywords=keys,
        ranking=ranking,
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
