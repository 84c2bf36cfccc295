"""summarize(text, config) -> Summary: wires the stages together, no I/O."""

from __future__ import annotations

import unicodedata

from tomtat import lang as langs
from tomtat import score, segment, select
from tomtat.models import Config, Official, Summary


def summarize(text: str, config: Config | None = None) -> Summary:
    """Summarise one article.

    Args:
        text: the article as plain text; paragraphs separated by blank lines.
        config: options; defaults to 3 sentences, language auto-detected, officials on.

    Returns:
        The picked sentences in document order, with their scores, and the officials.
    """
    config = config or Config()
    text = unicodedata.normalize("NFC", text)
    lang = langs.resolve(config.lang, text)
    title = unicodedata.normalize("NFC", config.title) if config.title else None
    doc = segment.split(text, lang, title)
    scored = score.score(doc)
    picked = select.select(doc, scored, config)
    people: tuple[Official, ...] = ()
    if config.officials:
        from tomtat import officials

        people = officials.extract(doc)
    if config.max_officials is not None:
        people = people[: config.max_officials]
    return Summary(
        lang=lang,
        title=doc.title,
        sentence_count=len(doc.sentences),
        sentences=picked,
        officials=people,
    )
