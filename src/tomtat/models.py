"""Frozen value objects shared by every pipeline stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SentenceKind(StrEnum):
    """What a sentence is in the article's layout."""

    BODY = "body"
    HEADING = "heading"
    BYLINE = "byline"


@dataclass(frozen=True, slots=True)
class Config:
    """Options for one summarisation run, built once by the caller.

    Args:
        sentences: how many sentences to pick (ignored when ``ratio`` or ``words`` is set).
        ratio: pick this fraction of the article's sentences (0 < ratio <= 1).
        words: pick sentences while their words fit this budget.
        lang: ``"auto"``, ``"vi"`` or ``"en"``.
        officials: extract key officials.
        max_officials: keep at most this many officials (``None``: all).
        title: the article's headline when known from outside the text.
    """

    sentences: int = 3
    ratio: float | None = None
    words: int | None = None
    lang: str = "auto"
    officials: bool = True
    max_officials: int | None = None
    title: str | None = None


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
class StageWarning:
    """A pipeline stage that failed on this article while the others went on."""

    stage: str
    message: str


@dataclass(frozen=True, slots=True)
class Summary:
    """The result of summarising one article.

    ``officials`` is ``None`` when officials were not asked for, or when their stage
    failed on this article (then ``warnings`` says so); the summary is kept either way.
    """

    lang: str
    title: str | None
    sentence_count: int
    sentences: tuple[Picked, ...]
    officials: tuple[Official, ...] | None = ()
    warnings: tuple[StageWarning, ...] = ()
