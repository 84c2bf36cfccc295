"""Frozen value objects shared by every pipeline stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SentenceKind(StrEnum):
    """What a sentence is in the article's layout."""

    BODY = "body"
    HEADING = "heading"
    BYLINE = "byline"
    # a pointer to another article or a media label: "Xem thêm: ...", "Read more: ...",
    # "Video: ...", "Ảnh: Reuters"
    LINK = "link"
    # a photo caption: it places people in the picture ("Donald Trump (trái) bắt tay ...")
    CAPTION = "caption"


@dataclass(frozen=True, slots=True)
class Article:
    """One article to summarise: its text and what is known of it from outside the text.

    Args:
        text: the article as plain text; paragraphs separated by blank lines.
        title: the headline when known (an HTML ``<title>``, a record's field,
            ``--title``); ``None``: a headline-like first line is taken as the title.
        source: where it came from (a path, a URL, ``-``, a record id), for messages.
    """

    text: str
    title: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Config:
    """Options for a summarisation run, built once by the caller (no per-article data).

    Args:
        sentences: how many sentences to pick (ignored when ``ratio`` or ``words`` is set).
        ratio: pick this fraction of the article's sentences (0 < ratio <= 1).
        words: pick sentences while their words fit this budget.
        lang: ``"auto"``, ``"vi"`` or ``"en"``.
        officials: extract key officials.
        max_officials: keep at most this many officials (``None``: all).
        keywords: how many keywords to list (0: none).
        detail: also keep every sentence's score (``Summary.ranking``), for views
            that show the whole article or the runners-up.
    """

    sentences: int = 3
    ratio: float | None = None
    words: int | None = None
    lang: str = "auto"
    officials: bool = True
    max_officials: int | None = None
    keywords: int = 8
    detail: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article, exactly as written (NFC)."""

    index: int
    text: str
    paragraph: int
    kind: SentenceKind = SentenceKind.BODY


@dataclass(frozen=True, slots=True)
class Document:
    """An article split into its title and sentences."""

    lang: str
    title: str | None
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class ScoreParts:
    """A sentence's score broken into the parts that made it (see :mod:`tomtat.score`)."""

    frequency: float = 0.0
    position: float = 0.0
    headline: float = 0.0
    redundancy: float = 0.0
    cues: float = 0.0

    @property
    def total(self) -> float:
        """The score the selector ranks by."""
        return self.frequency + self.position + self.headline + self.cues - self.redundancy


@dataclass(frozen=True, slots=True)
class Picked:
    """A sentence chosen for the summary."""

    index: int
    text: str
    score: float
    parts: ScoreParts = field(default_factory=ScoreParts)


@dataclass(frozen=True, slots=True)
class Official:
    """A named person holding a position, as the article presents them."""

    name: str
    titles: tuple[str, ...]
    mentions: int
    aliases: tuple[str, ...] = ()
    first_sentence: int = 0


@dataclass(frozen=True, slots=True)
class Keyword:
    """A key term of an article as the article writes it, scored relative to the best (1.0)."""

    text: str
    score: float


@dataclass(frozen=True, slots=True)
class StageWarning:
    """A pipeline stage that failed on this article while the others went on."""

    stage: str
    message: str


@dataclass(frozen=True, slots=True)
class Summary:
    """The result of summarising one article.

    ``officials`` is ``None`` when officials were not asked for, or when their stage
    failed on this article (then ``warnings`` says so); the summary is kept either way.
    ``more_officials`` counts the officials that ``max_officials`` left out.
    ``keywords`` are best first; ``ranking`` (only with ``Config.detail``) holds every
    sentence in document order with its score before redundancy (0 for headings and
    bylines).
    """

    lang: str
    title: str | None
    sentence_count: int
    sentences: tuple[Picked, ...]
    officials: tuple[Official, ...] | None = ()
    warnings: tuple[StageWarning, ...] = ()
    more_officials: int = 0
    keywords: tuple[Keyword, ...] = ()
    ranking: tuple[Picked, ...] = ()

    def runners_up(self, count: int = 2) -> tuple[Picked, ...]:
        """The best-scoring sentences that were not picked (needs ``ranking``)."""
        chosen = {p.index for p in self.sentences}
        rest = [p for p in self.ranking if p.index not in chosen and p.score > 0]
        return tuple(sorted(rest, key=lambda p: (-p.score, p.index))[:count])
