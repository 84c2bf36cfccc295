"""summarize(text, config) -> Summary: wires the stages together, no I/O."""

from __future__ import annotations

import unicodedata

from tomtat import lang as langs
from tomtat import score, segment, select
from tomtat.models import Config, Document, Official, StageWarning, Summary


def summarize(text: str, config: Config | None = None) -> Summary:
    """Summarise one article.

    Args:
        text: the article as plain text; paragraphs separated by blank lines.
        config: options; defaults to 3 sentences, language auto-detected, officials on.

    Returns:
        The picked sentences in document order, with their scores, and the officials.
        Officials are ``None`` when not asked for; should their stage fail on this
        article, they are ``None`` too and ``warnings`` says why: the summary is kept.
    """
    config = config or Config()
    text = unicodedata.normalize("NFC", text)
    lang = langs.resolve(config.lang, text)
    title = unicodedata.normalize("NFC", config.title) if config.title else None
    doc = segment.split(text, lang, title)
    scored = score.score(doc)
    picked = select.select(doc, scored, config)
    people: tuple[Official, ...] | None = None
    warnings: tuple[StageWarning, ...] = ()
    if config.officials:
        people, warnings = _officials(doc)
    if people is not None and config.max_officials is not None:
        people = people[: config.max_officials]
    return Summary(
        lang=lang,
        title=doc.title,
        sentence_count=len(doc.sentences),
        sentences=picked,
        officials=people,
        warnings=warnings,
    )


def _officials(doc: Document) -> tuple[tuple[Official, ...] | None, tuple[StageWarning, ...]]:
    """The officials stage, isolated: a failure on one article must not lose its summary."""
    from tomtat import officials

    try:
        return officials.extract(doc), ()
    except Exception as exc:  # a bug in one stage; reported, never fatal to the others
        return None, (StageWarning("officials", f"{type(exc).__name__}: {exc}"),)
